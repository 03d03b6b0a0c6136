"""RSS/Atom bodies → ParsedFeed: feedparser on bytes, dates in UTC, plain-text titles and summaries."""

from __future__ import annotations

import calendar
import io
import logging
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from transforms.records import FeedItem, ParsedFeed, parse_published, utc_offset_minutes

__all__ = ["MAX_SUMMARY_CHARS", "MAX_TITLE_CHARS", "FeedParseError", "html_to_text", "parse_feed"]

logger = logging.getLogger(__name__)

MAX_TITLE_CHARS = 1_000
MAX_SUMMARY_CHARS = 20_000
MAX_GUID_CHARS = 2_000
MAX_LINK_CHARS = 8_000

_UTF8_BOM = b"\xef\xbb\xbf"
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_TAGS = re.compile(r"<[^>]*>")
_BLANK_LINES = re.compile(r"\s*\n\s*")
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "section"}
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})

# Date layouts feedparser does not know but real feeds use (seen in the odd-feed fixtures); read as UTC.
_FALLBACK_DATE_FORMATS = (
    "%A, %B %d, %Y %I:%M %p",  # Friday, January 29, 2021 04:42 PM
    "%a, %m/%d/%Y - %H:%M",  # Fri, 05/03/2019 - 15:21
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
)


class FeedParseError(ValueError):
    """The body is not an RSS/Atom feed at all (no items and no feed title)."""


class _TextCollector(HTMLParser):
    """Plain text of an HTML fragment: block tags become line breaks, scripts and styles vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str, *, limit: int | None = None, one_line: bool = False) -> str:
    """Text of an HTML fragment (or of plain text with entities), whitespace collapsed, paragraphs kept as "\\n"."""
    if not fragment:
        return ""
    if "<" in fragment or "&" in fragment:
        collector = _TextCollector()
        try:
            collector.feed(fragment)
            collector.close()
            text = "".join(collector.parts)
        except (AssertionError, ValueError, RecursionError):  # html.parser's rare failures on broken markup
            text = _TAGS.sub(" ", fragment)
    else:
        text = fragment
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub(" " if one_line else "\n", text).strip()
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip()
    return text


def _strip_prolog_noise(body: bytes) -> bytes:
    # Whitespace (or a BOM followed by whitespace) before "<?xml" makes expat reject the whole document.
    stripped = body[len(_UTF8_BOM) :] if body.startswith(_UTF8_BOM) else body
    stripped = stripped.lstrip(b" \t\r\n\x00")
    if stripped.startswith(b"<"):
        return stripped
    return body


def _struct_to_utc(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _fallback_date(raw: Any) -> datetime | None:
    if not isinstance(raw, str) or not raw.strip() or len(raw) > 100:
        return None
    cleaned = " ".join(raw.split())
    for layout in _FALLBACK_DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, layout).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _raw(entry: dict[str, Any], key: str) -> Any:
    # dict.get bypasses FeedParserDict's key aliasing ("updated" → "published"), which warns.
    return dict.get(entry, key)


def _entry_date(entry: dict[str, Any]) -> tuple[datetime | None, int | None]:
    """The item's date in UTC and the offset (minutes east of UTC) the feed wrote it with."""
    for key in ("published", "updated", "created"):
        parsed = _struct_to_utc(_raw(entry, f"{key}_parsed"))
        if parsed is not None:
            return parsed, _stated_offset(_raw(entry, key))
    for key in ("published", "updated", "created"):
        parsed = _fallback_date(_raw(entry, key))
        if parsed is not None:
            return parsed, 0
    return None, None


def _stated_offset(raw: Any) -> int | None:
    """The UTC offset written in a feed date ("Tue, 24 Aug 2020 01:30:00 +0200", "2020-08-24T01:30:00+02:00")."""
    return utc_offset_minutes(parse_published(raw)) if isinstance(raw, str) else None


def _entry_link(entry: dict[str, Any], base_url: str) -> tuple[str | None, str | None]:
    candidates: list[Any] = [_raw(entry, "link")]
    for link in _raw(entry, "links") or []:
        if isinstance(link, Mapping) and link.get("rel", "alternate") == "alternate":
            candidates.append(link.get("href"))
    rejected: str | None = None
    for raw in candidates:
        if not isinstance(raw, str):
            continue
        link = raw.strip()
        if not link or len(link) > MAX_LINK_CHARS:
            continue
        try:
            resolved = urljoin(base_url, link)
            scheme = urlsplit(resolved).scheme.lower()
        except ValueError:
            rejected = rejected or link
            continue
        if scheme in ("http", "https"):
            return resolved, None
        rejected = rejected or link
    return None, rejected


def _entry_summary(entry: dict[str, Any]) -> str:
    summary = _raw(entry, "summary")
    if not summary:
        for content in _raw(entry, "content") or []:
            if isinstance(content, Mapping) and content.get("value"):
                summary = content["value"]
                break
    return html_to_text(summary if isinstance(summary, str) else "", limit=MAX_SUMMARY_CHARS)


def _entry_guid(entry: dict[str, Any]) -> str | None:
    guid = _raw(entry, "id")
    if isinstance(guid, str) and guid.strip():
        return guid.strip()[:MAX_GUID_CHARS]
    return None


def _response_headers(headers: Mapping[str, str] | None, url: str) -> dict[str, str]:
    lowered = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    # Without a content type feedparser flags every feed as bozo; an XML type lets the XML declaration decide.
    if not lowered.get("content-type", "").strip():
        lowered["content-type"] = "application/xml"
    if not lowered.get("content-location"):
        lowered["content-location"] = url
    return lowered


def parse_feed(body: bytes, *, url: str, headers: Mapping[str, str] | None = None, max_items: int = 5000) -> ParsedFeed:
    """Parse one RSS/Atom body; `bozo` feeds are kept when items parse, a body that is no feed raises FeedParseError."""
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError("parse_feed takes the fetched bytes, never a URL or a str")
    data = _strip_prolog_noise(bytes(body))
    if not data.strip():
        raise FeedParseError(f"empty body from {url}")
    try:
        # A file object, never a str: feedparser treats strings as URLs or file names and would open them.
        parsed = feedparser.parse(io.BytesIO(data), response_headers=_response_headers(headers, url))
    except (RecursionError, MemoryError) as exc:
        raise FeedParseError(f"feed from {url} too deeply nested or too large: {type(exc).__name__}") from exc
    except Exception as exc:  # feedparser's loose parser has undocumented failure modes on garbage
        raise FeedParseError(f"feedparser failed on {url}: {type(exc).__name__}: {exc}") from exc

    feed_info = parsed.get("feed") or {}
    feed_title = html_to_text(feed_info.get("title") or "", limit=MAX_TITLE_CHARS, one_line=True) or None
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    bozo = bool(parsed.get("bozo"))
    bozo_message = str(parsed.get("bozo_exception")) if bozo else None
    if not entries and (feed_title is None or not version):
        reason = f": {bozo_message}" if bozo_message else ""
        raise FeedParseError(f"body from {url} is not an RSS/Atom feed (no items, no feed title){reason}")

    base_url = url
    items: list[FeedItem] = []
    for entry in entries[:max_items]:
        link, rejected_link = _entry_link(entry, base_url)
        published_at, published_utc_offset = _entry_date(entry)
        items.append(
            FeedItem(
                feed_url=url,
                link=link,
                rejected_link=rejected_link,
                title=html_to_text(_raw(entry, "title") or "", limit=MAX_TITLE_CHARS, one_line=True),
                summary=_entry_summary(entry),
                published_at=published_at,
                published_utc_offset=published_utc_offset,
                guid=_entry_guid(entry),
            )
        )
    if len(entries) > max_items:
        logger.warning("feed %s has %s items; kept the first %s", url, len(entries), max_items)
    return ParsedFeed(items=tuple(items), title=feed_title, bozo=bozo, bozo_message=bozo_message)
