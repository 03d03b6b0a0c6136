-- Every article reporting an active event, with its outlet, the original it copies (if syndicated) and lag.
CREATE OR REPLACE VIEW v_event_sources AS
SELECT DISTINCT
    e.event_id,
    e.event_type,
    a.article_id,
    coalesce(a.outlet, a.feed_name) AS outlet,
    a.title,
    a.url,
    coalesce(a.published_at, a.first_seen_at) AS reported_at,
    a.published_local,                -- wall-clock time at the outlet; published_local::DATE is its local date
    a.published_utc_offset,           -- minutes east of UTC as published (NULL: not stated)
    a.published_source,               -- jsonld | meta | time | feed | fetched (undated: the fetch time)
    d.duplicate_of,
    epoch(coalesce(a.published_at, a.first_seen_at) - e.first_seen_at) / 3600.0 AS lag_hours
FROM events e
JOIN event_members em ON em.event_id = e.event_id
JOIN event_mentions m ON m.mention_id = em.mention_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN article_duplicates d ON d.article_id = a.article_id
WHERE e.status = 'active';
