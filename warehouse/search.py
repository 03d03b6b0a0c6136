"""Arabic full-text search that stays current: an SQLite FTS5 index next to the warehouse, BM25 ranking.

Loads add each batch's new articles to the index right after their transaction (cost proportional to the
batch, not to the warehouse). The index lives in its own file (`marsad.duckdb` → `marsad.search.sqlite`) in
WAL mode, so searches run while an ingest writes to either file.

Text goes through the same normalisation as the tagger (`warehouse.text.normalize`), then is split on anything
that is not a letter or digit, lower-cased and reduced with DuckDB's light Arabic stemmer (the `stem` function of
the FTS extension); queries go through the same steps. The FTS5 table is contentless (only the index is stored);
a `docs` table keeps what a hit shows (title, outlet, date, link), so search needs nothing else.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import duckdb_extensions
import pyarrow as pa

from transforms.records import as_published
from warehouse.db import registered, scalar
from warehouse.text import normalize

log = logging.getLogger(__name__)

INDEX_BATCH = 5000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    rowid        INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL UNIQUE,
    title        TEXT,
    outlet       TEXT,
    published_at TEXT,
    url          TEXT,
    published_utc_offset INTEGER
);
CREATE TABLE IF NOT EXISTS stems (word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(body, content='', tokenize='unicode61 remove_diacritics 0');
"""
_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits
STEM_CACHE_MAX = 500_000
_STEM_CACHE: dict[str, str] = {}


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


def index_path(db: str | Path) -> Path:
    """Where the search index of the warehouse file `db` lives."""
    path = Path(db)
    return path.with_name(f"{path.stem}.search.sqlite")


def index_path_of(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The search index of the warehouse `con` is connected to (None for an in-memory warehouse).

    A read-side catalog (warehouse.readers) names the warehouse it mirrors in `marsad_meta.source`.
    """
    mirrored = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'marsad_meta' AND table_name = 'source' "
        "AND database_name = current_database()"
    ).fetchone()
    if mirrored and mirrored[0]:
        return index_path(scalar(con, "SELECT db FROM marsad_meta.source"))
    path = scalar(con, "SELECT path FROM duckdb_databases() WHERE database_name = current_database()")
    return index_path(path) if path else None


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load DuckDB's FTS extension (for its Arabic stemmer) from the pinned wheel, never from the network."""
    loaded = con.execute("SELECT loaded FROM duckdb_extensions() WHERE extension_name = 'fts'").fetchone()
    if not (loaded and loaded[0]):
        duckdb_extensions.import_extension("fts", con=con)


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        if not path.exists():
            raise LookupError(f"no search index at {path} yet: it is written by the first load")
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=30)
    else:
        db = sqlite3.connect(path, timeout=30)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.executescript(_SCHEMA)
    return db


@contextmanager
def _writer(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(_connect(path)) as db, db:  # one transaction
        yield db


def stems(con: duckdb.DuckDBPyConnection, texts: Sequence[str], db: sqlite3.Connection | None = None) -> list[str]:
    """Each normalised text as its space-separated stems: split on non-letters/digits, lower-cased, stemmed.

    Words are stemmed once each by DuckDB's Arabic stemmer and remembered, in this process and (given the
    index's connection `db`) in the index file, so a new process does not stem the whole vocabulary again.
    """
    split = [_WORD.findall(text.lower()) for text in texts]
    unknown = sorted({w for words in split for w in words if w not in _STEM_CACHE})
    if unknown and len(_STEM_CACHE) + len(unknown) > STEM_CACHE_MAX:
        _STEM_CACHE.clear()
    if unknown and db is not None:
        for start in range(0, len(unknown), 500):
            part = unknown[start : start + 500]
            marks = ",".join("?" * len(part))
            _STEM_CACHE.update(db.execute(f"SELECT word, stem FROM stems WHERE word IN ({marks})", part).fetchall())
        unknown = [w for w in unknown if w not in _STEM_CACHE]
    if unknown:
        load_fts(con)
        with registered(con, "_stem_words", pa.table({"w": pa.array(unknown, pa.string())})):
            found = con.execute("SELECT w, stem(w, 'arabic') FROM _stem_words").fetchall()
        _STEM_CACHE.update(found)
        if db is not None:
            db.executemany("INSERT OR IGNORE INTO stems (word, stem) VALUES (?, ?)", found)
    return [" ".join(_STEM_CACHE.get(w, w) for w in words) for words in split]


def index_articles(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple[Any, ...]]) -> int:
    """Add articles — (article_id, title, text, outlet, published_at, url, published_utc_offset) rows — to the
    index; return rows added.

    Articles already indexed are skipped. Does nothing for an in-memory warehouse.
    """
    path = index_path_of(con)
    if path is None or not rows:
        return 0
    added = 0
    with _writer(path) as db:
        for start in range(0, len(rows), INDEX_BATCH):
            chunk = rows[start : start + INDEX_BATCH]
            ids = [r[0] for r in chunk]
            known = _known(db, ids)
            fresh = [r for r in chunk if r[0] not in known]
            if not fresh:
                continue
            bodies = stems(con, [normalize(r[1]) + "\n" + normalize(r[2]) for r in fresh], db)
            for (article_id, title, _, outlet, published, url, offset), tokens in zip(fresh, bodies, strict=True):
                cursor = db.execute(
                    "INSERT INTO docs (article_id, title, outlet, published_at, url, published_utc_offset) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (article_id, title, outlet, published.isoformat() if published else None, url, offset),
                )
                db.execute("INSERT INTO fts (rowid, body) VALUES (?, ?)", (cursor.lastrowid, tokens))
                added += 1
    return added


def _known(db: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ",".join("?" * len(part))
        known.update(r[0] for r in db.execute(f"SELECT article_id FROM docs WHERE article_id IN ({marks})", part))
    return known


def index_size(con: duckdb.DuckDBPyConnection) -> int:
    """Articles in the search index of the warehouse `con` is connected to."""
    path = index_path_of(con)
    if path is None or not path.exists():
        return 0
    with closing(_connect(path, read_only=True)) as db:
        return int(db.execute("SELECT count(*) FROM docs").fetchone()[0])


def sync_search_index(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> int:
    """Make the index hold exactly the warehouse's articles; return the articles added.

    Cheap when they already match (two counts). Otherwise — a first run after an upgrade, a load that died
    between its commit and its indexing — the missing articles are added and articles no longer in the
    warehouse are dropped from the results. `force` rebuilds the index from scratch (also compacting it).
    """
    path = index_path_of(con)
    if path is None:
        return 0
    if force:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    n_articles = int(scalar(con, "SELECT count(*) FROM articles"))
    with closing(_connect(path)) as db:
        if not force and int(db.execute("SELECT count(*) FROM docs").fetchone()[0]) == n_articles:
            return 0
        indexed = {row[0] for row in db.execute("SELECT article_id FROM docs")} if not force else set()
    with registered(con, "_indexed", pa.table({"article_id": pa.array(sorted(indexed), pa.string())})):
        missing = con.execute(
            "SELECT article_id, title, text, outlet, published_at, url, published_utc_offset FROM articles "
            "ANTI JOIN _indexed "
            "USING (article_id) ORDER BY first_seen_at, article_id"
        ).fetchall()
        gone = [
            row[0]
            for row in con.execute("SELECT article_id FROM _indexed ANTI JOIN articles USING (article_id)").fetchall()
        ]
    if gone:
        # A contentless FTS5 row cannot be deleted without its text; dropping the docs row hides the hit,
        # and the next forced rebuild (maintenance) drops it from the index statistics as well.
        with _writer(path) as db:
            db.executemany("DELETE FROM docs WHERE article_id = ?", [(g,) for g in gone])
    added = index_articles(con, missing)
    if added or gone:
        log.info("search index: %d articles added, %d dropped", added, len(gone))
    return added


def optimize_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """Merge the index's segments into one (FTS5 'optimize'): faster queries after many small loads."""
    path = index_path_of(con)
    if path is not None and path.exists():
        with _writer(path) as db:
            db.execute("INSERT INTO fts (fts) VALUES ('optimize')")


def _query_terms(con: duckdb.DuckDBPyConnection | None, query: str) -> list[str]:
    normalised = normalize(query)
    if not normalised.strip():
        return []
    own = con is None
    stemmer = duckdb.connect() if con is None else con
    try:
        return sorted(set(stems(stemmer, [normalised])[0].split()))
    finally:
        if own:
            stemmer.close()


def search_index(
    path: str | Path, query: str, limit: int = 10, *, con: duckdb.DuckDBPyConnection | None = None
) -> list[SearchHit]:
    """Articles of the index at `path` best matching `query`, best first (BM25, k1 = 1.2, b = 0.75).

    Any query word may match (OR); ties are broken by article id. `con` (any DuckDB connection) lends its FTS
    extension for stemming the query; without it an in-memory one is used.
    """
    terms = _query_terms(con, query)
    if not terms:
        return []
    match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
    with closing(_connect(Path(path), read_only=True)) as db:
        rows = db.execute(
            """
            SELECT d.article_id, -hits.score, d.title, d.outlet, d.published_at, d.url, d.published_utc_offset
            FROM (SELECT rowid, bm25(fts) AS score FROM fts WHERE fts MATCH ?) AS hits
            JOIN docs d ON d.rowid = hits.rowid
            ORDER BY hits.score, d.article_id
            LIMIT ?
            """,
            (match, limit),
        ).fetchall()
    return [
        SearchHit(
            aid, float(score), title, outlet, datetime.fromisoformat(published) if published else None, url, offset
        )
        for aid, score, title, outlet, published, url, offset in rows
    ]


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 10) -> list[SearchHit]:
    """Articles best matching `query` in the search index of the warehouse `con` is connected to (BM25)."""
    path = index_path_of(con)
    if path is None:
        raise LookupError("an in-memory warehouse has no search index; open the warehouse from a file")
    return search_index(path, query, limit, con=con)
