"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
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
    """The read-only `shared/` folder beside the checkout (corpus, eval set, lexicon)."""
    path = _shared_dir()
    if not (path / "corpus").is_dir():
        pytest.fail(f"shared data not found at {path}: set MARSAD_SHARED to the folder that holds corpus/ and eval/")
    return path


@pytest.fixture(scope="session")
def prefect_backend() -> Iterator[None]:
    """One temporary Prefect API for the whole session, stopped before pytest closes its output streams."""
    from flows.settings import quiet_prefect

    quiet_prefect()
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
