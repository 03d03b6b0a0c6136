"""The bundled demo snapshot is complete, consistent with its manifest, and reproducible from the corpus."""

from __future__ import annotations

import filecmp
import io
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import httpx
import pytest

from flows.demo import SNAPSHOT_DIR, load_manifest, snapshot_feed_specs
from flows.demo.build_snapshot import build
from flows.static_server import serve_snapshot
from transforms.feedlist import OWNER_TYPES

ANT_OUTLETS = {"Al Arabiya", "BBC Arabic", "CNN Arabic", "France 24", "Sky News Arabia", "Jawhara FM"}


@pytest.fixture(scope="module")
def manifest() -> dict:
    return load_manifest()


@pytest.fixture(scope="module")
def parsed_feeds(manifest: dict) -> dict[str, feedparser.FeedParserDict]:
    """Every feed file parsed from bytes, placeholder as stored."""
    return {
        feed["name"]: feedparser.parse(io.BytesIO((SNAPSHOT_DIR / feed["path"]).read_bytes()))
        for feed in manifest["feeds"]
    }


def local_path(link: str) -> str:
    """The path under the snapshot root that a feed link names (placeholder and query removed)."""
    assert link.startswith("{BASE_URL}/"), link
    return urlsplit(link.removeprefix("{BASE_URL}")).path.lstrip("/")


def test_manifest_counts_match_the_files(manifest: dict, parsed_feeds: dict) -> None:
    expected = manifest["expected"]
    assert expected["feeds"] == len(manifest["feeds"]) == len(list((SNAPSHOT_DIR / "feeds").glob("*.xml")))
    assert expected["items"] == sum(len(p.entries) for p in parsed_feeds.values())
    assert expected["items"] == sum(feed["items"] for feed in manifest["feeds"])
    assert expected["pages"] == len(list((SNAPSHOT_DIR / "pages").rglob("*.html")))
    canonical = {a["canonical_url"] for a in manifest["articles"]} | {
        p["canonical_url"] for p in manifest["recorded_pages"]
    }
    assert expected["distinct_canonical_urls"] == len(canonical)
    assert 60 <= len(manifest["articles"]) <= 100


def test_every_feed_parses_and_every_link_has_a_page(manifest: dict, parsed_feeds: dict) -> None:
    for feed in manifest["feeds"]:
        parsed = parsed_feeds[feed["name"]]
        assert not parsed.bozo, (feed["name"], parsed.get("bozo_exception"))
        assert parsed.version == "rss20"
        assert parsed.entries, feed["name"]
        for entry in parsed.entries:
            assert entry.title and entry.get("id"), entry
            assert (SNAPSHOT_DIR / local_path(entry.link)).is_file(), entry.link


def test_feed_metadata_is_usable(manifest: dict) -> None:
    outlets = {feed["outlet"] for feed in manifest["feeds"]}
    assert outlets >= ANT_OUTLETS
    names = [feed["name"] for feed in manifest["feeds"]]
    assert len(set(names)) == len(names)
    for feed in manifest["feeds"]:
        assert feed["language"] == "ar"
        assert feed.get("owner_type") in OWNER_TYPES | {None}
        assert feed.get("country") is None or re.fullmatch(r"[A-Z]{3}", feed["country"])
    specs = snapshot_feed_specs("http://127.0.0.1:9")
    assert [s.name for s in specs] == names
    assert specs[0].url == "http://127.0.0.1:9/" + manifest["feeds"][0]["path"]


def test_items_carry_dates_guids_and_descriptions(parsed_feeds: dict) -> None:
    for name, parsed in parsed_feeds.items():
        for entry in parsed.entries:
            assert entry.get("summary"), (name, entry.title)
            if name != "recorded-pages":  # two recorded pages have no known date
                assert entry.get("published_parsed"), (name, entry.title)
            assert entry.guidislink is False


def test_seed_article_is_there(manifest: dict, parsed_feeds: dict, shared_dir: Path) -> None:
    seed = next(a for a in manifest["articles"] if a["id"] == manifest["seed_id"])
    assert manifest["seed_id"] == "seed-vostochny-2023"
    assert seed["published"].startswith("2023-09-13")
    assert [e.link for e in parsed_feeds[seed["feed"]].entries] == ["{BASE_URL}/" + seed["page"]]
    page = (SNAPSHOT_DIR / seed["page"]).read_text(encoding="utf-8")
    with (shared_dir / "eval" / "dev.jsonl").open(encoding="utf-8") as lines:
        record = next(json.loads(line) for line in lines if '"seed-vostochny-2023"' in line)
    for paragraph in record["text"].split("\n")[:3]:
        escaped = paragraph.strip().replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#x27;")
        assert escaped in page


def test_topics_are_covered(manifest: dict) -> None:
    topics: dict[str, int] = {}
    for article in manifest["articles"]:
        for topic in article["topics"]:
            topics[topic] = topics.get(topic, 0) + 1
    assert topics["lavrov_pyongyang_2018"] >= 3
    assert topics["dprk_missiles"] >= 4
    assert topics["houthi_missiles_riyadh"] >= 3
    assert topics["russian_missile_tests"] >= 2
    assert topics["space_launches"] >= 1
    assert topics["pyeongchang_trap"] >= 3
    assert topics["unrelated"] >= 40


def test_pages_are_realistic_news_pages(manifest: dict) -> None:
    for article in manifest["articles"]:
        page = (SNAPSHOT_DIR / article["page"]).read_text(encoding="utf-8")
        assert '<html lang="ar" dir="rtl"' in page
        assert '<meta charset="utf-8">' in page
        assert f'<link rel="canonical" href="{article["canonical_url"].replace("&", "&amp;")}">' in page
        assert 'property="og:title"' in page and "<h1>" in page
        assert '<nav class="main-nav">' in page and '<aside class="related">' in page and "<footer" in page
        assert 'property="article:published_time"' in page


def test_syndication_and_url_variants(manifest: dict, parsed_feeds: dict) -> None:
    by_id = {a["id"]: a for a in manifest["articles"]}
    first, second = (by_id[i] for i in manifest["syndicated"][0]["ids"])
    assert first["feed"] != second["feed"] and first["canonical_url"] != second["canonical_url"]
    kinds = {v["kind"] for v in manifest["variants"]}
    assert kinds == {"amp", "utm"}
    for variant in manifest["variants"]:
        links = [e.link for e in parsed_feeds[variant["feed"]].entries]
        assert "{BASE_URL}/" + variant["link"] in links
        original = by_id[variant["same_as"]]
        assert "{BASE_URL}/" + original["page"] in links
        variant_page = (SNAPSHOT_DIR / urlsplit(variant["link"]).path).read_text(encoding="utf-8")
        assert f'<link rel="canonical" href="{original["canonical_url"]}">' in variant_page


def test_recorded_pages_are_unchanged_copies(manifest: dict, shared_dir: Path) -> None:
    for page in manifest["recorded_pages"]:
        source = shared_dir / page["source"]
        assert filecmp.cmp(source, SNAPSHOT_DIR / page["page"], shallow=False), page["page"]
    assert any(p["content_type"] == "text/html" for p in manifest["recorded_pages"])


def test_served_snapshot_end_to_end(manifest: dict) -> None:
    """Over HTTP: feeds are rewritten to this server, every link answers, charsets follow the recording."""
    content_types = {p["page"]: p["content_type"] for p in manifest["recorded_pages"]}
    with serve_snapshot(SNAPSHOT_DIR) as base_url, httpx.Client(timeout=10) as client:
        links = 0
        for spec in snapshot_feed_specs(base_url):
            response = client.get(spec.url)
            parsed = feedparser.parse(io.BytesIO(response.content), response_headers=dict(response.headers))
            assert not parsed.bozo
            for entry in parsed.entries:
                assert entry.link.startswith(base_url + "/")
                page = client.get(entry.link)
                assert page.status_code == 200
                path = urlsplit(entry.link).path.lstrip("/")
                assert page.headers["content-type"] == content_types.get(path, "text/html; charset=utf-8")
                links += 1
        assert links == manifest["expected"]["items"]
        assert base_url.server.status_counts() == {200: manifest["expected"]["feeds"] + links}


def test_attribution_is_present() -> None:
    text = (SNAPSHOT_DIR.parent / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Chouigui" in text and "Ben Khiroun" in text and "Elayeb" in text
    assert "AICCSA 2017" in text and "Arabian Journal for Science and Engineering" in text
    assert "Apache License 2.0" in text


def test_snapshot_rebuilds_identically(shared_dir: Path, tmp_path: Path) -> None:
    build(shared_dir, tmp_path / "snapshot")
    comparison = filecmp.dircmp(SNAPSHOT_DIR, tmp_path / "snapshot")
    differences: list[str] = []

    def collect(cmp: filecmp.dircmp, prefix: str) -> None:
        differences.extend(prefix + n for n in cmp.left_only + cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        differences.extend(prefix + n for n in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            collect(sub, f"{prefix}{name}/")

    collect(comparison, "")
    assert differences == [], "rerun: .venv/bin/python -m flows.demo.build_snapshot"
