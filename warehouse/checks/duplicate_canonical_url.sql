-- Two articles share a canonical URL.
SELECT canonical_url, count(*) AS n
FROM articles
GROUP BY canonical_url
HAVING count(*) > 1;
