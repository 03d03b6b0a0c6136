-- A member points at a missing, merged or retracted event (members move to the survivor on merge).
SELECT m.mention_id, m.event_id, e.status
FROM event_members m
LEFT JOIN events e ON e.event_id = m.event_id
WHERE e.event_id IS NULL OR e.status <> 'active';
