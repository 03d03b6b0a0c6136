"""Cleaning: drop the page furniture (scripts, menus, banners, comment threads) before the article is looked for.

Class and id names are read as TOKENS, split on `-`, `_`, spaces and camelCase boundaries: `ad` marks
`ad-slot` but not `timetoread` or `non-ad-column`, and a name's marker never hides inside a longer word. Whatever
its names say, a node that holds most of the page's paragraph text is never dropped: it is the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.etree
from lxml.html import HtmlElement

from transforms.extract.common import squash
from transforms.extract.furniture import (
    AUTHOR_BOX_PAIRS,
    FURNITURE_ITEMTYPES,
    FURNITURE_LISTS,
    FURNITURE_PROPERTIES,
)

__all__ = [
    "cumulative_lengths",
    "is_negative",
    "marker_of",
    "paragraph_texts",
    "still_in",
    "strip_boilerplate",
    "tokens",
]

# Never content.
_ALWAYS_DROP = frozenset(
    {
        "script",
        "style",
        "template",
        "iframe",
        "button",
        "select",
        "input",
        "textarea",
        "svg",
        "canvas",
        "object",
        "embed",
        "video",
        "audio",
        "link",
        "figcaption",
        "label",
        "rt",  # ruby annotations (readings above the characters), not running text
        "rp",
    }
)
# Layout elements that nearly always hold furniture; kept only when the article lives inside one.
# (<noscript> too: a tracking pixel as a rule, but some sites put the whole article there for readers without
# JavaScript; <address>, the contact details of the page's owner or writer.)
_LAYOUT_DROP = frozenset({"nav", "footer", "aside", "menu", "form", "figure", "noscript", "address"})

# Tokens that mark furniture wherever they appear in a class or id, even beside a positive token
# ("post-share", "comment-content", "related-posts").
_STRONG = frozenset(
    {
        "comment",
        "comments",
        "kommentar",
        "kommentare",
        "commentaires",
        "commenti",
        "comentarios",
        "disqus",
        "respond",
        "replies",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "onetrust",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "login",
        "share",
        "sharing",
        "sharebar",
        "shariff",
        "social",
        "socials",
        "related",
        "recommended",
        "recommendations",
        "recommend",
        "outbrain",
        "popmake",
        "taboola",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "masthead",
        "navbar",
        "navigation",
        "nav",
        "menu",
        "pagination",
        "pager",
        "popup",
        "modal",
        "ad",
        "ads",
        "adv",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "sponsor",
        "sponsored",
        "sidebar",
        "rail",
        "trending",
        "popular",
        "tagcloud",
        "disclaimer",
        "disclosure",
        "reviews",
        "caption",
        "captions",
        "bildunterschrift",
        "bilduntertitel",
        "imagedescription",
        # calls to pay, donate or get the app; affiliate notices; a table of contents
        "cta",
        "paidbox",
        "donate",
        "donation",
        "donations",
        "spenden",
        "affiliate",
        "appstore",
        "appstores",
        "assinatura",
        "suscripcion",
        "toc",
        # a post's metadata line
        "postmetadata",
        "rating",
        "ratings",
        "timestamp",
        "syndication",  # another site's articles
        "overlay",  # a layer over the page
        "reviewed",  # a badge saying who checked the article ("medically reviewed by ...")
        # ARIA landmarks of what stands beside or under the main content: a side box, the page's footer
        "complementary",
        "contentinfo",
    }
    | set(FURNITURE_LISTS["strong_markers"])
)
# Markers of notices that are never an article, however much of the page's text they hold.
# ("cmp", a consent platform's prefix, is left out: journal and CMS themes prefix their components with it too.)
_NEVER_CONTENT = frozenset({"cookie", "cookies", "consent", "gdpr", "onetrust"})
# Glued compounds ending in a furniture word ("textwidget", "leftsidebar", "postcomments", "printfooter").
_STRONG_SUFFIXES = ("sidebar", "widget", "comments", "advert", "footer")
# Tokens that mark furniture unless the same names also say the node is the article ("entry-header" stays).
_WEAK = frozenset(
    {
        "header",
        "banner",
        "widget",
        "widgets",
        "promo",
        "tag",
        "tags",
        "rss",
        "logo",
        "search",
        "byline",
        "author",
        "credit",
        "credits",
        "toolbar",
        "ticker",
        "weather",
        "skip",
        "hide",
        "hidden",
        "meta",
        "licence",
        "license",
        "signature",
        "teaser",
        "teasers",
        "promos",
        "banners",
        "inline",  # a box set into the article: a picture with its caption, a teaser, a call to subscribe
        "bio",  # a note on the writer
        "topics",  # the article's keywords, like its tags
        "keywords",
    }
)
# Weak markers that are also CSS display words: beside another display word ("d-inline-block", "inline-flex") they
# say how the node is laid out, not what it is.
_DISPLAY_MARKERS = frozenset({"inline"})
_DISPLAY_WORDS = frozenset({"d", "display", "block", "flex", "grid", "table", "text", "list", "item", "items"})
# Furniture named by two tokens ("most-read", "read_more", "also-read", "side-bar", "author-box").
_STRONG_PAIRS = frozenset(
    {
        "mostread",
        "mostviewed",
        "mostpopular",
        "readmore",
        "morenews",
        "alsoread",
        "sidebar",
        "sidenav",
        "prevnext",  # links to the previous and next articles
        "nextprev",
        "authorbox",
        "authorinfo",
        "authordescription",
        "aboutauthor",
        "authorbio",
        "authordesc",
        "authorcard",
        "authorprofile",
        "socialmedia",
        "shareicons",
        "relatedposts",
        "moreposts",
        "newsletter",  # "news-letter"
        "appstore",  # "app-store"
        "appstores",
        "imagedescription",
        "imagecaption",
        "photocaption",
        "userinfo",  # a forum post's author panel
        "userprofile",
        "infinitescroll",  # the next articles, loaded while the reader scrolls
        "furtherreading",
        "sharetools",
        "sharelinks",
        "sharebuttons",
        "writerbio",
        "contributorbio",
        "supportus",  # a call to pay for the site
        "appdownload",
        "commentlist",  # readers' comments, the word glued to another ("commentlist", "commentArea")
        "commentarea",
        "commentbox",
        "commentform",
        "commentsection",
        "commentthread",
    }
)
# The same pairs written as one word ("authorbox", "mostread", "sharetools"), but "readmore": a block so named is as
# often the hidden rest of the article, shown by a click, as the link that shows it.
_GLUED_PAIRS = _STRONG_PAIRS - {"readmore"}
_POSITIVE = frozenset(
    {
        "article",
        "body",
        "content",
        "entry",
        "main",
        "post",
        "story",
        "text",
        "detail",
        "details",
        "itemfull",
        "prose",
        "blog",
        "artikel",
        "lead",
        "intro",
    }
    # a recipe's ingredients, set apart from its method: the recipe's text, whatever else their names say
    | set(FURNITURE_LISTS["ingredient_names"])
)
# Words before a marker that describe the layout rather than name the node: "non-ad-column", "no-sidebar",
# "with-sidebar", "has-comments" are the article's wrappers.
_NEGATIONS = frozenset({"no", "non", "not", "without", "with", "has", "hide", "show"})
# The words of a name: split on punctuation, at camelCase humps and between letters and digits ("theiaSticky",
# "comments18-wrapper", "ad300x250"); a run of capitals stays one word ("HTMLParser").
_TOKEN = re.compile(r"[A-Z]*[^\W\dA-Z_]+|[A-Z]+|\d+")
# A node holding at least this share of the page's paragraph text is the article (or wraps it): never dropped.
# A weak marker ("widget", "banner") gives way sooner: the article may be cut into several such blocks.
_PROTECTED_SHARE = 0.5
_PROTECTED_SHARE_WEAK = 0.15
# The least a lead paragraph under the headline holds, in characters (a site's tagline is shorter).
_HEAD_LEAD_CHARS = 60


def marker_of(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}".strip()


@lru_cache(maxsize=8192)
def tokens(marker: str) -> tuple[str, ...]:
    """`theiaStickySidebar non-ad-column` → ("theia", "sticky", "sidebar", "non", "ad", "column"); `comments18` →
    ("comments", "18")."""
    return tuple(map(str.lower, _TOKEN.findall(marker)))


_STRONG_FLAG, _WEAK_FLAG, _POSITIVE_FLAG, _NEVER_FLAG, _FIRM_FLAG = 1, 2, 4, 8, 16
# Class names that hide an element from the screen (text for screen readers only: "Skip to content", "Posted on"):
# weak furniture, whatever other words they hold.
_HIDDEN_CLASSES = frozenset(FURNITURE_LISTS["hidden_classes"])
_HIDDEN_LAST = frozenset(tokens(name)[-1] for name in _HIDDEN_CLASSES)
# Weak markers that a positive token does not overrule when they end a class name: "entry-meta", "post-tags",
# "article-byline" name the article's metadata, not the article ("tag-science" on a post is one of its tags).
_FIRM_WEAK = frozenset(FURNITURE_LISTS["firm_weak_markers"])
_FIRM_LAST = frozenset((word,) for word in _FIRM_WEAK)
# Every word that can change a verdict: the markers themselves and every first part of a two-word marker.
_TELLING = (
    _STRONG | _WEAK | _POSITIVE | _NEVER_CONTENT | {pair[:k] for pair in _STRONG_PAIRS for k in range(1, len(pair))}
)

# No marker holds a digit, so a name's numbers are only its token boundaries: names that differ in their numbers alone
# say the same (most unique names are numbered: "menu-item-4155", "post-5805", "comment-182").
_NUMBERS = re.compile(r"\d+")
_NUMBERS_SAY_NOTHING = not any(
    char.isdigit()
    for word in (
        *_TELLING,
        *_STRONG_PAIRS,
        *_STRONG_SUFFIXES,
        *_NEGATIONS,
        *_DISPLAY_WORDS,
        *_HIDDEN_CLASSES,
        *_FIRM_WEAK,
        *AUTHOR_BOX_PAIRS,
    )
    for char in word
)


def _author_box(name: str) -> bool:
    """A writer's box named by two tokens of ONE class name ("post-author", "entryAuthor"): across two names
    ("post author-5", an article's classes) the tokens say nothing of the kind."""
    for word in name.split():
        parts = tokens(word)
        if any(parts[i - 1] + parts[i] in AUTHOR_BOX_PAIRS for i in range(1, len(parts))):
            return True
    return False


@lru_cache(maxsize=16384)
def _flags(name: str) -> int:
    """What one class, id or role value says: strong or weak furniture, article, never content (bit flags)."""
    if _NUMBERS_SAY_NOTHING and (numbered := _NUMBERS.sub("0", name)) != name:
        return _flags(numbered)  # "menu-item-4155" says what "menu-item-262449" says: read once, as "menu-item-0"
    parts = tokens(name)
    if not _HIDDEN_LAST.isdisjoint(parts) and not _HIDDEN_CLASSES.isdisjoint(name.lower().split()):
        return _WEAK_FLAG | _FIRM_FLAG
    if _TELLING.isdisjoint(parts) and all(len(token) <= 7 for token in parts):
        return 0  # most names ("col-md-8", "row", "post-5805") say nothing: no word to look at one by one
    flags = 0
    for i, token in enumerate(parts):
        if i and parts[i - 1] in _NEGATIONS:
            continue  # a layout that says what it has or lacks
        if token in _STRONG or token in _GLUED_PAIRS or (len(token) > 7 and token.endswith(_STRONG_SUFFIXES)):
            flags |= _STRONG_FLAG
        elif token in _WEAK and not (token in _DISPLAY_MARKERS and _DISPLAY_WORDS.intersection(parts[i - 1 : i + 2])):
            flags |= _WEAK_FLAG
        elif token in _POSITIVE:
            flags |= _POSITIVE_FLAG
        if i and parts[i - 1] + token in _STRONG_PAIRS and not (i > 1 and parts[i - 2] in _NEGATIONS):
            flags |= _STRONG_FLAG
        if token in _NEVER_CONTENT:
            flags |= _NEVER_FLAG
    if not _FIRM_WEAK.isdisjoint(parts) and any(tokens(word)[-1:] in _FIRM_LAST for word in name.split()):
        flags |= _FIRM_FLAG
    if "author" in parts and _author_box(name):
        flags |= _STRONG_FLAG
    return flags


def _verdict(flags: int) -> int:
    """3 for a notice that is never content (cookie consent), 2 for a strong furniture marker, 1 for a weak one not
    overruled by a positive token (or one that ends a name, such as "entry-meta"), 0 otherwise."""
    if flags & _STRONG_FLAG:
        return 3 if flags & _NEVER_FLAG else 2
    return 1 if flags & _WEAK_FLAG and (not flags & _POSITIVE_FLAG or flags & _FIRM_FLAG) else 0


def is_negative(el: HtmlElement) -> int:
    """How strongly an element's class, id and role mark it as page furniture (0, 1 weak, 2 strong, 3 never content).

    Each attribute is read on its own (and remembered: pages repeat their class names), so an id's first token and
    a class's last never make a pair."""
    get = el.get
    names = get("class"), get("id"), get("role")
    if names == _NO_NAMES or el.tag in ("body", "html"):
        return 0
    verdict = _verdicts.get(names)
    if verdict is None:
        flags = 0
        for name in names:
            if name:
                flags |= _flags(name)
        verdict = _verdict(flags)
        if len(_verdicts) >= _VERDICTS_KEPT:
            _verdicts.clear()
        _verdicts[names] = verdict
    return verdict


_NO_NAMES = (None, None, None)
# Verdicts by (class, id, role): a page repeats the same names on many elements.
_verdicts: dict[tuple[str | None, str | None, str | None], int] = {}
_VERDICTS_KEPT = 8192


# A block's accessible name says what it is to readers of screen readers ("Related articles", "Comments", "Share
# this story", "Advertisement"): read like a class name when it is short, and only for a strong marker (a label is
# free text, and words such as "header" or "search" may name the article's own parts).
_LABELLED_BLOCKS = frozenset({"div", "section", "aside", "ul", "ol", "nav", "footer", "header", "dl", "table"})
_LABEL_CHARS = 40


def _labelled_furniture(el: HtmlElement) -> int:
    """2 (or 3 for a notice that is never content) for a block whose aria-label names page furniture, else 0."""
    label = el.get("aria-label")
    if label is None or len(label) > _LABEL_CHARS or el.tag not in _LABELLED_BLOCKS:
        return 0
    verdict = _verdict(_flags(label))
    return verdict if verdict >= 2 else 0


def is_positive(el: HtmlElement) -> bool:
    marker = marker_of(el)
    return bool(marker) and any(t in _POSITIVE for t in tokens(marker))


_PARAGRAPH_TAGS = ("p", "div", "td", "pre", "blockquote", "li", "span", "font", "h2", "h3", "h4")
_HEADINGS = frozenset({"h2", "h3", "h4"})


def paragraph_texts(root: HtmlElement) -> dict[HtmlElement, str]:
    """The running text of every paragraph node: <p>, long headings (a lead set as <h2>) and divs or cells whose own
    text is long (sites that skip <p>). For a <p> the text is all of it; for divs and cells only their own text, so
    nothing is counted twice."""
    texts: dict[HtmlElement, str] = {}
    for el in root.iter(_PARAGRAPH_TAGS):
        tag = el.tag
        if tag == "p" or tag in _HEADINGS:
            text = squash(el.text_content()).strip()
            if tag in _HEADINGS and len(text) < 100:
                continue  # a heading; only a long one is a lead paragraph set as a heading
        else:
            own = len((el.text or "").strip())
            for child in el:  # a loop that stops past 80 characters: most of these nodes are short wrappers
                if own > 80:
                    break
                tail = child.tail
                if tail:
                    own += len(tail.strip())
            if own <= 80:
                continue
            text = squash(" ".join([el.text or ""] + [c.tail or "" for c in el])).strip()
        if len(text) >= 25:
            texts[el] = text
    return texts


def still_in(root: HtmlElement, texts: dict[HtmlElement, str]) -> dict[HtmlElement, str]:
    """The paragraph nodes of `texts` that are still inside `root` (after cleaning dropped some)."""
    return {el: texts[el] for el in root.iter(_PARAGRAPH_TAGS) if el in texts}


def cumulative_lengths(texts: dict[HtmlElement, str]) -> dict[HtmlElement, int]:
    """Characters of running text inside every element that holds any: each paragraph counted up its ancestors."""
    sums: dict[HtmlElement, int] = {}
    for el, text in texts.items():
        length = len(text)
        node: HtmlElement | None = el
        while node is not None:
            sums[node] = sums.get(node, 0) + length
            node = node.getparent()
    return sums


def _hidden(el: HtmlElement) -> bool:
    style = el.get("style")
    return el.get("hidden") is not None or (style is not None and "display:none" in style.replace(" ", "").lower())


def strip_markup(root: HtmlElement) -> None:
    """Drop what is never text (scripts, styles, forms' controls, media) from the tree in place."""
    doomed = [el for el in root.iter() if not isinstance(el.tag, str) or el.tag.lower() in _ALWAYS_DROP]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


# A field to type an address or a name into, in a small block of its own: a call to sign up for a newsletter or an
# alert, set between the article's paragraphs without a form (script sends it). The block goes with the field.
_SIGNUP_INPUTS = frozenset({"email", "text", "tel"})
_SIGNUP_LEVELS = 3
_SIGNUP_CHARS = 300


def _signup_box(field: HtmlElement) -> HtmlElement | None:
    """The nearest block around a text field that holds only a short call (the field's label and a line or two)."""
    node = field.getparent()
    box = None
    for _ in range(_SIGNUP_LEVELS):
        if node is None or node.tag in ("body", "html", "article", "main", "form"):
            break
        length = len(node.text_content().strip())
        if length > _SIGNUP_CHARS:
            break
        if length:
            box = node
        node = node.getparent()
    return box


# Tags of the blocks that microdata can mark as furniture: an inline element so marked (the writer's name in "By
# <span itemprop=author>Jane Roe</span>, Reuters") goes with its line or not at all, never alone.
_MARKED_BLOCKS = frozenset(
    {"div", "section", "aside", "article", "header", "footer", "nav", "ul", "ol", "li", "dl", "p", "table", "figure"}
)


def _is_marked_furniture(el: HtmlElement) -> bool:
    """A block whose microdata names it as page furniture: a property of the page rather than of the article's
    text (`itemprop="author"` on a box about the writer, `itemprop="comment"` on a reader's comment) or a type of a
    page's part (`itemtype="https://schema.org/WPSideBar"`, `.../BreadcrumbList`, `.../Comment`)."""
    if el.tag not in _MARKED_BLOCKS:
        return False
    prop = el.get("itemprop")
    if prop is not None and not FURNITURE_PROPERTIES.isdisjoint(prop.lower().split()):
        return True
    kind = el.get("itemtype")
    return kind is not None and kind.rstrip("/ ").rsplit("/", 1)[-1].lower() in FURNITURE_ITEMTYPES


def _article_head(el: HtmlElement) -> bool:
    """A weakly marked box (a "header") that holds the page's headline, not a link, over a lead paragraph of running
    text without links and not itself in a box marked as furniture: the article's own head, which the site's header
    (a logo, a menu, a tagline) never is."""
    h1 = el.find(".//h1")
    if h1 is None or h1.find(".//a") is not None or not h1.text_content().strip():
        return False
    for p in el.iter("p"):
        if len(p.text_content().strip()) < _HEAD_LEAD_CHARS or p.find(".//a") is not None:
            continue
        boxes = []
        for box in p.iterancestors():
            if box is el:
                break
            boxes.append(box)
        if not any(is_negative(box) for box in (p, *boxes)):
            return True
    return False


def _sibling_kind(el: HtmlElement) -> tuple[object, ...]:
    """Siblings of one tag and class: the pieces of one article cut into hidden or weakly marked blocks."""
    return (el.getparent(), el.tag, el.get("class") or "")


_DIGITS = re.compile(r"\d+")


def _numbered_section(el: HtmlElement) -> tuple[object, ...] | None:
    """For a section of the article whose class names it as the article's text while its id, one of a numbered
    series, holds a furniture word ("content_body" with the ids "TOC_TITLE_1", "TOC_TITLE_2": the anchors a table of
    contents points to), its kind: the tag, the class and the id without its numbers. None for any other element."""
    cls, ident = el.get("class"), el.get("id")
    if not cls or not ident or el.get("role") or not _DIGITS.search(ident):
        return None
    if _flags(cls) != _POSITIVE_FLAG or _verdict(_flags(ident)) != 2:
        return None
    return (el.tag, cls, _DIGITS.sub("#", ident))


# A picture's caption set in a box of its own beside the picture, without <figure> or <figcaption>: a box that holds
# the picture (alone, or in a link or a wrapper of its own) and one or two short blocks of text (a caption, a credit),
# and no text of its own.
_PICTURE_WRAPPERS = frozenset({"a", "picture", "span", "dt", "div", "p", "center"})
_CAPTION_TAGS = frozenset({"p", "div", "span", "small", "em", "i", "b", "strong", "dd", "cite"})
_CAPTION_BOXES = frozenset({"div", "dl", "span", "center"})
_CAPTION_CHARS = 250
# The caption and the picture's credit, each a block of its own ("Photo: Jane Roe" above "The launch site at dawn").
_CAPTION_BLOCKS = 2
_CREDIT_BLOCK_CHARS = 60
_PICTURE_LEVELS = 3


def _caption_box(img: HtmlElement) -> HtmlElement | None:
    """The box that holds a picture and its caption, or None."""
    node = img
    parent = node.getparent()
    for _ in range(_PICTURE_LEVELS):
        if parent is None or parent.tag not in _PICTURE_WRAPPERS or parent.text_content().strip():
            break
        node, parent = parent, parent.getparent()
    if parent is None or parent.tag not in _CAPTION_BOXES or (parent.text or "").strip():
        return None
    kind = (parent.tag, parent.get("class"))
    if (
        sum(1 for sibling in parent.itersiblings() if (sibling.tag, sibling.get("class")) == kind)
        + sum(1 for sibling in parent.itersiblings(preceding=True) if (sibling.tag, sibling.get("class")) == kind)
        >= 2
    ):
        return None  # one of a series of pictures each with its text: the steps of a how-to, an illustrated list
    captions = 0
    length = 0
    shortest = _CAPTION_CHARS
    for child in parent:
        if (child.tail or "").strip():
            return None
        if child is node or not isinstance(child.tag, str):
            continue
        text = child.text_content().strip()
        if not text:
            continue
        captions += 1
        if captions > _CAPTION_BLOCKS or child.tag not in _CAPTION_TAGS:
            return None
        length += len(text)
        shortest = min(shortest, len(text))
    if not captions or length > _CAPTION_CHARS:
        return None
    if captions == 2 and shortest > _CREDIT_BLOCK_CHARS:
        return None  # two blocks of text: a caption and a credit, never two sentences of their own
    return parent


# Every attribute the lookups below read (_is_marked_furniture, _hidden, is_negative, _labelled_furniture): a lookup
# that reads another one must add it here, or elements carrying only that one skip it.
_READ_ATTRIBUTES = frozenset({"itemprop", "itemtype", "hidden", "style", "class", "id", "role", "aria-label"})


def strip_boilerplate(root: HtmlElement, texts: dict[HtmlElement, str] | None = None) -> None:
    """Drop comments, scripts and furniture from the tree in place (`texts`: its paragraph_texts, if known)."""
    sums = cumulative_lengths(paragraph_texts(root) if texts is None else texts)
    total = sums.get(root, 0)
    doomed: list[HtmlElement] = []
    # (element, share that protects it, the kind it is judged with when its own share is small, if any)
    guarded: list[tuple[HtmlElement, float, tuple[object, ...] | None]] = []
    for el in root.iter():
        tag = el.tag  # lower case: every tree here comes from the HTML parser, which lower-cases the names
        if not isinstance(tag, str):
            doomed.append(el)  # comments and processing instructions
            continue
        if tag in _ALWAYS_DROP:  # stripped at the end, all at once
            if tag == "input" and (el.get("type") or "text").lower() in _SIGNUP_INPUTS:
                box = _signup_box(el)
                if box is not None:
                    guarded.append((box, _PROTECTED_SHARE, None))
        elif tag == "figure" and el.find(".//table") is not None:
            continue  # a table set as a figure (with its caption) is part of the text, not a picture
        elif tag == "img":
            box = _caption_box(el)
            if box is not None:
                doomed.append(box)
        elif tag in _LAYOUT_DROP or (tag == "header" and el.getparent() is not None and el.getparent().tag == "body"):
            guarded.append((el, _PROTECTED_SHARE, None))
        elif _READ_ATTRIBUTES.isdisjoint(keys := el.keys()):
            continue  # no attribute the lookups below read (most elements of a page: none, or only href, src, alt)
        elif tag in _MARKED_BLOCKS and _is_marked_furniture(el):
            guarded.append((el, _PROTECTED_SHARE, None))
        elif ("hidden" in keys or "style" in keys) and _hidden(el):
            guarded.append((el, _PROTECTED_SHARE, _sibling_kind(el)))
        elif tag not in ("article", "main") and (negative := is_negative(el) or _labelled_furniture(el)):
            if negative == 3:
                doomed.append(el)
            elif negative == 2:
                guarded.append((el, _PROTECTED_SHARE, _numbered_section(el)))
            elif not _article_head(el):
                guarded.append((el, _PROTECTED_SHARE_WEAK, _sibling_kind(el)))
    # An article cut into many hidden or weakly marked siblings of one kind (gallery steps, text widgets, pages shown
    # one at a time), or into numbered sections, holds most of the text together though each piece holds little: the
    # kind is kept whole.
    kinds: dict[tuple[object, ...], int] = {}
    for el, _, kind in guarded:
        if kind is not None:
            kinds[kind] = kinds.get(kind, 0) + sums.get(el, 0)
    for el, share, kind in guarded:
        if total and sums.get(el, 0) >= share * total:
            continue
        if kind is not None and total and kinds[kind] >= _PROTECTED_SHARE * total:
            continue
        doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    # What is never text, in one call in C (keeping the text after each element, as drop_tree does): most of it sits
    # inside furniture dropped above, which it leaves with, and need not be dropped on its own.
    lxml.etree.strip_elements(root, *_ALWAYS_DROP, with_tail=False)
