"""Small real HTTP servers on loopback addresses: the demo world and the tests crawl these.

Each site gets its own address in 127.0.0.0/8 (127.0.0.11, 127.0.0.12, ...), because Scrapy keys its
per-domain politeness on the host name without the port: sites sharing 127.0.0.1 would crawl one at a
time. Linux routes the whole /8 to loopback, so no setup is needed.

A site is a dict of routes: a path (with its query string, if any) maps to a Page, or to a function
that takes the request path and returns a Page or None. Servers answer conditional requests
(If-None-Match / If-Modified-Since) with 304, like a real web server, and count the bytes they send. A route keyed
"POST /path" answers POST requests: a function fn(path, form, cookies) given the posted form fields and
the request's cookies (an OpenSID list loaded in the background with a CSRF token).
"""

from __future__ import annotations

import email.utils
import hashlib
import itertools
import socket
import threading
import time
from collections.abc import Callable
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FIXED_LAST_MODIFIED = "Mon, 02 Nov 2026 08:00:00 GMT"


@dataclass
class Page:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    last_modified: str | None = FIXED_LAST_MODIFIED

    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


Route = Page | Callable[[str], "Page | None"]

_next_ip = itertools.count(11)
_ip_lock = threading.Lock()


def next_loopback_ip() -> str:
    """A fresh loopback address per site in this process (127.0.0.11 .. 127.0.254.x)."""
    with _ip_lock:
        n = next(_next_ip)
    return f"127.0.{n // 250}.{n % 250 + 2}" if n >= 250 else f"127.0.0.{n}"


class _Handler(BaseHTTPRequestHandler):
    server_version = "kipmon-demo/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet: tests and the demo print their own summaries
        pass

    def _route(self) -> Page | None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        site.requests.append(self.path)
        route = site.routes.get(self.path)
        if route is None and "?" in self.path:  # like a real server, ignore the order of query parameters
            route = site.by_sorted_query().get(_sorted_query(self.path))
        if route is None and "?" in self.path:
            route = site.routes.get(self.path.split("?", 1)[0] + "?*")
        if route is None:
            for prefix, fn in site.prefix_routes:
                if self.path.startswith(prefix):
                    return fn(self.path)
            return None
        return route(self.path) if callable(route) else route

    def do_HEAD(self) -> None:
        self.do_GET(head=True)

    def do_POST(self) -> None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        form = dict(
            parse_qsl(self.rfile.read(min(length, 1_000_000)).decode("utf-8", "replace"), keep_blank_values=True)
        )
        jar = SimpleCookie()
        try:
            jar.load(self.headers.get("Cookie") or "")
        except Exception:  # noqa: BLE001 - a malformed Cookie header is no cookie
            pass
        site.requests.append("POST " + self.path)
        route = site.routes.get("POST " + self.path.split("?", 1)[0])
        page = route(self.path, form, {k: v.value for k, v in jar.items()}) if callable(route) else route
        self.do_GET(page=page)

    def do_GET(self, head: bool = False, page: Page | None = None) -> None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        page = page if page is not None else (self._route() if self.command != "POST" else None)
        if page is None:
            page = site.not_found or Page("<html><body><h1>404 Not Found</h1></body></html>", status=404)
        if page.delay:
            time.sleep(page.delay)
        data = page.data()
        etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
        status = page.status
        if status == 200 and (
            self.headers.get("If-None-Match") == etag
            or (
                page.last_modified
                and self.headers.get("If-Modified-Since") == page.last_modified
                and not self.headers.get("If-None-Match")
            )
        ):
            status, data = 304, b""
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(data)))
        if page.status == 200:
            self.send_header("ETag", etag)
            if page.last_modified:
                self.send_header("Last-Modified", page.last_modified)
        for k, v in page.headers.items():
            self.send_header(k, v)
        self.end_headers()
        if not head and data:
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                return
        with site.lock:
            site.bytes_sent += len(data)


class Site:
    """One HTTP server for one pretend site, on its own loopback address; use as a context manager."""

    def __init__(
        self,
        routes: dict[str, Route] | None = None,
        *,
        ip: str | None = None,
        port: int = 0,
        not_found: Page | None = None,
    ):
        self.routes: dict[str, Route] = dict(routes or {})
        self.prefix_routes: list[tuple[str, Callable[[str], Page | None]]] = []
        self.not_found = not_found
        self.requests: list[str] = []
        self._sorted: dict[str, Route] = {}
        self.bytes_sent = 0
        self.lock = threading.Lock()
        self.ip = ip or next_loopback_ip()
        self._httpd = ThreadingHTTPServer((self.ip, port), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.site = self  # type: ignore[attr-defined]
        self.port = self._httpd.server_address[1]
        self._thread: threading.Thread | None = None

    @property
    def base(self) -> str:
        return f"http://{self.ip}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base + path

    def by_sorted_query(self) -> dict[str, Route]:
        """The routes keyed by their path with the query parameters sorted (rebuilt when routes change)."""
        if len(self._sorted) != len(self.routes):
            self._sorted = {_sorted_query(k): v for k, v in self.routes.items()}
        return self._sorted

    def add_prefix(self, prefix: str, fn: Callable[[str], Page | None]) -> None:
        """Answer every path that starts with `prefix` with fn(path) (None: 404)."""
        self.prefix_routes.append((prefix, fn))

    def start(self) -> Site:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> Site:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class SilentSite:
    """Accepts TCP connections and never answers: a site that hangs."""

    def __init__(self, ip: str | None = None):
        self.ip = ip or next_loopback_ip()
        self.sock = socket.socket()
        self.sock.bind((self.ip, 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self._conns: list[socket.socket] = []
        self._stop = False
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def base(self) -> str:
        return f"http://{self.ip}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base + path

    def _accept(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
                self._conns.append(conn)
            except OSError:
                continue

    def __enter__(self) -> SilentSite:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop = True
        self._thread.join(timeout=2)
        for c in self._conns:
            c.close()
        self.sock.close()


def closed_port_url(ip: str | None = None) -> str:
    """A URL on a loopback address where nothing listens: connecting is refused."""
    ip = ip or next_loopback_ip()
    s = socket.socket()
    s.bind((ip, 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://{ip}:{port}/"


def _sorted_query(path: str) -> str:
    base, _, query = path.partition("?")
    return base + "?" + "&".join(sorted(query.split("&"))) if query else base


def http_date(ts: float) -> str:
    return email.utils.formatdate(ts, usegmt=True)
