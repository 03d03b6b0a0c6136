"""Data checks: each warehouse/checks/*.sql returns the offending rows, so a healthy warehouse returns none."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

CHECKS_DIR = Path(__file__).resolve().parent / "checks"


@dataclass(frozen=True)
class CheckFailure:
    """A check that returned rows: its name, what it guards against, and up to `sample_size` rows."""

    name: str
    description: str
    n_rows: int
    columns: tuple[str, ...]
    sample: tuple[tuple[Any, ...], ...]


def available_checks() -> list[Path]:
    """The check files, in name order."""
    return sorted(CHECKS_DIR.glob("*.sql"))


def _description(sql: str) -> str:
    for line in sql.splitlines():
        if line.startswith("--"):
            return line.removeprefix("--").strip()
    return ""


def run_checks(con: duckdb.DuckDBPyConnection, *, sample_size: int = 5) -> list[CheckFailure]:
    """Run every check; return one CheckFailure per check that found rows (empty list = all good)."""
    failures = []
    for path in available_checks():
        sql = path.read_text(encoding="utf-8").strip().rstrip(";")
        cursor = con.execute(f"SELECT * FROM ({sql}) AS offending")
        columns = tuple(d[0] for d in cursor.description)
        rows = cursor.fetchall()
        if rows:
            failures.append(
                CheckFailure(
                    name=path.stem,
                    description=_description(sql),
                    n_rows=len(rows),
                    columns=columns,
                    sample=tuple(rows[:sample_size]),
                )
            )
    return failures
