"""Warehouse work of one ingest run on a large warehouse: load + events + search index + readers' publication.

Builds (or reuses) a warehouse of N articles generated from the ANT corpus (every copy with its own id, URL,
date and text), then, in a fresh process so its peak memory is the run's own, times what an ingest run adding
`--new` articles does to the warehouse:

- the search index check at the start of a run (two counts),
- the load of the new articles (dedup, duplicates, mentions, event clustering, search index),
- the readers' publication (new rows as Parquet parts, small tables rewritten),
- a search for the newest article, right after its run,
- and, with `--runs K`, K such runs in a row (the slope tells whether the cost grows with the warehouse).

Targets: a run adding 500 articles ≤ 3 s of warehouse work at 1M articles; peak RSS ≤ 1.5 GB.

    .venv/bin/python bench/bench_run.py --n 100000 [--new 500] [--runs 3] [--db PATH] [--build-batch 20000]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_warehouse import CORPUS, PER_DAY, SEARCHES, article_time, articles, read_corpus  # noqa: E402 - path set above for direct runs

from warehouse.db import open_warehouse  # noqa: E402
from warehouse.load import article_count, load_articles  # noqa: E402
from warehouse.readers import publish_readers, reader_dir  # noqa: E402
from warehouse.search import index_path, search, sync_search_index  # noqa: E402


def rss_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6 if path.exists() else 0.0


def clock_for(n: int) -> datetime:
    """The stream starts so that article n is published about now."""
    return datetime.now(UTC) - timedelta(days=n / PER_DAY)


def build(db: Path, n: int, batch_size: int) -> None:
    rows = read_corpus()
    marker = db.with_name(db.name + ".built")
    if marker.exists() and int(marker.read_text()) >= n:
        print(f"reusing {db}, built from {marker.read_text()} generated articles")
        return
    con = open_warehouse(db)
    have = 0
    print(f"building {n} articles from {len(rows)} ANT articles into {db} (batches of {batch_size})")
    start = time.perf_counter()
    batch = []
    done = 0
    clock = clock_for(n)
    for i, article in enumerate(articles(rows, n, start=have, clock=clock), start=have):
        batch.append(article)
        if len(batch) >= batch_size:
            t0 = time.perf_counter()
            # each batch is "seen" as it is published (never later than now: readers' watermarks follow the clock)
            seen = min(article_time(clock, i) + timedelta(minutes=10), datetime.now(UTC))
            load_articles(con, batch, tagger_version="bench-1", run_id=f"build-{i}", seen_at=seen)
            done += len(batch)
            print(f"  {have + done:>9,} articles: batch {time.perf_counter() - t0:5.1f} s", flush=True)
            batch = []
    if batch:
        load_articles(con, batch, tagger_version="bench-1", run_id="build-last", seen_at=datetime.now(UTC))
    t0 = time.perf_counter()
    publish_readers(con, db, full=True)
    print(f"  first (full) readers' publication: {time.perf_counter() - t0:.1f} s")
    con.execute("CHECKPOINT")
    con.close()
    marker.write_text(str(n))
    print(
        f"built in {time.perf_counter() - start:.0f} s; warehouse {db.stat().st_size / 1e6:.0f} MB, "
        f"search index {index_path(db).stat().st_size / 1e6:.0f} MB, "
        f"readers' files {folder_mb(reader_dir(db)):.0f} MB"
    )


def one_run(db: Path, n: int, new: int, runs: int) -> None:
    """The measured part (run in its own process): `runs` runs each adding `new` articles."""
    rows = read_corpus()
    con = open_warehouse(db)
    base = article_count(con)
    # Article numbers past the build's (and past earlier measured runs on a reused warehouse).
    start = n + int(con.execute("SELECT count(*) FROM articles WHERE run_id LIKE 'measured-%'").fetchone()[0])
    total = 0.0
    for r in range(runs):
        fresh = list(articles(rows, start + new, seed=11 + r, start=start, clock=clock_for(start)))
        start += new
        steps: dict[str, float] = {}
        cpu0 = time.process_time()
        t0 = time.perf_counter()
        sync_search_index(con)
        steps["index check"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = load_articles(con, fresh, tagger_version="bench-1", run_id=f"measured-{start}")
        steps["load+events+index"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        pub = publish_readers(con, db)
        steps["readers"] = time.perf_counter() - t0
        work = sum(steps.values())
        cpu = time.process_time() - cpu0
        total += work
        newest = fresh[-1]
        t0 = time.perf_counter()
        # What an analyst would type: the headline and the opening words of the story. Generated copies can
        # repeat a headline and its opening words, so ties with identical scores are counted as found.
        hits = search(con, newest.title + " " + " ".join(newest.text.split()[:8]), limit=100)
        search_ms = (time.perf_counter() - t0) * 1000
        ids = [h.article_id for h in hits]
        found = None
        if newest.article_id in ids:
            mine = hits[ids.index(newest.article_id)].score
            found = 1 + sum(1 for h in hits if h.score > mine * (1 + 1e-9))
        print(
            f"run {r + 1} at {base:,} articles: +{result.new_articles} articles, {result.new_mentions} mentions, "
            f"{result.new_events} new events; warehouse work {work:.2f} s wall, {cpu:.2f} s CPU ("
            + ", ".join(f"{k} {v:.2f}" for k, v in steps.items())
            + f"); published {pub.rows.get('articles', 0)} article rows; newest article found at rank {found} "
            f"(ties share a rank; of the top 100) in {search_ms:.0f} ms",
            flush=True,
        )
        base += result.new_articles
    for query in SEARCHES:
        t0 = time.perf_counter()
        hits = search(con, query, limit=10)
        print(f"search {query!r}: {len(hits)} hits in {(time.perf_counter() - t0) * 1000:.0f} ms")
    con.close()
    print(f"mean warehouse work per run: {total / runs:.2f} s; peak RSS of the run process: {rss_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--build-batch", type=int, default=20_000)
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"the ANT corpus is not at {CORPUS}")
    db = args.db or Path(tempfile.mkdtemp(prefix="marsad-bench-run-")) / "bench.duckdb"
    if args.measure_only:
        one_run(db, args.n, args.new, args.runs)
        return
    build(db, args.n, args.build_batch)
    print(f"peak RSS of the build process: {rss_mb():.0f} MB")
    cmd = [sys.executable, __file__, "--measure-only", "--db", str(db), "--n", str(args.n)]
    cmd += ["--new", str(args.new), "--runs", str(args.runs)]
    subprocess.run(cmd, check=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    print(f"files in {db.parent}")


if __name__ == "__main__":
    main()
