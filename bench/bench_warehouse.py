"""Benchmark the warehouse on ~100k real Arabic articles (ANT corpus, repeated with varied ids).

Times the batched load (articles + mentions + event clustering + search index), every example query in
warehouse/QUERIES.md (target ≤ 100 ms each), search() (target ≤ 200 ms), the data checks, Parquet export and
the readers' full publication, and prints the figures.

    .venv/bin/python bench/bench_warehouse.py [--n 100000] [--batch 5000] [--db PATH]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from transforms.records import Article, Event  # noqa: E402 - path set above for direct runs
from warehouse.checks import run_checks  # noqa: E402
from warehouse.db import open_warehouse  # noqa: E402
from warehouse.export import export_parquet  # noqa: E402
from warehouse.load import load_articles  # noqa: E402
from warehouse.query import rebuild_search_index, search  # noqa: E402
from warehouse.readers import publish_readers  # noqa: E402

SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "ant" / "articles.jsonl.gz"
QUERIES_MD = REPO / "warehouse" / "QUERIES.md"
SEARCHES = ("صواريخ باليستية", "كوريا الشمالية", "لافروف بيونغ يانغ", "الحوثيون الرياض", "قمة ترامب كيم")
ACTORS = ("PRK", "PRK", "HOUTHI", "RUS", "ISR", "GAZA", "IRN", "SYR", "UNKNOWN")
CLASSES = ((), ("ballistic",), ("srbm",), ("icbm",), ("cruise",), ("unguided_rocket",))
SUBTYPES = ("summit", "visit_meeting", "communication", "agreement", "military", "space_tech", "economic")


def read_corpus() -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def synthetic_events(rng: random.Random, published: datetime | None) -> tuple[Event, ...]:
    """About 6% of articles carry mentions; most asserted, as the tagger would emit on news."""
    roll = rng.random()
    if roll > 0.06:
        return ()
    day = (published or datetime(2018, 5, 1, tzinfo=UTC)).date() - timedelta(days=rng.choice((0, 0, 1)))
    status = "asserted" if rng.random() < 0.8 else rng.choice(("historical", "planned", "analysis"))
    if roll < 0.02:
        return (
            Event(
                "russia_dprk_cooperation",
                status,
                participants=tuple(rng.sample(("لافروف", "ري يونغ هو", "كيم جونغ اون", "بوتين", "شويغو"), 2)),
                subtypes=tuple(sorted(rng.sample(SUBTYPES, rng.choice((1, 2))))),
                event_date=day if rng.random() < 0.7 else None,
            ),
        )
    count = rng.choice((None, 1, 2, 3, 4))
    return (
        Event(
            "missile_launch",
            status,
            actor=rng.choice(ACTORS),
            count=count,
            count_qualifier="exact" if count else None,
            missile_class=rng.choice(CLASSES),
            weapon=rng.choice((None, None, "hwasong-15", "kn-23", "scud", "iskander")),
            mode=rng.choice(("test", "attack", "unknown")),
            event_date=day if rng.random() < 0.8 else None,
        ),
    )


def varied_text(text: str, copy: int) -> str:
    """The corpus text for the copy-th copy: sentences rotated, so copies differ in text, not only in id."""
    if copy == 0:
        return text
    sentences = [s for s in re.split(r"(?<=[.!؟?])\s+", text) if s]
    shift = copy % len(sentences) if sentences else 0
    return " ".join(sentences[shift:] + sentences[:shift])


PER_DAY = 1500  # articles a day, when dates follow the article number (`clock`)


def article_time(clock: datetime, i: int) -> datetime:
    """When the i-th article of a stream of PER_DAY articles a day starting at `clock` is published."""
    return clock + timedelta(seconds=i * 86400 / PER_DAY)


def articles(
    rows: list[dict], n: int, seed: int = 7, start: int = 0, clock: datetime | None = None
) -> Iterator[Article]:
    """Articles start … n-1 built from the corpus; copies past the first get their own URL, date and text.

    With `clock`, article i is published at article_time(clock, i) instead of its corpus date.
    """
    rng = random.Random(seed + start)
    for i in range(start, n):
        row = rows[i % len(rows)]
        copy = i // len(rows)
        url = row["url"] if copy == 0 else f"{row['url']}#copy{copy}"
        published = parse_time(row.get("published"))
        if published is not None and copy:
            published += timedelta(days=7 * copy)  # later copies land in later weeks
        if clock is not None:
            published = article_time(clock, i)
        text = varied_text(row.get("text") or "", copy)
        yield Article(
            article_id=hashlib.sha1(url.encode()).hexdigest()[:20],
            url=url,
            canonical_url=url,
            feed_name=row.get("source") or "ant",
            outlet=row.get("source"),
            title=row.get("title") or "",
            published_at=published,
            text=text,
            language="ar",
            content_hash=hashlib.sha1(f"{copy}|{text}".encode()).hexdigest(),
            raw_html=zlib.compress(f"<html><body><h1>{row.get('title')}</h1><p>{text}</p></body></html>".encode()),
            summary=row.get("abstract"),
            published_source="feed",
            events=synthetic_events(rng, published),
        )


def example_queries() -> list[tuple[str, str]]:
    """(title comment, sql) of every ```sql block in QUERIES.md."""
    blocks = re.findall(r"```sql\n(.*?)```", QUERIES_MD.read_text(encoding="utf-8"), flags=re.S)
    out = []
    for block in blocks:
        title = block.splitlines()[0].removeprefix("--").strip()
        out.append((title, block.strip().rstrip(";")))
    return out


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    result = fn()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    db_path = args.db or workdir / "bench.duckdb"
    rows = read_corpus()
    print(f"corpus: {len(rows)} articles from {CORPUS.name}; building {args.n} (batches of {args.batch})")
    con = open_warehouse(db_path)

    batch: list[Article] = []
    n_art = n_men = n_ev = 0
    load_s = 0.0
    batch_times = []

    def flush() -> None:
        nonlocal n_art, n_men, n_ev, load_s
        start = time.perf_counter()
        result = load_articles(con, batch, tagger_version="bench-1", run_id="bench")
        elapsed = time.perf_counter() - start
        load_s += elapsed
        batch_times.append(elapsed)
        n_art += result.new_articles
        n_men += result.new_mentions
        n_ev += result.new_events
        batch.clear()

    build_start = time.perf_counter()
    for article in articles(rows, args.n):
        batch.append(article)
        if len(batch) >= args.batch:
            flush()
    if batch:
        flush()
    build_s = time.perf_counter() - build_start
    print(
        f"load: {n_art} articles, {n_men} mentions, {n_ev} new events in {load_s:.1f} s "
        f"({n_art / load_s:,.0f} articles/s; first batch {batch_times[0]:.2f} s, last {batch_times[-1]:.2f} s; "
        f"with record building {build_s:.1f} s)"
    )
    start = time.perf_counter()
    again = load_articles(con, list(articles(rows, min(args.batch, args.n))), tagger_version="bench-1", run_id="b2")
    print(
        f"reload of {min(args.batch, args.n)} known articles: {again.new_articles} new, "
        f"{time.perf_counter() - start:.2f} s"
    )
    stats = con.execute(
        "SELECT (SELECT count(*) FROM events WHERE status = 'active'), (SELECT count(*) FROM events WHERE "
        "status = 'merged'), (SELECT count(*) FROM article_duplicates), (SELECT count(*) FROM event_members)"
    ).fetchone()
    print(f"events: {stats[0]} active, {stats[1]} merged; {stats[2]} duplicate links; {stats[3]} members")
    con.execute("CHECKPOINT")
    print(f"database file: {Path(db_path).stat().st_size / 1e6:.0f} MB")

    start = time.perf_counter()
    rebuild_search_index(con)
    print(f"search index check (loads keep it current): {time.perf_counter() - start:.2f} s")

    print("example queries from QUERIES.md (median of 5, target ≤ 100 ms):")
    worst = 0.0
    for title, sql in example_queries():
        ms, result = timed(lambda sql=sql: con.execute(sql).fetchall())
        worst = max(worst, ms)
        flag = "" if ms <= 100 else "  OVER TARGET"
        print(f"  {ms:7.1f} ms  {len(result):5d} rows  {title}{flag}")
    print(f"  slowest: {worst:.1f} ms")

    print("search() (median of 5, target ≤ 200 ms):")
    for query in SEARCHES:
        ms, hits = timed(lambda q=query: search(con, q, limit=10))
        flag = "" if ms <= 200 else "  OVER TARGET"
        print(f"  {ms:7.1f} ms  {len(hits):2d} hits  {query}{flag}")

    start = time.perf_counter()
    failures = run_checks(con)
    print(
        f"data checks: {len(failures)} failing in {time.perf_counter() - start:.2f} s "
        f"{[f.name for f in failures] if failures else ''}"
    )
    start = time.perf_counter()
    paths = export_parquet(con, workdir / "parquet")
    print(f"parquet export: {len(paths)} files in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    publish_readers(con, db_path, full=True)
    print(f"readers' publication, full: {time.perf_counter() - start:.1f} s")
    con.close()
    print(f"files in {workdir}")


if __name__ == "__main__":
    main()
