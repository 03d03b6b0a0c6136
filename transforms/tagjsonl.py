"""Tag a JSON-lines stream of articles; one output line per input line, same order, errors recorded per line."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, TextIO

from transforms.tagger import TAGGER_VERSION, tag_article

logger = logging.getLogger(__name__)

PARALLEL_THRESHOLD = 2000  # below this many lines, worker start-up costs more than it saves
CHUNK_LINES = 500


def _tag_line(line_no: int, line: str) -> dict[str, Any]:
    if not line.strip():
        return {"id": None, "line": line_no, "error": "empty line"}
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": line_no, "error": f"bad JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(row, dict):
        return {"id": None, "line": line_no, "error": "line is not a JSON object"}
    problems = []
    if not isinstance(row.get("id"), str | int) or isinstance(row.get("id"), bool):
        problems.append("id missing or not a string")
    for key in ("title", "text"):
        if not isinstance(row.get(key), str):
            problems.append(f"{key} missing or not a string")
    if row.get("published") is not None and not isinstance(row.get("published"), str):
        problems.append("published is not a string")
    if problems:
        return {"id": None, "line": line_no, "error": "; ".join(problems)}
    try:
        events = tag_article(row["title"], row["text"], row.get("published"))
    except Exception as exc:  # a tagger bug must not stop the stream; the line records it
        logger.exception("tagging failed on line %s", line_no)
        return {"id": None, "line": line_no, "error": f"tagger error: {type(exc).__name__}: {exc}"}
    return {"id": row["id"], "events": [e.to_dict() for e in events], "tagger_version": TAGGER_VERSION}


def _tag_chunk(chunk: list[tuple[int, str]]) -> list[dict[str, Any]]:
    return [_tag_line(n, line) for n, line in chunk]


def _chunks(lines: Iterable[str], size: int) -> Iterator[list[tuple[int, str]]]:
    it = enumerate(lines, start=1)
    while chunk := list(islice(it, size)):
        yield chunk


def tag_stream(lines: Iterable[str], out: TextIO, workers: int | None = None) -> int:
    """Tag JSON lines from `lines` into `out`; returns the number of failed lines. Uses all cores on large input."""
    failed = 0
    source = iter(lines)
    buffered = list(islice(source, PARALLEL_THRESHOLD + 1))
    rest: Iterable[str] = source
    n_workers = workers if workers is not None else (os.cpu_count() or 1)

    def all_lines() -> Iterator[str]:
        yield from buffered
        yield from rest

    if len(buffered) <= PARALLEL_THRESHOLD or n_workers <= 1:
        results: Iterable[list[dict[str, Any]]] = map(_tag_chunk, _chunks(all_lines(), CHUNK_LINES))
        for chunk in results:
            failed += _write(chunk, out)
        return failed
    with ProcessPoolExecutor(max_workers=n_workers) as pool:
        # map keeps input order; chunks bound the memory held by results in flight
        for chunk in pool.map(_tag_chunk, _chunks(all_lines(), CHUNK_LINES)):
            failed += _write(chunk, out)
    return failed


def _write(rows: list[dict[str, Any]], out: TextIO) -> int:
    failed = 0
    for row in rows:
        failed += int("error" in row)
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return failed
