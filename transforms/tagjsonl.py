"""Tag a JSON-lines stream of articles; one output line per input line, same order, errors recorded per line."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from itertools import islice
from typing import Any, TextIO

from transforms.records import parse_published
from transforms.tagger import TAGGER_VERSION, tag_article

logger = logging.getLogger(__name__)

PARALLEL_THRESHOLD = 2000  # below this many lines, worker start-up costs more than it saves
CHUNK_LINES = 500
# A news article is at most some tens of thousands of characters; far longer input is a dump or a mistake, and
# tagging it would hold one worker for minutes.
MAX_ARTICLE_CHARS = 1_000_000


def reference_time(value: object) -> tuple[str | None, str | None]:
    """The publication time as ISO 8601 (offset kept) from ISO, RFC 2822 or epoch seconds, and a warning if unread."""
    if value is None or value == "":
        return None, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC).isoformat(), None
    if not isinstance(value, str):
        return None, f"published is a {type(value).__name__}, not a time: relative dates left unresolved"
    parsed = parse_published(value)
    if parsed is not None:
        return parsed.isoformat(), None
    text = value.strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return text[:10], None  # a date followed by something unusual: the date is what the tagger needs
    return None, f"published {text[:40]!r} is not a time: relative dates left unresolved"


def _tag_line(line_no: int, raw: str | bytes) -> dict[str, Any]:
    if isinstance(raw, bytes):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return {"id": None, "line": line_no, "error": f"not UTF-8: byte {exc.start} cannot be decoded"}
    else:
        line = raw
    line = line.removeprefix("\ufeff")
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
        if key not in row:
            problems.append(f"{key} missing")
        elif row[key] is not None and not isinstance(row[key], str):
            problems.append(f"{key} is not a string")
    size = sum(len(row.get(key) or "") for key in ("title", "text") if isinstance(row.get(key), str))
    if size > MAX_ARTICLE_CHARS:
        problems.append(f"title and text hold {size:,} characters, over the {MAX_ARTICLE_CHARS:,} limit")
    if problems:
        return {
            "id": row.get("id") if isinstance(row.get("id"), str | int) else None,
            "line": line_no,
            "error": "; ".join(problems),
        }
    published, warning = reference_time(row.get("published"))
    try:
        events = tag_article(row["title"] or "", row["text"] or "", published)
    except Exception as exc:  # a tagger bug must not stop the stream; the line records it
        logger.exception("tagging failed on line %s", line_no)
        return {"id": None, "line": line_no, "error": f"tagger error: {type(exc).__name__}: {exc}"}
    out: dict[str, Any] = {"id": row["id"], "events": [e.to_dict() for e in events], "tagger_version": TAGGER_VERSION}
    if warning:
        out["warning"] = warning
    return out


def _tag_chunk(chunk: list[tuple[int, str | bytes]]) -> list[dict[str, Any]]:
    return [_tag_line(n, line) for n, line in chunk]


def _chunks(lines: Iterable[str | bytes], size: int) -> Iterator[list[tuple[int, str | bytes]]]:
    it = enumerate(lines, start=1)
    while chunk := list(islice(it, size)):
        yield chunk


def tag_stream(lines: Iterable[str | bytes], out: TextIO, workers: int | None = None) -> int:
    """Tag JSON lines from `lines` into `out`; returns the number of failed lines. Uses all cores on large input."""
    failed = 0
    source = iter(lines)
    buffered = list(islice(source, PARALLEL_THRESHOLD + 1))
    rest: Iterable[str | bytes] = source
    n_workers = workers if workers is not None else (os.cpu_count() or 1)

    def all_lines() -> Iterator[str | bytes]:
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
