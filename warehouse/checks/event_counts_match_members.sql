-- An active event's n_articles differs from its member articles, or n_sources exceeds n_articles.
SELECT e.event_id, e.n_articles, count(DISTINCT m.article_id) AS member_articles, e.n_sources
FROM events e
JOIN event_members em ON em.event_id = e.event_id
JOIN event_mentions m ON m.mention_id = em.mention_id
WHERE e.status = 'active'
GROUP BY e.event_id, e.n_articles, e.n_sources
HAVING e.n_articles <> count(DISTINCT m.article_id) OR e.n_sources > e.n_articles OR e.n_sources < 1;
