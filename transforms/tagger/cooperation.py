"""Russia–DPRK cooperation mentions: both sides near a cooperation word, subtypes, status."""

from __future__ import annotations

from datetime import date

from transforms.lexicon import Lexicon, Mention
from transforms.tagger.sentences import EventMention, Sentence, actor_of, prev_tok
from transforms.tagger.timing import clause_status, date_status, nearest_date
from transforms.tagger.words import (
    BETWEEN_WORDS,
    INVITATION_WORDS,
    PROTEST_HEADS,
    QUOTE_MARKERS,
    STANCE_OBJECTS,
    SUPPLY_LINKS,
    SUPPORT_STEMS,
    TEMPORAL_LINKS,
    THIRD_PARTY_HEADS,
    TOPIC_OF_TALK,
    WORRY_PREDICATES,
)

# ---------------------------------------------------------------------------------------------- cooperation
_STRONG_COOP = ("summit", "visit_meeting", "communication", "agreement")


def find_cooperation(lex: Lexicon, s: Sentence, pub: date | None) -> list[EventMention]:
    rus = [m for m in s.mentions if m.cat in ("actor", "person") and actor_of(m) == "RUS" and not _topic(s, m)]
    prk = [m for m in s.mentions if m.cat in ("actor", "person") and actor_of(m) == "PRK" and not _topic(s, m)]
    if not rus or not prk:
        return []
    toks = s.tokens
    coop = s.of("coop")
    strong = [c for c in coop if c.term.sub in _STRONG_COOP and _coop_word_ok(s, c)]
    interaction = [c for c in coop if c.term.sub in ("interaction", "permission", "transfer")]
    interaction += _between_sides(s, rus, prk)
    content = [c for c in coop if c.term.sub in ("military", "space_tech", "economic")]
    # Russian use of North Korean missiles (origin nisba after a weapon noun) is military cooperation.
    origin_use = any(
        (m.cat == "actor" and m.term.sub == "nisba" and any(0 <= m.start - o.end <= 2 for o in s.of("mnoun", "weapon")))
        or _supplied_by(s, m)
        for m in prk
    ) and _russia_fires(s, rus)
    interaction = [c for c in interaction if not _one_sided(s, c)]
    anchors = strong or (interaction if content else []) or []
    if not anchors and content and s.cue("denial"):
        # "التقارير عن تزويد كوريا الشمالية روسيا بالأسلحة لا أساس لها": a denied transfer
        anchors = content
    if not anchors and not origin_use:
        return []
    if origin_use:
        # the firing itself (not a direction word: "على أوكرانيا"), after any other anchor ("حصلت السلطات على أدلة
        # على أن الجيش الروسي استخدم صواريخ كورية شمالية": the obtaining is not between the two sides)
        anchors = anchors + [
            m for m in s.mentions if m.cat in ("launch", "war") and m.term.sub not in ("direction", "suffered")
        ]
    # the first anchor with both sides near it
    win = 12

    def near(ms: list[Mention], anchor: Mention) -> bool:
        return any(abs(m.start - anchor.start) <= win for m in ms)

    anchor = next((a for a in anchors if near(rus, a) and near(prk, a)), None)
    if anchor is None:
        return []
    # a third party's leader closer to a summit/meeting word than the sides: the meeting is someone else's
    if strong and any(t in THIRD_PARTY_HEADS for t in toks):
        thirds = [i for i, t in enumerate(toks) if t in THIRD_PARTY_HEADS]
        d3 = min(abs(i - anchor.start) for i in thirds)
        d_r = min(abs(m.start - anchor.start) for m in rus)
        d_p = min(abs(m.start - anchor.start) for m in prk)
        if d3 < max(d_r, d_p):
            return []
    subtypes: list[str] = []
    heads = {m.term.value[0] for m in s.mentions if m.cat == "person" and m.term.sub == "head"}
    subs = {c.term.sub for c in strong}
    if "summit" in subs or ({"putin", "kim_jong_un"} <= heads and "visit_meeting" in subs):
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
    if not subtypes:
        return []
    t = anchor.start
    status, rules = clause_status(lex, s, t, pub, None)
    if s.cue("denial"):
        status, rules = "denied", ["status:denial_cue"]
    if status == "asserted":
        for c in s.cue("future"):
            if c.start < t + 4:
                status, rules = "planned", ["status:future_cue"]
                break
    d, dated, old = nearest_date(lex, s, t, pub)
    status, drules = date_status(status, d, old, pub)
    if (
        status == "historical"
        and set(subtypes) <= {"military", "space_tech"}
        and any(r.start < t for r in s.cue("reporting"))
        and not s.cue("pluperfect_aux", "analysis", "future", "hedge")
    ):
        # "كييف: روسيا أطلقت أكثر من 20 صاروخا كوريا شماليا منذ ديسمبر"، "قالت سيول إن بيونغ يانغ أرسلت آلاف
        # الجنود": arms or troops reported by an official are the day's news, however long the transfers took
        status, drules = "asserted", ["status:reported_transfer"]
        d, dated = None, False
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
        rules=["coop:" + anchor.term.source, *sorted({c.term.source for c in coop}), *rules, *drules],
    )
    out.event_date, out.dated = d, dated
    return [out]


def _one_sided(s: Sentence, c: Mention) -> bool:
    """ "دعمها الكامل للعملية العسكرية الروسية": support for a stance or a war; "للاحتجاج على التعاون العسكري":
    cooperation as what someone protests or worries about. Neither reports the two sides acting together."""
    toks = s.tokens
    support = toks[c.start].startswith(SUPPORT_STEMS) and any(t in STANCE_OBJECTS for t in toks[c.end : c.end + 3])
    protested = any(t in PROTEST_HEADS for t in toks[max(0, c.start - 6) : c.start])
    # "إن التعاون العسكري بين روسيا وكوريا الشمالية يثير قلقا": the cooperation as the subject of a worry
    protested = protested or any(t in WORRY_PREDICATES for t in toks[c.end : c.end + 8])
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
    return support or protested or quoting or third


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


def _coop_word_ok(s: Sentence, c: Mention) -> bool:
    tok = s.tokens[c.start]
    if c.term.sub == "communication" and tok.endswith(INVITATION_WORDS):
        nxt = s.tokens[c.end : c.end + 3]
        return any("زيار" in t for t in nxt)
    return True


def deny_accused_transfers(mentions: list[EventMention]) -> None:
    """In an article where one side denies the cooperation, transfers reported without a meeting, call or
    agreement are the accusations being denied (TAXONOMY: a denied arms deal is not asserted cooperation)."""
    coop = [m for m in mentions if m.type == "russia_dprk_cooperation"]
    if not any(m.status == "denied" for m in coop):
        return
    for m in coop:
        strong = any(m.rules[0].endswith(f"cooperation:{sub}") for sub in _STRONG_COOP)
        if m.status == "asserted" and not strong:
            m.status = "denied"
            m.rules.append("status:denied_elsewhere")
