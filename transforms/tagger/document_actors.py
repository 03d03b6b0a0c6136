"""Who launched, read across the whole article: strike coalitions named together, interceptors that are never the
launcher, the armed group a missile came from, the side that bombards, a subject dropped after the lead, makers
that are not launchers, and launchers still unknown."""

from __future__ import annotations

from datetime import date

from transforms.lexicon import Lexicon, Mention
from transforms.tagger.actors import find_interceptors, launch_actors
from transforms.tagger.document_status import LAUNCH_TYPES, background
from transforms.tagger.launch_objects import OPERATION_SOURCE, is_defence
from transforms.tagger.sentences import (
    ARMED_GROUPS,
    LEAD_SENTENCES,
    NAMED_ONLY,
    EventMention,
    Sentence,
    actor_of,
    first_person,
    has_prep_before,
    hosts_a_place,
    is_definite,
    launcher_code,
    prev_tok,
)
from transforms.tagger.timing import clause_status, date_mentions
from transforms.tagger.words import (
    ACCUSATION_NOUNS,
    ACCUSE,
    AGENDA_CONTENTS,
    ALSO_WORDS,
    ANALYSIS_VERBS,
    ANSWER_HEADS,
    BETWEEN_WORDS,
    BLOC_NISBAS,
    CASUALTY_NOUNS,
    CLAIM_NEGATIONS,
    DEMONSTRATIVES,
    EXCHANGE_WORDS,
    GROUP_COUNTS,
    HOSTING_PREPOSITIONS,
    HOSTING_VERBS,
    NEGATED_CLAIM_VERBS,
    NOT_WORDS,
    ORIGIN_NOUNS,
    ORIGIN_PREPOSITIONS,
    ORIGIN_RESUMPTIVES,
    PARTITIVE_PLACES,
    PARTNER_LINKS,
    PLACE_HEADS,
    RELATIVES,
    REPEATED_ADVERBS,
    RESPONSIBILITY_NOUNS,
    RULING_OUT_VERBS,
    SILENT_GROUP_VERBS,
    SOURCE_NOUNS,
    STATE_GROUP_NOUNS,
    STATEMENT_NOUNS,
    SYRIAN_NISBAS,
    TARGET_NOUNS,
    TENSION_HEADS,
    THREAT_NOUNS,
    TIME_ORIGIN_WORDS,
    TOPIC_HEADS,
    TRIPARTITE_WORDS,
    UNCLEAR_SOURCE_VERBS,
    UNINVOLVED_ADJECTIVES,
    UNKNOWN_ADJECTIVES,
    UNKNOWN_ORIGIN_WORDS,
    WAR_PLACE_HEADS,
    WAR_PLACE_PREPOSITIONS,
    WESTERN_CODES,
)


def strike_coalition(sentences: list[Sentence], lex: Lexicon, pub: date | None) -> tuple[str, ...]:
    """Countries named as adjectives of a strike in the title or lead: "ضربات عسكرية أمريكية بريطانية فرنسية"."""
    for s in sentences:
        if s.field == "text" and s.index >= LEAD_SENTENCES:
            break
        for w in s.of("war"):
            if w.term.sub != "nouns" or is_defence(w):
                continue
            codes: list[str] = []
            k = w.end + (1 if w.end < len(s.tokens) and not _nisba_at(s, w.end) else 0)
            while _nisba_at(s, k):
                n = next(m for m in s.mentions if m.cat == "actor" and m.term.sub == "nisba" and m.start == k)
                codes.append(str(n.term.value))
                k = n.end
            # ("منذ الضربات الأمريكية البريطانية"، "عقب بدء هجمات أمريكية إسرائيلية": a strike time is counted from,
            # or a campaign's start, is the backdrop)
            since = any(t in TIME_ORIGIN_WORDS for t in s.tokens[max(0, w.start - 3) : w.start])
            if len(codes) >= 2 and not since and clause_status(lex, s, w.start, pub, None)[0] == "asserted":
                return tuple(dict.fromkeys(codes))
    # "الولايات المتحدة وبريطانيا وفرنسا شنت ضربات"، "ضربات واشنطن ولندن وباريس"، "العدوان الثلاثي": states
    # coordinated next to a strike anywhere in the article
    tripartite = False
    for i, s in enumerate(sentences):
        strikes = _strike_starts(s)
        tripartite = tripartite or any(k + 1 < len(s.tokens) and s.tokens[k + 1] in TRIPARTITE_WORDS for k in strikes)
        for chain in _state_chains(s):
            # ("وحملت كل من موسكو وطهران ودمشق إسرائيل مسؤولية الغارات": states that blame another side for the
            # strikes, after an accusing or reporting verb or before the responsibility they lay or the accusation
            # they direct, did not strike: "ووجهت سوريا وروسيا وإيران الاتهامات لإسرائيل")
            before = s.tokens[max(0, chain[0] - 3) : chain[0]]
            if any(t.lstrip("و") in ACCUSE for t in before) or any(
                t in RESPONSIBILITY_NOUNS | ACCUSATION_NOUNS for t in s.tokens[chain[1] : chain[1] + 4]
            ):
                continue
            # ("ضربة صاروخية لأكبر قاعدة تستخدمها إيران وحزب الله": the states that use the struck place; "بعد تهديد
            # كل من الولايات المتحدة وفرنسا بالرد": the states that threatened a strike)
            if _hosted(s, chain[0]) or any(t.lstrip("وب") in THREAT_NOUNS for t in before):
                continue
            # ("احتدمت التوترات بين الولايات المتحدة وإيران بعد هجوم صاروخي": the two sides of a tension stand
            # against each other, not together)
            if _between(s, chain[0]):
                continue
            # ("تناقش القمة الضربات الغربية إضافة إلى ملفات إيران واليمن": states after the files or issues they
            # name are topics, not strikers)
            if chain[0] >= 1 and s.tokens[chain[0] - 1] in AGENDA_CONTENTS | TOPIC_HEADS:
                continue
            # ("تبادلت إيران وإسرائيل شن الغارات": the sides of an exchange of fire strike each other, not together)
            if any(t in EXCHANGE_WORDS for t in s.tokens[max(0, chain[0] - 2) : chain[0]]):
                continue
            # ("أول هجوم للحوثيين منذ أن شنت القوات الأمريكية والبريطانية ضربات": the strike time is counted from is
            # the backdrop of the news, not a strike it reports)
            if any(t in TIME_ORIGIN_WORDS for t in s.tokens[max(0, chain[0] - 4) : chain[0]]):
                continue
            # ("القصف استهدف قواعد أمريكية وقوات التحالف": the nisba of a struck place names whose place was struck)
            if chain[0] >= 1 and s.tokens[chain[0] - 1].lstrip("وبل") in TARGET_NOUNS and _nisba_at(s, chain[0]):
                continue
            # (a strike after the chain in a relative clause is not theirs: "أدانت دمشق وموسكو العملية التي شنتها";
            # nor one they analyse: "الجيشان الكوري الجنوبي والأمريكي يحللان تفاصيل الإطلاق")
            near = any(
                -6 <= k - chain[0] <= 6 + chain[1] - chain[0]
                and not any(t in RELATIVES or t.lstrip("و") in ANALYSIS_VERBS for t in s.tokens[chain[1] : k])
                for k in strikes
            )
            if near and clause_status(lex, s, chain[0], pub, None)[0] == "asserted":
                found = _partners_with(s, chain, strikes) or chain[2]
                if i and _struck_too(s, chain):
                    found = _joined_state(sentences[i - 1], found) + found
                # ("قالت لندن وباريس إنهما قصفتا … في الضربة الثلاثية": two of the three states of a tripartite
                # strike)
                whole = _three_named(sentences)
                if len(found) < 3 and set(found) < set(whole) and _tripartite(sentences):
                    return whole
                return found
    # "الضربات التي شنتها الولايات المتحدة بالتعاون مع بريطانيا وفرنسا"، "شاركت بريطانيا في العملية مع الولايات
    # المتحدة وفرنسا لضرب أهداف": a state and the partners it struck with
    for s in sentences:
        # (any strike or launch word of the sentence, the operation it took part in too)
        strikes = [
            m.start for m in s.mentions if m.cat in ("war", "launch") and m.term.sub in ("verbs", "verbs_past", "nouns")
        ]
        for chain in _state_chains(s, True):
            partnered = _partners_with(s, chain, strikes)
            if partnered and clause_status(lex, s, chain[0], pub, None)[0] == "asserted":
                return partnered
    # "قصفت مدمرات أميركية وطائرات حربية بريطانية وأخرى فرنسية مواقع": a strike verb whose coordinated subjects
    # each carry a state's nisba
    for s in sentences:
        for w in s.of("war"):
            if w.term.sub != "verbs" or is_defence(w):
                continue
            nisba_codes = _nisba_subjects(s, w.end)
            if len(nisba_codes) >= 2 and clause_status(lex, s, w.start, pub, None)[0] == "asserted":
                return nisba_codes
    if tripartite:
        chains = [c[2] for s in sentences for c in _state_chains(s) if len(c[2]) == 3]
        if chains:
            return chains[0]
        # ("أعلنت بريطانيا وفرنسا مشاركتهما في الضربة الثلاثية … إلى جانب الولايات المتحدة وبريطانيا": three states
        # named in pairs across the article, with or after a preposition, are the three of the strike)
        return _three_named(sentences)
    return ()


def _strike_starts(s: Sentence) -> list[int]:
    # ("أدانت دمشق وموسكو العملية العسكرية": an operation is a strike only with its missiles, see launches)
    strikes = [
        m.start
        for m in s.mentions
        if m.cat == "war" and m.term.sub in ("verbs", "nouns") and m.term.source != OPERATION_SOURCE
    ]
    return strikes + [m.start for m in s.mentions if m.cat == "launch" and m.term.sub in ("verbs_past", "nouns")]


def _struck_too(s: Sentence, chain: tuple[int, int, tuple[str, ...]]) -> bool:
    """ "كما شنت الولايات المتحدة وفرنسا كذلك غارات": the chain's states struck as well (كما opening the sentence and
    كذلك or أيضا within a few words of the chain)."""
    toks = s.tokens
    return bool(toks) and toks[0] == "كما" and any(t in ALSO_WORDS for t in toks[chain[0] : chain[1] + 4])


def _joined_state(s: Sentence, found: tuple[str, ...]) -> tuple[str, ...]:
    """The first state named in `s` (outside a prepositional phrase) that is not already among `found`."""
    for m in sorted(s.mentions, key=lambda m: m.start):
        if m.cat == "actor" and m.term.sub in ("name", "metonym", "nisba") and not has_prep_before(s, m):
            code = launcher_code(actor_of(m) or "")
            if code and code not in found:
                return (code,)
    return ()


def _nisba_subjects(s: Sentence, k: int) -> tuple[str, ...]:
    """ "مدمرات أميركية وطائرات حربية بريطانية وأخرى فرنسية" from `k`: nouns joined by و, each with a state's nisba
    one or two words after it."""
    codes: list[str] = []
    while k < len(s.tokens):
        n = next(
            (
                m
                for m in s.mentions
                if m.cat == "actor" and m.term.sub == "nisba" and m.start in (k + 1, k + 2) and m.end <= len(s.tokens)
            ),
            None,
        )
        if n is None:
            break
        codes.append(launcher_code(actor_of(n) or ""))
        k = n.end
        if k >= len(s.tokens) or not s.tokens[k].startswith("و"):
            break
    return tuple(dict.fromkeys(codes)) if "" not in codes else ()


def _source_unclear(s: Sentence) -> bool:
    """ "ولم يتضح على الفور مصدر الصواريخ"، "لم تعرف هوية المهاجمين": a negated verb of knowing before the source."""
    toks = s.tokens
    return any(
        toks[k] in UNCLEAR_SOURCE_VERBS
        and k >= 1
        and toks[k - 1] in ("لم", "ولم")
        and any(t in SOURCE_NOUNS for t in toks[k + 1 : k + 4])
        for k in range(len(toks))
    )


def _launcher_disowned(s: Sentence, groups: frozenset[str]) -> bool:
    """ "ولم تعلن أي جهة مسؤوليتها"، "لا تزال الجهة المسؤولة غير معروفة"، "لم يتضح مصدر الصواريخ"، "استبعد مسؤولون أن
    يكون حزب الله وراء الإطلاق"، "الجماعة غير ضالعة": the sentence says nobody is known to have fired, or rules the
    group out."""
    toks = s.tokens
    if _source_unclear(s):
        return True
    denials = [d.end for d in s.cue("denial")]
    for k, t in enumerate(toks):
        # a claim nobody made ("لم تتبن أي جهة في لبنان المسؤولية"), or denied ("نفى الحزب أي علاقة له بالإطلاق")
        if t in RESPONSIBILITY_NOUNS and (
            any(x in CLAIM_NEGATIONS for x in toks[max(0, k - 6) : k]) or any(0 <= k - e <= 5 for e in denials)
        ):
            return True
        # the source not known ("الجهة المسؤولة عنها غير معروفة"، "الجهة التي أطلقت القذائف مجهولة")
        if t in SOURCE_NOUNS and any(
            (x in UNKNOWN_ADJECTIVES and j >= 1 and toks[j - 1] in NOT_WORDS) or x in UNKNOWN_ORIGIN_WORDS
            for j, x in enumerate(toks[k + 1 : k + 8], start=k + 1)
        ):
            return True
    # a launch nobody claimed, with the claim verb alone ("في رشقة لم يتبنها أي فصيل")
    if any(t in NEGATED_CLAIM_VERBS and k >= 1 and toks[k - 1] in CLAIM_NEGATIONS for k, t in enumerate(toks)):
        return True
    for m in s.mentions:
        if m.cat != "actor" or m.term.sub == "territory" or launcher_code(actor_of(m) or "") not in groups:
            continue
        # the group issued nothing ("ولم تصدر الحركة أي تعليق على القصف")
        if (
            m.start >= 2
            and toks[m.start - 1] in SILENT_GROUP_VERBS
            and toks[m.start - 2] in CLAIM_NEGATIONS
            and any(x in STATEMENT_NOUNS for x in toks[m.end : m.end + 3])
        ):
            return True
        if any(
            x.lstrip("و") in RULING_OUT_VERBS or x in RULING_OUT_VERBS for x in toks[max(0, m.start - 12) : m.start]
        ):
            return True
        after = toks[m.end : m.end + 4]
        if any(x in UNINVOLVED_ADJECTIVES and j >= 1 and after[j - 1] in NOT_WORDS for j, x in enumerate(after)):
            return True
    return False


def disowned_territory_launches(mentions: list[EventMention], sentences: list[Sentence], lex: Lexicon) -> None:
    """ "أطلقت أربعة صواريخ من جنوب لبنان … ولم تعلن أي جهة مسؤوليتها": a group named only by the territory its
    launches come from is no launcher where the article says the firer is unknown or not that group, or tells of
    unnamed men firing; the launch is unknown."""
    groups = lex.disownable_territory_groups
    by_territory = [
        m
        for m in mentions
        if m.type == "missile_launch"
        and m.status == "asserted"
        and set(m.actors) & groups
        and ("actor:from_territory" in m.rules or "actor:article_launcher" in m.rules)
    ]
    if not by_territory:
        return
    # ("قال الجيش إن ميليشيا حزب الله أطلقت قذائف صاروخية من لبنان … ولم يعلن حزب الله مسؤوليته": a group the article
    # names as firing is the launcher, claimed or not)
    named = {
        a
        for m in mentions
        if m.type == "missile_launch"
        and m.status == "asserted"
        and not {"actor:from_territory", "actor:article_launcher", "actor:article_armed_group"} & set(m.rules)
        for a in m.actors
    }
    groups = groups - named
    by_territory = [m for m in by_territory if set(m.actors) & groups]
    if not by_territory:
        return
    unnamed = any(
        m.type == "missile_launch"
        and m.actors == ("UNKNOWN",)
        and ("actor:unnamed_agent" in m.rules or "actor:unknown_origin" in m.rules)
        for m in mentions
    )
    if not unnamed and not any(_launcher_disowned(s, groups) for s in sentences):
        return
    # (and the launches the article's armed group was given for want of a name: "وذكر الجيش أن الدفاعات اعترضت أحد
    # المقذوفات" in a report on rockets from Lebanon that also names Gaza's factions)
    found = {id(m) for m in by_territory}
    by_territory += [
        m
        for m in mentions
        if m.type == "missile_launch"
        and m.status == "asserted"
        and "actor:article_armed_group" in m.rules
        and id(m) not in found
    ]
    for m in by_territory:
        fill = "actor:article_armed_group" in m.rules
        m.actors = tuple(dict.fromkeys("UNKNOWN" if a in groups or fill else a for a in m.actors))
        m.rules.append("actor:disowned_territory")


def _tripartite(sentences: list[Sentence]) -> bool:
    """ "العدوان الثلاثي"، "الضربة الثلاثية": a strike word of the article qualified as tripartite."""
    return any(
        k + 1 < len(s.tokens) and s.tokens[k + 1] in TRIPARTITE_WORDS for s in sentences for k in _strike_starts(s)
    )


def _three_named(sentences: list[Sentence]) -> tuple[str, ...]:
    """The states named in rows across the article (with or after a preposition), when they are exactly three."""
    named = tuple(dict.fromkeys(c for s in sentences for chain in _state_chains(s, True) for c in chain[2]))
    return named if len(named) == 3 else ()


def _state_chains(s: Sentence, after_prep: bool = False) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, codes) of states named in a row joined by و ("واشنطن ولندن وباريس"), none a target (with
    `after_prep`, also a row after a preposition: "إلى جانب واشنطن ولندن")."""
    states = sorted(
        (m for m in s.mentions if m.cat == "actor" and m.term.sub in ("name", "metonym", "nisba", "group")),
        key=lambda m: m.start,
    )
    out = []
    i = 0
    while i < len(states):
        first = states[i]
        chain = [first]
        j = i + 1
        while j < len(states):
            nxt = states[j]
            joined = nxt.start == chain[-1].end and s.tokens[nxt.start].startswith("و")
            # "الولايات المتحدة مع فرنسا وبريطانيا"، "بريطانيا بالتعاون والتنسيق مع كل من الولايات المتحدة"
            link = tuple(s.tokens[chain[-1].end : nxt.start])
            link = link[:-2] if link[-2:] == ("كل", "من") else link
            if not (joined or (link in PARTNER_LINKS and not has_prep_before(s, chain[-1]))):
                break
            chain.append(nxt)
            j += 1
        codes = tuple(dict.fromkeys(launcher_code(actor_of(m) or "") for m in chain))
        if len(codes) >= 2 and "" not in codes and (after_prep or not has_prep_before(s, first)):
            out.append((first.start, chain[-1].end, codes))
        i = j
    return out


def _partners_with(s: Sentence, chain: tuple[int, int, tuple[str, ...]], strikes: list[int]) -> tuple[str, ...]:
    """The state that struck "with" (بالتعاون مع، إلى جانب) the chain of partners, next to a strike word: the
    nearest state named before the link, none inside a prepositional phrase, with the partners."""
    toks = s.tokens
    j = chain[0] - 2 if tuple(toks[max(0, chain[0] - 2) : chain[0]]) == ("كل", "من") else chain[0]
    link = next((p for p in PARTNER_LINKS if tuple(toks[max(0, j - len(p)) : j]) == p), None)
    if link is None:
        return ()
    j -= len(link)
    if not any(j - 5 <= k <= chain[1] + 3 for k in strikes):
        return ()
    leads = [
        m
        for m in s.mentions
        if m.cat == "actor"
        and m.term.sub in ("name", "metonym", "nisba")
        and j - 20 <= m.start
        and m.end <= j
        and not has_prep_before(s, m)
    ]
    for m in sorted(leads, key=lambda m: -m.start):
        code = launcher_code(actor_of(m) or "")
        if code and code not in chain[2]:
            return (code, *chain[2])
    return ()


def _between(s: Sentence, k: int) -> bool:
    """ "التوترات بين الولايات المتحدة وإيران"، "الخلاف بين واشنطن وطهران": the chain at `k` follows بين after a
    tension, a dispute, relations or talks (a fight between two sides, "التصعيد بين إسرائيل وإيران", may be both
    sides' strikes)."""
    toks = s.tokens
    if k < 2 or toks[k - 1] not in BETWEEN_WORDS:
        return False
    return any(t.lstrip("و") in TENSION_HEADS for t in toks[max(0, k - 3) : k - 1])


def _hosted(s: Sentence, k: int) -> bool:
    """ "قاعدة تستخدمها إيران"، "قاعدة تتمركز فيها قوات": the actor at `k` follows a verb of using or stationing."""
    toks = s.tokens
    j = k - 1 if k >= 1 and toks[k - 1] in HOSTING_PREPOSITIONS else k
    return j >= 1 and toks[j - 1].lstrip("و") in HOSTING_VERBS and hosts_a_place(s, j - 1)


def _nisba_at(s: Sentence, k: int) -> bool:
    return any(m.cat == "actor" and m.term.sub == "nisba" and m.start == k for m in s.mentions)


def _names_the_states_together(s: Sentence) -> bool:
    """ "وقامت الدول الثلاث بإطلاق صواريخ": the states counted as a group resume the coalition named before."""
    toks = s.tokens
    return any(toks[k].lstrip("و") in STATE_GROUP_NOUNS and toks[k + 1] in GROUP_COUNTS for k in range(len(toks) - 1))


def _day_of_the_named_states(
    m: EventMention, sentences: list[Sentence], coalition: tuple[str, ...], lex: Lexicon, pub: date | None
) -> date | None:
    """The recent day of the nearest earlier sentence of the article that names the coalition's states in a row."""
    earlier = [s for s in sentences if s.order < m.sentence.order and s.order >= m.sentence.order - 2]
    for s in reversed(earlier):
        if any(set(chain[2]) == set(coalition) for chain in _state_chains(s)):
            days = [d for _i, d, old in date_mentions(lex, s, pub) if d is not None and not old]
            if days:
                return days[0]
    return None


def join_coalition(
    mentions: list[EventMention], coalition: tuple[str, ...], sentences: list[Sentence], lex: Lexicon, pub: date | None
) -> None:
    """A strike by several countries: a launch in the article by one of them, or an unattributed missile strike,
    is the coalition's — not an unattributed one of another day than the coalition's own strikes ("أسقطت الدفاعات
    الجوية صواريخ ليل الاثنين … بعد ضربات شنتها الولايات المتحدة وبريطانيا وفرنسا فجر السبت")."""
    days = {
        m.event_date
        for m in mentions
        if m.type == "missile_launch" and m.actors and set(m.actors) <= set(coalition) and m.dated and m.event_date
    }
    # the days of unattributed strikes the article dates apart from the coalition's (the headline that names the same
    # strike without a day has taken its day)
    other_days = {
        m.event_date
        for m in mentions
        if m.type == "missile_launch"
        and not m.actors
        and m.dated
        and m.event_date is not None
        and days
        and all(abs((m.event_date - d).days) > 1 for d in days)
    }
    interceptors = interceptors_by_sentence(sentences)
    # (the coalition is the two sides named after بين: "المواجهة بين روسيا وأوكرانيا")
    opponents = any(
        chain[2] == coalition and chain[0] >= 1 and s.tokens[chain[0] - 1] in BETWEEN_WORDS
        for s in sentences
        for chain in _state_chains(s)
    )
    # (the sentences that say the source is not known, read only when a missile has no launcher yet)
    unattributed = any(m.type == "missile_launch" and m.status == "asserted" and not m.actors for m in mentions)
    unclear = [s.order for s in sentences if _source_unclear(s)] if unattributed else []
    for m in mentions:
        if m.type != "missile_launch" or m.status != "asserted":
            continue
        if not m.actors and any(0 <= o - m.sentence.order <= 3 for o in unclear):
            # ("اعترضت الدفاعات الجوية ثلاثة صواريخ … ولم يتضح على الفور مصدر الصواريخ": the article says it does
            # not know who fired them)
            m.actors = ("UNKNOWN",)
            m.rules.append("actor:source_unclear")
            continue
        if m.mode != "attack" and not _names_the_states_together(m.sentence):
            continue
        if not m.actors and m.event_date in other_days:
            continue
        if (
            not m.actors
            and first_person(m.sentence.tokens[m.tok_start])
            and not any(r.endswith((":interception", ":detection")) for r in m.rules)
        ):
            # ("الحوثيون: استهدفنا يافا بصاروخ" beside "العدوان البريطاني والأميركي": a first-person strike is its
            # speaker's, told elsewhere, not the coalition's; not "أسقطنا 13 صاروخا", which the speaker intercepted)
            continue
        if not m.actors and {lex.usual_attacker(c, pub) for c in interceptors.get(m.sentence.order, set())} - {None}:
            # ("أعلن التحالف في اليمن اعتراض صاروخ أطلق باتجاه المملكة" beside strikes of three states on Syria: a
            # missile shot down by a side with a usual attacker is that attacker's, told below)
            continue
        if not m.actors and interceptors.get(m.sentence.order, set()) & set(coalition):
            # "أسقطت طائرة حربية أمريكية صاروخا أطلق على سفينة … منذ أن شنت القوات الأمريكية والبريطانية ضربات": a
            # missile one of the striking states shoots down was fired at it, not by it
            continue
        if m.actors and opponents:
            # ("تتصاعد المواجهة بين روسيا وأوكرانيا مع تصدي المضادات الأوكرانية لضربة صاروخية روسية": the two sides of a
            # fight strike each other; a strike the text gives one of them stays that side's)
            continue
        if (m.actors and set(m.actors) <= set(coalition)) or not m.actors:
            m.actors = coalition
            m.rules.append("actor:strike_coalition")
            if not m.dated and _names_the_states_together(m.sentence):
                # (and the day the sentence that names them gives: "انضمت الولايات المتحدة وفرنسا وبريطانيا، فجر
                # السبت، في توجيه ضربات … وقامت الدول الثلاث بإطلاق صواريخ")
                m.event_date = _day_of_the_named_states(m, sentences, coalition, lex, pub) or m.event_date


_WEAK_ACTOR_RULES = frozenset({"actor:sole_agent", "actor:clause_subject"})


def interceptors_by_sentence(sentences: list[Sentence]) -> dict[int, set[str]]:
    """The sides each sentence shows intercepting, by sentence order (sentences with none are left out)."""
    out: dict[int, set[str]] = {}
    for s in sentences:
        if any(m.cat == "launch" and m.term.sub == "interception" for m in s.mentions):
            cands = [m for m in s.mentions if m.cat in ("actor", "person") and m.term.sub != "territory"]
            codes = {launcher_code(actor_of(c) or "") for c in find_interceptors(s, cands)} - {""}
            if codes:
                out[s.order] = codes
    return out


def not_the_interceptor(mentions: list[EventMention], interceptors: set[str]) -> None:
    """The interceptor is never the launcher: a side the article shows intercepting does not become the launcher
    of a missile by a weak rule (the one actor a sentence names, a clause's subject)."""
    for m in mentions:
        weak = any(r in _WEAK_ACTOR_RULES for r in m.rules)
        if m.type == "missile_launch" and m.actors and set(m.actors) <= interceptors and weak:
            m.actors = ()
            m.rules.append("actor:not_the_interceptor")


# armed groups whose territory in the lexicon is a whole country (Lebanon), which names the group only as an origin
_GROUPS_IN_A_COUNTRY = frozenset({"HEZBOLLAH"})


def _place_of_a_war(s: Sentence, m: Mention) -> bool:
    """ "تفاقم بفعل الحرب في غزة"، "منذ بدء التصعيد في قطاع غزة"، "الحرب الإسرائيلية على غزة": the territory is named as
    the place of a war (its head before the preposition, or before the preposition and a nisba), not as a side."""
    toks = s.tokens
    if prev_tok(s, m.start) not in WAR_PLACE_PREPOSITIONS:
        return False
    heads = [toks[k].lstrip("وبل") for k in (m.start - 2, m.start - 3) if k >= 0]
    return bool(heads) and (heads[0] in WAR_PLACE_HEADS or (len(heads) > 1 and heads[1] in WAR_PLACE_HEADS))


def _fired_from_elsewhere_than(s: Sentence, group: str) -> bool:
    """ "تصدى الجيش لقذائف صاروخية مصدرها الأراضي السورية"، "اعترض صاروخا أطلق من سوريا": the sentence names where
    the missiles came from, and it is not the group's place."""
    toks = s.tokens
    places = {m.start: m for m in s.mentions if m.cat == "actor" and m.term.sub in ("territory", "name")}
    for k, t in enumerate(toks):
        if t not in ORIGIN_NOUNS and t not in ORIGIN_PREPOSITIONS:
            continue
        j = k + 1
        while j < len(toks) and toks[j] in PLACE_HEADS:
            j += 1
        if j > k + 1 and j < len(toks) and toks[j] in SYRIAN_NISBAS:
            return group != "SYR"
        if j in places and actor_of(places[j]) == "SYR" and group != "SYR":
            return True
    return False


def intercepted_from_the_armed_group(
    mentions: list[EventMention],
    sentences: list[Sentence],
    interceptors: dict[int, set[str]],
    lex: Lexicon,
    pub: date | None,
) -> None:
    """ "الدفاعات السعودية تعترض صاروخا في سماء الرياض"، "الهجمات الصاروخية التي استهدفت المملكة … تعنت الحوثيين":
    an intercepted missile or an attack whose launcher the sentence does not name was fired by the armed group the
    article names, when it names exactly one (states intercept, groups fire)."""
    # (Gaza names its factions, but a country a group fires from does not: "الأجواء المحيطة بلبنان" names no Hezbollah)
    groups = {
        launcher_code(actor_of(m) or "")
        for s in sentences
        for m in s.mentions
        if m.cat == "actor"
        and launcher_code(actor_of(m) or "") in lex.article_launch_groups
        and not (m.term.sub == "territory" and actor_of(m) in _GROUPS_IN_A_COUNTRY)
        and not (m.term.sub == "territory" and _place_of_a_war(s, m))
        # ("ضربات على مواقع في اليمن": a country that stands for a group, struck or where things happen rather than
        # fired from, names no launcher)
        and not (
            actor_of(m) not in ARMED_GROUPS
            and has_prep_before(s, m)
            and prev_tok(s, m.start) not in ORIGIN_PREPOSITIONS
        )
    }
    if not groups:
        # "القوات السعودية تعترض صاروخا في سماء الرياض": with no group named, the one that fires at this interceptor
        for m in mentions:
            # (a weapon's maker stands in for no launcher here: "أسقطت الدفاعات الروسية صاروخين من طراز ستورم شادو")
            if m.type != "missile_launch" or m.status != "asserted" or (m.actors and not _named_by_its_maker(m)):
                continue
            attackers = {lex.usual_attacker(c, pub) for c in interceptors.get(m.sentence.order, set())} - {None}
            if len(attackers) == 1:
                m.actors = (str(attackers.pop()),)
                m.rules.append("actor:usual_attacker")
        return
    if len(groups) != 1:
        # ("أطلق مسلحو حماس 150 صاروخا … صاروخ باليستي اعترضته الدفاعات الجوية السعودية": of the several groups the
        # article names, an intercepted missile is the one that fires at this interceptor)
        for m in mentions:
            if m.type != "missile_launch" or m.status != "asserted" or m.actors:
                continue
            attackers = {lex.usual_attacker(c, pub) for c in interceptors.get(m.sentence.order, set())} - {None}
            if len(attackers) == 1 and next(iter(attackers)) in groups:
                m.actors = (str(attackers.pop()),)
                m.rules.append("actor:usual_attacker")
        return
    group = next(iter(groups))
    # an unattributed attack takes the group too when no launch in the article names anyone else
    named = any(set(m.actors) - {"UNKNOWN", group} for m in mentions if m.type == "missile_launch")
    for m in mentions:
        if m.type != "missile_launch" or m.status != "asserted" or m.actors:
            continue
        intercepted = any(o.cat == "launch" and o.term.sub == "interception" for o in m.sentence.mentions)
        if _fired_from_elsewhere_than(m.sentence, group):
            continue
        if intercepted or (m.mode == "attack" and not named):
            m.actors = (group,)
            m.rules.append("actor:article_armed_group")


def _bombarding_sides(sentences: list[Sentence], lex: Lexicon, pub: date | None) -> set[str]:
    """Who the article shows bombarding now: the subject of a strike verb or noun ("قصف النظام السوري مخيم"، "حملة
    القصف التي يشنها النظام"، "قوات الحكومة تقصف"), found by the same subject rules as a launcher; strikes recalled
    as background ("وكانت … قد قصفت") do not count."""
    sides: set[str] = set()
    for s in sentences:
        shown: set[str] = set()
        denied: set[str] = set()
        for w in s.of("war"):
            if w.term.sub not in ("verbs", "nouns") or is_defence(w):
                continue
            if s.tokens[w.start].lstrip("وبل") in CASUALTY_NOUNS:
                continue  # "إصابة مقيم من الجنسية الباكستانية": a casualty names a victim, not who bombards
            # ("لم تعلن أي جهة مسؤوليتها عن الهجوم، ولم يصدر الجانب الأمريكي تصريحا": an attack nobody claimed)
            claim = [k for k in range(max(0, w.start - 3), w.start) if s.tokens[k] in RESPONSIBILITY_NOUNS]
            unclaimed = bool(claim) and any(
                s.tokens[k] in CLAIM_NEGATIONS for k in range(max(0, claim[0] - 4), claim[0])
            )
            if unclaimed:
                continue
            status = clause_status(lex, s, w.start, pub, w)[0]
            if status not in ("asserted", "denied"):
                continue
            # ("وهاجمت إسرائيل مواقع للجيش السوري كثيرا خلال الصراع": strikes told as repeated are the story's
            # background, not a side shown bombarding now, and so is the strike joined to them: "كما ضربت قوافل")
            if any(t in REPEATED_ADVERBS for t in s.tokens[max(0, w.start - 12) : w.end + 8]):
                continue
            codes, _ = launch_actors(lex, s, w, w)
            (shown if status == "asserted" else denied).update(c for c in codes if c != "UNKNOWN")
        # ("أكد الجيش الفرنسي أنه لم يشن ضربات على المطار الذي استهدف فجر اليوم": the side the sentence says did not
        # strike is not shown striking by it)
        sides.update(shown - denied)
    return sides


def _unattributed_attacks(mentions: list[EventMention]) -> list[EventMention]:
    """The asserted missile attacks whose sentences name no launcher."""
    return [
        m
        for m in mentions
        if m.type == "missile_launch" and m.status == "asserted" and not m.actors and m.mode == "attack"
    ]


def _told_intercepted(m: EventMention) -> bool:
    """Whether the mention's sentence tells of an interception."""
    return any(o.cat == "launch" and o.term.sub == "interception" for o in m.sentence.mentions)


def unattributed_from_the_bombarding_side(
    mentions: list[EventMention], sentences: list[Sentence], lex: Lexicon, pub: date | None, interceptors: set[str]
) -> None:
    """ "تواصل القصف الجوي والصاروخي": a missile attack whose sentence names no launcher was fired by the side the
    article shows bombarding, when it shows exactly one (not an intercepted missile: see the armed-group rule)."""
    unattributed = [m for m in _unattributed_attacks(mentions) if not _told_intercepted(m)]
    if not unattributed:
        return
    # (the interceptor is never the launcher: a side shown intercepting is not the one bombarding with missiles)
    sides = _bombarding_sides(sentences, lex, pub) - interceptors
    # (a side taken only where named leaves the article's unattributed missiles unattributed)
    if len(sides) != 1 or sides & NAMED_ONLY:
        return
    side = next(iter(sides))
    for m in unattributed:
        # (it takes the launcher named for the missile before it, when one was)
        before = [
            o
            for o in mentions
            if o.type == m.type and o.status == "asserted" and o.actors and o.sentence.order < m.sentence.order
        ]
        if before and _missile_told_before(m):
            m.actors = max(before, key=lambda o: o.sentence.order).actors
            m.rules.append("actor:missile_told_before")
            continue
        if _fired_from_elsewhere(m, (side,)) or side in _answered_sides(m.sentence) or _answered(m):
            continue
        if _from_the_resumed_place(m, (side,)):
            continue
        # ("بعيد الهجمات الصاروخية الغربية": a strike described as a bloc's is no other side's)
        toks = m.sentence.tokens
        if side not in WESTERN_CODES and any(t in BLOC_NISBAS for t in toks[m.tok_start : m.tok_end + 2]):
            continue
        m.actors = (side,)
        m.rules.append("actor:article_bombarding_side")


def intercepted_from_the_bombarding_side(
    mentions: list[EventMention],
    sentences: list[Sentence],
    by_sentence: dict[int, set[str]],
    lex: Lexicon,
    pub: date | None,
) -> None:
    """ "شنت إسرائيل ضربات جوية على مواقع قرب دمشق … وقالت الوزارة إن الدفاعات الجوية تصدت للصواريخ"، "الروس شنوا
    هجوما كثيفا … أسقطت الدفاعات الجوية بعض الصواريخ": an intercepted missile that no named group and no usual
    attacker of its interceptor claims was fired by the one side the article shows bombarding (never the
    interceptor)."""
    intercepted = [
        m
        for m in _unattributed_attacks(mentions)
        if _told_intercepted(m)
        # (the missiles named definite, those of the strike just told: "تصدت للصواريخ"، "أسقطت بعض الصواريخ"; an
        # indefinite one is a new missile, "اعترضت صاروخا", fired at the striker as often as by it)
        and (
            any(
                m.tok_start <= o.start < m.tok_end and is_definite(m.sentence.tokens[o.start])
                for o in m.sentence.of("mnoun")
            )
            # (or an attack intercepted, the attack the article tells of: "اعترضت الدفاعات هجوما صاروخيا استهدف
            # القاعدة" after "هجوم إيراني على القاعدة")
            or any(
                m.tok_start <= o.start < m.tok_end
                and o.term.sub == "nouns"
                and any(a.start == o.end for a in m.sentence.of("madj"))
                for o in m.sentence.of("war")
            )
        )
    ]
    if not intercepted:
        return
    interceptors = set().union(*by_sentence.values())
    if len(_bombarding_sides(sentences, lex, pub) - interceptors) != 1:
        return
    by_order = {s.order: s for s in sentences}
    for m in intercepted:
        # (the strike it answers is told in its own sentence or the one before)
        near = [by_order[k] for k in (m.sentence.order - 1, m.sentence.order) if k in by_order]
        sides = _bombarding_sides(near, lex, pub) - interceptors
        if len(sides) != 1 or sides & NAMED_ONLY:
            continue
        side = next(iter(sides))
        if _fired_from_elsewhere(m, (side,)) or side in _answered_sides(m.sentence):
            continue
        m.actors = (side,)
        m.rules.append("actor:intercepted_from_the_bombarding_side")


def _answered(m: EventMention) -> bool:
    """ "قصفت القوات الأمريكية مواقع ردا على قصف الفصائل قاعدة التنف بالصواريخ": the launch a strike answers is
    the other side's, not the striking side's."""
    toks, k0 = m.sentence.tokens, m.tok_start
    return any(
        toks[k].lstrip("و") in ANSWER_HEADS - {"رد"}  # (not the verb: "رد الجيش على مصادر النيران")
        and toks[k + 1] == "علي"
        and not any(k < j <= k0 for j in m.sentence.commas)
        for k in range(max(0, k0 - 8), k0 - 1)
    )


def _answered_sides(s: Sentence) -> set[str]:
    """ "55 صاروخا أطلقت نحو الجولان ردا على العدوان الإسرائيلي": the sides whose strikes the sentence's launch
    answers (named within a few words after "ردا على"), which are its targets, not its launchers."""
    toks = s.tokens
    heads = [k for k in range(len(toks) - 1) if toks[k].lstrip("و") in ANSWER_HEADS and toks[k + 1] == "علي"]
    return {
        launcher_code(actor_of(c) or "")
        for c in s.mentions
        if c.cat == "actor" and any(0 < c.start - (k + 1) <= 4 for k in heads)
    } - {""}


def origin_is_not_the_launcher(mentions: list[EventMention]) -> None:
    """ "استخدم الجيش الروسي صواريخ كورية شمالية" with the headline "صواريخ كورية شمالية ضربت المدينة": where the
    article names who fired missiles of another state's make, a launch given to that state only by the nisba on
    the missiles is the firer's."""
    firers: dict[str, str] = {}
    for m in mentions:
        if m.type != "missile_launch" or len(m.actors) != 1 or "actor:object_nisba" in m.rules:
            continue
        s = m.sentence
        # (the nisba on the missiles themselves, "صواريخ كورية شمالية", not on a target: "مواقع إسرائيلية")
        missile_ends = [o.end for o in s.of("mnoun", "weapon")]
        described = {k for o in s.of("mclass", "madj", "weapon") for k in range(o.start, o.end)}
        for n in s.mentions:
            on_missiles = any(
                0 <= n.start - e <= 2 and all(k in described for k in range(e, n.start)) for e in missile_ends
            )
            if n.cat == "actor" and n.term.sub == "nisba" and on_missiles and m.tok_start <= n.start <= m.tok_end + 3:
                origin = launcher_code(actor_of(n) or "")
                if origin and origin != m.actors[0]:
                    firers.setdefault(origin, m.actors[0])
    for m in mentions:
        if m.type == "missile_launch" and "actor:object_nisba" in m.rules and len(m.actors) == 1:
            firer = firers.get(m.actors[0])
            if firer:
                m.actors = (firer,)
                m.rules.append("actor:origin_not_launcher")


def speaker_before_colon(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "بيونغ يانغ: اختبرنا بنجاح صاروخا"، "القسام: أطلقنا": a first-person launch right after a short speaker
    phrase and its colon was made by the speaker."""
    for m in mentions:
        if m.type == "russia_dprk_cooperation" or m.actors:
            continue
        s = m.sentence
        toks = s.tokens[m.tok_start : m.tok_end]
        # ("الدفاع الروسية: أسقطنا صاروخ نبتون"، "دمرنا سبعة صواريخ أطلقتها قاذفات روسية": a first-person
        # interception is the speaker's, the missiles are the other side's)
        caught = {o.start for o in s.of("launch") if o.term.sub in ("interception", "detection")}
        if not any(first_person(t) and m.tok_start + k not in caught for k, t in enumerate(toks)):
            continue
        prev = next((p for p in sentences if p.field == s.field and p.index == s.index - 1), None)
        if prev is None or len(prev.tokens) > 5:
            continue
        speakers = [c for c in prev.mentions if c.cat in ("actor", "person") and actor_of(c)]
        if speakers:
            m.actors = (launcher_code(actor_of(speakers[-1]) or ""),)
            m.rules.append("actor:speaker_first_person")


def _from_the_resumed_place(m: EventMention, sides: tuple[str, ...]) -> bool:
    """ "دمرت الغارة الإسرائيلية منصات أطلقت منها القذائف": a launch verb with the pronoun of the place it came from,
    after one of the sides named in its sentence; that side struck the place, it did not fire from it."""
    s, toks = m.sentence, m.sentence.tokens
    if not (m.tok_start + 1 < len(toks) and toks[m.tok_start + 1] in ORIGIN_RESUMPTIVES):
        return False
    return any(
        o.cat == "actor" and o.start < m.tok_start and launcher_code(actor_of(o) or "") in sides for o in s.mentions
    )


def _fired_from_elsewhere(m: EventMention, sides: tuple[str, ...]) -> bool:
    """ "إطلاق عشرات الصواريخ ليلا من سوريا": the sentence names where the launch came from, and it is none of these
    sides, so the launch is not theirs by default."""
    origins = {
        launcher_code(actor_of(o) or "")
        for o in m.sentence.mentions
        if o.cat == "actor"
        and prev_tok(m.sentence, o.start) in ORIGIN_PREPOSITIONS
        # ("طالت مناطق متفرقة من تل أبيب": a part of the place, not where the launch came from)
        and prev_tok(m.sentence, o.start - 1) not in PARTITIVE_PLACES
    } - {""}
    return bool(origins) and not origins & set(sides)


_OPENING_VERB_RULES = frozenset({"launch:launch:verbs_past", "launch:launch:verbs_present", "launch:war:verbs"})


def dropped_subject(mentions: list[EventMention], sentences: list[Sentence]) -> None:
    """ "واصلت كوريا الشمالية تصعيدها. وأطلقت صباح اليوم صاروخين": a sentence that opens with the launch verb and
    names nobody goes on with the subject the sentence before opened with (a state or group right after its verb)."""
    by_order = {s.order: s for s in sentences}
    for m in mentions:
        s = m.sentence
        if m.type not in LAUNCH_TYPES or m.actors or s.field != "text" or m.tok_start != 0:
            continue
        if not _OPENING_VERB_RULES & set(m.rules) or s.of("actor", "person"):
            continue
        before = by_order.get(s.order - 1)
        if before is None or before.field != "text":
            continue
        kinds = ("name", "metonym", "group")
        subject = [c for c in before.mentions if c.cat == "actor" and c.term.sub in kinds and c.start == 1]
        code = launcher_code(actor_of(subject[0]) or "") if subject else ""
        if code:
            m.actors = (code,)
            m.rules.append("actor:dropped_subject")


def fill_unknown_actors(
    mentions: list[EventMention], interceptors: dict[int, set[str]], etypes: tuple[str, ...] = LAUNCH_TYPES
) -> None:
    """A launch mention without a named launcher takes the article's launcher when the article names only one."""
    for etype in etypes:
        # (a side that denies launching lends itself to no launch: "إيران تنفي إطلاق صواريخ")
        named = [m for m in mentions if m.type == etype and m.actors and m.status != "denied"]
        codes = {a for m in named for a in m.actors if a != "UNKNOWN" and a not in NAMED_ONLY}
        fill: tuple[str, ...] = ()
        if len(codes) == 1:
            fill = (codes.pop(),)
        else:
            titled = [m for m in named if m.sentence.field == "title"]
            if titled:
                fill = titled[0].actors
        only_news = False
        if not fill:
            # ("حزب الله أطلق عشرات الصواريخ ... اعتراض 15 صاروخا ... وفي وقت سابق غارة إسرائيلية": the one side
            # the article reports firing as news lends itself to the day's unnamed launches, not to its background)
            news = {
                a for m in named if m.status == "asserted" for a in m.actors if a != "UNKNOWN" and a not in NAMED_ONLY
            }
            if len(news) != 1:
                continue
            fill, only_news = (news.pop(),), True
        # ("صواريخ مجهولة استهدفت مواقع عسكرية": an article that says its missiles are of unknown origin lends
        # its attacks no launcher named elsewhere)
        unknown_origin = any("actor:unknown_origin" in m.rules and m.status == "asserted" for m in mentions)
        for m in mentions:
            if m.type == etype and not m.actors and not (unknown_origin and m.status == "asserted"):
                if only_news and m.status != "asserted":
                    continue
                if set(fill) & interceptors.get(m.sentence.order, set()):
                    continue  # "إسرائيل تعترض صواريخ قادمة من سوريا": the interceptor did not fire them
                if _fired_from_elsewhere(m, fill):
                    continue
                m.actors = fill
                m.rules.append("actor:article_launcher")
                if background(m):
                    m.status = "historical"
                    m.rules.append("status:background")


def maker_is_not_the_launcher(mentions: list[EventMention]) -> None:
    """ "إسقاط صواريخ أتاكمز" over "صواريخ أتاكمز أمريكية الصنع أطلقتها القوات الأوكرانية": a weapon's maker stands
    in for its launcher only when no mention of the same weapon in the article names the launcher."""
    told: dict[tuple[str, str], tuple[str, ...]] = {}
    for m in mentions:
        if m.weapon and m.actors and "actor:weapon_owner" not in m.rules:
            told.setdefault((m.type, m.weapon), m.actors)
    for m in mentions:
        launcher = told.get((m.type, m.weapon or ""))
        if launcher and "actor:weapon_owner" in m.rules:
            m.actors = launcher
            m.rules.append("actor:same_weapon_launcher")


def _named_by_its_maker(m: EventMention) -> bool:
    """The launch's only launcher is its weapon's maker ("صاروخين من طراز ستورم شادو"), no word of the text."""
    return "actor:weapon_owner" in m.rules and not any(
        r.startswith("actor:") and r != "actor:weapon_owner" for r in m.rules
    )


def weapons_in_other_hands(mentions: list[EventMention], lex: Lexicon, pub: date | None) -> None:
    """ "الدفاع الروسية: اعتراض ستة صواريخ أتاكمز فوق بريانسك": a launch named only by its weapon is fired by the
    side that weapon was supplied to, from the day it was (weapons.yaml `fired_by`)."""
    if pub is None:
        return
    for m in mentions:
        fired_by = lex.weapon_info.get(m.weapon or "", {}).get("fired_by")
        if not fired_by or not _named_by_its_maker(m) or pub < date.fromisoformat(str(fired_by["since"])):
            continue
        m.actors = (str(fired_by["code"]),)
        m.rules.append("actor:weapon_user")


def _missile_told_before(m: EventMention) -> bool:
    """ "الصاروخ كان باتجاه مدينة جازان، وأطلق بطريقة متعمدة": a definite missile before its passive launch verb is
    the one the article told of before, whose launcher was named there, not the side the article shows bombarding."""
    s, k = m.sentence, m.tok_start
    if not s.tokens[k].startswith(("ال", "وال")):
        return False
    missile_first = any(o.cat == "mnoun" and o.start == k for o in s.mentions)
    if missile_first and k >= 1 and s.tokens[k - 1].lstrip("و") in DEMONSTRATIVES:
        # "أطلق حزب الله وابلا من الصواريخ … هذه الصواريخ استهدفت مواقع عسكرية": the missiles pointed back to
        return True
    return missile_first and any(o.cat == "launch" and k < o.start < m.tok_end for o in s.mentions)
