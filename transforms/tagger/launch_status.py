"""One launch mention built from its trigger and object: its status (asserted, planned, historical, reported,
analysis) from the clause around it, its launchers, date, count, classes and mode."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from transforms.lexicon import Lexicon, Mention
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
    prev_tok,
    statement_aside,
    supervisor_named,
)
from transforms.tagger.space import fill_space_launch
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
    ANNOUNCED_OBJECT_WORDS,
    ANNOUNCING_MASDARS,
    ANNOUNCING_VERBS,
    ANSWER_HEADS,
    ANY_AND_ALL,
    ATTEMPT_NOUNS,
    ATTEMPT_OUTCOMES,
    ATTEMPT_VERBS,
    CARRYING_OUT_NOUNS,
    CARRYING_OUT_VERBS,
    CASUALTY_NOUNS,
    CAUSE_LINKS,
    COMING_VERBS,
    COMPLEMENTISERS,
    CONDITION_OPENERS,
    CONDUCT_MASDARS,
    CONFRONTING_FINITE,
    CONFRONTING_STEMS,
    DAY_AFTER_WORDS,
    DEFINITE_POSSIBILITY_ADJECTIVES,
    DIRECTIONS,
    DISCUSSION_MASDARS,
    DOING_VERBS,
    DRILL_NOUNS,
    EPISODE_STEMS,
    EXCHANGE_WORDS,
    FALL_MASDARS,
    GENERIC_PREDICATES,
    GENERIC_TRIGGERS,
    HABITUAL_WORDS,
    INCLUDING_VERBS_PAST,
    INTERCEPT_MASDARS,
    INTERCEPT_PRESENT,
    LIKENESS_WORDS,
    LOCATIVE_RESUMPTIVES,
    MASDAR_PREPOSITIONS,
    MEDIA_NOUNS,
    OCCURRED_VERBS,
    ORIGIN_PREPOSITIONS,
    PASSIVE_AUXILIARIES,
    PLURAL_RELATIVES,
    PLURAL_STRIKE_NOUNS,
    POSSESSIVE_MASDARS,
    POSSIBILITY_ADJECTIVES,
    PROCESS_HEADS,
    PROTEST_HEADS,
    RECENT_ADJECTIVES,
    RECENT_SPAN_ENDERS,
    RECENT_SPAN_HEADS,
    RECENT_SPANS,
    RELATIVES,
    REPEL_MASDARS,
    RESPONSE_VERBS,
    RESULT_VERBS,
    SELF_MOTION_VERB_STEMS,
    SERIES_ADJECTIVES,
    SOVIET_WORDS,
    SPACE_MASDARS,
    STRIKE_VERBAL_NOUNS,
    SUBJUNCTIVE_PARTICLES,
    SUPERLATIVES,
    SUPPORT_MASDARS,
    SYSTEM_NOUNS,
    TALLY_HEADS,
    TALLY_REPORT_NOUNS,
    TALLY_SINCE,
    TIMES_NOUNS,
    TOPIC_HEADS,
    TRAINING_VERBS,
    UNREAL_CONDITIONS,
    WHENEVER_WORDS,
    YES_NO_OPENERS,
)


def _announces(s: Sentence, verb: Mention, trig: Mention, fillers: set[int]) -> bool:
    """Whether the reporting word `verb` announces the launch `trig`: an announcing verb with nothing between but the
    announcer, the day, the preposition عن and the asides an announcement may hold (or an announcer found by name)."""
    if s.tokens[verb.start].lstrip("و") not in ANNOUNCING_VERBS or verb.end > trig.start:
        return False
    # (and the pronoun of the statement the verb announces in: "أصدر الحرس مساء أمس بيانا أعلن فيه عن إطلاق صواريخ")
    between = [
        k
        for k in range(verb.end, trig.start)
        if k not in fillers and s.tokens[k] != "عن" and not (k == verb.end and s.tokens[k] in LOCATIVE_RESUMPTIVES)
    ]
    if between:
        asides = _announcing_asides(s, verb, trig)
        if any(k not in asides for k in between):
            return announcer(s, verb, trig) is not None
    return True


def _announcement_fillers(s: Sentence) -> set[int]:
    """The tokens of the announcer and the day, which may stand between an announcing verb and what it announces."""
    return {k for m in s.mentions if m.cat in ("actor", "person", "reldate", "weekday") for k in range(m.start, m.end)}


def _announced_masdar(s: Sentence, trig: Mention) -> bool:
    """ "وأعلنت الوزارة اعتراض صاروخين فوق العاصمة"، "أعلن الجيش في بيان سقوط صاروخ": the verbal noun is the object
    of an announcing verb a short subject before it (no comma, complementiser or relative between), a launch the
    announcement reports as done."""
    toks = s.tokens
    for r in s.cue("reporting"):
        if toks[r.start].lstrip("و") not in ANNOUNCING_VERBS or not 0 <= trig.start - r.end <= 6:
            continue
        between = toks[r.end : trig.start]
        if any(r.end < c <= trig.start for c in s.commas):
            continue
        if not any(t in COMPLEMENTISERS or t in RELATIVES for t in between):
            return True
    return False


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
    # ("شنت روسيا ضربات واسعة بالصواريخ على كييف، مما أسفر عن مقتل 15 شخصا": strikes with their toll are one attack)
    after = s.tokens[obj.end : obj.end + 10]
    tolled = any(
        t.lstrip("و") in RESULT_VERBS and any(x in CASUALTY_NOUNS for x in after[j + 1 : j + 4])
        for j, t in enumerate(after)
    )
    return bool(nouns) and instrument and not counted and not owned and not tolled


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


# the nouns of answering or revenge ("ردا"، "انتقاما"), without the verb "رد": built once, read for each masdar
_ANSWER_NOUNS = ANSWER_HEADS - {"رد"}

WHENEVER_REACH = 3  # tokens from whenever to the launch: "كلما قامت إيران بإطلاق"
SUPPOSED_REACH = 5  # tokens from an unreal if to the launch: "لو أن كوريا الشمالية أطلقت"
CONFRONTED_REACH = 8  # tokens from a confronting verb to the strike: "تصدت الدفاعات الجوية ليلا لقصف"


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
    # ("تصدت وحدات الدفاع الأوكرانية فجر اليوم لقصف روسي بالصواريخ"، "مع تصدي المضادات الأوكرانية
    # لهجوم صاروخي روسي": a finite verb, or its bare verbal noun, further off, its subject and a time between)
    confronted = confronted or _confronted_strike(s, m)
    # (the strike's nisba right after it, or after its missile adjective)
    if confronted and any(
        o.cat == "actor" and o.term.sub == "nisba" and m.end <= o.start <= m.end + 1 for o in s.mentions
    ):
        return False
    return tok[:1] == "ل" or tok[:2] in ("ول", "فل")


def _in_clause_before(s: Sentence, start: int, reach: int, found: Callable[[int], bool]) -> bool:
    """Whether `found` holds for one of the `reach` tokens before `start`, walking back in the clause (stopping at a
    comma)."""
    for k in range(start - 1, max(-1, start - 1 - reach), -1):
        if k + 1 in s.commas:
            return False
        if found(k):
            return True
    return False


def _confronted_strike(s: Sentence, m: Mention) -> bool:
    """A finite or bare confronting word ("تصدت"، "تتصدى"، "تصدي") at most CONFRONTED_REACH tokens before a ل-prefixed
    strike noun, no comma between, itself not prefixed with ل or ال (not "للتصدي"، "قادرة على التصدي")."""
    return _in_clause_before(s, m.start, CONFRONTED_REACH, lambda k: s.tokens[k].lstrip("وف") in CONFRONTING_FINITE)


def _whenever(s: Sentence, start: int) -> bool:
    """ "كلما أطلقت الصين مركبة"، "وكلما قامت إيران بإطلاق صاروخ": whenever a few words before the launch, in its
    clause (no comma between)."""
    return _in_clause_before(s, start, WHENEVER_REACH, lambda k: s.tokens[k] in WHENEVER_WORDS)


def _supposed(s: Sentence, start: int) -> bool:
    """ "لو أن الصين أطلقت مسبارا"، "تخيل لو أنك أطلقت للتو صاروخا"، "لنفترض أن كوريا أطلقت": an unreal if or an
    imagined case a few words before the launch, in its clause (no comma between)."""

    def supposing(k: int) -> bool:
        # ("أما إن انطلق صاروخ نحو اليابان فسيصعب": after "as for", إن is an if, not the particle of a report)
        return s.tokens[k] in UNREAL_CONDITIONS or (
            s.tokens[k] == "ان" and k >= 1 and s.tokens[k - 1] in CONDITION_OPENERS
        )

    return _in_clause_before(s, start, SUPPOSED_REACH, supposing)


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


def _dated_right_after(s: Sentence, obj: Mention) -> bool:
    """A day named just after the launched object, in its own phrase ("إطلاق صاروخ باليستي جديد أمس")."""
    return any(
        d.cat in ("reldate", "weekday")
        and 0 <= d.start - obj.end <= 3
        and not any(obj.end <= k < d.start for k in s.commas)
        and not any(obj.end <= r.start < d.start for r in s.cue("reporting"))
        for d in s.mentions
    )


def _news_came_after(s: Sentence, m: Mention) -> bool:
    """ "وجاءت الغارات الليلية في أعقاب إطلاق فيلق القدس صواريخ"، "ويأتي القصف بعد إطلاق الحوثيين صاروخا": the
    launch the reported news came after (a verb of coming, then a word of sequence right before the verbal noun)."""
    toks = s.tokens
    if not any(t in CAUSE_LINKS for t in toks[max(0, m.start - 2) : m.start]):
        return False
    return any(
        toks[k] in COMING_VERBS and not any(k < c <= m.start for c in s.commas)
        for k in range(max(0, m.start - 8), m.start)
    )


def _governed_masdar(s: Sentence, m: Mention) -> bool:
    """A verbal noun that a finite verb reports as done: "تم إطلاق"، "استبقت كوريا الشمالية اللقاء بإطلاق"."""
    if prev_tok(s, m.start) in PASSIVE_AUXILIARIES:
        return True
    tok = s.tokens[m.start]
    # ("قامت روسيا بتوجيه ضربة صاروخية": the strike is what the verbal noun of a verb of doing carries out)
    if (
        m.start >= 1
        and s.tokens[m.start - 1].lstrip("و") in SUPPORT_MASDARS
        and any(t.lstrip("وف") in DOING_VERBS for t in s.tokens[max(0, m.start - 5) : m.start - 1])
    ):
        return True
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
    # "هاجم الجيش مواقع ردا على إطلاق قذيفتين"، "انتقاما من إطلاق": a strike a finite verb reports as done answers a
    # launch that took place (the noun of answering or revenge, not the verb "رد")
    if (
        m.start >= 2
        and toks[m.start - 1] in ("علي", "من")
        and toks[m.start - 2].lstrip("و") in _ANSWER_NOUNS
        and any(
            v.cat == "war" and v.term.sub == "verbs" and v.end <= m.start - 2 and not is_definite(toks[v.start])
            for v in s.mentions
        )
    ):
        return True
    # "شنت قوات التحالف العربي قصفا صاروخيا": the object of a finite strike verb just before it
    return any(
        v.cat == "war"
        and v.term.sub == "verbs"
        and 1 <= m.start - v.start <= 5
        and not is_definite(s.tokens[v.start])
        # (not the verbal noun itself: "أدت الهجمات إلى شن ضربات صاروخية")
        and not _strike_verb_as_noun(s, v)
        and not any(v.start < c <= m.start for c in s.commas)
        for v in s.mentions
    )


def _attempt_with_outcome(s: Sentence, trig: Mention) -> bool:
    toks = s.tokens
    attempt = any(
        toks[k].lstrip("و") in ATTEMPT_NOUNS | ATTEMPT_VERBS for k in range(max(0, trig.start - 4), trig.start)
    )
    return attempt and any(t.lstrip("و") in ATTEMPT_OUTCOMES for t in toks)


def _attempted(s: Sentence, trig: Mention) -> bool:
    """The launch noun is what an attempt noun or verb just before it, in the same clause, tried to do."""
    toks = s.tokens
    return any(
        toks[k].lstrip("و") in ATTEMPT_NOUNS | ATTEMPT_VERBS and not any(k < c <= trig.start for c in s.commas)
        for k in range(max(0, trig.start - 4), trig.start)
    )


def _is_masdar(m: Mention, tok: str) -> bool:
    if m.cat == "launch" and m.term.sub == "nouns":
        return True
    if m.cat == "launch" and m.term.sub == "interception":
        return m.term.tokens[0] in INTERCEPT_MASDARS
    if m.cat == "space" and m.term.sub == "verbs":
        return m.term.tokens[0] in SPACE_MASDARS
    # an indefinite strike noun ("هجمات صاروخية") is generic; "الضربة الصاروخية" names a known strike
    return m.cat == "war" and m.term.sub == "nouns" and not is_definite(tok)


def _drilled(s: Sentence, trig: Mention) -> bool:
    """ "تدريبات على اعتراض الصواريخ"، "تدربت القوات على اعتراض"، "تمرين لاعتراض صاروخ"، "محاكاة اعتراض": an
    interception that a drill noun or a verb of training governs, through على or ل, or right after it."""
    toks = s.tokens
    k = trig.start - 1
    if k >= 0 and toks[k] in ("علي", "في"):
        k -= 1
    if k >= 0 and (toks[k].lstrip("و") in DRILL_NOUNS or toks[k].lstrip("و") in TRAINING_VERBS):
        return True
    # ("تدربت القوات الأمريكية في اليابان اليوم على اعتراض": the verb of training, its subject, place and day between)
    return k < trig.start - 1 and any(toks[i].lstrip("و") in TRAINING_VERBS for i in range(max(0, k - 6), k))


def _repel_drill(s: Sentence, trig: Mention) -> bool:
    """ "وركزت التدريبات على مواجهة الهجمات الصاروخية"، "مناورات للتدريب على صد هجمات صاروخية": a strike noun right
    after a verbal noun of repelling, with a drill noun or a verb of training before it in the clause."""
    toks = s.tokens
    k = trig.start - 1
    if k < 0 or toks[k] not in REPEL_MASDARS:
        return False
    lead = range(max(0, k - 10), k)
    return any(
        (toks[i].lstrip("و") in DRILL_NOUNS or toks[i].lstrip("و") in TRAINING_VERBS)
        and not any(i < c <= k for c in s.commas)
        for i in lead
    )


def _interceptors(s: Sentence, trig: Mention, obj: Mention) -> bool:
    """ "تم استخدام نحو 700 صاروخ لعمليات الاعتراض"، "صواريخ للاعتراض": missiles right before the purpose lam of an
    interception (on its noun or on the noun of operations before it), with no missile after it in the sentence, are
    the ones that intercept."""
    toks = s.tokens
    if not (obj.end <= trig.start <= obj.end + 1) or obj.end >= len(toks) or not toks[obj.end].startswith("ل"):
        return False
    return not any(o.start >= trig.end for o in s.of("mnoun", "weapon"))


def _subjunctive(s: Sentence, trig: Mention) -> bool:
    """A present launch, test or strike verb right after the particle أن ("أن تجري"، "أن تطلق"، "أن يختبر"), or the
    launch noun such a verb carries in its clause ("أن تجري القوات تجارب إطلاق صواريخ")."""

    def subjunctive_verb(m: Mention) -> bool:
        present = (m.cat == "launch" and m.term.sub in ("verbs_present", "test_verbs")) or (
            m.term.source == "triggers:war:verbs_present"
        )
        tok = s.tokens[m.start].lstrip("و")
        return present and tok[:1] in ("ت", "ي", "ن") and prev_tok(s, m.start) in SUBJUNCTIVE_PARTICLES

    if subjunctive_verb(trig):
        return True
    return (
        trig.cat == "launch"
        and trig.term.sub == "nouns"
        and any(
            subjunctive_verb(v)
            and v.end <= trig.start <= v.end + 4
            and not any(v.end <= c <= trig.start for c in s.commas)
            for v in s.of("launch")
        )
    )


def _strike_verb_as_noun(s: Sentence, m: Mention) -> bool:
    """ "ودفع الهجوم الدول الثلاث إلى شن ضربة صاروخية": a strike verb's form that is also its verbal noun, right after
    a preposition, names the strike (what something led to or answered), not a finite act."""
    return (
        m.cat == "war"
        and m.term.sub == "verbs"
        and s.tokens[m.start] in STRIKE_VERBAL_NOUNS
        and prev_tok(s, m.start) in MASDAR_PREPOSITIONS
    )


def _possible(toks: list[str], k: int) -> bool:
    """Token `k` qualifies a strike as possible, imminent or expected: "هجوم صاروخي محتمل"; the definite form only
    agreeing with a definite word before it ("الضربة الصاروخية الأمريكية المحتملة", not "من المحتمل أن")."""
    tok = toks[k]
    if tok in POSSIBILITY_ADJECTIVES:
        return True
    return tok in DEFINITE_POSSIBILITY_ADJECTIVES and k >= 1 and toks[k - 1].startswith(("ال", "وال"))


def build_launch(
    lex: Lexicon, s: Sentence, trig: Mention, obj: Mention, kind: str, *, pub: date | None
) -> EventMention:
    rules = [trig.term.source, obj.term.source, f"launch:{trig.cat}:{trig.term.sub}"]
    t = trig.start
    status, srules = clause_status(lex, s, t, pub, trig)
    rules += srules
    if status == "asserted" and kind == "missile_launch" and measured_from(s, t):
        status = "historical"
        rules.append("status:before_the_news")
    if status == "asserted" and trig.cat == "launch" and trig.term.sub == "interception" and _drilled(s, trig):
        # "أجرت سيول وواشنطن تدريبات على اعتراض صواريخ كوريا الشمالية": interception practised in a drill; no
        # missile was fired at the interceptors
        status = "planned"
        rules.append("status:interception_drill")
    if status == "asserted" and trig.cat == "war" and trig.term.sub == "nouns" and _repel_drill(s, trig):
        # "ركزت التدريبات على مواجهة الهجمات الصاروخية": the attacks a drill practises repelling were not fired
        status = "planned"
        rules.append("status:repel_drill")
    end = max(trig.end, obj.end)
    # (also right after a verbal noun, before its object: "إطلاق مرتقب لقمر تجسس"، "إطلاق وشيك لصاروخ")
    right_after = trig.end if obj.start > trig.end and trig.end < len(s.tokens) else -1
    if status == "asserted" and (
        (right_after >= 0 and _possible(s.tokens, right_after))
        or any(_possible(s.tokens, k) for k in range(end, min(end + 2, len(s.tokens))))
    ):
        # "هجوم صاروخي محتمل"، "ضربة وشيكة": possible, imminent or expected
        status = "planned"
        rules.append("status:possibility_adjective")
    d, dated, old = nearest_date(lex, s, t, pub, launch=True)
    comp = max((i for i in range(t) if s.tokens[i] in COMPLEMENTISERS), default=-1)
    if dated and d is not None and comp >= 0:
        # "أعلن الجيش، فجر الاثنين، أن دفاعاته اعترضت خمسة صواريخ": the only day is the announcement's, before the
        # clause of the launch (merge may give it the day a later sentence names for the same salvo)
        days = [i for i, day, _old in date_mentions(lex, s, pub) if day is not None]
        if days and all(i < comp for i in days):
            rules.append("date:report_day")
            if t >= 2 and s.tokens[t - 1] == "علي" and s.tokens[t - 2].lstrip("و") in ANSWER_HEADS:
                # "قال الجيش، الأربعاء، إنه قصف أهدافا ليلا ردا على إطلاق صواريخ": the launch the strikes answered
                # came before them (merge may give it the day another sentence names for it)
                rules.append("date:answered_before_the_report")
    base = d if d is not None else pub
    day_after = (t >= 1 and s.tokens[t - 1] in DAY_AFTER_WORDS) or _day_after_announcement(s, t)
    if day_after and base is not None and not old:
        # "فرضت واشنطن عقوبات اليوم غداة إطلاق بيونغ يانغ صاروخا": the day before the clause's day (also through
        # the announcement of the launch: "غداة إعلان الجيش الكوري الجنوبي عن رصد إطلاق صواريخ")
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
    # ("التجارب الصاروخية جرت في مدن أصفهان وطهران": launches the clause says took place are particular ones)
    # (through a word of newness: "التجارب الصاروخية الأخيرة أجريت")
    skip = 1 if end < len(s.tokens) and s.tokens[end] in RECENT_ADJECTIVES else 0
    occurred = end + skip < len(s.tokens) and s.tokens[end + skip] in OCCURRED_VERBS
    if status == "asserted" and not claimed:
        generic = trig_tok in GENERIC_TRIGGERS or s.tokens[obj.start] in GENERIC_TRIGGERS
        # "أجرت كوريا الشمالية اليوم الأربعاء أول اختبارات لصواريخ باليستية منذ خمسة أشهر": plural tests that a
        # verb of carrying out gives a subject and the clause a day are that day's tests (also after its verbal
        # noun: "أعلنت كوريا الشمالية عن إجراء اختبارات لإطلاق صواريخ كروز، يوم الأربعاء")
        lead = range(max(0, trig.start - 6), trig.start)
        if (
            generic
            and dated
            and any(s.tokens[k].lstrip("و") in CARRYING_OUT_VERBS for k in lead)
            and not any(k in s.commas for k in lead)
        ):
            generic = False
        if (
            generic
            and dated
            and any(
                _announced_carrying_out(s, k) and not any(j in s.commas for j in range(k + 1, trig.start + 1))
                for k in lead
            )
        ):
            generic = False
        generic = generic and not occurred
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
            # "وقد تم إطلاق قذائف صاروخية نحو البلدات"، "وجرى إطلاق صواريخ": a launch the auxiliary of completion
            # reports took place
            particular = particular or prev_tok(s, trig.start) in PASSIVE_AUXILIARIES
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
            fillers = _announcement_fillers(s)
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
            # "يجتمع المجلس لبحث إطلاق الفصائل صواريخ": the firing a session is held to discuss is one episode
            particular = particular or (trig.start > 0 and s.tokens[trig.start - 1] in DISCUSSION_MASDARS)
            if not counted and not particular and not occurred:
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
        and not (trig_tok.lstrip("وفب") in FALL_MASDARS and not is_definite(s.tokens[obj.start]))
        and not _ongoing_for_days(s, trig)
    ):
        # present tense in running text without a date describes a capability or habit, not a reported launch
        # ("أفادت مصادر أمنية بسقوط ثلاثة صواريخ": the verbal noun of a fall is neither, unless it tells the known
        # missiles' end: "انتهت التجارب بسقوط الصواريخ")
        status = "analysis"
        rules.append("status:present_undated")
    if (
        status == "asserted"
        and trig.term.sub == "verbs_present"
        and (not dated or "date:report_day" in rules)
        and (prev_tok(s, trig.start) in RELATIVES or (0 <= trig.start - obj.end <= 2 and obj.term.sub == "plural"))
        and not trig_tok.startswith(SELF_MOTION_VERB_STEMS)
    ):
        # "صواريخ تطلق من الغواصات"، "الصواريخ التي تطلق من البحر": a present verb describing its missile tells
        # what the missile can do, not that one was launched — also where the only day is the report's ("قالت
        # الصحيفة الجمعة إن قراصنة سرقوا خطط صاروخ جديد يطلق من الغواصات": the day dates the report, not a launch)
        status = "analysis"
        rules.append("status:capability")
    if (
        status == "asserted"
        and trig.cat == "launch"
        and trig.term.sub == "interception"
        and not dated
        and trig_tok.lstrip("و") in INTERCEPT_PRESENT
        and prev_tok(s, trig.start) in RELATIVES
    ):
        # "شبكة من الرادارات وقاذفات الصواريخ التي تعترض الصواريخ القادمة": what an interceptor system does
        status = "analysis"
        rules.append("status:interceptor_capability")
    intercepting = trig.cat == "launch" and trig.term.sub == "interception"
    if status == "asserted" and intercepting and _interceptors(s, trig, obj):
        # "تم استخدام نحو 700 صاروخ لعمليات الاعتراض": the missiles used to intercept are the interceptors
        status = "analysis"
        rules.append("status:interceptor_missiles")
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
    if status == "asserted" and _whenever(s, min(trig.start, obj.start)):
        # "كلما أطلقت كوريا الشمالية قمرا صناعيا ارتفع التوتر": whenever it launches, a repeated case
        status = "analysis"
        rules.append("status:whenever")
    if status == "asserted" and s.tokens and s.tokens[0] in YES_NO_OPENERS and min(trig.start, obj.start) <= 8:
        # "هل ينجح صاروخ فالكون هيفي في رحلته الأولى؟": a launch asked about, not reported
        status = "analysis"
        rules.append("status:question")
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
    if status == "asserted" and _subjunctive(s, trig):
        # "ودعا الزعيم إلى أن تجري عمليات إطلاق صواريخ أخرى": what is called for or decided, not done
        status = "planned"
        rules.append("status:subjunctive")
    if status == "asserted" and _lam_prefixed(s, trig):
        status = "planned"
        rules.append("status:purpose_lam")
    if status == "asserted" and trig.cat == "launch" and trig.term.sub == "nouns" and _attempted(s, trig):
        # "أثناء محاولة المسلحين إطلاق صاروخ"، "الخلية التي حاولت إطلاق صواريخ": an attempt is a launch only with its
        # outcome told (below)
        status = "planned"
        rules.append("status:attempt")
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
    if status == "asserted" and _supposed(s, min(trig.start, obj.start)):
        status = "planned"
        rules.append("status:supposed")
    if (
        status == "asserted"
        and s.field == "text"
        and s.index >= LEAD_SENTENCES
        and not dated
        and (_is_masdar(trig, trig_tok) or _strike_verb_as_noun(s, trig))
        and not claimed
        and not _governed_masdar(s, trig)
        and not 0 < back < LONG_AFTER_DAYS
        and not occurred
        and not _news_came_after(s, trig)
        # ("وأعلنت الوزارة اعتراض صاروخين فوق العاصمة": a missile launch an announcing verb reports as done, late in a
        # story; not a space launch, which later paragraphs announce as background)
        and not (kind == "missile_launch" and _announced_masdar(s, trig))
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
        if m.status == "asserted" and not m.dated and (_times_over(s, trig, obj) or _space_tally(s, trig, obj)):
            # "أطلقت الشركة صاروخها 20 مرة منذ 2015"، "أطلقت الصين أكثر من 30 قمرا منذ بداية العام": a record
            # (not a launch its clause dates: "أطلقت سبيس إكس الجمعة صاروخا استخدم خمس مرات")
            m.status = "historical"
            m.rules.append("status:space_tally")
    return m


def _day_after_announcement(s: Sentence, t: int) -> bool:
    """ "غداة إعلان الجيش الكوري الجنوبي عن رصد إطلاق بيونغ يانغ عدة صواريخ": the launch at token t is what an
    announcement made the day after which the clause speaks of, with no comma between."""
    toks = s.tokens
    for j in range(t - 1, max(0, t - 8), -1):
        if j in s.commas or (j < t - 1 and toks[j] in DAY_AFTER_WORDS):
            return False
        if toks[j] in ANNOUNCING_MASDARS:
            return j >= 1 and toks[j - 1] in DAY_AFTER_WORDS and not any(k in s.commas for k in range(j, t + 1))
    return False


def _announced_carrying_out(s: Sentence, k: int) -> bool:
    """ "أعلنت كوريا الشمالية عن إجراء اختبارات"، "أعلنت اليوم إجراء تجارب": the verbal noun of carrying out at token
    k, right after عن or within four words after a verb of announcing (not "تواصل إجراء تجارب"، "بعدم إجراء")."""
    if s.tokens[k] not in CARRYING_OUT_NOUNS or k < 1:
        return False
    if s.tokens[k - 1] in ANNOUNCED_OBJECT_WORDS:
        return True
    return any(s.tokens[j].lstrip("و") in ANNOUNCING_VERBS for j in range(max(0, k - 4), k))


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


def _space_tally(s: Sentence, trig: Mention, obj: Mention) -> bool:
    """ "أطلقت الصين أكثر من 30 قمرا صناعيا منذ بداية العام": many satellites or probes counted over a period since
    a point in the past add up earlier launches; they report none of them as news."""
    toks = s.tokens
    end = max(trig.end, obj.end)
    clause_end = min([c for c in s.commas if c > end] + [len(toks)])
    since = [k for k in range(end, min(clause_end, end + 8)) if toks[k] in TALLY_SINCE]
    since = [k for k in since if not _since_recently(s, k)]
    if not since:
        return False
    if any(t in SUPERLATIVES for t in toks[max(0, min(trig.start, obj.start) - 4) : since[0]]):
        return False  # "أطلقت الهند 104 أقمار دفعة واحدة لأول مرة منذ": a first or a record since a point
    digits = [toks[k] for k in range(max(0, obj.start - 2), obj.start) if toks[k].isdecimal()]
    cards = [int(c.term.value) for c in s.of("card") if 0 <= obj.start - c.end <= 1]
    n = int(digits[-1]) if digits and len(digits[-1]) < 4 else (cards[-1] if cards else 0)
    return n >= TALLY_MANY


ABOUT_PREPOSITIONS = frozenset({"حول", "عن", "بشان"})
TALLY_MANY = 3  # launches or satellites counted over a period that make a record, not one launch


def _ongoing_for_days(s: Sentence, trig: Mention) -> bool:
    """ "وتقصف القوات الحكومية منذ أيام بالقذائف والصواريخ": a present strike that has gone on for a recent span
    (days, hours, since the morning) is going on now, not a habit."""
    return any(_since_recently(s, k) for k in range(max(0, trig.start - 6), trig.end + 6))


def _since_recently(s: Sentence, k: int) -> bool:
    """ "منذ أيام"، "منذ صباح اليوم"، "خلال 35 دقيقة"، "خلال ثلاث ساعات": a span since token k that began a few hours
    or days ago, or lasted a counted few minutes or hours."""
    toks = s.tokens
    if k + 1 >= len(toks) or toks[k] not in TALLY_SINCE:
        return False
    unit = k + 1
    if toks[unit].isdecimal() or any(c.start == unit and c.end == unit + 1 for c in s.of("card")):
        unit += 1
    return unit < len(toks) and toks[unit] in RECENT_SPANS


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
    since = [k for k in since if not _since_recently(s, k)]
    # "خلال ضرباته على مواقع": during the attack itself, not over a period
    since = [k for k in since if not (k + 1 < len(s.tokens) and s.tokens[k + 1].startswith(EPISODE_STEMS))]
    # "وصل عدد الهجمات الصاروخية على المملكة حتى الآن 125 هجمة": the number of strikes, undated, sums them up
    toks = s.tokens
    head = trig.start - 1 if trig.start >= 1 and toks[trig.start - 1] in TALLY_HEADS else -1
    # "أن عدد الصواريخ الباليستية التي أطلقت على السعودية بلغ 225 صاروخا": the number of the missiles that were
    # launched, through a relative clause
    if (
        head < 0
        and obj.start >= 1
        and toks[obj.start - 1] in TALLY_HEADS
        and 0 < trig.start - obj.end <= 3
        and any(toks[k] in RELATIVES for k in range(obj.end, trig.start))
    ):
        head = obj.start - 1
    # "نشر الجيش مساء اليوم معطيات حول سقوط صواريخ المقاومة": figures published on launches
    if (
        head < 0
        and trig.start >= 2
        and toks[trig.start - 1] in ABOUT_PREPOSITIONS
        and toks[trig.start - 2] in TALLY_REPORT_NOUNS
    ):
        head = trig.start - 2
    # (a day before the count or the figures dates their telling: "أعلن التحالف اليوم الاثنين أن عدد الصواريخ")
    if head >= 0 and not any(d.cat in ("reldate", "weekday") and d.start > head for d in s.mentions):
        return True
    if not since:
        return False
    if any(t in SUPERLATIVES for t in s.tokens[max(0, min(trig.start, obj.start) - 4) : since[0]]):
        # "في أكبر هجوم بالصواريخ تتعرض له منذ بدء الحرب"، "قصفت بصواريخ كورية لأول مرة منذ بدء الحرب": the
        # biggest or the first since a point, not a running total
        return False
    many = m.count is not None and m.count >= 10
    return many or m.count_qualifier in ("at_least", "approx", "several") or m.bare_plural
