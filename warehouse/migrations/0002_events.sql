-- 0002_events: one row per real-world event (clustered from asserted mentions), its members,
-- and syndicated/near-duplicate article links (which must not inflate n_sources).

CREATE TABLE events (
    event_id         VARCHAR PRIMARY KEY,  -- stable: hash of the founding mention id
    event_type       VARCHAR NOT NULL,
    actor            VARCHAR,
    participants     VARCHAR[] NOT NULL,
    subtypes         VARCHAR[] NOT NULL,
    event_date       DATE,
    count            INTEGER,
    count_qualifier  VARCHAR,
    missile_class    VARCHAR[] NOT NULL,
    weapon           VARCHAR,
    mode             VARCHAR,
    vehicle          VARCHAR,
    payload          VARCHAR,
    status           VARCHAR NOT NULL,     -- active | merged | retracted (no asserted mention left after retag)
    merged_into      VARCHAR,              -- the surviving event when status = 'merged'
    first_seen_at    TIMESTAMPTZ,          -- publication time of the earliest member article
    first_article_id VARCHAR,
    first_source     VARCHAR,              -- outlet of the earliest member article
    n_articles       INTEGER NOT NULL,
    n_sources        INTEGER NOT NULL,     -- distinct outlets among non-duplicate member articles
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    revision         INTEGER NOT NULL      -- 1 at creation, +1 on each material change
);

CREATE TABLE event_members (
    mention_id VARCHAR PRIMARY KEY,        -- a mention belongs to exactly one event
    event_id   VARCHAR NOT NULL
);

CREATE TABLE article_duplicates (
    article_id   VARCHAR PRIMARY KEY,      -- the copy
    duplicate_of VARCHAR NOT NULL,         -- the earliest article of the same story
    method       VARCHAR NOT NULL,         -- content_hash | title | shingles
    similarity   DOUBLE
);
