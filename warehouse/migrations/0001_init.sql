-- 0001_init: feeds and their health, fetch log, runs, articles (+ raw HTML), event mentions.
-- No FOREIGN KEYs on purpose: DuckDB checks them eagerly and forbids updating referenced keys;
-- referential integrity is asserted by warehouse/checks/*.sql instead.

CREATE TABLE feeds (
    url                  VARCHAR PRIMARY KEY,
    name                 VARCHAR NOT NULL,
    outlet               VARCHAR,
    country              VARCHAR,
    owner_type           VARCHAR,          -- state | public | private
    language             VARCHAR,
    added_at             TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    last_fetch_at        TIMESTAMPTZ,
    last_success_at      TIMESTAMPTZ,
    last_status          VARCHAR,          -- one of FETCH_STATUSES
    last_error           VARCHAR,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    etag                 VARCHAR,
    last_modified        VARCHAR,
    last_http_status     INTEGER
);

CREATE SEQUENCE fetch_log_id_seq START 1;

CREATE TABLE fetch_log (
    fetch_id      BIGINT PRIMARY KEY DEFAULT nextval('fetch_log_id_seq'),
    run_id        VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,        -- feed | page
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

CREATE TABLE runs (
    run_id             VARCHAR PRIMARY KEY,
    kind               VARCHAR NOT NULL,   -- ingest | retag | tag | backfill ...
    started_at         TIMESTAMPTZ NOT NULL,
    finished_at        TIMESTAMPTZ,
    feeds_ok           INTEGER,
    feeds_failed       INTEGER,
    feeds_not_modified INTEGER,
    items              INTEGER,
    new_articles       INTEGER,
    new_mentions       INTEGER,
    new_events         INTEGER,
    failures           INTEGER,
    elapsed_s          DOUBLE,
    status             VARCHAR NOT NULL    -- running | ok | partial | failed
);

CREATE TABLE articles (
    article_id       VARCHAR PRIMARY KEY,  -- stable hash of canonical_url
    url              VARCHAR NOT NULL,
    canonical_url    VARCHAR NOT NULL UNIQUE,
    feed_url         VARCHAR,
    feed_name        VARCHAR,
    outlet           VARCHAR,
    title            VARCHAR NOT NULL,
    published_at     TIMESTAMPTZ,
    text             VARCHAR NOT NULL,
    summary          VARCHAR,
    language         VARCHAR,
    encoding         VARCHAR,
    published_source VARCHAR,              -- jsonld | meta | time | feed
    content_hash     VARCHAR NOT NULL,
    first_seen_at    TIMESTAMPTZ NOT NULL,
    run_id           VARCHAR,
    tagger_version   VARCHAR               -- the tagger that produced this article's mentions
);

CREATE TABLE article_html (
    article_id  VARCHAR PRIMARY KEY,
    compression VARCHAR NOT NULL,          -- zlib
    raw         BLOB
);

CREATE TABLE event_mentions (
    mention_id      VARCHAR PRIMARY KEY,   -- stable: hash(article_id, tagger_version, index, type, actor, date)
    article_id      VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,      -- missile_launch | space_launch | russia_dprk_cooperation
    status          VARCHAR NOT NULL,      -- asserted | historical | planned | denied | analysis
    actor           VARCHAR,
    participants    VARCHAR[] NOT NULL,
    subtypes        VARCHAR[] NOT NULL,
    count           INTEGER,
    count_qualifier VARCHAR,
    missile_class   VARCHAR[] NOT NULL,
    weapon          VARCHAR,
    mode            VARCHAR,
    vehicle         VARCHAR,
    payload         VARCHAR,
    event_date      DATE,
    evidence        JSON,
    rules           VARCHAR[] NOT NULL,
    tagger_version  VARCHAR NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
