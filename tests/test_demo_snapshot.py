"""The bundled demo snapshot: complete, consistent with its manifest, realistic, and rebuilt byte for byte from the
articles written for it (flows/demo/articles/*.yaml)."""

from __future__ import annotations

import filecmp
import io
import json
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import httpx
import pytest

from flows.demo import DEMO_ORIGIN, SNAPSHOT_DIR, demo_connect_to, load_manifest, snapshot_feed_specs
from flows.demo.build_snapshot import (
    DEFAULT_ARTICLES,
    ArticleSourceError,
    build,
    printed_date,
    read_articles,
)
from flows.static_server import serve_snapshot
from transforms.extract import extract_page
from transforms.feedlist import OWNER_TYPES

# Real North Korean launch days the demo must cover, each reported by at least two outlets.
DPRK_LAUNCH_DAYS = {
    "2017-07-04 Hwasong-14",
    "2017-11-29 Hwasong-15",
    "2019-05-04 KN-23 strike drill",
    "2022-03-24 Hwasong-17",
    "2022-10-04 IRBM over Japan",
    "2023-04-13 Hwasong-18",
    "2023-07-12 Hwasong-18",
    "2023-11-21 Malligyong-1",
    "2024-10-31 Hwasong-19",
    "2025-01-06 hypersonic IRBM",
}


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
    assert expected["articles"] == len(manifest["articles"]) == len(read_articles())
    assert 60 <= expected["articles"] <= 100 + 1  # 60–100 written articles, plus the seed


def test_every_feed_parses_and_every_link_has_a_page(manifest: dict, parsed_feeds: dict) -> None:
    for feed in manifest["feeds"]:
        parsed = parsed_feeds[feed["name"]]
        assert not parsed.bozo, (feed["name"], parsed.get("bozo_exception"))
        assert parsed.version == "rss20"
        assert parsed.entries, feed["name"]
        for entry in parsed.entries:
            assert entry.title and entry.get("id") and entry.get("summary"), entry
            assert entry.guidislink is False
            assert (SNAPSHOT_DIR / local_path(entry.link)).is_file(), entry.link


def test_feed_metadata_is_usable(manifest: dict) -> None:
    names = [feed["name"] for feed in manifest["feeds"]]
    assert len(set(names)) == len(names) >= 12
    for feed in manifest["feeds"]:
        assert feed["language"] == "ar"
        assert feed.get("owner_type") in OWNER_TYPES | {None}
        assert feed.get("country") is None or re.fullmatch(r"[A-Z]{3}", feed["country"])
    specs = snapshot_feed_specs("http://127.0.0.1:9")
    assert [s.name for s in specs] == names
    assert specs[0].url == "http://127.0.0.1:9/" + manifest["feeds"][0]["path"]


def test_feed_dates_keep_the_outlets_offsets(parsed_feeds: dict) -> None:
    offsets: set[str] = set()
    undated = 0
    for parsed in parsed_feeds.values():
        for entry in parsed.entries:
            if not entry.get("published"):
                undated += 1
                continue
            offsets.add(entry.published[-5:])
    assert {"+0300", "+0900", "+0100", "+0400", "+0000"} <= offsets
    assert undated == 1  # one item has no pubDate: its date is only in the page's JSON-LD


def test_the_topics_and_real_events_are_covered(manifest: dict) -> None:
    topics = manifest["topics"]
    assert topics["dprk_launch"] >= 24
    assert topics["russia_dprk"] >= 12
    assert topics["regional_fire"] >= 6
    assert topics["space_launch"] >= 4
    assert topics["negative"] >= 12
    outlets_per_event: dict[str, set[str]] = {}
    for article in manifest["articles"]:
        if article["event"]:
            outlets_per_event.setdefault(article["event"], set()).add(article["feed"])
    for event in DPRK_LAUNCH_DAYS:
        assert len(outlets_per_event.get(event, ())) >= 2, event
    days = {e.split()[0][:4] for e in DPRK_LAUNCH_DAYS}
    assert days == {"2017", "2019", "2022", "2023", "2024", "2025"}


def test_seed_article_is_there(manifest: dict, parsed_feeds: dict) -> None:
    seed = next(a for a in manifest["articles"] if a["id"] == manifest["seed_id"])
    assert manifest["seed_id"] == "seed-vostochny-2023"
    assert seed["published"] == "2023-09-13T18:00:00+03:00"
    assert [e.link for e in parsed_feeds[seed["feed"]].entries] == ["{BASE_URL}/" + seed["page"]]
    page = (SNAPSHOT_DIR / seed["page"]).read_text(encoding="utf-8")
    assert "قاعدة فوستوتشني" in page and "صاروخين باليستيين قصيري المدى" in page


def test_seed_article_is_the_users_own_text(manifest: dict, shared_dir: Path) -> None:
    """The seed is kept exactly as the user gave it (checked against the development set when it is present)."""
    with (shared_dir / "eval" / "dev.jsonl").open(encoding="utf-8") as lines:
        record = next(json.loads(line) for line in lines if '"seed-vostochny-2023"' in line)
    (seed,) = [a for a in read_articles() if a.id == manifest["seed_id"]]
    assert "\n".join(seed.paragraphs) == record["text"]
    assert seed.published == datetime.fromisoformat(record["published"])


def test_pages_are_realistic_news_pages(manifest: dict) -> None:
    for article in manifest["articles"]:
        raw = (SNAPSHOT_DIR / article["page"]).read_bytes()
        page = raw.decode(article["encoding"])
        if article["encoding"] != "utf-8":
            assert "charset" not in page.lower()  # nothing declares the legacy encoding
            assert "<table" in page
            continue
        assert '<html lang="ar" dir="rtl"' in page
        assert '<meta charset="utf-8">' in page
        assert 'id="cookie-banner"' in page and '<nav class="main-nav">' in page
        assert '<aside class="sidebar">' in page and '<section class="related">' in page and "<footer" in page
        assert 'property="og:title"' in page and "<h1>" in page
        jsonld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))  # type: ignore[union-attr]
        assert jsonld["datePublished"] == article["published"]
        if article["canonical_url"]:
            assert f'<link rel="canonical" href="{article["canonical_url"]}">' in page
        else:
            assert 'rel="canonical"' not in page and "og:url" not in page


def test_the_awkward_pages_are_there(manifest: dict) -> None:
    encodings = {a["encoding"]: a for a in manifest["articles"]}
    assert {"utf-8", "windows-1256", "iso-8859-6"} <= set(encodings)
    for name in ("windows-1256", "iso-8859-6"):
        article = encodings[name]
        raw = (SNAPSHOT_DIR / article["page"]).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert article["content_type"] == "text/html"
    assert sum(1 for a in manifest["articles"] if a["canonical_url"] is None) == 1
    pages = [(SNAPSHOT_DIR / a["page"]) for a in manifest["articles"] if a["encoding"] == "utf-8"]
    jsonld_only = [p for p in pages if "article:published_time" not in p.read_text(encoding="utf-8")]
    assert len(jsonld_only) == 1
    # Month names as the outlets print them: Levantine, Maghrebi and Moroccan forms all appear.
    printed = {printed_date(a) for a in read_articles()}
    for month in ("تشرين الثاني", "تموز", "جانفي", "جويلية", "يوليوز", "يناير"):
        assert any(month in p for p in printed), month


def test_legacy_encoded_pages_extract_to_the_written_text(manifest: dict) -> None:
    written = {a.id: a for a in read_articles()}
    for article in manifest["articles"]:
        if article["encoding"] == "utf-8":
            continue
        raw = (SNAPSHOT_DIR / article["page"]).read_bytes()
        got = extract_page(raw, url=article["guid"], content_type=article["content_type"])
        assert got.text and written[article["id"]].paragraphs[0] in got.text, article["id"]


def test_syndication_and_url_variants(manifest: dict, parsed_feeds: dict) -> None:
    by_id = {a["id"]: a for a in manifest["articles"]}
    written = {a.id: a for a in read_articles()}
    (pair,) = manifest["syndicated"]
    first, second = (by_id[i] for i in pair["ids"])
    assert first["feed"] != second["feed"] and first["canonical_url"] != second["canonical_url"]
    assert written[first["id"]].paragraphs == written[second["id"]].paragraphs
    assert {v["kind"] for v in manifest["variants"]} == {"amp", "utm"}
    for variant in manifest["variants"]:
        links = [e.link for e in parsed_feeds[variant["feed"]].entries]
        assert "{BASE_URL}/" + variant["link"] in links
        original = by_id[variant["same_as"]]
        assert "{BASE_URL}/" + original["page"] in links
        variant_page = (SNAPSHOT_DIR / urlsplit(variant["link"]).path).read_text(encoding="utf-8")
        assert f'<link rel="canonical" href="{original["canonical_url"]}">' in variant_page


def test_served_snapshot_end_to_end(manifest: dict) -> None:
    """Over HTTP: feeds are rewritten to this server, every link answers, legacy pages come without a charset."""
    content_types = {a["page"]: a["content_type"] for a in manifest["articles"]}
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


def test_served_under_the_demo_origin_whatever_the_port() -> None:
    """Published under DEMO_ORIGIN, the feeds are the same bytes (and ETags) from any server."""
    bodies = []
    for _ in range(2):
        with serve_snapshot(SNAPSHOT_DIR, public_url=DEMO_ORIGIN) as base_url, httpx.Client(timeout=10) as client:
            spec = snapshot_feed_specs(base_url)[0]
            response = client.get(spec.url)
            bodies.append((base_url, response.content, response.headers["etag"]))
            assert demo_connect_to(base_url) == {"snapshot.marsad.localhost:80": base_url.removeprefix("http://")}
    (first_url, first, first_etag), (second_url, second, second_etag) = bodies
    assert first_url != second_url
    assert first == second and first_etag == second_etag
    assert f"<link>{DEMO_ORIGIN}/pages/".encode() in first and b"127.0.0.1" not in first


def test_snapshot_rebuilds_identically(tmp_path: Path) -> None:
    build(DEFAULT_ARTICLES, tmp_path / "snapshot")
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


def test_bad_article_source_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "articles"
    source.mkdir()
    (source / "outlets.yaml").write_text((DEFAULT_ARTICLES / "outlets.yaml").read_text(encoding="utf-8"), "utf-8")
    (source / "news.yaml").write_text(
        "articles:\n- id: x-2020-01-01-a\n  outlet: kuna\n  published: '2020-01-01T10:00:00'\n"
        "  title: خبر\n  topic: negative\n  paragraphs: [نص]\n",
        encoding="utf-8",
    )
    with pytest.raises(ArticleSourceError, match="UTC offset"):
        build(source, tmp_path / "out")
    (source / "news.yaml").write_text(
        "articles:\n- id: x-2020-01-01-a\n  outlet: kuna\n  published: '2020-01-01T10:00:00+03:00'\n"
        "  title: خبر «عاجل»\n  topic: negative\n  options: {encoding: iso-8859-6, layout: legacy}\n"
        "  paragraphs: [نص]\n",
        encoding="utf-8",
    )
    with pytest.raises(UnicodeEncodeError):  # « and » do not exist in ISO-8859-6: refused, never written as "?"
        build(source, tmp_path / "out")
    (source / "news.yaml").write_text(
        "articles:\n- id: x-2020-01-01-a\n  outlet: nowhere\n  published: '2020-01-01T10:00:00+03:00'\n"
        "  title: خبر\n  topic: negative\n  paragraphs: [نص]\n",
        encoding="utf-8",
    )
    with pytest.raises(ArticleSourceError, match="unknown outlet"):
        build(source, tmp_path / "out")
