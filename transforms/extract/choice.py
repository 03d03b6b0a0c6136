"""Choosing the article's block: the best-scoring block that is neither a list of teasers nor furniture, widened to
the ancestor that holds the whole article."""

from __future__ import annotations

import heapq

from lxml.html import HtmlElement

from transforms.extract.clean import is_negative
from transforms.extract.common import text_length, text_of
from transforms.extract.furniture import (
    COMMENT_HEADING,
    COMMENT_THREAD_HEADING,
)
from transforms.extract.lines import MORE_HEADING
from transforms.extract.scoring import SIDE_TAGS, Scorer, column_share, is_rail_beside, link_chars, link_density

# How far up, and how pure in running text, a wider choice may be.
_MAX_PROMOTION_LEVELS = 8
_PROMOTION_PURITY = 0.6


def promote(best: HtmlElement, scorer: Scorer) -> HtmlElement:
    """Widen the choice to an ancestor while the ancestor adds running text and is itself mostly running text:
    an article cut into several blocks (columns, text widgets, a lead above the body) is gathered whole."""
    chosen = best
    have = scorer.paragraph_chars(best)
    child, node = best, best.getparent()
    for _ in range(_MAX_PROMOTION_LEVELS):
        if node is None or node.tag in ("body", "html") or is_negative(node) >= 2:
            break
        if _in_grid_row(child, node, scorer):
            break  # the chosen text fills a wide column; what the row adds is in the rails beside it
        more = scorer.paragraph_chars(node)
        # An <article> element that adds any running text (a lead in its header) is the article itself.
        if more > have * 1.1 + 50 or (node.tag == "article" and more > have):
            length = scorer.length(node)
            if length == 0 or more / length < _PROMOTION_PURITY or link_density(node, length) > 0.3:
                break
            enough = _FURNITURE_ADDED * (more - have)
            if _added_by_furniture(node, child, scorer, enough) > enough:
                break  # what the ancestor adds is a rail or a box its names mark as furniture, kept for its size
            chosen, have = node, more
        child, node = node, node.getparent()
    return chosen


_FURNITURE_ADDED = 0.5


def _added_by_furniture(node: HtmlElement, child: HtmlElement, scorer: Scorer, enough: float) -> int:
    """Running text in the children of `node` beside `child` that are rails or boxes marked as furniture, or that
    hold such boxes (an unnamed column around a sidebar's long disclaimer); counted until it is over `enough`."""
    total = 0
    others = []
    for other in node:
        if other is child or not isinstance(other.tag, str) or not scorer.paragraph_chars(other):
            continue
        if other.tag in SIDE_TAGS or is_negative(other) >= 2 or list_of_boxes(other, scorer):
            total += scorer.paragraph_chars(other)
        else:
            others.append(other)
    # the boxes inside the other children, only when the children named as furniture do not settle it
    for other in others:
        if total > enough:
            break
        total += _furniture_inside(other, scorer)
    return total


# How deep below a column its rail's boxes are looked for (a wrapper or two around the widgets).
_FURNITURE_LEVELS = 3


def _furniture_inside(el: HtmlElement, scorer: Scorer) -> int:
    """Running text inside the outermost boxes a few levels below `el` that are rails or named as furniture."""
    total = 0
    stack = [(c, 1) for c in el if isinstance(c.tag, str)]
    while stack:
        node, level = stack.pop()
        chars = scorer.paragraph_chars(node)
        if not chars:
            continue
        if node.tag in SIDE_TAGS or is_negative(node) >= 2:
            total += chars
        elif level < _FURNITURE_LEVELS:
            stack.extend((c, level + 1) for c in node if isinstance(c.tag, str))
    return total


def list_of_boxes(el: HtmlElement, scorer: Scorer) -> bool:
    """Most of the block's running text sits in the items of lists of three or more, each item with a heading of its
    own: a rail of widgets, a list of readers' comments."""
    have = scorer.paragraph_chars(el)
    listed = 0
    for lst in el.iter("ul", "ol"):
        chars = scorer.paragraph_chars(lst)
        if not chars:
            continue  # a menu or a list of links: no running text to weigh
        headed = 0
        for item in lst:
            if item.tag == "li" and (item.find(".//cite") is not None or _has_heading(item)):
                headed += 1
                if headed == _BOXES:
                    listed += chars
                    break
        if listed >= 0.5 * have:
            return have > 0
    return False


_BOXES = 3
_HEADING_TAGS = ("h2", "h3", "h4", "h5")


def _has_heading(el: HtmlElement) -> bool:
    return next(el.iter(_HEADING_TAGS), None) is not None


def _in_grid_row(child: HtmlElement, row: HtmlElement, scorer: Scorer) -> bool:
    """`child` is a wide grid column of `row` with a narrow column beside it that holds running text."""
    column = column_share(child)
    return column is not None and any(
        other is not child and scorer.paragraph_chars(other) and is_rail_beside(other, column) for other in row
    )


def opens_with_furniture_heading(block: HtmlElement) -> bool:
    """A block after the article that opens with a heading over readers' comments or other stories ("Comments",
    "Related articles"): the thread or the list it heads is not more of the article, however much prose it holds."""
    for el in block.iter():
        if el.tag in _FURNITURE_HEADING_TAGS:
            heading = text_of(el)
            return len(heading) < 80 and bool(
                COMMENT_HEADING.match(heading) or COMMENT_THREAD_HEADING.match(heading) or MORE_HEADING.match(heading)
            )
        if (el.text or "").strip() or (el is not block and (el.tail or "").strip()):
            return False
    return False


_FURNITURE_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


_NOT_TEASERS, TEASERS, CARDS = 0, 1, 2


def teaser_list(el: HtmlElement) -> int:
    """TEASERS for three or more items, each a linked headline with at most a short blurb (related posts, more
    stories); CARDS when that holds only if short items that open with an unlinked headline count too."""
    if el.find("p") is not None:
        return _NOT_TEASERS  # paragraphs are prose, whatever links they carry (the loop below says so too, later)
    items = [c for c in el if isinstance(c.tag, str)]
    if len(items) < 3:
        return _NOT_TEASERS
    if _own_text(el) > _OWN_PROSE_CHARS:
        return _NOT_TEASERS  # sentences set straight in the block, its links inside them: prose, not a list
    teasers = cards = 0
    for item in items:
        if item.tag == "p":
            return _NOT_TEASERS  # paragraphs are prose, whatever links they carry
        length = text_length(item)
        if length == 0:
            continue
        linked = link_chars(item)
        headings = _headings(item)
        headline = any(h.find(".//a") is not None or h.getparent().tag == "a" for h in headings)
        if (length < 300 and linked / length >= 0.5) or (headline and length < 500):
            teasers += 1
        elif length < _CARD_CHARS and _opens_with(item, headings):
            cards += 1
    if teasers >= 3 and teasers >= 0.7 * len(items):
        return TEASERS
    if teasers + cards >= 3 and teasers + cards >= 0.7 * len(items):
        return CARDS
    return _NOT_TEASERS


# Loose text between a block's children, outside any of them: a list of teasers has none to speak of, a paragraph
# set without <p> (its links inline) has its sentences there.
_OWN_PROSE_CHARS = 100


def _own_text(el: HtmlElement) -> int:
    """Characters of the block's own text: before its first child and after each child, outside them."""
    return len((el.text or "").strip()) + sum(len((child.tail or "").strip()) for child in el)


# A card: a headline and a line or two of blurb, opened by script rather than by a link (an item of a "more
# stories" row). A section of an article is longer, and a list's entries open with their own words.
_CARD_CHARS = 250
# Cards are a row beside the article, never most of it: a list article set as cards (steps, items) is the text.
CARDS_SHARE = 0.3


def _opens_with(item: HtmlElement, headings: list[HtmlElement]) -> bool:
    """The item's text begins with one of its headings."""
    if not headings or (item.text or "").strip():
        return False
    first = headings[0]
    node = first
    while node is not item:
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        for before in node.itersiblings(preceding=True):
            if before.text_content().strip() or (before.tail or "").strip():
                return False
        node = parent
    return True


def _headings(el: HtmlElement) -> list[HtmlElement]:
    return [h for h in el.iter("h2", "h3", "h4", "h5") if h.getparent() is not None]


# How many of the best-scoring blocks are looked at for one that is neither a list of teasers nor furniture, and
# how close to the best score a block of the page's own must come to be chosen over furniture.
_BEST_CANDIDATES = 6
_OWN_OVER_FURNITURE = 0.4


def best_block(scorer: Scorer) -> HtmlElement:
    """The best-scoring block that is neither a list of teasers, nor a block headed as readers' comments or other
    stories, nor furniture. A row of linked headlines with a blurb each (related posts, more stories) gathers commas
    and sentences enough to outscore a short article beside it, and so does a long comment thread; a box named as
    furniture (a sidebar's long disclaimer, a site notice) that cleaning kept for its size may outscore it too. Its
    wrappers are passed over with it when most of their text is its."""
    ranked = heapq.nlargest(_BEST_CANDIDATES, scorer.adjusted, key=scorer.adjusted.__getitem__)
    floor = 0.0
    furniture: list[HtmlElement] = []
    for el in ranked:
        if scorer.adjusted[el] < floor:
            break
        if teaser_list(el) == TEASERS or opens_with_furniture_heading(el):
            continue
        if not floor:
            floor = _OWN_OVER_FURNITURE * scorer.adjusted[el]  # the best block that is no list of teasers
        if is_negative(el) >= 2:
            furniture.append(el)
            continue
        have = scorer.paragraph_chars(el)
        if any(
            scorer.paragraph_chars(other) * 2 >= have and any(a is el for a in other.iterancestors())
            for other in furniture
        ):
            continue
        return el
    return next((el for el in ranked if teaser_list(el) != TEASERS), ranked[0])
