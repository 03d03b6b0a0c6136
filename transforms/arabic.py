"""Arabic normalisation with an offset map back to the raw text, and a lossy key for transliterated names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters deleted outright: bidi and zero-width marks, soft hyphen, diacritics, Quranic marks, tatweel.
_DELETE = [
    *(0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x061C, 0x00AD, 0x0640, 0x0670),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    *range(0x064B, 0x0660),
    *range(0x06D6, 0x06EE),
    *range(0x08D3, 0x0900),
    *range(0x0610, 0x061B),
]

_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "ء", "ئ": "ء",
    "ى": "ي",
    "ة": "ه",
    "ک": "ك", "ڪ": "ك", "ی": "ي", "ې": "ي", "ے": "ي", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه",
    "ڤ": "ف", "پ": "ب", "چ": "ج", "گ": "غ", "ڭ": "غ", "ڨ": "ق",
    "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
}  # fmt: skip
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_DASHES = [*range(0x2010, 0x2016), 0x2212, 0xFE58, 0xFE63, 0xFF0D]
# Quotes (and the + some outlets wrap names in) become spaces: «هواسونج 15» must tokenise like هواسونج 15.
_QUOTES = "«»“”„‟\"'‹›‘’`+"
# Whitespace other than a plain space and newline folds to a space; newlines stay (paragraph boundaries).
_SPACES = "\t\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _step_map(ch: str) -> str:
    """The mapping of one already NFKC-folded character."""
    cp = ord(ch)
    if cp in _DELETE_SET:
        return ""
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch in _DIGITS:
        return _DIGITS[ch]
    if cp in _DASH_SET:
        return "-"
    if ch in _QUOTES or ch in _SPACES:
        return " "
    if ch in "\u2028\u2029\x85":
        return "\n"
    return ch


_DELETE_SET = frozenset(_DELETE)
_DASH_SET = frozenset(_DASHES)


def _char_output(ch: str) -> str:
    return "".join(_step_map(c) for c in unicodedata.normalize("NFKC", ch))


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if unicodedata.normalize("NFKC", ch) == ch and _step_map(ch) == ch:
            continue  # most characters: unchanged by both steps (what _char_output would find, only sooner)
        out = _char_output(ch)
        # A second pass catches outputs that NFKC would still change (keeps normalisation idempotent).
        again = _char_output(out) if out else out
        while again != out:
            out, again = again, "".join(_char_output(c) for c in again)
        if out != ch:
            table[cp] = out
    return table


_TABLE = _build_table()
_CHANGING = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]+")
_WS_FIX = re.compile(r"[ \n]{2,}")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus, for each normalised character, the raw span it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    raw_length: int

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span [start, end) back to the raw span it covers."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalised text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.starts) else self.raw_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    """Normalise Arabic text (see lexicon README) keeping a map from every output character to the raw text."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _CHANGING.finditer(text):
        a, b = m.span()
        if a > pos:
            out.append(text[pos:a])
            rng = range(pos, a)
            starts.extend(rng)
            ends.extend(range(pos + 1, a + 1))
        for k in range(a, b):
            rep = _TABLE[ord(text[k])]
            if rep:
                out.append(rep)
                starts.extend([k] * len(rep))
                ends.extend([k + 1] * len(rep))
        pos = b
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    s1 = "".join(out)
    # Collapse runs of spaces/newlines to one character (a newline if the run holds one).
    if _WS_FIX.search(s1) is None:
        return Normalized(s1, tuple(starts), tuple(ends), len(text))
    out2: list[str] = []
    st2: list[int] = []
    en2: list[int] = []
    pos = 0
    for m in _WS_FIX.finditer(s1):
        a, b = m.span()
        out2.append(s1[pos:a])
        st2.extend(starts[pos:a])
        en2.extend(ends[pos:a])
        out2.append("\n" if "\n" in m.group() else " ")
        st2.append(starts[a])
        en2.append(ends[b - 1])
        pos = b
    out2.append(s1[pos:])
    st2.extend(starts[pos:])
    en2.extend(ends[pos:])
    return Normalized("".join(out2), tuple(st2), tuple(en2), len(text))


def normalize_fast(text: str) -> str:
    """The normalised text without offsets (same characters as `normalize(text).text`)."""
    # Every character is mapped on its own, so the commonest changes can go first as plain replacements, which are
    # several times faster than `str.translate` over a whole article; the regex then finds the rarer ones.
    for raw, normal in _FREQUENT_CHANGES:
        text = text.replace(raw, normal)
    return _WS_FIX.sub(_ws_repl, _CHANGING.sub(_normal_run, text))


def _normal_run(m: re.Match[str]) -> str:
    return _translate_run(m.group())


@lru_cache(maxsize=65536)
def _translate_run(run: str) -> str:
    return run.translate(_TABLE)


# the characters Arabic news text changes most often: ta marbuta, hamza on alef, alef maqsura, the Arabic comma,
# double quotes and hamza on ya (each maps to one character that the table leaves alone)
_FREQUENT_CHANGES = tuple((ch, _TABLE[ord(ch)]) for ch in 'ةأىإ،"ئآ')


def _ws_repl(m: re.Match[str]) -> str:
    return "\n" if "\n" in m.group() else " "


def normalize_query(text: str) -> str:
    """Plain normalised string for full-text search: the warehouse indexes text normalised the same way."""
    return " ".join(normalize_fast(text).split())


# ------------------------------------------------------------------ name keys (transliterated names only)
_NAME_FOLD = str.maketrans({"غ": "ج", "ة": "ه", "ى": "ي", " ": None, "-": None})


@lru_cache(maxsize=262144)
def name_key(normalised: str) -> str:
    """Lossy key for transliterated foreign names: ج/غ folded, spaces and hyphens inside the name removed."""
    return normalised.translate(_NAME_FOLD)


@lru_cache(maxsize=65536)
def _deletes(key: str) -> tuple[str, ...]:
    return tuple({key[:i] + key[i + 1 :] for i in range(len(key))})


def within_one_edit(a: str, b: str) -> bool:
    """True when the Levenshtein distance between a and b is at most 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


class FuzzyNameIndex:
    """Names whose key may be matched with one edit (symmetric-deletion index, verified by edit distance)."""

    def __init__(self, min_length: int = 7) -> None:
        self.min_length = min_length
        self._exact: dict[str, object] = {}
        self._by_delete: dict[str, list[str]] = {}

    def add(self, key: str, value: object) -> None:
        self._exact[key] = value
        if len(key) >= self.min_length:
            for d in (*_deletes(key), key):
                self._by_delete.setdefault(d, []).append(key)

    def lookup(self, key: str) -> tuple[object, bool] | None:
        """(value, fuzzy) for an exact or one-edit match, else None."""
        if key in self._exact:
            return self._exact[key], False
        if len(key) < self.min_length - 1:
            return None
        for d in (*_deletes(key), key):
            for cand in self._by_delete.get(d, ()):
                if within_one_edit(cand, key):
                    return self._exact[cand], True
        return None
