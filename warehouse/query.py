"""Read side: ad-hoc SQL, the events listing, and Arabic full-text search (DuckDB FTS, BM25)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import duckdb
import duckdb_extensions
import pyarrow as pa

from warehouse.text import normalize

log = logging.getLogger(__name__)

SEARCH_TABLE = "article_search"
# Settings measured to work for Arabic (STACK-NOTES.md): light Arabic stemmer, no stopword list,
# everything that is not a letter or digit separates tokens.
FTS_OPTIONS = "stemmer = 'arabic', stopwords = 'none', ignore = '(\\.|[^\\p{L}\\p{N}])+', strip_accents = 0, lower = 1"


@dataclass(frozen=True)
class SearchHit:
    """One article found by full-text search."""

    article_id: str
    score: float
    title: str
    outlet: str | None
    published_at: datetime | None
    url: str


def run_sql(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one SQL statement; return (column names, rows)."""
    cursor = con.execute(sql)
    if cursor.description is None:
        return [], []
    return [d[0] for d in cursor.description], cursor.fetchall()


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the FTS extension from the pinned wheel (no download)."""
    loaded = con.execute("SELECT loaded FROM duckdb_extensions() WHERE extension_name = 'fts'").fetchone()
    if not (loaded and loaded[0]):
        # Installs from the duckdb-extension-fts wheel's own file, never from the network.
        duckdb_extensions.import_extension("fts", con=con)


def rebuild_search_index(con: duckdb.DuckDBPyConnection) -> int:
    """Normalise articles not yet in the search table, then rebuild the FTS index; return rows added."""
    load_fts(con)
    rows = con.execute(
        f"SELECT article_id, title, text FROM articles ANTI JOIN {SEARCH_TABLE} USING (article_id)"
    ).fetchall()
    if rows:
        table = pa.table(
            {
                "article_id": pa.array([r[0] for r in rows], pa.string()),
                "title": pa.array([normalize(r[1]) for r in rows], pa.string()),
                "body": pa.array([normalize(r[2]) for r in rows], pa.string()),
            }
        )
        con.register("_search_in", table)
        try:
            con.execute(f"INSERT INTO {SEARCH_TABLE} SELECT article_id, title, body FROM _search_in")
        finally:
            con.unregister("_search_in")
    # Articles removed from the warehouse leave the index too.
    con.execute(f"DELETE FROM {SEARCH_TABLE} WHERE article_id NOT IN (SELECT article_id FROM articles)")
    con.execute(
        f"PRAGMA create_fts_index('{SEARCH_TABLE}', 'article_id', 'title', 'body', {FTS_OPTIONS}, overwrite = 1)"
    )
    return len(rows)


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 10) -> list[SearchHit]:
    """Articles best matching `query` (normalised like the index), by BM25 over title and body."""
    load_fts(con)
    normalised = normalize(query)
    if not normalised.strip():
        return []
    try:
        rows = con.execute(
            f"""
            SELECT s.article_id, s.score, a.title, a.outlet, a.published_at, a.url
            FROM (SELECT article_id, fts_main_{SEARCH_TABLE}.match_bm25(article_id, ?) AS score
                  FROM {SEARCH_TABLE}) s
            JOIN articles a USING (article_id)
            WHERE s.score IS NOT NULL
            ORDER BY s.score DESC, s.article_id
            LIMIT ?
            """,
            [normalised, limit],
        ).fetchall()
    except duckdb.CatalogException as exc:
        raise LookupError("no search index yet: run rebuild_search_index (marsad reindex) after loading") from exc
    return [SearchHit(*row) for row in rows]


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
