"""What a launch word launched: the missile, rocket, vehicle or payload paired with a trigger in its clause, or none
when the word fires something else (a site named after a rocket, launchers destroyed on the ground, a rocket's
impact as the subject)."""

from __future__ import annotations

from transforms.lexicon import Mention, load_lexicon
from transforms.tagger.details import IMPACT_SOURCE
from transforms.tagger.sentences import (
    Sentence,
    is_definite,
    object_suffix,
    prev_tok,
)
from transforms.tagger.words import (
    AFTER_SUBORDINATORS,
    ANTI_STEMS,
    BEFORE_WORDS,
    CARRIER_LINKS,
    CLAUSE_CONNECTORS,
    COMPLEMENTISERS,
    COMPONENT_NOUNS,
    COUNT_APPROXIMATORS,
    CREW_HEADS,
    DEBRIS_NOUNS,
    DEVELOPMENT_MASDARS,
    ENGINE_TEST_WORDS,
    GOODS_NOUNS,
    INSTRUMENT_QUANTITIES,
    INTERCEPTOR_ADJECTIVES,
    MISSILE_SPECIALISTS,
    MISSILE_STORE_NOUNS,
    MODEL_PHRASE_WORDS,
    ORIGIN_PREPOSITIONS,
    PELTING_WORDS,
    PREPOSITIONS,
    PURPOSE_DETECTION_WORDS,
    READINESS_WORDS,
    RELATIVES,
    RESULT_PREPOSITIONS,
    RESULT_STEMS,
    ROCKET_LAUNCHER_NOUNS,
    SATELLITE_ADJECTIVES,
    SKIP_BEFORE_LAUNCH,
    TAKE_OFF_STEMS,
    TARGET_PREPOSITIONS,
    WARNING_NOUNS,
    WARNING_SYSTEM_HEADS,
)

_LAUNCH_WORD_SUBS = frozenset({"nouns", "verbs_past", "verbs_present", "verbs_future"})


# what may stand between a launch verb and its object without counting as distance: the subject, the time, the count
GAP_FILLER_CATS = frozenset({"actor", "person", "reldate", "weekday", "month", "qual", "card", "vague"})


# "نفذنا عملية نوعية بصاروخين": an operation noun is a strike with the missiles it is carried out with
OPERATION_SOURCE = "triggers:war:nouns_operation"


def completes_a_thing(prev: str) -> bool:
    """ "منصة إطلاق"، "بمنصات إطلاق صواريخ"، "ومنصات إطلاق": a launch noun completing a place, programme or equipment
    noun (with its clitics و، ب، ل، ف) names a thing, not a launch."""
    if prev in SKIP_BEFORE_LAUNCH:
        return True
    for clitics in ("وب", "ول", "فب", "و", "ب", "ل", "ف"):
        if prev.startswith(clitics) and prev[len(clitics) :] in SKIP_BEFORE_LAUNCH:
            return True
    return False


def names_a_site(s: Sentence, m: Mention) -> bool:
    """ "من مركز جيوتشيوان لإطلاق الأقمار الصناعية"، "قاعدة سمنان لإطلاق الصواريخ": a launch noun with لـ after a site
    head and its one- or two-word name is part of the site's name, not a purpose."""
    toks = s.tokens
    if not toks[m.start].startswith("ل") or m.term.sub not in ("nouns", "verbs"):
        return False
    for k in (m.start - 2, m.start - 3):
        if k >= 0 and completes_a_thing(toks[k]):
            name = toks[k + 1 : m.start]
            # (the words between are a name: no preposition, no other launch or strike word, no number)
            return not any(
                t in PREPOSITIONS or t.isdigit() or any(o.start == j for o in s.mentions if o.cat != "place")
                for j, t in enumerate(name, k + 1)
            )
    return False


def _one_clause(s: Sentence, a: int, b: int) -> bool:
    """Whether tokens a..b stay in one clause: no comma, complementiser, relative pronoun or other verb of launching
    or striking between."""
    toks = s.tokens
    if any(a < c <= b for c in s.commas) or any(t in COMPLEMENTISERS or t in RELATIVES for t in toks[a:b]):
        return False
    return not any(
        a <= m.start < b and m.cat in ("launch", "war") and (m.term.sub or "").startswith("verbs") for m in s.mentions
    )


def _the_moon(s: Sentence, o: Mention) -> bool:
    """ "القمر" alone is the Moon ("رحلة إلى القمر"، "القمر الوردي"); a satellite is "قمر صناعي" or an indefinite
    "قمرا" in a launch."""
    tok = s.tokens[o.start]
    if o.end - o.start != 1 or not is_definite(tok):
        return False
    return tok.endswith("قمر") and not (o.end < len(s.tokens) and s.tokens[o.end] in SATELLITE_ADJECTIVES)


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
    # ("هجوما على أوكرانيا بأكثر من 30 صاروخا"، "بنحو 20 صاروخا": an approximate count carries the preposition)
    for k in range(max(0, o.start - 3), o.start):
        rest = toks[k + 1 : o.start]
        if (
            toks[k][:1] == "ب"
            and toks[k][1:] in COUNT_APPROXIMATORS
            and all(t == "من" or t.isdecimal() or t in _CARDINALS for t in rest)
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


def is_defence(m: Mention) -> bool:
    return any("دفاع" in tok for tok in m.term.tokens)


def _has_prep_clitic_name(o: Mention) -> bool:
    """A launched object's own first letter ب (باليستي) is not the instrumental preposition."""
    return o.term.tokens[0].startswith("ب")


def _ready_for_launch(s: Sentence, o: Mention, launch_words: list[int]) -> bool:
    """ "صاروخ أرض جو للحوثيين كان معدا للإطلاق"، "صواريخ جاهزة للإطلاق": the missile `o` is described as ready for a
    launch word that follows it in the same clause."""
    toks = s.tokens
    hi = min([c for c in s.commas if c >= o.end] + [len(toks), o.end + 10])
    # ("صاروخي كروز كانا معدين للانطلاق": ready for lift-off, a flight word)
    lift_off = {m.start for m in s.of("launch") if m.term.sub == "flight" and s.tokens[m.start].startswith("لل")}
    if any(
        toks[k].lstrip("و") in READINESS_WORDS and (k + 1 in launch_words or k + 1 in lift_off)
        for k in range(o.end, hi)
    ):
        return True
    # "دمرت البحرية ثلاثة صواريخ للجماعة، قبيل إطلاقها": destroyed just before the launch that
    # resumes them with its pronoun (a comma may stand between)
    return any(
        toks[k].lstrip("و") in BEFORE_WORDS and k + 1 in launch_words and object_suffix(toks[k + 1])
        for k in range(o.end, min(len(toks) - 1, o.end + 10))
    )


def pair_object(s: Sentence, trig: Mention, objects: list[Mention], madj: list[Mention]) -> Mention | None:
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
        m.start for m in s.mentions if m.cat == "launch" and m.term.sub in _LAUNCH_WORD_SUBS and not names_a_site(s, m)
    ]
    filler = {k for m in s.mentions if m.cat in GAP_FILLER_CATS for k in range(m.start, m.end)}
    for o in objects:
        # ("أقلع الصاروخ من القاعدة حاملا المركبة": a take-off verb lifts a plain rocket noun too)
        took_off = o.cat == "mnoun" and toks[trig.start].lstrip("و").startswith(TAKE_OFF_STEMS)
        if trig.cat == "space" and o.cat not in ("vehicle", "payload") and not took_off:
            continue
        if o.cat == "payload" and _the_moon(s, o):
            continue
        if o.cat == "payload" and prev_tok(s, o.start) in DEVELOPMENT_MASDARS:
            continue  # "تطلق تجربة جديدة لتطوير قمر صناعي": the satellite is the programme's aim, not launched
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
        # ("قصفت ثلاث قواعد بالصواريخ": missiles behind the instrument's ب struck the bases)
        instrument = toks[o.start].startswith(("ب", "وب"))
        if (
            trig.cat == "war"
            and o.start >= 1
            and toks[o.start - 1].lstrip("وبل") in MISSILE_STORE_NOUNS
            and not instrument
        ):
            continue  # "استهدفت منصات صواريخ"، "قصف مخازن صواريخ": the missiles' launchers or stores were the target
        if (
            trig.cat == "war"
            and o.start >= 2
            and toks[o.start].startswith("و")
            and toks[o.start - 2].lstrip("وبل") in MISSILE_STORE_NOUNS
        ):
            continue  # (and missiles coordinated after another kind: "استهدفت منصات مسيرات وصواريخ")
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
        if prev_tok(s, o.start).lstrip("وبل") in MISSILE_SPECIALISTS:
            continue  # "مقتل خبيري صواريخ في غارة": the missiles name the trade of the people killed, not a launch
        if trig.cat == "war" and prev_tok(s, o.start) in DEVELOPMENT_MASDARS:
            continue  # "بعد الهجوم الأخير من أجل تطوير الصواريخ": missiles developed are no strike's instrument
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
            if (
                trig.cat == "space"
                and toks[trig.start].endswith("وا")
                and o.cat == "payload"
                and o.end < len(toks)
                and toks[o.end] == "من"
                and _one_clause(s, o.end, trig.start)
            ):
                # "ثلاثة رواد فضاء من كندا والهند وألمانيا انطلقوا": a plural lift-off verb agrees with the crew before
                # it, past the crew's countries
                limit = 8
            if trig.cat == "launch" and sub in ("verbs_past", "verbs_present") and object_suffix(toks[trig.start]):
                # "صاروخين باليستيين من طراز توشكا-يو أطلقتهما كييف": a verb resuming the missile with its
                # pronoun reaches it across the missile's class and type (its model's name and number)
                described = {k for m in s.of("mclass", "weapon") for k in range(m.start, m.end)}
                d = min(
                    d,
                    sum(
                        1
                        for k in range(o.end, trig.start)
                        if k not in described and toks[k] not in MODEL_PHRASE_WORDS and not toks[k].isdigit()
                    ),
                )
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
            # ("أجرت اختبارا لمحرك صاروخي جديد": the adjective of the engine tested, no launch)
            if a.start == trig.end + 1 and toks[trig.end] in ENGINE_TEST_WORDS:
                continue
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
    # ("دمرت أربعة صواريخ على منصات الإطلاق": a missile destroyed on its launcher)
    on_launcher = any(
        toks[k] in ("علي", "وعلي") and toks[k + 1] in ROCKET_LAUNCHER_NOUNS
        for k in range(o.end, min(len(toks) - 1, o.end + 3))
    )
    return stored or result or (o.start >= trig.end and (_with_its_launcher(toks, o) or on_launcher))


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
