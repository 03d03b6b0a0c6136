"""Dates in a sentence, the date nearest a trigger, and the status (asserted, planned, ...) of a mention."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from transforms.lexicon import Lexicon, Mention
from transforms.records import parse_published
from transforms.tagger.sentences import LEAD_SENTENCES, Sentence, actor_of, prev_tok
from transforms.tagger.words import (
    ADDITION_LINKS,
    ADDITION_WORDS,
    AFTER_SUBORDINATORS,
    AGO_APPROXIMATORS,
    AGO_DAY_UNITS,
    AGO_LONG_UNITS,
    AGO_SPAN_ADJECTIVES,
    AGO_TIME_NOUNS,
    AGO_WEEK_UNITS,
    AMBIGUOUS_MONTH_NAMES,
    ANNIVERSARY_WORDS,
    APPROACH_WORDS,
    ATTENDANCE_PURPOSES,
    BEFORE_WORDS,
    BEING_VERBS,
    CLOCK_HEADS,
    COMPLEMENTISERS,
    CONTINUATION_WORDS,
    COUNTDOWN_WORDS,
    COUNTED_LONG_UNITS,
    CURRENT_MONTH_WORDS,
    DISCUSSION_MASDARS,
    DRILL_NOUNS,
    EARLIER_THIS_YEAR,
    ELAPSED_NOUNS,
    EXPERT_SPECIALTIES,
    FAILURE_STEMS,
    FINDING_HEADS,
    FORMER_SCHEDULE_WORDS,
    FUTURE_AUXILIARIES,
    FUTURE_VERB_RE,
    GAP_PREPOSITIONS,
    INCLUDING_VERBS_PAST,
    INCLUDING_VERBS_PRESENT,
    INCLUSION_OPENERS,
    INQUIRY_AGENTS,
    INQUIRY_BOARD_HEADS,
    INQUIRY_FINDINGS,
    INVITATION_WORDS,
    JOURNEY_WORDS,
    LATER_WORDS,
    LATEST_WORDS,
    LAUNCH_FILLERS,
    LIFT_OFF_MASDARS,
    MONTH_HEADS,
    NEGATION_COORDINATORS,
    NEWNESS_WORDS,
    NOTE_OPENERS,
    ON_THIS_DAY,
    ONE_WORDS,
    OUTLET_HEADS,
    PANEL_HEADS,
    PAST_COPULAS,
    PAST_HEDGES,
    POSSESSIVE_MASDARS,
    PRECEDENCE_MARKERS,
    PREPOSITIONS,
    PRESENT_DOING_VERBS,
    REACTION_VERBS,
    RECENT_HEADS,
    RECENT_SPANS,
    RELATIVES,
    REPORT_NOUNS,
    RESPONSE_NOUNS,
    RESPONSIBILITY_NOUNS,
    SCHEDULING_WORDS,
    SEQUENCE_LINKS,
    SUCCESS_NOUN_STEMS,
    SUPERLATIVES,
    TEMPORAL_LINKS,
    THEN_ADVERBS,
    THREAT_NOUNS,
    TIME_ORIGIN_WORDS,
    UPCOMING_ADJECTIVES,
    UTC_WORDS,
    WEEK_NOUNS,
    YEAR_FILLERS,
)

# how far after a launch's verb a past period still dates it when no day comes between
PAST_PERIOD_REACH = 18

# the lift-off itself (not the launching a side does: "فشلت الميليشيات في إطلاق صاروخين" still fired them)
_LIFT_OFF_ONLY = frozenset({"اقلاع", "الاقلاع", "انطلاق", "الانطلاق"})

# words that start with ب and link the launch after them to something else, never a threat's object
_LINKS_AFTER_THREAT = TEMPORAL_LINKS | AFTER_SUBORDINATORS | PREPOSITIONS

YEAR_RE = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")


# the time zone of the newsrooms and readers of Arabic news from the Gulf to the Levant (UTC+3)
_REGION_OFFSET = timedelta(hours=3)


class PublicationDay(date):
    """The day an article was published where its time was written, knowing whether that time is already the next
    day in the region the story is told from: an outlet stamping in UTC publishes at 22:19 on Wednesday a story
    written after midnight on Thursday ("في وقت مبكر الخميس")."""

    region_next_day: bool = False


def _publication_day(published: datetime) -> date:
    day = PublicationDay(published.year, published.month, published.day)
    offset = published.utcoffset()
    if offset is not None:
        day.region_next_day = (published - offset + _REGION_OFFSET).date() > published.date()
    return day


def to_date(published: datetime | date | str | None) -> date | None:
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return _publication_day(published)
    if isinstance(published, date):
        return published
    parsed = parse_published(str(published))
    if parsed is not None:
        return _publication_day(parsed)  # the day where it was published: the offset is kept, not converted to UTC
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(published))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# how far ahead a day the sentence looks forward to may lie and still be this year's
AHEAD_DAYS = 120


def _looks_ahead(s: Sentence) -> bool:
    """A headline (it speaks of what is scheduled in the present tense: "لافروف يزور كوريا الشمالية من 11 إلى 13
    يوليو"), or a sentence with a word of the future or of scheduling ("ستطلق قمرا بين 27 مايو و4 يونيو")."""
    if s.field == "title" or s.cue("future"):
        return True
    return any(t in SCHEDULING_WORDS or FUTURE_VERB_RE.match(t) for t in s.tokens)


def _invited_ahead(s: Sentence, k: int) -> bool:
    """ "دعا بوتين كيم لزيارة روسيا في سبتمبر": a date after an invitation and the visit (or attendance) it invites
    to is the visit's, ahead (not "دعاه في سبتمبر إلى زيارة روسيا", the invitation's own date)."""
    toks = s.tokens
    invited = next((i for i in range(k) if toks[i].removeprefix("و").endswith(INVITATION_WORDS)), -1)
    return invited >= 0 and any(
        toks[j] in ATTENDANCE_PURPOSES or toks[j].removeprefix("ل") in JOURNEY_WORDS for j in range(invited + 1, k)
    )


def _utc_weekday(toks: list[str], k: int) -> bool:
    """A weekday at k right after the UTC clock ("بتوقيت غرينتش الأحد"، "ت غ يوم الأحد") in a sentence that also
    gives the local clock ("بالتوقيت المحلي"، "بتوقيت طوكيو")."""
    if not any(toks[j] in UTC_WORDS for j in range(max(0, k - 3), k)):
        return False
    return any(
        toks[j] in CLOCK_HEADS and j + 1 < len(toks) and toks[j + 1] not in UTC_WORDS for j in range(len(toks) - 1)
    )


def date_mentions(
    lex: Lexicon, s: Sentence, pub: date | None, *, since_months: bool = False
) -> list[tuple[int, date | None, bool]]:
    """(token index, resolved date or None, old) for every date expression in the sentence; with since_months, a
    month after منذ ("زودت كوريا الشمالية بالنفط منذ مارس": a supply still going on) dates nothing either."""
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
            if _utc_weekday(toks, m.start):
                # "أطلق في الساعة 5:28 بالتوقيت المحلي (21:28 بتوقيت غرينتش الأحد)": the day in UTC, not where it
                # happened
                continue
            strict = m.end in past_idx or (m.end + 1 in past_idx)
            delta = (pub.weekday() - int(m.term.value)) % 7
            if strict and delta == 0:
                delta = 7
            if delta == 6 and not strict and getattr(pub, "region_next_day", False):
                # "في وقت مبكر الخميس" stamped 22:19 UTC on Wednesday: the region's Thursday had begun
                delta = -1
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
            elif m.start > 1 and toks[m.start - 1] == "من":
                # "في الثاني من كانون الثاني"، "الحادي والعشرين من أكتوبر": an ordinal day, then من and the month
                day = next((int(o.term.value) for o in s.of("dayord") if o.end == m.start - 1), None)
                # "في الـ4 من ديسمبر"، "في 19 من يونيو": a day in figures, then من and the month
                if day is None and toks[m.start - 2].isdecimal() and 1 <= int(toks[m.start - 2]) <= 31:
                    day = int(toks[m.start - 2])
            year = None
            for k in range(m.end, min(len(toks), m.end + 5)):
                if YEAR_RE.match(toks[k]):
                    year = int(toks[k])
                    break
                if toks[k] not in YEAR_FILLERS:
                    break
            if pub is None and year is None:
                continue
            if (
                day is None
                and year is None
                and toks[m.start] in AMBIGUOUS_MONTH_NAMES
                and prev_tok(s, m.start) not in MONTH_HEADS
            ):
                continue  # "تيريزا ماي"، "مارس ضغوطا": a name or a verb, not a month
            this_month = m.end < len(toks) and toks[m.end] in CURRENT_MONTH_WORDS  # "العاشر من أبريل الجاري"
            if year is None:
                assert pub is not None
                year = pub.year
                # ("سيزور كوريا الشمالية من 11 إلى 13 يوليو" written on 9 July: a day the sentence looks ahead to
                # within a few months is this year's)
                later = (month, day or 1) > (pub.month, pub.day) and not this_month
                soon = (date(year, month, min(day or 1, 28)) - pub).days <= AHEAD_DAYS
                # (not one the sentence calls past: "دعاه لزيارة موسكو في مايو الماضي" written in January)
                if later and not (soon and m.end not in past_idx and (_looks_ahead(s) or _invited_ahead(s, m.start))):
                    year -= 1
                elif day is None and month == pub.month and m.end in past_idx:
                    # "أبريل الماضي" written in April is last year's April
                    year -= 1
            gloss = any(o.cat == "month" and 0 <= m.start - o.end <= 1 for o in s.mentions)
            if (day is not None or gloss or since_months) and (
                "منذ" in toks[max(0, m.start - 4) : m.start] or _since_the_start(s, m.start)
            ):
                # "لأول مرة منذ 29 يناير"، "منذ 29 يناير/ كانون الثاني الماضي": a gap measured from a day (or the
                # other month name glossing it) does not date the event
                continue
            before = [t.lstrip("و") for t in toks[max(0, m.start - 4) : m.start]]
            if any(t in FORMER_SCHEDULE_WORDS for t in before) and any(t in PAST_COPULAS for t in before):
                # "في رحلة كانت مقررة في مايو الماضي": the month it had been scheduled for, not the launch's date
                continue
            if day is not None:
                if (valid := _valid_date(year, month, day)) is not None:
                    out.append((m.start, valid, False))
            else:
                old = (
                    pub is not None
                    and (year, month) < (pub.year, pub.month)
                    and ((pub - date(year, month, 28)).days > 7)
                )
                out.append((m.start, None, old))
    if pub is not None:
        out.extend(_ago(s, pub))
        out.extend(_day_of_this_month(s, pub))
    numeric = _numeric_dates(s)
    out.extend((k, d, False) for k, d, _y in numeric)
    for i, t in enumerate(toks):
        if any(y == i for _k, _d, y in numeric):
            continue  # the year of a date in figures was read with it
        if YEAR_RE.match(t) and pub is not None and int(t) > pub.year:
            # "إطلاق مركبة فضائية في صيف 2018" written in 2017: a later year is still to come
            if not any(m.cat == "month" and m.end <= i <= m.end + 4 for m in s.mentions):
                out.append((i, date(int(t), 1, 1), False))
            continue
        if YEAR_RE.match(t) and pub is not None and int(t) < pub.year:
            # a year that belongs to an explicit date was handled with its month
            if i >= 1 and any(m.cat == "month" and m.end <= i <= m.end + 4 for m in s.mentions):
                continue
            # "الأول منذ 2017"، "لأول مرة منذ بداية الحرب في عام 2022" measure a gap; they do not date the event
            since = [k for k in range(max(0, i - 6), i) if toks[k] == "منذ"]
            if since and not any(since[-1] < c < i for c in s.commas):
                continue
            out.append((i, None, True))
    return out


def _valid_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for a day the month does not have ("31 من الشهر" in a month of 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric_dates(s: Sentence) -> list[tuple[int, date, int]]:
    """(first token, date, token of the year) for dates written in figures: "13-6-2024"، "13/06/2024"، "2024/6/13"
    (three numbers one separator apart, the year first or last)."""
    toks, spans = s.tokens, s.spans
    out: list[tuple[int, date, int]] = []
    for k in range(len(toks) - 2):
        a, b, c = toks[k : k + 3]
        if not (a.isdecimal() and b.isdecimal() and c.isdecimal()):
            continue
        if any(spans[j + 1][0] - spans[j][1] != 1 or j + 1 in s.commas for j in (k, k + 1)):
            continue
        if YEAR_RE.match(c) and len(a) <= 2 and len(b) <= 2:
            day, month, year, y = int(a), int(b), int(c), k + 2
        elif YEAR_RE.match(a) and len(b) <= 2 and len(c) <= 2:
            year, month, day, y = int(a), int(b), int(c), k
        else:
            continue
        if (valid := _valid_date(year, month, day)) is not None:
            out.append((k, valid, y))
    return out


def _day_of_this_month(s: Sentence, pub: date) -> list[tuple[int, date | None, bool]]:
    """ "في العاشر من الشهر الجاري"، "يوم 30 من الشهر الماضي": a day (ordinal or in digits) of this month or the
    last."""
    toks = s.tokens
    out: list[tuple[int, date | None, bool]] = []
    days = [(o.start, o.end, int(o.term.value)) for o in s.of("dayord")]
    days += [(i, i + 1, int(t)) for i, t in enumerate(toks) if t.isdecimal() and len(t) <= 2 and 1 <= int(t) <= 31]
    for start, end, day in days:
        year, month = pub.year, pub.month
        if end < len(toks) and toks[end] in CURRENT_MONTH_WORDS:
            # "في 16 الجاري": the month left out
            if day <= pub.day:
                out.append((start, date(year, month, day), False))
            continue
        if toks[end : end + 2] != ["من", "الشهر"] or end + 2 >= len(toks):
            continue
        which = toks[end + 2]
        if any(p.start == end + 2 for p in s.of("past")):
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif which not in CURRENT_MONTH_WORDS:
            continue
        if (valid := _valid_date(year, month, day)) is not None:
            out.append((start, valid, False))
    return out


def _ago(s: Sentence, pub: date) -> list[tuple[int, date | None, bool]]:
    """ "قبل يومين"، "قبل ثلاثة أيام"، "قبل أسبوعين"، "قبل ستة أشهر": so long before publication (months and years
    are the past, undated)."""
    toks = s.tokens
    counts = {c.start: int(c.term.value) for c in s.of("card")}
    out: list[tuple[int, date | None, bool]] = []
    for i, t in enumerate(toks):
        if t not in ("قبل", "وقبل") or i + 1 >= len(toks):
            continue
        if any(tok in ("منذ", "ومنذ") for tok in toks[max(0, i - 6) : i]):
            continue  # "أكبر تصعيد منذ اندلاع الحرب قبل نحو أربع سنوات": the start of a period, not the event's date
        n, k = 1, i + 1
        # ("قبل نحو عقد"، "قبل ما يقرب من عشر سنوات": an approximate span)
        while k < min(len(toks) - 1, i + 4) and toks[k] in AGO_APPROXIMATORS:
            k += 1
        if toks[k].isdecimal() or k in counts:
            n, k = (int(toks[k]) if toks[k].isdecimal() else counts[k]), k + 1
        if k >= len(toks):
            continue
        unit = toks[k]
        # ("قبل أيام قليلة من تنصيب الرئيس": the span's own adjective before من)
        after = k + 1
        while after < min(len(toks), k + 3) and toks[after] in AGO_SPAN_ADJECTIVES:
            after += 1
        other_event = after + 1 >= len(toks) or toks[after + 1] not in AGO_TIME_NOUNS
        if after < len(toks) and toks[after] == "من" and other_event:
            continue  # "قبل يومين من القمة": before another event, not before publication
        n = 2 if unit.endswith(("ين", "تين", "ان")) and n == 1 else n
        plural = unit in ("ايام", "اسابيع") and k == i + 1  # "قبل أيام": a few
        if unit in AGO_LONG_UNITS:
            out.append((i, None, True))
        elif unit in AGO_WEEK_UNITS:
            out.append((i, pub - timedelta(days=7 * (3 if plural else n)), False))
        elif unit in AGO_DAY_UNITS:
            out.append((i, pub - timedelta(days=3 if plural else n), False))
    return out


def _since_the_start(s: Sentence, i: int) -> bool:
    """ "لأول مرة منذ بدء الهجمات على القوات في 17 أكتوبر الماضي": the day a period began on, which a superlative's
    منذ and its start noun open further back in the same clause, measures a gap; it does not date the event (a tally
    since the start keeps its day: "أسفر القصف منذ بدء العملية في 20 يناير عن مقتل العشرات")."""
    toks = s.tokens
    return any(
        toks[k] in ("منذ", "ومنذ")
        and toks[k + 1] in TIME_ORIGIN_WORDS
        and any(t in SUPERLATIVES for t in toks[max(0, k - 3) : k])
        and not any(k < c <= i for c in s.commas)
        for k in range(max(0, i - 10), i - 1)
    )


def _part_denied(toks: list[str], m: Mention, t: int) -> bool:
    """A denial whose object, before the trigger at t, is the side's part in it ("مسؤوليتها عن"، "أي صلة لها ب"), or
    the knowledge of who fired ("نفى مصدر في الجيش معرفة الجهة المسؤولة عن إطلاق"), past a named subject."""
    return any(tok in RESPONSIBILITY_NOUNS for tok in toks[m.end : min(t, m.end + 10)])


def _imperfect(tok: str) -> bool:
    """ "تطلق"، "يزور": a present verb after قد (a possibility), not a past one of the ت forms ("قد توجهت"، "قد تسلمت"،
    "قد تبادلوا": قد of the past)."""
    if tok[:1] not in "يتن" or len(tok) <= 2:
        return False
    return not (tok[:1] == "ت" and (tok.endswith("ت") or tok.endswith("وا")))


def _far_past_period(s: Sentence, t: int, m: Mention) -> bool:
    """ "وأطلقت كوريا الشمالية العديد من الصواريخ الباليستية من طرازات مختلفة باتجاه البحر في نهاية العام الماضي": a
    past period further on, past a long object, still dates the launch at token t when no day comes between (nor a
    relative clause on the target: "قصف بصواريخ مقر الجماعة التي نفذت هجوما استهدف عرضا عسكريا الشهر الماضي")."""
    if not t + 10 < m.start <= t + PAST_PERIOD_REACH:
        return False
    if any(t < d.start < m.start for d in s.mentions if d.cat in ("weekday", "reldate", "month")):
        return False
    return not any(tok in RELATIVES or tok in COMPLEMENTISERS for tok in s.tokens[t + 1 : m.start])


def clause_status(
    lex: Lexicon, s: Sentence, t: int, pub: date | None, trigger: Mention | None
) -> tuple[str, list[str]]:
    """Status of an event whose trigger is at token t (plus the rules that decided it)."""
    toks = s.tokens
    clause_start = _clause_start(s, t)
    # ("نفت حماس مسؤوليتها عن إطلاق صاروخ": what is denied is the side's part in a launch that took place)
    # ("نفى الأردن أن تكون الصواريخ التي ضربت المواقع ليل الأحد قد انطلقت من أراضيه": the strike of the missiles a
    # relative clause describes is taken as known; what is denied is said of them)
    described = (
        t >= 2 and toks[t - 1] in RELATIVES and any(o.cat in ("mnoun", "weapon") and o.end == t - 1 for o in s.mentions)
    )
    for m in s.cue("denial"):
        if m.start < t and not _part_denied(toks, m, t) and not described:
            return "denied", ["status:denial_cue"]
    for m in s.cue("negation"):
        if _part_denied(toks, m, t):
            continue
        failure = toks[m.start].lstrip("و").lstrip("ب").startswith(FAILURE_STEMS)
        if failure and all(tok in LAUNCH_FILLERS for tok in toks[m.end : t]):
            continue  # "فشل إطلاق القمر"، "بفشل أول عملية إطلاق": a failed launch is still a launch
        if (
            failure
            and toks[t - 1] == "في"
            and toks[t] in _LIFT_OFF_ONLY
            and t - m.end <= 5
            and not any(m.end < c <= t for c in s.commas)
        ):
            return "denied", ["status:failed_lift_off"]  # "فشل صاروخ سويوز في الإقلاع": it never lifted off
        if failure and toks[t - 1] == "في" and t - m.end <= 5 and not any(m.end < c <= t for c in s.commas):
            continue  # (so is its subject's: "فشلت الميليشيات في إطلاق صاروخين" — they fired, the missiles fell short)
        if t - 3 <= m.start < t and toks[m.start] not in ("لا",):
            return "denied", ["status:negation"]
        if t - 2 <= m.start < t:
            return "denied", ["status:negation"]
    for m in s.cue("negation"):
        # "لم تطلق صواريخ أو تجري اختبارات": the negation scopes over verbs coordinated with أو / ولا
        between = toks[m.end : t]
        scoped = clause_start <= m.start < t and t - m.start <= 8 and toks[m.start] != "لا"
        coordinated = any(tok in NEGATION_COORDINATORS for tok in between)
        if scoped and coordinated and not any(tok in COMPLEMENTISERS for tok in between):
            return "denied", ["status:negation_coordinated"]
    # "وخلص تحقيق دولي إلى أن الصاروخ أطلق من قافلة": an inquiry's finding tells how an earlier event happened
    for k in range(max(0, t - 15), t):
        if toks[k].lstrip("و") in INQUIRY_FINDINGS and any(tok in ("ان", "الي") for tok in toks[k + 1 : t]):
            return "historical", ["status:inquiry_finding"]
        # "وأكد المحققون الخميس أن الصاروخ الذي أسقط الطائرة جاء من وحدة": what investigators state of a missile a
        # relative clause describes by its strike is their finding about it ("حصل المحققون على أدلة أن الجيش استخدم
        # صواريخ يوم الخميس" still reports the strike)
        if described and toks[k].lstrip("و") in INQUIRY_AGENTS and "ان" in toks[k + 1 : t]:
            return "historical", ["status:inquiry_finding"]
        # "بعد يوم من إعلان فريق التحقيق أن إسقاط الطائرة سببه صاروخ": what an inquiry's team or board announces
        # about a downing is its finding about how the aircraft fell
        if (
            trigger is not None
            and trigger.term.sub == "interception"
            and toks[k] in INQUIRY_BOARD_HEADS
            and k + 1 < t
            and toks[k + 1] in ("التحقيق", "تحقيق")
        ):
            return "historical", ["status:inquiry_finding"]
    for m in s.cue("retraction"):
        # "سحبت وكالة الأنباء الرسمية تقارير عن تعرض قاعدة لهجوم صاروخي": the source took its report back
        if m.start < t and any(tok in REPORT_NOUNS for tok in toks[m.end : min(t, m.end + 5)]):
            return "denied", ["status:retracted_report"]
    for m in s.cue("suspension"):
        # ("علقت شركة سبيس إكس الخميس إطلاق": the suspending verb, its subject and a day before the launch)
        if t - 6 <= m.start < t:
            return "denied", ["status:suspension"]
        # "أوقفت سبيس إكس العد التنازلي قبل ثوان من إطلاق الصاروخ": the countdown stopped, so did the launch
        if clause_start <= m.start < t and any(tok in COUNTDOWN_WORDS for tok in toks[m.start : t]):
            return "denied", ["status:countdown_stopped"]
    # "وكالة الفضاء تعلق إطلاق صاروخ"، "توقف عملية إطلاق": a present verb of suspending right before the launch
    for m in s.cue("suspension_present"):
        if m.end == t or (m.end < t and all(tok in LAUNCH_FILLERS for tok in toks[m.end : t])):
            return "denied", ["status:suspension"]
    if trigger is not None and trigger.term.sub == "verbs_future":
        return "planned", ["status:future_verb"]
    # "تطلق اليابان في وقت لاحق اليوم صاروخ إتش 3": a present launch verb with "later" after it is still ahead
    if trigger is not None and trigger.term.sub == "verbs_present":
        later = [k for k in range(t + 1, min(len(toks), t + 7)) if toks[k] in LATER_WORDS]
        if later and (toks[later[0]].endswith("ا") or toks[later[0] - 1] in RECENT_HEADS):
            return "planned", ["status:present_later"]
    # "الرحلة التجريبية المقبلة لصاروخ ستارشيب": a test flight called the next or the scheduled one is still ahead
    if (
        trigger is not None
        and trigger.term.source == "triggers:space:test_flight"
        and any(tok in UPCOMING_ADJECTIVES for tok in toks[trigger.end : trigger.end + 2])
    ):
        return "planned", ["status:upcoming_test_flight"]
    # "تستعد الوكالة لإطلاق صاروخها الجديد، صباح غد الإثنين": a launch not told in the past, with tomorrow in its
    # clause or after it in the sentence, and no other day (not "أعلنت إطلاق صاروخ اليوم، ويجتمع المجلس غدا"), is
    # still ahead
    if trigger is None or trigger.term.sub != "verbs_past":
        ahead = [d for d in s.of("reldate") if int(d.term.value) > 0 and clause_start <= d.start < t + 16]
        other_day = any(
            (d.cat == "reldate" and int(d.term.value) <= 0)
            or (d.cat == "weekday" and not any(0 <= d.start - a.end <= 1 for a in ahead))
            for d in s.mentions
            if d.cat in ("reldate", "weekday")
        )
        if ahead and not other_day:
            return "planned", ["status:tomorrow"]
    # "دمرت القوات صاروخين قبل إطلاقهما": before its launch, the launch of something named before has not happened
    # (also just before it: "قبيل إطلاقهما")
    if t >= 1 and toks[t - 1].lstrip("و") in BEFORE_WORDS and toks[t] in POSSESSIVE_MASDARS:
        return "planned", ["status:before_its_launch"]
    # "زار مركز نارو قبل الإطلاق الرابع للصاروخ"، "أوقفت العد التنازلي قبل أربعين ثانية من الإقلاع": before a
    # lift-off, or so many seconds, hours or days before it, the lift-off is still ahead
    if t >= 1 and toks[t].lstrip("و") in LIFT_OFF_MASDARS:
        if toks[t - 1].lstrip("و") == "قبل":
            return "planned", ["status:before_lift_off"]
        if t >= 3 and toks[t - 1] == "من" and any(tok.lstrip("و") == "قبل" for tok in toks[max(0, t - 5) : t - 2]):
            return "planned", ["status:before_lift_off"]
    # "كيم يتفقد محطة سوهاي قبل إطلاق قمر جديد": before the launch of a new one, the launch is still ahead
    if t >= 1 and toks[t - 1].lstrip("و") == "قبل" and any(tok in NEWNESS_WORDS for tok in toks[t + 1 : t + 5]):
        return "planned", ["status:before_a_new_launch"]
    # (with its conjunction: "نصبت منصة وقد تطلق صاروخا")
    if t >= 1 and toks[t - 1].lstrip("وف") == "قد" and trigger is not None and _imperfect(toks[t]):
        return "planned", ["status:qad_imperfect"]
    # "قد تساعد باعتراض صواريخ"، "قد يشن هجوما": قد with an imperfect verb governing the trigger is a possibility
    # (also right before the trigger: "قد تزود روسيا كوريا الشمالية بتكنولوجيا")
    for k in range(max(0, t - 3), t):
        if toks[k].lstrip("وف") == "قد" and _imperfect(toks[k + 1]):
            return "planned", ["status:qad_imperfect"]
    # "تبدأ القوات غدا مناورات تشمل إطلاق صواريخ"، "مناورات ستتضمن إطلاق صواريخ حية": what an exercise includes or
    # will include is its programme, not a reported firing (the past "شملت المناورات إطلاق صواريخ" reports one)
    for k in range(max(clause_start, t - 2), t):
        programme = toks[k] in INCLUDING_VERBS_PRESENT and all(tok in LAUNCH_FILLERS for tok in toks[k + 1 : t])
        if programme and any(tok.lstrip("و") in DRILL_NOUNS for tok in toks[max(clause_start, k - 6) : k]):
            return "planned", ["status:drill_programme"]
    # "أعلنت الوكالة أن إطلاق الصاروخ الذي أرجئ أمس سيتم غدا": a future auxiliary after the launch noun, in its
    # clause, takes the launch as its subject
    if trigger is not None and trigger.term.sub == "nouns" and _future_auxiliary_after(s, t):
        return "planned", ["status:future_auxiliary_after"]
    recently = any(m.cat in ("reldate", "weekday") for m in s.mentions)  # a recent day in the sentence
    fillers = {
        k
        for m in s.mentions
        if m.cat in ("actor", "person", "reldate", "weekday", "month")
        for k in range(m.start, m.end)
    }
    fillers.update(k for c in s.commas if clause_start < c < t for k in _inclusion_opener(s, c))
    # "إن إدارته ستوجه ضربة إلى سوريا"، "سيشن الجيش هجوما": a verb of striking in the future right before the noun
    for k in range(max(clause_start, t - 4), t):
        if FUTURE_VERB_RE.match(toks[k]) and sum(1 for j in range(k + 1, t) if j not in fillers) <= 1:
            return "planned", ["status:future_verb_before"]
    for m in s.cue("future"):
        # "بعد تأجيل دام يومين، انطلق الصاروخ": a delay the launch came after
        if m.start >= 1 and toks[m.start - 1] in TEMPORAL_LINKS and m.end < t:
            continue
        # "إن كوريا الشمالية ربما أطلقت صاروخا": a hedge right before a past launch verb reports a probable launch
        if trigger is not None and trigger.term.sub == "verbs_past" and m.end == t and toks[m.start] in PAST_HEDGES:
            continue
        # ("جسما يحتمل أن يكون صاروخا أطلق": a hedge on what the object is, not on whether it was launched)
        if m.end + 1 < len(toks) and toks[m.end] in COMPLEMENTISERS and toks[m.end + 1] in BEING_VERBS:
            continue
        # (a future cue on the trigger itself: a phrase, or a space verb in the future, "ناسا سترسل مسبارا")
        on_trigger = len(m.term.tokens) > 1 or (trigger is not None and trigger.cat == "space")
        # (the subject and the day between do not count: "ألغت وكالة الفضاء الأمريكية ناسا اليوم الاثنين إطلاق")
        gap = sum(1 for k in range(m.end, t) if k not in fillers)
        if any(tok in INCLUDING_VERBS_PAST for tok in toks[m.end : t]):
            continue  # "مناورة تحاكي هجوما نوويا شملت إطلاق صاروخين": the drill simulated; its launches took place
        if (clause_start <= m.start < t and gap <= 5) or (m.start == t and on_trigger):
            return "planned", ["status:future_cue"]
        # "أجلت وكالة الفضاء اليابانية اليوم السبت، إطلاق صاروخها": the comma that closes the day after the verb and
        # its subject does not end the verb's clause
        if m.start < clause_start and gap <= 5 and _day_commas_only(s, m.end, t):
            return "planned", ["status:future_cue"]
        # "شكوك إزاء سعي روسيا لامتلاك أسلحة فضائية جديدة … فضلا عن إطلاق قمر للمراقبة": a verbal noun added to the
        # aim ("فضلا عن"، "إضافة إلى") shares it, however long the first object (a recent day would date it)
        added = t >= 2 and toks[t - 2].lstrip("وب") in ADDITION_WORDS and toks[t - 1] in ADDITION_LINKS
        if added and clause_start <= m.start < t - 2 and not recently:
            return "planned", ["status:added_to_aim"]
    # "وأطلق عناصر من الحركتين عشرات الصواريخ على إسرائيل الأسبوع الماضي" past the lead: last week's launch is the
    # context of the article's news (in the lead it is the news: "قال إن 55 صاروخا أطلقت الأسبوع الماضي")
    if s.field == "text" and s.index >= LEAD_SENTENCES:
        clause_end = min([c for c in s.commas if c > t] + [len(toks) - 1, t + 18])
        past = {m.start for m in s.mentions if m.cat == "past"}  # (the time lexicon's past markers: الماضي، المنصرم)
        for k in range(max(clause_start, t - 10), clause_end):
            if toks[k].lstrip("و").lstrip("ف") in WEEK_NOUNS and k + 1 in past:
                return "historical", ["status:last_week_background"]
    # "يقوم بالاعتداء على الدول المجاورة بالصواريخ": a present verb of doing with its undated verbal noun is a habit
    if t >= 1 and toks[t - 1].lstrip("و") in PRESENT_DOING_VERBS and toks[t].startswith("ب") and not recently:
        return "analysis", ["status:habitual_doing"]
    # pluperfect: كان/كانت … قد + past verb
    for m in s.cue("pluperfect_aux"):
        # "وكانت سول قد أعلنت أمس أن بيونغ يانغ أطلقت": the pluperfect is the report's, and a recent day dates
        # the reported launch
        reported = recently and any(tok in COMPLEMENTISERS for tok in toks[m.start : t])
        # "وكانت الوكالة الرسمية قد نقلت عن مصدر قوله إن الدفاعات تصدت لصاروخين": the pluperfect verb is the report's
        # own, and its complementiser opens the launch's clause
        qad = [k for k in range(m.start, t) if toks[k] == "قد"]
        reported = reported or bool(
            qad
            and any(r.start == qad[0] + 1 for r in s.cue("reporting"))
            and any(tok in COMPLEMENTISERS for tok in toks[qad[0] + 1 : t])
        )
        # ("وكان العد التنازلي قد توقف أمس، ثم أطلقت الشركة الصاروخ اليوم": a later clause with a recent day of its own)
        seq_links = [k for k in range(m.start, t) if toks[k] in SEQUENCE_LINKS]
        sequenced = bool(seq_links) and any(
            d.cat in ("reldate", "weekday") and d.start > seq_links[-1] for d in s.mentions
        )
        if m.start < t and "قد" in toks[m.start : t + 1] and not reported and not sequenced:
            return "historical", ["status:pluperfect"]
        if (
            0 < t - m.start <= 3
            and "عباره" not in toks[m.start : t]
            and not any(tok in LATEST_WORDS for tok in toks[m.start : t])
        ):
            # (not "كان عبارة عن إطلاق صاروخين": what the test was, said of the test reported; nor "وكان آخرها
            # إطلاق": the latest of a series, which is the news)
            return "historical", ["status:past_copula"]
        # "وكانت الهيئة الوطنية للاتصالات أطلقت القمر": a clause opened by كان, its subject, then the past verb
        if (
            m.start == clause_start
            and trigger is not None
            and trigger.term.sub == "verbs_past"
            and 0 < t - m.start <= 12
            and not recently
            and not any(c in s.commas for c in range(m.start + 1, t + 1))
            and not any(tok in COMPLEMENTISERS for tok in toks[m.start : t])
        ):
            return "historical", ["status:pluperfect_subject"]
    # a threat verb anywhere before the trigger, unless a temporal link makes the launch its cause
    for m in s.cue("threat"):
        # ("تتوعد بالرد على الهجوم الصاروخي": what is responded to happened; "الرد بهجوم" would be the threat)
        response_to = t - 2 >= m.end and toks[t - 2].lstrip("وبل") in RESPONSE_NOUNS and toks[t - 1] == "علي"
        if m.start < t and not response_to and not any(tok in TEMPORAL_LINKS for tok in toks[m.end : t]):
            return "planned", ["status:threat"]
    # a threat noun whose object, after ب, is the strike: "وسط تهديد الرئيس بتوجيه ضربة صاروخية"، "والتهديدات
    # بإسقاط الصواريخ" (the noun and its possessor, then the verbal noun or the trigger itself with ب)
    for i in range(max(0, t - 7), t):
        tok = toks[i]
        bare = tok[1:] if tok[:1] in ("و", "ب") else tok
        bare = bare[2:] if bare.startswith("ال") else bare
        if bare not in THREAT_NOUNS:
            continue
        # (not a link that starts with ب: "وسط تهديدات بالرد بعد إطلاق صواريخ" answers a launch that took place)
        objs = [j for j in (t - 1, t) if j > i and toks[j].startswith("ب") and toks[j] not in _LINKS_AFTER_THREAT]
        # (a comma may close the possessor: "وتهديد الرئيس دونالد ترامب، بتوجيه ضربة صاروخية")
        if objs:
            return "planned", ["status:threat_noun"]
    # a past adverbial opening the sentence ("وفي العام الماضي ...") scopes over every clause in it
    # ("منذ أيام"، "منذ ساعات": since a few days or hours is ongoing, not past)
    recalled = any(
        m.start < t
        and (t - m.start <= 8 or (m.start <= 2 and not recently))
        and not (toks[m.start] == "منذ" and m.end < len(toks) and toks[m.end] in RECENT_SPANS)
        # "أكبر قصف منذ بدء الحرب": a superlative since a point, not a recalled past
        and not (toks[m.start] == "منذ" and any(tok in SUPERLATIVES for tok in toks[max(0, m.start - 4) : m.start]))
        # "في وقت سابق": earlier today (not "في وقت سابق هذا العام"، "في وقت سابق من الشهر")
        and not (
            m.start >= 1 and toks[m.start - 1] in RECENT_HEADS and toks[m.end : m.end + 1] not in (["هذا"], ["من"])
        )
        # ("في اليوم السابق": a word of a recent date, not a recalled past)
        and not any(d.start <= m.start and m.end <= d.end for d in s.of("reldate"))
        # ("ويذكر أن الصين أطلقت المركبة يوم الأربعاء": a note-that opener before a day of the past week)
        and not (recently and toks[m.start] in NOTE_OPENERS)
        and not _an_age(toks, m)
        for m in s.cue("historical", "past_decades")
    )
    # "أول قمر صناعي عربي أطلق في مثل هذا اليوم من العام 1985": this day of a past year, in the launch's clause
    if _on_this_day(s, clause_start, t):
        return "historical", ["status:on_this_day"]
    # "صور ترجح اقتراب طهران من إطلاق قمر": nearing a launch, through من right before it
    if (
        t >= 2
        and toks[t - 1] == "من"
        and any(toks[k] in APPROACH_WORDS for k in range(max(clause_start, t - 5), t - 1))
    ):
        return "planned", ["status:approaching"]
    # "بعد فشلها في إطلاق قمرين في وقت سابق من هذا العام": earlier this year, a few words after the launch
    if _earlier_this_year(s, t):
        return "historical", ["status:earlier_this_year"]
    # "احتفلت البلاد بذكرى إطلاق قمرها الأول"، "في الذكرى الستين لإطلاق سبوتنيك": the anniversary of a launch
    if (t >= 1 and toks[t - 1] in ANNIVERSARY_WORDS) or (
        t >= 2 and toks[t - 2] in ANNIVERSARY_WORDS and toks[t].startswith("ل")
    ):
        return "historical", ["status:anniversary"]
    # "هبط المسبار بعد رحلة استغرقت سبعة أشهر منذ انطلاقه": weeks, months or years since the launch make it the past
    if t >= 2 and toks[t - 1] == "منذ":
        unit = toks[t - 2]
        if unit in AGO_LONG_UNITS or unit in COUNTED_LONG_UNITS or (unit in AGO_WEEK_UNITS and unit != "اسبوع"):
            return "historical", ["status:long_after"]
    if recalled or (t >= 1 and toks[t - 1] in PRECEDENCE_MARKERS):
        return "historical", ["status:historical_cue"]
    # "ويأتي الإعلان بعد نجاح الشركة بإطلاق أكبر صواريخها": an earlier success the news follows
    after_success = [
        k
        for k in range(max(0, t - 6), t - 1)
        if toks[k].lstrip("و") == "بعد" and toks[k + 1].startswith(SUCCESS_NOUN_STEMS)
    ]
    if after_success and not recently:
        return "historical", ["status:after_success"]
    # "يصادف اليوم مرور عام على أول تجربة للصاروخ"، "بمرور ستة أشهر على إطلاقه": the time passed since a launch
    # makes it the past
    for k in range(max(clause_start, t - 6), t - 2):
        # (a day between the verb and the span: "تمر اليوم عشر سنوات على إطلاق المسبار")
        span = k + 2 if any(d.start == k + 1 for d in s.of("reldate")) else k + 1
        if toks[k].lstrip("و") in ELAPSED_NOUNS and "علي" in toks[span + 1 : t] and _long_span(s, span):
            return "historical", ["status:elapsed"]
    # (the span alone, as anniversary headlines put it: "عام على إطلاق هواسونغ-18"، "خمس سنوات على أول تجربة")
    for j in range(max(clause_start, t - 3, 1), t):
        if toks[j] != "علي":
            continue
        k = j - 2 if j >= 2 and (toks[j - 2].isdecimal() or any(c.start == j - 2 for c in s.of("card"))) else j - 1
        if k >= clause_start and _long_span(s, k):
            return "historical", ["status:elapsed"]
    # "بث القمر صوره الأولى بعد شهرين من إطلاقه": a launch weeks or months before the story's event is the past
    # ("سيهبط المسبار بعد مرور 12 يوما على إطلاقه": the time passed, linked with على, is such a span too)
    link = toks[t - 1] == "من" or (
        toks[t - 1] == "علي" and any(tok in ELAPSED_NOUNS for tok in toks[max(0, t - 5) : t - 2])
    )
    if t >= 3 and link and "بعد" in toks[max(0, t - 5) : t - 2]:
        unit = toks[t - 2]
        if unit in AGO_LONG_UNITS or unit in COUNTED_LONG_UNITS or (unit in AGO_WEEK_UNITS and unit != "اسبوع"):
            return "historical", ["status:long_after"]
        # ("بعد أربعين يوما من إطلاقها"، "بعد 12 يوما": more than a week of days)
        if unit in AGO_DAY_UNITS and _count_before(s, t - 2) >= LONG_AFTER_DAYS:
            return "historical", ["status:long_after"]
    for m in s.cue("past_period", "past_decades"):
        near = t < m.start <= t + 10 or _far_past_period(s, t, m)
        after = near and not any(t < c <= m.start for c in s.commas)
        if after and prev_tok(s, m.start) not in GAP_PREPOSITIONS and not _an_age(toks, m):
            return "historical", ["status:past_period_after"]
    for m in s.cue("past_period"):
        # "وقال المتحدث حينها إن القوات أطلقت نحو عشرين صاروخا": what was said at a time told before is then's news
        then = toks[m.end - 1] in THEN_ADVERBS  # (also "في حينه")
        if then and 0 <= t - m.end <= 12 and not any(m.start < c <= t for c in s.commas):
            return "historical", ["status:said_then"]
    for m in s.cue("analysis"):
        # ("فريق خبراء الأمم المتحدة"، "لجنة الخبراء": a panel of experts reports, it does not speculate)
        if m.start >= t or prev_tok(s, m.start) in PANEL_HEADS:
            continue
        # ("خبراء متفجرات"، "خبراء إزالة الألغام": experts by their craft are at work, not giving a reading)
        if m.end < len(toks) and toks[m.end] in EXPERT_SPECIALTIES:
            continue
        # ("تقوم بتحليل مدى الصاروخ الذي أطلق فجر اليوم": what is analysed is a launch its own clause dates)
        opener = max((k for k in range(m.end, t) if toks[k] in RELATIVES or toks[k] in COMPLEMENTISERS), default=-1)
        if opener >= 0 and any(d.cat in ("reldate", "weekday") and d.start > opener for d in s.mentions):
            continue
        return "analysis", ["status:analysis_cue"]
    return "asserted", []


def measured_from(s: Sentence, t: int) -> bool:
    """ "أطلقت صباح اليوم صاروخا، بعد ثلاثة أيام من إطلاقها صاروخين"، "ويأتي الإطلاق بعد أسبوع من إطلاق صواريخ
    كروز": whether the launch at token t is what a span of days or weeks after the launch the sentence reports first
    is measured from (that launch's background, not a second piece of news)."""
    toks = s.tokens
    for k in range(_clause_start(s, t), t - 2):
        if toks[k].lstrip("و") != "بعد" or any(k < c <= t for c in s.commas):
            continue
        counted = toks[k + 1].isdecimal() or any(c.start == k + 1 for c in s.of("card"))
        unit = k + 2 if counted else k + 1
        after = unit + 2 if unit + 2 < t and toks[unit + 1] in ONE_WORDS else unit + 1  # ("بعد يوم واحد من")
        if toks[unit] not in AGO_DAY_UNITS | AGO_WEEK_UNITS or toks[after] != "من":
            continue
        reported = ("verbs_past", "verbs_present", "nouns", "flight")
        # (a launch with missiles before the span: in "أطلقت كوريا الشمالية عدة قذائف مدفعية، بعد يوم من إطلاقها
        # صاروخين" the shells fired first are no missile launch the second is measured from)
        missiles = [m.start for m in s.mentions if m.cat in ("mnoun", "weapon", "mclass", "madj")]
        if any(
            m.cat == "launch" and m.term.sub in reported and m.end <= k and any(x < k for x in missiles)
            for m in s.mentions
        ):
            return True
    return False


def span_before(s: Sentence, t: int) -> int:
    """ "وجاء التصويت بعد يوم واحد من إطلاق بيونغ يانغ ثلاثة صواريخ"، "بعد يومين من إطلاق": the days between the
    launch at token t and the day of the clause that follows it (0 when no counted span of days or weeks ends right
    before it)."""
    toks = s.tokens
    if t < 3 or toks[t - 1] != "من":
        return 0
    k = t - 2
    k -= 1 if toks[k] in ONE_WORDS else 0
    unit = toks[k]
    n = _count_before(s, k)
    start = k - 1 if n and toks[k - 1].isdecimal() else min((c.start for c in s.of("card") if c.end == k), default=k)
    n = n or (2 if unit.endswith(("ين", "ان")) else 0 if unit in ("ايام", "اسابيع") else 1)
    if start < 1 or toks[start - 1].lstrip("و") != "بعد":
        return 0
    if unit in AGO_DAY_UNITS:
        return n
    return 7 * n if unit in AGO_WEEK_UNITS else 0


# days after a launch from which the launch is no longer the story's news, as "بعد شهرين من إطلاقه" is not
LONG_AFTER_DAYS = 8


def _count_before(s: Sentence, k: int) -> int:
    """The number counting the noun at token k ("أربعين يوما"، "12 يوما"), or 0."""
    if k >= 1 and s.tokens[k - 1].isdecimal():
        return int(s.tokens[k - 1])
    return next((int(c.term.value) for c in s.of("card") if c.end == k), 0)


def _long_span(s: Sentence, k: int) -> bool:
    """Whether token k begins a span of weeks, months or years ("عام"، "ستة أشهر"، "أسبوعين")."""
    toks = s.tokens
    unit = (
        toks[k + 1]
        if k + 1 < len(toks) and (toks[k].isdecimal() or any(c.start == k for c in s.of("card")))
        else toks[k]
    )
    return unit in AGO_LONG_UNITS or unit in COUNTED_LONG_UNITS or unit in AGO_WEEK_UNITS


def _on_this_day(s: Sentence, clause_start: int, t: int) -> bool:
    """Whether the clause holding token t says "في مثل هذا اليوم" (or month), before or after the launch."""
    toks = s.tokens
    end = min([c for c in s.commas if c > t] + [len(toks)])
    return any(tuple(toks[k : k + len(p)]) == p for p in ON_THIS_DAY for k in range(clause_start, end))


def _earlier_this_year(s: Sentence, t: int) -> bool:
    """Whether "في وقت سابق من هذا العام" follows token t within eight words, in its clause."""
    toks = s.tokens
    end = min([c for c in s.commas if c > t] + [len(toks), t + 9])
    return any(tuple(toks[k : k + len(p)]) == p for p in EARLIER_THIS_YEAR for k in range(t + 1, end))


def _day_commas_only(s: Sentence, start: int, t: int) -> bool:
    """Whether every comma between tokens start and t comes right after a day ("اليوم السبت،"، "أمس،")."""
    days = {d.end for d in s.mentions if d.cat in ("reldate", "weekday")}
    return all(c in days for c in s.commas if start < c <= t)


def _clause_start(s: Sentence, t: int) -> int:
    """The first token of the clause holding token t: after the last comma before it, unless that comma opens a list
    of inclusions ("خيارات لرد محتمل، بما في ذلك شن ضربات"), which continues the clause before it."""
    commas = sorted(c for c in s.commas if c <= t)
    while commas:
        c = commas.pop()
        if not _inclusion_opener(s, c):
            return c
    return 0


def _inclusion_opener(s: Sentence, c: int) -> range:
    """The tokens of an inclusion opener ("بما في ذلك"، "ومنها") starting at token c, if one does."""
    for p in INCLUSION_OPENERS:
        if tuple(s.tokens[c : c + len(p)]) == p:
            return range(c, c + len(p))
    return range(0)


def _earlier_report(s: Sentence, comp: int, ds: list[tuple[int, date | None, bool]]) -> int:
    """The complementiser of an earlier report before the one at comp with a day before it, after the sentence's
    first words ("بين في تصريحات له، الخميس، أن"), when the clause at comp is another report, not the same one going on
    ("، مضيفة أن"); -1 when there is none."""
    toks = s.tokens
    if any(tok in CONTINUATION_WORDS for tok in toks[max(0, comp - 3) : comp]):
        return -1
    for c in range(comp):
        if toks[c] not in COMPLEMENTISERS:
            continue
        # (not a day that opens the sentence: "والخميس أعلن الصليب الأحمر أن …، في حين أعلن التحالف أن" dates both)
        if any(2 <= i < c for i, _d, _old in ds):
            return c
    return -1


# the sides whose state media report a launch (or a meeting) the morning after it took place
NEXT_MORNING_REPORTERS = frozenset({"PRK"})


def _next_morning_report_day(
    s: Sentence, comp: int, ds: list[tuple[int, date | None, bool]], *, outlet: bool = False
) -> date | None:
    """The day of the report when the clause before the complementiser at comp is such a side (or its agency)
    telling, with that day right after it, of what the clause after comp reports undated: "أفادت وسائل الإعلام
    الرسمية في كوريا الشمالية صباح اليوم بأن"، "قالت كوريا الشمالية اليوم السبت إنها أجرت تجربة". With outlet,
    only the side's agency or media (not the side itself acknowledging something that day)."""
    if _looks_ahead(s):
        return None  # ("قالت كوريا الشمالية اليوم إنها ستطلق قمرا": what is to come is dated by the day itself)
    for r in s.cue("reporting"):
        if r.end > comp:
            continue
        if outlet and not any(tok in OUTLET_HEADS or tok in REPORT_NOUNS for tok in s.tokens[r.start : comp]):
            continue
        speakers = [m for m in s.mentions if m.cat == "actor" and r.end <= m.start and m.end <= comp]
        if not speakers or not all(actor_of(m) in NEXT_MORNING_REPORTERS for m in speakers):
            continue
        days = {d for i, d, _old in ds if r.end <= i < comp}
        if len(days) == 1 and None not in days and all(r.end <= i < comp for i, _d, _old in ds):
            return days.pop()
    return None


def _later_launch_after_clause(s: Sentence, t: int) -> int:
    """The start of the first after-clause ("بعدما أطلقت"، "بعد أن أطلقت") past token t whose verb is a launch, or
    -1."""
    toks = s.tokens
    launches = {m.start for m in s.of("launch")}
    for k in range(t + 1, len(toks) - 1):
        if toks[k] not in AFTER_SUBORDINATORS:
            continue
        if toks[k].endswith("ما") and k + 1 in launches:
            return k
        if k + 2 < len(toks) and toks[k + 1] == "ان" and k + 2 in launches:
            return k
    return -1


def latest_joined_day(
    s: Sentence, i: int, day: date | None, resolved: list[tuple[int, date | None, bool]], pub: date | None
) -> tuple[int, date | None]:
    """ "أطلقت القوات الروسية بعض هذه الصواريخ في 30 ديسمبر و2 يناير"، "يومي الأحد والثلاثاء": of the days joined
    by و to the day at token i, the latest that is not after publication is the news (its token and day)."""
    toks = s.tokens
    dated = {k for m in s.of("month", "weekday") for k in range(m.start, m.end)}
    for j, later, _old in sorted(resolved, key=lambda r: r[0]):
        joined = (
            0 < j - i <= 4
            and any(toks[k][:1] == "و" for k in range(i + 1, j + 1))
            and all(toks[k].lstrip("و").isdecimal() or toks[k] == "و" or k in dated for k in range(i + 1, j))
            and not any(i <= k < j for k in s.commas)
        )
        if joined and later is not None and day is not None and later > day and (pub is None or later <= pub):
            i, day = j, later
    return i, day


def _an_age(toks: list[str], m: Mention) -> bool:
    """ "رجل في الستينيات من عمره": a decade of someone's age, not of the past."""
    return (
        m.term.sub == "past_decades"
        and toks[m.end : m.end + 1] == ["من"]
        and toks[m.end + 1 : m.end + 2] != []
        and toks[m.end + 1].startswith("عمر")
    )


OWN_YEAR_REACH = 7  # tokens from a verbal noun to a past year in its phrase: "إطلاق أول قمر صناعي أمريكي عام 1958"


def in_described_place(s: Sentence, t: int, i: int) -> bool:
    """Token i lies in a relative clause opened after the launch word at t (no comma between) whose verb is no launch
    or strike word (not "الصواريخ التي أطلقتها عام 2017", which dates the launch)."""
    toks = s.tokens
    rel = max((k for k in range(t + 1, i) if toks[k] in RELATIVES), default=-1)
    if rel < 0 or rel + 1 >= i or any(rel < c <= i for c in s.commas):
        return False
    acts = ("launch", "war", "space")
    return not any(m.cat in acts and rel < m.start <= i for m in s.mentions)


def nearest_date(
    lex: Lexicon,
    s: Sentence,
    t: int,
    pub: date | None,
    *,
    since_months: bool = False,
    launch: bool = False,
    meeting: bool = False,
) -> tuple[date | None, bool, bool]:
    """(date, found, old): the date expression nearest to token t in the sentence (with launch, of a launch at t;
    with meeting, of an interaction between two sides at t)."""
    ds = date_mentions(lex, s, pub, since_months=since_months)
    # "أرسلت ناسا المحطة … ومن المتوقع أن تصل إلى الكويكب عام 2018": a date in a later clause of what is expected
    # dates that, not the launch before it
    future_ends = {m.end for m in s.cue("future")}
    expected = [i for i in range(t + 1, len(s.tokens)) if s.tokens[i] in COMPLEMENTISERS and i in future_ends]
    if expected:
        ds = [d for d in ds if d[0] < expected[0]]
    if launch and (later := _later_launch_after_clause(s, t)) >= 0:
        # "أطلقت كوريا الشمالية مقذوفا، بعدما أطلقت قبل أقل من أسبوع صاروخا": a date in the after-clause of another
        # launch later in the sentence dates that launch, not this one
        ds = [d for d in ds if d[0] < later]
    if launch and any(d[2] for d in ds):
        # "أسقطت أربعة صواريخ أوكرانية متجهة نحو القرم التي ضمتها روسيا عام 2014"، "الجولان الذي
        # احتلته إسرائيل عام 1967": a past year in a relative clause describing a place after the launch dates that
        # clause's own act, not the launch
        ds = [d for d in ds if not (d[2] and in_described_place(s, t, d[0]))]
    if not ds:
        return None, False, False
    # "قال المحققون الخميس إن الصاروخ ... أسقط الطائرة في 17 تموز 2014": a date before the complementiser
    # that opens the launch's clause dates the report; dates inside the clause win when there are any
    comp = max((i for i in range(t) if s.tokens[i] in COMPLEMENTISERS), default=-1)
    if comp >= 0 and any(d[0] > comp for d in ds):
        ds = [d for d in ds if d[0] > comp]
    elif comp >= 0 and launch and any(s.tokens[k] in FINDING_HEADS for k in range(_clause_start(s, comp), comp)):
        # "أفاد تقرير للأمم المتحدة، الخميس، أن المتمردين أطلقوا صواريخ": the day of a report's finding dates the
        # report, not the launches it found
        return None, False, False
    elif comp >= 0 and launch and (earlier := _earlier_report(s, comp, ds)) >= 0:
        # "بين الوزير في تصريحات له، الخميس، أن الضربة دمرت …، في حين كشفت الوزارة أن المقاتلات أطلقت 60 صاروخا":
        # a day after the verb of an earlier report dates that report, not the launch another one tells of
        ds = [d for d in ds if d[0] > earlier]
        if not ds:
            return None, False, False
    elif comp >= 0 and (launch or meeting):
        # "ذكرت وكالة الأنباء المركزية الكورية اليوم السبت أن البلاد اختبرت صاروخا": a side whose own media tell of
        # its launches the morning after, giving only the day of the report, launched the day before (so with its
        # leader's letters and talks: "قال تقرير نشرته الوكالة الكورية الشمالية اليوم الجمعة إن كيم بعث برسالة")
        told = _next_morning_report_day(s, comp, ds, outlet=not launch)
        if told is not None:
            return told - timedelta(days=1), True, False
    # "أعلن الحرس، الأحد، مسؤوليته عن إطلاق الصواريخ ... السبت": a date right after a reporting verb before the
    # trigger dates the report when the sentence gives another date
    reports = {i for r in s.cue("reporting") if r.end <= t for i in range(r.end, min(t, r.end + 4))}
    # (so does one right after a verb reacting to the launch: "دانت طوكيو اليوم السبت إطلاق بيونغ يانغ صاروخا أمس
    # الجمعة")
    reports |= {
        i
        for k in range(_clause_start(s, t), t)
        if s.tokens[k] in REACTION_VERBS or (s.tokens[k][:1] in "وف" and s.tokens[k][1:] in REACTION_VERBS)
        for i in range(k + 1, min(t, k + 5))
    }
    if any(d[0] not in reports for d in ds if d[1] is not None):
        ds = [d for d in ds if d[0] not in reports]
    # "يجتمع مجلس الأمن اليوم السبت لبحث إطلاق الفصائل صواريخ"، "لمناقشة الهجمات الصاروخية": a launch a meeting is
    # held to discuss, with no day of its own, is not of the meeting's day
    if (
        launch
        and t > 0
        and s.tokens[t - 1] in DISCUSSION_MASDARS
        and not any(d[0] > t and d[1] is not None and not any(t < c <= d[0] for c in s.commas) for d in ds)
    ):
        return None, False, False
    # "عقد مجلس الأمن اليوم السبت جلسة لبحث إطلاق كوريا الشمالية صاروخا الخميس"، "اتصالا هاتفيا اليوم بعد إطلاق
    # كوريا الشمالية صاروخا أمس": a verbal noun whose own phrase gives a day takes it, not the day of the clause it
    # completes
    if any(m.start == t and m.term.sub == "nouns" for m in s.mentions):
        own = [d for d in ds if d[0] > t and d[1] is not None and not any(t < c <= d[0] for c in s.commas)]
        dated_before = any(d[0] < t and d[1] is not None for d in ds)
        if own and dated_before:
            ds = own
        elif dated_before and any(
            d[2]
            and t < d[0] <= t + OWN_YEAR_REACH
            and not any(t < c <= d[0] for c in s.commas)
            and not any(tok in ("منذ", "ومنذ") for tok in s.tokens[t : d[0]])
            for d in ds
        ):
            # "نشرت ناسا الخميس فيديو يوثق إطلاق أول قمر صناعي أمريكي عام 1958": a past year or month in the verbal
            # noun's own phrase dates the launch, not the day of the clause it completes (not a gap measured from
            # it: "أول إطلاق منذ عام 2011")
            return None, False, True
    resolved = [d for d in ds if d[1] is not None]
    olds = [d for d in ds if d[2]]
    if resolved:
        i, d, _ = min(resolved, key=lambda d: (abs(d[0] - t), d[0] < t))
        i, latest = latest_joined_day(s, i, d, resolved, pub)
        return latest, True, any(abs(o[0] - t) < abs(i - t) for o in olds)
    return None, False, bool(olds)


def date_status(status: str, d: date | None, old: bool, pub: date | None) -> tuple[str, list[str]]:
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


FUTURE_AUXILIARY_REACH = 8  # tokens from the launch noun to the auxiliary: "إطلاق الصاروخ الذي أرجئ أمس سيتم"


def _future_auxiliary_after(s: Sentence, t: int) -> bool:
    """A future auxiliary ("سيتم"، "ستجري") at most FUTURE_AUXILIARY_REACH tokens after the launch noun at `t`, no
    comma between."""
    for k in range(t + 1, min(len(s.tokens), t + 1 + FUTURE_AUXILIARY_REACH)):
        if k in s.commas:
            return False
        if s.tokens[k] in FUTURE_AUXILIARIES:
            return True
    return False
