"""The fetcher against a real misbehaving server on 127.0.0.1: every outcome is a recorded status."""

from __future__ import annotations

import asyncio
import resource

import pytest

from flows.fetch import Fetched, Fetcher, FetchRequest, fetch_all
from flows.settings import Settings
from tests.fixture_server import FixtureServer


def _settings(**overrides: object) -> Settings:
    base: dict[str, object] = {
        "connect_timeout_s": 2.0,
        "read_timeout_s": 1.0,
        "deadline_s": 3.0,
        "max_bytes": 1_000_000,
        "max_redirects": 5,
        "retries": 0,
    }
    base.update(overrides)
    return Settings(**base)  # type: ignore[arg-type]


def _fetch(url: str, *, feed_url: str | None = None, settings: Settings | None = None, **kw: str) -> Fetched:
    async def go() -> Fetched:
        async with Fetcher(settings or _settings(), "run-test", retries=(settings or _settings()).retries) as f:
            return await f.fetch(url, kind="feed", feed_url=feed_url or url, **kw)  # type: ignore[arg-type]

    return asyncio.run(go())


def test_ok_feed_records_validators(misbehaving_server: FixtureServer) -> None:
    result = _fetch(misbehaving_server.url("/feed.xml"))
    assert result.record.status == "ok"
    assert result.record.http_status == 200
    assert result.body is not None and b"<rss" in result.body
    assert result.record.etag and result.record.last_modified
    assert result.record.n_bytes == len(result.body)


def test_conditional_get_gives_not_modified(misbehaving_server: FixtureServer) -> None:
    first = _fetch(misbehaving_server.url("/feed.xml"))
    second = _fetch(misbehaving_server.url("/feed.xml"), etag=first.record.etag or "")
    assert second.record.status == "not_modified"
    assert second.record.http_status == 304
    assert second.body is None
    third = _fetch(misbehaving_server.url("/feed.xml"), last_modified=first.record.last_modified or "")
    assert third.record.status == "not_modified"


@pytest.mark.parametrize("code", [404, 500])
def test_http_errors(misbehaving_server: FixtureServer, code: int) -> None:
    result = _fetch(misbehaving_server.url(f"/status/{code}"))
    assert result.record.status == "http_error"
    assert result.record.http_status == code
    assert str(code) in (result.record.error or "")


def test_5xx_is_retried_and_404_is_not(misbehaving_server: FixtureServer) -> None:
    settings = _settings(retries=2)

    async def go() -> None:
        async with Fetcher(settings, "run-test", retries=2, backoff_s=0.01) as f:
            await f.fetch(
                misbehaving_server.url("/status/503"), kind="feed", feed_url=misbehaving_server.url("/feed.xml")
            )
            await f.fetch(
                misbehaving_server.url("/status/404"), kind="feed", feed_url=misbehaving_server.url("/feed.xml")
            )

    asyncio.run(go())
    assert misbehaving_server.count("/status/503") == 3
    assert misbehaving_server.count("/status/404") == 1


def test_slow_headers_time_out(misbehaving_server: FixtureServer) -> None:
    result = _fetch(misbehaving_server.url("/slow/headers?delay=5"))
    assert result.record.status == "timeout"
    assert result.record.elapsed_ms < 4000


def test_drip_is_cut_by_the_overall_deadline(misbehaving_server: FixtureServer) -> None:
    # One byte every 0.5 s never trips the 1 s read timeout: only the deadline ends it.
    result = _fetch(misbehaving_server.url("/slow/drip?bytes=100&interval=0.5"), settings=_settings(deadline_s=2.0))
    assert result.record.status == "timeout"
    assert 1500 <= result.record.elapsed_ms < 3500
    assert "2 s" in (result.record.error or "")


def test_hanging_server_times_out(misbehaving_server: FixtureServer) -> None:
    result = _fetch(misbehaving_server.url("/hang"))
    assert result.record.status == "timeout"


def test_redirect_loop_and_long_chain(misbehaving_server: FixtureServer) -> None:
    loop = _fetch(misbehaving_server.url("/redirect/loop"))
    assert loop.record.status == "too_many_redirects"
    assert "loop" in (loop.record.error or "")
    chain = _fetch(misbehaving_server.url("/redirect/chain/30"))
    assert chain.record.status == "too_many_redirects"
    assert misbehaving_server.count("/redirect/chain/30") == 1
    short = _fetch(misbehaving_server.url("/redirect/chain/3"))
    assert short.record.status == "ok"
    assert short.record.final_url and short.record.final_url.endswith("/feed.xml")


@pytest.mark.parametrize("path", ["/big?bytes=3000000", "/big-chunked?bytes=3000000"])
def test_body_over_the_cap(misbehaving_server: FixtureServer, path: str) -> None:
    result = _fetch(misbehaving_server.url(path))
    assert result.record.status == "too_large"
    assert result.body is None


def test_gzip_bomb_stops_at_the_decoded_cap(misbehaving_server: FixtureServer) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = _fetch(misbehaving_server.url("/gzip-bomb?gib=4"), settings=_settings(deadline_s=10.0))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert result.record.status == "too_large"
    assert "decoded" in (result.record.error or "")
    assert grown_mb < 200


def test_connection_refused_and_dns_failure() -> None:
    refused = _fetch("http://127.0.0.1:9/feed.xml")
    assert refused.record.status == "connect_error"
    unknown = _fetch("http://no-such-host.invalid/feed.xml")
    assert unknown.record.status == "dns_error"


def test_non_http_schemes_are_blocked() -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"):
        result = _fetch(url, feed_url="https://example.org/feed.xml")
        assert result.record.status == "blocked", url


def test_private_addresses_are_blocked_but_the_feed_origin_is_not(misbehaving_server: FixtureServer) -> None:
    feed_url = misbehaving_server.url("/feed.xml")
    same_origin = _fetch(misbehaving_server.url("/page/1.html"), feed_url=feed_url)
    assert same_origin.record.status == "ok"
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::1]:8080/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        misbehaving_server.url("/page/1.html").replace("127.0.0.1", "127.0.0.2"),
    ):
        result = _fetch(url, feed_url="https://news.example.org/rss.xml")
        assert result.record.status == "blocked", url
        assert "non-public" in (result.record.error or "")
    # An explicit allowlist opens a private range.
    allowed = _fetch(
        misbehaving_server.url("/page/1.html"),
        feed_url="https://news.example.org/rss.xml",
        settings=_settings(allow_networks=["127.0.0.0/8"]),
    )
    assert allowed.record.status == "ok"


def test_fetch_all_keeps_request_order(misbehaving_server: FixtureServer) -> None:
    requests = [
        FetchRequest(url=misbehaving_server.url(p), kind="page", feed_url=misbehaving_server.url("/feed.xml"))
        for p in ("/status/404", "/page/1.html", "/page/2.html")
    ]

    async def go() -> list[Fetched]:
        async with Fetcher(_settings(), "run-test", retries=0) as f:
            return await fetch_all(f, requests)

    results = asyncio.run(go())
    assert [r.record.url for r in results] == [r.url for r in requests]
    assert [r.record.status for r in results] == ["http_error", "ok", "ok"]
    assert all(r.record.kind == "page" for r in results)


def test_every_redirect_hop_is_checked_for_private_addresses() -> None:
    """The feed's own host may redirect, but not into cloud metadata or another private host."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Redirector(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            target = {"/to-metadata": "http://169.254.169.254/latest/meta-data/", "/to-lan": "http://192.168.1.1/"}
            self.send_response(302)
            self.send_header("Location", target.get(self.path, "http://10.0.0.1/"))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        for path in ("/to-metadata", "/to-lan"):
            result = _fetch(base + path, feed_url=base + "/feed.xml")
            assert result.record.status == "blocked", path
            assert "non-public" in (result.record.error or "")
    finally:
        server.shutdown()
        server.server_close()


def test_connect_to_reaches_the_mapped_server_with_the_original_host(misbehaving_server: FixtureServer) -> None:
    server_netloc = misbehaving_server.url("/").split("/")[2]
    settings = _settings(connect_to={"news.marsad.localhost:80": server_netloc})
    feed_url = "http://news.marsad.localhost/feed.xml"
    feed = _fetch(feed_url, settings=settings)
    assert feed.record.status == "ok", feed.record
    assert feed.record.url == feed_url and feed.record.final_url == feed_url
    # A page on the mapped origin, fetched for another feed, is not refused as a private address.
    page = _fetch(
        "http://news.marsad.localhost/page/1.html", feed_url="https://elsewhere.example/rss", settings=settings
    )
    assert page.record.status == "ok", page.record
    hosts = {value for hit in misbehaving_server.hits for name, value in hit.headers.items() if name.lower() == "host"}
    assert hosts == {"news.marsad.localhost"}
    # Without the mapping the name is not reached at all.
    assert _fetch(
        "http://news.marsad.localhost/page/1.html", feed_url="https://elsewhere.example/rss"
    ).record.status in {
        "blocked",
        "dns_error",
        "connect_error",
    }


def test_connect_to_is_validated() -> None:
    with pytest.raises(ValueError, match="host:port"):
        Settings(connect_to={"news.example": "127.0.0.1:80"})
