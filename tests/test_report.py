"""The HTML report: self-contained, the numbers of the warehouse, Arabic evidence as RTL text with the tagged words
highlighted, charts as inline SVG, limits on cards, and the demo/ingest hooks that write it."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from flows.artifacts import run_markdown
from flows.cli import app
from flows.ingest import RunSummary
from flows.report import CARDS_PER_PAGE, write_report
from tests import report_fixture
from transforms.evidence import Piece, highlighted_sentence
from warehouse.reference import verify


@pytest.fixture
def warehouse(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = report_fixture.build(tmp_path / "w.duckdb")
    yield con
    con.close()


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def test_highlighted_sentence_marks_the_spans_inside_their_sentence() -> None:
    text = "مقدمة قصيرة. أطلقت كوريا الشمالية صاروخا باليستيا اليوم. خاتمة."
    start = text.index("أطلقت")
    missile = text.index("صاروخا")
    pieces = highlighted_sentence(text, [(start, start + len("أطلقت")), (missile, missile + len("صاروخا"))])
    assert "".join(p.text for p in pieces) == "أطلقت كوريا الشمالية صاروخا باليستيا اليوم."
    assert [p.text for p in pieces if p.tagged] == ["أطلقت", "صاروخا"]
    # spans that overlap merge; offsets outside the text are ignored
    merged = highlighted_sentence(text, [(start, missile + 3), (missile, missile + len("صاروخا")), (500, 600)])
    assert [p.text for p in merged if p.tagged] == [text[start : missile + 3], text[missile + 3 : missile + 6]]
    assert highlighted_sentence(text, [(900, 901)]) == []


def test_highlighted_sentence_cuts_a_very_long_sentence_around_the_span() -> None:
    text = "كلمة " * 300 + "صاروخ" + " كلمة" * 300
    at = text.index("صاروخ")
    pieces = highlighted_sentence(text, [(at, at + 5)])
    assert pieces[0] == Piece("…", False) and pieces[-1] == Piece("…", False)
    assert Piece("صاروخ", True) in pieces
    assert sum(len(p.text) for p in pieces) < 450


def test_report_is_self_contained_and_shows_the_warehouse(warehouse: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = write_report(warehouse, out)
    html = out.read_text(encoding="utf-8")
    soup = soup_of(out)
    n_events = warehouse.execute("SELECT count(*) FROM events WHERE status = 'active'").fetchone()[0]
    assert result.n_events == n_events == 3
    assert soup.select_one("#event-count").get_text() == str(n_events)
    assert len(soup.select("article.card")) == n_events
    # nothing to fetch: no external scripts, styles, images, fonts or frames
    for tag in soup.find_all(["script", "img", "iframe", "link", "source", "video", "audio", "embed", "object"]):
        assert not tag.get("src") and not tag.get("href"), tag
    assert not re.search(r"url\((?!data:)", html), "a CSS url() that is not inline data"
    assert "@import" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # the Arabic font is inline, subset to the characters used
    assert "@font-face" in html and "data:font/woff2;base64," in html
    # charts: one inline SVG per chart, each with marks
    figures = soup.select("figure.chart")
    assert {f["id"] for f in figures} >= {"chart-launches", "chart-cooperation", "chart-monthly", "chart-coverage"}
    for figure in figures:
        svg = figure.find("svg")
        assert svg is not None and svg.find_all(["path", "rect", "circle", "symbol", "line"]), figure["id"]
    # the evidence: Arabic text, right-to-left, tagged words highlighted inside their sentence
    icbm = soup.select_one('article.card[data-type="missile_launch"]')
    evidence = icbm.select_one("p.evidence")
    assert evidence["dir"] == "rtl" and evidence["lang"] == "ar"
    assert "أطلقت كوريا الشمالية" in evidence.get_text()
    marked = [m.get_text() for m in evidence.find_all("mark")]
    assert marked and all(m in report_fixture.ICBM for m in marked)
    assert evidence.get_text() != "".join(marked)  # the sentence, not just the tagged words
    # every source with outlet, time and link, the first one marked
    sources = icbm.select("ul.sources li")
    assert [li.select_one(".outlet").get_text() for li in sources] == ["Outlet A", "Outlet B"]
    assert "first" in sources[0].get_text() and "first" not in sources[1].get_text()
    assert sources[0].find("a")["href"] == "https://outlet-a.example/icbm-1"
    assert "2017-07-04 03:30 UTC" in sources[0].get_text()
    # ground truth, coverage and feed health
    assert soup.select_one("#cns-table") is not None and "caught" in soup.select_one("#cns-table").get_text()
    coverage = {tr.find("td").get_text(): tr for tr in soup.select("#coverage-table tr")[1:]}
    assert set(coverage) == {"Outlet A", "Outlet B", "Outlet C"}
    feeds = soup.select_one("#feed-table").get_text()
    assert "degraded" in feeds and "503 Service Unavailable" in feeds


def test_report_uses_the_same_figures_as_verify(warehouse: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    write_report(warehouse, out)
    v = verify(warehouse)
    text = soup_of(out).select_one("#ground-truth").find_next("p").get_text(" ", strip=True)
    assert f"{v.caught} of {len(v.launches)} CNS launch days caught" in text
    assert v.caught == 2 and len(v.launches) == 3  # the ICBM and the satellite; 2017-07-28 missed


def test_report_without_reference_says_how_to_load_it(tmp_path: Path) -> None:
    con = report_fixture.build(tmp_path / "w.duckdb", reference=False)
    try:
        write_report(con, tmp_path / "r.html")
    finally:
        con.close()
    soup = soup_of(tmp_path / "r.html")
    assert "marsad reference load" in soup.select_one("#no-reference").get_text()
    assert soup.select_one("#cns-table") is None


def test_cards_are_limited_and_paginated(warehouse: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    write_report(warehouse, out, max_cards=2)
    soup = soup_of(out)
    assert len(soup.select("article.card")) == 2
    assert "The newest 2 of 3 events" in soup.select_one("#events").find_next("p").get_text(" ", strip=True)
    dated = [c.select_one("h3").get_text() for c in soup.select("article.card")]
    assert "2023-11-21" in dated[0] and "2023-09-13" in dated[1]  # newest first
    assert CARDS_PER_PAGE >= 2 and len(soup.select("section.page")) == 1


def test_since_limits_the_events(warehouse: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = write_report(warehouse, out, since=date(2023, 1, 1))
    assert result.n_events == 2
    assert soup_of(out).select_one("#event-count").get_text() == "2"


def test_an_empty_warehouse_still_gives_a_report(tmp_path: Path) -> None:
    from warehouse.db import open_warehouse

    con = open_warehouse(tmp_path / "empty.duckdb")
    try:
        write_report(con, tmp_path / "r.html")
    finally:
        con.close()
    soup = soup_of(tmp_path / "r.html")
    assert soup.select_one("#event-count").get_text() == "0"
    assert not soup.select("figure.chart")


def test_cli_report_writes_beside_the_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report_fixture.build(tmp_path / "w.duckdb").close()
    monkeypatch.setenv("MARSAD_REFERENCE_DIR", str(tmp_path / "none"))
    result = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 0, result.output
    written = tmp_path / "marsad-report.html"
    assert written.is_file() and str(written) in "".join(result.output.split())
    assert "3 events" in result.output
    other = CliRunner().invoke(
        app, ["report", "--db", str(tmp_path / "w.duckdb"), "--out", str(tmp_path / "x.html"), "--since", "2023-01-01"]
    )
    assert other.exit_code == 0 and (tmp_path / "x.html").is_file() and "2 events" in other.output
    bad = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "w.duckdb"), "--since", "yesterday"])
    assert bad.exit_code == 2


def test_the_run_artifact_carries_the_ground_truth_and_the_report_link(
    warehouse: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    summary = RunSummary(run_id="r1", db=str(tmp_path / "w.duckdb"))
    summary.verification = verify(warehouse)
    summary.report_path = str(tmp_path / "marsad-report.html")
    markdown = run_markdown(summary)
    assert "## Ground truth" in markdown and "| caught / missed | 2 / 1 |" in markdown
    assert f"({(tmp_path / 'marsad-report.html').as_uri()})" in markdown
    assert "v_ground_truth_launches" in markdown
    bare = RunSummary(run_id="r2", db="x")
    bare.report_error = "OSError: disk full"
    assert "Report not written: OSError: disk full" in run_markdown(bare)


def test_report_file_is_readable_by_others(warehouse: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    write_report(warehouse, out)
    assert out.stat().st_mode & 0o044  # group/other may read it (mkstemp files are private)
    assert not list(tmp_path.glob(".r.html.*"))  # no temporary file left behind
    assert datetime.now(UTC).strftime("%Y-%m-%d") in out.read_text(encoding="utf-8")


def test_a_report_of_unchanged_data_reuses_its_drawings_and_draws_again_when_they_change(
    warehouse: duckdb.DuckDBPyConnection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows import report, report_charts

    out = tmp_path / "report.html"
    write_report(warehouse, out)
    kept = report.drawings_path(out)
    first = out.read_text(encoding="utf-8")
    assert kept.is_file() and not kept.name.startswith(f".{out.name}.")

    drawn: list[str] = []
    real_charts, real_font = report_charts.charts, report._subset_font_face

    def counting_charts(data: object) -> list[tuple[str, str]]:
        drawn.append("charts")
        return real_charts(data)  # type: ignore[arg-type]

    def counting_font(chars: set[str]) -> str:
        drawn.append("font")
        return real_font(chars)

    monkeypatch.setattr(report_charts, "charts", counting_charts)
    monkeypatch.setattr(report, "_subset_font_face", counting_font)
    kept_before = kept.stat().st_mtime_ns

    # Same data: the same charts and font, nothing drawn, the drawings file left alone.
    write_report(warehouse, out)
    again = out.read_text(encoding="utf-8")
    assert drawn == []
    assert kept.stat().st_mtime_ns == kept_before

    def figures(html: str) -> list[str]:
        return [str(f) for f in BeautifulSoup(html, "lxml").select("figure.chart")]

    assert figures(again) == figures(first) and len(figures(first)) >= 3
    assert re.findall(r"@font-face\{[^}]+\}", again) == re.findall(r"@font-face\{[^}]+\}", first) != []

    # Other data (only the latest events): drawn again, and kept for the next report.
    latest = warehouse.execute(
        "SELECT max(coalesce(event_date, (first_seen_at AT TIME ZONE 'UTC')::DATE)) FROM events"
    ).fetchone()[0]  # type: ignore[index]
    write_report(warehouse, out, since=latest)
    assert "charts" in drawn
    assert figures(out.read_text(encoding="utf-8")) != figures(first)
    now_kept = report.read_drawings(kept)
    ids = [f["id"] for f in BeautifulSoup(out.read_text(encoding="utf-8"), "lxml").select("figure.chart")]
    assert now_kept.charts_key and now_kept.font_key and [f"chart-{name}" for name, _ in now_kept.charts] == ids

    # An unreadable drawings file is not an error: everything is drawn again.
    drawn.clear()
    kept.write_text("{not json", encoding="utf-8")
    write_report(warehouse, out)
    assert drawn == ["charts", "font"]
    assert figures(out.read_text(encoding="utf-8")) == figures(first)
