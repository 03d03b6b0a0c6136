"""Warehouse schema and loads on real DuckDB files: migrations, idempotent loads, feed health, errors."""

from __future__ import annotations

import subprocess
import sys
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.records import Article, Event, FeedSpec, FetchRecord
from warehouse.checks import run_checks
from warehouse.db import (
    WarehouseCorruptError,
    WarehouseError,
    WarehouseLockedError,
    available_migrations,
    migrate,
    open_warehouse,
)
from warehouse.load import (
    articles_to_retag,
    feed_http_state,
    finish_run,
    load_articles,
    record_fetches,
    replace_mentions,
    start_run,
    unseen_urls,
    upsert_feeds,
)

REPO = Path(__file__).resolve().parents[1]
T0 = datetime(2018, 5, 2, 8, 0, tzinfo=UTC)


def make_article(i: int, *, events: tuple[Event, ...] = (), outlet: str = "bbc") -> Article:
    url = f"https://example.org/news/{i}"
    return Article(
        article_id=f"art{i:06d}",
        url=url,
        canonical_url=url,
        feed_name="BBC Arabic",
        outlet=outlet,
        title=f"خبر رقم {i}",
        published_at=T0 + timedelta(minutes=i),
        text=f"نص الخبر رقم {i} عن موضوع مختلف تماما {i * 7}",
        language="ar",
        content_hash=f"hash{i}",
        raw_html=zlib.compress(f"<html><body>{i}</body></html>".encode()),
        events=events,
    )


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = ("articles", "article_html", "event_mentions", "events", "event_members")
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    connection = open_warehouse(tmp_path / "marsad.duckdb")
    yield connection
    connection.close()


def test_migrations_apply_once_and_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    con = open_warehouse(path)
    versions = [v for v, _, _ in available_migrations()]
    recorded = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    assert recorded == versions
    assert migrate(con) == []
    con.close()
    con = open_warehouse(path)  # reopening applies nothing new
    assert [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()] == versions
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert {"feeds", "fetch_log", "runs", "articles", "article_html", "event_mentions", "events"} <= tables
    con.close()


def test_loading_the_same_batch_twice_adds_nothing(con: duckdb.DuckDBPyConnection) -> None:
    launch = Event("missile_launch", "asserted", actor="PRK", count=2, event_date=date(2018, 5, 2))
    batch = [make_article(i, events=(launch,) if i % 10 == 0 else ()) for i in range(200)]
    first = load_articles(con, batch, tagger_version="t1", run_id="r1")
    assert (first.new_articles, first.new_mentions) == (200, 20)
    after_first = counts(con)
    second = load_articles(con, batch, tagger_version="t1", run_id="r2")
    assert (second.new_articles, second.new_mentions, second.new_events) == (0, 0, 0)
    assert counts(con) == after_first
    assert after_first["articles"] == 200
    assert after_first["article_html"] == 200
    raw = con.execute("SELECT compression, raw FROM article_html WHERE article_id = 'art000003'").fetchone()
    assert raw[0] == "zlib"
    assert zlib.decompress(raw[1]) == b"<html><body>3</body></html>"


def test_same_canonical_url_under_two_ids_is_loaded_once(con: duckdb.DuckDBPyConnection) -> None:
    a = make_article(1)
    b = Article(**{**a.__dict__, "article_id": "other-id"})
    result = load_articles(con, [a, b], tagger_version="t1", run_id="r1")
    assert result.new_articles == 1
    assert load_articles(con, [b], tagger_version="t1", run_id="r1").new_articles == 0


def test_unseen_urls(con: duckdb.DuckDBPyConnection) -> None:
    load_articles(con, [make_article(1), make_article(2)], tagger_version="t1", run_id="r1")
    wanted = ["https://example.org/news/1", "https://example.org/news/3", "https://example.org/news/3"]
    assert unseen_urls(con, wanted) == {"https://example.org/news/3"}
    assert unseen_urls(con, []) == set()


def fetch(status: str, minute: int, **kw: object) -> FetchRecord:
    return FetchRecord(
        run_id="r1",
        kind="feed",
        url="https://bbc.example/rss",
        feed_url="https://bbc.example/rss",
        status=status,
        started_at=T0 + timedelta(minutes=minute),
        elapsed_ms=12,
        **kw,  # type: ignore[arg-type]
    )


def health(con: duckdb.DuckDBPyConnection) -> tuple:
    return con.execute(
        "SELECT last_status, consecutive_failures, etag, last_modified, last_http_status, last_error, "
        "last_success_at FROM feeds WHERE url = 'https://bbc.example/rss'"
    ).fetchone()


def test_feed_health_transitions(con: duckdb.DuckDBPyConnection) -> None:
    upsert_feeds(con, [FeedSpec("BBC Arabic", "https://bbc.example/rss", outlet="bbc", country="GBR")])
    assert feed_http_state(con) == {"https://bbc.example/rss": (None, None)}

    record_fetches(con, [fetch("ok", 0, http_status=200, etag='"v1"', last_modified="Wed, 02 May 2018")])
    assert health(con)[:5] == ("ok", 0, '"v1"', "Wed, 02 May 2018", 200)
    assert feed_http_state(con)["https://bbc.example/rss"] == ('"v1"', "Wed, 02 May 2018")

    record_fetches(con, [fetch("http_error", 1, http_status=500, error="HTTP 500")])
    record_fetches(con, [fetch("timeout", 2, error="read timeout")])
    status, failures, etag, _, http_status, error, success_at = health(con)
    assert (status, failures, etag, http_status, error) == ("timeout", 2, '"v1"', None, "read timeout")
    assert success_at == T0

    record_fetches(con, [fetch("not_modified", 3, http_status=304)])  # 304 = success, validators kept
    assert health(con)[:6] == ("not_modified", 0, '"v1"', "Wed, 02 May 2018", 304, None)

    record_fetches(con, [fetch("ok", 4, http_status=200, etag='"v2"'), fetch("bad_feed", 5, http_status=200)])
    assert health(con)[:3] == ("bad_feed", 1, '"v2"')
    assert con.execute("SELECT count(*) FROM fetch_log").fetchone()[0] == 6

    # Re-registering the feed refreshes its description but keeps its health.
    upsert_feeds(con, [FeedSpec("BBC عربي", "https://bbc.example/rss", outlet="bbc")])
    assert con.execute("SELECT name, consecutive_failures FROM feeds").fetchall() == [("BBC عربي", 1)]


def test_fetch_of_unregistered_feed_and_page_fetches(con: duckdb.DuckDBPyConnection) -> None:
    page = FetchRecord("r1", "page", "https://x.example/a", "https://x.example/rss", "http_error", T0, 5, 404)
    record_fetches(con, [page, fetch("dns_error", 0, error="no such host")])
    assert con.execute("SELECT count(*) FROM fetch_log").fetchone()[0] == 2
    assert health(con)[:2] == ("dns_error", 1)
    # page fetches do not touch feed health
    assert con.execute("SELECT count(*) FROM feeds WHERE url = 'https://x.example/rss'").fetchone()[0] == 0


def test_runs_start_and_finish(con: duckdb.DuckDBPyConnection) -> None:
    start_run(con, "run-1", "ingest")
    start_run(con, "run-1", "ingest")
    finish_run(con, "run-1", {"feeds_ok": 3, "feeds_failed": 1, "new_articles": 7, "elapsed_s": 1.5}, "partial")
    row = con.execute("SELECT kind, status, feeds_ok, feeds_failed, new_articles, elapsed_s FROM runs").fetchall()
    assert row == [("ingest", "partial", 3, 1, 7, 1.5)]
    with pytest.raises(ValueError, match="unknown run stats"):
        finish_run(con, "run-1", {"bogus": 1}, "ok")
    with pytest.raises(ValueError, match="never started"):
        finish_run(con, "run-2", {}, "ok")


def test_retag_replaces_mentions(con: duckdb.DuckDBPyConnection) -> None:
    launch = Event("missile_launch", "asserted", actor="HOUTHI", event_date=date(2018, 5, 2))
    load_articles(con, [make_article(1, events=(launch,)), make_article(2)], tagger_version="t1", run_id="r1")
    assert [b for batch in articles_to_retag(con, "t1") for b in batch] == []
    todo = [a.article_id for batch in articles_to_retag(con, "t2") for a in batch]
    assert todo == ["art000001", "art000002"]
    result = replace_mentions(con, {"art000001": (), "art000002": ()}, "t2")
    assert result.event_changes.retracted  # the only event lost its only mention
    assert con.execute("SELECT count(*) FROM event_mentions").fetchone()[0] == 0
    assert con.execute("SELECT status FROM events").fetchall() == [("retracted",)]
    assert list(articles_to_retag(con, "t2")) == []
    replace_mentions(con, {"art000001": (launch,)}, "t3")
    assert con.execute("SELECT count(*) FROM events WHERE status = 'active'").fetchone()[0] == 1


def test_corrupt_file_raises_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "c.duckdb"
    con = open_warehouse(path)
    load_articles(con, [make_article(i) for i in range(50)], tagger_version="t1", run_id="r1")
    con.close()
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.truncate(size // 3)
    with pytest.raises(WarehouseCorruptError, match=r"(?i)restore") as info:
        open_warehouse(path)
    assert isinstance(info.value, WarehouseError)
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(WarehouseCorruptError, match="re-run"):
        open_warehouse(path)


def test_locked_file_raises_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "l.duckdb"
    open_warehouse(path).close()
    script = f"import duckdb, sys; c = duckdb.connect({str(path)!r}); print('held', flush=True); sys.stdin.readline()"
    with subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "held"
            with pytest.raises(WarehouseLockedError, match="locked by another process") as info:
                open_warehouse(path, wait_s=0.3)
            assert isinstance(info.value, WarehouseError)
            with pytest.raises(WarehouseLockedError):
                open_warehouse(path, read_only=True)
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait(timeout=10)
    open_warehouse(path, wait_s=1.0).close()  # released: opens again


arabic_text = st.text(
    alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى ًٌٍَُِّْ0123456789 .,،؛؟\n'\"-"),
    min_size=0,
    max_size=120,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    titles=st.lists(arabic_text, min_size=1, max_size=6),
    offsets=st.lists(st.one_of(st.none(), st.integers(-(10**6), 10**6)), min_size=6, max_size=6),
    counts_=st.lists(st.one_of(st.none(), st.integers(1, 50)), min_size=6, max_size=6),
)
def test_load_read_round_trip(titles: list[str], offsets: list[int | None], counts_: list[int | None]) -> None:
    con = open_warehouse(":memory:")
    try:
        batch = []
        for i, title in enumerate(titles):
            published = None if offsets[i] is None else T0 + timedelta(seconds=offsets[i])
            event = Event("missile_launch", "asserted", actor="PRK", count=counts_[i], event_date=date(2018, 5, 2))
            url = f"https://example.org/{i}?q={title[:5]}"
            batch.append(
                Article(
                    f"id{i}",
                    url,
                    url,
                    "feed",
                    None,
                    title,
                    published,
                    title * 3,
                    "ar",
                    f"h{i}",
                    zlib.compress(title.encode()),
                    events=(event,),
                )
            )
        assert load_articles(con, batch, tagger_version="t1", run_id="r").new_articles == len(batch)
        assert load_articles(con, batch, tagger_version="t1", run_id="r").new_articles == 0
        rows = con.execute("SELECT article_id, title, text, published_at FROM articles ORDER BY article_id").fetchall()
        assert rows == sorted((a.article_id, a.title, a.text, a.published_at) for a in batch)
        stored = con.execute("SELECT article_id, count FROM event_mentions ORDER BY article_id").fetchall()
        assert stored == sorted((a.article_id, a.events[0].count) for a in batch)
        html = dict(con.execute("SELECT article_id, raw FROM article_html").fetchall())
        assert {k: zlib.decompress(v).decode() for k, v in html.items()} == {a.article_id: a.title for a in batch}
        assert con.execute("SELECT count(*) FROM events WHERE status = 'active'").fetchone()[0] >= 1
        assert run_checks(con) == []
    finally:
        con.close()
