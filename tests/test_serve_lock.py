"""Without a Prefect API (ephemeral mode) the one-writer guard is DuckDB's own file lock, waited on for the run's
timeout: two real processes on one DuckDB file."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.settings import quiet_prefect
from warehouse.db import open_warehouse

quiet_prefect()

from prefect.settings import PREFECT_API_URL, temporary_settings  # noqa: E402 — Prefect reads its settings at import

from flows.concurrency import WarehouseBusyError, guard_mode, open_writer, warehouse_slot  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
HOLD = """
import sys, time
from warehouse.db import open_warehouse
con = open_warehouse(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def _holder(db: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds)], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_without_an_api_the_guard_is_the_file_lock(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        assert guard_mode() == "file-lock"
        with warehouse_slot(tmp_path / "w.duckdb", timeout_s=1) as mode:
            assert mode == "file-lock"
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        assert guard_mode() == "prefect-limit"


def test_a_second_writer_waits_for_the_file_lock_then_fails_clearly(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    open_warehouse(db).close()

    holder = _holder(db, 2.0)
    try:
        with pytest.raises(WarehouseBusyError, match="DuckDB file lock"):
            open_writer(db, timeout_s=0.3, mode="file-lock")
        started = time.monotonic()
        con = open_writer(db, timeout_s=30, mode="file-lock")
        waited = time.monotonic() - started
    finally:
        holder.communicate(timeout=30)  # also closes its stdout pipe
    try:
        assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] > 0  # type: ignore[index]
    finally:
        con.close()
    assert holder.returncode == 0
    assert 0.5 < waited < 10, f"waited {waited:.1f}s for a 2 s lock"
