"""Which URLs belong to a body's crawl, and which are traps that would eat its page budget.

A body's scope is the host of each start URL (with or without "www."), limited to the start URL's
path when it has one (https://portal.example/opd/dinkes/ keeps to /opd/dinkes/). Documents and pages
that in-scope pages link to directly are fetched once, outside the scope, but never followed.

Traps: session ids and tracking parameters are dropped, sort/filter/view variants fold into the
plain URL, and a chain of pages of the same shape (an agenda's "next month", pagination) is cut after
a budget, counted per shape, so an endless calendar cannot use up the budget of the real pages.
"""

from __future__ import annotations

import functools

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from kipmon.urls import extension, looks_like_document  # noqa: F401 - the crawler's names for them

# Query parameters that carry a session, a tracker, or only re-order/re-filter the same content.
# (Not "view" or "layout": Joomla names its pages with them.)
DROP_PARAMS = re.compile(
    r"^(phpsessid|sid|sessionid|session_id|jsessionid|cfid|cftoken|utm_\w+|fbclid|gclid|"
    r"sort|sortby|sort_by|order|orderby|order_by|dir|direction|filter|"
    r"replytocom|share|print|amp|lang_switch)$",
    re.I,
)
_PATH_SESSION = re.compile(r";jsessionid=[^/?#]*", re.I)
_DIGITS = re.compile(r"\d+")

SKIP_EXTENSIONS = {
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".svg",
    ".ico",
    ".bmp",
    ".tif",
    ".tiff",
    ".mp4",
    ".mp3",
    ".avi",
    ".mov",
    ".wmv",
    ".webm",
    ".css",
    ".js",
    ".woff",
    ".woff2",
    ".ttf",
    ".eot",
    ".apk",
    ".exe",
    ".rar",
    ".7z",
    ".iso",
    ".dmg",
    ".mpg",
    ".mpeg",
    ".wav",
    ".flv",
}


def _host(netloc: str) -> str:
    netloc = netloc.lower()
    return netloc[4:] if netloc.startswith("www.") else netloc


@functools.lru_cache(maxsize=16384)  # a site's menu links recur on every page: canonicalised once
def normalize_url(url: str) -> str | None:
    """The canonical form used for de-duplication, or None for a URL that is not worth fetching."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    path = _PATH_SESSION.sub("", parts.path) or "/"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not DROP_PARAMS.match(k)])
    try:
        return canonicalize_url(urlunsplit((parts.scheme, parts.netloc.lower(), path, query, "")))
    except ValueError:
        return None


def skipped_media(url: str) -> bool:
    return extension(url) in SKIP_EXTENSIONS


def _under(path: str, prefix: str) -> bool:
    return prefix == "/" or path == prefix.rstrip("/") or path.startswith(prefix.rstrip("/") + "/")


def shape(url: str) -> str:
    """The URL's shape: host, path and query keys with every run of digits folded to 9."""
    parts = urlsplit(url)
    keys = "&".join(sorted(f"{k}={_DIGITS.sub('9', v)}" for k, v in parse_qsl(parts.query)))
    return f"{_host(parts.netloc)}{_DIGITS.sub('9', parts.path)}?{keys}"


class Scope:
    """The set of URLs one body's crawl follows."""

    def __init__(self, start_urls: list[str] | tuple[str, ...]):
        self.roots: list[tuple[str, str]] = []
        self.excluded: list[tuple[str, str]] = []
        for url in start_urls:
            parts = urlsplit(url)
            path = parts.path or "/"
            if not path.endswith("/"):
                # /ppid covers /ppid and /ppid/...; /index.php or /id.html covers their folder
                last = path.rsplit("/", 1)[-1]
                path = path.rsplit("/", 1)[0] + "/" if "." in last else path
            self.roots.append((_host(parts.netloc), path))

    def add_root(self, url: str) -> None:
        """Widen the scope to where a start URL redirected (http -> https on another host, ...)."""
        parts = urlsplit(url)
        root = (_host(parts.netloc), (parts.path.rsplit("/", 1)[0] + "/") if parts.path else "/")
        if root not in self.roots:
            self.roots.append(root)

    @property
    def hosts(self) -> set[str]:
        return {h for h, _ in self.roots}

    def contains(self, url: str) -> bool:
        parts = urlsplit(url)
        host, path = _host(parts.netloc), parts.path or "/"
        if any(host == h and _under(path, prefix) for h, prefix in self.excluded):
            return False
        return any(host == h and _under(path, prefix) for h, prefix in self.roots)

    def exclude_nested(self, other: "Scope") -> None:
        """Leave out another body's path-prefix roots that lie inside this scope: the registry says those
        pages are that body's (an OPD's PPID pages under /ppid/pelaksana/dinsos on the regency portal)."""
        for host, prefix in other.roots:
            if (
                prefix != "/"
                and (host, prefix) not in self.roots
                and any(host == h and _under(prefix, p) for h, p in self.roots)
            ):
                self.excluded.append((host, prefix))

    def site_root(self, url: str) -> str:
        """The scheme://host/ of a URL, for site-wide files (robots.txt, sitemaps, APIs)."""
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}/"

    def prefix_root(self, url: str) -> str:
        """The scheme://host/prefix/ of the root that `url` falls under (for /wp-json under a prefix)."""
        parts = urlsplit(url)
        for root_host, prefix in self.roots:
            if _host(parts.netloc) == root_host and self.contains(url):
                return f"{parts.scheme}://{parts.netloc}{prefix if prefix.endswith('/') else prefix + '/'}"
        return self.site_root(url)
