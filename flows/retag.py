"""The retag flow: re-tag stored articles whose mentions an older tagger version made.

Batch by batch, each article's title and text go through the current tagger; its mentions are replaced, the events
re-clustered and the alert outbox filled in ONE transaction per batch (warehouse.load.replace_mentions), so a run
stopped half-way leaves every article either wholly old or wholly new and the next run carries on.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.states import State

from flows.alerts import alert_config, alert_hook, deliver_alerts, resolve_channels
from flows.artifacts import escape_markdown, publish_markdown
from flows.concurrency import DEFAULT_TIMEOUT_S, WarehouseBusyError, busy_state, open_writer, warehouse_slot
from flows.progress import Step
from transforms.records import Event, as_published
from transforms.tagger import TAGGER_VERSION, tag_article
from warehouse import load as wh
from warehouse.load import ArticleToRetag
from warehouse.readers import publish_readers

RETAG_ARTIFACT_KEY = "marsad-retag-run"


@dataclass
class RetagSummary:
    """What one retag run did."""

    run_id: str
    db: str
    tagger_version: str
    guard: str = ""
    batches: int = 0
    articles: int = 0
    articles_with_events: int = 0
    new_mentions: int = 0
    new_events: int = 0
    updated_events: int = 0
    alerts_sent: int = 0
    alerts_pending: int = 0
    alerts_dead: int = 0
    elapsed_s: float = 0.0
    from_versions: dict[str, int] = field(default_factory=dict)  # older tagger version ("none") -> articles

    def stats(self) -> dict[str, Any]:
        return asdict(self)


@task(cache_policy=NONE)
def tag_batch(articles: list[ArticleToRetag]) -> dict[str, list[Event]]:
    """The current tagger's events for each article of one batch (empty list: no event any more)."""
    # Relative dates resolve against the outlet's local date, as when the article was first tagged.
    return {
        a.article_id: tag_article(a.title, a.text, as_published(a.published_at, a.published_utc_offset))
        for a in articles
    }


@task(cache_policy=NONE)
def replace_batch(con: Any, mentions: dict[str, list[Event]], on_events: wh.OnEvents | None) -> wh.LoadResult:
    """Swap one batch's mentions for the new ones and re-cluster its events, in one transaction."""
    return wh.replace_mentions(con, mentions, TAGGER_VERSION, on_events=on_events)


@flow(name="marsad-retag", log_prints=False)
def retag(
    db: str = "marsad.duckdb", batch: int = 2000, lock_timeout_s: float = DEFAULT_TIMEOUT_S
) -> RetagSummary | State[Any]:
    """Re-tag articles whose mentions were made by another tagger version; returns counts.

    Args:
        db: the DuckDB warehouse file.
        batch: articles re-tagged and written per transaction.
        lock_timeout_s: how long to queue behind another run that writes the warehouse before giving up.
    """
    logger = get_run_logger()
    started = time.monotonic()
    run_id = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
    summary = RetagSummary(run_id=run_id, db=db, tagger_version=TAGGER_VERSION)
    alerts = alert_config()
    channels = resolve_channels(alerts)
    on_events = alert_hook(alerts.rules, channels)
    try:
        with warehouse_slot(db, timeout_s=lock_timeout_s) as guard:
            summary.guard = guard
            con = open_writer(db, timeout_s=lock_timeout_s, mode=guard)
            try:
                wh.start_run(con, run_id, "retag")
                progress = Step(
                    "articles re-tagged", wh.count_to_retag(con, TAGGER_VERSION), artifact_key="marsad-retag-progress"
                )
                # The cursor reads a snapshot taken at its start (DuckDB MVCC): rows rewritten batch by batch
                # below are neither seen twice nor skipped.
                for chunk in wh.articles_to_retag(con, TAGGER_VERSION, batch_size=max(1, batch)):
                    for article in chunk:
                        old = article.old_tagger_version or "none"
                        summary.from_versions[old] = summary.from_versions.get(old, 0) + 1
                    mentions = tag_batch(chunk)
                    result = replace_batch(con, mentions, on_events)
                    summary.batches += 1
                    summary.articles += len(chunk)
                    summary.articles_with_events += sum(1 for events in mentions.values() if events)
                    summary.new_mentions += result.new_mentions
                    summary.new_events += result.new_events
                    summary.updated_events += result.updated_events
                    progress.advance(len(chunk))
                if summary.articles:
                    delivery = deliver_alerts(con, channels)
                    summary.alerts_sent, summary.alerts_pending = delivery.sent, delivery.pending
                    summary.alerts_dead = delivery.dead
                summary.elapsed_s = time.monotonic() - started
                wh.finish_run(con, run_id, _run_stats(summary), "ok")
                if summary.articles:  # mentions were replaced, not appended: readers get everything anew
                    publish_readers(con, db, full=True)
            finally:
                con.close()
    except WarehouseBusyError as exc:
        return busy_state(exc)
    logger.info(
        "retag %s: %d articles re-tagged to %s in %d batches (%d with events), %d new events, %d updated",
        run_id,
        summary.articles,
        TAGGER_VERSION,
        summary.batches,
        summary.articles_with_events,
        summary.new_events,
        summary.updated_events,
    )
    publish_markdown(
        retag_markdown(summary),
        key=RETAG_ARTIFACT_KEY,
        description=f"marsad retag {run_id}: {summary.articles} articles to tagger {TAGGER_VERSION}",
    )
    return summary


def _run_stats(summary: RetagSummary) -> dict[str, Any]:
    stats = {
        "new_mentions": summary.new_mentions,
        "new_events": summary.new_events,
        "updated_events": summary.updated_events,
        "alerts_sent": summary.alerts_sent,
        "alerts_pending": summary.alerts_pending,
        "alerts_dead": summary.alerts_dead,
        "elapsed_s": round(summary.elapsed_s, 3),
    }
    return {k: v for k, v in stats.items() if k in wh.RUN_STAT_COLUMNS}


def retag_markdown(summary: RetagSummary) -> str:
    """The retag run's artifact body."""
    versions = ", ".join(f"{escape_markdown(v)}: {n}" for v, n in sorted(summary.from_versions.items())) or "—"
    return "\n".join(
        [
            f"# marsad retag run {escape_markdown(summary.run_id)}",
            "",
            "| what | value |",
            "|---|---:|",
            f"| tagger version | {escape_markdown(summary.tagger_version)} |",
            f"| articles re-tagged | {summary.articles} |",
            f"| from versions | {versions} |",
            f"| articles with events | {summary.articles_with_events} |",
            f"| new mentions | {summary.new_mentions} |",
            f"| new / updated events | {summary.new_events} / {summary.updated_events} |",
            f"| alerts sent / pending / dead | {summary.alerts_sent} / {summary.alerts_pending}"
            f" / {summary.alerts_dead} |",
            f"| batches | {summary.batches} |",
            f"| warehouse guard | {summary.guard} |",
            f"| time (s) | {summary.elapsed_s:.1f} |",
            "",
        ]
    )
