"""Prefect artifacts: each run leaves a markdown summary (feeds ok/failed, new articles/events, alerts, time).

Everything that came from outside (feed URLs, error messages, headlines) is escaped so it renders as plain text:
a headline cannot become a link, an image or a table cell break. Alert channel URLs carry tokens, so they are never
part of a summary, and any of their secret parts that show up in an error message is replaced by `***`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from prefect.artifacts import create_markdown_artifact

from flows.alerts import alert_config, resolve_channels
from flows.verify import verification_markdown
from transforms.alerting import AlertConfigError, redact
from transforms.alerting import escape_markdown as escape_alert_markdown

if TYPE_CHECKING:
    from flows.ingest import RunSummary

log = logging.getLogger(__name__)

INGEST_ARTIFACT_KEY = "marsad-ingest-run"
MAX_FAILURES_SHOWN = 20
MAX_CELL_CHARS = 300


def escape_markdown(text: str, *, limit: int = MAX_CELL_CHARS) -> str:
    """`text` as inert markdown on one line, safe inside a table cell, cut to `limit` characters.

    The alert formatter's escaping (no links, emphasis, HTML, mentions, autolinks) plus the two characters
    that matter in GFM tables and strike-through: `|` and `~`.
    """
    flat = " ".join(str(text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return escape_alert_markdown(flat).replace("|", "\\|").replace("~", "\\~")


def display_url(url: str) -> str:
    """A URL without user info, query or fragment (where tokens hide), for display."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(unparseable URL)"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", "")) if parts.scheme else url.split("?", 1)[0]


def alert_secrets() -> list[str]:
    """The secret parts of every configured alert channel URL (to be redacted from anything published)."""
    try:
        return [s for channel in resolve_channels(alert_config()) for s in channel.secrets()]
    except AlertConfigError as exc:  # a broken rules file fails the run itself; it must not hide the summary
        log.warning("could not read the alert configuration to redact secrets: %s", exc)
        return []


def run_markdown(summary: RunSummary, secrets: Iterable[str] = ()) -> str:
    """The markdown body of an ingest run's artifact."""
    hidden = list(secrets)

    def cell(text: str) -> str:
        return escape_markdown(redact(text, hidden))

    status = "all feeds failed" if summary.all_feeds_failed else ("partial" if summary.failures else "ok")
    lines = [
        f"# marsad ingest run {cell(summary.run_id)}",
        "",
        f"Status: **{status}** · warehouse {cell(summary.db)} · {summary.elapsed_s:.1f} s",
        "",
        "| what | count |",
        "|---|---:|",
        f"| feeds | {summary.feeds} |",
        f"| feeds ok | {summary.feeds_ok} |",
        f"| feeds not modified (304) | {summary.feeds_not_modified} |",
        f"| feeds failed | {summary.feeds_failed} |",
        f"| new items | {summary.new_items} |",
        f"| pages fetched ok / failed | {summary.pages_ok} / {summary.pages_failed} |",
        f"| new articles | {summary.new_articles} |",
        f"| new event mentions | {summary.new_mentions} |",
        f"| new events | {summary.new_events} |",
        f"| updated events | {summary.updated_events} |",
        f"| alerts sent | {summary.alerts_sent} |",
        f"| alerts pending | {summary.alerts_pending} |",
        f"| alerts dead (failed too often; `marsad alerts retry --dead`) | {summary.alerts_dead} |",
        f"| time (s) | {summary.elapsed_s:.1f} |",
    ]
    if summary.report_path:
        lines += [
            "",
            f"Report: [{cell(Path(summary.report_path).name)}]({Path(summary.report_path).as_uri()}) "
            f"({cell(summary.report_path)})",
        ]
    elif summary.report_error:
        lines += ["", f"Report not written: {cell(summary.report_error)}"]
    if summary.verification is not None:
        lines += verification_markdown(summary.verification, escape_markdown)
    if summary.failures:
        lines += ["", f"## Failures ({len(summary.failures)})", "", "| url | status | error |", "|---|---|---|"]
        for url, status_, error in summary.failures[:MAX_FAILURES_SHOWN]:
            lines.append(f"| {cell(display_url(url))} | {cell(status_)} | {cell(error)} |")
        if len(summary.failures) > MAX_FAILURES_SHOWN:
            lines.append(f"| … and {len(summary.failures) - MAX_FAILURES_SHOWN} more | | |")
    return "\n".join(lines) + "\n"


def publish_run_artifact(summary: RunSummary) -> None:
    """Publish the run's summary as a Prefect markdown artifact (key `marsad-ingest-run`) on the current run."""
    markdown = run_markdown(summary, alert_secrets())
    create_markdown_artifact(
        markdown=markdown,
        key=INGEST_ARTIFACT_KEY,
        description=f"marsad ingest run {summary.run_id}: {summary.new_articles} new articles, "
        f"{summary.new_events} new events",
    )


def publish_markdown(markdown: str, *, key: str, description: str) -> None:
    """Publish any report (retag, maintenance) as a markdown artifact; `key` is lowercase letters, digits, dashes."""
    create_markdown_artifact(markdown=markdown, key=key, description=description)
