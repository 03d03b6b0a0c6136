"""The CLI over a warehouse built by `marsad demo`: every analyst command on real data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.demo import DEMO_ORIGIN, load_manifest
from flows.settings import quiet_prefect, snapshot_path
from warehouse.db import open_warehouse

quiet_prefect()
runner = CliRunner()
pytestmark = [pytest.mark.prefect, pytest.mark.usefixtures("prefect_backend")]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "new articles" in result.output
    assert result.output.rstrip().endswith(f"report: {db.resolve().with_name('marsad-report.html')}")
    return db


def test_demo_publishes_a_snapshot(demo_db: Path) -> None:
    assert snapshot_path(demo_db).exists()


def test_demo_writes_the_report_beside_the_warehouse(demo_db: Path) -> None:
    report = demo_db.with_name("marsad-report.html")
    html = report.read_text(encoding="utf-8")
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        n_events = con.execute("SELECT count(*) FROM events WHERE status = 'active'").fetchone()[0]  # type: ignore[index]
    finally:
        con.close()
    assert f'id="event-count" data-count="{n_events}"' in html


def _row_counts(db: Path) -> dict[str, int]:
    con = open_warehouse(db, read_only=True)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1"
            ).fetchall()
        ]
        return {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}  # type: ignore[index]
    finally:
        con.close()


def test_demo_twice_adds_no_rows_whatever_the_port(tmp_path: Path) -> None:
    """Each demo run gets a new server port; the second and third runs add nothing but their own run records."""
    db = tmp_path / "twice.duckdb"
    n_feeds = load_manifest()["expected"]["feeds"]
    counts = []
    for attempt in range(3):
        if attempt == 2:
            # Forget the stored validators: every feed is parsed again and every item matched against the
            # articles already loaded (the path a changed feed takes), not just answered with 304.
            con = open_warehouse(db)
            try:
                con.execute("UPDATE feeds SET etag = NULL, last_modified = NULL")
            finally:
                con.close()
        result = runner.invoke(app, ["demo", "--db", str(db)])
        assert result.exit_code == 0, result.output
        counts.append(_row_counts(db))
    first, second, third = counts
    logs = {"runs", "fetch_log"}  # the record of each run, by design one more per run
    assert {t: n for t, n in second.items() if t not in logs} == {t: n for t, n in first.items() if t not in logs}
    assert {t: n for t, n in third.items() if t not in logs} == {t: n for t, n in first.items() if t not in logs}
    assert first["articles"] == load_manifest()["expected"]["articles"]
    assert second["runs"] == first["runs"] + 1 == third["runs"] - 1
    # The later runs fetched their feeds and nothing else (no page was fetched again).
    assert second["fetch_log"] == first["fetch_log"] + n_feeds
    assert third["fetch_log"] == second["fetch_log"] + n_feeds
    con = open_warehouse(db, read_only=True)
    try:
        # No stored URL carries the demo server's address: every row is keyed by the snapshot's fixed origin.
        local = con.execute(
            "SELECT (SELECT count(*) FROM feeds WHERE url LIKE '%127.0.0.1%') "
            "+ (SELECT count(*) FROM articles WHERE url LIKE '%127.0.0.1%' OR canonical_url LIKE '%127.0.0.1%') "
            "+ (SELECT count(*) FROM fetch_log WHERE url LIKE '%127.0.0.1%')"
        ).fetchone()[0]  # type: ignore[index]
        assert local == 0
        assert con.execute("SELECT count(*) FROM feeds WHERE url LIKE ?", [DEMO_ORIGIN + "/%"]).fetchone()[0] == n_feeds  # type: ignore[index]
    finally:
        con.close()


def test_sql_formats(demo_db: Path) -> None:
    query = "SELECT outlet, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1"
    as_json = runner.invoke(app, ["sql", query, "--db", str(demo_db), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(line) for line in as_json.output.splitlines()]
    assert sum(r["n"] for r in rows) == load_manifest()["expected"]["articles"]
    as_csv = runner.invoke(app, ["sql", query, "--db", str(demo_db), "--format", "csv"])
    parsed = list(csv.reader(io.StringIO(as_csv.output)))
    assert parsed[0] == ["outlet", "n"]
    assert len(parsed) == len(rows) + 1
    bad = runner.invoke(app, ["sql", "SELECT * FROM no_such_table", "--db", str(demo_db)])
    assert bad.exit_code == 2
    assert "SQL error" in bad.output


def test_events_lists_the_seed_launch(demo_db: Path) -> None:
    result = runner.invoke(app, ["events", "--type", "missile_launch", "--db", str(demo_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.output.splitlines()]
    assert any(e["actor"] == "PRK" and str(e["event_date"]) == "2023-09-13" for e in found)
    assert all(e["event_type"] == "missile_launch" for e in found)
    later = runner.invoke(app, ["events", "--since", "2023-01-01", "--db", str(demo_db), "--format", "json"])
    assert all(str(json.loads(line)["event_date"]) >= "2023-01-01" for line in later.output.splitlines())
    bad = runner.invoke(app, ["events", "--since", "yesterday", "--db", str(demo_db)])
    assert bad.exit_code == 2


def test_search_matches_across_spellings(demo_db: Path) -> None:
    # The index and the query are normalised alike: hamza and taa marbuta forms meet.
    result = runner.invoke(app, ["search", "لافروف", "--db", str(demo_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.output.splitlines()]
    assert hits and all("score" in h for h in hits)


def test_check_export_and_alerts(demo_db: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["check", "--db", str(demo_db)]).exit_code == 0
    out = tmp_path / "parquet"
    result = runner.invoke(app, ["export", str(out), "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    assert (out / "articles.parquet").exists()
    assert (out / "events.parquet").exists()
    listed = runner.invoke(app, ["alerts", "--db", str(demo_db), "--format", "json"])
    assert listed.exit_code == 0, listed.output


def test_missing_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 3
    assert "no warehouse" in result.output


def test_corrupt_warehouse_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "broken.duckdb"
    db.write_bytes(b"DUCK" + bytes(range(256)) * 64)
    result = runner.invoke(app, ["sql", "SELECT 1", "--db", str(db)])
    assert result.exit_code == 3
    assert "damaged" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_run_on_a_corrupt_warehouse_exits_3_before_fetching(tmp_path: Path) -> None:
    db = tmp_path / "broken.duckdb"
    db.write_bytes(b"\x00" * 4096)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "x"\nurl = "http://127.0.0.1:9/rss.xml"\n', encoding="utf-8")
    result = runner.invoke(app, ["run", "--feeds", str(feeds), "--db", str(db)])
    assert result.exit_code == 3
    assert "damaged" in result.output
    bad_list = tmp_path / "bad.toml"
    bad_list.write_text('[[feeds]]\nurl = "ftp://example.org/feed"\n', encoding="utf-8")
    result = runner.invoke(app, ["run", "--feeds", str(bad_list), "--db", str(tmp_path / "ok.duckdb")])
    assert result.exit_code == 2
    assert "feed list error" in result.output


def test_retag_and_maintenance_commands(demo_db: Path, tmp_path: Path) -> None:
    # The demo was tagged by the current tagger: nothing to re-tag.
    result = runner.invoke(app, ["retag", "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    assert "re-tagged 0 articles" in result.output
    result = runner.invoke(app, ["maintenance", "--db", str(demo_db), "--export-dir", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "events.parquet").exists()
    assert "checks pass" in result.output
