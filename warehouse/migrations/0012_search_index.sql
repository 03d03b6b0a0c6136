-- 0012_search_index: full-text search moved to an SQLite FTS5 file next to the warehouse (warehouse/search.py),
-- extended by every load with its new articles. The normalised copy of the text and DuckDB's FTS index
-- (rebuilt whole, so stale between rebuilds) go; the next run builds the new index from `articles`.

DROP SCHEMA IF EXISTS fts_main_article_search CASCADE;
DROP TABLE IF EXISTS article_search;
