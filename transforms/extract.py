"""Article pages → ExtractedPage: decode the bytes, drop boilerplate, keep the article text, title, date and URL.

lxml.html does the hot path (it is ~15x faster than BeautifulSoup here); BeautifulSoup with its lxml builder is the
fallback when lxml cannot build a tree from the bytes.
"""

from __future__ import annotations

import codecs
import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from transforms.records import ExtractedPage, FeedItem, utc_offset_minutes

__all__ = ["ExtractionError", "decode_html", "extract_page", "parse_date", "publication_date"]

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 20_000_000
MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 500_000

# ------------------------------------------------------------------------------------------------- decoding

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)
# Replacement characters and C0/C1 controls (not tab or line breaks): the marks of a wrong decoding.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Short, frequent Arabic function words: a right decoding of Arabic text is full of them, a wrong one has none.
_COMMON_WORDS = frozenset(
    [
        "في",
        "من",
        "على",
        "أن",
        "إلى",
        "عن",
        "مع",
        "التي",
        "الذي",
        "هذا",
        "هذه",
        "كان",
        "قد",
        "لا",
        "ما",
        "أو",
        "بين",
        "بعد",
        "قبل",
        "كما",
        "وقال",
        "وفي",
        "وأن",
        "ثم",
        "حتى",
        "إن",
    ]
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Single-byte codecs Arabic pages are written in, tried when the bytes are not UTF-8.
_ARABIC_SINGLE_BYTE = ("cp1256", "iso8859-6")


class ExtractionError(ValueError):
    """No article text could be extracted, or the bytes do not decode to sensible text."""


def _codec_name(label: bytes | str | None) -> str | None:
    if not label:
        return None
    text = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    text = text.strip().strip("\"'").lower()
    if text in ("x-user-defined", "utf-7", "utf7"):
        return None  # never honour UTF-7: it is an XSS vector and no news site uses it
    try:
        name = codecs.lookup(text).name
    except LookupError:
        return None
    # Browsers read latin-1 labels as windows-1252; and "ISO-8859-6-I" style labels are covered by lookup above.
    return "cp1252" if name in ("latin-1", "iso8859-1") else name


def _arabic_quality(text: str) -> float:
    """How much this looks like real Arabic: common words and the article prefix "ال" among Arabic words."""
    words = _ARABIC_WORD.findall(text[:200_000])
    if not words:
        return 0.0
    good = sum(1 for w in words if w in _COMMON_WORDS or (w.startswith("ال") and len(w) > 3))
    return good / len(words)


def _score(text: str) -> float:
    """Higher for text with many well-formed Arabic words and few replacement or control characters."""
    sample = text[:200_000]
    if not sample:
        return 0.0
    bad = len(_BAD_CHARS.findall(sample))
    arabic = len(_ARABIC_LETTER.findall(sample))
    return arabic * _arabic_quality(sample) - 20 * bad


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _label(codec: str) -> str:
    """The web's name for a Python codec ("cp1256" → "windows-1256", "iso8859-6" → "iso-8859-6")."""
    if re.fullmatch(r"cp125\d", codec):
        return "windows-" + codec[2:]
    if codec.startswith("iso8859-"):
        return "iso-8859-" + codec[8:]
    return codec


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes to text; returns (text, encoding label)."""
    text, codec = _decode(body, content_type)
    return text, _label(codec)


def _decode(body: bytes, content_type: str | None) -> tuple[str, str]:
    # Order: BOM, valid UTF-8, HTTP charset, meta charset, then the Arabic single-byte codecs and
    # charset-normalizer, judged by how Arabic the result reads.
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, errors="replace"), codec
    head = body[:4096]
    declared: list[str] = []
    if content_type:
        match = _CHARSET_PARAM.search(content_type.encode("latin-1", "ignore"))
        name = _codec_name(match.group(1)) if match else None
        if name:
            declared.append(name)
    meta = _META_CHARSET.search(head)
    meta_name = _codec_name(meta.group(1)) if meta else None
    if meta_name and meta_name not in declared:
        declared.append(meta_name)

    # Text that decodes as strict UTF-8 and has non-ASCII bytes is UTF-8 whatever the labels say: the chance that
    # windows-1256 or ISO-8859-6 Arabic forms valid multi-byte sequences is negligible.
    as_utf8 = _strict(body, "utf-8")
    if as_utf8 is not None:
        return as_utf8, "utf-8"

    candidates: dict[str, str] = {}
    for codec in declared:
        if codec.startswith("utf-16") or codec.startswith("utf-32"):
            continue  # without a BOM these labels are nearly always wrong on an ASCII-compatible page
        text = _strict(body, codec)
        if text is not None:
            candidates[codec] = text
    for codec in _ARABIC_SINGLE_BYTE:
        if codec not in candidates:
            text = _strict(body, codec)
            if text is not None:
                candidates[codec] = text
    # UTF-8 with a few broken bytes (a truncated multibyte character, a stray latin-1 byte) stays UTF-8.
    lenient = body.decode("utf-8", errors="replace")
    non_ascii = sum(1 for c in lenient if ord(c) > 127)
    if lenient.count("\ufffd") <= max(3, non_ascii // 50):
        candidates.setdefault("utf-8", lenient)
    if not candidates or max(_score(t) for t in candidates.values()) <= 0:
        detected = _detect(body)
        if detected and detected not in candidates:
            text = _strict(body, detected)
            if text is not None:
                candidates[detected] = text
    if not candidates:
        fallback = declared[0] if declared else "cp1252"
        return body.decode(fallback, errors="replace"), fallback

    scored = {codec: _score(text) for codec, text in candidates.items()}
    best = max(scored, key=lambda c: scored[c])
    # A declared codec wins unless another reads as clearly better Arabic.
    for codec in declared:
        if codec in scored and scored[codec] >= 0.8 * scored[best]:
            return candidates[codec], codec
    if "utf-8" in scored and scored["utf-8"] >= 0.8 * scored[best]:
        return candidates["utf-8"], "utf-8"
    return candidates[best], best


def _detect(body: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported late: only pages with no usable label need it

    match = from_bytes(body[:200_000]).best()
    return _codec_name(match.encoding) if match is not None else None


# ------------------------------------------------------------------------------------------------- boilerplate

_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "button",
        "select",
        "input",
        "textarea",
        "svg",
        "canvas",
        "nav",
        "footer",
        "aside",
        "menu",
        "object",
        "embed",
        "video",
        "audio",
        "figcaption",
        "link",
        "meta",
    }
)
_BLOCK_TAGS = frozenset(
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
_NEGATIVE = re.compile(
    r"comment|share|sharing|social|related|recommend|sidebar|side-bar|widget|footer|masthead|breadcrumb|advert|"
    r"banner|promo|sponsor|newsletter|subscribe|popup|cookie|most-?read|popular|trending|outbrain|taboola|disqus|"
    r"pagination|navbar|navigation|read-?more|more-?news|author-?box|also-?read",
    re.IGNORECASE,
)
# Short markers that only count as whole tokens of a class or id ("ad" but not "timetoread_pos").
_NEGATIVE_TOKENS = frozenset(
    [
        "ad",
        "ads",
        "nav",
        "menu",
        "tag",
        "tags",
        "header",
        "rss",
        "logo",
        "search",
        "login",
        "signup",
        "byline",
        "caption",
        "credit",
        "toolbar",
        "ticker",
        "weather",
        "modal",
        "pager",
        "skip",
        "hide",
    ]
)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_POSITIVE = re.compile(
    r"article|body|content|entry|main|post|story|text|detail|news-?text|itemfull|field-?item|prose|blog",
    re.IGNORECASE,
)
_LINE_BOILERPLATE = re.compile(
    r"^(?:اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|شارك|شاركها|تابعونا|تابعنا|للمزيد|مواضيع ذات صلة|أخبار ذات صلة|"
    r"اشترك|إعلان|Advertisement|Share|Related|Read more)[\s:.،]*$",
    re.IGNORECASE,
)
# Site notices that follow the article (comment policy, copyright): dropped only from the end of the text, since
# an article may well talk about comments or privacy.
_TRAILING_NOTICE = re.compile(
    r"التعليقات|الآراء الواردة|سياسة الخصوصية|شروط الاستخدام|جميع الحقوق محفوظة|حقوق النشر|©|copyright|"
    r"all rights reserved|comments",
    re.IGNORECASE,
)
_WS = re.compile(r"[ \t\r\f\v\u00a0\ufeff\u200b\u200c\u200e\u200f\u2028\u2029]+")
_NL = re.compile(r"\s*\n\s*")


def _class_id(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}".strip()


def _is_unlikely(el: HtmlElement) -> bool:
    marker = _class_id(el)
    if not marker or el.tag in ("body", "html", "article", "main"):
        return False
    negative = _NEGATIVE.search(marker) or any(t in _NEGATIVE_TOKENS for t in _TOKEN_SPLIT.split(marker.lower()))
    return bool(negative) and not _POSITIVE.search(marker)


def _drop(el: HtmlElement) -> None:
    """Remove an element but keep its tail text (which belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree()


def _strip_boilerplate(root: HtmlElement) -> None:
    doomed: list[HtmlElement] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments and processing instructions
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if (
            tag in _DROP_TAGS
            or (tag == "header" and el.getparent() is not None and el.getparent().tag == "body")
            or el.get("hidden") is not None
            or "display:none" in (el.get("style") or "").replace(" ", "")
            or _is_unlikely(el)
        ):
            doomed.append(el)
    for el in doomed:
        try:
            _drop(el)
        except (ValueError, AssertionError):  # already detached with an ancestor
            continue


def _text_len(el: HtmlElement) -> int:
    return len(_WS.sub(" ", el.text_content()).strip())


def _link_density(el: HtmlElement, length: int) -> float:
    if length == 0:
        return 1.0
    linked = sum(len(_WS.sub(" ", a.text_content()).strip()) for a in el.iter("a"))
    return min(1.0, linked / length)


def _paragraph_nodes(root: HtmlElement) -> Iterator[HtmlElement]:
    """Elements that carry running text: <p>, and divs/tds whose own text is long (sites that skip <p>)."""
    for el in root.iter("p", "div", "td", "pre", "blockquote", "li", "span", "font"):
        if (
            el.tag in {"p", "pre", "blockquote"}
            or len((el.text or "").strip()) > 80
            or any(len((c.tail or "").strip()) > 80 for c in el)
        ):
            yield el


def _best_container(root: HtmlElement) -> HtmlElement | None:
    scores: dict[HtmlElement, float] = {}
    for node in _paragraph_nodes(root):
        text = _WS.sub(" ", node.text_content()).strip()
        if len(text) < 25:
            continue
        arabic = len(_ARABIC_LETTER.findall(text))
        # Arabic text density counts most; commas and length reward prose over lists of headlines.
        score = 1 + text.count("،") + text.count(",") + min(len(text) / 100, 3) + min(arabic / 100, 3)
        parent = node.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    if not scores:
        return None
    best: HtmlElement | None = None
    best_score = 0.0
    for el, raw in scores.items():
        marker = _class_id(el)
        bonus = 1.25 if marker and _POSITIVE.search(marker) else 1.0
        adjusted = raw * bonus * (1 - _link_density(el, _text_len(el)))
        if adjusted > best_score:
            best, best_score = el, adjusted
    return best


def _lines(el: HtmlElement) -> list[str]:
    """Text of an element with a line break at every block boundary; iterative, so deep trees cannot overflow."""
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if node.text and tag:
                parts.append(node.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if node.tail and node is not el:
                parts.append(node.tail)
    text = _WS.sub(" ", "".join(parts))
    return [line.strip() for line in _NL.split(text) if line.strip()]


def _prune_link_lists(container: HtmlElement) -> None:
    """Inside the chosen container, drop blocks that are mostly links (related stories, tag lists)."""
    doomed = []
    for el in container.iter("ul", "ol", "div", "table", "section", "p", "li"):
        if el is container:
            continue
        length = _text_len(el)
        if length == 0:
            continue
        density = _link_density(el, length)
        if (density > 0.5 and length < 2_000) or (el.tag in ("ul", "ol") and density > 0.3):
            doomed.append(el)
    for el in doomed:
        try:
            _drop(el)
        except (ValueError, AssertionError):
            continue


def _clean_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if _LINE_BOILERPLATE.match(line):
            continue
        if out and out[-1] == line:
            continue
        out.append(line)
    while len(out) > 1 and _TRAILING_NOTICE.search(out[-1]):
        out.pop()
    return out


# ------------------------------------------------------------------------------------------------- metadata

_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»«·•]\s+|\s*\|\s*")
_DATE_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publication_date",
    "published_time",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.issued",
    "dcterms.date",
    "date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
)
_NAIVE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%Y%m%d",
    "%a, %d %b %Y %H:%M:%S %z",
    "%a, %d %b %Y %H:%M:%S GMT",
)


def parse_date(raw: str | None) -> datetime | None:
    """A publication date string → timezone-aware datetime in its own offset (naive values are read as UTC)."""
    if not raw:
        return None
    value = raw.strip()
    if not value or len(value) > 64:
        return None
    candidates = [value, value.replace("Z", "+00:00"), value.replace(" ", "T", 1)]
    parsed: datetime | None = None
    for candidate in candidates:
        try:
            parsed = datetime.fromisoformat(candidate)
            break
        except ValueError:
            continue
    if parsed is None:
        for layout in _NAIVE_FORMATS:
            try:
                parsed = datetime.strptime(value, layout)
                break
            except ValueError:
                continue
    if parsed is None:
        # A leading ISO date inside a longer value ("2020-08-24 10:00:00 +0200 EET").
        match = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?", value)
        if match is None:
            return None
        try:
            parsed = datetime.fromisoformat(match.group(1) + ("T" + match.group(2) if match.group(2) else ""))
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed


def _jsonld_dates(root: HtmlElement) -> Iterator[str]:
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        stack = [data]
        seen = 0
        while stack and seen < 1_000:
            seen += 1
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                value = item.get("datePublished") or item.get("dateCreated")
                if isinstance(value, str):
                    yield value
                for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                    if isinstance(item.get(key), list | dict):
                        stack.append(item[key])


def _meta_map(root: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "").lower()
        content = meta.get("content")
        if key and content and key not in found:
            found[key.strip()] = content.strip()
    return found


def publication_date(html: str | bytes) -> tuple[datetime | None, str | None]:
    """The page's own publication date as written (aware, in the page's offset) and where it was found."""
    text = html if isinstance(html, str) else decode_html(html)[0]
    root = _parse_tree(text).root
    return _published(root, _meta_map(root))


def _published(root: HtmlElement, metas: dict[str, str]) -> tuple[datetime | None, str | None]:
    for raw in _jsonld_dates(root):
        parsed = parse_date(raw)
        if parsed is not None:
            return parsed, "jsonld"
    for key in _DATE_META_KEYS:
        parsed = parse_date(metas.get(key))
        if parsed is not None:
            return parsed, "meta"
    for el in root.iter("time", "span", "div", "abbr"):
        if el.tag != "time" and (el.get("itemprop") or "").lower() != "datepublished":
            continue
        parsed = parse_date(el.get("datetime") or el.get("content") or (el.text or ""))
        if parsed is not None:
            return parsed, "time"
    return None, None


def _site_names(metas: dict[str, str], url: str) -> set[str]:
    names = {metas.get("og:site_name", ""), metas.get("application-name", ""), metas.get("twitter:site", "")}
    host = urlsplit(url).hostname or ""
    names.add(host.removeprefix("www."))
    return {n.strip().lower().lstrip("@") for n in names if n and n.strip()}


def _strip_site_suffix(title: str, sites: set[str]) -> str:
    pieces = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(pieces) < 2:
        return title

    # Drop leading/trailing pieces that name the site ("… - CNNArabic.com", "الصباح | Assabah").
    def is_site(piece: str) -> bool:
        lowered = piece.lower()
        if any(s and (s in lowered or lowered in s) for s in sites):
            return True
        compact = lowered.replace(" ", "")
        return any(s.replace(" ", "").split(".")[0] in compact for s in sites if len(s) > 3)

    while len(pieces) > 1 and is_site(pieces[-1]):
        pieces.pop()
    while len(pieces) > 1 and is_site(pieces[0]):
        pieces.pop(0)
    if len(pieces) == 1:
        return pieces[0]
    # Separators inside the headline itself are legitimate: give the title back minus only what was dropped.
    return title if len(pieces) == len(_TITLE_SEPARATORS.split(title)) else _rejoin(title, pieces)


def _rejoin(title: str, pieces: list[str]) -> str:
    start = title.find(pieces[0])
    end = title.rfind(pieces[-1]) + len(pieces[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(pieces)


def _title(root: HtmlElement, metas: dict[str, str], url: str) -> str | None:
    sites = _site_names(metas, url)
    h1s = [_WS.sub(" ", h.text_content()).strip() for h in root.iter("h1")]
    h1s = [h for h in h1s if len(h) > 10]
    for raw in (metas.get("og:title"), metas.get("twitter:title")):
        if raw:
            return _strip_site_suffix(_WS.sub(" ", raw).strip(), sites)[:MAX_TITLE_CHARS]
    if h1s:
        return h1s[0][:MAX_TITLE_CHARS]
    title_el = root.find(".//title")
    if title_el is not None:
        text = _WS.sub(" ", title_el.text_content()).strip()
        if text:
            return _strip_site_suffix(text, sites)[:MAX_TITLE_CHARS]
    return None


def _canonical(root: HtmlElement, metas: dict[str, str], url: str) -> str | None:
    candidates = [link.get("href") for link in root.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    candidates.append(metas.get("og:url"))
    for href in candidates:
        if not href or not href.strip():
            continue
        try:
            resolved = urljoin(url, href.strip())
        except ValueError:
            continue
        if urlsplit(resolved).scheme in ("http", "https"):
            return resolved
    return None


def _language(root: HtmlElement, metas: dict[str, str], text: str) -> str | None:
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not declared:
        declared = metas.get("content-language", "") or metas.get("og:locale", "")
    primary = re.split(r"[-_]", declared.strip().lower())[0] if declared.strip() else None
    letters = [c for c in text[:20_000] if c.isalpha()]
    arabic_share = len(_ARABIC_LETTER.findall(text[:20_000])) / len(letters) if letters else 0.0
    # Pages lie about their language (en-US templates on Arabic sites): the script of the text decides.
    if arabic_share > 0.5 and primary not in ("ar", "fa", "ur", "ps", "ku", "ckb"):
        return "ar"
    if primary and arabic_share < 0.1 and primary == "ar" and len(letters) > 200:
        return None
    return primary or ("ar" if arabic_share > 0.5 else None)


# ------------------------------------------------------------------------------------------------- entry point


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
_FLAT_BLOCK = re.compile(r"</?(?:" + "|".join(sorted(_BLOCK_TAGS)) + r")\b[^>]*>", re.IGNORECASE)
_FLAT_TAG = re.compile(r"<[^>]*>")


def _flat_lines(text: str) -> list[str]:
    """Text of a page without a tree: for pages nested past the parser's depth limit."""
    text = _FLAT_DROP.sub(" ", text)
    text = _FLAT_BLOCK.sub("\n", text)
    text = html.unescape(_FLAT_TAG.sub("", text))
    text = _WS.sub(" ", text)
    return [line.strip() for line in _NL.split(text) if len(line.strip()) > 1]


_PARSER = lxml.html.HTMLParser(huge_tree=False, remove_comments=True, remove_pis=True, no_network=True)


def extract_page(
    body: bytes, *, url: str, content_type: str | None = None, feed_item: FeedItem | None = None
) -> ExtractedPage:
    """Title, main text, date, canonical URL and language of one article page."""
    if not body or not body.strip():
        raise ExtractionError("empty page")
    if len(body) > MAX_BODY_BYTES:
        raise ExtractionError(f"page larger than {MAX_BODY_BYTES} bytes")
    text, encoding = decode_html(bytes(body), content_type)
    sample = text[:50_000]
    if sample:
        bad = len(_BAD_CHARS.findall(sample))
        if bad > len(sample) * 0.05:
            raise ExtractionError(f"bytes do not decode to sensible text ({encoding}, {bad} bad characters)")
    text = text.replace("\x00", "")
    try:
        tree = _parse_tree(text)
        page = _extract(tree.root, url=url, encoding=encoding, feed_item=feed_item, allow_empty=tree.truncated)
    except RecursionError as exc:
        raise ExtractionError("page nested too deeply to extract") from exc
    if tree.truncated:
        # The tree stops at depth 256: take whichever is longer, the tree's text or the tag-stripped page.
        flat = "\n".join(_clean_lines(_flat_lines(text)))[:MAX_TEXT_CHARS].strip()
        if len(flat) > len(page.text):
            page = replace(page, text=flat, language=_language_of_text(page.language, flat))
        if not page.text:
            raise ExtractionError(f"no article text found in {url}")
    return page


def _language_of_text(declared: str | None, text: str) -> str | None:
    letters = [c for c in text[:20_000] if c.isalpha()]
    if letters and len(_ARABIC_LETTER.findall(text[:20_000])) / len(letters) > 0.5:
        return "ar"
    return declared


def _extract(
    root: HtmlElement, *, url: str, encoding: str, feed_item: FeedItem | None, allow_empty: bool = False
) -> ExtractedPage:
    metas = _meta_map(root)
    title = _title(root, metas, url)
    published_at, published_source = _published(root, metas)
    published_utc_offset = utc_offset_minutes(published_at)
    if published_at is not None:
        published_at = published_at.astimezone(UTC)
    if published_at is None and feed_item is not None and feed_item.published_at is not None:
        published_at, published_source = feed_item.published_at, "feed"
        published_utc_offset = feed_item.published_utc_offset
    canonical = _canonical(root, metas, url)

    body = root.find("body")
    if body is None:
        body = root
    _strip_boilerplate(body)
    container = _best_container(body)
    if container is None:
        container = body
    _prune_link_lists(container)
    lines = _clean_lines(_lines(container))
    if title:
        # The headline often sits inside the article container: it is the title, not the text.
        lines = [line for line in lines if line != title] or lines
    article_text = "\n".join(lines)[:MAX_TEXT_CHARS].strip()
    if not article_text and not allow_empty:
        raise ExtractionError(f"no article text found in {url}")
    language = _language(root, metas, article_text)
    return ExtractedPage(
        title=title,
        text=article_text,
        published_at=published_at,
        published_source=published_source,
        published_utc_offset=published_utc_offset,
        canonical_url=canonical,
        language=language,
        encoding=encoding,
    )
