-- One row per event and participant: the canonical id, its English name and its side.
CREATE OR REPLACE VIEW v_event_participants AS
SELECT
    e.event_id,
    e.event_type,
    e.event_date,
    p.entity_id,
    coalesce(n.name, p.entity_id) AS name,
    n.side
FROM events e
CROSS JOIN LATERAL (SELECT unnest(e.participants) AS entity_id) p
LEFT JOIN entities n ON n.entity_id = p.entity_id
WHERE e.status = 'active';
