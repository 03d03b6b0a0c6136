"""The suite's own guard: a process a test starts and leaves running fails the run (and is killed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

ORPHAN_TEST = """
import subprocess, sys

def test_starts_a_server_through_a_child_that_exits():
    # The child exits at once; the grandchild it started (a stand-in for a server) is orphaned and keeps running.
    code = "import subprocess, sys; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)  # {tag}'])"
    subprocess.run([sys.executable, "-c", code], check=True)
"""

CLEAN_TEST = """
import subprocess, sys

def test_starts_a_child_and_waits_for_it():
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.2)"]) as proc:
        proc.wait()
"""


def _inner_suite(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_inner.py").write_text(body, encoding="utf-8")
    env = {**os.environ, "MARSAD_TEST_LEFTOVER_GRACE_S": "1", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "tests.conftest",
            "-p",
            "no:cacheprovider",
            "-c",
            os.devnull,
            "--rootdir",
            str(tmp_path),
            str(tmp_path / "test_inner.py"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )


def _alive_with(tag: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if tag.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the guard reads /proc")
def test_a_process_left_by_a_test_fails_the_suite_and_is_killed(tmp_path: Path) -> None:
    tag = f"leftover-{os.getpid()}-{tmp_path.name}"
    result = _inner_suite(tmp_path, ORPHAN_TEST.replace("{tag}", tag))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 passed" in result.stdout  # the test itself passed: the guard failed the run
    assert "still running at the end" in result.stdout and tag in result.stdout
    assert _alive_with(tag) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the guard reads /proc")
def test_a_suite_whose_processes_all_end_passes(tmp_path: Path) -> None:
    result = _inner_suite(tmp_path, CLEAN_TEST)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "still running" not in result.stdout
