-- 0004_search: normalised article text for the full-text index (warehouse.query.rebuild_search_index
-- fills it with transforms.arabic.normalize_query and rebuilds the FTS index after loads).

CREATE TABLE article_search (
    article_id VARCHAR PRIMARY KEY,
    title      VARCHAR,
    body       VARCHAR
);
