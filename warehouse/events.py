"""Cluster asserted event mentions into events: one row per real-world event, with stable ids.

Clustering rule (a mention joins an active event when all of these hold):
- same `type`;
- same actor for `missile_launch` / `space_launch` (a missing actor counts as `UNKNOWN`, which matches only
  `UNKNOWN`); for `russia_dprk_cooperation` the actor is ignored and the subtypes or the participants must
  overlap (or one side has neither);
- dates within ±1 day, comparing each side's *anchor*: its `event_date`, or when that is null the publication
  day of its (earliest) article. So two undated mentions match when their articles were published within a
  day of each other;
- compatible attributes: named weapons equal when both given; missile classes from the same family
  (ballistic subclasses, cruise, unguided rockets) when both given; modes not `test` vs `attack`;
  space-launch vehicles equal when both given.

Mentions are taken in publication order. A mention compatible with two or more events merges them: the
earliest event survives, the others get status 'merged' and `merged_into` = survivor (ids never change, members
move to the survivor). Event attributes are recomputed from all members after each batch: the date is the most
common member date; the count (and qualifier) come from the latest article that states one, so a follow-up
correcting the count updates the same event; classes, subtypes and participants are unions. A change of any
of MATERIAL_FIELDS bumps `revision`. `n_sources` counts distinct outlets among member articles after mapping
every syndicated copy (see `article_duplicates`) to its original, so copies do not inflate it.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.db import id_table, registered
from warehouse.text import jaccard, shingles

log = logging.getLogger(__name__)

MATERIAL_FIELDS = (
    "actor",
    "event_date",
    "count",
    "count_qualifier",
    "missile_class",
    "weapon",
    "mode",
    "vehicle",
    "payload",
    "subtypes",
    "participants",
)
DATE_WINDOW = timedelta(days=1)
NEAR_DUPLICATE_JACCARD = 0.6
NEAR_DUPLICATE_WINDOW = timedelta(days=3)
_BALLISTIC = frozenset({"ballistic", "srbm", "mrbm", "irbm", "icbm", "slbm", "hypersonic"})
_COOPERATION = "russia_dprk_cooperation"


@dataclass(frozen=True)
class EventChanges:
    """What one update_events call did, for alerting in the same transaction."""

    new: tuple[str, ...] = ()
    # event_id → {field: (old, new)} for material changes (those bumped revision)
    changed: Mapping[str, Mapping[str, tuple[Any, Any]]] = field(default_factory=dict)
    # loser event_id → surviving event_id
    merged: Mapping[str, str] = field(default_factory=dict)
    # events that only gained articles/sources (n_articles, n_sources, first_* changed)
    grown: tuple[str, ...] = ()
    # events left without any asserted mention (after a retag)
    retracted: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.new or self.changed or self.merged or self.grown or self.retracted)


@dataclass
class _Cluster:
    event_id: str
    event_type: str
    actor_key: str
    anchor: date
    first_seen: datetime
    weapons: set[str] = field(default_factory=set)
    families: set[str] = field(default_factory=set)
    modes: set[str] = field(default_factory=set)
    vehicles: set[str] = field(default_factory=set)
    subtypes: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)
    dated: bool = False


def _family(missile_class: str) -> str:
    return "ballistic" if missile_class in _BALLISTIC else missile_class


def _actor_key(event_type: str, actor: str | None) -> str:
    return "" if event_type == _COOPERATION else (actor or "UNKNOWN")


def _compatible(c: _Cluster, m: dict[str, Any]) -> bool:
    if m["weapon"] and c.weapons and m["weapon"] not in c.weapons:
        return False
    families = {_family(x) for x in m["missile_class"]}
    if families and c.families and not families & c.families:
        return False
    modes = {m["mode"]} & {"test", "attack"}
    if modes and c.modes & {"test", "attack"} and not modes & c.modes:
        return False
    if m["vehicle"] and c.vehicles and m["vehicle"] not in c.vehicles:
        return False
    if m["type"] == _COOPERATION:
        mine = set(m["subtypes"]) | set(m["participants"])
        theirs = c.subtypes | c.participants
        if mine and theirs and not (set(m["subtypes"]) & c.subtypes or set(m["participants"]) & c.participants):
            return False
    return True


def _absorb(c: _Cluster, m: dict[str, Any]) -> None:
    if m["weapon"]:
        c.weapons.add(m["weapon"])
    c.families |= {_family(x) for x in m["missile_class"]}
    if m["mode"]:
        c.modes.add(m["mode"])
    if m["vehicle"]:
        c.vehicles.add(m["vehicle"])
    c.subtypes |= set(m["subtypes"])
    c.participants |= set(m["participants"])
    if m["event_date"] is not None and not c.dated:
        c.anchor, c.dated = m["event_date"], True


def event_id_for(mention_id: str) -> str:
    """Stable id of the event founded by a mention."""
    return "ev_" + hashlib.sha1(f"event|{mention_id}".encode()).hexdigest()[:16]


def detach_mentions(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> set[str]:
    """Remove the given articles' mentions from their events; return the events to recompute."""
    ids = sorted(set(article_ids))
    if not ids:
        return set()
    with id_table(con, "_detach_ids", ids):
        rows = con.execute(
            """
            DELETE FROM event_members WHERE mention_id IN (
                SELECT mention_id FROM event_mentions WHERE article_id IN (SELECT id FROM _detach_ids))
            RETURNING event_id
            """
        ).fetchall()
    return {row[0] for row in rows}


def update_events(
    con: duckdb.DuckDBPyConnection,
    *,
    touched_events: Iterable[str] = (),
    mention_ids: Sequence[str] | None = None,
) -> EventChanges:
    """Cluster unclustered asserted mentions and refresh affected events, INSIDE the caller's transaction.

    `mention_ids` (the mentions a load just inserted) bounds the search for unclustered mentions to them, so a
    batch costs the same on a large warehouse; without it every mention is considered.
    """
    now = datetime.now(UTC)
    mentions = _unclustered(con, mention_ids)
    if mentions:
        link_near_duplicates(con, sorted({m["article_id"] for m in mentions}))
    clusters, index = _load_clusters(con, mentions)
    existing = set(clusters)
    assignment: dict[str, str] = {}
    merged: dict[str, str] = {}
    founded: list[str] = []
    for m in mentions:
        key = (m["type"], _actor_key(m["type"], m["actor"]))
        anchor = m["event_date"] or m["published_day"]
        found: list[_Cluster] = []
        for offset in (-1, 0, 1):
            for event_id in index.get((*key, anchor + timedelta(days=offset)), ()):
                cluster = clusters[event_id]
                if cluster not in found and _compatible(cluster, m):
                    found.append(cluster)
        if not found:
            cluster = _Cluster(event_id_for(m["mention_id"]), m["type"], key[1], anchor, m["t"])
            clusters[cluster.event_id] = cluster
            index[(*key, anchor)].add(cluster.event_id)
            founded.append(cluster.event_id)
            found = [cluster]
        found.sort(key=lambda c: (c.first_seen, c.event_id))
        survivor = found[0]
        for loser in found[1:]:
            _merge(loser, survivor, index=index, clusters=clusters, merged=merged, assignment=assignment)
        old_anchor = survivor.anchor
        _absorb(survivor, m)
        if survivor.anchor != old_anchor:
            index[(*key, old_anchor)].discard(survivor.event_id)
            index[(*key, survivor.anchor)].add(survivor.event_id)
        assignment[m["mention_id"]] = survivor.event_id

    if assignment:
        members = pa.table(
            {
                "mention_id": pa.array(list(assignment), pa.string()),
                "event_id": pa.array(list(assignment.values()), pa.string()),
            }
        )
        con.register("_members_in", members)
        try:
            con.execute("INSERT INTO event_members SELECT mention_id, event_id FROM _members_in")
        finally:
            con.unregister("_members_in")
    # Merges of events that already existed: move their members, flatten pointers.
    old_merges = {loser_id: survivor_id for loser_id, survivor_id in merged.items() if loser_id in existing}
    for loser_id, survivor_id in old_merges.items():
        con.execute("UPDATE event_members SET event_id = ? WHERE event_id = ?", [survivor_id, loser_id])
        con.execute("UPDATE events SET merged_into = ? WHERE merged_into = ?", [survivor_id, loser_id])
    new_ids = [e for e in founded if e not in merged]
    to_refresh = (set(assignment.values()) | set(touched_events) | set(old_merges.values())) - set(merged)
    changed, grown, retracted = _refresh(con, sorted(to_refresh), set(new_ids), now)
    for loser_id, survivor_id in old_merges.items():
        con.execute(
            "UPDATE events SET status = 'merged', merged_into = ?, updated_at = ?, revision = revision + 1 "
            "WHERE event_id = ?",
            [survivor_id, now, loser_id],
        )
    return EventChanges(
        new=tuple(new_ids),
        changed=changed,
        merged=old_merges,
        grown=tuple(grown),
        retracted=tuple(retracted),
    )


def _merge(
    loser: _Cluster,
    survivor: _Cluster,
    *,
    index: dict[tuple[str, str, date], set[str]],
    clusters: dict[str, _Cluster],
    merged: dict[str, str],
    assignment: dict[str, str],
) -> None:
    index[(loser.event_type, loser.actor_key, loser.anchor)].discard(loser.event_id)
    survivor.weapons |= loser.weapons
    survivor.families |= loser.families
    survivor.modes |= loser.modes
    survivor.vehicles |= loser.vehicles
    survivor.subtypes |= loser.subtypes
    survivor.participants |= loser.participants
    merged[loser.event_id] = survivor.event_id
    for old, target in list(merged.items()):
        if target == loser.event_id:
            merged[old] = survivor.event_id
    for mention, event_id in assignment.items():
        if event_id == loser.event_id:
            assignment[mention] = survivor.event_id
    clusters.pop(loser.event_id, None)


_MENTION_COLUMNS = [
    "mention_id",
    "article_id",
    "type",
    "actor",
    "participants",
    "subtypes",
    "count",
    "count_qualifier",
    "missile_class",
    "weapon",
    "mode",
    "vehicle",
    "payload",
    "event_date",
]


def _unclustered(con: duckdb.DuckDBPyConnection, mention_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    if mention_ids is not None and not mention_ids:
        return []
    # With ids, the batch's few mentions are picked first (an index lookup each) and only their articles read.
    sql = f"""
        SELECT {", ".join("m." + c for c in _MENTION_COLUMNS)},
            coalesce(a.published_at, a.first_seen_at) AS t
        FROM {
        "(SELECT * FROM event_mentions WHERE mention_id IN (SELECT id FROM _batch_mentions))"
        if mention_ids is not None
        else "event_mentions"
    } m
        JOIN articles a ON a.article_id = m.article_id
        WHERE m.status = 'asserted'
          AND NOT EXISTS (SELECT 1 FROM event_members e WHERE e.mention_id = m.mention_id)
        ORDER BY t, m.article_id, m.mention_id
        """
    if mention_ids is None:
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description]
        fetched = cursor.fetchall()
    else:
        with id_table(con, "_batch_mentions", mention_ids):
            cursor = con.execute(sql)
            names = [d[0] for d in cursor.description]
            fetched = cursor.fetchall()
    rows = [dict(zip(names, row, strict=True)) for row in fetched]
    for row in rows:
        row["published_day"] = row["t"].astimezone(UTC).date()
    return rows


def _load_clusters(
    con: duckdb.DuckDBPyConnection, mentions: list[dict[str, Any]]
) -> tuple[dict[str, _Cluster], defaultdict[tuple[str, str, date], set[str]]]:
    clusters: dict[str, _Cluster] = {}
    index: defaultdict[tuple[str, str, date], set[str]] = defaultdict(set)
    if not mentions:
        return clusters, index
    anchors = [m["event_date"] or m["published_day"] for m in mentions]
    rows = con.execute(
        """
        SELECT event_id, event_type, actor, event_date, first_seen_at, weapon, missile_class, mode, vehicle,
            subtypes, participants
        FROM events
        WHERE status = 'active' AND event_type IN (SELECT unnest(?::VARCHAR[]))
          AND coalesce(event_date, (first_seen_at AT TIME ZONE 'UTC')::DATE) BETWEEN ? AND ?
        """,
        [sorted({m["type"] for m in mentions}), min(anchors) - DATE_WINDOW, max(anchors) + DATE_WINDOW],
    ).fetchall()
    for event_id, etype, actor, edate, first_seen, weapon, classes, mode, vehicle, subtypes, parts in rows:
        cluster = _Cluster(
            event_id,
            etype,
            _actor_key(etype, actor),
            edate or first_seen.astimezone(UTC).date(),
            first_seen,
            weapons={weapon} if weapon else set(),
            families={_family(x) for x in classes},
            modes={mode} if mode else set(),
            vehicles={vehicle} if vehicle else set(),
            subtypes=set(subtypes),
            participants=set(parts),
            dated=edate is not None,
        )
        clusters[event_id] = cluster
        index[(etype, cluster.actor_key, cluster.anchor)].add(event_id)
    return clusters, index


_EVENT_COLUMNS = [
    "event_id",
    "event_type",
    "actor",
    "participants",
    "subtypes",
    "event_date",
    "count",
    "count_qualifier",
    "missile_class",
    "weapon",
    "mode",
    "vehicle",
    "payload",
    "status",
    "merged_into",
    "first_seen_at",
    "first_article_id",
    "first_source",
    "n_articles",
    "n_sources",
    "created_at",
    "updated_at",
    "revision",
]
_GROWTH_FIELDS = ("first_seen_at", "first_article_id", "first_source", "n_articles", "n_sources")


def _most_common(values: Iterable[Any], *, prefer_last: bool = False) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    tied = [v for v in counts if counts[v] == best]  # Counter keeps first-seen order
    return tied[-1] if prefer_last else tied[0]


def _refresh(
    con: duckdb.DuckDBPyConnection, event_ids: list[str], new_ids: set[str], now: datetime
) -> tuple[dict[str, dict[str, tuple[Any, Any]]], list[str], list[str]]:
    """Recompute the listed events from their members and write them back."""
    if not event_ids:
        return {}, [], []
    with id_table(con, "_refresh_ids", event_ids):
        cursor = con.execute(
            f"""
            SELECT em.event_id, {", ".join("m." + c for c in _MENTION_COLUMNS)},
                coalesce(a.published_at, a.first_seen_at) AS t, a.outlet, a.feed_name,
                coalesce(d.duplicate_of, a.article_id) AS root,
                coalesce(r.outlet, r.feed_name, r.article_id) AS root_source
            FROM event_members em
            JOIN event_mentions m USING (mention_id)
            JOIN articles a ON a.article_id = m.article_id
            LEFT JOIN article_duplicates d ON d.article_id = a.article_id
            LEFT JOIN articles r ON r.article_id = coalesce(d.duplicate_of, a.article_id)
            WHERE em.event_id IN (SELECT id FROM _refresh_ids)
            ORDER BY t, m.article_id, m.mention_id
            """
        )
        names = [d[0] for d in cursor.description]
        members: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in cursor.fetchall():
            record = dict(zip(names, row, strict=True))
            members[record["event_id"]].append(record)
        cursor = con.execute(
            f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events WHERE event_id IN (SELECT id FROM _refresh_ids)"
        )
        old_rows = {row[0]: dict(zip(_EVENT_COLUMNS, row, strict=True)) for row in cursor.fetchall()}

    changed: dict[str, dict[str, tuple[Any, Any]]] = {}
    grown: list[str] = []
    retracted: list[str] = []
    out: list[dict[str, Any]] = []
    for event_id in event_ids:
        old = old_rows.get(event_id)
        ms = members.get(event_id, [])
        if not ms:
            if old is not None and old["status"] == "active":
                retracted.append(event_id)
                out.append(
                    {
                        **old,
                        "status": "retracted",
                        "updated_at": now,
                        "revision": old["revision"] + 1,
                        "n_articles": 0,
                        "n_sources": 0,
                    }
                )
            continue
        fresh = _summarise(event_id, ms)
        if old is None:
            fresh.update(status="active", merged_into=None, created_at=now, updated_at=now, revision=1)
            out.append(fresh)
            continue
        diff = {f: (old[f], fresh[f]) for f in MATERIAL_FIELDS if _norm(old[f]) != _norm(fresh[f])}
        growth = any(_norm(old[f]) != _norm(fresh[f]) for f in _GROWTH_FIELDS)
        fresh.update(status=old["status"], merged_into=old["merged_into"], created_at=old["created_at"])
        fresh["revision"] = old["revision"] + (1 if diff else 0)
        fresh["updated_at"] = now if diff or growth else old["updated_at"]
        if diff and event_id not in new_ids:
            changed[event_id] = diff
        elif growth and event_id not in new_ids:
            grown.append(event_id)
        if diff or growth:
            out.append(fresh)
    if out:
        _write_events(con, out)
    return changed, grown, retracted


def _norm(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


def _summarise(event_id: str, ms: list[dict[str, Any]]) -> dict[str, Any]:
    first = ms[0]
    counted = [m for m in ms if m["count"] is not None]
    dates = Counter(m["event_date"] for m in ms if m["event_date"] is not None)
    event_date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    modes = [m["mode"] for m in ms if m["mode"] in {"test", "attack"}]
    mode = _most_common(modes) or _most_common(m["mode"] for m in ms)
    return {
        "event_id": event_id,
        "event_type": first["type"],
        "actor": _most_common(m["actor"] for m in ms),
        "participants": sorted({p for m in ms for p in m["participants"]}),
        "subtypes": sorted({s for m in ms for s in m["subtypes"]}),
        "event_date": event_date,
        "count": counted[-1]["count"] if counted else None,
        "count_qualifier": counted[-1]["count_qualifier"] if counted else None,
        "missile_class": sorted({c for m in ms for c in m["missile_class"]}),
        "weapon": _most_common((m["weapon"] for m in ms), prefer_last=True),
        "mode": mode,
        "vehicle": _most_common(m["vehicle"] for m in ms),
        "payload": _most_common(m["payload"] for m in ms),
        "first_seen_at": first["t"],
        "first_article_id": first["article_id"],
        "first_source": first["outlet"] or first["feed_name"],
        "n_articles": len({m["article_id"] for m in ms}),
        "n_sources": len({m["root_source"] for m in ms}),
    }


def _write_events(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    str_list = pa.list_(pa.string())
    ts = pa.timestamp("us", tz="UTC")
    types = {
        "participants": str_list,
        "subtypes": str_list,
        "missile_class": str_list,
        "event_date": pa.date32(),
        "count": pa.int32(),
        "first_seen_at": ts,
        "created_at": ts,
        "updated_at": ts,
        "n_articles": pa.int32(),
        "n_sources": pa.int32(),
        "revision": pa.int32(),
    }
    table = pa.table({c: pa.array([r[c] for r in rows], types.get(c, pa.string())) for c in _EVENT_COLUMNS})
    updates = ", ".join(f"{c} = excluded.{c}" for c in _EVENT_COLUMNS if c not in {"event_id", "created_at"})
    con.register("_events_in", table)
    try:
        con.execute(
            f"INSERT INTO events SELECT {', '.join(_EVENT_COLUMNS)} FROM _events_in "
            f"ON CONFLICT (event_id) DO UPDATE SET {updates}"
        )
    finally:
        con.unregister("_events_in")


def link_near_duplicates(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> int:
    """Link reworded syndicated copies among articles carrying asserted mentions (shingle Jaccard).

    Each listed article not yet linked is compared with earlier articles that have an asserted mention of
    the same type and were published within NEAR_DUPLICATE_WINDOW; the best match at or above
    NEAR_DUPLICATE_JACCARD becomes its `duplicate_of` (or that article's own original).
    """
    if not article_ids:
        return 0
    with id_table(con, "_near_targets", article_ids):
        # Articles are stored in load order and first seen no earlier than published, so every article that
        # can match was first seen after `since`: DuckDB skips the older row groups instead of reading them.
        since = con.execute(
            "SELECT min(coalesce(published_at, first_seen_at)) - to_seconds(?) FROM articles "
            "WHERE article_id IN (SELECT id FROM _near_targets)",
            [NEAR_DUPLICATE_WINDOW.total_seconds()],
        ).fetchone()
        if since is None or since[0] is None:
            return 0
        recent = "(SELECT * FROM articles WHERE first_seen_at >= $since)"
        rows = con.execute(
            f"""
            WITH targets AS (
                SELECT DISTINCT m.article_id, m.type, coalesce(a.published_at, a.first_seen_at) AS t
                FROM event_mentions m JOIN {recent} a USING (article_id)
                WHERE m.status = 'asserted' AND m.article_id IN (SELECT id FROM _near_targets)
                  AND m.article_id NOT IN (SELECT article_id FROM article_duplicates)
            ),
            others AS (
                SELECT DISTINCT m.article_id, m.type, coalesce(a.published_at, a.first_seen_at) AS t
                FROM event_mentions m JOIN {recent} a USING (article_id)
                WHERE m.status = 'asserted'
                  AND coalesce(a.published_at, a.first_seen_at)
                      BETWEEN (SELECT min(t) FROM targets) - to_seconds($window) AND (SELECT max(t) FROM targets)
            )
            SELECT DISTINCT t.article_id, o.article_id
            FROM targets t JOIN others o
              ON o.type = t.type
             AND o.t BETWEEN t.t - to_seconds($window) AND t.t
             AND o.article_id <> t.article_id
            WHERE o.t < t.t OR o.article_id < t.article_id
            """,
            {"since": since[0], "window": NEAR_DUPLICATE_WINDOW.total_seconds()},
        ).fetchall()
    if not rows:
        return 0
    needed = sorted({a for pair in rows for a in pair})
    with id_table(con, "_near_needed", needed):
        texts = dict(
            con.execute(
                "SELECT article_id, title || ' ' || text FROM articles "
                "WHERE first_seen_at >= ? AND article_id IN (SELECT id FROM _near_needed)",
                [since[0]],
            ).fetchall()
        )
        roots = dict(
            con.execute(
                "SELECT article_id, duplicate_of FROM article_duplicates "
                "WHERE article_id IN (SELECT id FROM _near_needed)"
            ).fetchall()
        )
    sets = {aid: shingles(texts[aid]) for aid in needed}
    best: dict[str, tuple[float, str]] = {}
    for target, other in rows:
        score = jaccard(sets[target], sets[other])
        if score >= NEAR_DUPLICATE_JACCARD and score > best.get(target, (0.0, ""))[0]:
            best[target] = (score, other)
    # Targets only link to earlier articles, so following links always ends at an original.
    parent = {**roots, **{t: o for t, (_, o) in best.items()}}

    def original(article_id: str) -> str:
        while article_id in parent:
            article_id = parent[article_id]
        return article_id

    links = [(t, original(o), s) for t, (s, o) in sorted(best.items())]
    if not links:
        return 0
    table = pa.table(
        {
            "article_id": pa.array([t for t, _, _ in links], pa.string()),
            "duplicate_of": pa.array([r for _, r, _ in links], pa.string()),
            "similarity": pa.array([s for _, _, s in links], pa.float64()),
        }
    )
    with registered(con, "_near_in", table):
        con.execute(
            "INSERT INTO article_duplicates SELECT article_id, duplicate_of, 'shingles', similarity FROM _near_in "
            "ON CONFLICT (article_id) DO NOTHING"
        )
    flatten_duplicate_links(con)
    return len(links)


def flatten_duplicate_links(con: duckdb.DuckDBPyConnection) -> int:
    """Point every copy straight at its original (links made in one batch can chain); return rows fixed."""
    fixed = 0
    for _ in range(32):  # chains only go back in time, so they are short; the bound guards against a bug
        rows = con.execute(
            """
            UPDATE article_duplicates AS d SET duplicate_of = p.duplicate_of
            FROM article_duplicates AS p
            WHERE d.duplicate_of = p.article_id AND p.duplicate_of <> d.article_id
            RETURNING d.article_id
            """
        ).fetchall()
        if not rows:
            break
        fixed += len(rows)
    return fixed
