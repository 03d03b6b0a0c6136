"""The Arabic sentence behind an event, cut into plain and tagged pieces so the tagged words can be highlighted."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[.!?؟\n]")
MAX_SENTENCE_CHARS = 420


@dataclass(frozen=True)
class Piece:
    """A run of the sentence; `tagged` when the tagger's evidence covers it."""

    text: str
    tagged: bool


def highlighted_sentence(field_text: str, spans: Sequence[tuple[int, int]]) -> list[Piece]:
    """The sentence of `field_text` around the first span, with every span inside it marked as tagged.

    Offsets are character offsets into the original field (as the tagger stores them). A very long sentence is
    cut around the spans and marked with … at the cut ends.
    """
    valid = sorted((max(0, s), min(e, len(field_text))) for s, e in spans if 0 <= s < e <= len(field_text))
    if not valid:
        return []
    first_start, first_end = valid[0]
    left = first_start
    while left > 0 and not _SENTENCE_END.match(field_text[left - 1]):
        left -= 1
    right = first_end
    while right < len(field_text) and not _SENTENCE_END.match(field_text[right]):
        right += 1
    if right < len(field_text) and field_text[right] != "\n":
        right += 1  # keep the full stop
    inside = [(s, e) for s, e in valid if s >= left and e <= right]
    cut_left, cut_right = left, right
    if right - left > MAX_SENTENCE_CHARS:
        middle = (inside[0][0] + inside[-1][1]) // 2
        cut_left = max(left, middle - MAX_SENTENCE_CHARS // 2)
        cut_right = min(right, cut_left + MAX_SENTENCE_CHARS)
        inside = [(max(s, cut_left), min(e, cut_right)) for s, e in inside if e > cut_left and s < cut_right]
    pieces: list[Piece] = []
    if cut_left > left:
        pieces.append(Piece("…", False))
    position = cut_left
    for span_start, span_end in inside:
        begin = max(span_start, position)  # overlapping spans merge into the previous tagged piece
        if begin >= span_end:
            continue
        if begin > position:
            pieces.append(Piece(field_text[position:begin], False))
        pieces.append(Piece(field_text[begin:span_end], True))
        position = span_end
    if position < cut_right:
        pieces.append(Piece(field_text[position:cut_right], False))
    if cut_right < right:
        pieces.append(Piece("…", False))
    # Drop surrounding whitespace of the sentence, not of the tagged words.
    if pieces and not pieces[0].tagged:
        pieces[0] = Piece(pieces[0].text.lstrip(), False)
    if pieces and not pieces[-1].tagged:
        pieces[-1] = Piece(pieces[-1].text.rstrip(), False)
    return [p for p in pieces if p.text]
