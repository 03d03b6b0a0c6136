"""One good feed among hostile ones, default settings: when do the good feed's articles and alerts land?

Run: .venv/bin/python bench/bench_hostile_mix.py
Targets: the good feed's articles loaded and its alerts sent within 15 s of the run's start; each timed-out feed
fetched at most twice; the whole run within 60 s. The hostile feeds (a 1 byte/s drip, a socket that never answers,
a redirect loop, an oversize body, a gzip bomb) come from the test suite's misbehaving server on 127.0.0.1.
Prefect runs in its ephemeral mode unless PREFECT_API_URL is set (its start-up is not part of the run's time).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.settings import Settings, quiet_prefect  # noqa: E402
from tests.fixture_server import FixtureServer  # noqa: E402
from tests.webhook_receiver import WebhookReceiver  # noqa: E402
from transforms.feedlist import dump_feed_list  # noqa: E402
from transforms.records import FeedSpec  # noqa: E402
from warehouse.db import open_warehouse  # noqa: E402

quiet_prefect()

from flows.ingest import ingest  # noqa: E402


def main() -> None:
    shared = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
    with tempfile.TemporaryDirectory() as tmp, FixtureServer(shared) as server, WebhookReceiver() as hook:
        os.environ["MARSAD_ALERT_URLS"] = hook.json_url()
        cap = Settings().max_bytes
        feeds = [
            FeedSpec(name="good", url=server.url("/feed.xml")),
            FeedSpec(name="drip", url=server.url("/slow/drip?bytes=200&interval=1")),
            FeedSpec(name="hang", url=server.url("/hang")),
            FeedSpec(name="loop", url=server.url("/redirect/loop")),
            FeedSpec(name="oversize", url=server.url(f"/big?bytes={cap * 2}")),
            FeedSpec(name="gzip bomb", url=server.url("/gzip-bomb?gib=4")),
        ]
        feeds_file, db = Path(tmp) / "feeds.toml", Path(tmp) / "mix.duckdb"
        feeds_file.write_text(dump_feed_list(feeds), encoding="utf-8")
        summary = ingest(feeds_file=str(feeds_file), db=str(db))
        con = open_warehouse(db, read_only=True)
        try:
            loaded_after, sent_after = con.execute(
                """
                SELECT (SELECT epoch(max(first_seen_at) - r.started_at) FROM articles),
                       (SELECT epoch(max(sent_at) - r.started_at) FROM alerts WHERE status = 'sent')
                FROM runs r
                """
            ).fetchone()  # type: ignore[misc]
        finally:
            con.close()
        print(f"run (flow body)             {summary.elapsed_s:6.1f} s   (target ≤ 60 s)")
        print(f"good articles loaded after  {loaded_after:6.1f} s   ({summary.new_articles} articles; target ≤ 15 s)")
        print(f"alerts sent after           {sent_after or float('nan'):6.1f} s   ({summary.alerts_sent} alerts)")
        print(f"fetches of drip / hang      {server.count('/slow/drip')} / {server.count('/hang')}   (target ≤ 2 each)")


if __name__ == "__main__":
    main()
