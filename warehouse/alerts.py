"""The alert outbox: alerts are enqueued in the load transaction, delivered later, every attempt recorded.

Guarantee: at-least-once delivery per (event, channel, kind[, revision]). An alert row is committed together
with the events it announces, so a crash can never lose it; it stays `pending` until a send succeeds and is
marked, or until it has failed MARSAD_ALERT_MAX_ATTEMPTS times: it is then `dead` (listed, counted, no longer
tried) until revived. A process killed after a successful send and before `mark_attempt` commits sends that alert
again on the next run (at most one duplicate per kill); the alert id travels in every payload so receivers can drop it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from transforms.alerting import (
    AlertEvent,
    AlertRule,
    AlertSource,
    Channel,
    alert_id,
    evidence_sentence,
    format_alert,
    matching_rules,
)
from warehouse.db import transaction

log = logging.getLogger(__name__)

MAX_EVIDENCE_SENTENCES = 2
MAX_ERROR_CHARS = 500


class EventChangesLike(Protocol):
    """The parts of warehouse.events.EventChanges that alerting reads."""

    new: tuple[str, ...]
    changed: Mapping[str, Mapping[str, tuple[Any, Any]]]
    merged: Mapping[str, str]
    grown: tuple[str, ...]


@dataclass(frozen=True)
class OutboxAlert:
    """One row of the outbox, as delivery and the CLI see it."""

    alert_id: str
    event_id: str
    kind: str
    revision: int
    channel_key: str
    channel_label: str
    rules: tuple[str, ...]
    title: str
    body_text: str
    body_markdown: str
    status: str
    created_at: datetime
    attempts: int
    last_attempt_at: datetime | None
    last_error: str | None
    sent_at: datetime | None
    dead_at: datetime | None = None


_OUTBOX_COLUMNS = (
    "alert_id",
    "event_id",
    "kind",
    "revision",
    "channel_key",
    "channel_label",
    "rules",
    "title",
    "body_text",
    "body_markdown",
    "status",
    "created_at",
    "attempts",
    "last_attempt_at",
    "last_error",
    "sent_at",
    "dead_at",
)


# ---------------------------------------------------------------- enqueue (inside the load transaction)


def enqueue_alerts(
    con: duckdb.DuckDBPyConnection,
    changes: EventChangesLike,
    rules: Sequence[AlertRule],
    channels: Sequence[Channel],
) -> int:
    """Write the alerts that `changes` call for into the outbox, in the caller's transaction; return how many.

    Per event and channel: a `new` alert the first time an active event matches a rule (never again, also not
    for an event another announced event was merged into); once announced, with a matching rule that has
    `updates = true`, one `update` per material revision and one `confirmed` when a second outlet reports it.
    """
    candidates = _candidates(changes)
    if not candidates or not rules or not channels:
        return 0
    events = load_alert_events(con, candidates)
    if not events:
        return 0
    announced = _announced(con, [e.event_id for e in events])
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    for event in events:
        fired = matching_rules(rules, event)
        if not fired:
            continue
        wants_updates = any(r.updates for r in fired)
        diff = changes.changed.get(event.event_id, {})
        for channel in channels:
            seen = announced.get((event.event_id, channel.key), {})
            notes: tuple[str, ...]
            if "new" not in seen:
                kind, notes = "new", ()
            elif not wants_updates:
                continue
            elif diff:
                kind, notes = "update", tuple(_describe_change(f, old, new) for f, (old, new) in diff.items())
            elif event.n_sources >= 2 and "confirmed" not in seen and seen["new"] < 2:
                kind, notes = "confirmed", (f"now reported by {event.n_sources} outlets",)
            else:
                continue
            key = alert_id(event.event_id, channel.key, kind, event.revision)
            message = format_alert(event, fired, alert_id=key, kind=kind, changes=notes)
            rows.append(
                {
                    "alert_id": key,
                    "event_id": event.event_id,
                    "kind": kind,
                    "revision": event.revision,
                    "n_sources": event.n_sources,
                    "channel_key": channel.key,
                    "channel_label": channel.label,
                    "rules": [r.name for r in fired],
                    "title": message.title,
                    "body_text": message.text,
                    "body_markdown": message.markdown,
                    "status": "pending",
                    "created_at": now,
                }
            )
    return _insert(con, rows)


def _candidates(changes: EventChangesLike) -> list[str]:
    ids = dict.fromkeys(changes.new)
    ids.update(dict.fromkeys(changes.changed))
    ids.update(dict.fromkeys(getattr(changes, "grown", ())))
    ids.update(dict.fromkeys(getattr(changes, "merged", {}).values()))
    return list(ids)


def _announced(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> dict[tuple[str, str], dict[str, int]]:
    """(event, channel) → {kind: n_sources announced}, counting alerts of events merged into each event."""
    rows = con.execute(
        """
        WITH targets AS (SELECT unnest(?::VARCHAR[]) AS event_id),
        aliases AS (
            SELECT event_id, event_id AS target FROM targets
            UNION ALL
            SELECT e.event_id, e.merged_into FROM events e JOIN targets t ON e.merged_into = t.event_id
        )
        SELECT a2.target, al.channel_key, al.kind, min(al.n_sources)
        FROM alerts al JOIN aliases a2 ON al.event_id = a2.event_id
        GROUP BY ALL
        """,
        [event_ids],
    ).fetchall()
    out: dict[tuple[str, str], dict[str, int]] = {}
    for target, channel, kind, n_sources in rows:
        out.setdefault((target, channel), {})[kind] = n_sources
    return out


def _describe_change(field_name: str, old: Any, new: Any) -> str:
    def show(value: Any) -> str:
        if value is None or (isinstance(value, list | tuple) and not value):
            return "none"
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return str(value)

    return f"{field_name.replace('_', ' ')}: {show(old)} → {show(new)}"


def _insert(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    ts = pa.timestamp("us", tz="UTC")
    types = {"revision": pa.int32(), "n_sources": pa.int32(), "rules": pa.list_(pa.string()), "created_at": ts}
    columns = list(rows[0])
    table = pa.table({c: pa.array([r[c] for r in rows], types.get(c, pa.string())) for c in columns})
    con.register("_alerts_in", table)
    try:
        inserted = con.execute(
            f"INSERT INTO alerts ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _alerts_in "
            "ON CONFLICT (alert_id) DO NOTHING RETURNING alert_id"
        ).fetchall()
    finally:
        con.unregister("_alerts_in")
    for (key,) in inserted:
        log.info("alert %s queued", key)
    return len(inserted)


# ---------------------------------------------------------------- what an alert says about an event


def load_alert_events(con: duckdb.DuckDBPyConnection, event_ids: Iterable[str]) -> list[AlertEvent]:
    """The active events among `event_ids`, with Arabic evidence sentences and their reporting articles."""
    ids = sorted(set(event_ids))
    if not ids:
        return []
    cursor = con.execute(
        """
        SELECT event_id, event_type, actor, revision, participants, subtypes, event_date, count, count_qualifier,
            missile_class, weapon, mode, vehicle, payload, first_seen_at, n_articles, n_sources
        FROM events WHERE status = 'active' AND event_id IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY first_seen_at, event_id
        """,
        [ids],
    )
    names = [d[0] for d in cursor.description]
    events = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    if not events:
        return []
    members = con.execute(
        """
        SELECT em.event_id, a.article_id, coalesce(a.outlet, a.feed_name) AS outlet, a.url, a.title, a.text,
            a.published_at, m.evidence
        FROM event_members em
        JOIN event_mentions m USING (mention_id)
        JOIN articles a ON a.article_id = m.article_id
        WHERE em.event_id IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY em.event_id, coalesce(a.published_at, a.first_seen_at), a.article_id, m.mention_id
        """,
        [[e["event_id"] for e in events]],
    ).fetchall()
    by_event: dict[str, list[tuple[Any, ...]]] = {}
    for row in members:
        by_event.setdefault(row[0], []).append(row)
    out = []
    for e in events:
        rows = by_event.get(e["event_id"], [])
        out.append(
            AlertEvent(
                event_id=e["event_id"],
                event_type=e["event_type"],
                actor=e["actor"],
                revision=e["revision"],
                participants=tuple(e["participants"] or ()),
                subtypes=tuple(e["subtypes"] or ()),
                event_date=e["event_date"],
                count=e["count"],
                count_qualifier=e["count_qualifier"],
                missile_class=tuple(e["missile_class"] or ()),
                weapon=e["weapon"],
                mode=e["mode"],
                vehicle=e["vehicle"],
                payload=e["payload"],
                first_seen_at=e["first_seen_at"],
                n_articles=e["n_articles"],
                n_sources=e["n_sources"],
                evidence=_evidence(rows),
                sources=_sources(rows),
            )
        )
    return out


def _evidence(rows: list[tuple[Any, ...]]) -> tuple[str, ...]:
    """Sentences around the evidence spans of the earliest mentions, as the outlet wrote them."""
    sentences: list[str] = []
    for _, _, _, _, title, text, _, evidence in rows:
        spans = json.loads(evidence) if isinstance(evidence, str) else (evidence or [])
        for span in spans:
            field_text = title if span.get("field") == "title" else text
            if not field_text:
                continue
            sentence = evidence_sentence(field_text, int(span.get("start", 0)), int(span.get("end", 0)))
            if sentence and sentence not in sentences:
                sentences.append(sentence)
            if len(sentences) >= MAX_EVIDENCE_SENTENCES:
                return tuple(sentences)
        if sentences:
            break  # the earliest article that carries evidence speaks for the event
    return tuple(sentences)


def _sources(rows: list[tuple[Any, ...]]) -> tuple[AlertSource, ...]:
    seen: set[str] = set()
    out = []
    for _, article_id, outlet, url, title, _, published_at, _ in rows:
        if article_id in seen:
            continue
        seen.add(article_id)
        out.append(AlertSource(outlet=outlet, url=url, title=title, published_at=published_at))
    return tuple(out)


# ---------------------------------------------------------------- delivery bookkeeping


def pending_alerts(con: duckdb.DuckDBPyConnection, *, channel_keys: Iterable[str] | None = None) -> list[OutboxAlert]:
    """Alerts not delivered yet, oldest first."""
    return _select(con, "status = 'pending'", channel_keys)


def sent_alerts(con: duckdb.DuckDBPyConnection, *, limit: int | None = None) -> list[OutboxAlert]:
    """Delivered alerts, most recent first."""
    rows = _select(con, "status = 'sent'", None, order="sent_at DESC, alert_id")
    return rows[:limit] if limit is not None else rows


def dead_alerts(con: duckdb.DuckDBPyConnection) -> list[OutboxAlert]:
    """Alerts given up after too many failed attempts, oldest first."""
    return _select(con, "status = 'dead'", None, order="dead_at, created_at, alert_id")


def revive_dead_alerts(con: duckdb.DuckDBPyConnection) -> int:
    """Make every dead alert pending again with a fresh count of attempts (their history stays); return how many."""
    with transaction(con):
        revived = con.execute(
            "UPDATE alerts SET status = 'pending', attempts = 0, dead_at = NULL "
            "WHERE status = 'dead' RETURNING alert_id"
        ).fetchall()
    for (key,) in revived:
        log.info("alert %s revived", key)
    return len(revived)


def _select(
    con: duckdb.DuckDBPyConnection,
    where: str,
    channel_keys: Iterable[str] | None,
    order: str = "created_at, event_id, alert_id",
) -> list[OutboxAlert]:
    params: list[Any] = []
    if channel_keys is not None:
        where += " AND channel_key IN (SELECT unnest(?::VARCHAR[]))"
        params.append(sorted(set(channel_keys)))
    rows = con.execute(f"SELECT {', '.join(_OUTBOX_COLUMNS)} FROM alerts WHERE {where} ORDER BY {order}", params)
    return [
        OutboxAlert(**{**dict(zip(_OUTBOX_COLUMNS, row, strict=True)), "rules": tuple(row[6])})
        for row in rows.fetchall()
    ]


def mark_attempt(
    con: duckdb.DuckDBPyConnection,
    alert_id: str,
    ok: bool,
    error: str | None,
    *,
    elapsed_ms: int | None = None,
    max_attempts: int | None = None,
) -> str:
    """Record one delivery attempt (its own transaction) and return the alert's status after it.

    A success marks the alert `sent`; a failure that brings its attempts to `max_attempts` (None: no limit) marks
    it `dead`, so a channel that can never take it stops being tried on every run.
    `error` must already be redacted: it is stored as given (cut to MAX_ERROR_CHARS).
    """
    now = datetime.now(UTC)
    message = error[:MAX_ERROR_CHARS] if error else None
    limit = max_attempts if max_attempts is not None and max_attempts > 0 else None
    with transaction(con):
        con.execute(
            "INSERT INTO alert_attempts (alert_id, attempted_at, ok, error, elapsed_ms) VALUES (?, ?, ?, ?, ?)",
            [alert_id, now, ok, message, elapsed_ms],
        )
        row = con.execute(
            """
            UPDATE alerts SET attempts = attempts + 1, last_attempt_at = $now,
                last_error = CASE WHEN $ok THEN last_error ELSE $message END,
                status = CASE
                    WHEN $ok THEN 'sent'
                    WHEN status = 'pending' AND $limit IS NOT NULL AND attempts + 1 >= $limit THEN 'dead'
                    ELSE status END,
                sent_at = CASE WHEN $ok AND sent_at IS NULL THEN $now ELSE sent_at END,
                dead_at = CASE
                    WHEN NOT $ok AND status = 'pending' AND $limit IS NOT NULL AND attempts + 1 >= $limit THEN $now
                    ELSE dead_at END
            WHERE alert_id = $alert_id
            RETURNING status
            """,
            {"now": now, "ok": ok, "message": message, "limit": limit, "alert_id": alert_id},
        ).fetchone()
    status = row[0] if row else "missing"
    if status == "dead":
        log.warning("alert %s is dead after %s failed attempts", alert_id, limit)
    return str(status)


def alert_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Number of alerts per status."""
    return dict(con.execute("SELECT status, count(*) FROM alerts GROUP BY status").fetchall())
