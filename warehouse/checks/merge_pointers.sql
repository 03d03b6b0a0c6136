-- A merged event without a pointer to an active survivor, or an active/retracted event that has a pointer.
SELECT e.event_id, e.status, e.merged_into, s.status AS target_status
FROM events e
LEFT JOIN events s ON s.event_id = e.merged_into
WHERE (e.status = 'merged' AND (s.event_id IS NULL OR s.status <> 'active'))
   OR (e.status <> 'merged' AND e.merged_into IS NOT NULL)
   OR e.status NOT IN ('active', 'merged', 'retracted');
