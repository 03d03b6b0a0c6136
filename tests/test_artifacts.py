"""Run artifacts: outside text renders as plain text (rendered with a real CommonMark parser), no secret leaks,
and the artifact really lands on the flow run in Prefect."""

from __future__ import annotations

import re
from uuid import UUID

import pytest
from markdown_it import MarkdownIt

from flows.settings import quiet_prefect

quiet_prefect()

from prefect import flow  # noqa: E402 — Prefect reads its settings at import
from prefect.client.orchestration import get_client  # noqa: E402
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId  # noqa: E402
from prefect.context import get_run_context  # noqa: E402

from flows.artifacts import (  # noqa: E402
    INGEST_ARTIFACT_KEY,
    alert_secrets,
    display_url,
    escape_markdown,
    publish_run_artifact,
    run_markdown,
)
from flows.ingest import RunSummary  # noqa: E402

HOSTILE_HEADLINE = (
    "عاجل: [انقر هنا](https://evil.example/x) ![صورة](https://evil.example/i.png) <img src=x onerror=alert(1)> "
    "**كوريا** | عمود | https://evil.example/auto <https://evil.example/auto2>\n# عنوان @channel"
)
ALERT_URL = "json://marsad:s3cret-pass@127.0.0.1:9/hook/T0KEN-abc?token=q-secret-9"


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


def _summary(**failures: str) -> RunSummary:
    summary = RunSummary(run_id="20260101T000000Z-abcd1234", db="/var/lib/marsad/marsad.duckdb")
    summary.feeds, summary.feeds_ok, summary.feeds_failed = 3, 1, 2
    summary.new_articles, summary.new_events, summary.alerts_sent, summary.elapsed_s = 12, 2, 1, 4.25
    summary.failures = [(url, "http_error", error) for url, error in failures.items()]
    return summary


def test_escaped_text_renders_as_the_same_plain_text_in_one_cell() -> None:
    html = _html(f"| a |\n|---|\n| {escape_markdown(HOSTILE_HEADLINE)} |\n")
    for tag in ("<a ", "<img", "<strong", "<em", "<h1", "<script"):
        assert tag not in html
    assert html.count("<td>") == 1
    assert "انقر هنا" in html and "كوريا" in html and "عمود" in html


def test_long_text_is_cut_and_newlines_flattened() -> None:
    escaped = escape_markdown("سطر\nآخر " + "ب" * 1000, limit=50)
    assert "\n" not in escaped
    assert escaped.endswith("…") and escaped.count("ب") < 50


def test_display_url_drops_user_info_query_and_fragment() -> None:
    assert display_url("https://user:pw@news.example:8443/feed.xml?key=K#top") == "https://news.example:8443/feed.xml"
    assert display_url("http://[::1") == "(unparseable URL)"


def test_run_markdown_has_the_counts_and_no_link_or_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_ALERT_URLS", ALERT_URL)
    secrets = alert_secrets()
    assert secrets, "the alert URL's secret parts are known"
    summary = _summary(
        **{
            "https://feeds.example/ar.xml?apikey=FEEDKEY": HOSTILE_HEADLINE,
            "https://other.example/rss": f"could not deliver to {ALERT_URL}",
        }
    )
    markdown = run_markdown(summary, secrets)
    html = _html(markdown)

    assert "| new articles | 12 |" in markdown
    assert "| feeds failed | 2 |" in markdown
    assert "| alerts sent | 1 |" in markdown
    assert "<a " not in html and "<img" not in html
    for secret in ("s3cret-pass", "T0KEN-abc", "q-secret-9", "FEEDKEY"):
        assert secret not in markdown
    assert html.count("<tr>") == 1 + 14 + 1 + 2  # header + 14 counts, header + two failures
    assert "Failures (2)" in markdown


@pytest.mark.prefect
@pytest.mark.usefixtures("prefect_backend")
def test_publish_run_artifact_attaches_the_summary_to_the_flow_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_ALERT_URLS", ALERT_URL)
    summary = _summary(**{"https://other.example/rss": f"500 from {ALERT_URL}"})

    @flow(name="artifact-probe")
    def probe() -> UUID:
        publish_run_artifact(summary)
        return get_run_context().flow_run.id  # type: ignore[union-attr]

    flow_run_id = probe()
    with get_client(sync_client=True) as client:
        (artifact,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    assert artifact.key == INGEST_ARTIFACT_KEY
    assert artifact.type == "markdown"
    assert artifact.data == run_markdown(summary, alert_secrets())
    assert "s3cret-pass" not in str(artifact.data) and "12 new articles" in (artifact.description or "")


def test_run_markdown_counts_dead_alerts() -> None:
    summary = _summary()
    summary.alerts_pending, summary.alerts_dead = 1, 4
    html = _html(run_markdown(summary))
    row = re.search(r"<td>alerts dead[^<]*(?:<code>[^<]*</code>[^<]*)?</td>\s*<td[^>]*>(\d+)</td>", html)
    assert row is not None and row.group(1) == "4"
    assert summary.stats()["alerts_dead"] == 4
