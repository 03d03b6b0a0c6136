"""Read side: ad-hoc SQL, the events listing, and Arabic full-text search (BM25, see warehouse.search)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import duckdb

from warehouse.search import SearchHit, load_fts, search, sync_search_index

log = logging.getLogger(__name__)


class QueryError(ValueError):
    """An analyst's SQL failed (syntax, unknown table, type error, …)."""


def run_sql(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one SQL statement; return (column names, rows). Raises QueryError with DuckDB's message."""
    columns, _, rows = run_sql_typed(con, sql)
    return columns, rows


def run_sql_typed(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[str], list[tuple[Any, ...]]]:
    """Run one SQL statement; return (column names, DuckDB type names, rows)."""
    try:
        cursor = con.execute(sql)
        if cursor.description is None:
            return [], [], []
        rows = cursor.fetchall()
    except duckdb.Error as exc:
        raise QueryError(str(exc)) from exc
    return [d[0] for d in cursor.description], [str(d[1]) for d in cursor.description], rows


def rebuild_search_index(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> int:
    """Bring the full-text index up to date with the warehouse (or rebuild it with `force`); return rows added.

    Loads keep the index current themselves; this catches up after an upgrade or an interrupted load.
    """
    return sync_search_index(con, force=force)


def events(con: duckdb.DuckDBPyConnection, type: str | None = None, since: date | None = None) -> list[dict[str, Any]]:
    """Active events, newest first, optionally of one type and on/after a date."""
    cursor = con.execute(
        """
        SELECT event_id, event_type, actor, event_date, count, count_qualifier, missile_class, weapon, mode,
            vehicle, payload, subtypes, participants, first_seen_at, first_source, n_articles, n_sources,
            revision, updated_at
        FROM events
        WHERE status = 'active'
          AND (?::VARCHAR IS NULL OR event_type = ?)
          AND (?::DATE IS NULL OR coalesce(event_date, (first_seen_at AT TIME ZONE 'UTC')::DATE) >= ?)
        ORDER BY coalesce(event_date, (first_seen_at AT TIME ZONE 'UTC')::DATE) DESC, first_seen_at DESC
        """,
        [type, type, since, since],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


__all__ = ["QueryError", "SearchHit", "events", "load_fts", "rebuild_search_index", "run_sql", "search"]
