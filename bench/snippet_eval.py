"""Scoring on a main-text benchmark of real pages with `with`/`without` snippets (trafilatura's evaluation data).

Each page lists snippets its main text must contain (`with`) and must not contain (`without`). Per snippet: a `with`
snippet found is a true positive, missed a false negative; a `without` snippet found is a false positive, absent a
true negative. Precision, recall and F1 are computed over all snippets of a part; a page's own F1 (from its own
snippet counts) finds the pages an extractor loses. Matching is on text with whitespace collapsed, for every
extractor alike.

The pages are split once by a hash of the file name: about two thirds for development, one third held out.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

_SPACE = re.compile(r"\s+")

PARTS = ("dev", "held-out")


@dataclass(frozen=True)
class Case:
    url: str
    file: str
    html: bytes
    with_: tuple[str, ...]
    without: tuple[str, ...]

    @property
    def part(self) -> str:
        return part_of(self.file)


def part_of(file_name: str) -> str:
    """`held-out` for about one file name in three (fixed by its SHA-1), `dev` for the rest."""
    return "held-out" if hashlib.sha1(file_name.encode("utf-8")).digest()[0] % 3 == 0 else "dev"


def load_cases(archive: Path) -> list[Case]:
    """Every entry of the archive's evaldata.json whose page file is in the archive."""
    pages: dict[str, bytes] = {}
    index: dict[str, dict[str, object]] = {}
    with gzip.open(archive, "rb") as raw, tarfile.open(fileobj=io.BytesIO(raw.read())) as tar:
        for member in tar:
            if not member.isfile():
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            if member.name.endswith("evaldata.json"):
                index = json.loads(handle.read().decode("utf-8"))
            elif "/eval/" in member.name:
                pages[member.name.rsplit("/", 1)[-1]] = handle.read()
    cases = []
    for url, entry in index.items():
        name = str(entry.get("file") or "")
        if name not in pages:
            continue
        with_ = tuple(str(s) for s in entry.get("with") or [])  # type: ignore[attr-defined]
        without = tuple(str(s) for s in entry.get("without") or [])  # type: ignore[attr-defined]
        cases.append(Case(url=url, file=name, html=pages[name], with_=with_, without=without))
    return cases


def normalize(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fn += other.fn
        self.fp += other.fp
        self.tn += other.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0


def score_page(text: str, case: Case) -> Counts:
    found = normalize(text)
    counts = Counts()
    for snippet in case.with_:
        if normalize(snippet) in found:
            counts.tp += 1
        else:
            counts.fn += 1
    for snippet in case.without:
        if normalize(snippet) in found:
            counts.fp += 1
        else:
            counts.tn += 1
    return counts


@dataclass
class Result:
    name: str
    total: Counts = field(default_factory=Counts)
    pages: int = 0
    seconds: float = 0.0
    failures: int = 0  # raised or returned nothing
    lost: list[str] = field(default_factory=list)  # pages with F1 < 0.1
    per_page: dict[str, Counts] = field(default_factory=dict)  # each page's own counts, by file name

    def add(self, case: Case, text: str, seconds: float) -> None:
        counts = score_page(text, case)
        self.total.add(counts)
        self.per_page[case.file] = counts
        self.pages += 1
        self.seconds += seconds
        if not text.strip():
            self.failures += 1
        if case.with_ and counts.f1 < 0.1:
            self.lost.append(case.file)

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def worst(self, n: int) -> list[tuple[str, Counts]]:
        """The n pages with the lowest F1 of their own (ties: more wrong snippets kept first), worst first."""
        ranked = sorted(self.per_page.items(), key=lambda item: (item[1].f1, -item[1].fp, item[0]))
        return ranked[:n]


def run(
    cases: Iterable[Case], extractors: dict[str, Callable[[Case], str]], clock: Callable[[], float]
) -> dict[str, Result]:
    """Every extractor on every case, in the same pass; an extractor's exception counts as an empty text."""
    results = {name: Result(name) for name in extractors}
    for case in cases:
        for name, extract in extractors.items():
            started = clock()
            try:
                text = extract(case) or ""
            except Exception:  # an extractor that fails on a page loses that page, the run goes on
                text = ""
            results[name].add(case, text, clock() - started)
    return results
