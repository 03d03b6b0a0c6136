"""The import rules of the design: pure transforms, duckdb only in warehouse, Prefect and sockets only in flows."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NETWORK = {"httpx", "socket", "requests", "urllib.request", "http.client", "http.server", "socketserver", "apprise"}
FORBIDDEN = {
    "transforms": NETWORK | {"prefect", "duckdb", "flows", "warehouse", "deploy"},
    "warehouse": NETWORK | {"prefect", "flows", "deploy"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _violations(package: str) -> list[str]:
    found = []
    for path in sorted((REPO / package).rglob("*.py")):
        for name in _imports(path):
            for banned in FORBIDDEN[package]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(REPO)} imports {name}")
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_import_rules(package: str) -> None:
    assert _violations(package) == []


def test_only_warehouse_imports_duckdb() -> None:
    offenders = [
        f"{path.relative_to(REPO)}"
        for package in ("flows", "transforms", "deploy")
        for path in (REPO / package).rglob("*.py")
        if any(n == "duckdb" or n.startswith("duckdb.") for n in _imports(path))
    ]
    assert offenders == []


def test_rules_catch_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import duckdb\nfrom prefect import flow\nimport socket\n", encoding="utf-8")
    assert {"duckdb", "prefect", "socket"} <= _imports(bad)
