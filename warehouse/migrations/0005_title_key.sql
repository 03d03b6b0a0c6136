-- 0005_title_key: a stored, normalised title for story dedup (same long title within days = one story),
-- so each load compares keys instead of re-normalising every title in the warehouse.
-- New rows get transforms.arabic.normalize_query(title); older rows get a close SQL approximation.

ALTER TABLE articles ADD COLUMN title_key VARCHAR;

UPDATE articles SET title_key = trim(regexp_replace(lower(title), '[^\p{L}\p{N}]+', ' ', 'g'));
