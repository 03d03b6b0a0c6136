"""A real HTTP server on 127.0.0.1 that serves recorded feeds and pages with realistic caching headers.

Used by `marsad demo`, the tests and the ingest benchmark: the fetcher talks to it over real sockets, so
conditional GETs (ETag / Last-Modified → 304), Content-Type charsets and request counts behave as on the web.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import mimetypes
import re
import socket
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)

BASE_URL_PLACEHOLDER = b"{BASE_URL}"
# A per-directory file that overrides response headers per relative path, e.g. to serve a page recorded
# without a charset as plain `text/html`: {"pages/raw/x.html": {"Content-Type": "text/html"}}.
HEADERS_FILE = "_headers.json"

_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_HTML_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._-]+)""", re.IGNORECASE)
_CONTENT_TYPES = {
    ".xml": "application/rss+xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".html": "text/html",
    ".htm": "text/html",
    ".json": "application/json",
    ".txt": "text/plain",
}


@dataclass(frozen=True)
class ServedRequest:
    """One request the server answered."""

    method: str
    path: str  # the URL path, without the query string
    query: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None


def guess_content_type(path: Path, body: bytes) -> str:
    """Content-Type for a recorded file: the charset only when the recording itself declares one.

    XML without an encoding declaration is UTF-8 by definition (XML 1.0 §4.3.3), so feeds always get a charset;
    an HTML page that declares none is served without one, as such servers do.
    """
    suffix = path.suffix.lower()
    media_type = _CONTENT_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if suffix in {".xml", ".rss", ".atom"}:
        match = _XML_DECL_ENCODING.match(body[:512])
        charset = match.group(1).decode("ascii") if match else "utf-8"
        return f"{media_type}; charset={charset.lower()}"
    if media_type == "text/html":
        match = _HTML_META_CHARSET.search(body[:4096])
        return f"{media_type}; charset={match.group(1).decode('ascii').lower()}" if match else media_type
    if media_type in {"application/json", "text/plain"}:
        return f"{media_type}; charset=utf-8"
    return media_type


def etag_for(body: bytes) -> str:
    """A strong ETag from the bytes served (so a rewritten feed gets its own tag)."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _etag_matches(header: str, etag: str) -> bool:
    # RFC 9110 §13.1.2: If-None-Match uses weak comparison, so W/"x" matches "x".
    if header.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in header.split(","))


def _not_modified_since(header: str, last_modified: datetime) -> bool:
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return False  # an unparseable date is ignored, as RFC 9110 §13.1.3 says
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return last_modified.replace(microsecond=0) <= since


class StaticServer:
    """Serves a directory tree over HTTP/1.1 on 127.0.0.1; a context manager that runs it in a daemon thread.

    Every file gets Content-Type, Content-Length, ETag and Last-Modified; a matching If-None-Match (checked
    first) or If-Modified-Since gets 304 with no body. `rewrite_suffixes` lists file suffixes in which the
    `{BASE_URL}` placeholder is replaced at serve time by `public_url`, or by the server's own base URL when it
    is None (a stable `public_url` keeps the served bytes, and so the links and ETags, the same whatever port
    the server gets; clients then connect that origin to this server, e.g. with the `connect_to` setting).
    """

    def __init__(
        self,
        root: Path,
        *,
        rewrite_suffixes: frozenset[str] = frozenset(),
        last_modified: datetime | None = None,
        extra_headers: Mapping[str, Mapping[str, str]] | None = None,
        public_url: str | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise FileNotFoundError(f"not a directory: {self.root}")
        self.rewrite_suffixes = rewrite_suffixes
        self.fixed_last_modified = last_modified
        self.header_overrides: dict[str, dict[str, str]] = self._read_header_overrides()
        for rel_path, headers in (extra_headers or {}).items():
            self.header_overrides.setdefault(rel_path.lstrip("/"), {}).update(headers)
        self.requests: list[ServedRequest] = []
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.public_url = public_url.rstrip("/") if public_url else None

    def _read_header_overrides(self) -> dict[str, dict[str, str]]:
        path = self.root / HEADERS_FILE
        if not path.is_file():
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(rel).lstrip("/"): dict(headers) for rel, headers in data.items()}

    # -- lifecycle -------------------------------------------------------------------------------------
    def start(self) -> str:
        """Bind an ephemeral port, serve in a daemon thread and return the base URL (no trailing slash)."""
        handler = _make_handler(self)
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        host, port = httpd.server_address[:2]
        self.base_url = f"http://{host!s}:{port}"
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="static-server", daemon=True
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop accepting, close kept-alive connections so their threads end, and release the port."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                conn.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None

    def __enter__(self) -> StaticServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- request accounting ----------------------------------------------------------------------------
    def url(self, rel_path: str) -> str:
        """The absolute URL of a file under the root."""
        return f"{self.base_url}/{rel_path.lstrip('/')}"

    def count(self, path: str) -> int:
        """How many requests (any method and status) reached this URL path, e.g. "/feeds/bbc.xml"."""
        path = "/" + path.lstrip("/")
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def counts(self) -> Counter[str]:
        """Requests per URL path."""
        with self._lock:
            return Counter(r.path for r in self.requests)

    def status_counts(self) -> Counter[int]:
        """Responses per HTTP status."""
        with self._lock:
            return Counter(r.status for r in self.requests)

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()

    def _record(self, request: ServedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    # -- file lookup -----------------------------------------------------------------------------------
    def resolve(self, url_path: str) -> Path | None:
        """The file a URL path names, or None when it is missing or outside the root."""
        rel = unquote(url_path).lstrip("/")
        candidate = (self.root / rel).resolve()
        if not candidate.is_relative_to(self.root) or candidate.name == HEADERS_FILE:
            return None
        if candidate.is_dir():
            candidate = candidate / "index.html"
        return candidate if candidate.is_file() else None

    def body_for(self, path: Path) -> bytes:
        body = path.read_bytes()
        served_as = self.public_url or self.base_url
        if path.suffix.lower() in self.rewrite_suffixes and served_as:
            body = body.replace(BASE_URL_PLACEHOLDER, served_as.encode("ascii"))
        return body

    def headers_for(self, path: Path, body: bytes) -> dict[str, str]:
        if self.fixed_last_modified is not None:
            modified = self.fixed_last_modified.astimezone(UTC)
        else:
            modified = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        headers = {
            "Content-Type": guess_content_type(path, body),
            "Content-Length": str(len(body)),
            "ETag": etag_for(body),
            "Last-Modified": format_datetime(modified.replace(microsecond=0), usegmt=True),
            "Cache-Control": "public, max-age=60",
        }
        rel = path.relative_to(self.root).as_posix()
        headers.update(self.header_overrides.get(rel, {}))
        return headers


def _make_handler(server: StaticServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes: without TCP_NODELAY, delayed ACKs add ~40 ms per request.
        disable_nagle_algorithm = True
        server_version = "marsad-static/1.0"
        timeout = 30  # an idle kept-alive connection is closed after this many seconds

        def setup(self) -> None:
            super().setup()
            server._track(self.connection, add=True)

        def finish(self) -> None:
            server._track(self.connection, add=False)
            with contextlib.suppress(OSError):  # the client went away mid-response
                super().finish()

        def do_GET(self) -> None:
            self._serve(send_body=True)

        def do_HEAD(self) -> None:
            self._serve(send_body=False)

        def _serve(self, *, send_body: bool) -> None:
            split = urlsplit(self.path)
            if_none_match = self.headers.get("If-None-Match")
            if_modified_since = self.headers.get("If-Modified-Since")
            file_path = server.resolve(split.path)
            if file_path is None:
                status, headers, body = self._plain(HTTPStatus.NOT_FOUND, b"not found\n")
            else:
                body = server.body_for(file_path)
                headers = server.headers_for(file_path, body)
                status = HTTPStatus.OK
                if if_none_match is not None:
                    # If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
                    not_modified = _etag_matches(if_none_match, headers["ETag"])
                elif if_modified_since is not None:
                    modified = parsedate_to_datetime(headers["Last-Modified"])
                    not_modified = _not_modified_since(if_modified_since, modified)
                else:
                    not_modified = False
                if not_modified:
                    status, body = HTTPStatus.NOT_MODIFIED, b""
                    headers = {k: v for k, v in headers.items() if k in {"ETag", "Last-Modified", "Cache-Control"}}
            server._record(
                ServedRequest(
                    method=self.command,
                    path=split.path,
                    query=split.query,
                    status=int(status),
                    if_none_match=if_none_match,
                    if_modified_since=if_modified_since,
                )
            )
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if send_body and body:
                self.wfile.write(body)

        @staticmethod
        def _plain(status: HTTPStatus, body: bytes) -> tuple[HTTPStatus, dict[str, str], bytes]:
            return status, {"Content-Type": "text/plain; charset=utf-8", "Content-Length": str(len(body))}, body

        def log_message(self, format: str, *args: object) -> None:
            logger.debug("static server: " + format, *args)

    return Handler


class ServedURL(str):
    """The base URL of a running server (a plain str to callers) that also carries the server for counts."""

    server: StaticServer

    def __new__(cls, value: str, server: StaticServer) -> ServedURL:
        obj = super().__new__(cls, value)
        obj.server = server
        return obj


@contextmanager
def serve_directory(
    root: Path,
    *,
    rewrite_suffixes: frozenset[str] = frozenset(),
    last_modified: datetime | None = None,
    extra_headers: Mapping[str, Mapping[str, str]] | None = None,
    public_url: str | None = None,
) -> Iterator[ServedURL]:
    """Serve `root` on 127.0.0.1 for the duration of the block; yields the base URL (`.server` has the counts)."""
    server = StaticServer(
        root,
        rewrite_suffixes=rewrite_suffixes,
        last_modified=last_modified,
        extra_headers=extra_headers,
        public_url=public_url,
    )
    with server:
        yield ServedURL(server.base_url, server)


@contextmanager
def serve_snapshot(
    snapshot_dir: Path, *, last_modified: datetime | None = None, public_url: str | None = None
) -> Iterator[ServedURL]:
    """Serve a recorded snapshot, rewriting `{BASE_URL}` in its feed files to `public_url` (default: this server)."""
    with serve_directory(
        snapshot_dir, rewrite_suffixes=frozenset({".xml"}), last_modified=last_modified, public_url=public_url
    ) as base_url:
        yield base_url
