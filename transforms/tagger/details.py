"""What a launch mention carries besides its status and launcher: the number of missiles, their classes and named
weapon, and whether the launch was a test or an attack."""

from __future__ import annotations

from transforms.lexicon import Lexicon, Mention
from transforms.tagger.sentences import EventMention, Sentence, is_definite
from transforms.tagger.timing import YEAR_RE
from transforms.tagger.words import (
    ADDITION_WORDS,
    CROSSING_WORDS,
    OPERATION_HEADS,
    ORIGIN_PREPOSITIONS,
    ROCKET_LAUNCHER_NOUNS,
    SHELL_NOUNS,
    SINGULAR_SPECIFIERS,
    TEST_VERB_STEMS,
)

# the rule source of the verbs of impact ("ضرب صاروخ روسي مركزا تجاريا"): they strike, whatever else the sentence says
IMPACT_SOURCE = "triggers:launch:impact"


def launch_count(s: Sentence, obj: Mention, m: EventMention) -> None:
    if obj.cat == "weapon":
        # "الصاروخ العابر للقارات «هواسونغ-18» الذي أطلق": a named weapon after a singular missile noun is one
        single = [n for n in s.of("mnoun") if n.term.sub == "1" and 0 <= obj.start - n.end <= 3]
        if single and not any(n.term.sub != "1" for n in s.of("mnoun") if 0 <= obj.start - n.end <= 3):
            m.count, m.count_qualifier = 1, "exact"
            m.rules.append("count:exact")
        return
    if obj.cat != "mnoun":
        return
    m.count, m.count_qualifier = _count_of(s, obj)
    if m.count is None:
        m.count = _shells_from_launcher(s, obj) or None
        m.count_qualifier = "exact" if m.count is not None else m.count_qualifier
    # "صاروخا باليستيا … إضافة إلى صاروخين قصيري المدى": missiles added to the first ones count with them
    added = _added_missiles(s, obj)
    if added is not None and m.count is not None:
        extra, _qual = _count_of(s, added)
        if extra is not None:
            m.count += extra
    if m.count is not None:
        m.rules.append("count:" + (m.count_qualifier or "exact"))


def _shells_from_launcher(s: Sentence, obj: Mention) -> int:
    """ "ست قذائف من راجمات صواريخ"، "18 قذيفة من راجمة الصواريخ": the counted shells fired from the rocket launcher
    that names the missiles (0 when none)."""
    toks = s.tokens
    k = obj.start - 3
    if k < 1 or toks[obj.start - 1] not in ROCKET_LAUNCHER_NOUNS or toks[obj.start - 2] != "من":
        return 0
    if toks[k] not in SHELL_NOUNS:
        return 0
    if toks[k - 1].isdecimal() and not YEAR_RE.match(toks[k - 1]):
        return int(toks[k - 1])
    card = next((int(c.term.value) for c in s.of("card") if c.end == k), 0)
    return card or (2 if toks[k].endswith(("ين", "ان")) else 0)


def _added_missiles(s: Sentence, obj: Mention) -> Mention | None:
    """The missile noun an addition phrase ("إضافة إلى"، "بالإضافة إلى"، "فضلا عن") joins to `obj` right after it."""
    toks = s.tokens
    for k in range(obj.end, min(len(toks), obj.end + 10)):
        if toks[k].lstrip("و") not in ADDITION_WORDS:
            continue
        return next((n for n in s.of("mnoun") if k < n.start <= k + 4), None)
    return None


def _count_of(s: Sentence, obj: Mention) -> tuple[int | None, str | None]:
    """(count, qualifier) of the missile noun `obj`: a number or cardinal before it, a vague quantity, its dual."""
    toks = s.tokens
    number = obj.term.sub
    qual = None
    # ("صاروخين نحو البحر": after the missiles نحو points where they flew, it is no "about")
    # (while "على الأقل" is longer than the direction word it starts with)
    directions = {(d.start, d.end) for d in s.of("war") if d.term.sub == "direction"}
    for q in s.of("qual"):
        after = 0 <= q.start - obj.end <= 3 and (q.start, q.end) not in directions
        if obj.start - 4 <= q.start < obj.start or after:
            qual = str(q.term.value)
    card = None
    days = {d.start for d in s.of("weekday")}  # ("اليوم الاثنين": Monday, not two)
    near = [c for c in s.of("card") if 1 <= obj.start - c.end + 1 <= 2 and c.end <= obj.start and c.start not in days]
    if near:
        # ("اثني عشر صاروخا"، "خمسة عشر صاروخا": the whole compound cardinal, not the ten it ends with)
        c = max(near, key=lambda c: (c.end, -c.start))
        card = int(c.term.value)
        # ("ثلاثة وعشرين صاروخا": the units joined by و before the tens)
        if toks[c.start].startswith("و") and card in range(20, 100, 10):
            card += next((int(u.term.value) for u in s.of("card") if u.end == c.start and int(u.term.value) < 10), 0)
    # ("في 16 أيار صاروخا"، "يوم الجمعة 17 مايو صواريخ": the day of a month is no count)
    months = {d.start for d in s.of("month")}
    # ("الصاروخ بولهواسال-3-31 المطابق لصواريخ كروز"، "200 غارة بصواريخ": a number two words back counts the missiles
    # only through من ("20 من الصواريخ") or with them joined to the noun it counts ("70 قذيفة وصاروخا"); otherwise
    # it belongs to what stands between, such as a weapon's name or the strikes)
    joined = toks[obj.start][:1] == "و"
    digits = [
        toks[k]
        for k in range(max(0, obj.start - 2), obj.start)
        if toks[k].isdecimal() and k + 1 not in months and (k == obj.start - 1 or toks[k + 1] == "من" or joined)
    ]
    if digits and 0 < int(digits[-1]) < 10000 and not YEAR_RE.match(digits[-1]):
        return int(digits[-1]), qual or "exact"
    if card is not None:
        return card, qual or "exact"
    if any(v.start < obj.start and obj.start - v.end <= 1 for v in s.of("vague")):
        return None, "several"
    if any(v.start == obj.start for v in s.of("vague")):
        return None, "several"  # "رشقة صاروخية": the salvo word heads the missile noun itself
    if number == "2":
        return 2, qual or "exact"
    if number == "dual_construct":
        nxt = obj.end < len(toks) and any(c.start == obj.end for c in s.of("mclass", "weapon"))
        if nxt and not toks[obj.start].startswith("ال"):
            return 2, "exact"
        return None, None
    if number == "1" and not obj.term.value and not is_definite(toks[obj.start]):
        return 1, qual or "exact"
    # "الصاروخ الذي أطلقته"، "إطلاق الصاروخ الباليستي الأخير": a definite singular pinned down right after it
    if number == "1" and not obj.term.value and any(tok in SINGULAR_SPECIFIERS for tok in toks[obj.end : obj.end + 4]):
        return 1, qual or "exact"
    return None, None


def missile_classes(lex: Lexicon, s: Sentence, obj: Mention, trig: Mention, m: EventMention) -> None:
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


def launch_mode(s: Sentence, trig: Mention, obj: Mention, actors: tuple[str, ...]) -> str:
    # North Korea's launches are tests and drills, whatever strike words its agency dresses them in ("تدريب ضربة"،
    # "يحاكي هجوما نوويا مضادا"), unless a strike verb fires them ("قصفت كوريا الشمالية الجزيرة بالصواريخ")
    if set(actors) == {"PRK"} and not (trig.cat == "war" and trig.term.sub == "verbs"):
        return "test"
    if trig.cat == "war" or (trig.cat == "launch" and trig.term.sub == "interception"):
        return "attack"
    if trig.term.source == IMPACT_SOURCE:
        return "attack"  # "ضرب صاروخ روسي مركزا تجاريا": it struck something
    if trig.term.sub == "nouns_use" and any(
        t.lstrip("و") in OPERATION_HEADS for t in s.tokens[max(0, trig.start - 2) : trig.start]
    ):
        return "attack"  # "العملية نفذت باستخدام 16 صاروخا": an operation carried out with missiles
    if any(m.cat == "war" and m.term.sub != "direction" for m in s.mentions):
        return "attack"
    if any(m.cat == "launch" and m.term.sub == "interception" for m in s.mentions):
        return "attack"
    # ("اختبرت روسيا بنجاح صاروخا فرط صوتي": a launch told by a verb of testing is a test)
    test_verb = s.tokens[trig.start].lstrip("وف").startswith(TEST_VERB_STEMS)
    tested = test_verb or any(m.cat == "test" and m.term.sub == "words" for m in s.mentions)
    # (a missile fired from or across the sea, "أطلق الصاروخ عبر البحر المتوسط من قاذفة", was not fired into it)
    seaward = any(
        ((m.cat == "test" and m.term.sub == "sea") or (m.cat == "place" and m.term.sub == "sea"))
        and not (
            m.start > 0 and (s.tokens[m.start - 1] in ORIGIN_PREPOSITIONS or s.tokens[m.start - 1] in CROSSING_WORDS)
        )
        for m in s.mentions
    )
    # "أطلقت كوريا الشمالية صاروخا باتجاه البحر الشرقي"، "أشرف على تجربة": fired toward the sea or in a test, a
    # direction word does not make an attack ("أطلق الحوثيون صاروخا على سفينة في البحر الأحمر" does)
    if any(m.cat == "war" for m in s.mentions) and not (tested or (seaward and "PRK" in actors)):
        return "attack"
    if tested or seaward:
        return "test"
    if "PRK" in actors:
        return "test"
    return "unknown"
