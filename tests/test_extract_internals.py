"""The extraction helpers that stand in for slower equivalents: each gives exactly what the plain form gives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml.html import fragment_fromstring, tostring

from transforms.extract import clean, lines
from transforms.extract.common import NL, WS, lines_of, squash

_SPACES = " \t\r\f\v\n\u00a0\ufeff\u200b\u200c\u200e\u200f\u2028\u2029\x85"


@given(st.text(alphabet=_SPACES + "aب.", max_size=40))
def test_squash_is_ws_sub(text: str) -> None:
    assert squash(text) == WS.sub(" ", text)


@given(st.lists(st.sampled_from(["<p>", "</p>", "<br>", "<b>", "</b>", " ", "\n", "\u00a0", "\u200b", "نص", "a b"])))
def test_lines_of_splits_as_the_pattern_does(pieces: list[str]) -> None:
    root = fragment_fromstring("<div>" + "".join(pieces) + "</div>")
    text = WS.sub(" ", "".join(root.itertext()))
    lines = lines_of(root)
    assert all(line and line == line.strip() and "\n" not in line for line in lines)
    # Block tags only add line breaks: with none of them the lines are the pattern's split of the text.
    if root.find(".//p") is None and root.find(".//br") is None:
        assert lines == [line.strip() for line in NL.split(text) if line.strip()]


def test_lines_of_breaks_at_blocks_and_drops_blank_lines() -> None:
    root = fragment_fromstring("<div> first\u00a0 line <p>  second\n\n</p>\n \n<b>third</b><br>fourth  </div>")
    assert lines_of(root) == ["first line", "second", "third", "fourth"]


def _read_with_numbers(name: str) -> int:
    """What a name says when its numbers are read as they stand (no shortcut through the number-free form)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clean, "_NUMBERS_SAY_NOTHING", False)
        return clean._flags.__wrapped__(name)


@pytest.mark.parametrize(
    ("numbered", "plain"),
    [
        ("menu-item menu-item-type-taxonomy menu-item-262449", "menu-item menu-item-type-taxonomy menu-item-0"),
        ("ad300x250", "ad0x0"),
        ("comments18-wrapper", "comments0-wrapper"),
        ("post-5805 entry-content", "post-0 entry-content"),
        ("col-md-8", "col-md-0"),
        ("sidebar2 widget_text", "sidebar0 widget_text"),
    ],
)
def test_numbers_in_names_do_not_change_the_verdict(numbered: str, plain: str) -> None:
    assert clean._NUMBERS_SAY_NOTHING
    assert clean._flags(numbered) == _read_with_numbers(numbered) == _read_with_numbers(plain)


@given(
    st.lists(st.sampled_from(["menu", "item", "ad", "post", "no", "side", "bar", "inline", "block", "x"]), max_size=5),
    st.lists(st.integers(min_value=0, max_value=10**9), max_size=5),
)
def test_numbered_names_read_like_their_plain_form(words: list[str], numbers: list[int]) -> None:
    name = "-".join(w + str(n) for w, n in zip(words, numbers, strict=False)) or "x"
    assert clean._flags(name) == _read_with_numbers(name)


def test_remembered_verdicts_match_fresh_ones_and_stay_bounded() -> None:
    markers = ["share-bar", "article-body", "cookie-consent", "entry-meta", "row", "widget"]
    for i in range(clean._VERDICTS_KEPT + 10):
        marker = markers[i % len(markers)]
        el = fragment_fromstring(f"<div class='{marker} n{i}' id='x{i % 7}'>text</div>")
        first = clean.is_negative(el)
        assert clean.is_negative(el) == first
        flags = _read_with_numbers(f"{marker} n{i}") | _read_with_numbers(f"x{i % 7}")
        assert first == clean._verdict(flags)
    assert len(clean._verdicts) <= clean._VERDICTS_KEPT


_NEVER_TEXT_PIECES = [
    "<div>",
    "</div>",
    "<p class='menu'>",
    "</p>",
    "<script>var x = 1;</script>",
    "<button>اضغط</button>",
    "<svg><path d='M0'/></svg>",
    "<label>الاسم <b>كاملا</b></label>",
    "<select><option>واحد</option></select>",
    "<figcaption>صورة من الأرشيف</figcaption>",
    "نص ",
    "tail words ",
    " ",
]


@given(st.lists(st.sampled_from(_NEVER_TEXT_PIECES), max_size=14))
def test_never_text_stripped_at_once_as_if_dropped_one_by_one(pieces: list[str]) -> None:
    """strip_boilerplate strips scripts, controls and media in one call: the tree it leaves is the one that dropping
    each of them with drop_tree leaves (their tails kept in place)."""
    html = "<p>" + "".join(pieces) + "</p><p>خاتمة النص.</p>"
    stripped, dropped = fragment_fromstring(html, create_parent="div"), fragment_fromstring(html, create_parent="div")
    clean.strip_boilerplate(stripped, {})
    for el in [el for el in dropped.iter() if el.tag in clean._ALWAYS_DROP]:
        if el.getparent() is not None:
            el.drop_tree()
    # the furniture that strip_boilerplate drops by its names (class="menu") goes from the plain form too
    for el in [el for el in dropped.iter() if clean.is_negative(el)]:
        if el.getparent() is not None:
            el.drop_tree()
    assert tostring(stripped, encoding="unicode") == tostring(dropped, encoding="unicode")


def test_a_notice_inside_a_dropped_box_goes_with_it() -> None:
    root = fragment_fromstring(
        "<div><nav class='menu'><a href='/'>الرئيسية</a><script>x()</script>بعد<button>قائمة</button></nav>"
        "<p>هذا هو النص الذي يبقى في المقال بعد التنظيف كله.</p><svg><g/></svg>ذيل</div>"
    )
    clean.strip_boilerplate(root)
    assert tostring(root, encoding="unicode") == "<div><p>هذا هو النص الذي يبقى في المقال بعد التنظيف كله.</p>ذيل</div>"


@pytest.mark.parametrize(
    ("phrases", "words"),
    [
        (lines._DISCLAIMER_PHRASES, lines._DISCLAIMER_WORDS),
        (lines._SUPPORT_PHRASES, lines._SUPPORT_WORDS),
        (lines._INBOX_CALL.pattern.split("|"), lines._INBOX_WORDS),
    ],
)
def test_every_phrase_holds_a_word_its_pattern_is_guarded_by(phrases: tuple[str, ...], words: tuple[str, ...]) -> None:
    """A pattern is run only on lines that hold one of its words: each of its phrases must hold one (a phrase added
    without one would never be looked for). The inbox call's pattern ends each of its forms with the word."""
    inbox = phrases is not lines._DISCLAIMER_PHRASES and phrases is not lines._SUPPORT_PHRASES
    forms = ["|".join(phrases)] if inbox else list(phrases)
    for form in forms:
        assert any(word in form.casefold() for word in words), form
    assert all(word == word.casefold() for word in words)


_NOTICE_LINES = [
    "The opinions expressed in this column are solely those of the writer.",
    "هذا المقال يعبر عن رأي كاتبه فقط ولا علاقة للموقع به",
    "الآراء الواردة في المقالات لا تعبر بالضرورة عن رأي الموقع",
    "If you like what we do, please consider supporting us with a small monthly sum.",
    "Jede kleine Spende hilft uns, unabhängig zu bleiben.",
    "ادعموا الموقع لنواصل العمل المستقل",
    "Sign up now and get the morning briefing straight to your inbox.",
    "اشترك الآن ليصلك ملخص الأخبار إلى بريدك كل صباح",
    "Die neue Ausgabe gibt es jetzt am Kiosk und als E-Paper.",
    "A plain sentence of the story that says nothing about the site at all.",
    "جملة عادية من الخبر عن اجتماع الوزراء في العاصمة صباح اليوم.",
]


@given(st.lists(st.sampled_from(_NOTICE_LINES), min_size=1, max_size=12))
def test_guarded_notice_patterns_drop_what_the_bare_patterns_drop(chosen: list[str]) -> None:
    """clean_lines with its word guards keeps exactly the lines it keeps when every pattern is run on every line."""
    text = [f"{line} ({i})" if i % 3 else line for i, line in enumerate(chosen)]
    guarded = lines.clean_lines(list(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lines, "_holds", lambda folded, words: True)
        assert lines.clean_lines(list(text)) == guarded
