"""Article pages → ExtractedPage: decode the bytes, drop boilerplate, keep the article text, title, date and URL.

Stages, one module each: `decode` (bytes → text), `clean` (furniture out of the tree), `content` (the article's
blocks and lines, through `scoring`, `choice`, `siblings`, `pruning` and `lines`), `metadata` (date, title, canonical
URL, language) and `second_opinion` (trafilatura, asked when marsad's own result is short or unsure). lxml.html builds
the tree on the hot path (it is ~15x faster than BeautifulSoup here); BeautifulSoup with its lxml builder is the
fallback when lxml cannot build a tree.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from transforms.extract import metadata
from transforms.extract.clean import paragraph_texts, still_in, strip_boilerplate, strip_markup
from transforms.extract.common import (
    BLOCK_TAGS,
    MAX_BODY_BYTES,
    MAX_TEXT_CHARS,
    NL,
    WS,
    ExtractionError,
)
from transforms.extract.content import Article, clean_lines, find_article
from transforms.extract.decode import BAD_CHARS, decode_html
from transforms.extract.metadata import parse_date
from transforms.extract.second_opinion import better_text, needs_second_opinion, trafilatura_text
from transforms.records import ExtractedPage, FeedItem

__all__ = ["ExtractionError", "decode_html", "extract_page", "parse_date", "publication_date"]

logger = logging.getLogger(__name__)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_PARSER = lxml.html.HTMLParser(huge_tree=False, remove_comments=True, remove_pis=True, no_network=True)
# One element class for every tag, chosen in C: lxml.html's own lookup is a Python call for each element the code
# touches (about a tenth of the extraction time) only to hand out form and input subclasses this code never uses.
_PARSER.set_element_class_lookup(
    lxml.etree.ElementDefaultClassLookup(
        element=HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)


@dataclass(frozen=True)
class _Tree:
    root: HtmlElement
    parser: str  # lxml | bs4
    truncated: bool = False  # libxml2 stopped at its nesting limit: part of the page is missing from the tree


def _parse_tree(text: str) -> _Tree:
    text = _XML_DECL.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
        truncated = any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in _PARSER.error_log)
        if root is not None and len(root):
            return _Tree(root, "lxml", truncated)
    except (lxml.etree.ParserError, ValueError, RecursionError) as exc:
        logger.debug("lxml could not parse the page (%s); trying BeautifulSoup", exc)
    return _Tree(_bs4_tree(text), "bs4")


def _bs4_tree(text: str) -> HtmlElement:
    import warnings

    from bs4 import BeautifulSoup  # the fallback path only

    try:
        with warnings.catch_warnings():
            # bs4 warns about XML-looking or URL-looking input; here the input is whatever the server sent.
            warnings.simplefilter("ignore")
            soup = BeautifulSoup(text, "lxml")
        rebuilt = lxml.html.document_fromstring(str(soup) or "<html></html>", parser=_PARSER)
    except (lxml.etree.ParserError, ValueError, RecursionError) as exc:
        raise ExtractionError(f"page could not be parsed as HTML: {exc}") from exc
    return rebuilt


_FLAT_DROP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_FLAT_BLOCK = re.compile(r"</?(?:" + "|".join(sorted(BLOCK_TAGS)) + r")\b[^>]*>", re.IGNORECASE)
_FLAT_TAG = re.compile(r"<[^>]*>")


def _flat_lines(text: str) -> list[str]:
    """Text of a page without a tree: for pages nested past the parser's depth limit."""
    text = _FLAT_DROP.sub(" ", text)
    text = _FLAT_BLOCK.sub("\n", text)
    text = html.unescape(_FLAT_TAG.sub("", text))
    text = WS.sub(" ", text)
    return [line.strip() for line in NL.split(text) if len(line.strip()) > 1]


def publication_date(page: str | bytes) -> tuple[datetime | None, str | None]:
    """The page's own publication date as written (aware, in the page's offset) and where it was found."""
    text = page if isinstance(page, str) else decode_html(page)[0]
    root = _parse_tree(text).root
    return metadata.published(root, metadata.meta_map(root))


def extract_page(
    body: bytes,
    *,
    url: str,
    content_type: str | None = None,
    feed_item: FeedItem | None = None,
    second_opinion: bool = True,
) -> ExtractedPage:
    """Title, main text, date, canonical URL and language of one article page.

    Raises ExtractionError, with the reason, when the page yields no article text. With `second_opinion`, a short
    or unsure result is checked against trafilatura's and the better one kept.
    """
    if not body or not body.strip():
        raise ExtractionError("empty page")
    if len(body) > MAX_BODY_BYTES:
        raise ExtractionError(f"page larger than {MAX_BODY_BYTES} bytes")
    text, encoding = decode_html(bytes(body), content_type)
    sample = text[:50_000]
    if sample:
        bad = len(BAD_CHARS.findall(sample))
        if bad > len(sample) * 0.05:
            raise ExtractionError(f"bytes do not decode to sensible text ({encoding}, {bad} bad characters)")
    text = text.replace("\x00", "")
    try:
        tree = _parse_tree(text)
        page, article = _extract(tree.root, url=url, encoding=encoding, feed_item=feed_item)
    except RecursionError as exc:
        raise ExtractionError("page nested too deeply to extract") from exc
    if tree.truncated:
        # The tree stops at depth 256: take whichever is longer, the tree's text or the tag-stripped page.
        flat = "\n".join(clean_lines(_flat_lines(text)))[:MAX_TEXT_CHARS].strip()
        if len(flat) > len(page.text):
            page = replace(page, text=flat, language=metadata.language_of_text(page.language, flat))
            article = replace(article, score=max(article.score, len(flat) / 100), share=1.0)
    asked = second_opinion and needs_second_opinion(page.text, article)
    if asked:
        chosen = better_text(page.text, trafilatura_text(text, url)[:MAX_TEXT_CHARS].strip())
        kept = chosen is not page.text
        if kept:
            page = replace(page, text=chosen, language=metadata.language_of_text(page.language, chosen))
        logger.debug(
            "second opinion on %s (share %.2f, score %.1f): %s text kept",
            url,
            article.share,
            article.score,
            "trafilatura's" if kept else "marsad's",
        )
    if not page.text:
        raise ExtractionError(_why_empty(text, asked))
    return page


def _why_empty(text: str, asked: bool) -> str:
    """The reason a page gave no article text, for the fetch log (only pages that fail come here)."""
    root = _parse_tree(text).root
    body = root.find("body")
    strip_markup(root if body is None else body)
    visible = len(WS.sub(" ", (root if body is None else body).text_content()).strip())
    if visible == 0:
        reason = "no article text: the page has no visible text (only markup, scripts or styles)"
    else:
        reason = f"no article text: the page's {visible} characters of text are all menus, banners or other furniture"
    return reason + ("; trafilatura found no article either" if asked else "")


def _extract(
    root: HtmlElement, *, url: str, encoding: str, feed_item: FeedItem | None
) -> tuple[ExtractedPage, Article]:
    metas = metadata.meta_map(root)
    title = metadata.title(root, metas, url)
    published_at, published_source = metadata.published(root, metas)
    published_utc_offset = metadata.stated_offset_minutes(published_at)
    if published_at is not None:
        published_at = published_at.astimezone(UTC)
    if published_at is None and feed_item is not None and feed_item.published_at is not None:
        published_at, published_source = feed_item.published_at, "feed"
        published_utc_offset = feed_item.published_utc_offset
    canonical = metadata.canonical(root, metas, url)

    body = root.find("body")
    if body is None:
        body = root
    texts = paragraph_texts(body)
    strip_boilerplate(body, texts)
    # The page's own title (not a headline of its body, which may be another story's) tells its story among several.
    page_title = metas.get("og:title") or metas.get("twitter:title") or root.findtext(".//title") or ""
    article = find_article(body, still_in(body, texts), metadata.description(metas), page_title)
    lines = article.lines
    if title:
        # The headline often sits inside the article container: it is the title, not the text. At the top it is the
        # title even when the page's title adds a date, a section or the site's name around it.
        lines = [
            line for i, line in enumerate(lines) if not (line == title or (i < 2 and len(line) >= 20 and line in title))
        ] or lines
    # NFC: one code point sequence per character, whichever form the page used.
    article_text = unicodedata.normalize("NFC", "\n".join(lines))[:MAX_TEXT_CHARS].strip()
    language = metadata.language(root, metas, article_text)
    page = ExtractedPage(
        title=title,
        text=article_text,
        published_at=published_at,
        published_source=published_source,
        published_utc_offset=published_utc_offset,
        canonical_url=canonical,
        language=language,
        encoding=encoding,
    )
    return page, article
