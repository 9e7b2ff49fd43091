"""What the labelled worlds' own tests share: fetching from a served world without a proxy (HTTP errors
are answers too) and collecting a page's links."""

from __future__ import annotations

import urllib.error
import urllib.request
from html.parser import HTMLParser

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str, timeout: float = 5.0, data: bytes | None = None, headers: dict | None = None):
    """(status, headers, body bytes) of a GET, or a POST when `data` is given."""
    try:
        with OPENER.open(urllib.request.Request(url, data=data, headers=headers or {}), timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


class Links(HTMLParser):
    """The href and src values of a page, fragments left out."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v and not v.startswith("#"):
                self.links.append(v)
