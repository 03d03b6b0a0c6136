"""The ingest flow: load feeds → fetch feeds → parse items → fetch new pages → extract and tag → load → alert."""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import time
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

from flows.alerts import alert_config, alert_hook, deliver_alerts, resolve_channels
from flows.artifacts import publish_run_artifact
from flows.fetch import Fetched, Fetcher, FetchRequest, fetch_all
from flows.runners import make_task_runner, runner_kind
from flows.settings import Settings, snapshot_path
from transforms.feedlist import default_feed_list_path, load_feed_list
from transforms.feeds import FeedParseError, parse_feed
from transforms.pipeline import PageInput, PageOutcome, build_articles
from transforms.records import Article, FeedItem, FeedSpec, FetchRecord
from transforms.tagger import TAGGER_VERSION
from transforms.urls import InvalidURLError, canonicalize_url
from warehouse import load as wh
from warehouse.db import open_warehouse
from warehouse.export import publish_snapshot
from warehouse.query import rebuild_search_index

# Below this many pages a worker pool costs more to start than it saves.
POOL_THRESHOLD = 40


@dataclass
class RunSummary:
    """What one ingest run did, for the CLI table, the run row and the Prefect artifact."""

    run_id: str
    db: str
    feeds: int = 0
    feeds_ok: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    items: int = 0
    new_items: int = 0
    pages_ok: int = 0
    pages_failed: int = 0
    new_articles: int = 0
    new_mentions: int = 0
    new_events: int = 0
    updated_events: int = 0
    alerts_sent: int = 0
    alerts_pending: int = 0
    alerts_dead: int = 0
    elapsed_s: float = 0.0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (url, status, error)

    def add_batch(self, result: wh.LoadResult, records: Sequence[FetchRecord]) -> None:
        """Count one loaded batch of pages."""
        self.new_articles += result.new_articles
        self.new_mentions += result.new_mentions
        self.new_events += result.new_events
        self.updated_events += result.updated_events
        self.pages_ok += sum(1 for r in records if r.status == "ok")
        self.pages_failed += sum(1 for r in records if r.status != "ok")
        self.failures.extend((r.url, r.status, r.error or "") for r in records if r.status != "ok")

    @property
    def all_feeds_failed(self) -> bool:
        return self.feeds > 0 and self.feeds_failed == self.feeds

    def stats(self) -> dict[str, Any]:
        return {
            "feeds_ok": self.feeds_ok,
            "feeds_not_modified": self.feeds_not_modified,
            "feeds_failed": self.feeds_failed,
            "items": self.items,
            "new_articles": self.new_articles,
            "new_mentions": self.new_mentions,
            "new_events": self.new_events,
            "updated_events": self.updated_events,
            "alerts_sent": self.alerts_sent,
            "alerts_pending": self.alerts_pending,
            "alerts_dead": self.alerts_dead,
            "failures": len(self.failures),
            "elapsed_s": round(self.elapsed_s, 3),
        }


@dataclass(frozen=True)
class NewItem:
    """A feed item whose article page has not been loaded yet."""

    spec: FeedSpec
    item: FeedItem
    key: str  # canonical URL of the item's link


# ---------------------------------------------------------------- tasks


@task(cache_policy=NONE)
def fetch_feeds(
    feeds: Sequence[FeedSpec], validators: dict[str, tuple[str | None, str | None]], settings: Settings, run_id: str
) -> list[Fetched]:
    """Fetch every feed concurrently, with conditional GET from the stored ETag / Last-Modified."""
    requests = [
        FetchRequest(
            url=spec.url,
            kind="feed",
            feed_url=spec.url,
            etag=validators.get(spec.url, (None, None))[0],
            last_modified=validators.get(spec.url, (None, None))[1],
        )
        for spec in feeds
    ]
    return _run_fetches(settings, run_id, requests)


@task(cache_policy=NONE)
def parse_feeds(
    feeds: Sequence[FeedSpec], fetched: Sequence[Fetched], run_id: str
) -> tuple[list[FetchRecord], list[NewItem]]:
    """Parse each fetched feed body; a body that is no feed turns its record into `bad_feed`.

    Returns the fetch records (feeds, and links refused without fetching) and the items with usable links.
    """
    logger = get_run_logger()
    records: list[FetchRecord] = []
    refused: list[FetchRecord] = []
    items: list[NewItem] = []
    for spec, result in zip(feeds, fetched, strict=True):
        record = result.record
        if record.status == "ok" and result.body is not None:
            headers = {"content-type": result.content_type or "", "content-location": record.final_url or spec.url}
            try:
                parsed = parse_feed(result.body, url=record.final_url or spec.url, headers=headers)
            except FeedParseError as exc:
                record = replace(record, status="bad_feed", error=str(exc))
            else:
                record = replace(
                    record,
                    n_items=len(parsed.items),
                    bozo=parsed.bozo,
                    error=f"feed parsed with problems: {parsed.bozo_message}" if parsed.bozo else None,
                )
                keyed, blocked = _keyed_items(spec, parsed.items, run_id)
                items.extend(keyed)
                refused.extend(blocked)
        if record.status not in ("ok", "not_modified"):
            logger.warning("feed %s failed: %s (%s)", spec.name, record.status, record.error)
        records.append(record)
    return records + refused, items


@task(cache_policy=NONE)
def fetch_pages(batch: Sequence[NewItem], settings: Settings, run_id: str) -> list[Fetched]:
    """Fetch the article pages of one batch of new items."""
    requests = [FetchRequest(url=n.item.link or n.key, kind="page", feed_url=n.spec.url) for n in batch]
    return _run_fetches(settings, run_id, requests)


@task(cache_policy=NONE)
def extract_and_tag(pages: list[PageInput], pool: ProcessPoolExecutor | None, workers: int) -> list[PageOutcome]:
    """Extract and tag pages, spread over worker processes when there are enough of them."""
    if pool is None or len(pages) < POOL_THRESHOLD:
        return build_articles(pages)
    n_chunks = max(1, workers * 4)
    size = max(1, -(-len(pages) // n_chunks))
    chunks = [pages[i : i + size] for i in range(0, len(pages), size)]
    return [outcome for chunk in pool.map(build_articles, chunks) for outcome in chunk]


@task(cache_policy=NONE)
def process_pages(
    batch: Sequence[NewItem], settings: Settings, run_id: str, pool: ProcessPoolExecutor | None = None, workers: int = 1
) -> tuple[list[Article], list[FetchRecord]]:
    """Fetch, extract and tag one batch of new items: the articles to load and the batch's fetch records."""
    pages = fetch_pages(batch, settings, run_id)
    page_inputs, records = _page_inputs(batch, pages)
    outcomes = extract_and_tag(page_inputs, pool, workers)
    return _settle_outcomes(outcomes, records)


@task(cache_policy=NONE)
def load_batch(
    con: Any, articles: list[Article], records: list[FetchRecord], run_id: str, on_events: wh.OnEvents | None
) -> wh.LoadResult:
    """Load one batch of articles with their mentions, events and alert outbox rows, then record its fetches."""
    result = wh.load_articles(con, articles, tagger_version=TAGGER_VERSION, run_id=run_id, on_events=on_events)
    wh.record_fetches(con, records)
    return result


@task(cache_policy=NONE)
def publish_for_readers(con: Any, db: str, *, changed: bool, reindex_max: int) -> None:
    """Refresh the search index and the read-only snapshot analysts query while the next run writes.

    The full-text index is rebuilt whole (DuckDB's FTS has no incremental update, ~0.7 ms per article), so past
    `reindex_max` articles it is left to the maintenance flow instead of every run.
    """
    snapshot = snapshot_path(db)
    if changed and wh.article_count(con) <= reindex_max:
        rebuild_search_index(con)
    if changed or not snapshot.exists():
        publish_snapshot(db, snapshot, con=con)


# ---------------------------------------------------------------- the flow


@flow(name="marsad-ingest", log_prints=False, task_runner=make_task_runner())
def ingest(feeds_file: str | None = None, db: str = "marsad.duckdb") -> RunSummary:
    """One ingest run over a feed list (TOML) into a DuckDB file."""
    settings = Settings()
    started = time.monotonic()
    run_id = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
    summary = RunSummary(run_id=run_id, db=db)
    logger = get_run_logger()

    feeds = load_feed_list(Path(feeds_file) if feeds_file else default_feed_list_path())
    summary.feeds = len(feeds)
    alerts = alert_config()
    channels = resolve_channels(alerts)
    con = open_warehouse(db, wait_s=settings.lock_wait_s)
    pool: ProcessPoolExecutor | None = None
    try:
        wh.start_run(con, run_id, "ingest")
        wh.upsert_feeds(con, feeds)
        fetched = fetch_feeds(feeds, wh.feed_http_state(con), settings, run_id)
        feed_records, items = parse_feeds(feeds, fetched, run_id)
        # Validators are stored only once the feed's items are in: a run that dies half-way gets a 200, not a 304.
        wh.record_fetches(con, feed_records, store_validators=False)
        _count_feeds(summary, feed_records)

        new_items = _unseen(con, items)
        summary.items, summary.new_items = len(items), len(new_items)
        spread = runner_kind() != "inline"
        if len(new_items) >= POOL_THRESHOLD and not spread:
            pool = _worker_pool(settings)
        batches = list(_chunks(new_items, settings.page_batch))
        if spread:  # every batch is fetched, extracted and tagged on the task runner (threads or Dask workers)
            futures = [process_pages.submit(batch, settings, run_id) for batch in batches]
            processed = (future.result() for future in futures)
        else:
            processed = (process_pages(batch, settings, run_id, pool, _n_workers(settings)) for batch in batches)
        page_records: list[FetchRecord] = []
        for articles, records in processed:  # loaded in batch order by this process, the warehouse's one writer
            result = load_batch(con, articles, records, run_id, alert_hook(alerts.rules, channels))
            page_records.extend(records)
            summary.add_batch(result, records)

        wh.store_feed_validators(con, _complete_feeds(feed_records, page_records))
        delivery = deliver_alerts(con, channels)
        summary.alerts_sent, summary.alerts_pending = delivery.sent, delivery.pending
        summary.alerts_dead = delivery.dead

        summary.elapsed_s = time.monotonic() - started
        status = "failed" if summary.all_feeds_failed else ("partial" if summary.failures else "ok")
        wh.finish_run(con, run_id, summary.stats(), status)
        publish_for_readers(con, db, changed=summary.new_articles > 0, reindex_max=settings.reindex_max_articles)
    except BaseException:
        # The batches already loaded stay (each was its own transaction); the run row says it did not finish.
        summary.elapsed_s = time.monotonic() - started
        with contextlib.suppress(Exception):
            wh.finish_run(con, run_id, summary.stats(), "failed")
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        con.close()
    publish_run_artifact(summary)
    logger.info(
        "run %s: %d feeds (%d failed), %d new articles, %d new events",
        run_id,
        summary.feeds,
        summary.feeds_failed,
        summary.new_articles,
        summary.new_events,
    )
    return summary


# ---------------------------------------------------------------- helpers


def _run_fetches(settings: Settings, run_id: str, requests: Sequence[FetchRequest]) -> list[Fetched]:
    async def go() -> list[Fetched]:
        async with Fetcher(settings, run_id, retries=settings.retries) as fetcher:
            return await fetch_all(fetcher, requests)

    return asyncio.run(go())


def _keyed_items(spec: FeedSpec, items: Sequence[FeedItem], run_id: str) -> tuple[list[NewItem], list[FetchRecord]]:
    """Items keyed by canonical link; a link that is not http(s) is recorded as `blocked`, never fetched."""
    keyed: list[NewItem] = []
    blocked: list[FetchRecord] = []
    for item in items:
        link = item.link or item.rejected_link
        if not link:
            continue
        try:
            keyed.append(NewItem(spec=spec, item=item, key=canonicalize_url(link)))
        except InvalidURLError as exc:
            blocked.append(
                FetchRecord(
                    run_id=run_id,
                    kind="page",
                    url=link[:2000],
                    feed_url=spec.url,
                    status="blocked",
                    started_at=datetime.now(UTC),
                    elapsed_ms=0,
                    error=f"not fetched: {exc}",
                )
            )
    return keyed, blocked


def _unseen(con: Any, items: Sequence[NewItem]) -> list[NewItem]:
    """Items whose canonical link is not loaded, not repeated earlier in this run, and not gone for good."""
    unseen = wh.unseen_urls(con, {n.key for n in items})
    gone = wh.permanently_failed(con, {n.item.link for n in items if n.item.link})
    out: list[NewItem] = []
    taken: set[str] = set()
    for n in items:
        if n.key in unseen and n.key not in taken and n.item.link not in gone:
            taken.add(n.key)
            out.append(n)
    return out


def _page_inputs(batch: Sequence[NewItem], pages: Sequence[Fetched]) -> tuple[list[PageInput], list[FetchRecord]]:
    inputs: list[PageInput] = []
    records: list[FetchRecord] = []
    for new, fetched in zip(batch, pages, strict=True):
        records.append(fetched.record)
        if fetched.record.status == "ok" and fetched.body is not None:
            inputs.append(
                PageInput(
                    item=new.item,
                    feed_name=new.spec.name,
                    outlet=new.spec.outlet or new.spec.name,
                    final_url=fetched.record.final_url or fetched.record.url,
                    body=fetched.body,
                    content_type=fetched.content_type,
                    fetched_at=fetched.record.started_at,
                )
            )
    return inputs, records


def _settle_outcomes(
    outcomes: Sequence[PageOutcome], records: Sequence[FetchRecord]
) -> tuple[list[Article], list[FetchRecord]]:
    """Articles to load (one per id), and fetch records with extraction failures marked `bad_page`."""
    errors = {o.url: o.error for o in outcomes if o.article is None}
    warnings = {o.url: o.tag_error for o in outcomes if o.tag_error}
    settled = [
        replace(r, status="bad_page", error=errors[r.url])
        if r.status == "ok" and r.url in errors
        else replace(r, error=warnings[r.url])
        if r.url in warnings
        else r
        for r in records
    ]
    articles: dict[str, Article] = {}
    for outcome in outcomes:
        if outcome.article is not None:
            articles.setdefault(outcome.article.article_id, outcome.article)
    return list(articles.values()), settled


def _complete_feeds(feed_records: Sequence[FetchRecord], page_records: Sequence[FetchRecord]) -> list[FetchRecord]:
    """Feed fetches none of whose pages failed transiently: their validators may be stored."""
    retry_later = {
        r.feed_url
        for r in page_records
        if r.status in ("timeout", "connect_error")
        or (r.status == "http_error" and r.http_status is not None and (r.http_status == 429 or r.http_status >= 500))
    }
    return [r for r in feed_records if r.feed_url not in retry_later]


def _count_feeds(summary: RunSummary, records: Sequence[FetchRecord]) -> None:
    for record in records:
        if record.kind == "page":  # a link refused before any fetch
            summary.pages_failed += 1
            summary.failures.append((record.url, record.status, record.error or ""))
        elif record.status == "ok":
            summary.feeds_ok += 1
        elif record.status == "not_modified":
            summary.feeds_not_modified += 1
        else:
            summary.feeds_failed += 1
            summary.failures.append((record.url, record.status, record.error or ""))


def _n_workers(settings: Settings) -> int:
    return settings.workers or os.cpu_count() or 1


def _worker_pool(settings: Settings) -> ProcessPoolExecutor:
    workers = _n_workers(settings)
    # spawn: the flow process runs threads (Prefect, httpx), which fork would copy in an unknown state.
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _chunks(items: Sequence[NewItem], size: int) -> Iterator[list[NewItem]]:
    for i in range(0, len(items), max(1, size)):
        yield list(items[i : i + size])
