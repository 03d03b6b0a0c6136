"""Word lists of page furniture kept as data (furniture.yaml), read once at import."""

from __future__ import annotations

import re
from importlib import resources

import yaml

__all__ = ["AUTHOR_BOX_PAIRS", "COMMENT_HEADING"]


def _load() -> dict[str, list[str]]:
    text = resources.files(__package__).joinpath("furniture.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("furniture.yaml must map list names to lists of words")
    lists: dict[str, list[str]] = {}
    for key, values in data.items():
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise ValueError(f"furniture.yaml: {key} must be a list of non-empty strings")
        lists[key] = [v.strip().lower() for v in values]
    return lists


_LISTS = _load()

AUTHOR_BOX_PAIRS = frozenset(_LISTS["author_box_pairs"])


def _alternation(words: list[str]) -> str:
    # Longest first, so that "comments" is tried before "comment"; spaces match any run of whitespace.
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# "Comments", "12 Comments", "Kommentare (3)", "Leave a Reply", "أضف تعليقاً:".
COMMENT_HEADING = re.compile(
    rf"^(?:\d+\s+)?(?:{_alternation(_LISTS['comment_headings'])})(?:\s*[(\[]\d+[)\]])?[\s:.!،]*$",
    re.IGNORECASE,
)
