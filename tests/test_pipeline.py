"""Per-page processing: extract, build the article, tag it; failures become outcomes, never exceptions."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime

import pytest

from transforms import pipeline
from transforms.pipeline import PageInput, build_article, build_articles, content_hash
from transforms.records import FeedItem

PAGE = (
    "<html lang='ar'><head><title>كوريا الشمالية تطلق صاروخين</title>"
    "<link rel='canonical' href='https://news.example.org/2023/09/13/launch?utm_source=x'></head>"
    "<body><nav><a href='/'>الرئيسية</a></nav><article><h1>كوريا الشمالية تطلق صاروخين</h1><p>"
    + "أطلقت كوريا الشمالية اليوم الأربعاء صاروخين باليستيين قصيري المدى باتجاه البحر الشرقي. " * 3
    + "</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"
).encode()


def _page(body: bytes = PAGE, link: str = "http://127.0.0.1:8000/pages/a.html?utm_medium=rss") -> PageInput:
    item = FeedItem(
        feed_url="http://127.0.0.1:8000/feed.xml",
        link=link,
        title="عنوان من الخلاصة",
        summary="ملخص",
        published_at=datetime(2023, 9, 13, 1, 0, tzinfo=UTC),
    )
    return PageInput(item=item, feed_name="demo", outlet="Demo", final_url=link, body=body, content_type="text/html")


def test_article_carries_canonical_ids_raw_html_and_events() -> None:
    outcome = build_article(_page())
    article = outcome.article
    assert outcome.error is None and article is not None
    assert article.canonical_url == "https://news.example.org/2023/09/13/launch"
    assert article.url == "http://127.0.0.1:8000/pages/a.html"
    assert zlib.decompress(article.raw_html) == PAGE
    assert article.content_hash == content_hash(article.text)
    assert article.published_at == datetime(2023, 9, 13, 1, 0, tzinfo=UTC)
    assert any(e.type == "missile_launch" and e.actor == "PRK" for e in article.events)


def test_same_text_in_other_layout_has_the_same_hash() -> None:
    assert content_hash("نص  الخبر\nهنا") == content_hash("نص الخبر هنا ")


def test_unextractable_page_is_an_outcome_with_its_reason() -> None:
    outcome = build_article(_page(body=b"\x00\x01\x02" * 10))
    assert outcome.article is None
    assert outcome.error and "extraction failed" in outcome.error


def test_a_tagger_failure_keeps_the_article_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> list:
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "tag_article", broken)
    outcome = build_articles([_page()])[0]
    assert outcome.article is not None
    assert outcome.article.events == ()
    assert outcome.tag_error and "boom" in outcome.tag_error
