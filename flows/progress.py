"""Progress of long work: rich bars on the terminal that started it, and the same numbers in Prefect.

The CLI opens `terminal_progress()` around a long command; the flows report through `Step`. On a
terminal each step is a bar on stderr (stdout stays clean for `marsad tag` output and piped tables); when
stderr is not a terminal nothing is drawn. Inside a flow run, a step with a known total also keeps a Prefect
progress artifact up to date (percentage, and "pages 500/2000" as its description), so a served run shows the
same numbers in the UI. A step with nothing to do costs nothing: no bar, no artifact.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

log = logging.getLogger(__name__)

_lock = threading.Lock()
_active: list[Progress] = []  # the bars of the innermost terminal_progress block, if any


def _bars() -> Progress | None:
    with _lock:
        return _active[-1] if _active else None


@contextmanager
def terminal_progress(console: Console | None = None) -> Iterator[Progress | None]:
    """Draw the steps reported inside the block as bars on `console` (stderr), if it is a terminal."""
    console = console or Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    bars = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
    )
    with _lock:
        _active.append(bars)
    try:
        with bars:
            yield bars
    finally:
        with _lock:
            _active.remove(bars)


class Step:
    """One long step: `Step("pages", total=2000)`, then `advance(n)` as work gets done."""

    def __init__(self, name: str, total: int | None, *, artifact_key: str | None = None) -> None:
        self.name = name
        self.total = total
        self.done = 0
        self._task: TaskID | None = None
        self._artifact: Any = None
        self._artifact_key = artifact_key
        if total:
            self._start()

    def _start(self) -> None:
        """Show the step (a bar, an artifact) once it has something to do."""
        if self._task is None:
            bars = _bars()
            if bars is not None:
                self._task = bars.add_task(self.name, total=self.total, completed=self.done)
        if self._artifact is None and self._artifact_key and self.total:
            self._artifact = _create_artifact(self._artifact_key, self.description())

    def description(self) -> str:
        return f"{self.name} {self.done}/{self.total}" if self.total else f"{self.name} {self.done}"

    @property
    def fraction(self) -> float:
        return min(self.done / self.total, 1.0) if self.total else 0.0

    def update(self, done: int, total: int | None = None) -> None:
        """Set the numbers outright (for callbacks that report `done` of `total`)."""
        if total is not None and total != self.total:
            self.total = total
            bars = _bars()
            if bars is not None and self._task is not None:
                bars.update(self._task, total=total)
            if total:
                self._start()
        self.advance(done - self.done)

    def grow(self, more: int) -> None:
        """Add `more` to the total (work found as it goes, such as the new pages of each feed)."""
        if more:
            self.update(self.done, (self.total or 0) + more)

    def advance(self, n: int = 1) -> None:
        if not n:
            return
        self.done += n
        if self._task is None or (self._artifact is None and self.total):
            self._start()
        bars = _bars()
        if bars is not None and self._task is not None:
            bars.update(self._task, completed=self.done)
        if self._artifact is not None:
            _update_artifact(self._artifact, self.fraction * 100, self.description())


def _create_artifact(key: str, description: str) -> Any:
    """A Prefect progress artifact for the current flow run (None outside one, or if the API refuses)."""
    from prefect.artifacts import create_progress_artifact
    from prefect.context import FlowRunContext

    if FlowRunContext.get() is None:
        return None
    try:
        return create_progress_artifact(progress=0.0, key=key, description=description)
    except Exception as exc:  # progress is a nicety: never fail the run over it
        log.warning("could not create the progress artifact %s: %s", key, exc)
        return None


def _update_artifact(artifact_id: Any, percent: float, description: str) -> None:
    from prefect.artifacts import update_progress_artifact

    try:
        update_progress_artifact(artifact_id=artifact_id, progress=percent, description=description)
    except Exception as exc:
        log.warning("could not update the progress artifact: %s", exc)


__all__ = ["Step", "terminal_progress"]
