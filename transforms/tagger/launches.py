"""Missile and space launch mentions: trigger words paired with launched objects, and their status and launcher (the
number, classes and mode are read in `details`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from transforms.lexicon import Lexicon, Mention, Term, load_lexicon
from transforms.tagger.actors import claim_before, launch_actors
from transforms.tagger.details import IMPACT_SOURCE, launch_count, launch_mode, missile_classes
from transforms.tagger.sentences import (
    LEAD_SENTENCES,
    EventMention,
    Sentence,
    announcer,
    announcer_name_at,
    has_prep_before,
    is_definite,
    object_suffix,
    prev_tok,
    statement_aside,
    supervisor_named,
)
from transforms.tagger.space import fill_space_launch, launch_kind
from transforms.tagger.timing import (
    LONG_AFTER_DAYS,
    clause_status,
    date_mentions,
    date_status,
    measured_from,
    nearest_date,
    span_before,
)
from transforms.tagger.words import (
    AFTER_SUBORDINATORS,
    ANNOUNCING_VERBS,
    ANTI_STEMS,
    ANY_AND_ALL,
    ATTEMPT_NOUNS,
    ATTEMPT_OUTCOMES,
    CARRIED_OUT_VERBS,
    CARRIER_LINKS,
    CARRYING_OUT_VERBS,
    CAUSE_LINKS,
    CELESTIAL_BODIES,
    CLAUSE_CONNECTORS,
    COMPLEMENTISERS,
    COMPONENT_NOUNS,
    CONDUCT_MASDARS,
    CONFRONTING_STEMS,
    CREW_HEADS,
    CREW_STEMS,
    DAY_AFTER_WORDS,
    DEBRIS_NOUNS,
    DESTINATION_PREPOSITIONS,
    DIRECTIONS,
    DOING_VERBS,
    DRILL_NOUNS,
    ENGINE_TEST_WORDS,
    EPISODE_STEMS,
    EXCHANGE_WORDS,
    FIGURATIVE_LAUNCH_OBJECTS,
    FRAME_WORDS,
    GENERIC_PREDICATES,
    GENERIC_TRIGGERS,
    GOODS_NOUNS,
    GUNFIRE_WORDS,
    HABITUAL_WORDS,
    INCLUDING_VERBS_PAST,
    INSTRUMENT_QUANTITIES,
    INTERCEPT_MASDARS,
    INTERCEPTOR_ADJECTIVES,
    LIKENESS_WORDS,
    MEDIA_NOUNS,
    MISSILE_STORE_NOUNS,
    MISSION_NOUNS,
    NAME_NOUNS,
    NAMING_PREPOSITIONS,
    OPERATION_HEADS,
    ORDER_WORDS,
    ORIGIN_PREPOSITIONS,
    PASSIVE_AUXILIARIES,
    PELTING_WORDS,
    PLACE_HEADS,
    PLACING_VERB_STEMS,
    PLURAL_RELATIVES,
    PLURAL_STRIKE_NOUNS,
    POSSESSIVE_MASDARS,
    POSSIBILITY_ADJECTIVES,
    PREPOSITIONS,
    PROCESS_HEADS,
    PROTEST_HEADS,
    PURPOSE_DETECTION_WORDS,
    READINESS_WORDS,
    RECENT_SPAN_ENDERS,
    RECENT_SPAN_HEADS,
    RECENT_SPANS,
    RELATIVES,
    RESPONSE_VERBS,
    RESULT_PREPOSITIONS,
    RESULT_STEMS,
    ROCKET_LAUNCHER_NOUNS,
    SATELLITE_ADJECTIVES,
    SELF_MOTION_VERB_STEMS,
    SENDING_VERB_STEMS,
    SENT_DATA_WORDS,
    SERIES_ADJECTIVES,
    SKIP_AFTER_LAUNCH,
    SKIP_AFTER_STRIKE,
    SKIP_BEFORE_LAUNCH,
    SOVIET_WORDS,
    SPACE_MASDARS,
    SPACE_WORDS,
    STATION_HEADS,
    SUPERLATIVES,
    SYSTEM_NOUNS,
    TALLY_HEADS,
    TALLY_SINCE,
    TARGET_PREPOSITIONS,
    TEST_VERB_FILLERS,
    TIMES_NOUNS,
    TOPIC_HEADS,
    TRANSITIVE_STRIKE_MASDARS,
    USE_PURPOSES,
    WARNING_NOUNS,
    WARNING_SYSTEM_HEADS,
)

# ---------------------------------------------------------------------------------------------- launches
_LAUNCH_SUBS = {"verbs_past", "verbs_present", "verbs_future", "nouns", "interception", "detection"}
_OBJECT_CATS = ("mnoun", "weapon", "vehicle", "payload")
_LAUNCH_WORD_SUBS = frozenset({"nouns", "verbs_past", "verbs_present", "verbs_future"})
# what may stand between a launch verb and its object without counting as distance: the subject, the time, the count
_GAP_FILLER_CATS = frozenset({"actor", "person", "reldate", "weekday", "month", "qual", "card", "vague"})


_DEFINITE_PREFIX = re.compile(r"^[وف]?(?:بال|لل|ال)?")

# "نفذنا عملية نوعية بصاروخين": an operation noun is a strike with the missiles it is carried out with
OPERATION_SOURCE = "triggers:war:nouns_operation"


def _completes_a_thing(prev: str) -> bool:
    """ "منصة إطلاق"، "بمنصات إطلاق صواريخ"، "ومنصات إطلاق": a launch noun completing a place, programme or equipment
    noun (with its clitics و، ب، ل، ف) names a thing, not a launch."""
    if prev in SKIP_BEFORE_LAUNCH:
        return True
    for clitics in ("وب", "ول", "فب", "و", "ب", "ل", "ف"):
        if prev.startswith(clitics) and prev[len(clitics) :] in SKIP_BEFORE_LAUNCH:
            return True
    return False


def _names_a_site(s: Sentence, m: Mention) -> bool:
    """ "من مركز جيوتشيوان لإطلاق الأقمار الصناعية"، "قاعدة سمنان لإطلاق الصواريخ": a launch noun with لـ after a site
    head and its one- or two-word name is part of the site's name, not a purpose."""
    toks = s.tokens
    if not toks[m.start].startswith("ل") or m.term.sub not in ("nouns", "verbs"):
        return False
    for k in (m.start - 2, m.start - 3):
        if k >= 0 and _completes_a_thing(toks[k]):
            name = toks[k + 1 : m.start]
            # (the words between are a name: no preposition, no other launch or strike word, no number)
            return not any(
                t in PREPOSITIONS or t.isdigit() or any(o.start == j for o in s.mentions if o.cat != "place")
                for j, t in enumerate(name, k + 1)
            )
    return False


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
    sites = [m for m in s.mentions if m.cat in ("launch", "space") and _names_a_site(s, m)]
    objects = [o for o in objects if not any(o.start == w.end for w in sites)]
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
            if idiom or _completes_a_thing(prev_tok(s, m.start)) or _names_a_site(s, m):
                continue
            if _ever(s, m):
                continue
            if _figurative_object(s, m, objects):
                continue
            if m.term.sub == "detection" and is_definite(toks[m.start]):
                continue  # "الرصد ومراقبة التهديدات": monitoring as a task, not a launch detected
            if m.term.sub == "interception" and prev_tok(s, m.start).lstrip("و") in ORDER_WORDS:
                continue  # "أصدرت جاكسا أمر تدمير الصاروخ": a range-safety order, not an interception
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
            if _names_a_site(s, m) or _ever(s, m):
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
            if not _completes_a_thing(prev_tok(s, m.start)) and not _figurative_object(s, m, objects):
                triggers.append(m)
        elif m.cat == "war" and m.term.sub == "direction" and _headline_flight(s, m):
            # "عاجل | رشقة صاروخية من لبنان على حيفا"، "صاروخ حوثي باتجاه إيلات": a headline with no verb names the
            # missiles and where they flew
            triggers.append(m)
        elif (m.cat == "war" and m.term.sub in ("verbs", "nouns")) or (m.cat == "launch" and m.term.sub == "flight"):
            if m.end < len(toks) and toks[m.end] in SKIP_AFTER_STRIKE:
                continue
            if m.cat == "launch" and _completes_a_thing(prev_tok(s, m.start)):
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
        obj = _pair_object(s, trig, objects, madj)
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

        results.append(_build_launch(lex, s, trig, obj, kind, pub=pub))
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


def _one_clause(s: Sentence, a: int, b: int) -> bool:
    """Whether tokens a..b stay in one clause: no comma, complementiser, relative pronoun or other verb of launching
    or striking between."""
    toks = s.tokens
    if any(a < c <= b for c in s.commas) or any(t in COMPLEMENTISERS or t in RELATIVES for t in toks[a:b]):
        return False
    return not any(
        a <= m.start < b and m.cat in ("launch", "war") and (m.term.sub or "").startswith("verbs") for m in s.mentions
    )


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
    filler = {k for m in s.mentions if m.cat in _GAP_FILLER_CATS for k in range(m.start, m.end)}
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
    if trig.cat != "launch" or trig.term.sub not in ("verbs_past", "verbs_present", "nouns"):
        return None
    for k in range(trig.end, min(len(toks) - 2, trig.end + 3)):
        crew = toks[k] in CREW_HEADS and not toks[k].startswith("فريق")
        if toks[k] not in MISSION_NOUNS and not crew:
            continue
        for j in range(k + 1, min(len(toks) - 1, k + 4)):
            towards = toks[j] in DESTINATION_PREPOSITIONS or toks[j] in DIRECTIONS
            if towards and toks[j + 1] in CELESTIAL_BODIES:
                return Mention(_MISSION_TERM, k, k + 1)
            # "أطلقت الصين اليوم طاقما ثلاثيا إلى محطتها الفضائية": a crew sent to a space station
            station = toks[j + 1].startswith(("محط", "المحط")) and any(
                o.cat == "space" and o.term.sub == "orbit" and j + 1 <= o.start <= j + 2 for o in s.mentions
            )
            if towards and crew and (station or (j + 2 < len(toks) and toks[j + 2] in SPACE_WORDS)):
                return Mention(_MISSION_TERM, k, k + 1)
    return None


def _announces(s: Sentence, verb: Mention, trig: Mention, fillers: set[int]) -> bool:
    """Whether the reporting word `verb` announces the launch `trig`: an announcing verb with nothing between but the
    announcer, the day, the preposition عن and the asides an announcement may hold (or an announcer found by name)."""
    if s.tokens[verb.start].lstrip("و") not in ANNOUNCING_VERBS or verb.end > trig.start:
        return False
    between = [k for k in range(verb.end, trig.start) if k not in fillers and s.tokens[k] != "عن"]
    if between:
        asides = _announcing_asides(s, verb, trig)
        if any(k not in asides for k in between):
            return announcer(s, verb, trig) is not None
    return True


def _announcing_asides(s: Sentence, verb: Mention, trig: Mention) -> set[int]:
    """The words that may stand between an announcing verb and the launch it announces besides the announcer and the
    day: the announcer's rank or spokesman's tie ("أعلن الناطق العسكري باسم سرايا القدس") and the medium ("في بيان")."""
    asides = set(range(verb.end, announcer_name_at(s.tokens, verb.end)))
    for k in range(verb.end, trig.start):
        asides.update(statement_aside(s.tokens, k))
    return asides


def _attacks_in_general(s: Sentence, trig: Mention, obj: Mention) -> bool:
    """ "هجمات عشوائية بالصواريخ": an indefinite plural strike noun whose instrument is the missiles in general (a
    definite plural after ب), with no count — attacks of a kind, not one attack."""
    if trig.cat != "war":
        return False
    # the strike noun is the trigger or the object of a strike verb ("شن عليها الحوثيون هجمات عشوائية بالصواريخ"),
    # or the antecedent of a verb resuming it after the instrument ("هجمات بالصواريخ عبر الحدود شنها الحوثيون")
    lo = max(trig.start, obj.start - 3) if trig.start < obj.start else max(0, obj.start - 3)
    nouns = [k for k in range(lo, obj.start) if s.tokens[k].lstrip("و") in PLURAL_STRIKE_NOUNS]
    instrument = s.tokens[obj.start].startswith(("بال", "وبال")) and obj.cat == "mnoun" and obj.term.sub == "plural"
    counted = any(q.end in (*nouns, obj.start) for q in s.of("card", "vague"))
    # ("غارات روسية بالصواريخ الفراغية": a side's own strikes, named with its nisba, are particular ones)
    owned = any(m.cat == "actor" and nouns and nouns[0] < m.start < obj.start for m in s.mentions)
    return bool(nouns) and instrument and not counted and not owned


def _by_the_soviet_union(s: Sentence, trig: Mention) -> bool:
    """ "أطلق الاتحاد السوفيتي"، "السوفيت أطلقوا": the Soviet Union (or the Soviets) right before or after the launch
    word is its launcher."""
    toks = s.tokens
    for k in range(max(0, trig.start - 3), min(len(toks), trig.end + 3)):
        tok = toks[k].lstrip("و")
        if tok not in SOVIET_WORDS:
            continue
        if not tok.endswith("ي") or (k >= 1 and toks[k - 1].lstrip("و") == "الاتحاد"):
            return True
    return False


def _describes_a_group(s: Sentence, trig: Mention, obj: Mention) -> bool:
    """ "الحوثيين المدعومين من إيران والذين أطلقوا صواريخ": a plural relative pronoun right before a launch verb
    (or a few words before a launch's verbal noun), a side named just before it and uncounted, undated missiles
    after it describe the side, not a launch."""
    if trig.cat != "launch" or trig.term.sub not in ("verbs_past", "nouns") or obj.start < trig.end:
        return False
    if trig.term.sub == "verbs_past":
        rel = trig.start - 1
    else:
        # "الحوثيين، الذين وجهت إليهم المملكة مسؤولية إطلاق صواريخ": a verbal noun further inside the clause
        rel = max(
            (k for k in range(max(0, trig.start - 7), trig.start) if s.tokens[k].lstrip("و") in PLURAL_RELATIVES),
            default=-1,
        )
        if any(rel < c <= trig.start for c in s.commas):
            return False
    if rel < 1 or s.tokens[rel].lstrip("و") not in PLURAL_RELATIVES:
        return False
    plural = (
        obj.cat == "mnoun" and obj.term.sub == "plural" and not any(q.end == obj.start for q in s.of("card", "vague"))
    )
    side = any(m.cat == "actor" and 0 <= rel - m.end <= 4 for m in s.mentions)
    # (a day inside the clause makes it one launch: "الحوثيين الذين أطلقوا صواريخ على جازان صباح اليوم")
    dated = any(m.cat in ("reldate", "weekday", "month") and m.start > rel for m in s.mentions)
    return plural and side and not dated


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


def _the_moon(s: Sentence, o: Mention) -> bool:
    """ "القمر" alone is the Moon ("رحلة إلى القمر"، "القمر الوردي"); a satellite is "قمر صناعي" or an indefinite
    "قمرا" in a launch."""
    tok = s.tokens[o.start]
    if o.end - o.start != 1 or not is_definite(tok):
        return False
    return tok.endswith("قمر") and not (o.end < len(s.tokens) and s.tokens[o.end] in SATELLITE_ADJECTIVES)


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


def _lam_prefixed(s: Sentence, m: Mention) -> bool:
    """ "لإطلاق"، "لشن"، "لإسقاط": a trigger with the purpose ل attached (not the ل of "تعرضت لقصف")."""
    tok = s.tokens[m.start]
    if tok == m.term.tokens[0] or m.term.tokens[0][:1] == "ل":
        return False
    # ("تعرضت تل أبيب في الكيان الصهيوني بفلسطين المحتلة لقصف صاروخي": what the place suffered, its name between)
    if any("تعرض" in tok for tok in s.tokens[max(0, m.start - 10) : m.start]):
        return False
    if prev_tok(s, m.start) in MEDIA_NOUNS:
        return False  # "صورا لإطلاق صواريخ": pictures of a launch
    if prev_tok(s, m.start) in PROTEST_HEADS or prev_tok(s, m.start, 2) in PROTEST_HEADS:
        return False  # "أعربت عن أسفها لإطلاق صاروخين"، "إدانات جديدة لإطلاق صواريخ": what is regretted or condemned
    if any(t in PROCESS_HEADS for t in s.tokens[max(0, m.start - 2) : m.start]):
        return False  # "عملية جديدة لإطلاق صواريخ": an operation of launching
    # "تصدت الدفاعات الجوية لعدوان إسرائيلي بالصواريخ": the strike a defence met, named with its side
    confronted = m.start >= 1 and any(
        s.tokens[k].lstrip("و").startswith(CONFRONTING_STEMS) for k in range(max(0, m.start - 4), m.start)
    )
    if confronted and any(o.cat == "actor" and o.term.sub == "nisba" and o.start == m.end for o in s.mentions):
        return False
    return tok[:1] == "ل" or tok[:2] in ("ول", "فل")


def _with_instrument_ba(toks: list[str], o: Mention) -> bool:
    """ "بصواريخ"، "وبالصواريخ"، "بـ 30 صاروخا"، "بـ صاروخين": the launched object behind the preposition ب, attached
    or written apart before it or before its count."""
    if toks[o.start].startswith(("ب", "وب")):
        return True
    before = toks[max(0, o.start - 2) : o.start]
    # "استهدف مقرات الجماعات بسبعة صواريخ"، "بعشرات الصواريخ"، "براجمات الصواريخ": the count, a quantity or the
    # launchers that fire them carry the preposition
    head = before[-1][1:] if before and before[-1].startswith("ب") else ""
    if head and (
        head in _CARDINALS or head.isdecimal() or head in INSTRUMENT_QUANTITIES or head in ROCKET_LAUNCHER_NOUNS
    ):
        return True
    if toks[o.start].startswith("و"):
        # "بأكثر من 300 مسيرة وصاروخ"، "بالمسيرات والصواريخ": coordinated with the instrument before it
        for k in range(o.start - 1, max(-1, o.start - 5), -1):
            if toks[k].startswith("ب") and len(toks[k]) > 2:
                return True
    return bool(before) and (before[-1] == "ب" or (len(before) == 2 and before[0] == "ب" and before[1].isdecimal()))


# one-word cardinals of the counting lexicon ("سبعه"، "عشرين")
_CARDINALS = frozenset(t.tokens[0] for t in load_lexicon().terms if t.cat == "card" and len(t.tokens) == 1)


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


def _generic_subject(s: Sentence, trig: Mention, obj: Mention) -> bool:
    """ "إطلاق قمر صناعي يتطلب سنوات"، "إطلاق صاروخ يستغرق دقائق": an indefinite launch noun followed closely by a
    predicate of what such launches take or mean."""
    start = max(trig.end, obj.end)
    if is_definite(s.tokens[obj.start]):
        return False
    return any(t in GENERIC_PREDICATES for t in s.tokens[start : start + 3])


def _topic_head(s: Sentence, m: Mention) -> bool:
    """A launch noun as the complement of a topic word ("متعلقة بإطلاق"، "بشأن تجارب")."""
    return prev_tok(s, m.start) in TOPIC_HEADS


def _impact_subject(toks: list[str], trig: Mention, o: Mention) -> bool:
    """ "ضرب صاروخ روسي مبنى": a verb of impact takes the missile as its subject, right after a past verb or right
    before a present one, a nisba or class between ("صاروخ باليستي إيراني يصيب"); what follows a present verb is its
    object ("واشنطن تضرب صاروخين حوثيين"), and neither the verbal noun with its instrument ("الضرب بالصواريخ") nor
    what a missile destroyed ("دمر قمرا سوفيتيا") is a missile fired."""
    if (
        is_definite(toks[trig.start])
        or o.cat not in ("mnoun", "weapon")
        or toks[o.start].startswith(("ب", "ل", "وب", "ول"))
    ):
        return False
    if toks[trig.start][:1] in "يت":
        return o.end <= trig.start and trig.start - o.end <= 2
    return o.start == trig.end


def _dated_right_after(s: Sentence, obj: Mention) -> bool:
    """A day named just after the launched object, in its own phrase ("إطلاق صاروخ باليستي جديد أمس")."""
    return any(
        d.cat in ("reldate", "weekday")
        and 0 <= d.start - obj.end <= 3
        and not any(obj.end <= k < d.start for k in s.commas)
        and not any(obj.end <= r.start < d.start for r in s.cue("reporting"))
        for d in s.mentions
    )


def is_defence(m: Mention) -> bool:
    return any("دفاع" in tok for tok in m.term.tokens)


def _governed_masdar(s: Sentence, m: Mention) -> bool:
    """A verbal noun that a finite verb reports as done: "تم إطلاق"، "استبقت كوريا الشمالية اللقاء بإطلاق"."""
    if prev_tok(s, m.start) in PASSIVE_AUXILIARIES:
        return True
    tok = s.tokens[m.start]
    if tok[:1] == "ب" or tok[:2] in ("وب", "فب"):
        # ("وقامت الدول الثلاث بإطلاق صواريخ": a verb of doing governs the verbal noun, whatever its subject)
        doing = any(t.lstrip("وف") in DOING_VERBS for t in s.tokens[max(0, m.start - 4) : m.start])
        return doing or any(
            c.cat in ("actor", "person") and c.end <= m.start and not has_prep_before(s, c) for c in s.mentions
        )
    # "ونفذت السلطات الصينية إطلاق صاروخ": the object of a past verb of carrying out, its subject between
    toks = s.tokens
    if any(
        toks[k].lstrip("وف") in CARRYING_OUT_VERBS and not any(k < c <= m.start for c in s.commas)
        for k in range(max(0, m.start - 4), m.start)
    ):
        return True
    # "شنت قوات التحالف العربي قصفا صاروخيا": the object of a finite strike verb just before it
    return any(
        v.cat == "war"
        and v.term.sub == "verbs"
        and 1 <= m.start - v.start <= 5
        and not is_definite(s.tokens[v.start])
        and not any(v.start < c <= m.start for c in s.commas)
        for v in s.mentions
    )


def _attempt_with_outcome(s: Sentence, trig: Mention) -> bool:
    toks = s.tokens
    attempt = any(toks[k].lstrip("و") in ATTEMPT_NOUNS for k in range(max(0, trig.start - 4), trig.start))
    return attempt and any(t.lstrip("و") in ATTEMPT_OUTCOMES for t in toks)


def _has_prep_clitic_name(o: Mention) -> bool:
    """A launched object's own first letter ب (باليستي) is not the instrumental preposition."""
    return o.term.tokens[0].startswith("ب")


def _is_masdar(m: Mention, tok: str) -> bool:
    if m.cat == "launch" and m.term.sub == "nouns":
        return True
    if m.cat == "launch" and m.term.sub == "interception":
        return m.term.tokens[0] in INTERCEPT_MASDARS
    if m.cat == "space" and m.term.sub == "verbs":
        return m.term.tokens[0] in SPACE_MASDARS
    # an indefinite strike noun ("هجمات صاروخية") is generic; "الضربة الصاروخية" names a known strike
    return m.cat == "war" and m.term.sub == "nouns" and not is_definite(tok)


def _ready_for_launch(s: Sentence, o: Mention, launch_words: list[int]) -> bool:
    """ "صاروخ أرض جو للحوثيين كان معدا للإطلاق"، "صواريخ جاهزة للإطلاق": the missile `o` is described as ready for a
    launch word that follows it in the same clause."""
    toks = s.tokens
    hi = min([c for c in s.commas if c >= o.end] + [len(toks), o.end + 10])
    return any(
        toks[k].lstrip("و") in READINESS_WORDS and k + 1 in launch_words and not any(o.end <= c <= k for c in s.commas)
        for k in range(o.end, hi)
    )


def _pair_object(s: Sentence, trig: Mention, objects: list[Mention], madj: list[Mention]) -> Mention | None:
    sub = trig.term.sub
    best: Mention | None = None
    best_d = 99
    toks = s.tokens
    # a strike or an interception does not reach across another launch word: in "تدمير منصة لإطلاق الصواريخ"
    # and "استهدفت خلية كانت تستعد لإطلاق صواريخ" the missiles belong to the launch word, not to the strike
    hitting = trig.cat == "war" or sub == "interception"
    if _system_that_warns(s, trig):
        return None
    launch_words = [
        m.start for m in s.mentions if m.cat == "launch" and m.term.sub in _LAUNCH_WORD_SUBS and not _names_a_site(s, m)
    ]
    filler = {k for m in s.mentions if m.cat in _GAP_FILLER_CATS for k in range(m.start, m.end)}
    for o in objects:
        if trig.cat == "space" and o.cat not in ("vehicle", "payload"):
            continue
        if o.cat == "payload" and _the_moon(s, o):
            continue
        if (
            o.cat in ("vehicle", "payload")
            and prev_tok(s, o.start) in ORIGIN_PREPOSITIONS
            and not (o.start >= 2 and toks[o.start - 2].lstrip("و") in CREW_HEADS)
        ):
            # "أطلقتا من مركبة فضائية": released from the craft; the craft is where it came from (not "طاقما من رواد
            # الفضاء", the crew the astronauts make up)
            continue
        lo, hi = (trig.end, o.start) if o.start >= trig.end else (o.end, trig.start)
        if o.start >= trig.end and any(
            p is not o and lo <= p.start and p.end < hi and toks[p.end] in INTERCEPTOR_ADJECTIVES for p in objects
        ):
            # "أطلقت المدمرات نحو عشرة صواريخ اعتراضية ضد الصواريخ الإيرانية": the verb launched the interceptors; the
            # missiles they were fired at are the other side's
            continue
        if (
            trig.cat == "launch"
            and sub in ("verbs_past", "verbs_present")
            and o.start >= trig.end
            and any(
                lo <= k < hi and k != trig.start and toks[k].lstrip("ولب").startswith("اطلاق") for k in launch_words
            )
        ):
            # "أطلقت كوريا الشمالية غواصة جديدة قادرة على إطلاق صواريخ بالستية": the missiles after another launch
            # word are that word's, not the verb's (which launched a submarine)
            continue
        if hitting and any(lo <= k < hi or 0 <= o.start - k <= 2 for k in launch_words if k != trig.start):
            # (also when a launch word right before the missile governs it: "محاولة لإطلاق صواريخ …، ودمرت")
            continue
        if (hitting or trig.term.source == IMPACT_SOURCE) and _ready_for_launch(s, o, launch_words):
            # "ضربة استهدفت صاروخا للحوثيين كان معدا للإطلاق"، "دمر صاروخ كروز كان معدا للإطلاق": the strike hit a
            # missile not yet launched
            continue
        if (
            trig.cat == "war"
            and o.start >= trig.end
            and not _with_instrument_ba(toks, o)
            and _with_its_launcher(toks, o)
        ):
            continue  # "ضربة دمرت خلالها صاروخين ومنصتي إطلاق": the strike hit missiles on their launchers
        if (
            trig.cat == "war"
            and o.start >= trig.end
            and any(t in TARGET_PREPOSITIONS for t in toks[lo:hi])
            and not _with_instrument_ba(toks, o)
        ):
            # "ضربات على صاروخين حوثيين"، "غارات ضد منصات صواريخ": the missiles are the target (not the instrument
            # after the target: "شنت المقاتلات غارات على مواقع الحوثيين بالصواريخ")
            continue
        if any(t in ENGINE_TEST_WORDS for t in toks[lo:hi]) or (
            o.start >= trig.end and o.start >= 1 and toks[o.start - 1] in ENGINE_TEST_WORDS
        ):
            # "اختبار أرضي لمحرك صاروخ"، "اختبار محرك يعمل بالوقود الصلب لصاروخ": an engine on the ground, no launch
            continue
        if o.cat == "payload" and o.start >= trig.end and any(t in COMPONENT_NOUNS for t in toks[lo:hi]):
            # "اختبار أنظمة القمر الصناعي": a satellite's systems checked on the ground, no launch
            continue
        if (trig.cat == "war" or sub in ("verbs_use", "nouns_use")) and o.cat not in ("mnoun", "weapon"):
            continue
        if trig.cat == "war" and o.start >= 1 and toks[o.start - 1].lstrip("وبل") in MISSILE_STORE_NOUNS:
            continue  # "استهدفت منصات صواريخ"، "قصف مخازن صواريخ": the missiles' launchers or stores were the target
        if (
            trig.term.source == OPERATION_SOURCE
            and not (
                o.start >= trig.end
                and (
                    _with_instrument_ba(toks, o)
                    or (toks[o.start].startswith("و") and o.start >= 1 and toks[o.start - 1].startswith("ب"))
                    # ("بعدد من الصواريخ"، "بالعديد من الصواريخ": the instrument after a quantity)
                    or (o.start >= 2 and toks[o.start - 1] == "من" and toks[o.start - 2][:1] == "ب")
                )
            )
        ):
            # "نفذنا عملية نوعية بصاروخين"، "عملية مشتركة بالصواريخ والمسيرات": an operation launches only what it is
            # carried out with ("عمليات مشتركة لتطوير الصواريخ" develops them)
            continue
        if trig.term.source == "triggers:war:verbs_present" and not (
            o.start >= trig.end
            and (
                _with_instrument_ba(toks, o)
                # ("بالمسيرات والصواريخ": coordinated with an instrument)
                or (toks[o.start].startswith("و") and o.start >= 1 and toks[o.start - 1].startswith("ب"))
            )
        ):
            # "التحالف يقصف منصة صواريخ"، "البنتاغون يهاجم نظام روسيا الصاروخي": a present strike verb launches only
            # what it strikes with ("تقصف عسقلان برشقة صاروخية")
            continue
        if sub in ("verbs_use", "nouns_use") and not 0 <= o.start - trig.end <= 3:
            # "الصواريخ … واستخدمت في هجمات": what was used, in the passive, is no launch report; what is used is
            # the verb's object ("استخدمت الطائرة كغطاء للهروب من صواريخ" used something else)
            continue
        if o.start >= 2 and any(t.lstrip("و") in PELTING_WORDS for t in toks[o.start - 2 : o.start]):
            continue  # "تعرض الشرطيون للرشق بالمقذوفات": things thrown by hand
        if trig.cat == "launch" and sub == "test_verbs" and o.start < trig.end:
            # "أجرت تجربة صاروخية": what a test verb tests follows its test noun
            continue
        if (
            sub in ("interception", "flight")
            and o.start >= trig.end
            and any(toks[k].lstrip("وبل") in ROCKET_LAUNCHER_NOUNS for k in range(trig.end, o.start))
        ):
            # "تدمير منصات للصواريخ"، "أصابت المئات من فوهات إطلاق الصواريخ": the launchers were hit, no missile was
            # intercepted or fired
            continue
        if sub == "interception" and _destroyed_on_the_ground(s, trig, o):
            continue
        # "سقط حطام المرحلة الرئيسية لصاروخ صيني": debris falling is no missile's flight
        if (
            trig.cat == "launch"
            and sub == "flight"
            and any(toks[k].lstrip("و") in DEBRIS_NOUNS for k in range(max(0, o.start - 4), o.start))
        ):
            continue
        if prev_tok(s, o.start).lstrip("وبل") in GOODS_NOUNS:
            continue  # "استمرار إنتاج الصواريخ بعد الهجوم": missiles produced or traded are goods, not fired
        if prev_tok(s, o.start).lstrip("وبل").startswith(ANTI_STEMS):
            # "مضادات الصواريخ": anti-missile weapons, not a launched missile
            continue
        if o.end < len(toks) and toks[o.end] in INTERCEPTOR_ADJECTIVES:
            # "أطلقت الدفاعات الجوية صواريخ اعتراضية": a defence's interceptors, no launch at anyone
            continue
        if trig.term.source == IMPACT_SOURCE and not _impact_subject(toks, trig, o):
            continue
        if o.start >= trig.end:
            d = o.start - trig.end
            limit = 7 if trig.cat != "war" else 4
            if trig.cat == "launch" and sub in ("verbs_past", "verbs_present"):
                # a launch verb's subject, time and count stand before its object: "أطلقت إيران، منذ مساء أمس
                # (الجمعة)، أكثر من 150 صاروخا"
                d = min(d, sum(1 for k in range(trig.end, o.start) if k not in filler))
            if trig.cat == "war" and _with_instrument_ba(toks, o) and not _has_prep_clitic_name(o):
                # "بقصف مدفعي مكثف لقوات النظام بصواريخ محملة بالفوسفور": the instrument of the strike
                limit = 6
                quantity = toks[o.start].lstrip("و")[1:] in INSTRUMENT_QUANTITIES or (
                    o.start >= 1 and toks[o.start - 1][:1] == "ب" and toks[o.start - 1][1:] in INSTRUMENT_QUANTITIES
                )
                if quantity and not any(tok in COMPLEMENTISERS for tok in toks[trig.end : o.start]):
                    # "قصفت الفصائل، مساء الثلاثاء، مدينة أسدود جنوب البلاد برشقة صاروخية": a salvo or a barrage
                    # is the strike's instrument after its subject, day and target, however long
                    limit = 24
                elif trig.term.sub == "verbs" and _one_clause(s, trig.end, o.start):
                    # "قصفت القوات التركية مواقع وحدات حماية الشعب الكردية في عفرين بالصواريخ": a strike verb's
                    # instrument after its subject and a long target, in the same clause
                    limit = 12
            if trig.cat == "war" and o.start >= 2 and toks[o.start - 1] == "من":
                # "قصف مواقع الجيش في مزارع شبعا بأعداد كبيرة من القذائف الصاروخية": the instrument after a quantity
                quantity = any(
                    toks[k][:1] == "ب" and toks[k][1:] in INSTRUMENT_QUANTITIES
                    for k in range(max(0, o.start - 4), o.start)
                )
                limit = 12 if quantity else limit
            if (
                trig.cat == "launch"
                and sub in ("verbs_past", "verbs_present")
                and (
                    o.cat in ("vehicle", "payload", "weapon")
                    or (o.cat == "mnoun" and any(c.start == o.end for c in s.of("mclass")))
                )
                and _one_clause(s, trig.end, o.start)
            ):
                # "أطلقت الوكالة من قاعدتها في فلوريدا مساء أمس بعد تأجيل دام ساعات صاروخا من طراز أطلس 5": a named
                # launcher, a payload, a named missile or a missile with its class ("صاروخا باليستيا") stands far from
                # its verb behind the site, the time and the circumstances
                limit = 16
            if sub == "interception" and d <= 3:
                d = -1  # what is intercepted follows the verb: prefer it over a missile word before
            lift_off = trig.cat == "space" or (trig.cat == "launch" and sub == "flight")
            # ("وانطلق خليفة سات … من قاعدة تانيجاشيما، محمولا على الصاروخ الياباني": the rocket that carries it)
            carried = o.cat == "mnoun" and o.start >= 2 and toks[o.start - 2].lstrip("و") in CARRIER_LINKS
            if (
                lift_off
                and (o.cat in ("vehicle", "payload") or carried)
                and any(tok in CARRIER_LINKS for tok in toks[max(trig.end, o.start - 3) : o.start])
            ):
                # "وانطلق الرواد الثلاثة، الأميركيان … والروسي …، على متن صاروخ سويوز": the craft that carries
                # the crew, after the crew's names; "أرسلت ناسا محطة … إلى كويكب … بواسطة صاروخ أطلس": the named
                # launch vehicle that carried what was sent
                limit = 20
        else:
            d = trig.start - o.end
            limit = 4 if sub not in ("nouns",) else 1
            if sub == "interception" and any(
                o.end <= c <= trig.start and toks[c] in CLAUSE_CONNECTORS for c in s.commas if c < len(toks)
            ):
                continue  # "تدمير منصات للصواريخ في صعدة، كما دمرت …": a new clause meets its own missiles
            if any(o.end <= r.start < trig.start for r in s.cue("reporting")):
                continue  # "بالصواريخ وأوكرانيا تعلن تعرضها لأكبر قصف": a report between opens another clause
            if trig.cat == "launch" and trig.term.sub == "flight":
                limit = 3
            if trig.cat == "space" and any(m.start in (trig.end, trig.end + 1) for m in s.of("mnoun", "weapon")):
                # "أقمار صناعية للإنذار المبكر عن إطلاق الصواريخ": the missiles right after are what is launched
                continue
            if (trig.cat == "space" or sub == "nouns") and any(
                x.cat in ("mnoun", "weapon")
                and x.start >= trig.end
                and sum(1 for k in range(trig.end, x.start) if k not in filler) <= 1
                for x in objects
            ):
                # "رصدت الأقمار الصناعية الأمريكية إطلاق كوريا الشمالية صاروخا باليستيا"، "أظهرت صور الأقمار الصناعية
                # إطلاق صاروخ": the missile after the verbal noun (its launcher between) is what was launched, not the
                # satellites that watched it
                continue
            resumes = trig.term.tokens[0].endswith(("ه", "ها", "هما", "هم"))
            # ("انفجر الصاروخ بعد نحو عشر دقائق من الإقلاع": the lift-off so long after which it failed is its own)
            resumes = resumes or (
                trig.start >= 3
                and toks[trig.start - 1] == "من"
                and any(tok.lstrip("و") == "بعد" for tok in toks[max(0, trig.start - 5) : trig.start - 1])
            )
            if resumes and (trig.cat == "space" or (trig.cat == "launch" and sub in ("nouns", "flight"))):
                # "انفجر صاروخ فضائي … بعد لحظات من إطلاقه"، "… بعد ثوان من إقلاعه": the pronoun on the verbal noun
                # resumes the object
                limit = 15
            after_clause = (
                trig.start >= 1 and toks[trig.start - 1] in AFTER_SUBORDINATORS and toks[trig.start - 1].endswith("ما")
            ) or (trig.start >= 2 and toks[trig.start - 2] in AFTER_SUBORDINATORS and toks[trig.start - 1] == "ان")
            if (
                after_clause
                and o.cat in ("vehicle", "payload")
                and (trig.cat == "space" or (trig.cat == "launch" and sub == "flight"))
            ):
                # "التحم صاروخ سويوز بمحطة الفضاء وفيه ثلاثة رواد بعدما أقلع": the craft that docked took off before
                limit = 10
        if d <= limit and d < best_d:
            best, best_d = o, d
    if best is None and trig.cat in ("war", "launch") and trig.term.sub in ("nouns", "verbs") and not is_defence(trig):
        for a in madj:
            if a.start == trig.end or a.start == trig.end + 1:
                return a
    if best is None and trig.term.source == OPERATION_SOURCE:
        # "نفذنا عملية مشتركة بصليات صاروخية"، "عملية نوعية برشقة صاروخية": the salvo the operation was carried out with
        for a in madj:
            salvo = toks[a.start - 1].lstrip("و") if a.start >= 1 else ""
            if (
                0 < a.start - trig.end <= 6
                and salvo[:1] == "ب"
                and salvo[1:] in INSTRUMENT_QUANTITIES
                and _one_clause(s, trig.end, a.start)
            ):
                return a
    return best


def _build_launch(
    lex: Lexicon, s: Sentence, trig: Mention, obj: Mention, kind: str, *, pub: date | None
) -> EventMention:
    rules = [trig.term.source, obj.term.source, f"launch:{trig.cat}:{trig.term.sub}"]
    t = trig.start
    status, srules = clause_status(lex, s, t, pub, trig)
    rules += srules
    if status == "asserted" and kind == "missile_launch" and measured_from(s, t):
        status = "historical"
        rules.append("status:before_the_news")
    end = max(trig.end, obj.end)
    # (also right after a verbal noun, before its object: "إطلاق مرتقب لقمر تجسس"، "إطلاق وشيك لصاروخ")
    right_after = s.tokens[trig.end] if obj.start > trig.end and trig.end < len(s.tokens) else ""
    if status == "asserted" and (
        right_after in POSSIBILITY_ADJECTIVES or any(tok in POSSIBILITY_ADJECTIVES for tok in s.tokens[end : end + 2])
    ):
        # "هجوم صاروخي محتمل"، "ضربة وشيكة": possible, imminent or expected
        status = "planned"
        rules.append("status:possibility_adjective")
    d, dated, old = nearest_date(lex, s, t, pub, launch=True)
    base = d if d is not None else pub
    if t >= 1 and s.tokens[t - 1] in DAY_AFTER_WORDS and base is not None and not old:
        # "فرضت واشنطن عقوبات اليوم غداة إطلاق بيونغ يانغ صاروخا": the day before the clause's day
        d, dated = base - timedelta(days=1), True
        rules.append("date:day_after")
    # "وجاء التصويت بعد يوم واحد من إطلاق بيونغ يانغ ثلاثة صواريخ": so many days before the clause's day (the
    # article's when the clause has none)
    # (not when the launch has its own day after it: "بعد يومين من إطلاق الصاروخ في 13 مايو")
    # (a space launch too: "التحمت المركبة بالمحطة أمس بعد يومين من إطلاقها")
    back = span_before(s, t) if not old else 0
    if back and any(i > t and day is not None for i, day, _old in date_mentions(lex, s, pub)):
        back = 0
    if back and dated and d is not None:
        d = d - timedelta(days=back)
        rules.append("date:span_before")
    status, drules = date_status(status, d, old, pub)
    rules += drules
    trig_tok = s.tokens[trig.start]
    claimed = claim_before(s, trig) is not None
    if status == "asserted" and not claimed:
        generic = trig_tok in GENERIC_TRIGGERS or s.tokens[obj.start] in GENERIC_TRIGGERS
        # "إطلاق الصواريخ" (masdar + definite plural) speaks of launches in general
        if trig.cat == "launch" and trig.term.sub == "nouns" and obj.cat == "mnoun" and obj.term.sub == "plural":
            counted = any(0 <= obj.start - q.end <= 1 for q in s.of("vague", "card")) or (
                obj.start > 0 and s.tokens[obj.start - 1].isdecimal()
            )
            # "إطلاق عشرات الصواريخ": a counted salvo is a particular launch; so is one a leader supervises
            # ("كيم يشرف على مناورة رماية لراجمات صواريخ")
            # (also "أشرف الزعيم كيم جونغ أون أمس على تدريب رماية لراجمات الصواريخ", through the supervisor's name)
            particular = any(
                c.term.sub == "supervision"
                and supervisor_named(s, c)
                and 0 <= trig.start - c.end <= 12
                and not any(c.end <= k < trig.start for k in s.commas)
                and not any(t in COMPLEMENTISERS for t in s.tokens[c.end : trig.start])
                for c in s.of("coop")
            )
            # "رصد إطلاق قذائف صاروخية": a launch detected is a particular one; so are missiles of a named type
            # ("إطلاق صواريخ بعيدة المدى من طراز شهاب 3")
            particular = particular or any(
                (d.cat == "launch" and d.term.sub == "detection" and d.end == trig.start)
                or (d.cat == "weapon" and 0 <= d.start - obj.end <= 5)
                for d in s.mentions
            )
            # "بعد إطلاق صواريخ من غزة"، "ردا على إطلاق صواريخ": the launch something answered or followed
            particular = particular or any(t in CAUSE_LINKS for t in s.tokens[max(0, trig.start - 4) : trig.start])
            # "أعلنت إجراءها تجربة إطلاق صواريخ"، "أكد الحرس إطلاقه صواريخ": a launch its launcher owns is its own act
            # (with the missiles after it; in "الصواريخ التي عملت طهران على اختبارها" the pronoun is the missiles)
            particular = particular or (
                obj.start > trig.start
                and any(t.lstrip("وب") in POSSESSIVE_MASDARS for t in s.tokens[max(0, trig.start - 3) : trig.start + 1])
            )
            # "أجرت بيونغ يانغ تجربة على صواريخ فرط صوتية"، "إجراء الجيش تجربة ناجحة لإطلاق صواريخ كروز": a test
            # somebody conducted is one test
            particular = (
                particular
                or any(
                    v.term.sub == "test_verbs"
                    and 0 <= trig.start - v.end <= 5
                    and not any(v.end <= k <= trig.start for k in s.commas)
                    for v in s.of("launch")
                )
                or any(
                    s.tokens[k].lstrip("وب") in CONDUCT_MASDARS and not any(k < c <= trig.start for c in s.commas)
                    for k in range(max(0, trig.start - 6), trig.start)
                )
            )
            # "يدين إطلاق الحوثي للصواريخ الباليستية"، "إطلاق الحوثيين الصواريخ": a launch whose launcher follows the
            # verbal noun as its subject is that side's act
            particular = particular or any(
                c.cat == "actor" and c.start == trig.end and c.term.sub != "territory" for c in s.mentions
            )
            # "أعلن الحرس الثوري إطلاق رشقة من الصواريخ"، "أعلنت الجماعة اليوم إطلاق صواريخ": a launch announced as
            # such (its announcer, a day between) is one launch
            fillers = {
                k
                for m in s.mentions
                if m.cat in ("actor", "person", "reldate", "weekday")
                for k in range(m.start, m.end)
            }
            # (also with the preposition the verb may take: "أعلنت كوريا الشمالية عن إطلاق صواريخ كروز"; and with the
            # announcer's title and description between: "أعلنت كتائب القسام، الذراع العسكري لحركة حماس، إطلاق رشقة")
            particular = particular or any(_announces(s, r, trig, fillers) for r in s.cue("reporting"))
            # "عاجل | إطلاق رشقة صاروخية من جنوب لبنان باتجاه الشمال": a headline's launch from or toward somewhere is
            # one launch
            particular = particular or (
                s.field == "title"
                and any(
                    s.tokens[k] in ORIGIN_PREPOSITIONS or s.tokens[k] in DIRECTIONS
                    for k in range(obj.end, min(len(s.tokens), obj.end + 4))
                )
            )
            # "تبادل إطلاق الصواريخ بين إسرائيل وحزب الله": an exchange of fire is one episode
            particular = particular or any(t in EXCHANGE_WORDS for t in s.tokens[max(0, trig.start - 6) : trig.start])
            # "ردت فصائل فلسطينية بإطلاق قذائف صاروخية": the launch a side responded with is one act
            particular = particular or (
                s.tokens[trig.start].lstrip("و")[:1] == "ب"
                and any(t.lstrip("وف") in RESPONSE_VERBS for t in s.tokens[max(0, trig.start - 4) : trig.start])
            )
            # "أجرت القوات تدريبات لإطلاق الصواريخ التكتيكية اليوم": a dated drill or operation of launching
            particular = particular or (
                dated and any(t in PROCESS_HEADS for t in s.tokens[max(0, trig.start - 2) : trig.start])
            )
            # "شملت المناورات إطلاق صواريخ باليستية"، "التدريبات تضمنت إطلاق صواريخ": what a drill included was fired
            # (the launch is what was included, right after the verb or its drill: not "شملت مبنى تجميع واختبار صواريخ")
            before = s.tokens[max(0, trig.start - 2) : trig.start]
            particular = particular or (
                bool(before)
                and (
                    before[-1] in INCLUDING_VERBS_PAST
                    or (len(before) == 2 and before[0] in INCLUDING_VERBS_PAST and before[1].lstrip("و") in DRILL_NOUNS)
                )
            )
            # "حضر التجربة الأولى لمنظومة صواريخ موجهة"، "اختبار نظام جديد للصواريخ الفرط صوتية": the missiles name
            # the one system tested
            particular = particular or any(s.tokens[k] in SYSTEM_NOUNS for k in range(max(0, obj.start - 2), obj.start))
            if not counted and not particular:
                generic = generic or is_definite(s.tokens[obj.start]) or not dated
        if generic:
            status = "historical"
            rules.append("status:generic_plural")
    if (
        status == "asserted"
        and s.field == "text"
        and not dated
        and (trig.term.sub in ("verbs_present", "flight") or trig.term.source == "triggers:war:verbs_present")
        and not trig_tok.startswith(SELF_MOTION_VERB_STEMS)
        and not _ongoing_for_days(s, trig)
    ):
        # present tense in running text without a date describes a capability or habit, not a reported launch
        status = "analysis"
        rules.append("status:present_undated")
    if (
        status == "asserted"
        and trig.term.sub == "verbs_present"
        and not dated
        and (prev_tok(s, trig.start) in RELATIVES or (0 <= trig.start - obj.end <= 2 and obj.term.sub == "plural"))
        and not trig_tok.startswith(SELF_MOTION_VERB_STEMS)
    ):
        # "صواريخ تطلق من الغواصات"، "الصواريخ التي تطلق من البحر": a present verb describing its missile tells
        # what the missile can do, not that one was launched
        status = "analysis"
        rules.append("status:capability")
    # ("أطلق حزب الله في الأيام الستة الماضية نحو 200 صاروخ يوميا": a past verb's daily rate over the past days)
    toks = s.tokens
    recent_rate = trig.term.sub == "verbs_past" and any(
        toks[k] in RECENT_SPAN_HEADS and any(t in RECENT_SPAN_ENDERS for t in toks[k + 1 : k + 3])
        for k in range(max(0, trig.start - 4), min(len(toks), obj.start))
    )
    if (
        status == "asserted"
        and not recent_rate
        and any(t in HABITUAL_WORDS for t in s.tokens[max(trig.end, obj.end) : max(trig.end, obj.end) + 4])
    ):
        # "تطلق قمرا صناعيا كل 3 ساعات": a launch every so often is a habit or a capability, not one launch
        status = "analysis"
        rules.append("status:habitual")
    if status == "asserted" and any(
        t in SERIES_ADJECTIVES for t in s.tokens[max(trig.end, obj.end) : max(trig.end, obj.end) + 3]
    ):
        # "عمليات الإطلاق الصاروخية المتكررة": a series of launches
        status = "historical"
        rules.append("status:series")
    if status == "asserted" and any(
        s.tokens[k] in LIKENESS_WORDS and not any(k < c <= trig.start for c in s.commas)
        for k in range(max(0, trig.start - 16), trig.start)
    ):
        # "خط متوهج يشبه الأثر الذي يتركه صاروخ فالكون 9 لدى إطلاقه": a launch something is likened to
        status = "analysis"
        rules.append("status:likeness")
    if status == "asserted" and _is_masdar(trig, trig_tok) and not dated and _generic_subject(s, trig, obj):
        # "إن إطلاق قمر صناعي يتطلب سنوات من التحضير": a launch as the subject of a general truth
        status = "analysis"
        rules.append("status:generic_subject")
    if status == "asserted" and _by_the_soviet_union(s, trig):
        # "وقد أطلق الاتحاد السوفيتي أول قمر صناعي سبوتنيك 1": a launch by a state that is gone is history
        status = "historical"
        rules.append("status:soviet_union")
    if status == "asserted" and _describes_a_group(s, trig, obj):
        # "للحوثيين المتحالفين مع إيران، الذين أطلقوا صواريخ على السعودية": what a group is known for doing
        status = "historical"
        rules.append("status:group_description")
    if status == "asserted" and not dated and _attacks_in_general(s, trig, obj):
        # "شن عليها الحوثيون هجمات عشوائية بالصواريخ"، "هجمات بالصواريخ عبر الحدود": attacks with missiles in general
        status = "historical"
        rules.append("status:generic_plural")
    if status == "asserted" and _lam_prefixed(s, trig):
        status = "planned"
        rules.append("status:purpose_lam")
    if status in ("planned", "denied") and _attempt_with_outcome(s, trig):
        # "فشلت المحاولة الثانية لإطلاق قمر اصطناعي"، "محاولتها لإطلاق صاروخ يحمل قمرا انتهت بالفشل": an attempt
        # that failed or succeeded took place
        status = "asserted"
        rules.append("status:attempt_outcome")
        # (and dated like any launch that took place: "وفي مايو الماضي فشلت محاولة الشمال إطلاق قمر صناعي")
        status, drules = date_status(status, d, old, pub)
        rules += drules
    if (
        status == "asserted"
        and trig.cat == "launch"
        and trig.term.sub == "nouns"
        and _topic_head(s, trig)
        and not _dated_right_after(s, obj)
    ):
        # "إنذارات متعلقة بإطلاق صواريخ"، "مخاوف بشأن تجارب صاروخية": launches as a topic, not as news (a worry
        # about the launch of yesterday is about news: "أبدت اليابان قلقا إزاء إطلاق صاروخ باليستي أمس")
        status = "analysis"
        rules.append("status:topic")
    if status == "asserted" and any(
        h.start in (obj.start - 1, trig.start - 1)
        or (h.start == obj.start - 2 and obj.start - 1 == trig.start)
        # ("بإسقاط أي وجميع الصواريخ"، "أي أو كل صاروخ": any and every missile)
        or (h.start == obj.start - 2 and s.tokens[obj.start - 1] in ANY_AND_ALL)
        # ("صواريخ تضرب أي مدينة"، "قادرة على ضرب أي هدف": a strike on any target is what missiles can do)
        or (h.start == trig.end and trig.term.source == IMPACT_SOURCE and s.tokens[h.start].endswith("اي"))
        for h in s.cue("hypothetical")
    ):
        # "أي صاروخ"، "أي تجربة صاروخية": any launch at all, i.e. none in particular
        status = "planned"
        rules.append("status:any")
    if (
        status == "asserted"
        and s.field == "text"
        and s.index >= LEAD_SENTENCES
        and not dated
        and _is_masdar(trig, trig_tok)
        and not claimed
        and not _governed_masdar(s, trig)
        and not 0 < back < LONG_AFTER_DAYS
    ):
        # a verbal noun in running text past the lead, with no date: launches talked about, not reported
        # (not one a counted span of days before the news dates: "جاء ذلك بعد يوم من إطلاق كوريا الشمالية صاروخين")
        status = "analysis"
        rules.append("status:undated_masdar")
    actors, arules = launch_actors(lex, s, trig, obj)
    rules += arules
    m = EventMention(kind, status, s, min(t, obj.start), max(trig.end, obj.end), actors=actors, rules=rules)
    m.event_date, m.dated = d, dated
    m.days_before = 0 if dated else back
    m.bare_plural = obj.cat == "mnoun" and obj.term.sub == "plural"
    if kind == "missile_launch":
        launch_count(s, obj, m)
        missile_classes(lex, s, obj, trig, m)
        m.mode = launch_mode(s, trig, obj, actors)
        if m.status == "asserted" and _tally(s, trig, obj, m):
            m.status = "historical"
            m.rules.append("status:tally")
        elif m.status == "asserted" and _times_over(s, trig, obj):
            m.status = "historical"
            m.rules.append("status:times_tally")
    else:
        fill_space_launch(s, obj, m)
    return m


def _destroyed_on_the_ground(s: Sentence, trig: Mention, o: Mention) -> bool:
    """ "تدمير مواقع صواريخ"، "أسفرت الضربة عن تدمير عدد ضخم من الصواريخ": missiles destroyed where they were kept,
    or as what a strike achieved, were never fired (a destroying defence, "دمرت الدفاعات صاروخين", intercepts)."""
    toks = s.tokens
    if "دمر" not in toks[trig.start] and "تدمير" not in toks[trig.start]:
        return False
    stored = o.start >= trig.end and any(toks[k].lstrip("وبل") in MISSILE_STORE_NOUNS for k in range(trig.end, o.start))
    # ("تدمير 12 عربة بـ13 صاروخا": the missiles destroyed something else; they were not destroyed)
    stored = stored or (o.start > trig.end and _with_instrument_ba(toks, o))
    # (the destruction is the result a strike led to: "أسفرت عن تدمير"، "أدت إلى تدمير")
    led_to = trig.start >= 2 and toks[trig.start - 1] in RESULT_PREPOSITIONS
    result = led_to and toks[trig.start - 2].startswith(RESULT_STEMS)
    return stored or result or (o.start >= trig.end and _with_its_launcher(toks, o))


def _ever(s: Sentence, m: Mention) -> bool:
    """ "أقوى صاروخ فضائي على الإطلاق": "at all, ever", no launch."""
    return s.tokens[m.start] == "الاطلاق" and prev_tok(s, m.start) == "علي"


def _system_that_warns(s: Sentence, trig: Mention) -> bool:
    """ "شبكة إنذار الهجوم الصاروخي"، "تحذيرات مبكرة عند رصد الصواريخ القادمة": the missile attack an early-warning
    system is named for, or the detection it is built for, is no attack and no detection."""
    toks = s.tokens
    if trig.cat == "war" and trig.term.sub == "nouns":
        warn = [k for k in range(max(0, trig.start - 2), trig.start) if toks[k] in WARNING_NOUNS]
        return any(toks[j] in WARNING_SYSTEM_HEADS for k in warn for j in range(max(0, k - 2), k))
    # ("لاكتشاف الصواريخ المهاجمة": detection as a purpose)
    purpose = toks[trig.start].startswith("ل") or (trig.start >= 1 and toks[trig.start - 1] in PURPOSE_DETECTION_WORDS)
    return trig.term.sub == "detection" and purpose


def _with_its_launcher(toks: list[str], o: Mention) -> bool:
    """ "دمرت صاروخا ومنصة إطلاق"، "دمرت صاروخين مضادين للسفن ومنصتي إطلاق": a missile destroyed together with its
    launcher was on the ground, never fired."""
    after = range(o.end, min(len(toks), o.end + 4))
    return any(toks[k].startswith("و") and toks[k][1:] in ROCKET_LAUNCHER_NOUNS for k in after)


def _times_over(s: Sentence, trig: Mention, obj: Mention) -> bool:
    """ "استخدمت أكثر من ألفي مرة في عمليات قتالية، بينما تمت تجربتها 500 مرة": a launch counted in times, many of
    them, adds up a record; it reports none of them."""
    toks = s.tokens
    end = max(trig.end, obj.end)
    counts = {c.end: int(c.term.value) for c in s.of("card")}
    for k in range(end, min(len(toks), end + 5)):
        if toks[k] not in TIMES_NOUNS:
            continue
        before = toks[k - 1] if k >= 1 else ""
        n = int(before) if before.isdecimal() else counts.get(k, 0)
        if n >= 3:
            return True
    return False


def _ongoing_for_days(s: Sentence, trig: Mention) -> bool:
    """ "وتقصف القوات الحكومية منذ أيام بالقذائف والصواريخ": a present strike that has gone on for a recent span
    (days, hours, since the morning) is going on now, not a habit."""
    return any(_since_recently(s.tokens, k) for k in range(max(0, trig.start - 6), trig.end + 6))


def _since_recently(toks: list[str], k: int) -> bool:
    """ "منذ أيام"، "منذ صباح اليوم": a span since token k that began a few hours or days ago."""
    return k + 1 < len(toks) and toks[k] in TALLY_SINCE and toks[k + 1] in RECENT_SPANS


def _tally(s: Sentence, trig: Mention, obj: Mention, m: EventMention) -> bool:
    """ "أطلق الحوثيون أكثر من مئة صاروخ منذ بداية الحرب": a count of launches since a point in the past adds up
    earlier launches; it reports none of them as news."""
    end = max(trig.end, obj.end)
    clause_end = min([c for c in s.commas if c > end] + [len(s.tokens)])
    since = [k for k in range(end, min(clause_end, end + 8)) if s.tokens[k] in TALLY_SINCE]
    # (or between the verb and its count: "أطلقت كوريا الشمالية منذ مطلع العام أكثر من 20 صاروخا")
    since = [k for k in range(trig.end, obj.start) if s.tokens[k] in TALLY_SINCE] + since
    # (not a recent span, before or after: "أطلقت إيران منذ مساء أمس أكثر من 150 صاروخا"، "نحو 100 صاروخ منذ صباح
    # اليوم")
    since = [k for k in since if not _since_recently(s.tokens, k)]
    # "خلال ضرباته على مواقع": during the attack itself, not over a period
    since = [k for k in since if not (k + 1 < len(s.tokens) and s.tokens[k + 1].startswith(EPISODE_STEMS))]
    # "وصل عدد الهجمات الصاروخية على المملكة حتى الآن 125 هجمة": the number of strikes, undated, sums them up
    count_head = trig.start >= 1 and s.tokens[trig.start - 1] in TALLY_HEADS
    if count_head and not any(d.cat in ("reldate", "weekday") for d in s.mentions):
        return True
    if not since:
        return False
    if any(t in SUPERLATIVES for t in s.tokens[max(0, min(trig.start, obj.start) - 4) : since[0]]):
        # "في أكبر هجوم بالصواريخ تتعرض له منذ بدء الحرب"، "قصفت بصواريخ كورية لأول مرة منذ بدء الحرب": the
        # biggest or the first since a point, not a running total
        return False
    many = m.count is not None and m.count >= 10
    return many or m.count_qualifier in ("at_least", "approx", "several") or m.bare_plural
