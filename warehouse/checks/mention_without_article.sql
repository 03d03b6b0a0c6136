-- A mention refers to an article that is not in the warehouse.
SELECT m.mention_id, m.article_id
FROM event_mentions m
WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = m.article_id);
