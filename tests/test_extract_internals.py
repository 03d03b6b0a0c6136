"""The extraction helpers that stand in for slower equivalents: each gives exactly what the plain form gives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml.html import fragment_fromstring

from transforms.extract import clean
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
