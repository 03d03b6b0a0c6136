"""Against a real `prefect server` (SQLite, temp PREFECT_HOME, 127.0.0.1): `marsad serve` registers the deployments,
a triggered ingest run loads the demo snapshot into DuckDB, a failing run does not stop serving, and two processes
on one DuckDB file queue on the warehouse's global concurrency limit instead of failing on the file lock.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from deploy.deployments import RETAG_CRON, WORK_POOL, deployment_specs
from flows.demo import SNAPSHOT_DIR, load_manifest, snapshot_feed_specs
from flows.settings import PREFECT_QUIET_DEFAULTS, quiet_prefect
from flows.static_server import serve_snapshot
from transforms.feedlist import dump_feed_list
from warehouse.db import open_warehouse

quiet_prefect()

from prefect.client.orchestration import get_client  # noqa: E402 — Prefect reads its settings at import
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId  # noqa: E402
from prefect.deployments import run_deployment  # noqa: E402
from prefect.settings import PREFECT_API_URL, temporary_settings  # noqa: E402

from flows.concurrency import warehouse_limit_name, warehouse_slot  # noqa: E402
from flows.serve import load_spec_flow  # noqa: E402

pytestmark = pytest.mark.prefect
REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SERVER_START_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the process group this test started (the process and its flow-run children), then SIGKILL."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A real Prefect server; yields the environment child processes need to use it."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {
        **os.environ,
        **PREFECT_QUIET_DEFAULTS,
        "PREFECT_HOME": str(home),
        "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_API_PORT": str(port),
        "MARSAD_READ_TIMEOUT_S": "2",
        "MARSAD_CONNECT_TIMEOUT_S": "2",
        "MARSAD_RETRIES": "0",
    }
    env.pop("PREFECT_API_URL", None)
    log = (home / "server.log").open("wb")
    proc = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    try:
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    f"prefect server did not start: {(home / 'server.log').read_text(errors='replace')[-2000:]}"
                )
            time.sleep(0.3)
        yield {**env, "PREFECT_API_URL": url}
    finally:
        _stop(proc)
        log.close()


@pytest.fixture
def api(server: dict[str, str]) -> Iterator[str]:
    """This test process's Prefect client talks to the test server."""
    with temporary_settings(updates={PREFECT_API_URL: server["PREFECT_API_URL"]}):
        yield server["PREFECT_API_URL"]


def _count(db: Path, sql: str) -> int:
    con = open_warehouse(db, read_only=True)
    try:
        return int(con.execute(sql).fetchone()[0])  # type: ignore[index]
    finally:
        con.close()


def _wait_for_deployment(name: str, serve_proc: subprocess.Popen[bytes], log: Path, timeout_s: float = 60) -> object:
    deadline = time.monotonic() + timeout_s
    with get_client(sync_client=True) as client:
        while True:
            try:
                return client.read_deployment_by_name(name)
            except Exception:  # ObjectNotFound until `serve` has registered it
                if serve_proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"`marsad serve` did not register {name}: {log.read_text(errors='replace')[-3000:]}")
                time.sleep(0.5)


def test_serve_registers_deployments_runs_ingest_and_survives_a_failing_run(
    server: dict[str, str], api: str, tmp_path: Path
) -> None:
    db = tmp_path / "served.duckdb"
    log_path = tmp_path / "serve.log"
    manifest = load_manifest()
    with serve_snapshot(SNAPSHOT_DIR) as base_url, log_path.open("wb") as log:
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(dump_feed_list(snapshot_feed_specs(base_url)), encoding="utf-8")
        serve_proc = subprocess.Popen(
            [str(BIN / "marsad"), "serve", "--db", str(db), "--feeds", str(feeds), "--ingest-cron", "0 0 1 1 *"],
            env={**server, "PREFECT_RUNNER_POLL_FREQUENCY": "1"},  # pick up triggered runs within a second
            cwd=tmp_path,  # module entrypoints: serving works from any directory
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deployment = _wait_for_deployment("marsad-scheduled-ingest/ingest", serve_proc, log_path)
            _wait_for_deployment("marsad-maintenance/maintenance", serve_proc, log_path)
            retag_dep = _wait_for_deployment("marsad-retag/retag", serve_proc, log_path)
            assert [s.schedule.cron for s in retag_dep.schedules] == [RETAG_CRON]  # type: ignore[attr-defined]
            assert deployment.parameters["db"] == str(db)  # type: ignore[attr-defined]

            bad = run_deployment(
                "marsad-scheduled-ingest/ingest",
                parameters={"feeds_file": str(tmp_path / "missing.toml")},
                timeout=90,
                poll_interval=1,
            )
            good = run_deployment("marsad-scheduled-ingest/ingest", timeout=120, poll_interval=1)
            still_serving = serve_proc.poll() is None
        finally:
            _stop(serve_proc)
    serve_log = log_path.read_text(errors="replace")

    assert bad.state is not None and bad.state.is_failed(), serve_log[-3000:]  # type: ignore[attr-defined]
    assert good.state is not None and good.state.is_completed(), serve_log[-3000:]  # type: ignore[attr-defined]
    assert still_serving
    expected = manifest["expected"]["distinct_canonical_urls"]
    assert _count(db, "SELECT count(*) FROM articles") == expected
    assert _count(db, "SELECT count(*) FROM runs WHERE kind = 'ingest' AND status = 'ok'") == 1
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[good.id]))  # type: ignore[attr-defined]
        )
    by_key = {a.key: a for a in artifacts}
    assert sorted(by_key) == ["marsad-ingest-progress", "marsad-ingest-run"]
    body = str(by_key["marsad-ingest-run"].data)
    assert f"| new articles | {expected} |" in body
    assert "| feeds failed | 0 |" in body
    # The progress artifact shows every new page done, with the same numbers as the bar.
    progress = by_key["marsad-ingest-progress"]
    assert progress.type == "progress" and progress.data == 100.0
    done, total = map(int, str(progress.description).rsplit(" ", 1)[1].split("/"))
    assert str(progress.description).startswith("pages fetched, tagged and loaded ")
    assert done == total >= expected


_RUN_RETAG = """
import json, sys
from flows.retag import retag
state = retag(db=sys.argv[1], batch=50, lock_timeout_s=float(sys.argv[2]), return_state=True)
print(json.dumps({"type": state.type.value, "message": state.message}))
"""


def _retag_process(env: dict[str, str], db: Path, lock_timeout_s: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _RUN_RETAG, str(db), str(lock_timeout_s)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _final_state(proc: subprocess.Popen[str]) -> dict[str, str]:
    out, err = proc.communicate(timeout=90)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    assert lines, f"no state printed (exit {proc.returncode}): {err[-3000:]}"
    return json.loads(lines[-1])


def test_two_processes_queue_on_the_warehouse_limit_then_fail_clearly_when_it_stays_busy(
    server: dict[str, str], api: str, tmp_path: Path
) -> None:
    db = tmp_path / "shared.duckdb"
    open_warehouse(db).close()
    child_env = {**server, "PYTHONPATH": str(REPO)}

    # This process holds the warehouse (the limit's one slot and DuckDB's write lock) while two other processes
    # start a retag on the same file: one willing to wait a minute, one only 2 s.
    with warehouse_slot(db, timeout_s=10) as guard:
        assert guard == "prefect-limit"
        con = open_warehouse(db)
        queued = _retag_process(child_env, db, lock_timeout_s=60)
        impatient = _retag_process(child_env, db, lock_timeout_s=2)
        busy = _final_state(impatient)
        assert queued.poll() is None, "the patient writer should still wait for the slot, not fail on the file lock"
        con.close()
    waited = _final_state(queued)

    assert busy["type"] == "FAILED"
    assert "is busy" in busy["message"] and warehouse_limit_name(db) in busy["message"]
    assert impatient.returncode == 0  # a clear state, not a crash
    assert waited["type"] == "COMPLETED", waited
    assert _count(db, "SELECT count(*) FROM runs WHERE kind = 'retag'") == 1


def test_prefect_yaml_deploys_the_same_deployments_to_a_work_pool(server: dict[str, str], api: str) -> None:
    env = {**server, "MARSAD_HOME": str(REPO)}
    created = subprocess.run(
        [str(BIN / "prefect"), "work-pool", "create", "marsad", "--type", "process"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert created.returncode == 0, created.stdout + created.stderr
    deployed = subprocess.run(
        [str(BIN / "prefect"), "--no-prompt", "deploy", "--all", "--prefect-file", "deploy/prefect.yaml"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr

    with get_client(sync_client=True) as client:
        for spec in deployment_specs():
            flow_name = load_spec_flow(spec).name
            dep = client.read_deployment_by_name(f"{flow_name}/{spec.name}")
            assert dep.entrypoint == spec.entrypoint
            assert dep.work_pool_name == WORK_POOL
            assert dep.parameters == spec.parameters
            schedule = dep.schedules[0].schedule
            if spec.cron:
                assert (schedule.cron, schedule.timezone) == (spec.cron, "UTC")  # type: ignore[union-attr]
            else:
                assert schedule.interval.total_seconds() == spec.interval_s  # type: ignore[union-attr]
            assert dep.pull_steps == [{"prefect.deployments.steps.set_working_directory": {"directory": str(REPO)}}]
