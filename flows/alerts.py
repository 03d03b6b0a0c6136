"""Alert delivery: send pending outbox rows through Apprise, one channel at a time, recording every attempt.

Channels come from MARSAD_ALERT_URLS (comma/space separated Apprise URLs) or, when it is unset, the rules
file's `urls`; MARSAD_ALERT_BLOCK (or the file's `prefect_block`) adds a saved Prefect notification block
("slack-webhook/ops"). URLs carry tokens: only a hash and a redacted label ever reach logs or the warehouse,
and Apprise's own log lines are redacted while delivery runs.

Guarantee (see warehouse/alerts.py): at-least-once, until an alert has failed MARSAD_ALERT_MAX_ATTEMPTS times
and is `dead` (`marsad alerts --dead`, revived by `marsad alerts retry --dead`); the alert id is in every payload
(`alert_id` field of json:// bodies, the `X-Marsad-Alert-Id` header where the service takes headers, and the last
line of the text) so receivers can drop a copy.
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from flows.settings import Settings
from transforms.alerting import (
    AlertConfig,
    AlertRule,
    Channel,
    channel_for_block,
    channel_for_url,
    default_rules_path,
    load_alert_config,
    redact,
    split_urls,
)
from warehouse.alerts import OutboxAlert, alert_counts, enqueue_alerts, mark_attempt, pending_alerts

log = logging.getLogger(__name__)

ENV_URLS = "MARSAD_ALERT_URLS"
ENV_BLOCK = "MARSAD_ALERT_BLOCK"
ENV_RULES = "MARSAD_ALERT_RULES"
ALERT_ID_HEADER = "X-Marsad-Alert-Id"
# Loggers that may print a request URL (tokens live in URL paths: tgram://TOKEN/…, slack://A/B/C).
_REDACTED_LOGGERS = ("apprise", "urllib3.connectionpool", "urllib3.util.retry", "requests", __name__)


@dataclass
class DeliveryReport:
    """What one delivery pass did. Labels are redacted; errors too."""

    sent: int = 0
    failed: int = 0  # attempts that failed (alert left pending)
    deferred: int = 0  # not tried: their channel already failed in this pass
    no_channel: int = 0  # pending for a channel that is not configured now
    pending: int = 0  # still pending after the pass
    died: int = 0  # alerts that reached the attempt limit in this pass
    dead: int = 0  # dead alerts in the outbox after the pass
    errors: list[tuple[str, str]] = field(default_factory=list)  # (channel label, error)
    elapsed_s: float = 0.0


# ---------------------------------------------------------------- configuration


def alert_config(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> AlertConfig:
    """The rules file: `path`, else MARSAD_ALERT_RULES, else the bundled flows/alerts.toml."""
    env = os.environ if env is None else env
    chosen = path or env.get(ENV_RULES) or default_rules_path()
    return load_alert_config(chosen)


def resolve_channels(config: AlertConfig | None = None, env: Mapping[str, str] | None = None) -> list[Channel]:
    """Channels from MARSAD_ALERT_URLS (or the config's `urls`) plus MARSAD_ALERT_BLOCK (or `prefect_block`)."""
    env = os.environ if env is None else env
    raw = env.get(ENV_URLS)
    urls = split_urls(raw) if raw and raw.strip() else list(config.urls if config else ())
    channels = {c.key: c for c in (channel_for_url(u) for u in urls)}
    block = (env.get(ENV_BLOCK) or "").strip() or (config.prefect_block if config else None)
    if block:
        channel = channel_for_block(block)
        channels[channel.key] = channel
    return list(channels.values())


def alert_hook(rules: Sequence[AlertRule], channels: Sequence[Channel]) -> Callable[[Any, Any], None]:
    """An `on_events` callback for warehouse.load.load_articles: enqueue alerts in the load transaction."""

    def on_events(con: Any, changes: Any) -> None:
        enqueue_alerts(con, changes, rules, channels)

    return on_events


# ---------------------------------------------------------------- delivery


def deliver_pending(
    con: Any, channels: Sequence[Channel], timeout_s: float = 10, *, max_attempts: int | None = None
) -> DeliveryReport:
    """Send every pending alert whose channel is configured; never raises on a channel failure.

    A channel that fails once in a pass is not tried again in the same pass (its remaining alerts stay
    pending), so a dead channel costs at most one timeout per run. An alert whose failed attempts reach
    `max_attempts` (default: MARSAD_ALERT_MAX_ATTEMPTS; 0 for no limit) becomes `dead`.
    """
    if max_attempts is None:
        max_attempts = Settings().alert_max_attempts
    started = time.monotonic()
    report = DeliveryReport()
    by_key = {c.key: c for c in channels}
    queue = pending_alerts(con)
    # Resolve Prefect blocks first, so that their URLs' secrets are redacted from the very first log line.
    resolved: dict[str, str | Exception] = {
        c.key: _block_url(c.block_name) for c in channels if c.block_name and any(a.channel_key == c.key for a in queue)
    }
    secrets = [s for c in channels for s in c.secrets()] + list(_resolved_secrets(resolved))
    failed_channels: set[str] = set()
    with _redacting(secrets):
        for alert in queue:
            channel = by_key.get(alert.channel_key)
            if channel is None:
                report.no_channel += 1
                continue
            if channel.key in failed_channels:
                report.deferred += 1
                continue
            t0 = time.monotonic()
            ok, error = _send(channel, alert, timeout_s, resolved)
            elapsed_ms = int((time.monotonic() - t0) * 1000)
            error = redact(error, secrets) if error else None
            status = mark_attempt(con, alert.alert_id, ok, error, elapsed_ms=elapsed_ms, max_attempts=max_attempts)
            if status == "dead":
                report.died += 1
            if ok:
                report.sent += 1
                log.info("alert %s sent to %s", alert.alert_id, channel.label)
            else:
                report.failed += 1
                failed_channels.add(channel.key)
                report.errors.append((channel.label, error or "failed"))
                log.warning("alert %s to %s failed, now %s: %s", alert.alert_id, channel.label, status, error)
    counts = alert_counts(con)
    report.pending, report.dead = counts.get("pending", 0), counts.get("dead", 0)
    report.elapsed_s = time.monotonic() - started
    return report


def nothing_to_send(con: Any, channels: Sequence[Channel]) -> bool:
    """True when no pending alert is for a configured channel: a delivery pass would send nothing."""
    return not channels or not pending_alerts(con, channel_keys=[c.key for c in channels])


def outbox_report(con: Any) -> DeliveryReport:
    """The outbox's pending and dead counts, for a run that had nothing to send."""
    counts = alert_counts(con)
    return DeliveryReport(pending=counts.get("pending", 0), dead=counts.get("dead", 0))


@task(cache_policy=NONE)
def deliver_alerts(con: Any, channels: Sequence[Channel], timeout_s: float = 10) -> DeliveryReport:
    """Prefect task around deliver_pending, logging a summary to the run log."""
    report = deliver_pending(con, channels, timeout_s)
    get_run_logger().info(
        "alerts: %d sent, %d failed, %d deferred, %d pending, %d dead (%d in this pass)",
        report.sent,
        report.failed,
        report.deferred,
        report.pending,
        report.dead,
        report.died,
    )
    return report


def _send(
    channel: Channel, alert: OutboxAlert, timeout_s: float, resolved: dict[str, str | Exception]
) -> tuple[bool, str | None]:
    url = channel.url
    if channel.block_name:
        found = resolved.get(channel.key) or ValueError("not resolved")
        if isinstance(found, Exception):
            return False, f"Prefect block {channel.block_name!r} unusable: {found}"
        url = found
    plugin = _instantiate(url)
    if plugin is None:
        return False, f"{channel.label} is not a valid Apprise URL (unknown service or bad token format)"
    plugin.socket_connect_timeout = float(timeout_s)
    plugin.socket_read_timeout = float(timeout_s)
    if isinstance(getattr(plugin, "payload_extras", None), dict):
        plugin.payload_extras.update({"alert_id": alert.alert_id, "event_id": alert.event_id, "kind": alert.kind})
    if isinstance(getattr(plugin, "headers", None), dict):
        plugin.headers[ALERT_ID_HEADER] = alert.alert_id
    import apprise  # loaded when an alert is sent, not by every run

    target = _target_format(plugin)
    if target == apprise.NotifyFormat.TEXT:
        body, body_format = alert.body_text, apprise.NotifyFormat.TEXT
    else:
        # Markdown services get it as is; HTML services get Apprise's markdown → HTML (escapes survive).
        body, body_format = alert.body_markdown, apprise.NotifyFormat.MARKDOWN
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as captured:
        try:
            ok = bool(plugin.notify(body=body, title=alert.title, body_format=body_format))
        except Exception as exc:  # a plugin bug must not stop the pass; the attempt is recorded below
            return False, f"{type(exc).__name__}: {exc}"
    if ok:
        return True, None
    problems = " | ".join(line.strip() for line in captured.getvalue().splitlines() if line.strip())
    return False, problems or "the service refused the notification"


def _instantiate(url: str) -> Any:
    """Apprise's plugin for a URL. Its first call loads every plugin module; one of them imports the stdlib
    `imghdr`, which warns of its removal in Python 3.13 — not ours to fix, and not to fail a run over."""
    import apprise

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="'imghdr' is deprecated", category=DeprecationWarning)
        return apprise.Apprise.instantiate(url)


def _target_format(plugin: Any) -> Any:
    resolve = getattr(plugin, "resolve_format", None)
    if callable(resolve):
        return resolve(None)
    fmt = plugin.notify_format
    return fmt[0] if isinstance(fmt, list | tuple) else fmt


def _block_url(name: str) -> str | Exception:
    """The Apprise URL held by a saved Prefect notification block ("slack-webhook/ops")."""
    from prefect.blocks.core import Block  # imported late: loading a block needs the Prefect API

    try:
        block = Block.load(name)
        secret: Any = getattr(block, "url", None)
        value = secret.get_secret_value() if hasattr(secret, "get_secret_value") else secret
        if not isinstance(value, str) or not value:
            return ValueError(f"block type {type(block).__name__} has no Apprise URL field")
        return value
    except Exception as exc:  # an unreachable API or a missing block fails this channel only
        return exc


def _resolved_secrets(resolved: Mapping[str, str | Exception]) -> Iterator[str]:
    for value in resolved.values():
        if isinstance(value, str):
            yield from channel_for_url(value).secrets()


class _RedactFilter(logging.Filter):
    def __init__(self, secrets: Sequence[str]) -> None:
        super().__init__()
        self.secrets = list(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message, self.secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


@contextmanager
def _redacting(secrets: Sequence[str]) -> Iterator[_RedactFilter]:
    """Redact channel secrets from the log records of Apprise, urllib3 and this module while delivering."""
    flt = _RedactFilter(secrets)
    loggers = [logging.getLogger(name) for name in _REDACTED_LOGGERS]
    for logger in loggers:
        logger.addFilter(flt)
    try:
        yield flt
    finally:
        for logger in loggers:
            logger.removeFilter(flt)
