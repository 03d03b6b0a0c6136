"""Every lexicon file loads with provenance, and every form the tagger compares with text is in normalised form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from transforms.arabic import normalize_fast
from transforms.lexicon import (
    LEXICON_FILES,
    WORD_LIST_FILE,
    _read,
    load_lexicon,
    load_word_lists,
    word_alternation,
    word_set,
    word_tuple,
)
from transforms.tagger import words

_ONE_TOKEN = re.compile(r"[^\W\d_]+")


def _raw_word_lists() -> dict[str, list[str]]:
    data = _read(WORD_LIST_FILE)
    return {k: [str(f) for f in v["forms"]] for k, v in data.items() if isinstance(v, dict) and "forms" in v}


@pytest.mark.parametrize("name", [*LEXICON_FILES, WORD_LIST_FILE])
def test_every_lexicon_file_has_a_version_and_provenance(name: str) -> None:
    data = _read(name)
    assert data["lexicon"] == name
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", str(data["version"]))
    assert str(data["provenance"]).strip()


def test_every_term_is_normalised_and_tokenised() -> None:
    lex = load_lexicon()
    assert len(lex.terms) > 1000
    for term in lex.terms:
        assert term.tokens, term
        for tok in term.tokens:
            assert normalize_fast(tok) == tok, term.source
            assert re.fullmatch(r"[^\W\d_]+|\d+", tok), term.source


def test_every_word_list_is_written_in_normalised_form() -> None:
    # the loader normalises, so a form written otherwise would silently become another word than the one read
    raw = _raw_word_lists()
    assert raw
    for name, forms in raw.items():
        assert forms, name
        assert [normalize_fast(f) for f in forms] == forms, name
        assert load_word_lists()[name] == tuple(forms)


def test_word_lists_other_than_the_prefilter_hold_single_tokens() -> None:
    # the rules compare whole tokens (or token prefixes and endings): a form with a space would never match
    for name, forms in load_word_lists().items():
        if name.startswith(("prefilter_", "phrase_")):
            continue
        for form in forms:
            assert _ONE_TOKEN.fullmatch(form), (name, form)


def test_every_entry_names_where_it_was_seen() -> None:
    for name, entry in _read(WORD_LIST_FILE).items():
        if isinstance(entry, dict) and "forms" in entry:
            assert str(entry.get("added") or entry.get("seen") or "").strip(), name


def test_every_word_list_is_used_by_the_tagger() -> None:
    # words.py is the one place the tagger reads grammar.yaml; a list nobody reads is dead data
    text = Path(words.__file__).read_text(encoding="utf-8")
    for name in load_word_lists():
        assert f'"{name}"' in text, name


def test_accessors() -> None:
    assert word_set("relatives") == frozenset(load_word_lists()["relatives"])
    assert word_tuple("self_motion_verb_stems") == ("انطلق", "سقط", "حلق")
    assert re.compile(word_alternation("prefilter_north_korea")).search("زار بيونج يانج")
    assert "علي" in words.PREPOSITIONS  # على as the normaliser writes it
    with pytest.raises(KeyError, match="no word list"):
        word_set("no_such_list")


def test_the_prefilter_reads_the_lists() -> None:
    assert words.OBJECT_WORDS.search("اطلقت صاروخا")
    assert not words.OBJECT_WORDS.search("مباراة كره القدم")
    assert words.RUS_WORDS.search("قال الكرملين")
    # the leader's family name alone passes as a whole word, not as the start of the chemical words
    assert words.PRK_WORDS.search("استقبل بوتين كيم")
    assert words.PRK_WORDS.search("بوتين وكيم: محادثات")
    assert not words.PRK_WORDS.search("هجوم كيماوي والاسلحه الكيمياءيه")
    assert not words.PRK_WORDS.search("قال الحكيم")
    assert words.OBJECT_WORDS.search("اطلاق صاروخ تشوك-2") and words.OBJECT_WORDS.search("الكبسوله دراغون.")
    assert not words.OBJECT_WORDS.search("غاز نوفيتشوك وتعاونها وهاتف سنابدراغون")
    assert words.RESUMPTIVE_VERB_RE.match("شنتها")
    assert not words.RESUMPTIVE_VERB_RE.match("شنت")


def test_the_prefilter_lets_through_every_name_of_the_two_sides() -> None:
    # an article naming a side only by a form the prefilter misses would never reach the cooperation rules
    lex = load_lexicon()
    for term in lex.terms:
        if term.cat not in ("actor", "person", "place"):
            continue
        # a city or site of either side stands for it in the cooperation rules ("وصل الزعيم إلى فلاديفوستوك")
        side = term.value if term.cat == "actor" else term.value[1]
        text = " " + " ".join(term.tokens) + " "
        if side == "PRK":
            assert words.PRK_WORDS.search(text), text
        if side == "RUS":
            assert words.RUS_WORDS.search(text), text


def test_the_prefilter_lets_through_every_missile_word_and_every_weapon_of_the_two_sides() -> None:
    # an article calling its missile only by a lexicon form the prefilter misses would never reach the launch rules
    lex = load_lexicon()
    for term in lex.terms:
        owner = lex.weapon_info.get(str(term.value), {}).get("owner") if term.cat == "weapon" else None
        if term.cat in ("vehicle", "payload"):
            owner = term.value[1]
        if term.cat == "mnoun" or owner in ("PRK", "RUS"):
            assert words.OBJECT_WORDS.search(" " + " ".join(term.tokens) + " "), term.tokens


def test_the_prefilter_lets_through_every_trigger_the_launch_rules_read() -> None:
    # (a test verb counts only with its test noun, which is itself a trigger; direction, orbit and suffering words
    # only qualify a trigger)
    qualifiers = {"test_verbs", "direction", "orbit", "suffered"}
    for term in load_lexicon().terms:
        if term.cat in ("launch", "space", "war") and term.sub not in qualifiers:
            assert words.TRIGGER_WORDS.search(" " + " ".join(term.tokens) + " "), term.tokens
