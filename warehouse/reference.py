"""Reference data in the warehouse (CNS tests, CSIS provocations) and the verification of launches against it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import pyarrow as pa

from transforms.reference import CnsTest, CsisProvocation, ReferenceFile
from warehouse.db import registered, transaction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedReference:
    """The current load of one reference source."""

    source: str
    version: str
    path: str
    n_records: int
    loaded_at: datetime
    changed: bool = True  # False when that very version was already current


def current_references(con: duckdb.DuckDBPyConnection) -> dict[str, LoadedReference]:
    """The current load of each source (empty when no reference data is loaded, or the table is missing)."""
    try:
        rows = con.execute(
            "SELECT source, version, path, n_records, loaded_at FROM reference_loads WHERE is_current"
        ).fetchall()
    except duckdb.CatalogException:
        return {}
    return {r[0]: LoadedReference(r[0], r[1], r[2], r[3], r[4], changed=False) for r in rows}


def load_reference(con: duckdb.DuckDBPyConnection, ref: ReferenceFile) -> LoadedReference:
    """Make `ref` the current load of its source, in one transaction; a version already current is left as is."""
    current = current_references(con).get(ref.source)
    if current is not None and current.version == ref.version:
        return current
    now = datetime.now(UTC)
    with transaction(con):
        row = con.execute(
            "INSERT INTO reference_loads (source, version, path, n_records, loaded_at, is_current) "
            "VALUES (?, ?, ?, ?, ?, false) RETURNING load_id",
            [ref.source, ref.version, str(ref.path), len(ref.records), now],
        ).fetchone()
        assert row is not None
        load_id = int(row[0])
        if ref.source == "cns":
            _insert_cns(con, load_id, [r for r in ref.records if isinstance(r, CnsTest)])
            table = "ref_cns_tests"
        else:
            _insert_csis(con, load_id, [r for r in ref.records if isinstance(r, CsisProvocation)])
            table = "ref_csis_provocations"
        # Older loads keep their row in reference_loads (the history); their records make way for the new ones.
        con.execute(
            f"DELETE FROM {table} WHERE load_id IN (SELECT load_id FROM reference_loads WHERE source = ? "
            "AND load_id <> ?)",
            [ref.source, load_id],
        )
        con.execute("UPDATE reference_loads SET is_current = (load_id = ?) WHERE source = ?", [load_id, ref.source])
    log.info("loaded %s reference %s: %d records", ref.source, ref.version[:12], len(ref.records))
    return LoadedReference(ref.source, ref.version, str(ref.path), len(ref.records), now, changed=True)


def _insert_cns(con: duckdb.DuckDBPyConnection, load_id: int, tests: Sequence[CnsTest]) -> None:
    table = pa.table(
        {
            "load_id": pa.array([load_id] * len(tests), pa.int64()),
            "seq": pa.array([t.seq for t in tests], pa.int32()),
            "date_text": pa.array([t.date_text for t in tests], pa.string()),
            "launch_date": pa.array([t.launch_date for t in tests], pa.date32()),
            "launch_at": pa.array([t.launch_at for t in tests], pa.timestamp("us", tz="UTC")),
            "missile": pa.array([t.missile for t in tests], pa.string()),
            "missile_name": pa.array([t.missile_name for t in tests], pa.string()),
            "missile_type": pa.array([t.missile_type for t in tests], pa.string()),
            "is_space_launch": pa.array([t.is_space_launch for t in tests], pa.bool_()),
            "facility": pa.array([t.facility for t in tests], pa.string()),
            "facility_name": pa.array([t.facility_name for t in tests], pa.string()),
            "landing": pa.array([t.landing for t in tests], pa.string()),
            "apogee_km": pa.array([t.apogee_km for t in tests], pa.float64()),
            "distance_km": pa.array([t.distance_km for t in tests], pa.float64()),
            "outcome": pa.array([t.outcome for t in tests], pa.string()),
            "series": pa.array([t.series for t in tests], pa.int32()),
        }
    )
    with registered(con, "_cns_in", table):
        con.execute("INSERT INTO ref_cns_tests SELECT * FROM _cns_in")


def _insert_csis(con: duckdb.DuckDBPyConnection, load_id: int, rows: Sequence[CsisProvocation]) -> None:
    table = pa.table(
        {
            "load_id": pa.array([load_id] * len(rows), pa.int64()),
            "seq": pa.array([r.seq for r in rows], pa.int32()),
            "day": pa.array([r.day for r in rows], pa.date32()),
            "kind": pa.array([r.kind for r in rows], pa.string()),
            "event": pa.array([r.event for r in rows], pa.string()),
        }
    )
    with registered(con, "_csis_in", table):
        con.execute("INSERT INTO ref_csis_provocations SELECT * FROM _csis_in")


# ---------------------------------------------------------------- verification


@dataclass(frozen=True)
class GroundTruthLaunch:
    """One CNS launch day and what marsad made of it."""

    launch_date: date
    launch_at: datetime | None
    kind: str  # missile | space
    missiles: list[str]
    cns_missiles: int
    marsad_missiles: int | None
    caught: bool
    event_ids: list[str]
    first_report_at: datetime | None
    first_outlet: str | None
    latency_hours: float | None
    n_outlets: int
    csis_event: str | None


@dataclass(frozen=True)
class UnmatchedLaunch:
    """A marsad North Korean launch event with no CNS launch day within the window."""

    event_id: str
    event_type: str
    day: date
    count: int | None
    weapon: str | None
    first_seen_at: datetime | None
    first_source: str | None
    n_sources: int
    nearest_cns_date: date | None
    csis_event: str | None


@dataclass(frozen=True)
class Verification:
    """marsad's DPRK launches against the CNS tests over one period."""

    since: date | None
    until: date | None
    window_days: int
    references: dict[str, LoadedReference]
    launches: list[GroundTruthLaunch] = field(default_factory=list)
    unmatched: list[UnmatchedLaunch] = field(default_factory=list)
    marsad_events: int = 0

    @property
    def caught(self) -> int:
        return sum(launch.caught for launch in self.launches)

    @property
    def matched_events(self) -> int:
        return self.marsad_events - len(self.unmatched)

    @property
    def recall(self) -> float | None:
        return self.caught / len(self.launches) if self.launches else None

    @property
    def precision(self) -> float | None:
        return self.matched_events / self.marsad_events if self.marsad_events else None

    def latency_quantile(self, q: float) -> float | None:
        """Time to first report (hours) at quantile `q` over caught launches (linear interpolation)."""
        values = sorted(x.latency_hours for x in self.launches if x.latency_hours is not None)
        if not values:
            return None
        pos = q * (len(values) - 1)
        low = int(pos)
        high = min(low + 1, len(values) - 1)
        return values[low] + (values[high] - values[low]) * (pos - low)

    def totals(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "window_days": self.window_days,
            "cns_launch_days": len(self.launches),
            "caught": self.caught,
            "missed": len(self.launches) - self.caught,
            "marsad_launch_events": self.marsad_events,
            "matched_events": self.matched_events,
            "unmatched_events": len(self.unmatched),
            "recall": self.recall,
            "precision": self.precision,
            "median_latency_hours": self.latency_quantile(0.5),
            "p90_latency_hours": self.latency_quantile(0.9),
            "cns_missiles": sum(x.cns_missiles for x in self.launches),
            "marsad_missiles_on_caught_days": sum(x.marsad_missiles or 0 for x in self.launches),
        }


def verify(
    con: duckdb.DuckDBPyConnection, *, window_days: int = 2, since: date | None = None, until: date | None = None
) -> Verification:
    """Match marsad's active DPRK launch events to CNS launch days (see warehouse/views/30_ground_truth.sql)."""
    refs = current_references(con)
    period = con.execute("SELECT since, until FROM gt_period(?, ?)", [since, until]).fetchone()
    start, end = (period[0], period[1]) if period else (since, until)
    result = Verification(start, end, window_days, refs)
    if "cns" not in refs or start is None or end is None:
        return result
    params = [window_days, start, end]
    launches = [
        GroundTruthLaunch(*row)
        for row in con.execute(
            """
            SELECT launch_date, launch_at, kind, missiles, cns_missiles, marsad_missiles::INTEGER, caught, event_ids,
                first_report_at, first_outlet, latency_hours, n_outlets, csis_event
            FROM ground_truth_launches(?, ?, ?)
            """,
            params,
        ).fetchall()
    ]
    unmatched = [
        UnmatchedLaunch(*row)
        for row in con.execute(
            """
            SELECT event_id, event_type, day, count, weapon, first_seen_at, first_source, n_sources,
                nearest_cns_date, csis_event
            FROM unmatched_launches(?, ?, ?)
            """,
            params,
        ).fetchall()
    ]
    n_events = con.execute("SELECT count(*) FROM gt_marsad_launches(?, ?)", [start, end]).fetchone()
    return Verification(
        start, end, window_days, refs, launches, unmatched, marsad_events=int(n_events[0]) if n_events else 0
    )


def daily_counts(con: duckdb.DuckDBPyConnection, since: date, until: date) -> list[tuple[date, int, int, int]]:
    """Per day with a launch on either side: (day, CNS missiles, marsad launch events, marsad missiles counted)."""
    return [
        (r[0], int(r[1]), int(r[2]), int(r[3]))
        for r in con.execute(
            """
            WITH cns AS (SELECT launch_date AS day, cns_missiles FROM gt_cns_days(?, ?)),
            m AS (
                SELECT day, count(*) AS n_events, coalesce(sum(count) FILTER (WHERE event_type = 'missile_launch'), 0)
                    AS n_missiles
                FROM gt_marsad_launches(?, ?) GROUP BY day
            )
            SELECT coalesce(cns.day, m.day) AS day, coalesce(cns.cns_missiles, 0), coalesce(m.n_events, 0),
                coalesce(m.n_missiles, 0)
            FROM cns FULL JOIN m ON m.day = cns.day
            ORDER BY day
            """,
            [since, until, since, until],
        ).fetchall()
    ]
