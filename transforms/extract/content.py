"""Finding the article in a cleaned tree, one stage per module: `scoring` scores the blocks that hold running text,
`choice` picks the best and widens it to the whole article, `siblings` gathers the article's other blocks (split
columns, like sections, a lead set apart above the body), `pruning` drops what inside them is not article text (link
lists, teaser lists, cookie notices, pointers to other stories) and `lines` turns them into the article's lines
without share rows, site notices, captions and the "related" part after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from transforms.extract.choice import best_block, promote
from transforms.extract.common import lines_of
from transforms.extract.lines import before_closing_rule, clean_lines, heading_texts, list_entries
from transforms.extract.pruning import prune
from transforms.extract.scoring import Scorer
from transforms.extract.siblings import (
    gather,
    ingredients_beside,
    lead_before,
    page_story,
    repeated_units,
    stories_among,
    unnamed_lead,
)

__all__ = ["Article", "clean_lines", "find_article"]


@dataclass(frozen=True)
class Article:
    """The article's lines and how sure the choice is."""

    lines: list[str]
    score: float  # the chosen block's score: about one point per paragraph of prose
    blocks: int  # how many sibling blocks were gathered
    share: float  # the chosen blocks' share of the running text left on the page after cleaning


def find_article(body: HtmlElement, texts: dict[HtmlElement, str], description: str = "", title: str = "") -> Article:
    """The article's lines in a cleaned <body> whose paragraph nodes are `texts` (clean.paragraph_texts); the whole
    body's text when no block stands out. `description`: what the page's metadata says the article is about, which
    tells its lead when the page sets one above the body without naming it; `title`: the page's title, which tells
    its story among several set one after the other."""
    scorer = Scorer(texts)
    if not scorer.adjusted:
        prune(body)
        return Article(clean_lines(lines_of(body)), 0.0, 0, 0.0)
    best = best_block(scorer)
    score = scorer.adjusted[best]
    best = promote(best, scorer)
    blocks = gather(best, scorer)
    before, after = repeated_units(best, scorer)
    blocks = before + blocks + after
    total = scorer.paragraph_chars(body)
    stories = stories_among(blocks, scorer)
    if len(stories) >= 2:
        # The choice runs over several stories: the page's own is one of them, the others are not more of it.
        story = page_story(stories, title)
        total -= sum(scorer.paragraph_chars(other) for other in stories if other is not story)
        blocks = [story]
    share = sum(scorer.paragraph_chars(b) for b in blocks) / total if total else 0.0
    blocks = ingredients_beside(body, blocks) + blocks
    lead = lead_before(blocks[0], scorer)
    if lead is None:
        lead = unnamed_lead(blocks[0], scorer, description)
    lines: list[str] = [] if lead is None else lines_of(lead)
    items: set[str] = set()
    headings: set[str] = set()
    for block in blocks:
        prune(block)
        lines.extend(before_closing_rule(block))
        items.update(list_entries(block))
        headings.update(heading_texts(block))
    return Article(clean_lines(lines, frozenset(items), frozenset(headings)), score, len(blocks), share)
