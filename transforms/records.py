"""Typed records that cross stage boundaries: feeds → fetch → parse → tag → load."""

from __future__ import annotations

import contextlib
import email.utils
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from transforms.lexicon import entity_name

# Where an article's publication time came from: the page (JSON-LD, meta, <time>), the feed item, or — when
# neither gave one — the time the page was fetched, which then stands in as the reference for relative dates.
PUBLISHED_SOURCES = ("jsonld", "meta", "time", "feed", "fetched")


def parse_published(value: str) -> datetime | None:
    """A written publication time as ISO 8601 ("2020-08-24T01:30:00+02:00", "…Z") or RFC 2822 ("Mon, 24 Aug 2020
    01:30:00 +0200"), with the offset it was written with (naive when it states none); None when it is neither."""
    text = value.strip()
    if not text or len(text) > 100:
        return None
    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
        return email.utils.parsedate_to_datetime(text)
    return None


def utc_offset_minutes(value: datetime | None) -> int | None:
    """The UTC offset an aware datetime was written with, in minutes east of UTC (None for naive or None)."""
    if value is None or value.utcoffset() is None:
        return None
    return int(value.utcoffset().total_seconds() // 60)  # type: ignore[union-attr]


def as_published(published_at: datetime | None, utc_offset: int | None) -> datetime | None:
    """The publication time at the outlet's own offset (the UTC instant when the offset is unknown).

    Its `.date()` is the outlet's local date: an article published at 01:30 in Cairo belongs to that day, not to
    the previous day as its UTC time would say.
    """
    if published_at is None:
        return None
    aware = published_at.replace(tzinfo=UTC) if published_at.tzinfo is None else published_at
    if utc_offset is None:
        return aware.astimezone(UTC)
    return aware.astimezone(timezone(timedelta(minutes=utc_offset)))


@dataclass(frozen=True)
class FeedSpec:
    """One configured feed: where to fetch and who publishes it."""

    name: str
    url: str
    outlet: str | None = None
    country: str | None = None
    owner_type: str | None = None  # state | public | private
    language: str = "ar"


@dataclass(frozen=True)
class FeedItem:
    """One item of a parsed RSS/Atom feed, as the outlet wrote it."""

    feed_url: str
    link: str | None
    title: str
    summary: str
    published_at: datetime | None  # timezone-aware UTC when the feed gave a date
    guid: str | None = None
    rejected_link: str | None = None  # a link that is not http(s) (file:, javascript:, …): never fetched
    published_utc_offset: int | None = None  # minutes east of UTC the feed wrote the date with


@dataclass(frozen=True)
class ParsedFeed:
    """The items of one feed body plus what feedparser complained about."""

    items: tuple[FeedItem, ...]
    title: str | None
    bozo: bool
    bozo_message: str | None


@dataclass(frozen=True)
class ExtractedPage:
    """What extraction got out of one article page."""

    title: str | None
    text: str
    published_at: datetime | None  # timezone-aware UTC
    published_source: str | None  # jsonld | meta | time | feed | None
    canonical_url: str | None
    language: str | None
    encoding: str  # the codec used to decode the bytes
    published_utc_offset: int | None = None  # minutes east of UTC the page (or feed) wrote the date with


@dataclass(frozen=True)
class Evidence:
    """A span of the original, un-normalised field that supports an event."""

    field: str  # "title" | "text"
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Event:
    """One event mention found by the tagger in one article (names from TAXONOMY.md)."""

    type: str  # missile_launch | space_launch | russia_dprk_cooperation
    status: str  # asserted | historical | planned | denied | analysis
    actor: str | None = None
    participants: tuple[str, ...] = ()  # canonical entity ids: person keys of the lexicon, actor codes
    subtypes: tuple[str, ...] = ()
    count: int | None = None
    count_qualifier: str | None = None  # exact | at_least | approx | several
    missile_class: tuple[str, ...] = ()
    weapon: str | None = None
    mode: str | None = None  # test | attack | unknown
    vehicle: str | None = None
    payload: str | None = None
    event_date: date | None = None
    evidence: tuple[Evidence, ...] = ()
    rules: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "status": self.status,
            "actor": self.actor,
            "participants": list(self.participants),
            "participant_names": [entity_name(p) for p in self.participants],
            "subtypes": list(self.subtypes),
            "count": self.count,
            "count_qualifier": self.count_qualifier,
            "missile_class": list(self.missile_class),
            "weapon": self.weapon,
            "mode": self.mode,
            "vehicle": self.vehicle,
            "payload": self.payload,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "evidence": [e.to_dict() for e in self.evidence],
            "rules": list(self.rules),
        }


@dataclass(frozen=True)
class Article:
    """An article ready to load: extracted page merged with its feed item."""

    article_id: str  # stable: hash of the canonical URL
    url: str
    canonical_url: str
    feed_name: str
    outlet: str | None
    title: str
    published_at: datetime | None
    text: str
    language: str | None
    content_hash: str
    raw_html: bytes  # compressed (zstd/gzip) original bytes
    encoding: str | None = None
    published_source: str | None = None  # one of PUBLISHED_SOURCES
    summary: str | None = None
    events: tuple[Event, ...] = field(default=())
    published_utc_offset: int | None = None  # minutes east of UTC, as the outlet published it

    @property
    def published_local(self) -> datetime | None:
        """The publication time at the outlet's offset; its date is the outlet's local date."""
        return as_published(self.published_at, self.published_utc_offset)


# Outcome of one HTTP fetch, as recorded in fetch_log.
FETCH_STATUSES = (
    "ok",  # 200 with a usable body
    "not_modified",  # 304 on a conditional GET
    "http_error",  # 4xx/5xx (http_status says which)
    "timeout",  # connect/read timeout or the overall deadline
    "dns_error",  # the host name did not resolve
    "connect_error",  # refused, reset, unreachable
    "too_large",  # decoded body over the size cap
    "too_many_redirects",  # redirect loop or chain over the bound
    "blocked",  # not fetched by policy (scheme, private address)
    "bad_feed",  # body fetched but no feed could be parsed from it
    "bad_page",  # body fetched but no article could be extracted from it
    "error",  # anything else, with the message in `error`
)


@dataclass(frozen=True)
class FetchRecord:
    """One HTTP fetch (a feed or an article page) and how it ended."""

    run_id: str
    kind: str  # "feed" | "page"
    url: str
    feed_url: str  # the feed this fetch belongs to (the feed itself for kind="feed")
    status: str  # one of FETCH_STATUSES
    started_at: datetime
    elapsed_ms: int
    http_status: int | None = None
    final_url: str | None = None
    n_bytes: int | None = None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    n_items: int | None = None  # items parsed (feeds only)
    bozo: bool | None = None  # feedparser's bozo flag (feeds only)
