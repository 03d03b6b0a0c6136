"""A second opinion on pages where marsad's own choice is short or unsure: trafilatura (Apache-2.0, offline, no
network at all when given the page text) extracts the same page, and the better of the two results is kept.
"""

from __future__ import annotations

import logging

__all__ = ["SHORT_TEXT_CHARS", "better_text", "needs_second_opinion", "trafilatura_text"]

logger = logging.getLogger(__name__)

# marsad's result is asked about when it is shorter than this or its best block scored below LOW_SCORE.
SHORT_TEXT_CHARS = 1_500
LOW_SCORE = 8.0


def needs_second_opinion(text: str, score: float) -> bool:
    return len(text) < SHORT_TEXT_CHARS or score < LOW_SCORE


def trafilatura_text(html: str, url: str) -> str:
    """trafilatura's main text of the page, or "" when it finds none or fails."""
    try:
        import trafilatura  # imported late: most pages never need it
    except ImportError:  # pragma: no cover - a locked dependency; kept working without it
        return ""
    try:
        found = trafilatura.extract(html, url=url, include_comments=False, include_tables=True, deduplicate=False)
    except Exception as exc:  # a bug there must not cost the page: marsad's own result stands
        logger.debug("trafilatura failed on %s: %s", url, exc)
        return ""
    return found or ""


def better_text(own: str, other: str) -> str:
    """The other result when it holds clearly more text than marsad's own, else marsad's."""
    if not other.strip():
        return own
    if not own.strip():
        return other
    return other if len(other) >= 1.3 * len(own) else own
