"""Reference data the user supplies: the CNS North Korea Missile Test Database and the CSIS provocations dates.

Parsing only (no I/O beyond reading the given files): the CNS database as published in the JSON files of the
nk-missile-tests visualisation (`test.en.json`, with `missile.en.json` and `facility.en.json` for names), and the
CSIS Beyond Parallel provocations as a CSV with columns `date,type,event`. Each file's SHA-256 is its version.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

CNS_TESTS_FILE = "test.en.json"
CNS_MISSILES_FILE = "missile.en.json"
CNS_FACILITIES_FILE = "facility.en.json"
CNS_DIR_NAME = "nagix_nk_missile_tests"
CSIS_FILE_NAME = "dprk_provocations_dates.csv"
SPACE_LAUNCH_TYPES = frozenset({"SLV"})
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*(?:\(UTC\))?\s*$", re.IGNORECASE)


class ReferenceDataError(ValueError):
    """A reference file is missing, unreadable or not in the expected format."""


@dataclass(frozen=True)
class CnsTest:
    """One missile of a CNS flight test (the database has one entry per missile fired)."""

    seq: int  # order in the file
    date_text: str  # as published: YYYY-MM-DD, or YYYY-MM when only the month is known
    launch_date: date | None  # None when only the month is known
    launch_at: datetime | None  # UTC, when the database gives a time
    missile: str  # database code, e.g. "hwasong-14"
    missile_name: str
    missile_type: str  # SRBM, MRBM, IRBM, ICBM, SLBM, SLV, ...
    is_space_launch: bool  # a satellite launch vehicle
    facility: str
    facility_name: str
    landing: str | None
    apogee_km: float | None
    distance_km: float | None
    outcome: str  # success | failure | unknown
    series: int | None  # position within a salvo, when given


@dataclass(frozen=True)
class CsisProvocation:
    """One dated record of the CSIS provocations list."""

    seq: int
    day: date
    kind: str  # Missile Provocation | Nuclear Provocation | Other Provocation
    event: str


@dataclass(frozen=True)
class ReferenceFile:
    """Parsed records of one reference source with its version (SHA-256 of the files read)."""

    source: str  # "cns" | "csis"
    path: Path
    version: str
    records: tuple[Any, ...]


def _sha256(*blobs: bytes) -> str:
    digest = hashlib.sha256()
    for blob in blobs:
        digest.update(hashlib.sha256(blob).digest())
    return digest.hexdigest()


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ""))
        except ValueError:
            return None
    return None


def _json(blob: bytes, path: Path) -> Any:
    try:
        return json.loads(blob.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReferenceDataError(f"{path}: not valid JSON ({exc})") from exc


def parse_cns(
    tests_blob: bytes,
    missiles_blob: bytes | None = None,
    facilities_blob: bytes | None = None,
    *,
    path: Path = Path(CNS_TESTS_FILE),
) -> tuple[CnsTest, ...]:
    """The CNS tests of a `test.en.json` body, named with the optional missile and facility lookups."""
    data = _json(tests_blob, path)
    missiles = _json(missiles_blob, path.with_name(CNS_MISSILES_FILE)) if missiles_blob else {}
    facilities_doc = _json(facilities_blob, path.with_name(CNS_FACILITIES_FILE)) if facilities_blob else {}
    facilities = facilities_doc.get("facilities", facilities_doc) if isinstance(facilities_doc, dict) else {}
    bins = data.get("timeBins") if isinstance(data, dict) else None
    if not isinstance(bins, list):
        raise ReferenceDataError(f"{path}: expected an object with a 'timeBins' list (the CNS test database format)")
    tests: list[CnsTest] = []
    for b in bins:
        for row in (b or {}).get("data", []) if isinstance(b, dict) else []:
            tests.append(_cns_test(row, len(tests), missiles, facilities, path))
    if not tests:
        raise ReferenceDataError(f"{path}: no test records found")
    return tuple(tests)


def _cns_test(row: Any, seq: int, missiles: dict, facilities: dict, path: Path) -> CnsTest:
    if not isinstance(row, dict) or not isinstance(row.get("date"), str):
        raise ReferenceDataError(f"{path}: record {seq + 1} has no date: {str(row)[:120]}")
    text = row["date"].strip()
    try:
        if len(text) == 10:
            day: date | None = date.fromisoformat(text)
        elif len(text) == 7:
            date.fromisoformat(text + "-01")  # validates the month
            day = None
        else:
            raise ValueError(text)
    except ValueError as exc:
        raise ReferenceDataError(f"{path}: record {seq + 1} has a bad date {text!r}") from exc
    launch_at = None
    match = _TIME.match(str(row.get("time") or ""))
    if day is not None and match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
        launch_at = datetime.combine(day, time(int(match.group(1)), int(match.group(2))), tzinfo=UTC)
    code = str(row.get("missile") or "unknown")
    found = missiles.get(code)
    info: dict[str, Any] = found if isinstance(found, dict) else {}
    missile_type = str(info.get("type") or "Unknown")
    fac_code = str(row.get("facility") or "unknown")
    found_fac = facilities.get(fac_code)
    fac: dict[str, Any] = found_fac if isinstance(found_fac, dict) else {}
    series = row.get("series")
    return CnsTest(
        seq=seq,
        date_text=text,
        launch_date=day,
        launch_at=launch_at,
        missile=code,
        missile_name=str(info.get("name") or code),
        missile_type=missile_type,
        is_space_launch=missile_type in SPACE_LAUNCH_TYPES,
        facility=fac_code,
        facility_name=str(fac.get("name") or fac_code),
        landing=None if row.get("landing") in (None, "unknown") else str(row["landing"]),
        apogee_km=_number(row.get("apogee")),
        distance_km=_number(row.get("distance")),
        outcome=str(row.get("outcome") or "unknown"),
        series=series if isinstance(series, int) and not isinstance(series, bool) else None,
    )


def parse_csis(blob: bytes, *, path: Path = Path(CSIS_FILE_NAME)) -> tuple[CsisProvocation, ...]:
    """The records of a CSIS provocations CSV (`date,type,event`)."""
    try:
        text = blob.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(f"{path}: not UTF-8 text ({exc})") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = {"date", "type", "event"} - set(reader.fieldnames or [])
    if missing:
        raise ReferenceDataError(f"{path}: expected columns date,type,event; missing {', '.join(sorted(missing))}")
    rows: list[CsisProvocation] = []
    for line_no, row in enumerate(reader, start=2):
        try:
            day = date.fromisoformat((row["date"] or "").strip())
        except ValueError as exc:
            raise ReferenceDataError(f"{path}: line {line_no} has a bad date {row['date']!r}") from exc
        rows.append(CsisProvocation(len(rows), day, (row["type"] or "").strip(), (row["event"] or "").strip()))
    if not rows:
        raise ReferenceDataError(f"{path}: no records")
    return tuple(rows)


def read_cns_dir(folder: Path) -> ReferenceFile:
    """Read a folder holding `test.en.json` (and, if present, the missile and facility lookups)."""
    tests_path = folder / CNS_TESTS_FILE
    if not tests_path.is_file():
        raise ReferenceDataError(f"{folder}: no {CNS_TESTS_FILE} (the CNS test database) in this folder")
    blobs = [tests_path.read_bytes()]
    extra: list[bytes | None] = []
    for name in (CNS_MISSILES_FILE, CNS_FACILITIES_FILE):
        p = folder / name
        extra.append(p.read_bytes() if p.is_file() else None)
        blobs.append(extra[-1] or b"")
    records = parse_cns(blobs[0], extra[0], extra[1], path=tests_path)
    return ReferenceFile("cns", folder, _sha256(*blobs), records)


def read_csis(path: Path) -> ReferenceFile:
    blob = path.read_bytes()
    return ReferenceFile("csis", path, _sha256(blob), parse_csis(blob, path=path))


def discover(path: Path) -> list[ReferenceFile]:
    """Every reference source found at `path`: a folder of both, the CNS folder, its test file, or a CSIS CSV."""
    if not path.exists():
        raise ReferenceDataError(f"{path}: no such file or folder")
    if path.is_file():
        if path.name == CNS_TESTS_FILE:
            return [read_cns_dir(path.parent)]
        if path.suffix.lower() == ".csv":
            return [read_csis(path)]
        raise ReferenceDataError(f"{path}: expected {CNS_TESTS_FILE}, a CNS folder, or a CSIS .csv file")
    found: list[ReferenceFile] = []
    if (path / CNS_TESTS_FILE).is_file():
        found.append(read_cns_dir(path))
    elif (path / CNS_DIR_NAME / CNS_TESTS_FILE).is_file():
        found.append(read_cns_dir(path / CNS_DIR_NAME))
    csvs = sorted(path.glob("*.csv"))
    preferred = [p for p in csvs if p.name == CSIS_FILE_NAME]
    for csv_path in preferred or csvs[:1]:
        found.append(read_csis(csv_path))
    if not found:
        raise ReferenceDataError(
            f"{path}: found neither {CNS_TESTS_FILE} (nor {CNS_DIR_NAME}/{CNS_TESTS_FILE}) nor a CSIS .csv file"
        )
    return found
