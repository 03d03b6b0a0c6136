-- 0003_alerts: the alert outbox. Rows are written in the same transaction as the events they announce
-- (load_articles' on_events callback); delivery sends pending rows and records every attempt.
-- Channel URLs carry tokens and are never stored: only a hash (channel_key) and a redacted label.

CREATE TABLE alerts (
    alert_id        VARCHAR PRIMARY KEY,   -- idempotency key: hash(event_id, channel_key, kind[, revision])
    event_id        VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,      -- new | update | confirmed
    revision        INTEGER NOT NULL,      -- events.revision the message describes
    n_sources       INTEGER NOT NULL,      -- events.n_sources the message describes
    channel_key     VARCHAR NOT NULL,      -- sha256 of the channel URL (16 hex), never the URL
    channel_label   VARCHAR NOT NULL,      -- redacted: scheme://host#key or scheme://***#key
    rules           VARCHAR[] NOT NULL,    -- the rules that fired
    title           VARCHAR NOT NULL,
    body_text       VARCHAR NOT NULL,
    body_markdown   VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,      -- pending | sent
    created_at      TIMESTAMPTZ NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TIMESTAMPTZ,
    last_error      VARCHAR,               -- redacted
    sent_at         TIMESTAMPTZ
);

CREATE SEQUENCE alert_attempts_id_seq START 1;

CREATE TABLE alert_attempts (
    attempt_id   BIGINT PRIMARY KEY DEFAULT nextval('alert_attempts_id_seq'),
    alert_id     VARCHAR NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    ok           BOOLEAN NOT NULL,
    error        VARCHAR,                  -- redacted
    elapsed_ms   INTEGER
);
