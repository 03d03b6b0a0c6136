"""Scoring the blocks of a cleaned tree that hold running text: about one point per paragraph of prose, weighed by
the block's tag, its links, its names and where it stands (a rail beside the article, a grid column)."""

from __future__ import annotations

from functools import lru_cache

from lxml.html import HtmlElement

from transforms.extract.clean import cumulative_lengths, is_negative, is_positive, tokens
from transforms.extract.common import arabic_letters, text_length

_TAG_WEIGHT = {
    "div": 1.0,
    "article": 1.3,
    "section": 1.0,
    "main": 1.1,
    "td": 0.9,
    "pre": 0.9,
    "blockquote": 0.9,
    "form": 0.5,
    "ul": 0.6,
    "ol": 0.6,
    "li": 0.5,
    "dl": 0.6,
    "dd": 0.6,
    "table": 0.8,
    "body": 0.7,
}


def _paragraph_score(text: str) -> float:
    arabic = arabic_letters(text)
    # Prose scores: commas, length and Arabic letters; lists of headlines have none of them.
    commas = text.count("،") + text.count(",") + text.count("、") + text.count("，")
    return 1 + commas + min(len(text) / 100, 3) + min(arabic / 100, 3)


def link_chars(el: HtmlElement) -> int:
    return sum(text_length(a) for a in el.iter("a"))


def link_density(el: HtmlElement, length: int) -> float:
    if length == 0:
        return 1.0
    return min(1.0, link_chars(el) / length)


class Scorer:
    def __init__(self, texts: dict[HtmlElement, str]) -> None:
        self.texts = texts
        self.raw: dict[HtmlElement, float] = {}
        self.lengths: dict[HtmlElement, int] = {}
        self.sums = cumulative_lengths(texts)
        for node, text in texts.items():
            score = _paragraph_score(text)
            parent = node.getparent()
            if parent is None:
                continue
            self.raw[parent] = self.raw.get(parent, 0.0) + score
            grand = parent.getparent()
            if grand is not None:
                self.raw[grand] = self.raw.get(grand, 0.0) + score / 2
        self.rail: dict[HtmlElement, bool] = {}
        self.adjusted: dict[HtmlElement, float] = {}
        for el, raw in self.raw.items():
            self.adjusted[el] = raw * self._weight(el)

    def _weight(self, el: HtmlElement) -> float:
        length = self.length(el)
        weight = _TAG_WEIGHT.get(el.tag, 1.0) * (1 - link_density(el, length))
        negative = is_negative(el)
        if negative:
            weight *= 0.8 if negative == 1 else 0.5
        elif is_positive(el):
            weight *= 1.25
        if el.tag == "article" or _inside_article(el):
            weight *= 1.2
        parent = el.getparent()
        if parent is not None and self.in_rail(parent):
            weight *= _IN_RAIL_WEIGHT
        return weight

    def in_rail(self, el: HtmlElement) -> bool:
        """`el` or one of its ancestors is a rail or a box named as furniture that cleaning left in place for its
        size: the text inside it is less likely the article's than the same text elsewhere."""
        path: list[HtmlElement] = []
        node: HtmlElement | None = el
        found = False
        while node is not None and node.tag not in ("body", "html"):
            known = self.rail.get(node)
            if known is not None:
                found = known
                break
            path.append(node)
            if node.tag in SIDE_TAGS or is_negative(node) >= 2:
                found = True
                break
            node = node.getparent()
        for seen in path:
            self.rail[seen] = found
        return found

    def paragraph_chars(self, el: HtmlElement) -> int:
        """Characters of running text inside an element."""
        return self.sums.get(el, 0)

    def length(self, el: HtmlElement) -> int:
        if el not in self.lengths:
            self.lengths[el] = text_length(el)
        return self.lengths[el]


def _inside_article(el: HtmlElement) -> bool:
    node = el.getparent()
    for _ in range(8):
        if node is None:
            return False
        if node.tag == "article":
            return True
        node = node.getparent()
    return False


# CSS grid classes that give a column's width: "col-md-8", "col-4", "span4", "large-8", "uk-width-medium-2-3"; for
# each, the screen size it applies from (the widest one present describes the page as a desktop reader sees it).
_BREAKPOINTS = {"xs": 0, "sm": 1, "small": 1, "md": 2, "medium": 2, "lg": 3, "large": 3, "xl": 4, "xlarge": 4, "xxl": 5}
_GRID_COLUMNS = 12
# A column at most this share of the row's width beside one of at least _WIDE_COLUMN is a rail, not more article.
_NARROW_COLUMN = 0.34
_WIDE_COLUMN = 0.5


@lru_cache(maxsize=4096)
def _grid_share(cls: str) -> float | None:
    """The share of its row's width that a grid class gives a column (0 to 1), or None if it names no width."""
    found: tuple[int, float] | None = None
    for word in cls.split():
        parts = tokens(word)
        share: float | None = None
        size = 0
        if len(parts) >= 2 and parts[0] in ("col", "span", "grid") and parts[-1].isdigit():
            size = _BREAKPOINTS.get(parts[1], 0) if len(parts) == 3 else 0
            share = int(parts[-1]) / _GRID_COLUMNS if len(parts) <= 3 else None
        elif len(parts) == 2 and parts[0] in _BREAKPOINTS and parts[1].isdigit():
            size, share = _BREAKPOINTS[parts[0]], int(parts[1]) / _GRID_COLUMNS
        elif len(parts) >= 4 and parts[:2] == ("uk", "width") and parts[-1].isdigit() and parts[-2].isdigit():
            size = _BREAKPOINTS.get(parts[2], 0) if len(parts) == 5 else 0
            share = int(parts[-2]) / int(parts[-1]) if int(parts[-1]) else None
        if share is not None and 0 < share <= 1 and (found is None or size >= found[0]):
            found = (size, share)
    return None if found is None else found[1]


def column_share(el: HtmlElement) -> float | None:
    cls = el.get("class")
    return _grid_share(cls) if cls else None


def is_rail_beside(el: HtmlElement, column: float | None) -> bool:
    """`el` is a narrow grid column beside a wide one (`column`: the wide one's share): a rail."""
    if column is None or column < _WIDE_COLUMN:
        return False
    share = column_share(el)
    return share is not None and share <= _NARROW_COLUMN


# Blocks that cleaning left in place only because they hold much of the page's text (a sidebar with a long text
# widget beside a short article): the layout tag or a strong furniture name still tells what they are.
SIDE_TAGS = frozenset({"aside", "nav", "footer"})


_IN_RAIL_WEIGHT = 0.5
