"""The report in a real browser: headless Chromium (Debian's `chromium`), opened from a file with the network
blocked. Skipped, saying why, when no Chromium binary is installed (`apt-get install chromium`)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from flows.report import write_report
from tests import report_fixture
from tests.cdp import browser, find_chromium, process_group_alive

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium binary found (install Debian's `chromium` package, or set MARSAD_CHROMIUM to a binary)",
)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


# Per evidence paragraph: where its first and last letters are laid out on screen.
RTL_LAYOUT = """
(() => Array.from(document.querySelectorAll('p.evidence')).map(p => {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) { if (walker.currentNode.textContent.trim()) nodes.push(walker.currentNode); }
  const first = nodes[0], last = nodes[nodes.length - 1];
  const box = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                             return r.getBoundingClientRect(); };
  const firstIndex = first.textContent.search(/\\S/);
  const lastIndex = last.textContent.length - 1 - last.textContent.split('').reverse().join('').search(/\\S/);
  const a = box(first, firstIndex), b = box(last, lastIndex);
  const box_p = p.getBoundingClientRect();
  return {direction: getComputedStyle(p).direction, text: p.innerText, sameLine: Math.abs(a.top - b.top) < 2,
          firstRight: a.right, firstLeft: a.left, lastLeft: b.left, left: box_p.left, right: box_p.right,
          marks: p.querySelectorAll('mark').length};
}))()
"""
CHARTS = """
(() => Array.from(document.querySelectorAll('figure.chart')).map(f => {
  const svg = f.querySelector('svg');
  const r = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
  return {id: f.id, width: r.width, height: r.height,
          marks: svg ? svg.querySelectorAll('path, rect, circle, line, text').length : 0};
}))()
"""


def test_report_in_headless_chromium(tmp_path: Path) -> None:
    con = report_fixture.build(tmp_path / "w.duckdb")
    try:
        write_report(con, tmp_path / "report.html")
        warehouse_events = con.execute("SELECT count(*) FROM events WHERE status = 'active'").fetchone()[0]
    finally:
        con.close()
    page_url = (tmp_path / "report.html").as_uri()
    assert CHROMIUM is not None
    with browser(CHROMIUM, width=1280, height=1000) as b:
        pid = b.pid
        assert pid is not None
        seconds = b.open(page_url)
        shown = b.evaluate("document.getElementById('event-count').textContent")
        paragraphs = b.evaluate(RTL_LAYOUT)
        charts = b.evaluate(CHARTS)
        fonts = b.evaluate("document.fonts.check('16px \"Noto Sans Arabic\"', 'صاروخ')")
        height = b.evaluate("document.documentElement.scrollHeight")
        shot = b.screenshot(tmp_path / "report.png", full_height=min(int(height), 4000))
        requests, errors = list(b.log.requests), list(b.log.errors)
    # the browser and every process it started are gone
    assert not process_group_alive(pid)

    assert seconds < 10
    # no request left the page: the document itself and inline data only
    assert [u for u in requests if u != page_url and not u.startswith("data:")] == []
    assert errors == []
    assert shown == str(warehouse_events) == "3"
    assert len(paragraphs) == 3
    for p in paragraphs:
        assert p["direction"] == "rtl"
        assert any("\u0600" <= ch <= "\u06ff" for ch in p["text"])  # Arabic as text, not an image
        assert p["marks"] >= 1
        # laid out right to left: the first letter starts at the paragraph's right edge, not its left
        assert p["right"] - p["firstRight"] < 40 < p["firstLeft"] - p["left"], p
        if p["sameLine"]:
            assert p["firstRight"] > p["lastLeft"], p
    assert {c["id"] for c in charts} >= {"chart-launches", "chart-cooperation", "chart-monthly", "chart-coverage"}
    for chart in charts:
        assert chart["width"] > 100 and chart["height"] > 50 and chart["marks"] > 5, chart
    assert fonts is True
    width, png_height = png_size(shot)
    assert width == 1280 and png_height > 1000
