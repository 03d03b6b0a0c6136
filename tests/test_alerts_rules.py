"""Alert rules, ids, messages and redaction: the pure side of alerting."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import markdown
import pytest

from flows.alerts import resolve_channels
from transforms.alerting import (
    AlertConfigError,
    AlertEvent,
    AlertRule,
    AlertSource,
    alert_id,
    channel_for_url,
    default_rules_path,
    escape_plain,
    evidence_sentence,
    format_alert,
    load_alert_config,
    load_rules,
    matching_rules,
    redact,
    redacted_label,
)

EVIL = "[click](http://evil.example/x) <img src=x onerror=alert(1)> @everyone *bold* _it_ `code` <!channel>"


def event(**overrides: object) -> AlertEvent:
    values: dict[str, object] = {
        "event_id": "ev_1",
        "event_type": "missile_launch",
        "actor": "PRK",
        "revision": 1,
        "event_date": date(2024, 5, 30),
        "count": 2,
        "count_qualifier": "at_least",
        "missile_class": ("ballistic", "srbm"),
        "mode": "test",
        "n_articles": 1,
        "n_sources": 1,
        "first_seen_at": datetime(2024, 5, 30, 6, 12, tzinfo=UTC),
        "evidence": ("أطلقت كوريا الشمالية صاروخين باليستيين باتجاه بحر اليابان.",),
        "sources": (AlertSource("الجزيرة", "https://aljazeera.example/a?x=1", "عنوان الخبر", None),),
    }
    values.update(overrides)
    return AlertEvent(**values)  # type: ignore[arg-type]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- rules


def test_default_rules_cover_what_marsad_monitors() -> None:
    rules = {r.name: r for r in load_rules(default_rules_path())}
    prk = event()
    space = event(event_type="space_launch", count=None, missile_class=())
    coop = event(event_type="russia_dprk_cooperation", actor=None, subtypes=("summit",))
    rus_kn23 = event(actor="RUS", weapon="kn-23", mode="attack")
    rus_hw11 = event(actor="RUS", weapon="hwasong-11a", mode="attack")
    rus_iskander = event(actor="RUS", weapon="iskander", mode="attack")
    houthi = event(actor="HOUTHI")
    planned_prk = event(status="planned")
    fired = {name: matching_rules(rules.values(), e) for name, e in [
        ("prk", prk), ("space", space), ("coop", coop), ("kn23", rus_kn23), ("hw11", rus_hw11),
        ("iskander", rus_iskander), ("houthi", houthi), ("planned", planned_prk),
    ]}  # fmt: skip
    assert [r.name for r in fired["prk"]] == ["dprk-missile-or-space-launch"]
    assert [r.name for r in fired["space"]] == ["dprk-missile-or-space-launch"]
    assert [r.name for r in fired["coop"]] == ["russia-dprk-cooperation"]
    assert [r.name for r in fired["kn23"]] == ["russia-launch-dprk-weapon"]
    assert [r.name for r in fired["hw11"]] == ["russia-launch-dprk-weapon"]
    assert fired["iskander"] == fired["houthi"] == fired["planned"] == ()


def test_rule_fields_and_min_sources(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        [[rules]]
        name = "confirmed-military"
        event_type = "russia_dprk_cooperation"
        subtypes = ["military", "space_tech"]
        min_sources = 2
        """,
    )
    (rule,) = load_rules(path)
    assert rule == AlertRule("confirmed-military", ("russia_dprk_cooperation",), (), ("military", "space_tech"), (), 2)
    coop = event(event_type="russia_dprk_cooperation", actor=None, subtypes=("military",))
    assert matching_rules([rule], coop) == ()
    assert matching_rules([rule], event(**{**coop.__dict__, "n_sources": 2})) == (rule,)
    assert matching_rules([rule], event(**{**coop.__dict__, "n_sources": 2, "subtypes": ("economic",)})) == ()


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ("[[rules]]\nname = 'x'\nevent_type = 'missile'\n", "unknown event type(s) ['missile']"),
        ("[[rules]]\nname = 'x'\nactor = 'PRK'\nactors = ['RUS']\n", "give `actor` or `actors`, not both"),
        ("[[rules]]\nname = 'x'\nmin_sources = 0\n", "`min_sources` must be a whole number"),
        ("[[rules]]\nname = 'x'\nstatus = 'rumoured'\n", "unknown status 'rumoured'"),
        ("[[rules]]\nname = 'x'\nupdates = 'yes'\n", "`updates` must be true or false"),
        ("[[rules]]\nname = 'x'\nactros = ['PRK']\n", "unknown field(s) ['actros']"),
        ("[[rules]]\nevent_type = 'missile_launch'\n", "rule #1 has no `name`"),
        ("[[rules]]\nname = 'x'\n[[rules]]\nname = 'x'\n", "rule names must be unique"),
        ("title = 'no rules'\n", "unknown top-level key(s) ['title']"),
        ("urls = []\n", "no [[rules]] tables"),
        ("[[rules]\nname = 'x'\n", "is not valid TOML"),
    ],
)
def test_load_rules_errors_are_clear(tmp_path: Path, body: str, complaint: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(AlertConfigError) as info:
        load_rules(path)
    assert complaint in str(info.value)
    assert str(path) in str(info.value)


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(AlertConfigError, match="does not exist"):
        load_rules(tmp_path / "nope.toml")


def test_channels_env_wins_over_file_and_block_is_added(tmp_path: Path) -> None:
    path = write(
        tmp_path, "urls = ['json://file.example/a']\nprefect_block = 'slack-webhook/ops'\n[[rules]]\nname='x'\n"
    )
    config = load_alert_config(path)
    from_file = resolve_channels(config, env={})
    assert [c.label.split("#")[0] for c in from_file] == ["json://file.example", "prefect-block:slack-webhook/ops"]
    env = {"MARSAD_ALERT_URLS": "json://a.example/1, json://b.example/2  json://a.example/1"}
    from_env = resolve_channels(config, env=env)
    labels = [c.label.split("#")[0] for c in from_env]
    assert labels == ["json://a.example", "json://b.example", "prefect-block:slack-webhook/ops"]


# ---------------------------------------------------------------- ids, labels, redaction


def test_alert_ids_are_stable_and_distinct() -> None:
    a = alert_id("ev_1", "chan", "new", 1)
    assert a == alert_id("ev_1", "chan", "new", 7)  # one `new` alert per event and channel, whatever the revision
    assert len({a, alert_id("ev_1", "chan2", "new", 1), alert_id("ev_2", "chan", "new", 1)}) == 3
    assert alert_id("ev_1", "chan", "update", 2) != alert_id("ev_1", "chan", "update", 3)
    with pytest.raises(ValueError, match="unknown alert kind"):
        alert_id("ev_1", "chan", "resend", 1)


@pytest.mark.parametrize(
    ("url", "label_start", "secret"),
    [
        ("tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PAL/98765", "tgram://***#", "AAHdqTcvCH1vGWJxfSeofSAs0K5PAL"),
        ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#general", "slack://***#", "TIiajkdnlazkcOXrIdevi7FQ"),
        ("json://al:hunter2-secret@hooks.example.org:8443/in/ab12", "json://hooks.example.org:8443#", "hunter2-secret"),
        ("mailto://user:Pa55word99@gmail.com", "mailto://gmail.com#", "Pa55word99"),
        ("discord://4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js", "discord://***#", "JHMHI8qBe7bk2ZwO5U711o3dV_js"),
    ],
)  # fmt: skip
def test_labels_and_redaction_hide_tokens(url: str, label_start: str, secret: str) -> None:
    channel = channel_for_url(url)
    assert channel.label.startswith(label_start)
    assert secret not in channel.label and secret not in repr(channel)
    assert secret not in redact(f"POST to {url} failed; token {secret}", channel.secrets())
    assert redacted_label(url) == channel.label


# ---------------------------------------------------------------- messages


def test_cooperation_alert_names_participants_in_english() -> None:
    coop = event(
        event_type="russia_dprk_cooperation",
        actor=None,
        participants=("putin", "kim_jong_un", "someone_new"),
        subtypes=("summit",),
        count=None,
        count_qualifier=None,
        missile_class=(),
        mode=None,
    )
    msg = format_alert(coop, [], alert_id="c1")
    assert "Participants: Vladimir Putin, Kim Jong Un, someone_new" in msg.text


def test_message_carries_facts_evidence_sources_rule_and_id() -> None:
    rule = AlertRule("dprk-launch", ("missile_launch",), ("PRK",))
    msg = format_alert(event(weapon="kn-23"), [rule], alert_id="abc123")
    for part in [
        "Missile launch",
        "North Korea (PRK)",
        "2024-05-30",
        "at least 2",
        "ballistic, srbm",
        "kn-23",
        "أطلقت كوريا الشمالية صاروخين باليستيين باتجاه بحر اليابان.",
        "الجزيرة",
        "https://aljazeera.example/a?x=1",
        "2024-05-30 06:12 UTC",
        "dprk-launch",
        "Alert id: abc123",
    ]:
        assert part in msg.text
    assert "abc123" in msg.markdown and "dprk\\-launch" in msg.markdown
    html = markdown.markdown(msg.markdown)
    assert '<a href="https://aljazeera.example/a?x=1">' in html
    assert "أطلقت كوريا الشمالية صاروخين باليستيين باتجاه بحر اليابان." in html


def test_update_is_clearly_marked() -> None:
    msg = format_alert(event(revision=3, count=3), [], alert_id="u1", kind="update", changes=["count: 2 → 3"])
    assert msg.title.startswith("UPDATE (revision 3)")
    assert "What changed: count: 2 → 3" in msg.text


def test_headline_injection_is_inert() -> None:
    hostile = event(
        evidence=(f"أطلقت كوريا الشمالية {EVIL}",),
        sources=(AlertSource(f"outlet {EVIL}", "javascript:alert(1)", f"عنوان {EVIL}", None),),
    )
    msg = format_alert(hostile, [], alert_id="x")
    html = markdown.markdown(msg.markdown)
    assert "<a " not in html  # no link at all: the only URL given was javascript:, which is dropped
    assert "<img" not in html and "<strong>bold" not in html and "<em>it" not in html and "<code>code" not in html
    assert "‹img src=x onerror=alert(1)›" in html  # shown as text, with look-alike brackets
    assert "javascript:" not in msg.text and "javascript" not in msg.markdown
    assert "@everyone" not in msg.text and "<!channel>" not in msg.text
    assert "@everyone" not in msg.markdown and "http://evil" not in msg.markdown and "http://evil" not in html


def test_plain_escape_drops_bidi_overrides_and_controls() -> None:
    assert escape_plain("abc\u202edef\x00 \n ghi") == "abcdef ghi"


def test_evidence_sentence_is_the_sentence_around_the_span() -> None:
    text = "مقدمة الخبر. أطلقت كوريا الشمالية صاروخا باليستيا اليوم. وقالت سيول إن الصاروخ سقط في البحر."
    start = text.index("كوريا")
    assert evidence_sentence(text, start, start + 5) == "أطلقت كوريا الشمالية صاروخا باليستيا اليوم."
    long_text = "كلمة " * 500
    assert len(evidence_sentence(long_text, 1000, 1004)) <= 402
