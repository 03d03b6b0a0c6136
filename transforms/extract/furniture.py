"""Word lists of page furniture kept as data (furniture.yaml), read once at import."""

from __future__ import annotations

import re
from importlib import resources

import yaml

__all__ = [
    "AUTHOR_BOX_PAIRS",
    "COMMENT_HEADING",
    "COMMENT_THREAD_CHARS",
    "COMMENT_THREAD_HEADING",
    "FURNITURE_ITEMTYPES",
    "FURNITURE_LINE_CHARS",
    "FURNITURE_LISTS",
    "FURNITURE_PROPERTIES",
    "alternation",
    "is_byline",
    "is_credit_line",
    "is_furniture_line",
    "is_share_row",
]


def _load() -> dict[str, list[str]]:
    """Every list of the file, its entries stripped and lower-cased (a single word is a list of one)."""
    text = resources.files(__package__).joinpath("furniture.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("furniture.yaml must map list names to lists of words")
    lists: dict[str, list[str]] = {}
    for key, entry in data.items():
        values = [entry] if isinstance(entry, str) else entry
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise ValueError(f"furniture.yaml: {key} must be a list of non-empty strings")
        lists[key] = [v.strip().lower() for v in values]
    return lists


_LISTS = _load()
# every list by name, for the rules that build their own patterns from them
FURNITURE_LISTS: dict[str, list[str]] = _LISTS

AUTHOR_BOX_PAIRS = frozenset(_LISTS["author_box_pairs"])
FURNITURE_PROPERTIES = frozenset(_LISTS["furniture_properties"])
FURNITURE_ITEMTYPES = frozenset(_LISTS["furniture_itemtypes"])


def alternation(name: str) -> str:
    """One list of furniture.yaml as a regular expression's alternation: longest first, so that "comments" is tried
    before "comment"; spaces match any run of whitespace."""
    words = _LISTS[name]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# "Comments", "12 Comments", "Kommentare (3)", "Leave a Reply", "أضف تعليقاً:".
COMMENT_HEADING = re.compile(
    rf"^(?:\d+\s+)?(?:{alternation('comment_headings')})(?:\s*[(\[]\d+[)\]])?[\s:.!،]*$",
    re.IGNORECASE,
)

# "3 thoughts on “Title”", "Ein Gedanke zu „Titel“": a blog's heading over its comment thread, with the post's title.
COMMENT_THREAD_HEADING = re.compile(
    rf"^(?:\d+|{alternation('comment_count_words')})\s+(?:{alternation('comment_thread_phrases')})\s*[„“”\"«»‘’'‚‹›]",
    re.IGNORECASE,
)
COMMENT_THREAD_CHARS = 200

_BYLINE = re.compile(rf"^(?:{alternation('byline_words')})\s*:?\s+(?P<rest>\S.*)$", re.IGNORECASE)
_BYLINE_ARABIC = re.compile(
    rf"^(?:(?:{alternation('byline_words_arabic')})\s*[:\-–—]|{alternation('byline_word_arabic_pen')}"
    r"\s*[:\-–—]?)\s*(?P<rest>\S.*)$"
)
_BYLINE_PARTICLES = frozenset(_LISTS["byline_particles"])
# What may follow the name: the writer's outlet, a place, a date ("By Jane Roe, Reuters", "Por Ana | 03/05/2022").
_AFTER_NAME = re.compile(r"\s*(?:[,|/(–—]|\s-\s|\b(?:for|für|para|pour|per)\b)")
BYLINE_CHARS = 80
_ARABIC_BYLINE_CHARS = 50
_NAME_WORDS = 6
_CLOSED = re.compile(r"[.!?؟]$")


def is_byline(line: str) -> bool:
    """A byline: a by-word and a name, perhaps with an outlet or a date after it."""
    if len(line) >= BYLINE_CHARS:
        return False
    latin = _BYLINE.match(line)
    if latin is None:
        arabic = _BYLINE_ARABIC.match(line)
        return (
            arabic is not None
            and len(line) <= _ARABIC_BYLINE_CHARS
            and len(arabic["rest"].split()) <= _NAME_WORDS
            and not _CLOSED.search(line)
        )
    words = _AFTER_NAME.split(latin["rest"], maxsplit=1)[0].split()
    return (
        0 < len(words) <= _NAME_WORDS
        and words[0][0].isupper()
        and all(word[0].isupper() or word.lower() in _BYLINE_PARTICLES for word in words)
    )


_FURNITURE_LINES = frozenset(_LISTS["furniture_lines"])
FURNITURE_LINE_CHARS = max(map(len, _FURNITURE_LINES)) + 8  # room for the punctuation around a label
_AROUND = " \t-–—|*[]()<>»«›‹→←:.!،…"


def is_furniture_line(line: str) -> bool:
    """A line that is only a control or a label of the page ("Share this article", "Story continues below
    advertisement", "شارك هذا المقال")."""
    return len(line) <= FURNITURE_LINE_CHARS and line.strip(_AROUND).lower() in _FURNITURE_LINES


_SHARE_ANCHORS = frozenset(_LISTS["share_row_anchors"])
_SHARE_WORDS = _SHARE_ANCHORS | frozenset(_LISTS["share_row_words"])
_WORD = re.compile(r"\w+")
SHARE_ROW_CHARS = 120


def is_share_row(line: str) -> bool:
    """A share bar set as a line: only the names of networks and share, mail or print labels ("Share Facebook
    Twitter Email", "Facebook | WhatsApp | Telegram"), at least two of them."""
    if len(line) > SHARE_ROW_CHARS:
        return False
    first = _WORD.search(line)
    if first is None or first.group().casefold() not in _SHARE_WORDS:
        return False  # most lines are ruled out by their first word
    words = _WORD.findall(line.casefold())
    return len(words) >= 2 and all(w in _SHARE_WORDS for w in words) and not _SHARE_ANCHORS.isdisjoint(words)


CREDIT_LINE_CHARS = 120
_CREDIT_LINE = re.compile(
    rf"^[(\[]?(?:(?:{alternation('credit_labels')})\s*:|(?:{alternation('credit_openings')})\b)",
    re.IGNORECASE,
)


def is_credit_line(line: str) -> bool:
    """A short line that is a picture's credit ("Bildquelle: Name", "(Photo by Name/Agency)")."""
    return len(line) <= CREDIT_LINE_CHARS and _CREDIT_LINE.match(line) is not None


_ARABIC_COOKIE = re.compile(alternation("cookie_words_arabic"))
_ARABIC_CONSENT = re.compile(alternation("consent_words_arabic"))


# How near the request to agree stands to the word for cookies: a notice says both in one breath; a report on
# privacy law may use both words paragraphs apart.
_CONSENT_WINDOW = 100


def is_arabic_cookie_notice(text: str) -> bool:
    """Arabic text that names cookies and, close by, asks the reader to agree to them."""
    for cookie in _ARABIC_COOKIE.finditer(text):
        near = text[max(0, cookie.start() - _CONSENT_WINDOW) : cookie.end() + _CONSENT_WINDOW]
        if _ARABIC_CONSENT.search(near):
            return True
    return False
