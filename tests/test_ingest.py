"""The ingest flow end to end under Prefect: real HTTP servers on 127.0.0.1, a real DuckDB file."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.demo import SNAPSHOT_DIR, load_manifest, snapshot_feed_specs
from flows.settings import quiet_prefect
from flows.static_server import serve_snapshot
from tests.fixture_server import FixtureServer, wait_until
from tests.webhook_receiver import WebhookReceiver
from transforms.feedlist import dump_feed_list
from transforms.records import FeedSpec
from warehouse.checks import run_checks
from warehouse.db import open_warehouse

quiet_prefect()

from flows.ingest import RunSummary, ingest  # noqa: E402 — Prefect reads its settings at import

pytestmark = [pytest.mark.prefect, pytest.mark.usefixtures("prefect_backend")]
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", autouse=True)
def fast_http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Short timeouts and no retry backoff, so the misbehaving routes cost seconds, not minutes."""
    saved = dict(os.environ)
    os.environ.update(
        MARSAD_READ_TIMEOUT_S="1",
        MARSAD_CONNECT_TIMEOUT_S="1",
        MARSAD_DEADLINE_S="3",
        MARSAD_RETRIES="0",
        MARSAD_MAX_BYTES="2000000",
    )
    yield
    os.environ.clear()
    os.environ.update(saved)


def _run(feeds: list[FeedSpec], db: Path, tmp_path: Path) -> RunSummary:
    feed_file = tmp_path / "feeds.toml"
    feed_file.write_text(dump_feed_list(feeds), encoding="utf-8")
    return ingest(feeds_file=str(feed_file), db=str(db))


def _count(db: Path, sql: str) -> int:
    con = open_warehouse(db, read_only=True)
    try:
        return int(con.execute(sql).fetchone()[0])  # type: ignore[index]
    finally:
        con.close()


def test_demo_snapshot_loads_once_and_second_run_is_all_304(tmp_path: Path) -> None:
    manifest = load_manifest()
    db = tmp_path / "demo.duckdb"
    with serve_snapshot(SNAPSHOT_DIR) as base_url:
        feeds = snapshot_feed_specs(base_url)
        first = _run(feeds, db, tmp_path)
        pages_served = sum(n for path, n in base_url.server.counts().items() if path.startswith("/pages/"))
        second = _run(feeds, db, tmp_path)
        pages_served_again = sum(n for path, n in base_url.server.counts().items() if path.startswith("/pages/"))

    expected = manifest["expected"]
    assert first.feeds == expected["feeds"]
    assert first.feeds_ok == expected["feeds"]
    assert first.items == expected["items"]
    assert first.new_items == expected["distinct_canonical_urls"]
    assert pages_served == expected["distinct_canonical_urls"]
    assert first.new_articles == expected["distinct_canonical_urls"]
    assert first.pages_failed == 0
    assert first.new_events > 0

    # Unchanged feeds: every one answers 304, nothing is parsed, no page is fetched, nothing is added.
    assert second.feeds_not_modified == expected["feeds"]
    assert second.items == 0
    assert second.new_articles == 0
    assert pages_served_again == pages_served

    assert _count(db, "SELECT count(*) FROM articles") == expected["distinct_canonical_urls"]
    assert _count(db, "SELECT count(DISTINCT canonical_url) FROM articles") == expected["distinct_canonical_urls"]
    assert _count(db, "SELECT count(*) FROM article_html") == expected["distinct_canonical_urls"]
    assert (
        _count(db, "SELECT count(*) FROM fetch_log WHERE kind = 'feed' AND status = 'not_modified'")
        == expected["feeds"]
    )
    assert _count(db, "SELECT count(*) FROM feeds WHERE last_success_at IS NULL OR etag IS NULL") == 0
    assert _count(db, "SELECT count(*) FROM runs WHERE status = 'ok'") == 2

    # The seed article: a summit and a North Korean launch, each with Arabic evidence.
    assert (
        _count(
            db,
            "SELECT count(*) FROM event_mentions m JOIN articles a USING (article_id) "
            "WHERE a.url LIKE '%seed-vostochny-2023%' AND m.status = 'asserted' "
            "AND m.type IN ('russia_dprk_cooperation', 'missile_launch')",
        )
        >= 2
    )
    con = open_warehouse(db, read_only=True)
    try:
        assert run_checks(con) == []
    finally:
        con.close()


def test_bad_feeds_are_recorded_and_good_ones_still_load(tmp_path: Path, misbehaving_server: FixtureServer) -> None:
    url = misbehaving_server.url
    feeds = [
        FeedSpec(name="good", url=url("/feed.xml")),
        FeedSpec(name="leading whitespace", url=url("/feed-leading-whitespace.xml")),
        FeedSpec(name="missing", url=url("/status/404")),
        FeedSpec(name="broken server", url=url("/status/500")),
        FeedSpec(name="slow", url=url("/slow/headers?delay=5")),
        FeedSpec(name="loop", url=url("/redirect/loop")),
        FeedSpec(name="huge", url=url("/big?bytes=3000000")),
        FeedSpec(name="not a feed", url=url("/chardet/windows-1256.html")),
        FeedSpec(name="refused", url="http://127.0.0.1:9/rss.xml"),
        FeedSpec(name="gzip bomb", url=url("/gzip-bomb?gib=4")),
        FeedSpec(name="drip", url=url("/slow/drip?bytes=100&interval=1")),
        FeedSpec(name="hang", url=url("/hang")),
        FeedSpec(name="long chain", url=url("/redirect/chain/30")),
    ]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    db = tmp_path / "bad.duckdb"
    summary = _run(feeds, db, tmp_path)

    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024 < 300  # MB
    assert summary.feeds_ok == 2
    assert summary.feeds_failed == 11
    assert not summary.all_feeds_failed
    assert summary.new_articles == 3  # the three pages the good feeds share
    con = open_warehouse(db, read_only=True)
    try:
        statuses = dict(
            con.execute(
                "SELECT f.name, l.status FROM fetch_log l JOIN feeds f ON f.url = l.url WHERE l.kind = 'feed'"
            ).fetchall()
        )
        health = {
            name: (failures, error)
            for name, failures, error in con.execute(
                "SELECT name, consecutive_failures, last_error FROM feeds"
            ).fetchall()
        }
    finally:
        con.close()
    assert statuses == {
        "good": "ok",
        "leading whitespace": "ok",
        "missing": "http_error",
        "broken server": "http_error",
        "slow": "timeout",
        "loop": "too_many_redirects",
        "huge": "too_large",
        "not a feed": "bad_feed",
        "refused": "connect_error",
        "gzip bomb": "too_large",
        "drip": "timeout",
        "hang": "timeout",
        "long chain": "too_many_redirects",
    }
    assert _count(db, "SELECT count(*) FROM runs WHERE status = 'partial'") == 1
    assert health["good"][0] == 0
    assert health["missing"][0] == 1
    assert "404" in health["missing"][1]


def test_cli_run_exits_non_zero_when_every_feed_fails(tmp_path: Path) -> None:
    feed_file = tmp_path / "feeds.toml"
    feed_file.write_text(
        dump_feed_list(
            [
                FeedSpec(name="offline one", url="https://no-such-host.invalid/rss.xml"),
                FeedSpec(name="offline two", url="http://127.0.0.1:9/rss.xml"),
            ]
        ),
        encoding="utf-8",
    )
    db = tmp_path / "cli.duckdb"
    result = subprocess.run(
        [str(Path(sys.executable).parent / "marsad"), "run", "--feeds", str(feed_file), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "COLUMNS": "200"},
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "dns_error" in result.stdout
    assert "connect_error" in result.stdout
    assert "Traceback" not in result.stderr  # failures are reported, not raised
    assert _count(db, "SELECT count(*) FROM fetch_log WHERE status IN ('dns_error', 'connect_error')") == 2
    assert _count(db, "SELECT count(*) FROM runs WHERE status = 'failed'") == 1


def _table_counts(db: Path) -> dict[str, int]:
    con = open_warehouse(db, read_only=True)
    try:
        return {
            table: int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
            for table in ("articles", "article_html", "event_mentions", "events", "event_members")
        }
    finally:
        con.close()


def test_killed_run_leaves_a_consistent_warehouse_and_rerun_completes(tmp_path: Path) -> None:
    """SIGKILL mid-run (after some page batches loaded), then a clean re-run: same rows as one clean run."""
    with serve_snapshot(SNAPSHOT_DIR) as base_url:
        feeds = snapshot_feed_specs(base_url)
        feed_file = tmp_path / "feeds.toml"
        feed_file.write_text(dump_feed_list(feeds), encoding="utf-8")
        killed_db = tmp_path / "killed.duckdb"
        env = {**os.environ, "MARSAD_PAGE_BATCH": "10", "MARSAD_WORKERS": "1"}
        proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "marsad"), "run", "--feeds", str(feed_file), "--db", str(killed_db)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        server = base_url.server
        try:
            # Kill once a few batches of pages have been fetched (and some loaded), well before the end.
            assert wait_until(lambda: sum(n for p, n in server.counts().items() if p.startswith("/pages/")) >= 35, 180)
        finally:
            # The whole process group, as a crash of the machine would: the run's temporary Prefect server is a
            # child of the run, and a SIGKILL of the run alone would leave that server running, orphaned.
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        assert proc.returncode == -9

        rerun = _run(feeds, killed_db, tmp_path)
        clean_db = tmp_path / "clean.duckdb"
        _run(feeds, clean_db, tmp_path)

    assert rerun.new_articles < load_manifest()["expected"]["articles"]  # the killed run had committed some batches
    assert _table_counts(killed_db) == _table_counts(clean_db)
    con = open_warehouse(killed_db, read_only=True)
    try:
        assert run_checks(con) == []
    finally:
        con.close()


def test_links_into_private_networks_are_blocked_and_recorded(tmp_path: Path) -> None:
    """A feed on 127.0.0.1 may link to its own host; links elsewhere into private space are not fetched."""
    site = tmp_path / "site"
    (site / "pages").mkdir(parents=True)
    (site / "pages" / "ok.html").write_text(
        "<html lang='ar'><head><title>خبر</title></head><body><article><p>"
        + "أطلقت كوريا الشمالية صاروخا باليستيا قصير المدى باتجاه البحر الشرقي صباح اليوم. " * 5
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    links = [
        "{BASE_URL}/pages/ok.html",
        "http://169.254.169.254/latest/meta-data/iam/",
        "http://10.1.2.3/internal.html",
        "http://[::1]:8080/admin",
        "file:///etc/passwd",
    ]
    items = "".join(
        f"<item><title>خبر {i}</title><link>{link}</link><pubDate>Wed, 13 Sep 2023 08:00:00 GMT</pubDate></item>"
        for i, link in enumerate(links)
    )
    (site / "feed.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    db = tmp_path / "ssrf.duckdb"
    with serve_snapshot(site) as base_url:
        summary = _run([FeedSpec(name="mixed", url=f"{base_url}/feed.xml")], db, tmp_path)
    assert summary.new_articles == 1
    con = open_warehouse(db, read_only=True)
    try:
        pages = dict(con.execute("SELECT url, status FROM fetch_log WHERE kind = 'page'").fetchall())
    finally:
        con.close()
    assert pages.pop(f"{base_url}/pages/ok.html") == "ok"
    assert set(pages.values()) == {"blocked"}, pages
    assert len(pages) == 4
    assert any(url.startswith("file:") for url in pages)


def test_demo_alerts_once_and_a_second_run_sends_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "alerts.duckdb"
    with WebhookReceiver() as hook, serve_snapshot(SNAPSHOT_DIR) as base_url:
        monkeypatch.setenv("MARSAD_ALERT_URLS", hook.json_url())
        feeds = snapshot_feed_specs(base_url)
        first = _run(feeds, db, tmp_path)
        received = [p.json() for p in hook.accepted]
        second = _run(feeds, db, tmp_path)
        again = len(hook.accepted)

    assert first.alerts_sent == len(received) > 0
    assert first.alerts_pending == 0
    titles = " ".join(p["title"] for p in received)
    assert "North Korea" in titles
    assert "Russia" in titles
    # The seed article's launch: the Arabic evidence and why it fired are in the message.
    seed = [p for p in received if "2023-09-13" in p["message"] and "missile" in p["title"].lower()]
    assert seed and "dprk-missile-or-space-launch" in seed[0]["message"]
    assert any("\u0600" <= ch <= "\u06ff" for ch in seed[0]["message"])
    assert second.alerts_sent == 0
    assert again == len(received)
    assert _count(db, "SELECT count(*) FROM alerts WHERE status = 'sent'") == len(received)


def test_run_loads_the_reference_writes_the_report_and_survives_a_bad_report_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.artifacts import run_markdown
    from tests.report_fixture import write_reference

    monkeypatch.setenv("MARSAD_REFERENCE_DIR", str(write_reference(tmp_path / "reference")))
    db = tmp_path / "one.duckdb"
    report = tmp_path / "out" / "report.html"
    (tmp_path / "blocker").write_text("a file where a folder would go", encoding="utf-8")
    feed_file = tmp_path / "feeds.toml"
    with serve_snapshot(SNAPSHOT_DIR) as base_url:
        feed_file.write_text(dump_feed_list(snapshot_feed_specs(base_url)[:2]), encoding="utf-8")
        first = ingest(feeds_file=str(feed_file), db=str(db), report=str(report))
        monkeypatch.setenv("MARSAD_REPORT_PATH", str(tmp_path / "blocker" / "report.html"))
        second = ingest(feeds_file=str(feed_file), db=str(db))

    assert first.report_path == str(report) and report.is_file()
    n_events = _count(db, "SELECT count(*) FROM events WHERE status = 'active'")
    assert f'data-count="{n_events}"' in report.read_text(encoding="utf-8")
    assert first.verification is not None and "cns" in first.verification.references
    assert _count(db, "SELECT count(*) FROM ref_cns_tests") == 3
    markdown = run_markdown(first)
    assert "## Ground truth" in markdown and report.as_uri() in markdown
    # a report that cannot be written is recorded; the run itself completes
    assert second.report_path is None and second.report_error and "blocker" in second.report_error
    assert _count(db, "SELECT count(*) FROM runs WHERE status = 'ok'") == 2
