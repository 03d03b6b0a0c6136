"""Events, not mentions: clustering asserted mentions from several outlets into one event row."""

from __future__ import annotations

import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from transforms.records import Article, Event
from warehouse.checks import run_checks
from warehouse.db import open_warehouse
from warehouse.events import EventChanges
from warehouse.load import load_articles

DAY1 = datetime(2018, 5, 1, 6, 0, tzinfo=UTC)
LAUNCH_TEXT = (
    "أطلقت كوريا الشمالية صباح اليوم صاروخين باليستيين قصيري المدى باتجاه بحر اليابان وفق ما أعلنت هيئة "
    "الأركان المشتركة في سيول التي قالت إن الصاروخين حلقا مسافة أربعمئة كيلومتر قبل أن يسقطا في البحر "
    "خارج المنطقة الاقتصادية اليابانية ودعت اليابان والولايات المتحدة إلى اجتماع طارئ لمجلس الأمن"
)


def article(
    key: str,
    outlet: str,
    published: datetime,
    events: tuple[Event, ...],
    *,
    text: str | None = None,
    title: str | None = None,
    content_hash: str | None = None,
) -> Article:
    url = f"https://{outlet}.example/{key}"
    # Own reporting: the shared facts plus enough words of the outlet's own to stay below the copy threshold.
    own_words = " ".join(f"{outlet}{key}كلمة{i}" for i in range(80))
    body = text if text is not None else f"{LAUNCH_TEXT} {own_words}"
    return Article(
        article_id=f"id-{key}",
        url=url,
        canonical_url=url,
        feed_name=f"{outlet} feed",
        outlet=outlet,
        title=title if title is not None else f"{outlet}: عنوان {key}",
        published_at=published,
        text=body,
        language="ar",
        content_hash=content_hash or f"hash-{key}",
        raw_html=zlib.compress(body.encode()),
        events=events,
    )


def prk_launch(day: date | None, count: int | None = 2, missile_class: tuple[str, ...] = ("srbm",)) -> Event:
    return Event(
        "missile_launch",
        "asserted",
        actor="PRK",
        count=count,
        count_qualifier="exact" if count else None,
        missile_class=missile_class,
        mode="test",
        event_date=day,
    )


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    connection = open_warehouse(tmp_path / "events.duckdb")
    yield connection
    connection.close()


def load(con: duckdb.DuckDBPyConnection, *articles: Article, run: str = "r") -> EventChanges:
    return load_articles(con, list(articles), tagger_version="t1", run_id=run).event_changes


def active(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(
        "SELECT event_id, event_date, count, n_articles, n_sources, revision, first_source "
        "FROM events WHERE status = 'active' ORDER BY first_seen_at"
    ).fetchall()


def test_one_event_through_several_outlets_on_successive_days(con: duckdb.DuckDBPyConnection) -> None:
    d = DAY1.date()
    first = load(con, article("a1", "bbc", DAY1, (prk_launch(d),)))
    assert len(first.new) == 1
    event_id = first.new[0]
    # Next day two more outlets report it ("أمس" resolved to the same date), one undated.
    second = load(
        con,
        article("a2", "cnn", DAY1 + timedelta(days=1), (prk_launch(d),)),
        article("a3", "france24", DAY1 + timedelta(days=1, hours=2), (prk_launch(None, count=None),)),
        run="r2",
    )
    assert second.new == ()
    assert second.grown == (event_id,)
    assert active(con) == [(event_id, d, 2, 3, 3, 1, "bbc")]
    # A third day still counts (the date, not the publication day, anchors dated mentions).
    load(con, article("a4", "skynews", DAY1 + timedelta(days=2), (prk_launch(d),)), run="r3")
    assert active(con)[0][3:5] == (4, 4)
    # Non-asserted mentions and other actors do not join.
    load(
        con,
        article("h1", "bbc", DAY1 + timedelta(days=1), (Event("missile_launch", "historical", actor="PRK"),)),
        article("o1", "bbc", DAY1, (Event("missile_launch", "asserted", actor="HOUTHI", event_date=d),)),
        run="r4",
    )
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    assert con.execute("SELECT n_articles FROM events WHERE event_id = ?", [event_id]).fetchone()[0] == 4
    assert run_checks(con) == []


def test_follow_up_with_corrected_count_updates_the_event(con: duckdb.DuckDBPyConnection) -> None:
    d = DAY1.date()
    event_id = load(con, article("a1", "bbc", DAY1, (prk_launch(d, count=2),))).new[0]
    correction = load(con, article("a2", "cnn", DAY1 + timedelta(hours=5), (prk_launch(d, count=3),)), run="r2")
    assert correction.new == ()
    assert correction.changed == {event_id: {"count": (2, 3)}}
    row = con.execute("SELECT count, revision, n_articles, updated_at > created_at FROM events").fetchall()
    assert row == [(3, 2, 2, True)]
    # Loading the same correction again changes nothing.
    again = load(con, article("a2", "cnn", DAY1 + timedelta(hours=5), (prk_launch(d, count=3),)), run="r3")
    assert not again
    assert con.execute("SELECT revision FROM events").fetchone()[0] == 2


def test_syndicated_copies_do_not_inflate_sources(con: duckdb.DuckDBPyConnection) -> None:
    d = DAY1.date()
    original = article("orig", "bbc", DAY1, (prk_launch(d),), text=LAUNCH_TEXT, content_hash="same")
    # Exact copy (same content hash) on another outlet, an hour later.
    exact = article(
        "copy1", "aggregator", DAY1 + timedelta(hours=1), (prk_launch(d),), text=LAUNCH_TEXT, content_hash="same"
    )
    # Lightly reworded copy: different hash and title, near-identical text.
    reworded_text = LAUNCH_TEXT.replace("صباح اليوم", "فجر اليوم") + " (وكالات)"
    near = article("copy2", "portal", DAY1 + timedelta(hours=2), (prk_launch(d),), text=reworded_text)
    independent = article("own", "cnn", DAY1 + timedelta(hours=3), (prk_launch(d),))
    load(con, original)
    load(con, exact, near, independent, run="r2")
    links = dict(con.execute("SELECT article_id, method FROM article_duplicates").fetchall())
    assert links == {"id-copy1": "content_hash", "id-copy2": "shingles"}
    assert con.execute("SELECT DISTINCT duplicate_of FROM article_duplicates").fetchall() == [("id-orig",)]
    n_articles, n_sources = con.execute("SELECT n_articles, n_sources FROM events").fetchone()
    assert (n_articles, n_sources) == (4, 2)  # bbc (with its two copies) and cnn
    assert run_checks(con) == []


def test_a_bridging_report_merges_two_events_and_keeps_a_pointer(con: duckdb.DuckDBPyConnection) -> None:
    early = load(con, article("e1", "bbc", DAY1, (prk_launch(date(2018, 5, 1)),))).new[0]
    late = load(con, article("e2", "cnn", DAY1 + timedelta(days=2), (prk_launch(date(2018, 5, 3)),)), run="r2").new[0]
    assert early != late
    # A report dated 2 May is within a day of both: they were one event.
    bridge = load(con, article("e3", "france24", DAY1 + timedelta(days=2), (prk_launch(date(2018, 5, 2)),)), run="r3")
    assert bridge.merged == {late: early}
    assert bridge.new == ()
    rows = dict(con.execute("SELECT event_id, (status, merged_into, n_articles) FROM events").fetchall())
    assert rows[late][:2] == ("merged", early)
    assert rows[early] == ("active", None, 3)
    members = con.execute("SELECT DISTINCT event_id FROM event_members").fetchall()
    assert members == [(early,)]
    assert run_checks(con) == []


def test_incompatible_attributes_make_separate_events(con: duckdb.DuckDBPyConnection) -> None:
    d = DAY1.date()
    changes = load(
        con,
        article("t1", "bbc", DAY1, (prk_launch(d),)),
        article("t2", "cnn", DAY1, (prk_launch(d, missile_class=("cruise",)),)),
        article("t3", "sky", DAY1, (Event("missile_launch", "asserted", actor="PRK", mode="attack", event_date=d),)),
        article("t4", "bbc", DAY1 + timedelta(days=5), (prk_launch(d + timedelta(days=5)),)),
    )
    assert len(changes.new) == 4


def test_cooperation_events_cluster_by_subtype_or_participants(con: duckdb.DuckDBPyConnection) -> None:
    d = date(2018, 5, 31)
    lavrov = Event(
        "russia_dprk_cooperation",
        "asserted",
        participants=("لافروف", "ري يونغ هو"),
        subtypes=("visit_meeting",),
        event_date=d,
    )
    lavrov_kim = Event(
        "russia_dprk_cooperation",
        "asserted",
        participants=("لافروف", "كيم جونغ اون"),
        subtypes=("visit_meeting", "communication"),
        event_date=d,
    )
    trade = Event(
        "russia_dprk_cooperation", "asserted", participants=("وزارة النقل",), subtypes=("economic",), event_date=d
    )
    at = datetime(2018, 5, 31, 9, tzinfo=UTC)
    changes = load(
        con,
        article("c1", "bbc", at, (lavrov,)),
        article("c2", "cnn", at, (lavrov_kim,)),
        article("c3", "rt", at, (trade,)),
    )
    assert len(changes.new) == 2
    merged = con.execute("SELECT subtypes, participants, n_sources FROM events WHERE n_articles = 2").fetchone()
    assert merged == (["communication", "visit_meeting"], ["ري يونغ هو", "كيم جونغ اون", "لافروف"], 2)
    timeline = con.execute("SELECT subtype, count(*) FROM v_cooperation_timeline GROUP BY 1 ORDER BY 1").fetchall()
    assert timeline == [("communication", 1), ("economic", 1), ("visit_meeting", 1)]


def test_on_events_runs_in_the_load_transaction(con: duckdb.DuckDBPyConnection) -> None:
    seen: list[int] = []

    def count_events(c: duckdb.DuckDBPyConnection, changes: EventChanges) -> None:
        seen.append(c.execute("SELECT count(*) FROM events").fetchone()[0])
        assert len(changes.new) == 1

    load_articles(
        con,
        [article("x1", "bbc", DAY1, (prk_launch(DAY1.date()),))],
        tagger_version="t1",
        run_id="r",
        on_events=count_events,
    )
    assert seen == [1]

    def fail(c: duckdb.DuckDBPyConnection, changes: EventChanges) -> None:
        raise RuntimeError("alert queue unavailable")

    with pytest.raises(RuntimeError):
        load_articles(
            con,
            [article("x2", "cnn", DAY1, (prk_launch(DAY1.date()),))],
            tagger_version="t1",
            run_id="r",
            on_events=fail,
        )
    # Rolled back as a whole: the article, its mention and the event update.
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT n_articles FROM events").fetchone()[0] == 1
