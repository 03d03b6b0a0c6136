"""A run that finds nothing new: no Prefect task run, and the files readers and search read stay as they were;
the next run with new articles rewrites them. Alerts: a delivery pass only when there is something to send."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from flows.demo import SNAPSHOT_DIR, snapshot_feed_specs
from flows.settings import quiet_prefect
from flows.static_server import serve_snapshot
from transforms.alerting import channel_for_url
from transforms.feedlist import dump_feed_list
from transforms.records import FeedSpec
from warehouse.db import open_warehouse
from warehouse.readers import RUN_TABLES, reader_dir
from warehouse.search import index_path

quiet_prefect()

from flows.alerts import nothing_to_send, outbox_report  # noqa: E402 — Prefect reads its settings at import
from flows.ingest import RunSummary, ingest  # noqa: E402

pytestmark = [pytest.mark.prefect, pytest.mark.usefixtures("prefect_backend")]


@pytest.fixture(autouse=True)
def no_alert_channels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("MARSAD_ALERT_URLS", raising=False)
    monkeypatch.delenv("MARSAD_ALERT_BLOCK", raising=False)
    monkeypatch.delenv("MARSAD_REPORT_PATH", raising=False)
    yield


def _digests(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path) → sha256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _table_of(relative: str) -> str:
    """`gen-1/articles/part-0.parquet` → `articles`; files outside a generation folder → their name."""
    parts = Path(relative).parts
    return parts[1] if len(parts) > 2 and parts[0].startswith("gen-") else relative


def _run(feeds: list[FeedSpec], db: Path, report: Path, tmp_path: Path) -> tuple[RunSummary, list[str]]:
    """One ingest run; its summary and the names of its task runs (without their numbered suffix)."""
    feed_file = tmp_path / "feeds.toml"
    feed_file.write_text(dump_feed_list(feeds), encoding="utf-8")
    state = ingest(feeds_file=str(feed_file), db=str(db), report=str(report), return_state=True)
    summary: RunSummary = state.result()
    flow_run_id = state.state_details.flow_run_id
    assert flow_run_id is not None
    return summary, _task_run_names(flow_run_id)


def _task_run_names(flow_run_id: UUID) -> list[str]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs: list[Any] = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    return sorted(run.name.rsplit("-", 1)[0] for run in runs)


def test_a_run_with_nothing_new_rewrites_nothing_and_the_next_with_news_does(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    report = tmp_path / "report.html"
    drawings = tmp_path / ".report.drawings.json"
    with serve_snapshot(SNAPSHOT_DIR) as base_url:
        feeds = snapshot_feed_specs(base_url)
        some, everything = feeds[:3], feeds

        first, first_tasks = _run(some, db, report, tmp_path)
        readers, index = _digests(reader_dir(db)), _digests(index_path(db).parent)
        index_file = index_path(db).name
        drawn = drawings.stat().st_mtime_ns

        second, second_tasks = _run(some, db, report, tmp_path)
        readers_after, index_after = _digests(reader_dir(db)), _digests(index_path(db).parent)
        drawn_after = drawings.stat().st_mtime_ns

        third, third_tasks = _run(everything, db, report, tmp_path)
        readers_third, index_third = _digests(reader_dir(db)), _digests(index_path(db).parent)
        drawn_third = drawings.stat().st_mtime_ns

    assert first.new_articles > 0 and {"process_pages", "load_batch"} <= set(first_tasks)

    # Nothing new: every feed answered 304, no task ran, only the run's own tables were published again.
    assert second.feeds_not_modified == len(some) and second.new_articles == 0 and second.items == 0
    assert second_tasks == []
    unchanged = {f: d for f, d in readers.items() if _table_of(f) not in RUN_TABLES and f != "manifest.json"}
    assert unchanged and {f: readers_after.get(f) for f in unchanged} == unchanged
    assert any(_table_of(f) == "articles" for f in unchanged)
    runs_file = next(f for f in readers if _table_of(f) == "runs")
    assert readers_after[runs_file] != readers[runs_file]  # the no-op run's own row is there for readers
    assert index_after[index_file] == index[index_file]  # the search index was not written
    assert drawn_after == drawn  # the report's charts and font were not drawn again
    assert report.is_file() and second.report_path == str(report)
    assert second.stats()["new_articles"] == 0 and second.run_id != first.run_id

    # New articles: loaded in tasks, published for readers as a new part, added to the search index.
    assert third.new_articles > 0 and {"process_pages", "load_batch"} <= set(third_tasks)
    new_parts = set(readers_third) - set(readers_after)
    assert any(_table_of(f) == "articles" for f in new_parts)
    assert index_third[index_file] != index_after[index_file]
    assert drawn_third != drawn  # new events: drawn again
    con = open_warehouse(db, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM runs WHERE status = 'ok'").fetchone() == (3,)
    finally:
        con.close()


def test_a_delivery_pass_runs_only_when_a_pending_alert_has_a_configured_channel(tmp_path: Path) -> None:
    con = open_warehouse(tmp_path / "a.duckdb")
    try:
        hook = channel_for_url("json://127.0.0.1:9/hook")
        other = channel_for_url("json://127.0.0.1:9/other")
        assert nothing_to_send(con, [hook])  # empty outbox
        con.execute(
            "INSERT INTO alerts (alert_id, event_id, kind, revision, n_sources, channel_key, channel_label, rules, "
            "title, body_text, body_markdown, status, created_at) "
            "VALUES ('a1', 'e1', 'new', 1, 1, ?, 'hook', ['r'], 't', 'b', 'b', 'pending', now())",
            [hook.key],
        )
        assert not nothing_to_send(con, [hook])
        assert nothing_to_send(con, [other])  # pending, but for a channel no longer configured
        assert nothing_to_send(con, [])
        counted = outbox_report(con)
        assert (counted.pending, counted.dead, counted.sent) == (1, 0, 0)
    finally:
        con.close()
