"""DuckLake with a PostgreSQL catalog and a local Parquet data path: idempotent loads, and two processes loading
overlapping batches at the same time end with every article exactly once."""

from __future__ import annotations

import json
import multiprocessing
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.demo import SNAPSHOT_DIR, load_manifest
from tests.test_scale_pg import fresh_database
from transforms.feeds import parse_feed
from transforms.pipeline import PageInput, build_articles
from transforms.records import Article
from warehouse.lake import lake_counts, load_articles_lake, open_lake

BASE = "http://demo.test"
TAGGER = "lake-test"


@pytest.fixture
def pg_database() -> Iterator[str]:
    yield from fresh_database()


@pytest.fixture(scope="module")
def demo_articles() -> list[Article]:
    """The demo snapshot's articles, extracted and tagged from its recorded feeds and pages (no HTTP)."""
    pages: list[PageInput] = []
    for feed in load_manifest()["feeds"]:
        body = (SNAPSHOT_DIR / feed["path"]).read_bytes().replace(b"{BASE_URL}", BASE.encode())
        parsed = parse_feed(body, url=f"{BASE}/{feed['path']}", headers={"content-type": "application/rss+xml"})
        for item in parsed.items:
            page = SNAPSHOT_DIR / (item.link or "").removeprefix(f"{BASE}/")
            if item.link and item.link.startswith(BASE) and page.is_file():
                pages.append(PageInput(item, feed["name"], feed.get("outlet"), item.link, page.read_bytes(), None))
    articles = {o.article.article_id: o.article for o in build_articles(pages) if o.article is not None}
    assert len(articles) >= 60
    return sorted(articles.values(), key=lambda a: a.article_id)


def test_lake_load_is_idempotent(pg_database: str, tmp_path: Path, demo_articles: list[Article]) -> None:
    con = open_lake(pg_database, tmp_path / "data")
    try:
        first = load_articles_lake(con, demo_articles[:30], tagger_version=TAGGER, run_id="r1")
        again = load_articles_lake(con, demo_articles[:40], tagger_version=TAGGER, run_id="r2")
        counts = lake_counts(con)
    finally:
        con.close()
    expected_mentions = sum(len(a.events) for a in demo_articles[:40])
    assert (first.new_articles, first.attempts) == (30, 1)
    assert again.new_articles == 10
    assert first.new_mentions + again.new_mentions == expected_mentions > 0
    assert counts == {
        "articles": 40,
        "distinct_articles": 40,
        "mentions": expected_mentions,
        "distinct_mentions": expected_mentions,
        "loads": 2,
    }
    # Reopened from the catalog alone: the rows are in the Parquet data path, not in this process.
    con = open_lake(pg_database, tmp_path / "data", create=False)
    try:
        assert lake_counts(con)["articles"] == 40
    finally:
        con.close()


def _load_slices(catalog: str, data: str, articles_file: str, start, out: str) -> None:  # type: ignore[no-untyped-def]
    """Child process: wait for the start signal, then load its batches one commit each."""
    articles: list[Article] = pickle.loads(Path(articles_file).read_bytes())
    con = open_lake(catalog, data, create=False)
    results = []
    start.wait(30)
    try:
        for i in range(0, len(articles), 5):
            r = load_articles_lake(con, articles[i : i + 5], tagger_version=TAGGER, run_id=Path(out).stem)
            results.append([r.new_articles, r.new_mentions, r.attempts])
    finally:
        con.close()
    Path(out).write_text(json.dumps(results), encoding="utf-8")


def test_two_processes_load_overlapping_batches_once(
    pg_database: str, tmp_path: Path, demo_articles: list[Article]
) -> None:
    data = tmp_path / "data"
    open_lake(pg_database, data).close()  # tables created once, before the writers race
    n = len(demo_articles)
    # Writer A takes the first two thirds in order, writer B the last two thirds backwards: a third overlaps.
    slices = {"a": demo_articles[: 2 * n // 3], "b": list(reversed(demo_articles[n // 3 :]))}
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    procs = []
    for name, articles in slices.items():
        (tmp_path / f"{name}.pickle").write_bytes(pickle.dumps(articles))
        args = (pg_database, str(data), str(tmp_path / f"{name}.pickle"), start, str(tmp_path / f"{name}.json"))
        procs.append(ctx.Process(target=_load_slices, args=args))
    for proc in procs:
        proc.start()
    start.set()
    for proc in procs:
        proc.join(120)
        assert proc.exitcode == 0
    results = {name: json.loads((tmp_path / f"{name}.json").read_text()) for name in slices}

    con = open_lake(pg_database, data, create=False)
    try:
        counts = lake_counts(con)
        ids = {row[0] for row in con.execute("SELECT article_id FROM lake.articles").fetchall()}
    finally:
        con.close()
    expected_mentions = sum(len(a.events) for a in demo_articles)
    assert ids == {a.article_id for a in demo_articles}
    assert counts["articles"] == counts["distinct_articles"] == n
    assert counts["mentions"] == counts["distinct_mentions"] == expected_mentions
    assert sum(r[0] for batches in results.values() for r in batches) == n
    assert counts["loads"] == sum(len(batches) for batches in results.values())
