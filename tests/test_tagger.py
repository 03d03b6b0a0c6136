"""Tagger: the seed article, and one test per linguistic phenomenon the rules handle."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flows.demo.build_snapshot import SEED_ID, read_articles
from transforms.arabic import normalize
from transforms.lexicon import load_lexicon
from transforms.records import Event
from transforms.tagger import TAGGER_VERSION, tag_article
from transforms.tagger.sentences import split_sentences

PUB = "2023-09-13T18:00:00+03:00"  # a Wednesday


def _events(title: str, text: str = "", published: str | None = PUB) -> list[Event]:
    return tag_article(title, text, published)


def _one(events: list[Event], etype: str, status: str = "asserted") -> Event:
    found = [e for e in events if e.type == etype and e.status == status]
    assert len(found) >= 1, events
    return found[0]


def _check_evidence(events: list[Event], title: str, text: str) -> None:
    fields = {"title": title, "text": text}
    for e in events:
        assert e.evidence
        for ev in e.evidence:
            assert fields[ev.field][ev.start : ev.end] == ev.text


@pytest.fixture(scope="module")
def seed() -> dict:
    """The seed article as the user gave it: text and publication time, no title."""
    (article,) = [a for a in read_articles() if a.id == SEED_ID]
    return {"title": "", "text": "\n".join(article.paragraphs), "published": article.published.isoformat()}


def test_version_is_a_string() -> None:
    assert isinstance(TAGGER_VERSION, str) and TAGGER_VERSION.count(".") == 2


def test_seed_article(seed: dict) -> None:
    events = tag_article(seed["title"], seed["text"], seed["published"])
    _check_evidence(events, seed["title"], seed["text"])
    coop = [e for e in events if e.type == "russia_dprk_cooperation" and e.status == "asserted"]
    assert len(coop) == 1
    assert coop[0].event_date == date(2023, 9, 13)
    assert {"summit", "military", "space_tech"} <= set(coop[0].subtypes)
    launches = [e for e in events if e.type == "missile_launch" and e.status == "asserted"]
    assert len(launches) == 1
    launch = launches[0]
    assert launch.actor == "PRK"
    assert launch.count == 2
    assert {"ballistic", "srbm"} <= set(launch.missile_class)
    assert launch.event_date == date(2023, 9, 13)
    assert not [e for e in events if e.type == "space_launch" and e.status == "asserted"]


def test_dual_count() -> None:
    e = _one(_events("أطلقت كوريا الشمالية صاروخين باليستيين باتجاه البحر الشرقي"), "missile_launch")
    assert (e.actor, e.count, e.count_qualifier) == ("PRK", 2, "exact")
    assert "ballistic" in e.missile_class


def test_tamyiz_and_digit_counts() -> None:
    e = _one(_events("", "وقالت سيول إن كوريا الشمالية أطلقت 18 صاروخا اليوم."), "missile_launch")
    assert (e.actor, e.count) == ("PRK", 18)
    e = _one(_events("", "أطلقت كوريا الشمالية ثلاثة صواريخ قصيرة المدى."), "missile_launch")
    assert e.count == 3 and "srbm" in e.missile_class
    e = _one(_events("", "أطلقت كوريا الشمالية ٧ صواريخ باليستية على الأقل."), "missile_launch")
    assert (e.count, e.count_qualifier) == (7, "at_least")
    e = _one(_events("", "أطلقت كوريا الشمالية عدة صواريخ كروز."), "missile_launch")
    assert e.count is None and e.count_qualifier == "several" and "cruise" in e.missile_class


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # missiles added to the first ones count with them
        (
            "قالت سيول إن كوريا الشمالية أطلقت اليوم صاروخا باليستيا عابرا للقارات، إضافة إلى صاروخين قصيري المدى.",
            3,
        ),
        # a named missile after a singular missile noun is one
        ("ذكرت الوكالة اليوم أن الصاروخ العابر للقارات «هواسونغ-18» الذي أطلق أمس قطع ألف كيلومتر.", 1),
        # Monday (الاثنين) is not the count two
        ("أطلقت كوريا الشمالية، اليوم الإثنين، صاروخا باليستيا واحدا على الأقل باتجاه البحر.", 1),
        # the day of a month before the missile noun is not its count
        ("قالت سيول إن كوريا الشمالية أطلقت في 12 سبتمبر صاروخا قصير المدى سقط في البحر.", 1),
        ("أطلقت كوريا الشمالية يوم الثلاثاء 12 أيلول صاروخين باليستيين نحو البحر.", 2),
        # a later sentence that updates the first report gives the count
        (
            "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا باتجاه البحر الشرقي، بحسب الجيش الكوري الجنوبي. ولاحقا، "
            "قال الجيش إن الشمال أطلق ثلاثة صواريخ قصيرة المدى.",
            3,
        ),
        (
            "رصدت سيول إطلاق الشمال صاروخا باليستيا واحدا صباح اليوم. وبعدها بوقت قصير، أفادت هيئة الأركان بأن كوريا "
            "الشمالية أطلقت صاروخين.",
            2,
        ),
        # a definite singular missile pinned down by a relative clause, or as the latest, is one
        ("قال رئيس الوزراء الياباني اليوم إن الصاروخ الذي أطلقته كوريا الشمالية صباحا سقط خارج المياه اليابانية.", 1),
        (
            "ذكرت كوريا الشمالية اليوم أنها أجرت بنجاح تجربة إطلاق الصاروخ الباليستي الأخير من غواصة قبالة ساحلها "
            "الشرقي.",
            1,
        ),
        # a compound cardinal counts whole, and units joined by و add to the tens after them
        ("أطلقت كوريا الشمالية صباح اليوم اثني عشر صاروخا قصير المدى باتجاه البحر الأصفر.", 12),
        ("قال الجيش الكوري الجنوبي إن كوريا الشمالية أطلقت خمسة عشر صاروخا من راجمات متعددة.", 15),
        ("أطلقت كوريا الشمالية اليوم ثلاثة وعشرين صاروخا في يوم واحد، بحسب هيئة الأركان في سيول.", 23),
    ],
)
def test_counts_of_a_reported_launch(text: str, count: int) -> None:
    e = _one(_events("", text), "missile_launch")
    assert (e.actor, e.status, e.count) == ("PRK", "asserted", count)


def test_a_headline_bare_singular_yields_to_the_count_in_the_text() -> None:
    # the headline names the kind of missile; the text counts them
    title = "كوريا الشمالية تجري تجربة لإطلاق صاروخ كروز استراتيجي"
    text = "أعلنت كوريا الشمالية اليوم أنها أطلقت ثلاثة صواريخ كروز استراتيجية حلقت فوق البحر الأصفر."
    e = _one(_events(title, text), "missile_launch")
    assert (e.actor, e.status, e.count) == ("PRK", "asserted", 3)


def test_a_hedge_on_what_was_launched_is_no_hedge_on_the_launch() -> None:
    text = "أعلن خفر السواحل الياباني أن جسما يحتمل أن يكون صاروخا باليستيا أطلق من كوريا الشمالية صباح اليوم."
    e = _one(_events("", text), "missile_launch")
    assert (e.actor, e.status) == ("PRK", "asserted")


def test_vso_actor() -> None:
    e = _one(_events("", "أطلقت بيونج يانج صاروخا باليستيا."), "missile_launch")
    assert e.actor == "PRK" and e.count == 1


def test_reporting_verb_subject_is_not_the_actor() -> None:
    text = "أعلنت هيئة الأركان الكورية الجنوبية أن كوريا الشمالية أطلقت صاروخا باليستيا."
    e = _one(_events("", text), "missile_launch")
    assert e.actor == "PRK"
    text = "رصدت اليابان إطلاق صاروخ من كوريا الشمالية، حسبما قالت طوكيو."
    actors = {e.actor for e in _events("", text) if e.type == "missile_launch"}
    assert "JPN" not in actors


def test_nisba_on_the_weapon_is_origin_not_launcher() -> None:
    text = "قصفت روسيا مدينة خاركيف بصواريخ كورية شمالية من طراز KN-23 اليوم."
    events = _events("", text)
    launch = _one(events, "missile_launch")
    assert launch.actor == "RUS" and launch.mode == "attack"
    assert launch.weapon == "kn-23"
    coop = _one(events, "russia_dprk_cooperation")
    assert "military" in coop.subtypes


def test_nisba_subject_and_interception() -> None:
    title = "الدفاع الجوي السعودي يعترض صاروخا باليستيا حوثيا أطلق باتجاه جازان"
    e = _one(_events(title), "missile_launch")
    assert e.actor == "HOUTHI" and e.mode == "attack"


def test_fired_toward_the_sea_or_in_a_test_is_a_test_not_an_attack() -> None:
    cases = {
        "أطلقت كوريا الشمالية صاروخا باليستيا باتجاه البحر الشرقي صباح اليوم.": "test",
        "أشرف الزعيم كيم جونغ أون أمس على إطلاق تجريبي لصاروخين تكتيكيين جديدين.": "test",
        "أطلقت إيران صواريخ تجريبية نحو مياه الخليج خلال مناورات اليوم.": "test",
        "أطلق الحوثيون صاروخا على سفينة تجارية في البحر الأحمر اليوم.": "attack",
        "قصفت روسيا خاركيف اليوم بصواريخ باليستية كورية شمالية.": "attack",
        "قصفت كوريا الشمالية جزيرة حدودية جنوبية بالصواريخ اليوم.": "attack",
        # with no cue in the sentence, the mode the launcher's launches have
        "أطلق الحوثيون صاروخا باليستيا فجر اليوم.": "attack",
        "أطلقت الهند اليوم صاروخا باليستيا جديدا من جزيرة قبالة سواحلها الشرقية.": "test",
        # North Korea's drills are tests, whatever strike words its agency uses
        "أشرف الزعيم كيم جونغ أون أمس على تدريب ضربة مشتركة أطلقت خلاله قاذفات الصواريخ ستة صواريخ.": "test",
    }
    for text, mode in cases.items():
        e = _one(_events("", text), "missile_launch")
        assert e.mode == mode, text


def test_negation_gives_denied() -> None:
    events = _events("", "نفت كوريا الشمالية أن تكون أطلقت صاروخا باتجاه اليابان.")
    assert not [e for e in events if e.type == "missile_launch" and e.status == "asserted"]
    assert [e for e in events if e.type == "missile_launch" and e.status == "denied"]


def test_future_gives_planned() -> None:
    events = _events("", "ويتوقع خبراء أن تطلق كوريا الشمالية صاروخا عابرا للقارات قريبا.")
    assert not [e for e in events if e.type == "missile_launch" and e.status == "asserted"]
    events = _events("", "ستطلق كوريا الشمالية قمرا صناعيا للتجسس.")
    assert [e for e in events if e.type == "space_launch" and e.status == "planned"]


def test_pluperfect_gives_historical() -> None:
    text = "وكانت كوريا الشمالية قد أطلقت صاروخ هواسونغ-15 العابر للقارات."
    e = _one(_events("", text), "missile_launch", status="historical")
    assert e.weapon == "hwasong-15" and "icbm" in e.missile_class


def test_old_year_gives_historical() -> None:
    events = _events("", "أطلقت كوريا الشمالية صاروخا باليستيا عام 2017.")
    assert [e.status for e in events if e.type == "missile_launch"] == ["historical"]


def test_date_resolution() -> None:
    pub = "2023-09-13T10:00:00+00:00"  # Wednesday
    e = _one(_events("", "أطلقت كوريا الشمالية صاروخا باليستيا اليوم الأربعاء.", pub), "missile_launch")
    assert e.event_date == date(2023, 9, 13)
    e = _one(_events("", "أطلقت كوريا الشمالية صاروخا باليستيا أمس.", pub), "missile_launch")
    assert e.event_date == date(2023, 9, 12)
    e = _one(_events("", "أطلقت كوريا الشمالية صاروخا باليستيا يوم الاثنين.", pub), "missile_launch")
    assert e.event_date == date(2023, 9, 11)
    e = _one(_events("", "أطلقت كوريا الشمالية صاروخا يوم الأربعاء الماضي.", pub), "missile_launch")
    assert e.event_date == date(2023, 9, 6)
    e = _one(_events("", "أطلقت كوريا الشمالية صاروخا باليستيا في 12 أيلول.", pub), "missile_launch")
    assert e.event_date == date(2023, 9, 12)
    # the day before yesterday in either order, and a day of this month with the month left out
    e = _one(_events("", "أطلقت كوريا الشمالية صاروخين مساء أمس الأول.", pub), "missile_launch")
    assert e.event_date == date(2023, 9, 11)
    e = _one(_events("", "أطلقت كوريا الشمالية صاروخا باليستيا في 12 الجاري.", pub), "missile_launch")
    assert e.event_date == date(2023, 9, 12)


def test_a_day_the_sentence_looks_ahead_to_is_this_years() -> None:
    pub = "2024-05-18T09:00:00+09:00"
    text = "أبلغت كوريا الشمالية اليابان بأنها ستطلق قمرا صناعيا بين 27 مايو و4 يونيو."
    planned = [e for e in _events("", text, pub) if e.type == "space_launch" and e.status == "planned"]
    assert planned and all(e.event_date in (None, date(2024, 5, 27)) for e in planned), planned
    # a past sentence keeps its past bias: the day is last year's
    past = [
        e for e in _events("", "أطلقت كوريا الشمالية صاروخا باليستيا في 27 مايو.", pub) if e.type == "missile_launch"
    ]
    assert [(e.status, e.event_date) for e in past] == [("historical", date(2023, 5, 27))]


def test_vostochny_is_a_place_not_a_launch() -> None:
    events = _events("بوتين يستقبل كيم جونغ أون في قاعدة فوستوتشني الفضائية", "التقى بوتين وكيم في فوستوتشني اليوم.")
    assert not [e for e in events if e.type in ("space_launch", "missile_launch")]
    coop = _one(events, "russia_dprk_cooperation")
    assert "summit" in coop.subtypes


def test_space_launch_by_object() -> None:
    e = _one(_events("", "أطلقت كوريا الشمالية قمرا صناعيا للتجسس اليوم."), "space_launch")
    assert e.actor == "PRK"
    events = _events("", "انطلق صاروخ سويوز من قاعدة بايكونور اليوم حاملا قمرا صناعيا.")
    assert [e for e in events if e.type == "space_launch" and e.status == "asserted"]
    assert not [e for e in events if e.type == "missile_launch"]


def test_pyeongchang_is_not_pyongyang() -> None:
    text = "زار لافروف بيونغ تشانغ والتقى مسؤولين في الألعاب الأولمبية."
    assert not [e for e in _events("", text) if e.type == "russia_dprk_cooperation"]
    text = "زار لافروف بيونغ يانغ والتقى مسؤولين كوريين شماليين."
    assert [e for e in _events("", text) if e.type == "russia_dprk_cooperation"]


def test_fuzzy_name_is_flagged_and_matched() -> None:
    events = _events("", "التقى وزير الخارجية الروسي سيرغي لافروف الزعيم جيم جونغ اون في بيونغيانغ اليوم.")
    coop = _one(events, "russia_dprk_cooperation")
    assert "visit_meeting" in coop.subtypes


def test_unilateral_statement_is_not_cooperation() -> None:
    assert not _events("", "دعت روسيا إلى الحوار مع بيونغ يانغ بشأن الملف النووي.")


def test_denied_cooperation() -> None:
    text = "نفى الكرملين اليوم التقارير عن إمدادات أسلحة من كوريا الشمالية إلى روسيا."
    events = _events("", text)
    assert not [e for e in events if e.type == "russia_dprk_cooperation" and e.status == "asserted"]


def test_evidence_offsets_equal_raw_text() -> None:
    title = "عـاجـل| «كوريا الشمالية» تُطلق صاروخَين باليستيَّين"
    text = "أطلقت كوريا الشماليّة، صباح اليوم الأربعاء، صاروخين بالستيين قصيري المدى باتجاه بحر اليابان."
    events = _events(title, text)
    assert events
    _check_evidence(events, title, text)


def test_duplicate_mentions_merge() -> None:
    title = "كوريا الشمالية تطلق صاروخين باليستيين"
    text = "أطلقت كوريا الشمالية اليوم صاروخين باليستيين. وقالت سيول إن بيونغ يانغ أطلقت الصاروخين من منطقة وونسان."
    launches = [e for e in _events(title, text) if e.type == "missile_launch" and e.status == "asserted"]
    assert len(launches) == 1
    assert len(launches[0].evidence) >= 2


def test_participants_are_canonical_entities_with_english_names() -> None:
    title = "بوتين يستقبل كيم"
    text = (
        "استقبل الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون اليوم في قاعدة فوستوتشني. "
        "وقال بوتين إن المحادثات مع كيم كانت مثمرة."
    )
    coop = _one(_events(title, text), "russia_dprk_cooperation")
    assert coop.participants == ("putin", "kim_jong_un")
    out = coop.to_dict()
    assert out["participant_names"] == ["Vladimir Putin", "Kim Jong Un"]
    # the Arabic forms stay in the evidence
    assert any("فلاديمير بوتين" in e["text"] for e in out["evidence"])


def test_day_after_announcement_is_one_launch_on_the_launch_day() -> None:
    # one real-world launch must not become two events (the report's day and the launch's day)
    title = "كوريا الشمالية تختبر صاروخا جديدا"
    text = (
        "ذكرت الوكالة المركزية الكورية الشمالية اليوم الأربعاء أن البلاد أجرت أمس تجربة ناجحة لصاروخ باليستي جديد. "
        "وأشرف الزعيم كيم جونغ أون على التجربة."
    )
    launches = [e for e in _events(title, text) if e.type == "missile_launch" and e.status == "asserted"]
    assert [(e.actor, e.event_date) for e in launches] == [("PRK", date(2023, 9, 12))]


def test_rfc_2822_publication_time_resolves_against_the_outlets_day() -> None:
    # 01:30 in +03:00 is still the 17th in UTC; the outlet's day (the 18th) is the reference
    events = _events(
        "كوريا الشمالية تطلق صاروخا", "أطلقت كوريا الشمالية صاروخا أمس.", "Sat, 18 May 2024 01:30:00 +0300"
    )
    assert _one(events, "missile_launch").event_date == date(2024, 5, 17)


def test_unrelated_article_yields_nothing() -> None:
    assert _events("ارتفاع أسعار النفط", "ارتفعت أسعار النفط اليوم في الأسواق العالمية.") == []
    assert _events("", "", None) == []


def test_tag_stream_keeps_order_and_records_bad_lines() -> None:
    import io

    from transforms.tagjsonl import tag_stream

    good = {"id": "a", "title": "كوريا الشمالية تطلق صاروخين باليستيين", "text": "", "published": "2024-01-01"}
    lines = [json.dumps(good, ensure_ascii=False), "not json", json.dumps({"id": "b", "title": 3, "text": ""})]
    lines.append(json.dumps({"id": "c", "title": "", "text": "خبر اقتصادي", "published": None}, ensure_ascii=False))
    out = io.StringIO()
    assert tag_stream(lines, out, workers=1) == 2
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "b", "c"]
    assert rows[0]["tagger_version"] == TAGGER_VERSION and rows[0]["events"][0]["actor"] == "PRK"
    assert rows[1]["line"] == 2 and "bad JSON" in rows[1]["error"]
    assert rows[2]["line"] == 3 and "title" in rows[2]["error"]
    assert rows[3]["events"] == []


def test_tag_stream_bad_lines_are_errors_and_the_rest_is_tagged() -> None:
    import io

    from transforms.tagjsonl import MAX_ARTICLE_CHARS, tag_stream

    launch = {"title": "كوريا الشمالية تطلق صاروخين باليستيين", "text": "أطلقت كوريا الشمالية صاروخين أمس."}
    lines: list[str | bytes] = [
        json.dumps({"id": "big", "title": "", "text": "ا" * (MAX_ARTICLE_CHARS + 1)}),
        json.dumps({"id": "no-text", "title": "خبر"}, ensure_ascii=False),
        "\ufeff" + json.dumps({"id": "bom", **launch, "published": "2024-05-18"}, ensure_ascii=False),
        b'{"id": "latin1", "title": "\xe9", "text": ""}',
        json.dumps({"id": "rfc", **launch, "published": "Sat, 18 May 2024 01:30:00 +0300"}, ensure_ascii=False),
        json.dumps({"id": "odd-date", **launch, "published": "yesterday"}, ensure_ascii=False),
        json.dumps({"id": "null-text", "title": launch["title"], "text": None}, ensure_ascii=False),
        "[1, 2]",
    ]
    out = io.StringIO()
    assert tag_stream(lines, out, workers=1) == 4
    rows = {r.get("id") or f"line{r['line']}": r for r in map(json.loads, out.getvalue().splitlines())}
    assert "over the 1,000,000 limit" in rows["big"]["error"]
    assert rows["no-text"]["error"] == "text missing"
    assert rows["bom"]["events"][0]["event_date"] == "2024-05-17"
    assert "not UTF-8" in rows["line4"]["error"]
    # the outlet's local day (18 May in +03:00) is the reference, not the UTC day (17 May)
    assert rows["rfc"]["events"][0]["event_date"] == "2024-05-17"
    assert "warning" in rows["odd-date"] and rows["odd-date"]["events"][0]["event_date"] is None
    assert rows["null-text"]["events"][0]["actor"] == "PRK"
    assert rows["line8"]["error"] == "line is not a JSON object"


def test_tag_stream_parallel_matches_sequential() -> None:
    import io

    from transforms.tagjsonl import PARALLEL_THRESHOLD, tag_stream

    base = [
        {"id": str(i), "title": t, "text": "", "published": "2024-01-01"}
        for i, t in enumerate(["كوريا الشمالية تطلق صاروخا باليستيا", "خبر رياضي", "بوتين يلتقي كيم جونغ أون"] * 800)
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in base]
    assert len(lines) > PARALLEL_THRESHOLD
    seq, par = io.StringIO(), io.StringIO()
    tag_stream(lines, seq, workers=1)
    tag_stream(lines, par, workers=2)
    assert seq.getvalue() == par.getvalue()
    assert [json.loads(x)["id"] for x in par.getvalue().splitlines()] == [r["id"] for r in base]


def _asserted(events: list[Event], etype: str = "missile_launch") -> list[Event]:
    return [e for e in events if e.type == etype and e.status == "asserted"]


def test_threat_verb_makes_the_launch_planned() -> None:
    text = "وتوعد وزير الدفاع، الثلاثاء، بضرب المنشآت بصواريخ دقيقة إذا استمر القصف."
    assert not _asserted(_events("", text))
    # a launch that caused the threat is still reported
    text = "هددت اليابان بالرد بعد أن أطلقت كوريا الشمالية صاروخا باليستيا اليوم."
    assert _asserted(_events("", text))


def test_any_launch_is_no_launch_in_particular() -> None:
    assert not _asserted(_events("", "وقال الوزير إن بلاده ستعترض أي صاروخ يقترب من أجوائها اليوم."))
    assert not _asserted(_events("", "ولم تشهد المنطقة أي تجربة صاروخية منذ شهور."))


def test_past_period_after_the_trigger_is_historical() -> None:
    text = "وتعرضت المدينة لهجوم حين أطلق المسلحون عشرات الصواريخ على الحي الشهر الماضي."
    events = _events("", text)
    assert not _asserted(events)
    assert [e for e in events if e.type == "missile_launch" and e.status == "historical"]


def test_launch_days_before_the_reported_launch_is_its_background() -> None:
    text = (
        "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا قصير المدى باتجاه البحر الشرقي، بعد يومين من إطلاقها "
        "صواريخ كروز فوق البحر الأصفر. وقالت هيئة الأركان المشتركة في سيول إن الصاروخ حلق نحو 400 كيلومتر."
    )
    events = _events("الشمال يطلق صاروخا باليستيا جديدا", text, "2024-05-18T09:00:00+09:00")
    assert [(e.actor, e.event_date, e.count) for e in _asserted(events)] == [("PRK", date(2024, 5, 18), 1)], events
    assert [e for e in events if e.type == "missile_launch" and e.status == "historical"]
    # (also measured from the launch word that resumes the news, the earlier launch announced then)
    text = (
        "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا باتجاه البحر الشرقي. ويأتي الإطلاق بعد ثلاثة أيام من "
        "إعلان بيونغ يانغ إطلاق صاروخين من طراز كروز فوق البحر الأصفر."
    )
    events = _events("كوريا الشمالية تطلق صاروخا باليستيا", text, "2024-05-18T09:00:00+09:00")
    assert [(e.actor, e.event_date, e.count) for e in _asserted(events)] == [("PRK", date(2024, 5, 18), 1)], events
    # (a visit the day before is no launch's background: it stays the day's news)
    text = (
        "أطلقت كوريا الشمالية صباح اليوم صاروخا عابرا للقارات. ويأتي الإطلاق بعد يوم من زيارة وزيرة الخارجية "
        "الكورية الشمالية إلى موسكو ولقائها الرئيس بوتين."
    )
    events = _events("كوريا الشمالية تطلق صاروخا عابرا للقارات", text, "2024-10-31T10:00:00+09:00")
    assert _asserted(events, "russia_dprk_cooperation"), events


def test_launch_the_day_before_the_reported_day() -> None:
    text = (
        "فرضت وزارة الخزانة الأمريكية اليوم عقوبات على مسؤولين كوريين شماليين، غداة إطلاق بيونغ يانغ صاروخا "
        "باليستيا عابرا للقارات سقط في بحر اليابان."
    )
    events = _events("عقوبات أمريكية على بيونغ يانغ", text, "2023-12-19T10:00:00+09:00")
    assert [(e.actor, e.event_date) for e in _asserted(events)] == [("PRK", date(2023, 12, 18))], events


def test_launch_a_counted_span_before_the_clause_that_follows_it() -> None:
    text = (
        "رفض مجلس الأمن الدولي أمس الخميس مشروع قرار أمريكي لتشديد العقوبات على كوريا الشمالية. وجاء التصويت بعد "
        "يوم واحد من إطلاق بيونغ يانغ ثلاثة صواريخ باليستية باتجاه بحر اليابان."
    )
    events = _events("مجلس الأمن يرفض عقوبات جديدة على بيونغ يانغ", text, "2022-05-27T07:30:00+03:00")
    assert [(e.actor, e.event_date, e.count) for e in _asserted(events)] == [("PRK", date(2022, 5, 25), 3)], events


def test_space_launch_a_counted_span_before_the_clause_that_follows_it() -> None:
    text = (
        "التحمت المركبة الصينية بمحطة تيانغونغ أمس الجمعة بعد يومين من إطلاقها على متن صاروخ لونغ مارش من قاعدة "
        "جيوتشيوان، وعلى متنها ثلاثة رواد."
    )
    events = _events("التحام ناجح بالمحطة الصينية", text, "2024-05-18T09:00:00+08:00")
    launches = [(e.actor, e.event_date) for e in _asserted(events, "space_launch")]
    assert launches == [("CHN", date(2024, 5, 15))], events


def test_flight_of_the_reported_missiles_measures_the_span_from_an_earlier_test() -> None:
    text = (
        "أطلقت كوريا الشمالية صباح اليوم عدة صواريخ باليستية قصيرة المدى باتجاه البحر الشرقي. وقالت هيئة الأركان "
        "المشتركة في سيول إن الصواريخ حلقت نحو 400 كيلومتر، بعد خمسة أيام من اختبار بيونغ يانغ صاروخها العابر "
        "للقارات الجديد."
    )
    events = _events("صواريخ كورية شمالية جديدة", text, "2024-11-05T08:45:00+03:00")
    assert [(e.actor, e.event_date, e.count) for e in _asserted(events)] == [("PRK", date(2024, 11, 5), None)], events


def test_earlier_account_of_the_same_days_launch_is_that_launch() -> None:
    text = (
        "ذكرت الوكالة المركزية الكورية صباح اليوم الجمعة أن الزعيم كيم جونغ أون أشرف أمس على إطلاق نوع جديد من "
        "الأسلحة التكتيكية الموجهة. وكان الجيش الكوري الجنوبي قد رصد أمس الخميس إطلاق صاروخين قصيري المدى من "
        "منطقة قريبة من وونسان."
    )
    events = _events("كيم يشرف على اختبار سلاح موجه جديد", text, "2019-07-26T09:30:00+09:00")
    launches = [(e.status, e.actor, e.event_date) for e in events if e.type == "missile_launch"]
    assert launches == [("asserted", "PRK", date(2019, 7, 25))], events


def test_launch_the_day_before_a_later_reported_launch_is_its_background() -> None:
    text = (
        "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا يشتبه بأنه عابر للقارات، ما دفع اليابان إلى تحذير سكان "
        "الشمال. ويأتي ذلك غداة إطلاق بيونغ يانغ 23 صاروخا في يوم واحد، وهو رقم قياسي."
    )
    events = _events("بيونغ يانغ تطلق صاروخا عابرا للقارات", text, "2022-11-03T12:00:00+09:00")
    assert [(e.actor, e.event_date) for e in _asserted(events)] == [("PRK", date(2022, 11, 3))], events
    assert [e.event_date for e in events if e.status == "historical"] == [date(2022, 11, 2)], events


def test_count_of_an_unnamed_flight_passes_to_the_named_launch_of_its_sentence() -> None:
    text = (
        "ذكرت الوكالة المركزية الكورية اليوم أن كيم جونغ أون أشرف أمس على إطلاق صواريخ فرط صوتية في مناورة للقوات "
        "النووية. وقالت طوكيو إن ثلاثة صواريخ على الأقل حلقت نحو 900 كيلومتر، في ثاني إطلاق باليستي لبيونغ يانغ "
        "هذا الشهر."
    )
    events = _events("كيم يشرف على إطلاق صواريخ فرط صوتية", text, "2026-01-05T09:00:00+09:00")
    assert [(e.actor, e.event_date, e.count) for e in _asserted(events)] == [("PRK", date(2026, 1, 4), 3)], events


def test_shells_fired_from_a_rocket_launcher_count_its_missiles() -> None:
    text = (
        "أفادت الوكالة المركزية الكورية اليوم بأن كيم جونغ أون أشرف أمس على تدريب للرمي أطلقت خلاله وحدات المدفعية "
        "أربع قذائف من راجمات صواريخ فائقة الضخامة عيار 600 ملم، وأن القذائف أصابت جزيرة في البحر."
    )
    events = _events("كيم يشرف على رمايات بالراجمات العملاقة", text, "2024-04-23T08:00:00+09:00")
    assert [(e.actor, e.event_date, e.count) for e in _asserted(events)] == [("PRK", date(2024, 4, 22), 4)], events


def test_date_in_the_after_clause_of_an_earlier_launch_is_not_the_news_launch_date() -> None:
    text = (
        "قالت هيئة الأركان المشتركة في سيول صباح اليوم الأربعاء إن كوريا الشمالية أطلقت مقذوفا غير محدد نحو البحر "
        "الشرقي، بعدما أطلقت قبل أقل من أسبوع صاروخا قالت إنه فرط صوتي."
    )
    events = _events("الشمال يطلق مقذوفا جديدا", text, "2025-03-12T08:00:00+03:00")
    assert [(e.actor, e.event_date) for e in _asserted(events)][:1] == [("PRK", date(2025, 3, 12))], events
    # (the after-clause with أن, the earlier launch given a weekday)
    text = (
        "أعلن الجيش الكوري الجنوبي اليوم أن بيونغ يانغ أطلقت صاروخين باليستيين قصيري المدى، بعد أن أطلقت الأحد "
        "صواريخ كروز من غواصة قبالة ساحلها الشرقي."
    )
    events = _events("صاروخان باليستيان من الشمال", text, "2025-03-12T08:00:00+03:00")
    assert ("PRK", date(2025, 3, 12), 2) in [(e.actor, e.event_date, e.count) for e in _asserted(events)], events


def test_headline_single_weapon_yields_to_the_count_of_the_earlier_account() -> None:
    text = (
        "نقلت وسائل الإعلام الرسمية في بيونغ يانغ صباح اليوم أن كيم جونغ أون أشرف أمس على إطلاق صنف جديد من "
        "الأسلحة الموجهة التكتيكية. وكان الجيش الكوري الجنوبي قد رصد أمس إطلاق صاروخين قصيري المدى من الساحل "
        "الشرقي."
    )
    events = _events("كيم يشرف على اختبار سلاح موجه جديد", text, "2025-05-09T08:00:00+09:00")
    assert [(e.actor, e.event_date, e.count) for e in _asserted(events)] == [("PRK", date(2025, 5, 8), 2)], events


def test_one_missile_of_each_kind_among_several_detected_is_no_count() -> None:
    text = (
        "أعلنت كوريا الشمالية اليوم أنها اختبرت أمس صاروخا باليستيا تكتيكيا جديدا وصاروخ كروز محسنا بإشراف كيم "
        "جونغ أون. وكان الجيش الكوري الجنوبي قد رصد أمس إطلاق عدة صواريخ باليستية قصيرة المدى."
    )
    events = _events("بيونغ يانغ: اختبرنا صاروخا جديدا برأس حربي ضخم", text, "2025-05-09T08:00:00+09:00")
    launches = [(e.actor, e.event_date, e.count, e.count_qualifier) for e in _asserted(events)]
    assert launches == [("PRK", date(2025, 5, 8), None, "several")], events
    # (one missile of one kind stays one: "أطلقت صاروخ كروز … وكان الجيش قد رصد عدة صواريخ كروز")
    text = (
        "أعلنت كوريا الشمالية اليوم أنها أطلقت أمس صاروخ كروز استراتيجيا جديدا حلق ساعتين فوق البحر. وكان الجيش "
        "الكوري الجنوبي قد رصد أمس إطلاق عدة صواريخ كروز."
    )
    events = _events("كوريا الشمالية تعلن تجربة صاروخ كروز", text, "2025-05-09T08:00:00+09:00")
    assert [(e.actor, e.count) for e in _asserted(events)] == [("PRK", 1)], events


def test_few_days_before_another_event_is_no_date_of_the_launch() -> None:
    text = (
        "قالت هيئة الأركان المشتركة في سيول اليوم إنها رصدت إطلاق كوريا الشمالية عدة صواريخ قصيرة المدى نحو البحر "
        "الشرقي، في استفزاز جديد قبل أيام قليلة من تنصيب الرئيس الأمريكي الجديد."
    )
    events = _events("صواريخ كورية شمالية قبل التنصيب", text, "2025-01-14T12:00:00+09:00")
    assert [(e.actor, e.event_date) for e in _asserted(events)] == [("PRK", date(2025, 1, 14))], events
    # (so with a span counted off: "قبل أيام معدودة من القمة")
    text = "أطلقت بيونغ يانغ صباح اليوم صاروخا باليستيا، وذلك قبل أيام معدودة من قمة إقليمية في سيول."
    events = _events("الشمال يطلق صاروخا باليستيا", text, "2025-10-22T12:00:00+09:00")
    assert [(e.actor, e.event_date) for e in _asserted(events)] == [("PRK", date(2025, 10, 22))], events


@pytest.mark.parametrize(
    ("etype", "text", "published", "want"),
    [
        (
            "space_launch",
            "أطلقت الصين قمرا لرصد الطقس اليوم الجمعة. وانطلق الصاروخ في الساعة 6:10 صباحا بالتوقيت المحلي (22:10 "
            "بتوقيت غرينتش الخميس) من قاعدة جيوتشيوان.",
            "2018-06-01T09:00:00+08:00",
            date(2018, 6, 1),
        ),
        (
            "missile_launch",
            "أطلقت كوريا الشمالية صاروخا باليستيا اليوم الأربعاء. وقالت هيئة الأركان إن الصاروخ أطلق عند الساعة 7:05 "
            "بالتوقيت المحلي (22:05 بتوقيت غرينتش يوم الثلاثاء) من منطقة قريبة من العاصمة.",
            "2017-11-29T12:00:00+09:00",
            date(2017, 11, 29),
        ),
    ],
)
def test_weekday_of_the_utc_clock_beside_the_local_one_does_not_date_the_launch(
    etype: str, text: str, published: str, want: date
) -> None:
    # "بالتوقيت المحلي (… بتوقيت غرينتش الخميس)": the UTC day is not the day the launch took place
    launches = _asserted(_events("", text, published), etype)
    assert launches and {e.event_date for e in launches} == {want}, launches


def test_latest_of_the_days_joined_by_and_dates_the_launch() -> None:
    text = (
        "قال مسؤول عسكري أوكراني إن القوات الروسية أطلقت صواريخ باليستية كورية شمالية على مدينة خاركيف في 28 "
        "ديسمبر و3 يناير، وإن شظاياها تحمل كتابة كورية."
    )
    events = _events("كييف: صواريخ كورية شمالية على خاركيف", text, "2024-01-06T10:00:00+02:00")
    assert [(e.actor, e.event_date) for e in _asserted(events)] == [("RUS", date(2024, 1, 3))], events
    # (weekdays joined by و)
    text = (
        "قالت هيئة الأركان المشتركة في سيول إن كوريا الشمالية أطلقت صواريخ كروز قبالة ساحلها الغربي يومي الأحد "
        "والثلاثاء."
    )
    events = _events("الشمال يختبر صواريخ كروز", text, "2024-01-31T10:00:00+09:00")
    assert [(e.actor, e.event_date) for e in _asserted(events)] == [("PRK", date(2024, 1, 30))], events
    # (the cooperation the launch tells of takes the same latest day, once)
    text = (
        "قال متحدث باسم البيت الأبيض إن القوات الروسية أطلقت على أوكرانيا في 29 ديسمبر و2 يناير صواريخ باليستية "
        "زودتها بها كوريا الشمالية."
    )
    events = _events("واشنطن: روسيا أطلقت صواريخ باليستية كورية شمالية على أوكرانيا", text, "2024-01-04T10:00:00+02:00")
    days = sorted((e.type, e.event_date) for e in events if e.status == "asserted")
    assert days == [("missile_launch", date(2024, 1, 2)), ("russia_dprk_cooperation", date(2024, 1, 2))], events
    # (a later clause that opens with و and gives its own day is not joined: the report's day is not the launch's)
    text = "أطلقت كوريا الشمالية صاروخا باليستيا الخميس، وقالت سيول السبت إنه حلق 600 كيلومتر."
    events = _events("صاروخ باليستي من الشمال", text, "2024-06-15T10:00:00+09:00")
    assert [(e.actor, e.event_date) for e in _asserted(events)] == [("PRK", date(2024, 6, 13))], events


def test_shells_given_a_range_are_launched_projectiles() -> None:
    text = (
        "قال الجيش الكوري الجنوبي إن كوريا الشمالية أطلقت صباح اليوم قذيفتين قصيرتي المدى باتجاه البحر الشرقي، "
        "قطعتا نحو 370 كيلومترا."
    )
    events = _events("الشمال يطلق قذيفتين", text, "2019-10-31T12:00:00+09:00")
    assert [(e.actor, e.event_date, e.count) for e in _asserted(events)] == [("PRK", date(2019, 10, 31), 2)], events
    text = "أفادت سيول بأن الشمال أطلق أمس قذيفة قصيرة المدى من ساحله الغربي سقطت في البحر."
    events = _events("بيونغ يانغ تطلق قذيفة جديدة", text, "2019-10-31T12:00:00+09:00")
    assert [(e.count, e.event_date) for e in _asserted(events)] == [(1, date(2019, 10, 30))], events
    # (artillery shells stay no launch)
    text = "أطلقت كوريا الشمالية صباح اليوم عشرات القذائف المدفعية قرب الحدود البحرية في البحر الأصفر."
    assert not _asserted(_events("قذائف مدفعية قرب الحدود", text, "2024-01-05T12:00:00+09:00")), text


def test_number_two_words_before_the_missiles_counts_them_only_through_min_or_a_joined_noun() -> None:
    text = "شنت القوات الحكومية أمس نحو 150 غارة بصواريخ على أحياء المدينة، وفق ناشطين."
    events = _events("قصف عنيف على المدينة", text, "2018-04-08T10:00:00+03:00")
    assert [e.count for e in _asserted(events)] == [None], events  # strikes counted, not missiles
    text = "أطلقت الفصائل أمس نحو 40 قذيفة وصاروخا على البلدات المحاذية للقطاع."
    events = _events("قذائف على البلدات", text, "2018-05-30T10:00:00+03:00")
    assert [e.count for e in _asserted(events)] == [40], events


def test_sentence_opening_past_adverbial_scopes_over_coordinated_verbs() -> None:
    text = "وفي العام الماضي أجرت الدولة تجربة نووية كبيرة واختبرت محركات جديدة ثم أطلقت صواريخ بعيدة المدى."
    assert not _asserted(_events("", text))


def test_undated_verbal_noun_past_the_lead_is_talk_not_news() -> None:
    lead = "يلتقي وزراء الخارجية في جنيف اليوم. ويناقش الاجتماع الأمن الإقليمي."
    text = lead + " وأضاف الدبلوماسي أن اختبار صاروخي جديد سيعقد المفاوضات كثيرا."
    assert not _asserted(_events("", text))
    # the same noun reported as done ("تم إطلاق") or dated stays news
    text = lead + " وأوضح المسؤولون أنه تم إطلاق 40 صاروخا على المواقع."
    assert _asserted(_events("", text))


def test_purpose_lam_on_any_trigger_is_planned() -> None:
    text = "ونشرت القوات منظومة متطورة لإسقاط الصواريخ والطائرات اليوم."
    assert not _asserted(_events("", text))
    text = "وتعرضت سيارة في المدينة لقصف بصاروخ من طائرة مسيرة اليوم."
    assert _asserted(_events("", text))


def test_figurative_strike_is_not_a_launch() -> None:
    assert not _asserted(_events("", "وجاء الهدف الثاني من تسديدة قوية كضربة جزاء صاروخية اليوم."))
    assert not _asserted(_events("", "ونفذ اللاعب ضربة جزاء صاروخية في الدقيقة الأخيرة اليوم."))


def test_air_defence_system_is_not_a_launch() -> None:
    text = "وصلت أمس منظومة الدفاع الجوي الصاروخي الجديدة إلى القاعدة."
    assert not _asserted(_events("", text))


def test_date_inside_the_reported_clause_wins_over_the_reporting_date() -> None:
    pub = "2018-05-24T10:00:00+00:00"
    text = "قال المحققون الخميس إن الصاروخ الذي أسقط الطائرة في 17 تموز/يوليو 2014 أطلق من منطقة حدودية."
    events = _events("", text, pub)
    assert not _asserted(events)


def test_old_year_nearer_than_a_recent_date_is_historical() -> None:
    pub = "2018-10-05T09:00:00+00:00"
    text = "في 4 أكتوبر/تشرين أول من عام 1963 وقعت معاهدة، وفي نفس اليوم من عام 1957، أطلق السوفييت قمرا صناعيا."
    assert not _asserted(_events("", text, pub), "space_launch")
    text = "أطلقت كوريا الشمالية اليوم صاروخا باليستيا هو الأول منذ 2017."
    assert _asserted(_events("", text, pub))


def test_month_with_past_marker_in_the_same_month_is_last_year() -> None:
    pub = "2018-04-12T10:00:00+00:00"
    text = "أطلقت الولايات المتحدة 59 صاروخا من طراز توماهوك على قاعدة جوية في أبريل الماضي."
    assert not _asserted(_events("", text, pub))


def _actors(events: list[Event], etype: str = "missile_launch") -> set[str | None]:
    return {e.actor for e in _asserted(events, etype)}


def test_name_beginning_with_ba_is_not_a_preposition() -> None:
    text = "أجرت باكستان اليوم تجربة على صاروخ كروز جديد."
    assert _actors(_events("", text)) == {"PAK"}


def test_relative_clause_subject_is_the_antecedent() -> None:
    text = "وقال الوزير إن صواريخ ميليشيا الحوثي التي استهدفت السعودية أمس فشلت."
    assert _actors(_events("", text)) == {"HOUTHI"}
    # with a resumptive pronoun the noun after the verb is its subject
    text = "وسقطت الصواريخ التي أطلقتها بريطانيا وفرنسا فجر اليوم على مواقع عسكرية."
    assert {"GBR", "FRA"} <= _actors(_events("", text))


def test_interceptor_nisba_is_not_the_launcher() -> None:
    text = "وسقطت شظايا صاروخ باليستي اعترضته الدفاعات الجوية السعودية أمس فوق جازان."
    assert "SAU" not in _actors(_events("", text))
    text = "وقالت وسائل إعلام إن مضادات الصواريخ أسقطت اليوم بعض الصواريخ الإسرائيلية."
    assert _actors(_events("", text)) == {"ISR"}


def test_claimant_is_the_launcher_and_the_claimed_launch_is_specific() -> None:
    pub = "2018-09-09T10:00:00+00:00"  # a Sunday
    text = "أعلن حزب الله، الأحد، مسؤوليته عن إطلاق الصواريخ على المعسكر الحدودي، السبت."
    events = _events("", text, pub)
    launch = _one(events, "missile_launch")
    assert launch.actor == "HEZBOLLAH"
    assert launch.event_date == date(2018, 9, 8)  # the launch's date, not the report's


def test_accused_is_the_launcher() -> None:
    text = "في غضون ذلك، تتهم إسرائيل الحرس الثوري الإيراني بإطلاق 20 صاروخا على مواقعها فجر اليوم."
    assert _actors(_events("", text)) == {"IRN"}
    text = "إسرائيل تتهم حماس بإطلاق صواريخ على المستوطنات اليوم."
    assert _actors(_events("", text)) == {"GAZA"}


def test_strike_noun_with_resumptive_verb_names_its_launchers() -> None:
    text = "وجاء الإنذار بعد ضربات صاروخية شنتها الولايات المتحدة وبريطانيا فجر اليوم على مواقع عدة."
    assert _actors(_events("", text)) == {"USA", "GBR"}


def test_coalition_strike_headline_joins_the_body_launches() -> None:
    title = "ضربات جوية أمريكية بريطانية فرنسية تستهدف مواقع عسكرية"
    text = "بدأت العملية فجر اليوم. وقال مسؤولون إن الطائرات البريطانية أطلقت صواريخ ستورم شادو على مجمع عسكري."
    assert {"USA", "GBR", "FRA"} <= _actors(_events(title, text))
    # a single country's strike in the title does not capture another country's launch
    title = "غارات إسرائيلية على مواقع في سوريا"
    text = "أطلقت إيران فجر اليوم عشرين صاروخا على مواقع في الجولان."
    assert _actors(_events(title, text)) == {"IRN"}


def test_admitting_the_other_sides_workers_is_economic_cooperation() -> None:
    text = "وقالت الصحيفة الخميس إن موسكو سمحت لآلاف العمال من كوريا الشمالية بدخول أراضيها هذا العام."
    coop = _one(_events("", text, "2018-08-03"), "russia_dprk_cooperation")
    assert "economic" in coop.subtypes


def test_denial_covers_the_transfers_it_answers() -> None:
    text = (
        "قال الكرملين اليوم إن الأنباء عن تزويد بيونغ يانغ روسيا بالذخائر لا أساس لها. "
        "وكانت عواصم غربية قد نددت بعمليات نقل أسلحة من كوريا الشمالية إلى روسيا."
        " وأضاف المتحدث أن موسكو ستواصل العلاقات مع الجارة، ورفض تأكيد تسلم روسيا أي شحنات عسكرية من كوريا الشمالية."
    )
    assert not _asserted(_events("", text, "2023-10-26"), "russia_dprk_cooperation")


def test_overnight_weekday_pair_takes_the_morning() -> None:
    pub = "2018-05-10T08:00:00+00:00"  # a Thursday
    text = "أطلقت إسرائيل ليل الأربعاء الخميس عشرات الصواريخ على مواقع في سوريا."
    assert _one(_events("", text, pub), "missile_launch").event_date == date(2018, 5, 10)
    text = "أطلقت إسرائيل مساء الأربعاء عشرات الصواريخ على مواقع في سوريا."
    assert _one(_events("", text, pub), "missile_launch").event_date == date(2018, 5, 9)


def test_weekday_of_the_regions_next_day_on_a_late_utc_stamp() -> None:
    # stamped 22:40 UTC on a Wednesday, when Thursday had begun in the Gulf and the Levant: "الخميس" is that Thursday,
    # not the one six days before
    text = "قالت وكالة الأنباء الرسمية إن الدفاعات الجوية تصدت فجر الخميس لصواريخ أطلقتها طائرات إسرائيلية."
    assert _one(_events("", text, "2018-05-09T22:40:00+00:00"), "missile_launch").event_date == date(2018, 5, 10)
    text = "ذكرت مصادر محلية أن قوات النظام قصفت ليل الاثنين بلدة في ريف حماة بعشرات الصواريخ."
    assert _one(_events("", text, "2018-09-09T23:30:00Z"), "missile_launch").event_date == date(2018, 9, 10)
    # earlier in the day, or stamped in the region's own time, the same weekday is still last week's
    assert _one(_events("", text, "2018-09-09T15:00:00Z"), "missile_launch").event_date == date(2018, 9, 3)
    assert _one(_events("", text, "2018-09-09T23:30:00+04:00"), "missile_launch").event_date == date(2018, 9, 3)


# ---------------------------------------------------------------------------------------------- false alarms
def test_interceptor_is_never_the_launcher() -> None:
    # a launch verb after the intercepted missile names the launcher, not another interceptor
    text = "اعترضت الدفاعات الجوية السعودية اليوم صاروخا باليستيا أطلقه الحوثيون باتجاه جازان."
    assert _actors(_events("", text)) == {"HOUTHI"}
    # the interceptor's side is not the launcher of a passive launch in the same sentence
    text = "وقال المتحدث إن الصاروخ أطلق بطريقة عشوائية، وقد تمكنت الدفاعات الجوية السعودية من اعتراضه اليوم."
    assert "SAU" not in _actors(_events("", text))
    # destroying buildings is not intercepting: the striking side stays the launcher
    text = "وقال الوزير اليوم إن الغارة أدت إلى تدمير مخازن، وإن المقاتلات الإسرائيلية أطلقت عشرين صاروخا على مواقع."
    assert _actors(_events("", text)) == {"ISR"}


def test_target_named_after_a_direction_is_not_the_launcher() -> None:
    title = "اعتراض صاروخ حوثي فوق جازان"
    text = "اعترضت الدفاعات الجوية اليوم صاروخا حوثيا. وأوضح المتحدث أن الصاروخ كان باتجاه العاصمة الرياض وأطلق عمدا."
    assert _actors(_events(title, text)) == {"HOUTHI"}
    text = "وقالت مصادر إن مسلحين أطلقوا صاروخا اليوم على قاعدة عسكرية بجنوب السعودية."
    assert "SAU" not in _actors(_events("", text))


def test_missiles_as_subject_of_a_strike_verb_leave_the_target_out() -> None:
    title = "السعودية تعترض صاروخين حوثيين استهدفا الرياض"
    assert _actors(_events(title, "")) == {"HOUTHI"}


def test_negation_scopes_over_coordinated_verbs() -> None:
    text = "وقال الرئيس الاثنين إن كوريا الشمالية لم تطلق صواريخ أو تجري اختبارات نووية منذ تسعة أشهر."
    assert not _asserted(_events("", text, "2018-07-24"))


def test_dated_timeline_entry_before_a_colon_dates_its_line() -> None:
    text = (
        "وهذه أبرز المحطات في مسيرة الزعيم.\n"
        "- يوليو 2017: أطلقت بيونغ يانغ صاروخين باليستيين عابرين للقارات.\n"
        "- 21 أبريل: الزعيم يعلن وقف التجارب."
    )
    events = _events("محطات في حياة الزعيم", text, "2018-04-21")
    assert not _asserted(events)
    assert any(e.type == "missile_launch" and e.status == "historical" and e.actor == "PRK" for e in events)


def test_weekday_followed_by_an_explicit_date_takes_the_date() -> None:
    text = "أجرت كوريا الشمالية تجربة صاروخ باليستي صباح السبت 29 أفريل 2017 من منطقة قرب العاصمة."
    launch = _one(_events("", text, "2017-04-28T21:40:00+01:00"), "missile_launch")
    assert launch.event_date == date(2017, 4, 29)


def test_a_day_of_the_month_written_as_an_ordinal() -> None:
    pub = "2024-01-12T10:00:00+00:00"
    cases = [
        ("أطلقت كوريا الشمالية صاروخين في الحادي والعشرين من كانون الأول.", date(2023, 12, 21)),
        ("أطلقت كوريا الشمالية صاروخا في الثاني من كانون الثاني/يناير.", date(2024, 1, 2)),
        ("أجرت كوريا الشمالية في الخامس عشر من ديسمبر تجربة صاروخية.", date(2023, 12, 15)),
        ("أطلقت كوريا الشمالية صاروخا في العاشر من الشهر الجاري.", date(2024, 1, 10)),
        ("أطلقت كوريا الشمالية صاروخا في الثامن والعشرين من الشهر الماضي.", date(2023, 12, 28)),
        ("أطلقت كوريا الشمالية صاروخين يوم 30 من الشهر الماضي.", date(2023, 12, 30)),
        ("أطلقت كوريا الشمالية صاروخين في 9 من الشهر الجاري.", date(2024, 1, 9)),
        ("أطلقت كوريا الشمالية صاروخين في الخامس من يناير الجاري.", date(2024, 1, 5)),
    ]
    for text, want in cases:
        launches = [e for e in _events("", text, pub) if e.type == "missile_launch"]
        assert [e.event_date for e in launches] == [want], text
    # a later day of the current month is ahead, not last year's
    planned = [e for e in _events("", "ستطلق كوريا الشمالية قمرا في العشرين من يناير الجاري.", pub)]
    assert [e.event_date for e in planned if e.type == "space_launch"] == [date(2024, 1, 20)]
    # an ordinal that is not a day of a month dates nothing
    launch = _one(_events("", "أطلقت كوريا الشمالية اليوم صاروخها الثاني من نوعه هذا العام.", pub), "missile_launch")
    assert launch.event_date == date(2024, 1, 12)


def test_a_day_set_off_by_commas_is_an_aside_not_a_clause_boundary() -> None:
    text = "أكدت كوريا الشمالية، اليوم الجمعة، إجراء اختبار، وقالت إنه ناجح."
    sentence = split_sentences(load_lexicon(), {"title": normalize(""), "text": normalize(text)})[0]
    assert sentence.tokens[7] == "وقالت"
    assert sentence.commas == {7}  # the comma before وقالت still opens a clause


def test_a_salvo_is_several_missiles_of_unstated_number() -> None:
    for title, text in (
        ("سرايا القدس تقصف عسقلان برشقة صاروخية", ""),
        ("", "أطلقت الفصائل رشقة صاروخية على عسقلان اليوم."),
    ):
        launch = _one(_events(title, text), "missile_launch")
        assert (launch.count, launch.count_qualifier) == (None, "several"), (title, text)
    launch = _one(_events("", "اعترضت القبة الحديدية اليوم قذيفتين صاروخيتين أطلقتا من غزة."), "missile_launch")
    assert (launch.count, launch.count_qualifier) == (2, "exact")


def test_the_states_counted_as_a_group_resume_the_coalition_and_its_day() -> None:
    title = "ضربات غربية على مواقع عسكرية"
    text = (
        "انضمت الولايات المتحدة وفرنسا وبريطانيا، فجر السبت، إلى حملة ضربات على منشآت عسكرية. "
        "وقامت الدول الثلاث بإطلاق صواريخ كروز من سفن وطائرات، وفق مسؤولين في وزارات الدفاع."
    )
    launches = [e for e in _events(title, text, "2018-04-15T16:00:00+00:00") if e.type == "missile_launch"]
    asserted = [e for e in launches if e.status == "asserted"]
    assert {e.actor for e in asserted} == {"USA", "FRA", "GBR"}, launches
    assert {e.event_date for e in asserted} == {date(2018, 4, 14)}, launches


def test_launches_as_a_topic_are_not_news() -> None:
    text = "تعهد الزعيم بعدم إيقاظ الرئيس على إنذارات متعلقة بإطلاق صواريخ، بحسب ما ذكرت سيول الجمعة."
    assert not _asserted(_events("", text, "2018-03-09"))


def test_uncounted_launches_in_an_explainers_background_are_not_news() -> None:
    title = "ما نعرفه عن وفد كوريا الشمالية إلى الألعاب"
    text = (
        "وصل الوفد اليوم إلى الجنوب. ويضم الوفد مئات الرياضيين والمشجعات. "
        "وقد تختلف المشاعر بسبب قيام كوريا الشمالية بتجارب صواريخ بالستية. "
        "فقد طور الشمال أسلحة نووية واختبر صواريخ بالستية قبل الألعاب."
    )
    assert not _asserted(_events(title, text, "2018-02-08"))


def test_a_counted_salvo_is_a_particular_launch() -> None:
    text = "وشهدت ليلة الخميس إطلاق عشرات الصواريخ من سوريا على الجولان."
    assert _asserted(_events("", text, "2018-05-10"))


def test_a_space_launch_vehicle_is_not_a_missile_and_belongs_to_its_state() -> None:
    title = "سبيس إكس تنجح بإطلاق أقوى صاروخ في العالم.. شاهد لحظة إطلاق فالكون هيفي"
    text = "نجحت شركة سبيس إكس بإطلاق أقوى صاروخ في العالم الثلاثاء من مركز كينيدي الفضائي في فلوريدا."
    events = _events(title, text, "2018-02-06")
    assert not _asserted(events)
    assert _actors(events, "space_launch") == {"USA"}
    # a plain rocket in a sentence that names the orbit is the carrier, not a missile
    text = "وانطلقت المهمة اليوم. وأطلق الصاروخ المستعمل من قاعدة كيب كانافرال وهو يحمل بضائع متجهة إلى الفضاء."
    assert not _asserted(_events("رحلة شحن جديدة", text, "2018-06-29"))


def test_a_verb_right_after_its_missile_has_no_subject_before_the_missile() -> None:
    # "صاروخا أطلق" is a missile that was launched: the interceptor named before it did not launch it
    text = "دمرت الدفاعات الجوية السعودية اليوم صاروخا باليستيا أطلق من صعدة."
    assert "SAU" not in _actors(_events("", text))
    # an instrument with ب is not the verb's subject: the attackers named before it keep the launch
    text = "وشن الحوثيون اليوم سلسلة هجمات بالصواريخ الباليستية استهدفت مواقع في جازان."
    assert _actors(_events("", text)) == {"HOUTHI"}


def test_a_side_shown_intercepting_is_not_made_the_launcher_elsewhere() -> None:
    title = "الدفاعات السعودية تعترض صاروخا باليستيا فوق جازان"
    text = (
        "اعترضت الدفاعات الجوية السعودية اليوم صاروخا باليستيا. وقال المتحدث إن الصواريخ أطلقت عمدا على مناطق السعودية."
    )
    assert "SAU" not in _actors(_events(title, text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ودانت اليابان اليوم الأربعاء إطلاق كوريا الشمالية صاروخا باليستيا أمس الثلاثاء.", date(2023, 9, 12)),
        ("استنكرت سيول اليوم تجربة كوريا الشمالية لصاروخ كروز يوم الاثنين.", date(2023, 9, 11)),
        ("احتجت طوكيو الأربعاء على إطلاق بيونغ يانغ صاروخا باليستيا الاثنين الماضي.", date(2023, 9, 11)),
    ],
)
def test_the_day_of_a_reaction_does_not_date_the_launch_it_reacts_to(text: str, want: date) -> None:
    # the day right after the verb reacting to the launch is the reaction's; the launch keeps its own day
    launch = _one(_events("", text), "missile_launch")
    assert launch.event_date == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # North Korea's own media tell of a launch the morning after: the day they give is the report's
        ("ذكرت وكالة الأنباء المركزية الكورية اليوم الأربعاء أن البلاد اختبرت صاروخا جديدا.", date(2023, 9, 12)),
        ("أفادت وسائل الإعلام الرسمية في كوريا الشمالية صباح اليوم بأن البلاد أطلقت صاروخ كروز.", date(2023, 9, 12)),
        # the launch's own day in the reported clause wins
        ("قالت كوريا الشمالية اليوم الأربعاء إنها اختبرت الاثنين صاروخا جديدا.", date(2023, 9, 11)),
        # a side reporting another's launch tells of it the same day
        ("قال الجيش الكوري الجنوبي اليوم الأربعاء إن كوريا الشمالية أطلقت صاروخا باليستيا.", date(2023, 9, 13)),
    ],
)
def test_the_day_north_korean_media_report_a_launch_is_the_day_after_it(text: str, want: date) -> None:
    launch = _one(_events("", text), "missile_launch")
    assert launch.event_date == want


def test_north_korean_media_announcing_a_launch_to_come_date_it_by_their_day() -> None:
    events = _events("", "قالت كوريا الشمالية اليوم إنها ستطلق قمرا صناعيا للاستطلاع.")
    assert [e.event_date for e in events if e.type == "space_launch"] == [date(2023, 9, 13)]


@pytest.mark.parametrize(
    ("text", "want", "status"),
    [
        ("أطلقت كوريا الشمالية صاروخا باليستيا في 11-9-2023.", date(2023, 9, 11), "asserted"),
        ("أطلقت كوريا الشمالية صاروخا باليستيا يوم 11/09/2023.", date(2023, 9, 11), "asserted"),
        ("أطلقت كوريا الشمالية صاروخا باليستيا في 2023/9/11.", date(2023, 9, 11), "asserted"),
        ("أطلقت كوريا الشمالية صاروخا باليستيا في 4-7-2017.", date(2017, 7, 4), "historical"),
    ],
)
def test_a_date_written_in_figures_dates_the_launch(text: str, want: date, status: str) -> None:
    launch = _one(_events("", text), "missile_launch", status)
    assert launch.event_date == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("عقد مجلس الأمن اليوم الأربعاء جلسة لبحث إطلاق كوريا الشمالية صاروخا باليستيا الاثنين.", date(2023, 9, 11)),
        ("أجرى وزيرا خارجية البلدين اتصالا هاتفيا اليوم بعد إطلاق كوريا الشمالية صاروخا أمس.", date(2023, 9, 12)),
    ],
)
def test_a_verbal_noun_with_its_own_day_is_not_dated_by_the_clause_it_completes(text: str, want: date) -> None:
    launch = _one(_events("", text), "missile_launch")
    assert launch.event_date == want


def test_the_day_of_an_earlier_report_in_the_sentence_does_not_date_the_launch_another_tells_of() -> None:
    lead = "قصفت المقاتلات مواقع في الجنوب ليل الاثنين."
    text = (
        lead + " وقال الوزير في مؤتمر صحفي، الثلاثاء، إن الغارات دمرت المواقع، في حين ذكر الجيش أن المقاتلات "
        "أطلقت 30 صاروخا على تلك المواقع."
    )
    launches = [e for e in _events("", text) if e.type == "missile_launch" and e.status == "asserted"]
    assert {e.event_date for e in launches} == {date(2023, 9, 11)}
    # the same statement going on keeps its day
    text = "وأعلن الجيش في بيان، الاثنين، أن مقاتلاته قصفت 20 هدفا، مضيفا أن 40 صاروخا أطلقت باتجاهه خلال النهار."
    launches = [e for e in _events("", text) if e.type == "missile_launch" and e.status == "asserted"]
    assert date(2023, 9, 11) in {e.event_date for e in launches}
