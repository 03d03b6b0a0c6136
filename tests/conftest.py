"""Fixtures shared by the whole suite."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.fixture_server"]

REPO = Path(__file__).resolve().parents[1]


def _shared_dir() -> Path:
    env = os.environ.get("MARSAD_SHARED")
    return Path(env) if env else REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only `shared/` folder beside the checkout (corpus, eval set, lexicon), read at run time.

    A clone of the repository alone does not have it: the tests that need it are skipped, saying why. `.ci/run`
    refuses to start without it, so in CI they always run.
    """
    path = _shared_dir()
    if not (path / "corpus").is_dir() or not (path / "eval").is_dir():
        pytest.skip(
            f"needs the shared data folder (corpus/, eval/) at {path}, which is not part of the repository: "
            "set MARSAD_SHARED to it to run this test"
        )
    return path


@pytest.fixture(scope="session")
def prefect_backend() -> Iterator[None]:
    """One temporary Prefect API for the whole session, stopped before pytest closes its output streams."""
    from flows.settings import quiet_prefect

    quiet_prefect()
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


# ---------------------------------------------------------------- no process outlives the suite

PR_SET_CHILD_SUBREAPER = 36
# How long processes still ending get before they count as left (a suite run can shorten it for its own tests).
LEFTOVER_GRACE_S = float(os.environ.get("MARSAD_TEST_LEFTOVER_GRACE_S", "10"))
# Helpers the interpreter itself starts once and ends when pytest exits: not started by a test.
INTERPRETER_HELPERS = ("multiprocessing.resource_tracker", "multiprocessing.forkserver")
_baseline: set[int] = set()


def _process_table() -> dict[int, tuple[int, str]]:
    """pid → (parent pid, state letter) of every process visible in /proc."""
    table: dict[int, tuple[int, str]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="utf-8", errors="replace")
        except OSError:  # gone meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # the command name may hold spaces and parentheses
        table[int(entry.name)] = (int(fields[1]), fields[0])
    return table


def _descendants(root: int) -> dict[int, str]:
    """pid → state of every process below `root`."""
    table = _process_table()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found: dict[int, str] = {}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found[child] = table[child][1]
            stack.append(child)
    return found


def _cmdline(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "?"
    return raw.replace(b"\0", b" ").decode("utf-8", "replace").strip()[:300]


def _living_leftovers() -> dict[int, str]:
    """Processes below pytest that were not there at the start, are not zombies and are not interpreter helpers."""
    found = {}
    for pid, state in _descendants(os.getpid()).items():
        if pid in _baseline:
            continue
        if state == "Z":  # dead already: reap it if it is ours
            _reap(pid)
            continue
        command = _cmdline(pid)
        if any(helper in command for helper in INTERPRETER_HELPERS):
            continue
        found[pid] = command
    return found


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):  # not our child: a grandchild's zombie is its parent's to reap
        os.waitpid(pid, os.WNOHANG)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Adopt orphans: a process whose parent dies (a server started by a killed child) is re-parented to pytest,
    so the check at the end sees it instead of losing it to init."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    _baseline.update(_descendants(os.getpid()))


def _stop_prefect_servers() -> None:
    """Stop temporary Prefect servers this process started (Prefect otherwise stops them only at interpreter exit)."""
    server_module = sys.modules.get("prefect.server.api.server")
    if server_module is None:
        return
    for server in list(server_module.SubprocessASGIServer._instances.values()):
        server.stop()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the suite if a process started by the tests is still alive once every fixture is torn down."""
    if not sys.platform.startswith("linux"):
        return
    _stop_prefect_servers()
    deadline = time.monotonic() + LEFTOVER_GRACE_S
    leftovers = _living_leftovers()
    while leftovers and time.monotonic() < deadline:
        time.sleep(0.2)
        leftovers = _living_leftovers()
    if not leftovers:
        return
    for pid in leftovers:  # do not leave them behind either way
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    for pid in leftovers:
        _reap(pid)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = [f"{len(leftovers)} process(es) started by the tests were still running at the end (now killed):"]
    lines += [f"  pid {pid}: {command}" for pid, command in sorted(leftovers.items())]
    if reporter is not None:
        reporter.write_line("\n".join(lines), red=True, bold=True)
    else:
        print("\n".join(lines), file=sys.stderr)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
