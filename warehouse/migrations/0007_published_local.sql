-- 0007_published_local: keep the outlet's own clock next to the UTC instant. `published_at` stays UTC;
-- `published_utc_offset` is the offset (minutes east of UTC) the page or feed wrote the time with, NULL when it
-- gave none; `published_local` is the wall-clock time at that offset, so `published_local::DATE` is the outlet's
-- local date (an article published at 01:30 in Cairo is dated that day, not the day before as in UTC).
-- `published_source` gains 'fetched': nothing was dated, the fetch time stands in.
ALTER TABLE articles ADD COLUMN published_utc_offset SMALLINT;
ALTER TABLE articles ADD COLUMN published_local TIMESTAMP;
UPDATE articles SET published_local = CAST(timezone('UTC', published_at) AS TIMESTAMP) WHERE published_at IS NOT NULL;
