-- Raw HTML is stored for an article that is not in the warehouse.
SELECT h.article_id
FROM article_html h
WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = h.article_id);
