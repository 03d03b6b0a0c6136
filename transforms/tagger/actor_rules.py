"""The rule families that name who launched, one function each, by stage; `launch_actors` tries them in order.

Each rule reads an `ActorContext` and returns the launcher codes and its rule name, or None to let the next one try.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.lexicon import Mention
from transforms.tagger.sentences import (
    Sentence,
    actor_of,
    announcer,
    announcer_name_at,
    before_site,
    first_person,
    has_prep_before,
    is_definite,
    launcher_code,
    object_suffix,
    prev_tok,
    statement_aside,
    supervisor_named,
)
from transforms.tagger.words import (
    ACCUSATION_NOUNS,
    ACCUSE,
    AIRCRAFT_NOUNS,
    AIRCRAFT_TARGETS,
    ANNOUNCED_OBJECT_WORDS,
    ANNOUNCING_MASDARS,
    ANNOUNCING_VERBS,
    ANSWER_HEADS,
    ANTI_STEMS,
    ARMY_SELF_REFERENCES,
    ASPECTUAL_VERBS,
    ATTEMPT_NOUNS,
    BETWEEN_WORDS,
    BLAME_VERBS,
    BLOC_NISBAS,
    CARRYING_OUT_VERBS,
    CAUSE_LINKS,
    CLAIM_FILLERS,
    CLAIM_VERBS,
    CLAIM_VERBS_WITH_OBJECT,
    CLAUSE_CONNECTORS,
    COMPLEMENTISERS,
    CONDUCT_MASDARS,
    CROSSING_WORDS,
    DOER_HEADS,
    DOING_MASDARS,
    DOING_VERBS,
    EXCHANGE_WORDS,
    FIRING_CRAFT,
    FORCE_HEADS,
    HELD_AREA_HEADS,
    INSTRUMENT_PREPOSITIONS,
    INSTRUMENT_QUANTITIES,
    INTERCEPTION_STEMS,
    LAUNCHING_CRAFT,
    LOCATIVE_RESUMPTIVES,
    MAKER_WORDS,
    MODEL_PHRASE_WORDS,
    NOTIFYING_VERBS,
    OFFICIAL_TITLES,
    ORIGIN_PREPOSITIONS,
    ORIGIN_RESUMPTIVES,
    OUTLET_HEADS,
    PASSIVE_AUXILIARIES,
    PLACE_HEADS,
    POSITION_HEADS,
    POSSESSIVE_MASDARS,
    POSSESSIVE_SUFFIXES,
    PREPOSITIONS,
    PRONOUN_COMPLEMENTISERS,
    PRONOUN_ENDED_COMPLEMENTISERS,
    PROXIMITY_WORDS,
    REGION_NOUNS,
    RELATIVES,
    RESPONSE_VERBS,
    RESUMPTIVE_VERB_RE,
    SELF_REFERENCES,
    SIDE_ADJECTIVES,
    STRIKE_MANNER_ADJECTIVES,
    STRUCK_HEADS,
    SUCCESS_VERBS,
    SYRIAN_NISBAS,
    SYSTEM_NOUNS,
    TARGET_NOUNS,
    TARGET_PREPOSITIONS,
    TRANSITIVE_STRIKE_MASDARS,
    UNDERTAKING_PREPOSITIONS,
    UNDERTAKING_VERBS,
    UNKNOWN_ORIGIN_WORDS,
    UNNAMED_AGENTS,
    USE_PARTICIPLES,
    WESTERN_CODES,
)

if TYPE_CHECKING:
    from transforms.tagger.actors import ActorContext

Found = tuple[tuple[str, ...], list[str]]

# sides whose territory names the launcher of what is fired from it ("صواريخ أطلقت من غزة"، "من إيران"، "من الأراضي
# الروسية"، "من لبنان"); not a territory several sides fire from (Syria)
_LAUNCHING_TERRITORIES = frozenset({"GAZA", "YEM", "HOUTHI", "PRK", "IRN", "RUS", "HEZBOLLAH"})
_STATES_FIRING_FROM_HOME = frozenset({"IRN", "RUS"})


def claim_before(s: Sentence, trig: Mention) -> Mention | None:
    """A claim of responsibility governing the trigger ("يتبنى إطلاق"، "مسؤوليته عن إطلاق")."""
    for c in s.cue("claim"):
        # ("نفت حركة حماس مسؤوليتها عن إطلاق صاروخ": a denied responsibility claims nothing)
        denied = any(0 < c.start - d.start <= 6 for d in s.cue("denial", "negation"))
        # ("يحمّل الجيش سلطات البلد المجاور مسؤولية أي قصف صاروخي": a responsibility laid on another is no claim)
        denied = denied or any(t.lstrip("و") in BLAME_VERBS for t in s.tokens[max(0, c.start - 8) : c.start])
        if (0 < trig.start - c.end <= 3 or 0 < trig.start - c.start <= 5) and not denied:
            return c
        # ("أعلنت أوكرانيا مسؤوليتها اليوم الأحد عن سلسلة من الهجمات الصاروخية": through the day and a quantity)
        if 0 < trig.start - c.end <= 12 and not denied:
            timed = {k for m in s.of("reldate", "weekday", "past", "month") for k in range(m.start, m.end)}
            rest = [
                k
                for k in range(c.end, trig.start)
                if k not in timed and s.tokens[k] not in CLAIM_FILLERS and s.tokens[k] not in INSTRUMENT_QUANTITIES
            ]
            if len(rest) <= 1:
                return c
    return None


# --- opening rules: tried on the trigger as found, verb or masdar ---------------------------------------------------


def claimant(ctx: ActorContext) -> Found | None:
    """0a. who claims the launch launched it: "الحرس الثوري يتبنى إطلاق"، "أعلن الحرس مسؤوليته عن إطلاق"."""
    s, toks = ctx.s, ctx.toks
    claim = claim_before(s, ctx.trig)
    if claim is not None:
        lo = max([i for i in range(claim.start) if toks[i] in COMPLEMENTISERS] + [0])
        before = [c for c in ctx.cands if lo <= c.start < claim.start and not has_prep_before(s, c)]
        if before:
            return ctx.with_coord(max(before, key=lambda x: x.start)), ["actor:claimant"]
        # "تبنى حزب الله في بيان قصف ثكنة": the claim verb's subject after it, before what it claims
        after = [
            c
            for c in ctx.cands
            if claim.end <= c.start < ctx.trig.start and not has_prep_before(s, c) and c.term.sub != "nisba"
        ]
        if after and toks[claim.start].lstrip("و") in CLAIM_VERBS:
            return ctx.with_coord(min(after, key=lambda x: x.start)), ["actor:claimant"]
    # "سقوط صاروخ باليستي في محيط المطار تبناه الحوثيون": a claim verb on the missile after it, its subject next
    end = max(ctx.trig.end, ctx.obj.end)
    for k in range(end, min(len(toks), end + 8)):
        if toks[k] in CLAIM_VERBS_WITH_OBJECT:
            after = [c for c in ctx.cands if 0 < c.start - k <= 2 and not has_prep_before(s, c)]
            if after:
                return ctx.with_coord(min(after, key=lambda x: x.start)), ["actor:claimant"]
            break
    return None


def accused(ctx: ActorContext) -> Found | None:
    """0b. the accused: "تتهم إسرائيل فيلق القدس بإطلاق 20 صاروخا" (the accuser is the subject)."""
    toks, trig, cands = ctx.toks, ctx.trig, ctx.cands
    for acc in ctx.s.cue("reporting"):
        if toks[acc.start].lstrip("وف") not in ACCUSE:
            continue
        if 0 < trig.start - acc.end <= 8:
            heads = [c for c in sorted(cands, key=lambda x: x.start) if acc.end <= c.start < trig.start]
            heads = [c for c in heads if not (c.term.sub == "nisba" and any(o.end == c.start for o in heads))]
            subject_before = any(c.end <= acc.start for c in cands)
            found = heads[0] if subject_before and heads else heads[1] if len(heads) >= 2 else None
            if found is not None:
                return ctx.with_coord(found), ["actor:accused"]
        elif 0 < acc.start - trig.end <= 8:
            # "تعرضت القاعدة لهجوم صاروخي، واتهمت واشنطن كتائب حزب الله بتنفيذه": an accusation after the strike
            # whose verbal noun resumes it with a pronoun ("بتنفيذه"، "بشنها"; a definite noun takes none); the
            # accused is the verb's object
            heads = [c for c in sorted(cands, key=lambda x: x.start) if acc.end <= c.start <= acc.end + 5]
            resumed = any(
                toks[k][:1] == "ب" and not toks[k].startswith("بال") and object_suffix(toks[k])
                for k in range(acc.end, min(len(toks), acc.end + 8))
            )
            if len(heads) >= 2 and resumed:
                return ctx.with_coord(heads[1]), ["actor:accused"]
    # "وجهت سوريا وروسيا الاتهام إلى إسرائيل بتنفيذ هجمات": the accusation as a noun, the accused after إلى or ل
    for k in range(max(0, trig.start - 8), trig.start):
        if toks[k].lstrip("و") not in ACCUSATION_NOUNS:
            continue
        accused_after = [c for c in cands if k < c.start < trig.start and c.term.sub != "nisba"]
        # ("اتهام دمشق لإسرائيل بتنفيذ هجوم": the accuser is the masdar's subject; the accused takes ل)
        marked = [c for c in accused_after if toks[c.start][:1] == "ل" and c.term.tokens[0][:1] != "ل"]
        if marked or accused_after:
            return ctx.with_coord(min(marked or accused_after, key=lambda c: c.start)), ["actor:accused"]
    return None


def passive_agent(ctx: ActorContext) -> Found | None:
    """1. passive agent: "من قبل X", "من قبل مسلحي X" (the one nearest the launch), "أطلقه X"."""
    toks, trig = ctx.toks, ctx.trig

    def agent(c: Mention) -> bool:
        return any(k >= 1 and toks[k] == "قبل" and toks[k - 1] == "من" for k in (c.start - 1, c.start - 2))

    def of_interception(c: Mention) -> bool:
        # "وتم إطلاقها …، حيث تم اعتراضها جميعا وتدميرها من قبل قوات الدفاع الجوي": the agent right after an
        # interception or destruction word (bare or with its object pronoun) intercepted, never the launcher
        k = c.start - (3 if toks[c.start - 1] == "قبل" else 4)
        for j in range(k, max(-1, k - 3), -1):
            tok = toks[j].lstrip("و")
            bare = next((t for t in INTERCEPTION_STEMS if tok.startswith(t)), None)
            if bare is not None and tok[len(bare) :] in ("", "ه", "ها", "هم", "هما"):
                return True
        return False

    agents = [c for c in ctx.cands if agent(c) and not of_interception(c)]
    if agents:
        c = min(agents, key=lambda c: abs(c.start - trig.end))
        return ctx.with_coord(c), ["actor:passive_agent"]
    return None


def unnamed_agent(ctx: ActorContext) -> Found | None:
    """1a-. an agent the report does not name: "أطلق مسلحون مجهولون صاروخين"، "صواريخ أطلقها مسلحون"، "من قبل
    مسلحين": the launcher is unknown, whoever else the article names (unless a side follows: "مسلحون حوثيون")."""
    toks, trig, obj = ctx.toks, ctx.trig, ctx.obj
    # "صواريخ مجهولة تضرب مطار التيفور"، "صاروخ مجهول المصدر": missiles of unknown origin (right after the noun,
    # through its adjectives)
    described = {k for m in ctx.s.of("mclass", "madj", "weapon") for k in range(m.start, m.end)}
    k = obj.end
    while k in described:
        k += 1
    # (not when the launch verb names its subject right after or right before it: in "أطلقت كوريا الشمالية صواريخ
    # باليستية مجهولة الهوية" and "أن كوريا الشمالية قد أطلقت صاروخا مجهول الهوية" the missiles' type is unknown)
    subject_end = trig.start - 1 if trig.start >= 1 and toks[trig.start - 1] == "قد" else trig.start
    named_subject = ctx.is_verb and any(c.start == trig.end or c.end == subject_end for c in ctx.cands)
    if k < len(toks) and toks[k] in UNKNOWN_ORIGIN_WORDS and not named_subject:
        return ("UNKNOWN",), ["actor:unknown_origin"]
    spots = []
    if ctx.is_verb:
        spots.append(trig.end)
    spots += [k + 1 for k in range(obj.end, min(len(toks), obj.end + 3)) if RESUMPTIVE_VERB_RE.match(toks[k])]
    spots += [k + 2 for k in range(trig.end, min(len(toks) - 2, trig.end + 6)) if toks[k : k + 2] == ["من", "قبل"]]
    for k in spots:
        if k < len(toks) and toks[k].lstrip("و") in UNNAMED_AGENTS:
            if any(m.cat == "actor" and 0 <= m.start - k <= 3 for m in ctx.s.mentions):
                continue  # ("مسلحون حوثيون"، "مسلحون من غزة": the side is named after all)
            if k + 1 < len(toks) and toks[k + 1].endswith(("يون", "يين")):
                continue  # ("مسلحون فلسطينيون": a people's nisba names the side)
            return ("UNKNOWN",), ["actor:unnamed_agent"]
    # "نقل عن مسؤول أن مهاجمين مجهولين أطلقوا ثلاثة صواريخ": the unnamed agent before its verb (indefinite: "المسلحون"
    # may resume a side named before)
    if ctx.is_verb and trig.start >= 1:
        before = toks[trig.start - 1].lstrip("و")
        if before in UNNAMED_AGENTS and not before.startswith("ال"):
            return ("UNKNOWN",), ["actor:unnamed_agent"]
    return None


def exchange_of_fire(ctx: ActorContext) -> Found | None:
    """1a. an exchange of fire: "تبادل إطلاق الصواريخ بين إسرائيل وحزب الله" — both sides after بين fire
    (or right after the verb of exchanging: "تبادلت إسرائيل وحزب الله إطلاق الصواريخ")."""
    s, toks, trig = ctx.s, ctx.toks, ctx.trig
    exchanged = [k for k in range(max(0, trig.start - 6), trig.start + 1) if toks[k] in EXCHANGE_WORDS]
    if exchanged:
        sides = [
            c
            for c in ctx.cands
            if (prev_tok(s, c.start) in BETWEEN_WORDS and c.start > trig.start) or c.start == exchanged[0] + 1
        ]
        if sides:
            return ctx.with_coord(sides[0]), ["actor:exchange"]
    return None


def conduct_subject(ctx: ActorContext) -> Found | None:
    """1b. "أدانت اليابان إجراء كوريا الشمالية تجربة صاروخية": the conduct's own subject stands between it and the
    test."""
    toks, trig = ctx.toks, ctx.trig
    for c in ctx.cands:
        if (
            c.start >= 1
            and toks[c.start - 1].lstrip("وب") in CONDUCT_MASDARS
            and 0 <= trig.start - c.end <= 1
            and c.term.sub != "nisba"
        ):
            return ctx.with_coord(c), ["actor:conduct_subject"]
    # "قيام عناصر يمنية بقصف الأراضي السعودية": the doer after قيام, a name or a nisba of its people, does what
    # the verbal noun with ب says
    if toks[trig.start][:1] == "ب":
        for c in ctx.cands:
            head = c.start - 1 if c.term.sub == "nisba" and toks[c.start - 1] in DOER_HEADS else c.start
            if head >= 1 and toks[head - 1].lstrip("و") in DOING_MASDARS and 0 <= trig.start - c.end <= 1:
                return ctx.with_coord(c), ["actor:conduct_subject"]
    return None


def possessive_masdar(ctx: ActorContext) -> Found | None:
    """1b. a masdar with the possessive pronoun of the clause's subject: "أعلنت كوريا الشمالية الأربعاء إطلاقها
    صاروخي كروز"، "أكد الحرس الثوري إطلاقه صواريخ"، "أن محاولتها الأخيرة لإطلاق صاروخ"."""
    s, toks, trig = ctx.s, ctx.toks, ctx.trig
    owned = [k for k in range(max(0, trig.start - 3), trig.start + 1) if toks[k].lstrip("وب") in POSSESSIVE_MASDARS]
    # ("صواريخ باليستية جرى إطلاقها": after a passive auxiliary the pronoun is what was launched, not who launched)
    owned = [k for k in owned if not (k >= 1 and toks[k - 1] in PASSIVE_AUXILIARIES)]
    # (so is the conduct of a test right before it: "أعلنت كوريا الشمالية اليوم إجراء تجربة لصاروخ باليستي")
    owned += [k for k in range(max(0, trig.start - 2), trig.start) if toks[k].lstrip("وب") in CONDUCT_MASDARS]
    # ("أعلن الجيش الإسرائيلي عن نجاحه في اعتراض صاروخ": the owner of an interception is the interceptor)
    if trig.cat in ("launch", "space", "war") and owned and not ctx.intercept:
        # (the speaker of the report is the owner of the launch, so a reporting subject counts here; a day and a
        # complementiser may stand between: "أعلنت كوريا الشمالية اليوم الثلاثاء أن محاولتها")
        subj = [c for c in ctx.cands if c.start < owned[0] and owned[0] - c.end <= 5 and actor_of(c)]
        # ("أعلنت وسائل الإعلام الرسمية في كوريا الشمالية اليوم عن اختبارها لصاروخ": the country an outlet speaks
        # in owns the launch)
        outlets = [
            c
            for c in subj
            if prev_tok(s, c.start) == "في"
            and any(toks[k].lstrip("و") in OUTLET_HEADS for k in range(max(0, c.start - 4), c.start - 1))
        ]
        subj = [c for c in subj if c.term.sub != "nisba" and not has_prep_before(s, c)] or outlets
        if subj:
            return ctx.with_coord(max(subj, key=lambda x: x.start)), ["actor:possessive_masdar"]
    # "أعلن الحزب، اليوم الخميس، قصف إسرائيل بصواريخ غراد": a strike announced as the announcer's own act, its
    # verbal noun right after the announcer (and the day)
    # (and a launch, by a side that only ever announces its own: "أعلن الحرس الثوري إطلاق رشقة من الصواريخ"; not
    # Seoul or Tokyo, who announce the North's, nor a launch with its own subject: "أعلنت إيران إطلاق الحوثيين")
    strike = trig.cat == "war" and toks[trig.start].lstrip("و") in TRANSITIVE_STRIKE_MASDARS
    launch = trig.cat == "launch" and trig.term.sub == "nouns" and not any(c.start == trig.end for c in ctx.cands)
    if strike or launch:
        dated = {k for m in s.mentions if m.cat in ("weekday", "reldate") for k in range(m.start, m.end)}
        for r in s.cue("reporting"):
            if toks[r.start].lstrip("و") not in ANNOUNCING_VERBS:
                continue
            # ("قصف الطيران الإسرائيلي مطارا عسكريا، وفق ما أعلنت دمشق": an announcement after the strike only
            # reports it; the announcer named after the strike did not strike)
            if r.start > trig.start:
                continue
            # (a rank or two before the announcer's name: "أعلن العميد يحيى سريع"; or the spokesman who speaks for
            # the announcer: "أعلن الناطق العسكري باسم سرايا القدس")
            named_at = announcer_name_at(toks, r.end)
            subj = [
                c
                for c in ctx.cands
                if c.start in (r.end, named_at)
                and c.term.sub != "nisba"
                # (the verb's preposition too: "أعلنت كوريا الشمالية عن إطلاق صواريخ كروز"; and the medium, with a
                # word or two describing it: "أعلن يحيى سريع في كلمة مصورة إطلاق صاروخ")
                # (and the success it announces: "أعلنت كوريا الشمالية نجاح إطلاق صاروخ جديد")
                and all(
                    k in dated or toks[k] in ANNOUNCED_OBJECT_WORDS or k in statement_aside(toks, c.end)
                    for k in range(c.end, trig.start)
                )
            ]
            # ("أعلن حزب الله اللبناني، مساء اليوم، استهداف"، "أعلنت ميليشيا حزب الله الشيعية اللبنانية إطلاق": the
            # announcer's head, title and description may stand between)
            named = announcer(s, r, trig)
            if not subj and named is not None and named.term.sub != "nisba" and actor_of(named):
                subj = [named]
            if subj and (strike or actor_of(subj[0]) in ctx.lex.self_announcers):
                return ctx.with_coord(subj[0]), ["actor:announced_strike"]
        # the announcement as a verbal noun: "بعد إعلان كوريا الشمالية عن تجربة ناجحة لصاروخ بالستي جديد"
        for k in range(trig.start):
            if toks[k] not in ANNOUNCING_MASDARS:
                continue
            named_at = announcer_name_at(toks, k + 1)
            subj = [
                c
                for c in ctx.cands
                if c.start in (k + 1, named_at)
                and c.term.sub != "nisba"
                and all(j in dated or toks[j] in ANNOUNCED_OBJECT_WORDS for j in range(c.end, trig.start))
            ]
            if subj and (strike or actor_of(subj[0]) in ctx.lex.self_announcers):
                return ctx.with_coord(subj[0]), ["actor:announced_strike"]
    return None


# --- a launch, test or strike verb (or the verb governing a test noun) -----------------------------------------------


def subject_after_verb(ctx: ActorContext) -> Found | None:
    """2. VSO: the subject follows the verb, except in a relative clause ("الصواريخ التي استهدفت السعودية"), whose
    subject is the antecedent and whose following noun is the object."""
    s, toks, trig, obj = ctx.s, ctx.toks, ctx.trig, ctx.obj
    relative = prev_tok(s, trig.start) in RELATIVES and not object_suffix(s.tokens[trig.start])
    # ("في الوقت الذي اختبرت فيه كوريا الشمالية صاروخا": the pronoun of the time or place right after the verb makes
    # the antecedent its adverb, and the verb's subject follows that pronoun)
    # (or of the place it was fired from: "المنطقة التي أطلقت منها كوريا الشمالية صواريخها")
    resumptives = LOCATIVE_RESUMPTIVES | ORIGIN_RESUMPTIVES
    relative = relative and not (trig.end < len(toks) and toks[trig.end] in resumptives)
    # "صاروخين حوثيين استهدفا الرياض": the missiles are the subject of a strike verb, what follows is the target
    missile_subject = obj.end <= trig.start and not object_suffix(toks[trig.start])
    if trig.cat != "war":
        # "الصواريخ أطلقت عمدا على مناطق السعودية": a launch verb right after its bare missile is passive
        bare_obj = not toks[obj.start].startswith(("ب", "وب", "فب", "ل", "ول"))
        missile_subject = missile_subject and bare_obj and trig.start - obj.end <= 2
    # ("القسام تقصف تل أبيب"، "أعلنت أنها قصفت تل أبيب"، "قصفنا تل أبيب": a capital right after a strike verb
    # whose subject came before it is the target; "قصفت واشنطن مواقع" with no subject before keeps the capital)
    subject_before = any(o.start < trig.start and ctx.usable(o) and o.term.sub != "metonym" for o in ctx.cands)
    speaker_pronoun = any(t in PRONOUN_ENDED_COMPLEMENTISERS for t in toks[max(0, trig.start - 2) : trig.start])
    speaker_subject = first_person(toks[trig.start])
    # ("قصفت تل أبيب بصاروخ من اليمن": where the missile came from is named, so the capital was struck)
    origin_named = any(
        o.cat == "actor" and o.start > trig.end and prev_tok(s, o.start) in ORIGIN_PREPOSITIONS for o in s.mentions
    )
    # ("المقاومة تقصف تل أبيب برشقة صاروخية"، "الفصائل تقصف عسقلان": a definite noun opening the clause right before
    # a present strike verb is its subject, though no side it names)
    noun_subject = trig.start == 1 and is_definite(toks[0]) and toks[trig.start][:1] in "تي"
    subject_elsewhere = trig.cat == "war" and (
        subject_before or speaker_pronoun or speaker_subject or origin_named or noun_subject
    )
    # "أعلن حزب الله أنه قصف إسرائيل بعشرات الصواريخ"، "أعلنت الجماعة أنها قصفت إسرائيل": a strike verb right after a
    # pronoun-ended complementiser it agrees with has the pronoun for subject, and the state after it is its target
    # (not "إنه قصفت طائرات إسرائيلية مواقع", the pronoun of the matter before a feminine verb)
    comp_tok = toks[trig.start - 1] if trig.start >= 1 else ""
    pronoun_subject = (
        trig.cat == "war"
        and comp_tok in PRONOUN_ENDED_COMPLEMENTISERS
        and comp_tok.endswith("ها") == toks[trig.start].endswith("ت")
    )
    if pronoun_subject:
        return None
    # "إن روسيا قصفت أوكرانيا بصواريخ": with its subject right before it, a strike verb's next noun is the target
    # (or the speaker's own forces: "أعلن بوتين أن قواته قصفت أوكرانيا")
    svo = trig.cat == "war" and (
        any(o.end == trig.start and ctx.usable(o) and not ctx.origin_nisba(o) for o in ctx.cands)
        or prev_tok(s, trig.start) in SELF_REFERENCES
    )
    for c in sorted(ctx.cands, key=lambda x: x.start):
        if (
            0 <= c.start - trig.end <= 3
            and ctx.usable(c)
            and not ctx.origin_nisba(c)
            and not (relative or missile_subject)
        ):
            # ("ضربنا إسرائيل بـ 200 صاروخ": a first-person verb's subject is its speaker, never the noun after it)
            if (subject_elsewhere and c.term.sub == "metonym") or svo or speaker_subject:
                continue
            # ("قصفت منطقة تل أبيب بصاروخ": a place behind a place noun right after a strike verb is what was struck)
            if trig.cat == "war" and c.start >= 1 and toks[c.start - 1] in PLACE_HEADS:
                continue
            # ("إن كوريا الشمالية أطلقت صاروخا عبر جنوب اليابان": after the launched object, a side behind a place
            # noun or a word of crossing is a place on the missile's path, not who launched it)
            if (
                trig.cat != "war"
                and trig.end <= obj.start
                and obj.end <= c.start
                and (toks[c.start - 1] in PLACE_HEADS or toks[c.start - 1] in CROSSING_WORDS)
            ):
                continue
            # ("صواريخ أطلقتها الدول الغربية، لكن الدفاعات السورية أسقطت": a comma and a connector open a new
            # clause, whose subject is not the verb's)
            if _new_clause(s, trig.end, c.start):
                continue
            # ("الشمال يطلق صاروخين وسيول ترد": a side joined by و after the launched object opens the next clause)
            if toks[c.start].startswith("و") and trig.end <= obj.start and obj.end <= c.start:
                continue
            return ctx.with_coord(c), ["actor:vso"]
    return None


def resumed_subject(ctx: ActorContext) -> Found | None:
    """2b. a verb resuming the missile before it with its object pronoun, in a relative clause without a relative
    pronoun: "كشف الجيش الروسي عن صاروخ جديد أطلقه على مدينة دنيبرو" — its subject is the main clause's, though
    that one reveals or announces it (never the interceptor: "أسقطت الدفاعات صاروخا أطلقه")."""
    s, toks, trig, obj = ctx.s, ctx.toks, ctx.trig, ctx.obj
    if trig.cat == "launch" and object_suffix(toks[trig.start]) and 0 <= trig.start - obj.end <= 6:
        caught = {c.start for c in ctx.interceptors}
        owners = [
            c
            for c in ctx.cands
            if c.end <= obj.start
            and c.start not in caught
            and not has_prep_before(s, c)
            and actor_of(c)
            and launcher_code(actor_of(c) or "") not in ctx.blocked
        ]
        lo = max([i for i in range(obj.start) if toks[i] in COMPLEMENTISERS] + [0])
        owners = [c for c in owners if c.start >= lo]
        if owners:
            return ctx.with_coord(max(owners, key=lambda x: x.start)), ["actor:resumed_subject"]
    return None


def subject_before_verb(ctx: ActorContext) -> Found | None:
    """3. SVO: nearest usable actor before the verb in the clause (after the last complementiser)."""
    s, toks, trig, obj = ctx.s, ctx.toks, ctx.trig, ctx.obj
    if _fired_from_the_antecedent(s, trig):
        return None
    lo = 0
    for i in range(trig.start - 1, -1, -1):
        # (a cause link opens another clause: "قصفت طائرات إسرائيلية موقعين بعد ساعات من إطلاق صواريخ")
        if toks[i] in COMPLEMENTISERS or i in s.commas or toks[i] in CAUSE_LINKS:
            lo = i
            break
    before = [
        c
        for c in ctx.cands
        if lo <= c.start < trig.start
        and ctx.usable(c)
        and not ctx.origin_nisba(c)
        and not _strike_object(ctx.s, c)
        and not _on_a_target(ctx.s, c)
    ]
    bare = not toks[obj.start].startswith(("ب", "وب", "فب", "ل", "ول"))
    # ("تعرضت عسقلان لرشقة صاروخية أطلقت من القطاع": the ل of what a place suffered)
    bare = bare or (
        toks[obj.start].startswith(("ل", "ول")) and any("تعرض" in t for t in toks[max(0, obj.start - 4) : obj.start])
    )
    # ("موسكو تسقط صاروخ توشكا-يو أوكراني استهدف بيلغورود": the missile's model, number and nisba between)
    described = {k for m in s.mentions if m.cat in ("weapon", "mclass", "actor") for k in range(m.start, m.end)}
    gap = sum(
        1
        for k in range(obj.end, trig.start)
        if k not in described and toks[k] not in MODEL_PHRASE_WORDS and not toks[k].isdigit()
    )
    if bare and trig.start - obj.end >= 0 and gap <= 2 and not object_suffix(toks[trig.start]):
        # "اعترضت الدفاعات صاروخا أطلق من صعدة": a verb right after its missile describes the missile
        # (it "was launched"); the actor before the missile is not its subject
        before = [c for c in before if c.start > obj.start]
    if before:
        c = max(before, key=lambda x: x.start)
        if trig.start - c.end <= 8:
            # "الولايات المتحدة وبريطانيا وفرنسا أطلقت": the nearest subject ends a coordination; start at its head
            while toks[c.start].startswith("و"):
                head = next((o for o in before if o.end == c.start), None)
                if head is None:
                    break
                c = head
            return ctx.with_coord(c), ["actor:svo"]
    return None


# --- a masdar (a launch or strike noun) ------------------------------------------------------------------------------


def masdar_subject(ctx: ActorContext) -> Found | None:
    """4. masdar with its subject: "إطلاق كوريا الشمالية صاروخا"، "هجمات إيران الصاروخية" (the next noun of a
    transitive strike masdar is its object, "استهداف تل أبيب بصاروخ"، unless a target follows: "قصف روسيا
    لأوكرانيا")."""
    toks, trig = ctx.toks, ctx.trig
    if trig.cat == "launch" and trig.term.sub == "flight":
        return None  # ("صواريخ إيرانية تضرب تل أبيب"، "سقطت على إسرائيل": what a missile hits or falls on is a place)
    transitive = trig.cat == "war" and toks[trig.start].lstrip("وبل") in TRANSITIVE_STRIKE_MASDARS
    for c in ctx.cands:
        if c.start == trig.end and ctx.usable(c) and c.term.sub != "nisba":
            next_tok = toks[c.end] if c.end < len(toks) else ""
            if transitive and not (next_tok in TARGET_PREPOSITIONS or next_tok[:1] == "ل"):
                continue
            return ctx.with_coord(c), ["actor:masdar_subject"]
    return None


def aspectual_subject(ctx: ActorContext) -> Found | None:
    """4a. masdar governed by a verb of continuing or starting: "تواصل قوات الحكومة القصف الصاروخي"، "قوات
    الحكومة تواصل القصف" — the verb's subject, after it or before it in the clause."""
    s, toks, trig, cands = ctx.s, ctx.toks, ctx.trig, ctx.cands
    # ("واصلت" begins with و itself: the token is tested as it is and without one conjunction)
    asp = next(
        (
            k
            for k in range(max(0, trig.start - 3), trig.start)
            if toks[k] in ASPECTUAL_VERBS or (toks[k][:1] == "و" and toks[k][1:] in ASPECTUAL_VERBS)
        ),
        None,
    )
    if asp is not None:
        after = [c for c in cands if asp < c.start < trig.start and ctx.usable(c) and c.term.sub != "nisba"]
        lo = max([i for i in range(asp) if toks[i] in COMPLEMENTISERS or i in s.commas] + [0])
        before = [c for c in cands if lo <= c.start < asp and asp - c.end <= 2 and ctx.usable(c)]
        before = [c for c in before if c.term.sub != "nisba"]
        if after or before:
            c = min(after, key=lambda x: x.start) if after else max(before, key=lambda x: x.start)
            return ctx.with_coord(c), ["actor:aspectual_subject"]
    return None


def instrument_masdar(ctx: ActorContext) -> Found | None:
    """4b. masdar as the instrument of the clause's verb: "استبقت كوريا الشمالية اللقاء بإطلاق صاروخين"."""
    s, trig, cands = ctx.s, ctx.trig, ctx.cands
    if s.tokens[trig.start].lstrip("و") in USE_PARTICIPLES:
        # ("أن القوات الأوكرانية هاجمت سيفاستوبول، مستخدمة صواريخ": a participle of using describes the subject of
        # the strike or launch verb before it, named right before or right after that verb)
        verb = max((v for v in ctx.verbs if v < trig.start and trig.start - v <= 12), default=None)
        if verb is not None and not any(t in COMPLEMENTISERS for t in s.tokens[verb : trig.start]):
            head = 1 + (verb + 1 < trig.start and s.tokens[verb + 1] in FORCE_HEADS)
            doers = [c for c in cands if (c.end == verb or c.start == verb + head) and ctx.usable(c)]
            if doers:
                return ctx.with_coord(doers[0]), ["actor:using_subject"]
    # ("أقدمت كوريا الشمالية، صباح اليوم، على إطلاق صاروخين": the verbal noun after the preposition an undertaking
    # verb takes reports the act of that verb's subject)
    undertaking = prev_tok(s, trig.start) in UNDERTAKING_PREPOSITIONS and any(
        s.tokens[k].lstrip("وف") in UNDERTAKING_VERBS for k in range(max(0, trig.start - 7), trig.start - 1)
    )
    # ("أجرت كوريا الشمالية اليوم الأربعاء أول اختبارات لصواريخ باليستية": the test noun is the object of a verb of
    # carrying out, whose subject follows it, with no comma or complementiser between)
    lead = range(max(0, trig.start - 7), trig.start)
    carried_out = (
        trig.cat == "launch"
        and any(s.tokens[k].lstrip("وف") in CARRYING_OUT_VERBS for k in lead)
        and not any(k in s.commas or s.tokens[k] in COMPLEMENTISERS for k in lead)
    )
    if (
        undertaking
        or carried_out
        or s.tokens[trig.start][:1] in "بف"
        or prev_tok(s, trig.start) in INSTRUMENT_PREPOSITIONS
    ):
        # ("أطلقت كوريا الشمالية صاروخين، وردت كوريا الجنوبية بإطلاق صاروخ"، "وسيول ترد بإطلاق صاروخ": the side
        # that responds or acts with the launch, named right after or right before that verb)
        acting = [
            k
            for k in range(max(0, trig.start - 6), trig.start)
            if s.tokens[k].lstrip("وف") in RESPONSE_VERBS | DOING_VERBS | UNDERTAKING_VERBS | CARRYING_OUT_VERBS
        ]
        if acting:
            k = acting[-1]
            # (a force may head the side: "وردت القوات الكورية الجنوبية بإطلاق صاروخين")
            head = 1 + (k + 1 < trig.start and s.tokens[k + 1] in FORCE_HEADS)
            doers = [c for c in cands if (c.start == k + head or c.end == k) and ctx.usable(c) and c.end <= trig.start]
            if doers:
                return ctx.with_coord(doers[-1]), ["actor:acting_subject"]
        # (the subject of the strike verb that governs it, not the place after that verb: "أعلنت الوزارة أنها
        # استهدفت موقعا في مدينة دنيبرو بوسط أوكرانيا باستخدام صاروخ" — the speaker's own strike)
        verb = max((v for v in ctx.verbs if v < trig.start and trig.start - v <= 16), default=None)
        if verb is not None and prev_tok(s, verb) in PRONOUN_ENDED_COMPLEMENTISERS | PRONOUN_COMPLEMENTISERS:
            speakers = [c for c in cands if c.end <= verb - 1 and not has_prep_before(s, c)]
            if speakers:
                return ctx.with_coord(max(speakers, key=lambda x: x.start)), ["actor:speaker_self"]
        limit = verb if verb is not None else trig.start
        subj = [c for c in cands if c.start < limit and ctx.usable(c) and c.term.sub != "nisba"]
        # ("تشهد أوكرانيا تصعيدا في الهجمات الروسية": a nisba right after the attack noun names the attacker; the
        # clause's subject is what suffers them)
        if any(c.term.sub == "nisba" and c.start == trig.end for c in cands):
            subj = []
        if subj:
            return ctx.with_coord(min(subj, key=lambda x: x.start)), ["actor:clause_subject"]
    return None


# --- closing rules: around the object, the origin, the speaker, the supervisor, the weapon, the only agent ----------


def object_nisba(ctx: ActorContext) -> Found | None:
    """5. nisba on the launched object: "صاروخا حوثيا", "الضربات الصاروخية الأمريكية" (not across a verb: in
    "صاروخ باليستي اعترضته الدفاعات السعودية" the nisba belongs to the interceptor); or a nisba right after a
    strike word."""
    s, toks, trig, obj = ctx.s, ctx.toks, ctx.trig, ctx.obj
    verbs_after = [
        v.start
        for v in s.mentions
        if v.cat == "launch" and v.term.sub in ("interception", "detection") and v.start >= obj.end
    ]
    flight_verbs = [v.start for v in s.mentions if v.cat == "launch" and v.term.sub == "flight" and v.start >= obj.end]
    for c in sorted(ctx.cands, key=lambda x: x.start):
        crossed = any(obj.end <= v < c.start for v in verbs_after)
        # (nor across a flight verb and a preposition: "الصاروخ حلق فوق الأراضي اليابانية" names a place)
        crossed = crossed or (any(obj.end <= v < c.start for v in flight_verbs) and has_prep_before(s, c))
        # "الضربات الصاروخية على المدن الأوكرانية": a nisba after a preposition describes the target
        crossed = crossed or any(t in PREPOSITIONS for t in toks[obj.end : c.start])
        # ("موقعا تابعا للقسام": a side behind a clitic preposition owns the target; "بصواريخ بحرية سفينة حربية
        # أميركية": a nisba after a ship, plane or base names the target)
        crossed = crossed or has_prep_before(s, c)
        crossed = crossed or any(t.lstrip("و") in TARGET_NOUNS for t in toks[obj.end : c.start])
        # ("اعتراض الصاروخ قبل دخول الأجواء الإسرائيلية": a nisba after a place noun describes the place)
        crossed = crossed or any(t.lstrip("و") in PLACE_HEADS for t in toks[obj.end : c.start])
        # ("بصواريخ أتاكمز الأمريكية": the nisba after a named weapon is its maker)
        crossed = crossed or any(w.cat == "weapon" and obj.start <= w.start < c.start for w in s.mentions)
        # ("جرى اعتراض الصاروخ باستخدام منظومة ثاد الأمريكية": the nisba after a system names the system's side)
        # (an air-defence system, "منظومة", not "النظام", which also names a regime)
        crossed = crossed or any(t in SYSTEM_NOUNS and "منظوم" in t for t in toks[obj.end : c.start])
        # ("مستخدمة صواريخ أمريكية الصنع": a nisba before the word for made names the maker)
        crossed = crossed or (c.end < len(toks) and toks[c.end] in MAKER_WORDS)
        # ("هذا الهجوم بعيد حديث الرئيس الفرنسي": a nisba after an official's title describes the official)
        crossed = crossed or (c.start > obj.end and toks[c.start - 1] in OFFICIAL_TITLES)
        # ("نحو 40 صاروخا من لبنان، وقال الجيش الإسرائيلي": a new clause, or a speaker, after the missiles)
        crossed = crossed or any(obj.end <= k <= c.start for k in s.commas)
        crossed = crossed or any(obj.end <= r.start < c.start for r in s.cue("reporting"))
        # ("تم اعتراض الصاروخ وتدميره من قبل قوات الدفاع الجوي السعودي": after an interception, the side "من قبل"
        # names is the interceptor)
        crossed = crossed or (
            ctx.intercept and any(toks[k] == "قبل" and toks[k - 1] == "من" for k in range(obj.end + 1, c.start))
        )
        if c.cat == "actor" and c.term.sub in ("nisba", "group") and 0 <= c.start - obj.end <= 3 and not crossed:
            return ctx.with_coord(c), ["actor:object_nisba"]
        if (
            c.cat == "actor"
            and c.term.sub == "nisba"
            and 0 <= c.start - trig.end <= 1
            and trig.cat == "war"
            and not ctx.people_nisba(c)
            and not ctx.target_nisba(c)
        ):
            return ctx.with_coord(c), ["actor:strike_nisba"]
    return None


def strike_agent(ctx: ActorContext) -> Found | None:
    """5-. a strike noun and the forces that carry it out, after ل: "بقصف مدفعي مكثف لقوات النظام السوري"."""
    toks, trig = ctx.toks, ctx.trig
    noun_use = trig.term.sub == "nouns" or toks[trig.start].startswith(("ب", "وب", "ال", "وال", "لل"))
    if trig.cat == "war" and noun_use:
        for c in sorted(ctx.cands, key=lambda x: x.start):
            tok = toks[c.start]
            force = "ال" + tok[2:] if tok.startswith("لل") else tok[1:] if tok.startswith("ل") else ""
            # ("استهداف المقر العسكري لقوات النظام": after the struck place, ل names whose place it is)
            struck = any(_struck_head(t) for t in toks[trig.end : c.start])
            if 0 < c.start - trig.end <= 4 and force in FORCE_HEADS and actor_of(c) and not struck:
                return ctx.with_coord(c), ["actor:strike_agent"]
    return None


def _struck_head(tok: str) -> bool:
    """A place, position or target noun, with or without its article ("المقر"، "مواقع")."""
    bare = tok[2:] if tok.startswith("ال") and len(tok) > 3 else tok
    return bare in POSITION_HEADS or tok in TARGET_NOUNS or bare in TARGET_NOUNS or tok in PLACE_HEADS


def _in_struck_place(s: Sentence, c: Mention) -> bool:
    """ "يرصد استهداف المقر العسكري لقوات النظام السوري والميليشيات الإيرانية": a side named after the place a
    transitive strike masdar struck owns that place; it did not strike. So does a side the place belongs to after
    a strike verb: "استهدفت الصواريخ مواقع عسكرية للنظام والميليشيات الإيرانية"."""
    toks = s.tokens
    strike_verbs = {m.start for m in s.of("war") if m.term.sub == "verbs"}
    for k in range(c.start - 1, max(-1, c.start - 11), -1):
        if k in s.commas:
            return False
        if toks[k].lstrip("وبل") in TRANSITIVE_STRIKE_MASDARS and c.start - k < 8:
            return any(_struck_head(t) for t in toks[k + 1 : c.start])
        if k in strike_verbs:
            heads = [j for j in range(k + 1, c.start) if _struck_head(toks[j].removeprefix("و"))]
            return bool(heads) and any(t.startswith("ل") for t in toks[heads[0] + 1 : c.start + 1])
    return False


def resumptive_verb(ctx: ActorContext) -> Found | None:
    """5a. a strike noun with a resumptive verb: "ضربات صاروخية شنتها الولايات المتحدة وبريطانيا وفرنسا"."""
    toks = ctx.toks
    if not ctx.is_verb:
        end = max(ctx.trig.end, ctx.obj.end)
        for k in range(end, min(len(toks), end + 3)):
            if RESUMPTIVE_VERB_RE.match(toks[k]):
                for c in ctx.cands:
                    # (or a force named by its state's nisba: "قصف مدفعي وصاروخي شنته القوات السعودية")
                    forces = c.term.sub == "nisba" and c.start == k + 2 and toks[k + 1] in FORCE_HEADS
                    if 0 <= c.start - (k + 1) <= 1 and (c.term.sub != "nisba" or forces):
                        return ctx.with_coord(c), ["actor:resumptive_verb"]
                break
        # ("التجارب الصاروخية والنووية العديدة التي أجرتها بيونغيانغ": through the adjectives to a relative pronoun)
        named = {k for m in ctx.s.mentions if m.cat in ("actor", "person") for k in range(m.start, m.end)}
        for k in range(end, min(len(toks) - 1, end + 5)):
            if k in named or k in ctx.s.commas:
                break
            if toks[k] in RELATIVES and RESUMPTIVE_VERB_RE.match(toks[k + 1]):
                for c in ctx.cands:
                    if 0 <= c.start - (k + 2) <= 1 and c.term.sub != "nisba" and ctx.usable(c):
                        return ctx.with_coord(c), ["actor:resumptive_verb"]
                break
    return None


def possessor(ctx: ActorContext) -> Found | None:
    """5b. possessor of the missiles: "صواريخ ميليشيا الحوثي"، "صواريخ حماس"."""
    obj = ctx.obj
    if obj.cat == "mnoun" and not is_definite(ctx.s.tokens[obj.start]):
        for c in ctx.cands:
            if c.cat == "actor" and c.term.sub in ("group", "name") and c.start == obj.end and ctx.usable(c):
                return ctx.with_coord(c), ["actor:possessor"]
    return None


def launch_owner(ctx: ActorContext) -> Found | None:
    """5c. the owner of a launch noun after ل: "التجربة الصاروخية الأخيرة لكوريا الشمالية"، "عمليات الإطلاق
    المتتالية لبيونغ يانغ" (only adjectives between, no verb or preposition)."""
    toks, trig, cands = ctx.toks, ctx.trig, ctx.cands
    if trig.cat == "launch" and trig.term.sub == "nouns":
        end = max(trig.end, ctx.obj.end)
        for c in cands:
            tok = toks[c.start]
            of_owner = tok[:1] == "ل" and not tok.startswith("لل") and c.term.tokens[0][:1] != "ل"
            between = toks[end : c.start]
            plain = all(t not in PREPOSITIONS for t in between) and not any(end <= o.start < c.start for o in cands)
            if of_owner and 0 <= c.start - end <= 3 and plain and not any(end < v < c.start for v in ctx.verbs):
                return ctx.with_coord(c), ["actor:launch_owner"]
        # "المحاولة الثانية لكوريا الشمالية لإطلاق قمر": the owner of the attempt to launch, between the two
        if toks[trig.start][:1] == "ل":
            attempt = max(
                (k for k in range(max(0, trig.start - 6), trig.start) if toks[k].lstrip("و") in ATTEMPT_NOUNS),
                default=None,
            )
            owners = [
                c
                for c in cands
                if attempt is not None
                and attempt < c.start
                and c.end == trig.start
                and toks[c.start][:1] == "ل"
                and not toks[c.start].startswith("لل")
            ]
            if owners:
                return ctx.with_coord(owners[0]), ["actor:launch_owner"]
    # "قصف مدفعي وصاروخي للتحالف على مواقع المتمردين": a strike noun's side after ل, right after its missile
    # adjectives, is its agent when the target follows with its own preposition (without one, "قصف صاروخي للمدينة"
    # names the target)
    if trig.cat == "war" and trig.term.sub == "nouns" and ctx.obj.start >= trig.end:
        end = ctx.obj.end
        # (past a manner adjective joined after the missile one: "قصف صاروخي ومدفعي للتحالف على مواقع")
        if end < len(toks) and toks[end][:1] == "و" and toks[end][1:] in STRIKE_MANNER_ADJECTIVES:
            end += 1
        for c in cands:
            tok = toks[c.start]
            of_owner = tok[:1] == "ل" and c.term.tokens[0][:1] != "ل"  # ("للتحالف": ل before the article too)
            aimed = c.end < len(toks) and toks[c.end] in TARGET_PREPOSITIONS
            if of_owner and c.start == end and aimed and c.cat == "actor" and c.term.sub != "nisba":
                return ctx.with_coord(c), ["actor:strike_owner"]
    return None


def from_territory(ctx: ActorContext) -> Found | None:
    """6. "من" + a launching group or territory (the origin follows the launch: "صواريخ أطلقت من غزة"، "إطلاق
    صاروخ من داخل اليمن")."""
    s, toks, trig, obj = ctx.s, ctx.toks, ctx.trig, ctx.obj
    places = [m for m in s.mentions if m.cat == "actor" and m.term.sub == "territory"]
    for c in ctx.cands + places:
        near = 0 < c.start - max(trig.end, obj.end) <= 5 or 0 < c.start - min(trig.end, obj.end) <= 5
        if not near:
            continue
        # (through a place noun: "أطلقت من الأراضي الإيرانية"؛ a nisba only so; or two, or a place noun and a word of
        # nearness: "من منطقة جنوب بيونغ يانغ"، "من منطقة قرب بيونغ يانغ")
        k = c.start - 1
        through_place = k >= 1 and toks[k] in PLACE_HEADS
        k = k - 1 if through_place else k
        if through_place and k >= 1 and (toks[k] in PLACE_HEADS or toks[k] in PROXIMITY_WORDS):
            k -= 1
        elif not through_place and k >= 2 and toks[k] in PROXIMITY_WORDS and toks[k - 1] in PLACE_HEADS:
            through_place, k = True, k - 2
        # (or a coast or region the country owns: "من الساحل الغربي لكوريا الشمالية")
        if not through_place and toks[c.start][:1] == "ل" and c.term.tokens[0][:1] != "ل":
            j = k - 1 if k >= 1 and toks[k] in SIDE_ADJECTIVES else k
            if j >= 1 and toks[j] in REGION_NOUNS:
                through_place, k = True, j - 1
        if c.term.sub == "nisba" and not through_place:
            continue
        if k < 0 or toks[k] not in ORIGIN_PREPOSITIONS or actor_of(c) not in _LAUNCHING_TERRITORIES:
            continue
        # a state's territory only right after the launch and its target ("أطلقت على إسرائيل من إيران"), not
        # where it "supports" or "brings" from ("الحوثيون المدعومون من إيران"، "منصة جلبت من روسيا")
        if actor_of(c) in _STATES_FIRING_FROM_HOME and not 0 <= k - max(trig.end, obj.end) <= 2:
            continue
        return (launcher_code(actor_of(c) or ""),), ["actor:from_territory"]
    return None


def anti_aircraft_from_state(ctx: ActorContext) -> Found | None:
    """6-. an anti-aircraft missile + "من" + a state's territory: "رصد إطلاق صاروخ مضاد للطائرات من الأراضي السورية"،
    "صاروخ مضاد للطيران أطلق من سوريا" — only the state's air defence fires such missiles from its soil (unlike the
    rockets fired from Syria, whose launcher is unknown)."""
    toks, trig, obj = ctx.toks, ctx.trig, ctx.obj
    end = max(trig.end, obj.end)
    anti = next((k for k in range(obj.end, min(len(toks) - 1, obj.end + 2)) if toks[k].startswith(ANTI_STEMS)), None)
    if anti is None or toks[anti + 1] not in AIRCRAFT_TARGETS:
        return None
    places = {m.start: m for m in ctx.s.mentions if m.cat == "actor" and m.term.sub == "territory"}
    for k in range(max(end, anti + 2), min(len(toks) - 1, anti + 8)):
        if toks[k] not in ORIGIN_PREPOSITIONS:
            continue
        j = k + 1
        while j < len(toks) and toks[j] in PLACE_HEADS:
            j += 1
        if j < len(toks) and toks[j] in SYRIAN_NISBAS and j > k + 1:
            return ("SYR",), ["actor:anti_aircraft_from_state"]
        if j in places and actor_of(places[j]) == "SYR":
            return ("SYR",), ["actor:anti_aircraft_from_state"]
    return None


def from_craft(ctx: ActorContext) -> Found | None:
    """6a. "من" + ships, submarines or planes + the nisba of their side, right after the launch: "الصواريخ أطلقت
    من سفن أمريكية في البحر الأحمر"، "أطلقت أمس من غواصة بريطانية" (one adjective of the craft may stand between:
    "من طائرات حربية إسرائيلية")."""
    toks, trig, obj = ctx.toks, ctx.trig, ctx.obj
    end = max(trig.end, obj.end)
    for c in ctx.cands:
        if c.cat != "actor" or c.term.sub != "nisba" or c.start < 2:
            continue
        k = c.start - 1
        if toks[k] not in FIRING_CRAFT and k >= 2 and toks[k - 1] in FIRING_CRAFT:
            k -= 1
        if toks[k] not in FIRING_CRAFT or toks[k - 1] not in ORIGIN_PREPOSITIONS or not 0 <= k - 1 - end <= 2:
            continue
        return ctx.with_coord(c), ["actor:from_craft"]
    return None


def from_launch_site(ctx: ActorContext) -> Found | None:
    """6b. "من" + a launch site, through place nouns: "من منطقة سونان"، "من موقع سوهاي"، "من تونغريم في مقاطعة
    بيونغان الشمالية" (the site's province a few words after the origin)."""
    s, toks = ctx.s, ctx.toks
    origins = [i for i, t in enumerate(toks) if t in ORIGIN_PREPOSITIONS and i >= min(ctx.trig.start, ctx.obj.start)]
    for p in s.of("place"):
        if p.term.sub not in ("dprk_site", "cosmodrome") or not p.term.value[1]:
            continue
        k = before_site(s, p)
        direct = k >= 0 and (toks[k] in ORIGIN_PREPOSITIONS or (k == p.start - 1 and toks[p.start].startswith("من")))
        province = k >= 0 and toks[k] == "في" and any(0 < k - o <= 4 for o in origins)
        if direct or province:
            return (str(p.term.value[1]),), ["actor:from_launch_site"]
    return None


def speaker_self(ctx: ActorContext) -> Found | None:
    """6c. the speaker speaking of itself: "ذكرت الوكالة المركزية الكورية أن البلاد أجرت"، "قال الحوثيون إنهم
    أطلقوا": a pronoun complementiser or a self-reference (البلاد، قواتها) right before the verb is the speaker."""
    s, toks, trig, cands = ctx.s, ctx.toks, ctx.trig, ctx.cands
    if ctx.intercept:
        return None  # ("أوكرانيا: أسقطنا صاروخين"، "قال إن قواته اعترضت صاروخين": the speaker intercepted)
    # "قالت بيونغ يانغ إن صاروخها الجديد الذي أطلقته أمس أصاب هدفه"، "إن تجربة صاروخها": the missiles with the
    # speaker's pronoun, right after the complementiser, are the speaker's own
    obj = ctx.obj
    if obj.cat == "mnoun" and toks[obj.start].endswith(POSSESSIVE_SUFFIXES):
        comp = max((i for i in range(obj.start) if toks[i] in COMPLEMENTISERS), default=-1)
        if comp >= 0 and obj.start - comp <= 2 and not any(comp < c.start < obj.start for c in cands):
            before = [c for c in cands if c.end <= comp and not has_prep_before(s, c)]
            if before:
                return ctx.with_coord(max(before, key=lambda c: c.start)), ["actor:speaker_self"]
    comp = max((i for i in range(trig.start) if toks[i] in COMPLEMENTISERS | PRONOUN_COMPLEMENTISERS), default=-1)
    if comp < 0 or trig.start - comp > 5:
        return None
    between = toks[comp + 1 : trig.start]
    # the verb right after "أنها"/"إنهم" is the launch or test itself ("أعلنت أنها اختبرت"، "أنها أجرت بنجاح أول
    # تجربة"), not a detection or a report ("أعلنت أنها رصدت إطلاق")
    own_verb = any(
        m.start == comp + 1
        and (
            (m.cat == "launch" and m.term.sub in ("verbs_past", "verbs_present", "verbs_future", "test_verbs"))
            or (m.cat == "war" and m.term.sub == "verbs")  # "أعلن الحرس الثوري أنه شن هجوما صاروخيا"
            # "قال الجيش إنه استخدم صواريخ فتح": a verb of use that agrees with the pronoun
            or (
                m.cat == "launch"
                and m.term.sub == "verbs_use"
                and toks[comp].endswith("ها") == toks[m.start].endswith("ت")
            )
            or (m.cat == "space" and m.term.sub == "verbs")  # "أعلنت أنها وضعت قمرا صناعيا في المدار"
        )
        for m in s.mentions
    )
    # "أعلنت أنها نجحت في إطلاق صاروخ": a verb of success before the launch word
    own_verb = own_verb or (comp + 1 < trig.start and toks[comp + 1] in SUCCESS_VERBS)
    pronoun = toks[comp] in PRONOUN_COMPLEMENTISERS or (toks[comp] in PRONOUN_ENDED_COMPLEMENTISERS and own_verb)
    # ("أكدت الوكالة المركزية الكورية أن الجيش أجرى أمس تجربة لإطلاق صاروخ": the bare army right after the
    # complementiser, with its own verb of carrying out or launching next, is the speaker's; not "أن الجيش رصد")
    army = (
        toks[comp + 1] in ARMY_SELF_REFERENCES
        and comp + 2 < trig.start + 1
        and (
            toks[comp + 2] in CARRYING_OUT_VERBS
            or any(m.start == comp + 2 and m.cat == "launch" and m.term.sub != "detection" for m in s.mentions)
        )
    )
    if not pronoun and not army and not any(t in SELF_REFERENCES for t in between):
        return None
    if any(comp < c.start < trig.start for c in cands):
        return None  # a named subject after the complementiser is the launcher, found by the rules above
    before = [c for c in cands if c.end <= comp and not has_prep_before(s, c)]
    # ("أبلغت كوريا الشمالية اليابان بأنها ستطلق قمرا": the one notified is the verb's object, the speaker its
    # subject right after it)
    notified = [c for c in before if c.start >= 1 and toks[c.start - 1] in NOTIFYING_VERBS]
    if notified:
        return ctx.with_coord(notified[0]), ["actor:speaker_self"]
    if before:
        return ctx.with_coord(max(before, key=lambda c: c.start)), ["actor:speaker_self"]
    # ("ذكرت وسائل الإعلام الرسمية في كوريا الشمالية أن البلاد اختبرت"، "قالت الوكالة الرسمية في بيونغ يانغ إن":
    # the country an outlet or authority speaks in)
    outlets = [
        c
        for c in cands
        if c.end <= comp
        and prev_tok(s, c.start) == "في"
        and any(toks[k].lstrip("و") in OUTLET_HEADS for k in range(max(0, c.start - 4), c.start - 1))
    ]
    if outlets:
        return ctx.with_coord(outlets[-1]), ["actor:speaker_self"]
    return None


def supervision(ctx: ActorContext) -> Found | None:
    """7. supervision: "بإشراف كيم" — the supervisor's side launched."""
    s, cands = ctx.s, ctx.cands
    for sup in s.of("coop"):
        if sup.term.sub == "supervision" and supervisor_named(s, sup):
            for c in cands:
                # "بإشراف كيم"، "أشرف الزعيم كيم على"، "كيم أشرف على": the supervisor next to the word
                if (0 <= c.start - sup.end <= 3 or 0 <= sup.start - c.end <= 1) and actor_of(c):
                    return (actor_of(c) or "UNKNOWN",), ["actor:supervision"]
            # "أوردت الوكالة المركزية الكورية أنه أشرف على إطلاق صاروخ": the supervisor is a pronoun, and the
            # agency reporting him speaks for his side
            if prev_tok(s, sup.start) in PRONOUN_COMPLEMENTISERS | PRONOUN_ENDED_COMPLEMENTISERS:
                speakers = [c for c in cands if c.end < sup.start - 1 and not has_prep_before(s, c) and actor_of(c)]
                if speakers:
                    return (actor_of(max(speakers, key=lambda x: x.start)) or "UNKNOWN",), ["actor:supervision"]
    return None


def weapon_owner(ctx: ActorContext) -> Found | None:
    """8. weapon owner (a named system next to the launched object)."""
    obj = ctx.obj
    for w in ctx.s.of("weapon"):
        if w is obj or abs(w.start - obj.start) <= 4:
            owner = ctx.lex.weapon_info.get(str(w.term.value), {}).get("owner")
            if owner:
                return (str(owner),), ["actor:weapon_owner"]
    return None


def sole_agent(ctx: ActorContext) -> Found | None:
    """9. the one actor the clause names as a possible agent."""
    s, toks, trig = ctx.s, ctx.toks, ctx.trig
    usable_codes = {
        launcher_code(actor_of(c) or "")
        for c in ctx.cands
        if ctx.usable(c)
        and not ctx.origin_nisba(c)
        and c.term.sub != "metonym"
        and not _relative_object(s, c)
        and not _strike_object(s, c)
        and not _before_the_instrument(ctx, c)
        and not _new_clause(s, trig.end, c.start)
        and not _in_struck_place(s, c)
        and not _holds_area(ctx, c)
        and not _on_a_target(s, c)
        and not _responder(s, trig, c)
    }
    usable_codes.discard("")
    # "أن الصاروخ أطلق"، "الصواريخ التي أطلقت": the missile is the subject of a passive verb; whoever else the
    # clause names (the target, the interceptor, the speaker) did not launch it
    passive = ctx.is_verb and ctx.obj.end <= trig.start and not object_suffix(toks[trig.start])
    # "الصاروخ حلق فوق اليابان"، "سقط في المنطقة الاقتصادية اليابانية": the missile flies; the others are places
    passive = passive or (trig.cat == "launch" and trig.term.sub == "flight")
    # ("الحرس الثوري: ضربنا إسرائيل": a first-person verb's subject is its speaker, the others are its objects)
    passive = passive or first_person(toks[trig.start]) or _fired_from_the_antecedent(s, trig)
    # ("وكان الجيش الكوري الجنوبي قد أعلن أمس رصد إطلاق صاروخين": a launch word after a detection word is the
    # launch detected; the side the clause names detected it)
    passive = passive or any(d.end == trig.start and d.term.sub == "detection" for d in s.of("launch"))
    # ("الصاروخ كان باتجاه نجران وتم إطلاقه … حيث تم اعتراضه من قبل قوات الدفاع الجوي السعودي": a passive
    # auxiliary and a verbal noun with the missile's pronoun; the side the clause names intercepted it)
    passive = passive or (
        trig.start >= 1 and toks[trig.start - 1] in PASSIVE_AUXILIARIES and object_suffix(toks[trig.start])
    )
    # ("أوضح المسؤول أن القاعدة تعرضت لقصف بصواريخ، مشيرا إلى أن الجيش الأمريكي يتابع الوضع": a strike the clause
    # shows suffered has its target for subject; the side named elsewhere in the sentence did not launch it)
    passive = passive or any(
        m.term.sub == "suffered"
        and 0 <= trig.start - m.end <= 2
        and m.start >= 1
        and (toks[m.start - 1].lstrip("و") in TARGET_NOUNS or toks[m.start - 1] in PLACE_HEADS)
        for m in s.of("war")
    )
    # ("تحدثت وكالة روسية عن تعرض مواقع سورية في ريفي حمص وحلب، لهجوم صاروخي": the same with the targets, and
    # maybe a comma, between the word of suffering and the strike)
    passive = passive or any(
        m.term.sub == "suffered"
        and m.end < trig.start
        and trig.start - m.start <= 8
        and toks[trig.start].startswith("ل")
        and not any(t in COMPLEMENTISERS | RELATIVES for t in toks[m.end : trig.start])
        for m in s.of("war")
    )
    # ("بعيد الهجمات الصاروخية الغربية على أهداف حكومية، بحضور البرلمان الروسي": a strike described by a bloc's
    # nisba is that bloc's; the one state the clause names is not its launcher)
    # (a member of the bloc may still be named: "أعلن الرئيس الفرنسي أن الضربة الصاروخية الغربية")
    bloc = any(t in BLOC_NISBAS for t in toks[trig.end : max(trig.end, ctx.obj.end) + 2])
    bloc = bloc and not usable_codes <= WESTERN_CODES
    if len(usable_codes) == 1 and not ctx.intercept and not passive and not bloc:
        # (a sentence about an interception names the interceptor; the launcher must be marked as such)
        return (usable_codes.pop(),), ["actor:sole_agent"]
    return None


def _responder(s: Sentence, trig: Mention, c: Mention) -> bool:
    """ "ضربات إسرائيلية استهدفت الحديدة ردا على استهداف المتمردين تل أبيب بهجوم صاروخي": the launch a strike
    answers (right after "ردا على") was aimed at the side named before the answer, not fired by it."""
    toks = s.tokens
    heads = [
        k
        for k in range(max(0, trig.start - 8), trig.start)
        if toks[k].lstrip("و") in ANSWER_HEADS - {"رد"}  # (not the verb: "رد الجيش على مصادر النيران")
        and k + 1 < len(toks)
        and toks[k + 1] == "علي"
        and not any(k < j <= trig.start for j in s.commas)
    ]
    if not heads or c.end > heads[0]:
        return False
    # (the responder only: the nisba of its strike, or the subject right before or after its strike verb; the side
    # its strike hit, "ضربت البنية التحتية الإيرانية ردا على إطلاق صواريخ", may well be the one that fired)
    strikes = [w for w in s.of("war") if w.term.sub in ("verbs", "nouns") and w.end <= heads[0]]
    return any(
        (w.term.sub == "nouns" and c.start == w.end and c.term.sub == "nisba")
        or (w.term.sub == "verbs" and (c.end == w.start or c.start == w.end))
        # (through the forces or craft that head the subject: "قصفت القوات الأمريكية"، "شنت مقاتلات إسرائيلية")
        or (
            w.term.sub == "verbs"
            and c.start == w.end + 1
            and s.tokens[w.end].lstrip("و") in FORCE_HEADS | AIRCRAFT_NOUNS | LAUNCHING_CRAFT
        )
        for w in strikes
    )


def _on_a_target(s: Sentence, c: Mention) -> bool:
    """ "أن هدفا عسكريا روسيا استهدف بعدة صواريخ": a nisba on a target, site or base (through one adjective) describes
    what was struck, not who struck it."""
    toks = s.tokens
    if c.term.sub == "nisba":
        return any(k >= 0 and toks[k].lstrip("و") in STRUCK_HEADS for k in (c.start - 1, c.start - 2))
    # ("هدفا عسكريا روسيا": a name spelled as the accusative nisba after an indefinite accusative adjective)
    return (
        c.term.sub == "name"
        and c.start >= 2
        and toks[c.start - 1].endswith("يا")
        and toks[c.start - 2].lstrip("و") in STRUCK_HEADS
    )


def _fired_from_the_antecedent(s: Sentence, trig: Mention) -> bool:
    """ "ردت المدفعية الإسرائيلية على المواقع التي أطلقت منها الصواريخ": a launch verb in a relative clause on the
    place the missiles were fired from has no subject in the main clause (the side that strikes the place); so with
    an indefinite place and no relative pronoun ("دمرت الغارة منصات أطلقت منها القذائف")."""
    toks = s.tokens
    if not (trig.end < len(toks) and toks[trig.end] in ORIGIN_RESUMPTIVES):
        return False
    return prev_tok(s, trig.start) in RELATIVES or not object_suffix(toks[trig.start])


def _holds_area(ctx: ActorContext, c: Mention) -> bool:
    """ "حملة على مناطق سيطرة الفصائل المعارضة"، "معقل ميليشيات الحوثي الإيرانية": the side named right after an
    area it holds (with the nisbas that follow it) owns the struck ground; it is no possible agent."""
    toks = ctx.toks
    start = c.start
    while c.term.sub == "nisba":
        owner = next((o for o in ctx.cands if o.end == start and o is not c), None)
        if owner is None:
            break
        c, start = owner, owner.start
    return start >= 1 and toks[start - 1].lstrip("وبل") in HELD_AREA_HEADS


def _new_clause(s: Sentence, start: int, end: int) -> bool:
    """A comma and a connector between `start` and `end` open a new clause ("صواريخ أطلقتها الدول الغربية، لكن
    الدفاعات السورية أسقطت 71 منها"): what follows has its own verb."""
    return any(start <= k <= end and s.tokens[k] in CLAUSE_CONNECTORS for k in s.commas if k < len(s.tokens))


def _strike_object(s: Sentence, c: Mention) -> bool:
    """ "استهداف إسرائيل بصواريخ غراد": the noun right after a transitive strike masdar is what it struck (unless
    a target follows it: "قصف روسيا لأوكرانيا")."""
    toks = s.tokens
    # (or through the head noun of the struck thing: "لاستهداف بوارج التحالف")
    head = (
        c.start >= 2
        and toks[c.start - 2].lstrip("وبل") in TRANSITIVE_STRIKE_MASDARS
        and not any(o.start == c.start - 1 for o in s.of("mnoun", "weapon"))
    )
    if not head and (c.start < 1 or toks[c.start - 1].lstrip("وبل") not in TRANSITIVE_STRIKE_MASDARS):
        return False
    next_tok = toks[c.end] if c.end < len(toks) else ""
    return not (next_tok in TARGET_PREPOSITIONS or next_tok[:1] == "ل")


def _before_the_instrument(ctx: ActorContext, c: Mention) -> bool:
    """ "أعلنت الحركة استهدافها لمعسكر إسرائيلي بصواريخ": a side named between a strike masdar (with its
    pronoun) and the missiles it struck with, in one stretch with no comma, belongs to what was struck."""
    s, toks, obj = ctx.s, ctx.toks, ctx.obj
    if not (c.end <= obj.start and toks[obj.start][:1] == "ب") or any(c.end < k <= obj.start for k in s.commas):
        return False
    for k in range(max(0, c.start - 10), c.start):
        tok = toks[k].lstrip("وبل")
        if tok in TRANSITIVE_STRIKE_MASDARS or (tok[:-2] in TRANSITIVE_STRIKE_MASDARS and tok[-2:] in ("ها", "هم")):
            return not any(k < j <= c.start for j in s.commas)
        if tok[:-1] in TRANSITIVE_STRIKE_MASDARS and tok[-1:] == "ه":
            return not any(k < j <= c.start for j in s.commas)
    return False


def _relative_object(s: Sentence, c: Mention) -> bool:
    """ "الهجمات الصاروخية التي استهدفت المملكة": after a relative pronoun and its verb, the noun is the object."""
    verbs = {m.start for m in s.mentions if m.cat in ("war", "launch") and (m.term.sub or "").startswith("verbs")}
    return any(k in verbs and k >= 1 and s.tokens[k - 1] in RELATIVES for k in (c.start - 1, c.start - 2))
