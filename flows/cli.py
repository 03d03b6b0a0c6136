"""The `marsad` command line."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from flows.settings import quiet_prefect

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
    """Replay the bundled snapshot of real Arabic news through the ingest flow, offline."""
    quiet_prefect()
    from flows.demo import SNAPSHOT_DIR, snapshot_feed_specs
    from flows.static_server import serve_snapshot
    from transforms.feedlist import dump_feed_list

    with serve_snapshot(SNAPSHOT_DIR) as base_url, tempfile.TemporaryDirectory(prefix="marsad-demo-") as tmp:
        feeds_file = Path(tmp) / "feeds.toml"
        feeds_file.write_text(dump_feed_list(snapshot_feed_specs(base_url)), encoding="utf-8")
        console.print(f"[bold]marsad demo[/]: serving the snapshot at {base_url}, loading {db}")
        summary = _run_ingest(feeds_file, db)
    _print_summary(summary)
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
    summary = _run_ingest(feeds, db)
    _print_summary(summary)
    raise typer.Exit(EXIT_ALL_FEEDS_FAILED if summary.all_feeds_failed else 0)


def _run_ingest(feeds_file: Path | None, db: Path) -> RunSummary:
    from flows.ingest import ingest
    from transforms.feedlist import FeedListError
    from warehouse.db import WarehouseError

    try:
        return ingest(feeds_file=str(feeds_file) if feeds_file else None, db=str(db))
    except FeedListError as exc:
        err.print(f"[red]feed list error:[/] {exc}")
        raise typer.Exit(2) from exc
    except WarehouseError as exc:
        err.print(f"[red]warehouse error:[/] {exc}")
        raise typer.Exit(EXIT_WAREHOUSE) from exc


def _print_summary(summary: RunSummary) -> None:
    table = Table(title=f"ingest run {summary.run_id}", show_header=True)
    table.add_column("feeds", justify="right")
    table.add_column("ok / 304 / failed", justify="right")
    table.add_column("items", justify="right")
    table.add_column("new pages", justify="right")
    table.add_column("new articles", justify="right")
    table.add_column("new events", justify="right")
    table.add_column("failures", justify="right")
    table.add_column("time", justify="right")
    table.add_row(
        str(summary.feeds),
        f"{summary.feeds_ok} / {summary.feeds_not_modified} / {summary.feeds_failed}",
        str(summary.items),
        str(summary.new_items),
        str(summary.new_articles),
        str(summary.new_events),
        str(len(summary.failures)),
        f"{summary.elapsed_s:.1f} s",
    )
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


# ---------------------------------------------------------------- tagging


@app.command()
def tag(
    input: Annotated[Path | None, typer.Option("--input", "-i", help="JSON lines in (default: stdin)")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="JSON lines out (default: stdout)")] = None,
    workers: Annotated[int | None, typer.Option(help="worker processes (default: all cores for large input)")] = None,
) -> None:
    """Tag articles given as JSON lines {"id","title","text","published"}; one output line per input line."""
    from transforms.tagjsonl import tag_stream

    source = input.open(encoding="utf-8") if input else sys.stdin
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        failed = tag_stream(source, sink, workers=workers)
    finally:
        if input:
            source.close()
        if output:
            sink.close()
    if failed:
        err.print(f"{failed} input line(s) could not be tagged (see their error lines)")
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="labelled JSON lines (format of eval/dev.jsonl)")],
    include_low: Annotated[bool, typer.Option(help="also score articles labelled confidence=low")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Precision, recall and F1 of the tagger against a labelled set, with the misses."""
    from transforms.evaluate import evaluate as run_eval
    from transforms.evaluate import format_report

    with gold.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    report = run_eval(rows, include_low=include_low)
    if as_json:
        console.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        typer.echo(format_report(report))


if __name__ == "__main__":
    main()
