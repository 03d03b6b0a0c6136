"""HTTP fetching: one configured httpx client, bounded in time, size, redirects and per-host concurrency."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from flows.settings import Settings
from transforms.records import FetchRecord

logger = logging.getLogger(__name__)

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
# Statuses worth another try: the server or the path to it may recover within seconds.
TRANSIENT_STATUSES = frozenset({"timeout", "connect_error"})
# A request that timed out has already cost a whole deadline: it gets one more try in a run, never more.
MAX_TIMEOUT_RETRIES = 1
DNS_MARKERS = (
    "name or service not known",
    "temporary failure in name resolution",
    "nodename nor servname",
    "no address associated",
    "getaddrinfo failed",
    "name resolution",
)


@dataclass(frozen=True)
class Fetched:
    """A fetch outcome: the record for fetch_log and, when status is ok, the decoded body."""

    record: FetchRecord
    body: bytes | None = None
    content_type: str | None = None


_RecordFactory = Callable[..., FetchRecord]


class _Failure(Exception):
    """Ends a fetch with a recorded status."""

    def __init__(self, status: str, message: str, http_status: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.http_status = http_status


class AddressPins:
    """The address each (host, port) was checked at, for the connection to use instead of a second DNS lookup.

    Checking a host's address and then letting the HTTP client resolve it again opens a window for DNS rebinding:
    a hostile name server answers a public address to the check and a private one to the connection. The fetcher
    pins the checked address here just before each hop, and the transport connects only to pinned addresses.
    """

    def __init__(self) -> None:
        self._pins: dict[tuple[str, int], tuple[str, int]] = {}

    def pin(self, host: str, port: int, address: str, connect_port: int | None = None) -> None:
        """Connections to host:port go to address (and `connect_port`, when the operator maps it elsewhere)."""
        self._pins[(host.lower().strip("[]"), port)] = (address, connect_port or port)

    def get(self, host: str, port: int) -> tuple[str, int] | None:
        return self._pins.get((host.lower().strip("[]"), port))


class _PinnedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting TCP to the pinned address of the host (never resolving it again).

    Only the TCP connection changes: the URL, the Host header and the TLS server name (SNI and certificate
    check) stay the host's name, so HTTPS verifies the certificate against the name the fetcher checked.
    """

    def __init__(self, pins: AddressPins) -> None:
        self._pins = pins
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        pinned = self._pins.get(host, port)
        if pinned is None:
            raise httpcore.ConnectError(f"{host}:{port} has no checked address to connect to")
        address, connect_port = pinned
        return await self._inner.connect_tcp(
            address, connect_port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport over a connection pool whose connections go to pinned addresses only."""

    def __init__(self, pins: AddressPins, *, limits: httpx.Limits) -> None:
        super().__init__(limits=limits, trust_env=False)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_PinnedBackend(pins),
        )


Resolver = Callable[[str, int], Awaitable[list[str]]]


async def system_resolver(host: str, port: int) -> list[str]:
    """The host's addresses from the system resolver (getaddrinfo), in its order."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class Fetcher:
    """Fetches feeds and pages politely; every outcome, good or bad, becomes a FetchRecord."""

    def __init__(
        self,
        settings: Settings,
        run_id: str,
        *,
        retries: int = 2,
        backoff_s: float = 0.5,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.settings = settings
        self.run_id = run_id
        self.retries = retries
        self.backoff_s = backoff_s
        self._resolve = resolver
        self._pins = AddressPins()
        limits = httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency)
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(
                connect=settings.connect_timeout_s,
                read=settings.read_timeout_s,
                write=settings.read_timeout_s,
                pool=settings.deadline_s,
            ),
            headers={
                "User-Agent": settings.user_agent,
                "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml, "
                "text/html;q=0.9, */*;q=0.5",
                "Accept-Language": "ar, en;q=0.5",
            },
            follow_redirects=False,  # followed by hand: each hop is bounded and checked
            transport=PinnedTransport(self._pins, limits=limits),  # connects to the checked address only
            trust_env=False,
        )
        # Origins the operator sends elsewhere (`connect_to`): connected to their target, trusted like the feed's.
        self._connect_to = {_origin_key(k): _origin_key(v) for k, v in settings.connect_to.items()}
        self._allowed = [ipaddress.ip_network(n, strict=False) for n in settings.allow_networks]
        self._all = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(settings.per_host))

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def fetch(
        self,
        url: str,
        *,
        kind: str,
        feed_url: str,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """Fetch one URL; never raises for network or HTTP trouble."""
        attempt = timeouts = 0
        while True:
            fetched = await self._fetch_once(url, kind=kind, feed_url=feed_url, etag=etag, last_modified=last_modified)
            status, http_status = fetched.record.status, fetched.record.http_status
            transient = status in TRANSIENT_STATUSES or (
                status == "http_error" and http_status is not None and (http_status == 429 or http_status >= 500)
            )
            timeouts += status == "timeout"
            if not transient or attempt >= self.retries or timeouts > MAX_TIMEOUT_RETRIES:
                return fetched
            attempt += 1
            await asyncio.sleep(self.backoff_s * (3 ** (attempt - 1)))

    async def _fetch_once(
        self, url: str, *, kind: str, feed_url: str, etag: str | None, last_modified: str | None
    ) -> Fetched:
        started_at = datetime.now(UTC)
        t0 = time.monotonic()
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified

        def record(status: str, **fields: object) -> FetchRecord:
            return FetchRecord(
                run_id=self.run_id,
                kind=kind,
                url=url,
                feed_url=feed_url,
                status=status,
                started_at=started_at,
                elapsed_ms=int((time.monotonic() - t0) * 1000),
                **fields,  # type: ignore[arg-type]
            )

        try:
            async with asyncio.timeout(self.settings.deadline_s):
                return await self._follow(url, headers, record, feed_url)
        except TimeoutError:
            return Fetched(record("timeout", error=f"no complete response within {self.settings.deadline_s:g} s"))
        except _Failure as failure:
            return Fetched(record(failure.status, error=str(failure), http_status=failure.http_status))

    async def _follow(self, url: str, headers: Mapping[str, str], record: _RecordFactory, feed_url: str) -> Fetched:
        seen: set[str] = set()
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            _check_scheme(current)
            await self._check_address(current, feed_url)
            seen.add(current)
            host = urlsplit(current).netloc.lower()
            async with self._all, self._hosts[host]:
                try:
                    async with self._client.stream("GET", current, headers=dict(headers)) as response:
                        if response.status_code in REDIRECT_CODES and "location" in response.headers:
                            target = urljoin(current, response.headers["location"])
                            if target in seen:
                                raise _Failure("too_many_redirects", f"redirect loop back to {target}")
                            current = target
                            continue
                        return await self._finish(response, current, record)
                except httpx.TimeoutException as exc:
                    raise _Failure("timeout", f"{type(exc).__name__}: {exc or 'timed out'}") from exc
                except httpx.ConnectError as exc:
                    message = str(exc)
                    status = "dns_error" if any(m in message.lower() for m in DNS_MARKERS) else "connect_error"
                    raise _Failure(status, message or type(exc).__name__) from exc
                except httpx.UnsupportedProtocol as exc:
                    raise _Failure("blocked", str(exc)) from exc
                except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                    raise _Failure("connect_error", f"{type(exc).__name__}: {exc}") from exc
                except httpx.DecodingError as exc:
                    raise _Failure("error", f"undecodable content-encoding: {exc}") from exc
                except httpx.HTTPError as exc:
                    raise _Failure("error", f"{type(exc).__name__}: {exc}") from exc
        raise _Failure("too_many_redirects", f"more than {self.settings.max_redirects} redirects")

    async def _check_address(self, url: str, feed_url: str) -> None:
        """Refuse hosts that resolve to private, loopback, link-local, multicast or reserved addresses; pin the rest.

        The host is resolved once, here: the connection goes to the address checked (see AddressPins), so a
        second DNS answer cannot send it elsewhere. The operator's own feed origin (host and port) is trusted, so
        a feed served together with its pages from 127.0.0.1 works, and so are the origins the operator sends
        elsewhere with `connect_to` (connected to their target); any other private range must be listed in
        `allow_networks`.
        """
        host, port = _connect_origin(url)
        target = self._connect_to.get(_origin(url))
        if target is not None:
            target_host, target_port = target
            self._pins.pin(host, port, str((await self._addresses(target_host, target_port or port))[0]), target_port)
            return
        addresses = await self._addresses(host, port)
        if _origin(url) != _origin(feed_url):
            for address in addresses:
                if _is_public(address) or any(address in net for net in self._allowed):
                    continue
                raise _Failure("blocked", f"{host} resolves to non-public address {address}")
        self._pins.pin(host, port, str(addresses[0]))

    async def _addresses(self, host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        """The host itself when it is an IP address, else what the resolver answers (once)."""
        with contextlib.suppress(ValueError):
            return [ipaddress.ip_address(host.strip("[]"))]
        try:
            found = await self._resolve(host, port)
        except OSError as exc:
            raise _Failure("dns_error", f"{host}: {exc}") from exc
        try:
            addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in found]
        except ValueError as exc:
            raise _Failure("dns_error", f"{host}: unusable address from the resolver: {exc}") from exc
        if not addresses:
            raise _Failure("dns_error", f"{host}: no address")
        return addresses

    async def _finish(self, response: httpx.Response, final_url: str, record: _RecordFactory) -> Fetched:
        status_code = response.status_code
        etag = response.headers.get("etag")
        last_modified = response.headers.get("last-modified")
        if status_code == 304:
            return Fetched(
                record(
                    "not_modified",
                    http_status=304,
                    final_url=final_url,
                    etag=etag,
                    last_modified=last_modified,
                    n_bytes=0,
                )
            )
        if status_code >= 400 or status_code < 200 or status_code in REDIRECT_CODES:
            reason = response.reason_phrase or ""
            raise _Failure("http_error", f"HTTP {status_code} {reason}".strip(), http_status=status_code)
        cap = self.settings.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap and "content-encoding" not in response.headers:
            raise _Failure("too_large", f"Content-Length {declared} over the {cap}-byte cap", http_status=status_code)
        chunks: list[bytes] = []
        total = 0
        # aiter_bytes yields decoded bytes, so the cap bounds what decompression produces, not the wire size.
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > cap:
                raise _Failure("too_large", f"body over the {cap}-byte cap (decoded)", http_status=status_code)
            chunks.append(chunk)
        body = b"".join(chunks)
        return Fetched(
            record(
                "ok",
                http_status=status_code,
                final_url=final_url,
                n_bytes=len(body),
                etag=etag,
                last_modified=last_modified,
            ),
            body=body,
            content_type=response.headers.get("content-type"),
        )


def _connect_origin(url: str) -> tuple[str, int]:
    """The host (ASCII, IDNA-encoded as the HTTP client connects to it) and port a request to `url` opens."""
    try:
        parsed = httpx.URL(url)
        host = parsed.raw_host.decode("ascii").lower()
    except (httpx.InvalidURL, UnicodeError) as exc:
        raise _Failure("blocked", f"unusable host in {url!r}: {exc}") from exc
    port = parsed.port or {"http": 80, "https": 443}.get(parsed.scheme)
    if not host or port is None:
        raise _Failure("blocked", f"no host in {url!r}")
    return host, port


def _origin_key(host_port: str) -> tuple[str, int | None]:
    """`host:port` (or a URL) as the (host, port) pair `_origin` gives."""
    if "://" in host_port:
        return _origin(host_port)
    host, sep, port = host_port.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"connect_to wants host:port, got {host_port!r}")
    return host.strip("[]").lower(), int(port)


def _origin(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return (parts.hostname or "").lower(), parts.port or default


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise _Failure("blocked", f"scheme {scheme or '(none)'!r} is not fetched (http and https only)")


@dataclass(frozen=True)
class FetchRequest:
    """One URL to fetch, with the conditional-GET validators known for it."""

    url: str
    kind: str  # "feed" | "page"
    feed_url: str
    etag: str | None = None
    last_modified: str | None = None


async def fetch_all(fetcher: Fetcher, requests: Sequence[FetchRequest]) -> list[Fetched]:
    """Fetch many URLs concurrently (bounded by the fetcher's limits); results in request order."""
    return list(
        await asyncio.gather(
            *(
                fetcher.fetch(r.url, kind=r.kind, feed_url=r.feed_url, etag=r.etag, last_modified=r.last_modified)
                for r in requests
            )
        )
    )
