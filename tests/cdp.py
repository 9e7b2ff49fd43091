"""A small driver for Debian's headless Chromium over the DevTools protocol (websocket-client only):
open a page at a given viewport width, run JavaScript in it, measure where elements are.

Used by the report's layout tests to measure, not guess: an element's box at phone width (412 px)
and desktop width (1366 px), and the page under print media. No browser is downloaded; the Debian
package `chromium` must be installed, as for the other report tests.
"""

from __future__ import annotations

import json
import itertools
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import websocket

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0",
         "--remote-allow-origins=*", "about:blank"]


class Browser:
    """One headless Chromium; `with Browser() as b: page = b.open(url, width=412)`."""

    def __init__(self):
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        assert binary, "chromium is not installed (apt-get install -y chromium); the report tests need it"
        self.profile = tempfile.TemporaryDirectory(prefix="kipmon-cdp-")
        self.proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={self.profile.name}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = None
        for line in self.proc.stderr:  # "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID"
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                url = m.group(1)
                break
        assert url, "chromium did not open its DevTools endpoint"
        # generous: on a loaded 2-core CI machine chromium can be slow to answer; a limit, not a measure
        self.ws = websocket.create_connection(url, timeout=180)
        self.ids = itertools.count(1)
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        msg_id = next(self.ids)
        msg = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == msg_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str, session: str, timeout: float = 180) -> dict:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for i, ev in enumerate(self.events):
                if ev.get("method") == method and ev.get("sessionId") == session:
                    return self.events.pop(i)
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(method)

    def open(self, url: str, width: int, height: int = 900, mobile: bool | None = None) -> "Page":
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        self.send("Page.enable", session=session)
        self.send("Runtime.enable", session=session)
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1,
                   "mobile": width < 600 if mobile is None else mobile}, session=session)
        self.send("Page.navigate", {"url": url}, session=session)
        self.wait_event("Page.loadEventFired", session)
        return page

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.profile.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Page:
    def __init__(self, browser: Browser, session: str):
        self.browser, self.session = browser, session

    def js(self, expression: str):
        """The value of a JavaScript expression in the page (JSON-serialisable)."""
        result = self.browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                        "awaitPromise": True}, session=self.session)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("exception", {}).get("description") or result)
        return result["result"].get("value")

    def box(self, selector: str) -> dict | None:
        """The element's box in viewport pixels (x, y, width, height, right, bottom), or None."""
        return self.js(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return null; const r = e.getBoundingClientRect();
            return {{x: r.x, y: r.y, width: r.width, height: r.height, right: r.right, bottom: r.bottom}}; }})()""")

    def viewport_width(self) -> int:
        return self.js("document.documentElement.clientWidth")

    def media(self, media: str) -> None:
        """Emulate a CSS media type ("print", "screen" or "" for none)."""
        self.browser.send("Emulation.setEmulatedMedia", {"media": media}, session=self.session)

    def screenshot(self, path: Path) -> None:
        import base64
        data = self.browser.send("Page.captureScreenshot", {"format": "png"}, session=self.session)["data"]
        Path(path).write_bytes(base64.b64decode(data))
