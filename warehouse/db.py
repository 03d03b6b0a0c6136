"""Open the DuckDB warehouse file, turn lock/corruption into clear errors, apply migrations."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.entities import sync_entities

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VIEWS_DIR = Path(__file__).resolve().parent / "views"
_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_LOCK_MARKERS = ("Could not set lock on file", "Conflicting lock")
_CORRUPT_MARKERS = (
    "not a valid DuckDB database file",
    "Could not read enough bytes",
    "Corrupt database file",
    "checksum",
    "Serialization Error",
    "INTERNAL Error",
    "database file is corrupted",
)


class WarehouseError(Exception):
    """Base class for warehouse failures the caller can act on."""


class WarehouseLockedError(WarehouseError):
    """Another process holds the DuckDB file lock (DuckDB allows one writer per file)."""


class WarehouseCorruptError(WarehouseError):
    """The DuckDB file is truncated or damaged."""


def open_warehouse(path: str | Path, *, read_only: bool = False, wait_s: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Connect to the warehouse at `path` (":memory:" works), migrating it when writable.

    While another process holds the file lock, retry for up to `wait_s` seconds, then raise
    WarehouseLockedError. A damaged file raises WarehouseCorruptError.
    """
    target = str(path)
    deadline = time.monotonic() + max(wait_s, 0.0)
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(target, read_only=read_only)
            break
        except duckdb.Error as exc:
            message = str(exc)
            if any(marker in message for marker in _LOCK_MARKERS):
                if time.monotonic() < deadline:
                    time.sleep(min(delay, max(deadline - time.monotonic(), 0.0)))
                    delay = min(delay * 2, 1.0)
                    continue
                raise WarehouseLockedError(
                    f"warehouse {target} is locked by another process (DuckDB allows one writer per file; "
                    f"waited {wait_s:.1f}s). Wait for the running ingest to finish, or read what it published "
                    f"for readers (`<name>-read/catalog.duckdb`) instead. DuckDB said: {message}"
                ) from exc
            if _looks_corrupt(message):
                raise _corrupt(target, message) from exc
            raise
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.execute("SET enable_progress_bar = false")  # the CLI draws its own; DuckDB's would garble it
        # A cheap probe that reads the catalog: damaged metadata fails here rather than mid-load.
        con.execute("SELECT count(*) FROM duckdb_tables()").fetchone()
        if not read_only:
            migrate(con)
    except duckdb.Error as exc:
        con.close()
        if _looks_corrupt(str(exc)):
            raise _corrupt(target, str(exc)) from exc
        raise
    return con


def _looks_corrupt(message: str) -> bool:
    return any(marker.lower() in message.lower() for marker in _CORRUPT_MARKERS)


def _corrupt(target: str, message: str) -> WarehouseCorruptError:
    return WarehouseCorruptError(
        f"warehouse {target} is damaged or not a DuckDB file ({message}). Restore it from the last "
        f"export (`marsad export` Parquet, or the Parquet files published for readers in `<name>-read/`), "
        f"or move it aside and re-run ingest to rebuild it from the feeds."
    )


def available_migrations() -> list[tuple[int, str, Path]]:
    """(version, name, path) of every migration file, in version order."""
    found = []
    for sql_path in MIGRATIONS_DIR.glob("*.sql"):
        match = _MIGRATION_NAME.match(sql_path.name)
        if match is None:
            raise WarehouseError(f"migration file {sql_path.name} is not named NNNN_name.sql")
        found.append((int(match.group(1)), match.group(2), sql_path))
    found.sort()
    versions = [version for version, _, _ in found]
    if len(set(versions)) != len(versions):
        raise WarehouseError(f"two migrations share a version number: {versions}")
    return found


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending migrations, each in one transaction with its schema_migrations row; return their names."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    done = []
    for version, name, sql_path in available_migrations():
        if version in applied:
            continue
        sql = sql_path.read_text(encoding="utf-8")
        con.begin()
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, datetime.now(UTC)])
            con.commit()
        except BaseException:
            con.rollback()
            raise
        log.info("applied migration %04d_%s", version, name)
        done.append(f"{version:04d}_{name}")
    with transaction(con):
        sync_entities(con)
    apply_views(con)
    return done


def apply_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the analyst views from warehouse/views/*.sql, in file-name order, in one transaction."""
    with transaction(con):
        for sql_path in sorted(VIEWS_DIR.glob("*.sql")):
            con.execute(sql_path.read_text(encoding="utf-8"))


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction; if the caller already opened one, join it and let the caller commit."""
    try:
        con.begin()
    except duckdb.TransactionException:
        # Already inside the caller's transaction: the caller commits or rolls back.
        yield con
        return
    try:
        yield con
    except BaseException:
        con.rollback()
        raise
    con.commit()


def quote_ident(identifier: str) -> str:
    """A table or column name as a quoted SQL identifier."""
    return '"' + identifier.replace('"', '""') + '"'


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """The first column of the first row of a query (None when it returns no row)."""
    row = con.execute(sql, params or []).fetchone()
    return None if row is None else row[0]


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> Iterator[str]:
    """Expose an Arrow table to SQL under `name` for the duration of the block."""
    con.register(name, table)
    try:
        yield name
    finally:
        con.unregister(name)


@contextmanager
def id_table(con: duckdb.DuckDBPyConnection, name: str, ids: Iterable[str]) -> Iterator[str]:
    """Expose string ids to SQL as `name(id)`.

    Preferred over a list parameter (`unnest(?::VARCHAR[])`): DuckDB's Python binding inspects every list
    element (trying to import pandas each time), which costs ~70 µs per element.
    """
    with registered(con, name, pa.table({"id": pa.array(list(ids), pa.string())})):
        yield name
