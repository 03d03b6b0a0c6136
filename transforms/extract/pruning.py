"""Dropping what inside the chosen blocks is not article text: link lists, teaser lists, cookie notices, boxes headed
as other stories or comments, datelines and pointers to other stories."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from transforms.extract.choice import CARDS, CARDS_SHARE, TEASERS, opens_with_furniture_heading, teaser_list
from transforms.extract.common import text_length, text_of
from transforms.extract.furniture import is_arabic_cookie_notice
from transforms.extract.lines import MORE_HEADING, SENTENCE_END, TIME_OR_DATE
from transforms.extract.scoring import link_density

# A cookie or consent notice: the word and a request to accept, in a short block.
_COOKIE = re.compile(r"\bcookies?\b|\bcookie-", re.IGNORECASE)
_ACCEPT = re.compile(
    r"accept|agree|akzeptier|zustimm|einverstanden|accepter|aceptar|accetta|consent|einwillig|privacy|datenschutz",
    re.IGNORECASE,
)
_DATELINE_CHARS = 60


def _is_cookie_notice(text: str) -> bool:
    return bool(_COOKIE.search(text) and _ACCEPT.search(text)) or is_arabic_cookie_notice(text)


# A short block whose words are largely a link is a pointer elsewhere ("Tip: the figures of past years are on the page
# <link>", "... more on <link>"), not article text; a long paragraph with as many links is prose (a wiki's).
_SHORT_LINKED_CHARS = 200
_SHORT_LINKED_DENSITY = 0.35
# A paragraph this long whose first words (this many characters) are its own is prose, whatever its links.
_LINKED_SENTENCE_CHARS = 100
_LINKED_SENTENCE_OPENING = 20


def _linked_sentence(p: HtmlElement, length: int) -> bool:
    """A paragraph of prose with a link inside its sentence: it opens with its own words, not the link's, and ends
    as a sentence does ("X replaced Y, <a>who for eight months had done both jobs</a>.")."""
    opening = (p.text or "").strip()
    return (
        length >= _LINKED_SENTENCE_CHARS
        and len(opening) >= _LINKED_SENTENCE_OPENING
        and not opening.endswith(":")  # "More on the vote: <a>headline</a>" points elsewhere
        and bool(SENTENCE_END.search(p.text_content()))
    )


_EMPHASIS_TAGS = frozenset({"em", "i", "strong", "b"})
# The link is the headline or much of it: a footnote's number linked inside a quotation is not.
_POINTER_DENSITY = 0.2


def _is_set_apart_pointer(p: HtmlElement) -> bool:
    """A short paragraph set wholly in italics or bold, with a link in it and no sentence's end: another story's
    headline set between the paragraphs ("<em>Earlier: <a>The first test of the new engine</a></em>")."""
    children = [c for c in p if isinstance(c.tag, str)]
    if len(children) != 1 or children[0].tag not in _EMPHASIS_TAGS or (p.text or "").strip():
        return False
    if (children[0].tail or "").strip() or children[0].find(".//a") is None:
        return False
    return not SENTENCE_END.search(p.text_content())


def _is_teasers(el: HtmlElement, length: int, container: HtmlElement) -> bool:
    kind = teaser_list(el)
    return kind == TEASERS or (kind == CARDS and length <= CARDS_SHARE * text_length(container))


_PRUNED_TAGS = ("ul", "ol", "div", "table", "section", "p", "li", "dl", "nav", "form")
# A box inside the article that opens with a heading over other stories or comments ("Related articles" and two
# blurbs set between the paragraphs): it goes whole, whatever its links.
_HEADED_BOXES = frozenset({"div", "section"})
_HEADED_BOX_CHARS = 1_000


def prune(container: HtmlElement) -> None:
    """Inside the chosen block, drop link lists, teaser lists and cookie notices."""
    doomed = []
    under_doomed: set[HtmlElement] = set()  # they go with the doomed block around them: not looked at
    for el in container.iter(*_PRUNED_TAGS):
        if el is container or el in under_doomed:
            continue
        length = text_length(el)
        if length == 0:
            continue
        density = link_density(el, length)
        if el.tag == "p" and _linked_sentence(el, length):
            continue
        if (
            (density > 0.5 and length < 2_000)
            or (density > _SHORT_LINKED_DENSITY and length < _SHORT_LINKED_CHARS)
            or (el.tag in ("ul", "ol") and density > 0.3)
            or (el.tag != "p" and _is_teasers(el, length, container))
            or (el.tag != "p" and length < 1_000 and _is_cookie_notice(el.text_content()))
            or (el.tag in _HEADED_BOXES and length < _HEADED_BOX_CHARS and opens_with_furniture_heading(el))
            or (
                el.tag == "p"
                and density >= _POINTER_DENSITY
                and length < _SHORT_LINKED_CHARS
                and _is_set_apart_pointer(el)
            )
        ):
            doomed.append(el)
            under_doomed.update(el.iter(*_PRUNED_TAGS))
    # A date whose own block holds little more than it is the dateline ("Updated: 12.03.2021 10:45"), metadata; a
    # date inside a sentence stays with the sentence, and a duration (a recipe's "30 min", PT30M) is no date.
    for time in container.iter("time"):
        parent = time.getparent()
        if (
            parent is not None
            and parent is not container
            and text_length(parent) <= _DATELINE_CHARS
            and TIME_OR_DATE.search(f"{time.get('datetime') or ''} {time.text_content()}")
        ):
            doomed.append(parent)
    doomed.extend(_inline_pointer_labels(doomed))
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


# A paragraph of this many characters after a pointer to other stories says that the article goes on below it.
_GOES_ON_CHARS = 100
_LABEL_TAGS = frozenset({"p", "div", "span", "strong", "b", "h2", "h3", "h4", "h5", "h6"})


def _inline_pointer_labels(doomed: list[HtmlElement]) -> list[HtmlElement]:
    """The labels ("Read also", "اقرأ أيضاً") of pointers to other stories set inside the text, as a paragraph or
    heading of their own right above pointers that go: the label goes with them when the article's prose goes on
    after them. (Left alone, a label in the second half of the text would end it there.)"""
    gone = set(doomed)
    labels = []
    for el in doomed:
        label = el.getprevious()
        if label is None or label in gone or label.tag not in _LABEL_TAGS or text_length(label) >= 80:
            continue
        if not MORE_HEADING.match(text_of(label)):
            continue
        after = el.getnext()
        while after is not None and after in gone:
            after = after.getnext()
        if after is not None and after.tag == "p" and text_length(after) >= _GOES_ON_CHARS:
            labels.append(label)
            gone.add(label)
    return labels
