"""Alerts end to end: real DuckDB, real load_articles, real Apprise posting to a real receiver on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import markdown
import pytest

from flows.alerts import ALERT_ID_HEADER, alert_hook, deliver_pending
from tests.webhook_receiver import WebhookReceiver
from transforms.alerting import AlertRule, Channel, channel_for_url, default_rules_path, load_rules
from transforms.records import Article, Event, Evidence
from warehouse.alerts import alert_counts, enqueue_alerts, pending_alerts, sent_alerts
from warehouse.db import open_warehouse
from warehouse.events import EventChanges
from warehouse.load import LoadResult, load_articles

DAY = datetime(2024, 5, 30, 6, 0, tzinfo=UTC)
LAUNCH = "أطلقت كوريا الشمالية صباح اليوم صاروخين باليستيين قصيري المدى باتجاه بحر اليابان."
COOP = "وقع الرئيس الروسي والزعيم الكوري الشمالي اتفاقية شراكة استراتيجية شاملة في بيونغ يانغ."
HOUTHI = "أطلق الحوثيون صاروخا باليستيا باتجاه البحر الأحمر."
RULES = load_rules(default_rules_path())


def article(key: str, outlet: str, published: datetime, sentence: str, event: Event, *, title: str = "") -> Article:
    """An article whose text opens with `sentence`, the event's evidence, followed by the outlet's own words."""
    url = f"https://{outlet}.example/news/{key}"
    text = f"{sentence} " + " ".join(f"{outlet}{key}كلمة{i}" for i in range(60))
    span = Evidence("text", 0, len(sentence), sentence)
    return Article(
        article_id=f"id-{key}",
        url=url,
        canonical_url=url,
        feed_name=f"{outlet} feed",
        outlet=outlet,
        title=title or f"{outlet}: خبر {key}",
        published_at=published,
        text=text,
        language="ar",
        content_hash=f"hash-{key}",
        raw_html=zlib.compress(text.encode()),
        events=(Event(**{**event.__dict__, "evidence": (span,)}),),
    )


def prk_launch(count: int = 2) -> Event:
    return Event(
        "missile_launch",
        "asserted",
        actor="PRK",
        count=count,
        count_qualifier="exact",
        missile_class=("ballistic", "srbm"),
        mode="test",
        event_date=date(2024, 5, 30),
    )


COOP_EVENT = Event("russia_dprk_cooperation", "asserted", subtypes=("agreement",), event_date=date(2024, 5, 30))
HOUTHI_EVENT = Event("missile_launch", "asserted", actor="HOUTHI", mode="attack", event_date=date(2024, 5, 30))


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = open_warehouse(tmp_path / "alerts.duckdb")
    yield connection
    connection.close()


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as server:
        yield server


def load(
    con: duckdb.DuckDBPyConnection,
    channels: list[Channel],
    *articles: Article,
    rules: tuple[AlertRule, ...] = RULES,
) -> LoadResult:
    return load_articles(con, list(articles), tagger_version="t1", run_id="r", on_events=alert_hook(rules, channels))


def first_batch() -> list[Article]:
    return [
        article("a1", "aljazeera", DAY, LAUNCH, prk_launch()),
        article("b1", "rt", DAY + timedelta(hours=1), COOP, COOP_EVENT),
        article("c1", "alarabiya", DAY + timedelta(hours=2), HOUTHI, HOUTHI_EVENT),
    ]


def test_each_new_event_alerts_once_per_channel(con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver) -> None:
    channels = [channel_for_url(receiver.json_url("/one")), channel_for_url(receiver.json_url("/two"))]
    result = load(con, channels, *first_batch())
    assert result.new_events == 3
    queued = pending_alerts(con)
    # PRK launch and cooperation match; the Houthi launch matches no rule. One alert per event and channel.
    fired = ("dprk-missile-or-space-launch", "russia-dprk-cooperation")
    expected = [("new", c.key, (rule,)) for c in channels for rule in fired]
    assert sorted((a.kind, a.channel_key, a.rules) for a in queued) == sorted(expected)

    report = deliver_pending(con, channels, timeout_s=5)
    assert (report.sent, report.failed, report.pending) == (4, 0, 0)
    posts = receiver.wait_for(4)
    assert len(posts) == 4
    assert sorted(p.path for p in posts) == ["/one", "/one", "/two", "/two"]
    ids = [p.json()["alert_id"] for p in posts]
    assert sorted(ids) == sorted(a.alert_id for a in queued)
    assert all(p.headers[ALERT_ID_HEADER] == p.json()["alert_id"] for p in posts)
    launch = next(p.json() for p in posts if "Missile launch" in p.json()["title"])
    assert launch["title"] == "marsad: Missile launch — North Korea — 2024-05-30"
    assert LAUNCH in launch["message"]  # the Arabic evidence arrives intact
    assert "https://aljazeera.example/news/a1" in launch["message"]
    assert f"Alert id: {launch['alert_id']}" in launch["message"]
    assert "Why: rule(s) dprk-missile-or-space-launch" in launch["message"]

    # A second delivery pass and a reload of the same articles send nothing more.
    assert deliver_pending(con, channels, timeout_s=5).sent == 0
    assert load(con, channels, *first_batch()).new_articles == 0
    assert deliver_pending(con, channels, timeout_s=5).sent == 0
    assert len(receiver.posts) == 4
    assert alert_counts(con) == {"sent": 4}
    assert len(sent_alerts(con)) == 4


def test_follow_ups_do_not_alert_again_unless_rule_wants_updates(
    con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver
) -> None:
    channels = [channel_for_url(receiver.json_url())]
    quiet = tuple(AlertRule(r.name, r.event_types, r.actors, r.subtypes, r.weapons, updates=False) for r in RULES)
    load(con, channels, article("a1", "aljazeera", DAY, LAUNCH, prk_launch()), rules=quiet)
    assert len(pending_alerts(con)) == 1
    # The same outlet again, then a second outlet: one event, no new alert when the rule takes no updates.
    r1 = load(con, channels, article("a2", "aljazeera", DAY + timedelta(hours=1), LAUNCH, prk_launch()), rules=quiet)
    r2 = load(con, channels, article("a3", "bbc", DAY + timedelta(hours=2), LAUNCH, prk_launch()), rules=quiet)
    assert r1.new_events == r2.new_events == 0
    assert con.execute("SELECT count(*), max(n_sources) FROM events").fetchone() == (1, 2)
    assert len(pending_alerts(con)) == 1


def test_updates_confirmation_and_revised_count(con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver) -> None:
    channels = [channel_for_url(receiver.json_url())]
    load(con, channels, article("a1", "aljazeera", DAY, LAUNCH, prk_launch()))
    load(con, channels, article("a2", "aljazeera", DAY + timedelta(hours=1), LAUNCH, prk_launch()))  # same outlet
    assert [a.kind for a in pending_alerts(con)] == ["new"]
    load(con, channels, article("a3", "bbc", DAY + timedelta(hours=2), LAUNCH, prk_launch()))  # a second outlet
    assert [a.kind for a in pending_alerts(con)] == ["new", "confirmed"]
    load(con, channels, article("a4", "cnn", DAY + timedelta(hours=3), LAUNCH, prk_launch()))  # a third: nothing
    assert len(pending_alerts(con)) == 2
    three = LAUNCH.replace("صاروخين", "ثلاثة صواريخ")
    load(con, channels, article("a5", "cnn", DAY + timedelta(hours=4), three, prk_launch(3)))  # count revised
    kinds = [(a.kind, a.revision) for a in pending_alerts(con)]
    assert kinds == [("new", 1), ("confirmed", 1), ("update", 2)]
    update = pending_alerts(con)[-1]
    assert update.title.startswith("UPDATE (revision 2)")
    assert "count: 2 → 3" in update.body_text
    assert deliver_pending(con, channels, timeout_s=5).sent == 3
    assert [p.json()["kind"] for p in receiver.wait_for(3)] == ["new", "confirmed", "update"]


def test_merged_events_are_not_announced_twice(con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver) -> None:
    channels = [channel_for_url(receiver.json_url())]
    # Two launches a day apart that a later, bridging report merges into one event.
    undated = Event(**{**prk_launch().__dict__, "event_date": None})
    load(con, channels, article("a1", "aljazeera", DAY, LAUNCH, undated))
    load(con, channels, article("b1", "bbc", DAY + timedelta(days=2), LAUNCH, undated))
    assert len(pending_alerts(con)) == 2
    bridge = Event(**{**prk_launch().__dict__, "event_date": (DAY + timedelta(days=1)).date()})
    load(con, channels, article("c1", "cnn", DAY + timedelta(days=1, hours=1), LAUNCH, bridge))
    statuses = dict(con.execute("SELECT status, count(*) FROM events GROUP BY status").fetchall())
    assert statuses == {"active": 1, "merged": 1}
    (survivor,) = con.execute("SELECT event_id FROM events WHERE status = 'active'").fetchone()
    kinds = sorted((a.kind, a.event_id == survivor) for a in pending_alerts(con))
    # No second `new` for the surviving event: it was announced (itself or via the merged one); the merge
    # changed its facts, so the rule (updates = true) sends one marked update.
    assert kinds == [("new", False), ("new", True), ("update", True)]


def test_channel_down_then_up_delivers_exactly_once(con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver) -> None:
    channels = [channel_for_url(receiver.json_url())]
    load(con, channels, *first_batch())
    receiver.stop()  # connection refused
    report = deliver_pending(con, channels, timeout_s=2)
    assert (report.sent, report.failed, report.deferred, report.pending) == (0, 1, 1, 2)
    attempts = con.execute("SELECT ok, error FROM alert_attempts").fetchall()
    assert len(attempts) == 1 and attempts[0][0] is False and "Connection error" in attempts[0][1]

    receiver.start()
    report = deliver_pending(con, channels, timeout_s=2)
    assert (report.sent, report.failed, report.pending) == (2, 0, 0)
    assert deliver_pending(con, channels, timeout_s=2).sent == 0
    ids = [p.json()["alert_id"] for p in receiver.wait_for(2)]
    assert len(ids) == len(set(ids)) == 2


def test_server_error_leaves_pending_then_delivers(con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver) -> None:
    channels = [channel_for_url(receiver.json_url())]
    load(con, channels, first_batch()[0])
    receiver.mode = "error"
    assert deliver_pending(con, channels, timeout_s=2).failed == 1
    (alert,) = pending_alerts(con)
    assert alert.attempts == 1 and "error=500" in (alert.last_error or "")
    receiver.mode = "ok"
    assert deliver_pending(con, channels, timeout_s=2).sent == 1
    accepted = [p.json()["alert_id"] for p in receiver.accepted]
    assert accepted == [alert.alert_id]


def test_slow_receiver_times_out_then_delivers(con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver) -> None:
    channels = [channel_for_url(receiver.json_url())]
    load(con, channels, first_batch()[0])
    receiver.mode, receiver.delay_s = "slow", 2.0
    report = deliver_pending(con, channels, timeout_s=0.5)
    assert (report.sent, report.failed, report.pending) == (0, 1, 1)
    assert report.elapsed_s < 1.8  # gave up at the timeout, not when the receiver answered
    receiver.mode = "ok"
    assert deliver_pending(con, channels, timeout_s=2).sent == 1
    posts = receiver.wait_for(2)
    # The slow receiver did read the first copy: at-least-once, and the shared alert id lets it drop the copy.
    assert len({p.json()["alert_id"] for p in posts}) == 1
    assert len(receiver.accepted) == 1


def test_unconfigured_channel_keeps_alerts_pending(con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver) -> None:
    old = [channel_for_url(receiver.json_url("/old"))]
    load(con, old, first_batch()[0])
    report = deliver_pending(con, [channel_for_url(receiver.json_url("/new"))], timeout_s=2)
    assert (report.no_channel, report.pending, report.sent) == (1, 1, 0)
    assert receiver.posts == []


def test_markdown_and_html_channels_get_inert_headlines(
    con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver
) -> None:
    evil = "[اضغط هنا](http://evil.example/x) <img src=x onerror=alert(1)> @everyone **عاجل**"
    channels = [
        channel_for_url(receiver.json_url("/md", format="markdown")),
        channel_for_url(receiver.json_url("/html", format="html")),
        channel_for_url(receiver.json_url("/text")),
    ]
    load(con, channels, article("a1", "aljazeera", DAY, LAUNCH + " " + evil, prk_launch(), title=evil))
    assert deliver_pending(con, channels, timeout_s=5).sent == 3
    bodies = {p.path: p.json()["message"] for p in receiver.wait_for(3)}
    rendered_md = markdown.markdown(bodies["/md"])
    for html in (rendered_md, bodies["/html"]):
        assert "<img" not in html
        assert 'href="http://evil' not in html and "<strong>عاجل" not in html
        assert '<a href="https://aljazeera.example/news/a1">' in html  # our own source link does work
    for body in bodies.values():
        assert "@everyone" not in body and "http://evil" not in body


def test_secrets_never_reach_logs_or_warehouse(
    con: duckdb.DuckDBPyConnection, receiver: WebhookReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    password, token = "Sup3rSecretPassw0rd", "tok-7f3a9c1e5b2d"
    url = f"json://alice:{password}@127.0.0.1:{receiver.port}/hook/{token}"
    channels = [channel_for_url(url)]
    caplog.set_level(logging.DEBUG)
    load(con, channels, *first_batch())
    receiver.stop()
    assert deliver_pending(con, channels, timeout_s=1).failed == 1
    receiver.mode = "error"
    receiver.start()
    assert deliver_pending(con, channels, timeout_s=1).failed == 1
    receiver.mode = "ok"
    assert deliver_pending(con, channels, timeout_s=1).sent == 2
    assert receiver.posts[-1].path == f"/hook/{token}"  # the real URL was used for sending

    assert "JSON Payload" in caplog.text or "Sent JSON" in caplog.text  # Apprise did log, at DEBUG
    assert f"to {channels[0].label} failed" in caplog.text  # the public host stays readable
    for secret in (password, token, url):
        assert secret not in caplog.text
        for table in ("alerts", "alert_attempts"):
            dump = json.dumps(con.execute(f"SELECT * FROM {table}").fetchall(), default=str)
            assert secret not in dump
    errors = [e for (e,) in con.execute("SELECT error FROM alert_attempts WHERE NOT ok").fetchall()]
    assert len(errors) == 2 and all(errors)
    labels = {a.channel_label for a in sent_alerts(con)}
    assert labels == {channels[0].label} and channels[0].label.startswith(f"json://127.0.0.1:{receiver.port}#")


def test_enqueue_directly_from_events_table(con: duckdb.DuckDBPyConnection) -> None:
    """enqueue_alerts works on any EventChanges, e.g. one built by a retag, inside the caller's transaction."""
    load_articles(con, first_batch(), tagger_version="t1", run_id="r")  # loaded without alerting
    new_ids = tuple(r[0] for r in con.execute("SELECT event_id FROM events ORDER BY event_id").fetchall())
    channels = [channel_for_url("json://127.0.0.1:9/never")]
    con.begin()
    assert enqueue_alerts(con, EventChanges(new=new_ids), RULES, channels) == 2
    con.rollback()  # the outbox shares the caller's transaction: rolled back together
    assert pending_alerts(con) == []
    assert enqueue_alerts(con, EventChanges(new=new_ids), RULES, channels) == 2
    assert enqueue_alerts(con, EventChanges(new=new_ids), RULES, channels) == 0  # idempotent


def test_alert_failing_max_attempts_times_is_dead_until_revived(
    tmp_path: Path, receiver: WebhookReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from flows.cli import app
    from warehouse.alerts import dead_alerts

    monkeypatch.setenv("MARSAD_ALERT_MAX_ATTEMPTS", "3")
    db = tmp_path / "dead.duckdb"
    channels = [channel_for_url(receiver.json_url())]
    con = open_warehouse(db)
    try:
        load(con, channels, first_batch()[0])
        receiver.mode = "error"  # a channel that refuses every message (a revoked token, say)
        reports = [deliver_pending(con, channels, timeout_s=2) for _ in range(4)]
        # Tried on the first three passes only; the third failure makes it dead, the fourth pass leaves it alone.
        assert [(r.failed, r.pending, r.dead, r.died) for r in reports] == [
            (1, 1, 0, 0),
            (1, 1, 0, 0),
            (1, 0, 1, 1),
            (0, 0, 1, 0),
        ]
        assert len(receiver.posts) == 3
        (dead,) = dead_alerts(con)
        assert dead.status == "dead" and dead.attempts == 3 and dead.dead_at is not None
        assert pending_alerts(con) == []
        assert alert_counts(con) == {"dead": 1}
    finally:
        con.close()

    runner = CliRunner()
    env = {"MARSAD_ALERT_URLS": receiver.json_url(), "COLUMNS": "250"}
    listed = runner.invoke(app, ["alerts", "--dead", "--db", str(db), "--format", "json"], env=env)
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [(r["status"], r["alert_id"]) for r in rows] == [("dead", dead.alert_id)]
    only_pending = runner.invoke(app, ["alerts", "--pending", "--db", str(db), "--format", "json"], env=env)
    assert only_pending.output.strip() == ""

    receiver.mode = "ok"  # the token is fixed: a plain retry leaves the dead alone, `--dead` revives and sends
    plain = runner.invoke(app, ["alerts", "retry", "--db", str(db)], env=env)
    assert plain.exit_code == 0, plain.output
    assert "sent 0" in plain.output and "dead 1" in plain.output
    assert len(receiver.posts) == 3
    revived = runner.invoke(app, ["alerts", "retry", "--dead", "--db", str(db)], env=env)
    assert revived.exit_code == 0, revived.output
    assert "revived 1 dead alerts" in revived.output and "sent 1" in revived.output
    assert [p.json()["alert_id"] for p in receiver.accepted] == [dead.alert_id]
    con = open_warehouse(db, read_only=True)
    try:
        assert alert_counts(con) == {"sent": 1}
        assert con.execute("SELECT count(*) FROM alert_attempts").fetchone() == (4,)
    finally:
        con.close()
