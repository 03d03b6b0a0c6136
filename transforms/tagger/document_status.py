"""Whether an article's launches are its news, read across the whole article: an old lead, a past story, an
anniversary or almanac, a question or a plan, a preview headline, a sports story, launches given as the background
of other news, and accounts that date an earlier report of the same launch."""

from __future__ import annotations

from datetime import date, timedelta

from transforms.lexicon import Lexicon
from transforms.tagger.sentences import (
    LEAD_SENTENCES,
    EventMention,
    Sentence,
)
from transforms.tagger.timing import date_mentions, in_described_place
from transforms.tagger.words import (
    AFTER_EVENT_OPENERS,
    ANNIVERSARY_WORDS,
    ANSWER_HEADS,
    ANSWER_NOUNS,
    COINCIDING_WORDS,
    ENGINE_TEST_WORDS,
    ESCALATION_WORDS,
    EXPLANATORY_OPENERS,
    FICTION_NOUNS,
    FLOWN_STEMS,
    GAME_KINDS,
    GAME_NOUNS,
    LIFT_OFF_STEMS,
    NEW_CONTEXT_OPENERS,
    QUESTION_OPENERS,
    SCENARIO_WORDS,
    SPORTS_WORDS,
    STORY_WORDS,
    TEST_STEMS,
    THIS_DAY_IN_HISTORY,
)

LAUNCH_TYPES = ("missile_launch", "space_launch")


_PAST_BY_DATE = frozenset({"status:old_year", "status:date_before_window"})


_LEAD_LAUNCH_SUBS = frozenset({"nouns", "verbs_past", "verbs_present", "interception"})


def old_lead(sentences: list[Sentence], lex: Lexicon, pub: date | None) -> bool:
    """ "إسقاط الطائرة الماليزية في الأجواء الأوكرانية عام 2014 تم بصاروخ"، "خلصت اللجنة الخميس إلى أن وحدة عسكرية تقف
    وراء إسقاط الطائرة عام 2016": a lead sentence that dates its missile, or a launch or shoot-down word, in a past
    year, whether or not the rules read a launch in it."""
    return any(
        s.field == "text"
        and s.index < LEAD_SENTENCES
        and (s.of("mnoun", "weapon") or any(m.cat == "launch" and m.term.sub in _LEAD_LAUNCH_SUBS for m in s.mentions))
        and any(old and not _describes_a_place(s, i) for i, _d, old in date_mentions(lex, s, pub))
        for s in sentences
    )


def _describes_a_place(s: Sentence, i: int) -> bool:
    """ "أسقطت الدفاعات صواريخ متجهة نحو القرم التي ضمتها روسيا عام 2014": the year at i dates a relative clause
    describing a place after the sentence's first missile or launch word, not the missile."""
    first = min(
        (
            m.start
            for m in s.mentions
            if m.cat in ("mnoun", "weapon") or (m.cat == "launch" and m.term.sub in _LEAD_LAUNCH_SUBS)
        ),
        default=-1,
    )
    return 0 <= first < i and in_described_place(s, first, i)


def past_story(mentions: list[EventMention], old_lead: bool) -> None:
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


OLD_EVENT_REACH = 20  # tokens before a day more than a week old that name the event it dates


def after_an_old_date(mentions: list[EventMention], sentences: list[Sentence], lex: Lexicon, pub: date | None) -> None:
    """ "دمرها الجيش شمالي دمشق في 10 مايو الجاري. وأضاف أن القوات الإيرانية أطلقت 32 صاروخا": the undated
    sentences that follow a sentence dated more than a week before publication go on telling that past episode,
    until a sentence dates something again."""
    undated = [
        m
        for m in mentions
        if m.type == "missile_launch" and m.status == "asserted" and not m.dated and m.sentence.field == "text"
    ]
    if pub is None or not undated:
        return  # (the sentences' dates are read only where an undated launch in the text may be told in the past)
    text = sorted((s for s in sentences if s.field == "text"), key=lambda s: s.index)
    told_in_past: set[int] = set()
    in_past = False
    old_words: set[str] = set()  # the definite nouns of the last sentence dated more than a week before
    for s in text:
        ds = date_mentions(lex, s, pub)
        if (
            not ds
            and len(s.tokens) > 1
            and s.tokens[0].lstrip("و") in AFTER_EVENT_OPENERS
            and s.tokens[1].startswith("ال")
            and s.tokens[1] in old_words
        ):
            # "التقى الرئيسان على العشاء في 6 أبريل الماضي. وبعد العشاء أعلن الرئيس الضربة": after the event that
            # sentence dated, the story is still in that past
            told_in_past.add(s.index)
            continue
        # (the definite nouns a day more than a week old closes: "مأدبة العشاء التي جمعتهما في 6 أبريل الماضي")
        old_words = {
            t.lstrip("و")
            for i, d, _old in ds
            if d is not None and (pub - d).days > 7
            for t in s.tokens[max(0, i - OLD_EVENT_REACH) : i]
            if t.lstrip("و").startswith("ال")
        }
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
    for m in undated:
        if m.sentence.index in told_in_past:
            m.status = "historical"
            m.rules.append("status:after_an_old_date")


_VERBAL_NOUN_TRIGGERS = frozenset({"launch:launch:nouns", "launch:war:nouns"})


def _answered(m: EventMention) -> bool:
    """ "الردود الإسرائيلية على إطلاق صواريخ"، "ردا على إطلاق": the launch a response answers."""
    toks, t = m.sentence.tokens, m.tok_start
    return t >= 2 and toks[t - 1] == "علي" and any(tok in ANSWER_NOUNS for tok in toks[max(0, t - 4) : t - 1])


def retold_with_an_old_date(mentions: list[EventMention], pub: date | None) -> None:
    """ "الردود الإسرائيلية على إطلاق صواريخ إيرانية ضدها … وشنت إسرائيل في العاشر من مايو الماضي غارات ردا على
    إطلاق صواريخ إيرانية": a launch a response answers, named by its verbal noun, that the article dates elsewhere, by
    the same side, to a day more than a week old, is that earlier launch retold — unless the article asserts a launch
    in any other way ("دان المجلس اليوم إطلاق صواريخ" reports the launch it condemns)."""
    if pub is None:
        return
    for etype in LAUNCH_TYPES:
        ms = [m for m in mentions if m.type == etype]
        asserted = [m for m in ms if m.status == "asserted"]
        nominal = [m for m in asserted if m.actors and _VERBAL_NOUN_TRIGGERS & set(m.rules) and _answered(m)]
        if not nominal or len(nominal) < len(asserted):
            continue
        old = [
            o
            for o in ms
            if o.status == "historical"
            and o.dated
            and o.event_date is not None
            and (pub - o.event_date).days > 7
            and o.actors
        ]
        for m in nominal:
            if any(set(m.actors) <= set(o.actors) for o in old):
                m.status = "historical"
                m.rules.append("status:retold_with_old_date")


TALLY_RESTATED_MIN = 10  # a count this large, told once as a running total, is the total wherever it recurs


def tally_restated(mentions: list[EventMention]) -> None:
    """ "جيش الاحتلال: 6611 صاروخا أطلقت علينا من لبنان" over "بلغ إجمالي عدد الصواريخ التي أطلقت خلال 11 شهرا 6611
    صاروخا": the number the article gives as a running total of launches is that total again where a headline or a
    quote tells it as a launch."""
    totals: set[int] = set()
    tally_sentences: set[int] = set()  # ids of the sentences that give a running total
    for m in mentions:
        if m.type != "missile_launch" or "status:tally" not in m.rules:
            continue
        tally_sentences.add(id(m.sentence))
        totals |= {int(t) for t in m.sentence.tokens if t.isdecimal() and len(t) < 9}
        totals |= {int(c.term.value) for c in m.sentence.of("card") if str(c.term.value).isdecimal()}
    totals = {n for n in totals if n >= TALLY_RESTATED_MIN}
    if not totals:
        return
    for m in mentions:
        if (
            m.type == "missile_launch"
            and m.status == "asserted"
            and m.count in totals
            and id(m.sentence) not in tally_sentences
        ):
            m.status = "historical"
            m.rules.append("status:tally_restated")


def anniversary(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "في الذكرى العشرين لسقوط العاصمة"، "في ذكرى رحيل الزعيم": a story marking an anniversary tells its undated
    launches as the past it remembers."""
    if not any(s.field == "title" and any(t in ANNIVERSARY_WORDS for t in s.tokens) for s in sentences):
        return
    for m in mentions:
        if m.status == "asserted" and not m.dated and m.type != "russia_dprk_cooperation" and not _on_the_day(m):
            m.status = "historical"
            m.rules.append("status:anniversary")


def _on_the_day(m: EventMention) -> bool:
    """ "قصفت الكتائب المدينة برشقة صاروخية تزامنا مع الذكرى": the launch is said to coincide with the anniversary
    (a coinciding word, then the anniversary within a few words), so it happened on the day marked, not in the past
    the day recalls."""
    toks = m.sentence.tokens
    for i in range(m.tok_end, len(toks)):
        if toks[i] in COINCIDING_WORDS:
            return any(t in ANNIVERSARY_WORDS for t in toks[i + 1 : i + 5])
    return False


def almanac(mentions: list[EventMention], title: str) -> None:
    """ "حدث في 4 أكتوبر.. إطلاق أول قمر صناعي": an on-this-day column tells history, whatever its tenses."""
    if not any(phrase in title for phrase in THIS_DAY_IN_HISTORY):
        return
    for m in mentions:
        if m.status == "asserted":
            m.status = "historical"
            m.rules.append("status:almanac")


_VERBAL_NOUN_RULES = frozenset({"launch:launch:nouns", "launch:space:verbs"})


def question_story(mentions: list[EventMention], sentences: list[Sentence]) -> None:
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


def planned_story(mentions: list[EventMention]) -> None:
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


def preview_headline(mentions: list[EventMention]) -> None:
    """ "اليابان تطلق اليوم صاروخها الجديد" over "تستعد الوكالة لإطلاق الصاروخ بعد ظهر اليوم": a headline's present
    launch verb whose body only plans or awaits the launch previews it; it does not report it."""
    body = [m for m in mentions if m.type in LAUNCH_TYPES and m.sentence.field != "title"]
    if any(m.status == "asserted" for m in body) or not any(m.status == "planned" for m in body):
        return
    for m in mentions:
        if (
            m.type in LAUNCH_TYPES
            and m.sentence.field == "title"
            and m.status == "asserted"
            and "launch:launch:verbs_present" in m.rules
        ):
            m.status = "planned"
            m.rules.append("status:preview_headline")


def sports_story(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "هدف صاروخي"، "تسديدة صاروخية": in a sports report a rocket is a shot; only a named launcher makes it one."""
    words = {t for s in sentences for t in s.tokens if t in SPORTS_WORDS}
    if len(words) < 3:
        return
    for m in mentions:
        if m.type == "missile_launch" and m.status == "asserted" and not (set(m.actors) - {"UNKNOWN"}):
            m.status = "analysis"
            m.rules.append("status:sports_story")


# (an engine test word other than "ثابت", which also means "fixed")
_ENGINE_WORDS = ENGINE_TEST_WORDS - {"ثابت"}


def ground_test(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "ناسا تختبر أقوى صاروخ … تم تشغيل المحركات لمدة 8 دقائق"، "اختبار النار الساكن لمحركات الصاروخ": a rocket tested
    in an article about its engines, with no lift-off or orbit anywhere, was fired on the ground, not launched."""
    tested = [
        m
        for m in mentions
        if m.type == "space_launch"
        and m.status == "asserted"
        and any(t.lstrip("و").startswith(TEST_STEMS) for t in m.sentence.tokens[m.tok_start : m.tok_end])
    ]
    if not tested:
        return  # (the article's words are read only where a space launch is told as a test)
    toks = [t for s in sentences for t in s.tokens]
    engines = any(t.lstrip("وبل").startswith("محرك") or t in _ENGINE_WORDS for t in toks)
    flown = any(t.lstrip("و").startswith(LIFT_OFF_STEMS) or t.lstrip("وبفل").startswith(FLOWN_STEMS) for t in toks)
    if not engines or flown:
        return
    for m in tested:
        m.status = "analysis"
        m.rules.append("status:ground_test")


def fiction(mentions: list[EventMention]) -> None:
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
        elif m.type == "missile_launch" and m.status == "asserted" and _in_a_game(toks):
            m.status = "analysis"
            m.rules.append("status:video_game")


def _in_a_game(toks: list[str]) -> bool:
    """ "نجح اللاعبون في إسقاط صاروخ داخل اللعبة"، "في لعبة فيديو يطلق اللاعب صواريخ": a rocket inside a game (the game
    after في or داخل, or a game called a video or electronic one) is the game's; "لعبة" alone, or "في لعبة خطيرة", is
    often a figure of speech."""
    return any(
        tok in GAME_NOUNS
        and (
            (tok == "اللعبه" and k > 0 and toks[k - 1] in ("في", "داخل"))
            or (k + 1 < len(toks) and toks[k + 1] in GAME_KINDS)
        )
        for k, tok in enumerate(toks)
    )


def explanatory_background(mentions: list[EventMention]) -> None:
    """ "فقد طور الشمال أسلحة نووية واختبر صواريخ": a sentence opened by فقد explains the story with what came before,
    whoever the launcher."""
    for m in mentions:
        if m.type == "missile_launch" and background(m) and m.sentence.tokens[0] in EXPLANATORY_OPENERS:
            m.status = "historical"
            m.rules.append("status:background")


def background_of_other_news(mentions: list[EventMention], sentences: list[Sentence]) -> None:
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
        if m.type == "missile_launch" and background(m):
            m.status = "historical"
            m.rules.append("status:background_of_other_news")


def undated_test_of_other_news(mentions: list[EventMention]) -> None:
    """ "كشف الرئيس عن أسلحة جديدة … وأوضح أن بلاده اختبرت أيضا صاروخا عابرا للقارات": past the lead of a story
    whose title and lead tell of no missile launch, a test told with no day at all is what the side has done
    before (a capability listed in a speech or a profile), not the news."""
    ms = [m for m in mentions if m.type == "missile_launch"]
    if any(m.sentence.field == "title" or m.sentence.index < LEAD_SENTENCES for m in ms):
        return
    for m in ms:
        if (
            m.status == "asserted"
            and m.sentence.field == "text"
            and not m.dated
            and any(t.lstrip("و").startswith(TEST_STEMS) for t in m.sentence.tokens[m.tok_start : m.tok_end])
        ):
            m.status = "historical"
            m.rules.append("status:undated_test_of_other_news")


def background(m: EventMention) -> bool:
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


def dated_from_the_news(mentions: list[EventMention]) -> None:
    """ "أطلقت كوريا الشمالية اليوم صاروخا باليستيا … ويأتي ذلك غداة إطلاقها 23 صاروخا": a launch dated as the day
    before, or so many days before, the clause it follows, in an article that reports a later launch by the same
    side, is that launch's background. The later launch must have a day of its own: an undated account ("ذكرت
    الوكالة أن البلاد اختبرت سلاحا جديدا … وجاء ذلك بعد يوم من إطلاق صاروخين") is no later launch, and the launch
    of the day before stays news."""
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
            and o.dated
            and o.event_date is not None
            and o.event_date > m.event_date
            and (not m.actors or not o.actors or set(m.actors) & set(o.actors))
        ]
        if later:
            m.status = "historical"
            m.rules.append("status:before_the_news")


def earlier_account_of_the_news(mentions: list[EventMention], pub: date | None) -> None:
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


def reaction_to_a_recent_launch(mentions: list[EventMention], pub: date | None) -> None:
    """ "أدانت موسكو اليوم التجربة … وكانت كوريا الشمالية قد أطلقت فجر اليوم صاروخا": in a story of reactions (a
    condemnation, a protest, a council session) the launch they answer is told in the pluperfect; dated to a day of
    the week before the article and with no other launch asserted, it is the launch the article reports.
    (Named or not: "يذكر أن الوكالة كانت قد تحدثت عن تعرض مواقع لهجوم صاروخي، الإثنين".)"""
    # (an asserted launch the article does not date — "صاروخ باليستي اعترضته الدفاعات" — is no other news: when the
    # pluperfect one is dated in the week and by the same launcher, it is that launch and takes its day)
    undated = [o for o in mentions if o.type == "missile_launch" and o.status == "asserted" and not o.dated]
    if pub is None or any(o.type == "missile_launch" and o.status == "asserted" and o.dated for o in mentions):
        return
    for m in mentions:
        if m.type != "missile_launch" or m.status != "historical" or "status:pluperfect" not in m.rules:
            continue
        # (not an interception: "روسيا التي كانت قد تعهدت بإسقاط جميع الصواريخ" pledged, and shot nothing down)
        if "launch:launch:interception" in m.rules:
            continue
        if undated and not (m.actors and all(o.actors and set(o.actors) <= set(m.actors) for o in undated)):
            continue
        if m.dated and m.event_date is not None and pub - timedelta(days=7) <= m.event_date <= pub:
            m.status = "asserted"
            m.rules.append("status:reaction_to_recent_launch")
            for o in undated:
                if "date:recent_pluperfect_launch" not in o.rules:
                    o.event_date = m.event_date
                    o.rules.append("date:recent_pluperfect_launch")
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


_RECALLED = frozenset({"status:pluperfect", "status:historical_cue"})


def recent_space_launch_recalled(mentions: list[EventMention], lex: Lexicon, pub: date | None) -> None:
    """ "التحمت الشاحنة اليوم بالمحطة … يذكر أن الشاحنة انطلقت يوم 6 ديسمبر الجاري"، "وكانت القاعدة قد شهدت
    الأربعاء إطلاق القمر": a story of what followed a space launch (a docking, the first signal, the service it
    brings) recalls the launch as background; dated to a day of the week before the article, it is still news."""
    if pub is None:
        return
    window = (pub - timedelta(days=7), pub)
    for m in mentions:
        if m.type != "space_launch" or m.status != "historical" or not _RECALLED & set(m.rules):
            continue
        if not m.dated or m.event_date is None or not window[0] <= m.event_date <= window[1]:
            continue
        # (not a purpose: "وقعت اتفاقية لإرسال أول رائد فضاء"; nor a sentence with another, older or later day:
        # "عاد الصاروخ الذي كان قد أطلق قبل شهرين للعمل الجمعة")
        if m.sentence.tokens[m.tok_start].startswith("ل"):
            continue
        days = date_mentions(lex, m.sentence, pub)
        if any(old or (d is not None and not window[0] <= d <= window[1]) for _k, d, old in days):
            continue
        m.status = "asserted"
        m.rules.append("status:recent_space_launch_recalled")
