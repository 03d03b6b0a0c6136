"""Read side: ad-hoc SQL, the events listing, and Arabic full-text search (DuckDB FTS, BM25)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import duckdb
import duckdb_extensions
import pyarrow as pa

from transforms.records import as_published
from warehouse.text import normalize

log = logging.getLogger(__name__)

SEARCH_TABLE = "article_search"
FTS_SCHEMA = f"fts_main_{SEARCH_TABLE}"
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
    published_at: datetime | None  # UTC
    url: str
    published_utc_offset: int | None = None

    @property
    def published_local(self) -> datetime | None:
        """The publication time at the outlet's own offset (its date is the outlet's local date)."""
        return as_published(self.published_at, self.published_utc_offset)


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


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the FTS extension from the pinned wheel (no download)."""
    loaded = con.execute("SELECT loaded FROM duckdb_extensions() WHERE extension_name = 'fts'").fetchone()
    if not (loaded and loaded[0]):
        # Installs from the duckdb-extension-fts wheel's own file, never from the network.
        duckdb_extensions.import_extension("fts", con=con)


def rebuild_search_index(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> int:
    """Normalise articles not yet in the search table and rebuild the FTS index; return rows added.

    The rebuild is full (DuckDB FTS has no incremental update; ~0.8 ms per article), so it is skipped when
    no article was added or removed since the last build, unless `force`.
    """
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
    removed = con.execute(
        f"DELETE FROM {SEARCH_TABLE} WHERE article_id NOT IN (SELECT article_id FROM articles) RETURNING article_id"
    ).fetchall()
    if not (force or rows or removed) and _index_exists(con):
        return 0
    con.execute(
        f"PRAGMA create_fts_index('{SEARCH_TABLE}', 'article_id', 'title', 'body', {FTS_OPTIONS}, overwrite = 1)"
    )
    build_postings(con)
    return len(rows)


def _index_exists(con: duckdb.DuckDBPyConnection) -> bool:
    found = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name = 'postings'", [FTS_SCHEMA]
    ).fetchone()
    return bool(found and found[0])


def build_postings(con: duckdb.DuckDBPyConnection) -> None:
    """Derive a term-sorted postings table from the FTS index, so a query reads only its terms' row groups.

    The extension's match_bm25 macro scans the whole `terms` table (one row per token: ~20M rows for 100k
    articles, ~200 ms); postings sorted by termid let DuckDB's zone maps skip all but a few row groups.
    """
    con.execute(
        f"""
        CREATE OR REPLACE TABLE {FTS_SCHEMA}.postings AS
        SELECT termid, docid, count(*)::INTEGER AS tf
        FROM {FTS_SCHEMA}.terms
        GROUP BY termid, docid
        ORDER BY termid, docid
        """
    )


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 10) -> list[SearchHit]:
    """Articles best matching `query` (normalised like the index), by BM25 over title and body.

    Scores are those of the FTS extension's match_bm25 (k = 1.2, b = 0.75), computed from the postings table.
    """
    load_fts(con)
    normalised = normalize(query)
    if not normalised.strip():
        return []
    try:
        terms = con.execute(
            f"""
            SELECT termid, df FROM {FTS_SCHEMA}.dict
            WHERE term IN (SELECT DISTINCT stem(unnest({FTS_SCHEMA}.tokenize(?)), 'arabic'))
            """,
            [normalised],
        ).fetchall()
    except duckdb.CatalogException as exc:
        raise LookupError("no search index yet: run rebuild_search_index after loading") from exc
    if not terms:
        return []
    # Literal integer ids (not a parameter) so the filter is pushed into the scan and prunes row groups.
    termids = ", ".join(str(int(termid)) for termid, _ in terms)
    if not _index_exists(con):
        raise LookupError("the search index predates its postings table: run rebuild_search_index(force=True)")
    rows = con.execute(
        f"""
        WITH stats AS (SELECT num_docs, avgdl FROM {FTS_SCHEMA}.stats),
        hits AS (
            SELECT p.docid,
                sum(log(((SELECT num_docs FROM stats) - d.df + 0.5) / (d.df + 0.5) + 1)
                    * (p.tf * (1.2 + 1))
                    / (p.tf + 1.2 * (1 - 0.75 + 0.75 * (docs.len / (SELECT avgdl FROM stats))))) AS score
            FROM {FTS_SCHEMA}.postings p
            JOIN {FTS_SCHEMA}.dict d ON d.termid = p.termid
            JOIN {FTS_SCHEMA}.docs docs ON docs.docid = p.docid
            WHERE p.termid IN ({termids})
            GROUP BY p.docid
        ),
        top AS (
            SELECT docs.name AS article_id, hits.score
            FROM hits JOIN {FTS_SCHEMA}.docs docs ON docs.docid = hits.docid
            ORDER BY hits.score DESC, docs.name
            LIMIT ?
        )
        SELECT top.article_id, top.score, a.title, a.outlet, a.published_at, a.url, a.published_utc_offset
        FROM top JOIN articles a ON a.article_id = top.article_id
        ORDER BY top.score DESC, top.article_id
        """,
        [limit],
    ).fetchall()
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
