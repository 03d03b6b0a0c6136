"""Read side of the warehouse: data checks, Arabic full-text search, Parquet export, published files for readers."""

from __future__ import annotations

import subprocess
import sys
import zlib
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from transforms.records import Article, Event, FeedSpec, FetchRecord
from warehouse.checks import available_checks, run_checks
from warehouse.db import WarehouseLockedError, open_warehouse
from warehouse.export import export_parquet
from warehouse.load import load_articles, record_fetches, upsert_feeds
from warehouse.query import events, rebuild_search_index, run_sql, search
from warehouse.readers import RUN_TABLES, catalog_path, publish_readers, reader_dir
from warehouse.search import index_path

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


def test_duplicate_article_checks(loaded: duckdb.DuckDBPyConnection) -> None:
    # Loads never insert a known article (anti-join on id and canonical URL); the checks watch the table,
    # which carries no unique index (DuckDB would rewrite it whole at every checkpoint).
    assert run_checks(loaded) == []
    loaded.execute("INSERT INTO articles SELECT * REPLACE ('x' AS article_id) FROM articles LIMIT 1")
    loaded.execute(
        "INSERT INTO articles SELECT * REPLACE ('https://other.example/' AS canonical_url) FROM articles LIMIT 1"
    )
    failing = {f.name for f in run_checks(loaded)}
    assert {"duplicate_canonical_url", "duplicate_article_id"} <= failing


def test_search_matches_hamza_and_taa_marbuta_variants(loaded: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    # The loads indexed their articles already: nothing to catch up.
    assert rebuild_search_index(loaded) == 0
    # Query spellings differ from the text: اطلقت/أطلقت, صاروخ/صاروخاً, مدرسه/مدرسة, إلى/الى.
    assert {h.article_id for h in search(loaded, "اطلقت صاروخا")} == {"launch-2"}
    assert [h.article_id for h in search(loaded, "مدرسه")] == ["school-3"]
    assert {h.article_id for h in search(loaded, "لافروف الى بيونغ يانغ")} >= {"lavrov-0", "lavrov-1"}
    assert search(loaded, "كلمةغيرموجودة") == []
    assert search(loaded, "  ...  ") == []
    hits = search(loaded, "أسعار النفط", limit=1)
    assert len(hits) == 1 and hits[0].article_id == "oil-4" and hits[0].score > 0
    assert hits[0].outlet == "cnn" and hits[0].url == "https://news.example/oil/4"
    assert hits[0].published_at == T0 + timedelta(hours=4)
    # The article definite and prefixed forms meet through the stemmer: الصاروخ / صاروخ.
    assert "launch-2" in {h.article_id for h in search(loaded, "الصاروخ")}
    # An article is searchable as soon as its batch is loaded.
    load_articles(loaded, [doc("school", 9)], tagger_version="t1", run_id="r2")
    assert {h.article_id for h in search(loaded, "مدرسة")} == {"school-3", "school-9"}


def test_search_index_catches_up_and_rebuilds(loaded: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    index = index_path(tmp_path / "read.duckdb")
    assert index.exists()
    ranked = [(h.article_id, round(h.score, 9)) for h in search(loaded, "لافروف الى بيونغ يانغ")]
    # A lost index (or a load interrupted between its commit and its indexing) is rebuilt from the warehouse.
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    with pytest.raises(LookupError, match="no search index"):
        search(loaded, "مدرسة")
    assert rebuild_search_index(loaded) == 5
    assert [(h.article_id, round(h.score, 9)) for h in search(loaded, "لافروف الى بيونغ يانغ")] == ranked
    # Articles that left the warehouse leave the results.
    loaded.execute("DELETE FROM articles WHERE article_id = 'school-3'")
    assert rebuild_search_index(loaded) == 0
    assert search(loaded, "مدرسة") == []
    assert rebuild_search_index(loaded, force=True) == 4
    # An in-memory warehouse has no index file; loads still work.
    mem = open_warehouse(":memory:")
    load_articles(mem, [doc("oil", 1)], tagger_version="t1", run_id="m")
    with pytest.raises(LookupError, match="in-memory"):
        search(mem, "النفط")
    mem.close()


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
from warehouse.search import search
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM articles").fetchone()[0],
      con.execute("SELECT count(*) FROM v_events_daily").fetchone()[0],
      search(con, sys.argv[2])[0].article_id, flush=True)
"""

WRITER = """
import sys
from warehouse.db import open_warehouse
from warehouse.load import load_articles
from warehouse.readers import publish_readers
from tests.test_warehouse_read import doc
con = open_warehouse(sys.argv[1])
publish_readers(con, sys.argv[1])
print("published", flush=True)
sys.stdin.readline()
load_articles(con, [doc("oil", 7)], tagger_version="t1", run_id="r2")
publish_readers(con, sys.argv[1])
print("published", flush=True)
sys.stdin.readline()
"""


def _read(catalog: Path, query: str) -> list[str]:
    repo = Path(__file__).resolve().parents[1]
    reader = subprocess.run(
        [sys.executable, "-c", READER, str(catalog), query],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=repo,
    )
    return reader.stdout.split()


def test_readers_query_what_the_writer_published_while_it_holds_the_file(
    loaded: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    db_path = tmp_path / "read.duckdb"
    catalog = catalog_path(db_path)
    loaded.close()
    repo = Path(__file__).resolve().parents[1]
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)],
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
            # ...but a separate reader process queries the published tables and views, and searches.
            assert _read(catalog, "مدرسة") == ["5", "2", "school-3"]
            writer.stdin.write("\n")
            writer.stdin.flush()
            # The next publication adds the new rows only: the article loaded after the first one is there.
            assert writer.stdout.readline().strip() == "published"
            assert _read(catalog, "النفط 7") == ["6", "2", "oil-7"]
        finally:
            writer.stdin.write("\n")
            writer.stdin.flush()
            writer.wait(timeout=30)
    folder = reader_dir(db_path)
    assert not list(folder.rglob("*.tmp"))
    assert len(list((folder / "gen-1" / "articles").glob("*.parquet"))) == 2


def test_publication_is_incremental_and_full_when_asked(loaded: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    db_path = tmp_path / "read.duckdb"
    first = publish_readers(loaded, db_path)
    assert first.full and first.generation == 1 and first.rows["articles"] == 5
    # Nothing new: append-only tables write nothing, and a run that loaded nothing rewrites only its own tables.
    again = publish_readers(loaded, db_path, tables=RUN_TABLES)
    assert not again.full and "articles" not in again.rows and set(again.rows) <= set(RUN_TABLES)
    load_articles(loaded, [doc("oil", 8), doc("launch", 9)], tagger_version="t1", run_id="r3")
    step = publish_readers(loaded, db_path)
    assert step.rows["articles"] == 2 and step.generation == 1
    # A full publication (maintenance, re-tag) starts a new generation with one file per table; the one
    # before stays for readers that opened it, older ones go.
    for expected in (2, 3):
        full = publish_readers(loaded, db_path, full=True)
        assert full.full and full.generation == expected and full.rows["articles"] == 7
    folder = reader_dir(db_path)
    assert sorted(p.name for p in folder.glob("gen-*")) == ["gen-2", "gen-3"]
    assert [p.name for p in (folder / "gen-3" / "articles").glob("*.parquet")] == ["part-0.parquet"]
    with duckdb.connect(str(catalog_path(db_path)), read_only=True) as reader:
        published = reader.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()
        assert published == loaded.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()
        assert (
            reader.execute("SELECT count(*) FROM event_mentions").fetchone()
            == loaded.execute("SELECT count(*) FROM event_mentions").fetchone()
        )
        names = {r[0] for r in reader.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert "article_html" not in names and {"events", "v_dprk_launches", "fetch_log"} <= names
    # A changed schema (here a new table) is published whole, with a catalog that has it.
    loaded.execute("CREATE TABLE notes (id INTEGER)")
    assert publish_readers(loaded, db_path).full
    with duckdb.connect(str(catalog_path(db_path)), read_only=True) as reader:
        assert reader.execute("SELECT count(*) FROM notes").fetchone() == (0,)


def test_exact_copies_are_looked_for_among_recent_articles_only(tmp_path: Path) -> None:
    con = open_warehouse(tmp_path / "window.duckdb")
    now = datetime.now(UTC)
    old = replace(doc("oil", 1), content_hash="same", published_at=now - timedelta(days=90))
    load_articles(con, [old], tagger_version="t1", run_id="r1", seen_at=now - timedelta(days=90))
    recent = replace(doc("oil", 2), content_hash="same", published_at=now - timedelta(days=10))
    load_articles(con, [recent], tagger_version="t1", run_id="r2", seen_at=now - timedelta(days=10))
    copy = replace(doc("oil", 3), content_hash="same", published_at=now)
    load_articles(con, [copy], tagger_version="t1", run_id="r3", seen_at=now)
    links = dict(con.execute("SELECT article_id, duplicate_of FROM article_duplicates").fetchall())
    # Each copy is compared with articles first seen within CONTENT_DUPLICATE_WINDOW (30 days) of it: the copy
    # links to the one from 10 days ago, and neither to the one from 90 days ago.
    assert links == {"oil-3": "oil-2"}
    con.close()
