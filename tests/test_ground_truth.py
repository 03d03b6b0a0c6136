"""Reference loading (CNS JSON, CSIS CSV), the ground-truth views and `marsad verify`.

The fixture records are written here from publicly known launches (dates and times as the CNS database gives them:
UTC). The last test rebuilds a warehouse from the ANT corpus's North Korea articles and checks `verify` against a
count done independently in the test.
"""

from __future__ import annotations

import gzip
import json
import zlib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from transforms.pipeline import content_hash
from transforms.records import Article, Event
from transforms.reference import ReferenceDataError, discover, parse_cns, parse_csis
from warehouse.db import open_warehouse
from warehouse.load import load_articles
from warehouse.reference import current_references, load_reference, verify

# Known launches (CNS records them with these UTC dates and times).
CNS_FIXTURE = {
    "timeBins": [
        {
            "year": 2016,
            "data": [
                {
                    "date": "2016-02-07",
                    "time": "00:29 (UTC)",
                    "missile": "unha-3",
                    "facility": "sohae",
                    "landing": "unknown",
                    "apogee": "unknown",
                    "distance": "unknown",
                    "outcome": "success",
                    "description": "Kwangmyongsong-4 satellite launch",
                },
            ],
        },
        {
            "year": 2017,
            "data": [
                {
                    "date": "2017-07",
                    "time": "unknown",
                    "missile": "unknown",
                    "facility": "unknown",
                    "outcome": "unknown",
                    "description": "month only",
                },
                {
                    "date": "2017-07-04",
                    "time": "00:40 (UTC)",
                    "missile": "hwasong-14",
                    "facility": "panghyon",
                    "landing": "sea-of-japan",
                    "apogee": 2802,
                    "distance": "933",
                    "outcome": "success",
                },
                {
                    "date": "2017-07-28",
                    "time": "14:42 (UTC)",
                    "missile": "hwasong-14",
                    "facility": "mupyong-ni",
                    "landing": "sea-of-japan",
                    "apogee": 3725,
                    "distance": 998,
                    "outcome": "success",
                },
                {
                    "date": "2017-08-25",
                    "time": "21:49 (UTC)",
                    "series": 1,
                    "missile": "scud-b-marv",
                    "facility": "kittaeryong",
                    "outcome": "success",
                },
                {
                    "date": "2017-08-25",
                    "time": "22:07 (UTC)",
                    "series": 2,
                    "missile": "scud-b-marv",
                    "facility": "kittaeryong",
                    "outcome": "failure",
                },
                {
                    "date": "2017-08-25",
                    "time": "22:19 (UTC)",
                    "series": 3,
                    "missile": "scud-b-marv",
                    "facility": "kittaeryong",
                    "outcome": "success",
                },
                {
                    "date": "2017-09-14",
                    "time": "21:57 (UTC)",
                    "missile": "hwasong-12",
                    "facility": "sunan",
                    "landing": "pacific-ocean",
                    "apogee": 770,
                    "distance": 3700,
                    "outcome": "success",
                },
            ],
        },
    ]
}
MISSILES = {
    "unha-3": {"name": "Unha-3", "type": "SLV"},
    "hwasong-14": {"name": "Hwasong-14", "type": "ICBM"},
    "hwasong-12": {"name": "Hwasong-12", "type": "IRBM"},
    "scud-b-marv": {"name": "Scud-B MaRV", "type": "SRBM"},
}
FACILITIES = {"facilities": {"sohae": {"name": "Sohae Satellite Launching Station"}}}
CSIS_FIXTURE = (
    "date,type,event\n"
    "2017-09-15,Missile Provocation,Intermediate-range Ballistic Missile Launch\n"
    "2017-09-03,Nuclear Provocation,Nuclear Test\n"
    "2017-08-26,Missile Provocation,Short-range Ballistic Missile Launch\n"
    "2017-07-04,Missile Provocation,Intercontinental Ballistic Missile\n"
    "2017-10-11,Missile Provocation,Cruise missile\n"
)
LAUNCH_TEXT = "أطلقت كوريا الشمالية صاروخا باليستيا عابرا للقارات سقط في بحر اليابان وفق هيئة الأركان المشتركة في سيول"


def write_reference(folder: Path, tests: dict[str, Any] = CNS_FIXTURE) -> Path:
    cns = folder / "nagix_nk_missile_tests"
    cns.mkdir(parents=True, exist_ok=True)
    (cns / "test.en.json").write_text(json.dumps(tests), encoding="utf-8")
    (cns / "missile.en.json").write_text(json.dumps(MISSILES), encoding="utf-8")
    (cns / "facility.en.json").write_text(json.dumps(FACILITIES), encoding="utf-8")
    (folder / "dprk_provocations_dates.csv").write_text(CSIS_FIXTURE, encoding="utf-8")
    return folder


def launch_article(
    key: str, outlet: str, published: datetime, day: date | None, *, count: int = 1, event_type: str = "missile_launch"
) -> Article:
    url = f"https://{outlet}.example/{key}"
    body = f"{LAUNCH_TEXT} {' '.join(f'{outlet}{key}كلمة{i}' for i in range(60))}"
    event = Event(
        event_type,
        "asserted",
        actor="PRK",
        count=count if event_type == "missile_launch" else None,
        count_qualifier="exact",
        missile_class=("icbm",) if event_type == "missile_launch" else (),
        mode="test" if event_type == "missile_launch" else None,
        event_date=day,
        evidence=(),
        rules=("fixture",),
    )
    return Article(
        article_id=f"id-{key}",
        url=url,
        canonical_url=url,
        feed_name=f"{outlet} feed",
        outlet=outlet,
        title=f"{outlet}: {key}",
        published_at=published,
        text=body,
        language="ar",
        content_hash=f"hash-{key}",
        raw_html=zlib.compress(body.encode()),
        events=(event,),
    )


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    connection = open_warehouse(tmp_path / "gt.duckdb")
    yield connection
    connection.close()


def test_parse_cns_names_missiles_and_keeps_month_only_dates(tmp_path: Path) -> None:
    tests = parse_cns(json.dumps(CNS_FIXTURE).encode(), json.dumps(MISSILES).encode(), json.dumps(FACILITIES).encode())
    assert len(tests) == 8
    satellite = tests[0]
    assert (satellite.launch_date, satellite.missile_name, satellite.is_space_launch) == (
        date(2016, 2, 7),
        "Unha-3",
        True,
    )
    assert satellite.launch_at == datetime(2016, 2, 7, 0, 29, tzinfo=UTC)
    assert satellite.facility_name == "Sohae Satellite Launching Station"
    month_only = tests[1]
    assert (month_only.date_text, month_only.launch_date, month_only.launch_at) == ("2017-07", None, None)
    icbm = tests[2]
    assert (icbm.apogee_km, icbm.distance_km, icbm.missile_type) == (2802.0, 933.0, "ICBM")
    assert tests[5].series == 2 and tests[5].outcome == "failure"


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"bins": []}', "timeBins"),
        (b'{"timeBins": [{"data": [{"date": "July 2017"}]}]}', "bad date"),
        (b'{"timeBins": []}', "no test records"),
    ],
)
def test_parse_cns_rejects_bad_files_clearly(blob: bytes, message: str) -> None:
    with pytest.raises(ReferenceDataError, match=message):
        parse_cns(blob)


def test_parse_csis_and_its_errors() -> None:
    rows = parse_csis(CSIS_FIXTURE.encode())
    assert [(r.day, r.kind) for r in rows[:2]] == [
        (date(2017, 9, 15), "Missile Provocation"),
        (date(2017, 9, 3), "Nuclear Provocation"),
    ]
    with pytest.raises(ReferenceDataError, match="missing event"):
        parse_csis(b"date,type\n2017-01-01,x\n")
    with pytest.raises(ReferenceDataError, match="line 2"):
        parse_csis(b"date,type,event\n15/09/2017,x,y\n")


def test_load_is_versioned_and_reloadable(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    folder = write_reference(tmp_path / "ref")
    first = {r.source: load_reference(con, r) for r in discover(folder)}
    assert first["cns"].changed and first["cns"].n_records == 8 and first["csis"].n_records == 5
    again = load_reference(con, discover(folder)[0])
    assert not again.changed
    assert con.execute("SELECT count(*) FROM reference_loads").fetchone() == (2,)
    # A corrected file is a new version: it replaces the records, the history keeps both loads.
    fewer = {"timeBins": [CNS_FIXTURE["timeBins"][0]]}
    write_reference(folder, fewer)
    reloaded = load_reference(con, discover(folder / "nagix_nk_missile_tests")[0])
    assert reloaded.changed and reloaded.version != first["cns"].version
    assert con.execute("SELECT count(*) FROM ref_cns_tests").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM reference_loads WHERE source = 'cns'").fetchone() == (2,)
    assert current_references(con)["cns"].version == reloaded.version


def test_discover_accepts_each_layout_and_refuses_others(tmp_path: Path) -> None:
    folder = write_reference(tmp_path / "ref")
    assert [r.source for r in discover(folder)] == ["cns", "csis"]
    assert [r.source for r in discover(folder / "nagix_nk_missile_tests" / "test.en.json")] == ["cns"]
    assert [r.source for r in discover(folder / "dprk_provocations_dates.csv")] == ["csis"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(ReferenceDataError, match="found neither"):
        discover(tmp_path / "empty")
    with pytest.raises(ReferenceDataError, match="no such file"):
        discover(tmp_path / "missing")


def test_verify_catches_misses_and_flags_unmatched(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    for ref in discover(write_reference(tmp_path / "ref")):
        load_reference(con, ref)
    load_articles(
        con,
        [
            # 2017-07-04 ICBM, reported 3 h after launch, then by a second outlet
            launch_article("a", "bbc", datetime(2017, 7, 4, 3, 40, tzinfo=UTC), date(2017, 7, 4)),
            launch_article("b", "cnn", datetime(2017, 7, 4, 6, 10, tzinfo=UTC), date(2017, 7, 4)),
            # the 2017-08-25 salvo: event dated a day later (local date), 3 missiles
            launch_article("c", "f24", datetime(2017, 8, 26, 1, 0, tzinfo=UTC), date(2017, 8, 26), count=3),
            # a launch no CNS record supports (CSIS lists a cruise missile that day)
            launch_article("d", "bbc", datetime(2017, 10, 11, 9, 0, tzinfo=UTC), date(2017, 10, 11)),
        ],
        tagger_version="t1",
        run_id="r",
    )
    v = verify(con, since=date(2017, 1, 1), until=date(2017, 12, 31))
    by_day = {x.launch_date: x for x in v.launches}
    assert sorted(by_day) == [date(2017, 7, 4), date(2017, 7, 28), date(2017, 8, 25), date(2017, 9, 14)]
    july = by_day[date(2017, 7, 4)]
    assert (july.caught, july.first_outlet, july.n_outlets, july.cns_missiles, july.marsad_missiles) == (
        True,
        "bbc",
        2,
        1,
        1,
    )
    assert july.latency_hours == 3.0
    salvo = by_day[date(2017, 8, 25)]
    assert (salvo.caught, salvo.cns_missiles, salvo.marsad_missiles) == (True, 3, 3)
    assert salvo.latency_hours == round((datetime(2017, 8, 26, 1, 0) - datetime(2017, 8, 25, 21, 49)).seconds / 3600, 2)
    assert not by_day[date(2017, 7, 28)].caught and not by_day[date(2017, 9, 14)].caught
    assert [u.day for u in v.unmatched] == [date(2017, 10, 11)]
    assert v.unmatched[0].csis_event == "Cruise missile"
    assert v.unmatched[0].nearest_cns_date == date(2017, 9, 14)
    assert (v.recall, v.precision, v.marsad_events) == (0.5, 2 / 3, 3)
    assert v.latency_quantile(0.5) == pytest.approx((3.0 + salvo.latency_hours) / 2)
    # window 0: the salvo reported with the next day's date no longer matches
    strict = verify(con, window_days=0, since=date(2017, 1, 1), until=date(2017, 12, 31))
    assert strict.caught == 1 and len(strict.unmatched) == 2
    # the views hold the same, over the warehouse's own period (its articles' dates)
    view = con.execute("SELECT launch_date, caught FROM v_ground_truth_launches ORDER BY 1").fetchall()
    assert view == [
        (date(2017, 7, 4), True),
        (date(2017, 7, 28), False),
        (date(2017, 8, 25), True),
        (date(2017, 9, 14), False),
    ]
    assert con.execute("SELECT day FROM v_unmatched_launches").fetchall() == [(date(2017, 10, 11),)]


def test_one_event_counts_for_its_nearest_launch_day_only(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    two_days = {
        "timeBins": [
            {
                "year": 2017,
                "data": [
                    {"date": "2017-05-14", "time": "unknown", "missile": "hwasong-12", "outcome": "success"},
                    {"date": "2017-05-16", "time": "unknown", "missile": "hwasong-12", "outcome": "success"},
                ],
            }
        ]
    }
    load_reference(con, discover(write_reference(tmp_path / "ref", two_days))[0])
    load_articles(
        con,
        [launch_article("a", "bbc", datetime(2017, 5, 15, 8, tzinfo=UTC), date(2017, 5, 15))],
        tagger_version="t1",
        run_id="r",
    )
    v = verify(con, since=date(2017, 5, 1), until=date(2017, 5, 31))
    assert [(x.launch_date, x.caught) for x in v.launches] == [(date(2017, 5, 14), True), (date(2017, 5, 16), False)]
    assert v.launches[0].latency_hours == 32.0  # no CNS time: measured from 00:00 UTC of the launch date


def test_cli_verify_says_what_to_load_then_prints_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "w.duckdb"
    con = open_warehouse(db)
    load_articles(
        con,
        [launch_article("a", "bbc", datetime(2017, 7, 4, 3, 40, tzinfo=UTC), date(2017, 7, 4))],
        tagger_version="t1",
        run_id="r",
    )
    con.close()
    monkeypatch.setenv("MARSAD_REFERENCE_DIR", str(tmp_path / "nothing-here"))
    runner = CliRunner()
    missing = runner.invoke(app, ["verify", "--db", str(db)])
    assert missing.exit_code == 1
    said = " ".join(missing.output.split())
    assert "marsad reference load" in said and "nk-missile-tests" in said
    # MARSAD_REFERENCE_DIR loads by itself
    monkeypatch.setenv("MARSAD_REFERENCE_DIR", str(write_reference(tmp_path / "ref")))
    shown = runner.invoke(app, ["verify", "--db", str(db), "--since", "2017-07-01", "--until", "2017-07-31"])
    assert shown.exit_code == 0, shown.output
    said = " ".join(shown.output.split())
    assert "caught" in said and "missed" in said and "recall 50%" in said
    as_json = runner.invoke(
        app, ["verify", "--db", str(db), "--json", "--since", "2017-07-01", "--until", "2017-12-31"]
    )
    payload = json.loads(as_json.stdout)
    assert payload["totals"]["caught"] == 1
    assert {"day": "2017-07-04", "cns_missiles": 1, "marsad_events": 1, "marsad_missiles": 1} in payload["daily"]
    assert {"day": "2017-08-25", "cns_missiles": 3, "marsad_events": 0, "marsad_missiles": 0} in payload["daily"]
    loaded = runner.invoke(app, ["reference", "load", str(tmp_path / "ref"), "--db", str(db)])
    assert loaded.exit_code == 0 and "already current" in loaded.output
    bad = runner.invoke(app, ["reference", "load", str(tmp_path / "nothing-here"), "--db", str(db)])
    assert bad.exit_code == 2 and "no such file" in bad.output


# ------------------------------------------------------------------ the ANT corpus against the CNS database

NORTH_KOREA = ("كوريا الشمالية", "بيونغ يانغ", "بيونغيانغ", "كوريا الديمقراطية")


def _ant_north_korea(shared: Path) -> list[dict[str, Any]]:
    with gzip.open(shared / "corpus" / "ant" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [r for r in rows if any(k in (r.get("title") or "") + (r.get("text") or "") for k in NORTH_KOREA)]


def test_verify_on_the_ant_north_korea_articles_agrees_with_an_independent_count(tmp_path: Path) -> None:
    from tests.conftest import _shared_dir
    from transforms.tagger import TAGGER_VERSION, tag_article

    shared = _shared_dir()
    gt = shared / "corpus" / "ground_truth" / "nagix_nk_missile_tests" / "test.en.json"
    if not (shared / "corpus" / "ant" / "articles.jsonl.gz").is_file() or not gt.is_file():
        pytest.skip(f"needs the ANT corpus and the CNS database under {shared} (absent from a fresh clone)")
    articles = []
    for row in _ant_north_korea(shared):
        published = datetime.fromisoformat(row["published"]).astimezone(UTC) if row.get("published") else None
        url = row["url"]
        articles.append(
            Article(
                article_id=str(row["id"]),
                url=url,
                canonical_url=f"{url}#{row['id']}",
                feed_name=row["source"],
                outlet=row["source"],
                title=row["title"],
                published_at=published,
                text=row["text"],
                language="ar",
                content_hash=content_hash(row["text"]),
                raw_html=b"",
                events=tuple(tag_article(row["title"], row["text"], row.get("published"))),
            )
        )
    con = open_warehouse(tmp_path / "ant.duckdb")
    try:
        load_articles(con, articles, tagger_version=TAGGER_VERSION, run_id="ant")
        for ref in discover(gt.parent):
            load_reference(con, ref)
        since, until = date(2016, 1, 1), date(2018, 12, 31)
        result = verify(con, since=since, until=until)
        events = con.execute(
            """SELECT event_id, coalesce(event_date, (first_seen_at AT TIME ZONE 'UTC')::DATE), first_seen_at
               FROM events WHERE status = 'active' AND actor = 'PRK'
                 AND event_type IN ('missile_launch', 'space_launch')"""
        ).fetchall()
    finally:
        con.close()

    # The count by hand: CNS days with a full date in the period; each marsad event → nearest day within ±2.
    data = json.loads(gt.read_text(encoding="utf-8"))
    cns_days = sorted(
        {
            date.fromisoformat(r["date"])
            for b in data["timeBins"]
            for r in b["data"]
            if len(r["date"]) == 10 and since <= date.fromisoformat(r["date"]) <= until
        }
    )
    ours = [(eid, day, seen) for eid, day, seen in events if since <= day <= until]
    caught: dict[date, list[datetime]] = {}
    unmatched = []
    for _eid, day, seen in ours:
        near = [d for d in cns_days if abs((d - day).days) <= 2]
        if not near:
            unmatched.append(day)
            continue
        best = min(near, key=lambda d: (abs((d - day).days), d))
        caught.setdefault(best, []).append(seen)
    assert len(result.launches) == len(cns_days)
    assert {x.launch_date for x in result.launches if x.caught} == set(caught)
    assert sorted(u.day for u in result.unmatched) == sorted(unmatched)
    assert result.marsad_events == len(ours)
    assert result.recall == pytest.approx(len(caught) / len(cns_days))
    if ours:
        assert result.precision == pytest.approx((len(ours) - len(unmatched)) / len(ours))
    # 2016–2017 were years of launches and the corpus reports some of them; 2018 was silent (no CNS test).
    assert caught, "no CNS launch of 2016–2017 was caught"
    assert not [d for d in cns_days if d.year == 2018]
    for x in result.launches:
        if x.caught:
            assert x.first_report_at == min(caught[x.launch_date])
            assert x.latency_hours is not None


def test_the_documented_ground_truth_queries_run(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    import re

    for ref in discover(write_reference(tmp_path / "ref")):
        load_reference(con, ref)
    load_articles(
        con,
        [
            launch_article("a", "bbc", datetime(2017, 7, 4, 3, 40, tzinfo=UTC), date(2017, 7, 4)),
            launch_article("d", "bbc", datetime(2017, 10, 11, 9, 0, tzinfo=UTC), date(2017, 10, 11)),
        ],
        tagger_version="t1",
        run_id="r",
    )
    doc = (Path(__file__).resolve().parents[1] / "warehouse" / "QUERIES.md").read_text(encoding="utf-8")
    section = doc[doc.index("## `v_ground_truth_launches`") : doc.index("## Full-text search")]
    queries = re.findall(r"```sql\n(.*?)```", section, flags=re.S)
    assert len(queries) == 4
    results = [con.execute(q).fetchall() for q in queries]
    assert results[0] == [(2017, 4, 1, 3.0)]
    assert results[2] == [(date(2017, 10, 11), "missile_launch", 1, "bbc", "Cruise missile")]
