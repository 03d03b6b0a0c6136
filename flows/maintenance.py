"""The weekly maintenance flow: CHECKPOINT, search index upkeep, Parquet export, readers' files, data checks."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.states import Failed, State

from flows.artifacts import escape_markdown, publish_markdown
from flows.concurrency import DEFAULT_TIMEOUT_S, WarehouseBusyError, busy_state, open_writer, warehouse_slot
from flows.progress import Step
from warehouse import load as wh
from warehouse.checks import CheckFailure, available_checks, run_checks
from warehouse.export import export_parquet
from warehouse.readers import catalog_path, publish_readers
from warehouse.search import optimize_search_index, sync_search_index

MAINTENANCE_ARTIFACT_KEY = "marsad-maintenance-run"
STEPS = ("checkpoint", "search_index", "parquet", "readers", "checks")


@dataclass
class MaintenanceReport:
    """What one maintenance run did, step by step."""

    run_id: str
    db: str
    guard: str = ""
    articles: int = 0
    indexed_added: int = 0
    parquet_dir: str = ""
    parquet_files: int = 0
    catalog: str = ""
    checks_run: int = 0
    checks_failed: list[str] = field(default_factory=list)  # "name: description (n rows)"
    step_seconds: dict[str, float] = field(default_factory=dict)
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.checks_failed


def default_export_dir(db: str | Path) -> Path:
    """Where the weekly Parquet export goes unless told otherwise: `<db stem>-parquet/` beside the file."""
    path = Path(db)
    return path.with_name(f"{path.stem}-parquet")


@task(cache_policy=NONE)
def checkpoint(con: Any) -> None:
    """Fold the write-ahead log into the database file."""
    con.execute("CHECKPOINT")


@task(cache_policy=NONE)
def rebuild_index(con: Any) -> int:
    """Check the search index holds every article (loads keep it current) and merge its segments."""
    added = sync_search_index(con)
    optimize_search_index(con)
    return added


@task(cache_policy=NONE)
def export(con: Any, out_dir: Path) -> list[Path]:
    """Every table and view to Parquet."""
    return export_parquet(con, out_dir)


@task(cache_policy=NONE)
def readers(con: Any, db: str) -> Path:
    """Publish everything anew for readers, compacting the parts runs appended since the last time."""
    publish_readers(con, db, full=True)
    return catalog_path(db)


@task(cache_policy=NONE)
def data_checks(con: Any) -> tuple[int, list[CheckFailure]]:
    """Run the SQL data checks (each must return no rows)."""
    return len(available_checks()), run_checks(con)


@flow(name="marsad-maintenance", log_prints=False)
def maintenance(
    db: str = "marsad.duckdb",
    export_dir: str | None = None,
    lock_timeout_s: float = DEFAULT_TIMEOUT_S,
) -> MaintenanceReport | State[Any]:
    """Weekly upkeep of the warehouse; the run fails (with the report) when a data check finds rows.

    Args:
        db: the DuckDB warehouse file.
        export_dir: folder for the Parquet export; default `<db stem>-parquet/` beside the file.
        lock_timeout_s: how long to queue behind another run that writes the warehouse before giving up.
    """
    logger = get_run_logger()
    started = time.monotonic()
    run_id = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
    report = MaintenanceReport(run_id=run_id, db=db)
    out_dir = Path(export_dir) if export_dir else default_export_dir(db)
    try:
        with warehouse_slot(db, timeout_s=lock_timeout_s) as guard:
            report.guard = guard
            con = open_writer(db, timeout_s=lock_timeout_s, mode=guard)
            try:
                wh.start_run(con, run_id, "maintenance")
                report.articles = wh.article_count(con)
                steps = Step("maintenance steps", len(STEPS), artifact_key="marsad-maintenance-progress")
                with _timed(report, "checkpoint"):
                    checkpoint(con)
                steps.advance()
                with _timed(report, "search_index"):
                    report.indexed_added = rebuild_index(con)
                steps.advance()
                with _timed(report, "parquet"):
                    report.parquet_files = len(export(con, out_dir))
                    report.parquet_dir = str(out_dir)
                steps.advance()
                with _timed(report, "readers"):
                    report.catalog = str(readers(con, db))
                steps.advance()
                with _timed(report, "checks"):
                    report.checks_run, failures = data_checks(con)
                steps.advance()
                report.checks_failed = [f"{f.name}: {f.description} ({f.n_rows} rows)" for f in failures]
                report.elapsed_s = time.monotonic() - started
                status = "ok" if report.ok else "failed"
                wh.finish_run(con, run_id, {"elapsed_s": round(report.elapsed_s, 3)}, status)
            finally:
                con.close()
    except WarehouseBusyError as exc:
        return busy_state(exc)
    logger.info(
        "maintenance %s: %d articles, %d Parquet files in %s, %d/%d checks failed, %.1f s",
        run_id,
        report.articles,
        report.parquet_files,
        report.parquet_dir,
        len(report.checks_failed),
        report.checks_run,
        report.elapsed_s,
    )
    publish_markdown(
        maintenance_markdown(report),
        key=MAINTENANCE_ARTIFACT_KEY,
        description=f"marsad maintenance {run_id}: {len(report.checks_failed)} checks failed",
    )
    if not report.ok:
        for failure in report.checks_failed:
            logger.error("data check failed: %s", failure)
        return Failed(message=f"{len(report.checks_failed)} data check(s) failed: " + "; ".join(report.checks_failed))
    return report


@contextmanager
def _timed(report: MaintenanceReport, name: str) -> Iterator[None]:
    t0 = time.monotonic()
    try:
        yield
    finally:
        report.step_seconds[name] = round(time.monotonic() - t0, 3)


def maintenance_markdown(report: MaintenanceReport) -> str:
    """The maintenance run's artifact body."""
    lines = [
        f"# marsad maintenance run {escape_markdown(report.run_id)}",
        "",
        f"Status: **{'ok' if report.ok else 'data checks failed'}** · {report.elapsed_s:.1f} s",
        "",
        "| step | result | seconds |",
        "|---|---|---:|",
        f"| checkpoint | done | {report.step_seconds.get('checkpoint', 0):.2f} |",
        f"| search index | {report.articles} articles ({report.indexed_added} new) | "
        f"{report.step_seconds.get('search_index', 0):.2f} |",
        f"| Parquet export | {report.parquet_files} files in {escape_markdown(report.parquet_dir)} | "
        f"{report.step_seconds.get('parquet', 0):.2f} |",
        f"| readers' catalog | {escape_markdown(report.catalog)} | {report.step_seconds.get('readers', 0):.2f} |",
        f"| data checks | {report.checks_run - len(report.checks_failed)}/{report.checks_run} pass | "
        f"{report.step_seconds.get('checks', 0):.2f} |",
    ]
    if report.checks_failed:
        lines += ["", "## Failed checks", ""] + [f"- {escape_markdown(f)}" for f in report.checks_failed]
    return "\n".join(lines) + "\n"
