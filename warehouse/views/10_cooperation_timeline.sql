-- Russia–DPRK cooperation events, one row per event and subtype, in date order; participants as canonical ids
-- and their English names (table `entities`).
CREATE OR REPLACE VIEW v_cooperation_timeline AS
SELECT
    coalesce(e.event_date, (e.first_seen_at AT TIME ZONE 'UTC')::DATE) AS day,
    coalesce(s.subtype, 'unspecified') AS subtype,
    e.event_id,
    e.subtypes,
    e.participants,
    list_transform(e.participants, p -> coalesce(names.by_id[p], p)) AS participant_names,
    e.first_source,
    e.first_seen_at,
    e.n_articles,
    e.n_sources
FROM events e
CROSS JOIN (SELECT coalesce(map(list(entity_id), list(name)), MAP {}) AS by_id FROM entities) names
LEFT JOIN (SELECT event_id, unnest(subtypes) AS subtype FROM events) s ON s.event_id = e.event_id
WHERE e.status = 'active'
  AND e.event_type = 'russia_dprk_cooperation';
