"""The retag and maintenance flows under Prefect, on a real DuckDB file of real Arabic articles."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from flows.demo.build_snapshot import read_articles
from flows.settings import quiet_prefect, snapshot_path
from transforms.records import Article
from transforms.tagger import TAGGER_VERSION, tag_article
from warehouse.db import open_warehouse
from warehouse.load import load_articles

quiet_prefect()

from prefect.exceptions import FailedRun  # noqa: E402 — Prefect reads its settings at import

from flows.maintenance import MaintenanceReport, maintenance  # noqa: E402
from flows.retag import RetagSummary, retag  # noqa: E402

pytestmark = [pytest.mark.prefect, pytest.mark.usefixtures("prefect_backend")]
OLD_VERSION = "2020.1.0"


def _demo_articles(n: int) -> list[Article]:
    """The first `n` articles written for the demo, as an older tagger would have stored them: with no events."""
    articles = []
    for written in read_articles()[:n]:
        text = "\n".join(written.paragraphs)
        articles.append(
            Article(
                article_id=hashlib.sha256(written.url.encode()).hexdigest()[:32],
                url=written.url,
                canonical_url=written.url,
                feed_name=written.outlet.slug,
                outlet=written.outlet.name,
                title=written.title,
                published_at=written.published,
                text=text,
                language="ar",
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
                raw_html=b"",
            )
        )
    return articles


@pytest.fixture
def old_warehouse(tmp_path: Path) -> tuple[Path, list[Article]]:
    db = tmp_path / "old.duckdb"
    articles = _demo_articles(60)
    con = open_warehouse(db)
    try:
        load_articles(con, articles, tagger_version=OLD_VERSION, run_id="old-run")
    finally:
        con.close()
    return db, articles


def test_retag_replaces_old_mentions_in_batches_and_is_idempotent(old_warehouse: tuple[Path, list[Article]]) -> None:
    db, articles = old_warehouse
    expected = {a.article_id: tag_article(a.title, a.text, a.published_at) for a in articles}
    expected_mentions = sum(len(events) for events in expected.values())
    assert expected_mentions > 0, "the demo articles should hold some events for the current tagger"

    summary = retag(db=str(db), batch=7)

    assert isinstance(summary, RetagSummary)
    assert summary.articles == len(articles)
    assert summary.batches == -(-len(articles) // 7)
    assert summary.from_versions == {OLD_VERSION: len(articles)}
    assert summary.new_mentions == expected_mentions
    assert summary.articles_with_events == sum(1 for events in expected.values() if events)
    assert summary.new_events > 0
    assert summary.guard == "prefect-limit"  # the session's test API is configured

    con = open_warehouse(db, read_only=True)
    try:
        versions = con.execute("SELECT tagger_version, count(*) FROM articles GROUP BY ALL").fetchall()
        assert versions == [(TAGGER_VERSION, len(articles))]
        per_article = dict(con.execute("SELECT article_id, count(*) FROM event_mentions GROUP BY ALL").fetchall())
        assert per_article == {aid: len(ev) for aid, ev in expected.items() if ev}
        assert (
            con.execute("SELECT count(*) FROM event_mentions WHERE tagger_version <> ?", [TAGGER_VERSION]).fetchone()[0]
            == 0
        )  # type: ignore[index]
        run = con.execute("SELECT kind, status, new_mentions FROM runs WHERE run_id = ?", [summary.run_id]).fetchone()
        assert run == ("retag", "ok", expected_mentions)
    finally:
        con.close()

    again = retag(db=str(db), batch=7)
    assert isinstance(again, RetagSummary)
    assert (again.articles, again.new_mentions, again.batches) == (0, 0, 0)


def test_maintenance_checkpoints_indexes_exports_publishes_and_checks(
    old_warehouse: tuple[Path, list[Article]], tmp_path: Path
) -> None:
    db, articles = old_warehouse
    retag(db=str(db), batch=500)
    out = tmp_path / "parquet"

    report = maintenance(db=str(db), export_dir=str(out))

    assert isinstance(report, MaintenanceReport)
    assert report.ok, report.checks_failed
    assert report.checks_run >= 10
    assert report.articles == len(articles)
    assert report.indexed_added == len(articles)
    assert (out / "articles.parquet").is_file()
    assert report.parquet_files == len(list(out.glob("*.parquet")))
    assert Path(report.snapshot) == snapshot_path(db)
    assert set(report.step_seconds) == {"checkpoint", "search_index", "parquet", "snapshot", "checks"}
    # The snapshot is a complete, readable copy; the WAL was folded into the file.
    snap = open_warehouse(report.snapshot, read_only=True)
    try:
        assert snap.execute("SELECT count(*) FROM articles").fetchone()[0] == len(articles)  # type: ignore[index]
    finally:
        snap.close()
    assert not Path(f"{db}.wal").exists() or Path(f"{db}.wal").stat().st_size == 0


def test_maintenance_fails_with_the_failed_checks_named(old_warehouse: tuple[Path, list[Article]]) -> None:
    db, _ = old_warehouse
    retag(db=str(db), batch=500)
    con = open_warehouse(db)
    try:
        # A mention whose article does not exist: the `mention_without_article` check must catch it.
        con.execute(
            "INSERT INTO event_mentions SELECT * REPLACE ('nonexistent-article' AS article_id, 'orphan' AS mention_id) "
            "FROM event_mentions LIMIT 1"
        )
        orphans = con.execute("SELECT count(*) FROM event_mentions WHERE article_id = 'nonexistent-article'")
        assert orphans.fetchone()[0] == 1  # type: ignore[index]
    finally:
        con.close()
    state = maintenance(db=str(db), return_state=True)
    assert state.is_failed()
    assert "data check(s) failed" in (state.message or "")
    assert "mention_without_article" in (state.message or "")
    with pytest.raises(FailedRun):
        maintenance(db=str(db))
