"""The bundled demo: a snapshot of real Arabic news feeds and pages, served offline by `marsad demo`."""

from __future__ import annotations

import json
from pathlib import Path

from transforms.records import FeedSpec

# `marsad demo` serves the snapshot on this port when it is free (another one otherwise).
DEMO_PORT = 8472

SNAPSHOT_DIR = Path(__file__).resolve().parent / "snapshot"


def load_manifest(snapshot_dir: Path = SNAPSHOT_DIR) -> dict:
    """The snapshot's manifest.json: feeds, expected counts, articles and their topics."""
    return json.loads((snapshot_dir / "manifest.json").read_text(encoding="utf-8"))


def snapshot_feed_specs(base_url: str, snapshot_dir: Path = SNAPSHOT_DIR) -> list[FeedSpec]:
    """The snapshot's feeds as FeedSpecs pointing at a server started with `serve_snapshot`."""
    return [
        FeedSpec(
            name=feed["name"],
            url=f"{base_url.rstrip('/')}/{feed['path']}",
            outlet=feed.get("outlet"),
            country=feed.get("country"),
            owner_type=feed.get("owner_type"),
            language=feed.get("language", "ar"),
        )
        for feed in load_manifest(snapshot_dir)["feeds"]
    ]
