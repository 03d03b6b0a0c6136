-- An active event has no member mention.
SELECT e.event_id, e.event_type, e.actor
FROM events e
WHERE e.status = 'active'
  AND NOT EXISTS (SELECT 1 FROM event_members m WHERE m.event_id = e.event_id);
