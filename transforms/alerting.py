"""Alert rules, matching and message formatting: pure functions, no I/O beyond reading the rules file.

An alert announces one real-world event (a row of `events`) on one channel. Rules decide which events are worth
announcing; the message carries the event in English, the Arabic evidence, its sources and an idempotency key
(the alert id) so that a receiver seeing the same alert twice can drop the copy.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from transforms.lexicon import entity_name

EVENT_TYPES = ("missile_launch", "space_launch", "russia_dprk_cooperation")
STATUSES = ("asserted", "historical", "planned", "denied", "analysis")
ALERT_KINDS = ("new", "update", "confirmed")  # confirmed: a second outlet reports an announced event

EVENT_TYPE_NAMES = {
    "missile_launch": "Missile launch",
    "space_launch": "Space launch",
    "russia_dprk_cooperation": "Russia–North Korea cooperation",
}
_QUALIFIER_WORDS = {"exact": "", "at_least": "at least ", "approx": "about ", "several": ""}

_RULE_KEYS = {
    "name",
    "event_type",
    "event_types",
    "actor",
    "actors",
    "subtypes",
    "weapons",
    "min_sources",
    "status",
    "updates",
}
_CONFIG_KEYS = {"rules", "urls", "prefect_block"}


class AlertConfigError(ValueError):
    """The alert rules file is missing, not TOML, or names a field or value that does not exist."""


@dataclass(frozen=True)
class AlertRule:
    """Which events to announce. Empty tuples match anything; lists within a field are alternatives."""

    name: str
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()  # any one of them
    weapons: tuple[str, ...] = ()  # weapon keys; shell patterns allowed ("hwasong-11*")
    min_sources: int = 1
    status: str = "asserted"
    updates: bool = False  # send one marked update per material revision of an announced event


@dataclass(frozen=True)
class AlertConfig:
    """A rules file: the rules plus optional channels (Apprise URLs) and a Prefect notification block name."""

    rules: tuple[AlertRule, ...]
    urls: tuple[str, ...] = field(default=(), repr=False)  # carry tokens: never print
    prefect_block: str | None = None


@dataclass(frozen=True)
class Channel:
    """Where alerts go. Only `key` (a hash) and `label` (redacted) are ever stored or logged."""

    key: str
    label: str
    url: str = field(default="", repr=False)
    block_name: str | None = None  # a Prefect notification block, resolved at delivery time

    def secrets(self) -> tuple[str, ...]:
        """Substrings of the URL that must never reach a log, an error message or the warehouse."""
        return url_secrets(self.url)


@dataclass(frozen=True)
class AlertSource:
    """One article reporting the event."""

    outlet: str | None
    url: str
    title: str
    published_at: datetime | None


@dataclass(frozen=True)
class AlertEvent:
    """What an alert says about one event (a row of `events` with its evidence and sources)."""

    event_id: str
    event_type: str
    actor: str | None
    revision: int
    status: str = "asserted"  # events are clustered from asserted mentions
    participants: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()
    event_date: date | None = None
    count: int | None = None
    count_qualifier: str | None = None
    missile_class: tuple[str, ...] = ()
    weapon: str | None = None
    mode: str | None = None
    vehicle: str | None = None
    payload: str | None = None
    first_seen_at: datetime | None = None
    n_articles: int = 0
    n_sources: int = 0
    evidence: tuple[str, ...] = ()  # Arabic sentences, as the outlet wrote them
    sources: tuple[AlertSource, ...] = ()


@dataclass(frozen=True)
class AlertMessage:
    """One alert, rendered for plain-text and markdown channels."""

    alert_id: str
    kind: str  # new | update
    title: str
    text: str
    markdown: str


# ---------------------------------------------------------------- rules


def load_alert_config(path: str | Path) -> AlertConfig:
    """Read a rules file (TOML with `[[rules]]` tables, optional `urls` and `prefect_block`)."""
    source = Path(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise AlertConfigError(f"alert rules file {source} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise AlertConfigError(f"alert rules file {source} is not valid TOML: {exc}") from exc
    return parse_alert_config(data, origin=str(source))


def load_rules(path: str | Path) -> tuple[AlertRule, ...]:
    """The alert rules of a rules file."""
    return load_alert_config(path).rules


def default_rules_path() -> Path:
    """The rules shipped with marsad (flows/alerts.toml)."""
    return Path(__file__).resolve().parents[1] / "flows" / "alerts.toml"


def parse_alert_config(data: Mapping[str, Any], *, origin: str = "<config>") -> AlertConfig:
    """Validate a parsed rules document; every mistake names the file, the rule and the field."""
    unknown = set(data) - _CONFIG_KEYS
    if unknown:
        raise AlertConfigError(f"{origin}: unknown top-level key(s) {sorted(unknown)}; allowed: {sorted(_CONFIG_KEYS)}")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise AlertConfigError(f"{origin}: no [[rules]] tables; at least one rule is needed")
    rules = tuple(_parse_rule(raw, origin, i) for i, raw in enumerate(raw_rules, start=1))
    names = [r.name for r in rules]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise AlertConfigError(f"{origin}: rule names must be unique; repeated: {duplicated}")
    urls = data.get("urls", [])
    if isinstance(urls, str):
        urls = split_urls(urls)
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise AlertConfigError(f"{origin}: `urls` must be a list of Apprise URL strings")
    block = data.get("prefect_block")
    if block is not None and (not isinstance(block, str) or not block.strip()):
        raise AlertConfigError(f"{origin}: `prefect_block` must be the name of a saved Prefect notification block")
    return AlertConfig(rules=rules, urls=tuple(u.strip() for u in urls if u.strip()), prefect_block=block)


def _parse_rule(raw: Any, origin: str, index: int) -> AlertRule:
    where = f"{origin}: rule #{index}"
    if not isinstance(raw, dict):
        raise AlertConfigError(f"{where} is not a table")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise AlertConfigError(f"{where} has no `name`")
    where = f"{origin}: rule {name!r}"
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise AlertConfigError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(_RULE_KEYS)}")
    for single, plural in (("event_type", "event_types"), ("actor", "actors")):
        if single in raw and plural in raw:
            raise AlertConfigError(f"{where}: give `{single}` or `{plural}`, not both")
    event_types = _strings(raw.get("event_types", raw.get("event_type", [])), where, "event_types")
    bad = [t for t in event_types if t not in EVENT_TYPES]
    if bad:
        raise AlertConfigError(f"{where}: unknown event type(s) {bad}; known: {list(EVENT_TYPES)}")
    actors = tuple(a.upper() for a in _strings(raw.get("actors", raw.get("actor", [])), where, "actors"))
    subtypes = _strings(raw.get("subtypes", []), where, "subtypes")
    weapons = tuple(w.lower() for w in _strings(raw.get("weapons", []), where, "weapons"))
    min_sources = raw.get("min_sources", 1)
    if not isinstance(min_sources, int) or isinstance(min_sources, bool) or min_sources < 1:
        raise AlertConfigError(f"{where}: `min_sources` must be a whole number ≥ 1, not {min_sources!r}")
    status = raw.get("status", "asserted")
    if status not in STATUSES:
        raise AlertConfigError(f"{where}: unknown status {status!r}; known: {list(STATUSES)}")
    updates = raw.get("updates", False)
    if not isinstance(updates, bool):
        raise AlertConfigError(f"{where}: `updates` must be true or false, not {updates!r}")
    return AlertRule(
        name=name.strip(),
        event_types=event_types,
        actors=actors,
        subtypes=subtypes,
        weapons=weapons,
        min_sources=min_sources,
        status=status,
        updates=updates,
    )


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise AlertConfigError(f"{where}: `{key}` must be a string or a list of non-empty strings")
    return tuple(v.strip() for v in value)


def rule_matches(rule: AlertRule, event: AlertEvent) -> bool:
    """Does the event satisfy every condition of the rule?"""
    if event.status != rule.status:
        return False
    if rule.event_types and event.event_type not in rule.event_types:
        return False
    if rule.actors and (event.actor or "").upper() not in rule.actors:
        return False
    if rule.subtypes and not set(rule.subtypes) & set(event.subtypes):
        return False
    if rule.weapons:
        weapon = (event.weapon or "").lower()
        if not weapon or not any(fnmatch.fnmatchcase(weapon, pattern) for pattern in rule.weapons):
            return False
    return event.n_sources >= rule.min_sources


def matching_rules(rules: Iterable[AlertRule], event: AlertEvent) -> tuple[AlertRule, ...]:
    """The rules that fire for an event, in configuration order."""
    return tuple(rule for rule in rules if rule_matches(rule, event))


# ---------------------------------------------------------------- channels and secrets


def split_urls(value: str) -> list[str]:
    """Apprise URLs from one string, separated by commas and/or whitespace (as MARSAD_ALERT_URLS)."""
    return [part for part in re.split(r"[,\s]+", value) if part]


def channel_key(url: str) -> str:
    """A stable identifier of a channel that reveals nothing of its URL."""
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:16]


def redacted_label(url: str) -> str:
    """`scheme://host:port#key` when the host is a public name or address, else `scheme://***#key`.

    Paths, queries and user info are dropped: services put their tokens there (tgram://TOKEN/chat,
    slack://A/B/C, json://user:password@host).
    """
    key = channel_key(url)
    scheme = (url.split("://", 1)[0].lower() if "://" in url else "") or "?"
    if not re.fullmatch(r"[a-z][a-z0-9+.\-]*", scheme):
        scheme = "?"
    shown = "***"
    try:
        parts = urlsplit(url.strip())
        host, port = parts.hostname, parts.port  # .port raises on "TOKEN:SECRET" netlocs (tgram://)
    except ValueError:
        host, port = None, None
    if host and (host == "localhost" or "." in host or ":" in host) and re.fullmatch(r"[A-Za-z0-9.:\-\[\]]+", host):
        shown = f"{host}:{port}" if port else host
    return f"{scheme}://{shown}#{key[:8]}"


def channel_for_url(url: str) -> Channel:
    """A channel from an Apprise URL."""
    clean = url.strip()
    return Channel(key=channel_key(clean), label=redacted_label(clean), url=clean)


def channel_for_block(name: str) -> Channel:
    """A channel that delivers through a saved Prefect notification block."""
    ref = f"prefect-block:{name}"
    return Channel(key=channel_key(ref), label=ref, url="", block_name=name)


def url_secrets(url: str) -> tuple[str, ...]:
    """The URL and every part of it that may be a credential, longest first (so redaction is greedy).

    The host and port shown in the channel's label are public and are not redacted.
    """
    if not url:
        return ()
    shown = redacted_label(url).split("://", 1)[-1].rsplit("#", 1)[0]
    found = {url, quote(url, safe="")}
    try:
        parts = urlsplit(url)
        pieces = [parts.username or "", parts.password or "", parts.netloc, parts.fragment]
        pieces += re.split(r"[:@]", parts.netloc)  # tgram://BOTID:TOKEN/… has no valid port to parse
        pieces += parts.path.split("/")
        pieces += [kv.partition("=")[2] for kv in parts.query.split("&")]
    except ValueError:
        pieces = []
    for piece in pieces:
        # Short pieces ("json", "80", "#") are not secrets and would shred every message if redacted.
        if len(piece) >= 6 and piece != shown and (shown == "***" or piece not in shown):
            found.add(piece)
            found.add(quote(piece, safe=""))
    return tuple(sorted(found, key=len, reverse=True))


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret replaced by `***`."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        if secret:
            text = text.replace(secret, "***")
    return text


# ---------------------------------------------------------------- ids


def alert_id(event_id: str, channel: str, kind: str, revision: int) -> str:
    """Stable idempotency key: `new` and `confirmed` once per event and channel, `update` once per revision."""
    if kind not in ALERT_KINDS:
        raise ValueError(f"unknown alert kind {kind!r}")
    basis = f"{event_id}|{channel}|update|{revision}" if kind == "update" else f"{event_id}|{channel}|{kind}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]


# ---------------------------------------------------------------- escaping

_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]")
# Escapable in both CommonMark and Python-Markdown (which Apprise uses for markdown → HTML); `<`, `>`, `@` and
# `://` are handled apart because Python-Markdown does not honour `\<` or `\@`.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")
_ZWSP = "\u200b"


def clean_text(value: str) -> str:
    """Drop control and bidi-override characters (they can disguise text) and squeeze whitespace."""
    value = unicodedata.normalize("NFC", value)
    return re.sub(r"\s+", " ", _CONTROL.sub("", value)).strip()


def _defuse(text: str) -> str:
    """Neutralise what chat services act on in any format: tags and `<!channel>`, `@mentions`, bare URLs."""
    text = text.replace("<", "‹").replace(">", "›")
    text = re.sub(r"@(?=\w)", "@" + _ZWSP, text)
    return text.replace("://", ":" + _ZWSP + "//")


def escape_markdown(value: str) -> str:
    """Untrusted text made inert in markdown: no links, emphasis, HTML, mentions or autolinks survive."""
    return _MD_SPECIAL.sub(r"\\\1", _defuse(clean_text(value)))


def escape_plain(value: str) -> str:
    """Untrusted text for plain-text channels: `@mentions`, `<!channel>`-style tokens and bare URLs are defused."""
    return _defuse(clean_text(value))


def safe_link(url: str) -> str | None:
    """An http(s) link with the characters that could break out of markdown percent-encoded, else None."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in ("http", "https"):
        return None
    return quote(clean_text(url), safe=":/?#&=%+,;~.-_!$'*")


# ---------------------------------------------------------------- evidence

_SENTENCE_END = re.compile(r"[.!?؟۔\n]")
MAX_EVIDENCE_CHARS = 400


def evidence_sentence(field_text: str, start: int, end: int) -> str:
    """The sentence of `field_text` that holds the span [start, end), capped in length around the span."""
    start = max(0, min(start, len(field_text)))
    end = max(start, min(end, len(field_text)))
    left = start
    while left > 0 and not _SENTENCE_END.match(field_text[left - 1]):
        left -= 1
    right = end
    while right < len(field_text) and not _SENTENCE_END.match(field_text[right]):
        right += 1
    if right < len(field_text) and field_text[right] != "\n":
        right += 1  # keep the full stop
    sentence = field_text[left:right]
    if len(sentence) > MAX_EVIDENCE_CHARS:
        middle = (start + end) // 2 - left
        lo = max(0, middle - MAX_EVIDENCE_CHARS // 2)
        sentence = "…" + sentence[lo : lo + MAX_EVIDENCE_CHARS] + "…"
    return sentence.strip()


# ---------------------------------------------------------------- the message


def describe_actor(code: str | None) -> str:
    if not code:
        return "unknown actor"
    name = entity_name(code.upper())
    return f"{name} ({code})" if name != code.upper() else code


def _count_phrase(event: AlertEvent) -> str | None:
    if event.count is None:
        return "several" if event.count_qualifier == "several" else None
    return f"{_QUALIFIER_WORDS.get(event.count_qualifier or 'exact', '')}{event.count}"


def _facts(event: AlertEvent) -> list[tuple[str, str]]:
    facts = [("Event", EVENT_TYPE_NAMES.get(event.event_type, event.event_type))]
    facts.append(("Actor", describe_actor(event.actor)))
    facts.append(("Date", event.event_date.isoformat() if event.event_date else "not stated"))
    count = _count_phrase(event)
    if count:
        facts.append(("Count", count))
    if event.missile_class:
        facts.append(("Class", ", ".join(event.missile_class)))
    if event.weapon:
        facts.append(("Weapon", event.weapon))
    if event.mode:
        facts.append(("Mode", event.mode))
    if event.vehicle:
        facts.append(("Vehicle", event.vehicle))
    if event.payload:
        facts.append(("Payload", event.payload))
    if event.subtypes:
        facts.append(("Kind", ", ".join(event.subtypes)))
    if event.participants:
        facts.append(("Participants", ", ".join(entity_name(p) for p in event.participants)))
    facts.append(("Sources", f"{event.n_sources} outlet(s), {event.n_articles} article(s)"))
    if event.first_seen_at:
        facts.append(("First seen", f"{event.first_seen_at:%Y-%m-%d %H:%M %Z}".strip()))
    return facts


def alert_title(event: AlertEvent, kind: str) -> str:
    """A one-line title built only from codes we control (no outlet text)."""
    what = EVENT_TYPE_NAMES.get(event.event_type, event.event_type)
    when = event.event_date.isoformat() if event.event_date else "date not stated"
    prefix = {
        "update": f"UPDATE (revision {event.revision}) ",
        "confirmed": f"CONFIRMED ({event.n_sources} outlets) ",
    }.get(kind, "")
    actor = entity_name(event.actor.upper()) if event.actor else "unknown actor"
    return f"{prefix}marsad: {what} — {actor} — {when}"


def format_alert(
    event: AlertEvent,
    rules: Sequence[AlertRule],
    *,
    alert_id: str,
    kind: str = "new",
    changes: Sequence[str] = (),
    max_sources: int = 5,
) -> AlertMessage:
    """Render one alert. Everything that came from an outlet is escaped for the target format."""
    title = alert_title(event, kind)
    rule_names = ", ".join(r.name for r in rules) or "-"
    sources = event.sources[:max_sources]
    more = len(event.sources) - len(sources)

    text = [title, ""]
    md = [f"**{escape_markdown(title)}**", ""]
    if kind != "new":
        change_line = "; ".join(changes) or "details revised"
        text += [f"This is an update of an event already announced. What changed: {change_line}", ""]
        md += [f"_Update of an event already announced._ What changed: {escape_markdown(change_line)}", ""]
    for label, value in _facts(event):
        text.append(f"{label}: {escape_plain(value)}")
        md.append(f"- **{label}:** {escape_markdown(value)}")
    if event.evidence:
        text += ["", "Evidence (Arabic):"]
        md += ["", "**Evidence (Arabic):**", ""]
        for sentence in event.evidence:
            text.append(f"  «{escape_plain(sentence)}»")
            md.append(f"> {escape_markdown(sentence)}")
            md.append("")
    if sources:
        text += ["", "Reported by:"]
        md += ["", "**Reported by:**", ""]
        for src in sources:
            outlet = src.outlet or "unknown outlet"
            link = safe_link(src.url)
            headline = clean_text(src.title)
            text.append(f"- {escape_plain(outlet)}: {escape_plain(headline)} {link or ''}".rstrip())
            md_link = f" <{link}>" if link else ""
            md.append(f"- {escape_markdown(outlet)}: {escape_markdown(headline)}{md_link}")
        if more > 0:
            text.append(f"- … and {more} more article(s)")
            md.append(f"- … and {more} more article\\(s\\)")
    text += ["", f"Why: rule(s) {rule_names}", f"Event id: {event.event_id}", f"Alert id: {alert_id}"]
    md += [
        "",
        f"**Why:** rule\\(s\\) {escape_markdown(rule_names)}",
        f"**Event id:** `{event.event_id}`",
        f"**Alert id:** `{alert_id}`",
    ]
    return AlertMessage(alert_id=alert_id, kind=kind, title=title, text="\n".join(text), markdown="\n".join(md))
