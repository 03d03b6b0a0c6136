"""Exports: every table and view to Parquet, and a read-only snapshot copy of the warehouse for analysts."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import duckdb

from warehouse.db import scalar

log = logging.getLogger(__name__)


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: str | Path) -> list[Path]:
    """Write each table and view of the main schema to `out_dir/<name>.parquet`; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = con.execute(
        """
        SELECT table_name FROM information_schema.tables
        WHERE table_catalog = current_database() AND table_schema = 'main'
        ORDER BY table_type, table_name
        """
    ).fetchall()
    written = []
    for (name,) in names:
        target = out / f"{name}.parquet"
        tmp = target.with_suffix(".parquet.tmp")
        path_literal = str(tmp).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {_quote(name)}) TO '{path_literal}' (FORMAT parquet, COMPRESSION zstd)")
        tmp.replace(target)
        written.append(target)
    log.info("exported %d tables and views to %s", len(written), out)
    return written


def publish_snapshot(
    db_path: str | Path, snapshot_path: str | Path, *, con: duckdb.DuckDBPyConnection | None = None
) -> Path:
    """Copy the warehouse to `snapshot_path` atomically, so readers never touch the writer's locked file.

    Call it from the writing process (pass its connection, or let DuckDB reuse the process's open
    database). The copy goes to a temporary file first and is renamed over the old snapshot, so a
    reader holds either the previous or the new snapshot, never a half-written one.
    """
    target = Path(snapshot_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    own = con is None
    connection = con if con is not None else duckdb.connect(str(db_path))
    try:
        source = scalar(connection, "SELECT current_database()")
        tmp_literal = str(tmp).replace("'", "''")
        connection.execute(f"ATTACH '{tmp_literal}' AS marsad_snapshot")
        try:
            connection.execute(f"COPY FROM DATABASE {_quote(source)} TO marsad_snapshot")
        finally:
            connection.execute("DETACH marsad_snapshot")
    finally:
        if own:
            connection.close()
    tmp.replace(target)
    log.info("published snapshot %s", target)
    return target
