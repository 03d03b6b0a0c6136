"""A small Chrome DevTools Protocol client for headless Chromium (Debian's `chromium` binary, no downloaded browser).

Opens one page with the network blocked (unresolvable hosts and a dead proxy), records every request the page
makes and every console error, evaluates JavaScript and takes screenshots. The browser runs in its own process
group, which is killed and waited for on close, so no process outlives the `Browser` context.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_DEVTOOLS = re.compile(r"DevTools listening on (ws://\S+)")


def find_chromium() -> str | None:
    """The Chromium binary: $MARSAD_CHROMIUM, else the first of the usual names on PATH."""
    env = os.environ.get("MARSAD_CHROMIUM")
    if env:
        return env if Path(env).is_file() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageLog:
    """What a page did: the URLs it requested and the errors it logged."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Browser:
    """One headless Chromium with one page, driven over CDP."""

    def __init__(self, binary: str, *, width: int = 1280, height: int = 900, timeout_s: float = 30.0) -> None:
        self.binary = binary
        self.width, self.height = width, height
        self.timeout_s = timeout_s
        self.log = PageLog()
        self._ids = itertools.count(1)
        self._profile = tempfile.mkdtemp(prefix="marsad-chromium-")
        self._proc: subprocess.Popen[str] | None = None
        self._ws: Any = None
        self._session: str | None = None
        self._events: list[dict[str, Any]] = []

    # -------------------------------------------------------- lifecycle

    def start(self) -> None:
        args = [
            self.binary,
            "--headless=new",
            "--no-sandbox",  # CI runs as root
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--metrics-recording-only",
            "--mute-audio",
            # Block the network: no host resolves and every proxied request goes to a closed port.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=http://127.0.0.1:9",
            "--remote-debugging-port=0",
            f"--user-data-dir={self._profile}",
            f"--window-size={self.width},{self.height}",
            "about:blank",
        ]
        self._proc = subprocess.Popen(
            args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
        )
        assert self._proc.stderr is not None
        deadline = time.monotonic() + self.timeout_s
        url = None
        while time.monotonic() < deadline:
            line = self._proc.stderr.readline()
            if not line:
                if self._proc.poll() is not None:
                    break
                continue
            found = _DEVTOOLS.search(line)
            if found:
                url = found.group(1)
                break
        if url is None:
            self.close()
            raise RuntimeError("Chromium did not start (no DevTools endpoint)")
        self._ws = connect(url, max_size=None, open_timeout=self.timeout_s)
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self._session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
        )

    def close(self) -> None:
        """Close the browser and make sure every process of its group is gone."""
        if self._ws is not None:
            # Closing anyway: the process group is killed below whatever the browser answers.
            with contextlib.suppress(Exception):
                self.call("Browser.close", session=False, timeout_s=5)
            with contextlib.suppress(Exception):
                self._ws.close()
            self._ws = None
        if self._proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._proc.wait(timeout=10)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGKILL)
            self._proc.wait()
            if self._proc.stderr is not None:
                self._proc.stderr.close()
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and process_group_alive(self._proc.pid):
                _reap_group(self._proc.pid)
                time.sleep(0.05)
        shutil.rmtree(self._profile, ignore_errors=True)

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    # -------------------------------------------------------- protocol

    def call(
        self, method: str, params: dict[str, Any] | None = None, *, session: bool = True, timeout_s: float | None = None
    ) -> dict[str, Any]:
        message_id = next(self._ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params or {}}
        if session and self._session:
            message["sessionId"] = self._session
        self._ws.send(json.dumps(message))
        deadline = time.monotonic() + (timeout_s or self.timeout_s)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no answer to {method}")
            reply = json.loads(self._ws.recv(timeout=remaining))
            if reply.get("id") == message_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))
            self._event(reply)

    def _event(self, message: dict[str, Any]) -> None:
        method = message.get("method")
        params = message.get("params", {})
        if method == "Network.requestWillBeSent":
            self.log.requests.append(params["request"]["url"])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.log.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.log.errors.append(str(details.get("exception", {}).get("description") or details.get("text")))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            self.log.errors.append(f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
        elif method == "Network.loadingFailed":
            self.log.errors.append(f"request failed: {params.get('errorText')}")
        self._events.append(message)

    def wait_for(self, method: str, timeout_s: float | None = None) -> dict[str, Any]:
        for i, seen in enumerate(self._events):
            if seen.get("method") == method:
                return self._events.pop(i)
        deadline = time.monotonic() + (timeout_s or self.timeout_s)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no {method} event")
            message = json.loads(self._ws.recv(timeout=remaining))
            self._event(message)
            if message.get("method") == method:
                self._events.remove(message)
                return message

    # -------------------------------------------------------- page

    def open(self, url: str) -> float:
        """Navigate and wait for the load event; return the seconds it took."""
        self._events.clear()
        started = time.monotonic()
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise RuntimeError(f"navigation failed: {result['errorText']}")
        self.wait_for("Page.loadEventFired")
        return time.monotonic() - started

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"script error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path, *, full_height: int | None = None) -> Path:
        params: dict[str, Any] = {"format": "png"}
        if full_height:
            params["clip"] = {"x": 0, "y": 0, "width": self.width, "height": full_height, "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", params)["data"]
        path.write_bytes(base64.b64decode(data))
        return path


def _reap_group(pgid: int) -> None:
    """Wait for the group's processes that became this process's children (the suite adopts orphans as a
    subreaper, so the browser's helpers end up here once the browser is killed) so they do not stay zombies."""
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-pgid, os.WNOHANG)[0] > 0:
            pass


def process_group_alive(pgid: int) -> bool:
    """True while any process (zombies included) of group `pgid` exists."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def browser(binary: str, **kwargs: Any) -> Iterator[Browser]:
    b = Browser(binary, **kwargs)
    try:
        b.start()
        yield b
    finally:
        b.close()


def main() -> None:
    """`python -m tests.cdp REPORT.html OUT.png [HEIGHT]`: a screenshot of a page (how docs/report.png is made)."""
    import sys

    if len(sys.argv) < 3:
        raise SystemExit("usage: python -m tests.cdp PAGE.html OUT.png [HEIGHT]")
    binary = find_chromium()
    if binary is None:
        raise SystemExit("no Chromium binary found: install Debian's chromium package")
    height = int(sys.argv[3]) if len(sys.argv) > 3 else 1800
    with browser(binary, width=1280, height=height) as b:
        b.open(Path(sys.argv[1]).resolve().as_uri())
        b.screenshot(Path(sys.argv[2]), full_height=height)
        if b.log.errors:
            raise SystemExit(f"page errors: {b.log.errors}")


if __name__ == "__main__":
    main()
