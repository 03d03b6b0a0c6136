"""The self-contained HTML report: charts (Vega-Lite through altair, rendered to inline SVG by vl-convert), event
cards with the Arabic evidence, outlet coverage, feed health and the ground-truth comparison. One file that opens
offline and requests nothing: styles, script, font (Noto Sans Arabic, subset to the characters used) and charts
are inline.
"""

from __future__ import annotations

import base64
import functools
import io
import logging
import os
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import altair as alt
import jinja2
import vl_convert
from fontTools import subset as font_subset

from transforms.lexicon import entity_name
from warehouse.report_data import Card, ReportData, gather

log = logging.getLogger(__name__)

CARDS_PER_PAGE = 20
DEFAULT_MAX_CARDS = 500
TYPE_LABELS = {
    "missile_launch": "Missile launch",
    "space_launch": "Space launch",
    "russia_dprk_cooperation": "Russia–North Korea cooperation",
}
STATUS_COLOURS = {
    "caught": "#1a7f37",
    "missed": "#cf222e",
    "matched a CNS test": "#0969da",
    "unmatched": "#bc4c00",
    "reported": "#0969da",
}
CHART_WIDTH = 760
_env = jinja2.Environment(
    loader=jinja2.PackageLoader("flows", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    n_events: int
    n_cards: int
    bytes: int
    seconds: float


# ---------------------------------------------------------------- charts


def _svg(chart: alt.TopLevelMixin) -> str:
    """A chart as inline SVG (vl-convert runs Vega offline, in process)."""
    svg = vl_convert.vegalite_to_svg(chart.to_dict())
    # The XML prolog is not allowed inside HTML; the SVG element itself is.
    return svg[svg.index("<svg") :] if "<svg" in svg else svg


def _day(value: date | datetime) -> str:
    return value.isoformat()[:10]


def _launch_timeline(data: ReportData) -> alt.TopLevelMixin | None:
    rows = [
        {
            "day": _day(r["day"]),
            "row": "marsad: " + ("missile" if r["event_type"] == "missile_launch" else "space"),
            "status": r["status"],
            "events": r["events"],
            "sources": r["sources"],
        }
        for r in data.dprk_launches
    ]
    rows += [
        {
            "day": _day(r["day"]),
            "row": "CNS test",
            "status": r["status"],
            "events": r["missiles"],
            "sources": 0,
            "what": r["what"],
        }
        for r in data.cns_days
    ]
    if not rows:
        return None
    statuses = sorted({r["status"] for r in rows})
    return (
        alt.Chart(alt.Data(values=rows), title="North Korean launches: marsad events and CNS tests")
        .mark_point(filled=True, opacity=0.8)
        .encode(
            x=alt.X("day:T", title=None, axis=alt.Axis(format="%Y-%m")),
            y=alt.Y("row:N", title=None),
            color=alt.Color(
                "status:N",
                scale=alt.Scale(domain=statuses, range=[STATUS_COLOURS.get(s, "#6e7781") for s in statuses]),
                legend=alt.Legend(orient="bottom", title=None),
            ),
            size=alt.Size("events:Q", title="events / missiles", scale=alt.Scale(range=[40, 300]), legend=None),
            tooltip=["day:T", "row:N", "status:N", "events:Q"],
        )
        .properties(width=CHART_WIDTH, height=130)
    )


def _cooperation_timeline(data: ReportData) -> alt.TopLevelMixin | None:
    if not data.cooperation:
        return None
    rows = [{"month": _day(r["month"]), "subtype": r["subtype"], "events": r["events"]} for r in data.cooperation]
    return (
        alt.Chart(alt.Data(values=rows), title="Russia–North Korea cooperation events per month, by subtype")
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", title=None),
            y=alt.Y("events:Q", title="events"),
            color=alt.Color(
                "subtype:N", legend=alt.Legend(orient="bottom", title=None), scale=alt.Scale(scheme="tableau10")
            ),
            tooltip=["yearmonth(month):T", "subtype:N", "events:Q"],
        )
        .properties(width=CHART_WIDTH, height=160)
    )


def _monthly(data: ReportData) -> alt.TopLevelMixin | None:
    if not data.monthly:
        return None
    rows = [
        {"month": _day(r["month"]), "type": TYPE_LABELS.get(r["event_type"], r["event_type"]), "events": r["events"]}
        for r in data.monthly
    ]
    return (
        alt.Chart(alt.Data(values=rows), title="Events per month, by type")
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", title=None),
            y=alt.Y("events:Q", title="events"),
            color=alt.Color("type:N", legend=alt.Legend(orient="bottom", title=None)),
            tooltip=["yearmonth(month):T", "type:N", "events:Q"],
        )
        .properties(width=CHART_WIDTH, height=140)
    )


def _coverage(data: ReportData) -> alt.TopLevelMixin | None:
    top = data.coverage[:20]
    if not top:
        return None
    rows = []
    for r in top:
        rows.append({"outlet": r["outlet"], "part": "first to report", "events": r["first"]})
        rows.append({"outlet": r["outlet"], "part": "later", "events": r["events"] - r["first"]})
    return (
        alt.Chart(alt.Data(values=rows), title="Events covered per outlet (top 20), and how often first")
        .mark_bar()
        .encode(
            y=alt.Y("outlet:N", sort=[r["outlet"] for r in top], title=None),
            x=alt.X("events:Q", stack="zero", title="events"),
            color=alt.Color(
                "part:N",
                scale=alt.Scale(domain=["first to report", "later"], range=["#1a7f37", "#8c959f"]),
                legend=alt.Legend(orient="bottom", title=None),
            ),
            tooltip=["outlet:N", "part:N", "events:Q"],
        )
        .properties(width=CHART_WIDTH - 160, height=max(60, 18 * len(top)))
    )


def _coverage_matrix(data: ReportData) -> alt.TopLevelMixin | None:
    if not data.coverage_matrix:
        return None
    rows = [
        {
            "event": r["event"],
            "outlet": r["outlet"],
            "role": "first" if r["first"] else "later",
            "lag": round(float(r["lag_hours"] or 0.0), 1),
        }
        for r in data.coverage_matrix
    ]
    return (
        alt.Chart(alt.Data(values=rows), title="Who reported the most-covered events, and who was first")
        .mark_square(size=120)
        .encode(
            x=alt.X("event:N", title=None, axis=alt.Axis(labelAngle=-50, labelLimit=160)),
            y=alt.Y("outlet:N", title=None),
            color=alt.Color(
                "role:N",
                scale=alt.Scale(domain=["first", "later"], range=["#1a7f37", "#8c959f"]),
                legend=alt.Legend(orient="bottom", title=None),
            ),
            tooltip=["event:N", "outlet:N", "role:N", alt.Tooltip("lag:Q", title="hours after first")],
        )
    )


def charts(data: ReportData) -> list[tuple[str, str]]:
    """(id, inline SVG) of every chart that has data."""
    built = [
        ("launches", _launch_timeline(data)),
        ("cooperation", _cooperation_timeline(data)),
        ("monthly", _monthly(data)),
        ("coverage", _coverage(data)),
        ("coverage-matrix", _coverage_matrix(data)),
    ]
    return [(name, _svg(chart)) for name, chart in built if chart is not None]


# ---------------------------------------------------------------- the Arabic font


@functools.cache
def _font_bytes() -> bytes:
    """Noto Sans Arabic (OFL-1.1) as shipped by the fontpkg-noto-sans-arabic package."""
    files = resources.files("fontpkg_noto_sans_arabic") / "files"
    for entry in files.iterdir():
        if entry.name.endswith(".ttf"):
            return entry.read_bytes()
    raise FileNotFoundError("Noto Sans Arabic font file not found in fontpkg_noto_sans_arabic")


def arabic_font_face(texts: Iterable[str]) -> str:
    """A CSS @font-face with Noto Sans Arabic subset to the characters of `texts` (WOFF2, base64), or ''."""
    chars = {ch for text in texts for ch in text if ord(ch) >= 0x0600}
    if not chars:
        return ""
    options = font_subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # keep the shaping features (init/medi/fina, ligatures, marks)
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = font_subset.load_font(io.BytesIO(_font_bytes()), options)
    try:
        subsetter = font_subset.Subsetter(options)
        subsetter.populate(unicodes=sorted({ord(c) for c in chars} | {0x20, 0x200C, 0x200D, 0x0640}))
        subsetter.subset(font)
        buffer = io.BytesIO()
        font_subset.save_font(font, buffer, options)
    finally:
        font.close()
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        "@font-face{font-family:'Noto Sans Arabic';font-style:normal;font-weight:100 900;font-display:block;"
        f"src:url(data:font/woff2;base64,{encoded}) format('woff2');}}"
    )


# ---------------------------------------------------------------- rendering


def actor_name(code: str | None) -> str:
    """The English name of an actor code or participant entity id (the code itself when the lexicon lacks it)."""
    if not code:
        return "unknown"
    return entity_name(code) if entity_name(code) != code else entity_name(code.upper())


def card_what(card: Card) -> str:
    if card.event_type == "russia_dprk_cooperation":
        return ", ".join(card.subtypes) or "cooperation"
    parts = []
    if card.count:
        qualifier = {"at_least": "at least ", "approx": "about "}.get(card.count_qualifier or "", "")
        parts.append(f"{qualifier}{card.count} ×")
    parts.extend(card.missile_class)
    for value in (card.weapon, card.vehicle, card.payload, card.mode):
        if value:
            parts.append(str(value))
    return " ".join(parts) or "–"


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else "–"


def _hours(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f} h" if abs(value) < 72 else f"{value / 24:.1f} days"


def render(data: ReportData, *, title: str = "events report") -> str:
    """The report as one HTML document."""
    texts = [p.text for c in data.cards for p in c.evidence] + [s.title for c in data.cards for s in c.sources]
    pages = [data.cards[i : i + CARDS_PER_PAGE] for i in range(0, len(data.cards), CARDS_PER_PAGE)]
    v = data.verification
    template = _env.get_template("report.html.j2")
    return template.render(
        title=title,
        data=data,
        charts=charts(data),
        pages=pages,
        cards_per_page=CARDS_PER_PAGE,
        font_face=arabic_font_face(texts),
        type_labels=TYPE_LABELS,
        actor_name=actor_name,
        card_what=card_what,
        when=_when,
        hours=_hours,
        verification=v,
        totals=v.totals() if v is not None and "cns" in v.references else None,
    )


def write_report(
    con: Any,
    out: Path,
    *,
    since: date | None = None,
    max_cards: int = DEFAULT_MAX_CARDS,
    window_days: int = 2,
    title: str = "events report",
) -> ReportResult:
    """Write the report for the warehouse behind `con` to `out` atomically (temporary file, then rename)."""
    started = time.perf_counter()
    data = gather(con, since=since, max_cards=max_cards, window_days=window_days, now=datetime.now(UTC))
    html = render(data, title=title)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        umask = os.umask(0)
        os.umask(umask)
        Path(tmp).chmod(0o666 & ~umask)  # mkstemp makes it private; a report is for others to open
        Path(tmp).replace(out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    size = out.stat().st_size
    log.info("report %s: %d events, %d cards, %d bytes", out, data.n_events, len(data.cards), size)
    return ReportResult(out, data.n_events, len(data.cards), size, time.perf_counter() - started)
