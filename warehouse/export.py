"""Export: every table and view to Parquet (readers' files while ingest writes: warehouse.readers)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import duckdb

from warehouse.db import quote_ident

log = logging.getLogger(__name__)


def export_parquet(
    con: duckdb.DuckDBPyConnection, out_dir: str | Path, on_progress: Callable[[int, int], None] | None = None
) -> list[Path]:
    """Write each table and view of the main schema to `out_dir/<name>.parquet`; return the paths.

    `on_progress(done, total)` is called after each file.
    """
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
        con.execute(f"COPY (SELECT * FROM {quote_ident(name)}) TO '{path_literal}' (FORMAT parquet, COMPRESSION zstd)")
        tmp.replace(target)
        written.append(target)
        if on_progress is not None:
            on_progress(len(written), len(names))
    log.info("exported %d tables and views to %s", len(written), out)
    return written
