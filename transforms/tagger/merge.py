"""Document-level merge: lead date, strike coalitions, interceptors, article launcher, background, events out."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from transforms.lexicon import Lexicon, Mention, load_lexicon
from transforms.records import Event, Evidence
from transforms.tagger.actors import find_interceptors, launch_actors
from transforms.tagger.cooperation import deny_accused_transfers
from transforms.tagger.launches import OPERATION_SOURCE, is_defence
from transforms.tagger.sentences import (
    ARMED_GROUPS,
    LEAD_SENTENCES,
    NAMED_ONLY,
    EventMention,
    Sentence,
    actor_of,
    first_person,
    has_prep_before,
    hosts_a_place,
    is_definite,
    launcher_code,
    prev_tok,
)
from transforms.tagger.space import carrier_rocket
from transforms.tagger.timing import clause_status, date_mentions, latest_joined_day
from transforms.tagger.words import (
    ACCUSATION_NOUNS,
    ACCUSE,
    ANALYSIS_VERBS,
    ANNIVERSARY_WORDS,
    ANSWER_HEADS,
    CASUALTY_NOUNS,
    ENGINE_TEST_WORDS,
    ESCALATION_WORDS,
    EXPLANATORY_OPENERS,
    FICTION_NOUNS,
    FLOWN_STEMS,
    GROUP_COUNTS,
    HOSTING_PREPOSITIONS,
    HOSTING_VERBS,
    LIFT_OFF_STEMS,
    NEW_CONTEXT_OPENERS,
    ORIGIN_PREPOSITIONS,
    PARTNER_LINKS,
    QUESTION_OPENERS,
    RELATIVES,
    REPEATED_ADVERBS,
    RESPONSIBILITY_NOUNS,
    SCENARIO_WORDS,
    SPORTS_WORDS,
    STATE_GROUP_NOUNS,
    STORY_WORDS,
    TEST_STEMS,
    THIS_DAY_IN_HISTORY,
    THREAT_NOUNS,
    TRIPARTITE_WORDS,
    UPDATE_OPENERS,
    WAR_PLACE_HEADS,
    WAR_PLACE_PREPOSITIONS,
)


# ---------------------------------------------------------------------------------------------- merging
def _weight(m: EventMention) -> int:
    if m.sentence.field == "title":
        return 3
    if m.sentence.order <= LEAD_SENTENCES:
        return 2
    return 1


def _bare_singular_headline(m: EventMention) -> bool:
    """A title's count of one that no cardinal states ("إطلاق صاروخ كروز"، not "صاروخا واحدا")."""
    s = m.sentence
    return s.field == "title" and m.count == 1 and not any(c.term.value == 1 for c in s.of("card"))


def _one_of_more_kinds(m: EventMention) -> bool:
    """The sentence that counts one missile names other missiles too ("صاروخا باليستيا … إلى جانب صاروخ كروز"، "إطلاق
    صواريخ كروز من غواصة، وأطلقت صاروخا مطورا")."""
    nouns = m.sentence.of("mnoun")
    return len(nouns) > 1 or any(n.term.sub not in ("1", "dual_construct") for n in nouns)


def _updates(m: EventMention) -> bool:
    """ "ولاحقا، أعلنت سيول أن …"، "وبعدها بوقت قصير، قال الجيش …"، "وفي وقت لاحق قال": a body sentence that opens
    (in its first three words) with an update of the story."""
    s = m.sentence
    return s.field == "text" and s.index > 0 and any(t in UPDATE_OPENERS for t in s.tokens[:3])


def _date_of_same_event(m: EventMention, mentions: list[EventMention]) -> date | None:
    """The date of the first dated, asserted mention of the same type whose launcher does not differ."""
    for o in sorted(mentions, key=lambda o: o.sentence.order):
        if o is m or o.type != m.type or o.status != "asserted" or not o.dated or o.event_date is None:
            continue
        if m.actors and o.actors and not set(m.actors) & set(o.actors):
            continue
        return o.event_date
    return None


def _date_of_the_strike(m: EventMention, mentions: list[EventMention]) -> date | None:
    """For a cooperation whose anchor is the firing itself (Russia's use of North Korean missiles), the date of the
    first dated, asserted launch not by the North; None for any other cooperation."""
    if not m.rules or not m.rules[0].startswith(("coop:triggers:launch", "coop:triggers:war")):
        return None
    for o in sorted(mentions, key=lambda o: o.sentence.order):
        if o.type != "missile_launch" or o.status != "asserted" or not o.dated or o.event_date is None:
            continue
        if o.actors and "RUS" not in o.actors:
            continue
        return o.event_date
    return None


def _lead_date(sentences: list[Sentence], lex: Lexicon, pub: date | None) -> date | None:
    for s in sentences[: LEAD_SENTENCES + 1]:
        ds = date_mentions(lex, s, pub)
        for i, d, _old in ds:
            if d is not None and pub is not None and pub - timedelta(days=7) <= d <= pub:
                # (of days joined by و, the latest: "في 30 ديسمبر و2 يناير")
                return latest_joined_day(s, i, d, [x for x in ds if x[1] is not None], pub)[1]
    return pub


def _strike_coalition(sentences: list[Sentence], lex: Lexicon, pub: date | None) -> tuple[str, ...]:
    """Countries named as adjectives of a strike in the title or lead: "ضربات عسكرية أمريكية بريطانية فرنسية"."""
    for s in sentences:
        if s.field == "text" and s.index >= LEAD_SENTENCES:
            break
        for w in s.of("war"):
            if w.term.sub != "nouns" or is_defence(w):
                continue
            codes: list[str] = []
            k = w.end + (1 if w.end < len(s.tokens) and not _nisba_at(s, w.end) else 0)
            while _nisba_at(s, k):
                n = next(m for m in s.mentions if m.cat == "actor" and m.term.sub == "nisba" and m.start == k)
                codes.append(str(n.term.value))
                k = n.end
            if len(codes) >= 2 and clause_status(lex, s, w.start, pub, None)[0] == "asserted":
                return tuple(dict.fromkeys(codes))
    # "الولايات المتحدة وبريطانيا وفرنسا شنت ضربات"، "ضربات واشنطن ولندن وباريس"، "العدوان الثلاثي": states
    # coordinated next to a strike anywhere in the article
    tripartite = False
    for s in sentences:
        # ("أدانت دمشق وموسكو العملية العسكرية": an operation is a strike only with its missiles, see launches)
        strikes = [
            m.start
            for m in s.mentions
            if m.cat == "war" and m.term.sub in ("verbs", "nouns") and m.term.source != OPERATION_SOURCE
        ]
        strikes += [m.start for m in s.mentions if m.cat == "launch" and m.term.sub in ("verbs_past", "nouns")]
        tripartite = tripartite or any(k + 1 < len(s.tokens) and s.tokens[k + 1] in TRIPARTITE_WORDS for k in strikes)
        for chain in _state_chains(s):
            # ("وحملت كل من موسكو وطهران ودمشق إسرائيل مسؤولية الغارات": states that blame another side for the
            # strikes, after an accusing or reporting verb or before the responsibility they lay or the accusation
            # they direct, did not strike: "ووجهت سوريا وروسيا وإيران الاتهامات لإسرائيل")
            before = s.tokens[max(0, chain[0] - 3) : chain[0]]
            if any(t.lstrip("و") in ACCUSE for t in before) or any(
                t in RESPONSIBILITY_NOUNS | ACCUSATION_NOUNS for t in s.tokens[chain[1] : chain[1] + 4]
            ):
                continue
            # ("ضربة صاروخية لأكبر قاعدة تستخدمها إيران وحزب الله": the states that use the struck place; "بعد تهديد
            # كل من الولايات المتحدة وفرنسا بالرد": the states that threatened a strike)
            if _hosted(s, chain[0]) or any(t.lstrip("وب") in THREAT_NOUNS for t in before):
                continue
            # (a strike after the chain in a relative clause is not theirs: "أدانت دمشق وموسكو العملية التي شنتها";
            # nor one they analyse: "الجيشان الكوري الجنوبي والأمريكي يحللان تفاصيل الإطلاق")
            near = any(
                -6 <= k - chain[0] <= 6 + chain[1] - chain[0]
                and not any(t in RELATIVES or t.lstrip("و") in ANALYSIS_VERBS for t in s.tokens[chain[1] : k])
                for k in strikes
            )
            if near and clause_status(lex, s, chain[0], pub, None)[0] == "asserted":
                return chain[2]
    if tripartite:
        chains = [c[2] for s in sentences for c in _state_chains(s) if len(c[2]) == 3]
        if chains:
            return chains[0]
    return ()


def _state_chains(s: Sentence) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, codes) of states named in a row joined by و ("واشنطن ولندن وباريس"), none a target."""
    states = sorted(
        (m for m in s.mentions if m.cat == "actor" and m.term.sub in ("name", "metonym", "nisba", "group")),
        key=lambda m: m.start,
    )
    out = []
    i = 0
    while i < len(states):
        first = states[i]
        chain = [first]
        j = i + 1
        while j < len(states):
            nxt = states[j]
            joined = nxt.start == chain[-1].end and s.tokens[nxt.start].startswith("و")
            # "الولايات المتحدة مع فرنسا وبريطانيا"، "بريطانيا بالتعاون والتنسيق مع كل من الولايات المتحدة"
            link = tuple(s.tokens[chain[-1].end : nxt.start])
            link = link[:-2] if link[-2:] == ("كل", "من") else link
            if not (joined or (link in PARTNER_LINKS and not has_prep_before(s, chain[-1]))):
                break
            chain.append(nxt)
            j += 1
        codes = tuple(dict.fromkeys(launcher_code(actor_of(m) or "") for m in chain))
        if len(codes) >= 2 and "" not in codes and not has_prep_before(s, first):
            out.append((first.start, chain[-1].end, codes))
        i = j
    return out


def _hosted(s: Sentence, k: int) -> bool:
    """ "قاعدة تستخدمها إيران"، "قاعدة تتمركز فيها قوات": the actor at `k` follows a verb of using or stationing."""
    toks = s.tokens
    j = k - 1 if k >= 1 and toks[k - 1] in HOSTING_PREPOSITIONS else k
    return j >= 1 and toks[j - 1].lstrip("و") in HOSTING_VERBS and hosts_a_place(s, j - 1)


def _nisba_at(s: Sentence, k: int) -> bool:
    return any(m.cat == "actor" and m.term.sub == "nisba" and m.start == k for m in s.mentions)


def _names_the_states_together(s: Sentence) -> bool:
    """ "وقامت الدول الثلاث بإطلاق صواريخ": the states counted as a group resume the coalition named before."""
    toks = s.tokens
    return any(toks[k].lstrip("و") in STATE_GROUP_NOUNS and toks[k + 1] in GROUP_COUNTS for k in range(len(toks) - 1))


def _day_of_the_named_states(
    m: EventMention, sentences: list[Sentence], coalition: tuple[str, ...], lex: Lexicon, pub: date | None
) -> date | None:
    """The recent day of the nearest earlier sentence of the article that names the coalition's states in a row."""
    earlier = [s for s in sentences if s.order < m.sentence.order and s.order >= m.sentence.order - 2]
    for s in reversed(earlier):
        if any(set(chain[2]) == set(coalition) for chain in _state_chains(s)):
            days = [d for _i, d, old in date_mentions(lex, s, pub) if d is not None and not old]
            if days:
                return days[0]
    return None


def _join_coalition(
    mentions: list[EventMention], coalition: tuple[str, ...], sentences: list[Sentence], lex: Lexicon, pub: date | None
) -> None:
    """A strike by several countries: a launch in the article by one of them, or an unattributed missile strike,
    is the coalition's — not an unattributed one of another day than the coalition's own strikes ("أسقطت الدفاعات
    الجوية صواريخ ليل الاثنين … بعد ضربات شنتها الولايات المتحدة وبريطانيا وفرنسا فجر السبت")."""
    days = {
        m.event_date
        for m in mentions
        if m.type == "missile_launch" and m.actors and set(m.actors) <= set(coalition) and m.dated and m.event_date
    }
    # the days of unattributed strikes the article dates apart from the coalition's (the headline that names the same
    # strike without a day has taken its day)
    other_days = {
        m.event_date
        for m in mentions
        if m.type == "missile_launch"
        and not m.actors
        and m.dated
        and m.event_date is not None
        and days
        and all(abs((m.event_date - d).days) > 1 for d in days)
    }
    interceptors = _interceptors_by_sentence(sentences)
    for m in mentions:
        if m.type != "missile_launch" or m.status != "asserted":
            continue
        if m.mode != "attack" and not _names_the_states_together(m.sentence):
            continue
        if not m.actors and m.event_date in other_days:
            continue
        if not m.actors and interceptors.get(m.sentence.order, set()) & set(coalition):
            # "أسقطت طائرة حربية أمريكية صاروخا أطلق على سفينة … منذ أن شنت القوات الأمريكية والبريطانية ضربات": a
            # missile one of the striking states shoots down was fired at it, not by it
            continue
        if (m.actors and set(m.actors) <= set(coalition)) or not m.actors:
            m.actors = coalition
            m.rules.append("actor:strike_coalition")
            if not m.dated and _names_the_states_together(m.sentence):
                # (and the day the sentence that names them gives: "انضمت الولايات المتحدة وفرنسا وبريطانيا، فجر
                # السبت، في توجيه ضربات … وقامت الدول الثلاث بإطلاق صواريخ")
                m.event_date = _day_of_the_named_states(m, sentences, coalition, lex, pub) or m.event_date


_WEAK_ACTOR_RULES = frozenset({"actor:sole_agent", "actor:clause_subject"})


def _interceptors_by_sentence(sentences: list[Sentence]) -> dict[int, set[str]]:
    """The sides each sentence shows intercepting, by sentence order (sentences with none are left out)."""
    out: dict[int, set[str]] = {}
    for s in sentences:
        if any(m.cat == "launch" and m.term.sub == "interception" for m in s.mentions):
            cands = [m for m in s.mentions if m.cat in ("actor", "person") and m.term.sub != "territory"]
            codes = {launcher_code(actor_of(c) or "") for c in find_interceptors(s, cands)} - {""}
            if codes:
                out[s.order] = codes
    return out


def _not_the_interceptor(mentions: list[EventMention], interceptors: set[str]) -> None:
    """The interceptor is never the launcher: a side the article shows intercepting does not become the launcher
    of a missile by a weak rule (the one actor a sentence names, a clause's subject)."""
    for m in mentions:
        weak = any(r in _WEAK_ACTOR_RULES for r in m.rules)
        if m.type == "missile_launch" and m.actors and set(m.actors) <= interceptors and weak:
            m.actors = ()
            m.rules.append("actor:not_the_interceptor")


# armed groups whose territory in the lexicon is a whole country (Lebanon), which names the group only as an origin
_GROUPS_IN_A_COUNTRY = frozenset({"HEZBOLLAH"})


def _place_of_a_war(s: Sentence, m: Mention) -> bool:
    """ "تفاقم بفعل الحرب في غزة"، "منذ بدء التصعيد في قطاع غزة"، "الحرب الإسرائيلية على غزة": the territory is named as
    the place of a war (its head before the preposition, or before the preposition and a nisba), not as a side."""
    toks = s.tokens
    if prev_tok(s, m.start) not in WAR_PLACE_PREPOSITIONS:
        return False
    heads = [toks[k].lstrip("وبل") for k in (m.start - 2, m.start - 3) if k >= 0]
    return bool(heads) and (heads[0] in WAR_PLACE_HEADS or (len(heads) > 1 and heads[1] in WAR_PLACE_HEADS))


def _intercepted_from_the_armed_group(
    mentions: list[EventMention],
    sentences: list[Sentence],
    interceptors: dict[int, set[str]],
    lex: Lexicon,
    pub: date | None,
) -> None:
    """ "الدفاعات السعودية تعترض صاروخا في سماء الرياض"، "الهجمات الصاروخية التي استهدفت المملكة … تعنت الحوثيين":
    an intercepted missile or an attack whose launcher the sentence does not name was fired by the armed group the
    article names, when it names exactly one (states intercept, groups fire)."""
    # (Gaza names its factions, but a country a group fires from does not: "الأجواء المحيطة بلبنان" names no Hezbollah)
    groups = {
        launcher_code(actor_of(m) or "")
        for s in sentences
        for m in s.mentions
        if m.cat == "actor"
        and launcher_code(actor_of(m) or "") in lex.article_launch_groups
        and not (m.term.sub == "territory" and actor_of(m) in _GROUPS_IN_A_COUNTRY)
        and not (m.term.sub == "territory" and _place_of_a_war(s, m))
        # ("ضربات على مواقع في اليمن": a country that stands for a group, struck or where things happen rather than
        # fired from, names no launcher)
        and not (
            actor_of(m) not in ARMED_GROUPS
            and has_prep_before(s, m)
            and prev_tok(s, m.start) not in ORIGIN_PREPOSITIONS
        )
    }
    if not groups:
        # "القوات السعودية تعترض صاروخا في سماء الرياض": with no group named, the one that fires at this interceptor
        for m in mentions:
            # (a weapon's maker stands in for no launcher here: "أسقطت الدفاعات الروسية صاروخين من طراز ستورم شادو")
            if m.type != "missile_launch" or m.status != "asserted" or (m.actors and not _named_by_its_maker(m)):
                continue
            attackers = {lex.usual_attacker(c, pub) for c in interceptors.get(m.sentence.order, set())} - {None}
            if len(attackers) == 1:
                m.actors = (str(attackers.pop()),)
                m.rules.append("actor:usual_attacker")
        return
    if len(groups) != 1:
        # ("أطلق مسلحو حماس 150 صاروخا … صاروخ باليستي اعترضته الدفاعات الجوية السعودية": of the several groups the
        # article names, an intercepted missile is the one that fires at this interceptor)
        for m in mentions:
            if m.type != "missile_launch" or m.status != "asserted" or m.actors:
                continue
            attackers = {lex.usual_attacker(c, pub) for c in interceptors.get(m.sentence.order, set())} - {None}
            if len(attackers) == 1 and next(iter(attackers)) in groups:
                m.actors = (str(attackers.pop()),)
                m.rules.append("actor:usual_attacker")
        return
    group = next(iter(groups))
    # an unattributed attack takes the group too when no launch in the article names anyone else
    named = any(set(m.actors) - {"UNKNOWN", group} for m in mentions if m.type == "missile_launch")
    for m in mentions:
        if m.type != "missile_launch" or m.status != "asserted" or m.actors:
            continue
        intercepted = any(o.cat == "launch" and o.term.sub == "interception" for o in m.sentence.mentions)
        if intercepted or (m.mode == "attack" and not named):
            m.actors = (group,)
            m.rules.append("actor:article_armed_group")


def _bombarding_sides(sentences: list[Sentence], lex: Lexicon, pub: date | None) -> set[str]:
    """Who the article shows bombarding now: the subject of a strike verb or noun ("قصف النظام السوري مخيم"، "حملة
    القصف التي يشنها النظام"، "قوات الحكومة تقصف"), found by the same subject rules as a launcher; strikes recalled
    as background ("وكانت … قد قصفت") do not count."""
    sides: set[str] = set()
    for s in sentences:
        for w in s.of("war"):
            if w.term.sub not in ("verbs", "nouns") or is_defence(w):
                continue
            if s.tokens[w.start].lstrip("وبل") in CASUALTY_NOUNS:
                continue  # "إصابة مقيم من الجنسية الباكستانية": a casualty names a victim, not who bombards
            if clause_status(lex, s, w.start, pub, w)[0] != "asserted":
                continue
            # ("وهاجمت إسرائيل مواقع للجيش السوري كثيرا خلال الصراع": strikes told as repeated are the story's
            # background, not a side shown bombarding now, and so is the strike joined to them: "كما ضربت قوافل")
            if any(t in REPEATED_ADVERBS for t in s.tokens[max(0, w.start - 12) : w.end + 8]):
                continue
            codes, _ = launch_actors(lex, s, w, w)
            sides.update(c for c in codes if c != "UNKNOWN")
    return sides


def _unattributed_from_the_bombarding_side(
    mentions: list[EventMention], sentences: list[Sentence], lex: Lexicon, pub: date | None, interceptors: set[str]
) -> None:
    """ "تواصل القصف الجوي والصاروخي": a missile attack whose sentence names no launcher was fired by the side the
    article shows bombarding, when it shows exactly one (not an intercepted missile: see the armed-group rule)."""
    unattributed = [
        m
        for m in mentions
        if m.type == "missile_launch"
        and m.status == "asserted"
        and not m.actors
        and m.mode == "attack"
        and not any(o.cat == "launch" and o.term.sub == "interception" for o in m.sentence.mentions)
    ]
    if not unattributed:
        return
    # (the interceptor is never the launcher: a side shown intercepting is not the one bombarding with missiles)
    sides = _bombarding_sides(sentences, lex, pub) - interceptors
    # (a side taken only where named leaves the article's unattributed missiles unattributed)
    if len(sides) != 1 or sides & NAMED_ONLY:
        return
    side = next(iter(sides))
    for m in unattributed:
        # (it takes the launcher named for the missile before it, when one was)
        before = [
            o
            for o in mentions
            if o.type == m.type and o.status == "asserted" and o.actors and o.sentence.order < m.sentence.order
        ]
        if before and _missile_told_before(m):
            m.actors = max(before, key=lambda o: o.sentence.order).actors
            m.rules.append("actor:missile_told_before")
            continue
        if _fired_from_elsewhere(m, (side,)) or side in _answered_sides(m.sentence):
            continue
        m.actors = (side,)
        m.rules.append("actor:article_bombarding_side")


def _missile_told_before(m: EventMention) -> bool:
    """ "الصاروخ كان باتجاه مدينة جازان، وأطلق بطريقة متعمدة": a definite missile before its passive launch verb is
    the one the article told of before, whose launcher was named there, not the side the article shows bombarding."""
    s, k = m.sentence, m.tok_start
    if not s.tokens[k].startswith(("ال", "وال")):
        return False
    missile_first = any(o.cat == "mnoun" and o.start == k for o in s.mentions)
    return missile_first and any(o.cat == "launch" and k < o.start < m.tok_end for o in s.mentions)


def _intercepted_from_the_bombarding_side(
    mentions: list[EventMention],
    sentences: list[Sentence],
    by_sentence: dict[int, set[str]],
    lex: Lexicon,
    pub: date | None,
) -> None:
    """ "شنت إسرائيل ضربات جوية على مواقع قرب دمشق … وقالت الوزارة إن الدفاعات الجوية تصدت للصواريخ"، "الروس شنوا
    هجوما كثيفا … أسقطت الدفاعات الجوية بعض الصواريخ": an intercepted missile that no named group and no usual
    attacker of its interceptor claims was fired by the one side the article shows bombarding (never the
    interceptor)."""
    intercepted = [
        m
        for m in mentions
        if m.type == "missile_launch"
        and m.status == "asserted"
        and not m.actors
        and m.mode == "attack"
        and any(o.cat == "launch" and o.term.sub == "interception" for o in m.sentence.mentions)
        # (the missiles named definite, those of the strike just told: "تصدت للصواريخ"، "أسقطت بعض الصواريخ"; an
        # indefinite one is a new missile, "اعترضت صاروخا", fired at the striker as often as by it)
        and any(
            m.tok_start <= o.start < m.tok_end and is_definite(m.sentence.tokens[o.start])
            for o in m.sentence.of("mnoun")
        )
    ]
    if not intercepted:
        return
    interceptors = set().union(*by_sentence.values())
    if len(_bombarding_sides(sentences, lex, pub) - interceptors) != 1:
        return
    by_order = {s.order: s for s in sentences}
    for m in intercepted:
        # (the strike it answers is told in its own sentence or the one before)
        near = [by_order[k] for k in (m.sentence.order - 1, m.sentence.order) if k in by_order]
        sides = _bombarding_sides(near, lex, pub) - interceptors
        if len(sides) != 1 or sides & NAMED_ONLY:
            continue
        side = next(iter(sides))
        if _fired_from_elsewhere(m, (side,)) or side in _answered_sides(m.sentence):
            continue
        m.actors = (side,)
        m.rules.append("actor:intercepted_from_the_bombarding_side")


def _answered_sides(s: Sentence) -> set[str]:
    """ "55 صاروخا أطلقت نحو الجولان ردا على العدوان الإسرائيلي": the sides whose strikes the sentence's launch
    answers (named within a few words after "ردا على"), which are its targets, not its launchers."""
    toks = s.tokens
    heads = [k for k in range(len(toks) - 1) if toks[k].lstrip("و") in ANSWER_HEADS and toks[k + 1] == "علي"]
    return {
        launcher_code(actor_of(c) or "")
        for c in s.mentions
        if c.cat == "actor" and any(0 < c.start - (k + 1) <= 4 for k in heads)
    } - {""}


def _origin_is_not_the_launcher(mentions: list[EventMention]) -> None:
    """ "استخدم الجيش الروسي صواريخ كورية شمالية" with the headline "صواريخ كورية شمالية ضربت المدينة": where the
    article names who fired missiles of another state's make, a launch given to that state only by the nisba on
    the missiles is the firer's."""
    firers: dict[str, str] = {}
    for m in mentions:
        if m.type != "missile_launch" or len(m.actors) != 1 or "actor:object_nisba" in m.rules:
            continue
        s = m.sentence
        # (the nisba on the missiles themselves, "صواريخ كورية شمالية", not on a target: "مواقع إسرائيلية")
        missile_ends = [o.end for o in s.of("mnoun", "weapon")]
        described = {k for o in s.of("mclass", "madj", "weapon") for k in range(o.start, o.end)}
        for n in s.mentions:
            on_missiles = any(
                0 <= n.start - e <= 2 and all(k in described for k in range(e, n.start)) for e in missile_ends
            )
            if n.cat == "actor" and n.term.sub == "nisba" and on_missiles and m.tok_start <= n.start <= m.tok_end + 3:
                origin = launcher_code(actor_of(n) or "")
                if origin and origin != m.actors[0]:
                    firers.setdefault(origin, m.actors[0])
    for m in mentions:
        if m.type == "missile_launch" and "actor:object_nisba" in m.rules and len(m.actors) == 1:
            firer = firers.get(m.actors[0])
            if firer:
                m.actors = (firer,)
                m.rules.append("actor:origin_not_launcher")


def _speaker_before_colon(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "بيونغ يانغ: اختبرنا بنجاح صاروخا"، "القسام: أطلقنا": a first-person launch right after a short speaker
    phrase and its colon was made by the speaker."""
    for m in mentions:
        if m.type == "russia_dprk_cooperation" or m.actors:
            continue
        s = m.sentence
        toks = s.tokens[m.tok_start : m.tok_end]
        # ("الدفاع الروسية: أسقطنا صاروخ نبتون"، "دمرنا سبعة صواريخ أطلقتها قاذفات روسية": a first-person
        # interception is the speaker's, the missiles are the other side's)
        caught = {o.start for o in s.of("launch") if o.term.sub in ("interception", "detection")}
        if not any(first_person(t) and m.tok_start + k not in caught for k, t in enumerate(toks)):
            continue
        prev = next((p for p in sentences if p.field == s.field and p.index == s.index - 1), None)
        if prev is None or len(prev.tokens) > 5:
            continue
        speakers = [c for c in prev.mentions if c.cat in ("actor", "person") and actor_of(c)]
        if speakers:
            m.actors = (launcher_code(actor_of(speakers[-1]) or ""),)
            m.rules.append("actor:speaker_first_person")


def _fired_from_elsewhere(m: EventMention, sides: tuple[str, ...]) -> bool:
    """ "إطلاق عشرات الصواريخ ليلا من سوريا": the sentence names where the launch came from, and it is none of these
    sides, so the launch is not theirs by default."""
    origins = {
        launcher_code(actor_of(o) or "")
        for o in m.sentence.mentions
        if o.cat == "actor" and prev_tok(m.sentence, o.start) in ORIGIN_PREPOSITIONS
    } - {""}
    return bool(origins) and not origins & set(sides)


_LAUNCH_TYPES = ("missile_launch", "space_launch")
_OPENING_VERB_RULES = frozenset({"launch:launch:verbs_past", "launch:launch:verbs_present", "launch:war:verbs"})


def _dropped_subject(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "واصلت كوريا الشمالية تصعيدها. وأطلقت صباح اليوم صاروخين": a sentence that opens with the launch verb and
    names nobody goes on with the subject the sentence before opened with (a state or group right after its verb)."""
    by_order = {s.order: s for s in sentences}
    for m in mentions:
        s = m.sentence
        if m.type not in _LAUNCH_TYPES or m.actors or s.field != "text" or m.tok_start != 0:
            continue
        if not _OPENING_VERB_RULES & set(m.rules) or s.of("actor", "person"):
            continue
        before = by_order.get(s.order - 1)
        if before is None or before.field != "text":
            continue
        kinds = ("name", "metonym", "group")
        subject = [c for c in before.mentions if c.cat == "actor" and c.term.sub in kinds and c.start == 1]
        code = launcher_code(actor_of(subject[0]) or "") if subject else ""
        if code:
            m.actors = (code,)
            m.rules.append("actor:dropped_subject")


def _fill_unknown_actors(
    mentions: list[EventMention], interceptors: dict[int, set[str]], etypes: tuple[str, ...] = _LAUNCH_TYPES
) -> None:
    """A launch mention without a named launcher takes the article's launcher when the article names only one."""
    for etype in etypes:
        # (a side that denies launching lends itself to no launch: "إيران تنفي إطلاق صواريخ")
        named = [m for m in mentions if m.type == etype and m.actors and m.status != "denied"]
        codes = {a for m in named for a in m.actors if a != "UNKNOWN" and a not in NAMED_ONLY}
        fill: tuple[str, ...] = ()
        if len(codes) == 1:
            fill = (codes.pop(),)
        else:
            titled = [m for m in named if m.sentence.field == "title"]
            if titled:
                fill = titled[0].actors
        if not fill:
            continue
        # ("صواريخ مجهولة استهدفت مواقع عسكرية": an article that says its missiles are of unknown origin lends
        # its attacks no launcher named elsewhere)
        unknown_origin = any("actor:unknown_origin" in m.rules and m.status == "asserted" for m in mentions)
        for m in mentions:
            if m.type == etype and not m.actors and not (unknown_origin and m.status == "asserted"):
                if set(fill) & interceptors.get(m.sentence.order, set()):
                    continue  # "إسرائيل تعترض صواريخ قادمة من سوريا": the interceptor did not fire them
                if _fired_from_elsewhere(m, fill):
                    continue
                m.actors = fill
                m.rules.append("actor:article_launcher")
                if _background(m):
                    m.status = "historical"
                    m.rules.append("status:background")


_PAST_BY_DATE = frozenset({"status:old_year", "status:date_before_window"})


_LEAD_LAUNCH_SUBS = frozenset({"nouns", "verbs_past", "verbs_present", "interception"})


def _old_lead(sentences: list[Sentence], lex: Lexicon, pub: date | None) -> bool:
    """ "إسقاط الطائرة الماليزية في الأجواء الأوكرانية عام 2014 تم بصاروخ"، "خلصت اللجنة الخميس إلى أن وحدة عسكرية تقف
    وراء إسقاط الطائرة عام 2016": a lead sentence that dates its missile, or a launch or shoot-down word, in a past
    year, whether or not the rules read a launch in it."""
    return any(
        s.field == "text"
        and s.index < LEAD_SENTENCES
        and (s.of("mnoun", "weapon") or any(m.cat == "launch" and m.term.sub in _LEAD_LAUNCH_SUBS for m in s.mentions))
        and any(old for _i, _d, old in date_mentions(lex, s, pub))
        for s in sentences
    )


def _past_story(mentions: list[EventMention], old_lead: bool) -> None:
    """A launch the lead dates in the past ("صاروخ بوك الذي أسقط الطائرة … عام 2014") is the story's subject
    recalled, so the undated headline about it is not news either — unless some mention of it has a recent date."""
    for etype in ("missile_launch", "space_launch"):
        ms = [m for m in mentions if m.type == etype]
        past_lead = [
            m
            for m in ms
            if any(r in _PAST_BY_DATE for r in m.rules)
            and m.sentence.field == "text"
            and m.sentence.index < LEAD_SENTENCES
        ]
        if not (past_lead or (old_lead and etype == "missile_launch")):
            continue
        if any(m.status == "asserted" and m.dated for m in ms):
            continue
        codes = {a for m in past_lead for a in m.actors}
        for m in ms:
            if m.status == "asserted" and not m.dated and (not m.actors or set(m.actors) & codes or not codes):
                m.status = "historical"
                m.rules.append("status:past_story")


def _after_an_old_date(mentions: list[EventMention], sentences: list[Sentence], lex: Lexicon, pub: date | None) -> None:
    """ "دمرها الجيش شمالي دمشق في 10 مايو الجاري. وأضاف أن القوات الإيرانية أطلقت 32 صاروخا": the undated
    sentences that follow a sentence dated more than a week before publication go on telling that past episode,
    until a sentence dates something again."""
    if pub is None:
        return
    text = sorted((s for s in sentences if s.field == "text"), key=lambda s: s.index)
    told_in_past: set[int] = set()
    in_past = False
    for s in text:
        ds = date_mentions(lex, s, pub)
        if ds:
            # (a day more than a week old, in a sentence that tells of missiles, a launch or a strike)
            in_past = all(d is not None and (pub - d).days > 7 for _i, d, _old in ds) and any(
                m.cat in ("mnoun", "weapon")
                or (m.cat == "launch" and m.term.sub in _LEAD_LAUNCH_SUBS)
                or m.cat == "war"
                for m in s.mentions
            )
            continue
        if in_past and not NEW_CONTEXT_OPENERS.isdisjoint(s.tokens[:3]):
            # "وفي السياق، أعلن التلفزيون أن هجوما صاروخيا"، "وعلى خلفية هذا الهجوم، شنت الدول الثلاث هجمات صاروخية":
            # the news again, or what came after the dated episode
            in_past = False
        if in_past:
            told_in_past.add(s.index)
    for m in mentions:
        if (
            m.type == "missile_launch"
            and m.status == "asserted"
            and not m.dated
            and m.sentence.field == "text"
            and m.sentence.index in told_in_past
        ):
            m.status = "historical"
            m.rules.append("status:after_an_old_date")


def _anniversary(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "في الذكرى العشرين لسقوط العاصمة"، "في ذكرى رحيل الزعيم": a story marking an anniversary tells its undated
    launches as the past it remembers."""
    if not any(s.field == "title" and any(t in ANNIVERSARY_WORDS for t in s.tokens) for s in sentences):
        return
    for m in mentions:
        if m.status == "asserted" and not m.dated and m.type != "russia_dprk_cooperation":
            m.status = "historical"
            m.rules.append("status:anniversary")


def _almanac(mentions: list[EventMention], title: str) -> None:
    """ "حدث في 4 أكتوبر.. إطلاق أول قمر صناعي": an on-this-day column tells history, whatever its tenses."""
    if not any(phrase in title for phrase in THIS_DAY_IN_HISTORY):
        return
    for m in mentions:
        if m.status == "asserted":
            m.status = "historical"
            m.rules.append("status:almanac")


_VERBAL_NOUN_RULES = frozenset({"launch:launch:nouns", "launch:space:verbs"})


def _question_story(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "هل تنجح روسيا في تفادي مواجهة شاملة؟"، "حرب إسرائيل وإيران.. سيناريوهات المواجهة إن وقعت": under a
    headline that asks or weighs scenarios, the body's undated launches are the analysis, not news."""
    title = next((s for s in sentences if s.field == "title"), None)
    if title is None or not title.tokens:
        return
    asks = title.tokens[0] in QUESTION_OPENERS or any(t in SCENARIO_WORDS for t in title.tokens)
    if not asks:
        return
    for m in mentions:
        launch = m.type != "russia_dprk_cooperation"
        if launch and m.status == "asserted" and not m.dated and m.sentence.field == "text":
            m.status = "analysis"
            m.rules.append("status:question_story")
        # ("هل تطلق إيران صواريخ على إسرائيل مجددا؟"، "كم صاروخا أطلقت حماس منذ بدء الحرب؟": the question itself)
        if launch and m.status == "asserted" and m.sentence is title and title.tokens[0] in QUESTION_OPENERS:
            m.status = "analysis"
            m.rules.append("status:question_headline")


def _planned_story(mentions: list[EventMention]) -> None:
    """ "ناسا سترسل مسبارا"، "ناسا تلغي إطلاق أرتميس": a headline that plans, postpones or cancels a launch makes the
    body's undated verbal nouns about it ("إرسال مسبار إلى مكان لم تصل إليه من قبل") that same plan."""
    for etype in ("missile_launch", "space_launch"):
        ms = [m for m in mentions if m.type == etype]
        if not any(m.sentence.field == "title" and m.status == "planned" for m in ms):
            continue
        if any(m.sentence.field == "title" and m.status == "asserted" for m in ms):
            continue
        for m in ms:
            verbal_noun = any(r in _VERBAL_NOUN_RULES for r in m.rules) and not any(
                r.startswith("launch:launch:verbs") for r in m.rules
            )
            # (a day named before the verbal noun dates who spoke of it: "وعلقت العالمة في مؤتمر صحفي يوم الجمعة
            # «إرسال مسبار إلى مكان لم تصل إليه من قبل عمل طموح»")
            own_date = any(
                d.cat in ("reldate", "weekday", "month") and d.start >= m.tok_start for d in m.sentence.mentions
            )
            # (a launch a side claims is one that took place: "علق على إعلان الجماعة مسؤوليتها عن إطلاق صاروخ" under
            # "الجماعة تتوعد بإطلاق المزيد من الصواريخ")
            claimed = "actor:claimant" in m.rules
            if m.status == "asserted" and not own_date and verbal_noun and not claimed:
                m.status = "planned"
                m.rules.append("status:planned_story")


_LAUNCH_TYPES = ("missile_launch", "space_launch")


def _preview_headline(mentions: list[EventMention]) -> None:
    """ "اليابان تطلق اليوم صاروخها الجديد" over "تستعد الوكالة لإطلاق الصاروخ بعد ظهر اليوم": a headline's present
    launch verb whose body only plans or awaits the launch previews it; it does not report it."""
    body = [m for m in mentions if m.type in _LAUNCH_TYPES and m.sentence.field != "title"]
    if any(m.status == "asserted" for m in body) or not any(m.status == "planned" for m in body):
        return
    for m in mentions:
        if (
            m.type in _LAUNCH_TYPES
            and m.sentence.field == "title"
            and m.status == "asserted"
            and "launch:launch:verbs_present" in m.rules
        ):
            m.status = "planned"
            m.rules.append("status:preview_headline")


def _sports_story(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "هدف صاروخي"، "تسديدة صاروخية": in a sports report a rocket is a shot; only a named launcher makes it one."""
    words = {t for s in sentences for t in s.tokens if t in SPORTS_WORDS}
    if len(words) < 3:
        return
    for m in mentions:
        if m.type == "missile_launch" and m.status == "asserted" and not (set(m.actors) - {"UNKNOWN"}):
            m.status = "analysis"
            m.rules.append("status:sports_story")


def _ground_test(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "ناسا تختبر أقوى صاروخ … تم تشغيل المحركات لمدة 8 دقائق"، "اختبار النار الساكن لمحركات الصاروخ": a rocket tested
    in an article about its engines, with no lift-off or orbit anywhere, was fired on the ground, not launched."""
    toks = [t for s in sentences for t in s.tokens]
    engines = any(t.lstrip("وبل").startswith("محرك") or t in ENGINE_TEST_WORDS - {"ثابت"} for t in toks)
    flown = any(t.lstrip("و").startswith(LIFT_OFF_STEMS) or t.lstrip("وبفل").startswith(FLOWN_STEMS) for t in toks)
    if not engines or flown:
        return
    for m in mentions:
        test = any(t.lstrip("و").startswith(TEST_STEMS) for t in m.sentence.tokens[m.tok_start : m.tok_end])
        if m.type == "space_launch" and m.status == "asserted" and test:
            m.status = "analysis"
            m.rules.append("status:ground_test")


def _fiction(mentions: list[EventMention]) -> None:
    """ "يتناول الفيلم قصة تهديد نووي بعد إطلاق صاروخ مجهول المصدر": a launch told in a sentence about what a film, a
    series or a novel tells is fiction (footage, "فيلما يوثق إطلاق الصواريخ", tells no story)."""
    for m in mentions:
        toks = m.sentence.tokens
        if (
            m.type in ("missile_launch", "space_launch")
            and m.status == "asserted"
            and any(t in FICTION_NOUNS for t in toks)
            and any(t.lstrip("و") in STORY_WORDS for t in toks)
        ):
            m.status = "analysis"
            m.rules.append("status:fiction")


def _maker_is_not_the_launcher(mentions: list[EventMention]) -> None:
    """ "إسقاط صواريخ أتاكمز" over "صواريخ أتاكمز أمريكية الصنع أطلقتها القوات الأوكرانية": a weapon's maker stands
    in for its launcher only when no mention of the same weapon in the article names the launcher."""
    told: dict[tuple[str, str], tuple[str, ...]] = {}
    for m in mentions:
        if m.weapon and m.actors and "actor:weapon_owner" not in m.rules:
            told.setdefault((m.type, m.weapon), m.actors)
    for m in mentions:
        launcher = told.get((m.type, m.weapon or ""))
        if launcher and "actor:weapon_owner" in m.rules:
            m.actors = launcher
            m.rules.append("actor:same_weapon_launcher")


def _named_by_its_maker(m: EventMention) -> bool:
    """The launch's only launcher is its weapon's maker ("صاروخين من طراز ستورم شادو"), no word of the text."""
    return "actor:weapon_owner" in m.rules and not any(
        r.startswith("actor:") and r != "actor:weapon_owner" for r in m.rules
    )


def _weapons_in_other_hands(mentions: list[EventMention], lex: Lexicon, pub: date | None) -> None:
    """ "الدفاع الروسية: اعتراض ستة صواريخ أتاكمز فوق بريانسك": a launch named only by its weapon is fired by the
    side that weapon was supplied to, from the day it was (weapons.yaml `fired_by`)."""
    if pub is None:
        return
    for m in mentions:
        fired_by = lex.weapon_info.get(m.weapon or "", {}).get("fired_by")
        if not fired_by or not _named_by_its_maker(m) or pub < date.fromisoformat(str(fired_by["since"])):
            continue
        m.actors = (str(fired_by["code"]),)
        m.rules.append("actor:weapon_user")


def _explanatory_background(mentions: list[EventMention]) -> None:
    """ "فقد طور الشمال أسلحة نووية واختبر صواريخ": a sentence opened by فقد explains the story with what came before,
    whoever the launcher."""
    for m in mentions:
        if m.type == "missile_launch" and _background(m) and m.sentence.tokens[0] in EXPLANATORY_OPENERS:
            m.status = "historical"
            m.rules.append("status:background")


def _background_of_other_news(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "واشنطن: ندعم السعودية … وتعرضت المناطق الحدودية لسقوط مقذوفات أطلقها الحوثيون": in a story whose title
    and lead speak of no launch, strike or attack, uncounted undated launches further down are its background,
    whoever fired them."""
    head = [s for s in sentences if s.field == "title" or s.index < LEAD_SENTENCES]
    if any(
        (o.cat == "war" and o.term.sub in ("verbs", "nouns"))
        or (o.cat == "launch" and o.term.sub in _LEAD_LAUNCH_SUBS)
        or o.cat in ("mnoun", "weapon")
        for s in head
        for o in s.mentions
    ) or any(t.lstrip("و") in ESCALATION_WORDS for s in head for t in s.tokens):
        return
    for m in mentions:
        if m.type == "missile_launch" and _background(m):
            m.status = "historical"
            m.rules.append("status:background_of_other_news")


def _background(m: EventMention) -> bool:
    """ "فقد طور الشمال أسلحة نووية واختبر صواريخ": past the lead, a launch of uncounted missiles with no date and
    no launcher named in its sentence is the article's background (explainers, profiles), not its news."""
    return (
        m.status == "asserted"
        and m.sentence.field == "text"
        and m.sentence.index >= LEAD_SENTENCES
        and not m.dated
        and m.bare_plural
        and m.count is None
        and m.count_qualifier is None
    )


def resolve_document(
    mentions: list[EventMention], sentences: list[Sentence], norms: dict, pub: date | None
) -> list[EventMention]:
    """The document-level rules: lead date, coalitions, interceptors, speakers, article launcher, background."""
    lex = load_lexicon()
    lead = _lead_date(sentences, lex, pub)
    for m in mentions:
        # (an announced visit is ahead of the article: the lead's past-biased day is not its date)
        if m.status == "asserted" and not m.dated and "status:announced" not in m.rules:
            # "كوريا الشمالية تختبر صاروخا" over "ذكرت الوكالة اليوم أن البلاد أجرت أمس تجربة": the headline's
            # launch is the one the article dates, not the day of the report
            if m.type != "russia_dprk_cooperation":
                same = _date_of_same_event(m, mentions)
            else:
                # "تشير المعلومات إلى استخدام روسيا صاروخا كوريا شماليا … تعرضت كييف صباح أمس لهجوم بالصواريخ": Russian
                # use of the North's missiles is dated by the strike
                same = _date_of_the_strike(m, mentions)
            # ("وجاء التصويت بعد يوم واحد من إطلاق": the lead's day less the span)
            before = lead - timedelta(days=m.days_before) if lead is not None and m.days_before else lead
            m.event_date = same or before
    deny_accused_transfers(mentions)
    coalition = _strike_coalition(sentences, lex, pub)
    if coalition:
        _join_coalition(mentions, coalition, sentences, lex, pub)
    by_sentence = _interceptors_by_sentence(sentences)
    interceptors = set().union(*by_sentence.values())
    _not_the_interceptor(mentions, interceptors)
    _origin_is_not_the_launcher(mentions)
    _speaker_before_colon(mentions, sentences)
    _unattributed_from_the_bombarding_side(mentions, sentences, lex, pub, interceptors)
    _intercepted_from_the_armed_group(mentions, sentences, by_sentence, lex, pub)
    _intercepted_from_the_bombarding_side(mentions, sentences, by_sentence, lex, pub)
    _dropped_subject(mentions, sentences)
    _fill_unknown_actors(mentions, by_sentence)
    _maker_is_not_the_launcher(mentions)
    _weapons_in_other_hands(mentions, lex, pub)
    _explanatory_background(mentions)
    _background_of_other_news(mentions, sentences)
    _past_story(mentions, _old_lead(sentences, lex, pub))
    _after_an_old_date(mentions, sentences, lex, pub)
    _planned_story(mentions)
    _preview_headline(mentions)
    _question_story(mentions, sentences)
    _sports_story(mentions, sentences)
    _fiction(mentions)
    _ground_test(mentions, sentences)
    _almanac(mentions, norms["title"].text)
    _anniversary(mentions, sentences)
    _one_launch_per_sentence(mentions)
    _earlier_account_of_the_news(mentions, pub)
    _reaction_to_a_recent_launch(mentions, pub)
    _dated_from_the_news(mentions)
    _usual_modes(mentions, lex)
    return _carrier_rockets(_classed_missiles(mentions))


def _dated_from_the_news(mentions: list[EventMention]) -> None:
    """ "أطلقت كوريا الشمالية اليوم صاروخا باليستيا … ويأتي ذلك غداة إطلاقها 23 صاروخا": a launch dated as the day
    before, or so many days before, the clause it follows, in an article that reports a later launch by the same
    side, is that launch's background."""
    relative = {"date:day_after", "date:span_before"}
    for m in mentions:
        if m.type != "missile_launch" or m.status != "asserted" or m.event_date is None:
            continue
        if not (relative & set(m.rules) or m.days_before):
            continue
        later = [
            o
            for o in mentions
            if o.type == m.type
            and o.status == "asserted"
            and not (relative & set(o.rules) or o.days_before)
            and o.event_date is not None
            and o.event_date > m.event_date
            and (not m.actors or not o.actors or set(m.actors) & set(o.actors))
        ]
        if later:
            m.status = "historical"
            m.rules.append("status:before_the_news")


def _earlier_account_of_the_news(mentions: list[EventMention], pub: date | None) -> None:
    """ "ذكرت الوكالة اليوم أن كيم أشرف أمس على إطلاق سلاح جديد … وكان الجيش الكوري الجنوبي قد رصد أمس إطلاق
    صاروخين": an account given before the article's (the pluperfect) of a launch on the very day of the launch the
    article reports, by the same side, is that launch."""
    for m in mentions:
        if m.type != "missile_launch" or m.status != "historical" or "status:pluperfect" not in m.rules:
            continue
        if not m.dated or m.event_date is None or pub is None or not pub - timedelta(days=7) <= m.event_date <= pub:
            continue
        same = [
            o
            for o in mentions
            if o.type == m.type
            and o.status == "asserted"
            and o.event_date == m.event_date
            and o.actors
            and (not m.actors or set(m.actors) <= set(o.actors))
        ]
        if same:
            m.status, m.actors = "asserted", same[0].actors
            m.rules.append("status:earlier_account")


def _reaction_to_a_recent_launch(mentions: list[EventMention], pub: date | None) -> None:
    """ "أدانت موسكو اليوم التجربة … وكانت كوريا الشمالية قد أطلقت فجر اليوم صاروخا": in a story of reactions (a
    condemnation, a protest, a council session) the launch they answer is told in the pluperfect; dated to a day of
    the week before the article and with no other launch asserted, it is the launch the article reports."""
    if pub is None or any(o.type == "missile_launch" and o.status == "asserted" for o in mentions):
        return
    for m in mentions:
        if m.type != "missile_launch" or m.status != "historical" or "status:pluperfect" not in m.rules:
            continue
        # (not an interception: "روسيا التي كانت قد تعهدت بإسقاط جميع الصواريخ" pledged, and shot nothing down)
        if "launch:launch:interception" in m.rules:
            continue
        if m.dated and m.event_date is not None and m.actors and pub - timedelta(days=7) <= m.event_date <= pub:
            m.status = "asserted"
            m.rules.append("status:reaction_to_recent_launch")
            # ("… وأكدت أن العملية رد على إطلاق صواريخ من الجولان": the launch that launch answered came just before)
            for o in mentions:
                toks = o.sentence.tokens
                answered = (
                    o.tok_start >= 2
                    and toks[o.tok_start - 1] == "علي"
                    and toks[o.tok_start - 2].lstrip("و") in ANSWER_HEADS
                )
                if (
                    o.type == m.type
                    and o.status == "historical"
                    and not o.dated
                    and o.actors
                    and answered
                    and 0 <= o.sentence.order - m.sentence.order <= 1
                ):
                    o.status = "asserted"
                    o.rules.append("status:answered_recent_launch")


_STOPPED = frozenset({"status:suspension", "status:countdown_stopped"})


def _one_launch_per_sentence(mentions: list[EventMention]) -> None:
    """ "أوقف العد التنازلي لإطلاق صاروخ فالكون 9 قبل 40 ثانية من الإقلاع": a space launch a sentence stops is the one
    its other undated words name too."""
    for m in mentions:
        if m.type != "space_launch" or not _STOPPED & set(m.rules):
            continue
        for o in mentions:
            if o.sentence is m.sentence and o.type == m.type and o.status == "asserted" and not o.dated:
                o.status = m.status
                o.rules.append("status:same_launch_in_sentence")


def _usual_modes(mentions: list[EventMention], lex: Lexicon) -> None:
    """North Korea's launches are tests (also when the article's launcher was filled in), unless a strike verb fires
    them; a launch whose sentence has no cue takes the mode its launcher's launches have (any other group fires at
    someone)."""
    for m in mentions:
        if m.type != "missile_launch":
            continue
        if set(m.actors) == {"PRK"} and "launch:war:verbs" not in m.rules:
            m.mode = "test"
        elif m.mode == "unknown":
            usual = {
                lex.usual_modes.get(a, "attack" if a.startswith("OTHER:") else "") for a in m.actors or ("UNKNOWN",)
            }
            if len(usual) == 1 and "" not in usual:
                m.mode = usual.pop()


def _classed_missiles(mentions: list[EventMention]) -> list[EventMention]:
    """ "روسيا تختبر صاروخ يارس من بليسيتسك" over "أطلقت صاروخا باليستيا عابرا للقارات من قاعدة بليسيتسك": a plain
    rocket (no payload, vehicle or orbit in its sentence) that a side fires in a story where the same side fires a
    missile of a named class or type is that missile, not a space launch."""
    classed = {
        a
        for m in mentions
        if m.type == "missile_launch" and m.status == "asserted" and (m.missile_class or m.weapon)
        for a in m.actors
    }
    if not classed:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.type == "space_launch"
            and set(m.actors) & classed
            and not any(
                o.cat in ("vehicle", "payload") or (o.cat == "space" and o.term.sub == "orbit")
                for o in m.sentence.mentions
            )
        )
    ]


def _carrier_rockets(mentions: list[EventMention]) -> list[EventMention]:
    """Rockets that carry a payload to space are not missiles. In a story of an asserted space launch, a state's
    plain rocket ("أطلقت الصين الخميس أول صاروخ تطوره شركة خاصة") is that space launch, and names its launcher."""
    space_story = any(m.type == "space_launch" and m.status == "asserted" for m in mentions)
    out: list[EventMention] = []
    for m in mentions:
        if m.type != "missile_launch" or not carrier_rocket(m, space_story):
            out.append(m)
        elif space_story and set(m.actors) - {"UNKNOWN"}:
            out.append(replace(m, type="space_launch", rules=[*m.rules, "space:carrier_rocket"]))
    _fill_unknown_actors(out, {}, ("space_launch",))
    return out


def events_from_mentions(mentions: list[EventMention], norms: dict, raws: dict) -> list[Event]:
    """One event per type, actor and date (status by weighted vote), with evidence spans on the original text."""
    groups: dict[tuple, list[EventMention]] = {}
    for m in mentions:
        if m.type == "russia_dprk_cooperation":
            key: tuple = (m.type, None, m.event_date if m.status == "asserted" else (m.status, m.event_date))
            groups.setdefault(key, []).append(m)
            continue
        actors = m.actors or ("UNKNOWN",)
        for a in actors:
            key = (m.type, a, m.event_date if m.status == "asserted" else (m.status, m.event_date))
            groups.setdefault(key, []).append(replace(m, actors=(a,)))
    events: list[Event] = []
    for (etype, actor, _d), ms in groups.items():
        votes: Counter[str] = Counter()
        for m in ms:
            votes[m.status] += _weight(m)
        status = votes.most_common(1)[0][0]
        best = max(ms, key=lambda m: (m.status == status, _weight(m), -m.sentence.order))
        evidence = []
        for m in sorted(ms, key=lambda m: m.sentence.order):
            s = m.sentence
            na = s.spans[m.tok_start][0]
            nb = s.spans[m.tok_end - 1][1]
            ra, rb = norms[s.field].raw_span(na, nb)
            ev = Evidence(s.field, ra, rb, raws[s.field][ra:rb])
            if ev not in evidence:
                evidence.append(ev)
        rules: list[str] = []
        for m in ms:
            rules.extend(m.rules)
        subtypes: list[str] = []
        participants: list[str] = []
        classes: list[str] = []
        for m in sorted(ms, key=_weight, reverse=True):
            subtypes.extend(m.subtypes)
            participants.extend(m.participants)
            classes.extend(m.missile_class)
        # (a later sentence that updates the first report's count gives the count: "ولاحقا، أعلنت سيول أن كوريا
        # الشمالية أطلقت 3 صواريخ")
        counted = [
            m for m in sorted(ms, key=lambda m: (not _updates(m), -_weight(m), m.sentence.order)) if m.count is not None
        ]
        # ("تجري تدريبا على إطلاق صاروخ كروز" over "أعلنت أنها أطلقت 4 صواريخ كروز": a headline's bare singular names
        # the kind of missile; the first sentence's count of more is the count)
        if counted and _bare_singular_headline(counted[0]):
            more = [
                m
                for m in counted
                if m.sentence.field == "text"
                and m.sentence.index == 0
                and (m.count or 0) > 1
                and m.status == "asserted"
                and not m.days_before
            ]
            if not more and not any(m.sentence.field == "text" and m.count == 1 for m in counted):
                # ("كيم يشرف على اختبار سلاح موجه" over "وكان الجيش الكوري الجنوبي قد رصد أمس إطلاق صاروخين": with
                # no single missile in the text, the first count of more in it is the count)
                more = [
                    m
                    for m in sorted(counted, key=lambda m: m.sentence.order)
                    if m.sentence.field == "text" and (m.count or 0) > 1 and not m.days_before
                ]
            counted = more[:1] + counted
        count = counted[0].count if counted else None
        qualifier = counted[0].count_qualifier if counted else None
        if (
            count == 1
            and qualifier == "exact"
            and any(m.count == 1 and _one_of_more_kinds(m) for m in ms)
            and any(m.count is None and m.count_qualifier == "several" for m in ms)
        ):
            # ("اختبرت صاروخا باليستيا جديدا إلى جانب صاروخ كروز" with "رصد إطلاق عدة صواريخ باليستية": one missile
            # of a kind, in a sentence that names others, among several launched is no count)
            count, qualifier = None, "several"
        if not counted:
            qualifier = next((m.count_qualifier for m in ms if m.count_qualifier), None)
        weapon = next((m.weapon for m in ms if m.weapon), None)
        events.append(
            Event(
                type=etype,
                status=status,
                actor=actor,
                participants=tuple(dict.fromkeys(participants)),
                subtypes=tuple(sorted(set(subtypes), key=_SUBTYPE_ORDER.index)),
                count=count,
                count_qualifier=qualifier,
                missile_class=tuple(dict.fromkeys(classes)),
                weapon=weapon,
                mode=best.mode,
                vehicle=next((m.vehicle for m in ms if m.vehicle), None),
                payload=next((m.payload for m in ms if m.payload), None),
                event_date=best.event_date if isinstance(best.event_date, date) else None,
                evidence=tuple(evidence),
                rules=tuple(dict.fromkeys(rules)),
            )
        )
    return events


_SUBTYPE_ORDER = ["summit", "visit_meeting", "communication", "agreement", "military", "space_tech", "economic"]
