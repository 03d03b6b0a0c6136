"""A misbehaving HTTP server for tests: real sockets on 127.0.0.1, one route per way the web goes wrong.

    with serve_fixtures() as server:
        httpx.get(server.url("/feed.xml"))
        assert server.count("/feed.xml") == 1

Or, in a test module: `from tests.fixture_server import misbehaving_server` and take it as an argument.

Routes (query parameters in brackets; every route is also listed in ROUTES with what it does):
    /feed.xml                    Arabic RSS 2.0 with ETag + Last-Modified; 304 on a matching conditional GET
    /feed-no-validators.xml      the same feed without ETag / Last-Modified: always 200
    /feed-leading-whitespace.xml the same feed with blank lines and spaces before the XML declaration
    /page/<n>.html               the article pages the feed links to (n = 1..3), UTF-8 with charset
    /status/<code>               that status with a short body (429 and 503 add Retry-After: 1)
    /slow/headers[?delay=s]      waits `delay` seconds (default 5) before sending anything
    /slow/drip[?bytes=n&interval=s]  sends headers at once, then the body one byte per `interval` (default 1 s)
    /hang                        reads the request and never answers (until the server stops)
    /redirect/loop               302 → /redirect/loop-b → 302 → /redirect/loop, forever
    /redirect/chain/<n>          n 302 hops, then /feed.xml
    /big[?bytes=n]               n bytes (default 20 MiB) with Content-Length, streamed
    /big-chunked[?bytes=n]       n bytes with chunked transfer encoding (no length declared up front)
    /gzip-bomb[?gib=n]           Content-Encoding: gzip whose body inflates to n GiB (default 4) of zeros,
                                 compressed while sending (never held in memory), chunked
    /chardet/windows-1256.html   an Arabic news page in windows-1256, Content-Type text/html without charset
    /chardet/iso-8859-6.html     the same page in ISO-8859-6, Content-Type text/html without charset
    /chardet/mislabelled.html    the windows-1256 page labelled `charset=utf-8` in the header (a wrong charset)
    /odd/<lib>/<file>            each real feed of the shared folder's corpus/feeds/non_arabic_odd/<lib>/ (only when
                                 the server is given that folder), served as application/xml without a charset so
                                 the XML declaration (or its absence) governs
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

# A fixed date so Last-Modified, and therefore If-Modified-Since, behave the same on every run.
FEED_LAST_MODIFIED = "Thu, 31 May 2018 10:00:00 GMT"
FEED_ITEMS = (
    (
        "لافروف يصل إلى بيونغيانغ في زيارة نادرة",
        "Thu, 31 May 2018 06:20:00 +0000",
        "وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغيانغ في زيارة تستغرق يومين يلتقي خلالها نظيره الكوري الشمالي.",
    ),
    (
        "الدفاع الجوي السعودي يعترض صاروخا فوق الرياض",
        "Sun, 25 Mar 2018 21:10:00 +0000",
        "اعترضت قوات الدفاع الجوي السعودية صاروخا باليستيا أطلقته جماعة الحوثي باتجاه الرياض.",
    ),
    (
        "افتتاح الألعاب الأولمبية الشتوية في بيونغ تشانغ",
        "Fri, 09 Feb 2018 12:00:00 +0000",
        "افتتحت دورة الألعاب الأولمبية الشتوية في مدينة بيونغ تشانغ الكورية الجنوبية.",
    ),
)


@dataclass(frozen=True)
class Hit:
    """One request the fixture server received."""

    method: str
    path: str
    query: str
    headers: dict[str, str]


@dataclass(frozen=True)
class Route:
    """A route: how its path matches and what it does."""

    pattern: str  # an exact path, or a prefix ending in "/"
    handler: str  # method name on the request handler
    does: str


ROUTES: tuple[Route, ...] = (
    Route("/feed.xml", "feed", "Arabic RSS with ETag/Last-Modified; 304 on matching If-None-Match/If-Modified-Since"),
    Route("/feed-no-validators.xml", "feed_no_validators", "the same feed, no ETag or Last-Modified, always 200"),
    Route("/feed-leading-whitespace.xml", "feed_leading_whitespace", "the feed with whitespace before <?xml"),
    Route("/page/", "page", "article pages the feed links to: /page/1.html … /page/3.html"),
    Route("/status/", "status", "answers /status/<code> with that code (429/503 add Retry-After: 1)"),
    Route("/slow/headers", "slow_headers", "sends nothing for ?delay= seconds (default 5), then a feed"),
    Route("/slow/drip", "slow_drip", "headers at once, then ?bytes= bytes one per ?interval= seconds (default 1)"),
    Route("/hang", "hang", "reads the request and never answers"),
    Route("/redirect/loop", "redirect_loop", "302 to /redirect/loop-b, which redirects back here"),
    Route("/redirect/loop-b", "redirect_loop_b", "302 back to /redirect/loop"),
    Route("/redirect/chain/", "redirect_chain", "/redirect/chain/<n>: n more 302 hops, then /feed.xml"),
    Route("/big", "big", "?bytes= bytes (default 20 MiB) with Content-Length, streamed"),
    Route("/big-chunked", "big_chunked", "?bytes= bytes, chunked, no Content-Length"),
    Route("/gzip-bomb", "gzip_bomb", "gzip body inflating to ?gib= GiB (default 4) of zeros, compressed while sent"),
    Route("/chardet/windows-1256.html", "chardet_cp1256", "Arabic page in windows-1256, Content-Type without charset"),
    Route("/chardet/iso-8859-6.html", "chardet_iso8859_6", "Arabic page in ISO-8859-6, Content-Type without charset"),
    Route("/chardet/mislabelled.html", "chardet_mislabelled", "windows-1256 page labelled charset=utf-8"),
    Route("/odd/", "odd_feed", "/odd/<lib>/<file>: real odd feeds of the shared corpus, no charset (404 without it)"),
)

# An old-style Arabic news page that declares no charset, served in two legacy encodings. Only characters that
# both windows-1256 and ISO-8859-6 have (no guillemets, ASCII digits).
LEGACY_PARAGRAPHS = (
    "اعلنت وزارة الزراعة اليوم الاحد بدء موسم حصاد القمح في المحافظات الجنوبية، وسط توقعات بمحصول يفوق "
    "محصول العام الماضي بنحو 15 في المئة بفضل الامطار الغزيرة التي شهدتها البلاد خلال فصل الشتاء.",
    "وقال المتحدث باسم الوزارة في مؤتمر صحفي ان الحكومة حددت سعر شراء الطن من المزارعين، وان مراكز "
    "الاستلام ستفتح ابوابها من السابعة صباحا حتى الخامسة مساء طوال ايام الاسبوع.",
    "ودعا اتحاد المزارعين الى تسريع صرف المستحقات، مشيرا الى ان ارتفاع كلفة الوقود والاسمدة اثقل كاهل "
    "صغار المنتجين هذا الموسم؛ فهل تستجيب الحكومة لهذه المطالب؟",
)
LEGACY_TITLE = "بدء موسم حصاد القمح وتوقعات بمحصول وفير"


def legacy_page(encoding: str) -> bytes:
    """The legacy page's bytes in `encoding`; nothing in it names a charset."""
    body = "\n".join(f"<p>{p}</p>" for p in LEGACY_PARAGRAPHS)
    page = f"""<html dir="rtl">
<head><title>{LEGACY_TITLE}</title></head>
<body>
<table width="100%"><tr><td><a href="/">الرئيسية</a> | <a href="/local">محليات</a> | <a href="/eco">اقتصاد</a>
</td></tr></table>
<h2>{LEGACY_TITLE}</h2>
<div class="newsbody">
{body}
</div>
<div class="footer">حقوق النشر محفوظة</div>
</body>
</html>
"""
    return page.encode(encoding)


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_feed(base_url: str) -> bytes:
    """The normal feed: three Arabic items linking to /page/<n>.html on this server."""
    items = "".join(
        f"""
    <item>
      <title>{_xml_escape(title)}</title>
      <link>{base_url}/page/{n}.html</link>
      <guid isPermaLink="false">fixture-{n}</guid>
      <pubDate>{date}</pubDate>
      <description>{_xml_escape(summary)}</description>
    </item>"""
        for n, (title, date, summary) in enumerate(FEED_ITEMS, start=1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>خلاصة الاختبار</title>
    <link>{base_url}/</link>
    <description>خلاصة أخبار للاختبار</description>
    <language>ar</language>{items}
  </channel>
</rss>
""".encode()


def render_page(n: int) -> bytes:
    title, date, summary = FEED_ITEMS[n - 1]
    published = parsedate_to_datetime(date).isoformat()
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{published}"></head>
<body><nav><a href="/">الرئيسية</a></nav>
<article><h1>{title}</h1><p>{summary}</p></article>
<footer>جميع الحقوق محفوظة</footer></body>
</html>
""".encode()


class FixtureServer:
    """The misbehaving server; a context manager that serves in a daemon thread and counts requests per path."""

    def __init__(self, shared_dir: Path | None = None) -> None:
        self.shared_dir = Path(shared_dir) if shared_dir is not None else None
        self.hits: list[Hit] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    def __enter__(self) -> FixtureServer:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        host, port = self._httpd.server_address[:2]
        self.base_url = f"http://{host!s}:{port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fixture-server", daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._httpd is not None
        self.stopping.set()  # ends /hang, /slow/* and bodies still being sent
        self._httpd.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def count(self, path: str) -> int:
        """Requests that reached this path (query string ignored)."""
        with self._lock:
            return sum(1 for hit in self.hits if hit.path == path)

    def counts(self) -> Counter[str]:
        with self._lock:
            return Counter(hit.path for hit in self.hits)

    def odd_feed_paths(self) -> list[str]:
        """The /odd/<lib>/<file> path of every real odd feed in the corpus (none without the shared folder)."""
        if self.shared_dir is None:
            return []
        root = self.shared_dir / "corpus" / "feeds" / "non_arabic_odd"
        return sorted(f"/odd/{p.parent.name}/{p.name}" for p in root.glob("*/*.xml"))

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)


@contextlib.contextmanager
def serve_fixtures(shared_dir: Path | None = None) -> Iterator[FixtureServer]:
    """Run the fixture server for the duration of the block (`shared_dir` adds the real odd feeds)."""
    with FixtureServer(shared_dir) as server:
        yield server


@pytest.fixture
def misbehaving_server() -> Iterator[FixtureServer]:
    """A fresh fixture server per test, so counts start at zero (import it into the test module to use it)."""
    with serve_fixtures() as server:
        yield server


def _make_handler(server: FixtureServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes: without TCP_NODELAY, delayed ACKs add ~40 ms per request.
        disable_nagle_algorithm = True
        server_version = "marsad-fixtures/1.0"
        timeout = 30

        # -- plumbing --------------------------------------------------------------------------------
        def setup(self) -> None:
            super().setup()
            server._track(self.connection, add=True)

        def finish(self) -> None:
            server._track(self.connection, add=False)
            with contextlib.suppress(OSError):
                super().finish()

        def log_message(self, format: str, *args: object) -> None:
            pass  # the tests read counts, not logs

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except (BrokenPipeError, ConnectionResetError):
                # Clients that give up mid-body (size caps, timeouts) are what these routes are for.
                self.close_connection = True

        def do_GET(self) -> None:
            self._dispatch()

        def do_HEAD(self) -> None:
            self._dispatch()

        def _dispatch(self) -> None:
            split = urlsplit(self.path)
            self.query = {k: v[-1] for k, v in parse_qs(split.query).items()}
            self.route_path = split.path
            server._record(Hit(self.command, split.path, split.query, dict(self.headers.items())))
            for route in ROUTES:
                exact = split.path == route.pattern
                if exact or (route.pattern.endswith("/") and split.path.startswith(route.pattern)):
                    getattr(self, route.handler)()
                    return
            self._send(404, b"no such fixture route\n")

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            merged = {"Content-Type": "text/plain; charset=utf-8", **(headers or {})}
            merged["Content-Length"] = str(len(body))
            for name, value in merged.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _redirect(self, location: str) -> None:
            self._send(302, b"", {"Location": location})

        def _param(self, name: str, default: float) -> float:
            return float(self.query.get(name, default))

        def _send_chunked(self, chunks: Iterator[bytes], headers: dict[str, str]) -> None:
            self.send_response(200)
            for name, value in {**headers, "Transfer-Encoding": "chunked"}.items():
                self.send_header(name, value)
            self.end_headers()
            for chunk in chunks:
                if server.stopping.is_set():
                    break
                if chunk:
                    self.wfile.write(b"%x\r\n%b\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")

        # -- feeds and pages -------------------------------------------------------------------------
        def feed(self) -> None:
            """Arabic RSS with validators; 304 with no body on a matching conditional GET."""
            body = render_feed(server.base_url)
            etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
            validators = {"ETag": etag, "Last-Modified": FEED_LAST_MODIFIED}
            if_none_match = self.headers.get("If-None-Match")
            if_modified_since = self.headers.get("If-Modified-Since")
            if if_none_match is not None:
                fresh = any(t.strip().removeprefix("W/") == etag for t in if_none_match.split(",")) or (
                    if_none_match.strip() == "*"
                )
            elif if_modified_since is not None:
                try:
                    fresh = parsedate_to_datetime(if_modified_since) >= parsedate_to_datetime(FEED_LAST_MODIFIED)
                except (TypeError, ValueError):
                    fresh = False
            else:
                fresh = False
            if fresh:
                self.send_response(304)
                for name, value in validators.items():
                    self.send_header(name, value)
                self.end_headers()
                return
            self._send(200, body, {"Content-Type": "application/rss+xml; charset=utf-8", **validators})

        def feed_no_validators(self) -> None:
            """The same feed with no validators: conditional GETs cannot help."""
            self._send(200, render_feed(server.base_url), {"Content-Type": "application/rss+xml; charset=utf-8"})

        def feed_leading_whitespace(self) -> None:
            """Blank lines and spaces before `<?xml`, a common CMS template bug that strict parsers reject."""
            body = b"\n\n   \n" + render_feed(server.base_url)
            self._send(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})

        def page(self) -> None:
            """Article pages 1..3; anything else under /page/ is 404."""
            name = self.route_path.removeprefix("/page/").removesuffix(".html")
            if name.isdigit() and 1 <= int(name) <= len(FEED_ITEMS):
                self._send(200, render_page(int(name)), {"Content-Type": "text/html; charset=utf-8"})
            else:
                self._send(404, b"no such page\n")

        # -- statuses and redirects ------------------------------------------------------------------
        def status(self) -> None:
            """/status/<code>: that status; 429 and 503 say when to come back."""
            code_text = self.route_path.removeprefix("/status/")
            code = int(code_text) if code_text.isdigit() and 200 <= int(code_text) <= 599 else 400
            headers = {"Retry-After": "1"} if code in {429, 503} else {}
            self._send(code, f"status {code}\n".encode(), headers)

        def redirect_loop(self) -> None:
            """Half of a two-step redirect loop."""
            self._redirect("/redirect/loop-b")

        def redirect_loop_b(self) -> None:
            """The other half of the loop."""
            self._redirect("/redirect/loop")

        def redirect_chain(self) -> None:
            """/redirect/chain/<n>: n more hops (relative Location), then the feed."""
            remaining = self.route_path.removeprefix("/redirect/chain/")
            hops = int(remaining) if remaining.isdigit() else 0
            self._redirect(f"/redirect/chain/{hops - 1}" if hops > 1 else "/feed.xml")

        # -- slow and silent -------------------------------------------------------------------------
        def slow_headers(self) -> None:
            """Nothing at all for `delay` seconds, then the feed (if the client is still there)."""
            if server.stopping.wait(self._param("delay", 5.0)):
                return
            self.feed()

        def slow_drip(self) -> None:
            """Headers at once with the full Content-Length, then one byte per `interval` seconds."""
            n_bytes = int(self._param("bytes", 60))
            interval = self._param("interval", 1.0)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(n_bytes))
            self.end_headers()
            self.wfile.flush()
            for _ in range(n_bytes):
                if server.stopping.wait(interval):
                    return
                self.wfile.write(b" ")
                self.wfile.flush()

        def hang(self) -> None:
            """Accepts, reads the request, never answers; the client must time out."""
            server.stopping.wait()
            self.close_connection = True

        # -- too much --------------------------------------------------------------------------------
        def big(self) -> None:
            """`bytes` bytes of feed-like filler, declared up front in Content-Length."""
            n_bytes = int(self._param("bytes", 20 * 1024 * 1024))
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(n_bytes))
            self.end_headers()
            if self.command == "HEAD":  # a body after HEAD would be read as the next response on the connection
                return
            for chunk in _filler(n_bytes):
                if server.stopping.is_set():
                    return
                self.wfile.write(chunk)

        def big_chunked(self) -> None:
            """`bytes` bytes with chunked encoding: the size is known only by reading."""
            n_bytes = int(self._param("bytes", 20 * 1024 * 1024))
            self._send_chunked(_filler(n_bytes), {"Content-Type": "application/rss+xml; charset=utf-8"})

        def gzip_bomb(self) -> None:
            """A gzip body that inflates to `gib` GiB of zeros (about 1,000:1), compressed as it is sent."""
            total = int(self._param("gib", 4) * 1024**3)
            headers = {"Content-Type": "application/rss+xml; charset=utf-8", "Content-Encoding": "gzip"}
            self._send_chunked(_gzip_zeros(total), headers)

        # -- encodings -------------------------------------------------------------------------------
        def chardet_cp1256(self) -> None:
            """windows-1256 Arabic with no charset in header or markup: the reader must detect it."""
            self._send(200, legacy_page("windows-1256"), {"Content-Type": "text/html"})

        def chardet_iso8859_6(self) -> None:
            """ISO-8859-6 Arabic with no charset in header or markup."""
            self._send(200, legacy_page("iso-8859-6"), {"Content-Type": "text/html"})

        def chardet_mislabelled(self) -> None:
            """windows-1256 bytes under a header that claims UTF-8 (they are not valid UTF-8)."""
            self._send(200, legacy_page("windows-1256"), {"Content-Type": "text/html; charset=utf-8"})

        def odd_feed(self) -> None:
            """A real feed from corpus/feeds/non_arabic_odd, bytes unchanged, no charset in the header."""
            if server.shared_dir is None:
                self._send(404, b"no shared folder given to this server\n")
                return
            root = (server.shared_dir / "corpus" / "feeds" / "non_arabic_odd").resolve()
            target = (root / self.route_path.removeprefix("/odd/")).resolve()
            if not target.is_relative_to(root) or not target.is_file():
                self._send(404, b"no such feed\n")
                return
            self._send(200, target.read_bytes(), {"Content-Type": "application/xml"})

    return Handler


def _filler(n_bytes: int, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
    block = (b"<item><title>x</title></item>\n" * (chunk_size // 30 + 1))[:chunk_size]
    sent = 0
    while sent < n_bytes:
        piece = block[: min(chunk_size, n_bytes - sent)]
        sent += len(piece)
        yield piece


def _gzip_zeros(total: int, chunk_size: int = 1024 * 1024) -> Iterator[bytes]:
    # wbits=31 writes the gzip header and trailer; zeros compress about 1,000:1 at level 9.
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(chunk_size)
    produced = 0
    while produced < total:
        size = min(chunk_size, total - produced)
        produced += size
        yield compressor.compress(zeros if size == chunk_size else bytes(size))
    yield compressor.flush()


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll `predicate` until it holds or `timeout` passes (for counts updated by the server's threads)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
