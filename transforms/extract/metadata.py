"""Metadata of an article page: publication date, title, canonical URL and language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from transforms.extract.common import MAX_TITLE_CHARS, arabic_letters
from transforms.extract.common import WS as _WS
from transforms.extract.common import letters as count_letters
from transforms.records import utc_offset_minutes

__all__ = ["canonical", "description", "language", "language_of_text", "meta_map", "parse_date", "published", "title"]


_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»«·•]\s+|\s*\|\s*")
_DATE_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publication_date",
    "published_time",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.issued",
    "dcterms.date",
    "date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
)
_NAIVE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%Y%m%d",
    "%a, %d %b %Y %H:%M:%S %z",
    "%a, %d %b %Y %H:%M:%S GMT",
)


# UTC read into a date that states no offset: the instant is UTC, but the outlet wrote no offset to keep
UNSTATED_UTC = timezone(timedelta(0), "UTC (no offset written)")


def stated_offset_minutes(value: datetime | None) -> int | None:
    """The UTC offset a parsed page date was written with, in minutes (None when it states none)."""
    return None if value is None or value.tzinfo is UNSTATED_UTC else utc_offset_minutes(value)


def parse_date(raw: str | None) -> datetime | None:
    """A publication date string → timezone-aware datetime in its own offset (naive values are read as UTC)."""
    if not raw:
        return None
    value = raw.strip()
    if not value or len(value) > 64:
        return None
    candidates = [value, value.replace("Z", "+00:00"), value.replace(" ", "T", 1)]
    parsed: datetime | None = None
    for candidate in candidates:
        try:
            parsed = datetime.fromisoformat(candidate)
            break
        except ValueError:
            continue
    if parsed is None:
        for layout in _NAIVE_FORMATS:
            try:
                parsed = datetime.strptime(value, layout)
                break
            except ValueError:
                continue
    if parsed is None:
        # A leading ISO date inside a longer value ("2020-08-24 10:00:00 +0200 EET").
        match = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?", value)
        if match is None:
            return None
        try:
            parsed = datetime.fromisoformat(match.group(1) + ("T" + match.group(2) if match.group(2) else ""))
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UNSTATED_UTC)
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed


def _jsonld_dates(root: HtmlElement) -> Iterator[str]:
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        stack = [data]
        seen = 0
        while stack and seen < 1_000:
            seen += 1
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                value = item.get("datePublished") or item.get("dateCreated")
                if isinstance(value, str):
                    yield value
                for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                    if isinstance(item.get(key), list | dict):
                        stack.append(item[key])


def _meta_map(root: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "").lower()
        content = meta.get("content")
        if key and content and key not in found:
            found[key.strip()] = content.strip()
    return found


def description(metas: dict[str, str]) -> str:
    """What the page says its article is about: its meta, Open Graph and Twitter descriptions, together."""
    return " ".join(metas.get(key, "") for key in ("description", "og:description", "twitter:description"))


def _published(root: HtmlElement, metas: dict[str, str]) -> tuple[datetime | None, str | None]:
    for raw in _jsonld_dates(root):
        parsed = parse_date(raw)
        if parsed is not None:
            return parsed, "jsonld"
    for key in _DATE_META_KEYS:
        parsed = parse_date(metas.get(key))
        if parsed is not None:
            return parsed, "meta"
    for el in root.iter("time", "span", "div", "abbr"):
        if el.tag != "time" and (el.get("itemprop") or "").lower() != "datepublished":
            continue
        parsed = parse_date(el.get("datetime") or el.get("content") or (el.text or ""))
        if parsed is not None:
            return parsed, "time"
    return None, None


def _site_names(metas: dict[str, str], url: str) -> set[str]:
    names = {metas.get("og:site_name", ""), metas.get("application-name", ""), metas.get("twitter:site", "")}
    host = urlsplit(url).hostname or ""
    names.add(host.removeprefix("www."))
    return {n.strip().lower().lstrip("@") for n in names if n and n.strip()}


def _strip_site_suffix(title: str, sites: set[str]) -> str:
    pieces = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(pieces) < 2:
        return title

    # Drop leading/trailing pieces that name the site ("… - CNNArabic.com", "الصباح | Assabah").
    def is_site(piece: str) -> bool:
        lowered = piece.lower()
        if any(s and (s in lowered or lowered in s) for s in sites):
            return True
        compact = lowered.replace(" ", "")
        return any(s.replace(" ", "").split(".")[0] in compact for s in sites if len(s) > 3)

    while len(pieces) > 1 and is_site(pieces[-1]):
        pieces.pop()
    while len(pieces) > 1 and is_site(pieces[0]):
        pieces.pop(0)
    if len(pieces) == 1:
        return pieces[0]
    # Separators inside the headline itself are legitimate: give the title back minus only what was dropped.
    return title if len(pieces) == len(_TITLE_SEPARATORS.split(title)) else _rejoin(title, pieces)


def _rejoin(title: str, pieces: list[str]) -> str:
    start = title.find(pieces[0])
    end = title.rfind(pieces[-1]) + len(pieces[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(pieces)


def _title(root: HtmlElement, metas: dict[str, str], url: str) -> str | None:
    sites = _site_names(metas, url)
    h1s = [_WS.sub(" ", h.text_content()).strip() for h in root.iter("h1")]
    h1s = [h for h in h1s if len(h) > 10]
    for raw in (metas.get("og:title"), metas.get("twitter:title")):
        if raw:
            return _strip_site_suffix(_WS.sub(" ", raw).strip(), sites)[:MAX_TITLE_CHARS]
    if h1s:
        return h1s[0][:MAX_TITLE_CHARS]
    title_el = root.find(".//title")
    if title_el is not None:
        text = _WS.sub(" ", title_el.text_content()).strip()
        if text:
            return _strip_site_suffix(text, sites)[:MAX_TITLE_CHARS]
    return None


def _canonical(root: HtmlElement, metas: dict[str, str], url: str) -> str | None:
    candidates = [link.get("href") for link in root.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    candidates.append(metas.get("og:url"))
    for href in candidates:
        if not href or not href.strip():
            continue
        try:
            resolved = urljoin(url, href.strip())
        except ValueError:
            continue
        if urlsplit(resolved).scheme in ("http", "https"):
            return resolved
    return None


def _language(root: HtmlElement, metas: dict[str, str], text: str) -> str | None:
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not declared:
        declared = metas.get("content-language", "") or metas.get("og:locale", "")
    primary = re.split(r"[-_]", declared.strip().lower())[0] if declared.strip() else None
    sample = text[:20_000]
    letters = count_letters(sample)
    arabic_share = arabic_letters(sample) / letters if letters else 0.0
    # Pages lie about their language (en-US templates on Arabic sites): the script of the text decides.
    if arabic_share > 0.5 and primary not in ("ar", "fa", "ur", "ps", "ku", "ckb"):
        return "ar"
    if primary and arabic_share < 0.1 and primary == "ar" and letters > 200:
        return None
    return primary or ("ar" if arabic_share > 0.5 else None)


def _language_of_text(declared: str | None, text: str) -> str | None:
    sample = text[:20_000]
    letters = count_letters(sample)
    if letters and arabic_letters(sample) / letters > 0.5:
        return "ar"
    return declared


meta_map = _meta_map
published = _published
title = _title
canonical = _canonical
language = _language
language_of_text = _language_of_text
