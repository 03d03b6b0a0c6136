"""Space-launch specifics: when a launch is a space launch, its vehicle, payload and owner, carrier rockets."""

from __future__ import annotations

from transforms.lexicon import Mention
from transforms.tagger.details import IMPACT_SOURCE
from transforms.tagger.sentences import EventMention, Sentence, before_site
from transforms.tagger.words import (
    ANTI_STEMS,
    CARRIER_LINKS,
    CELESTIAL_BODIES,
    LAUNCH_SITE_HEADS,
    LIFT_OFF_MASDARS,
    LIFT_OFF_STEMS,
    LONG_RANGE_HEADS,
    ORIGIN_PREPOSITIONS,
    RELEASED_OBJECTS,
    SPACE_ORGANISATION_WORDS,
    SPACE_WORDS,
    STATION_CREWS,
    STATION_HEADS,
    STATION_WORDS,
    TAKE_OFF_STEMS,
    TEST_VERB_STEMS,
)


def launch_kind(s: Sentence, trig: Mention, obj: Mention) -> str | None:
    space_trigger = trig.cat == "space" or (trig.cat == "launch" and trig.term.sub in _SPACE_LAUNCH_SUBS)
    # ("انطلق الصاروخ من قاعدة كاب كانافيرال حاملا قمرا": a rocket's lift-off, not its flight or fall)
    space_trigger = space_trigger or (
        trig.term.sub == "flight" and s.tokens[trig.start].lstrip("و").startswith(LIFT_OFF_STEMS)
    )
    if _bound_for_the_pad(s, trig, obj) or _off_another_world(s, trig):
        return None
    # "القمر الصناعي اختبر شبكة لالتقاط النفايات": a satellite testing its gear is not a launch of it
    testing = s.tokens[trig.start].lstrip("وف").startswith(TEST_VERB_STEMS)
    if obj.cat == "payload" and testing:  # (a rocket under test, "اختبار ستارشيب", is a flight)
        return None
    if obj.cat == "payload" and _released_in_space(s, trig, obj):
        return None
    # "سقط الصاروخ الحامل للقمر في البحر": a launch vehicle's flight or fall (not a satellite's: "سقط القمر الصناعي
    # القديم") is its launch
    flew = trig.cat == "launch" and trig.term.sub == "flight" and trig.term.source != IMPACT_SOURCE
    if obj.cat == "vehicle" and flew:
        return "space_launch"
    # ("حلق صاروخ فيغا من غويانا"، "سقط صاروخ سويوز": the rocket noun named by a launch vehicle right after it)
    if obj.cat == "mnoun" and flew and any(v.start == obj.end for v in s.of("vehicle")):
        return "space_launch"
    if obj.cat == "payload" and obj.term.value[0] == "uncrewed_craft" and not _speaks_of_space(s, obj):
        return None  # "أطلقت الشركة مركبة غير مأهولة لتوصيل الطلبات": a vehicle on the ground or at sea
    if obj.cat in ("vehicle", "payload"):
        return "space_launch" if space_trigger else None
    # "أمرت اليابان بتدمير صاروخها إبسيلون بعد دقائق من إقلاعه": a launch vehicle destroyed in flight on its own
    # side's order was not intercepted by anyone (its lift-off is the launch)
    if trig.term.sub == "interception" and any(v.start in (obj.end, obj.end + 1) for v in s.of("vehicle")):
        return None
    # ("دمرت وكالة الفضاء عمدا صاروخا من الجيل الجديد من طراز إتش 3": the launch vehicle named a few words on, with
    # nothing else named between)
    if trig.term.sub == "interception" and any(_named_further(s, obj, v) for v in s.of("vehicle")):
        return None
    if trig.cat == "space":
        # "أقلع الصاروخ من القاعدة صباح الأحد حاملا المركبة": a plain rocket's take-off, with the craft, crew, satellite
        # or orbit it carries named further on
        return "space_launch" if _took_off_carrying(s, trig, obj) else None
    if obj.end < len(s.tokens) and s.tokens[obj.end].startswith(ANTI_STEMS):
        return "missile_launch"  # "صاروخا مضادا للأقمار الصناعية": a weapon against satellites
    if _long_range(s, obj.end):
        return "missile_launch"
    # "أجرت الهند تجربة صاروخ أسقط قمرا صناعيا": a rocket that shot down or destroyed a satellite is a weapon
    if _downs_a_satellite(s, obj):
        return "missile_launch"
    # a rocket carrying a satellite: the payload or orbit word follows the launched object closely
    window = range(obj.end, min(len(s.tokens), obj.end + 5))
    for m in s.mentions:
        if m.cat in ("payload", "vehicle") and m.start in window and space_trigger:
            return "space_launch"
        if m.cat == "space" and m.term.sub == "orbit" and m.start in window and space_trigger:
            return "space_launch"
    # "أطلقت الشركة صباح الأحد صاروخا يحمل مؤنا لرواد محطة الفضاء الدولية": a plain rocket, no weapon, class or
    # combat in the sentence, and the orbit, a payload or a launch vehicle further on
    plain = not _combat(s) and not any(m.cat in ("mclass", "weapon") for m in s.mentions)
    further = any(
        m.start >= obj.end and (m.cat in ("payload", "vehicle") or (m.cat == "space" and m.term.sub == "orbit"))
        for m in s.mentions
    )
    if space_trigger and plain and further:
        return "space_launch"
    # "نجحت شركة سبيس إكس في إطلاق أقوى صاروخ في العالم": a plain rocket of a space agency or company; "انفجر
    # الصاروخ بعد إطلاقه من محطة سوهاي": a plain rocket launched from a cosmodrome
    if space_trigger and plain and any(t.lstrip("ول") in SPACE_ORGANISATION_WORDS for t in s.tokens):
        return "space_launch"
    if space_trigger and plain and any(_launched_from(s, p) for p in s.of("place") if p.term.sub == "cosmodrome"):
        return "space_launch"
    return "missile_launch"


def _took_off_carrying(s: Sentence, trig: Mention, obj: Mention) -> bool:
    """Whether a take-off verb lifts a plain rocket noun with a payload, a launch vehicle or the orbit after it, and no
    weapon, missile class or combat in the sentence."""
    if not s.tokens[trig.start].lstrip("و").startswith(TAKE_OFF_STEMS) or _combat(s):
        return False
    if any(m.cat in ("mclass", "weapon") for m in s.mentions):
        return False
    return any(
        m.start >= obj.end and (m.cat in ("payload", "vehicle") or (m.cat == "space" and m.term.sub == "orbit"))
        for m in s.mentions
    )


def _named_further(s: Sentence, obj: Mention, v: Mention) -> bool:
    """Whether the launch vehicle v names the rocket noun obj a few words on ("صاروخا من الجيل الجديد من طراز إتش 3"):
    within six words after it, no other mention between."""
    if not 0 <= v.start - obj.end <= 6:
        return False
    return not any(obj.end <= m.start < v.start for m in s.mentions)


def _downs_a_satellite(s: Sentence, obj: Mention) -> bool:
    """Whether a shooting-down or destroying word right after the rocket (or its adjective) takes a satellite as its
    object ("صاروخ أسقط قمرا صناعيا"، "صاروخا دمر قمرا قديما")."""
    for m in s.mentions:
        if m.cat == "launch" and m.term.sub in ("interception", "flight") and 0 <= m.start - obj.end <= 1:
            if m.term.sub == "flight" and m.term.source != IMPACT_SOURCE:
                continue
            return any(p.cat == "payload" and 0 <= p.start - m.end <= 1 for p in s.mentions)
    return False


def _bound_for_the_pad(s: Sentence, trig: Mention, obj: Mention) -> bool:
    """Whether the launch word's destination, a few words after it and the object, is the launch site itself ("انطلقت
    رحلة المسبار إلى قاعدة الإطلاق في اليابان"، "أطلقت الوكالة الصاروخ في رحلته إلى منصة الإطلاق"): the craft is
    being taken to where it will be launched from, not launched."""
    toks = s.tokens
    start = max(trig.end, obj.end)
    for k in range(start, min(len(toks) - 2, start + 4)):
        if toks[k] == "الي" and toks[k + 1] in LAUNCH_SITE_HEADS and toks[k + 2] in LIFT_OFF_MASDARS:
            return True
    return False


def _off_another_world(s: Sentence, trig: Mention) -> bool:
    """Whether the lift-off is from the surface of the Moon or another body ("أقلع المسبار من سطح القمر باتجاه
    الأرض ومعه العينات"، "أقلعت المروحية من سطح المريخ"): a stage of a mission already in space, not a launch."""
    toks = s.tokens
    for k in range(trig.end, min(len(toks) - 2, trig.end + 6)):
        if toks[k] == "من" and toks[k + 1] == "سطح" and toks[k + 2] in CELESTIAL_BODIES and toks[k + 2] != "الفضاء":
            return True
    return False


# a preposition after the probe opens a place or a time ("أطلق المسبار من قاعدة فاندنبرغ"), not what it released
_RELEASE_STOPS = frozenset({"من", "الي", "علي", "في", "مع", "عن", "نحو", "بعد", "قبل"})


def _released_in_space(s: Sentence, trig: Mention, obj: Mention) -> bool:
    """Whether a craft already in space releases the object: the space station (or its crew) between the launch verb
    and a satellite ("أطلق رواد محطة الفضاء الدولية أمس قمرا صغيرا"، "أطلقت اليابان من محطة الفضاء قمرين"), or a probe
    or spacecraft right after the verb with an object in the accusative after it ("أطلق المسبار الياباني أمس روبوتين
    على سطح الكويكب"). The release is a deployment; the craft's own lift-off was earlier ("أطلق المسبار من قاعدة
    فاندنبرغ" is the probe's launch: no object follows it)."""
    if trig.cat != "launch" or trig.term.sub not in ("verbs_past", "verbs_present"):
        return False
    toks = s.tokens
    if obj.start > trig.end:  # the satellite released after the station
        for k in range(trig.end, obj.start - 1):
            if toks[k].lstrip("و") in STATION_HEADS and toks[k + 1] in STATION_WORDS:
                # (not its destination: "أطلقت روسيا إلى محطة الفضاء الدولية مركبة شحن")
                before = toks[k - 1] if k > trig.end else ""
                if k == trig.end or before in ORIGIN_PREPOSITIONS or before in STATION_CREWS:
                    return True
    # the probe right after the verb (a day between at most), then what it released within a few words
    if obj.term.value[0] not in ("spacecraft", "uncrewed_craft") or obj.start - trig.end > 1:
        return False
    window = toks[obj.end : min(len(toks), obj.end + 4)]
    for tok in window:
        if tok in _RELEASE_STOPS:
            return False
        if tok in RELEASED_OBJECTS:
            return True
    return False


def _long_range(s: Sentence, start: int) -> bool:
    """Whether a range follows the rocket ("صاروخا بعيد المدى وصل إلى ارتفاع يفوق ارتفاع محطة الفضاء"، "صاروخا طويل
    المدى وصل إلى الفضاء"): a rocket of a range that carries no satellite is a missile, whatever space its flight
    reached or is compared with."""
    if any(m.cat == "payload" for m in s.mentions):
        return False  # ("صاروخا بعيد المدى يحمل قمرا صناعيا": a satellite carried makes it a launcher)
    toks = s.tokens
    return any(
        toks[k] in LONG_RANGE_HEADS and toks[k + 1] == "المدي" for k in range(start, min(len(toks) - 1, start + 3))
    )


def _speaks_of_space(s: Sentence, obj: Mention) -> bool:
    """Whether the sentence speaks of space besides the object: a celestial body or space ("لتهبط على سطح القمر"),
    a space word ("تقل ثلاثة رواد إلى محطتها المدارية"), the orbit, another launcher or payload, a space agency or
    company, or a cosmodrome."""
    if any(
        t.lstrip("ولب") in CELESTIAL_BODIES or t.lstrip("ول") in SPACE_ORGANISATION_WORDS or t in SPACE_WORDS
        for t in s.tokens
    ):
        return True
    return any(
        (m.cat in ("vehicle", "payload") and m is not obj and m.term.value[0] != "uncrewed_craft")
        or (m.cat == "space" and m.term.sub == "orbit")
        or (m.cat == "place" and m.term.sub == "cosmodrome")
        for m in s.mentions
    )


def _launched_from(s: Sentence, site: Mention) -> bool:
    """Whether the site is where something was launched from: "من" before it, through its head nouns ("من محطة
    سوهاي"، "من قاعدة بايكونور"), not a venue ("لقاء بوتين وكيم في فوستوتشني")."""
    k = before_site(s, site)
    if k < 0:
        return False
    toks = s.tokens
    if toks[k] in ORIGIN_PREPOSITIONS:
        return True
    # "وأطلق الصاروخ من موقع إطلاق في مركز جيوتشيوان الفضائي": a pad or site the rocket left, within the centre
    return toks[k] == "في" and any(
        toks[j] in ORIGIN_PREPOSITIONS and toks[j + 1] in LAUNCH_SITE_HEADS for j in range(max(0, k - 3), k - 1)
    )


_SPACE_LAUNCH_SUBS = frozenset({"verbs_past", "verbs_present", "verbs_future", "nouns"})


def fill_space_launch(s: Sentence, obj: Mention, m: EventMention) -> None:
    """The vehicle and payload of a space launch, and the state that owns them when no launcher is named."""
    if obj.cat == "vehicle":
        m.vehicle = str(obj.term.value[0])
    for o in s.of("vehicle"):
        m.vehicle = m.vehicle or str(o.term.value[0])
    for o in s.of("payload"):
        m.payload = m.payload or str(o.term.value[0])
    # "أطلقت كوريا الجنوبية قمرها على متن صاروخ فالكون 9": the side whose named vehicle carries the payload launched
    carriers = [
        o
        for o in s.of("vehicle")
        if o.term.value[1] and any(tok in CARRIER_LINKS for tok in s.tokens[max(0, o.start - 3) : o.start])
    ]
    if carriers and m.actors != (str(carriers[0].term.value[1]),):
        m.actors = (str(carriers[0].term.value[1]),)
        m.rules.append("actor:carrier_owner")
    if not m.actors:
        # "إطلاق فالكون": a named launcher or payload belongs to its state
        owners = [o.term.value[1] for o in s.of("vehicle", "payload") if o.term.value[1]]
        if owners:
            m.actors = (str(owners[0]),)
            m.rules.append("actor:vehicle_owner")


def carrier_rocket(m: EventMention, space_story: bool) -> bool:
    """A rocket that is a space launch vehicle is not a missile: "الصاروخ سقط" in a space-launch story, a plain
    rocket in a sentence that names a launcher, a payload or the orbit, and in a story with an asserted space launch
    any rocket fired with no missile class, weapon name or combat."""
    s = m.sentence
    if space_story and "launch:launch:flight" in m.rules:
        return True
    if m.missile_class or m.weapon or _combat(s) or any(_long_range(s, k) for k in range(len(s.tokens))):
        return False
    if any(o.cat in ("vehicle", "payload") or (o.cat == "space" and o.term.sub == "orbit") for o in s.mentions):
        return True
    return space_story


def ranged_plain_rocket(m: EventMention) -> bool:
    """A rocket told only by its range ("إطلاق كوريا الشمالية صاروخا بعيد المدى"): no missile class, weapon or
    combat in its sentence, a range after it."""
    s = m.sentence
    if m.missile_class or m.weapon or _combat(s):
        return False
    return any(_long_range(s, k) for k in range(m.tok_start, min(len(s.tokens), m.tok_end + 2)))


def _combat(s: Sentence) -> bool:
    """Whether the sentence speaks of combat: a strike verb or noun, or an interception."""
    return any(
        (o.cat == "war" and o.term.sub in ("verbs", "nouns")) or (o.cat == "launch" and o.term.sub == "interception")
        for o in s.mentions
    )
