"""The text normaliser shared by FTS indexing, search queries and near-duplicate detection."""

from __future__ import annotations


def normalize(text: str | None) -> str:
    """Normalise Arabic text the same way for the index, the queries and shingling.

    The normaliser's tables take a moment to build, so they are imported on first use: a run with nothing
    new never needs them.
    """
    from transforms.arabic import normalize_query

    return normalize_query(text or "")


def shingles(text: str, size: int = 4) -> frozenset[int]:
    """Hashes of the overlapping `size`-word shingles of the normalised text."""
    words = normalize(text).split()
    if len(words) < size:
        return frozenset({hash(" ".join(words))}) if words else frozenset()
    return frozenset(hash(" ".join(words[i : i + size])) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard similarity of two shingle sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
