-- A duplicate link points at itself, at a missing article, or at another copy instead of the original.
SELECT d.article_id, d.duplicate_of
FROM article_duplicates d
LEFT JOIN articles o ON o.article_id = d.duplicate_of
WHERE d.article_id = d.duplicate_of
   OR o.article_id IS NULL
   OR d.duplicate_of IN (SELECT article_id FROM article_duplicates);
