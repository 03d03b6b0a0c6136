"""Query results for a terminal, the way DuckDB's own CLI prints them, plus line, markdown, CSV and JSON.

The box format fits the terminal: long cells are cut with `…`, and when the columns still do not fit, middle columns
are dropped (a `…` column marks the gap) and the footer says how many are shown. Long results show their first and
last rows. `line` prints one field per line and `markdown` a pipe table, both uncut; CSV and JSON are exact.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from rich.cells import cell_len

ELLIPSIS = "…"
MAX_CELL = 40  # widest a column grows before its cells are cut
MIN_CELL = 12  # narrowest a wide column is squeezed to before columns are dropped instead (fits a date)


def display(value: Any) -> str:
    """One value as DuckDB's CLI shows it: NULL, ISO dates, lists in brackets, control characters escaped."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(display(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {display(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bytes):
        return value.hex() if len(value) <= 16 else value[:16].hex() + ELLIPSIS
    text = str(value)
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def cut(text: str, width: int) -> str:
    """`text` cut to `width` terminal cells, ending with … when cut."""
    if cell_len(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + ELLIPSIS


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * max(width - cell_len(text), 0)
    return gap + text if right else text + gap


def _numeric(type_name: str) -> bool:
    return type_name.upper().split("(")[0] in {
        "TINYINT",
        "SMALLINT",
        "INTEGER",
        "BIGINT",
        "HUGEINT",
        "UTINYINT",
        "USMALLINT",
        "UINTEGER",
        "UBIGINT",
        "FLOAT",
        "DOUBLE",
        "DECIMAL",
        "NUMBER",
    }


def box(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    types: Sequence[str] | None = None,
    width: int = 80,
    max_rows: int = 40,
) -> str:
    """A DuckDB-style box table no wider than `width` cells."""
    types = list(types) if types is not None else [""] * len(columns)
    n_rows = len(rows)
    if n_rows > max_rows:
        head = max_rows - max_rows // 2
        shown_rows: list[Sequence[Any] | None] = [*rows[:head], None, *rows[n_rows - (max_rows - head) :]]
    else:
        shown_rows = list(rows)
    cells = [[display(v) for v in row] if row is not None else None for row in shown_rows]
    type_labels = [t.lower() for t in types]
    natural = [
        max([cell_len(columns[i]), cell_len(type_labels[i]), 1] + [cell_len(r[i]) for r in cells if r is not None])
        for i in range(len(columns))
    ]
    widths = [min(w, MAX_CELL) for w in natural]

    def total(ws: Sequence[int]) -> int:
        return sum(w + 3 for w in ws) + 1

    # Squeeze the widest columns first, down to MIN_CELL; narrower columns keep their width.
    while total(widths) > width and widths:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= MIN_CELL:
            break
        widths[widest] -= 1
    keep = list(range(len(columns)))
    if total(widths) > width and len(columns) > 1:
        # Drop middle columns: keep from both ends, alternately, while the kept ones plus a … column fit.
        left, right, chosen = 0, len(columns) - 1, []
        budget = width - 1 - 4  # outer border and the … column
        take_left = True
        while left <= right:
            i = left if take_left else right
            if budget - (widths[i] + 3) < 0:
                break
            budget -= widths[i] + 3
            chosen.append(i)
            if take_left:
                left += 1
            else:
                right -= 1
            take_left = not take_left
        keep = sorted(chosen) if chosen else [0]
    dropped = len(columns) - len(keep)
    gap_at = next((k for k in range(1, len(keep)) if keep[k] != keep[k - 1] + 1), len(keep)) if dropped else None

    layout: list[int | None] = list(keep)
    if gap_at is not None:
        layout.insert(gap_at, None)

    def w_of(i: int | None) -> int:
        return 1 if i is None else widths[i]

    def line(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * (w_of(i) + 2) for i in layout) + right

    def row_line(values: dict[int, str], align_numbers: bool) -> str:
        parts = []
        for i in layout:
            if i is None:
                parts.append(" " + ELLIPSIS + " ")
                continue
            text = cut(values.get(i, ""), widths[i])
            parts.append(" " + _pad(text, widths[i], align_numbers and _numeric(types[i])) + " ")
        return "│" + "│".join(parts) + "│"

    out = [line("┌", "┬", "┐")]
    out.append(row_line({i: columns[i] for i in keep}, False))
    if any(type_labels):
        out.append(row_line({i: type_labels[i] for i in keep}, False))
    out.append(line("├", "┼", "┤"))
    if not rows:
        out.append(row_line({}, False))
    for r in cells:
        if r is None:
            out.append(row_line({i: "·" for i in keep}, False))
            continue
        out.append(row_line(dict(enumerate(r)), True))
    out.append(line("└", "┴", "┘"))
    footer = [f"{n_rows} row{'s' if n_rows != 1 else ''}"]
    if n_rows > max_rows:
        footer[0] += f" ({max_rows} shown)"
    if dropped:
        footer.append(f"{len(columns)} columns ({len(keep)} shown; --format line shows every column)")
    out.append("  ".join(footer))
    return "\n".join(out)


def lines(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """One field per line, names right-aligned, a blank line between rows (DuckDB's `.mode line`)."""
    name_width = max((cell_len(c) for c in columns), default=0)
    blocks = []
    for row in rows:
        blocks.append(
            "\n".join(f"{_pad(c, name_width, True)} = {display(v)}" for c, v in zip(columns, row, strict=True))
        )
    return "\n\n".join(blocks)


def markdown(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A GitHub-flavoured markdown table, cells uncut (pipes escaped, line breaks as <br>)."""

    def cell(value: Any) -> str:
        text = "" if value is None else display(value) if not isinstance(value, str) else value
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")

    out = ["| " + " | ".join(cell(c) for c in columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    out += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(out)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    return value


def json_lines(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """One JSON object per row; values exact (ISO dates, lists as arrays, decimals as strings)."""
    return "\n".join(
        json.dumps({c: _json_value(v) for c, v in zip(columns, row, strict=True)}, ensure_ascii=False) for row in rows
    )


def csv_text(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """CSV with a header; NULL as an empty field, dates ISO, lists as JSON arrays."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            [
                ""
                if v is None
                else json.dumps(_json_value(v), ensure_ascii=False)
                if isinstance(v, list | tuple | dict)
                else _json_value(v)
                for v in row
            ]
        )
    return buffer.getvalue()
