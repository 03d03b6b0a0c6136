"""Fault injection: kill -9 the ingest at random points in many runs, then check nothing is lost or doubled.

    .venv/bin/python bench/bench_faults.py [--runs 50] [--seed 7] [--max-delay 25]

Each round starts `marsad run` over the demo snapshot (served on 127.0.0.1, alerts to a local webhook) on the
same DuckDB file and SIGKILLs it after a random delay (some rounds finish first). A final clean run follows.
The warehouse must then hold exactly the articles, mentions, events and alerts of one clean run on a fresh file,
the SQL data checks must pass, and the webhook must have received each alert id at most once per kill that
happened between sending and marking (reported, not asserted: at-least-once by design).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.demo import SNAPSHOT_DIR, snapshot_feed_specs  # noqa: E402
from flows.static_server import serve_snapshot  # noqa: E402
from tests.webhook_receiver import WebhookReceiver  # noqa: E402
from transforms.feedlist import dump_feed_list  # noqa: E402
from warehouse.checks import run_checks  # noqa: E402
from warehouse.db import open_warehouse  # noqa: E402

TABLES = ("articles", "article_html", "event_mentions", "events", "event_members", "alerts")
MARSAD = str(Path(sys.executable).parent / "marsad")


def counts(db: Path) -> dict[str, int]:
    con = open_warehouse(db, read_only=True)
    try:
        return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}  # type: ignore[index]
    finally:
        con.close()


def alert_id_of(payload: dict) -> str:
    """The idempotency key every alert message carries ("Alert id: …")."""
    match = re.search(r"Alert id:\W*([0-9a-zA-Z_-]+)", payload.get("message", ""))
    return match.group(1) if match else "?"


def run(feed_file: Path, db: Path, env: dict[str, str], kill_after: float | None) -> str:
    proc = subprocess.Popen(
        [MARSAD, "run", "--feeds", str(feed_file), "--db", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    if kill_after is None:
        return f"exit {proc.wait()}"
    try:
        code = proc.wait(timeout=kill_after)
        return f"finished before the kill (exit {code})"
    except subprocess.TimeoutExpired:
        # The whole group: the run's temporary Prefect server is its child and would outlive a kill of the run.
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return f"killed at {kill_after:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-delay", type=float, default=25.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="marsad-faults-") as tmp, serve_snapshot(SNAPSHOT_DIR) as base_url:
        feed_file = Path(tmp) / "feeds.toml"
        feed_file.write_text(dump_feed_list(snapshot_feed_specs(base_url)), encoding="utf-8")
        with WebhookReceiver() as hook:
            env = {**os.environ, "MARSAD_ALERT_URLS": hook.json_url(), "MARSAD_PAGE_BATCH": "10"}
            clean_db = Path(tmp) / "clean.duckdb"
            print(run(feed_file, clean_db, env, None), "(clean reference run)")
            clean = counts(clean_db)
            hook.clear()

            db = Path(tmp) / "faults.duckdb"
            for i in range(args.runs):
                outcome = run(feed_file, db, env, rng.uniform(0.5, args.max_delay))
                outcomes["killed" if outcome.startswith("killed") else "finished"] += 1
                print(f"round {i + 1}: {outcome}", flush=True)
            print(run(feed_file, db, env, None), "(final clean run)")
            final = counts(db)
            ids = Counter(alert_id_of(p.json()) for p in hook.accepted)
        con = open_warehouse(db, read_only=True)
        failures = run_checks(con)
        con.close()

    print(f"\n{args.runs} rounds in {time.monotonic() - t0:.0f} s: {dict(outcomes)}")
    print(f"clean run:        {clean}")
    print(f"after the faults: {final}")
    print(f"data checks failing: {len(failures)}")
    duplicates = sum(n - 1 for n in ids.values())
    print(
        f"alert posts received: {sum(ids.values())} for {len(ids)} distinct alert ids "
        f"({duplicates} duplicates, at most one per kill allowed; outbox rows: {final['alerts']})"
    )
    same = final == clean and not failures
    print("RESULT:", "identical to one clean run" if same else "DIFFERENT")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
