"""The HTML report as a reader sees it, in headless Chromium.

Chromium is driven over the DevTools protocol with a small standard-library WebSocket client,
so no Python package is needed; Debian's ``chromium`` package is (``tests/install-browser.sh``).
The tests skip when no Chromium is installed. A screenshot of the example articles' report is
kept in ``artifacts/html-report.png``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimdiff
from claimdiff._html import render_html
from test_render import EXAMPLES, sample_report

ARTIFACTS = Path(__file__).parents[1] / "artifacts"
#: Browsers tried in order; CLAIMDIFF_CHROMIUM names another binary.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Root in a container on a closed network: no sandbox, nothing that phones home.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
    "--window-size=1280,900",
)
TIMEOUT = 30.0

pytestmark = pytest.mark.slow


def _browser_names() -> tuple[str, ...]:
    named = os.environ.get("CLAIMDIFF_CHROMIUM")
    return (named,) if named else BROWSERS


def _browser() -> str | None:
    return next((path for name in _browser_names() if (path := shutil.which(name))), None)


class DevTools:
    """A WebSocket to Chromium's DevTools endpoint: commands, their answers, and events."""

    def __init__(self, port: int, path: str) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        # No Origin header: Chromium only checks origins that are sent.
        self.sock.sendall(
            (
                f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            answer += chunk
        head, _, self._buffer = answer.partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"DevTools refused the WebSocket: {head[:200]!r}")
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()

    def _read(self, count: int) -> bytes:
        while len(self._buffer) < count:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self._buffer += chunk
        data, self._buffer = self._buffer[:count], self._buffer[count:]
        return data

    def _send_frame(self, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        size = len(payload)
        if size < 126:
            header += bytes([0x80 | size])
        elif size < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack("!H", size)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", size)
        mask = os.urandom(4)  # clients must mask what they send
        masked = bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _message(self) -> dict[str, Any]:
        parts: list[bytes] = []
        while True:
            first, second = self._read(2)
            opcode, size = first & 0x0F, second & 0x7F
            if size == 126:
                (size,) = struct.unpack("!H", self._read(2))
            elif size == 127:
                (size,) = struct.unpack("!Q", self._read(8))
            mask = self._read(4) if second & 0x80 else b""
            payload = self._read(size)
            if mask:
                payload = bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode == 0x9:
                self._send_frame(0xA, payload)
                continue
            if opcode in (0x0, 0x1, 0x2):
                parts.append(payload)
                if first & 0x80:
                    message: dict[str, Any] = json.loads(b"".join(parts))
                    return message

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command (to the attached page, once there is one) and wait for its result."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        self._send_frame(0x1, json.dumps(message).encode())
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            answer = self._message()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            if "method" in answer:
                self.events.append(answer)
        raise TimeoutError(method)

    def wait_for(self, event: str) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            for seen in self.events:
                if seen["method"] == event:
                    self.events.remove(seen)
                    return seen
            self.events.append(self._message())
        raise TimeoutError(event)

    def evaluate(self, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def errors(self) -> list[str]:
        """Script errors, console errors, CSP violations and failed loads seen so far."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params["exceptionDetails"])[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(json.dumps(params.get("args"))[:500])
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", "")[:500])
        return found

    def requests(self) -> list[str]:
        """Every address the page asked for."""
        return [
            event["params"]["request"]["url"]
            for event in self.events
            if event["method"] == "Network.requestWillBeSent"
        ]


@pytest.fixture(scope="module")
def browser() -> Iterator[DevTools]:
    executable = _browser()
    if executable is None:
        looked_for = ", ".join(_browser_names())
        pytest.skip(f"no Chromium found ({looked_for}); run tests/install-browser.sh")
    profile = tempfile.mkdtemp(prefix="claimdiff-chromium-")
    process = subprocess.Popen(
        [executable, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    devtools: DevTools | None = None
    try:
        marker = Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + TIMEOUT
        while not (marker.exists() and len(marker.read_text().splitlines()) >= 2):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{executable} did not start (exit status {process.poll()})")
            time.sleep(0.05)
        port, path = marker.read_text().splitlines()[:2]
        devtools = DevTools(int(port), path)
        target = devtools.call("Target.createTarget", url="about:blank")["targetId"]
        devtools.session = devtools.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            devtools.call(f"{domain}.enable")
        devtools.call(
            "Emulation.setDeviceMetricsOverride",
            width=1280,
            height=900,
            deviceScaleFactor=1,
            mobile=False,
        )
        yield devtools
    finally:
        if devtools is not None:
            devtools.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(profile, ignore_errors=True)


def _open(browser: DevTools, page: Path) -> None:
    browser.events.clear()
    browser.call("Page.navigate", url=page.as_uri())
    browser.wait_for("Page.loadEventFired")
    # Let the load-time script and any console output arrive.
    browser.evaluate("new Promise(done => requestAnimationFrame(() => setTimeout(done, 50)))")


def _visible_rows(browser: DevTools) -> list[str]:
    """The relation of each table row a reader can see (rendered with a size)."""
    rows: list[str] = browser.evaluate(
        "Array.from(document.querySelectorAll('#diffs tbody tr'))"
        ".filter(row => row.getClientRects().length > 0)"
        ".map(row => row.dataset.relation)"
    )
    return rows


def _click(browser: DevTools, selector: str) -> None:
    """Click the middle of an element with the mouse, as a reader would."""
    box = browser.evaluate(
        f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
        " el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
        " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
    )
    x, y = box
    for kind in ("mousePressed", "mouseReleased"):
        browser.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)


def _screenshot(browser: DevTools, target: Path) -> None:
    height = browser.evaluate("document.documentElement.scrollHeight")
    browser.evaluate("window.scrollTo(0, 0)")
    shot = browser.call(
        "Page.captureScreenshot",
        format="png",
        captureBeyondViewport=True,
        clip={"x": 0, "y": 0, "width": 1280, "height": min(int(height), 6000), "scale": 1},
    )
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(base64.b64decode(shot["data"]))


def test_reader_sees_the_conflicts_and_the_filters_hide_rows(
    browser: DevTools, tmp_path: Path
) -> None:
    report = sample_report()
    page = tmp_path / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    _open(browser, page)

    visible_text = browser.evaluate("document.body.innerText")
    conflicts = browser.evaluate("document.querySelector('#conflicts').innerText")
    for diff in report.diffs_of("conflict"):
        assert diff.explanation in conflicts
    # Article markup is shown as text, never run or rendered.
    assert "<script>window.__pwned = 1</script>" in visible_text
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('#diffs img, #diffs i').length") == 0
    assert browser.evaluate("document.querySelector('#filters').hidden") is False

    everything = [diff.kind for diff in report.diffs]
    assert _visible_rows(browser) == everything
    assert browser.evaluate("document.querySelector('#shown').textContent") == (
        f"{len(everything)} of {len(everything)} claim groups shown"
    )

    _click(browser, "input[name=relation][value=conflict]")
    assert _visible_rows(browser) == [kind for kind in everything if kind != "conflict"]
    _click(browser, "input[name=relation][value=agree]")
    assert _visible_rows(browser) == [k for k in everything if k not in ("conflict", "agree")]
    _click(browser, "input[name=relation][value=conflict]")
    assert _visible_rows(browser) == [kind for kind in everything if kind != "agree"]

    _click(browser, "button[data-group=kind][data-set=none]")
    assert _visible_rows(browser) == []
    assert browser.evaluate("document.querySelector('#none-shown').hidden") is False
    _click(browser, "input[name=kind][value=number]")  # the conflict and a unique claim
    assert _visible_rows(browser) == ["conflict", "unique"]
    _click(browser, "button[data-group=relation][data-set=all]")
    _click(browser, "button[data-group=kind][data-set=all]")
    assert _visible_rows(browser) == everything

    assert browser.errors() == []
    assert [url for url in browser.requests() if not url.startswith("file:")] == []
    _screenshot(browser, ARTIFACTS / "html-report-sample.png")


def test_example_articles_page_shows_its_conflicts_without_errors(
    browser: DevTools, tmp_path: Path, builtins: claimdiff.LoadedPlugins
) -> None:
    from claimdiff._cli import _manifest_documents

    report = claimdiff.compare(
        _manifest_documents(EXAMPLES / "manifest.json", None), plugins=builtins
    )
    page = tmp_path / "examples.html"
    page.write_text(render_html(report), encoding="utf-8")
    _open(browser, page)

    conflicts = browser.evaluate("document.querySelector('#conflicts').innerText")
    for diff in report.diffs_of("conflict"):
        assert " ".join(diff.explanation.split()) in " ".join(conflicts.split())
    assert _visible_rows(browser) == [diff.kind for diff in report.diffs]
    assert browser.errors() == []
    assert [url for url in browser.requests() if not url.startswith("file:")] == []
    _screenshot(browser, ARTIFACTS / "html-report.png")
    assert (ARTIFACTS / "html-report.png").stat().st_size > 10_000
