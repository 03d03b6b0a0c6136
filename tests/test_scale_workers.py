"""Many workers, one work pool: a real Prefect server whose database is PostgreSQL, the `marsad` process pool, two
`prefect worker start` processes, and several triggered ingest runs against the demo snapshot. Every run completes,
the runs are spread over both workers, and the one DuckDB warehouse they share ends consistent (the runs queue on
the warehouse's global concurrency limit)."""

from __future__ import annotations

import itertools
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

from flows.demo import SNAPSHOT_DIR, load_manifest, snapshot_feed_specs
from flows.settings import PREFECT_QUIET_DEFAULTS, quiet_prefect
from flows.static_server import serve_snapshot
from tests.test_scale_pg import fresh_database
from transforms.feedlist import dump_feed_list
from warehouse.checks import run_checks
from warehouse.db import open_warehouse

quiet_prefect()

from prefect.client.orchestration import get_client  # noqa: E402 — Prefect reads its settings at import
from prefect.deployments import run_deployment  # noqa: E402
from prefect.settings import PREFECT_API_URL, temporary_settings  # noqa: E402

pytestmark = pytest.mark.prefect
REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
RUNS = 3
WORKERS = ("worker-a", "worker-b")
# Poll every second, and log at INFO: the worker's "Submitting flow run …" lines say which worker took which run.
WORKER_ENV = {
    "PREFECT_WORKER_QUERY_SECONDS": "1",
    "PREFECT_WORKER_PREFETCH_SECONDS": "1",
    "PREFECT_LOGGING_LEVEL": "INFO",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the process group this test started, then SIGKILL."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


def _asyncpg_url(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(scheme="postgresql+asyncpg"))


@pytest.fixture
def pg_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A Prefect server on 127.0.0.1 whose database is a fresh PostgreSQL database; yields the client environment."""
    databases = fresh_database()
    database = next(databases)
    home = tmp_path / "prefect-home"
    home.mkdir()
    port = _free_port()
    env = {
        **os.environ,
        **PREFECT_QUIET_DEFAULTS,
        "PREFECT_HOME": str(home),
        "PREFECT_API_DATABASE_CONNECTION_URL": _asyncpg_url(database),
        "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_API_PORT": str(port),
        "MARSAD_RETRIES": "0",
        "PYTHONPATH": str(REPO),
    }
    env.pop("PREFECT_API_URL", None)
    log_path = home / "server.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}/api"
        try:
            _wait(lambda: _healthy(url), proc, log_path, "prefect server on PostgreSQL", timeout_s=90)
            yield {**env, "PREFECT_API_URL": url}
        finally:
            _stop(proc)
            next(databases, None)  # drops the database


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def _wait(ready, proc: subprocess.Popen[bytes], log: Path, what: str, timeout_s: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not ready():
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"{what} did not come up: {log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.5)


def _cli(env: dict[str, str], *args: str) -> None:
    done = subprocess.run(
        [str(BIN / "prefect"), *args], env=env, capture_output=True, text=True, timeout=90, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _submitted(log: str) -> set[str]:
    return set(re.findall(r"submitting flow run '([0-9a-f-]{36})'", log))


def _aborted(log: str) -> set[str]:
    return set(re.findall(r"Aborted submission of flow run '([0-9a-f-]{36})'", log))


def _online_workers() -> set[str]:
    with get_client(sync_client=True) as client:
        return {w.name for w in client.read_workers_for_work_pool("marsad") if w.status.value == "ONLINE"}


def test_two_workers_share_the_pool_and_runs_keep_the_warehouse_consistent(
    pg_server: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "pool.duckdb"
    _cli(pg_server, "work-pool", "create", "marsad", "--type", "process")
    workers: list[subprocess.Popen[bytes]] = []
    logs = {name: tmp_path / f"{name}.log" for name in WORKERS}
    with (
        temporary_settings(updates={PREFECT_API_URL: pg_server["PREFECT_API_URL"]}),
        serve_snapshot(SNAPSHOT_DIR) as base_url,
    ):
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(dump_feed_list(snapshot_feed_specs(base_url)), encoding="utf-8")
        with get_client(sync_client=True) as client:
            flow_id = client.create_flow_from_name("marsad-scheduled-ingest")
            client.create_deployment(
                flow_id=flow_id,
                name="scale",
                entrypoint="flows/concurrency.py:scheduled_ingest",
                work_pool_name="marsad",
                parameters={"feeds_file": str(feeds), "db": str(db), "lock_timeout_s": 120.0},
                pull_steps=[{"prefect.deployments.steps.set_working_directory": {"directory": str(REPO)}}],
            )
        try:
            for name in WORKERS:
                with logs[name].open("wb") as log:
                    workers.append(
                        subprocess.Popen(
                            # --limit 1: a worker takes one run at a time, so queued runs go to whichever is free.
                            [
                                str(BIN / "prefect"),
                                "worker",
                                "start",
                                "--pool",
                                "marsad",
                                "--name",
                                name,
                                "--limit",
                                "1",
                            ],
                            env={**pg_server, **WORKER_ENV},
                            cwd=tmp_path,
                            stdout=log,
                            stderr=subprocess.STDOUT,
                            start_new_session=True,
                        )
                    )
            _wait(lambda: _online_workers() == set(WORKERS), workers[0], logs[WORKERS[0]], "two workers", 60)

            triggered = [run_deployment("marsad-scheduled-ingest/scale", timeout=0) for _ in range(RUNS)]
            deadline = time.monotonic() + 240
            with get_client(sync_client=True) as client:
                while True:
                    runs = [client.read_flow_run(r.id) for r in triggered]  # type: ignore[attr-defined]
                    if all(r.state is not None and r.state.is_final() for r in runs) or time.monotonic() > deadline:
                        break
                    time.sleep(1)
        finally:
            for proc in workers:
                _stop(proc)
    worker_logs = {name: logs[name].read_text(errors="replace") for name in WORKERS}

    states = [r.state.type.value if r.state else None for r in runs]
    assert states == ["COMPLETED"] * RUNS, "\n".join(log[-3000:] for log in worker_logs.values())
    # Both workers may reach for the same scheduled run; the server lets one move it to PENDING and tells the other
    # to abort ("Aborted submission of flow run …"), so a run is executed by exactly one worker.
    ran = {name: _submitted(log) - _aborted(log) for name, log in worker_logs.items()}
    assert all(ran.values()), ran  # both workers ran flow runs …
    assert set.union(*ran.values()) == {str(r.id) for r in runs}  # … every run by one of them …
    assert not set.intersection(*ran.values())  # … and none by both

    expected = load_manifest()["expected"]["distinct_canonical_urls"]
    con = open_warehouse(db, read_only=True)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone() == (
            expected,
            expected,
        )
        assert con.execute("SELECT status, count(*) FROM runs WHERE kind = 'ingest' GROUP BY ALL").fetchall() == [
            ("ok", RUNS)
        ]
        # One writer at a time: the runs' warehouse sessions never overlap, and only the first found new articles.
        spans = con.execute("SELECT started_at, finished_at, new_articles FROM runs ORDER BY started_at").fetchall()
        assert all(later[0] >= earlier[1] for earlier, later in itertools.pairwise(spans))
        assert [row[2] for row in spans] == [expected] + [0] * (RUNS - 1)
        assert run_checks(con) == []
    finally:
        con.close()
