"""Article-level scoring of the tagger against gold labels (format of shared/eval/dev.jsonl)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from transforms.records import Event
from transforms.tagger import TAGGER_VERSION, tag_article

CLASSES = ("russia_dprk_cooperation", "missile_launch", "dprk_missile_launch", "space_launch")
# A fixed third of every labelled set, chosen by a hash of the article id, is held out: rules and models are
# written on the other two thirds ("dev") and their generalisation is read on this one.
HELDOUT_MODULUS = 3
PARTS = ("dev", "heldout")


def part_of(article_id: str) -> str:
    """`heldout` for the fixed held-out third of a labelled set, `dev` for the rest."""
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return "heldout" if int.from_bytes(digest[:8], "big") % HELDOUT_MODULUS == 0 else "dev"


def select_part(rows: Iterable[dict[str, Any]], part: str) -> list[dict[str, Any]]:
    """The rows of one part (`dev`, `heldout`), or all of them for `all`."""
    if part == "all":
        return list(rows)
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: expected one of all, {', '.join(PARTS)}")
    return [row for row in rows if part_of(str(row["id"])) == part]


@dataclass
class ClassScore:
    """Precision/recall/F1 of one class at article level."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """Share of true positives on which an attribute matches."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(frozen=True)
class Miss:
    """A false negative or false positive, with what the gold and the tagger said."""

    kind: str  # "fn" | "fp" | "attr"
    cls: str
    id: str
    title: str
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "class": self.cls, "id": self.id, "title": self.title, "detail": self.detail}


@dataclass
class EvalReport:
    """Everything `marsad eval` prints: per-class scores, attribute accuracies, misses."""

    n_articles: int = 0
    n_skipped_low: int = 0
    scores: dict[str, ClassScore] = field(default_factory=lambda: {c: ClassScore() for c in CLASSES})
    launch_actor: Accuracy = field(default_factory=Accuracy)
    dprk_count: Accuracy = field(default_factory=Accuracy)
    launch_date: Accuracy = field(default_factory=Accuracy)
    launch_mode: Accuracy = field(default_factory=Accuracy)
    coop_date: Accuracy = field(default_factory=Accuracy)
    misses: list[Miss] = field(default_factory=list)
    tagger_version: str = TAGGER_VERSION

    def figures(self) -> dict[str, float]:
        """The gated figures, flat: `<class>.f1` and the accuracies."""
        out = {f"{c}.f1": round(s.f1, 4) for c, s in self.scores.items()}
        out |= {f"{c}.precision": round(s.precision, 4) for c, s in self.scores.items()}
        out |= {f"{c}.recall": round(s.recall, 4) for c, s in self.scores.items()}
        out["launch_actor_accuracy"] = round(self.launch_actor.value, 4)
        out["dprk_count_accuracy"] = round(self.dprk_count.value, 4)
        out["launch_date_accuracy"] = round(self.launch_date.value, 4)
        out["launch_mode_accuracy"] = round(self.launch_mode.value, 4)
        out["coop_date_accuracy"] = round(self.coop_date.value, 4)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "tagger_version": self.tagger_version,
            "n_articles": self.n_articles,
            "n_skipped_low": self.n_skipped_low,
            "scores": {c: s.to_dict() for c, s in self.scores.items()},
            "launch_actor": self.launch_actor.to_dict(),
            "dprk_count": self.dprk_count.to_dict(),
            "launch_date": self.launch_date.to_dict(),
            "launch_mode": self.launch_mode.to_dict(),
            "coop_date": self.coop_date.to_dict(),
            "figures": self.figures(),
            "misses": [m.to_dict() for m in self.misses],
        }


def _asserted(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype and e.status == "asserted"]


def _evidence_text(events: list[Event]) -> str:
    return " | ".join(f"{e.actor or ''}:{e.evidence[0].text[:80]}" for e in events if e.evidence)[:300]


def evaluate(gold_rows: Iterable[dict[str, Any]], *, include_low: bool = False) -> EvalReport:
    """Tag every gold article and score it (article level, status `asserted` only)."""
    report = EvalReport()
    for row in gold_rows:
        labels = row["labels"]
        if labels.get("confidence") == "low" and not include_low:
            report.n_skipped_low += 1
            continue
        report.n_articles += 1
        events = tag_article(row.get("title") or "", row.get("text") or "", row.get("published"))
        coop = _asserted(events, "russia_dprk_cooperation")
        launches = _asserted(events, "missile_launch")
        dprk = [e for e in launches if e.actor == "PRK"]
        space = _asserted(events, "space_launch")
        gold_dprk = bool(labels.get("missile_launch")) and "PRK" in (labels.get("launch_actors") or [])
        pairs = {
            "russia_dprk_cooperation": (bool(labels.get("russia_dprk_cooperation")), coop),
            "missile_launch": (bool(labels.get("missile_launch")), launches),
            "dprk_missile_launch": (gold_dprk, dprk),
            "space_launch": (bool(labels.get("space_launch")), space),
        }
        for cls, (gold, pred) in pairs.items():
            score = report.scores[cls]
            if gold and pred:
                score.tp += 1
            elif gold:
                score.fn += 1
                report.misses.append(Miss("fn", cls, row["id"], row.get("title") or "", _gold_note(row)))
            elif pred:
                score.fp += 1
                report.misses.append(Miss("fp", cls, row["id"], row.get("title") or "", _evidence_text(pred)))
        if labels.get("missile_launch") and launches:
            gold_actors = set(labels.get("launch_actors") or [])
            pred_actors = {e.actor for e in launches}
            _check(
                report,
                "launch_actor",
                row,
                gold_actors <= pred_actors,
                f"gold {sorted(gold_actors)} predicted {sorted(a or '' for a in pred_actors)}",
            )
            if labels.get("launch_date"):
                ok = any(e.event_date and e.event_date.isoformat() == labels["launch_date"] for e in launches)
                _check(report, "launch_date", row, ok, f"gold {labels['launch_date']} predicted {_dates(launches)}")
            if labels.get("launch_mode") in ("test", "attack"):
                ok = any(e.mode == labels["launch_mode"] for e in launches)
                modes = sorted({e.mode or "-" for e in launches})
                _check(report, "launch_mode", row, ok, f"gold {labels['launch_mode']} predicted {modes}")
        if gold_dprk and dprk:
            want = labels.get("dprk_launch_count")
            ok = any(e.count == want for e in dprk)
            _check(report, "dprk_count", row, ok, f"gold {want} predicted {[e.count for e in dprk]}")
        if labels.get("russia_dprk_cooperation") and coop and labels.get("coop_date"):
            ok = any(e.event_date and e.event_date.isoformat() == labels["coop_date"] for e in coop)
            _check(report, "coop_date", row, ok, f"gold {labels['coop_date']} predicted {_dates(coop)}")
    return report


def _check(report: EvalReport, attribute: str, row: dict[str, Any], ok: bool, detail: str) -> None:
    """Count one article for an attribute's accuracy (launch_actor, launch_date, …) and list it when wrong."""
    getattr(report, attribute).add(ok)
    if not ok:
        report.misses.append(Miss("attr", attribute, row["id"], row.get("title") or "", detail))


def _dates(events: list[Event]) -> list[str]:
    return sorted({e.event_date.isoformat() if e.event_date else "-" for e in events})


def _gold_note(row: dict[str, Any]) -> str:
    return ((row.get("note") or "") + " || " + (row.get("evidence") or ""))[:300]


def format_report(report: EvalReport, *, heading: str = "", misses: bool = True) -> str:
    """Plain-text table of the scores, accuracies and (unless `misses` is false) the misses."""
    lines = [
        f"{heading + ': ' if heading else ''}tagger {report.tagger_version}: {report.n_articles} articles scored, "
        f"{report.n_skipped_low} low-confidence skipped",
        "",
        f"{'class':<26}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>8}{'rec':>8}{'f1':>8}",
    ]
    for cls, s in report.scores.items():
        lines.append(f"{cls:<26}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    lines.append("")
    for name, acc in (
        ("launch actor", report.launch_actor),
        ("DPRK count", report.dprk_count),
        ("launch date", report.launch_date),
        ("launch mode", report.launch_mode),
        ("cooperation date", report.coop_date),
    ):
        lines.append(f"{name + ' accuracy':<30}{acc.correct:>4}/{acc.total:<4}{acc.value:>8.3f}")
    if misses and report.misses:
        lines.append("")
        lines.append("misses:")
        for m in report.misses:
            lines.append(f"  [{m.kind}] {m.cls:<24} {m.id:<36} {m.title[:60]} :: {m.detail[:160]}")
    return "\n".join(lines)
