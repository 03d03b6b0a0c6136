"""Prefect's defaults that marsad sets before Prefect is imported: a temporary server given time to start on a busy
machine, unless the user says otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

_KEY = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
_READ = (
    "from flows.settings import quiet_prefect; quiet_prefect(); "
    "from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS as timeout; print(timeout.value())"
)


def _startup_timeout(value: str | None) -> float:
    env = {k: v for k, v in os.environ.items() if k != _KEY}
    if value is not None:
        env[_KEY] = value
    out = subprocess.run(
        [sys.executable, "-c", _READ], env=env, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return float(out.strip().splitlines()[-1])


def test_the_temporary_server_is_given_time_to_start() -> None:
    assert _startup_timeout(None) == 90


def test_a_startup_timeout_the_user_sets_wins() -> None:
    assert _startup_timeout("300") == 300
