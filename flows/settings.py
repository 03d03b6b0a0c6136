"""Configuration: environment variables (MARSAD_*) over built-in defaults."""

from __future__ import annotations

import os
import re
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Prefect's ephemeral mode reaches for outside hosts (telemetry) unless told not to; these keep a run offline
# and the CLI quiet. Its temporary server is given 90 s to start instead of 20, so a run on a busy machine waits for
# it rather than failing. Applied before Prefect is imported; an explicit environment value wins.
PREFECT_QUIET_DEFAULTS = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_UI_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def quiet_prefect() -> None:
    """Set Prefect's offline/quiet defaults in this process unless the user set them."""
    for key, value in PREFECT_QUIET_DEFAULTS.items():
        os.environ.setdefault(key, value)


def default_reference_dir() -> Path | None:
    """`corpus/ground_truth` of the shared data folder (MARSAD_SHARED, else `../shared` beside the checkout), if any."""
    shared = os.environ.get("MARSAD_SHARED")
    base = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared"
    candidate = base / "corpus" / "ground_truth"
    return candidate if candidate.is_dir() else None


class Settings(BaseSettings):
    """Every setting can be given as an environment variable `MARSAD_<NAME>`."""

    model_config = SettingsConfigDict(env_prefix="MARSAD_", extra="ignore")

    db: Path = Field(Path("marsad.duckdb"), description="DuckDB warehouse file")
    feeds: Path | None = Field(None, description="feed list (TOML); default: the bundled flows/feeds.toml")
    user_agent: str = Field(
        "marsad/0.1 (+https://github.com/marsad-observatory/marsad; Arabic news event monitor)",
        description="User-Agent sent with every request",
    )
    connect_timeout_s: float = Field(5.0, description="TCP/TLS connect timeout per request")
    read_timeout_s: float = Field(10.0, description="timeout between two reads of a response")
    deadline_s: float = Field(25.0, description="overall deadline per request, redirects included")
    max_bytes: int = Field(5_000_000, description="cap on a response body after decompression")
    max_redirects: int = Field(5, description="redirects followed per request")
    allow_networks: list[str] = Field(
        default_factory=list,
        description="private networks (CIDR) that article links may point at, besides the feed's own host",
    )
    connect_to: dict[str, str] = Field(
        default_factory=dict,
        description="`host:port` → `host:port` to connect to instead, URL and Host header unchanged "
        "(as curl's --connect-to); such origins are trusted like the feed's own host",
    )
    retries: int = Field(2, description="extra tries after a timeout, connection error, 429 or 5xx")
    per_host: int = Field(4, description="concurrent requests per host")
    concurrency: int = Field(32, description="concurrent requests in all")
    workers: int = Field(0, description="processes for extraction and tagging (0: one per core)")
    lock_wait_s: float = Field(0.0, description="seconds to wait for the warehouse lock held by another run")
    alert_max_attempts: int = Field(
        5, description="failed delivery attempts after which an alert is dead (0: retried forever)"
    )
    page_batch: int = Field(500, description="article pages fetched, processed and loaded per transaction")
    reference_dir: Path | None = Field(
        default_factory=default_reference_dir,
        description="folder of ground-truth reference files loaded automatically (CNS tests, CSIS CSV)",
    )
    report_path: Path | None = Field(
        None, description="HTML report written after each scheduled ingest run (none when unset)"
    )

    @field_validator("connect_to")
    @classmethod
    def _host_ports(cls, value: dict[str, str]) -> dict[str, str]:
        for pair in value.items():
            for host_port in pair:
                if not _HOST_PORT.fullmatch(host_port):
                    raise ValueError(f"connect_to wants host:port on both sides, got {host_port!r}")
        return value


_HOST_PORT = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):[0-9]{1,5}")


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit (CLI) overrides for values that are not None."""
    values = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**values)  # type: ignore[arg-type]
