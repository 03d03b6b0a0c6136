"""A writer killed (SIGKILL) in the middle of a large load leaves a consistent warehouse; a re-run completes it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from warehouse.checks import run_checks
from warehouse.db import open_warehouse

BATCH = 2000
N_BATCHES = 5

WORKER = f"""
import sys, zlib
from datetime import UTC, date, datetime, timedelta
from transforms.records import Article, Event
from warehouse.db import open_warehouse
from warehouse.load import load_articles

con = open_warehouse(sys.argv[1], wait_s=5)
t0 = datetime(2018, 3, 1, tzinfo=UTC)
filler = "نص عربي طويل يتكرر لملء المقال بمحتوى واقعي الحجم " * 20
for b in range({N_BATCHES}):
    batch = []
    for i in range(b * {BATCH}, (b + 1) * {BATCH}):
        day = (t0 + timedelta(hours=i)).date()
        events = (Event("missile_launch", "asserted", actor=["PRK", "HOUTHI", "RUS"][i % 3], count=1 + i % 4,
                        event_date=day),) if i % 5 == 0 else ()
        url = f"https://crash.example/{{i}}"
        batch.append(Article(f"c{{i:07d}}", url, url, "feed", ["bbc", "cnn", "sky"][i % 3], f"عنوان {{i}}",
                             t0 + timedelta(hours=i), f"{{filler}} {{i}}", "ar", f"h{{i}}",
                             zlib.compress(filler.encode()), events=events))
    print("batch", b, flush=True)
    load_articles(con, batch, tagger_version="t1", run_id="crash")
print("done", flush=True)
con.close()
"""


def run_worker(db: Path, *, kill_at_batch: int | None) -> str:
    repo = Path(__file__).resolve().parents[1]
    with subprocess.Popen([sys.executable, "-c", WORKER, str(db)], stdout=subprocess.PIPE, text=True, cwd=repo) as proc:
        assert proc.stdout is not None
        last = ""
        for line in proc.stdout:
            last = line.strip()
            if kill_at_batch is not None and last == f"batch {kill_at_batch}":
                time.sleep(0.15)  # well inside that batch's transaction
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait(timeout=120)
    return last


def test_sigkill_mid_load_then_rerun(tmp_path: Path) -> None:
    db = tmp_path / "crash.duckdb"
    assert run_worker(db, kill_at_batch=2) == "batch 2"

    con = open_warehouse(db)
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert n_articles in {2 * BATCH, 3 * BATCH}  # whole batches only, never a partial one
    n_batches = n_articles // BATCH
    assert con.execute("SELECT count(*) FROM article_html").fetchone()[0] == n_articles
    assert con.execute("SELECT count(*) FROM event_mentions").fetchone()[0] == n_articles // 5
    assert run_checks(con) == []
    con.close()

    assert run_worker(db, kill_at_batch=None) == "done"
    con = open_warehouse(db)
    assert con.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone() == (
        N_BATCHES * BATCH,
        N_BATCHES * BATCH,
    )
    assert con.execute("SELECT count(*) FROM event_mentions").fetchone()[0] == N_BATCHES * BATCH // 5
    assert con.execute("SELECT count(*) FROM event_members").fetchone()[0] == N_BATCHES * BATCH // 5
    assert run_checks(con) == []
    assert n_batches >= 2
    con.close()
