"""Russia–DPRK cooperation mentions: both sides near a cooperation word, subtypes, status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from transforms.lexicon import Lexicon, Mention
from transforms.tagger.sentences import EventMention, Sentence, actor_of, prev_tok
from transforms.tagger.timing import clause_status, date_mentions, date_status, nearest_date
from transforms.tagger.words import (
    ACKNOWLEDGING_VERBS,
    AGENDA_CONTENTS,
    AGENDA_ITEMS,
    ANNOUNCING_VERBS,
    APPROVAL_WORDS,
    ATTENDANCE_PURPOSES,
    ATTENDANCE_WORDS,
    BETWEEN_WORDS,
    CHARGE_HEADS,
    CLAUSE_BREAKS,
    COMMEMORATION_HEADS,
    COMPLEMENTISERS,
    CONDEMNING_VERBS,
    CONSIDERATION_VERBS,
    CONTEXT_HEADS,
    DEMONSTRATIVES,
    DEPARTURE_VERBS,
    DESTINATION_PREPOSITIONS,
    ENTERING_VERBS,
    FALLEN_VERBS,
    FEAR_WORDS,
    INVITATION_WORDS,
    JOURNEY_WORDS,
    LABOUR_NOUNS,
    LEADER_VEHICLE_WORDS,
    OBLIGATION_WORDS,
    OFFICIAL_TITLES,
    OTHER_THING_LINKS,
    PARTICIPATION_WORDS,
    PARTY_HEADS,
    PLACE_HEADS,
    POSSIBILITY_WORDS,
    POSTED_TITLES,
    PROHIBITION_WORDS,
    PRONOUN_ENDED_COMPLEMENTISERS,
    PROTEST_HEADS,
    PUBLICATION_NOUNS,
    QUANTITY_HEADS,
    QUOTE_MARKERS,
    RELATIVES,
    SCHEDULING_WORDS,
    SIDE_STATEMENT_VERBS,
    SPACE_ADJECTIVES,
    SPACE_SITE_HEADS,
    SPECIALIST_NOUNS,
    SPECULATORS,
    STANCE_OBJECTS,
    STATIONING_PREPOSITIONS,
    STATIONING_SITES,
    SUPPLY_LINKS,
    SUPPORT_STEMS,
    TEMPORAL_LINKS,
    THIRD_PARTY_HEADS,
    TIME_CLAUSE_HEADS,
    TOPIC_OF_TALK,
    TRANSPORT_WORDS,
    WORRY_PREDICATES,
)

# ---------------------------------------------------------------------------------------------- cooperation
_STRONG_COOP = ("summit", "visit_meeting", "communication", "agreement")
# the two sides and the one their troops fight in the war they cooperate in
_WAR_SIDES = ("RUS", "PRK", "UKR", None)


def find_cooperation(lex: Lexicon, s: Sentence, pub: date | None) -> list[EventMention]:
    """A Russia–North Korea interaction in one sentence: the two sides, the word that links them (the anchor), what
    kind of cooperation it is, and its status and date."""
    rus, prk = _sides(s)
    # ("أطلقت روسيا صواريخ من طراز إسكندر وكيه إن-23 على كييف": a North Korean weapon that Russia fires stands for
    # the North that supplied it)
    if rus and not prk and _russia_fires(s, rus):
        prk = [w for w in s.of("weapon") if lex.weapon_info.get(str(w.term.value), {}).get("owner") == "PRK"]
    if not rus or not prk:
        return []
    found = _anchor(s, rus, prk)
    if found is None:
        return []
    anchor, strong, content, origin_use = found
    if anchor in strong and (_third_partys_meeting(s, anchor, rus, prk) or _approved_by_a_side(s, anchor, rus, prk)):
        return []
    subtypes = _subtypes(s, strong, content, origin_use)
    if not subtypes:
        return []
    status, rules, d, dated = _status_and_date(
        lex, s, pub, anchor=anchor, strong=strong, content=content, subtypes=subtypes, sides=rus + prk
    )
    # canonical ids of the people on the two sides (the lexicon's keys); their Arabic forms stay in the evidence span
    participants = tuple(
        dict.fromkeys(str(m.term.value[0]) for m in s.mentions if m.cat == "person" and actor_of(m) in ("RUS", "PRK"))
    )
    lo = min([m.start for m in rus + prk] + [anchor.start])
    hi = max([m.end for m in rus + prk] + [anchor.end])
    out = EventMention(
        "russia_dprk_cooperation",
        status,
        s,
        lo,
        hi,
        actors=(),
        participants=participants,
        subtypes=tuple(subtypes),
        rules=["coop:" + anchor.term.source, *sorted({c.term.source for c in s.of("coop")}), *rules],
    )
    out.event_date, out.dated = d, dated
    return [out]


def _sides(s: Sentence) -> tuple[list[Mention], list[Mention]]:
    """The mentions of each side: its names, people and (standing for it) its cities and sites ("وصل الزعيم الكوري
    الشمالي إلى فلاديفوستوك"، "استقبل في وونسان"); not a side only talked about or listed with third states."""
    rus = [
        m
        for m in s.mentions
        if m.cat in ("actor", "person") and actor_of(m) == "RUS" and not _topic(s, m) and not _in_a_list(s, m)
    ]
    prk = [
        m
        for m in s.mentions
        if m.cat in ("actor", "person") and actor_of(m) == "PRK" and not _topic(s, m) and not _in_a_list(s, m)
    ]
    rus += [m for m in s.of("place") if m.term.value[1] == "RUS"]
    prk += [m for m in s.of("place") if m.term.value[1] == "PRK"]
    return rus, prk


ORIGIN_SOURCE = "triggers:cooperation:origin"


def _anchor(
    s: Sentence, rus: list[Mention], prk: list[Mention]
) -> tuple[Mention, list[Mention], list[Mention], bool] | None:
    """(anchor, meeting words, content words, Russian use of the North's missiles): the first word linking the two
    sides with both of them near it in its clause, or None."""
    toks = s.tokens
    coop = s.of("coop")
    strong = [c for c in coop if c.term.sub in _STRONG_COOP and _coop_word_ok(s, c)]
    # "عبر القطار الخاص للزعيم الكوري الشمالي الحدود الروسية": a leader's own train carries his visit
    strong += [
        Mention(replace(c.term, sub="visit_meeting", source="cooperation:leader_vehicle"), c.start, c.end)
        for c in coop
        if c.term.sub == "economic" and _leaders_vehicle(s, c)
    ]
    # "ميدفيديف في بيونغ يانغ"، "أعلن شويغو في بيونغ يانغ اليوم": a named official of one side in the other's capital
    strong += _presence(s, rus, prk)
    # (the specialists first: "مهندسين روسا وصلوا … لمساعدة كوريا الشمالية" is their presence, not a purpose)
    specialists = _specialists(s, rus, prk)
    interaction = specialists + [
        c
        for c in coop
        if c.term.sub in ("interaction", "permission", "transfer")
        # ("تأتي من كوريا الشمالية": an origin links the two only with the other side right after it)
        and (c.term.source != ORIGIN_SOURCE or any(m.start == c.end for m in rus + prk))
        # ("الفيتو على نشر تقرير خبراء"، "نشرت الوكالة صورا": publishing a text or pictures deploys nothing)
        and not (c.end < len(toks) and toks[c.end] in PUBLICATION_NOUNS)
    ]
    interaction += _between_sides(s, rus, prk) + _joint_subject(s, rus, prk) + _stationed_in_russia(s, rus, prk)
    # (not a word inside a side's name: "العمال" in "حزب العمال الكوري"، "لحزب العمال" is no labour; a military
    # term may hold the side's nisba after its own first word: "القوات الكورية الشمالية")
    named = {i for m in s.of("actor", "person") for i in range(m.start, m.end)}
    content = [
        c
        for c in coop
        if c.term.sub in ("military", "space_tech", "economic")
        and not (named & set(range(c.start, c.end)) and (c.term.sub != "military" or c.start in named))
        and prev_tok(s, c.start) not in PARTY_HEADS
        and not _leaders_vehicle(s, c)
        and not _means_of_travel(s, c)
        and not _spaceport(s, c)
    ]
    # "هبطت في بيونغ يانغ أول طائرة ركاب قادمة من موسكو": a flight, train or bridge joining the two is their link
    transport = [c for c in content if c.term.sub == "economic" and any(w in TRANSPORT_WORDS for w in c.term.tokens)]
    # Russian use of North Korean missiles (origin nisba after a weapon noun) is military cooperation.
    origin_use = any(
        (m.cat == "actor" and m.term.sub == "nisba" and any(0 <= m.start - o.end <= 2 for o in s.of("mnoun", "weapon")))
        or m.cat == "weapon"
        or _supplied_by(s, m)
        for m in prk
    ) and _russia_fires(s, rus)
    interaction = [c for c in interaction if not _one_sided(s, c)]
    # a meeting word first; then, when none has both sides near it, a link that carries content
    # (the specialists before a visit of theirs: "خبراء روسا زاروا كوريا الشمالية" is no analysts' view)
    anchors = (specialists if content or strong else []) + strong + (interaction if content else [])
    anchors += [c for c in transport if not _one_sided(s, c)]
    if not anchors and content and s.cue("denial"):
        # "التقارير عن تزويد كوريا الشمالية روسيا بالأسلحة لا أساس لها": a denied transfer
        anchors = content
    if not anchors and not origin_use:
        return None
    if origin_use:
        # the firing itself (not a direction word: "على أوكرانيا"), after any other anchor ("حصل المحققون على أدلة
        # على أن الجيش الروسي استخدم صواريخ كورية شمالية": the obtaining is not between the two sides)
        anchors = anchors + [
            m for m in s.mentions if m.cat in ("launch", "war") and m.term.sub not in ("direction", "suffered")
        ]
    # the first anchor with both sides near it
    win = 12

    # (in the anchor's clause: "توجه كيم إلى سنغافورة، فيما أعرب الكرملين عن أمله في نجاح القمة")
    breaks = [i for i, t in enumerate(toks) if t in CLAUSE_BREAKS]

    links = [i for i, t in enumerate(toks) if t in TEMPORAL_LINKS]

    def near(ms: list[Mention], anchor: Mention) -> bool:
        # (a meeting pointed back to is the one told before: "جاء هذا الاجتماع بعد يوم من حضور كيم وبوتين عرضا
        # عسكريا" — the two named after the temporal link are not its sides)
        pointed = anchor.cat == "coop" and prev_tok(s, anchor.start) in DEMONSTRATIVES
        return any(
            abs(m.start - anchor.start) <= win
            and (
                not any(min(m.start, anchor.start) < b < max(m.start, anchor.start) for b in breaks)
                or _pronoun_visit(s, anchor, m)
            )
            and not (pointed and any(anchor.end <= i < m.start for i in links))
            for m in ms
        )

    anchor = next((a for a in anchors if near(rus, a) and near(prk, a)), None)
    if anchor is None:
        return None
    return anchor, strong, content, origin_use


def _third_partys_meeting(s: Sentence, anchor: Mention, rus: list[Mention], prk: list[Mention]) -> bool:
    """A third party's leader closer to a summit/meeting word than the sides: the meeting is someone else's
    ("التقى وزير الخارجية الصيني نظيره الروسي وبحثا الوضع في كوريا الشمالية": a third state's official, too, but
    not a place of it: "وصل كيم إلى العاصمة الصينية بكين حيث التقى بوتين"). So is a meeting whose pair, named after
    it, is one side and a third party ("رحب الكرملين بالقمة التي جمعت كيم والرئيس الأمريكي"، "بالقمة الأمريكية
    الكورية الشمالية"), or whose one side is only the speaker before the complementiser of a clause naming a third
    party ("قال بوتين إن لقاء كيم وترامب خطوة إيجابية")."""
    toks = s.tokens
    # "القمة الأمريكية الكورية الشمالية"، "المحادثات الكورية الشمالية الأمريكية": a third state's nisba among the
    # adjectives right after the meeting word names the pair that meets
    pos = anchor.end
    for m in sorted((m for m in s.of("actor") if m.term.sub == "nisba" and m.start >= pos), key=lambda m: m.start):
        if m.start != pos:
            break
        if actor_of(m) not in ("RUS", "PRK", None):
            return True
        pos = m.end
    # (the position of each third party's phrase: its leader's name, or the title before its nisba, with a clitic:
    # "وترامب"، "بالرئيس الأمريكي")
    thirds = [i for i, t in enumerate(toks) if _glued_in(t, THIRD_PARTY_HEADS) or _third_name_after_clitic(t)] + [
        min(k for k in range(max(0, m.start - 3), m.start) if _glued_in(toks[k], OFFICIAL_TITLES))
        for m in s.mentions
        if m.cat == "actor"
        and m.term.sub == "nisba"
        and actor_of(m) not in ("RUS", "PRK", None)
        and any(_glued_in(t, OFFICIAL_TITLES) for t in toks[max(0, m.start - 3) : m.start])
    ]
    if not thirds:
        return False
    a = anchor.start
    d3 = min(abs(i - a) for i in thirds)
    d_r = min(abs(m.start - a) for m in rus)
    d_p = min(abs(m.start - a) for m in prk)
    if d3 < max(d_r, d_p):
        return True
    breaks = [i for i, t in enumerate(toks) if t in CLAUSE_BREAKS] + list(s.commas)
    # the third parties in the anchor's clause after it, at most a dozen words on
    after = [i for i in thirds if a < i <= a + 12 and not any(a < b < i for b in breaks)]
    if not after:
        return False
    for one, other in ((rus, prk), (prk, rus)):
        if any(m.start > a for m in one):
            continue
        # (a pair joined by و: "جمعت الزعيم الكوري الشمالي والرئيس الأمريكي"، "بين ترامب وكيم")
        for m in other:
            if not a < m.start <= a + 12:
                continue
            for i in after:
                lo, hi = sorted((i, m.start))
                if 0 < hi - lo <= 6 and any(toks[k].startswith("و") for k in range(max(lo + 1, hi - 2), hi + 1)):
                    return True
    comps = [k for k in range(a) if toks[k] in _NOUN_COMPLEMENTISERS]
    if comps:
        # the speaker before the complementiser is not a party to the meeting its clause reports about others
        c = comps[-1]
        for one in (rus, prk):
            if all(m.end <= c for m in one) and any(i > c for i in after):
                return True
    return False


def _approved_by_a_side(s: Sentence, anchor: Mention, rus: list[Mention], prk: list[Mention]) -> bool:
    """ "أكد لافروف أن موسكو ستدعم بنشاط المحادثات المباشرة بين الأطراف المعنية بالقضية الكورية الشمالية": a meeting
    word that a welcoming, praising or backing word just before it governs, with one side named only before that word
    (the approver) and the other not right after the meeting word (not "يرحب بزيارة لافروف"، "أشاد بالمحادثات مع
    كيم"), is others' meeting the side approves of."""
    toks = s.tokens
    a = anchor.start
    for k in range(max(0, a - 3), a):
        if toks[k].removeprefix("و") not in APPROVAL_WORDS or any(k < c < a for c in s.commas):
            continue
        for one, other in ((rus, prk), (prk, rus)):
            if all(m.end <= k for m in one) and not any(anchor.end <= m.start <= anchor.end + 2 for m in other):
                return True
    return False


# complementisers followed by the reported clause's own subject (not "إنه"، "إنها", where the speaker may be it)
_NOUN_COMPLEMENTISERS = COMPLEMENTISERS - PRONOUN_ENDED_COMPLEMENTISERS


def _third_name_after_clitic(tok: str) -> bool:
    """ "بترامب"، "لبومبيو": a third party's longer name after ب or ل (not the short ones: "ليون" is a city)."""
    return tok[:1] in ("ب", "ل") and len(tok) >= 5 and tok[1:] in THIRD_PARTY_HEADS


def _glued_in(tok: str, words: frozenset[str]) -> bool:
    """The word, or the word without a conjunction or preposition glued to it ("وترامب"، "بالرئيس"، "للرئيس"), is
    one of the words (not "وزير" read as "زير")."""
    if tok in words:
        return True
    if tok.startswith("و"):
        tok = tok[1:]
        if tok in words:
            return True
    if tok.startswith("بال"):
        return tok[1:] in words
    return tok.startswith("لل") and "ا" + tok[1:] in words


def _subtypes(s: Sentence, strong: list[Mention], content: list[Mention], origin_use: bool) -> list[str]:
    """The kinds of cooperation: from the meeting words (a summit when the two heads of state meet) and the content
    words, and military for Russian use of the North's missiles."""
    subtypes: list[str] = []
    heads = {m.term.value[0] for m in s.mentions if m.cat == "person" and m.term.sub == "head"}
    subs = {c.term.sub for c in strong}
    if "summit" in subs or ({"putin", "kim_jong_un"} <= heads and "visit_meeting" in subs) or _state_visit(s, strong):
        subtypes.append("summit")
    if "visit_meeting" in subs and not ({"putin", "kim_jong_un"} <= heads and "summit" in subtypes):
        subtypes.append("visit_meeting")
    for sub in ("communication", "agreement"):
        if sub in subs:
            subtypes.append(sub)
    for sub in ("military", "space_tech", "economic"):
        if any(c.term.sub == sub for c in content):
            subtypes.append(sub)
    if origin_use and "military" not in subtypes:
        subtypes.append("military")
    return subtypes


def _state_visit(s: Sentence, strong: list[Mention]) -> bool:
    """ "بوتين يصل إلى بيونغ يانغ"، "كيم يزور روسيا"، "بوتين في بيونغ يانغ": one side's head of state going to the other
    side's country or capital (named right after the visit word, or after إلى or في a few words on) is received by
    its head."""
    heads = [m for m in s.mentions if m.cat == "person" and m.term.value[0] in ("putin", "kim_jong_un")]
    if len({m.term.value[0] for m in heads}) != 1:
        return False
    other = "PRK" if actor_of(heads[0]) == "RUS" else "RUS"
    for c in strong:
        if c.term.sub != "visit_meeting":
            continue
        for m in s.mentions:
            side = actor_of(m) if m.cat == "actor" and m.term.sub in ("name", "metonym") else None
            if m.cat == "place":
                side = m.term.value[1]
            if side != other:
                continue
            # (the subject may stand between: "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ")
            at = prev_tok(s, m.start) in DESTINATION_PREPOSITIONS or prev_tok(s, m.start) == "في"
            if m.start == c.end or (
                at and 0 < m.start - c.end <= 7 and not any(c.end <= i < m.start for i in s.commas)
            ):
                return True
    return False


def _status_and_date(
    lex: Lexicon,
    s: Sentence,
    pub: date | None,
    *,
    anchor: Mention,
    strong: list[Mention],
    content: list[Mention],
    subtypes: list[str],
    sides: list[Mention],
) -> tuple[str, list[str], date | None, bool]:
    """(status, the rules that decided it and the date, date, dated) of the interaction the anchor reports."""
    t = anchor.start
    if anchor.cat in ("actor", "place"):
        # a side standing for the link ("لا توجد رحلات جوية مباشرة بين موسكو وبيونغ يانغ"): the clause's status is
        # read at the content word just before it, where its negation or modality stands
        t = min([c.start for c in content if 0 < t - c.start <= 6] + [t])
    status, rules = clause_status(lex, s, t, pub, None)
    if s.cue("denial"):
        status, rules = "denied", ["status:denial_cue"]
    if status == "asserted":
        # (a future told before a report the anchor belongs to is that report's content: "سترسل كوريا الشمالية خبراء
        # إلى كورسك، على ما ذكرت وكالات روسية نقلا عن شويغو خلال زيارة إلى بيونغ يانغ")
        reports = [r.start for r in s.cue("reporting")]
        for c in s.cue("future"):
            if (
                c.start < t + 4
                and not _in_a_time_clause_before(s, c.start, t)
                and not any(c.end <= r < t for r in reports)
            ):
                status, rules = "planned", ["status:future_cue"]
                break
    unreported = _unreported(s, t) if status == "asserted" else None
    if unreported:
        status, rules = unreported[0], [unreported[1]]
    future = rules in (["status:future_cue"], ["status:future_verb_before"])
    # (a visit or talks, or a flight, train or bridge between the two: "أعلنت وزارة النقل الروسية أن أول رحلة جوية
    # مباشرة بين موسكو وبيونغ يانغ ستقلع في 27 يوليو")
    scheduled = anchor in strong or any(
        c.term.sub == "economic" and any(w in TRANSPORT_WORDS for w in c.term.tokens) for c in content
    )
    # (a future verb right before it is the scheduling word: "أنها ستسير رحلات مباشرة")
    announced = future and scheduled and _announced_by_a_side(s, t, sides, ahead=rules == ["status:future_verb_before"])
    if announced:
        status, rules = "asserted", ["status:announced"]
    elif future and anchor in strong and _today_after(s, anchor):
        # "فيما يستعد الرئيس الروسي زيارتها اليوم الثلاثاء": a visit or talks set for the day itself are its news
        status, rules = "asserted", ["status:scheduled_today"]
    own = _relative_clause_date(lex, s, anchor, pub)
    if own is not None:
        # "فيلما وثائقيا عن القمة التي جمعت بوتين وكيم في فلاديفوستوك عام 2019": the anchor's own relative clause
        # dates it, whatever day the sentence's main verb has
        d, dated, old = own
    elif _dates_of_another_thing(lex, s, t, pub):
        # "وقع الزعيمان معاهدة لتحل محل معاهدة الصداقة الموقعة عام 2000": the year dates the older treaty
        d, dated, old = None, False, False
    else:
        # (a month after منذ is when a supply began, not its date: "تزود كوريا الشمالية بالنفط منذ مارس")
        d, dated, old = nearest_date(lex, s, t, pub, since_months=True, meeting=True)
    if announced:
        # the visit's own day is ahead of the article ("يوم الجمعة" is the coming one, "يومي 18 و19 يونيو"): the
        # announcement is the day's news, whatever day it names
        d, dated = None, False
        drules: list[str] = []
    else:
        status, drules = date_status(status, d, old, pub)
        if drules == ["status:date_after_publication"] and scheduled and _announced_by_a_side(s, t, sides, ahead=True):
            # "أعلنت الرئاسة الروسية أن الزعيم سيصل إلى فلاديفوستوك في 12 سبتمبر": the day ahead is the only
            # future word, and a side announces it
            status, rules, drules = "asserted", ["status:announced"], []
            d, dated = None, False
        elif drules == ["status:date_after_publication"] and _invited(s, t):
            # "دعا بوتين كيم لزيارة روسيا في 5 سبتمبر": the day ahead is the visit's; the invitation is the day's news
            status, rules, drules = "asserted", ["status:invitation"], []
            d, dated = None, False
    if (
        status == "historical"
        and set(subtypes) <= {"military", "space_tech"}
        and any(r.start < t for r in s.cue("reporting"))
        and not s.cue("pluperfect_aux", "analysis", "hedge")
        and rules != ["status:commemorated"]
        # (a purpose after the transfer is no plan: "أرسلت آلاف الجنود إلى روسيا، من أجل المساهمة في إعادة البناء")
        and not any(c.start < t + 4 for c in s.cue("future"))
    ):
        # "كييف: روسيا أطلقت أكثر من 20 صاروخا كوريا شماليا منذ ديسمبر"، "قالت سيول إن بيونغ يانغ أرسلت آلاف
        # الجنود": arms or troops reported by an official are the day's news, however long the transfers took
        status, drules = "asserted", ["status:reported_transfer"]
        d, dated = None, False
    return status, rules + drules, d, dated


def _one_sided(s: Sentence, c: Mention) -> bool:
    """ "دعمها الكامل للعملية العسكرية الروسية": support for a stance or a war; "للاحتجاج على التعاون العسكري":
    cooperation as what someone protests or worries about. Neither reports the two sides acting together."""
    toks = s.tokens
    support = toks[c.start].startswith(SUPPORT_STEMS) and any(t in STANCE_OBJECTS for t in toks[c.end : c.end + 3])
    # (up to ten words back, in one clause: "تحذيراتها من زيادة حجم التعاون العسكري بين كوريا الشمالية وروسيا")
    protested = any(
        toks[i] in PROTEST_HEADS and not any(j in s.commas for j in range(i + 1, c.start + 1))
        for i in range(max(0, c.start - 10), c.start)
    ) and not _protested_deed(s, c)
    # "فرضت عقوبات على شركات بتهمة نقل ذخائر بين كوريا الشمالية وروسيا": the cooperation as the charge behind a
    # sanction, in one clause with it
    protested = protested or any(
        toks[i] in CHARGE_HEADS and not any(j in s.commas for j in range(i + 1, c.start + 1))
        for i in range(max(0, c.start - 4), c.start)
    )
    # "إن التعاون العسكري بين روسيا وكوريا الشمالية يثير قلقا": the cooperation as the subject of a worry
    protested = protested or any(t in WORRY_PREDICATES for t in toks[c.end : c.end + 8])
    # "أدانت الدول الثلاث في بيان مشترك التعاون العسكري بين روسيا وكوريا الشمالية": the cooperation (not a transfer)
    # as what is condemned, in one clause with the verb
    protested = protested or (
        c.term.sub != "transfer"
        and any(
            toks[i] in CONDEMNING_VERBS and not any(j in s.commas for j in range(i + 1, c.start + 1))
            for i in range(max(0, c.start - 14), c.start)
        )
    )
    # "ويأتي الإطلاق وسط تعاون عسكري متزايد بين بيونغ يانغ وموسكو": the cooperation as the backdrop of other news
    backdrop = any(t in CONTEXT_HEADS for t in toks[max(0, c.start - 6) : c.start])
    # "ستدرس إرسال أسلحة إلى أوكرانيا": a transfer to a third side
    third = c.term.sub == "transfer" and any(
        m.cat == "actor"
        and actor_of(m) not in ("RUS", "PRK")
        and 0 < m.start - c.end <= 4
        and prev_tok(s, m.start) in ("الي", "لي")
        for m in s.mentions
    )
    # "وفق ما نقلت الوكالة"، "نقلت عن مسؤول": نقل as quoting, not transporting
    quoting = c.term.sub == "transfer" and (
        prev_tok(s, c.start) in QUOTE_MARKERS or (c.end < len(toks) and toks[c.end] in QUOTE_MARKERS)
    )
    # "للمشاركة في العرض العسكري الصيني": a third state's event (Ukraine, the side fought, is no host: "شاركوا في
    # القتال ضد القوات الأوكرانية")
    # "زعيم كوريا الشمالية في بكين لحضور عرض عسكري يشارك فيه بوتين": the host named before, too
    guests = toks[c.start] in PARTICIPATION_WORDS and any(
        m.cat == "actor" and actor_of(m) not in _WAR_SIDES and (0 < m.start - c.end <= 6 or 0 < c.start - m.end <= 6)
        for m in s.mentions
    )
    return support or protested or backdrop or quoting or third or guests


def _russia_fires(s: Sentence, rus: list[Mention]) -> bool:
    """Russia is the one firing: "روسيا أطلقت صواريخ كورية شمالية"، "صواريخ كورية شمالية أطلقتها روسيا", not
    "موسكو تدعو إلى ضبط النفس بعد إطلاق الصاروخ الكوري الشمالي" (a reaction to the North's own launch)."""
    stops = {c.start for c in s.cue("reporting")} | {i for i, t in enumerate(s.tokens) if t in TEMPORAL_LINKS}
    for trig in (m for m in s.mentions if m.cat in ("launch", "war")):
        for r in rus:
            if r.start < trig.start and not any(r.end <= i < trig.start for i in stops):
                return True
            if 0 <= r.start - trig.end <= 2:  # VSO: "قصفت روسيا"، "أطلقتها روسيا"
                return True
    return False


def _supplied_by(s: Sentence, side: Mention) -> bool:
    """ "بصواريخ زودتها بها كوريا الشمالية"، "صواريخ قدمتها كوريا الشمالية"، "بصواريخ من كوريا الشمالية"، "بصواريخ
    تلقتها من بيونغ يانغ": the side named after the missiles, through a supplying verb or "from", supplied them."""
    transfers = {i for c in s.of("coop") if c.term.sub == "transfer" for i in range(c.start, c.end)}
    links = transfers | {i for i, t in enumerate(s.tokens) if t in SUPPLY_LINKS}
    # (the missiles' class may stand between: "صواريخ باليستية قصيرة المدى قدمتها كوريا الشمالية")
    described = {i for c in s.of("mclass", "weapon") for i in range(c.start, c.end)}
    for o in s.of("mnoun", "weapon"):
        between = range(o.end, side.start)
        if not 0 < len(between) <= 6 or any(i in s.commas for i in between):
            continue
        # "من" alone links only the instrument of a strike ("قصفت بصواريخ من كوريا الشمالية"); after a launch
        # ("إطلاق صواريخ من كوريا الشمالية") it names where they were fired from
        supplying = any(i in links and (s.tokens[i] != "من" or s.tokens[o.start].startswith("ب")) for i in between)
        if supplying and all(i in links or i in described for i in between):
            return True
    return False


def _topic(s: Sentence, m: Mention) -> bool:
    """A side named only as what others talk about: "الملف النووي لكوريا الشمالية"، "عقوبات على روسيا"."""
    return any(t in TOPIC_OF_TALK for t in s.tokens[max(0, m.start - 2) : m.start])


def _in_a_list(s: Sentence, m: Mention) -> bool:
    """ "صحافيون من الصين والولايات المتحدة وروسيا وبريطانيا"، "عارضت روسيا والصين": a state joined by و to a third
    state is one of several, not a side of a bilateral link."""
    if m.cat != "actor":
        return False
    for o in s.mentions:
        if o.cat != "actor" or actor_of(o) in ("RUS", "PRK", None):
            continue
        if (o.end == m.start and s.tokens[m.start].startswith("و")) or (
            m.end == o.start and s.tokens[o.start].startswith("و")
        ):
            return True
    return False


def _between_sides(s: Sentence, rus: list[Mention], prk: list[Mention]) -> list[Mention]:
    """ "بين موسكو وبيونغ يانغ": the two sides joined by بين; the first side named stands for the link."""
    out = []
    for i, tok in enumerate(s.tokens):
        if tok not in BETWEEN_WORDS:
            continue
        first = next((m for m in rus + prk if i < m.start <= i + 2), None)
        if first is None:
            continue
        others = prk if first in rus else rus
        if any(first.end <= m.start <= first.end + 2 for m in others):
            out.append(first)
    return out


def _joint_subject(s: Sentence, rus: list[Mention], prk: list[Mention]) -> list[Mention]:
    """ "أجرت روسيا وكوريا الشمالية مناورات مشتركة"، "روسيا وكوريا الشمالية تستأنفان": the two sides joined by و at the
    head of the sentence are one subject acting together (not an object: "اتهمت سيول روسيا وكوريا الشمالية"), unless a
    third state is named with them ("حضر بوتين وكيم العرض العسكري في بكين": guests of another's event)."""
    if any(m.cat == "actor" and actor_of(m) not in ("RUS", "PRK", None) for m in s.mentions):
        return []
    for first in rus + prk:
        if first.start > 1:
            continue
        others = prk if first in rus else rus
        if any(m.start == first.end and s.tokens[m.start].startswith("و") for m in others):
            return [first]
    return []


def _stationed_in_russia(s: Sentence, rus: list[Mention], prk: list[Mention]) -> list[Mention]:
    """ "وحدات كورية شمالية في منطقة كورسك"، "الجنود الكوريون الشماليون المنتشرون في روسيا": the North's troops (a
    military word right before its nisba) placed in Russia; the Russian place stands for the link. So are its workers
    ("العمال الكوريين الشماليين يعملون في مواقع البناء في فلاديفوستوك")."""
    military = [
        c
        for c in s.of("coop")
        if c.term.sub == "military" or (c.term.sub == "economic" and s.tokens[c.start] in LABOUR_NOUNS)
    ]
    out = []
    for r in rus:
        # "في كورسك"، "في الأراضي الروسية"، "في قواعد روسية"، "بأقصى الشرق الروسي"، "دخلت منطقة كورسك"
        if not _placed_in(s, r.start):
            continue
        # "جنود كوريون شماليون يرتدون زيا روسيا على خطوط الجبهة في كورسك": a few words between, in one clause
        if any(
            m.term.sub == "nisba"
            and 0 < r.start - m.end <= 6
            and not any(i in s.commas for i in range(m.end, r.start + 1))
            # (the military word before the nisba, or one term holding both: "القوات الكورية الشمالية")
            and any(c.start < m.start and m.start - c.end <= 1 for c in military)
            for m in prk
        ):
            out.append(r)
    return out


def _placed_in(s: Sentence, start: int) -> bool:
    """A place at `start` that something is placed in: after في or داخل, or a verb of entering, through up to two
    place or site nouns ("في منطقة كورسك"، "في قواعد روسية"، "دخلت منطقة كورسك"), or after a site noun with ب
    ("بأقصى الشرق الروسي")."""
    k = start - 1
    for _ in range(2):
        if k >= 1 and (s.tokens[k] in PLACE_HEADS or s.tokens[k] in STATIONING_SITES):
            k -= 1
    if k < 0:
        return False
    tok = s.tokens[k]
    if tok in STATIONING_PREPOSITIONS or tok.lstrip("و") in ENTERING_VERBS:
        return True
    return k < start - 1 and tok[:1] == "ب" and tok[1:] in STATIONING_SITES


def _presence(s: Sentence, rus: list[Mention], prk: list[Mention]) -> list[Mention]:
    """ "ميدفيديف في بيونغ يانغ"، "أعلن أمين مجلس الأمن الروسي سيرغي شويغو في بيونغ يانغ اليوم": a named person of
    one side with في and the other side's capital, city or name right after is there on a visit; the في is the anchor
    (not an envoy posted there: "السفير الروسي في بيونغ يانغ")."""
    out = []
    for side, other in ((rus, prk), (prk, rus)):
        for n in side:
            k = n.end
            if n.cat != "person" or k >= len(s.tokens) or s.tokens[k] != "في":
                continue
            if any(s.tokens[i] in POSTED_TITLES for i in range(max(0, n.start - 4), n.start)):
                continue
            if any(o.start == k + 1 and o.cat in ("actor", "place") and o.term.sub != "nisba" for o in other):
                term = replace(n.term, cat="coop", sub="visit_meeting", source="cooperation:presence")
                out.append(Mention(term, k, k + 1))
    return out


def _specialists(s: Sentence, rus: list[Mention], prk: list[Mention]) -> list[Mention]:
    """ "خبراء روسا زاروا كوريا الشمالية لمساعدتها"، "فنيين روسا يعملون في كوريا الشمالية": one side's specialists
    (their noun right before the side's nisba) with the other side in their clause are the link; the noun itself is
    the anchor (and no analysts' cue)."""
    out = []
    for side, other in ((rus, prk), (prk, rus)):
        for n in side:
            k = n.start - 1
            if n.term.sub != "nisba" or k < 0 or s.tokens[k] not in SPECIALIST_NOUNS:
                continue
            lo_hi = [(min(o.start, n.start), max(o.start, n.start)) for o in other]
            if any(0 < hi - lo <= 8 and not any(lo < c <= hi for c in s.commas) for lo, hi in lo_hi):
                out.append(Mention(replace(n.term, sub="interaction", source="cooperation:specialists"), k, k + 1))
    return out


def _unreported(s: Sentence, t: int) -> tuple[str, str] | None:
    """(status, rule) when the words before the anchor make the cooperation something other than reported news."""

    def before(words: frozenset[str], n: int) -> bool:
        return any(s.tokens[i] in words for i in range(max(0, t - n), t))

    if _feared(s, t):
        return "planned", "status:feared"
    if _commemorated(s, t):
        return "historical", "status:commemorated"
    if before(SPECULATORS, 8):
        # "يعتقد مراقبون أن روسيا تزود كوريا الشمالية بتكنولوجيا الأقمار": observers' reading
        return "analysis", "status:speculation"
    if before(POSSIBILITY_WORDS, 4):
        # "من الممكن أن تحصل كوريا الشمالية على مقاتلات روسية"
        return "planned", "status:possibility"
    if _obliged(s, t):
        # "قال إن الزعيم ينبغي أن يلتقي الرئيس الأمريكي"، "إن على كيم أن يجتمع به": what ought to happen
        return "planned", "status:obligation"
    if before(CONSIDERATION_VERBS, 4):
        # "تدرس روسيا إطلاق رحلات جوية مباشرة إلى كوريا الشمالية": under study, not yet done
        return "planned", "status:considered"
    if before(PROHIBITION_WORDS, 6):
        # "تحظر العقوبات على كوريا الشمالية تصدير العمال إلى روسيا": what is forbidden is not reported as done
        return "denied", "status:prohibited"
    if _on_the_agenda(s, t):
        return "planned", "status:on_the_agenda"
    return None


def _on_the_agenda(s: Sentence, t: int) -> bool:
    """ "إن قمة بين الرئيسين على جدول الأعمال"، "زيارة الزعيم إلى موسكو لا تزال على جدول الأعمال": a meeting or
    visit noun said, in its own clause, to be on the agenda is being prepared, not held (not the topics on the
    agenda of one held: "ناقشت القمة بين الرئيسين القضايا المدرجة على جدول الأعمال")."""
    if s.tokens[t].removeprefix("و") not in AGENDA_ITEMS:
        return False
    return any(
        t < c.start <= t + 12
        and not any(t < k <= c.start for k in s.commas)
        and not any(tok in AGENDA_CONTENTS for tok in s.tokens[t + 1 : c.start])
        for c in s.cue("agenda")
    )


def _obliged(s: Sentence, t: int) -> bool:
    """ "ينبغي أن يلتقي"، "يجب أن يجتمع"، "إن على الزعيم أن يلتقي": a should/must word (or على after a complementiser,
    its subject, then أن) right before the anchor or opening the أن-clause it stands in ("يتعين على روسيا أن تجري
    محادثات")."""
    toks = s.tokens
    for k in range(max(0, t - 6), t):
        tok = toks[k].removeprefix("و")
        if tok in OBLIGATION_WORDS and (t - k <= 3 or "ان" in toks[k + 1 : t]):
            return True
        if tok == "علي" and k >= 1 and toks[k - 1] in COMPLEMENTISERS and "ان" in toks[k + 1 : t]:
            return True
    return False


def _feared(s: Sentence, t: int) -> bool:
    """ "تخشى الدول الغربية أن تحصل بيونغ يانغ على تكنولوجيا روسية": a fear word before the anchor, with no temporal
    link between them ("بعد", "منذ") that would make the anchor the cause of the fear rather than its content."""
    fears = [i for i in range(t) if s.tokens[i] in FEAR_WORDS]
    return bool(fears) and not any(tok in TEMPORAL_LINKS for tok in s.tokens[fears[-1] : t])


def _leaders_vehicle(s: Sentence, c: Mention) -> bool:
    """ "قطار كيم المصفح"، "القطار الخاص للزعيم": a leader's own train or plane carries a visit, not trade."""
    if not any(w in TRANSPORT_WORDS for w in c.term.tokens):
        return False
    after = s.tokens[c.end : c.end + 2]
    return any(w in LEADER_VEHICLE_WORDS for w in after) or any(
        m.cat == "person" and m.start == c.end for m in s.mentions
    )


def _means_of_travel(s: Sentence, c: Mention) -> bool:
    """ "غادر إلى روسيا بالقطار": the way a traveller goes, not a link between the two."""
    return any(w in TRANSPORT_WORDS for w in c.term.tokens) and s.tokens[c.start].startswith("ب")


def _announced_by_a_side(s: Sentence, t: int, sides: list[Mention], *, ahead: bool = False) -> bool:
    """ "أعلن الكرملين اليوم أن الرئيس بوتين سيزور كوريا الشمالية الأسبوع المقبل": a visit scheduled (every future word
    before it is one of scheduling) and announced by one of the two sides (named within four words of the verb) is
    the day's news; "قال محللون إن كيم قد يزور روسيا" is not. With ahead, the future is already told by a coming date
    or a future verb ("أنها ستسير رحلات مباشرة اعتبارا من 17 يونيو"), and no other future word is needed."""
    futures = [c for c in s.cue("future") if c.start < t + 4]
    if not (futures or ahead) or not all(c.term.tokens[-1] in SCHEDULING_WORDS for c in futures):
        return False
    if s.cue("hedge", "analysis", "denial", "pluperfect_aux"):
        return False
    for i in range(min(t, len(s.tokens))):
        verbs = {s.tokens[i], s.tokens[i].removeprefix("و")}
        if verbs & (ANNOUNCING_VERBS | SIDE_STATEMENT_VERBS) and any(0 < m.start - i <= 4 for m in sides):
            return True
    return False


def _invited(s: Sentence, t: int) -> bool:
    """An invitation word at the anchor or a few words before it ("دعا بوتين كيم لزيارة"، "وجه دعوة لحضور")."""
    return any(s.tokens[i].removeprefix("و").endswith(INVITATION_WORDS) for i in range(max(0, t - 6), t + 1))


def _in_a_time_clause_before(s: Sentence, k: int, t: int) -> bool:
    """ "في الوقت الذي تستعد فيه كوريا الشمالية لإطلاق قمر جديد، كشفت سيول أن خبراء روسا وصلوا": a word in a time
    clause ("in the time that …") closed by a comma before the anchor belongs to that clause, not to the anchor's."""
    toks = s.tokens
    opened = any(toks[j] in TIME_CLAUSE_HEADS and toks[j + 1] in RELATIVES for j in range(max(0, k - 8), k - 1))
    return opened and any(k < c <= t for c in s.commas)


def _destination_elsewhere(s: Sentence, c: Mention) -> bool:
    """ "وصل الرئيس الروسي والزعيم الكوري الشمالي إلى بكين للمشاركة في العرض": a journey whose destination (the
    first side or place after إلى) is a third state brings the two together only as guests of another."""
    to = next((i for i in range(c.end, min(c.end + 8, len(s.tokens))) if s.tokens[i] in DESTINATION_PREPOSITIONS), None)
    if to is None:
        return False
    dest = next((m for m in s.mentions if m.cat in ("actor", "place") and to < m.start <= to + 2), None)
    if dest is None:
        return False
    code = actor_of(dest) if dest.cat == "actor" else dest.term.value[1]
    return code not in ("RUS", "PRK", None)


def _relative_clause_date(
    lex: Lexicon, s: Sentence, anchor: Mention, pub: date | None
) -> tuple[date | None, bool, bool] | None:
    """(date, dated, old) from a date in the relative clause right after a noun anchor ("القمة التي عقدت عام 2019"،
    "الزيارة التي قام بها في سبتمبر الماضي"), up to the clause's end; None when there is none."""
    k = anchor.end
    if anchor.cat != "coop" or k >= len(s.tokens) or s.tokens[k] not in RELATIVES:
        return None
    end = next((i for i in range(k + 1, len(s.tokens)) if i in s.commas or s.tokens[i] in CLAUSE_BREAKS), len(s.tokens))
    own = [d for d in date_mentions(lex, s, pub) if k < d[0] < end]
    if not own:
        return None
    _, d, old = min(own, key=lambda d: d[0])
    return d, d is not None, old


def _dates_of_another_thing(lex: Lexicon, s: Sentence, t: int, pub: date | None) -> bool:
    """Every date of the sentence comes after the anchor, past a word that opens the description of another thing
    (a relative, "الموقعة"، "محل"): the anchor itself is undated."""
    ds = date_mentions(lex, s, pub)
    if not ds or any(i <= t for i, _, _ in ds):
        return False
    return all(any(s.tokens[k] in OTHER_THING_LINKS for k in range(t + 1, i)) for i, _, _ in ds)


def _coop_word_ok(s: Sentence, c: Mention) -> bool:
    tok = s.tokens[c.start]
    if (
        c.term.sub == "visit_meeting"
        and tok.endswith("صل")
        and (prev_tok(s, c.start) == "ما" or (c.end < len(s.tokens) and s.tokens[c.end] in QUANTITY_HEADS))
    ):
        # "ما يصل إلى 60 بالمئة من القذائف"، "يصل عددهم إلى عشرة آلاف": a quantity reaching a figure, no arrival
        return False
    if tok in ATTENDANCE_WORDS and any(
        m.cat == "actor" and actor_of(m) not in ("RUS", "PRK", None) for m in s.mentions
    ):
        return False
    if c.term.sub == "visit_meeting" and _destination_elsewhere(s, c):
        return False
    if tok in DEPARTURE_VERBS and not any(t in JOURNEY_WORDS for t in s.tokens):
        # "غادر آلاف العمال الكوريين الشماليين روسيا قبل انتهاء المهلة": leaving, with no journey or visit
        return False
    if c.term.sub == "communication" and tok.endswith(INVITATION_WORDS):
        nxt = s.tokens[c.end : c.end + 3]
        if any("زيار" in t for t in nxt):
            return True
        # "وجه الرئيس الروسي دعوة رسمية إلى الزعيم الكوري الشمالي لحضور احتفالات عيد النصر": an invitation (the
        # noun) to attend, its guest named between, in one clause
        clause = [i for i in range(c.end, min(c.end + 8, len(s.tokens))) if i not in s.commas]
        return tok.endswith("دعوه") and any(s.tokens[i] in ATTENDANCE_PURPOSES for i in clause)
    return True


def deny_accused_transfers(mentions: list[EventMention]) -> None:
    """In an article where one side denies the cooperation, transfers reported without a meeting, call or
    agreement are the accusations being denied (TAXONOMY: a denied arms deal is not asserted cooperation)."""
    coop = [m for m in mentions if m.type == "russia_dprk_cooperation"]
    # (a call to stop the cooperation denies nothing: "طلب سحب القوات الكورية الشمالية ووقف التعاون")
    denials = [
        m for m in coop if m.status == "denied" and not _unacknowledged(m) and "status:suspension" not in m.rules
    ]
    if not denials:
        return
    # (what is denied is of the denial's kind: "مزاعم تزويد روسيا بالسلاح تنفيها موسكو وبيونغ يانغ" leaves the new
    # flight between the two capitals reported)
    denied_kinds = {sub for m in denials for sub in m.subtypes}
    # (a transfer the lead reports stays the day's news when every denial comes later in the body: "قالت
    # الاستخبارات اليوم إن بيونغ يانغ أرسلت 1500 جندي إضافي إلى روسيا ... ونفت كوريا الشمالية أن تكون أرسلت قوات"
    # recalls the side's standing answer to the accusations)
    denied_in_lead = any(_in_lead(m.sentence) for m in denials)
    for m in coop:
        strong = any(m.rules[0].endswith(f"cooperation:{sub}") for sub in _STRONG_COOP)
        if not denied_in_lead and _in_lead(m.sentence):
            continue
        if m.status == "asserted" and not strong and denied_kinds & set(m.subtypes):
            m.status = "denied"
            m.rules.append("status:denied_elsewhere")


def _in_lead(s: Sentence) -> bool:
    """The title or the first sentence of the text: where an article gives its news."""
    return s.field == "title" or s.index == 0


def _unacknowledged(m: EventMention) -> bool:
    """ "لم تعترف كوريا الشمالية ولا روسيا رسميا بنشر القوات أو إمداد الأسلحة": the negation falls on a verb of
    acknowledging before the mention's end; the sides leave the reported transfer unconfirmed, they do not deny it."""
    s = m.sentence
    return m.status == "denied" and any(
        c.start < m.tok_end and c.end < len(s.tokens) and s.tokens[c.end].removeprefix("و") in ACKNOWLEDGING_VERBS
        for c in s.cue("negation")
    )


def _commemorated(s: Sentence, t: int) -> bool:
    """ "مراسم لتكريم الجنود الذين سقطوا في أثناء قتالهم إلى جانب روسيا"، "يضع ميداليات بجانب صور 101 جندي قتلوا أثناء
    القتال إلى جانب القوات الروسية": the anchor in the relative clause (opened by a relative or a verb of falling) of
    those an honouring or mourning word is about, in one clause, or the honouring itself: who the honoured were, not
    the day's news."""
    toks = s.tokens
    if t + 1 < len(toks) and toks[t + 1] in COMMEMORATION_HEADS:
        # "منحت ألقاب البطل للجنود الذين قاتلوا مع القوات الروسية": the anchor is the honouring itself
        return True
    if toks[t] in COMMEMORATION_HEADS and any(tok in FALLEN_VERBS for tok in toks[t + 1 : t + 7]):
        # "قدم التعازي لعائلات الجنود الذين قتلوا أثناء خدمتهم في روسيا": condolences for the fallen, to their families
        return True
    # (the verb of falling may be the anchor: "صور 101 جندي قتلوا أثناء القتال إلى جانب القوات الروسية")
    for k in range(max(0, t - 6), t + 1):
        if toks[k] not in FALLEN_VERBS:
            continue
        lo = max(0, k - 6)
        if any(toks[j] in COMMEMORATION_HEADS for j in range(lo, k)) and not any(lo <= c <= t for c in s.commas):
            return True
    return False


def _pronoun_visit(s: Sentence, anchor: Mention, m: Mention) -> bool:
    """ "قلقها من تعزيز العلاقات بين روسيا وكوريا الشمالية، فيما يستعد الرئيس الروسي زيارتها": a visit word whose
    pronoun (ها) points back to a country named before it takes that country as its side across the clause break,
    when no other state is named between them."""
    toks = s.tokens
    if anchor.cat != "coop" or anchor.term.sub != "visit_meeting" or not toks[anchor.start].endswith("ها"):
        return False
    if m.cat != "actor" or m.term.sub != "name" or m.end > anchor.start:
        return False
    return not any(
        o.cat == "actor" and o.term.sub == "name" and m.end <= o.start < anchor.start and actor_of(o) != actor_of(m)
        for o in s.mentions
    )


def _today_after(s: Sentence, anchor: Mention) -> bool:
    """ "زيارتها اليوم الثلاثاء"، "يزور كوريا الشمالية اليوم": "today" within four words after the meeting word, in its
    clause, is the meeting's own day."""
    return any(
        m.term.value == 0
        and anchor.end <= m.start <= anchor.end + 4
        and not any(anchor.end <= i <= m.start for i in s.commas)
        for m in s.of("reldate")
    )


def _spaceport(s: Sentence, c: Mention) -> bool:
    """ "فوستوشني، الميناء الفضائي الروسي"، "في مطار فوستوتشني الفضائي"، "قاعدة فوستوتشني الفضائية": the words of a
    spaceport's name (its head before the space adjective, with or without the site's name between) are a place."""
    toks = s.tokens
    sites = {i for m in s.of("place") if m.term.value[1] is not None for i in range(m.start, m.end)}

    def heads_at(k: int) -> bool:
        # the head right before, or before the site's name ("مطار فوستوتشني الفضائي")
        while k >= 0 and k in sites:
            k -= 1
        return k >= 0 and toks[k] in SPACE_SITE_HEADS

    if c.term.sub == "space_tech" and toks[c.start] in SPACE_ADJECTIVES and c.end - c.start == 1:
        return heads_at(c.start - 1) or (c.start - 1) in sites
    if c.term.sub == "economic" and toks[c.start] in SPACE_SITE_HEADS:
        return c.end < len(toks) and toks[c.end] in SPACE_ADJECTIVES
    return False


def _protested_deed(s: Sentence, c: Mention) -> bool:
    """ "استدعت سيول السفير الروسي للاحتجاج على نشر كوريا الشمالية جنودا في روسيا": a transfer named as a deed (its
    verbal noun right after the protest's على, its doer and what was sent right after it) is protested as done, not
    as a worry."""
    toks = s.tokens
    if c.term.sub not in ("transfer", "interaction") or c.start < 2:
        return False
    if toks[c.start - 1] != "علي" or toks[c.start - 2] not in PROTEST_HEADS:
        return False
    # (the doer right after the verbal noun, and what it sent right after the doer: "نشر كوريا الشمالية جنودا")
    doers = [m for m in s.mentions if m.start == c.end and m.cat == "actor" and actor_of(m) in ("RUS", "PRK")]
    doer = doers[0] if doers else None
    return doer is not None and any(
        o.term.sub == "military" and doer.end <= o.start <= doer.end + 1 for o in s.of("coop")
    )


def announced_before_colon(mentions: list[EventMention], sentences: list[Sentence], norms: dict) -> None:
    """ "قال بيسكوف: بوتين وكيم سيلتقيان في فلاديفوستوك"، "الكرملين: الرئيس سيزور بيونغ يانغ": a visit or talks
    scheduled (every future word one of scheduling) right after a short speaker phrase of one of the two sides and
    its colon are announced by that side, the day's news."""
    for m in mentions:
        if m.type != "russia_dprk_cooperation" or m.rules[-1:] != ["status:future_cue"]:
            continue
        s = m.sentence
        if not s.index or s.cue("hedge", "analysis", "denial", "pluperfect_aux"):
            continue
        futures = [c for c in s.cue("future") if c.start < m.tok_end + 4]
        if not futures or not all(c.term.tokens[-1] in SCHEDULING_WORDS for c in futures):
            continue
        prev = next((p for p in sentences if p.field == s.field and p.index == s.index - 1), None)
        if prev is None or not prev.tokens or len(prev.tokens) > 5:
            continue
        text = norms[s.field].text
        end = prev.spans[-1][1]
        if text[end : s.spans[0][0]].strip() != ":":
            continue
        if any(c.cat in ("actor", "person") and actor_of(c) in ("RUS", "PRK") for c in prev.mentions):
            m.status, m.event_date, m.dated = "asserted", None, False
            m.rules.append("status:announced")
