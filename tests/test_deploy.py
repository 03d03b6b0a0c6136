"""Deployments are code: every entrypoint imports, schedules and parameters are what the docs say, and the
prefect.yaml, systemd units and docker-compose file agree with them (compose cannot run here: its structure is
checked instead)."""

from __future__ import annotations

import configparser
import inspect
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from deploy.deployments import (
    INGEST_EVERY_MIN,
    MAINTENANCE_CRON,
    RETAG_CRON,
    SERVER_DB,
    WORK_POOL,
    DeploymentSpec,
    deployment_specs,
)
from flows.settings import PREFECT_QUIET_DEFAULTS, quiet_prefect

quiet_prefect()

from prefect import Flow  # noqa: E402 — Prefect reads its settings at import
from prefect.flows import load_flow_from_entrypoint  # noqa: E402

from flows.cli import app  # noqa: E402
from flows.serve import build_deployments, load_spec_flow  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
QUIET = {k: PREFECT_QUIET_DEFAULTS[k] for k in ("DO_NOT_TRACK", "PREFECT_SERVER_ANALYTICS_ENABLED")}


def _yaml(name: str) -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the deployments in code


@pytest.mark.parametrize("spec", deployment_specs(), ids=lambda s: s.name)
def test_every_entrypoint_is_a_file_holding_a_flow_that_takes_the_parameters(spec: DeploymentSpec) -> None:
    path, function = spec.entrypoint.split(":")
    assert (REPO / path).is_file(), f"{spec.name}: {path} does not exist"
    by_path = load_flow_from_entrypoint(str(REPO / spec.entrypoint), use_placeholder_flow=False)
    by_module = load_spec_flow(spec)
    assert isinstance(by_module, Flow)
    assert by_path.name == by_module.name
    assert by_module.fn.__name__ == function
    signature = inspect.signature(by_module.fn)
    assert set(spec.parameters) == set(signature.parameters), "every flow parameter is set explicitly"
    # Prefect validates parameters against the flow's signature when a run is created: do it here too.
    by_module.validate_parameters(spec.parameters)
    schema = by_module.parameters.model_dump()["properties"]
    for name in spec.parameters:
        assert schema[name].get("description"), f"{spec.name}: parameter {name} is not documented in the docstring"


def test_default_schedules_are_ten_minutes_nightly_and_weekly() -> None:
    specs = {s.name: s for s in deployment_specs()}
    assert set(specs) == {"ingest", "retag", "maintenance"}
    assert specs["ingest"].interval_s == INGEST_EVERY_MIN * 60 == 600
    assert specs["ingest"].cron is None
    assert specs["retag"].cron == RETAG_CRON == "30 2 * * *"
    assert specs["maintenance"].cron == MAINTENANCE_CRON == "0 4 * * 0"
    assert all(s.parameters["db"] == SERVER_DB for s in specs.values())


def test_options_change_schedules_and_bad_ones_are_refused() -> None:
    specs = {s.name: s for s in deployment_specs(db="/x.duckdb", ingest_cron="*/5 * * * *", retag_cron="0 3 * * *")}
    assert (specs["ingest"].cron, specs["ingest"].interval_s) == ("*/5 * * * *", None)
    assert specs["retag"].cron == "0 3 * * *"
    assert {s.parameters["db"] for s in specs.values()} == {"/x.duckdb"}
    assert {s.name: s.interval_s for s in deployment_specs(ingest_every_min=2.5)}["ingest"] == 150
    with pytest.raises(ValueError, match="5 fields"):
        deployment_specs(retag_cron="nightly")
    with pytest.raises(ValueError, match="positive"):
        deployment_specs(ingest_every_min=0)


def test_runner_deployments_carry_schedules_parameters_and_module_entrypoints() -> None:
    specs = deployment_specs(db="/data/m.duckdb")
    for spec, dep in zip(specs, build_deployments(specs), strict=True):
        assert dep.name == spec.name
        assert dep.entrypoint == spec.module_entrypoint
        assert dep.parameters == spec.parameters
        (schedule,) = dep.schedules
        if spec.cron:
            assert schedule.schedule.cron == spec.cron  # type: ignore[union-attr]
        else:
            assert schedule.schedule.interval.total_seconds() == spec.interval_s  # type: ignore[union-attr]


def test_serve_dry_run_prints_the_deployments_and_env_changes_the_interval(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "w.duckdb"
    result = runner.invoke(app, ["serve", "--dry-run", "--db", str(db)], env={"MARSAD_INGEST_EVERY_MIN": "3"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == ["ingest", "retag", "maintenance"]
    assert "every 180s" in lines[0] and str(db) in lines[0]
    only = runner.invoke(app, ["serve", "--dry-run", "--only", "retag", "--retag-cron", "15 1 * * *"])
    assert only.exit_code == 0 and only.output.count("\n") == 1 and "15 1 * * *" in only.output
    bad = runner.invoke(app, ["serve", "--dry-run", "--only", "nightly"])
    assert bad.exit_code == 2 and "unknown deployment" in bad.output


# ---------------------------------------------------------------- prefect.yaml


def test_prefect_yaml_declares_the_same_deployments_as_the_code() -> None:
    doc = _yaml("prefect.yaml")
    declared = {d["name"]: d for d in doc["deployments"]}
    for spec in deployment_specs():
        d = declared.pop(spec.name)
        assert d["entrypoint"] == spec.entrypoint
        assert d["parameters"] == spec.parameters
        assert d["work_pool"]["name"] == WORK_POOL
        assert d["tags"] == list(spec.tags)
        (schedule,) = d["schedules"]
        if spec.cron:
            assert schedule == {"cron": spec.cron, "timezone": "UTC"}
        else:
            assert schedule == {"interval": spec.interval_s}
        assert (REPO / spec.entrypoint.split(":")[0]).is_file()
    assert declared == {}
    assert d["work_pool"]["job_variables"]["env"]["DO_NOT_TRACK"] == "1"
    assert doc["pull"] == [{"prefect.deployments.steps.set_working_directory": {"directory": "{{ $MARSAD_HOME }}"}}]


# ---------------------------------------------------------------- docker-compose (structure only: no engine here)


def test_compose_file_has_server_on_postgres_and_a_worker_with_healthchecks_on_localhost() -> None:
    compose = _yaml("docker-compose.yml")
    services = compose["services"]
    assert set(services) == {"postgres", "prefect-server", "deploy", "worker"}
    for name, service in services.items():
        assert service.get("image"), f"{name} has no image"
        assert not service["image"].endswith(":latest") and ":" in service["image"]
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond localhost"
        env = service.get("environment", {})
        if name != "postgres":
            assert QUIET.items() <= env.items(), f"{name} lacks the quiet Prefect settings"
    for name in ("postgres", "prefect-server", "worker"):
        assert services[name]["healthcheck"]["test"], f"{name} has no healthcheck"

    import prefect

    server = services["prefect-server"]
    assert server["image"] == f"prefecthq/prefect:{prefect.__version__}-python3.11"
    assert server["command"][:3] == ["prefect", "server", "start"]
    assert server["environment"]["PREFECT_API_DATABASE_CONNECTION_URL"].startswith("postgresql+asyncpg://")
    assert "${POSTGRES_PASSWORD:?" in server["environment"]["PREFECT_API_DATABASE_CONNECTION_URL"]
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD:?")
    assert server["depends_on"]["postgres"]["condition"] == "service_healthy"

    worker = services["worker"]
    assert worker["command"][:3] == ["prefect", "worker", "start"]
    assert worker["command"][worker["command"].index("--pool") + 1] == WORK_POOL
    assert worker["environment"]["PREFECT_API_URL"] == "http://prefect-server:4200/api"
    assert worker["environment"]["MARSAD_HOME"] == "/opt/marsad"
    assert worker["depends_on"]["deploy"]["condition"] == "service_completed_successfully"
    assert any(v.endswith(":/var/lib/marsad") for v in worker["volumes"])
    assert "deploy/prefect.yaml" in " ".join(services["deploy"]["command"])
    assert worker["build"]["context"] == ".."
    dockerfile = worker["build"]["dockerfile_inline"]
    assert "requirements.lock" in dockerfile and "--require-hashes" in dockerfile
    assert (DEPLOY / worker["build"]["context"] / "requirements.lock").is_file()


# ---------------------------------------------------------------- systemd units


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((DEPLOY / "systemd" / name).read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("name", ["prefect-server.service", "marsad-worker.service", "marsad-serve.service"])
def test_systemd_units_run_installed_commands_quietly_on_localhost(name: str) -> None:
    unit = _unit(name)
    assert {"Unit", "Service", "Install"} <= set(unit.sections())
    service = unit["Service"]
    argv = shlex.split(service["ExecStart"])
    assert argv[0].startswith("/opt/marsad/.venv/bin/")
    assert service["Restart"] == "on-failure"
    assert service["User"] == "marsad"
    raw = (DEPLOY / "systemd" / name).read_text(encoding="utf-8")
    environment = dict(re.findall(r"^Environment=([A-Z_]+)=(.*)$", raw, flags=re.MULTILINE))
    assert QUIET.items() <= environment.items()
    if name == "prefect-server.service":
        assert argv[1:4] == ["server", "start", "--host"] and argv[4] == "127.0.0.1"
    else:
        assert environment["PREFECT_API_URL"] == "http://127.0.0.1:4200/api"
        assert "prefect-server.service" in unit["Unit"]["After"]
    if name == "marsad-worker.service":
        assert argv[argv.index("--pool") + 1] == WORK_POOL
        assert environment["MARSAD_HOME"] == "/opt/marsad"
    if name == "marsad-serve.service":
        assert argv[1:] == ["serve"]
        result = CliRunner().invoke(app, ["serve", "--dry-run"], env=environment)
        assert result.exit_code == 0 and "every 600s" in result.output


def test_deploy_readme_covers_deployment_and_scaling_out() -> None:
    readme = (DEPLOY / "README.md").read_text(encoding="utf-8")
    for heading in ("## Deployment", "## Scaling out", "## What was tested here"):
        assert heading in readme
    for mentioned in ("marsad serve", "prefect.yaml", "docker-compose.yml", "marsad-worker.service", "DuckLake"):
        assert mentioned in readme
