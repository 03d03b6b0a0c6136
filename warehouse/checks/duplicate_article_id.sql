-- Two articles share an article id.
SELECT article_id, count(*) AS n
FROM articles
GROUP BY article_id
HAVING count(*) > 1;
