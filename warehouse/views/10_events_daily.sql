-- Active events per day, type and actor (day = event_date, else the day of the first report).
CREATE OR REPLACE VIEW v_events_daily AS
SELECT
    coalesce(event_date, (first_seen_at AT TIME ZONE 'UTC')::DATE) AS day,
    event_type,
    coalesce(actor, CASE WHEN event_type = 'russia_dprk_cooperation' THEN 'RUS-PRK' ELSE 'UNKNOWN' END) AS actor,
    count(*) AS n_events,
    sum(n_articles) AS n_articles,
    sum(n_sources) AS n_sources
FROM events
WHERE status = 'active'
GROUP BY ALL;
