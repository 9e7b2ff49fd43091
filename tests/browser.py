"""A small driver for Debian's headless Chromium over the DevTools protocol (websocket-client): enough to
open pages, fill and submit forms, run a fetch with the page's cookies, emulate a phone and collect
console messages (CSP refusals, script errors). No browser download: /usr/bin/chromium is used."""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import time
from pathlib import Path

import requests
import websocket

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-allow-origins=*", "--remote-debugging-port=0"]


class BrowserError(AssertionError):
    pass


class Browser:
    def __init__(self, profile: Path, timeout: float = 30):
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        assert binary, "chromium is not installed (apt-get install -y chromium); the web tests need it"
        self.timeout = timeout
        profile.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise BrowserError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        pages = [t for t in requests.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json() if t["type"] == "page"]
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=timeout, suppress_origin=True)
        self._ids = itertools.count(1)
        self.console: list[str] = []
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Log.enable")

    # ------------------------------------------------------------ protocol

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

    def send(self, method: str, **params) -> dict:
        mid = next(self._ids)
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == mid:
                if "error" in msg:
                    raise BrowserError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._event(msg)

    def eval(self, expression: str):
        res = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in res:
            raise BrowserError(f"{expression[:80]}: {res['exceptionDetails']}")
        return res["result"].get("value")

    # ------------------------------------------------------------ pages

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
        self.eval("window.__kipmonOld = 1")
        self.send("Page.navigate", url=url)
        self._wait_loaded()

    def submit(self, selector: str, fields: dict[str, str] | None = None) -> None:
        """Fill the fields (by CSS selector) and click `selector` (a submit button); wait for the next page."""
        for sel, value in (fields or {}).items():
            self.eval(f"(() => {{ const el = document.querySelector({json.dumps(sel)});"
                      f" el.value = {json.dumps(value)}; el.dispatchEvent(new Event('change')); }})()")
        self.eval("window.__kipmonOld = 1")
        self.eval(f"document.querySelector({json.dumps(selector)}).click()")
        self._wait_loaded()

    @property
    def url(self) -> str:
        return self.eval("location.href")

    def html(self) -> str:
        return self.eval("document.documentElement.outerHTML")

    def text(self, selector: str) -> str | None:
        return self.eval(f"(() => {{ const el = document.querySelector({json.dumps(selector)}); return el ? el.innerText : null; }})()")

    def download(self, selector: str, folder: Path) -> Path:
        """Click a download link (with the page's session, as a person would) and wait for the file."""
        folder.mkdir(parents=True, exist_ok=True)
        self.send("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(folder))
        self.eval(f"document.querySelector({json.dumps(selector)}).click()")
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            done = [p for p in folder.iterdir() if not p.name.endswith(".crdownload")]
            if done and not any(p.name.endswith(".crdownload") for p in folder.iterdir()):
                return done[0]
            time.sleep(0.05)
        raise BrowserError(f"no download from {selector}")

    def viewport(self, width: int, height: int, mobile: bool = False) -> None:
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=mobile)

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        try:
            if getattr(self, "ws", None):
                self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
