"""The bundled demo: Arabic news feeds and pages written about real events, served offline by `marsad demo`."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from transforms.records import FeedSpec

SNAPSHOT_DIR = Path(__file__).resolve().parent / "snapshot"
# The origin the snapshot is published under, whatever port its server gets (.localhost never leaves the machine).
DEMO_ORIGIN = "http://snapshot.marsad.localhost"


def demo_connect_to(server_url: str, origin: str = DEMO_ORIGIN) -> dict[str, str]:
    """The `connect_to` entry that sends requests for `origin` to the snapshot server at `server_url`."""
    public, server = urlsplit(origin), urlsplit(server_url)
    return {f"{public.hostname}:{public.port or 80}": f"{server.hostname}:{server.port}"}


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
