"""Publication dates keep the outlet's own clock: local dates for analysts and as the tagger's reference.

An article published at 01:30 in Cairo (+03:00) or at 08:00 in Seoul (+09:00) is, in UTC, dated the day before.
Its «اليوم» must still mean the outlet's day. A page and feed item with no date at all take the fetch time.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from transforms.feeds import parse_feed
from transforms.pipeline import PageInput, build_article
from transforms.records import FeedItem, as_published

LAUNCH_TODAY = (
    "أطلقت كوريا الشمالية اليوم صاروخين باليستيين قصيري المدى باتجاه البحر الشرقي، "
    "بحسب ما أعلنته هيئة الأركان المشتركة في سيول."
)
LAUNCH_YESTERDAY_WEDNESDAY = (
    "قالت هيئة الأركان المشتركة في سيول إن كوريا الشمالية أطلقت أمس الأربعاء صاروخا باليستيا "
    "سقط خارج المنطقة الاقتصادية الخالصة لليابان، وهو الإطلاق الثالث خلال الشهر الجاري."
)


def _page(text: str, *, date_published: str | None = None) -> bytes:
    ld = (
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{date_published}"}}</script>'
        if date_published
        else ""
    )
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر عاجل | وكالة الأنباء</title>'
        f"{ld}</head><body><nav><a href='/'>الرئيسية</a></nav><article><h1>كوريا الشمالية تطلق صواريخ</h1>"
        f"<p>{text}</p><p>وتأتي هذه الخطوة وسط توتر متصاعد في شبه الجزيرة الكورية.</p></article></body></html>"
    ).encode()


def _item(published_at: datetime | None = None, offset: int | None = None) -> FeedItem:
    return FeedItem(
        feed_url="https://news.example/rss.xml",
        link="https://news.example/a/1",
        title="كوريا الشمالية تطلق صواريخ",
        summary="",
        published_at=published_at,
        published_utc_offset=offset,
    )


def _build(body: bytes, item: FeedItem, fetched_at: datetime | None = None) -> Any:
    outcome = build_article(
        PageInput(
            item=item,
            feed_name="news",
            outlet="news",
            final_url="https://news.example/a/1",
            body=body,
            content_type="text/html; charset=utf-8",
            fetched_at=fetched_at,
        )
    )
    assert outcome.article is not None, outcome.error
    return outcome.article


def _launch(article: Any) -> Any:
    """The article's one asserted missile launch."""
    (event,) = [e for e in article.events if e.type == "missile_launch" and e.status == "asserted"]
    return event


def test_cairo_after_midnight_keeps_its_local_day_for_the_tagger() -> None:
    article = _build(_page(LAUNCH_TODAY, date_published="2024-05-30T01:30:00+03:00"), _item())
    assert article.published_at == datetime(2024, 5, 29, 22, 30, tzinfo=UTC)  # stored in UTC
    assert article.published_utc_offset == 180
    assert article.published_local.isoformat() == "2024-05-30T01:30:00+03:00"
    assert _launch(article).event_date == date(2024, 5, 30)


def test_weekday_names_resolve_against_the_local_date() -> None:
    # Thursday 30 May 01:30 in Cairo is still Wednesday 29 May in UTC: «أمس الأربعاء» is the 29th only locally.
    article = _build(_page(LAUNCH_YESTERDAY_WEDNESDAY, date_published="2024-05-30T01:30:00+03:00"), _item())
    assert _launch(article).event_date == date(2024, 5, 29)


def test_feed_offset_is_kept_when_the_page_has_no_date() -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة</title>'
        "<item><title>كوريا الشمالية تطلق صواريخ</title><link>https://news.example/a/1</link>"
        "<pubDate>Thu, 30 May 2024 08:00:00 +0900</pubDate></item></channel></rss>"
    ).encode()
    (item,) = parse_feed(feed, url="https://news.example/rss.xml").items
    assert item.published_at == datetime(2024, 5, 29, 23, 0, tzinfo=UTC)
    assert item.published_utc_offset == 540
    article = _build(_page(LAUNCH_TODAY), item)
    assert article.published_source == "feed"
    assert article.published_utc_offset == 540
    assert article.published_local.date() == date(2024, 5, 30)
    assert _launch(article).event_date == date(2024, 5, 30)


def test_nothing_dated_takes_the_fetch_time_as_reference() -> None:
    fetched_at = datetime(2024, 5, 30, 6, 15, tzinfo=UTC)
    article = _build(_page(LAUNCH_TODAY), _item(), fetched_at=fetched_at)
    assert article.published_source == "fetched"
    assert article.published_at == fetched_at
    assert article.published_utc_offset is None
    assert _launch(article).event_date == date(2024, 5, 30)


def test_as_published_without_an_offset_is_utc() -> None:
    instant = datetime(2024, 5, 29, 22, 30, tzinfo=UTC)
    assert as_published(instant, None) == instant and as_published(instant, None).utcoffset() == timedelta(0)
    assert as_published(instant, -300).tzinfo == timezone(timedelta(hours=-5))
    assert as_published(None, 60) is None


# ---------------------------------------------------------------- real pages through the whole ingest


@pytest.mark.prefect
@pytest.mark.usefixtures("prefect_backend")
def test_real_pages_served_through_a_feed_keep_their_local_dates(tmp_path: Path, shared_dir: Path) -> None:
    """The eight htmldate pages behind an undated feed: each dated page keeps its true local date."""
    source = shared_dir / "corpus" / "html" / "htmldate_mediacloud"
    if not source.is_dir():
        pytest.skip(f"real pages not found at {source} (they live in ../shared, beside the repository)")
    from flows.settings import quiet_prefect
    from flows.static_server import serve_snapshot
    from transforms.feedlist import dump_feed_list
    from transforms.records import FeedSpec
    from warehouse.db import open_warehouse

    quiet_prefect()
    from flows.ingest import ingest

    truth = {
        e["file"]: e["date"]
        for e in json.loads((source / "ground_truth_dates_subset.json").read_text(encoding="utf-8")).values()
    }
    site = tmp_path / "site"
    (site / "pages").mkdir(parents=True)
    for name in truth:
        shutil.copyfile(source / name, site / "pages" / name)  # read at run time, never kept
    items = "".join(
        f"<item><title>page {name}</title><link>{{BASE_URL}}/pages/{name}</link></item>" for name in sorted(truth)
    )
    (site / "feed.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    db = tmp_path / "local.duckdb"
    feeds_file = tmp_path / "feeds.toml"
    with serve_snapshot(site) as base_url:
        feeds_file.write_text(dump_feed_list([FeedSpec(name="real", url=f"{base_url}/feed.xml")]), encoding="utf-8")
        started = datetime.now(UTC)
        summary = ingest(feeds_file=str(feeds_file), db=str(db))
    assert summary.new_articles == len(truth)
    con = open_warehouse(db, read_only=True)
    try:
        rows = con.execute(
            "SELECT url, published_local::DATE, published_source, published_at FROM articles ORDER BY url"
        ).fetchall()
    finally:
        con.close()
    dated = {url.rsplit("/", 1)[-1]: (local, src) for url, local, src, _ in rows if src != "fetched"}
    assert len(dated) == 6
    off = {
        name: (local.isoformat(), truth[name]) for name, (local, _) in dated.items() if local.isoformat() != truth[name]
    }
    assert off == {}
    fetched = [(url, at) for url, _, src, at in rows if src == "fetched"]
    assert len(fetched) == 2  # no date in the page, none in the feed: the fetch time
    assert all(at >= started - timedelta(seconds=1) for _, at in fetched)
