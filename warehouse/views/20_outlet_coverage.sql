-- Who reports what, and how fast: per outlet and event type, events covered, times first, lag after the first report.
CREATE OR REPLACE VIEW v_outlet_coverage AS
WITH per_event AS (
    SELECT outlet, event_id, event_type, min(lag_hours) AS lag_hours, bool_or(duplicate_of IS NOT NULL) AS copied
    FROM v_event_sources
    GROUP BY ALL
)
SELECT
    outlet,
    event_type,
    count(*) AS events_covered,
    count(*) FILTER (WHERE lag_hours = 0) AS times_first,
    count(*) FILTER (WHERE copied) AS events_via_copy,
    round(median(lag_hours), 2) AS median_lag_hours,
    round(avg(lag_hours), 2) AS mean_lag_hours
FROM per_event
GROUP BY ALL;
