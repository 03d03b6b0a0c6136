"""Read side of the warehouse: data checks, Arabic FTS, Parquet export, snapshots for readers."""

from __future__ import annotations

import subprocess
import sys
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from transforms.records import Article, Event, FeedSpec, FetchRecord
from warehouse.checks import available_checks, run_checks
from warehouse.db import WarehouseLockedError, open_warehouse
from warehouse.export import export_parquet, publish_snapshot
from warehouse.load import load_articles, record_fetches, upsert_feeds
from warehouse.query import events, rebuild_search_index, run_sql, search
from warehouse.text import normalize

T0 = datetime(2018, 5, 31, 7, 0, tzinfo=UTC)
DOCS = {
    # Each spelled with the hamza/taa-marbuta forms an outlet might use.
    "lavrov": ("لافروف يصل إلى بيونغ يانغ", "وصل وزير الخارجية الروسي سيرغي لافروف إلى العاصمة الكورية الشمالية"),
    "launch": ("كوريا الشمالية تطلق صاروخاً", "أعلنت سيول أن بيونغ يانغ أطلقت صاروخا باليستيا نحو البحر"),
    "school": ("افتتاح مدرسة جديدة", "افتتحت الوزارة مدرسة ابتدائية في المدينة"),
    "oil": ("أسعار النفط ترتفع", "ارتفعت أسعار النفط في الأسواق الآسيوية اليوم"),
}


def doc(key: str, i: int, events: tuple[Event, ...] = ()) -> Article:
    title, text = DOCS[key]
    url = f"https://news.example/{key}/{i}"
    return Article(
        article_id=f"{key}-{i}",
        url=url,
        canonical_url=url,
        feed_name="Example",
        outlet=["bbc", "cnn", "france24"][i % 3],
        title=title,
        published_at=T0 + timedelta(hours=i),
        text=f"{text} ({i})",
        language="ar",
        content_hash=f"{key}-{i}",
        raw_html=zlib.compress(text.encode()),
        events=events,
    )


@pytest.fixture
def loaded(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = open_warehouse(tmp_path / "read.duckdb")
    upsert_feeds(con, [FeedSpec("Example", "https://news.example/rss", outlet="bbc")])
    record_fetches(
        con,
        [
            FetchRecord(
                "r1", "feed", "https://news.example/rss", "https://news.example/rss", "ok", T0, 30, 200, n_items=4
            )
        ],
    )
    coop = Event(
        "russia_dprk_cooperation",
        "asserted",
        participants=("lavrov", "kim_jong_un"),
        subtypes=("visit_meeting",),
        event_date=T0.date(),
    )
    launch = Event(
        "missile_launch", "asserted", actor="PRK", count=1, missile_class=("ballistic",), event_date=T0.date()
    )
    batch = [doc("lavrov", 0, (coop,)), doc("lavrov", 1, (coop,)), doc("launch", 2, (launch,))]
    batch += [doc("school", 3), doc("oil", 4)]
    load_articles(con, batch, tagger_version="t1", run_id="r1")
    yield con
    con.close()


def test_participants_are_canonical_ids_with_english_names(loaded: duckdb.DuckDBPyConnection) -> None:
    row = loaded.execute("SELECT participants, participant_names FROM v_cooperation_timeline").fetchone()
    assert row == (["kim_jong_un", "lavrov"], ["Kim Jong Un", "Sergei Lavrov"])
    people = loaded.execute("SELECT entity_id, name, side FROM v_event_participants ORDER BY 1").fetchall()
    assert people == [("kim_jong_un", "Kim Jong Un", "PRK"), ("lavrov", "Sergei Lavrov", "RUS")]
    # the entity table follows the lexicon: opening the warehouse again rewrites it, without duplicates
    n = loaded.execute("SELECT count(*) FROM entities").fetchone()[0]
    from warehouse.db import migrate

    migrate(loaded)
    assert loaded.execute("SELECT count(*) FROM entities").fetchone()[0] == n >= 40


def test_checks_pass_on_a_good_warehouse_and_catch_planted_rows(loaded: duckdb.DuckDBPyConnection) -> None:
    assert len(available_checks()) >= 10
    assert run_checks(loaded) == []
    # Plant one bad row per kind of breakage.
    loaded.execute(
        "INSERT INTO event_mentions SELECT * REPLACE ('orphan' AS mention_id, 'nope' AS article_id) "
        "FROM event_mentions LIMIT 1"
    )
    loaded.execute("UPDATE articles SET published_at = TIMESTAMPTZ '2099-01-01 00:00:00+00' WHERE article_id = 'oil-4'")
    survivor = loaded.execute("SELECT event_id FROM events WHERE event_type = 'missile_launch'").fetchone()[0]
    loaded.execute(
        "INSERT INTO events SELECT * REPLACE ('ghost' AS event_id, 'merged' AS status, ? AS merged_into) "
        "FROM events WHERE event_id = ?",
        ["does-not-exist", survivor],
    )
    loaded.execute(
        "INSERT INTO events SELECT * REPLACE ('lonely' AS event_id) FROM events WHERE event_id = ?", [survivor]
    )
    failures = {f.name: f for f in run_checks(loaded)}
    assert set(failures) == {
        "mention_without_article",
        "dates_out_of_bounds",
        "merge_pointers",
        "event_without_members",
    }
    assert failures["mention_without_article"].sample == (("orphan", "nope"),)
    assert failures["event_without_members"].description.startswith("An active event has no member")


def test_duplicate_canonical_url_check(loaded: duckdb.DuckDBPyConnection) -> None:
    # The UNIQUE constraint forbids it, so the check can only fire on a copy without constraints.
    loaded.execute("CREATE TABLE articles_copy AS SELECT * FROM articles")
    loaded.execute("INSERT INTO articles_copy SELECT * REPLACE ('x' AS article_id) FROM articles LIMIT 1")
    loaded.execute("DROP TABLE articles_copy")
    with pytest.raises(duckdb.ConstraintException):
        loaded.execute("INSERT INTO articles SELECT * REPLACE ('x' AS article_id) FROM articles LIMIT 1")


def test_search_matches_hamza_and_taa_marbuta_variants(loaded: duckdb.DuckDBPyConnection) -> None:
    assert rebuild_search_index(loaded) == 5
    # Query spellings differ from the text: اطلقت/أطلقت, صاروخ/صاروخاً, مدرسه/مدرسة, إلى/الى.
    assert {h.article_id for h in search(loaded, "اطلقت صاروخا")} == {"launch-2"}
    assert [h.article_id for h in search(loaded, "مدرسه")] == ["school-3"]
    assert {h.article_id for h in search(loaded, "لافروف الى بيونغ يانغ")} >= {"lavrov-0", "lavrov-1"}
    assert search(loaded, "كلمةغيرموجودة") == []
    hits = search(loaded, "أسعار النفط", limit=1)
    assert len(hits) == 1 and hits[0].article_id == "oil-4" and hits[0].score > 0
    # Same ranking and scores as the extension's own match_bm25 macro.
    reference = loaded.execute(
        "SELECT article_id, score FROM (SELECT article_id, fts_main_article_search.match_bm25(article_id, ?) AS score"
        " FROM article_search) WHERE score IS NOT NULL ORDER BY score DESC, article_id",
        [normalize("لافروف الى بيونغ يانغ")],
    ).fetchall()
    hits = search(loaded, "لافروف الى بيونغ يانغ")
    assert [(h.article_id, round(h.score, 9)) for h in hits] == [(a, round(s, 9)) for a, s in reference]
    assert rebuild_search_index(loaded) == 0  # nothing new: skipped
    # New articles appear only after a rebuild.
    load_articles(loaded, [doc("school", 9)], tagger_version="t1", run_id="r2")
    assert [h.article_id for h in search(loaded, "مدرسة")] == ["school-3"]
    assert rebuild_search_index(loaded) == 1
    assert {h.article_id for h in search(loaded, "مدرسة")} == {"school-3", "school-9"}


def test_views_and_event_listing(loaded: duckdb.DuckDBPyConnection) -> None:
    cols, rows = run_sql(loaded, "SELECT event_type, actor, n_events, n_sources FROM v_events_daily ORDER BY 1")
    assert cols == ["event_type", "actor", "n_events", "n_sources"]
    # The two Lavrov reports share a title: one story, syndicated, so one source.
    assert rows == [("missile_launch", "PRK", 1, 1), ("russia_dprk_cooperation", "RUS-PRK", 1, 1)]
    assert run_sql(loaded, "SELECT * FROM article_duplicates")[1] == [("lavrov-1", "lavrov-0", "title", 1.0)]
    launches = run_sql(loaded, "SELECT count, missile_class, first_source, sources FROM v_dprk_launches")[1]
    assert launches == [(1, ["ballistic"], "france24", ["france24"])]
    coverage = run_sql(
        loaded, "SELECT outlet, times_first FROM v_outlet_coverage WHERE event_type LIKE 'russia%' ORDER BY outlet"
    )[1]
    assert coverage == [("bbc", 1), ("cnn", 0)]
    health = run_sql(loaded, "SELECT url, health, fetches_7d FROM v_feed_health")[1]
    assert health[0][:2] == ("https://news.example/rss", "ok")
    assert [e["event_type"] for e in events(loaded, type="missile_launch")] == ["missile_launch"]
    assert len(events(loaded)) == 2
    assert events(loaded, since=date(2018, 6, 2)) == []


def test_export_parquet_writes_every_table_and_view(loaded: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    paths = export_parquet(loaded, tmp_path / "export")
    names = {p.stem for p in paths}
    assert {"articles", "events", "event_mentions", "feeds", "v_dprk_launches", "v_feed_health"} <= names
    articles = pq.read_table(tmp_path / "export" / "articles.parquet")
    assert articles.num_rows == 5
    assert "لافروف" in articles.column("title").to_pylist()[0]


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM articles").fetchone()[0],
      con.execute("SELECT count(*) FROM v_events_daily").fetchone()[0], flush=True)
"""

WRITER = """
import sys
from warehouse.db import open_warehouse
from warehouse.export import publish_snapshot
con = open_warehouse(sys.argv[1])
publish_snapshot(sys.argv[1], sys.argv[2], con=con)
print("published", flush=True)
sys.stdin.readline()
"""


def test_snapshot_lets_readers_query_while_the_writer_holds_the_file(
    loaded: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    db_path = tmp_path / "read.duckdb"
    snap = tmp_path / "snap" / "marsad-snapshot.duckdb"
    loaded.close()
    repo = Path(__file__).resolve().parents[1]
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), str(snap)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo,
    ) as writer:
        assert writer.stdin is not None and writer.stdout is not None
        try:
            assert writer.stdout.readline().strip() == "published"
            # The main file is locked by the writer...
            with pytest.raises(WarehouseLockedError):
                open_warehouse(db_path, read_only=True)
            # ...but a separate reader process queries the snapshot.
            reader = subprocess.run(
                [sys.executable, "-c", READER, str(snap)], capture_output=True, text=True, timeout=60, check=True
            )
            assert reader.stdout.split() == ["5", "2"]
        finally:
            writer.stdin.write("\n")
            writer.stdin.flush()
            writer.wait(timeout=30)
    assert not list(snap.parent.glob("*.tmp"))
    # Publishing again replaces the snapshot in place.
    con = open_warehouse(db_path)
    load_articles(con, [doc("oil", 7)], tagger_version="t1", run_id="r2")
    publish_snapshot(db_path, snap, con=con)
    con.close()
    with duckdb.connect(str(snap), read_only=True) as reader_con:
        assert reader_con.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
