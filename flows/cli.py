"""The `marsad` command line."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from flows.progress import Step, terminal_progress
from flows.serve import register as register_serve
from flows.settings import load_settings, quiet_prefect

if TYPE_CHECKING:
    from flows.ingest import RunSummary

app = typer.Typer(
    help="marsad — Arabic news event monitor: Russia–North Korea cooperation and missile launches.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB warehouse file", envvar="MARSAD_DB")]
EXIT_ALL_FEEDS_FAILED = 1
EXIT_WAREHOUSE = 3


def main() -> None:
    """Console-script entry point."""
    app()


# ---------------------------------------------------------------- ingest


@app.command()
def demo(db: DbOption = Path("marsad.duckdb")) -> None:
    """Replay the bundled snapshot (Arabic news written about real events) through the ingest flow, offline."""
    quiet_prefect()
    from flows.demo import DEMO_ORIGIN, SNAPSHOT_DIR, demo_connect_to, snapshot_feed_specs
    from flows.static_server import serve_snapshot
    from transforms.feedlist import dump_feed_list

    # The snapshot is published under a fixed origin, connected to this run's server, so its URLs (and the rows
    # keyed by them) are the same whatever port the server gets: a second demo run adds nothing.
    with (
        serve_snapshot(SNAPSHOT_DIR, public_url=DEMO_ORIGIN) as base_url,
        tempfile.TemporaryDirectory(prefix="marsad-demo-") as tmp,
    ):
        feeds_file = Path(tmp) / "feeds.toml"
        feeds_file.write_text(dump_feed_list(snapshot_feed_specs(DEMO_ORIGIN)), encoding="utf-8")
        console.print(f"[bold]marsad demo[/]: serving the snapshot as {DEMO_ORIGIN} from {base_url}, loading {db}")
        with terminal_progress(err):
            summary = _run_ingest(feeds_file, db, connect_to=demo_connect_to(base_url), report=report_path_for(db))
    _print_summary(summary, show_report=False)
    console.print(
        f'next: marsad events --db {db}   ·   marsad verify --db {db}   ·   marsad sql "SELECT * FROM '
        f'v_dprk_launches" --db {db}',
        soft_wrap=True,
    )
    _print_report(summary)
    raise typer.Exit(EXIT_ALL_FEEDS_FAILED if summary.all_feeds_failed else 0)


@app.command()
def run(
    feeds: Annotated[
        Path | None, typer.Option("--feeds", help="feed list (TOML); default: the bundled list", envvar="MARSAD_FEEDS")
    ] = None,
    db: DbOption = Path("marsad.duckdb"),
) -> None:
    """One live ingest run over a feed list."""
    quiet_prefect()
    with terminal_progress(err):
        summary = _run_ingest(feeds, db)
    _print_summary(summary)
    raise typer.Exit(EXIT_ALL_FEEDS_FAILED if summary.all_feeds_failed else 0)


def _run_ingest(
    feeds_file: Path | None, db: Path, connect_to: dict[str, str] | None = None, report: Path | None = None
) -> RunSummary:
    from flows.ingest import ingest
    from transforms.feedlist import FeedListError, default_feed_list_path, load_feed_list
    from warehouse.db import WarehouseError, open_warehouse

    try:
        # Check the inputs before Prefect starts, so a bad feed list or a locked or damaged warehouse is one
        # clear line, not a failed flow run with a traceback in its logs.
        load_feed_list(feeds_file or default_feed_list_path())
        open_warehouse(db, wait_s=load_settings().lock_wait_s).close()
        return ingest(
            feeds_file=str(feeds_file) if feeds_file else None,
            db=str(db),
            connect_to=connect_to,
            report=str(report) if report else None,
        )
    except FeedListError as exc:
        err.print(f"[red]feed list error:[/] {exc}")
        raise typer.Exit(2) from exc
    except WarehouseError as exc:
        err.print(f"[red]warehouse error:[/] {exc}")
        raise typer.Exit(EXIT_WAREHOUSE) from exc


def _print_report(summary: RunSummary) -> None:
    if summary.report_path:
        console.print(f"report: {summary.report_path}", soft_wrap=True)
    elif summary.report_error:
        err.print(f"[red]report not written:[/] {summary.report_error}", soft_wrap=True)


def _print_summary(summary: RunSummary, *, show_report: bool = True) -> None:
    table = Table(title=f"ingest run {summary.run_id}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("feeds", str(summary.feeds))
    table.add_row(
        "  ok / not modified / failed", f"{summary.feeds_ok} / {summary.feeds_not_modified} / {summary.feeds_failed}"
    )
    table.add_row("items", str(summary.items))
    table.add_row("new pages fetched", f"{summary.pages_ok} ok, {summary.pages_failed} failed")
    table.add_row("new articles", str(summary.new_articles))
    table.add_row("new event mentions", str(summary.new_mentions))
    table.add_row("new / updated events", f"{summary.new_events} / {summary.updated_events}")
    table.add_row(
        "alerts sent / pending / dead", f"{summary.alerts_sent} / {summary.alerts_pending} / {summary.alerts_dead}"
    )
    table.add_row("failures", str(len(summary.failures)))
    table.add_row("time", f"{summary.elapsed_s:.1f} s")
    console.print(table)
    if summary.failures:
        failures = Table(title="failures", show_header=True)
        failures.add_column("url", overflow="fold")
        failures.add_column("status")
        failures.add_column("error", overflow="fold")
        for url, status, error in summary.failures[:50]:
            failures.add_row(url, status, error)
        if len(summary.failures) > 50:
            failures.add_row(f"… and {len(summary.failures) - 50} more", "", "")
        console.print(failures)
    console.print(f"warehouse: {summary.db}")
    if show_report:
        _print_report(summary)


# ---------------------------------------------------------------- tagging


@app.command()
def tag(
    input: Annotated[Path | None, typer.Option("--input", "-i", help="JSON lines in (default: stdin)")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="JSON lines out (default: stdout)")] = None,
    workers: Annotated[int | None, typer.Option(help="worker processes (default: all cores for large input)")] = None,
) -> None:
    """Tag articles given as JSON lines {"id","title","text","published"}; one output line per input line."""
    from transforms.tagjsonl import tag_stream

    total = None
    if input and err.is_terminal:  # (the bar's total: counted only when a bar is drawn)
        with input.open("rb") as counted:
            total = sum(1 for _ in counted)
    # bytes in, so that a line that is not UTF-8 is one error line, not the end of the stream
    source = input.open("rb") if input else sys.stdin.buffer
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with terminal_progress(err):
            lines = Step("lines tagged", total)
            failed = tag_stream(_counted(source, lines), sink, workers=workers)
    finally:
        if input:
            source.close()
        if output:
            sink.close()
    if failed:
        err.print(f"{failed} input line(s) could not be tagged (see their error lines)")
        raise typer.Exit(1)


def _counted(lines: Iterable[bytes], step: Step) -> Iterator[bytes]:
    """The lines, advancing `step` as they are handed on (read by the tagger), a thousand at a time."""
    n = 0
    for line in lines:
        yield line
        n += 1
        if n == 1000:
            step.advance(n)
            n = 0
    if n:
        step.advance(n)


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="labelled JSON lines (format of eval/dev.jsonl), one or more")],
    include_low: Annotated[bool, typer.Option(help="also score articles labelled confidence=low")] = False,
    part: Annotated[
        str, typer.Option(help="whose misses to list: dev, heldout (the fixed third chosen by id hash) or all")
    ] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="print the reports as JSON")] = False,
) -> None:
    """Precision, recall and F1 of the tagger on each labelled set, its dev part and its held-out part."""
    from transforms.evaluate import PARTS, format_report, select_part
    from transforms.evaluate import evaluate as run_eval

    if part not in ("all", *PARTS):
        raise typer.BadParameter(f"expected one of all, {', '.join(PARTS)}", param_hint="--part")
    out: dict[str, dict[str, object]] = {}
    for path in gold:
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        reports = {name: run_eval(select_part(rows, name), include_low=include_low) for name in ("all", *PARTS)}
        if as_json:
            out[path.name] = {name: report.to_dict() for name, report in reports.items()}
            continue
        for name, report in reports.items():
            typer.echo(format_report(report, heading=f"{path.name} [{name}]", misses=name == part))
            typer.echo("")
    if as_json:
        console.print_json(json.dumps(out, ensure_ascii=False))


@app.command()
def retag(
    db: DbOption = Path("marsad.duckdb"),
    batch: Annotated[int, typer.Option(help="articles re-tagged per transaction")] = 2000,
) -> None:
    """Re-tag stored articles whose mentions came from another tagger version (events and alerts follow)."""
    quiet_prefect()
    from flows.retag import retag as retag_flow

    _check_warehouse(db)
    with terminal_progress(err):
        state = retag_flow(db=str(db), batch=batch, return_state=True)
    summary = _finished(state)
    console.print(
        f"re-tagged {summary.articles} articles with tagger {summary.tagger_version}: "
        f"{summary.new_mentions} mentions, {summary.new_events} new events, {summary.updated_events} updated"
    )


@app.command()
def maintenance(
    db: DbOption = Path("marsad.duckdb"),
    export_dir: Annotated[Path | None, typer.Option(help="Parquet export folder (default: beside the file)")] = None,
) -> None:
    """Checkpoint, check and compact the search index, export Parquet, republish readers' files, run the data checks."""
    quiet_prefect()
    from flows.maintenance import maintenance as maintenance_flow

    _check_warehouse(db)
    with terminal_progress(err):
        state = maintenance_flow(db=str(db), export_dir=str(export_dir) if export_dir else None, return_state=True)
    report = _finished(state)
    console.print(f"maintenance of {db}: {report.checks_run} checks pass, {report.articles} articles")
    console.print(f"{report.parquet_files} Parquet files in {report.parquet_dir}; readers' catalog {report.catalog}")


def _check_warehouse(db: Path) -> None:
    from warehouse.db import WarehouseError, open_warehouse

    try:
        open_warehouse(db, wait_s=load_settings().lock_wait_s).close()
    except WarehouseError as exc:
        err.print(f"[red]warehouse error:[/] {exc}")
        raise typer.Exit(EXIT_WAREHOUSE) from exc


def _finished(state: Any) -> Any:
    """The flow's result, or its failure as one clear line and exit code 1."""
    if not state.is_completed():
        err.print(f"[red]{state.name}:[/] {state.message}")
        raise typer.Exit(1)
    return state.result()


# ---------------------------------------------------------------- the warehouse, for analysts


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class SqlFormat(StrEnum):
    table = "table"
    line = "line"
    markdown = "markdown"
    csv = "csv"
    json = "json"


def _open_for_reading(db: Path) -> Any:
    """The warehouse read-only; while an ingest run holds its lock, the readers' catalog of the last publication."""
    from warehouse.db import WarehouseError, WarehouseLockedError, open_warehouse
    from warehouse.readers import catalog_path

    if not db.exists():
        err.print(f"[red]no warehouse at {db}[/]: run `marsad demo` or `marsad run` first")
        raise typer.Exit(EXIT_WAREHOUSE)
    try:
        return open_warehouse(db, read_only=True)
    except WarehouseLockedError:
        catalog = catalog_path(db)
        if not catalog.exists():
            err.print(f"[red]{db} is locked by a running ingest and nothing is published yet[/]; retry when it ends")
            raise typer.Exit(EXIT_WAREHOUSE) from None
        err.print(f"[yellow]{db} is being written; reading what the last run published ({catalog})[/]")
        return open_warehouse(catalog, read_only=True)
    except WarehouseError as exc:
        err.print(f"[red]warehouse error:[/] {exc}")
        raise typer.Exit(EXIT_WAREHOUSE) from exc


def _open_for_writing(db: Path) -> Any:
    from warehouse.db import WarehouseError, open_warehouse

    try:
        return open_warehouse(db, wait_s=load_settings().lock_wait_s)
    except WarehouseError as exc:
        err.print(f"[red]warehouse error:[/] {exc}")
        raise typer.Exit(EXIT_WAREHOUSE) from exc


def _print_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: OutputFormat, title: str | None = None) -> None:
    from flows import tables

    if fmt is OutputFormat.json:
        if rows:
            typer.echo(tables.json_lines(columns, rows))
    elif fmt is OutputFormat.csv:
        typer.echo(tables.csv_text(columns, rows), nl=False)
    else:
        table = Table(title=title, show_header=True)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console.print(table)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="one SQL statement (DuckDB dialect)")],
    db: DbOption = Path("marsad.duckdb"),
    format: Annotated[SqlFormat, typer.Option("--format", "-f", help="output format")] = SqlFormat.table,
    max_rows: Annotated[int, typer.Option(help="table format: rows shown (first and last half)")] = 40,
    max_width: Annotated[
        int | None, typer.Option(help="table format: width in characters (default: the terminal's)")
    ] = None,
) -> None:
    """Run SQL against the warehouse (read-only)."""
    from flows import tables
    from warehouse.query import QueryError, run_sql_typed

    con = _open_for_reading(db)
    try:
        columns, types, rows = run_sql_typed(con, query)
    except QueryError as exc:
        err.print(f"[red]SQL error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from exc
    finally:
        con.close()
    if format is SqlFormat.table:
        typer.echo(tables.box(columns, rows, types=types, width=max_width or console.width, max_rows=max(max_rows, 2)))
    elif format is SqlFormat.line:
        typer.echo(tables.lines(columns, rows))
    elif format is SqlFormat.markdown:
        typer.echo(tables.markdown(columns, rows))
    else:
        _print_rows(columns, rows, OutputFormat(format.value))


@app.command()
def events(
    type: Annotated[str | None, typer.Option("--type", "-t", help="event type, e.g. missile_launch")] = None,
    since: Annotated[str | None, typer.Option(help="only events on or after this date (YYYY-MM-DD)")] = None,
    db: DbOption = Path("marsad.duckdb"),
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="output format")] = OutputFormat.table,
) -> None:
    """Real-world events (one row each, however many outlets carried them), newest first."""
    from warehouse.query import events as query_events

    try:
        since_date = date.fromisoformat(since) if since else None
    except ValueError as exc:
        err.print(f"[red]--since must be a date (YYYY-MM-DD):[/] {since}")
        raise typer.Exit(2) from exc
    con = _open_for_reading(db)
    try:
        found = query_events(con, type=type, since=since_date)
    finally:
        con.close()
    if format is not OutputFormat.table:
        columns = list(found[0]) if found else ["event_id"]
        _print_rows(columns, [tuple(e[c] for c in columns) for e in found], format)
        return
    table = Table(title=f"{len(found)} events", show_header=True)
    for column in ("date", "type", "actor", "what", "first report", "sources"):
        table.add_column(column, overflow="fold")
    for e in found:
        table.add_row(
            str(e["event_date"] or ""),
            EVENT_TYPE_LABELS.get(e["event_type"], e["event_type"]),
            e["actor"] or ("RUS–PRK" if e["event_type"] == "russia_dprk_cooperation" else ""),
            _event_details(e),
            f"{e['first_source'] or ''} {_cell(e['first_seen_at']) or ''}".strip(),
            str(e["n_sources"]),
        )
    console.print(table)


EVENT_TYPE_LABELS = {"missile_launch": "launch", "space_launch": "space", "russia_dprk_cooperation": "coop"}


def _event_details(e: dict[str, Any]) -> str:
    if e["event_type"] == "russia_dprk_cooperation":
        return ", ".join(e.get("subtypes") or [])
    parts = []
    if e.get("count"):
        qualifier = {"at_least": "≥", "approx": "~"}.get(e.get("count_qualifier") or "", "")
        parts.append(f"{qualifier}{e['count']}×")
    parts.extend(e.get("missile_class") or [])
    for key in ("weapon", "vehicle", "payload", "mode"):
        if e.get(key):
            parts.append(str(e[key]))
    return " ".join(parts)


def _local_time(value: datetime | None) -> str | None:
    """A publication time as the outlet's clock showed it, with its offset ("2020-06-03 03:01 +04:00")."""
    if value is None:
        return None
    offset = value.strftime("%z")
    return f"{value:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:]}" if offset else f"{value:%Y-%m-%d %H:%M}"


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Arabic words; normalised like the indexed text")],
    limit: Annotated[int, typer.Option(help="number of articles")] = 10,
    db: DbOption = Path("marsad.duckdb"),
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="output format")] = OutputFormat.table,
) -> None:
    """Full-text search over article titles and text (BM25)."""
    from warehouse.search import index_path, search_index

    if not db.exists():
        err.print(f"[red]no warehouse at {db}[/]: run `marsad demo` or `marsad run` first")
        raise typer.Exit(EXIT_WAREHOUSE)
    try:  # the index file is readable while an ingest writes: no need to open the warehouse
        hits = search_index(index_path(db), query, limit=limit)
    except LookupError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    rows = [(round(h.score, 3), h.title, h.outlet, _local_time(h.published_local), h.url) for h in hits]
    _print_rows(["score", "title", "outlet", "published", "url"], rows, format, title=f"{len(rows)} articles")


@app.command()
def export(
    out_dir: Annotated[Path, typer.Argument(help="folder for the Parquet files")],
    format: Annotated[str, typer.Option("--format", help="export format (parquet)")] = "parquet",
    db: DbOption = Path("marsad.duckdb"),
) -> None:
    """Export every table and view to Parquet, one file each (for pandas, polars, BI tools)."""
    from warehouse.export import export_parquet

    if format != "parquet":
        err.print(f"[red]unsupported format {format!r}[/]: parquet is the one export format")
        raise typer.Exit(2)
    con = _open_for_reading(db)
    try:
        with terminal_progress(err):
            files = Step("tables and views exported", None)
            written = export_parquet(con, out_dir, on_progress=files.update)
    finally:
        con.close()
    console.print(f"wrote {len(written)} Parquet files to {out_dir}")


@app.command()
def check(db: DbOption = Path("marsad.duckdb")) -> None:
    """Run the SQL data checks (each must return no rows); exit 1 when one fails."""
    from warehouse.checks import run_checks

    con = _open_for_reading(db)
    try:
        failures = run_checks(con)
    finally:
        con.close()
    if not failures:
        console.print("all data checks pass")
        return
    for failure in failures:
        err.print(f"[red]check failed:[/] {failure}")
    raise typer.Exit(1)


# ---------------------------------------------------------------- ground truth and the report

reference_app = typer.Typer(help="Ground-truth reference data: the CNS missile tests, the CSIS provocations.")
app.add_typer(reference_app, name="reference")


@reference_app.command("load")
def reference_load(
    path: Annotated[Path, typer.Argument(help="a folder holding both, the CNS folder or test.en.json, or a CSV")],
    db: DbOption = Path("marsad.duckdb"),
) -> None:
    """Load the CNS test database (JSON) and/or the CSIS provocations (CSV) into the reference tables."""
    from transforms.reference import ReferenceDataError, discover
    from warehouse.reference import load_reference

    try:
        found = discover(path)
    except (ReferenceDataError, OSError) as exc:
        err.print(f"[red]reference error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from exc
    con = _open_for_writing(db)
    try:
        for ref in found:
            loaded = load_reference(con, ref)
            state = "loaded" if loaded.changed else "already current"
            console.print(
                f"{ref.source}: {loaded.n_records} records from {ref.path} ({state}, version {loaded.version[:12]})"
            )
    finally:
        con.close()


def _reference_ready(db: Path) -> None:
    """Load the files of MARSAD_REFERENCE_DIR when they differ from what the warehouse holds (skipped if locked)."""
    from flows.verify import reference_outdated, sync_reference
    from warehouse.db import WarehouseError, open_warehouse

    folder = load_settings().reference_dir
    if folder is None or not folder.exists() or not db.exists():
        return
    try:
        con = open_warehouse(db, read_only=True)
    except WarehouseError:
        return
    try:
        outdated = reference_outdated(con, folder)
    finally:
        con.close()
    if not outdated:
        return
    try:
        con = open_warehouse(db)
    except WarehouseError as exc:
        err.print(f"[yellow]reference files in {folder} not loaded: {exc}[/]")
        return
    try:
        for loaded in sync_reference(con, folder):
            if loaded.changed:
                err.print(f"loaded {loaded.source} reference from {loaded.path} ({loaded.n_records} records)")
    finally:
        con.close()


def _date_option(value: str | None, name: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError as exc:
        err.print(f"[red]{name} must be a date (YYYY-MM-DD):[/] {value}")
        raise typer.Exit(2) from exc


@app.command()
def verify(
    since: Annotated[str | None, typer.Option(help="start of the period (default: the first article)")] = None,
    until: Annotated[str | None, typer.Option(help="end of the period (default: the last article)")] = None,
    window_days: Annotated[int, typer.Option(help="days between a CNS launch and a marsad event that still match")] = 2,
    db: DbOption = Path("marsad.duckdb"),
    as_json: Annotated[bool, typer.Option("--json", help="print the figures and both lists as JSON")] = False,
) -> None:
    """marsad's North Korean launches against the CNS missile test database: caught, missed, unmatched, latency."""
    from dataclasses import asdict

    from flows.verify import NO_REFERENCE_HELP, print_verification
    from warehouse.reference import daily_counts
    from warehouse.reference import verify as run_verify

    start, end = _date_option(since, "--since"), _date_option(until, "--until")
    if window_days < 0:
        err.print("[red]--window-days must be 0 or more[/]")
        raise typer.Exit(2)
    _reference_ready(db)
    con = _open_for_reading(db)
    try:
        result = run_verify(con, window_days=window_days, since=start, until=end)
        daily = daily_counts(con, result.since, result.until) if result.since and result.until else []
    finally:
        con.close()
    if "cns" not in result.references:
        err.print(f"[yellow]{NO_REFERENCE_HELP}[/]", soft_wrap=True)
        raise typer.Exit(1)
    if as_json:
        payload = {
            "totals": result.totals(),
            "launches": [asdict(x) for x in result.launches],
            "unmatched": [asdict(x) for x in result.unmatched],
            "daily": [{"day": d, "cns_missiles": c, "marsad_events": n, "marsad_missiles": m} for d, c, n, m in daily],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, default=str, indent=1))
        return
    print_verification(result, console)


def report_path_for(db: Path) -> Path:
    """The default report file: `marsad-report.html` next to the warehouse."""
    return db.resolve().with_name("marsad-report.html")


@app.command()
def report(
    since: Annotated[str | None, typer.Option(help="only events on or after this date (YYYY-MM-DD)")] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="HTML file (default: marsad-report.html beside the warehouse)")
    ] = None,
    max_cards: Annotated[int, typer.Option(help="event cards in the report (newest first)")] = 500,
    window_days: Annotated[int, typer.Option(help="days between a CNS launch and a marsad event that match")] = 2,
    db: DbOption = Path("marsad.duckdb"),
) -> None:
    """Write the self-contained HTML report (charts, event cards, ground truth, coverage, feed health)."""
    from flows.report import write_report

    start = _date_option(since, "--since")
    target = out or report_path_for(db)
    _reference_ready(db)
    con = _open_for_reading(db)
    try:
        result = write_report(con, target, since=start, max_cards=max(max_cards, 0), window_days=window_days)
    finally:
        con.close()
    console.print(
        f"report: {result.path} ({result.n_events} events, {result.n_cards} cards, "
        f"{result.bytes / 1e6:.1f} MB, {result.seconds:.1f} s)",
        soft_wrap=True,
    )


alerts_app = typer.Typer(help="The alert outbox: list alerts, force delivery.", no_args_is_help=False)
app.add_typer(alerts_app, name="alerts")


@alerts_app.callback(invoke_without_command=True)
def alerts(
    ctx: typer.Context,
    *,
    pending: Annotated[bool, typer.Option("--pending", help="only alerts not delivered yet")] = False,
    sent: Annotated[bool, typer.Option("--sent", help="only delivered alerts")] = False,
    dead: Annotated[bool, typer.Option("--dead", help="only alerts given up after too many failed attempts")] = False,
    db: DbOption = Path("marsad.duckdb"),
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="output format")] = OutputFormat.table,
) -> None:
    """List alerts (pending, dead and sent by default)."""
    if ctx.invoked_subcommand is not None:
        return
    from warehouse.alerts import dead_alerts, pending_alerts, sent_alerts

    every = not (pending or sent or dead)
    con = _open_for_reading(db)
    try:
        chosen = []
        if pending or every:
            chosen += pending_alerts(con)
        if dead or every:
            chosen += dead_alerts(con)
        if sent or every:
            chosen += sent_alerts(con)
    finally:
        con.close()
    columns = [
        "status",
        "kind",
        "title",
        "channel_label",
        "rules",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
        "dead_at",
        "alert_id",
    ]
    rows = [tuple(_cell(getattr(a, c)) for c in columns) for a in chosen]
    _print_rows(columns, rows, format, title=f"{len(rows)} alerts")


@alerts_app.command("retry")
def alerts_retry(
    db: DbOption = Path("marsad.duckdb"),
    dead: Annotated[bool, typer.Option("--dead", help="first make dead alerts pending again (fresh attempts)")] = False,
) -> None:
    """Deliver pending alerts now, to the channels configured now."""
    quiet_prefect()
    from flows.alerts import alert_config, deliver_pending, resolve_channels
    from warehouse.alerts import revive_dead_alerts

    channels = resolve_channels(alert_config())
    if not channels:
        err.print("[yellow]no alert channel configured[/]: set MARSAD_ALERT_URLS (Apprise URLs)")
    con = _open_for_writing(db)
    try:
        if dead:
            console.print(f"revived {revive_dead_alerts(con)} dead alerts")
        report = deliver_pending(con, channels)
    finally:
        con.close()
    console.print(
        f"sent {report.sent}, failed {report.failed}, still pending {report.pending}, dead {report.dead}"
        + (f" ({report.died} just now)" if report.died else "")
    )
    for label, error in report.errors:
        err.print(f"[red]{label}:[/] {error}")
    if report.pending:
        raise typer.Exit(1)


register_serve(app)


if __name__ == "__main__":
    main()
