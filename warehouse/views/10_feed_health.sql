-- Feed health: last outcome, failure streak, hours since the last success, and the last 7 days of fetches.
CREATE OR REPLACE VIEW v_feed_health AS
SELECT
    f.url,
    f.name,
    f.outlet,
    f.last_status,
    f.last_http_status,
    f.last_error,
    f.consecutive_failures,
    f.last_fetch_at,
    f.last_success_at,
    round(epoch(current_timestamp - f.last_success_at) / 3600.0, 1) AS hours_since_success,
    coalesce(w.fetches_7d, 0) AS fetches_7d,
    coalesce(w.failures_7d, 0) AS failures_7d,
    coalesce(w.items_7d, 0) AS items_7d,
    CASE
        WHEN f.last_fetch_at IS NULL THEN 'never_fetched'
        WHEN f.consecutive_failures = 0 THEN 'ok'
        WHEN f.consecutive_failures < 3 THEN 'degraded'
        ELSE 'failing'
    END AS health
FROM feeds f
LEFT JOIN (
    SELECT feed_url,
        count(*) AS fetches_7d,
        count(*) FILTER (WHERE status NOT IN ('ok', 'not_modified')) AS failures_7d,
        sum(n_items) AS items_7d
    FROM fetch_log
    WHERE kind = 'feed' AND started_at >= current_timestamp - INTERVAL 7 DAY
    GROUP BY feed_url
) w ON w.feed_url = f.url;
