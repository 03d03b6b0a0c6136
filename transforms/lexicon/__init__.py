"""Versioned lexicon files (YAML, shipped as package data) and the token matcher built from them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from transforms.arabic import FuzzyNameIndex, name_key, normalize_fast

LEXICON_FILES = ("actors", "people", "places", "weapons", "triggers", "cues", "counting", "time")
# Word lists the tagger's rules test tokens against; read by `load_word_lists`, not matched as terms.
WORD_LIST_FILE = "grammar"
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


@dataclass(frozen=True, slots=True)
class Term:
    """One normalised lexicon form and what it means."""

    cat: str  # actor, person, place, mnoun, madj, mclass, weapon, vehicle, payload, launch, coop, neg, ...
    sub: str | None
    value: Any
    tokens: tuple[str, ...]
    source: str  # "file:entry" for the `rules` trail


@dataclass(frozen=True, slots=True)
class Mention:
    """A lexicon term found at token positions [start, end) of a normalised text."""

    term: Term
    start: int
    end: int
    fuzzy: bool = False
    # the term's category, kept on the mention itself: the rules read it far more often than anything else
    cat: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cat", self.term.cat)


@dataclass(frozen=True)
class Entity:
    """A person or actor with a stable id (the lexicon key or the actor code) and the English name shown for it."""

    id: str
    kind: str  # "person" | "actor"
    name: str
    side: str  # the actor code the entity belongs to (its own code for an actor)


def entity_name(entity_id: str) -> str:
    """English name of a canonical entity id; the id itself when the lexicon does not know it."""
    entity = load_lexicon().entities.get(entity_id)
    return entity.name if entity else entity_id


def _forms_of(entry: dict[str, Any]) -> list[str]:
    if "seen" not in entry and "added" not in entry:
        raise ValueError(f"lexicon entry without provenance: {entry}")
    return [str(f) for f in entry["forms"]]


# libyaml's safe loader parses the lexicon several times faster than the pure-Python one; same results.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_YAML_LOADER)
    if not isinstance(data, dict) or "version" not in data or "provenance" not in data:
        raise ValueError(f"lexicon {name}.yaml lacks a version or provenance header")
    return data


class Lexicon:
    """All lexicon files, normalised, indexed by first token, with a name-key index for transliterated names."""

    def __init__(self) -> None:
        self.versions: dict[str, str] = {}
        self.terms: list[Term] = []
        self.name_terms: dict[str, Term] = {}
        self.fuzzy = FuzzyNameIndex(min_length=7)
        self.name_tokens: set[str] = set()
        # every leading part of a name key: a token whose key is none cannot start a name, so no run is tried from it
        self.name_prefixes: set[str] = set()
        # bare surnames that are common words (people.yaml `surnames`): token -> the person's term
        self.surnames: dict[str, Term] = {}
        self.hwasong_classes: dict[str, tuple[str, ...]] = {}
        self.class_implies: dict[str, tuple[str, ...]] = {}
        self.weapon_info: dict[str, dict[str, Any]] = {}
        self.weekdays: dict[str, int] = {}
        self.months: dict[tuple[str, ...], int] = {}
        # canonical entities: stable id -> (kind, English name, side code)
        self.entities: dict[str, Entity] = {}
        # an interceptor -> the side that fires at it when the text names no launcher (actors.yaml)
        self.usual_attackers: dict[str, str] = {}
        self.usual_attackers_since: dict[str, date] = {}
        # sides that announce only their own launches (actors.yaml)
        self.self_announcers: frozenset[str] = frozenset()
        self.article_launch_groups: frozenset[str] = frozenset()
        self.disownable_territory_groups: frozenset[str] = frozenset()
        # the mode a side's launches have when the sentence gives no cue: side code -> "test" | "attack" (actors.yaml)
        self.usual_modes: dict[str, str] = {}
        data = {name: _read(name) for name in LEXICON_FILES}
        for name, d in data.items():
            self.versions[name] = str(d["version"])
        self._load_actors(data["actors"])
        self._load_people(data["people"])
        self._load_places(data["places"])
        self._load_weapons(data["weapons"])
        self._load_triggers(data["triggers"])
        self._load_cues(data["cues"])
        self._load_counting(data["counting"])
        self._load_time(data["time"])
        self.index: dict[str, list[Term]] = {}
        for t in self.terms:
            self.index.setdefault(t.tokens[0], []).append(t)
        for lst in self.index.values():
            lst.sort(key=lambda t: -len(t.tokens))
        # what one token can start, worked out once per distinct token (most tokens start nothing)
        self._token_starts = lru_cache(maxsize=200_000)(self._starts_of)

    # ------------------------------------------------------------------ loading
    def _add(self, cat: str, sub: str | None, value: Any, form: str, source: str, *, name: bool = False) -> None:
        norm = normalize_fast(form)
        tokens = tuple(_TOKEN.findall(norm))
        if not tokens:
            return
        term = Term(cat, sub, value, tokens, source)
        self.terms.append(term)
        if name:
            key = name_key("".join(tokens))
            self.name_terms.setdefault(key, term)
            self.name_prefixes.update(key[:j] for j in range(1, len(key) + 1))
            self.fuzzy.add(key, term)
            self.name_tokens.update(name_key(tok) for tok in tokens if len(tok) >= 3)

    def _load_actors(self, d: dict[str, Any]) -> None:
        for code, name in d.get("names", {}).items():
            self.entities[code] = Entity(code, "actor", str(name), code)
        self.usual_attackers = {str(k): str(v["attacker"]) for k, v in d.get("usual_attackers", {}).items()}
        # (from when an interceptor's usual attacker holds: Russia's is Ukraine's only since the 2022 invasion)
        self.usual_attackers_since = {
            str(k): date.fromisoformat(str(v["since"])) for k, v in d.get("usual_attackers", {}).items() if "since" in v
        }
        self.self_announcers = frozenset(str(c) for c in d.get("self_announcers", {}).get("codes", ()))
        self.article_launch_groups = frozenset(str(c) for c in d.get("article_launch_groups", {}).get("codes", ()))
        self.disownable_territory_groups = frozenset(
            str(c) for c in d.get("disownable_territory_groups", {}).get("codes", ())
        )
        self.usual_modes = {
            str(code): mode for mode in ("test", "attack") for code in d.get("usual_modes", {}).get(mode, ())
        }
        for code, entries in d["entries"].items():
            for e in entries:
                for f in _forms_of(e):
                    self._add("actor", e["kind"], code, f, f"actors:{code}", name=bool(e.get("name_key")))

    def _load_people(self, d: dict[str, Any]) -> None:
        for key, e in d["entries"].items():
            self.entities[key] = Entity(key, "person", str(e["name"]), str(e["actor"]))
            for f in _forms_of(e):
                self._add("person", e["role"], (key, e["actor"]), f, f"people:{key}", name=True)
            for f in e.get("surnames", ()):
                for tok in _TOKEN.findall(normalize_fast(f)):
                    self.surnames[tok] = Term("person", e["role"], (key, e["actor"]), (tok,), f"people:{key}:surname")

    def usual_attacker(self, interceptor: str, on: date | None) -> str | None:
        """Who usually fires at this interceptor, as of the day `on` (None: unknown day, only timeless ones)."""
        since = self.usual_attackers_since.get(interceptor)
        if since is not None and (on is None or on < since):
            return None
        return self.usual_attackers.get(interceptor)

    def _load_places(self, d: dict[str, Any]) -> None:
        for key, e in d["entries"].items():
            for f in _forms_of(e):
                # (the side that launches from a site, when it is not the host country: Baikonur is Russia's)
                side = e.get("operator", e.get("country"))
                self._add("place", e["type"], (key, side), f, f"places:{key}", name=bool(e.get("name_key")))

    def _load_weapons(self, d: dict[str, Any]) -> None:
        for e in d["missile_nouns"]:
            for f in _forms_of(e):
                self._add("mnoun", str(e["number"]), bool(e.get("bare_class")), f, "weapons:missile_nouns")
        for e in d["projectile_nouns"]:
            for f in _forms_of(e):
                self._add("projectile", str(e["number"]), False, f, "weapons:projectile_nouns")
        for f in _forms_of(d["anti_missile_defences"]):
            self._add("antimissile", None, None, f, "weapons:anti_missile_defences")
        for e in d["missile_adjectives"]:
            for f in _forms_of(e):
                self._add("madj", None, None, f, "weapons:missile_adjectives")
        for cls, e in d["classes"].items():
            self.class_implies[cls] = tuple(e.get("implies", ()))
            for f in _forms_of(e):
                self._add("mclass", cls, cls, f, f"weapons:class:{cls}")
        for key, e in d["weapons"].items():
            self.weapon_info[key] = e
            for f in _forms_of(e):
                self._add("weapon", key, key, f, f"weapons:{key}")
        self.hwasong_classes = {str(k): tuple(v) for k, v in d["hwasong_classes"].items()}
        for key, e in d["space"]["vehicles"].items():
            for f in _forms_of(e):
                self._add("vehicle", key, (key, e.get("owner")), f, f"weapons:vehicle:{key}")
        for key, e in d["space"]["payloads"].items():
            for f in _forms_of(e):
                self._add(
                    "payload", key, (key, e.get("owner")), f, f"weapons:payload:{key}", name=bool(e.get("name_key"))
                )

    def _load_triggers(self, d: dict[str, Any]) -> None:
        for group, cat in (("launch", "launch"), ("space", "space"), ("war", "war"), ("test", "test")):
            for sub, e in d[group].items():
                for f in _forms_of(e):
                    # ("as": a sub-list the rules read as another, its own name kept in the rule source)
                    self._add(cat, e.get("as", sub), None, f, f"triggers:{group}:{sub}")
        for sub, e in d["cooperation"].items():
            for f in _forms_of(e):
                self._add("coop", e.get("as", sub), e.get("as", sub), f, f"triggers:cooperation:{sub}")

    def _load_cues(self, d: dict[str, Any]) -> None:
        for key, e in d.items():
            if isinstance(e, dict) and "forms" in e:
                for f in _forms_of(e):
                    self._add("cue", key, key, f, f"cues:{key}")

    def _load_counting(self, d: dict[str, Any]) -> None:
        for e in d["cardinals"]:
            for f in _forms_of(e):
                self._add("card", None, int(e["value"]), f, "counting:cardinals")
        for key, e in d["vague"].items():
            for f in _forms_of(e):
                self._add("vague", key, key, f, f"counting:{key}")
        for key, e in d["qualifiers"].items():
            for f in _forms_of(e):
                self._add("qual", key, key, f, f"counting:{key}")

    def _load_time(self, d: dict[str, Any]) -> None:
        for w, n in d["weekdays"].items():
            self._add("weekday", None, int(n), w, "time:weekdays")
        for e in d["relative"]:
            for f in _forms_of(e):
                self._add("reldate", None, int(e["offset"]), f, "time:relative")
        for f in _forms_of(d["past_marker"]):
            self._add("past", None, None, f, "time:past_marker")
        for month, forms in d["months"].items():
            for f in forms:
                self._add("month", None, int(month), f, "time:months")
        for e in d["ordinal_days"]:
            for f in _forms_of(e):
                self._add("dayord", None, int(e["day"]), f, "time:ordinal_days")

    # ------------------------------------------------------------------ matching
    def match(self, tokens: list[str]) -> list[Mention]:
        """All lexicon mentions in a token list; per category, longest match wins at each position."""
        out: list[Mention] = []
        n = len(tokens)
        # (the name key of each token, once: the key of a run of tokens is the keys of its tokens joined)
        keyed = [name_key(t) for t in tokens]
        # whether each token is part of some name (a run holding none is not tried with one-edit tolerance)
        in_names = [k in self.name_tokens for k in keyed]
        for i in range(n):
            terms, stems, starts_name = self._token_starts(tokens[i])
            near_name = i + 2 <= n and (in_names[i] or in_names[i + 1] or (i + 3 <= n and in_names[i + 2]))
            if not (terms or starts_name or near_name):
                continue
            best: dict[tuple[str, str | None], Mention] = {}
            for term in terms:
                k = len(term.tokens)
                if i + k > n:
                    continue
                if (
                    k > 1
                    and tuple(tokens[i + 1 : i + k]) != term.tokens[1:]
                    and not _definite_agreement(tokens, i, term)
                ):
                    continue
                slot = (term.cat, term.sub if term.cat == "cue" else None)
                cur = best.get(slot)
                if cur is None or (cur.end - cur.start) < k:
                    best[slot] = Mention(term, i, i + k)
            name = self._match_name(tokens, i, stems=stems, keyed=keyed)
            if name is not None:
                cur = best.get((name.cat, None))
                if cur is None or (cur.end - cur.start) < (name.end - name.start):
                    best[(name.cat, None)] = name
            out.extend(best.values())
        return _drop_contained(out)

    def _starts_of(self, token: str) -> tuple[tuple[Term, ...], tuple[str, ...], bool]:
        """The terms whose first token is one of the token's stems (stem by stem, longest first), the stems, and
        whether a stem's name key begins some name."""
        stems = clitic_variants(token)
        terms = tuple(term for stem in stems for term in self.index.get(stem, ()))
        return terms, stems, any(name_key(stem) in self.name_prefixes for stem in stems)

    def _match_name(self, tokens: list[str], i: int, stems: tuple[str, ...], keyed: list[str]) -> Mention | None:
        n = len(tokens)
        stem_keys = [name_key(stem) for stem in stems]
        # the longest run of up to four tokens whose key is a name's, the first stem winning a tie; a run is grown only
        # while its key still begins some name
        best: tuple[int, int, Term] | None = None  # (-length, stem order, term)
        for order, stem_key in enumerate(stem_keys):
            key = stem_key
            for k in range(1, min(4, n - i) + 1):
                if k > 1:
                    key += keyed[i + k - 1]
                if key not in self.name_prefixes:
                    break
                term = self.name_terms.get(key)
                if term is not None and (best is None or (-k, order) < best[:2]):
                    best = (-k, order, term)
        if best is not None:
            return Mention(best[2], i, i - best[0])
        # One-edit tolerance only for multi-token candidates that share a token with a known name.
        for k in (3, 2):
            if i + k > n:
                continue
            toks = keyed[i : i + k]
            if self.name_tokens.isdisjoint(toks):
                continue
            for stem_key in stem_keys:
                key = stem_key + "".join(toks[1:])
                if len(key) < 7:
                    continue
                hit = self.fuzzy.lookup(key)
                if hit is not None:
                    found, fuzzy = hit
                    assert isinstance(found, Term)
                    if len(found.tokens) == k or fuzzy is False:
                        return Mention(found, i, i + k, fuzzy=fuzzy)
        return None


_ENTITY_CATS = frozenset({"actor", "person", "place", "weapon", "vehicle", "payload"})


def _drop_contained(mentions: list[Mention]) -> list[Mention]:
    """Entity mentions strictly inside a longer entity mention are dropped (Pyeongchang hides Pyong-)."""
    ents = [m for m in mentions if m.cat in _ENTITY_CATS]
    if len(ents) < 2:
        return mentions
    keep: list[Mention] = []
    for m in mentions:
        if m.cat in _ENTITY_CATS:
            span = m.end - m.start
            if any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > span for o in ents):
                continue
        keep.append(m)
    return keep


def _definite_agreement(tokens: list[str], i: int, term: Term) -> bool:
    """ "القذائف الصاروخية" for the form "قذائف صاروخية": a definite noun takes definite adjectives, so when the first
    token carries the article, the following tokens may carry it too."""
    first = tokens[i].lstrip("وف")
    if not first.startswith(("ال", "بال", "لل", "كال")):
        return False
    rest = tokens[i + 1 : i + len(term.tokens)]
    return all(t == w or t == "ال" + w for t, w in zip(rest, term.tokens[1:], strict=True))


@lru_cache(maxsize=200_000)
def clitic_variants(token: str) -> tuple[str, ...]:
    """The token and its stems with attached proclitics removed (و ف، ب ل ك، ال، لل)."""
    out = [token]
    if len(token) > 3 and token[0] in "وف":
        out.append(token[1:])
    for v in list(out):
        if len(v) > 3 and v[0] in "بلك":
            if v.startswith("لل") and len(v) > 4:
                out.append("ال" + v[2:])
            out.append(v[1:])
    for v in list(out):
        if len(v) > 4 and v.startswith("ال"):
            out.append(v[2:])
    return tuple(dict.fromkeys(out))


def iter_tokens(text: str) -> Iterator[re.Match[str]]:
    """Word tokens (letters, digits, Latin) of a normalised text."""
    return _TOKEN.finditer(text)


@lru_cache(maxsize=1)
def load_word_lists() -> dict[str, tuple[str, ...]]:
    """The tagger's function-word lists (grammar.yaml), each form normalised, in file order."""
    data = _read(WORD_LIST_FILE)
    lists: dict[str, tuple[str, ...]] = {}
    for key, entry in data.items():
        if isinstance(entry, dict) and "forms" in entry:
            forms = tuple(normalize_fast(f) for f in _forms_of(entry))
            if not all(forms):
                raise ValueError(f"lexicon {WORD_LIST_FILE}.yaml: empty form in {key}")
            lists[str(key)] = forms
    return lists


def word_set(name: str) -> frozenset[str]:
    """One word list of grammar.yaml as a set of normalised tokens."""
    return frozenset(_word_list(name))


def word_tuple(name: str) -> tuple[str, ...]:
    """One word list of grammar.yaml as a tuple of normalised forms (for str.startswith / str.endswith)."""
    return _word_list(name)


def word_alternation(name: str) -> str:
    """One word list of grammar.yaml as a regex alternation of its normalised forms (in file order)."""
    return "|".join(re.escape(f) for f in _word_list(name))


def _word_list(name: str) -> tuple[str, ...]:
    lists = load_word_lists()
    if name not in lists:
        raise KeyError(f"no word list {name!r} in {WORD_LIST_FILE}.yaml")
    return lists[name]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, loaded once per process."""
    return Lexicon()
