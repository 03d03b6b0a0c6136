"""The report's charts: Vega-Lite specs built with altair from the report data, rendered to SVG by vl-convert.

Imported only when a chart has to be drawn: `flows.report` reuses the previous drawing when the charted data,
this code and the two libraries are unchanged.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import altair as alt
import vl_convert

from flows.report import TYPE_LABELS
from warehouse.report_data import ReportData

STATUS_COLOURS = {
    "caught": "#1a7f37",
    "missed": "#cf222e",
    "matched a CNS test": "#0969da",
    "unmatched": "#bc4c00",
    "reported": "#0969da",
}
CHART_WIDTH = 760


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
    title = "Russia–North Korea cooperation events per month, by subtype"
    return _monthly_bars(rows, title, "subtype", height=160, scale=alt.Scale(scheme="tableau10"))


def _monthly(data: ReportData) -> alt.TopLevelMixin | None:
    if not data.monthly:
        return None
    rows = [
        {"month": _day(r["month"]), "type": TYPE_LABELS.get(r["event_type"], r["event_type"]), "events": r["events"]}
        for r in data.monthly
    ]
    return _monthly_bars(rows, "Events per month, by type", "type", height=140)


def _monthly_bars(
    rows: list[dict[str, Any]], title: str, colour: str, *, height: int, scale: Any = alt.Undefined
) -> alt.TopLevelMixin:
    """Events per month as stacked bars, one colour per value of `colour` (in the given colour scale)."""
    return (
        alt.Chart(alt.Data(values=rows), title=title)
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", title=None),
            y=alt.Y("events:Q", title="events"),
            color=alt.Color(f"{colour}:N", legend=alt.Legend(orient="bottom", title=None), scale=scale),
            tooltip=["yearmonth(month):T", f"{colour}:N", "events:Q"],
        )
        .properties(width=CHART_WIDTH, height=height)
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
