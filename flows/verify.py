"""Ground truth: load the user's reference files, and present marsad's launches against them (terminal, markdown)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from transforms.reference import ReferenceDataError, discover
from warehouse.reference import LoadedReference, Verification, current_references, load_reference

log = logging.getLogger(__name__)

NO_REFERENCE_HELP = (
    "no reference data loaded: download the CNS North Korea Missile Test Database as JSON (the files test.en.json, "
    "missile.en.json and facility.en.json of the public nagix/nk-missile-tests repository, folder data/) and, "
    "optionally, the CSIS Beyond Parallel provocations as a CSV (date,type,event), then run "
    "`marsad reference load FOLDER`, or set MARSAD_REFERENCE_DIR to that folder"
)


def reference_outdated(con: Any, folder: Path) -> bool:
    """True when the files in `folder` differ from the current loads (or none is loaded)."""
    try:
        found = discover(folder)
    except ReferenceDataError as exc:
        log.warning("reference folder %s not usable: %s", folder, exc)
        return False
    current = current_references(con)
    return any(current.get(ref.source) is None or current[ref.source].version != ref.version for ref in found)


def sync_reference(con: Any, folder: Path | None) -> list[LoadedReference]:
    """Load the reference files of `folder` whose version is not the current one; problems are logged, not raised."""
    if folder is None or not folder.exists():
        return []
    try:
        found = discover(folder)
    except ReferenceDataError as exc:
        log.warning("reference folder %s not loaded: %s", folder, exc)
        return []
    return [load_reference(con, ref) for ref in found]


def _hours(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f} h" if abs(value) < 72 else f"{value / 24:.1f} d"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def print_verification(v: Verification, console: Console) -> None:
    """The per-launch tables and the totals, for `marsad verify`."""
    period = f"{v.since} – {v.until}" if v.since else "(empty warehouse)"
    cns = v.references.get("cns")
    console.print(
        f"[bold]marsad vs CNS[/] · period {period} · window ±{v.window_days} days · "
        f"CNS version {cns.version[:12] if cns else '–'} ({cns.n_records if cns else 0} records)"
    )
    table = Table(title=f"CNS launch days ({len(v.launches)})", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("CNS", overflow="ellipsis", no_wrap=True, max_width=16)
    table.add_column("ours", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True, min_width=6)
    table.add_column("first report", overflow="ellipsis", no_wrap=True, max_width=19)
    table.add_column("after", justify="right", no_wrap=True, min_width=6)
    table.add_column("outl.", justify="right", no_wrap=True)
    for x in v.launches:
        first = f"{x.first_report_at:%m-%d %H:%M} {x.first_outlet}" if x.first_report_at else ""
        table.add_row(
            str(x.launch_date),
            f"{x.cns_missiles}× {', '.join(x.missiles)}",
            "" if x.marsad_missiles is None else f"{x.marsad_missiles}×",
            "[green]caught[/]" if x.caught else "[red]missed[/]",
            first,
            _hours(x.latency_hours),
            str(x.n_outlets),
        )
    console.print(table)
    unmatched = Table(
        title=f"marsad launch events matching no CNS test ({len(v.unmatched)})", box=box.SIMPLE_HEAD, pad_edge=False
    )
    unmatched.add_column("date", no_wrap=True, min_width=10)
    unmatched.add_column("type", no_wrap=True)
    unmatched.add_column("count", justify="right", no_wrap=True)
    unmatched.add_column("first report", overflow="ellipsis", no_wrap=True, max_width=22)
    unmatched.add_column("outlets", justify="right", no_wrap=True)
    unmatched.add_column("nearest CNS", no_wrap=True, min_width=10)
    unmatched.add_column("CSIS", overflow="ellipsis", no_wrap=True, max_width=18)
    for u in v.unmatched:
        unmatched.add_row(
            str(u.day),
            "missile" if u.event_type == "missile_launch" else "space",
            "" if u.count is None else str(u.count),
            f"{u.first_source or ''} {u.first_seen_at:%Y-%m-%d %H:%M}" if u.first_seen_at else u.first_source or "",
            str(u.n_sources),
            str(u.nearest_cns_date or ""),
            u.csis_event or "",
        )
    console.print(unmatched)
    t = v.totals()
    console.print(
        f"recall {_pct(v.recall)} ({t['caught']} of {t['cns_launch_days']} CNS launch days caught) · "
        f"precision {_pct(v.precision)} ({t['matched_events']} of {t['marsad_launch_events']} marsad events "
        f"match a CNS test) · time to first report: median {_hours(t['median_latency_hours'])}, "
        f"90th percentile {_hours(t['p90_latency_hours'])} · missiles on CNS launch days: CNS "
        f"{t['cns_missiles']}, marsad {t['marsad_missiles_on_caught_days']}"
    )


def verification_markdown(v: Verification, escape: Any) -> list[str]:
    """A short markdown section for the ingest run's artifact (`escape` makes outside text inert)."""
    if "cns" not in v.references:
        return ["", "## Ground truth", "", escape(NO_REFERENCE_HELP, limit=600)]
    t = v.totals()
    lines = [
        "",
        f"## Ground truth (CNS, {v.since} – {v.until}, ±{v.window_days} days)",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| CNS launch days | {t['cns_launch_days']} |",
        f"| caught / missed | {t['caught']} / {t['missed']} |",
        f"| recall | {_pct(v.recall)} |",
        f"| marsad DPRK launch events | {t['marsad_launch_events']} |",
        f"| unmatched events | {t['unmatched_events']} |",
        f"| precision | {_pct(v.precision)} |",
        f"| median time to first report | {_hours(t['median_latency_hours'])} |",
        f"| 90th percentile | {_hours(t['p90_latency_hours'])} |",
        "",
        "Per launch: `SELECT * FROM v_ground_truth_launches`; unmatched events: `SELECT * FROM v_unmatched_launches`.",
    ]
    missed = [x for x in v.launches if not x.caught][-10:]
    if missed:
        lines += [
            "",
            "Latest missed: " + ", ".join(f"{x.launch_date} ({escape(', '.join(x.missiles))})" for x in missed),
        ]
    return lines
