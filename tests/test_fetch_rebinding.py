"""DNS rebinding: the fetcher connects to the address it checked, on every hop, whatever DNS answers next.

Two real HTTP servers share one port: an "outside" one on 127.0.0.2 (an allowed network here, standing in for a
public address) and an "inside" one on 127.0.0.1 (a private service the fetcher must never reach). A name server
that answers 127.0.0.2 to the first query for a name and 127.0.0.1 to every later one is simulated by replacing
`socket.getaddrinfo`, which both the fetcher's check and the HTTP client's own connection would use.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from flows.fetch import Fetched, Fetcher
from flows.settings import Settings

OUTSIDE, INSIDE = "127.0.0.2", "127.0.0.1"
REBINDING_NAMES = ("news.rebind.test", "cdn.rebind.test")


class _Server:
    """A tiny HTTP server on one address that answers who it is, and redirects /hop to the other name."""

    def __init__(self, address: str, port: int, label: str) -> None:
        self.label = label
        self.hits: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.hits.append(f"{self.headers.get('Host')}{self.path}")
                if self.path == "/hop":
                    self.send_response(302)
                    here = self.server.server_address[1]
                    self.send_header("Location", f"http://{REBINDING_NAMES[1]}:{here}/page")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = f"{owner.label} {self.headers.get('Host')}".encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer((address, port), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def servers() -> Iterator[tuple[_Server, _Server]]:
    """The outside and the inside server, on the same port of two loopback addresses."""
    for _ in range(20):
        outside = _Server(OUTSIDE, 0, "outside")
        port = outside.httpd.server_address[1]
        try:
            inside = _Server(INSIDE, port, "inside")
        except OSError:  # that port is taken on 127.0.0.1: draw another
            outside.httpd.server_close()
            continue
        with outside, inside:
            yield outside, inside
        return
    pytest.fail("no port free on both loopback addresses")


@pytest.fixture
def rebinding_dns(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """getaddrinfo answering OUTSIDE to the first query for a rebinding name and INSIDE afterwards."""
    queries: Counter[str] = Counter()
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name in REBINDING_NAMES:
            queries[name] += 1
            return real(OUTSIDE if queries[name] == 1 else INSIDE, port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return queries


def _fetch(url: str) -> Fetched:
    settings = Settings(allow_networks=[f"{OUTSIDE}/32"], deadline_s=5, retries=0)  # type: ignore[call-arg]

    async def go() -> Fetched:
        async with Fetcher(settings, "run-test", retries=0) as fetcher:
            return await fetcher.fetch(url, kind="page", feed_url="http://feeds.example/rss.xml")

    return asyncio.run(go())


def test_connection_goes_to_the_checked_address(servers: tuple[_Server, _Server], rebinding_dns: Counter[str]) -> None:
    outside, inside = servers
    port = outside.httpd.server_address[1]
    result = _fetch(f"http://{REBINDING_NAMES[0]}:{port}/page")
    assert result.record.status == "ok", result.record.error
    assert result.body == f"outside {REBINDING_NAMES[0]}:{port}".encode()  # Host header kept as the name
    assert inside.hits == []
    assert rebinding_dns[REBINDING_NAMES[0]] == 1  # resolved once, by the check


def test_every_redirect_hop_is_pinned(servers: tuple[_Server, _Server], rebinding_dns: Counter[str]) -> None:
    outside, inside = servers
    port = outside.httpd.server_address[1]
    result = _fetch(f"http://{REBINDING_NAMES[0]}:{port}/hop")
    assert result.record.status == "ok", result.record.error
    assert result.body == f"outside {REBINDING_NAMES[1]}:{port}".encode()
    assert result.record.final_url == f"http://{REBINDING_NAMES[1]}:{port}/page"
    assert outside.hits == [f"{REBINDING_NAMES[0]}:{port}/hop", f"{REBINDING_NAMES[1]}:{port}/page"]
    assert inside.hits == []


def test_a_name_that_answers_private_to_the_check_is_blocked(
    servers: tuple[_Server, _Server], rebinding_dns: Counter[str]
) -> None:
    outside, inside = servers
    port = outside.httpd.server_address[1]
    rebinding_dns[REBINDING_NAMES[0]] = 1  # the first answer was spent: the check now gets the private address
    result = _fetch(f"http://{REBINDING_NAMES[0]}:{port}/page")
    assert result.record.status == "blocked"
    assert INSIDE in (result.record.error or "")
    assert inside.hits == [] and outside.hits == []


def test_an_arabic_host_name_is_pinned_under_the_name_the_client_connects_to(
    servers: tuple[_Server, _Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx

    outside, inside = servers
    port = outside.httpd.server_address[1]
    url = f"http://أخبار.rebind.test:{port}/page"
    ascii_name = httpx.URL(url).raw_host.decode("ascii")  # what the HTTP client puts on the wire
    answers: Counter[str] = Counter()
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, port_: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name in (ascii_name, "أخبار.rebind.test"):
            answers[name] += 1
            return real(OUTSIDE if sum(answers.values()) == 1 else INSIDE, port_, *args, **kwargs)
        return real(host, port_, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    result = _fetch(url)
    assert result.record.status == "ok", result.record.error
    assert result.body == f"outside {ascii_name}:{port}".encode()
    assert inside.hits == []
