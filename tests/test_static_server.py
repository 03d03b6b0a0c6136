"""The static server and the misbehaving fixture server, exercised over real sockets on 127.0.0.1."""

from __future__ import annotations

import gzip
import io
import os
import socket
import time
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

import feedparser
import httpx
import pytest

from flows.static_server import StaticServer, etag_for, guess_content_type, serve_directory, serve_snapshot
from tests.fixture_server import (
    FEED_ITEMS,
    FEED_LAST_MODIFIED,
    LEGACY_PARAGRAPHS,
    ROUTES,
    FixtureServer,
    misbehaving_server,  # noqa: F401 - a pytest fixture, requested by name
    serve_fixtures,
)

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>{BASE_URL}/pages/a.html</link></item>
</channel></rss>
"""
PAGE_UTF8 = '<html lang="ar"><head><meta charset="utf-8"><title>خبر</title></head><body>خبر</body></html>'.encode()
PAGE_NO_CHARSET = "<html><body>خبر</body></html>".encode("cp1256")
FIXED_DATE = datetime(2018, 5, 31, 10, 0, tzinfo=UTC)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "pages").mkdir()
    (tmp_path / "feeds" / "f.xml").write_bytes(FEED)
    (tmp_path / "pages" / "a.html").write_bytes(PAGE_UTF8)
    (tmp_path / "pages" / "legacy.html").write_bytes(PAGE_NO_CHARSET)
    (tmp_path / "feeds" / "latin.xml").write_bytes(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')
    return tmp_path


# ---------------------------------------------------------------- static server


def test_headers_are_realistic(tree: Path) -> None:
    with serve_directory(tree, last_modified=FIXED_DATE) as base_url, httpx.Client() as client:
        feed = client.get(f"{base_url}/feeds/f.xml")
        page = client.get(f"{base_url}/pages/a.html")
        legacy = client.get(f"{base_url}/pages/legacy.html")
        latin = client.get(f"{base_url}/feeds/latin.xml")
    assert feed.status_code == 200
    assert feed.headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert feed.headers["content-length"] == str(len(FEED))
    assert feed.headers["etag"] == etag_for(FEED)
    assert parsedate_to_datetime(feed.headers["last-modified"]) == FIXED_DATE
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.content == PAGE_UTF8
    # A page recorded without a charset is served without one: the client must detect the encoding.
    assert legacy.headers["content-type"] == "text/html"
    assert latin.headers["content-type"] == "application/rss+xml; charset=iso-8859-1"


def test_last_modified_defaults_to_file_mtime(tree: Path) -> None:
    mtime = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC).timestamp()
    os.utime(tree / "pages" / "a.html", (mtime, mtime))
    with serve_directory(tree) as base_url:
        response = httpx.get(f"{base_url}/pages/a.html")
    assert response.headers["last-modified"] == "Thu, 02 Jan 2020 03:04:05 GMT"


def test_conditional_get_answers_304_without_body(tree: Path) -> None:
    with serve_directory(tree, last_modified=FIXED_DATE) as base_url, httpx.Client() as client:
        url = f"{base_url}/feeds/f.xml"
        first = client.get(url)
        etag, last_modified = first.headers["etag"], first.headers["last-modified"]
        by_etag = client.get(url, headers={"If-None-Match": etag})
        by_weak_etag_in_list = client.get(url, headers={"If-None-Match": f'"other", W/{etag}'})
        by_date = client.get(url, headers={"If-Modified-Since": last_modified})
        by_later_date = client.get(url, headers={"If-Modified-Since": "Fri, 01 Jun 2018 00:00:00 GMT"})
        stale_date = client.get(url, headers={"If-Modified-Since": "Wed, 30 May 2018 00:00:00 GMT"})
        stale_etag = client.get(url, headers={"If-None-Match": '"stale"'})
        # If-None-Match wins: a stale ETag gets the body even with a fresh date.
        stale_etag_fresh_date = client.get(
            url, headers={"If-None-Match": '"stale"', "If-Modified-Since": last_modified}
        )
        garbage_date = client.get(url, headers={"If-Modified-Since": "not a date"})
    for response in (by_etag, by_weak_etag_in_list, by_date, by_later_date):
        assert response.status_code == 304
        assert response.content == b""
        assert response.headers["etag"] == etag
    for response in (stale_date, stale_etag, stale_etag_fresh_date, garbage_date):
        assert response.status_code == 200
        assert response.content == FEED


def test_counts_requests_per_path_and_status(tree: Path) -> None:
    with StaticServer(tree) as server, httpx.Client() as client:
        etag = client.get(server.url("feeds/f.xml")).headers["etag"]
        client.get(server.url("feeds/f.xml"), headers={"If-None-Match": etag})
        client.get(server.url("pages/a.html?utm_source=rss"))
        client.head(server.url("pages/a.html"))
        missing = client.get(server.url("pages/missing.html"))
        assert server.count("/feeds/f.xml") == 2
        assert server.count("pages/a.html") == 2  # the query string does not make another path
        assert server.counts()["/pages/missing.html"] == 1
        assert server.status_counts() == {200: 3, 304: 1, 404: 1}
        assert [r.method for r in server.requests if r.path == "/pages/a.html"] == ["GET", "HEAD"]
        assert missing.status_code == 404
        server.reset_counts()
        assert server.counts() == {}


def test_served_url_is_a_string_that_carries_the_server(tree: Path) -> None:
    with serve_directory(tree) as base_url:
        assert isinstance(base_url, str)
        assert base_url.startswith("http://127.0.0.1:")
        httpx.get(base_url + "/feeds/f.xml")
        assert base_url.server.count("/feeds/f.xml") == 1


def test_no_escape_from_the_root(tree: Path) -> None:
    (tree.parent / "secret.txt").write_text("secret", encoding="utf-8")
    with serve_directory(tree) as base_url:
        host_port = base_url.removeprefix("http://")
        host, port = host_port.split(":")
        # A raw request line, since clients normalise "/../" away before sending.
        with socket.create_connection((host, int(port)), timeout=5) as conn:
            conn.sendall(b"GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            reply = b""
            while chunk := conn.recv(4096):
                reply += chunk
        assert reply.startswith(b"HTTP/1.1 404")
        assert httpx.get(base_url + "/%2e%2e/secret.txt").status_code == 404
        assert httpx.get(base_url + "/_headers.json").status_code == 404


def test_placeholder_is_rewritten_only_in_feeds(tree: Path) -> None:
    (tree / "pages" / "raw.html").write_bytes(b"<html>{BASE_URL}</html>")
    with serve_snapshot(tree) as base_url, httpx.Client() as client:
        feed = client.get(f"{base_url}/feeds/f.xml")
        page = client.get(f"{base_url}/pages/raw.html")
        parsed = feedparser.parse(io.BytesIO(feed.content))
    assert parsed.entries[0].link == f"{base_url}/pages/a.html"
    assert b"{BASE_URL}" not in feed.content
    assert feed.headers["content-length"] == str(len(feed.content))
    assert feed.headers["etag"] == etag_for(feed.content)  # the tag describes the bytes actually served
    assert page.content == b"<html>{BASE_URL}</html>"


def test_header_overrides_from_file(tree: Path) -> None:
    (tree / "_headers.json").write_text('{"pages/a.html": {"Content-Type": "text/html"}}', encoding="utf-8")
    with serve_directory(tree) as base_url:
        assert httpx.get(f"{base_url}/pages/a.html").headers["content-type"] == "text/html"


def test_guess_content_type() -> None:
    assert guess_content_type(Path("a.xml"), b"<rss/>") == "application/rss+xml; charset=utf-8"
    assert guess_content_type(Path("a.xml"), b"  <?xml version='1.0' encoding='windows-1256'?>") == (
        "application/rss+xml; charset=windows-1256"
    )
    assert guess_content_type(
        Path("a.html"), b'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    ) == ("text/html; charset=utf-8")
    assert guess_content_type(Path("a.html"), b"<html></html>") == "text/html"


def test_stops_cleanly_with_open_keepalive_connections(tree: Path) -> None:
    client = httpx.Client()
    with serve_directory(tree) as base_url:
        client.get(f"{base_url}/feeds/f.xml")  # the pooled connection stays open
    started = time.monotonic()
    with pytest.raises(httpx.TransportError):
        client.get(f"{base_url}/feeds/f.xml")
    assert time.monotonic() - started < 5
    client.close()


# ---------------------------------------------------------------- fixture server


def test_fixture_routes_are_documented() -> None:
    import tests.fixture_server as module

    assert module.__doc__ is not None
    for route in ROUTES:
        assert route.does
        assert route.pattern.rstrip("/") in module.__doc__
        handler_doc = getattr(module._make_handler(None), route.handler).__doc__  # type: ignore[arg-type]
        assert handler_doc, f"{route.handler} says what it does"


def test_fixture_feed_and_304() -> None:
    with serve_fixtures() as server, httpx.Client() as client:
        first = client.get(server.url("/feed.xml"))
        parsed = feedparser.parse(io.BytesIO(first.content), response_headers=dict(first.headers))
        assert not parsed.bozo
        assert [e.title for e in parsed.entries] == [title for title, _, _ in FEED_ITEMS]
        assert all(client.get(e.link).status_code == 200 for e in parsed.entries)
        again = client.get(server.url("/feed.xml"), headers={"If-None-Match": first.headers["etag"]})
        since = client.get(server.url("/feed.xml"), headers={"If-Modified-Since": FEED_LAST_MODIFIED})
        earlier = format_datetime(datetime(2018, 1, 1, tzinfo=UTC), usegmt=True)
        older = client.get(server.url("/feed.xml"), headers={"If-Modified-Since": earlier})
        no_validators = client.get(server.url("/feed-no-validators.xml"))
        assert (again.status_code, again.content) == (304, b"")
        assert since.status_code == 304
        assert older.status_code == 200
        assert "etag" not in no_validators.headers and "last-modified" not in no_validators.headers
        assert server.count("/feed.xml") == 4
        assert server.count("/page/1.html") == 1


def test_fixture_errors_and_redirects(misbehaving_server: FixtureServer) -> None:  # noqa: F811
    server = misbehaving_server
    with httpx.Client(timeout=5) as client:
        assert client.get(server.url("/status/404")).status_code == 404
        assert client.get(server.url("/status/500")).status_code == 500
        throttled = client.get(server.url("/status/429"))
        assert (throttled.status_code, throttled.headers["retry-after"]) == (429, "1")
        chain = client.get(server.url("/redirect/chain/4"), follow_redirects=True)
        assert chain.status_code == 200
        assert len(chain.history) == 4
        with pytest.raises(httpx.TooManyRedirects):
            client.get(server.url("/redirect/loop"), follow_redirects=True)
        assert server.count("/redirect/loop") >= 5


def test_fixture_slow_hang_and_drip() -> None:
    with serve_fixtures() as server, httpx.Client() as client:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            client.get(server.url("/hang"), timeout=0.3)
        with pytest.raises(httpx.ReadTimeout):
            client.get(server.url("/slow/headers?delay=5"), timeout=0.3)
        assert time.monotonic() - started < 3
        quick = client.get(server.url("/slow/headers?delay=0.05"), timeout=5)
        assert quick.status_code == 200
        # Each byte arrives within the read timeout, so only an overall deadline can stop a drip.
        received = b""
        with client.stream("GET", server.url("/slow/drip?bytes=4&interval=0.1"), timeout=1) as response:
            assert response.headers["content-length"] == "4"
            for chunk in response.iter_raw():
                received += chunk
        assert received == b"    "


def test_fixture_oversize_bodies() -> None:
    with serve_fixtures() as server, httpx.Client(timeout=5) as client:
        big = client.head(server.url("/big?bytes=5000000"))
        assert big.headers["content-length"] == "5000000"
        received = 0
        with client.stream("GET", server.url("/big-chunked?bytes=300000")) as response:
            assert "content-length" not in response.headers
            assert response.headers["transfer-encoding"] == "chunked"
            for chunk in response.iter_bytes():
                received += len(chunk)
        assert received == 300000


def test_fixture_gzip_bomb_is_small_on_the_wire() -> None:
    with serve_fixtures() as server, httpx.Client(timeout=5) as client:
        wire = b""
        with client.stream("GET", server.url("/gzip-bomb?gib=0.0625")) as response:
            assert response.headers["content-encoding"] == "gzip"
            for chunk in response.iter_raw():
                wire += chunk
        assert len(wire) < 200_000
        assert len(gzip.decompress(wire)) == 64 * 1024 * 1024
        # The default 4 GiB bomb: a client reading a few MiB and hanging up costs the server nothing more.
        decoded = 0
        with client.stream("GET", server.url("/gzip-bomb")) as response:
            for chunk in response.iter_bytes():
                decoded += len(chunk)
                if decoded > 8 * 1024 * 1024:
                    break
        assert decoded > 8 * 1024 * 1024


def test_fixture_charsets() -> None:
    with serve_fixtures() as server, httpx.Client(timeout=5) as client:
        cp1256 = client.get(server.url("/chardet/windows-1256.html"))
        iso = client.get(server.url("/chardet/iso-8859-6.html"))
        mislabelled = client.get(server.url("/chardet/mislabelled.html"))
        assert cp1256.headers["content-type"] == "text/html"
        assert iso.headers["content-type"] == "text/html"
        # The same Arabic page in two legacy encodings; neither is UTF-8.
        cp1256_text = cp1256.content.decode("cp1256")
        assert LEGACY_PARAGRAPHS[0] in cp1256_text
        assert iso.content.decode("iso-8859-6") == cp1256_text
        assert "charset" not in cp1256_text.lower()
        with pytest.raises(UnicodeDecodeError):
            cp1256.content.decode("utf-8")
        assert mislabelled.headers["content-type"] == "text/html; charset=utf-8"
        with pytest.raises(UnicodeDecodeError):
            mislabelled.content.decode("utf-8")
        whitespace = client.get(server.url("/feed-leading-whitespace.xml"))
        assert whitespace.content.startswith(b"\n") and b"<?xml" in whitespace.content
        assert server.odd_feed_paths() == []
        assert client.get(server.url("/odd/feedparser/x.xml")).status_code == 404


def test_fixture_real_odd_feeds(shared_dir: Path) -> None:
    with serve_fixtures(shared_dir) as server, httpx.Client(timeout=5) as client:
        paths = server.odd_feed_paths()
        assert len(paths) == 13
        root = shared_dir / "corpus" / "feeds" / "non_arabic_odd"
        for path in paths:
            response = client.get(server.url(path))
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/xml"
            assert response.content == (root / path.removeprefix("/odd/")).read_bytes()
        assert client.get(server.url("/odd/../../eval/dev.jsonl")).status_code == 404
