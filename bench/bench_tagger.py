"""Tagger throughput over the ANT corpus: articles/s (both cores), events by type, peak RSS.

Run: .venv/bin/python bench/bench_tagger.py [--limit N] [--workers W]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from transforms.tagjsonl import tag_stream  # noqa: E402


def main() -> None:
    shared = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=shared / "corpus" / "ant" / "articles.jsonl.gz")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    if args.limit:
        lines = lines[: args.limit]
    out = io.StringIO()
    t0 = time.perf_counter()
    failed = tag_stream(lines, out, workers=args.workers)
    elapsed = time.perf_counter() - t0
    by_type: Counter[str] = Counter()
    asserted: Counter[str] = Counter()
    for row in out.getvalue().splitlines():
        for ev in json.loads(row).get("events", []):
            by_type[ev["type"]] += 1
            if ev["status"] == "asserted":
                asserted[ev["type"]] += 1
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"articles: {len(lines)}  failed lines: {failed}  workers: {args.workers}")
    print(f"elapsed: {elapsed:.1f} s  throughput: {len(lines) / elapsed:,.0f} articles/s")
    for etype in sorted(by_type):
        print(f"events {etype:<26} {by_type[etype]:>6}  (asserted {asserted[etype]})")
    print(f"peak RSS: main {peak_self:.0f} MB, largest worker {peak_children:.0f} MB")


if __name__ == "__main__":
    main()
