"""`marsad serve`: run the ingest, retag and maintenance flows on their schedules, in the foreground.

Uses Prefect's own `serve`: the three deployments of deploy/deployments.py are registered with the Prefect API and
this process polls for their scheduled runs, running each in a subprocess — a failing run is logged and marked
Failed, and serving carries on. Point `PREFECT_API_URL` at a `prefect server` so runs, logs and artifacts are kept
(and the warehouse's global concurrency limit is shared); without it Prefect starts a temporary local server.

Prefect is imported inside the functions: the rest of the CLI starts without it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from deploy.deployments import (
    INGEST_EVERY_MIN,
    LOCK_TIMEOUT_S,
    MAINTENANCE_CRON,
    RETAG_CRON,
    DeploymentSpec,
    deployment_specs,
)

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

DEPLOYMENT_NAMES = ("ingest", "retag", "maintenance")


def load_spec_flow(spec: DeploymentSpec) -> Any:
    """The Prefect flow object a spec's entrypoint names (imports its module)."""
    from prefect.flows import load_flow_from_entrypoint

    return load_flow_from_entrypoint(spec.module_entrypoint, use_placeholder_flow=False)


def build_deployments(specs: list[DeploymentSpec]) -> list[RunnerDeployment]:
    """Prefect runner deployments for `specs`, with module entrypoints (independent of the working directory)."""
    from prefect.deployments.runner import EntrypointType

    deployments = []
    for spec in specs:
        flow = load_spec_flow(spec)
        deployments.append(
            flow.to_deployment(
                name=spec.name,
                cron=spec.cron,
                interval=spec.interval_s,
                parameters=spec.parameters,
                description=spec.description,
                tags=list(spec.tags),
                entrypoint_type=EntrypointType.MODULE_PATH,
            )
        )
    return deployments


def serve_deployments(specs: list[DeploymentSpec], *, limit: int | None = None) -> None:
    """Register `specs` and run their scheduled runs until interrupted (Ctrl-C / SIGTERM)."""
    from prefect import serve

    serve(*build_deployments(specs), limit=limit, print_starting_message=True)


def describe(specs: list[DeploymentSpec]) -> str:
    """One line per deployment: name, schedule, entrypoint, parameters."""
    lines = []
    for spec in specs:
        when = f"cron '{spec.cron}' (UTC)" if spec.cron else f"every {spec.interval_s}s"
        params = ", ".join(f"{k}={v!r}" for k, v in spec.parameters.items())
        lines.append(f"{spec.name:<12} {when:<28} {spec.module_entrypoint}({params})")
    return "\n".join(lines)


def serve_command(  # noqa: PLR0917 — typer maps each parameter to a CLI option
    db: Annotated[Path, typer.Option("--db", help="DuckDB warehouse file", envvar="MARSAD_DB")] = Path("marsad.duckdb"),
    feeds: Annotated[
        Path | None, typer.Option("--feeds", help="feed list (TOML); default: the bundled list", envvar="MARSAD_FEEDS")
    ] = None,
    ingest_every: Annotated[
        float, typer.Option(help="minutes between ingest runs", envvar="MARSAD_INGEST_EVERY_MIN", min=0.05)
    ] = INGEST_EVERY_MIN,
    ingest_cron: Annotated[
        str | None, typer.Option(help="cron for ingest (UTC), instead of --ingest-every", envvar="MARSAD_INGEST_CRON")
    ] = None,
    retag_cron: Annotated[str, typer.Option(help="cron for retag (UTC)", envvar="MARSAD_RETAG_CRON")] = RETAG_CRON,
    maintenance_cron: Annotated[
        str, typer.Option(help="cron for maintenance (UTC)", envvar="MARSAD_MAINTENANCE_CRON")
    ] = MAINTENANCE_CRON,
    only: Annotated[
        list[str] | None, typer.Option("--only", help="serve only these deployments (ingest, retag, maintenance)")
    ] = None,
    lock_timeout: Annotated[
        float,
        typer.Option(help="seconds a run queues for the warehouse before failing", envvar="MARSAD_LOCK_TIMEOUT_S"),
    ] = LOCK_TIMEOUT_S,
    limit: Annotated[int | None, typer.Option(help="most flow runs at once in this process (default: no cap)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="print the deployments and exit")] = False,
) -> None:
    """Serve ingest (every 10 min), retag (nightly) and maintenance (weekly) on their schedules, in the foreground."""
    try:
        specs = deployment_specs(
            db=str(db.expanduser().resolve()),
            feeds_file=str(feeds.expanduser().resolve()) if feeds else None,
            ingest_every_min=ingest_every,
            ingest_cron=ingest_cron,
            retag_cron=retag_cron,
            maintenance_cron=maintenance_cron,
            lock_timeout_s=lock_timeout,
        )
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if only:
        unknown = sorted(set(only) - set(DEPLOYMENT_NAMES))
        if unknown:
            typer.echo(f"error: unknown deployment(s) {unknown}; choose from {list(DEPLOYMENT_NAMES)}", err=True)
            raise typer.Exit(2)
        specs = [s for s in specs if s.name in only]
    typer.echo(describe(specs))
    if dry_run:
        return
    # Each run's start, end and state are logged at INFO: keep them visible unless the user chose a level.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    from flows.settings import quiet_prefect

    quiet_prefect()
    serve_deployments(specs, limit=limit)


def register(app: typer.Typer) -> None:
    """Add `serve` to the marsad CLI."""
    app.command("serve")(serve_command)


if __name__ == "__main__":
    typer.run(serve_command)
