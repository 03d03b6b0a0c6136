"""Rule-based tagger: Russia–DPRK cooperation, missile launches and space launches in Arabic news text."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from transforms.arabic import normalize, normalize_fast
from transforms.lexicon import Lexicon, Mention, Term, load_lexicon
from transforms.records import Event, Evidence

TAGGER_VERSION = "2026.11.11"

# Cheap prefilter over the fast-normalised article: a launched object, or both Russia and North Korea.
_OBJECT_RE = re.compile(
    r"صاروخ|صواريخ|مقذوف|قمر|اقمار|ساتل|سواتل|فضاءي|مسبار|سويوز|هواسون|باليست|بالست|KN|كروز|ستارشيب|فالكون|انغارا"
)
_TRIGGER_RE = re.compile(r"طلق|طلاق|ختبر|ختبار|تجرب|تجرب|تجارب|عترض|عتراض|قصف|ضرب|هجوم|هجمات|انطلق|ستهدف|شن|سقط|رصد")
_PRK_RE = re.compile(r"كوريا الشمالي|كوري الشمالي|كوريه شمالي|كوري شمالي|بيون[غج]|كيم|كوريا الديمقراطي")
_RUS_RE = re.compile(r"روسي|موسكو|الكرملين|الكريملين|بوتين|بوتن|لافروف|شويغو|شويجو|بيلوسوف|الروس")

_SENTENCE_RE = re.compile(r"(?:[!?;:\n]|\.(?!\d))+")
_PREPOSITIONS = frozenset(
    {"علي", "الي", "في", "باتجاه", "اتجاه", "تجاه", "صوب", "نحو", "ضد", "عن", "مع", "لدي", "حول", "فوق", "قرب"}
)
_SKIP_AFTER_LAUNCH = frozenset(
    {"النار", "نار", "الرصاص", "سراح", "حمله", "مبادره", "اسم", "عليه", "عليها", "سراحه", "جزاء", "حره", "ترجيح"}
)
# "ضربة جزاء" (penalty kick), "ضربة حرة" (free kick): football, not strikes
_SKIP_AFTER_STRIKE = frozenset({"جزاء", "الجزاء", "حره", "ترجيح", "الترجيح", "ركنيه"})
_INTERCEPT_MASDARS = frozenset({"اعتراض", "اسقاط", "التصدي", "تدمير"})
_GENERIC_TRIGGERS = frozenset({"تجارب", "اختبارات", "اطلاقات", "التجارب", "الاختبارات", "والتجارب", "والاختبارات"})
_SKIP_BEFORE_LAUNCH = frozenset(
    {"منصه", "منصات", "قاعده", "موقع", "مواقع", "منصتي", "قواعد", "منشاه", "محطه", "تكنولوجيا", "برنامج", "قدرات"}
    | {"منظومه", "منظومات", "مركز", "تقنيات", "تقنيه", "صناعه", "انظمه", "نظام", "اجهزه", "معدات"}
)
# Direction prepositions before a place noun ("على" is left out: "على جنوب إسرائيل" is read as before)
_DIRECTIONS = frozenset({"باتجاه", "اتجاه", "تجاه", "صوب", "نحو", "فوق", "الي", "داخل"})
# Place nouns that head a target phrase: "باتجاه مدينة جازان"، "فوق العاصمة الرياض"
_PLACE_HEADS = frozenset(
    {"العاصمه", "عاصمه", "مدينه", "المدينه", "اراضي", "الاراضي", "سماء", "اجواء", "منطقه", "محافظه", "جنوب"}
    | {"شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "حدود", "عمق", "مدن", "المدن", "مناطق"}
)
_YEAR_RE = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")
# Tokens between a month name and its year: "أكتوبر/تشرين أول من عام 1963"
_YEAR_FILLERS = frozenset({"من", "عام", "العام", "سنه", "تشرين", "كانون", "اول", "الاول", "ثاني", "الثاني"})
_LEAD_SENTENCES = 2
_ACCUSE = frozenset({"اتهم", "اتهمت", "يتهم", "تتهم", "متهما", "متهمه", "اتهموا", "يتهمون"})
_RESUMPTIVE_VERB_RE = re.compile(r"^[وف]?(شن|نفذ|اطلق|قاد|وجه)(ت|وا|تا|ا)?(ها|ه|هم|هما)$")
_RELATIVES = frozenset({"التي", "الذي", "اللتي", "اللذي", "الذين", "اللذين", "اللتين", "اللاتي"})
_COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "بان", "وان", "بانه", "بانها"})
# Connectives after which a launch is the cause of the threat or warning, not its content.
_TEMPORAL_LINKS = frozenset({"بعد", "وبعد", "عقب", "اثر", "ردا", "منذ", "بسبب", "جراء"})


@dataclass
class _Sentence:
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
class _Mention:
    """One event mention in one sentence, before document-level merging."""

    type: str
    status: str
    sentence: _Sentence
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
    rules: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- public API
def tag_article(title: str, text: str, published: datetime | date | str | None) -> list[Event]:
    """Events (with Arabic evidence spans on the original text) found in one article."""
    title = title or ""
    text = text or ""
    fast = normalize_fast(title + "\n" + text)
    want_launch = bool(_OBJECT_RE.search(fast)) and bool(_TRIGGER_RE.search(fast))
    want_coop = bool(_PRK_RE.search(fast)) and bool(_RUS_RE.search(fast))
    if not (want_launch or want_coop):
        return []
    pub = _to_date(published)
    lex = load_lexicon()
    norms = {"title": normalize(title), "text": normalize(text)}
    sentences = _sentences(lex, norms)
    _resolve_kim(sentences)
    mentions: list[_Mention] = []
    for s in sentences:
        if want_launch:
            mentions.extend(_launches(lex, s, pub))
        if want_coop:
            mentions.extend(_cooperation(lex, s, pub))
    if not mentions:
        return []
    return _merge(mentions, sentences, norms, {"title": title, "text": text}, pub)


# ---------------------------------------------------------------------------------------------- preparation
def _to_date(published: datetime | date | str | None) -> date | None:
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return datetime.fromisoformat(str(published).strip().replace("Z", "+00:00")).date()
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(published))
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return None


_WORD_RE = re.compile(r"[^\W\d_]+|\d+")


def _sentences(lex: Lexicon, norms: dict) -> list[_Sentence]:
    out: list[_Sentence] = []
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
            out.append(_Sentence(fld, a, toks, spans, lex.match(toks), order, commas, index))
            order += 1
            index += 1
    return out


_KIM_TERM = Term("person", "head", ("kim_jong_un", "PRK"), ("كيم",), "people:kim_jong_un:coref")


def _resolve_kim(sentences: list[_Sentence]) -> None:
    """A bare كيم after a full Kim Jong Un mention in the article refers to him."""
    seen = False
    for s in sentences:
        covered = {i for m in s.mentions for i in range(m.start, m.end) if m.cat == "person"}
        if seen:
            for i, t in enumerate(s.tokens):
                if t in ("كيم", "وكيم", "لكيم", "بكيم") and i not in covered:
                    s.mentions.append(Mention(_KIM_TERM, i, i + 1))
        if any(m.cat == "person" and m.term.value[0] == "kim_jong_un" for m in s.mentions):
            seen = True


# ---------------------------------------------------------------------------------------------- shared helpers
def _actor_of(m: Mention) -> str | None:
    if m.cat == "actor":
        return str(m.term.value)
    if m.cat == "person":
        return str(m.term.value[1])
    return None


def _prev_tok(s: _Sentence, i: int, k: int = 1) -> str:
    return s.tokens[i - k] if i - k >= 0 else ""


def _has_prep_before(s: _Sentence, m: Mention) -> bool:
    prev = _prev_tok(s, m.start)
    if prev in _PREPOSITIONS:
        return True
    # "باتجاه العاصمة الرياض"، "بجنوب السعودية": a place noun heading the actor inside a prepositional phrase
    for k in (0, 1, 2):
        if prev[k:] in _PLACE_HEADS and (k == 0 or prev[:k] in ("ب", "ل", "و", "وب", "ول", "فب")):
            if "ب" in prev[:k] or "ل" in prev[:k] or _prev_tok(s, m.start, 2) in _DIRECTIONS:
                return True
            break
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
    return stem[:1] in "بلك" and not stem.startswith(("كوري", "كيم", "كي", "بوت", "بي", "بر", "لاف", "لند", "بك", "بغ"))


def _date_mentions(lex: Lexicon, s: _Sentence, pub: date | None) -> list[tuple[int, date | None, bool]]:
    """(token index, resolved date or None, old) for every date expression in the sentence."""
    out: list[tuple[int, date | None, bool]] = []
    past_idx = {m.start for m in s.of("past")}
    toks = s.tokens
    for m in s.mentions:
        if m.cat == "weekday" and pub is not None:
            if (
                m.end + 1 < len(toks)
                and toks[m.end].isdecimal()
                and any(d.cat == "month" and d.start == m.end + 1 for d in s.mentions)
            ):
                # "صباح السبت 29 أفريل": the explicit date that follows decides
                continue
            if any(
                w.cat == "weekday" and w.start == m.end and int(w.term.value) == (int(m.term.value) + 1) % 7
                for w in s.mentions
            ):
                # "ليل الأربعاء الخميس": an overnight event is dated by the morning it ended
                continue
            strict = m.end in past_idx or (m.end + 1 in past_idx)
            delta = (pub.weekday() - int(m.term.value)) % 7
            if strict and delta == 0:
                delta = 7
            out.append((m.start, pub - timedelta(days=delta), False))
        elif m.cat == "reldate" and pub is not None:
            # "اليوم الأربعاء": the weekday decides (handled above); skip a bare اليوم next to a weekday
            if any(w.cat == "weekday" and abs(w.start - m.end) <= 1 for w in s.mentions):
                continue
            out.append((m.start, pub + timedelta(days=int(m.term.value)), False))
        elif m.cat == "month":
            month = int(m.term.value)
            day = None
            if m.start > 0 and toks[m.start - 1].isdecimal() and 1 <= int(toks[m.start - 1]) <= 31:
                day = int(toks[m.start - 1])
            year = None
            for k in range(m.end, min(len(toks), m.end + 5)):
                if _YEAR_RE.match(toks[k]):
                    year = int(toks[k])
                    break
                if toks[k] not in _YEAR_FILLERS:
                    break
            if pub is None and year is None:
                continue
            if year is None:
                assert pub is not None
                year = pub.year
                if (month, day or 1) > (pub.month, pub.day):
                    year -= 1
                elif day is None and month == pub.month and m.end in past_idx:
                    # "أبريل الماضي" written in April is last year's April
                    year -= 1
            if day is not None:
                try:
                    out.append((m.start, date(year, month, day), False))
                except ValueError:
                    continue
            else:
                old = (
                    pub is not None
                    and (year, month) < (pub.year, pub.month)
                    and ((pub - date(year, month, 28)).days > 7)
                )
                out.append((m.start, None, old))
    for i, t in enumerate(toks):
        if _YEAR_RE.match(t) and pub is not None and int(t) < pub.year:
            # a year that belongs to an explicit date was handled with its month
            if i >= 1 and any(m.cat == "month" and m.end <= i <= m.end + 4 for m in s.mentions):
                continue
            # "الأول منذ 2017" measures a gap; it does not date the event
            if "منذ" in toks[max(0, i - 2) : i]:
                continue
            out.append((i, None, True))
    return out


def _status(lex: Lexicon, s: _Sentence, t: int, pub: date | None, trigger: Mention | None) -> tuple[str, list[str]]:
    """Status of an event whose trigger is at token t (plus the rules that decided it)."""
    toks = s.tokens
    clause_start = max([c for c in s.commas if c <= t] + [0])
    for m in s.cue("denial"):
        if m.start < t:
            return "denied", ["status:denial_cue"]
    for m in s.cue("negation"):
        if t - 3 <= m.start < t and toks[m.start] not in ("لا",):
            return "denied", ["status:negation"]
        if t - 2 <= m.start < t:
            return "denied", ["status:negation"]
    for m in s.cue("negation"):
        # "لم تطلق صواريخ أو تجري اختبارات": the negation scopes over verbs coordinated with أو / ولا
        between = toks[m.end : t]
        scoped = clause_start <= m.start < t and t - m.start <= 8 and toks[m.start] != "لا"
        coordinated = any(tok in ("او", "ولا", "ولم") for tok in between)
        if scoped and coordinated and not any(tok in _COMPLEMENTISERS for tok in between):
            return "denied", ["status:negation_coordinated"]
    for m in s.cue("suspension"):
        if t - 4 <= m.start < t:
            return "denied", ["status:suspension"]
    if trigger is not None and trigger.term.sub == "verbs_future":
        return "planned", ["status:future_verb"]
    if t >= 1 and toks[t - 1] == "قد" and trigger is not None and trigger.term.sub in ("verbs_present", None):
        return "planned", ["status:qad_imperfect"]
    for m in s.cue("future"):
        if max(clause_start, t - 6) <= m.start < t or (m.start == t and len(m.term.tokens) > 1):
            return "planned", ["status:future_cue"]
    # pluperfect: كان/كانت … قد + past verb
    for m in s.cue("pluperfect_aux"):
        if m.start < t and "قد" in toks[m.start : t + 1]:
            return "historical", ["status:pluperfect"]
        if 0 < t - m.start <= 3:
            return "historical", ["status:past_copula"]
    # a threat verb anywhere before the trigger, unless a temporal link makes the launch its cause
    for m in s.cue("threat"):
        if m.start < t and not any(tok in _TEMPORAL_LINKS for tok in toks[m.end : t]):
            return "planned", ["status:threat"]
    recent = any(m.cat in ("reldate", "weekday") for m in s.mentions)
    # a past adverbial opening the sentence ("وفي العام الماضي ...") scopes over every clause in it
    recalled = any(m.start < t and (t - m.start <= 8 or (m.start <= 2 and not recent)) for m in s.cue("historical"))
    if recalled or (t >= 1 and toks[t - 1] in ("سبق", "وسبق")):
        return "historical", ["status:historical_cue"]
    for m in s.cue("past_period"):
        after = t < m.start <= t + 10 and not any(t < c <= m.start for c in s.commas)
        if after and _prev_tok(s, m.start) not in ("منذ", "قبل"):
            return "historical", ["status:past_period_after"]
    for m in s.cue("analysis"):
        if m.start < t:
            return "analysis", ["status:analysis_cue"]
    return "asserted", []


def _nearest_date(lex: Lexicon, s: _Sentence, t: int, pub: date | None) -> tuple[date | None, bool, bool]:
    """(date, found, old): the date expression nearest to token t in the sentence."""
    ds = _date_mentions(lex, s, pub)
    if not ds:
        return None, False, False
    # "قال المحققون الخميس إن الصاروخ ... أسقط الطائرة في 17 تموز 2014": a date before the complementiser
    # that opens the launch's clause dates the report; dates inside the clause win when there are any
    comp = max((i for i in range(t) if s.tokens[i] in _COMPLEMENTISERS), default=-1)
    if comp >= 0 and any(d[0] > comp for d in ds):
        ds = [d for d in ds if d[0] > comp]
    # "أعلن الحرس، الأحد، مسؤوليته عن إطلاق الصواريخ ... السبت": a date right after a reporting verb before the
    # trigger dates the report when the sentence gives another date
    reports = {i for r in s.cue("reporting") if r.end <= t for i in range(r.end, min(t, r.end + 4))}
    if any(d[0] not in reports for d in ds if d[1] is not None):
        ds = [d for d in ds if d[0] not in reports]
    resolved = [d for d in ds if d[1] is not None]
    olds = [d for d in ds if d[2]]
    if resolved:
        i, d, _ = min(resolved, key=lambda d: (abs(d[0] - t), d[0] < t))
        return d, True, any(abs(o[0] - t) < abs(i - t) for o in olds)
    return None, False, bool(olds)


def _date_status(status: str, d: date | None, old: bool, pub: date | None) -> tuple[str, list[str]]:
    if status != "asserted":
        return status, []
    if old:
        return "historical", ["status:old_year"]
    if d is not None and pub is not None:
        if d < pub - timedelta(days=7):
            return "historical", ["status:date_before_window"]
        if d > pub + timedelta(days=1):
            return "planned", ["status:date_after_publication"]
    return status, []


# ---------------------------------------------------------------------------------------------- launches
_LAUNCH_SUBS = {"verbs_past", "verbs_present", "verbs_future", "nouns", "interception", "detection"}
_OBJECT_CATS = ("mnoun", "weapon", "vehicle", "payload")


def _launches(lex: Lexicon, s: _Sentence, pub: date | None) -> list[_Mention]:
    objects = [m for m in s.mentions if m.cat in _OBJECT_CATS]
    madj = s.of("madj")
    if not objects and not madj:
        return []
    toks = s.tokens
    real_nouns = [m.start for m in objects if m.cat == "mnoun" and not m.term.value]
    objects = [
        m for m in objects if not (m.cat == "mnoun" and m.term.value and any(0 < m.start - r <= 3 for r in real_nouns))
    ]
    triggers: list[Mention] = []
    for m in s.mentions:
        if _simile(s, m):
            continue
        if m.cat == "launch" and m.term.sub in _LAUNCH_SUBS:
            nxt = toks[m.end] if m.end < len(toks) else ""
            if nxt in _SKIP_AFTER_LAUNCH or _prev_tok(s, m.start) in _SKIP_BEFORE_LAUNCH:
                continue
            triggers.append(m)
        elif m.cat == "launch" and m.term.sub == "test_verbs":
            if any(o.cat == "launch" and o.term.sub == "nouns" and 0 < o.start - m.start <= 2 for o in s.mentions):
                triggers.append(m)
        elif m.cat == "space" and m.term.sub == "verbs":
            if _prev_tok(s, m.start) not in _SKIP_BEFORE_LAUNCH:
                triggers.append(m)
        elif (m.cat == "war" and m.term.sub in ("verbs", "nouns")) or (m.cat == "launch" and m.term.sub == "flight"):
            if m.end < len(toks) and toks[m.end] in _SKIP_AFTER_STRIKE:
                continue
            if _is_defence(m):
                # "الدفاع الجوي الصاروخي" is a system; the defence only says the context is combat
                continue
            triggers.append(m)
    if not triggers:
        return []
    results: list[_Mention] = []
    for trig in triggers:
        obj = _pair_object(s, trig, objects, madj)
        if obj is None:
            continue
        kind = _launch_kind(s, trig, obj)
        if kind is None:
            continue
        results.append(_build_launch(lex, s, trig, obj, kind, pub=pub))
    # Several triggers on one object: keep those with a named actor when any has one.
    named = [r for r in results if r.actors and r.actors != ("UNKNOWN",)]
    if named:
        results = [r for r in results if r.actors and r.actors != ("UNKNOWN",)]
    return results


def _simile(s: _Sentence, m: Mention) -> bool:
    """ "كضربة جزاء صاروخية": a trigger with the comparative ك attached is a figure of speech."""
    if m.cat not in ("launch", "war", "space"):
        return False
    tok = s.tokens[m.start]
    return tok[:1] == "ك" and tok != m.term.tokens[0] and m.term.tokens[0][:1] != "ك"


def _lam_prefixed(s: _Sentence, m: Mention) -> bool:
    """ "لإطلاق"، "لشن"، "لإسقاط": a trigger with the purpose ل attached (not the ل of "تعرضت لقصف")."""
    tok = s.tokens[m.start]
    if tok == m.term.tokens[0] or m.term.tokens[0][:1] == "ل":
        return False
    if any("تعرض" in tok for tok in s.tokens[max(0, m.start - 4) : m.start]):
        return False
    return tok[:1] == "ل" or tok[:2] in ("ول", "فل")


_TOPIC_HEADS = frozenset(
    {"متعلقه", "المتعلقه", "متعلق", "المتعلق", "بشان", "بخصوص", "خصوص", "ازاء", "حول", "مخاطر", "مخاوف"}
    | {"قضيه", "ملف", "مساله", "قضايا", "انذارات", "تحذيرات", "التحذيرات"}
)


def _topic_head(s: _Sentence, m: Mention) -> bool:
    """A launch noun as the complement of a topic word ("متعلقة بإطلاق"، "بشأن تجارب")."""
    return _prev_tok(s, m.start) in _TOPIC_HEADS


def _is_defence(m: Mention) -> bool:
    return any("دفاع" in tok for tok in m.term.tokens)


def _governed_masdar(s: _Sentence, m: Mention) -> bool:
    """A verbal noun that a finite verb reports as done: "تم إطلاق"، "استبقت كوريا الشمالية اللقاء بإطلاق"."""
    if _prev_tok(s, m.start) in ("تم", "وتم", "جرى", "وجرى"):
        return True
    tok = s.tokens[m.start]
    if tok[:1] == "ب" or tok[:2] in ("وب", "فب"):
        return any(c.cat in ("actor", "person") and c.end <= m.start and not _has_prep_before(s, c) for c in s.mentions)
    return False


def _is_masdar(m: Mention, tok: str) -> bool:
    if m.cat == "launch" and m.term.sub == "nouns":
        return True
    if m.cat == "launch" and m.term.sub == "interception":
        return m.term.tokens[0] in _INTERCEPT_MASDARS
    if m.cat == "space" and m.term.sub == "verbs":
        return m.term.tokens[0] in ("ارسال", "اطلاق")
    # an indefinite strike noun ("هجمات صاروخية") is generic; "الضربة الصاروخية" names a known strike
    return m.cat == "war" and m.term.sub == "nouns" and not tok.startswith(("ال", "وال", "بال", "لل", "فال"))


def _pair_object(s: _Sentence, trig: Mention, objects: list[Mention], madj: list[Mention]) -> Mention | None:
    sub = trig.term.sub
    best: Mention | None = None
    best_d = 99
    for o in objects:
        if trig.cat == "space" and o.cat not in ("vehicle", "payload"):
            continue
        if trig.cat == "war" and o.cat not in ("mnoun", "weapon"):
            continue
        if trig.cat == "launch" and sub == "test_verbs" and o.start < trig.end:
            # "أجرت تجربة صاروخية": what a test verb tests follows its test noun
            continue
        if "مضاد" in _prev_tok(s, o.start):
            # "مضادات الصواريخ": anti-missile weapons, not a launched missile
            continue
        if o.start >= trig.end:
            d = o.start - trig.end
            limit = 7 if trig.cat != "war" else 4
            if sub == "interception" and d <= 3:
                d = -1  # what is intercepted follows the verb: prefer it over a missile word before
        else:
            d = trig.start - o.end
            limit = 4 if sub not in ("nouns",) else 1
            if trig.cat == "launch" and trig.term.sub == "flight":
                limit = 3
        if d <= limit and d < best_d:
            best, best_d = o, d
    if best is None and trig.cat in ("war", "launch") and trig.term.sub in ("nouns", "verbs") and not _is_defence(trig):
        for a in madj:
            if a.start == trig.end or a.start == trig.end + 1:
                return a
    return best


def _launch_kind(s: _Sentence, trig: Mention, obj: Mention) -> str | None:
    space_trigger = trig.cat == "space" or (trig.cat == "launch" and trig.term.sub in _SPACE_LAUNCH_SUBS)
    if obj.cat in ("vehicle", "payload"):
        return "space_launch" if space_trigger else None
    if trig.cat == "space":
        return None
    # a rocket carrying a satellite: the payload or orbit word follows the launched object closely
    window = range(obj.end, min(len(s.tokens), obj.end + 5))
    for m in s.mentions:
        if m.cat in ("payload", "vehicle") and m.start in window and space_trigger:
            return "space_launch"
        if m.cat == "space" and m.term.sub == "orbit" and m.start in window and space_trigger:
            return "space_launch"
    return "missile_launch"


_SPACE_LAUNCH_SUBS = frozenset({"verbs_past", "verbs_present", "verbs_future", "nouns"})


def _build_launch(lex: Lexicon, s: _Sentence, trig: Mention, obj: Mention, kind: str, *, pub: date | None) -> _Mention:
    rules = [trig.term.source, obj.term.source, f"launch:{trig.cat}:{trig.term.sub}"]
    t = trig.start
    status, srules = _status(lex, s, t, pub, trig)
    rules += srules
    d, dated, old = _nearest_date(lex, s, t, pub)
    status, drules = _date_status(status, d, old, pub)
    rules += drules
    trig_tok = s.tokens[trig.start]
    claimed = _claim_before(s, trig) is not None
    if status == "asserted" and not claimed:
        generic = trig_tok in _GENERIC_TRIGGERS or s.tokens[obj.start] in _GENERIC_TRIGGERS
        # "إطلاق الصواريخ" (masdar + definite plural) speaks of launches in general
        if trig.cat == "launch" and trig.term.sub == "nouns" and obj.cat == "mnoun" and obj.term.sub == "plural":
            counted = any(0 <= obj.start - q.end <= 1 for q in s.of("vague", "card")) or (
                obj.start > 0 and s.tokens[obj.start - 1].isdecimal()
            )
            # "إطلاق عشرات الصواريخ": a counted salvo is a particular launch
            if not counted:
                generic = generic or s.tokens[obj.start].startswith(("ال", "لل", "بال", "وال")) or not dated
        if generic:
            status = "historical"
            rules.append("status:generic_plural")
    if (
        status == "asserted"
        and s.field == "text"
        and not dated
        and trig.term.sub in ("verbs_present", "flight")
        and not trig_tok.startswith(("انطلق", "سقط", "حلق"))
    ):
        # present tense in running text without a date describes a capability or habit, not a reported launch
        status = "analysis"
        rules.append("status:present_undated")
    if status == "asserted" and _lam_prefixed(s, trig):
        status = "planned"
        rules.append("status:purpose_lam")
    if status == "asserted" and trig.cat == "launch" and trig.term.sub == "nouns" and _topic_head(s, trig):
        # "إنذارات متعلقة بإطلاق صواريخ"، "مخاوف بشأن تجارب صاروخية": launches as a topic, not as news
        status = "analysis"
        rules.append("status:topic")
    if status == "asserted" and any(
        h.start in (obj.start - 1, trig.start - 1) or (h.start == obj.start - 2 and obj.start - 1 == trig.start)
        for h in s.cue("hypothetical")
    ):
        # "أي صاروخ"، "أي تجربة صاروخية": any launch at all, i.e. none in particular
        status = "planned"
        rules.append("status:any")
    if (
        status == "asserted"
        and s.field == "text"
        and s.index >= _LEAD_SENTENCES
        and not dated
        and _is_masdar(trig, trig_tok)
        and not claimed
        and not _governed_masdar(s, trig)
    ):
        # a verbal noun in running text past the lead, with no date: launches talked about, not reported
        status = "analysis"
        rules.append("status:undated_masdar")
    actors, arules = _launch_actors(lex, s, trig, obj)
    rules += arules
    m = _Mention(kind, status, s, min(t, obj.start), max(trig.end, obj.end), actors=actors, rules=rules)
    m.event_date, m.dated = d, dated
    m.bare_plural = obj.cat == "mnoun" and obj.term.sub == "plural"
    if kind == "missile_launch":
        _count(s, obj, m)
        _classes(lex, s, obj, trig, m)
        m.mode = _mode(s, trig, obj, actors)
    else:
        if obj.cat == "vehicle":
            m.vehicle = str(obj.term.value[0])
        for o in s.of("vehicle"):
            m.vehicle = m.vehicle or str(o.term.value[0])
        for o in s.of("payload"):
            m.payload = m.payload or str(o.term.value[0])
        if not m.actors:
            # "إطلاق فالكون": a named launcher or payload belongs to its state
            owners = [o.term.value[1] for o in s.of("vehicle", "payload") if o.term.value[1]]
            if owners:
                m.actors = (str(owners[0]),)
                m.rules.append("actor:vehicle_owner")
    return m


def _launch_actors(lex: Lexicon, s: _Sentence, trig: Mention, obj: Mention) -> tuple[tuple[str, ...], list[str]]:
    toks = s.tokens
    cands = [m for m in s.mentions if m.cat in ("actor", "person") and m.term.sub != "territory"]
    reporters: set[int] = set()
    # a launched object or a launch verb between a detection word and an actor ends the detector's phrase:
    # in "رصدت الدفاعات صاروخا أطلقه الحوثيون" the Houthis launched
    stops = [
        m.start
        for m in s.mentions
        if m.cat in ("mnoun", "weapon") or (m.cat == "launch" and m.term.sub in ("verbs_past", "verbs_present"))
    ]
    for r in s.mentions:
        is_rep = r.cat == "cue" and r.term.sub == "reporting"
        detect = r.cat == "launch" and r.term.sub in ("detection", "interception")
        if is_rep or detect:
            for c in cands:
                if 0 <= c.start - r.end <= 3 and not any(t in _COMPLEMENTISERS for t in toks[r.end : c.start]):
                    if detect and any(r.end <= k < c.start for k in stops):
                        continue
                    reporters.add(c.start)
    # the interceptor, before or after the verb, is never the launcher (nor is anyone else of its side)
    interceptors = _interceptors(s, cands)
    reporters.update(c.start for c in interceptors)
    blocked = {_launcher_code(_actor_of(c) or "") for c in interceptors}
    weapon_nouns = {o.end for o in s.mentions if o.cat in ("mnoun", "weapon")}

    def people_nisba(c: Mention) -> bool:
        # "إصابة 3 إسرائيليين": an oblique plural (or dual) nisba names people or describes missiles, never a subject
        return c.cat == "actor" and c.term.sub == "nisba" and toks[c.end - 1].endswith("يين")

    def origin_nisba(c: Mention) -> bool:
        return c.cat == "actor" and c.term.sub == "nisba" and any(0 <= c.start - e <= 2 for e in weapon_nouns)

    def usable(c: Mention) -> bool:
        if c.start in reporters or _has_prep_before(s, c) or _actor_of(c) is None or people_nisba(c):
            return False
        return _launcher_code(_actor_of(c) or "") not in blocked

    def with_coord(c: Mention) -> tuple[str, ...]:
        out = [_actor_of(c) or "UNKNOWN"]
        end = c.end
        chain_nisba = c.term.sub == "nisba"
        for o in sorted(cands, key=lambda x: x.start):
            if o.start < end:
                continue
            if o.start == end and (toks[o.start].startswith("و") or (chain_nisba and o.term.sub == "nisba")):
                out.append(_actor_of(o) or "UNKNOWN")
                end = o.end
            elif o.start > end:
                break
        return tuple(dict.fromkeys(_launcher_code(a) for a in out))

    # 0a. who claims the launch launched it: "الحرس الثوري يتبنى إطلاق"، "أعلن الحرس مسؤوليته عن إطلاق"
    claim = _claim_before(s, trig)
    if claim is not None:
        lo = max([i for i in range(claim.start) if toks[i] in _COMPLEMENTISERS] + [0])
        before = [c for c in cands if lo <= c.start < claim.start and not _has_prep_before(s, c)]
        if before:
            return with_coord(max(before, key=lambda x: x.start)), ["actor:claimant"]
    # 0b. the accused: "تتهم إسرائيل فيلق القدس بإطلاق 20 صاروخا" (the accuser is the subject)
    for acc in s.cue("reporting"):
        if toks[acc.start].lstrip("وف") not in _ACCUSE or not 0 < trig.start - acc.end <= 8:
            continue
        heads = [c for c in sorted(cands, key=lambda x: x.start) if acc.end <= c.start < trig.start]
        heads = [c for c in heads if not (c.term.sub == "nisba" and any(o.end == c.start for o in heads))]
        subject_before = any(c.end <= acc.start for c in cands)
        accused = heads[0] if subject_before and heads else heads[1] if len(heads) >= 2 else None
        if accused is not None:
            return with_coord(accused), ["actor:accused"]
    # 1. passive agent: "من قبل X", "أطلقه X"
    for c in cands:
        if c.start >= 2 and toks[c.start - 1] == "قبل" and toks[c.start - 2] == "من":
            return with_coord(c), ["actor:passive_agent"]
    is_verb = trig.cat in ("launch", "war", "space") and (trig.term.sub or "").startswith(("verbs", "test_verbs"))
    is_verb = is_verb or (trig.cat == "war" and trig.term.sub == "verbs")
    intercept = trig.cat == "launch" and trig.term.sub in ("interception", "detection")
    if not is_verb and not intercept:
        # a test noun governed by a verb: "أجرت باكستان بنجاح تجربة على صاروخ"
        for v in s.of("launch"):
            if v.term.sub == "test_verbs" and 0 < trig.start - v.end <= 3:
                trig, is_verb = v, True
                break
    if intercept:
        pass
    elif is_verb:
        # 2. VSO: the subject follows the verb, except in a relative clause ("الصواريخ التي استهدفت السعودية"),
        # whose subject is the antecedent and whose following noun is the object
        relative = _prev_tok(s, trig.start) in _RELATIVES and not _object_suffix(s.tokens[trig.start])
        # "صاروخين حوثيين استهدفا الرياض": the missiles are the subject of a strike verb, what follows is the target
        missile_subject = obj.end <= trig.start and not _object_suffix(toks[trig.start])
        if trig.cat != "war":
            # "الصواريخ أطلقت عمدا على مناطق السعودية": a launch verb right after its bare missile is passive
            bare_obj = not toks[obj.start].startswith(("ب", "وب", "فب", "ل", "ول"))
            missile_subject = missile_subject and bare_obj and trig.start - obj.end <= 2
        for c in sorted(cands, key=lambda x: x.start):
            if 0 <= c.start - trig.end <= 3 and usable(c) and not origin_nisba(c) and not (relative or missile_subject):
                return with_coord(c), ["actor:vso"]
        # 3. SVO: nearest usable actor before the verb in the clause (after the last complementiser)
        lo = 0
        for i in range(trig.start - 1, -1, -1):
            if toks[i] in _COMPLEMENTISERS or i in s.commas:
                lo = i
                break
        before = [c for c in cands if lo <= c.start < trig.start and usable(c) and not origin_nisba(c)]
        bare = not toks[obj.start].startswith(("ب", "وب", "فب", "ل", "ول"))
        if bare and 0 <= trig.start - obj.end <= 2 and not _object_suffix(toks[trig.start]):
            # "اعترضت الدفاعات صاروخا أطلق من صعدة": a verb right after its missile describes the missile
            # (it "was launched"); the actor before the missile is not its subject
            before = [c for c in before if c.start > obj.start]
        if before:
            c = max(before, key=lambda x: x.start)
            if trig.start - c.end <= 8:
                return with_coord(c), ["actor:svo"]
    else:
        # 4. masdar with its subject: "إطلاق كوريا الشمالية صاروخا"
        for c in cands:
            if c.start == trig.end and usable(c) and c.term.sub != "nisba":
                return with_coord(c), ["actor:masdar_subject"]
        # 4b. masdar as the instrument of the clause's verb: "استبقت كوريا الشمالية اللقاء بإطلاق صاروخين"
        if s.tokens[trig.start][:1] in "بف" or _prev_tok(s, trig.start) in ("في", "عن"):
            subj = [c for c in cands if c.start < trig.start and usable(c) and c.term.sub != "nisba"]
            if subj:
                return with_coord(min(subj, key=lambda x: x.start)), ["actor:clause_subject"]
    # 5. nisba on the launched object: "صاروخا حوثيا", "الضربات الصاروخية الأمريكية" (not across a verb:
    # in "صاروخ باليستي اعترضته الدفاعات السعودية" the nisba belongs to the interceptor)
    verbs_after = [
        v.start
        for v in s.mentions
        if v.cat == "launch" and v.term.sub in ("interception", "detection") and v.start >= obj.end
    ]
    for c in sorted(cands, key=lambda x: x.start):
        crossed = any(obj.end <= v < c.start for v in verbs_after)
        if c.cat == "actor" and c.term.sub in ("nisba", "group") and 0 <= c.start - obj.end <= 3 and not crossed:
            return with_coord(c), ["actor:object_nisba"]
        if (
            c.cat == "actor"
            and c.term.sub == "nisba"
            and 0 <= c.start - trig.end <= 1
            and trig.cat == "war"
            and not people_nisba(c)
        ):
            return with_coord(c), ["actor:strike_nisba"]
    # 5a. a strike noun with a resumptive verb: "ضربات صاروخية شنتها الولايات المتحدة وبريطانيا وفرنسا"
    if not is_verb:
        end = max(trig.end, obj.end)
        for k in range(end, min(len(toks), end + 3)):
            if _RESUMPTIVE_VERB_RE.match(toks[k]):
                for c in cands:
                    if 0 <= c.start - (k + 1) <= 1 and c.term.sub != "nisba":
                        return with_coord(c), ["actor:resumptive_verb"]
                break
    # 5b. possessor of the missiles: "صواريخ ميليشيا الحوثي"، "صواريخ حماس"
    if obj.cat == "mnoun" and not s.tokens[obj.start].startswith(("ال", "وال", "بال", "لل")):
        for c in cands:
            if c.cat == "actor" and c.term.sub in ("group", "name") and c.start == obj.end and usable(c):
                return with_coord(c), ["actor:possessor"]
    # 6. "من" + a launching group or territory
    for c in cands:
        if c.start >= 1 and toks[c.start - 1] in ("من", "داخل") and _actor_of(c) in ("GAZA", "YEM", "HOUTHI"):
            return (_launcher_code(_actor_of(c) or ""),), ["actor:from_territory"]
    # 7. supervision: "بإشراف كيم" — the supervisor's side launched
    for sup in s.of("coop"):
        if sup.term.sub == "supervision":
            for c in cands:
                if 0 <= c.start - sup.end <= 3 and _actor_of(c):
                    return (_actor_of(c) or "UNKNOWN",), ["actor:supervision"]
    # 8. weapon owner (a named system next to the launched object)
    for w in s.of("weapon"):
        if w is obj or abs(w.start - obj.start) <= 4:
            owner = lex.weapon_info.get(str(w.term.value), {}).get("owner")
            if owner:
                return (str(owner),), ["actor:weapon_owner"]
    # 9. the one actor the clause names as a possible agent
    usable_codes = {
        _launcher_code(_actor_of(c) or "")
        for c in cands
        if usable(c) and not origin_nisba(c) and c.term.sub != "metonym"
    }
    usable_codes.discard("")
    # "أن الصاروخ أطلق"، "الصواريخ التي أطلقت": the missile is the subject of a passive verb; whoever else the
    # clause names (the target, the interceptor, the speaker) did not launch it
    passive = is_verb and obj.end <= trig.start and not _object_suffix(toks[trig.start])
    if len(usable_codes) == 1 and not intercept and not passive:
        # (a sentence about an interception names the interceptor; the launcher must be marked as such)
        return (usable_codes.pop(),), ["actor:sole_agent"]
    return (), []


def _interceptors(s: _Sentence, cands: list[Mention]) -> list[Mention]:
    """Actors that intercept in the sentence: the subject before an interception word ("الدفاعات السعودية
    اعترضت"، "تمكنت الدفاعات من اعتراضه") or after it ("اعترضت الدفاعات السعودية صاروخا"). Not an actor across a
    launched object or a launch verb: in "اعترضت صاروخا أطلقه الحوثيون" and "صاروخ حوثي اعترضته" the actor is
    the launcher."""
    stops = [
        m.start
        for m in s.mentions
        if m.cat in ("mnoun", "weapon") or (m.cat == "launch" and m.term.sub in ("verbs_past", "verbs_present"))
    ]
    missiles = [m for m in s.mentions if m.cat in ("mnoun", "weapon")]
    out: list[Mention] = []
    for r in s.mentions:
        if not (r.cat == "launch" and r.term.sub == "interception"):
            continue
        # "أدت الضربة إلى تدمير البنى التحتية": destroying, not intercepting, unless a missile is at hand
        suffixed = len(s.tokens[r.start]) > len(r.term.tokens[0]) + 1 and _object_suffix(s.tokens[r.start])
        if not suffixed and not any(abs(m.start - r.start) <= 6 for m in missiles):
            continue
        for c in cands:
            if 0 <= r.start - c.end <= 4:
                lo, hi = c.end, r.start
            elif 0 <= c.start - r.end <= 4:
                lo, hi = r.end, c.start
            else:
                continue
            if any(lo <= k < hi for k in stops) or _has_prep_before(s, c):
                continue
            if c.cat == "actor" and c.term.sub == "nisba" and any(0 <= c.start - k <= 3 for k in stops):
                continue
            out.append(c)
    return out


def _claim_before(s: _Sentence, trig: Mention) -> Mention | None:
    """A claim of responsibility governing the trigger ("يتبنى إطلاق"، "مسؤوليته عن إطلاق")."""
    for c in s.cue("claim"):
        if 0 < trig.start - c.end <= 3 or 0 < trig.start - c.start <= 5:
            return c
    return None


def _object_suffix(tok: str) -> bool:
    """ "أطلقتها"، "شنه": a verb carrying its object as a pronoun suffix (its subject is a following noun)."""
    return tok.endswith(("ه", "ها", "هم", "هما")) and len(tok) > 4


def _launcher_code(code: str) -> str:
    return "HOUTHI" if code == "YEM" else code


def _count(s: _Sentence, obj: Mention, m: _Mention) -> None:
    if obj.cat != "mnoun":
        return
    toks = s.tokens
    number = obj.term.sub
    prev = [toks[i] for i in range(max(0, obj.start - 3), obj.start)]
    qual = None
    for q in s.of("qual"):
        if obj.start - 4 <= q.start < obj.start or 0 <= q.start - obj.end <= 3:
            qual = str(q.term.value)
    card = None
    for c in s.of("card"):
        if 1 <= obj.start - c.end + 1 <= 2 and c.end <= obj.start:
            card = int(c.term.value)
    digits = [p for p in prev[-2:] if p.isdecimal()]
    if digits and int(digits[-1]) < 10000 and not _YEAR_RE.match(digits[-1]):
        m.count, m.count_qualifier = int(digits[-1]), qual or "exact"
    elif card is not None:
        m.count, m.count_qualifier = card, qual or "exact"
    elif any(v.start < obj.start and obj.start - v.end <= 1 for v in s.of("vague")):
        m.count, m.count_qualifier = None, "several"
    elif number == "2":
        m.count, m.count_qualifier = 2, qual or "exact"
    elif number == "dual_construct":
        nxt = obj.end < len(toks) and any(c.start == obj.end for c in s.of("mclass", "weapon"))
        if nxt and not toks[obj.start].startswith("ال"):
            m.count, m.count_qualifier = 2, "exact"
    elif number == "1" and not obj.term.value and not toks[obj.start].startswith(("ال", "وال", "بال")):
        m.count, m.count_qualifier = 1, qual or "exact"
    if m.count is not None:
        m.rules.append("count:" + (m.count_qualifier or "exact"))


def _classes(lex: Lexicon, s: _Sentence, obj: Mention, trig: Mention, m: _Mention) -> None:
    classes: list[str] = []
    toks = s.tokens
    lo, hi = min(obj.start, trig.start), max(obj.end, trig.end) + 6
    for c in s.of("mclass"):
        if lo - 2 <= c.start <= hi:
            cls = str(c.term.value)
            classes.append(cls)
            classes.extend(lex.class_implies.get(cls, ()))
    for w in s.of("weapon"):
        if not (lo - 4 <= w.start <= hi + 4):
            continue
        key = str(w.term.value)
        info = lex.weapon_info.get(key, {})
        if info.get("numbered"):
            j = w.end
            if j < len(toks) and toks[j].isdecimal():
                num = toks[j]
                key = f"{key}-{num}"
                classes.extend(lex.hwasong_classes.get(num, ()) if w.term.value == "hwasong" else ())
        classes.extend(info.get("class", ()))
        m.weapon = m.weapon or key
    m.missile_class = tuple(dict.fromkeys(classes))


def _mode(s: _Sentence, trig: Mention, obj: Mention, actors: tuple[str, ...]) -> str:
    if trig.cat == "war" or (trig.cat == "launch" and trig.term.sub == "interception"):
        return "attack"
    if any(m.cat == "war" for m in s.mentions):
        return "attack"
    if any(m.cat == "launch" and m.term.sub == "interception" for m in s.mentions):
        return "attack"
    if any(m.cat == "test" for m in s.mentions) or any(m.cat == "place" and m.term.sub == "sea" for m in s.mentions):
        return "test"
    if "PRK" in actors:
        return "test"
    return "unknown"


# ---------------------------------------------------------------------------------------------- cooperation
_STRONG_COOP = ("summit", "visit_meeting", "communication", "agreement")
_THIRD_HEADS = re.compile(r"^(ترامب|ترمب|مون|شي|اوباما|بايدن|ابي|يون)$")


def _cooperation(lex: Lexicon, s: _Sentence, pub: date | None) -> list[_Mention]:
    rus = [m for m in s.mentions if m.cat in ("actor", "person") and _actor_of(m) == "RUS"]
    prk = [m for m in s.mentions if m.cat in ("actor", "person") and _actor_of(m) == "PRK"]
    if not rus or not prk:
        return []
    toks = s.tokens
    coop = s.of("coop")
    strong = [c for c in coop if c.term.sub in _STRONG_COOP and _coop_word_ok(s, c)]
    interaction = [c for c in coop if c.term.sub in ("interaction", "permission")]
    content = [c for c in coop if c.term.sub in ("military", "space_tech", "economic")]
    # Russian use of North Korean missiles (origin nisba after a weapon noun) is military cooperation.
    origin_use = any(
        m.cat == "actor"
        and m.term.sub == "nisba"
        and _actor_of(m) == "PRK"
        and any(0 <= m.start - o.end <= 2 for o in s.of("mnoun", "weapon"))
        for m in prk
    ) and any(m.cat in ("launch", "war") for m in s.mentions)
    anchors = strong or (interaction if content else []) or []
    if not anchors and content and s.cue("denial"):
        # "التقارير عن تزويد كوريا الشمالية روسيا بالأسلحة لا أساس لها": a denied transfer
        anchors = content
    if not anchors and not origin_use:
        return []
    if not anchors:
        anchors = [m for m in s.mentions if m.cat in ("launch", "war")][:1]
    anchor = anchors[0]
    # both sides near the anchor
    win = 12

    def near(ms: list[Mention]) -> bool:
        return any(abs(m.start - anchor.start) <= win for m in ms)

    if not (near(rus) and near(prk)):
        return []
    # a third party's leader closer to a summit/meeting word than the sides: the meeting is someone else's
    if strong and any(_THIRD_HEADS.match(t) for t in toks):
        thirds = [i for i, t in enumerate(toks) if _THIRD_HEADS.match(t)]
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
    status, rules = _status(lex, s, t, pub, None)
    if s.cue("denial"):
        status, rules = "denied", ["status:denial_cue"]
    if status == "asserted":
        for c in s.cue("future"):
            if c.start < t + 4:
                status, rules = "planned", ["status:future_cue"]
                break
    d, dated, old = _nearest_date(lex, s, t, pub)
    status, drules = _date_status(status, d, old, pub)
    participants = tuple(
        dict.fromkeys(" ".join(toks[m.start : m.end]) for m in s.mentions if m.cat == "person" and _actor_of(m))
    )
    lo = min([m.start for m in rus + prk] + [anchor.start])
    hi = max([m.end for m in rus + prk] + [anchor.end])
    out = _Mention(
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


def _coop_word_ok(s: _Sentence, c: Mention) -> bool:
    tok = s.tokens[c.start]
    if c.term.sub == "communication" and tok.endswith(("دعوه", "دعا", "يدعو")):
        nxt = s.tokens[c.end : c.end + 3]
        return any("زيار" in t for t in nxt)
    return True


# ---------------------------------------------------------------------------------------------- merging
def _weight(m: _Mention) -> int:
    if m.sentence.field == "title":
        return 3
    if m.sentence.order <= _LEAD_SENTENCES:
        return 2
    return 1


def _lead_date(sentences: list[_Sentence], lex: Lexicon, pub: date | None) -> date | None:
    for s in sentences[: _LEAD_SENTENCES + 1]:
        for _i, d, _old in _date_mentions(lex, s, pub):
            if d is not None and pub is not None and pub - timedelta(days=7) <= d <= pub:
                return d
    return pub


def _strike_coalition(sentences: list[_Sentence], lex: Lexicon, pub: date | None) -> tuple[str, ...]:
    """Countries named as adjectives of a strike in the title or lead: "ضربات عسكرية أمريكية بريطانية فرنسية"."""
    for s in sentences:
        if s.field == "text" and s.index >= _LEAD_SENTENCES:
            break
        for w in s.of("war"):
            if w.term.sub != "nouns" or _is_defence(w):
                continue
            codes: list[str] = []
            k = w.end + (1 if w.end < len(s.tokens) and not _nisba_at(s, w.end) else 0)
            while _nisba_at(s, k):
                n = next(m for m in s.mentions if m.cat == "actor" and m.term.sub == "nisba" and m.start == k)
                codes.append(str(n.term.value))
                k = n.end
            if len(codes) >= 2 and _status(lex, s, w.start, pub, None)[0] == "asserted":
                return tuple(dict.fromkeys(codes))
    return ()


def _nisba_at(s: _Sentence, k: int) -> bool:
    return any(m.cat == "actor" and m.term.sub == "nisba" and m.start == k for m in s.mentions)


def _join_coalition(mentions: list[_Mention], coalition: tuple[str, ...]) -> None:
    """A strike by several countries: a launch in the article by one of them, or an unattributed missile strike,
    is the coalition's."""
    for m in mentions:
        if m.type != "missile_launch" or m.status != "asserted" or m.mode != "attack":
            continue
        if (m.actors and set(m.actors) <= set(coalition)) or (not m.actors and "launch:war:nouns" in m.rules):
            m.actors = coalition
            m.rules.append("actor:strike_coalition")


def _deny_accused_transfers(mentions: list[_Mention]) -> None:
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


_WEAK_ACTOR_RULES = frozenset({"actor:sole_agent", "actor:clause_subject"})


def _not_the_interceptor(mentions: list[_Mention], sentences: list[_Sentence]) -> None:
    """The interceptor is never the launcher: a side the article shows intercepting does not become the launcher
    of a missile by a weak rule (the one actor a sentence names, a clause's subject)."""
    codes: set[str] = set()
    for s in sentences:
        if any(m.cat == "launch" and m.term.sub == "interception" for m in s.mentions):
            cands = [m for m in s.mentions if m.cat in ("actor", "person") and m.term.sub != "territory"]
            codes |= {_launcher_code(_actor_of(c) or "") for c in _interceptors(s, cands)}
    codes.discard("")
    for m in mentions:
        weak = any(r in _WEAK_ACTOR_RULES for r in m.rules)
        if m.type == "missile_launch" and m.actors and set(m.actors) <= codes and weak:
            m.actors = ()
            m.rules.append("actor:not_the_interceptor")


def _fill_unknown_actors(mentions: list[_Mention]) -> None:
    """A launch mention without a named launcher takes the article's launcher when the article names only one."""
    for etype in ("missile_launch", "space_launch"):
        named = [m for m in mentions if m.type == etype and m.actors]
        codes = {a for m in named for a in m.actors if a != "UNKNOWN"}
        fill: tuple[str, ...] = ()
        if len(codes) == 1:
            fill = (codes.pop(),)
        else:
            titled = [m for m in named if m.sentence.field == "title"]
            if titled:
                fill = titled[0].actors
        if not fill:
            continue
        for m in mentions:
            if m.type == etype and not m.actors:
                m.actors = fill
                m.rules.append("actor:article_launcher")
                if _background(m):
                    m.status = "historical"
                    m.rules.append("status:background")


def _background(m: _Mention) -> bool:
    """ "فقد طور الشمال أسلحة نووية واختبر صواريخ": past the lead, a launch of uncounted missiles with no date and
    no launcher named in its sentence is the article's background (explainers, profiles), not its news."""
    return (
        m.status == "asserted"
        and m.sentence.field == "text"
        and m.sentence.index >= _LEAD_SENTENCES
        and not m.dated
        and m.bare_plural
        and m.count is None
        and m.count_qualifier is None
    )


def _carrier_rocket(m: _Mention, space_story: bool) -> bool:
    """A rocket that is a space launch vehicle is not a missile: "الصاروخ سقط" in a space-launch story, a plain
    rocket in a sentence that names a launcher, a payload or the orbit, and in a story with an asserted space launch
    any rocket fired with no missile class, weapon name or combat."""
    s = m.sentence
    if space_story and "launch:launch:flight" in m.rules:
        return True
    combat = any(
        (o.cat == "war" and o.term.sub in ("verbs", "nouns")) or (o.cat == "launch" and o.term.sub == "interception")
        for o in s.mentions
    )
    if m.missile_class or m.weapon or combat:
        return False
    if any(o.cat in ("vehicle", "payload") or (o.cat == "space" and o.term.sub == "orbit") for o in s.mentions):
        return True
    return space_story


def _merge(mentions, sentences, norms, raws, pub) -> list[Event]:
    lex = load_lexicon()
    lead = _lead_date(sentences, lex, pub)
    for m in mentions:
        if m.status == "asserted" and not m.dated:
            m.event_date = lead
    _deny_accused_transfers(mentions)
    coalition = _strike_coalition(sentences, lex, pub)
    if coalition:
        _join_coalition(mentions, coalition)
    _not_the_interceptor(mentions, sentences)
    _fill_unknown_actors(mentions)
    space_story = any(m.type == "space_launch" and m.status == "asserted" for m in mentions)
    mentions = [m for m in mentions if not (m.type == "missile_launch" and _carrier_rocket(m, space_story))]
    groups: dict[tuple, list[_Mention]] = {}
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
            a = s.spans[m.tok_start][0]
            b = s.spans[m.tok_end - 1][1]
            ra, rb = norms[s.field].raw_span(a, b)
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
        counted = [m for m in sorted(ms, key=lambda m: (-_weight(m), m.sentence.order)) if m.count is not None]
        weapon = next((m.weapon for m in ms if m.weapon), None)
        events.append(
            Event(
                type=etype,
                status=status,
                actor=actor,
                participants=tuple(dict.fromkeys(participants)),
                subtypes=tuple(sorted(set(subtypes), key=_SUBTYPE_ORDER.index)),
                count=counted[0].count if counted else None,
                count_qualifier=counted[0].count_qualifier
                if counted
                else next((m.count_qualifier for m in ms if m.count_qualifier), None),
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
