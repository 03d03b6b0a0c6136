"""Every CLI command and every setting is documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from flows.cli import app
from flows.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_documented() -> None:
    commands = _commands()
    assert {"demo", "run", "tag", "eval"} <= set(commands)
    missing = [c for c in commands if not re.search(rf"`marsad {re.escape(c)}\b", README)]
    assert missing == []


def test_every_setting_is_documented() -> None:
    missing = [name for name in Settings.model_fields if f"`MARSAD_{name.upper()}`" not in README]
    assert missing == []


def test_readme_gives_the_two_commands() -> None:
    assert "make demo" in README
    assert "make test" in README
