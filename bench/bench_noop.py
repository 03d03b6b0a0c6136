"""A run with nothing new (`marsad demo` again on the same warehouse) against Prefect's own floor.

The floor is a bare flow with one task, in a fresh process, in the same venv and the same Prefect mode. Both
are timed as whole processes (interpreter start to exit), first against a running Prefect server (SQLite, on
127.0.0.1, temporary PREFECT_HOME), then in ephemeral mode (no PREFECT_API_URL: each process starts its own
temporary server). Targets: no-op ≤ floor + 1.5 s with a server, ≤ floor + 3 s in ephemeral mode. With the
server it also counts the task runs each run made (from the server's API): a run with nothing new should make none.

    .venv/bin/python bench/bench_noop.py [--repeat 3] [--no-ephemeral]
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
BIN = Path(sys.executable).parent

from flows.settings import PREFECT_QUIET_DEFAULTS  # noqa: E402 - path set above for direct runs

FLOOR = """
from prefect import flow, task

@task
def one() -> int:
    return 1

@flow(name="floor")
def bare() -> int:
    return one()

bare()
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def prefect_server(home: Path, env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    env = {
        **env,
        "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_API_PORT": str(port),
    }
    with (home / "server.log").open("wb") as log:
        proc = subprocess.Popen(
            [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}/api"
        try:
            deadline = time.monotonic() + 180
            while True:
                try:
                    if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"prefect server did not start; see {home / 'server.log'}")
                time.sleep(0.3)
            yield url
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=REPO, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{cmd} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return elapsed


def task_runs(url: str, flow_name: str) -> int:
    """Task runs the server holds for flows named `flow_name`."""
    body = {"flows": {"name": {"any_": [flow_name]}}}
    return int(httpx.post(f"{url}/task_runs/count", json=body, timeout=30).json())


def compare(label: str, env: dict[str, str], db: Path, repeat: int, url: str | None = None) -> None:
    floor_cmd = [sys.executable, "-c", FLOOR]
    noop_cmd = [str(BIN / "marsad"), "demo", "--db", str(db)]
    timed(floor_cmd, env)  # warm caches (bytecode, Prefect's database) for both
    timed(noop_cmd, env)
    counted = {name: task_runs(url, name) for name in ("floor", "marsad-ingest")} if url else {}
    floors, noops = [], []
    for _ in range(repeat):  # interleaved, so both see the same machine load
        floors.append(timed(floor_cmd, env))
        noops.append(timed(noop_cmd, env))
    floor, noop = statistics.median(floors), statistics.median(noops)
    print(
        f"{label}: bare flow with one task {floor:.2f} s (runs {', '.join(f'{t:.2f}' for t in floors)}); "
        f"marsad no-op run {noop:.2f} s (runs {', '.join(f'{t:.2f}' for t in noops)}); "
        f"overhead {noop - floor:+.2f} s",
        flush=True,
    )
    if url:
        per_run = {name: (task_runs(url, name) - before) / repeat for name, before in counted.items()}
        print(
            f"{label}: task runs per run: bare flow {per_run['floor']:g}, "
            f"marsad no-op run {per_run['marsad-ingest']:g}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-ephemeral", action="store_true", help="only measure against a running server")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="marsad-bench-noop-"))
    home = work / "prefect-home"
    home.mkdir()
    env = {**os.environ, **PREFECT_QUIET_DEFAULTS, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    # The warm-up runs write bytecode for both sides, as an installed tool has it; with PYTHONDONTWRITEBYTECODE
    # every process would compile Prefect (and the server, in ephemeral mode) from source, seconds that say
    # nothing about either.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = work / "noop.duckdb"
    with prefect_server(home, env) as url:
        server_env = {**env, "PREFECT_API_URL": url}
        timed([str(BIN / "marsad"), "demo", "--db", str(db)], server_env)  # the first run loads everything
        compare("with a running server", server_env, db, args.repeat, url)
    if not args.no_ephemeral:
        compare("ephemeral mode", env, db, args.repeat)
    print(f"files in {work}")


if __name__ == "__main__":
    main()
