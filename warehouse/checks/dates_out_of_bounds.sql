-- A publication or event date before 1950 or more than two days in the future.
SELECT 'article' AS kind, article_id AS id, published_at::VARCHAR AS value
FROM articles
WHERE published_at < TIMESTAMPTZ '1950-01-01 00:00:00+00' OR published_at > current_timestamp + INTERVAL 2 DAY
UNION ALL
SELECT 'mention', mention_id, event_date::VARCHAR
FROM event_mentions
WHERE event_date < DATE '1950-01-01' OR event_date > current_date + INTERVAL 2 DAY
UNION ALL
SELECT 'event', event_id, event_date::VARCHAR
FROM events
WHERE event_date < DATE '1950-01-01' OR event_date > current_date + INTERVAL 2 DAY;
