"""Accuracy gate: the tagger on shared/eval/dev.jsonl must not fall below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

from transforms.evaluate import evaluate, format_report

FLOORS = Path(__file__).with_name("eval_floors.json")


def test_dev_set_meets_floors(shared_dir: Path) -> None:
    rows = [json.loads(line) for line in (shared_dir / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    report = evaluate(rows)
    figures = report.figures()
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    below = {k: (figures[k], v) for k, v in floors.items() if figures[k] < v}
    assert not below, f"below floor (got, floor): {below}\n{format_report(report)}"
