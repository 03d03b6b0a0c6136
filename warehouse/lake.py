"""A DuckLake warehouse for more than one writer: the catalog in PostgreSQL, the data as Parquet files.

The DuckDB file of `warehouse.db` has one writer at a time. A DuckLake keeps its metadata in a PostgreSQL catalog
and its rows in Parquet files under a data path, so several processes (on several machines, given a shared data
path) can each open it and commit. DuckLake has no primary keys and its optimistic concurrency lets two inserts into
one table commit side by side, so "insert what is not there yet" alone loads an article twice when two writers race
(measured: 56 rows for 54 ids). Every load here therefore also bumps the one row of `load_clock`: two loads that
overlap in time both change that row, DuckLake refuses the second commit ("Transaction conflict"), and
`load_articles_lake` rolls back and retries the whole batch against the newer snapshot, where the anti-join now sees
the other writer's articles. Loads are serialised at commit only; fetching, parsing and tagging stay parallel.

Only the core tables are kept here (articles without their raw HTML, event_mentions); events, alerts and the
analyst views stay in the DuckDB warehouse.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import duckdb
import duckdb_extensions
import pyarrow as pa

from transforms.records import Article
from warehouse.db import registered, scalar
from warehouse.load import as_utc, mentions_table

log = logging.getLogger(__name__)

LAKE = "lake"
_TS = pa.timestamp("us", tz="UTC")
T = TypeVar("T")

LAKE_SCHEMA = """
CREATE TABLE IF NOT EXISTS {lake}.articles (
    article_id       VARCHAR NOT NULL,
    url              VARCHAR NOT NULL,
    canonical_url    VARCHAR NOT NULL,
    feed_name        VARCHAR NOT NULL,
    outlet           VARCHAR,
    title            VARCHAR NOT NULL,
    published_at     TIMESTAMPTZ,
    text             VARCHAR NOT NULL,
    summary          VARCHAR,
    language         VARCHAR,
    published_source VARCHAR,
    content_hash     VARCHAR NOT NULL,
    tagger_version   VARCHAR NOT NULL,
    run_id           VARCHAR NOT NULL,
    first_seen_at    TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS {lake}.event_mentions (
    mention_id      VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    actor           VARCHAR,
    participants    VARCHAR[] NOT NULL,
    subtypes        VARCHAR[] NOT NULL,
    count           INTEGER,
    count_qualifier VARCHAR,
    missile_class   VARCHAR[] NOT NULL,
    weapon          VARCHAR,
    mode            VARCHAR,
    vehicle         VARCHAR,
    payload         VARCHAR,
    event_date      DATE,
    evidence        VARCHAR,
    rules           VARCHAR[] NOT NULL,
    tagger_version  VARCHAR NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS {lake}.load_clock (loads BIGINT NOT NULL, last_run_id VARCHAR);
"""


class LakeConflictError(RuntimeError):
    """A load kept meeting other writers' commits and gave up after its last attempt."""


@dataclass(frozen=True)
class LakeLoadResult:
    """What one batch load added, and how many attempts its commit took."""

    new_articles: int
    new_mentions: int
    attempts: int


def lake_catalog(catalog: str) -> str:
    """The DuckLake ATTACH string for a PostgreSQL URL / libpq string, or a `ducklake:` string given as is."""
    return catalog if catalog.startswith("ducklake:") else f"ducklake:postgres:{catalog}"


def open_lake(catalog: str, data_path: str | Path, *, create: bool = True) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached as `lake` (catalog: PostgreSQL URL), its tables created if missing."""
    con = duckdb.connect()
    try:
        duckdb_extensions.import_extension("ducklake", con=con)
        duckdb_extensions.import_extension("postgres", con=con)
        data = str(data_path).rstrip("/") + "/"
        con.execute(f"ATTACH '{_quote(lake_catalog(catalog))}' AS {LAKE} (DATA_PATH '{_quote(data)}')")
        if create:
            _retry_conflicts(con, lambda: _create_tables(con), attempts=10)
    except BaseException:
        con.close()
        raise
    return con


def load_articles_lake(
    con: duckdb.DuckDBPyConnection,
    articles: Sequence[Article],
    *,
    tagger_version: str,
    run_id: str,
    max_attempts: int = 30,
) -> LakeLoadResult:
    """Add the articles (and their mentions) not in the lake yet, in one commit; retried on commit conflicts."""
    unique = list({a.article_id: a for a in articles}.values())
    if not unique:
        return LakeLoadResult(0, 0, 0)
    now = datetime.now(UTC)
    articles_in = _articles_table(unique, tagger_version, run_id, now)
    mentions_in = mentions_table([(a.article_id, a.events) for a in unique], tagger_version, now)

    def attempt() -> tuple[int, int]:
        with registered(con, "_lake_articles_in", articles_in), registered(con, "_lake_mentions_in", mentions_in):
            con.execute(f"UPDATE {LAKE}.load_clock SET loads = loads + 1, last_run_id = ?", [run_id])
            con.execute(
                f"""
                CREATE OR REPLACE TEMP TABLE _lake_new AS
                SELECT i.article_id FROM _lake_articles_in AS i ANTI JOIN {LAKE}.articles AS a USING (article_id)
                """
            )
            new_articles = scalar(con, "SELECT count(*) FROM _lake_new")
            con.execute(
                f"""
                INSERT INTO {LAKE}.articles
                SELECT i.* FROM _lake_articles_in AS i SEMI JOIN _lake_new USING (article_id)
                """
            )
            con.execute(
                f"""
                INSERT INTO {LAKE}.event_mentions
                SELECT m.* FROM _lake_mentions_in AS m SEMI JOIN _lake_new USING (article_id)
                ANTI JOIN {LAKE}.event_mentions AS e USING (mention_id)
                """
            )
            new_mentions = scalar(
                con, "SELECT count(*) FROM _lake_mentions_in AS m SEMI JOIN _lake_new USING (article_id)"
            )
            return int(new_articles), int(new_mentions)

    (new_articles, new_mentions), attempts = _retry_conflicts(con, attempt, attempts=max_attempts)
    return LakeLoadResult(new_articles=new_articles, new_mentions=new_mentions, attempts=attempts)


def lake_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows and distinct ids of the lake's articles and mentions, and the number of committed loads."""
    row = con.execute(
        f"""
        SELECT (SELECT count(*) FROM {LAKE}.articles), (SELECT count(DISTINCT article_id) FROM {LAKE}.articles),
               (SELECT count(*) FROM {LAKE}.event_mentions),
               (SELECT count(DISTINCT mention_id) FROM {LAKE}.event_mentions),
               (SELECT max(loads) FROM {LAKE}.load_clock)
        """
    ).fetchone()
    assert row is not None
    keys = ("articles", "distinct_articles", "mentions", "distinct_mentions", "loads")
    return {key: int(value or 0) for key, value in zip(keys, row, strict=True)}


# ---------------------------------------------------------------- helpers


def _create_tables(con: duckdb.DuckDBPyConnection) -> None:
    for statement in LAKE_SCHEMA.format(lake=LAKE).split(";"):
        if statement.strip():
            con.execute(statement)
    if scalar(con, f"SELECT count(*) FROM {LAKE}.load_clock") == 0:
        con.execute(f"INSERT INTO {LAKE}.load_clock VALUES (0, NULL)")


def _retry_conflicts(con: duckdb.DuckDBPyConnection, work: Callable[[], T], *, attempts: int) -> tuple[T, int]:
    """Run `work` in a transaction; on a DuckLake commit conflict roll back, wait (jittered backoff) and rerun."""
    delay = 0.02
    for attempt in range(1, attempts + 1):
        con.begin()
        try:
            result = work()
            con.commit()
        except duckdb.TransactionException as exc:
            _rollback(con)
            if "conflict" not in str(exc).lower() or attempt == attempts:
                if attempt == attempts:
                    raise LakeConflictError(f"gave up after {attempts} conflicting commits: {exc}") from exc
                raise
            log.info("lake commit conflict (attempt %d): %s", attempt, exc)
            time.sleep(delay * random.uniform(0.5, 1.5))
            delay = min(delay * 2, 1.0)
            continue
        except BaseException:
            _rollback(con)
            raise
        return result, attempt
    raise AssertionError("unreachable")


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.TransactionException):  # a failed commit already ended the transaction
        con.rollback()


def _articles_table(articles: Sequence[Article], tagger_version: str, run_id: str, seen_at: datetime) -> pa.Table:
    n = len(articles)
    return pa.table(
        {
            "article_id": pa.array([a.article_id for a in articles], pa.string()),
            "url": pa.array([a.url for a in articles], pa.string()),
            "canonical_url": pa.array([a.canonical_url for a in articles], pa.string()),
            "feed_name": pa.array([a.feed_name for a in articles], pa.string()),
            "outlet": pa.array([a.outlet for a in articles], pa.string()),
            "title": pa.array([a.title for a in articles], pa.string()),
            "published_at": pa.array([as_utc(a.published_at) for a in articles], _TS),
            "text": pa.array([a.text for a in articles], pa.string()),
            "summary": pa.array([a.summary for a in articles], pa.string()),
            "language": pa.array([a.language for a in articles], pa.string()),
            "published_source": pa.array([a.published_source for a in articles], pa.string()),
            "content_hash": pa.array([a.content_hash for a in articles], pa.string()),
            "tagger_version": pa.array([tagger_version] * n, pa.string()),
            "run_id": pa.array([run_id] * n, pa.string()),
            "first_seen_at": pa.array([seen_at] * n, _TS),
        }
    )


def _quote(value: str) -> str:
    return value.replace("'", "''")
