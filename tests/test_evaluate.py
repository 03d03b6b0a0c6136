"""Evaluation: per-class counts, attribute accuracies and misses on small hand-made gold rows."""

from __future__ import annotations

from transforms.evaluate import evaluate, format_report


def _row(id_: str, title: str, text: str, **labels: object) -> dict:
    base = {
        "russia_dprk_cooperation": False,
        "coop_subtypes": [],
        "coop_date": None,
        "missile_launch": False,
        "launch_actors": [],
        "launch_mode": None,
        "launch_date": None,
        "dprk_launch_count": None,
        "space_launch": False,
        "space_actors": [],
        "historical_launch_mention": False,
        "confidence": "high",
    }
    base.update(labels)
    return {
        "id": id_,
        "title": title,
        "text": text,
        "published": "2023-09-13T10:00:00+00:00",
        "labels": base,
        "note": "gold note",
        "evidence": "",
    }


ROWS = [
    _row(
        "tp",
        "",
        "أطلقت كوريا الشمالية صاروخين باليستيين اليوم.",
        missile_launch=True,
        launch_actors=["PRK"],
        launch_date="2023-09-13",
        launch_mode="test",
        dprk_launch_count=2,
    ),
    _row("fn", "", "سقطت قذيفة في حقل.", missile_launch=True, launch_actors=["UNKNOWN"]),
    _row("fp", "", "أطلقت كوريا الشمالية صاروخا باليستيا اليوم."),
    _row("tn", "ارتفاع أسعار النفط", "ارتفعت أسعار النفط."),
    _row("low", "", "أطلقت كوريا الشمالية صاروخا اليوم.", confidence="low"),
]


def test_counts_and_accuracies() -> None:
    report = evaluate(ROWS)
    assert report.n_articles == 4 and report.n_skipped_low == 1
    ml = report.scores["missile_launch"]
    assert (ml.tp, ml.fp, ml.fn) == (1, 1, 1)
    assert ml.precision == 0.5 and ml.recall == 0.5 and ml.f1 == 0.5
    dprk = report.scores["dprk_missile_launch"]
    assert (dprk.tp, dprk.fp, dprk.fn) == (1, 1, 0)
    assert report.launch_actor.value == 1.0 and report.launch_actor.total == 1
    assert report.dprk_count.value == 1.0
    assert report.launch_date.value == 1.0
    assert report.launch_mode.value == 1.0 and report.launch_mode.total == 1
    kinds = {(m.kind, m.id) for m in report.misses}
    assert ("fn", "fn") in kinds and ("fp", "fp") in kinds
    assert any(m.detail.startswith("gold note") for m in report.misses if m.kind == "fn")


def test_a_launch_of_the_wrong_mode_is_a_miss() -> None:
    row = _row(
        "mode",
        "",
        "أطلقت كوريا الشمالية صاروخا باليستيا باتجاه البحر الشرقي اليوم.",
        missile_launch=True,
        launch_actors=["PRK"],
        launch_mode="attack",
    )
    report = evaluate([row])
    assert report.launch_mode.value == 0.0 and report.launch_mode.total == 1
    assert any(m.cls == "launch_mode" and "gold attack" in m.detail for m in report.misses)
    assert "launch mode accuracy" in format_report(report)


def test_include_low() -> None:
    assert evaluate(ROWS, include_low=True).n_articles == 5


def test_report_dict_and_text() -> None:
    report = evaluate(ROWS)
    d = report.to_dict()
    assert d["scores"]["missile_launch"]["f1"] == 0.5
    assert d["figures"]["missile_launch.f1"] == 0.5
    assert {m["id"] for m in d["misses"]} >= {"fn", "fp"}
    text = format_report(report)
    assert "missile_launch" in text and "launch actor accuracy" in text and "[fn]" in text
