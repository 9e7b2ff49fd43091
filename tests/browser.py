"""The tests' one driver for Debian's headless Chromium over the DevTools protocol (websocket-client only).

`Browser()` starts one chromium (no browser download: /usr/bin/chromium) and holds one page, its `tab`;
`browser.open(url, width=412)` opens another tab at a given viewport. A tab navigates, fills and submits
forms, downloads with the page's cookies, evaluates JavaScript, measures element boxes, emulates print
media or a phone, and collects console messages (CSP refusals, script errors). The report's layout tests
and the web workspace's tests both use it, so there is one place that knows the protocol.
"""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import requests
import websocket

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-allow-origins=*",
    "--remote-debugging-port=0",
]


class BrowserError(AssertionError):
    pass


class Browser:
    """One headless Chromium. `timeout` bounds each wait; on a loaded 2-core CI machine chromium can be
    slow, so it is a limit, not a measure."""

    def __init__(self, profile: Path | None = None, timeout: float = 30):
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        assert binary, "chromium is not installed (apt-get install -y chromium); the browser tests need it"
        self.timeout = timeout
        self._tmp = (
            None if profile else tempfile.TemporaryDirectory(prefix="kipmon-browser-", ignore_cleanup_errors=True)
        )
        profile = Path(profile or self._tmp.name)
        profile.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.ws = None
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise BrowserError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        endpoint = requests.get(f"http://127.0.0.1:{port}/json/version", timeout=10).json()["webSocketDebuggerUrl"]
        self.ws = websocket.create_connection(endpoint, timeout=timeout, suppress_origin=True)
        self._ids = itertools.count(1)
        self._tabs: dict[str, Tab] = {}
        first = next(t for t in self.send("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self.tab = self._attach(first["targetId"])

    # ------------------------------------------------------------ protocol

    def send(self, method: str, session: str | None = None, **params) -> dict:
        mid = next(self._ids)
        msg = {"id": mid, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == mid:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            tab = self._tabs.get(reply.get("sessionId"))
            if tab:
                tab._event(reply)

    def _attach(self, target: str) -> "Tab":
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        tab = self._tabs[session] = Tab(self, session)
        for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
            tab.send(domain)
        return tab

    def open(self, url: str, width: int, height: int = 900, mobile: bool | None = None) -> "Tab":
        """A new tab at `width` x `height` (a phone below 600 px unless `mobile` says otherwise), loaded."""
        tab = self._attach(self.send("Target.createTarget", url="about:blank")["targetId"])
        tab.viewport(width, height, mobile=width < 600 if mobile is None else mobile)
        tab.goto(url)
        return tab

    # The first tab's methods on the browser itself: `b.goto(url)`, `b.submit(...)`, `b.console`.
    def __getattr__(self, name: str):
        if name.startswith("_") or name in ("tab", "ws", "proc", "timeout"):
            raise AttributeError(name)
        return getattr(self.tab, name)

    def close(self) -> None:
        try:
            if self.ws:
                self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            if self._tmp:
                self._tmp.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Tab:
    """One page of the browser, driven through its own DevTools session."""

    def __init__(self, browser: Browser, session: str):
        self.browser, self.session = browser, session
        self.timeout = browser.timeout
        self.console: list[str] = []

    def send(self, method: str, **params) -> dict:
        return self.browser.send(method, self.session, **params)

    def _event(self, msg: dict) -> None:
        method = msg.get("method")
        if method == "Runtime.consoleAPICalled":
            self.console.append(" ".join(str(a.get("value", a.get("description", ""))) for a in msg["params"]["args"]))
        elif method == "Runtime.exceptionThrown":
            self.console.append(msg["params"]["exceptionDetails"].get("text", "exception"))
        elif method == "Log.entryAdded":
            entry = msg["params"]["entry"]
            if entry.get("level") in ("error", "warning") and entry.get("source") != "network":
                self.console.append(entry.get("text", ""))

    def eval(self, expression: str):
        """The value of a JavaScript expression in the page (JSON-serialisable); promises are awaited."""
        res = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in res:
            raise BrowserError(f"{expression[:80]}: {res['exceptionDetails']}")
        return res["result"].get("value")

    js = eval

    # ------------------------------------------------------------ navigation and forms

    def _wait_loaded(self) -> None:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            try:
                if self.eval("window.__kipmonOld === undefined && document.readyState === 'complete'"):
                    return
            except BrowserError:
                pass  # the page was swapped while evaluating
            time.sleep(0.05)
        raise BrowserError("page did not load")

    def goto(self, url: str) -> None:
        self.eval("window.__kipmonOld = 1")  # gone once the next document is in place
        self.send("Page.navigate", url=url)
        self._wait_loaded()

    def submit(self, selector: str, fields: dict[str, str] | None = None) -> None:
        """Fill the fields (by CSS selector) and click `selector` (a submit button); wait for the next page."""
        for sel, value in (fields or {}).items():
            self.eval(
                f"(() => {{ const el = document.querySelector({json.dumps(sel)});"
                f" el.value = {json.dumps(value)}; el.dispatchEvent(new Event('change')); }})()"
            )
        self.eval("window.__kipmonOld = 1")
        self.eval(f"document.querySelector({json.dumps(selector)}).click()")
        self._wait_loaded()

    @property
    def url(self) -> str:
        return self.eval("location.href")

    def html(self) -> str:
        return self.eval("document.documentElement.outerHTML")

    def text(self, selector: str) -> str | None:
        return self.eval(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            f" return el ? el.innerText : null; }})()"
        )

    def download(self, selector: str, folder: Path) -> Path:
        """Click a download link (with the page's session, as a person would) and wait for the file."""
        folder.mkdir(parents=True, exist_ok=True)
        self.browser.send("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(folder))
        self.eval(f"document.querySelector({json.dumps(selector)}).click()")
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            done = [p for p in folder.iterdir() if not p.name.endswith(".crdownload")]
            if done and not any(p.name.endswith(".crdownload") for p in folder.iterdir()):
                return done[0]
            time.sleep(0.05)
        raise BrowserError(f"no download from {selector}")

    # ------------------------------------------------------------ layout

    def viewport(self, width: int, height: int, mobile: bool = False) -> None:
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=mobile)

    def viewport_width(self) -> int:
        return self.eval("document.documentElement.clientWidth")

    def box(self, selector: str) -> dict | None:
        """The element's box in viewport pixels (x, y, width, height, right, bottom), or None."""
        return self.eval(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return null; const r = e.getBoundingClientRect();
            return {{x: r.x, y: r.y, width: r.width, height: r.height, right: r.right, bottom: r.bottom}}; }})()""")

    def media(self, media: str) -> None:
        """Emulate a CSS media type ("print", "screen" or "" for none)."""
        self.send("Emulation.setEmulatedMedia", media=media)

    def screenshot(self, path: Path) -> None:
        Path(path).write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))
