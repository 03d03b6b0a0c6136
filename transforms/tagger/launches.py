"""Missile and space launch mentions: the trigger words of a sentence (a verb or noun of launching, firing, striking,
testing or placing in orbit, less idioms, names and figures of speech), each paired with what it launched
(`launch_objects`) and built into a mention with its status and launcher (`launch_status`; the number, classes and
mode are read in `details`)."""

from __future__ import annotations

import re
from datetime import date

from transforms.lexicon import Lexicon, Mention, Term
from transforms.tagger.launch_objects import (
    GAP_FILLER_CATS,
    OPERATION_SOURCE,
    completes_a_thing,
    is_defence,
    names_a_site,
    pair_object,
)
from transforms.tagger.launch_status import build_launch
from transforms.tagger.sentences import (
    EventMention,
    Sentence,
    is_definite,
    object_suffix,
    prev_tok,
)
from transforms.tagger.space import launch_kind
from transforms.tagger.words import (
    CARRIED_OUT_VERBS,
    CAUSE_LINKS,
    CELESTIAL_BODIES,
    CONDUCT_MASDARS,
    CREW_HEADS,
    CREW_STEMS,
    DESTINATION_PREPOSITIONS,
    DIRECTIONS,
    EXPLORATION_PURPOSES,
    FIGURATIVE_LAUNCH_OBJECTS,
    FRAME_WORDS,
    GUNFIRE_WORDS,
    LIFT_OFF_MASDARS,
    MEDIUM_PREPOSITIONS,
    MISSION_NOUNS,
    NAME_NOUNS,
    NAMING_PREPOSITIONS,
    OPERATION_HEADS,
    ORDER_WORDS,
    ORIGIN_PREPOSITIONS,
    PLACE_HEADS,
    PLACING_VERB_STEMS,
    PLANET_NOUNS,
    POSSESSIVE_MASDARS,
    PREPOSITIONS,
    PROCESS_HEADS,
    ROCKET_LAUNCHER_NOUNS,
    SENDING_VERB_STEMS,
    SENT_DATA_WORDS,
    SKIP_AFTER_LAUNCH,
    SKIP_AFTER_STRIKE,
    SPACE_WORDS,
    STATION_HEADS,
    TARGET_PREPOSITIONS,
    TEST_VERB_FILLERS,
    TRANSITIVE_STRIKE_MASDARS,
    USE_PURPOSES,
)

# ---------------------------------------------------------------------------------------------- launches
_LAUNCH_SUBS = {"verbs_past", "verbs_present", "verbs_future", "nouns", "interception", "detection"}
_OBJECT_CATS = ("mnoun", "weapon", "vehicle", "payload")
_DEFINITE_PREFIX = re.compile(r"^[وف]?(?:بال|لل|ال)?")


def find_launches(lex: Lexicon, s: Sentence, pub: date | None) -> list[EventMention]:
    objects = [m for m in s.mentions if m.cat in _OBJECT_CATS]
    madj = s.of("madj")
    # (a mission to a celestial body, or a crew to a space station, has no object word of its own: see
    # _mission_to_space)
    orbit = any(m.cat == "space" and m.term.sub == "orbit" for m in s.mentions)
    if not objects and not madj and not orbit and not any(t in MISSION_NOUNS or t in CREW_HEADS for t in s.tokens):
        return []
    toks = s.tokens
    real_nouns = [m.start for m in objects if m.cat == "mnoun" and not m.term.value]
    objects = [
        m for m in objects if not (m.cat == "mnoun" and m.term.value and any(0 < m.start - r <= 3 for r in real_nouns))
    ]
    # (the satellites or rockets a site is named after are none of the sentence's launched objects)
    sites = [m for m in s.mentions if m.cat in ("launch", "space") and names_a_site(s, m)]
    objects = [o for o in objects if not any(o.start == w.end for w in sites)]
    # ("خدمة الإنترنت عبر الأقمار الصناعية التي أطلقتها الشركة": satellites a service works through)
    objects = [o for o in objects if not (o.cat == "payload" and prev_tok(s, o.start) in MEDIUM_PREPOSITIONS)]
    triggers: list[Mention] = []
    for m in s.mentions:
        if _simile(s, m):
            continue
        if m.cat == "launch" and m.term.sub in _LAUNCH_SUBS:
            nxt = toks[m.end] if m.end < len(toks) else ""
            idiom = nxt in SKIP_AFTER_LAUNCH and not _firing_drill_of_launchers(s, m)
            # ("رصدت مؤخرا تحضيرات لشن هجوم": signs or preparations detected, a word or so after the verb)
            signs = any(t in SKIP_AFTER_LAUNCH for t in toks[m.end : m.end + 2])
            idiom = idiom or (m.term.sub == "detection" and signs)
            if idiom or completes_a_thing(prev_tok(s, m.start)) or names_a_site(s, m):
                continue
            if _ever(s, m):
                continue
            if _figurative_object(s, m, objects):
                continue
            if m.term.sub == "detection" and is_definite(toks[m.start]):
                continue  # "الرصد ومراقبة التهديدات": monitoring as a task, not a launch detected
            if m.term.sub == "interception" and prev_tok(s, m.start).lstrip("و") in ORDER_WORDS:
                continue  # "أصدرت جاكسا أمر تدمير الصاروخ": a range-safety order, not an interception
            if m.term.sub == "interception" and _ordered_destruction(s, m):
                continue  # "أمرت الوكالة بتدمير صاروخها بعد دقائق من إقلاعه": its own rocket, on its order
            triggers.append(m)
        elif m.cat == "launch" and m.term.sub in ("verbs_use", "nouns_use"):
            # "استخدم الجيش صواريخ باليستية لضرب خاركيف"، "باستخدام صواريخ في هجمات": using missiles in a strike
            # (the strike after the use, or a finite strike verb before it: "شنت روسيا هجوما واسعا مستخدمة مئات
            # الصواريخ"; not "ستوجه ضربة باستخدام صواريخ", whose strike is a noun)
            strike = any(
                w.cat == "war"
                and w.term.sub in ("verbs", "nouns")
                and (
                    0 < w.start - m.end <= 8
                    or (
                        # (through a parenthesis: "أنها استهدفت، لأول مرة منذ اندلاع الحرب، موقعا … باستخدام صاروخ")
                        w.term.sub == "verbs"
                        and not toks[w.start].startswith(("ال", "ب"))
                        and 0 < m.start - w.end <= 16
                    )
                )
                for w in s.mentions
            )
            # ("استخدمت روسيا صواريخ كورية شمالية في ضرب خاركيف": the strike the missiles were used in)
            used_in = any(
                toks[k] == "في" and toks[k + 1] in TRANSITIVE_STRIKE_MASDARS
                for k in range(m.end, min(len(toks) - 1, m.end + 8))
            )
            # ("العملية نفذت باستخدام 16 صاروخا"، "تم تنفيذ الهجوم باستخدام صواريخ": an operation carried out with them)
            before = [t.lstrip("و") for t in toks[max(0, m.start - 2) : m.start]]
            carried_out = len(before) == 2 and (
                (before[0] in OPERATION_HEADS and before[1] in CARRIED_OUT_VERBS)
                or (before[0] in CONDUCT_MASDARS and before[1] in OPERATION_HEADS)
            )
            if strike or used_in or carried_out or any(t in USE_PURPOSES for t in toks[m.end : m.end + 8]):
                triggers.append(m)
        elif m.cat == "launch" and m.term.sub == "test_verbs":
            # "أجرت تجربة"، "أجرت أمس تجربة"، "أجرت بنجاح أول تجربة": the test noun right after, or after a
            # day or a "successfully"/"first"
            if any(
                o.cat == "launch"
                and o.term.sub == "nouns"
                and 0 < o.start - m.start <= 3
                and (o.start - m.start <= 2 or all(t in TEST_VERB_FILLERS for t in toks[m.end : o.start]))
                for o in s.mentions
            ):
                triggers.append(m)
        elif m.cat == "space" and m.term.sub == "verbs":
            if names_a_site(s, m) or _ever(s, m):
                continue
            # ("وضع" itself begins with و: the stem is tested before and after stripping a conjunction)
            tok = toks[m.start]
            placing = tok.startswith(PLACING_VERB_STEMS) or _DEFINITE_PREFIX.sub("", tok).startswith(PLACING_VERB_STEMS)
            # "وضع قمر في المدار" is a launch; "وضع الطائرة على الأرض" is not: placing needs the orbit after it
            # (not "وكالة الفضاء" elsewhere in the sentence), and "الوضع" (the situation) is no verb at all
            definite = is_definite(toks[m.start])
            # ("وضعت إيران أول قمر صناعي مخصص للتصوير في مدار حول الأرض": further when the satellite stands between)
            # (and further still past the carrier rocket as its subject: "وضع صاروخ قائم 100 التابع للحرس الثوري اليوم
            # القمر ثريا في مدار")
            carrier = any(o.cat in ("vehicle", "mnoun") and o.start == m.end for o in s.mentions)
            reach = 8 if carrier else 4
            sat = [o.end for o in s.mentions if o.cat == "payload" and 0 <= o.start - m.end <= reach]
            orbit = any(
                o.cat == "space"
                and o.term.sub == "orbit"
                and (0 < o.start - m.end <= 6 or any(0 <= o.start - e <= 5 for e in sat))
                for o in s.mentions
            )
            if placing and (definite or not orbit):
                continue
            # ("يمكن إطلاق اسم قمر القمر على هذه الأجسام"، "إطلاق مصطلح الأقمار التابعة": a name or a term given)
            if m.end < len(toks) and toks[m.end] in SKIP_AFTER_LAUNCH:
                continue
            # ("أطلقت البلدية اسم رائد الفضاء على شارع": a name given, not a craft launched)
            if not completes_a_thing(prev_tok(s, m.start)) and not _figurative_object(s, m, objects):
                triggers.append(m)
        elif m.cat == "space" and m.term.sub == "failure":
            # "تعطل صاروخ سويوز"، "فشل الصاروخ سيمرغ": a launch vehicle named right after the failure word
            if _failed_vehicle(s, m):
                triggers.append(m)
        elif m.cat == "war" and m.term.sub == "direction" and _headline_flight(s, m):
            # "عاجل | رشقة صاروخية من لبنان على حيفا"، "صاروخ حوثي باتجاه إيلات": a headline with no verb names the
            # missiles and where they flew
            triggers.append(m)
        elif (m.cat == "war" and m.term.sub in ("verbs", "nouns")) or (m.cat == "launch" and m.term.sub == "flight"):
            if m.end < len(toks) and toks[m.end] in SKIP_AFTER_STRIKE:
                continue
            if m.cat == "launch" and completes_a_thing(prev_tok(s, m.start)):
                continue  # "نقطة انطلاق الصواريخ": where missiles are fired from, not a lift-off
            if is_defence(m):
                # "الدفاع الجوي الصاروخي" is a system; the defence only says the context is combat
                continue
            if m.term.source == OPERATION_SOURCE and is_definite(toks[m.start]):
                continue  # ("أدانت العملية العسكرية التي شنتها"): the operation already named, not one carried out
            triggers.append(m)
    if not triggers:
        return []
    results: list[EventMention] = []
    for trig in triggers:
        if _naming(s, trig):
            continue
        obj = pair_object(s, trig, objects, madj)
        if obj is not None and trig.term.source == _TEST_FLIGHT_SOURCE and obj.start < trig.end:
            continue  # ("سيركب الرائدان المركبة … في أول رحلة تجريبية": the flight the craft before it will make)
        kind: str | None
        if obj is None:
            obj = _sent_to_space(s, trig) or _mission_to_space(s, trig)
            if obj is None:
                continue
            kind = "space_launch"
        else:
            kind = launch_kind(s, trig, obj)
        if kind is None:
            continue
        if (
            trig.cat == "space"
            and obj.cat == "payload"
            and any(t in SENT_DATA_WORDS for t in toks[obj.end : obj.end + 5])
        ):
            continue  # "أرسل القمر صورا": the satellite sends pictures
        sends_data = any(t in SENT_DATA_WORDS for t in toks[trig.end : trig.end + 2])
        if trig.cat == "space" and obj.end <= trig.start and sends_data:
            continue  # "القمر الصناعي دخل مداره وبدأ إرسال البيانات": what the satellite sends is data
        if (
            trig.term.sub == "interception"
            and obj.end + 1 < len(toks)
            and toks[obj.end] == "قبل"
            and toks[obj.end + 1] in POSSESSIVE_MASDARS
        ):
            continue  # "دمرت القوات صاروخين قبل إطلاقهما": destroyed on the ground, never launched

        results.append(build_launch(lex, s, trig, obj, kind, pub=pub))
    # Several triggers of one type: keep those with a named actor when any has one (per type: "أطلقت صاروخا قادرا
    # على حمل قمر … ونجح في وضع قمر في المدار" keeps the satellite placed by an unnamed subject)
    named_types = {r.type for r in results if r.actors and r.actors != ("UNKNOWN",)}
    kept = [r for r in results if r.type not in named_types or (r.actors and r.actors != ("UNKNOWN",))]
    # (the count an unnamed one gives passes to an uncounted named one: "قالت اليابان إن صاروخين على الأقل حلقا
    # لمسافة 900 كيلومتر، في أول إطلاق باليستي لبيونغ يانغ")
    for r in results:
        if r in kept or r.count is None or r.status != "asserted":
            continue
        named = [k for k in kept if k.type == r.type and k.status == r.status and k.count is None]
        if len(named) == 1:
            named[0].count, named[0].count_qualifier = r.count, r.count_qualifier
            named[0].rules.append("count:" + (r.count_qualifier or "exact"))
    return kept


def _sent_to_space(s: Sentence, trig: Mention) -> Mention | None:
    """ "أرسلت الشركة إلى الفضاء، الجمعة، أول روبوت …"، "أرسلت الوكالة فئرانا إلى محطة الفضاء": what a finite
    sending verb takes to space or to the orbit is launched there, whatever it is (the destination stands for the
    launched object). Not what is sent as data ("أرسل القمر صورا إلى الأرض"), nor in a sentence of weapons or combat;
    the verbal noun إرسال names aims as often as launches and is left out."""
    toks = s.tokens
    if trig.term.sub != "verbs" or not _DEFINITE_PREFIX.sub("", toks[trig.start]).startswith(SENDING_VERB_STEMS):
        return None
    if any(
        m.cat in ("mclass", "weapon", "mnoun") or (m.cat == "war" and m.term.sub in ("verbs", "nouns"))
        for m in s.mentions
    ):
        return None
    filler = {k for m in s.mentions if m.cat in GAP_FILLER_CATS for k in range(m.start, m.end)}
    for o in s.mentions:
        # (the subject, the day and the count between do not count: "أرسلت روسيا أمس طاقما من ثلاثة رواد إلى محطة
        # الفضاء")
        gap = sum(1 for k in range(trig.end, o.start) if k not in filler)
        if o.cat != "space" or o.term.sub != "orbit" or not 0 <= gap <= 6 or o.start < trig.end:
            continue
        # ("إلى الفضاء"، "للفضاء"، "إلى محطة الفضاء")
        head = o.start - 1 if o.start >= 1 and toks[o.start - 1] in STATION_HEADS else o.start
        to_space = toks[head].startswith("لل") or (head >= 1 and toks[head - 1] in DESTINATION_PREPOSITIONS)
        if to_space and not any(t in SENT_DATA_WORDS for t in toks[trig.end : o.start + 8]):
            return o
    return None


_MISSION_TERM = Term("payload", "spacecraft", ("mission", None), ("مهمه",), "weapons:payload:mission")


def _mission_to_space(s: Sentence, trig: Mention) -> Mention | None:
    """ "الهند تنجح في إطلاق مهمة إلى القمر"، "أطلقت الصين مهمتها نحو المريخ": a mission a launch word sends to a
    celestial body is a spacecraft (a mission with no such destination is a campaign)."""
    toks = s.tokens
    # ("انطلقت البعثة الأوروبية اليابانية إلى كوكب عطارد": a lift-off verb, the planet noun before the body's name)
    lift_off = trig.cat == "space" and trig.term.source == _SPACE_VERB_SOURCE and not is_definite(toks[trig.start])
    if not lift_off and (trig.cat != "launch" or trig.term.sub not in ("verbs_past", "verbs_present", "nouns")):
        return None
    for k in range(trig.end, min(len(toks) - 2, trig.end + 3)):
        crew = toks[k] in CREW_HEADS and not toks[k].startswith("فريق")
        if toks[k] not in MISSION_NOUNS and not crew:
            continue
        # (past a mission's adjectives and name: "البعثة الأوروبية اليابانية بيبي كولومبو إلى كوكب عطارد")
        for j in range(k + 1, min(len(toks) - 1, k + 7)):
            if j in s.commas:
                break
            # ("أطلقت الهند مهمة جديدة لاستكشاف القمر": a mission to explore a body is sent to it)
            towards = toks[j] in DESTINATION_PREPOSITIONS or toks[j] in DIRECTIONS or toks[j] in EXPLORATION_PURPOSES
            body = j + 2 if toks[j + 1] in PLANET_NOUNS and j + 2 < len(toks) else j + 1
            if towards and toks[body] in CELESTIAL_BODIES:
                return Mention(_MISSION_TERM, k, k + 1)
            # "أطلقت الصين اليوم طاقما ثلاثيا إلى محطتها الفضائية": a crew sent to a space station
            station = toks[j + 1].startswith(("محط", "المحط")) and any(
                o.cat == "space" and o.term.sub == "orbit" and j + 1 <= o.start <= j + 2 for o in s.mentions
            )
            if towards and crew and (station or (j + 2 < len(toks) and toks[j + 2] in SPACE_WORDS)):
                return Mention(_MISSION_TERM, k, k + 1)
    return None


def _figurative_object(s: Sentence, trig: Mention, objects: list[Mention]) -> bool:
    """ "أطلق رائد الفضاء الروسي تحذيرا"، "أطلقت الوزارة اليوم مبادرة": what a launch verb launches, before any
    launched object, is a warning, a campaign or an appeal."""
    # (a crew right after the verb is its subject: "أطلق رائد الفضاء"; any other payload is what was launched, and
    # a plan or programme after it is what the launch serves: "أطلقت الصين قمرين صناعيين ضمن خطة للملاحة")
    first = min(
        (o.start for o in objects if o.start >= trig.end and (o.cat != "payload" or not _crew(s, o))),
        default=len(s.tokens),
    )
    # (not for a word whose pronoun is its object: "بعد إطلاقه أمس، لتهبط على منصة عائمة")
    if trig.cat in ("launch", "space") and object_suffix(s.tokens[trig.start]):
        return False
    # ("أطلقت منصة صواريخ عدة صواريخ": a launcher of missiles is no figurative platform, while "اسم رائد الفضاء" is
    # the name of a crewman; "تطلق إنذارا بعد صاروخ":
    # a missile after a link word is what the warning followed)
    toks = s.tokens
    return any(
        toks[k] in FIGURATIVE_LAUNCH_OBJECTS
        # ("أطلقت الشركة من منصتها في فلوريدا صاروخها": the platform after من is where the launch came from; "أطلقت
        # الهند ضمن خطة طموحة أمس قمرا": a plan after a preposition or a frame word is no object of the verb)
        and not (
            k > trig.end
            and (toks[k - 1] in ORIGIN_PREPOSITIONS or toks[k - 1] in PREPOSITIONS or toks[k - 1] in FRAME_WORDS)
        )
        and not any(
            (o.start == k + 1 and o.cat in ("mnoun", "weapon"))
            or (
                o.start == k + 2
                and toks[k + 1].lstrip("و") not in CAUSE_LINKS
                # ("مسابقة لتصميم قمر صناعي": what the contest is for)
                and not toks[k + 1].startswith("ل")
                # ("ميزة الاتصال بالأقمار الصناعية": what the feature works through)
                and not toks[o.start].startswith(("ب", "وب"))
            )
            for o in objects
        )
        for k in range(trig.end, min(first, trig.end + 6))
    )


def _crew(s: Sentence, o: Mention) -> bool:
    """Whether a payload is a crew ("رائد الفضاء"، "رواد فضاء"، "طاقم")."""
    return s.tokens[o.start].lstrip("و").startswith(CREW_STEMS)


def _headline_flight(s: Sentence, d: Mention) -> bool:
    """A headline that names missiles and, right after them (a nisba, a class or where they came from between),
    where they flew, with no launch, strike or space word of its own."""
    if s.field != "title" or any(
        m.cat in ("launch", "space") or (m.cat == "war" and m.term.sub != "direction") for m in s.mentions
    ):
        return False
    # (على only before a named place or after where the missiles came from: "رشقة صاروخية من لبنان على حيفا"، not
    # "الصواريخ على الطاولة")
    toks = s.tokens
    named_after = any(m.start == d.end and m.cat in ("actor", "place") for m in s.mentions)
    place_after = d.end < len(toks) and toks[d.end] in PLACE_HEADS
    origin_before = any(
        m.cat == "actor" and 0 <= d.start - m.end <= 1 and prev_tok(s, m.start) in ORIGIN_PREPOSITIONS
        for m in s.mentions
    )
    if toks[d.start] in TARGET_PREPOSITIONS and not (named_after or place_after or origin_before):
        return False
    return any(
        o.cat in ("mnoun", "weapon") and 0 <= d.start - o.end <= 4 and not s.tokens[o.start].startswith(("ب", "وب"))
        for o in s.mentions
    )


def _naming(s: Sentence, trig: Mention) -> bool:
    """ "أطلق على المسبار اسم باركر"، "يطلق عليه اسم القمر الوردي": to launch a name on something is to name it."""
    after = s.tokens[trig.end : trig.end + 9]
    named = any(t in NAME_NOUNS for t in after)
    # "أطلق على المسبار اسم"، "أطلق العلماء على القمر الجديد اسم": على within the next three words, then a name
    return trig.cat in ("launch", "space") and named and any(t in NAMING_PREPOSITIONS for t in after[:3])


def _simile(s: Sentence, m: Mention) -> bool:
    """ "كضربة جزاء صاروخية": a trigger with the comparative ك attached is a figure of speech."""
    if m.cat not in ("launch", "war", "space"):
        return False
    tok = s.tokens[m.start]
    return tok[:1] == "ك" and tok != m.term.tokens[0] and m.term.tokens[0][:1] != "ك"


def _firing_drill_of_launchers(s: Sentence, m: Mention) -> bool:
    """ "أشرف كيم على تدريب إطلاق نار أجرته كتائب مزودة بقاذفات صواريخ": a live-fire drill of rocket launcher
    units fires rockets, though إطلاق النار alone is gunfire."""
    toks = s.tokens
    if m.end >= len(toks) or toks[m.end] not in GUNFIRE_WORDS:
        return False
    if not any(t in PROCESS_HEADS for t in toks[max(0, m.start - 2) : m.start]):
        return False
    missiles = {o.start for o in s.of("mnoun")}
    return any(
        toks[k].lstrip("وبل") in ROCKET_LAUNCHER_NOUNS and k + 1 in missiles
        for k in range(m.end, min(len(toks) - 1, m.end + 8))
    )


def _failed_vehicle(s: Sentence, m: Mention) -> bool:
    """ "تعطل صاروخ سويوز"، "إخفاق سيمرغ"، "عطل في صاروخ سويوز": a launch vehicle right after the failure word, or
    after a rocket noun right after it or after its "في" (not "خلل في مركبة سويوز", a craft already in orbit)."""
    at = m.end + 1 if m.end < len(s.tokens) and s.tokens[m.end] == "في" else m.end
    if any(o.cat == "mnoun" and o.start == at for o in s.mentions):
        at += 1
    elif at > m.end:
        return False
    vehicle = next((v for v in s.mentions if v.cat == "vehicle" and v.start == at), None)
    if vehicle is None:
        return False
    # ("فشل صاروخ سويوز في الانطلاق": it failed to lift off, so it was not launched)
    toks = s.tokens
    return not any(
        toks[k] == "في" and toks[k + 1] in LIFT_OFF_MASDARS
        for k in range(vehicle.end, min(len(toks) - 1, vehicle.end + 3))
    )


def _ever(s: Sentence, m: Mention) -> bool:
    """ "أقوى صاروخ فضائي على الإطلاق": "at all, ever", no launch."""
    return s.tokens[m.start] == "الاطلاق" and prev_tok(s, m.start) == "علي"


# the test flight of a launch vehicle or craft names it after ("الرحلة التجريبية السادسة لصاروخ ستارشيب")
_TEST_FLIGHT_SOURCE = "triggers:space:test_flight"
_SPACE_VERB_SOURCE = "triggers:space:verbs"


def _ordered_destruction(s: Sentence, m: Mention) -> bool:
    """ "أمرت وكالة الفضاء اليابانية بتدمير صاروخها بعد دقائق من إقلاعه": a verbal noun of destroying with ب, governed
    by an order verb a few words before it in its clause, is a range-safety order on the side's own rocket."""
    toks = s.tokens
    if not toks[m.start].startswith("بت"):
        return False
    return any(
        toks[k].lstrip("و") in ORDER_WORDS and not any(k < c < m.start for c in s.commas)
        for k in range(max(0, m.start - 6), m.start)
    )
