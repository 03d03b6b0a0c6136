"""Document-level merge: the article's mentions resolved together (`document_actors` for who launched,
`document_status` for what is news), one launch per sentence, usual modes and classes, and the events out."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from transforms.lexicon import Lexicon, load_lexicon
from transforms.records import Event, Evidence
from transforms.tagger.cooperation import announced_before_colon, deny_accused_transfers
from transforms.tagger.document_actors import (
    disowned_territory_launches,
    dropped_subject,
    fill_unknown_actors,
    intercepted_from_the_armed_group,
    intercepted_from_the_bombarding_side,
    interceptors_by_sentence,
    join_coalition,
    maker_is_not_the_launcher,
    not_the_interceptor,
    origin_is_not_the_launcher,
    speaker_before_colon,
    strike_coalition,
    unattributed_from_the_bombarding_side,
    weapons_in_other_hands,
)
from transforms.tagger.document_status import (
    after_an_old_date,
    almanac,
    anniversary,
    background_of_other_news,
    dated_from_the_news,
    earlier_account_of_the_news,
    explanatory_background,
    fiction,
    ground_test,
    old_lead,
    past_story,
    planned_story,
    preview_headline,
    question_story,
    reaction_to_a_recent_launch,
    recent_space_launch_recalled,
    retold_with_an_old_date,
    sports_story,
    tally_restated,
    undated_test_of_other_news,
)
from transforms.tagger.sentences import (
    LEAD_SENTENCES,
    EventMention,
    Sentence,
    actor_of,
)
from transforms.tagger.space import carrier_rocket, ranged_plain_rocket
from transforms.tagger.timing import NEXT_MORNING_REPORTERS, date_mentions, latest_joined_day
from transforms.tagger.words import (
    COMPLEMENTISERS,
    QUOTING_NOUNS,
    UPDATE_OPENERS,
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
    return m.sentence.field == "title" and _bare_singular(m)


def _bare_singular(m: EventMention) -> bool:
    """A count of one that no cardinal states (the singular noun alone)."""
    return m.count == 1 and not any(c.term.value == 1 for c in m.sentence.of("card"))


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


def _date_of_the_sentence_before(
    m: EventMention, sentences: list[Sentence], lex: Lexicon, pub: date | None
) -> date | None:
    """ "والجمعة قتل أربعة في الهجمات الإسرائيلية … وقالت إسرائيل إن صواريخ أطلقت من غزة": a body sentence that tells
    an undated launch (and gives no date of any kind) right after a sentence of the same fighting (a word of attack or
    launch) that one recent day dates, is of that day, not of the lead's."""
    s = m.sentence
    if pub is None or s.field != "text" or s.index <= LEAD_SENTENCES or date_mentions(lex, s, pub):
        return None
    prev = next((o for o in sentences if o.field == "text" and o.index == s.index - 1), None)
    if prev is None:
        return None
    ds = date_mentions(lex, prev, pub)
    days = {d for _i, d, _old in ds}
    if len(days) != 1 or any(old for _i, _d, old in ds):
        return None
    i, day = ds[0][0], days.pop()
    if day is None or not pub - timedelta(days=7) <= day <= pub:
        return None
    # (the day opens that sentence, or is said of its attack or launch word: "ضربات، ليل الأحد"، "أطلقت فجر الخميس";
    # not a day a span is measured from: "منذ التصعيد يوم الخميس")
    fighting = any(
        o.cat in ("war", "launch") and o.term.sub != "direction" and abs(o.start - i) <= 2 for o in prev.mentions
    )
    if not (i <= 1 or fighting) or "منذ" in prev.tokens[max(0, i - 6) : i]:
        return None
    return day


def _told_next_morning(m: EventMention, sentences: list[Sentence], lex: Lexicon, pub: date | None) -> date | None:
    """ "نقلت وكالة الأنباء الكورية الشمالية عن كيم قوله، خلال لقاء مع وزير الخارجية الروسي": what a side whose own
    media tell of it the morning after (and no one else) is quoted on, undated in a story whose title and lead give no
    day, took place the day before publication."""
    s = m.sentence
    if pub is None or s.field != "text" or s.index > LEAD_SENTENCES:
        return None
    if any(d is not None for o in sentences[: LEAD_SENTENCES + 2] for _i, d, _old in date_mentions(lex, o, pub)):
        return None
    for r in s.cue("reporting"):
        if r.end >= m.tok_end:
            continue
        # (the speaker, up to what is quoted: "عن كيم قوله،"، "أن")
        said = next(
            (
                k
                for k in range(r.end, len(s.tokens))
                if s.tokens[k] in QUOTING_NOUNS or s.tokens[k] in COMPLEMENTISERS or k in s.commas
            ),
            len(s.tokens),
        )
        speakers = [o for o in s.mentions if o.cat in ("actor", "person") and r.end <= o.start < said]
        if said < m.tok_end and speakers and all(actor_of(o) in NEXT_MORNING_REPORTERS for o in speakers):
            return pub - timedelta(days=1)
    return None


def _quoted_on_an_earlier_day(
    mentions: list[EventMention], sentences: list[Sentence], lex: Lexicon, pub: date | None
) -> None:
    """ "وصف السفير، خلال مداخلته الإثنين، إطلاق الصواريخ … وقال السفير: «… الذي شهدناه يوم أمس»": the relative days
    a speaker says in the words quoted after "وقال X:" are counted from the day the lead gives his speech (before the
    day of publication), not from publication."""
    if pub is None:
        return
    lead = next((o for o in sentences if o.field == "text" and o.index == 0), None)
    if lead is None:
        return
    days = {d for _i, d, _old in date_mentions(lex, lead, pub)}
    spoke = days.pop() if len(days) == 1 else None
    if spoke is None or not pub - timedelta(days=7) <= spoke < pub:
        return
    for m in mentions:
        s = m.sentence
        if not m.dated or m.event_date is None or s.field != "text" or s.index < 2:
            continue
        intro = next((o for o in sentences if o.field == "text" and o.index == s.index - 1), None)
        # (the sentence before is only the verb of saying and the speaker, whom the lead names)
        if intro is None or not 2 <= len(intro.tokens) <= 4 or not any(r.start == 0 for r in intro.cue("reporting")):
            continue
        if not all(t in lead.tokens for t in intro.tokens[1:]):
            continue
        ds = date_mentions(lex, s, pub)
        starts = {i for i, _d, _old in ds}
        if not starts or not all(any(r.start == i for r in s.of("reldate")) for i in starts):
            continue
        m.event_date = m.event_date - (pub - spoke)
        m.rules.append("date:quoted_on_an_earlier_day")


def _salvo_dated_the_night_before(mentions: list[EventMention]) -> None:
    """ "أعلن الجيش، فجر الاثنين، أن دفاعاته اعترضت خمسة صواريخ … وقال إن الدفاعات رصدت مساء الأحد إطلاق خمسة
    صواريخ": a launch dated only by the day it was announced is the salvo of the same count and launcher that another
    sentence dates the day before, not a second one."""
    for m in mentions:
        if m.type != "missile_launch" or m.status != "asserted" or "date:report_day" not in m.rules:
            continue
        if m.count is None or m.event_date is None:
            continue
        for o in mentions:
            if o is m or o.type != m.type or o.status != "asserted" or not o.dated or "date:report_day" in o.rules:
                continue
            if o.count != m.count or o.event_date != m.event_date - timedelta(days=1):
                continue
            if m.actors and o.actors and not set(m.actors) & set(o.actors):
                continue
            m.event_date = o.event_date
            m.rules.append("date:salvo_dated_the_night_before")
            break
    # (and the other launch words of that announcement: "… وأسفر سقوط شظايا الصواريخ عن مقتل مقيم")
    moved = [m for m in mentions if "date:salvo_dated_the_night_before" in m.rules]
    for m in mentions:
        if m.type != "missile_launch" or m.status != "asserted" or "date:report_day" not in m.rules or m in moved:
            continue
        if m.event_date is None:
            continue
        before = m.event_date - timedelta(days=1)
        told = next((o for o in moved if o.sentence is m.sentence and o.event_date == before), None)
        if told is not None and (not m.actors or set(m.actors) & set(told.actors)):
            m.event_date = told.event_date
            m.rules.append("date:salvo_dated_the_night_before")


def _answered_launch_dated_elsewhere(mentions: list[EventMention]) -> None:
    """ "قال الجيش، الأربعاء، إنه قصف أهدافا ليلا ردا على إطلاق صواريخ … وكانت الفصائل أعلنت مساء الثلاثاء تبنيها
    إطلاق الصواريخ": a launch the reported strikes answered, dated only by the day of the report, is the one the same
    launcher is said elsewhere to have fired a day or two before."""
    for m in mentions:
        if m.type != "missile_launch" or m.status != "asserted" or m.event_date is None or not m.actors:
            continue
        if "date:answered_before_the_report" not in m.rules:
            continue
        day = m.event_date
        earlier = [
            o.event_date
            for o in mentions
            if o is not m
            and o.type == m.type
            and o.status == "asserted"
            and o.dated
            and "date:report_day" not in o.rules
            and o.event_date is not None
            and day - timedelta(days=2) <= o.event_date < day
            and set(o.actors) & set(m.actors)
        ]
        if earlier:
            m.event_date = max(earlier)
            m.rules.append("date:answered_launch_dated_elsewhere")


def _lead_date(sentences: list[Sentence], lex: Lexicon, pub: date | None) -> date | None:
    """The first day of the last week in the title and the lead; a title cut in pieces ("إسرائيل: فيلق القدس أطلق 20
    صاروخا.. ووكالة سانا تنشر فيديو") does not push the opening sentences of the text out of the lead."""
    titles = sum(1 for s in sentences if s.field == "title")
    for s in sentences[: max(titles + 1, LEAD_SENTENCES + 1)]:
        ds = date_mentions(lex, s, pub)
        for i, d, _old in ds:
            if d is not None and pub is not None and pub - timedelta(days=7) <= d <= pub:
                # (of days joined by و, the latest: "في 30 ديسمبر و2 يناير")
                return latest_joined_day(s, i, d, [x for x in ds if x[1] is not None], pub)[1]
    return pub


def resolve_document(
    mentions: list[EventMention], sentences: list[Sentence], norms: dict, pub: date | None
) -> list[EventMention]:
    """The document-level rules: lead date, coalitions, interceptors, speakers, article launcher, background."""
    lex = load_lexicon()
    lead = _lead_date(sentences, lex, pub)
    announced_before_colon(mentions, sentences, norms)
    _salvo_dated_the_night_before(mentions)
    _answered_launch_dated_elsewhere(mentions)
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
            m.event_date = (
                same
                or _date_of_the_sentence_before(m, sentences, lex, pub)
                or _told_next_morning(m, sentences, lex, pub)
                or before
            )
    _quoted_on_an_earlier_day(mentions, sentences, lex, pub)
    deny_accused_transfers(mentions)
    coalition = strike_coalition(sentences, lex, pub)
    if coalition:
        join_coalition(mentions, coalition, sentences, lex, pub)
    by_sentence = interceptors_by_sentence(sentences)
    interceptors = set().union(*by_sentence.values())
    not_the_interceptor(mentions, interceptors)
    origin_is_not_the_launcher(mentions)
    speaker_before_colon(mentions, sentences)
    unattributed_from_the_bombarding_side(mentions, sentences, lex, pub, interceptors)
    intercepted_from_the_armed_group(mentions, sentences, by_sentence, lex, pub)
    intercepted_from_the_bombarding_side(mentions, sentences, by_sentence, lex, pub)
    dropped_subject(mentions, sentences)
    fill_unknown_actors(mentions, by_sentence)
    disowned_territory_launches(mentions, sentences, lex)
    maker_is_not_the_launcher(mentions)
    weapons_in_other_hands(mentions, lex, pub)
    explanatory_background(mentions)
    background_of_other_news(mentions, sentences)
    undated_test_of_other_news(mentions)
    past_story(mentions, old_lead(sentences, lex, pub))
    after_an_old_date(mentions, sentences, lex, pub)
    planned_story(mentions)
    preview_headline(mentions)
    question_story(mentions, sentences)
    sports_story(mentions, sentences)
    fiction(mentions)
    ground_test(mentions, sentences)
    almanac(mentions, norms["title"].text)
    anniversary(mentions, sentences)
    tally_restated(mentions)
    _one_launch_per_sentence(mentions)
    earlier_account_of_the_news(mentions, pub)
    reaction_to_a_recent_launch(mentions, pub)
    recent_space_launch_recalled(mentions, lex, pub)
    dated_from_the_news(mentions)
    retold_with_an_old_date(mentions, pub)
    _usual_modes(mentions, lex)
    return _carrier_rockets(_classed_missiles(_hedged_space_launch(mentions)), sentences)


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


def _hedged_space_launch(mentions: list[EventMention]) -> list[EventMention]:
    """ "أطلقت كوريا الشمالية مقذوفا من مينائها الفضائي … وقالت اليابان إن كوريا الشمالية أطلقت ما يشتبه بأنه صاروخ
    بالستي": a missile only suspected, on the day the same side's space launch is asserted, is that space launch as
    another side saw it, not a second launch; so is a rocket told only by its range ("مجلس الأمن يدين إطلاق كوريا
    الشمالية صاروخا بعيد المدى" over "أطلقت صاروخا بعيد المدى كان يحمل قمرا صناعيا")."""
    space = [m for m in mentions if m.type == "space_launch" and m.status == "asserted" and m.actors]
    if not space:
        return mentions
    out = []
    for m in mentions:
        hedged = (
            m.type == "missile_launch"
            and m.status == "asserted"
            and bool(m.actors)
            and (any(m.tok_start <= h.start < m.tok_end for h in m.sentence.cue("hedge")) or ranged_plain_rocket(m))
        )
        if hedged and any(set(m.actors) <= set(o.actors) and o.event_date == m.event_date for o in space):
            continue
        out.append(m)
    return out


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


def _carrier_rockets(mentions: list[EventMention], sentences: list[Sentence]) -> list[EventMention]:
    """Rockets that carry a payload to space are not missiles. In a story of an asserted space launch, a state's
    plain rocket ("أطلقت الصين الخميس أول صاروخ تطوره شركة خاصة") is that space launch, and names its launcher;
    so is it in a story that names that state's own launch vehicle and no missile class or weapon ("يعود جسم صاروخ
    صيني أطلقته بكين الخميس … هو المرحلة الأساسية لصاروخ لونغ مارش 5 بي")."""
    space_story = any(m.type == "space_launch" and m.status == "asserted" for m in mentions)
    owners: set[str] = set()
    if any(m.type == "missile_launch" for m in mentions):
        doc = [o for s in sentences for o in s.mentions]
        # (the vehicle described, in a sentence that tells no launch: not "وكانت قد وضعت قمرا في المدار على متن
        # صاروخ تشوليما-1", a launch of its own recalled beside today's missile)
        told = {id(m.sentence) for m in mentions if m.type in ("missile_launch", "space_launch")}
        if not any(o.cat in ("mclass", "weapon") for o in doc):
            owners = {
                str(o.term.value[1])
                for s in sentences
                if id(s) not in told
                for o in s.mentions
                if o.cat == "vehicle" and o.term.value[1]
            }
    out: list[EventMention] = []
    for m in mentions:
        own_vehicle = bool(owners) and bool(m.actors) and set(m.actors) <= owners
        if m.type != "missile_launch" or not carrier_rocket(m, space_story or own_vehicle):
            out.append(m)
        elif space_story and (set(m.actors) - {"UNKNOWN"} or m.dated):
            # (an unattributed one too when its sentence dates it: "وتم إطلاق الصاروخ مساء أمس الأربعاء 29 مارس",
            # the launcher filled from the story below)
            out.append(replace(m, type="space_launch", rules=[*m.rules, "space:carrier_rocket"]))
        elif own_vehicle:
            out.append(replace(m, type="space_launch", rules=[*m.rules, "space:own_launch_vehicle"]))
    fill_unknown_actors(out, {}, ("space_launch",))
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
        elif counted and _bare_singular(counted[0]):
            # ("سقوط صاروخ من طراز …" before "تصدت لسبعة صواريخ أطلقت": one missile of the salvo told without a
            # cardinal is no count against a stated count of more in a sentence of the same rank)
            counted = [
                m
                for m in counted
                if m.sentence.field == "text"
                and (m.count or 0) > 1
                and _weight(m) == _weight(counted[0])
                and m.status == "asserted"
                and not m.days_before
            ][:1] + counted
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
