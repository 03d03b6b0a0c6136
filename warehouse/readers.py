"""The read side analysts use while an ingest writes: Parquet files per table and a small catalog of views.

DuckDB lets no other process open a file while one writes to it. Instead of copying the whole warehouse after
each run, the writer publishes what changed to a folder beside it (`marsad.duckdb` → `marsad-read/`):

- append-only tables (articles, event mentions, the fetch log) get one Parquet part per publication holding
  only the rows added since the last one (a watermark on an increasing column: `first_seen_at`, `created_at`,
  `fetch_id`), so the cost follows the run's new rows;
- the other tables (events and their members, duplicates, alerts, feeds, runs …, all small next to the
  articles) are rewritten whole, each to one file replaced atomically;
- `catalog.duckdb` holds one view per table over its files, the analyst views, and `marsad_meta.source` (the
  warehouse it mirrors). It is written only when the schema changes, to a temporary file renamed over the old,
  and never needs rewriting for new data: its views read every part by glob.

A full publication (first time, a schema change, after a re-tag rewrote mentions, weekly maintenance) writes a
new generation folder and switches the catalog to it, which also compacts the parts; the previous generation
stays for readers that opened it, older ones are removed. Raw page HTML (`article_html`) stays in the warehouse.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import VIEWS_DIR, quote_ident, scalar

log = logging.getLogger(__name__)

CATALOG = "catalog.duckdb"
MANIFEST = "manifest.json"
# Table → the increasing column that marks rows added since the last publication.
APPEND_ONLY = {
    "articles": "first_seen_at",
    "event_mentions": "created_at",
    "fetch_log": "fetch_id",
    "alert_attempts": "attempt_id",
}
NOT_PUBLISHED = frozenset({"article_html", "schema_migrations"})
# What an ingest run that loaded no article may still have changed.
RUN_TABLES = ("runs", "feeds", "fetch_log", "alerts", "alert_attempts")


@dataclass
class Publication:
    """What one publication wrote."""

    generation: int
    full: bool
    rows: dict[str, int] = field(default_factory=dict)  # table → rows written
    seconds: float = 0.0


def reader_dir(db: str | Path) -> Path:
    """The read-side folder of the warehouse file `db`."""
    path = Path(db)
    return path.with_name(f"{path.stem}-read")


def catalog_path(db: str | Path) -> Path:
    """The catalog readers open (read-only) while the warehouse is being written."""
    return reader_dir(db) / CATALOG


def _literal(value: str | Path) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _tables(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    """Published tables of the warehouse → their (column, type) pairs."""
    rows = con.execute(
        """
        SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_catalog = current_database() AND table_schema = 'main'
          AND table_name IN (SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()
                             AND schema_name = 'main')
        ORDER BY table_name, ordinal_position
        """
    ).fetchall()
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, dtype in rows:
        if table not in NOT_PUBLISHED:
            tables.setdefault(table, []).append((column, dtype))
    return tables


def _schema_key(tables: dict[str, list[tuple[str, str]]]) -> str:
    views = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(VIEWS_DIR.glob("*.sql"))]
    blob = json.dumps([sorted(tables.items()), views], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _read_manifest(folder: Path) -> dict[str, Any] | None:
    try:
        manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (folder / CATALOG).exists() or not (folder / f"gen-{manifest.get('generation')}").is_dir():
        return None
    return manifest


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)


def _copy(con: duckdb.DuckDBPyConnection, select: str, target: Path, params: list[Any] | None = None) -> int:
    """Write a query's rows to `target` atomically (temporary name, then rename); return the row count."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    row = con.execute(f"COPY ({select}) TO {_literal(tmp)} (FORMAT parquet, COMPRESSION zstd)", params or []).fetchone()
    written = int(row[0]) if row else 0
    tmp.replace(target)
    return written


def publish_readers(
    con: duckdb.DuckDBPyConnection, db: str | Path, *, full: bool = False, tables: Collection[str] | None = None
) -> Publication:
    """Publish the warehouse's changes since the last publication for readers; `full` writes everything anew.

    `tables` limits an incremental publication to the tables the caller may have changed (a run that loaded
    nothing touched only RUN_TABLES). Call it from the writing process after its transactions committed.
    """
    started = time.perf_counter()
    folder = reader_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    all_tables = _tables(con)
    key = _schema_key(all_tables)
    manifest = _read_manifest(folder)
    full = full or manifest is None or manifest.get("schema") != key
    generation = (manifest or {}).get("generation", 0) + 1 if full else int(manifest["generation"])  # type: ignore[index]
    gen_dir = folder / f"gen-{generation}"
    if full and gen_dir.exists():
        shutil.rmtree(gen_dir)
    marks: dict[str, Any] = {} if full else dict(manifest["watermarks"])  # type: ignore[index]
    pub = Publication(generation=generation, full=full)
    tables = all_tables if full or tables is None else {t: c for t, c in all_tables.items() if t in tables}

    for table, columns in tables.items():
        name = quote_ident(table)
        column = APPEND_ONLY.get(table)
        if column is None or column not in {c for c, _ in columns}:
            pub.rows[table] = _copy(con, f"SELECT * FROM {name}", gen_dir / table / "all.parquet")
            continue
        since = marks.get(table)
        bound = scalar(
            con,
            f"SELECT max({quote_ident(column)})::VARCHAR FROM {name}"
            + ("" if since is None else f" WHERE {quote_ident(column)} > ?"),
            [] if since is None else [since],
        )
        if bound is None:
            if since is None:  # an empty table still needs one (empty) file for its view
                pub.rows[table] = _copy(con, f"SELECT * FROM {name} LIMIT 0", gen_dir / table / "part-0.parquet")
            continue
        where = f"{quote_ident(column)} <= ?" + ("" if since is None else f" AND {quote_ident(column)} > ?")
        params = [bound] if since is None else [bound, since]
        # Named after the watermark it starts from: a publication retried after a crash overwrites its own part.
        part = "part-0" if since is None else "part-" + hashlib.sha1(str(since).encode()).hexdigest()[:16]
        pub.rows[table] = _copy(con, f"SELECT * FROM {name} WHERE {where}", gen_dir / table / f"{part}.parquet", params)
        marks[table] = bound

    if full:
        _write_catalog(folder, gen_dir, all_tables, db)
    _write_json(folder / MANIFEST, {"generation": generation, "schema": key, "watermarks": marks})
    if full:
        for old in folder.glob("gen-*"):
            suffix = old.name.removeprefix("gen-")
            if suffix.isdigit() and int(suffix) < generation - 1:
                shutil.rmtree(old, ignore_errors=True)
    pub.seconds = time.perf_counter() - started
    log.info("published %s for readers in %.2f s: %s", "all" if full else "changes", pub.seconds, pub.rows)
    return pub


def _write_catalog(folder: Path, gen_dir: Path, tables: dict[str, list[tuple[str, str]]], db: str | Path) -> None:
    tmp = folder / f".{CATALOG}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    cat = duckdb.connect(str(tmp))
    try:
        cat.execute("SET TimeZone = 'UTC'")
        cat.begin()
        for table in tables:
            files = (gen_dir.resolve() / table / "*.parquet").as_posix()
            cat.execute(f"CREATE VIEW {quote_ident(table)} AS SELECT * FROM read_parquet({_literal(files)})")
        for sql_path in sorted(VIEWS_DIR.glob("*.sql")):
            cat.execute(sql_path.read_text(encoding="utf-8"))
        cat.execute("CREATE SCHEMA marsad_meta")
        cat.execute("CREATE TABLE marsad_meta.source AS SELECT ? AS db", [str(Path(db).resolve())])
        cat.commit()
    finally:
        cat.close()
    tmp.replace(folder / CATALOG)


__all__ = ["APPEND_ONLY", "RUN_TABLES", "Publication", "catalog_path", "publish_readers", "reader_dir"]
