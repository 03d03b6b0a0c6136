"""The HTML report on a large warehouse: 100,000 articles and 5,000 events (targets: file under 10 MB, rendered in a
browser in under 2 s).

Builds a synthetic warehouse with SQL (articles from 40 outlets over 2017–2025, events of the three types with 1–20
reporting articles each, evidence spans, feed health), loads the CNS reference from ../shared when present, then
prints the time to gather and write the report, its size, and — when a Chromium binary is installed — the time
headless Chromium takes to load and lay it out from the file.

Run: .venv/bin/python bench/bench_report.py [--articles 100000] [--events 5000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.report import write_report  # noqa: E402
from tests.cdp import browser, find_chromium  # noqa: E402
from transforms.reference import discover  # noqa: E402
from warehouse.db import open_warehouse  # noqa: E402
from warehouse.reference import load_reference  # noqa: E402

SENTENCE = "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا سقط في البحر وفق ما أعلنت هيئة الأركان المشتركة في سيول. "


def build(con, n_articles: int, n_events: int) -> None:
    con.execute(
        f"""
        INSERT INTO feeds BY NAME
        SELECT 'https://outlet' || i || '.example/rss' AS url, 'Outlet ' || i || ' feed' AS name,
            'Outlet ' || i AS outlet, now() - INTERVAL (i) HOUR AS last_fetch_at,
            now() - INTERVAL (i) HOUR AS last_success_at, CASE WHEN i % 9 = 0 THEN 'http_error' ELSE 'ok' END
            AS last_status, CASE WHEN i % 9 = 0 THEN 3 ELSE 0 END AS consecutive_failures
        FROM range(40) t(i);

        INSERT INTO articles BY NAME
        SELECT 'a' || i AS article_id, 'https://outlet' || (i % 40) || '.example/' || i AS url,
            'https://outlet' || (i % 40) || '.example/' || i AS canonical_url,
            'Outlet ' || (i % 40) || ' feed' AS feed_name, 'Outlet ' || (i % 40) AS outlet,
            'كوريا الشمالية تطلق صاروخا جديدا رقم ' || i AS title,
            TIMESTAMPTZ '2017-01-01 00:00:00+00' + INTERVAL (i * 2700) SECOND AS published_at,
            repeat('{SENTENCE}', 8) AS text, 'ar' AS language, md5(i::VARCHAR) AS content_hash,
            TIMESTAMPTZ '2017-01-01 00:00:00+00' + INTERVAL (i * 2700 + 600) SECOND AS first_seen_at,
            'bench' AS run_id
        FROM range({n_articles}) t(i);
        """
    )
    # Each event: 1–20 member articles published around its day; ids and evidence offsets valid.
    con.execute(
        f"""
        CREATE TEMP TABLE ev AS
        SELECT e,
            CASE WHEN e % 10 < 3 THEN 'russia_dprk_cooperation' WHEN e % 10 < 4 THEN 'space_launch'
                 ELSE 'missile_launch' END AS event_type,
            CASE WHEN e % 10 < 3 THEN NULL WHEN e % 10 < 8 THEN 'PRK' ELSE 'RUS' END AS actor,
            1 + (e * 7) % 20 AS n_members,
            (e * ({n_articles} // {n_events}))::BIGINT AS first_article
        FROM range({n_events}) t(e);

        CREATE TEMP TABLE mem AS
        SELECT ev.*, k, 'a' || least(first_article + k * 3, {n_articles - 1}) AS article_id
        FROM ev, range(20) r(k) WHERE k < n_members;

        INSERT INTO event_mentions BY NAME
        SELECT 'm' || e || '-' || k AS mention_id, article_id, event_type AS type, 'asserted' AS status, actor,
            CASE WHEN actor IS NULL THEN ['RUS', 'PRK'] ELSE []::VARCHAR[] END AS participants,
            CASE WHEN actor IS NULL THEN [['summit', 'military', 'economic', 'space_tech'][1 + e % 4]]
                 ELSE []::VARCHAR[] END AS subtypes,
            CASE WHEN event_type = 'missile_launch' THEN ['srbm'] ELSE []::VARCHAR[] END AS missile_class,
            CASE WHEN event_type = 'missile_launch' THEN 1 + e % 4 END AS count,
            '[{{"field": "text", "start": 0, "end": 5, "text": "أطلقت"}}, '
            || '{{"field": "text", "start": 41, "end": 47, "text": "صاروخا"}}]' AS evidence,
            ['bench'] AS rules, 'bench' AS tagger_version, now() AS created_at
        FROM mem;

        INSERT INTO event_members SELECT 'm' || e || '-' || k, 'ev' || e FROM mem;

        INSERT INTO events BY NAME
        SELECT 'ev' || ev.e AS event_id, event_type, actor,
            CASE WHEN actor IS NULL THEN ['RUS', 'PRK'] ELSE []::VARCHAR[] END AS participants,
            CASE WHEN actor IS NULL THEN [['summit', 'military', 'economic', 'space_tech'][1 + ev.e % 4]]
                 ELSE []::VARCHAR[] END AS subtypes,
            (a.published_at AT TIME ZONE 'UTC')::DATE AS event_date,
            CASE WHEN event_type = 'missile_launch' THEN 1 + ev.e % 4 END AS count,
            CASE WHEN event_type = 'missile_launch' THEN ['srbm'] ELSE []::VARCHAR[] END AS missile_class,
            'active' AS status, a.published_at AS first_seen_at, a.article_id AS first_article_id,
            a.outlet AS first_source, n_members AS n_articles, least(n_members, 40) AS n_sources,
            now() AS created_at, now() AS updated_at, 1 + ev.e % 3 AS revision
        FROM ev JOIN articles a ON a.article_id = 'a' || ev.first_article;
        """
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--keep", type=Path, default=None, help="write the warehouse and report here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="marsad-bench-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.duckdb"
    db.unlink(missing_ok=True)
    con = open_warehouse(db)
    t0 = time.perf_counter()
    build(con, args.articles, args.events)
    print(f"warehouse: {args.articles:,} articles, {args.events:,} events built in {time.perf_counter() - t0:.1f} s")
    shared = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared")) / "corpus" / "ground_truth"
    if shared.is_dir():
        for ref in discover(shared):
            load_reference(con, ref)
        print(f"reference: loaded from {shared}")
    else:
        print("reference: none (../shared absent): the ground-truth section is skipped")
    out = folder / "marsad-report.html"
    result = write_report(con, out)
    con.close()
    print(
        f"report: {result.n_events:,} events, {result.n_cards} cards, {result.bytes / 1e6:.2f} MB "
        f"(target < 10 MB), written in {result.seconds:.2f} s"
    )
    chromium = find_chromium()
    if chromium is None:
        print("browser: no Chromium binary found; install Debian's `chromium` to measure rendering")
        return
    with browser(chromium, width=1280, height=1000) as b:
        load_s = b.open(out.as_uri())
        timing = b.evaluate(
            "(() => { const n = performance.getEntriesByType('navigation')[0];"
            " const p = performance.getEntriesByName('first-contentful-paint')[0];"
            " return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: p ? p.startTime : null}; })()"
        )
        errors = list(b.log.errors)
    fcp = f"{timing['fcp'] / 1000:.2f} s" if timing.get("fcp") else "n/a"
    print(
        f"browser: load event after {load_s:.2f} s (target < 2 s); DOMContentLoaded {timing['dom'] / 1000:.2f} s, "
        f"load {timing['load'] / 1000:.2f} s, first contentful paint {fcp}; console errors: {len(errors)}"
    )
    if args.keep is None:
        print(f"(files in {folder}; pass --keep DIR to choose where)")


if __name__ == "__main__":
    main()
