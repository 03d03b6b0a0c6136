"""Gathering the article's other blocks around the chosen one: sibling blocks of prose and the headings between them,
like sections set in bands, a lead set apart above the body, a recipe's ingredients, and the page's own story among
several."""

from __future__ import annotations

import lxml.etree
from lxml.html import HtmlElement

from transforms.extract.choice import list_of_boxes, opens_with_furniture_heading
from transforms.extract.clean import is_negative, marker_of, tokens
from transforms.extract.common import text_length, text_of, words_of
from transforms.extract.furniture import FURNITURE_LISTS
from transforms.extract.lines import SENTENCE_END
from transforms.extract.scoring import Scorer, column_share, is_rail_beside, link_density

# A lead set apart above the article body: the names sites give it, how far up from the body it may sit, its size.
_LEAD_NAMES = frozenset(FURNITURE_LISTS["lead_names"])
_LEAD_LEVELS = 5
_LEAD_CHARS = (60, 1_000)
# A lead with no name: the paragraph right above the body in the page's order, with at most this much text between
# them (a byline, a date, a picture credit) and within this many levels above the first block.
_LEAD_GAP = 250
_UNNAMED_LEAD_LEVELS = 8
# The share of the lead's words found in the page's description (meta description, og:description).
_DESCRIBED_SHARE = 0.6


def _is_prose(el: HtmlElement, scorer: Scorer) -> bool:
    """A sibling block that reads like article text: mostly paragraphs, few links, not furniture."""
    if is_negative(el) or el.tag in ("ul", "ol", "table", "form", "h1"):
        return False
    length = scorer.length(el)
    if length == 0:
        return False
    density = link_density(el, length)
    paragraphs = scorer.paragraph_chars(el)
    if paragraphs >= 80 and paragraphs >= 0.5 * length and density < 0.25:
        return not list_of_boxes(el, scorer)
    return length < 80 and density == 0 and el.tag == "p" and bool(SENTENCE_END.search(text_of(el)))


def gather(best: HtmlElement, scorer: Scorer) -> list[HtmlElement]:
    """The best block and its siblings that belong to the same article, in document order."""
    parent = best.getparent()
    if parent is None or best.tag in ("body", "html"):
        return [best]
    top = scorer.adjusted.get(best, 0.0)
    threshold = max(5.0, top * 0.2)
    best_class = best.get("class")
    column = column_share(best)
    kept = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is best:
            kept.append(sibling)
            continue
        if is_rail_beside(sibling, column):
            continue
        score = scorer.adjusted.get(sibling, 0.0)
        if best_class and sibling.get("class") == best_class:
            score += top * 0.2
        if ((score >= threshold and not is_negative(sibling)) or _is_prose(sibling, scorer)) and not (
            kept and opens_with_furniture_heading(sibling)
        ):
            kept.append(sibling)
    return _with_headings_between(parent, kept, scorer)


_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _with_headings_between(parent: HtmlElement, kept: list[HtmlElement], scorer: Scorer) -> list[HtmlElement]:
    """The kept siblings and the headings set right above a kept block that follows another: a block's own
    heading ("The second half of the plan", "About the author") belongs with it, and it also tells the lines that
    follow for what they are."""
    if len(kept) < 2:
        return kept
    chosen = set(kept)
    out: list[HtmlElement] = []
    waiting: list[HtmlElement] = []
    seen = False
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling in chosen:
            if seen:
                out.extend(waiting)
            out.append(sibling)
            waiting = []
            seen = True
        elif seen and sibling.tag in _SECTION_HEADINGS and not is_negative(sibling):
            waiting.append(sibling)
        elif scorer.length(sibling):
            waiting = []
    return out


def repeated_units(best: HtmlElement, scorer: Scorer) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """Prose in the siblings of the chosen block's outermost wrapper that share its tag and class, before and after
    it: an article laid out as a row of like sections (one per subheading, each in its own full-width band)."""
    have = scorer.paragraph_chars(best)
    unit = best
    parent = unit.getparent()
    while parent is not None and parent.tag not in ("body", "html") and scorer.paragraph_chars(parent) == have:
        unit, parent = parent, parent.getparent()
    kind = unit.get("class")
    if unit is best or parent is None or not kind:
        return [], []
    siblings = [sibling for sibling in parent if isinstance(sibling.tag, str)]
    units = [
        i
        for i, sibling in enumerate(siblings)
        if sibling is unit or (sibling.tag == unit.tag and sibling.get("class") == kind and _is_prose(sibling, scorer))
    ]
    if len(units) == 1:
        return [], []
    # Between the first unit and the last, the bands of another kind that hold a few words of text (a subheading, a
    # pull quote set across the page) are the article's too; furniture among them goes by its name or its links.
    chosen = set(units)
    for i in range(units[0] + 1, units[-1]):
        if i not in chosen and _is_interlude(siblings[i], scorer):
            chosen.add(i)
    # Right above the first section, a band of prose of another kind is the article's head: its headline and lead.
    if units[0] and _is_prose(siblings[units[0] - 1], scorer):
        chosen.add(units[0] - 1)
    at = siblings.index(unit)
    before = [siblings[i] for i in sorted(chosen) if i < at]
    after = [siblings[i] for i in sorted(chosen) if i > at]
    return before, after


_INTERLUDE_CHARS = 300


def _is_interlude(el: HtmlElement, scorer: Scorer) -> bool:
    """A short band of text set between the sections of an article: no furniture name, few links."""
    length = scorer.length(el)
    return 0 < length <= _INTERLUDE_CHARS and not is_negative(el) and link_density(el, length) < 0.3


def lead_before(first: HtmlElement, scorer: Scorer) -> HtmlElement | None:
    """The article's lead (standfirst) when the page sets it apart above the body, outside the chosen blocks: the
    nearest element named as a lead before the first block, within a few levels of it (up to the <body> when the
    blocks sit right under it), that reads as prose."""
    scope = first
    for _ in range(_LEAD_LEVELS):
        parent = scope.getparent()
        if parent is None or parent.tag == "html":
            break
        scope = parent
        if parent.tag == "body":
            break
    if scope is first:
        return None
    found = None
    for el in scope.iter():
        if el is first:
            break
        if not isinstance(el.tag, str) or (el.get("class") is None and el.get("id") is None):
            continue
        if _LEAD_NAMES.isdisjoint(tokens(marker_of(el))) or is_negative(el):
            continue
        length = scorer.length(el)
        if _LEAD_CHARS[0] <= length <= _LEAD_CHARS[1] and link_density(el, length) < 0.2:
            found = el
    if found is None or any(a is found for a in first.iterancestors()):
        return None
    return found


def _text_after(el: HtmlElement, stop: HtmlElement, scorer: Scorer) -> int:
    """Characters of text that follow `el` inside its ancestor `stop`."""
    total = len((el.tail or "").strip())
    node = el
    while node is not stop:
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                total += scorer.length(sibling)
            total += len((sibling.tail or "").strip())
        parent = node.getparent()
        if parent is None:
            break
        if parent is not stop:
            total += len((parent.tail or "").strip())
        node = parent
    return total


def _reads_as_lead(el: HtmlElement, scorer: Scorer, described: frozenset[str]) -> bool:
    """A paragraph or subheading of a sentence or more, without links, not furniture, not the headline, whose words
    are mostly those the page gives as its description (the standfirst is what sites put there)."""
    if not _LEAD_CHARS[0] <= scorer.length(el) <= _LEAD_CHARS[1]:
        return False
    if el.find(".//a") is not None or is_negative(el) or any(a.tag == "h1" for a in el.iterancestors()):
        return False
    words = words_of(el.text_content())
    return bool(words) and sum(word in described for word in words) >= _DESCRIBED_SHARE * len(words)


def unnamed_lead(first: HtmlElement, scorer: Scorer, description: str) -> HtmlElement | None:
    """The article's lead when the page sets it above the body without naming it: the nearest paragraph before the
    first block in the page's order, with only a few short lines (a byline, a date, a credit) between the two, that
    says what the page's description says."""
    described = frozenset(words_of(description))
    if not described:
        return None
    gap = 0
    node = first
    for _ in range(_UNNAMED_LEAD_LEVELS):
        parent = node.getparent()
        if parent is None:
            return None
        for sibling in node.itersiblings(preceding=True):
            gap += len((sibling.tail or "").strip())
            if not isinstance(sibling.tag, str):
                continue
            length = scorer.length(sibling)
            if length == 0:
                continue
            candidates = [
                el
                for el in sibling.iter("p", "div", "td", "li", "h2", "h3", "h4")
                if el in scorer.texts or (el.tag in ("h2", "h3", "h4") and scorer.length(el) >= _LEAD_CHARS[0])
            ]
            for lead in reversed(candidates):
                # what lies between: the text after the candidate in this sibling, short lines the lead test refused
                if gap + _text_after(lead, sibling, scorer) > _LEAD_GAP:
                    return None
                if _reads_as_lead(lead, scorer, described):
                    return lead
            gap += length
            if gap > _LEAD_GAP:
                return None
        gap += len((parent.text or "").strip())
        if gap > _LEAD_GAP or parent.tag == "body":
            return None
        node = parent
    return None


# A recipe's list of ingredients set apart from its method, named as such by its class or id; at most this long.
_INGREDIENT_NAMES = frozenset(FURNITURE_LISTS["ingredient_names"])
_INGREDIENTS_CHARS = 3_000
_NAMED = lxml.etree.XPath(".//*[@class or @id]")


def ingredients_beside(body: HtmlElement, blocks: list[HtmlElement]) -> list[HtmlElement]:
    """A recipe's ingredients when the page sets them in blocks of their own outside the chosen blocks (tables
    "ingredients" beside the method, one for the dough and one for the filling): the outermost elements whose class
    or id names them so. None when the chosen blocks hold such an element already, or when they are too long for a
    list of ingredients. They are the recipe's text, though they have no prose to score."""
    chosen = set(blocks)
    found: list[HtmlElement] = []
    for el in _NAMED(body):
        marker = marker_of(el)
        # A name's words are lower-cased pieces of it: one not found in the lower-cased name is none of its words.
        folded = marker.lower()
        if not any(name in folded for name in _INGREDIENT_NAMES) or _INGREDIENT_NAMES.isdisjoint(tokens(marker)):
            continue
        ancestors = set(el.iterancestors())
        if el in chosen or not chosen.isdisjoint(ancestors):
            return []  # the chosen blocks hold them already
        if any(block in ancestors for block in blocks) or any(outer in ancestors for outer in found):
            continue
        if any(el in block.iterancestors() for block in blocks):
            return []
        found.append(el)
    found = [el for el in found if text_length(el)]
    if sum(map(text_length, found)) > _INGREDIENTS_CHARS:
        return []
    return found


# Several stories on one page, one after the other (the next ones loaded as the reader scrolls): each an <article>
# with its own <h1> and at least this much running text.
_STORY_CHARS = 300


def stories_among(blocks: list[HtmlElement], scorer: Scorer) -> list[HtmlElement]:
    """The outermost <article> elements inside the chosen blocks that each hold a headline and a story's text."""
    found: list[HtmlElement] = []
    for block in blocks:
        for el in block.iter("article"):
            if scorer.paragraph_chars(el) < _STORY_CHARS or el.find(".//h1") is None:
                continue
            if not any(outer in found for outer in el.iterancestors()):
                found.append(el)
    return found


def page_story(stories: list[HtmlElement], title: str) -> HtmlElement:
    """The story the page is about: the one whose headline is the page's title, else the first."""
    wanted = " ".join(title.split()).casefold()
    for story in stories:
        h1 = story.find(".//h1")
        headline = "" if h1 is None else " ".join(h1.text_content().split()).casefold()
        if headline and wanted and (headline in wanted or wanted in headline):
            return story
    return stories[0]
