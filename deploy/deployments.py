"""The scheduled deployments of marsad, as data: which flow, when, with which parameters.

`marsad serve` turns these into Prefect deployments served by one process (flows/serve.py); `deploy/prefect.yaml`
declares the same three for a Prefect server with a work pool (`prefect deploy --all`), and a test checks that both
agree and that every entrypoint imports. Schedules are in UTC.

| deployment  | flow (entrypoint)                             | default schedule          |
|-------------|-----------------------------------------------|---------------------------|
| ingest      | flows/concurrency.py:scheduled_ingest         | every 10 minutes          |
| retag       | flows/retag.py:retag                          | nightly, 02:30 UTC        |
| maintenance | flows/maintenance.py:maintenance              | weekly, Sunday 04:00 UTC  |
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

WORK_POOL = "marsad"
TAGS = ("marsad",)
INGEST_EVERY_MIN = 10
RETAG_CRON = "30 2 * * *"
MAINTENANCE_CRON = "0 4 * * 0"
LOCK_TIMEOUT_S = 600.0
# The server deployment's warehouse (deploy/systemd, deploy/docker-compose.yml); `marsad serve` passes its own.
SERVER_DB = "/var/lib/marsad/marsad.duckdb"


@dataclass(frozen=True)
class DeploymentSpec:
    """One scheduled deployment: exactly one of `cron` / `interval_s` is set."""

    name: str
    entrypoint: str  # "path/to/file.py:flow_function", relative to the repository root
    description: str
    parameters: dict[str, Any] = field(default_factory=dict)
    cron: str | None = None
    interval_s: int | None = None
    tags: tuple[str, ...] = TAGS

    def __post_init__(self) -> None:
        if (self.cron is None) == (self.interval_s is None):
            raise ValueError(f"deployment {self.name}: give exactly one of cron or interval_s")
        if self.interval_s is not None and self.interval_s <= 0:
            raise ValueError(f"deployment {self.name}: interval must be positive, got {self.interval_s}s")
        if self.cron is not None and len(self.cron.split()) != 5:
            raise ValueError(f"deployment {self.name}: cron needs 5 fields (min hour day month weekday): {self.cron!r}")

    @property
    def module_entrypoint(self) -> str:
        """The same flow as `package.module.function` (works from any working directory)."""
        path, function = self.entrypoint.split(":")
        return f"{path.removesuffix('.py').replace('/', '.')}.{function}"


def deployment_specs(
    *,
    db: str = SERVER_DB,
    feeds_file: str | None = None,
    ingest_every_min: float = INGEST_EVERY_MIN,
    ingest_cron: str | None = None,
    retag_cron: str = RETAG_CRON,
    maintenance_cron: str = MAINTENANCE_CRON,
    export_dir: str | None = None,
    lock_timeout_s: float = LOCK_TIMEOUT_S,
    retag_batch: int = 2000,
) -> list[DeploymentSpec]:
    """The three deployments; `ingest_cron`, when given, replaces the ingest interval."""
    return [
        DeploymentSpec(
            name="ingest",
            entrypoint="flows/concurrency.py:scheduled_ingest",
            description="Fetch every feed, load new articles and their events, send alerts (one writer at a time).",
            parameters={"feeds_file": feeds_file, "db": db, "lock_timeout_s": lock_timeout_s},
            cron=ingest_cron,
            interval_s=None if ingest_cron else round(ingest_every_min * 60),
        ),
        DeploymentSpec(
            name="retag",
            entrypoint="flows/retag.py:retag",
            description="Re-tag articles whose mentions an older tagger version made; re-cluster events.",
            parameters={"db": db, "batch": retag_batch, "lock_timeout_s": lock_timeout_s},
            cron=retag_cron,
        ),
        DeploymentSpec(
            name="maintenance",
            entrypoint="flows/maintenance.py:maintenance",
            description="CHECKPOINT, search index upkeep, Parquet export, readers' files, SQL data checks.",
            parameters={"db": db, "export_dir": export_dir, "lock_timeout_s": lock_timeout_s},
            cron=maintenance_cron,
        ),
    ]
