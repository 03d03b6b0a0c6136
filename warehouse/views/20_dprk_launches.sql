-- North Korean missile and space launches: count, class, weapon, first report and the outlets that reported it.
CREATE OR REPLACE VIEW v_dprk_launches AS
SELECT
    e.event_id,
    e.event_type,
    e.event_date,
    e.count,
    e.count_qualifier,
    e.missile_class,
    e.weapon,
    e.mode,
    e.vehicle,
    e.first_seen_at,
    e.first_source,
    e.first_article_id,
    e.n_articles,
    e.n_sources,
    e.revision,
    (SELECT list(DISTINCT s.outlet ORDER BY s.outlet) FROM v_event_sources s WHERE s.event_id = e.event_id)
        AS sources
FROM events e
WHERE e.status = 'active'
  AND e.actor = 'PRK'
  AND e.event_type IN ('missile_launch', 'space_launch');
