"""Page bytes → text: BOM, valid UTF-8, declared charsets, then the Arabic single-byte codecs judged by how Arabic
the result reads."""

from __future__ import annotations

import codecs
import re

from transforms.extract.common import ARABIC_LETTER as _ARABIC_LETTER

__all__ = ["BAD_CHARS", "decode_html"]


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


# Below this share of well-formed Arabic words, Arabic letters are the mark of a wrong decoding, not of Arabic.
_MOJIBAKE_QUALITY = 0.15


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
    non_ascii = len(lenient) - len(lenient.encode("ascii", "ignore"))
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
    if _arabic_quality(candidates[best]) < _MOJIBAKE_QUALITY:
        # No reading is real Arabic (Arabic letters without Arabic words are another script read through an Arabic
        # codec): the page's own label, UTF-8 with a few broken bytes, then a detected codec.
        for codec in (*declared, "utf-8"):
            if codec in candidates:
                return candidates[codec], codec
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


BAD_CHARS = _BAD_CHARS
