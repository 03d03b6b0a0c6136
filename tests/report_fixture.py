"""A small warehouse for the report tests: articles written for the tests about real launches and a real summit,
tagged by the real tagger, from three outlets, with feed health and (optionally) reference data."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from transforms.pipeline import content_hash
from transforms.records import Article, FeedSpec, FetchRecord
from transforms.reference import discover
from transforms.tagger import TAGGER_VERSION, tag_article
from warehouse.db import open_warehouse
from warehouse.load import load_articles, record_fetches, upsert_feeds
from warehouse.reference import load_reference

ICBM = (
    "أطلقت كوريا الشمالية صباح اليوم الثلاثاء صاروخا باليستيا عابرا للقارات سقط في بحر اليابان، وفق ما أعلنت "
    "هيئة الأركان المشتركة في سيول. وقالت طوكيو إن الصاروخ حلق نحو أربعين دقيقة."
)
SUMMIT = (
    "استقبل الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون اليوم الأربعاء في قاعدة فوستوشني "
    "الفضائية، وبحث الجانبان التعاون العسكري والتقني بين موسكو وبيونغ يانغ."
)
ICBM_OTHER = (
    "قالت هيئة الأركان المشتركة في كوريا الجنوبية إن كوريا الشمالية أطلقت اليوم الثلاثاء صاروخا باليستيا من منطقة "
    "بانغهيون باتجاه البحر الشرقي. ويرى محللون أن مدى الصاروخ قد يبلغ ألاسكا، فيما دعت واشنطن إلى اجتماع طارئ "
    "لمجلس الأمن الدولي لبحث الرد على التجربة."
)
SUMMIT_OTHER = (
    "عقد الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون قمة اليوم الأربعاء في منطقة أمور بأقصى "
    "الشرق الروسي، وتجول الزعيمان في القاعدة قبل محادثات مطولة تناولت التعاون العسكري."
)
SATELLITE = (
    "أطلقت كوريا الشمالية اليوم الثلاثاء قمرا صناعيا للاستطلاع العسكري بواسطة صاروخ تشوليما-1 من محطة سوهاي، "
    "وأعلنت وكالة الأنباء المركزية الكورية نجاح الإطلاق."
)
# (key, outlet, title, text, published UTC)
ARTICLES = [
    ("icbm-1", "Outlet A", "كوريا الشمالية تطلق صاروخا عابرا للقارات", ICBM, datetime(2017, 7, 4, 3, 30, tzinfo=UTC)),
    ("icbm-2", "Outlet B", "صاروخ كوري شمالي يسقط في بحر اليابان", ICBM_OTHER, datetime(2017, 7, 4, 6, 0, tzinfo=UTC)),
    ("summit-1", "Outlet B", "بوتين يستقبل كيم في فوستوشني", SUMMIT, datetime(2023, 9, 13, 9, 0, tzinfo=UTC)),
    (
        "summit-2",
        "Outlet C",
        "قمة روسية كورية شمالية في الشرق الأقصى",
        SUMMIT_OTHER,
        datetime(2023, 9, 13, 11, 0, tzinfo=UTC),
    ),
    ("sat-1", "Outlet C", "بيونغ يانغ تطلق قمرا صناعيا", SATELLITE, datetime(2023, 11, 21, 14, 0, tzinfo=UTC)),
]
CNS = {
    "timeBins": [
        {
            "year": 2017,
            "data": [
                {"date": "2017-07-04", "time": "00:40 (UTC)", "missile": "hwasong-14", "outcome": "success"},
                {"date": "2017-07-28", "time": "14:42 (UTC)", "missile": "hwasong-14", "outcome": "success"},
            ],
        },
        {
            "year": 2023,
            "data": [
                {"date": "2023-11-21", "time": "13:42 (UTC)", "missile": "chollima-1", "outcome": "success"},
            ],
        },
    ]
}
MISSILES = {"hwasong-14": {"name": "Hwasong-14", "type": "ICBM"}, "chollima-1": {"name": "Chollima-1", "type": "SLV"}}


def articles() -> list[Article]:
    out = []
    for key, outlet, title, text, published in ARTICLES:
        url = f"https://{outlet.lower().replace(' ', '-')}.example/{key}"
        out.append(
            Article(
                article_id=f"id-{key}",
                url=url,
                canonical_url=url,
                feed_name=f"{outlet} feed",
                outlet=outlet,
                title=title,
                published_at=published,
                text=text,
                language="ar",
                content_hash=content_hash(text),
                raw_html=zlib.compress(text.encode()),
                events=tuple(tag_article(title, text, published)),
            )
        )
    return out


def write_reference(folder: Path) -> Path:
    cns = folder / "nagix_nk_missile_tests"
    cns.mkdir(parents=True, exist_ok=True)
    (cns / "test.en.json").write_text(json.dumps(CNS), encoding="utf-8")
    (cns / "missile.en.json").write_text(json.dumps(MISSILES), encoding="utf-8")
    return folder


def build(path: Path, *, reference: bool = True) -> duckdb.DuckDBPyConnection:
    """A migrated warehouse at `path` holding the fixture articles, feed health and (if asked) reference data."""
    con = open_warehouse(path)
    feeds = [
        FeedSpec(name=f"{o} feed", url=f"https://{o.lower().replace(' ', '-')}.example/rss", outlet=o)
        for o in ("Outlet A", "Outlet B", "Outlet C")
    ]
    upsert_feeds(con, feeds)
    now = datetime.now(UTC)
    record_fetches(
        con,
        [
            FetchRecord("run", "feed", feeds[0].url, feeds[0].url, "ok", now, 120, http_status=200, n_items=3),
            FetchRecord("run", "feed", feeds[1].url, feeds[1].url, "ok", now, 90, http_status=200, n_items=2),
            FetchRecord(
                "run",
                "feed",
                feeds[2].url,
                feeds[2].url,
                "http_error",
                now,
                40,
                http_status=503,
                error="503 Service Unavailable",
            ),
        ],
    )
    load_articles(con, articles(), tagger_version=TAGGER_VERSION, run_id="run")
    if reference:
        for ref in discover(write_reference(path.parent / "reference")):
            load_reference(con, ref)
    return con
