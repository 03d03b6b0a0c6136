"""The feed list: a TOML file of `[[feeds]]` tables read into FeedSpecs, with errors that name the entry."""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from transforms.records import FeedSpec

OWNER_TYPES = frozenset({"state", "public", "private"})
_KNOWN_KEYS = frozenset({"name", "url", "outlet", "country", "owner_type", "language"})
DEFAULT_FEED_LIST = Path(__file__).resolve().parents[1] / "flows" / "feeds.toml"


class FeedListError(ValueError):
    """The feed list cannot be used as written; the message names the file and the entry."""


def default_feed_list_path() -> Path:
    """The bundled list of live Arabic feeds (flows/feeds.toml)."""
    return DEFAULT_FEED_LIST


def load_feed_list(path: Path) -> list[FeedSpec]:
    """Read and check a feed list; raises FeedListError with the file and the 1-based entry index."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FeedListError(f"{path}: no such feed list") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FeedListError(f"{path}: not valid TOML: {exc}") from exc
    entries = data.get("feeds")
    if not isinstance(entries, list) or not entries:
        raise FeedListError(f"{path}: no [[feeds]] entries")

    specs: list[FeedSpec] = []
    first_seen: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        where = f"{path}: feed #{index}"
        if not isinstance(entry, dict):
            raise FeedListError(f"{where}: expected a [[feeds]] table")
        spec = _spec_from_entry(entry, where)
        key = _url_key(spec.url)
        if key in first_seen:
            raise FeedListError(f"{where} ({spec.name}): duplicate url {spec.url} (same as feed #{first_seen[key]})")
        first_seen[key] = index
        specs.append(spec)
    return specs


def _spec_from_entry(entry: dict, where: str) -> FeedSpec:
    unknown = sorted(set(entry) - _KNOWN_KEYS)
    if unknown:
        raise FeedListError(f"{where}: unknown key(s) {', '.join(unknown)}")
    for key in _KNOWN_KEYS:
        if key in entry and not isinstance(entry[key], str):
            raise FeedListError(f"{where}: {key} must be a string")
    name = entry.get("name", "").strip()
    url = entry.get("url", "").strip()
    if not name:
        raise FeedListError(f"{where}: missing name")
    where = f"{where} ({name})"
    if not url:
        raise FeedListError(f"{where}: missing url")
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise FeedListError(f"{where}: url must be an absolute http(s) URL, got {url!r}")
    owner_type = entry.get("owner_type")
    if owner_type is not None and owner_type not in OWNER_TYPES:
        raise FeedListError(f"{where}: owner_type must be one of {', '.join(sorted(OWNER_TYPES))}, got {owner_type!r}")
    country = entry.get("country")
    if country is not None and not (len(country) == 3 and country.isascii() and country.isalpha()):
        raise FeedListError(f"{where}: country must be an ISO 3166-1 alpha-3 code, got {country!r}")
    return FeedSpec(
        name=name,
        url=url,
        outlet=entry.get("outlet"),
        country=country.upper() if country else None,
        owner_type=owner_type,
        language=entry.get("language", "ar"),
    )


def _url_key(url: str) -> str:
    # The same feed over http and https, with another host case or a trailing slash, is still one feed.
    parts = urlsplit(url)
    netloc = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    return f"{netloc}{parts.path.rstrip('/')}?{parts.query}"


def dump_feed_list(feeds: list[FeedSpec]) -> str:
    """A feed list as TOML that `load_feed_list` reads back unchanged."""
    lines: list[str] = []
    for spec in feeds:
        lines.append("[[feeds]]")
        for key in ("name", "url", "outlet", "country", "owner_type", "language"):
            value = getattr(spec, key)
            if value is not None:
                lines.append(f"{key} = {_toml_string(value)}")
        lines.append("")
    return "\n".join(lines)


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c >= " " or c == "\t" else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'
