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
