"""What the HTML report shows, read from the warehouse: totals, chart series (aggregated), event cards, coverage."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import duckdb

from transforms.evidence import Piece, highlighted_sentence
from warehouse.db import id_table
from warehouse.reference import Verification, verify

MAX_SOURCES_PER_CARD = 25


@dataclass(frozen=True)
class Source:
    outlet: str
    reported_at: datetime | None
    url: str
    title: str
    copy_of: str | None
    first: bool


@dataclass(frozen=True)
class Card:
    """One event as the report shows it."""

    event_id: str
    event_type: str
    actor: str | None
    participants: list[str]
    subtypes: list[str]
    event_date: date | None
    count: int | None
    count_qualifier: str | None
    missile_class: list[str]
    weapon: str | None
    mode: str | None
    vehicle: str | None
    payload: str | None
    first_seen_at: datetime | None
    first_source: str | None
    n_articles: int
    n_sources: int
    revision: int
    created_at: datetime | None
    updated_at: datetime | None
    evidence: list[Piece] = field(default_factory=list)
    evidence_outlet: str | None = None
    sources: list[Source] = field(default_factory=list)
    more_sources: int = 0


@dataclass(frozen=True)
class ReportData:
    generated_at: datetime
    since: date | None
    n_events: int
    events_by_type: dict[str, int]
    n_articles: int
    n_outlets: int
    first_article: datetime | None
    last_article: datetime | None
    cards: list[Card]
    dprk_launches: list[dict[str, Any]]  # per day and type: n events, matched or not
    cns_days: list[dict[str, Any]]  # per CNS launch day: caught or missed
    cooperation: list[dict[str, Any]]  # per month and subtype
    monthly: list[dict[str, Any]]  # per month and event type
    coverage: list[dict[str, Any]]  # per outlet
    coverage_matrix: list[dict[str, Any]]  # outlet × the most reported events, first or not
    feeds: list[dict[str, Any]]
    verification: Verification | None


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _has_reference(con: duckdb.DuckDBPyConnection) -> bool:
    try:
        row = con.execute("SELECT count(*) FROM reference_loads WHERE is_current AND source = 'cns'").fetchone()
    except duckdb.CatalogException:
        return False
    return bool(row and row[0])


def gather(
    con: duckdb.DuckDBPyConnection,
    *,
    since: date | None = None,
    max_cards: int = 500,
    window_days: int = 2,
    now: datetime,
) -> ReportData:
    """Everything the report needs, aggregated in SQL so a large warehouse stays quick."""
    day_expr = "coalesce(event_date, (first_seen_at AT TIME ZONE 'UTC')::DATE)"
    scope = f"status = 'active' AND (?::DATE IS NULL OR {day_expr} >= ?)"
    by_type = dict(
        con.execute(
            f"SELECT event_type, count(*) FROM events WHERE {scope} GROUP BY 1 ORDER BY 1", [since, since]
        ).fetchall()
    )
    art = con.execute(
        "SELECT count(*), count(DISTINCT coalesce(outlet, feed_name)), min(published_at), max(published_at) "
        "FROM articles WHERE ?::DATE IS NULL OR coalesce(published_at, first_seen_at) >= ?",
        [since, since],
    ).fetchone()
    assert art is not None
    verification = None
    matched: dict[str, date | None] = {}
    if _has_reference(con):
        verification = verify(con, window_days=window_days, since=since)
        if verification.since is not None:
            matched = dict(
                con.execute(
                    "SELECT event_id, cns_date FROM gt_matches(?, ?, ?)",
                    [window_days, verification.since, verification.until],
                ).fetchall()
            )
    launches = _dicts(
        con.execute(
            f"""
            SELECT event_id, event_type, {day_expr} AS day, coalesce(count, 1) AS missiles, first_source, n_sources
            FROM events
            WHERE {scope} AND actor = 'PRK' AND event_type IN ('missile_launch', 'space_launch')
            """,
            [since, since],
        )
    )
    per_day: dict[tuple[date, str, str], dict[str, Any]] = {}
    for launch in launches:
        if verification is None or launch["event_id"] not in matched:
            status = "reported"
        else:
            status = "matched a CNS test" if matched[launch["event_id"]] is not None else "unmatched"
        key = (launch["day"], launch["event_type"], status)
        row = per_day.setdefault(
            key, {"day": launch["day"], "event_type": launch["event_type"], "status": status, "events": 0, "sources": 0}
        )
        row["events"] += 1
        row["sources"] += launch["n_sources"]
    cns_days = []
    if verification is not None:
        cns_days = [
            {
                "day": x.launch_date,
                "status": "caught" if x.caught else "missed",
                "missiles": x.cns_missiles,
                "what": ", ".join(x.missiles),
                "kind": x.kind,
            }
            for x in verification.launches
        ]
    cooperation = _dicts(
        con.execute(
            """
            SELECT date_trunc('month', day)::DATE AS month, subtype, count(DISTINCT event_id) AS events
            FROM v_cooperation_timeline WHERE ?::DATE IS NULL OR day >= ?
            GROUP BY ALL ORDER BY month, subtype
            """,
            [since, since],
        )
    )
    monthly = _dicts(
        con.execute(
            f"""
            SELECT date_trunc('month', {day_expr})::DATE AS month, event_type, count(*) AS events
            FROM events WHERE {scope} GROUP BY ALL ORDER BY month, event_type
            """,
            [since, since],
        )
    )
    coverage = _dicts(
        con.execute(
            """
            WITH per_event AS (
                SELECT s.outlet, s.event_id, s.event_type, min(s.lag_hours) AS lag_hours
                FROM v_event_sources s JOIN events e ON e.event_id = s.event_id
                WHERE e.status = 'active'
                  AND (?::DATE IS NULL OR coalesce(e.event_date, (e.first_seen_at AT TIME ZONE 'UTC')::DATE) >= ?)
                GROUP BY ALL
            )
            SELECT outlet,
                count(*) AS events,
                count(*) FILTER (WHERE lag_hours <= 0) AS first,
                count(*) FILTER (WHERE event_type = 'missile_launch') AS missile,
                count(*) FILTER (WHERE event_type = 'space_launch') AS space,
                count(*) FILTER (WHERE event_type = 'russia_dprk_cooperation') AS cooperation,
                round(median(lag_hours), 1) AS median_lag_hours
            FROM per_event GROUP BY outlet ORDER BY events DESC, outlet
            """,
            [since, since],
        )
    )
    matrix = _dicts(
        con.execute(
            f"""
            WITH top AS (
                SELECT event_id, event_type, {day_expr} AS day, first_source
                FROM events WHERE {scope}
                ORDER BY n_sources DESC, day DESC, event_id LIMIT 30
            )
            SELECT top.event_id, strftime(top.day, '%Y-%m-%d') || ' ' || CASE top.event_type
                    WHEN 'missile_launch' THEN 'missile' WHEN 'space_launch' THEN 'space' ELSE 'coop.' END
                    || ' ' || left(top.event_id, 9) AS event,
                s.outlet, min(s.lag_hours) AS lag_hours,
                bool_or(s.outlet = top.first_source AND s.lag_hours <= 0) AS first
            FROM top JOIN v_event_sources s ON s.event_id = top.event_id
            GROUP BY ALL
            ORDER BY event, s.outlet
            """,
            [since, since],
        )
    )
    feeds = _dicts(
        con.execute(
            """
            SELECT name, outlet, url, health, last_status, last_success_at, consecutive_failures, failures_7d,
                fetches_7d, last_error
            FROM v_feed_health ORDER BY health = 'ok', name
            """
        )
    )
    return ReportData(
        generated_at=now,
        since=since,
        n_events=sum(by_type.values()),
        events_by_type=by_type,
        n_articles=int(art[0]),
        n_outlets=int(art[1]),
        first_article=art[2],
        last_article=art[3],
        cards=_cards(con, scope, day_expr, since, max_cards),
        dprk_launches=list(per_day.values()),
        cns_days=cns_days,
        cooperation=cooperation,
        monthly=monthly,
        coverage=coverage,
        coverage_matrix=matrix,
        feeds=feeds,
        verification=verification,
    )


def _cards(con: duckdb.DuckDBPyConnection, scope: str, day_expr: str, since: date | None, limit: int) -> list[Card]:
    events = _dicts(
        con.execute(
            f"""
            SELECT event_id, event_type, actor, participants, subtypes, event_date, count, count_qualifier,
                missile_class, weapon, mode, vehicle, payload, first_seen_at, first_source, n_articles, n_sources,
                revision, created_at, updated_at
            FROM events WHERE {scope}
            ORDER BY {day_expr} DESC, first_seen_at DESC, event_id
            LIMIT ?
            """,
            [since, since, limit],
        )
    )
    if not events:
        return []
    ids = [e["event_id"] for e in events]
    with id_table(con, "_report_cards", ids):
        sources, counts, evidence = _sources_and_evidence(con)
    cards = []
    for e in events:
        outlet, pieces = evidence.get(e["event_id"], (None, []))
        listed = sources.get(e["event_id"], [])
        cards.append(
            Card(
                **{k: (list(v) if isinstance(v, list | tuple) else v) for k, v in e.items()},  # type: ignore[arg-type]
                evidence=pieces,
                evidence_outlet=outlet,
                sources=listed,
                more_sources=max(counts.get(e["event_id"], 0) - len(listed), 0),
            )
        )
    return cards


def _sources_and_evidence(
    con: duckdb.DuckDBPyConnection,
) -> tuple[dict[str, list[Source]], dict[str, int], dict[str, tuple[str, list[Piece]]]]:
    """For the events in `_report_cards(id)`: their first sources, source counts and evidence sentence."""
    sources: dict[str, list[Source]] = {}
    counts: dict[str, int] = {}
    for event_id, outlet, reported_at, url, title, copy_of, lag, n in con.execute(
        f"""
        SELECT s.event_id, s.outlet, s.reported_at, s.url, s.title, s.duplicate_of, s.lag_hours,
            count(*) OVER (PARTITION BY s.event_id)
        FROM v_event_sources s SEMI JOIN _report_cards c ON c.id = s.event_id
        QUALIFY row_number() OVER (PARTITION BY s.event_id ORDER BY s.reported_at, s.outlet, s.url)
            <= {MAX_SOURCES_PER_CARD}
        ORDER BY s.event_id, s.reported_at, s.outlet, s.url
        """
    ).fetchall():
        sources.setdefault(event_id, []).append(
            Source(outlet or "", reported_at, url, title, copy_of, first=lag is not None and lag <= 0)
        )
        counts[event_id] = n
    evidence: dict[str, tuple[str, list[Piece]]] = {}
    for event_id, outlet, title, text, spans_json in con.execute(
        """
        SELECT em.event_id, coalesce(a.outlet, a.feed_name), a.title, a.text, m.evidence
        FROM event_members em
        SEMI JOIN _report_cards c ON c.id = em.event_id
        JOIN event_mentions m ON m.mention_id = em.mention_id
        JOIN articles a ON a.article_id = m.article_id
        WHERE m.evidence IS NOT NULL AND json_array_length(m.evidence) > 0
        QUALIFY row_number() OVER (
            PARTITION BY em.event_id ORDER BY coalesce(a.published_at, a.first_seen_at), a.article_id, m.mention_id
        ) = 1
        """
    ).fetchall():
        spans = json.loads(spans_json) if isinstance(spans_json, str) else spans_json or []
        # The text field carries the sentence when it has evidence; the headline otherwise.
        for field_name, field_text in (("text", text), ("title", title)):
            chosen = [(int(s["start"]), int(s["end"])) for s in spans if s.get("field") == field_name]
            pieces = highlighted_sentence(field_text or "", chosen) if chosen else []
            if pieces:
                evidence[event_id] = (outlet or "", pieces)
                break
    return sources, counts, evidence
