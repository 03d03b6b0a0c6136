"""Ingest benchmark: N articles from the ANT corpus as RSS feeds + pages on 127.0.0.1, through the real flow.

    .venv/bin/python bench/bench_ingest.py [--articles 5000] [--per-feed 100]

Prints: Prefect's own start-up (a trivial flow in a fresh process), the first run (fetch, parse, extract, tag,
load), the second run over unchanged feeds (all 304: no parsing, no page fetches), pages/s, and peak RSS.
Targets: first run ≤ 90 s wall for 5,000 articles, ≥ 100 pages/s extraction on both cores, second run ≤ 2 s beyond
Prefect's start-up, peak memory ≤ 1 GB.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.demo.build_snapshot import OUTLETS, entry_for, item_from_ant, page_path, render_feed, render_page  # noqa: E402

SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))

RUN_SCRIPT = """
import json, resource, sys, time
t0 = time.monotonic()
from flows.settings import quiet_prefect
quiet_prefect()
from flows.ingest import ingest
summary = ingest(feeds_file=sys.argv[1], db=sys.argv[2])
wall = time.monotonic() - t0
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"wall_s": wall, "flow_s": summary.elapsed_s, "new_articles": summary.new_articles,
                  "pages_ok": summary.pages_ok, "feeds_ok": summary.feeds_ok,
                  "feeds_not_modified": summary.feeds_not_modified, "new_events": summary.new_events,
                  "failures": len(summary.failures), "peak_rss_mb": rss / 1024}))
"""

BASELINE_SCRIPT = """
import json, time
t0 = time.monotonic()
from flows.settings import quiet_prefect
quiet_prefect()
from prefect import flow
@flow
def noop() -> int:
    return 1
noop()
print(json.dumps({"wall_s": time.monotonic() - t0}))
"""


def build_site(root: Path, n_articles: int, per_feed: int) -> list[dict[str, str]]:
    """Write feeds and pages for the first n ANT articles with text; return the feed list entries."""
    by_outlet: dict[str, list] = defaultdict(list)
    taken = 0
    with gzip.open(SHARED / "corpus" / "ant" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if not record.get("text") or record.get("source") not in OUTLETS:
                continue
            item = item_from_ant(record, [])
            by_outlet[item.outlet.slug].append(item)
            taken += 1
            if taken >= n_articles:
                break
    feeds = []
    for slug, items in by_outlet.items():
        for start in range(0, len(items), per_feed):
            chunk = items[start : start + per_feed]
            for item in chunk:
                path = root / page_path(item)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(render_page(item, chunk[:5]), encoding="utf-8")
            feed_path = f"feeds/{slug}-{start // per_feed:03d}.xml"
            (root / feed_path).parent.mkdir(parents=True, exist_ok=True)
            entries = [entry_for(item) for item in chunk]
            (root / feed_path).write_text(render_feed(chunk[0].outlet, feed_path, entries), encoding="utf-8")
            feeds.append({"name": f"{chunk[0].outlet.name} {start // per_feed:03d}", "path": feed_path})
    return feeds


def run_child(script: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", script, *args], check=True, capture_output=True, text=True, env=env, cwd=REPO
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--per-feed", type=int, default=100)
    args = parser.parse_args()

    from flows.static_server import serve_snapshot

    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        site = Path(tmp) / "site"
        t0 = time.monotonic()
        feeds = build_site(site, args.articles, args.per_feed)
        print(f"built {len(feeds)} feeds for {args.articles} articles in {time.monotonic() - t0:.1f} s")
        db = str(Path(tmp) / "bench.duckdb")
        with serve_snapshot(site) as base_url:
            feed_file = Path(tmp) / "feeds.toml"
            feed_file.write_text(
                "".join(
                    f'[[feeds]]\nname = "{f["name"]}"\nurl = "{base_url.rstrip("/")}/{f["path"]}"\n\n' for f in feeds
                ),
                encoding="utf-8",
            )
            baseline = run_child(BASELINE_SCRIPT)
            first = run_child(RUN_SCRIPT, str(feed_file), db)
            second = run_child(RUN_SCRIPT, str(feed_file), db)
            requests = base_url.server.counts()  # type: ignore[attr-defined]

    pages_per_s = first["pages_ok"] / first["flow_s"] if first["flow_s"] else 0.0
    print(f"prefect start-up (trivial flow, fresh process): {baseline['wall_s']:.1f} s")
    print(
        f"first run:  {first['wall_s']:.1f} s wall ({first['flow_s']:.1f} s in the flow), "
        f"{first['new_articles']} new articles, {first['new_events']} new events, {first['failures']} failures, "
        f"{pages_per_s:.0f} pages/s end to end, peak RSS {first['peak_rss_mb']:.0f} MB"
    )
    print(
        f"second run: {second['wall_s']:.1f} s wall ({second['flow_s']:.2f} s in the flow), "
        f"{second['feeds_not_modified']} feeds 304, {second['new_articles']} new articles, "
        f"{second['wall_s'] - baseline['wall_s']:+.1f} s beyond Prefect's start-up, "
        f"peak RSS {second['peak_rss_mb']:.0f} MB"
    )
    print(f"requests served: {sum(requests.values())} total")


if __name__ == "__main__":
    main()
