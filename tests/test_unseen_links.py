"""A loaded article is known by its feed link and by its page's canonical URL alike."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime
from pathlib import Path

from transforms.records import Article
from warehouse.db import open_warehouse
from warehouse.load import load_articles, unseen_urls


def test_link_and_canonical_url_both_count_as_seen(tmp_path: Path) -> None:
    con = open_warehouse(tmp_path / "w.duckdb")
    article = Article(
        article_id="a1",
        url="http://127.0.0.1:8000/pages/x.html",
        canonical_url="https://news.example.org/2018/05/31/x",
        feed_name="demo",
        outlet="Example",
        title="عنوان",
        published_at=datetime(2018, 5, 31, tzinfo=UTC),
        text="نص الخبر",
        language="ar",
        content_hash="h1",
        raw_html=zlib.compress(b"<html></html>"),
    )
    load_articles(con, [article], tagger_version="t", run_id="r1")
    fresh = "https://news.example.org/2018/06/01/y"
    assert unseen_urls(con, [article.url, article.canonical_url, fresh]) == {fresh}
    con.close()


def test_pages_that_are_gone_for_good_are_not_requested_again(tmp_path: Path) -> None:
    from transforms.records import FetchRecord
    from warehouse.load import permanently_failed, record_fetches

    con = open_warehouse(tmp_path / "w.duckdb")
    now = datetime(2023, 9, 13, tzinfo=UTC)

    def page(url: str, status: str, http_status: int | None) -> FetchRecord:
        return FetchRecord(
            run_id="r1",
            kind="page",
            url=url,
            feed_url="https://f.example/rss",
            status=status,
            started_at=now,
            elapsed_ms=1,
            http_status=http_status,
        )

    record_fetches(
        con,
        [
            page("https://a.example/404", "http_error", 404),
            page("https://a.example/500", "http_error", 500),
            page("http://169.254.169.254/", "blocked", None),
            page("https://a.example/slow", "timeout", None),
        ],
    )
    links = ["https://a.example/404", "https://a.example/500", "http://169.254.169.254/", "https://a.example/slow"]
    assert permanently_failed(con, [*links, "https://a.example/new"]) == {
        "https://a.example/404",
        "http://169.254.169.254/",
    }
    con.close()
