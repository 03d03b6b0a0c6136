"""One good feed among hostile ones, with the default settings: the good feed's articles and alerts do not wait.

The hostile feeds: a one-byte-per-second drip, a socket that never answers, a redirect loop, a body over the size
cap, a gzip bomb, and two XML bombs (nested entities, one huge entity repeated). With the fetch timeouts as
shipped, the good feed's articles must be in the warehouse and its alerts delivered within 15 s of the run's
start, a feed that timed out is fetched at most twice, and the whole run ends within 60 s.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from flows.settings import Settings, quiet_prefect
from flows.static_server import serve_snapshot
from tests.fixture_server import FixtureServer
from tests.webhook_receiver import WebhookReceiver
from transforms.feedlist import dump_feed_list
from transforms.records import FeedSpec
from warehouse.db import open_warehouse

quiet_prefect()

from flows.ingest import ingest  # noqa: E402 — Prefect reads its settings at import

pytestmark = [pytest.mark.prefect, pytest.mark.usefixtures("prefect_backend")]

GOOD_WITHIN_S = 15.0
WHOLE_RUN_S = 60.0


@pytest.fixture
def default_settings() -> Iterator[None]:
    """No MARSAD_* override of timeouts or retries: the run uses the defaults a user gets."""
    saved = {k: v for k, v in os.environ.items() if k.startswith("MARSAD_")}
    for key in saved:
        del os.environ[key]
    yield
    os.environ.update(saved)


def _xml_bombs(site: Path) -> list[str]:
    laughs = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    laughs += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    nested = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(laughs)}]><rss version="2.0"><channel><title>&lol9;</title>'
        "<item><title>&lol9;</title><link>{BASE_URL}/nowhere-1.html</link></item></channel></rss>"
    )
    huge = "ب" * 50_000
    repeated = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{huge}">]><rss version="2.0"><channel><title>t</title>'
        f"<item><title>{'&a;' * 2000}</title><link>{{BASE_URL}}/nowhere-2.html</link></item></channel></rss>"
    )
    (site / "laughs.xml").write_text(nested, encoding="utf-8")
    (site / "quadratic.xml").write_text(repeated, encoding="utf-8")
    return ["laughs.xml", "quadratic.xml"]


def test_good_feed_loads_and_alerts_while_hostile_feeds_are_still_failing(
    tmp_path: Path, misbehaving_server: FixtureServer, default_settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    defaults = Settings()
    assert defaults.retries >= 1  # the timed-out feeds below would be retried if nothing capped it
    url = misbehaving_server.url
    site = tmp_path / "bombs"
    site.mkdir()
    bombs = _xml_bombs(site)
    db = tmp_path / "mix.duckdb"
    feeds_file = tmp_path / "feeds.toml"
    with WebhookReceiver() as hook, serve_snapshot(site) as bomb_url:
        monkeypatch.setenv("MARSAD_ALERT_URLS", hook.json_url())
        feeds = [
            FeedSpec(name="good", url=url("/feed.xml")),
            FeedSpec(name="drip", url=url("/slow/drip?bytes=200&interval=1")),
            FeedSpec(name="hang", url=url("/hang")),
            FeedSpec(name="loop", url=url("/redirect/loop")),
            FeedSpec(name="oversize", url=url(f"/big?bytes={defaults.max_bytes * 2}")),
            FeedSpec(name="gzip bomb", url=url("/gzip-bomb?gib=4")),
            *(FeedSpec(name=name, url=f"{bomb_url}/{name}") for name in bombs),
        ]
        feeds_file.write_text(dump_feed_list(feeds), encoding="utf-8")
        summary = ingest(feeds_file=str(feeds_file), db=str(db))
        received = hook.accepted

    assert summary.elapsed_s <= WHOLE_RUN_S, summary.stats()
    assert summary.feeds_ok >= 1 and summary.new_articles == 3
    # Timed out once, tried once more, never a third time.
    assert misbehaving_server.count("/slow/drip") == 2
    assert misbehaving_server.count("/hang") == 2

    con = open_warehouse(db, read_only=True)
    try:
        (run_started,) = con.execute("SELECT started_at FROM runs").fetchone()  # type: ignore[misc]
        loaded = [row[0] for row in con.execute("SELECT first_seen_at FROM articles").fetchall()]
        sent = [row[0] for row in con.execute("SELECT sent_at FROM alerts WHERE status = 'sent'").fetchall()]
        statuses = dict(
            con.execute(
                "SELECT f.name, l.status FROM fetch_log l JOIN feeds f ON f.url = l.url WHERE l.kind = 'feed'"
            ).fetchall()
        )
    finally:
        con.close()
    assert statuses["drip"] == statuses["hang"] == "timeout"
    assert statuses["good"] == "ok"
    assert len(loaded) == 3
    assert max(loaded) - run_started <= timedelta(seconds=GOOD_WITHIN_S), (run_started, loaded)
    assert sent and len(received) == len(sent) == summary.alerts_sent
    assert max(sent) - run_started <= timedelta(seconds=GOOD_WITHIN_S), (run_started, sent)
