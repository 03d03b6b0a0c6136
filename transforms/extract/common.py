"""What every extraction stage shares: the error, whitespace handling and the text of a tree as lines."""

from __future__ import annotations

import re

import lxml.etree
from lxml.html import HtmlElement

MAX_BODY_BYTES = 20_000_000
MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 500_000

ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_ARABIC_RUN = re.compile(r"[\u0621-\u064A]+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


_WORD = re.compile(r"\w+")


def words_of(text: str) -> list[str]:
    """The words of a text, lower-cased (for comparing what two texts say)."""
    return _WORD.findall(text.lower())


def arabic_letters(text: str) -> int:
    """How many Arabic letters a text holds (counted by runs: one match per word, not one per letter)."""
    return sum(map(len, _ARABIC_RUN.findall(text)))


def letters(text: str) -> int:
    """How many letters, of any script, a text holds."""
    return sum(map(len, _LETTER_RUN.findall(text)))


_WS_CHARS = r"\t\r\f\v\u00a0\ufeff\u200b\u200e\u200f\u2028\u2029"  # and the space; not ZWNJ: it joins word parts
WS = re.compile(f"[ {_WS_CHARS}]+")
NL = re.compile(r"\s*\n\s*")
# WS.sub(" ", text), faster: a lone space, the commonest run by far, is left as it is instead of being replaced.
_WS_TO_SPACE = re.compile(f"[ {_WS_CHARS}]{{2,}}|[{_WS_CHARS}]")


def squash(text: str) -> str:
    """`text` with every run of whitespace (WS) as one space."""
    return _WS_TO_SPACE.sub(" ", text)


BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "br",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "header",
        "figure",
        "hr",
        "center",
        "address",
    }
)


class ExtractionError(ValueError):
    """No article text could be extracted, or the bytes do not decode to sensible text."""


def text_of(el: HtmlElement) -> str:
    return squash(el.text_content()).strip()


def text_length(el: HtmlElement) -> int:
    """About len(text_of(el)): whitespace runs count as one character (str.split is several times faster than the
    regular expression on the long texts of whole containers)."""
    words = el.text_content().split()
    return sum(map(len, words)) + len(words) - 1 if words else 0


def lines_of(el: HtmlElement) -> list[str]:
    """Text of an element with a line break at every block boundary; iterative, so deep trees cannot overflow."""
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if node.text and tag:
                parts.append(node.text)
        else:
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if node.tail and node is not el:
                parts.append(node.tail)
    text = squash("".join(parts))
    # Lines split at each "\n" and stripped: the same as NL.split, without the regular expression.
    return [line for line in (piece.strip() for piece in text.split("\n")) if line]
