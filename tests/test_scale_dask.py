"""The ingest with its page batches spread over a local Dask cluster (2 worker processes on 127.0.0.1) loads the
same articles and mentions as the default in-flow run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.demo import SNAPSHOT_DIR, load_manifest, snapshot_feed_specs
from flows.settings import quiet_prefect
from flows.static_server import serve_snapshot
from transforms.feedlist import dump_feed_list
from warehouse.checks import run_checks
from warehouse.db import open_warehouse

quiet_prefect()

from flows.ingest import RunSummary, ingest  # noqa: E402 — Prefect reads its settings at import
from flows.runners import make_task_runner  # noqa: E402

pytestmark = [pytest.mark.prefect, pytest.mark.usefixtures("prefect_backend")]

MENTIONS = (
    "SELECT a.canonical_url, m.type, m.status FROM event_mentions m JOIN articles a USING (article_id) ORDER BY ALL"
)


@pytest.fixture
def runner_env() -> Iterator[dict[str, str]]:
    """Environment for a run; restored afterwards. Small batches so that several of them are in flight at once."""
    saved = dict(os.environ)
    os.environ.update(
        MARSAD_PAGE_BATCH="15",
        MARSAD_RETRIES="0",
        MARSAD_WORKERS="1",
        DASK_DISTRIBUTED__DIAGNOSTICS__NVML="False",
    )
    yield os.environ  # type: ignore[misc]
    os.environ.clear()
    os.environ.update(saved)


def _ingest(kind: str, base_url: str, tmp_path: Path) -> tuple[RunSummary, Path]:
    os.environ["MARSAD_TASK_RUNNER"] = kind
    feed_file = tmp_path / f"feeds-{kind}.toml"
    feed_file.write_text(dump_feed_list(snapshot_feed_specs(base_url)), encoding="utf-8")
    db = tmp_path / f"{kind}.duckdb"
    flow = ingest.with_options(task_runner=make_task_runner())
    return flow(feeds_file=str(feed_file), db=str(db)), db


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = open_warehouse(db, read_only=True)
    try:
        assert run_checks(con) == []
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_dask_runner_loads_the_same_articles_and_mentions_as_inline(runner_env: dict[str, str], tmp_path: Path) -> None:
    expected = load_manifest()["expected"]
    with serve_snapshot(SNAPSHOT_DIR) as base_url:
        inline, inline_db = _ingest("inline", base_url, tmp_path)
        spread, dask_db = _ingest("dask", base_url, tmp_path)

    assert inline.new_articles == expected["distinct_canonical_urls"]
    assert spread.new_items == inline.new_items
    assert spread.new_articles == inline.new_articles
    assert spread.new_mentions == inline.new_mentions > 0
    assert spread.new_events == inline.new_events
    assert spread.pages_failed == inline.pages_failed == 0
    articles = "SELECT article_id, canonical_url, title, content_hash FROM articles ORDER BY article_id"
    assert _rows(dask_db, articles) == _rows(inline_db, articles)
    assert _rows(dask_db, MENTIONS) == _rows(inline_db, MENTIONS)


def test_task_runner_kinds() -> None:
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    assert isinstance(make_task_runner("threads"), ThreadPoolTaskRunner)
    assert isinstance(make_task_runner("inline"), ThreadPoolTaskRunner)
    runner = make_task_runner("dask")
    assert isinstance(runner, DaskTaskRunner)
    assert runner.cluster_kwargs["host"] == "127.0.0.1"
    assert runner.cluster_kwargs["processes"] is True
