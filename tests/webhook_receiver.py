"""A real webhook receiver on 127.0.0.1 for alert tests: records POST bodies; can answer 500, be down or be slow."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class ReceivedPost:
    """One POST as the receiver saw it, and how it answered."""

    path: str
    headers: dict[str, str]
    body: bytes
    status: int  # what the receiver answered
    delayed_s: float  # how long it waited before answering
    received_at: float  # time.time() when the body was read

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    @property
    def accepted(self) -> bool:
        """Answered 2xx without delay: the sender saw a success."""
        return 200 <= self.status < 300 and self.delayed_s == 0


class WebhookReceiver:
    """Threaded HTTP server recording POSTs. `mode`: "ok" | "error" (500) | "slow" (answer after `delay_s`)."""

    def __init__(self, port: int = 0) -> None:
        self.mode = "ok"
        self.delay_s = 3.0
        self._posts: list[ReceivedPost] = []
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = port
        self.start()

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Listen (again) on the same port; a stopped receiver refuses connections."""
        if self._server is not None:
            return
        server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler_class())
        server.daemon_threads = True
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Close the listening socket: connections are refused until start()."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> WebhookReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ what arrived

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def json_url(self, path: str = "/hook", **params: str) -> str:
        """An Apprise json:// URL pointing at this receiver."""
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"json://127.0.0.1:{self.port}{path}" + (f"?{query}" if query else "")

    @property
    def posts(self) -> list[ReceivedPost]:
        with self._lock:
            return list(self._posts)

    @property
    def accepted(self) -> list[ReceivedPost]:
        return [p for p in self.posts if p.accepted]

    def clear(self) -> None:
        with self._lock:
            self._posts.clear()

    def wait_for(self, n: int, timeout_s: float = 10.0) -> list[ReceivedPost]:
        """Block until at least `n` POSTs arrived (or the timeout passed); return them."""
        deadline = time.monotonic() + timeout_s
        with self._arrived:
            while len(self._posts) < n:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._arrived.wait(remaining)
            return list(self._posts)

    # ------------------------------------------------------------ the handler

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                received_at = time.time()
                mode, delay = receiver.mode, receiver.delay_s
                status = 500 if mode == "error" else 200
                delayed = delay if mode == "slow" else 0.0
                with receiver._arrived:
                    receiver._posts.append(
                        ReceivedPost(self.path, dict(self.headers.items()), body, status, delayed, received_at)
                    )
                    receiver._arrived.notify_all()
                if delayed:
                    time.sleep(delayed)
                payload = b'{"ok": true}' if status == 200 else b'{"error": "receiver told to fail"}'
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the sender gave up waiting (slow mode)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        return Handler
