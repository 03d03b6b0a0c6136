"""Rule-based tagger: Russia–DPRK cooperation, missile launches and space launches in Arabic news text.

Stages: `sentences` (splitting, tokens, lexicon mentions, Kim coreference) → `launches` (with `actors`, `space`,
`timing`) and `cooperation` per sentence → `merge` (document-level rules, one event per type/actor/date).
The word lists the rules use are in `transforms/lexicon/grammar.yaml` (`words`).
"""

from __future__ import annotations

from datetime import date, datetime

from transforms.arabic import normalize, normalize_fast
from transforms.lexicon import load_lexicon
from transforms.records import Event
from transforms.tagger.cooperation import find_cooperation
from transforms.tagger.launches import find_launches
from transforms.tagger.merge import events_from_mentions, resolve_document
from transforms.tagger.sentences import (
    EventMention,
    Sentence,
    resolve_air_force,
    resolve_gaza_strip,
    resolve_government,
    resolve_kim,
    resolve_korean_north,
    resolve_proxies,
    resolve_surnames,
    resolve_syrian_armed_groups,
    resolve_syrian_nisba,
    resolve_two_sides,
    resolve_yemeni_army,
    split_sentences,
)
from transforms.tagger.timing import to_date
from transforms.tagger.words import OBJECT_WORDS, PRK_WORDS, RUS_WORDS, TRIGGER_WORDS

__all__ = ["TAGGER_VERSION", "tag_article"]

TAGGER_VERSION = "2026.12.91"


# ---------------------------------------------------------------------------------------------- public API
def tag_article(title: str, text: str, published: datetime | date | str | None) -> list[Event]:
    """Events (with Arabic evidence spans on the original text) found in one article."""
    found = document_mentions(title, text, published)
    if found is None:
        return []
    mentions, _sentences, norms = found
    return events_from_mentions(mentions, norms, {"title": title or "", "text": text or ""})


def document_mentions(
    title: str, text: str, published: datetime | date | str | None
) -> tuple[list[EventMention], list[Sentence], dict] | None:
    """The rule engine's event mentions after the document-level rules (None when the article has none)."""
    title = title or ""
    text = text or ""
    fast = normalize_fast(title + "\n" + text)
    want_launch = OBJECT_WORDS.search(fast) and TRIGGER_WORDS.search(fast)
    want_coop = PRK_WORDS.search(fast) and RUS_WORDS.search(fast)
    if not (want_launch or want_coop):
        return None
    pub = to_date(published)
    lex = load_lexicon()
    norms = {"title": normalize(title), "text": normalize(text)}
    sentences = split_sentences(lex, norms)
    resolve_kim(sentences)
    resolve_surnames(lex, sentences)
    resolve_korean_north(sentences)
    resolve_gaza_strip(sentences)
    resolve_syrian_nisba(sentences)
    resolve_syrian_armed_groups(sentences)
    resolve_yemeni_army(sentences)
    resolve_government(sentences)
    resolve_proxies(sentences)
    resolve_air_force(sentences)
    resolve_two_sides(sentences)
    mentions: list[EventMention] = []
    for s in sentences:
        if want_launch:
            mentions.extend(find_launches(lex, s, pub))
        if want_coop:
            mentions.extend(find_cooperation(lex, s, pub))
    if not mentions:
        return None
    return resolve_document(mentions, sentences, norms, pub), sentences, norms
