"""One writer on the DuckDB file: runs that write the warehouse queue on a Prefect global concurrency limit.

DuckDB lets one process write a file; a second writer fails at once with a lock error. Scheduled runs can overlap
(an ingest that outlasts its interval, the nightly retag, the weekly maintenance), so every writing flow first takes
the one slot of the global concurrency limit `marsad-warehouse:<hash of the DuckDB path>` (created with limit 1 on
first use) and waits up to `timeout_s` for it. Which guard applies:

- `prefect-limit`: a Prefect API is configured (`PREFECT_API_URL`, i.e. a `prefect server` or the test harness).
  The limit lives in the server's database, so runs of every served/worker process on this file queue on it.
- `file-lock`: no API configured (ephemeral mode: each process starts its own temporary server, so a limit there is
  not shared). The guard then relies on DuckDB's own file lock, retried for `timeout_s` by `open_warehouse`.

Either way a run that cannot get the warehouse in time raises WarehouseBusyError with a plain message; flows turn it
into a `Failed` state carrying that message (see `busy_state`), not a stack trace.

`scheduled_ingest` is the ingest flow as the deployments run it: under this guard, with a run artifact.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any, Literal

from prefect import flow
from prefect.client.orchestration import get_client
from prefect.concurrency.sync import concurrency
from prefect.exceptions import ObjectAlreadyExists
from prefect.settings import PREFECT_API_URL
from prefect.states import Failed, State

from flows.ingest import RunSummary, ingest
from warehouse.db import WarehouseLockedError, open_warehouse

log = logging.getLogger(__name__)

GuardMode = Literal["prefect-limit", "file-lock"]
LIMIT_PREFIX = "marsad-warehouse:"
# A run holding the slot renews its lease; if its process dies, the server frees the slot after this long.
LEASE_S = 300.0
DEFAULT_TIMEOUT_S = 600.0


class WarehouseBusyError(WarehouseLockedError):
    """Another run held the warehouse for longer than this run was willing to wait."""


def warehouse_limit_name(db: str | Path) -> str:
    """The global concurrency limit's name for one DuckDB file (hash of its absolute path)."""
    digest = hashlib.sha256(str(Path(db).expanduser().resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{LIMIT_PREFIX}{digest}"


def guard_mode() -> GuardMode:
    """`prefect-limit` when a Prefect API is configured, else `file-lock` (see the module docstring)."""
    return "prefect-limit" if (PREFECT_API_URL.value() or os.environ.get("PREFECT_API_URL")) else "file-lock"


def ensure_warehouse_limit(db: str | Path) -> str:
    """Create the file's limit (1 slot) on the configured server if it does not exist yet; return its name."""
    name = warehouse_limit_name(db)
    # Two runs starting at once may both find no limit; the second create then fails: the limit exists, fine.
    with get_client(sync_client=True) as client, suppress(ObjectAlreadyExists):
        client.upsert_global_concurrency_limit_by_name(name, 1)
    return name


@contextmanager
def warehouse_slot(
    db: str | Path, *, timeout_s: float = DEFAULT_TIMEOUT_S, mode: GuardMode | None = None
) -> Iterator[GuardMode]:
    """Hold the warehouse's one writer slot for the block; yield which guard applied.

    In `file-lock` mode nothing is taken here: open the warehouse with `open_writer(db, timeout_s)`, which waits
    on DuckDB's lock instead.
    """
    chosen = mode or guard_mode()
    if chosen == "file-lock":
        yield chosen
        return
    name = ensure_warehouse_limit(db)
    with ExitStack() as stack:
        try:
            stack.enter_context(
                concurrency(name, occupy=1, timeout_seconds=timeout_s, strict=True, lease_duration=LEASE_S)
            )
        except TimeoutError as exc:
            raise WarehouseBusyError(
                f"warehouse {db} is busy: another marsad run held it for more than {timeout_s:.0f}s "
                f"(global concurrency limit {name}); this run did nothing and can simply run again"
            ) from exc
        yield chosen


def open_writer(db: str | Path, *, timeout_s: float, mode: GuardMode) -> Any:
    """Open the warehouse for writing; in `file-lock` mode wait up to `timeout_s` for DuckDB's lock."""
    wait_s = timeout_s if mode == "file-lock" else min(timeout_s, 30.0)
    try:
        return open_warehouse(db, wait_s=wait_s)
    except WarehouseBusyError:
        raise
    except WarehouseLockedError as exc:
        raise WarehouseBusyError(
            f"warehouse {db} is locked by another process for more than {wait_s:.0f}s "
            f"({'DuckDB file lock' if mode == 'file-lock' else 'a writer outside the concurrency limit'}); "
            "this run did nothing and can simply run again"
        ) from exc


def busy_state(exc: WarehouseBusyError) -> State[Any]:
    """The final state of a run that could not get the warehouse: Failed, with the reason as its message."""
    log.warning("%s", exc)
    return Failed(message=str(exc))


# ---------------------------------------------------------------- the ingest flow under the guard


@contextmanager
def _lock_wait(seconds: float) -> Iterator[None]:
    """Let the ingest flow (which reads MARSAD_LOCK_WAIT_S) wait this long for DuckDB's lock, for this call only."""
    key = "MARSAD_LOCK_WAIT_S"
    saved = os.environ.get(key)
    os.environ[key] = str(seconds)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = saved


@flow(name="marsad-scheduled-ingest", log_prints=False)
def scheduled_ingest(
    feeds_file: str | None = None, db: str = "marsad.duckdb", lock_timeout_s: float = DEFAULT_TIMEOUT_S
) -> RunSummary | State[Any]:
    """The ingest flow as deployments run it: one writer at a time, a run artifact, a clear state when busy.

    Args:
        feeds_file: feed list (TOML); default: the bundled flows/feeds.toml.
        db: the DuckDB warehouse file.
        lock_timeout_s: how long to queue behind another run that writes the warehouse before giving up.
    """
    try:
        with warehouse_slot(db, timeout_s=lock_timeout_s) as guard:
            # Under the limit no marsad writer competes; a short wait still rides out an analyst's read.
            wait_s = lock_timeout_s if guard == "file-lock" else min(lock_timeout_s, 30.0)
            with _lock_wait(wait_s):
                try:
                    # The flow's own body, run inside this flow run (not as a sub-flow run).
                    summary: RunSummary = ingest.fn(feeds_file=feeds_file, db=db)
                except WarehouseBusyError:
                    raise
                except WarehouseLockedError as exc:
                    raise WarehouseBusyError(
                        f"warehouse {db} stayed locked by another process for {wait_s:.0f}s ({guard} guard); "
                        "this run did nothing and can simply run again"
                    ) from exc
    except WarehouseBusyError as exc:
        return busy_state(exc)
    if summary.all_feeds_failed:
        return Failed(message=f"all {summary.feeds} feeds failed; see the run artifact for each error")
    return summary
