"""Where the ingest's page batches run: in the flow (default), on threads, or on a Dask cluster.

`MARSAD_TASK_RUNNER=inline|threads|dask` picks it. With `threads` or `dask` the flow submits every page batch
(fetch → extract → tag) to the task runner and loads the results in batch order; the DuckDB load stays in the flow
process, which is the warehouse's one writer. `dask` starts a local cluster of processes bound to 127.0.0.1
(`MARSAD_DASK_WORKERS`, default 2) unless `MARSAD_DASK_ADDRESS` names a running scheduler (`tcp://host:8786`).
"""

from __future__ import annotations

import os
from typing import Any, Literal

from prefect.task_runners import ThreadPoolTaskRunner
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

RunnerKind = Literal["inline", "threads", "dask"]


class RunnerSettings(BaseSettings):
    """Task-runner settings, as environment variables `MARSAD_<NAME>`."""

    model_config = SettingsConfigDict(env_prefix="MARSAD_", extra="ignore")

    task_runner: RunnerKind = Field("inline", description="where page batches run: inline, threads or dask")
    dask_address: str | None = Field(None, description="a running Dask scheduler; unset: start a local cluster")
    dask_workers: int = Field(2, description="worker processes of the local Dask cluster")
    runner_threads: int = Field(4, description="threads of the `threads` runner")


def runner_kind() -> RunnerKind:
    """The configured kind; anything but `inline` means the flow submits its page batches."""
    return RunnerSettings().task_runner


def make_task_runner(kind: RunnerKind | None = None) -> Any:
    """A Prefect task runner of the given (default: configured) kind; `inline` gets Prefect's default thread pool."""
    settings = RunnerSettings()
    kind = kind or settings.task_runner
    if kind == "dask":
        return dask_task_runner(settings.dask_address, n_workers=settings.dask_workers)
    if kind == "threads":
        return ThreadPoolTaskRunner(max_workers=settings.runner_threads)
    return ThreadPoolTaskRunner()


def dask_task_runner(address: str | None = None, *, n_workers: int = 2) -> Any:
    """A Dask task runner: the scheduler at `address`, or a local cluster of `n_workers` processes on 127.0.0.1."""
    # NVML probing looks for GPUs at start-up; there are none to watch and it only adds noise.
    os.environ.setdefault("DASK_DISTRIBUTED__DIAGNOSTICS__NVML", "False")
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": n_workers,
            "threads_per_worker": 1,
            "processes": True,
            "host": "127.0.0.1",
            "dashboard_address": "127.0.0.1:0",  # the scheduler always serves HTTP; a free port, never a clash
        },
    )
