-- 0013_unindexed_history: the three tables that grow with every run (articles, their raw HTML, the fetch log)
-- lose their PRIMARY KEY / UNIQUE indexes. DuckDB writes such an index out whole at every checkpoint (and one
-- happens at least when each run closes the file): ~1-2 s per run at a million articles, growing with the
-- warehouse. Loads already find new articles with an anti-join on the batch (warehouse/load.py) and never
-- update these rows by key; the data checks (duplicate_article_id, duplicate_canonical_url) keep watch.
-- Rows are rewritten in load order, so time-bounded lookups on first_seen_at skip old row groups.

CREATE TABLE articles_unindexed AS SELECT * FROM articles ORDER BY first_seen_at, article_id;
DROP TABLE articles;
ALTER TABLE articles_unindexed RENAME TO articles;
ALTER TABLE articles ALTER COLUMN article_id SET NOT NULL;
ALTER TABLE articles ALTER COLUMN url SET NOT NULL;
ALTER TABLE articles ALTER COLUMN canonical_url SET NOT NULL;
ALTER TABLE articles ALTER COLUMN title SET NOT NULL;
ALTER TABLE articles ALTER COLUMN text SET NOT NULL;
ALTER TABLE articles ALTER COLUMN content_hash SET NOT NULL;
ALTER TABLE articles ALTER COLUMN first_seen_at SET NOT NULL;

CREATE TABLE article_html_unindexed AS SELECT * FROM article_html;
DROP TABLE article_html;
ALTER TABLE article_html_unindexed RENAME TO article_html;
ALTER TABLE article_html ALTER COLUMN article_id SET NOT NULL;
ALTER TABLE article_html ALTER COLUMN compression SET NOT NULL;

-- fetch_log is spelled out: its fetch_id default must be declared with the table (a default added later by
-- ALTER is not replayed from the write-ahead log by DuckDB 1.5).
CREATE TABLE fetch_log_unindexed (
    fetch_id      BIGINT NOT NULL DEFAULT nextval('fetch_log_id_seq'),
    run_id        VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    feed_url      VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL,
    elapsed_ms    INTEGER NOT NULL,
    http_status   INTEGER,
    final_url     VARCHAR,
    n_bytes       BIGINT,
    error         VARCHAR,
    etag          VARCHAR,
    last_modified VARCHAR,
    n_items       INTEGER,
    bozo          BOOLEAN
);
INSERT INTO fetch_log_unindexed SELECT * FROM fetch_log ORDER BY fetch_id;
DROP TABLE fetch_log;
ALTER TABLE fetch_log_unindexed RENAME TO fetch_log;
