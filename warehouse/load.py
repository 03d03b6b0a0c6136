"""Bulk, idempotent loads: feeds and their health, fetch log, runs, articles with their event mentions."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from transforms.records import Article, Event, FeedSpec, FetchRecord
from warehouse.db import id_table, registered, scalar, transaction
from warehouse.events import EventChanges, detach_mentions, flatten_duplicate_links, update_events
from warehouse.search import index_articles
from warehouse.text import normalize

log = logging.getLogger(__name__)

SUCCESS_STATUSES = frozenset({"ok", "not_modified"})
RUN_STAT_COLUMNS = (
    "feeds_ok",
    "feeds_failed",
    "feeds_not_modified",
    "items",
    "new_articles",
    "new_mentions",
    "new_events",
    "updated_events",
    "alerts_sent",
    "alerts_pending",
    "alerts_dead",
    "failures",
    "elapsed_s",
)
# Exact copies (same content hash) are looked for among articles first seen this long before the new ones.
CONTENT_DUPLICATE_WINDOW = timedelta(days=30)
OnEvents = Callable[[duckdb.DuckDBPyConnection, EventChanges], None]

_TS = pa.timestamp("us", tz="UTC")
_STR_LIST = pa.list_(pa.string())


@dataclass(frozen=True)
class LoadResult:
    """What one load_articles batch added."""

    new_articles: int
    new_mentions: int
    new_events: int
    updated_events: int
    event_changes: EventChanges = field(default_factory=EventChanges)


@dataclass(frozen=True)
class ArticleToRetag:
    """An article whose mentions were produced by another tagger version (or none at all)."""

    article_id: str
    title: str
    text: str
    published_at: datetime | None
    old_tagger_version: str | None
    published_utc_offset: int | None = None  # minutes east of UTC, as the outlet published it


def as_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _wall_clock(value: datetime | None) -> datetime | None:
    """The local wall-clock time of an aware datetime, without its zone (DuckDB TIMESTAMP)."""
    return value.replace(tzinfo=None) if value is not None else None


def upsert_feeds(con: duckdb.DuckDBPyConnection, feeds: Sequence[FeedSpec]) -> None:
    """Insert new feeds and refresh the descriptive columns of known ones; health columns are kept."""
    if not feeds:
        return
    by_url = {feed.url: feed for feed in feeds}  # last spec wins when a URL repeats
    table = pa.table(
        {
            "url": [f.url for f in by_url.values()],
            "name": [f.name for f in by_url.values()],
            "outlet": [f.outlet for f in by_url.values()],
            "country": [f.country for f in by_url.values()],
            "owner_type": [f.owner_type for f in by_url.values()],
            "language": [f.language for f in by_url.values()],
        }
    )
    with transaction(con), registered(con, "_feeds_in", table):
        con.execute(
            """
            INSERT INTO feeds (url, name, outlet, country, owner_type, language, added_at)
            SELECT url, name, outlet, country, owner_type, language, ? FROM _feeds_in
            ON CONFLICT (url) DO UPDATE SET
                name = excluded.name, outlet = excluded.outlet, country = excluded.country,
                owner_type = excluded.owner_type, language = excluded.language
            """,
            [datetime.now(UTC)],
        )


def feed_http_state(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """Feed url → (etag, last_modified) for conditional GETs."""
    rows = con.execute("SELECT url, etag, last_modified FROM feeds").fetchall()
    return {url: (etag, last_modified) for url, etag, last_modified in rows}


def record_fetches(
    con: duckdb.DuckDBPyConnection, records: Sequence[FetchRecord], *, store_validators: bool = True
) -> None:
    """Append fetches to fetch_log and fold feed fetches into the feeds' health columns.

    With `store_validators=False` a 200's ETag / Last-Modified are logged but not yet stored on the feed: the
    ingest stores them with `store_feed_validators` once the feed's new items are loaded, so a run that dies
    half-way is not answered with a 304 next time and its remaining items are fetched.
    """
    if not records:
        return
    table = pa.table(
        {
            "run_id": pa.array([r.run_id for r in records], pa.string()),
            "kind": pa.array([r.kind for r in records], pa.string()),
            "url": pa.array([r.url for r in records], pa.string()),
            "feed_url": pa.array([r.feed_url for r in records], pa.string()),
            "status": pa.array([r.status for r in records], pa.string()),
            "started_at": pa.array([as_utc(r.started_at) for r in records], _TS),
            "elapsed_ms": pa.array([r.elapsed_ms for r in records], pa.int32()),
            "http_status": pa.array([r.http_status for r in records], pa.int32()),
            "final_url": pa.array([r.final_url for r in records], pa.string()),
            "n_bytes": pa.array([r.n_bytes for r in records], pa.int64()),
            "error": pa.array([r.error for r in records], pa.string()),
            "etag": pa.array([r.etag for r in records], pa.string()),
            "last_modified": pa.array([r.last_modified for r in records], pa.string()),
            "n_items": pa.array([r.n_items for r in records], pa.int32()),
            "bozo": pa.array([r.bozo for r in records], pa.bool_()),
        }
    )
    feed_records = sorted((r for r in records if r.kind == "feed"), key=lambda r: r.started_at.timestamp())
    with transaction(con):
        with registered(con, "_fetches_in", table):
            con.execute(
                """
                INSERT INTO fetch_log (run_id, kind, url, feed_url, status, started_at, elapsed_ms,
                    http_status, final_url, n_bytes, error, etag, last_modified, n_items, bozo)
                SELECT run_id, kind, url, feed_url, status, started_at, elapsed_ms,
                    http_status, final_url, n_bytes, error, etag, last_modified, n_items, bozo
                FROM _fetches_in
                """
            )
        if feed_records:
            _update_feed_health(con, feed_records, store_validators=store_validators)


def _update_feed_health(
    con: duckdb.DuckDBPyConnection, records: Sequence[FetchRecord], *, store_validators: bool = True
) -> None:
    urls = sorted({r.feed_url for r in records})
    now = datetime.now(UTC)
    # A fetch of a feed nobody registered still gets a health row (named after its URL).
    with id_table(con, "_feed_urls", urls):
        con.execute(
            "INSERT INTO feeds (url, name, added_at) SELECT id, id, ? FROM _feed_urls ON CONFLICT (url) DO NOTHING",
            [now],
        )
        rows = con.execute(
            "SELECT url, last_fetch_at, last_success_at, last_status, last_error, consecutive_failures, "
            "etag, last_modified, last_http_status FROM feeds WHERE url IN (SELECT id FROM _feed_urls)"
        ).fetchall()
    state = {row[0]: list(row[1:]) for row in rows}
    for rec in records:
        health = state[rec.feed_url]
        started = as_utc(rec.started_at)
        health[0] = started  # last_fetch_at
        health[2] = rec.status
        health[7] = rec.http_status
        if rec.status in SUCCESS_STATUSES:
            health[1] = started
            health[3] = None
            health[4] = 0
            # 200 brings fresh validators; a 304 keeps the ones we sent.
            if store_validators and rec.status == "ok" and (rec.etag is not None or rec.last_modified is not None):
                health[5] = rec.etag
                health[6] = rec.last_modified
        else:
            health[3] = rec.error or rec.status
            health[4] = (health[4] or 0) + 1
    table = pa.table(
        {
            "url": pa.array(list(state), pa.string()),
            "last_fetch_at": pa.array([h[0] for h in state.values()], _TS),
            "last_success_at": pa.array([h[1] for h in state.values()], _TS),
            "last_status": pa.array([h[2] for h in state.values()], pa.string()),
            "last_error": pa.array([h[3] for h in state.values()], pa.string()),
            "consecutive_failures": pa.array([h[4] for h in state.values()], pa.int32()),
            "etag": pa.array([h[5] for h in state.values()], pa.string()),
            "last_modified": pa.array([h[6] for h in state.values()], pa.string()),
            "last_http_status": pa.array([h[7] for h in state.values()], pa.int32()),
        }
    )
    with registered(con, "_health_in", table):
        con.execute(
            """
            UPDATE feeds SET last_fetch_at = h.last_fetch_at, last_success_at = h.last_success_at,
                last_status = h.last_status, last_error = h.last_error,
                consecutive_failures = h.consecutive_failures, etag = h.etag,
                last_modified = h.last_modified, last_http_status = h.last_http_status
            FROM _health_in AS h WHERE feeds.url = h.url
            """
        )


def article_count(con: duckdb.DuckDBPyConnection) -> int:
    """Number of articles in the warehouse."""
    return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])  # type: ignore[index]


def store_feed_validators(con: duckdb.DuckDBPyConnection, records: Sequence[FetchRecord]) -> None:
    """Store the ETag / Last-Modified of successful (200) feed fetches, for the next conditional GET."""
    fresh = [r for r in records if r.kind == "feed" and r.status == "ok"]
    if not fresh:
        return
    table = pa.table(
        {
            "url": pa.array([r.feed_url for r in fresh], pa.string()),
            "etag": pa.array([r.etag for r in fresh], pa.string()),
            "last_modified": pa.array([r.last_modified for r in fresh], pa.string()),
        }
    )
    with transaction(con), registered(con, "_validators_in", table):
        con.execute(
            "UPDATE feeds SET etag = v.etag, last_modified = v.last_modified FROM _validators_in AS v "
            "WHERE feeds.url = v.url"
        )


def unseen_urls(con: duckdb.DuckDBPyConnection, canonical_urls: Iterable[str]) -> set[str]:
    """The canonical links not yet loaded, either as an article's link or as its page's canonical URL.

    A page may name another canonical URL than the feed's link (syndication, AMP, a local mirror); both are
    known once the article is loaded, so the link is not fetched again.
    """
    wanted = sorted(set(canonical_urls))
    if not wanted:
        return set()
    with registered(con, "_urls_in", pa.table({"u": pa.array(wanted, pa.string())})):
        rows = con.execute(
            """
            SELECT u FROM _urls_in
            ANTI JOIN articles AS by_canonical ON by_canonical.canonical_url = _urls_in.u
            ANTI JOIN articles AS by_link ON by_link.url = _urls_in.u
            """
        ).fetchall()
    return {row[0] for row in rows}


def permanently_failed(con: duckdb.DuckDBPyConnection, links: Iterable[str]) -> set[str]:
    """Links whose page fetch already ended for good (404, 410, blocked): not worth another request."""
    wanted = sorted(set(links))
    if not wanted:
        return set()
    with id_table(con, "_links_in", wanted):
        rows = con.execute(
            """
            SELECT DISTINCT url FROM fetch_log
            WHERE kind = 'page' AND url IN (SELECT id FROM _links_in)
              AND (status = 'blocked' OR http_status IN (404, 410))
            """
        ).fetchall()
    return {row[0] for row in rows}


def mention_id(article_id: str, tagger_version: str, index: int, event: Event) -> str:
    """Stable id of the index-th mention the given tagger version found in an article."""
    key = "|".join(
        [
            article_id,
            tagger_version,
            str(index),
            event.type,
            event.actor or "",
            event.event_date.isoformat() if event.event_date else "",
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _compression_of(raw: bytes) -> str:
    if raw[:2] == b"\x1f\x8b":
        return "gzip"
    if raw[:4] == b"\x28\xb5\x2f\xfd":
        return "zstd"
    return "zlib"


def mentions_table(
    events_by_article: Sequence[tuple[str, Sequence[Event]]], tagger_version: str, created_at: datetime
) -> pa.Table:
    cols: dict[str, list[Any]] = {
        name: []
        for name in [
            "mention_id",
            "article_id",
            "type",
            "status",
            "actor",
            "participants",
            "subtypes",
            "count",
            "count_qualifier",
            "missile_class",
            "weapon",
            "mode",
            "vehicle",
            "payload",
            "event_date",
            "evidence",
            "rules",
        ]
    }
    for article_id, events in events_by_article:
        for index, event in enumerate(events):
            cols["mention_id"].append(mention_id(article_id, tagger_version, index, event))
            cols["article_id"].append(article_id)
            cols["type"].append(event.type)
            cols["status"].append(event.status)
            cols["actor"].append(event.actor)
            cols["participants"].append(list(event.participants))
            cols["subtypes"].append(list(event.subtypes))
            cols["count"].append(event.count)
            cols["count_qualifier"].append(event.count_qualifier)
            cols["missile_class"].append(list(event.missile_class))
            cols["weapon"].append(event.weapon)
            cols["mode"].append(event.mode)
            cols["vehicle"].append(event.vehicle)
            cols["payload"].append(event.payload)
            cols["event_date"].append(event.event_date)
            cols["evidence"].append(json.dumps([e.to_dict() for e in event.evidence], ensure_ascii=False))
            cols["rules"].append(list(event.rules))
    n = len(cols["mention_id"])
    return pa.table(
        {
            "mention_id": pa.array(cols["mention_id"], pa.string()),
            "article_id": pa.array(cols["article_id"], pa.string()),
            "type": pa.array(cols["type"], pa.string()),
            "status": pa.array(cols["status"], pa.string()),
            "actor": pa.array(cols["actor"], pa.string()),
            "participants": pa.array(cols["participants"], _STR_LIST),
            "subtypes": pa.array(cols["subtypes"], _STR_LIST),
            "count": pa.array(cols["count"], pa.int32()),
            "count_qualifier": pa.array(cols["count_qualifier"], pa.string()),
            "missile_class": pa.array(cols["missile_class"], _STR_LIST),
            "weapon": pa.array(cols["weapon"], pa.string()),
            "mode": pa.array(cols["mode"], pa.string()),
            "vehicle": pa.array(cols["vehicle"], pa.string()),
            "payload": pa.array(cols["payload"], pa.string()),
            "event_date": pa.array(cols["event_date"], pa.date32()),
            "evidence": pa.array(cols["evidence"], pa.string()),
            "rules": pa.array(cols["rules"], _STR_LIST),
            "tagger_version": pa.array([tagger_version] * n, pa.string()),
            "created_at": pa.array([created_at] * n, _TS),
        }
    )


def _insert_mentions(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    if table.num_rows == 0:
        return 0
    before = scalar(con, "SELECT count(*) FROM event_mentions")
    with registered(con, "_mentions_in", table):
        con.execute(
            """
            INSERT INTO event_mentions
            SELECT mention_id, article_id, type, status, actor, participants, subtypes, count,
                count_qualifier, missile_class, weapon, mode, vehicle, payload, event_date,
                evidence::JSON, rules, tagger_version, created_at
            FROM _mentions_in
            ON CONFLICT (mention_id) DO NOTHING
            """
        )
    return scalar(con, "SELECT count(*) FROM event_mentions") - before


def _articles_table(articles: Sequence[Article], run_id: str, seen_at: datetime) -> pa.Table:
    return pa.table(
        {
            "article_id": pa.array([a.article_id for a in articles], pa.string()),
            "url": pa.array([a.url for a in articles], pa.string()),
            "canonical_url": pa.array([a.canonical_url for a in articles], pa.string()),
            "feed_url": pa.array([getattr(a, "feed_url", None) for a in articles], pa.string()),
            "feed_name": pa.array([a.feed_name for a in articles], pa.string()),
            "outlet": pa.array([a.outlet for a in articles], pa.string()),
            "title": pa.array([a.title for a in articles], pa.string()),
            "published_at": pa.array([as_utc(a.published_at) for a in articles], _TS),
            "text": pa.array([a.text for a in articles], pa.string()),
            "summary": pa.array([a.summary for a in articles], pa.string()),
            "language": pa.array([a.language for a in articles], pa.string()),
            "encoding": pa.array([a.encoding for a in articles], pa.string()),
            "published_source": pa.array([a.published_source for a in articles], pa.string()),
            "content_hash": pa.array([a.content_hash for a in articles], pa.string()),
            "first_seen_at": pa.array([seen_at] * len(articles), _TS),
            "run_id": pa.array([run_id] * len(articles), pa.string()),
            "ord": pa.array(range(len(articles)), pa.int64()),
            "title_key": pa.array([normalize(a.title) for a in articles], pa.string()),
            "published_utc_offset": pa.array([a.published_utc_offset for a in articles], pa.int16()),
            "published_local": pa.array([_wall_clock(a.published_local) for a in articles], pa.timestamp("us")),
        }
    )


def load_articles(
    con: duckdb.DuckDBPyConnection,
    articles: Sequence[Article],
    *,
    tagger_version: str,
    run_id: str,
    on_events: OnEvents | None = None,
    seen_at: datetime | None = None,
) -> LoadResult:
    """Load a batch in ONE transaction: articles, raw HTML, mentions, event clustering, then `on_events`.

    Articles already known (same article_id or canonical_url) are skipped with their mentions, so loading
    the same batch twice adds nothing. `on_events(con, changes)` runs inside the same transaction. `seen_at`
    (default: now) is the batch's `first_seen_at`, for backfills.
    """
    seen_at = as_utc(seen_at) or datetime.now(UTC)
    table = _articles_table(articles, run_id, seen_at)
    with transaction(con), registered(con, "_articles_in", table):
        # New = not in the warehouse by id or canonical URL, first occurrence within the batch.
        new_ords = [
            row[0]
            for row in con.execute(
                """
                SELECT min(i.ord) FROM _articles_in AS i
                -- two separate NOT EXISTS (not one with OR) so both become hash anti-joins
                WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = i.article_id)
                  AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.canonical_url = i.canonical_url)
                GROUP BY i.canonical_url
                """
            ).fetchall()
        ]
        new_ords = _first_per_id(articles, sorted(new_ords))
        fresh = [articles[i] for i in new_ords]
        if fresh:
            with registered(con, "_new_ords", pa.table({"ord": pa.array(new_ords, pa.int64())})):
                con.execute(
                    """
                INSERT INTO articles
                SELECT i.article_id, i.url, i.canonical_url,
                    coalesce(i.feed_url, (SELECT min(f.url) FROM feeds f WHERE f.name = i.feed_name)),
                    i.feed_name, i.outlet, i.title, i.published_at, i.text, i.summary, i.language,
                    i.encoding, i.published_source, i.content_hash, i.first_seen_at, i.run_id, ?, i.title_key,
                    i.published_utc_offset, i.published_local
                FROM _articles_in AS i SEMI JOIN _new_ords USING (ord)
                """,
                    [tagger_version],
                )
            html = pa.table(
                {
                    "article_id": pa.array([a.article_id for a in fresh], pa.string()),
                    "compression": pa.array([_compression_of(a.raw_html) for a in fresh], pa.string()),
                    "raw": pa.array([a.raw_html for a in fresh], pa.binary()),
                }
            )
            with registered(con, "_html_in", html):
                # The articles are new (anti-join above), so is their HTML: a plain append, no key lookup.
                con.execute("INSERT INTO article_html SELECT article_id, compression, raw FROM _html_in")
            link_exact_duplicates(con, [a.article_id for a in fresh], min_seen=seen_at)
        mentions = mentions_table([(a.article_id, a.events) for a in fresh if a.events], tagger_version, seen_at)
        new_mentions = _insert_mentions(con, mentions)
        changes = update_events(con, mention_ids=mentions.column("mention_id").to_pylist())
        if on_events is not None:
            on_events(con, changes)
    # After the commit: the index never shows an article the warehouse does not hold (an interruption between
    # the two leaves the index behind, and the next run's sync_search_index catches up).
    index_articles(
        con,
        [
            (a.article_id, a.title, a.text, a.outlet, as_utc(a.published_at), a.url, a.published_utc_offset)
            for a in fresh
        ],
    )
    return LoadResult(
        new_articles=len(fresh),
        new_mentions=new_mentions,
        new_events=len(changes.new),
        updated_events=len(changes.changed),
        event_changes=changes,
    )


def _first_per_id(articles: Sequence[Article], ords: list[int]) -> list[int]:
    """Drop batch rows whose article_id already appeared earlier in the batch (under another URL)."""
    seen: set[str] = set()
    kept = []
    for i in ords:
        if articles[i].article_id not in seen:
            seen.add(articles[i].article_id)
            kept.append(i)
    return kept


def link_exact_duplicates(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], *, min_seen: datetime | None = None
) -> int:
    """Link new articles to the earliest article with the same content hash or the same long title.

    Only articles first seen within CONTENT_DUPLICATE_WINDOW of the new ones are compared (syndicated copies
    travel within days), so the cost does not grow with the warehouse: `articles` is stored in load order, and
    the `first_seen_at` bound lets DuckDB skip the older row groups. Near-duplicates (reworded syndication) are
    linked by the events module with shingle similarity.
    """
    if not article_ids:
        return 0
    min_seen = min_seen or datetime(1970, 1, 1, tzinfo=UTC)
    before = scalar(con, "SELECT count(*) FROM article_duplicates")
    with id_table(con, "_dup_ids", article_ids):
        since = scalar(
            con,
            "SELECT least(min(first_seen_at), min(coalesce(published_at, first_seen_at)) - INTERVAL 3 DAY) "
            "FROM articles WHERE first_seen_at >= ? AND article_id IN (SELECT id FROM _dup_ids)",
            [min_seen],
        )
        if since is None:
            return 0
        con.execute(
            """
        INSERT INTO article_duplicates
        WITH new AS (
            SELECT a.*, coalesce(a.published_at, a.first_seen_at) AS t
            FROM articles a WHERE a.first_seen_at >= $min_seen AND a.article_id IN (SELECT id FROM _dup_ids)
        ),
        recent AS (SELECT * FROM articles WHERE first_seen_at >= $since - $window),
        by_hash AS (
            SELECT n.article_id,
                arg_min(o.article_id, (coalesce(o.published_at, o.first_seen_at), o.article_id)) AS root
            FROM new n JOIN recent o ON o.content_hash = n.content_hash
            GROUP BY n.article_id
        ),
        by_title AS (
            SELECT n.article_id,
                arg_min(o.article_id, (coalesce(o.published_at, o.first_seen_at), o.article_id)) AS root
            FROM new n JOIN recent o
              ON o.title_key = n.title_key
             AND abs(epoch(coalesce(o.published_at, o.first_seen_at)) - epoch(n.t)) <= 3 * 86400
            WHERE length(n.title_key) >= 25
            GROUP BY n.article_id
        ),
        picked AS (
            SELECT article_id, root, 'content_hash' AS method FROM by_hash WHERE root <> article_id
            UNION ALL
            SELECT t.article_id, t.root, 'title' FROM by_title t
            WHERE t.root <> t.article_id
              AND NOT EXISTS (SELECT 1 FROM by_hash h WHERE h.article_id = t.article_id AND h.root <> h.article_id)
        )
        SELECT p.article_id, coalesce(d.duplicate_of, p.root), p.method, 1.0
        FROM picked p LEFT JOIN article_duplicates d ON d.article_id = p.root
        ON CONFLICT (article_id) DO NOTHING
        """,
            {"min_seen": min_seen, "since": since, "window": CONTENT_DUPLICATE_WINDOW},
        )
    added = scalar(con, "SELECT count(*) FROM article_duplicates") - before
    if added:
        flatten_duplicate_links(con)
    return added


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, kind: str) -> None:
    """Record the start of a run (status 'running'); starting the same run id again is a no-op."""
    with transaction(con):
        con.execute(
            "INSERT INTO runs (run_id, kind, started_at, status) VALUES (?, ?, ?, 'running') "
            "ON CONFLICT (run_id) DO NOTHING",
            [run_id, kind, datetime.now(UTC)],
        )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, stats: Mapping[str, Any], status: str) -> None:
    """Close a run with its stats (keys from RUN_STAT_COLUMNS) and final status."""
    unknown = set(stats) - set(RUN_STAT_COLUMNS)
    if unknown:
        raise ValueError(f"unknown run stats {sorted(unknown)}; expected some of {RUN_STAT_COLUMNS}")
    columns = [c for c in RUN_STAT_COLUMNS if c in stats]
    assignments = "".join(f", {c} = ?" for c in columns)
    with transaction(con):
        updated = con.execute(
            f"UPDATE runs SET finished_at = ?, status = ?{assignments} WHERE run_id = ? RETURNING run_id",
            [datetime.now(UTC), status, *(stats[c] for c in columns), run_id],
        ).fetchall()
        if not updated:
            raise ValueError(f"run {run_id!r} was never started")


def count_to_retag(con: duckdb.DuckDBPyConnection, tagger_version: str) -> int:
    """How many articles were last tagged by another tagger version (what articles_to_retag will yield)."""
    return int(scalar(con, "SELECT count(*) FROM articles WHERE tagger_version IS DISTINCT FROM ?", [tagger_version]))


def articles_to_retag(
    con: duckdb.DuckDBPyConnection, tagger_version: str, *, batch_size: int = 1000
) -> Iterator[list[ArticleToRetag]]:
    """Batches of articles last tagged by another tagger version."""
    cursor = con.cursor()
    try:
        cursor.execute(
            """
            SELECT article_id, title, text, published_at, tagger_version, published_utc_offset
            FROM articles
            WHERE tagger_version IS DISTINCT FROM ?
            ORDER BY article_id
            """,
            [tagger_version],
        )
        while rows := cursor.fetchmany(batch_size):
            yield [ArticleToRetag(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]
    finally:
        cursor.close()


def replace_mentions(
    con: duckdb.DuckDBPyConnection,
    mentions_by_article: Mapping[str, Sequence[Event]],
    tagger_version: str,
    on_events: OnEvents | None = None,
) -> LoadResult:
    """Replace each listed article's mentions with those of a new tagger version, re-clustering events."""
    now = datetime.now(UTC)
    article_ids = sorted(mentions_by_article)
    touched: set[str] = set()
    with transaction(con):
        if article_ids:
            touched = detach_mentions(con, article_ids)
            with id_table(con, "_retag_ids", article_ids):
                con.execute("DELETE FROM event_mentions WHERE article_id IN (SELECT id FROM _retag_ids)")
                con.execute(
                    "UPDATE articles SET tagger_version = ? WHERE article_id IN (SELECT id FROM _retag_ids)",
                    [tagger_version],
                )
        table = mentions_table([(aid, mentions_by_article[aid]) for aid in article_ids], tagger_version, now)
        new_mentions = _insert_mentions(con, table)
        changes = update_events(con, touched_events=touched, mention_ids=table.column("mention_id").to_pylist())
        if on_events is not None:
            on_events(con, changes)
    return LoadResult(
        new_articles=0,
        new_mentions=new_mentions,
        new_events=len(changes.new),
        updated_events=len(changes.changed),
        event_changes=changes,
    )


__all__ = [
    "RUN_STAT_COLUMNS",
    "ArticleToRetag",
    "LoadResult",
    "articles_to_retag",
    "count_to_retag",
    "feed_http_state",
    "finish_run",
    "link_exact_duplicates",
    "load_articles",
    "mention_id",
    "record_fetches",
    "replace_mentions",
    "start_run",
    "unseen_urls",
    "upsert_feeds",
]
