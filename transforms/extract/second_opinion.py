"""A second opinion on pages where marsad's own choice is short or unsure: trafilatura (Apache-2.0, offline, no
network at all when given the page text) extracts the same page, and the better of the two results is kept.

Asked only when it is likely to pay, since it costs several times marsad's own extraction: when marsad's text is
short, when the chosen blocks hold under 30% of the page's running text (the article may be cut into blocks marsad
did not gather), or when they hold under 60% and are themselves small (a few paragraphs: a landing page of modules,
a product page). That is about one page in thirty on a mixed benchmark; marsad's own text stands on the rest.
"""

from __future__ import annotations

import logging

from transforms.extract.common import words_of
from transforms.extract.content import Article, clean_lines

__all__ = ["better_text", "needs_second_opinion", "trafilatura_text"]

logger = logging.getLogger(__name__)

SHORT_TEXT_CHARS = 200
LOW_SHARE = 0.3
# A choice of a few paragraphs (article.score is about one point per paragraph of prose, more for long or Arabic
# ones) that leaves this much of the page's running text out is unsure too.
PARTIAL_SHARE = 0.6
SMALL_SCORE = 20.0
# The other result wins when it is this much longer, or when the two share fewer than this many of marsad's words.
LONGER = 1.3
AGREEMENT = 0.5
MIN_OTHER_CHARS = 80


def needs_second_opinion(text: str, article: Article) -> bool:
    return (
        len(text) < SHORT_TEXT_CHARS
        or article.share < LOW_SHARE
        or (article.share < PARTIAL_SHARE and article.score < SMALL_SCORE)
    )


def trafilatura_text(html: str, url: str) -> str:
    """trafilatura's main text of the page, its lines cleaned as marsad's own, or "" when it finds none or fails."""
    import trafilatura  # imported late: most pages never need it

    try:
        found = trafilatura.extract(html, url=url, include_comments=False, include_tables=True)
    except Exception as exc:  # a bug there must not cost the page: marsad's own result stands
        logger.debug("trafilatura failed on %s: %s", url, exc)
        return ""
    # The page's control lines and notices that trafilatura keeps ("Video verfügbar bis ...", "Share this article")
    # go by the same rules as in marsad's own text.
    return "\n".join(clean_lines(found.split("\n"))) if found else ""


def better_text(own: str, other: str) -> str:
    """The other result when marsad's is empty, when the other is clearly longer, or when the two disagree on what
    the article is (marsad's choice was unsure to begin with); else marsad's own."""
    if len(other.strip()) < MIN_OTHER_CHARS:
        return own  # a menu or a caption: trafilatura keeps some text on pages that have no article
    if not own.strip() or len(other) >= LONGER * len(own):
        return other
    mine = set(words_of(own))
    theirs = set(words_of(other))
    shared = len(mine & theirs) / len(mine) if mine else 0.0
    return other if shared < AGREEMENT else own
