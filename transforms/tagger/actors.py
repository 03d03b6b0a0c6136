"""Who launched: subjects, claimants, the accused, passive agents, nisbas, owners; and who intercepted.

`launch_actors` builds an `ActorContext` once per launch mention (the sentence's candidate actors, the ones ruled
out as reporters, sufferers or interceptors, and the predicates every rule shares) and tries the rule families of
`transforms.tagger.actor_rules` in a fixed order; the first that finds a launcher wins.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from transforms.lexicon import Lexicon, Mention
from transforms.tagger import actor_rules as rules
from transforms.tagger.actor_rules import Found, claim_before
from transforms.tagger.sentences import (
    Sentence,
    actor_of,
    has_prep_before,
    hosts_a_place,
    launcher_code,
    object_suffix,
    prev_tok,
)
from transforms.tagger.words import (
    AIRCRAFT_NOUNS,
    ANNOUNCING_VERBS,
    BETWEEN_WORDS,
    CAPITAL_NEWSPAPER_WORDS,
    CAPITAL_SURROUNDINGS,
    CASUALTY_NOUNS,
    COMPLEMENTISERS,
    EXCHANGE_WORDS,
    FORCE_ADJECTIVES,
    FORCE_HEADS,
    HOSTING_PREPOSITIONS,
    HOSTING_VERBS,
    LAUNCHING_CRAFT,
    NATIONALITY_NOUNS,
    PARTNER_LINKS,
    PLACE_HEADS,
    PREPOSITIONS,
    REACTION_HEADS,
    RECENT_SPANS,
    RELATIVES,
    REQUEST_HEADS,
    RESPONSIBILITY_NOUNS,
    STRIKE_SUPPORT_VERBS,
    TARGET_NOUNS,
    TRANSITIVE_STRIKE_MASDARS,
)

__all__ = ["ActorContext", "claim_before", "find_interceptors", "launch_actors"]

# the words of the phrases of partnership ("بالاشتراك مع"، "بالتعاون مع")
_PARTNER_LINK_WORDS = frozenset(w for link in PARTNER_LINKS for w in link)

Rule = Callable[["ActorContext"], Found | None]

# before the trigger is told apart as a verb or a masdar: claims, accusations, passive agents, exchanges of fire,
# a masdar owned by its subject
_OPENING_RULES: tuple[Rule, ...] = (
    rules.claimant,  # 0a
    rules.accused,  # 0b
    rules.unnamed_agent,  # 1a-
    rules.passive_agent,  # 1
    rules.exchange_of_fire,  # 1a
    rules.conduct_subject,  # 1b
    rules.possessive_masdar,  # 1b
)
# a launch or strike verb: its subject after it, the main clause's subject it resumes, its subject before it
_VERB_RULES: tuple[Rule, ...] = (
    rules.subject_after_verb,  # 2
    rules.resumed_subject,  # 2b
    rules.subject_before_verb,  # 3
)
# a masdar: its own subject, the subject of a verb of continuing, the subject of the verb it is the instrument of
_MASDAR_RULES: tuple[Rule, ...] = (
    rules.masdar_subject,  # 4
    rules.aspectual_subject,  # 4a
    rules.instrument_masdar,  # 4b
)
# whatever the trigger: nisbas, owners and agents around the object, the origin, the speaker, the supervisor, the
# weapon's owner, the only possible agent
_CLOSING_RULES: tuple[Rule, ...] = (
    rules.object_nisba,  # 5
    rules.strike_agent,  # 5-
    rules.resumptive_verb,  # 5a
    rules.possessor,  # 5b
    rules.launch_owner,  # 5c
    rules.from_territory,  # 6
    rules.anti_aircraft_from_state,  # 6-
    rules.from_craft,  # 6a
    rules.from_launch_site,  # 6b
    rules.speaker_self,  # 6c
    rules.supervision,  # 7
    rules.weapon_owner,  # 8
    rules.sole_agent,  # 9
)


def _capital_in_place_name(toks: list[str], m: Mention) -> bool:
    """ "في غوطة دمشق الشرقية"، "ريف دمشق": a capital named after the countryside or suburbs around it is part of a
    place name, not the government it stands for elsewhere; so is one that names a newspaper ("صحيفة واشنطن
    بوست")."""
    if m.term.sub == "metonym" and m.end < len(toks) and toks[m.end] in CAPITAL_NEWSPAPER_WORDS:
        return True
    return m.term.sub == "metonym" and m.start >= 1 and toks[m.start - 1].lstrip("وبل") in CAPITAL_SURROUNDINGS


def launch_actors(lex: Lexicon, s: Sentence, trig: Mention, obj: Mention) -> tuple[tuple[str, ...], list[str]]:
    """The launcher codes of the launch `trig` of `obj` in `s`, and the rule that found them (empty: unknown)."""
    ctx = ActorContext.build(lex, s, trig, obj)
    for rule in _OPENING_RULES:
        found = rule(ctx)
        if found is not None:
            return found
    ctx = ctx.with_test_verb()
    # the subject of a verb or of a masdar; an interception or detection word has neither
    clause_rules = () if ctx.intercept else _VERB_RULES if ctx.is_verb else _MASDAR_RULES
    for rule in (*clause_rules, *_CLOSING_RULES):
        found = rule(ctx)
        if found is not None:
            return found
    return (), []


@dataclass(frozen=True, slots=True)
class ActorContext:
    """What every launcher rule reads about one launch mention, computed once."""

    lex: Lexicon
    s: Sentence
    toks: list[str]
    trig: Mention  # the launch word (a test noun's governing verb once `with_test_verb` has run)
    obj: Mention  # the launched object
    cands: list[Mention]  # actor and person mentions (not territories)
    reporters: set[int]  # starts of candidates that report, detect, suffer or intercept the launch
    interceptors: list[Mention]
    blocked: set[str]  # launcher codes of the interceptors' sides
    weapon_nouns: set[int]  # ends of missile nouns and named weapons
    verbs: list[int]  # starts of launch and strike verbs
    exchange: bool  # the sentence speaks of an exchange of fire
    is_verb: bool  # the trigger is a launch, test or strike verb
    intercept: bool  # the trigger is an interception or detection word

    @classmethod
    def build(cls, lex: Lexicon, s: Sentence, trig: Mention, obj: Mention) -> ActorContext:
        toks = s.tokens
        cands = [
            m
            for m in s.mentions
            if m.cat in ("actor", "person") and m.term.sub != "territory" and not _capital_in_place_name(toks, m)
        ]
        reporters = _reporters(s, trig, cands)
        # the interceptor, before or after the verb, is never the launcher (nor is anyone else of its side)
        interceptors = find_interceptors(s, cands)
        reporters.update(c.start for c in interceptors)
        is_verb = trig.cat in ("launch", "war", "space") and (trig.term.sub or "").startswith(("verbs", "test_verbs"))
        is_verb = is_verb or (trig.cat == "war" and trig.term.sub == "verbs")
        # ("بقصف الأراضي السعودية بالصواريخ": a preposition attached makes the form its verbal noun, not the verb)
        tok = toks[trig.start].lstrip("وف")
        is_verb = is_verb and not (tok[:1] in "بلك" and trig.term.tokens[0][:1] != tok[:1])
        # ("بالتزامن مع قصف مدفعي وصاروخي شنته القوات": so does a preposition standing before it)
        before = toks[trig.start - 1] if trig.start >= 1 else ""
        is_verb = is_verb and not (before in PREPOSITIONS and tok in TRANSITIVE_STRIKE_MASDARS)
        # ("أعلنت كتائب القسام قصف تل أبيب برشقة صاروخية": after an announcing verb and its subject, the form is the
        # verbal noun the announcement names, and what follows it is its target)
        # (the announcer's title may stand between: "أعلنت كتائب القسام الجناح العسكري لحركة حماس قصف")
        if is_verb and trig.cat == "war" and toks[trig.start] in TRANSITIVE_STRIKE_MASDARS:
            lo = max(0, trig.start - 12)
            announced = [k for k in range(lo, trig.start - 1) if toks[k].lstrip("و") in ANNOUNCING_VERBS]
            if announced and not any(
                toks[j] in COMPLEMENTISERS or j in s.commas for j in range(announced[-1] + 1, trig.start + 1)
            ):
                is_verb = False
        return cls(
            lex=lex,
            s=s,
            toks=toks,
            trig=trig,
            obj=obj,
            cands=cands,
            reporters=reporters,
            interceptors=interceptors,
            blocked={launcher_code(actor_of(c) or "") for c in interceptors},
            weapon_nouns={o.end for o in s.mentions if o.cat in ("mnoun", "weapon")},
            verbs=[
                m.start for m in s.mentions if m.cat in ("launch", "war") and (m.term.sub or "").startswith("verbs")
            ],
            exchange=any(t in EXCHANGE_WORDS for t in toks),
            is_verb=is_verb,
            intercept=trig.cat == "launch" and trig.term.sub in ("interception", "detection"),
        )

    def with_test_verb(self) -> ActorContext:
        """The context the rules after the opening ones read: a test noun's governing verb becomes the trigger."""
        if self.is_verb or self.intercept:
            return self
        # a test noun governed by a verb: "أجرت باكستان بنجاح تجربة على صاروخ"
        # (the verb's subject and its partner may stand between: "نفذ الجيش الأمريكي بالاشتراك مع القوات البريطانية
        # ضربات صاروخية")
        named = {k for c in self.cands for k in range(c.start, c.end)}
        for v in self.s.of("launch"):
            if v.term.sub != "test_verbs" or v.end > self.trig.start:
                continue
            gap = [
                k
                for k in range(v.end, self.trig.start)
                if k not in named
                and self.toks[k] not in _PARTNER_LINK_WORDS
                and self.toks[k].lstrip("و") not in FORCE_HEADS
            ]
            if self.trig.start - v.end <= 3 or (not gap and self.trig.start - v.end <= 8):
                return dataclasses.replace(self, trig=v, is_verb=True)
        # a strike noun carried out by a verb with its subject between them: "شن الجيش الإسرائيلي، مساء الأربعاء،
        # هجوما صاروخيا استهدف مواقع قوات النظام" (a time phrase may stand between the subject and the noun)
        if self.trig.cat == "war" and self.trig.term.sub == "nouns":
            timed = {k for m in self.s.of("reldate", "weekday", "past", "month") for k in range(m.start, m.end)}
            for v in self.s.of("war"):
                support = self.toks[v.start].lstrip("وف") in STRIKE_SUPPORT_VERBS
                if v.term.sub != "verbs" or v.end > self.trig.start or not support:
                    continue
                between = range(v.end, self.trig.start)
                subject = any(k in named for k in between)
                gap = [
                    k
                    for k in between
                    if k not in named
                    and k not in timed
                    and self.toks[k] not in RECENT_SPANS
                    and self.toks[k].lstrip("و") not in FORCE_HEADS
                    and self.toks[k] not in AIRCRAFT_NOUNS | FORCE_ADJECTIVES
                    and not self.toks[k].isdigit()
                ]
                # (with no subject between them, the verb's own subject before it is the agent: "إسرائيل شنت، فجر
                # اليوم، هجوما صاروخيا")
                subject = subject or any(c.end == v.start for c in self.cands)
                if subject and not gap and self.trig.start - v.end <= 8:
                    return dataclasses.replace(self, trig=v, is_verb=True)
        return self

    def people_nisba(self, c: Mention) -> bool:
        # "إصابة 3 إسرائيليين": an oblique plural (or dual) nisba names people or describes missiles, never a subject;
        # nor does a nationality ("إصابة مقيم من الجنسية الباكستانية")
        nationality = c.start >= 1 and self.toks[c.start - 1] in NATIONALITY_NOUNS
        # ("إصابة جنود أمريكية"، "مقتل عنصرين إسرائيليين": the nisba of the casualties, one noun after their word)
        victims = any(t.lstrip("و") in CASUALTY_NOUNS for t in self.toks[max(0, c.start - 2) : c.start])
        return (
            c.cat == "actor"
            and c.term.sub == "nisba"
            and (self.toks[c.end - 1].endswith("يين") or nationality or victims)
        )

    def origin_nisba(self, c: Mention) -> bool:
        return c.cat == "actor" and c.term.sub == "nisba" and any(0 <= c.start - e <= 2 for e in self.weapon_nouns)

    def target_nisba(self, c: Mention) -> bool:
        # "استهداف سفينة إسرائيلية"، "بصواريخ بحرية سفينة حربية أميركية": the nisba of a ship, plane or base
        # describes the target, unless the craft is the subject of a launch verb ("طائرات إسرائيلية أطلقت")
        # (also a town's: "أطلقه على مدينة دنيبرو الأوكرانية")
        craft = any(t.lstrip("و") in TARGET_NOUNS or t in PLACE_HEADS for t in self.toks[max(0, c.start - 2) : c.start])
        # ("هجوم على قاعدة عين الأسد الأمريكية": a base with a two-word name, the nisba after the name)
        craft = craft or (
            c.start >= 3
            and self.toks[c.start - 3].lstrip("و") in TARGET_NOUNS
            and not any(m.cat != "place" and m.start in (c.start - 2, c.start - 1) for m in self.s.mentions)
        )
        shooter = any(0 <= v - c.end <= 6 for v in self.verbs)  # (through "من طراز إف 15")
        # "قصفت طائرات إسرائيلية مواقع": warplanes right after a strike verb, with no subject before it, strike
        # (through one adjective of the craft: "شنت طائرات حربية إسرائيلية ضربات")
        # (or one plane, helicopter or warship right after a launch verb: "أطلقت طائرة استطلاع إسرائيلية صاروخا";
        # after a strike verb one craft is what was struck: "قصفنا مدمرة أمريكية")
        launch_verbs = {
            m.start for m in self.s.mentions if m.cat == "launch" and (m.term.sub or "").startswith("verbs")
        }
        heads = FORCE_HEADS | LAUNCHING_CRAFT
        head = next(
            (k for k in (c.start - 1, c.start - 2) if k >= 1 and self.toks[k].lstrip("و") in heads), c.start - 1
        )
        vso = (
            head >= 1
            and self.toks[head].lstrip("و") in heads
            and head - 1 in (self.verbs if self.toks[head].lstrip("و") in FORCE_HEADS else launch_verbs)
            and not any(o.end <= head - 1 and o.cat == "actor" and o.term.sub != "territory" for o in self.cands)
        )
        return c.term.sub == "nisba" and craft and not shooter and not vso

    def usable(self, c: Mention) -> bool:
        """A candidate that may be the launcher: not a reporter, not behind a preposition, not a people or target
        nisba, not of the interceptor's side."""
        s = self.s
        if c.start in self.reporters or has_prep_before(s, c) or actor_of(c) is None or self.people_nisba(c):
            return False
        if prev_tok(s, c.start) in BETWEEN_WORDS and not self.exchange:
            return False  # "تصاعد القتال بين إسرائيل وقطاع غزة": the sides of a fight, not the launcher
        # (and the second side, joined to the first by و: "التوتر بين الولايات المتحدة وإيران")
        if s.tokens[c.start].startswith("و") and not self.exchange:
            first = next((o for o in self.cands if o.end == c.start), None)
            if first is not None and prev_tok(s, first.start) in BETWEEN_WORDS:
                return False
        if self.target_nisba(c):
            return False
        # ("بطلب أمريكي لإدانة الهجمات الصاروخية": the requester of a meeting or measure about the launches)
        if c.start >= 1 and s.tokens[c.start - 1] in REQUEST_HEADS:
            return False
        # ("معسكرا شمالي العراق"، "بلدات جنوب لبنان": a country or city right after a place noun is where, not who)
        if c.term.sub in ("name", "metonym") and c.start >= 1 and s.tokens[c.start - 1] in PLACE_HEADS:
            return False
        return launcher_code(actor_of(c) or "") not in self.blocked

    def _syrian_nisba(self, k: int) -> bool:
        """Token `k` is سورية (the country's spelling, read as the feminine nisba where it joins another nisba)."""
        return (
            k >= 0
            and self.toks[k].lstrip("و") == "سوريه"
            and any(
                m.start == k and m.cat == "actor" and m.term.sub == "territory" and m.term.value == "SYR"
                for m in self.s.mentions
            )
        )

    def with_coord(self, c: Mention) -> tuple[str, ...]:
        """The launcher codes of `c` and of the candidates coordinated with it (by و, or a chain of nisbas)."""
        toks = self.toks
        out = [actor_of(c) or "UNKNOWN"]
        end = c.end
        chain_nisba = c.term.sub == "nisba"
        # ("طائرات حربية سورية وروسية": سورية, spelt like the country, is the nisba joined to the next one)
        if chain_nisba and toks[c.start].startswith("و") and self._syrian_nisba(c.start - 1):
            out.insert(0, "SYR")
        for o in sorted(self.cands, key=lambda x: x.start):
            if o.start < end:
                continue
            if o.start == end and (toks[o.start].startswith("و") or (chain_nisba and o.term.sub == "nisba")):
                out.append(actor_of(o) or "UNKNOWN")
                end = o.end
            elif o.start > end:
                break
        # ("مقاتلات حربية روسية وسورية": and the one joined after a chain of nisbas)
        if chain_nisba and end < len(toks) and toks[end].startswith("و") and self._syrian_nisba(end):
            out.append("SYR")
        # "نفذ الجيش الأمريكي بالاشتراك مع القوات البريطانية ضربات": a partner joined by a phrase of partnership
        for link in PARTNER_LINKS:
            if len(link) < 2 or tuple(toks[end : end + len(link)]) != link:
                continue
            k = end + len(link)
            k += 1 if k < len(toks) and toks[k] in FORCE_HEADS else 0
            partner = next((o for o in self.cands if o.start == k), None)
            if partner is not None:
                out.append(actor_of(partner) or "UNKNOWN")
            break
        return tuple(dict.fromkeys(launcher_code(a) for a in out))


_DETECTION_STOPS = frozenset({"verbs_past", "verbs_present", "nouns"})


def _reporters(s: Sentence, trig: Mention, cands: list[Mention]) -> set[int]:
    """Starts of the candidates that report or detect the launch, or suffer the strike: never its launcher."""
    toks = s.tokens
    reporters: set[int] = set()
    # a launched object or a launch verb between a detection word and an actor ends the detector's phrase:
    # in "رصدت الدفاعات صاروخا أطلقه الحوثيون" the Houthis launched (so does the launch noun the detection word
    # takes: in "رصدت إطلاق كوريا الشمالية عدة صواريخ" North Korea launched)
    stops = [
        m.start
        for m in s.mentions
        if m.cat in ("mnoun", "weapon") or (m.cat == "launch" and m.term.sub in _DETECTION_STOPS)
    ]
    for r in s.mentions:
        is_rep = r.cat == "cue" and r.term.sub == "reporting"
        detect = r.cat == "launch" and r.term.sub in ("detection", "interception")
        if r.cat == "launch" and r.term.sub == "detection":
            # "الجيش الكوري الجنوبي رصد إطلاق الصواريخ": the detector named before its verb
            reporters.update(c.start for c in cands if 0 <= r.start - c.end <= 1)
        if is_rep or detect:
            for c in cands:
                if 0 <= c.start - r.end <= 3 and not any(t in COMPLEMENTISERS for t in toks[r.end : c.start]):
                    if detect and any(r.end <= k < c.start for k in stops):
                        continue
                    if is_rep and r.end <= trig.start < c.start:
                        continue  # "أدانت اليابان إطلاق كوريا الشمالية صاروخين": the launch word's own subject
                    reporters.add(c.start)
                elif (
                    is_rep
                    and 0 <= c.start - r.end <= 8
                    and not any(t in COMPLEMENTISERS for t in toks[r.end : c.start])
                    and any(toks[k] in COMPLEMENTISERS for k in range(c.end, min(len(toks), c.end + 3)))
                ):
                    # "أعلنت هيئة الأركان العامة للقوات المسلحة الأوكرانية أن 16 ضربة صاروخية استهدفت": the
                    # speaker's long name, up to its complementiser
                    reporters.add(c.start)
    # "نفت حركة حماس مسؤوليتها عن إطلاق صاروخ"، "نفت طهران أي صلة لها بالهجوم الصاروخي": who denies a part in a
    # launch did not launch it
    for d in s.cue("denial", "negation"):
        if d.end <= trig.start and any(tok in RESPONSIBILITY_NOUNS for tok in toks[d.end : trig.start]):
            reporters.update(c.start for c in cands if d.end <= c.start < trig.start or 0 <= d.start - c.end <= 1)
    # "أبدت اليابان قلقا بالغا إزاء إطلاق صاروخ"، "قدمت طوكيو احتجاجا على إطلاق": who worries about, regrets or
    # protests a launch reacts to it (also across the protest's addressee and channel: "قدمت الحكومة اليابانية
    # احتجاجا رسميا إلى كوريا الشمالية عبر سفارتها في بكين على إطلاق صاروخ")
    reactions = [k for k in range(max(0, trig.start - 12), trig.start) if toks[k] in REACTION_HEADS]
    reporters.update(
        c.start
        for c in cands
        for k in reactions
        if 0 <= k - c.end <= 4
        and not any(c.end <= j <= trig.start for j in s.commas)
        and not any(t in COMPLEMENTISERS | RELATIVES for t in toks[c.end : trig.start])
    )
    # "أبلغت السفينة بتعرضها لمقذوف"، "تعرضت السعودية لهجوم صاروخي": who suffered the strike is its target
    # (the sufferer may stand between: "تعرضت إحدى طائرات التحالف الحربية لإطلاق صاروخ")
    # ("تعرضت العاصمة السورية لهجوم صاروخي استهدف أحياء": the strike verb right after the suffered strike noun has
    # that strike for subject, and its sufferer for target)
    anchor = trig
    if trig.cat == "war" and trig.term.sub == "verbs":
        anchor = next(
            (
                n
                for n in s.of("war")
                if n.term.sub == "nouns" and toks[n.start].startswith("ل") and 0 < trig.start - n.start <= 3
            ),
            trig,
        )
    suffered = [
        m
        for m in s.of("war")
        if m.term.sub == "suffered"
        and (
            0 <= anchor.start - m.start <= 3
            or (
                anchor.start - m.start <= 8
                and toks[anchor.start].startswith("ل")
                and not any(m.start < c <= anchor.start for c in s.commas)
            )
        )
    ]
    if suffered:  # (also the strike noun after it: "تعرضها لأكبر قصف"; only the sufferer's own clause)
        hit = suffered[0]
        lo = max([i for i in range(hit.start) if toks[i] in COMPLEMENTISERS | RELATIVES or i in s.commas] + [0])
        reporters.update(c.start for c in cands if lo <= c.start < hit.start or 0 <= c.start - hit.end <= 2)
        # (and the whole sufferer between the verb and the strike: "تعرضت قاعدة عين الأسد التي تستضيف قوات
        # أمريكية لهجوم")
        reporters.update(c.start for c in cands if hit.end <= c.start < trig.start)
    # "ضربة صاروخية لأكبر قاعدة تستخدمها إيران وحزب الله"، "قاعدة تتمركز فيها قوات إيرانية": who uses, holds or is
    # stationed at a struck place (right after its verb, or after its preposition: "فيها") is the place's occupant,
    # and so are those joined to it by و (but "الصواريخ التي تستخدمها ميليشيات الحوثي": who uses a weapon fires it)
    for k, tok in enumerate(toks):
        if tok.lstrip("و") not in HOSTING_VERBS or not hosts_a_place(s, k):
            continue
        end = k + 1
        if end < len(toks) and toks[end] in HOSTING_PREPOSITIONS:
            end += 1
        for c in sorted(cands, key=lambda x: x.start):
            if c.start == end or (c.start == end + 1 and toks[end] in FORCE_HEADS):
                reporters.add(c.start)
                end = c.end
    return reporters


def find_interceptors(s: Sentence, cands: list[Mention]) -> list[Mention]:
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
        suffixed = len(s.tokens[r.start]) > len(r.term.tokens[0]) + 1 and object_suffix(s.tokens[r.start])
        if not suffixed and not any(abs(m.start - r.start) <= 6 for m in missiles):
            continue
        for c in cands:
            if 0 <= r.start - c.end <= 4:
                lo, hi = c.end, r.start
            elif 0 <= c.start - r.end <= 4:
                lo, hi = r.end, c.start
            else:
                continue
            if any(lo <= k < hi for k in stops) or has_prep_before(s, c):
                continue
            if c.cat == "actor" and c.term.sub == "nisba" and any(0 <= c.start - k <= 3 for k in stops):
                continue
            out.append(c)
    return out
