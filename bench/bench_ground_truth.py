"""Ground-truth precision of North Korean launches: the ANT corpus against the CNS missile test database.

North Korea launched no missiles between 2017-11-30 and 2019-05-03, and the ANT corpus is mostly 2018: every
asserted PRK missile launch whose date (event_date, else publication date) is not within ±2 days of a CNS flight
test is a false alarm; an asserted PRK space launch must match a CNS test or a catalogued satellite launch.
Prints the asserted PRK launches, how many match, the false-alarm list and rate, the matched list (recall on the
real 2016–2017 launches) and asserted launches by actor per month.

Run: .venv/bin/python bench/bench_ground_truth.py [--limit N] [--workers 2] [--window 2] [--json out.json]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from transforms.tagger import TAGGER_VERSION  # noqa: E402
from transforms.tagjsonl import tag_stream  # noqa: E402

LAUNCH_TYPES = ("missile_launch", "space_launch")


def cns_test_dates(gt_dir: Path) -> set[date]:
    data = json.loads((gt_dir / "test.en.json").read_text(encoding="utf-8"))
    # a few early entries give only a month ("1984-09"): they cannot confirm a day and are left out
    return {date.fromisoformat(r["date"]) for b in data["timeBins"] for r in b["data"] if len(r.get("date", "")) == 10}


def satellite_dates(gt_dir: Path) -> set[date]:
    data = json.loads((gt_dir / "satellite.en.json").read_text(encoding="utf-8"))
    return {date.fromisoformat(r["launchdate"]) for r in data if r.get("launchdate")}


def near(d: date, dates: set[date], window: int) -> date | None:
    for k in range(window + 1):
        for cand in (d - timedelta(days=k), d + timedelta(days=k)):
            if cand in dates:
                return cand
    return None


def main() -> None:
    shared = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=shared / "corpus" / "ant" / "articles.jsonl.gz")
    parser.add_argument("--gt", type=Path, default=shared / "corpus" / "ground_truth" / "nagix_nk_missile_tests")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--window", type=int, default=2, help="days either side of a CNS date that still match")
    parser.add_argument("--json", type=Path, default=None, help="also write the PRK launches found here")
    args = parser.parse_args()

    tests = cns_test_dates(args.gt)
    sats = satellite_dates(args.gt)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    if args.limit:
        lines = lines[: args.limit]
    meta: dict[str, dict] = {}
    for line in lines:
        row = json.loads(line)
        meta[str(row["id"])] = {
            "title": row.get("title", ""),
            "published": row.get("published"),
            "source": row.get("source"),
        }
    out = io.StringIO()
    t0 = time.perf_counter()
    failed = tag_stream(lines, out, workers=args.workers)
    elapsed = time.perf_counter() - t0

    prk: list[dict] = []
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    for row_text in out.getvalue().splitlines():
        row = json.loads(row_text)
        if row.get("error"):
            continue
        art = meta[str(row["id"])]
        pub = date.fromisoformat(art["published"][:10]) if art["published"] else None
        for ev in row["events"]:
            if ev["type"] not in LAUNCH_TYPES or ev["status"] != "asserted":
                continue
            d = date.fromisoformat(ev["event_date"]) if ev["event_date"] else pub
            if ev["type"] == "missile_launch":
                by_month[d.strftime("%Y-%m") if d else "undated"][ev["actor"] or "UNKNOWN"] += 1
            if ev["actor"] != "PRK":
                continue
            ref = tests | sats if ev["type"] == "space_launch" else tests
            match = near(d, ref, args.window) if d else None
            prk.append(
                {
                    "id": row["id"],
                    "source": art["source"],
                    "type": ev["type"],
                    "date": d.isoformat() if d else None,
                    "cns_date": match.isoformat() if match else None,
                    "title": art["title"],
                    "evidence": " | ".join(e["text"] for e in ev["evidence"]),
                    "rules": ev["rules"],
                }
            )

    matched = [p for p in prk if p["cns_date"]]
    false = [p for p in prk if not p["cns_date"]]
    print(f"tagger {TAGGER_VERSION}  articles: {len(lines)}  failed lines: {failed}  workers: {args.workers}")
    print(f"elapsed: {elapsed:.1f} s  throughput: {len(lines) / elapsed:,.0f} articles/s")
    print(f"CNS test dates: {len(tests)}  satellite launch dates: {len(sats)}  window: ±{args.window} days")
    for etype in LAUNCH_TYPES:
        n = sum(p["type"] == etype for p in prk)
        m = sum(p["type"] == etype and bool(p["cns_date"]) for p in prk)
        print(f"asserted PRK {etype:<15} {n:>4}  matching a CNS date: {m:>4}  false alarms: {n - m:>4}")
    rate = len(false) / len(prk) if prk else 0.0
    print(f"asserted PRK launches: {len(prk)}  matched: {len(matched)}  false alarms: {len(false)}  rate: {rate:.1%}")
    print("\nFALSE ALARMS (id | type | date | title | evidence | rules)")
    for p in false:
        print(f"  {p['id']} | {p['type']} | {p['date']} | {p['title'][:80]} | {p['evidence'][:120]} | {p['rules']}")
    print("\nMATCHED (id | type | date ~ CNS date | title)")
    for p in matched:
        print(f"  {p['id']} | {p['type']} | {p['date']} ~ {p['cns_date']} | {p['title'][:90]}")
    actors = Counter(a for c in by_month.values() for a in c.elements())
    top = [a for a, _ in actors.most_common(8)]
    print("\nASSERTED MISSILE LAUNCHES BY ACTOR PER MONTH (event date, else publication date)")
    print("  month    " + " ".join(f"{a:>8}" for a in top) + "   other")
    for month in sorted(by_month):
        c = by_month[month]
        other = sum(v for a, v in c.items() if a not in top)
        print(f"  {month:<8} " + " ".join(f"{c[a]:>8}" for a in top) + f"   {other:>5}")
    if args.json:
        args.json.write_text(json.dumps(prk, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
