"""Progress of long work: bars on a terminal only, and the same numbers in a Prefect progress artifact."""

from __future__ import annotations

import io
from uuid import UUID

import pytest
from rich.console import Console

from flows.settings import quiet_prefect

quiet_prefect()

from prefect import flow  # noqa: E402 — Prefect reads its settings at import
from prefect.client.orchestration import get_client  # noqa: E402
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId  # noqa: E402
from prefect.context import get_run_context  # noqa: E402

from flows.progress import Step, terminal_progress  # noqa: E402


def test_bars_are_drawn_on_a_terminal() -> None:
    out = io.StringIO()
    terminal = Console(file=out, force_terminal=True, width=120)
    with terminal_progress(terminal) as bars:
        assert bars is not None
        step = Step("pages loaded", 4)
        step.advance(3)
        files = Step("files", None)
        files.update(2, 5)
        assert [(t.description, t.completed, t.total) for t in bars.tasks] == [("pages loaded", 3, 4), ("files", 2, 5)]
    assert "pages loaded" in out.getvalue() and "3/4" in out.getvalue()


def test_quiet_when_not_a_terminal_and_nothing_for_an_empty_step() -> None:
    out = io.StringIO()
    with terminal_progress(Console(file=out, force_terminal=False)) as bars:
        assert bars is None
        step = Step("pages loaded", 2)
        step.advance(2)
        assert (step.done, step.fraction, step.description()) == (2, 1.0, "pages loaded 2/2")
    assert out.getvalue() == ""
    with terminal_progress(Console(file=io.StringIO(), force_terminal=True)) as bars:
        Step("nothing to do", 0)
        assert bars is not None and bars.tasks == []


@pytest.mark.prefect
@pytest.mark.usefixtures("prefect_backend")
def test_a_step_keeps_a_progress_artifact_of_the_flow_run() -> None:
    @flow(name="progress-probe")
    def probe() -> UUID:
        step = Step("articles re-tagged", 8, artifact_key="marsad-probe-progress")
        step.advance(2)
        step.advance(4)
        Step("empty", 0, artifact_key="marsad-probe-empty")  # no artifact for a step with nothing to do
        return get_run_context().flow_run.id  # type: ignore[union-attr]

    flow_run_id = probe()
    with get_client(sync_client=True) as client:
        (artifact,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    assert artifact.key == "marsad-probe-progress" and artifact.type == "progress"
    assert artifact.data == pytest.approx(75.0)
    assert artifact.description == "articles re-tagged 6/8"
    # Outside a flow run a step still counts, without an artifact.
    outside = Step("articles re-tagged", 3, artifact_key="marsad-probe-progress")
    outside.advance(3)
    assert outside.fraction == 1.0
