"""Per-page work of the ingest: extract, build the Article, tag it. Pure, so it runs in worker processes."""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

from transforms.extract import ExtractionError, extract_page
from transforms.records import Article, ExtractedPage, FeedItem, as_published
from transforms.tagger import tag_article
from transforms.urls import InvalidURLError, article_id, canonicalize_url

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class PageInput:
    """A fetched article page with the feed item that linked to it."""

    item: FeedItem
    feed_name: str
    outlet: str | None
    final_url: str
    body: bytes
    content_type: str | None
    fetched_at: datetime | None = None  # when the page was fetched: the reference time when nothing is dated


@dataclass(frozen=True)
class PageOutcome:
    """An Article, or the reason there is none (recorded as a `bad_page` fetch status)."""

    url: str
    article: Article | None = None
    error: str | None = None
    tag_error: str | None = None  # the article loads without events; `marsad retag` tags it again later


def content_hash(text: str) -> str:
    """Hash of the text with whitespace collapsed: equal for copies that differ only in layout."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


def build_article(page: PageInput) -> PageOutcome:
    """Extract the page and tag it; extraction failures become an outcome, never an exception."""
    link = page.item.link or page.final_url
    try:
        extracted = extract_page(page.body, url=page.final_url, content_type=page.content_type, feed_item=page.item)
    except ExtractionError as exc:
        return PageOutcome(url=link, error=f"extraction failed: {exc}")
    try:
        link_key = canonicalize_url(link)
    except InvalidURLError as exc:
        return PageOutcome(url=link, error=f"invalid article URL: {exc}")
    canonical = link_key
    if extracted.canonical_url:
        try:
            canonical = canonicalize_url(extracted.canonical_url)
        except InvalidURLError:
            canonical = link_key
    title = (extracted.title or page.item.title or "").strip()
    published, utc_offset, source = _publication(extracted, page)
    try:
        # The reference for «اليوم», «أمس» and weekday names is the outlet's local time, not UTC.
        events = tuple(tag_article(title, extracted.text, as_published(published, utc_offset)))
        tag_error = None
    except Exception as exc:  # a tagger bug on one article must not cost the article or the batch
        events, tag_error = (), f"tagging failed ({type(exc).__name__}: {exc}); loaded without events"
    article = Article(
        article_id=article_id(canonical),
        url=link_key,
        canonical_url=canonical,
        feed_name=page.feed_name,
        outlet=page.outlet,
        title=title,
        published_at=published,
        text=extracted.text,
        language=extracted.language,
        content_hash=content_hash(extracted.text),
        raw_html=zlib.compress(page.body, 6),
        encoding=extracted.encoding,
        published_source=source,
        published_utc_offset=utc_offset,
        summary=page.item.summary or None,
        events=events,
    )
    return PageOutcome(url=link, article=article, tag_error=tag_error)


def _publication(extracted: ExtractedPage, page: PageInput) -> tuple[datetime | None, int | None, str | None]:
    """(UTC time, offset, source) from the page, else the feed item, else the fetch time (source `fetched`)."""
    if extracted.published_at is not None:  # the page's date, or the feed's when the page had none
        return extracted.published_at, extracted.published_utc_offset, extracted.published_source
    if page.item.published_at is not None:
        return page.item.published_at, page.item.published_utc_offset, "feed"
    if page.fetched_at is not None:
        # Undated everywhere: the article is taken as published when fetched, so «اليوم» means the fetch day
        # and current news is not mistaken for history; `fetched` says the time is an estimate.
        return page.fetched_at.astimezone(UTC), None, "fetched"
    return None, None, None


def build_articles(pages: list[PageInput]) -> list[PageOutcome]:
    """Batch entry point for a worker process: one call per chunk keeps pickling overhead low."""
    return [build_article(page) for page in pages]
