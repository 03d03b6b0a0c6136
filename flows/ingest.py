"""The ingest flow: load feeds → fetch feeds → parse items → fetch new pages → extract and tag → load → alert.

Feeds are fetched concurrently and each group of feeds goes down the whole line as soon as it arrives, so one
slow feed (a drip, a hang, a retry) delays only its own articles, never the others' load and alerts.

A run that finds nothing new should cost little more than Prefect's own floor. So only the steps that do real work
are Prefect tasks (fetching, extracting and tagging a batch of pages; loading it; sending alerts), each task run
costing round trips to the API; small steps (parsing feeds, publishing for readers, the ground-truth match, the
report) are plain calls logged to the run. What a run skips, it skips on a check of the data itself: no pending
alert for a configured channel → no delivery pass; nothing loaded → only the run's own tables are published for
readers and the search index is not written; the report's charts and font are drawn again only when what they
show changed (flows.report).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import queue
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

from flows.alerts import (
    DeliveryReport,
    alert_config,
    alert_hook,
    deliver_alerts,
    nothing_to_send,
    outbox_report,
    resolve_channels,
)
from flows.artifacts import publish_run_artifact
from flows.fetch import Fetched, Fetcher, FetchRequest, fetch_all
from flows.progress import Step
from flows.runners import make_task_runner, runner_kind
from flows.settings import Settings
from flows.verify import sync_reference
from transforms.feedlist import default_feed_list_path, load_feed_list
from transforms.feeds import FeedParseError, parse_feed
from transforms.records import Article, FeedItem, FeedSpec, FetchRecord
from transforms.urls import InvalidURLError, canonicalize_url
from warehouse import load as wh
from warehouse.db import open_warehouse
from warehouse.readers import RUN_TABLES, Publication, publish_readers
from warehouse.reference import Verification, verify
from warehouse.search import sync_search_index

if TYPE_CHECKING:
    from transforms.pipeline import PageInput, PageOutcome

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
    verification: Verification | None = None  # DPRK launches against the CNS tests, when reference data is loaded
    report_path: str | None = None  # the HTML report written after the run
    report_error: str | None = None

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


# ---------------------------------------------------------------- steps


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


def fetch_pages(batch: Sequence[NewItem], settings: Settings, run_id: str) -> list[Fetched]:
    """Fetch the article pages of one batch of new items."""
    requests = [FetchRequest(url=n.item.link or n.key, kind="page", feed_url=n.spec.url) for n in batch]
    return _run_fetches(settings, run_id, requests)


def extract_and_tag(pages: list[PageInput], pool: ProcessPoolExecutor | None, workers: int) -> list[PageOutcome]:
    """Extract and tag pages, spread over worker processes when there are enough of them."""
    from transforms.pipeline import build_articles  # the extractor and the tagger: only when pages came in

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
    from transforms.tagger import TAGGER_VERSION

    result = wh.load_articles(con, articles, tagger_version=TAGGER_VERSION, run_id=run_id, on_events=on_events)
    wh.record_fetches(con, records)
    return result


def publish_for_readers(con: Any, db: str, *, changed: bool) -> Publication:
    """Publish the run's changes for readers (warehouse.readers): new rows, and the small tables rewritten.

    A run that loaded nothing (`changed` false) publishes only the tables every run writes (its run row, feed
    state, fetch log, alert outbox); the articles' and events' files stay as they are. The search index needs
    nothing here: each load extended it with its own articles.
    """
    publication = publish_readers(con, db, tables=None if changed else RUN_TABLES)
    get_run_logger().info(
        "published %s for readers in %.2f s", "changes" if changed else "the run's tables", publication.seconds
    )
    return publication


def verify_and_report(con: Any, summary: RunSummary, settings: Settings, report: str | None) -> None:
    """Load changed reference files, match the DPRK launches to the CNS tests, write the HTML report if asked.

    Neither step can fail the run: a broken reference file or report is logged and recorded in the summary.
    """
    logger = get_run_logger()
    try:
        sync_reference(con, settings.reference_dir)
        summary.verification = verify(con)
    except Exception as exc:
        logger.error("ground-truth verification failed: %s", exc)
    if not report:
        return
    from flows.report import write_report  # altair and vl-convert load only when a report is wanted

    try:
        written = write_report(con, Path(report))
        summary.report_path = str(written.path)
    except Exception as exc:
        summary.report_error = f"{type(exc).__name__}: {exc}"
        logger.error("report %s not written: %s", report, summary.report_error)


# ---------------------------------------------------------------- the flow


@flow(name="marsad-ingest", log_prints=False, task_runner=make_task_runner())
def ingest(
    feeds_file: str | None = None,
    db: str = "marsad.duckdb",
    connect_to: dict[str, str] | None = None,
    report: str | None = None,
) -> RunSummary:
    """One ingest run over a feed list (TOML) into a DuckDB file.

    `connect_to` adds to the `connect_to` setting for this run (the demo reaches its snapshot server this way).
    `report` (default: MARSAD_REPORT_PATH) is where the HTML report is written after the run, if anywhere.
    """
    settings = Settings()
    if connect_to:
        settings = Settings(connect_to={**settings.connect_to, **connect_to})
    report = report or (str(settings.report_path) if settings.report_path else None)
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
        # Two counts when the index is current; catches up after an upgrade or a load cut short.
        sync_search_index(con)
        wh.upsert_feeds(con, feeds)
        on_events = alert_hook(alerts.rules, channels)
        taken: set[str] = set()  # canonical links already tried in this run
        delivered = False
        # One progress step for the run; each feed adds its new pages to the total as it arrives.
        pages = Step("pages fetched, tagged and loaded", None, artifact_key="marsad-ingest-progress")
        with FeedStream(feeds, wh.feed_http_state(con), settings, run_id) as stream:
            # Feeds are handled as they arrive, each group all the way to the warehouse and its alerts: a feed
            # that drips, hangs or is retried holds back only its own articles.
            for arrived in stream:
                feed_records, items = parse_feeds([spec for spec, _ in arrived], [f for _, f in arrived], run_id)
                # Validators are stored only once the feed's items are in: a run that dies half-way gets a 200.
                wh.record_fetches(con, feed_records, store_validators=False)
                _count_feeds(summary, feed_records)
                new_items = _unseen(con, items, taken)
                summary.items += len(items)
                summary.new_items += len(new_items)
                if len(new_items) >= POOL_THRESHOLD and pool is None and runner_kind() == "inline":
                    pool = _worker_pool(settings)
                page_records, changed = _load_pages(
                    con,
                    new_items,
                    settings=settings,
                    run_id=run_id,
                    pool=pool,
                    on_events=on_events,
                    summary=summary,
                    pages=pages,
                )
                wh.store_feed_validators(con, _complete_feeds(feed_records, page_records))
                if changed and channels:  # alerts go out now, not after the slowest feed
                    _count_delivery(summary, deliver_alerts(con, channels))
                    delivered = True
        if not delivered:  # alerts left pending by earlier runs, if any is for a configured channel
            if nothing_to_send(con, channels):
                _count_delivery(summary, outbox_report(con))
            else:
                _count_delivery(summary, deliver_alerts(con, channels))

        summary.elapsed_s = time.monotonic() - started
        status = "failed" if summary.all_feeds_failed else ("partial" if summary.failures else "ok")
        wh.finish_run(con, run_id, summary.stats(), status)
        publish_for_readers(con, db, changed=summary.new_articles > 0 or summary.updated_events > 0)
        verify_and_report(con, summary, settings, report)
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


class FeedStream:
    """Fetch every feed concurrently on a background event loop and hand them over as they complete.

    Iterating yields lists of (spec, Fetched): the feeds that completed since the previous step, so a group of
    fast feeds is processed together while slow ones are still in flight. Leaving the block early (an error in
    the flow) cancels the fetches still running.
    """

    def __init__(
        self,
        feeds: Sequence[FeedSpec],
        validators: dict[str, tuple[str | None, str | None]],
        settings: Settings,
        run_id: str,
    ) -> None:
        self._feeds = list(feeds)
        self._requests = [
            FetchRequest(
                url=spec.url,
                kind="feed",
                feed_url=spec.url,
                etag=validators.get(spec.url, (None, None))[0],
                last_modified=validators.get(spec.url, (None, None))[1],
            )
            for spec in self._feeds
        ]
        self._settings = settings
        self._run_id = run_id
        self._queue: queue.SimpleQueue[tuple[int, Fetched] | None] = queue.SimpleQueue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._main: asyncio.Task[Any] | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="marsad-feed-fetch", daemon=True)

    def __enter__(self) -> FeedStream:
        self._thread.start()
        self._ready.wait()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._thread.is_alive() and self._loop is not None and self._main is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nothing left to cancel
                self._loop.call_soon_threadsafe(self._main.cancel)
        self._thread.join()

    def __iter__(self) -> Iterator[list[tuple[FeedSpec, Fetched]]]:
        finished = False
        while not finished:
            first = self._queue.get()
            if first is None:
                break
            group = [first]
            while True:  # everything else that has arrived meanwhile joins this group
                try:
                    following = self._queue.get_nowait()
                except queue.Empty:
                    break
                if following is None:
                    finished = True
                    break
                group.append(following)
            yield [(self._feeds[i], fetched) for i, fetched in sorted(group, key=lambda pair: pair[0])]
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        async def fetch_one(fetcher: Fetcher, index: int, request: FetchRequest) -> None:
            fetched = await fetcher.fetch(
                request.url,
                kind=request.kind,
                feed_url=request.feed_url,
                etag=request.etag,
                last_modified=request.last_modified,
            )
            self._queue.put((index, fetched))

        async def fetch_every_feed() -> None:
            self._loop = asyncio.get_running_loop()
            self._main = asyncio.current_task()
            self._ready.set()
            async with Fetcher(self._settings, self._run_id, retries=self._settings.retries) as fetcher:
                await asyncio.gather(*(fetch_one(fetcher, i, r) for i, r in enumerate(self._requests)))

        try:
            asyncio.run(fetch_every_feed())
        except asyncio.CancelledError:
            pass
        except BaseException as exc:  # re-raised in the flow's thread once the feeds that did arrive are handled
            self._error = exc
        finally:
            self._ready.set()
            self._queue.put(None)


def _load_pages(
    con: Any,
    new_items: Sequence[NewItem],
    *,
    settings: Settings,
    run_id: str,
    pool: ProcessPoolExecutor | None,
    on_events: wh.OnEvents,
    summary: RunSummary,
    pages: Step,
) -> tuple[list[FetchRecord], bool]:
    """Fetch, extract, tag and load the pages of new items in batches; their fetch records, and whether any event
    was created or changed (alerts may be waiting)."""
    batches = list(_chunks(new_items, settings.page_batch))
    if runner_kind() != "inline":  # every batch is fetched, extracted and tagged on the task runner
        futures = [process_pages.submit(batch, settings, run_id) for batch in batches]
        processed: Iterator[tuple[list[Article], list[FetchRecord]]] = (future.result() for future in futures)
    else:
        processed = (process_pages(batch, settings, run_id, pool, _n_workers(settings)) for batch in batches)
    page_records: list[FetchRecord] = []
    changed = False
    pages.grow(len(new_items))
    for articles, records in processed:  # loaded in batch order by this process, the warehouse's one writer
        result = load_batch(con, articles, records, run_id, on_events)
        page_records.extend(records)
        summary.add_batch(result, records)
        changed = changed or bool(result.new_events or result.updated_events)
        pages.advance(len(records))
    return page_records, changed


def _count_delivery(summary: RunSummary, delivery: DeliveryReport) -> None:
    summary.alerts_sent += delivery.sent
    summary.alerts_pending, summary.alerts_dead = delivery.pending, delivery.dead


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


def _unseen(con: Any, items: Sequence[NewItem], taken: set[str]) -> list[NewItem]:
    """Items whose canonical link is not loaded, not tried earlier in this run (`taken`, updated), and not gone."""
    unseen = wh.unseen_urls(con, {n.key for n in items})
    gone = wh.permanently_failed(con, {n.item.link for n in items if n.item.link})
    out: list[NewItem] = []
    for n in items:
        if n.key in unseen and n.key not in taken and n.item.link not in gone:
            taken.add(n.key)
            out.append(n)
    return out


def _page_inputs(batch: Sequence[NewItem], pages: Sequence[Fetched]) -> tuple[list[PageInput], list[FetchRecord]]:
    from transforms import pipeline

    inputs: list[PageInput] = []
    records: list[FetchRecord] = []
    for new, fetched in zip(batch, pages, strict=True):
        records.append(fetched.record)
        if fetched.record.status == "ok" and fetched.body is not None:
            inputs.append(
                pipeline.PageInput(
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
