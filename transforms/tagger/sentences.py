"""Sentences and tokens of an article, the per-sentence event-mention record, and token-level helpers."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from transforms.lexicon import Lexicon, Mention, Term
from transforms.tagger.words import (
    AIRCRAFT_ADJECTIVES,
    AIRCRAFT_NOUNS,
    ANNOUNCER_WORDS,
    ANTI_STEMS,
    BACKING_PARTICIPLES,
    CLITIC_LIKE_NAME_STARTS,
    COMPLEMENTISERS,
    DATELINE_AGENCIES,
    DIRECTIONS,
    FIRST_PERSON_SUFFIXES,
    KIM_BARE,
    LAUNCH_SITE_HEADS,
    LOCATION_PREPOSITIONS,
    LOYALTY_STEMS,
    MILITARY_RANKS,
    MILITIA_NOUNS,
    MISSILE_NISBA_HEADS,
    NORTH_REGION_HEADS,
    OBSERVATION_WORDS,
    PARTITIVE_AFTER_STRIP,
    PLACE_HEADS,
    POSITION_HEADS,
    PREPOSITIONS,
    PROXY_NOUNS,
    REQUEST_HEADS,
    SECTOR_QUALIFIERS,
    SPOKESMAN_LINKS,
    SPOKESMAN_NOUNS,
    STATEMENT_MEDIA,
    STRIKE_NISBA_HEADS,
    SYRIAN_NISBAS,
    TARGET_NOUNS,
    TARGET_PREPOSITIONS,
    TWO_PEOPLE_WORDS,
    TWO_SIDES_WORDS,
)

# (a dot or colon right before a digit is a decimal point or a clock time, "08:40", not a sentence end)
_SENTENCE_RE = re.compile(r"(?:[!?;\n]|[.:](?!\d))+")
LEAD_SENTENCES = 2


@dataclass
class Sentence:
    field: str  # "title" | "text"
    norm_start: int
    tokens: list[str]
    spans: list[tuple[int, int]]  # in the field's normalised text
    mentions: list[Mention]
    order: int  # position in the article (title = 0)
    commas: set[int] = dataclasses.field(default_factory=set)  # token indices preceded by a comma
    index: int = 0  # position within its field (0 = first sentence of the title or of the text)

    def of(self, *cats: str) -> list[Mention]:
        return [m for m in self.mentions if m.cat in cats]

    def cue(self, *subs: str) -> list[Mention]:
        return [m for m in self.mentions if m.cat == "cue" and m.term.sub in subs]


@dataclass
class EventMention:
    """One event mention in one sentence, before document-level merging."""

    type: str
    status: str
    sentence: Sentence
    tok_start: int
    tok_end: int
    actors: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()
    count: int | None = None
    count_qualifier: str | None = None
    missile_class: tuple[str, ...] = ()
    weapon: str | None = None
    mode: str | None = None
    vehicle: str | None = None
    payload: str | None = None
    event_date: date | None = None
    dated: bool = False
    bare_plural: bool = False  # the launched object is an uncounted plural ("صواريخ")
    days_before: int = 0  # "بعد يوم واحد من إطلاق": days before the day of the clause it follows
    rules: list[str] = field(default_factory=list)


_WORD_RE = re.compile(r"[^\W\d_]+|\d+")


def split_sentences(lex: Lexicon, norms: dict) -> list[Sentence]:
    out: list[Sentence] = []
    order = 0
    for fld in ("title", "text"):
        ntext = norms[fld].text
        pos = 0
        pieces: list[tuple[int, int]] = []
        header = False
        for m in _SENTENCE_RE.finditer(ntext):
            if header:
                pieces[-1] = (pieces[-1][0], m.start())
            else:
                pieces.append((pos, m.start()))
            pos = m.end()
            # a short dated header before a colon ("- ديسمبر 2012: ..."، "- 21 أبريل: ...") dates what follows
            head = ntext[pieces[-1][0] : m.start()]
            header = m.group() == ":" and len(_WORD_RE.findall(head)) <= 6 and any(c.isdecimal() for c in head)
        if header:
            pieces[-1] = (pieces[-1][0], len(ntext))
        else:
            pieces.append((pos, len(ntext)))
        index = 0
        for a, b in pieces:
            seg = ntext[a:b]
            toks: list[str] = []
            spans: list[tuple[int, int]] = []
            commas: set[int] = set()
            last = 0
            for tm in _WORD_RE.finditer(seg):
                if toks and "," in seg[last : tm.start()]:
                    commas.add(len(toks))
                toks.append(tm.group())
                spans.append((a + tm.start(), a + tm.end()))
                last = tm.end()
            if not toks:
                continue
            mentions = _observation_payloads(toks, _intercepted_projectiles(lex.match(toks)))
            mentions = _without_dateline(ntext, toks, spans, mentions)
            out.append(Sentence(fld, a, toks, spans, mentions, order, _without_dated_asides(commas, mentions), index))
            order += 1
            index += 1
    return out


_KIM_TERM = Term("person", "head", ("kim_jong_un", "PRK"), ("كيم",), "people:kim_jong_un:coref")


def resolve_kim(sentences: list[Sentence]) -> None:
    """A bare كيم refers to Kim Jong Un in an article that names him in full or names North Korea (a headline's
    "كيم يشرف على …" comes before the text that gives the full name), or beside the Russian president whose
    counterpart he is ("بوتين يتلقى رسالة من كيم")."""
    if not any(
        (m.cat == "person" and m.term.value[0] in ("kim_jong_un", "putin"))
        or (m.cat == "actor" and m.term.value == "PRK")
        for s in sentences
        for m in s.mentions
    ):
        return
    for s in sentences:
        covered = {i for m in s.mentions for i in range(m.start, m.end) if m.cat == "person"}
        for i, t in enumerate(s.tokens):
            if t in KIM_BARE and i not in covered:
                s.mentions.append(Mention(_KIM_TERM, i, i + 1))


def resolve_surnames(lex: Lexicon, sentences: list[Sentence]) -> None:
    """ "وقال سريع إن …": a bare surname that is also a common word is the person in an article that names them
    in full (people.yaml `surnames`), alone or after و/ف."""
    named = {m.term.value for s in sentences for m in s.mentions if m.cat == "person"}
    for s in sentences:
        covered = {i for m in s.mentions for i in range(m.start, m.end)}
        for i, t in enumerate(s.tokens):
            term = lex.surnames.get(t) or (lex.surnames.get(t[1:]) if t[:1] in ("و", "ف") else None)
            if term is not None and term.value in named and i not in covered:
                s.mentions.append(Mention(term, i, i + 1))


GOVERNMENT = "GOVERNMENT"
# the non-state launchers of the taxonomy: they have no "government forces", and an article that names exactly one
# of them lends it to missiles it leaves unattributed
ARMED_GROUPS = frozenset({"HOUTHI", "GAZA", "HEZBOLLAH", "ISIS"})
# launchers without a taxonomy code, taken only where a sentence names them: an article about a siege names the
# besieged factions often, but the missiles it leaves unattributed are mostly the besiegers'
NAMED_ONLY = frozenset({"OTHER:Syrian rebels", "OTHER:Yemeni government forces"})
_NOT_STATES = ARMED_GROUPS | NAMED_ONLY | {"UNKNOWN"}
# Yemen has government forces, but its code stands for the Houthis in launch news
_NO_GOVERNMENT_FORCES = frozenset({"YEM"})
# the article, alone or after و/ب/ف/ل: "الصواريخ"، "والصواريخ"، "بالصواريخ"، "للصواريخ"، "فالصواريخ"
DEFINITE_PREFIXES = ("ال", "وال", "بال", "لل", "فال")


_DATE_CATS = frozenset({"weekday", "reldate", "month"})


def _without_dateline(ntext: str, toks: list[str], spans: list[tuple[int, int]], mentions: list) -> list:
    """The mentions without the places and sides of a dateline ("أتلانتا، الولايات المتحدة الأمريكية (CNN)--"): the
    place the report was filed from is no party to what it reports."""
    marks = [
        k
        for k, tok in enumerate(toks)
        if tok in DATELINE_AGENCIES and ntext[spans[k][0] - 1 : spans[k][0]] == "(" and ntext[spans[k][1] :][:1] == ")"
    ]
    if not marks:
        return mentions
    return [
        m
        for m in mentions
        if not (m.cat in ("actor", "place") and any(k - _DATELINE_SPAN <= m.start and m.end <= k for k in marks))
    ]


# the longest dateline: a city, a comma, a country of three words ("دبي، الإمارات العربية المتحدة")
_DATELINE_SPAN = 5


def _intercepted_projectiles(mentions: list[Mention]) -> list[Mention]:
    """ "اعترضت القبة الحديدية إحدى قذيفتين أطلقتا من القطاع": a shell that an anti-missile defence intercepts, or a
    shell of a missile class, is a rocket (a missile noun of its number); elsewhere, as a mortar or artillery shell,
    or fired by the defence itself ("أطلقت الدفاعات الجوية وابلا من القذائف أثناء التصدي"), it is no launched
    object."""
    defended = any(m.cat == "antimissile" for m in mentions)
    intercepts = [m.end for m in mentions if m.cat == "launch" and m.term.sub == "interception"]
    # ("قال الجيش إن 27 قذيفة أطلقت من القطاع، فيما اعترضت القبة الحديدية معظمها": fired, then met)
    fired = [m.start for m in mentions if m.cat == "launch" and m.term.sub == "verbs_past"]
    # ("أجرت باكستان اختبار إطلاق قذيفة متوسطة المدى"، "قذيفة باليستية": a shell of a missile class is a missile)
    classed = {m.start for m in mentions if m.cat == "mclass" and m.term.sub != "unguided_rocket"}
    out = []
    for m in mentions:
        if m.cat == "projectile":
            met = any(0 <= m.start - end <= 5 for end in intercepts) or any(f - m.end in (0, 1) for f in fired)
            classified = m.end in classed or m.end + 1 in classed
            if not ((defended and met) or classified) or m.term.sub == "artillery":
                continue
            out.append(dataclasses.replace(m, term=dataclasses.replace(m.term, cat="mnoun")))
        elif m.cat != "antimissile":
            out.append(m)
    return out


def _observation_payloads(toks: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "قمر رصد"، "قمرين صناعيين لرصد الأرض": observing is what the satellite does, not a launch detected or
    reported (the detection verb right after a payload, or with the purpose ل); and satellites a weapon is made
    against are no payload."""
    payload_ends = {m.end for m in mentions if m.cat == "payload"}
    payload_ends |= {k + 1 for k in payload_ends}  # (an adjective between: "قمرين صناعيين لرصد")
    return [
        m
        for m in mentions
        if (
            not ((m.cat == "launch" and m.term.sub == "detection") or (m.cat == "cue" and m.term.sub == "reporting"))
            or toks[m.start] not in OBSERVATION_WORDS
            or (m.start not in payload_ends and not toks[m.start].startswith("ل"))
        )
        # ("صاروخا مضادا للأقمار الصناعية": satellites a missile is made against are no payload)
        and not (m.cat == "payload" and m.start >= 1 and toks[m.start - 1].startswith(ANTI_STEMS))
    ]


def _without_dated_asides(commas: set[int], mentions: list[Mention]) -> set[int]:
    """ "أكدت بيونغ يانغ، اليوم السبت، إجراء اختبار": a day set off by two commas is an aside; the clause goes
    on across it, so neither comma starts a new clause."""
    dated = {k for m in mentions if m.cat in _DATE_CATS for k in range(m.start, m.end)}
    out = set(commas)
    for a in sorted(commas):
        b = min((c for c in commas if c > a), default=None)
        if b is not None and all(k in dated for k in range(a, b)):
            out -= {a, b}
    return out


def hosts_a_place(s: Sentence, k: int) -> bool:
    """ "قاعدة تستخدمها إيران"، "المطار الذي تتمركز فيه قوات": the verb of using or stationing at `k` follows a place
    or target noun (across a relative and an adjective), with no weapon noun between."""
    # ("قصف صاروخي يستهدف قاعدة عسكرية تضم قوات"، "مركز بغداد للدعم الدبلوماسي الذي يضم قوات": the place noun
    # up to five words back; a weapon noun after it makes the verb the weapon's, "الصواريخ التي تستخدمها")
    lo = max(0, k - 5)
    places = [j for j in range(lo, k) if s.tokens[j].lstrip("و") in TARGET_NOUNS or s.tokens[j] in PLACE_HEADS]
    if not places:
        return False
    return not any(m.cat in ("mnoun", "weapon") and places[-1] < m.start < k for m in s.mentions)


def is_definite(tok: str) -> bool:
    return tok.startswith(DEFINITE_PREFIXES)


def resolve_government(sentences: list[Sentence]) -> None:
    """ "القوات الحكومية"، "قوات الحكومة" are the forces of the state the article names most; a mention whose state
    is unclear (a tie, or none named) is dropped rather than guessed."""
    counts: dict[str, int] = {}
    for s in sentences:
        for m in s.mentions:
            if m.cat == "actor" and m.term.value != GOVERNMENT and m.term.value not in _NOT_STATES:
                counts[str(m.term.value)] = counts.get(str(m.term.value), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    state = None
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] not in _NO_GOVERNMENT_FORCES:
        state = ranked[0][0]
    for s in sentences:
        kept = []
        for m in s.mentions:
            if m.cat == "actor" and m.term.value == GOVERNMENT:
                if state is None:
                    continue
                term = dataclasses.replace(m.term, value=state, source=f"{m.term.source}:{state}")
                kept.append(Mention(term, m.start, m.end))
                continue
            kept.append(m)
        s.mentions[:] = kept


def resolve_two_sides(sentences: list[Sentence]) -> None:
    """ "وقع الزعيمان معاهدة"، "اتفق البلدان على": in an article about Russia and North Korea (both named, and no
    third state named as often), the two leaders, countries or sides are those two."""
    counts: dict[str, int] = {}
    for s in sentences:
        for m in s.mentions:
            code = actor_of(m) if m.cat in ("actor", "person") else None
            if code and code not in _NOT_STATES:
                counts[code] = counts.get(code, 0) + 1
    sides = min(counts.get("RUS", 0), counts.get("PRK", 0))
    whole = bool(sides) and not any(n >= sides for code, n in counts.items() if code not in ("RUS", "PRK"))
    previous: set[str] = set()
    for s in sentences:
        covered = {i for m in s.mentions for i in range(m.start, m.end) if m.cat in ("actor", "person")}
        # "تحدث كيم إلى الوزير الروسي …، ونقلت الوكالة بعد لقاء الرجلين": the two people of the sentence before
        local = previous == {"RUS", "PRK"}
        previous = _states_named(s)
        for i, t in enumerate(s.tokens):
            pair = (whole and t in TWO_SIDES_WORDS) or (local and t in TWO_PEOPLE_WORDS)
            if pair and i not in covered:
                for code in ("RUS", "PRK"):
                    term = Term("actor", "group", code, (t,), f"actors:{code}:two_sides")
                    s.mentions.append(Mention(term, i, i + 1))


def _states_named(s: Sentence) -> set[str]:
    """The states whose people a sentence's main clause names, before a reported clause ("قال بوتين إن كيم …" names
    only Putin); empty when a third state is named there too (one person of each side makes "الرجلين" in the next
    sentence those two)."""
    cut = next((i for i, t in enumerate(s.tokens) if t in COMPLEMENTISERS), len(s.tokens))
    main = [m for m in s.mentions if m.cat in ("actor", "person") and m.start < cut]
    codes = [actor_of(m) for m in main]
    states = {code for code in codes if code} - _NOT_STATES
    people = {code for m, code in zip(main, codes, strict=True) if code and m.cat == "person"}
    return people if states <= people else set()


KOREAN_NORTH = "KOREAN_NORTH"
_KOREAS = frozenset({"PRK", "KOR"})


def resolve_korean_north(sentences: list[Sentence]) -> None:
    """ "الشمال"، "الجارة الشمالية" are North Korea in an article that names either Korea (or Kim); elsewhere they
    are a region ("الشمال السوري") and the mention is dropped."""
    korean = any(actor_of(m) in _KOREAS for s in sentences for m in s.mentions if m.cat in ("actor", "person"))
    for s in sentences:
        kept = []
        for m in s.mentions:
            if m.cat == "actor" and m.term.value == KOREAN_NORTH:
                # ("أسطول الشمال"، "باتجاه الشمال": a fleet's or a direction's north is no state)
                if korean and prev_tok(s, m.start) not in NORTH_REGION_HEADS:
                    term = dataclasses.replace(m.term, value="PRK", source=f"{m.term.source}:PRK")
                    kept.append(Mention(term, m.start, m.end))
                continue
            kept.append(m)
        s.mentions[:] = kept


GAZA_STRIP = "GAZA_STRIP"
_GAZA_SIDES = frozenset({"GAZA", "ISR"})


def _called_proxy(s: Sentence, m: Mention) -> bool:
    """ "وكلاء طهران"، "أذرع إيران": a state's name or capital after a proxy noun."""
    return (
        m.cat == "actor" and m.term.sub in ("name", "metonym") and m.start >= 1 and s.tokens[m.start - 1] in PROXY_NOUNS
    )


def resolve_gaza_strip(sentences: list[Sentence]) -> None:
    """ "صاروخان أطلقا من القطاع": "the Strip" is Gaza in an article that names Gaza or Israel; elsewhere, or
    qualified as a sector ("القطاع الخاص"), it is no place of the taxonomy and the mention is dropped."""
    gaza = any(m.cat == "actor" and m.term.value in _GAZA_SIDES for s in sentences for m in s.mentions)

    def strip_of_gaza(s: Sentence, m: Mention) -> bool:
        nxt = s.tokens[m.end] if m.end < len(s.tokens) else ""
        # ("القطاع المحتل من مرتفعات الجولان": a sector of another region)
        partitive = any(t in PARTITIVE_AFTER_STRIP for t in s.tokens[m.end : m.end + 2])
        return gaza and nxt not in SECTOR_QUALIFIERS and not partitive

    _resolve_pseudo_code(sentences, GAZA_STRIP, "GAZA", strip_of_gaza)


def resolve_syrian_nisba(sentences: list[Sentence]) -> None:
    """ "غارات جوية سورية مكثفة"، "ضربات سورية بالصواريخ": after a strike noun or its adjective, سورية is the
    feminine nisba (Syrian), not the country's other spelling, and names the striking side."""
    for s in sentences:
        for i, m in enumerate(s.mentions):
            if m.cat != "actor" or m.term.sub != "territory" or m.term.value != "SYR" or m.start < 1:
                continue
            if s.tokens[m.start].lstrip("و") != "سوريه" or s.tokens[m.start - 1] not in STRIKE_NISBA_HEADS:
                continue
            term = Term("actor", "nisba", "SYR", (s.tokens[m.start],), "actors:SYR:strike_nisba")
            s.mentions[i] = Mention(term, m.start, m.end)
        # "الصواريخ السورية التي أطلقت على الطائرات"، "صاروخ سوري مضاد للطائرات": the Syrian nisba right after a
        # missile noun names the side that fired
        added = False
        for k in range(1, len(s.tokens)):
            if s.tokens[k] not in SYRIAN_NISBAS or s.tokens[k - 1].lstrip("و") not in MISSILE_NISBA_HEADS:
                continue
            term = Term("actor", "nisba", "SYR", (s.tokens[k],), "actors:SYR:missile_nisba")
            s.mentions[:] = [m for m in s.mentions if not (m.cat == "actor" and m.start == k)]
            s.mentions.append(Mention(term, k, k + 1))
            added = True
        if added:
            s.mentions.sort(key=lambda m: (m.start, m.end))


def _resolve_pseudo_code(
    sentences: list[Sentence], pseudo: str, code: str, resolves: Callable[[Sentence, Mention], bool]
) -> None:
    """Every actor mention of a pseudo-code becomes `code` where `resolves` says so; the others are dropped."""
    for s in sentences:
        kept = []
        for m in s.mentions:
            if m.cat == "actor" and m.term.value == pseudo:
                if resolves(s, m):
                    term = dataclasses.replace(m.term, value=code, source=f"{m.term.source}:{code}")
                    kept.append(Mention(term, m.start, m.end))
                continue
            kept.append(m)
        s.mentions[:] = kept


SYRIAN_ARMED_GROUPS = "SYRIAN_ARMED_GROUPS"
SYRIAN_REBELS = "OTHER:Syrian rebels"


def resolve_syrian_armed_groups(sentences: list[Sentence]) -> None:
    """ "قذيفة صاروخية أطلقتها التنظيمات الإرهابية": the "terrorist" or "armed groups" of Syrian official wording
    are the armed opposition in an article that names the Syrian government or its capital and no Islamic State;
    elsewhere the mention is dropped."""
    codes = {actor_of(m) for s in sentences for m in s.mentions if m.cat == "actor"}
    # (the government or its capital, not the country as a place: "هجوم صاروخي على مقر الإرهابيين في سوريا")
    state = any(
        m.cat == "actor" and m.term.value == "SYR" and m.term.sub != "territory" for s in sentences for m in s.mentions
    )
    syrian = state and "ISIS" not in codes
    _resolve_pseudo_code(sentences, SYRIAN_ARMED_GROUPS, SYRIAN_REBELS, lambda s, m: syrian)


YEMENI_ARMY = "YEMENI_ARMY"
YEMENI_GOVERNMENT_FORCES = "OTHER:Yemeni government forces"


def resolve_yemeni_army(sentences: list[Sentence]) -> None:
    """ "قصفت قوات الجيش الوطني مواقع الحوثيين بالصواريخ": the national army or the forces of legitimacy are the
    Yemeni government's in an article that names the Houthis; elsewhere the mention is dropped."""
    houthi = any(m.cat == "actor" and m.term.value == "HOUTHI" for s in sentences for m in s.mentions)
    _resolve_pseudo_code(sentences, YEMENI_ARMY, YEMENI_GOVERNMENT_FORCES, lambda s, m: houthi)


def resolve_proxies(sentences: list[Sentence]) -> None:
    """ "الميليشيات الإيرانية أطلقت صاروخا": a militia called after a state is the state's proxy, the armed group
    the article names when it names exactly one (the Houthis in a report from Yemen); otherwise it stays the state.
    "وكلاء طهران أطلقوا صواريخ": proxies called by the state's name or capital are that group, or, when the
    article names no single group, an unnamed launcher (never the state)."""
    groups = {
        str(m.term.value) for s in sentences for m in s.mentions if m.cat == "actor" and m.term.value in ARMED_GROUPS
    }
    if len(groups) != 1:
        for s in sentences:
            s.mentions[:] = [m for m in s.mentions if not _called_proxy(s, m)]
        return
    group = next(iter(groups))
    for s in sentences:
        for i, m in enumerate(s.mentions):
            militia = m.term.sub == "nisba" and m.start >= 1 and s.tokens[m.start - 1] in MILITIA_NOUNS
            if _called_proxy(s, m) or (m.cat == "actor" and militia):
                term = dataclasses.replace(m.term, sub="group", value=group, source=f"{m.term.source}:proxy")
                s.mentions[i] = Mention(term, m.start, m.end)
        # "وأطلقته المليشيا"، "الصواريخ التي أطلقتها الميليشيات": the militia, bare and definite, is that group
        covered = {k for m in s.mentions for k in range(m.start, m.end)}
        named_next = {m.start for m in s.mentions if m.cat == "actor"}
        # (only as the subject right after or before a launch or strike verb: a militia elsewhere may be the victim,
        # "مقتل جميع عناصر الميليشيا")
        verbs = _firing_verbs(s)
        next_to_verb = {m.end for m in verbs} | {m.start - 1 for m in verbs}
        for k, tok in enumerate(s.tokens):
            bare = tok.lstrip("و") in MILITIA_NOUNS and tok.lstrip("و").startswith("ال")
            # (not a militia described as loyal to or backed by someone: "الميليشيا الموالية لقوات النظام")
            nxt = s.tokens[k + 1] if k + 1 < len(s.tokens) else ""
            described = nxt in BACKING_PARTICIPLES or nxt.startswith(LOYALTY_STEMS)
            if bare and not described and k in next_to_verb and k not in covered and k + 1 not in named_next:
                term = Term("actor", "group", group, (tok,), f"actors:{group}:militia")
                s.mentions.append(Mention(term, k, k + 1))


def _firing_verbs(s: Sentence) -> list[Mention]:
    """The launch and strike verbs of the sentence, next to which a side named in other words is their subject."""
    return [
        m
        for m in s.mentions
        if (m.cat == "launch" and m.term.sub in ("verbs_past", "verbs_present"))
        or (m.cat == "war" and m.term.sub == "verbs")
    ]


def resolve_air_force(sentences: list[Sentence]) -> None:
    """ "شنت مقاتلات حربية إسرائيلية غارات … وأطلقت الطائرات الحربية صواريخ": warplanes named bare and definite, as the
    subject next to a launch or strike verb, are the air force the article names with its nisba, when it names one."""
    owners = {
        str(m.term.value)
        for s in sentences
        for m in s.of("actor")
        if m.term.sub == "nisba"
        and any(s.tokens[k].lstrip("و") in AIRCRAFT_NOUNS for k in range(max(0, m.start - 2), m.start))
    }
    if len(owners) != 1:
        return
    owner = owners.pop()
    for s in sentences:
        verbs = _firing_verbs(s)
        covered = {k for m in s.mentions for k in range(m.start, m.end)}
        for k, tok in enumerate(s.tokens):
            bare = tok.lstrip("و") in AIRCRAFT_NOUNS and tok.lstrip("و").startswith("ال") and k not in covered
            if not bare:
                continue
            end = k + 2 if k + 1 < len(s.tokens) and s.tokens[k + 1] in AIRCRAFT_ADJECTIVES else k + 1
            if any(m.cat == "actor" and m.start == end for m in s.mentions):
                continue  # ("الطائرات الحربية الإسرائيلية": a nisba of its own)
            if any(v.start == end or v.end == k for v in verbs):
                term = Term("actor", "group", owner, tuple(s.tokens[k:end]), f"actors:{owner}:air_force")
                s.mentions.append(Mention(term, k, end))


def actor_of(m: Mention) -> str | None:
    if m.cat == "actor":
        return str(m.term.value)
    if m.cat == "person":
        return str(m.term.value[1])
    return None


def prev_tok(s: Sentence, i: int, k: int = 1) -> str:
    return s.tokens[i - k] if i - k >= 0 else ""


def has_prep_before(s: Sentence, m: Mention) -> bool:
    prev = prev_tok(s, m.start)
    if prev in PREPOSITIONS:
        return True
    # "في سورية والعراق": a side joined by و to one inside a prepositional phrase is inside it too
    if s.tokens[m.start].startswith("و"):
        before = next((o for o in s.mentions if o.cat == "actor" and o.end == m.start), None)
        if before is not None and has_prep_before(s, before):
            return True
    # "الحوثيون المدعومون من إيران": the agent of a participle of backing, not a subject
    if prev == "من" and m.start >= 2 and s.tokens[m.start - 2] in BACKING_PARTICIPLES:
        return True
    # "مقاتلين موالين لنظام دمشق"، "الميليشيات التابعة لقوات النظام": the side served, behind the head its ل takes
    if prev.startswith("ل") and m.start >= 2 and s.tokens[m.start - 2].lstrip("و").startswith(LOYALTY_STEMS):
        return True
    # "بطلب من الولايات المتحدة"، "بوساطة من مصر": the side that asks for or mediates something
    if prev == "من" and m.start >= 2 and s.tokens[m.start - 2].lstrip("و") in REQUEST_HEADS:
        return True
    # "باتجاه العاصمة الرياض"، "بجنوب السعودية": a place noun heading the actor inside a prepositional phrase;
    # "على مواقع الحوثيين"، "ضد معاقل داعش"، "بمقرات الحرس": a side's positions inside one
    # (and "على شمال إسرائيل": a place noun after the target preposition)
    # ("أطلقت صواريخ في عمق إسرائيل": a place noun after في)
    if _head_in_phrase(s, m, PLACE_HEADS, DIRECTIONS | TARGET_PREPOSITIONS | LOCATION_PREPOSITIONS) or _head_in_phrase(
        s, m, POSITION_HEADS, PREPOSITIONS
    ):
        return True
    tok = s.tokens[m.start]
    # attached ب/ل/ك on the actor itself (بروسيا، لكوريا) marks an oblique, not a subject; the lexicon form
    # tells the clitic from the name's own first letter (باكستان، بريطانيا)
    form = m.term.tokens[0]
    if tok.endswith(form):
        prefix = tok[: len(tok) - len(form)]
        return any(c in prefix for c in "بلك")
    if form.startswith("ال") and tok.endswith(form[2:]):
        prefix = tok[: len(tok) - len(form) + 2]
        return prefix.endswith("لل") or any(c in prefix for c in "بك")
    stem = tok[1:] if tok[:1] in "وف" and len(tok) > 3 else tok
    return stem[:1] in "بلك" and not stem.startswith(CLITIC_LIKE_NAME_STARTS)


def _head_in_phrase(s: Sentence, m: Mention, heads: frozenset[str], preps: frozenset[str]) -> bool:
    """The token before the actor is one of `heads`, itself after a ب/ل clitic or one of `preps`."""
    prev = prev_tok(s, m.start)
    for k in (0, 1, 2):
        if prev[k:] in heads and (k == 0 or prev[:k] in ("ب", "ل", "و", "وب", "ول", "فب")):
            return "ب" in prev[:k] or "ل" in prev[:k] or prev_tok(s, m.start, 2) in preps
    return False


def first_person(tok: str) -> bool:
    """ "أطلقنا"، "ضربنا"، "اختبرناها": a verb in the first person, whose subject is its speaker."""
    return len(tok) > 3 and tok.endswith(FIRST_PERSON_SUFFIXES)


def object_suffix(tok: str) -> bool:
    """ "أطلقتها"، "شنه": a verb carrying its object as a pronoun suffix (its subject is a following noun)."""
    return tok.endswith(("ه", "ها", "هم", "هما")) and len(tok) > 4


def launcher_code(code: str) -> str:
    return "HOUTHI" if code == "YEM" else code


def supervisor_named(s: Sentence, c: Mention) -> bool:
    """A verb of supervising, or a verb of watching ("يتابع"، "شهد") with a leader next to it ("كيم يتابع إطلاق"،
    "تابع الزعيم كيم"; not "يتابع العالم بقلق إطلاق الصواريخ")."""
    if c.term.source != "triggers:cooperation:supervision_watch":
        return True
    toks = s.tokens
    near = range(max(0, c.start - 2), min(len(toks), c.end + 4))
    return any(m.cat == "person" and m.start in near for m in s.mentions) or any(toks[k] in KIM_BARE for k in near)


def before_site(s: Sentence, site: Mention) -> int:
    """The index of the token before a place and its head nouns ("من محطة سوهاي"، "من المنطقة المحيطة بمدينة
    هامهونغ", heads chained with a clitic ب), or -1: where an origin preposition says it was launched from."""
    toks = s.tokens
    k = site.start - 1
    while k >= 0 and (toks[k] in PLACE_HEADS or toks[k] in LAUNCH_SITE_HEADS or toks[k][1:] in LAUNCH_SITE_HEADS):
        k -= 1
    return k


def announcer_name_at(toks: list[str], k: int) -> int:
    """Where the announcer's name starts after an announcing verb ending at k: past a rank or two ("أعلن العميد يحيى
    سريع") and a spokesman's tie to his side ("أعلن الناطق العسكري باسم سرايا القدس"); k when none stands there."""
    at = k
    while at < len(toks) and at - k < 2 and toks[at] in MILITARY_RANKS:
        at += 1
    if at > k and toks[at - 1] in SPOKESMAN_NOUNS:
        links = at
        while links < len(toks) and links - at < 2 and toks[links] in SPOKESMAN_LINKS:
            links += 1
        if links > at and toks[links - 1] == "باسم":
            at = links
    return at


def statement_aside(toks: list[str], k: int) -> range:
    """The positions of "في بيان"، "في كلمة مصورة"، "عبر منصة": the medium of an announcement starting at k, with at
    most two words after its noun (empty when none starts there)."""
    if k + 1 < len(toks) and toks[k] in ("في", "عبر") and toks[k + 1] in STATEMENT_MEDIA:
        return range(k, min(len(toks), k + 4))
    return range(0)


def announcer(s: Sentence, verb: Mention, trig: Mention) -> Mention | None:
    """ "أعلنت كتائب القسام، الذراع العسكري لحركة حماس، إطلاق رشقة"، "أعلنت ميليشيا حزب الله الشيعية اللبنانية،
    الخميس، إطلاق": the side an announcing verb names as its subject, when only its head, its title, its description,
    its backer and the day stand between it and the verbal noun `trig` it announces."""
    toks = s.tokens
    if not verb.end < trig.start <= verb.end + 12:
        return None
    named = [
        c
        for c in s.mentions
        if c.cat in ("actor", "person") and c.term.sub != "territory" and verb.end <= c.start < trig.start
    ]
    if not named:
        return None
    first = min(named, key=lambda c: c.start)
    if first.start - verb.end > 1 or (first.start > verb.end and toks[verb.end] not in MILITIA_NOUNS | ANNOUNCER_WORDS):
        return None
    filled = {
        k for m in s.mentions if m.cat in ("actor", "person", "reldate", "weekday") for k in range(m.start, m.end)
    }
    for k in range(verb.end, trig.start):
        tok = toks[k]
        if k in filled or tok in ANNOUNCER_WORDS | MILITIA_NOUNS | BACKING_PARTICIPLES:
            continue
        # (a definite nisba describing the announcer: "اللبناني"، "العسكري"، "الشيعية")
        if tok.startswith("ال") and tok.endswith(("ي", "يه")) and len(tok) >= 6:
            continue
        return None
    return first
