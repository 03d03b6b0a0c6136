-- 0010_reference: ground-truth reference data the user loads (`marsad reference load`), versioned and reloadable.
-- reference_loads keeps every load; the ref_* tables hold the records of the current load of each source.

CREATE SEQUENCE reference_load_id_seq START 1;

CREATE TABLE reference_loads (
    load_id    BIGINT PRIMARY KEY DEFAULT nextval('reference_load_id_seq'),
    source     VARCHAR NOT NULL,          -- cns | csis
    version    VARCHAR NOT NULL,          -- SHA-256 of the files read
    path       VARCHAR NOT NULL,
    n_records  INTEGER NOT NULL,
    loaded_at  TIMESTAMPTZ NOT NULL,
    is_current BOOLEAN NOT NULL
);

-- CNS North Korea Missile Test Database: one row per missile fired (a salvo is several rows on one day).
CREATE TABLE ref_cns_tests (
    load_id         BIGINT NOT NULL,
    seq             INTEGER NOT NULL,
    date_text       VARCHAR NOT NULL,     -- as published (YYYY-MM-DD, or YYYY-MM when only the month is known)
    launch_date     DATE,                 -- NULL when only the month is known
    launch_at       TIMESTAMPTZ,          -- UTC time when the database gives one
    missile         VARCHAR NOT NULL,
    missile_name    VARCHAR NOT NULL,
    missile_type    VARCHAR NOT NULL,     -- SRBM | MRBM | IRBM | ICBM | SLBM | SLV | HGV | Unknown
    is_space_launch BOOLEAN NOT NULL,
    facility        VARCHAR NOT NULL,
    facility_name   VARCHAR NOT NULL,
    landing         VARCHAR,
    apogee_km       DOUBLE,
    distance_km     DOUBLE,
    outcome         VARCHAR NOT NULL,     -- success | failure | unknown
    series          INTEGER,
    PRIMARY KEY (load_id, seq)
);

-- CSIS Beyond Parallel provocations: one row per dated record.
CREATE TABLE ref_csis_provocations (
    load_id BIGINT NOT NULL,
    seq     INTEGER NOT NULL,
    day     DATE NOT NULL,
    kind    VARCHAR NOT NULL,             -- Missile Provocation | Nuclear Provocation | Other Provocation
    event   VARCHAR NOT NULL,
    PRIMARY KEY (load_id, seq)
);
