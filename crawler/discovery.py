"""Where a body's pages are found besides its links: robots.txt and sitemaps, the WordPress REST API,
OpenSID's /index.php/ppid feed and background Informasi Publik list (crawler/opensid.py), and the
infographics among a page's images. (JSON embedded in a page, such as Next.js data, is read with the
page itself: crawler/extract.py.)

This module reads answers and says what to fetch next, as `Lead`s; the spider
(crawler/spiders/bodies.py) decides whether a lead fits the body's budget and makes the request.
What a body has already probed is its `discovered` set ('robots', 'wp', 'opensid', 'opensid-list'),
so each source is asked once per body.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler import opensid
from crawler.scope import Scope, looks_like_document, normalize_url, skipped_media

OPENSID_PATHS = re.compile(
    r"/index\.php/(first|artikel|informasi[_-]publik|peraturan[_-]desa|pembangunan|"
    r"data[_-]wilayah|status[_-]idm|lapak|pengaduan|galeri|arsip)\b"
)
# Images worth reading (infographics of a budget, a service standard, a notice): by their alt text or file name
INFOGRAPHIC_WORDS = re.compile(
    r"infografi|infographic|apb\s?des|apb\s?desa|apbd|anggaran|realisasi|baliho|transparansi|rkp|rpjm|perdes|"
    r"maklumat|standar.?pelayanan|\bsop\b|alur|jadwal|struktur|\bdip\b|informasi.?publik|laporan|pengumuman|"
    r"ppid|keuangan|dana.?desa|belanja|pendapatan",
    re.I,
)
# A page about the budget or a service standard: its unnamed images ("IMG-20250114-WA0007.png") are its infographics
INFOGRAPHIC_PAGE = re.compile(
    r"infografi|apb\s?des|anggaran|realisasi|transparansi|dana.?desa|maklumat|"
    r"standar.?pelayanan|alur",
    re.I,
)
# Site furniture, never a document
NOT_INFOGRAPHIC = re.compile(
    r"logo|icon|favicon|avatar|sprite|loader|spinner|placeholder|thumb|emoji|flag|bendera", re.I
)
MAX_ROBOTS_SITEMAPS = 10
MAX_SITEMAP_ENTRIES = 5000
MAX_FEED_ENTRIES = 2000


@dataclass(frozen=True)
class Lead:
    """A URL worth fetching for a body, with how it was found (the fetch row's source and role)."""

    url: str
    source: str
    role: str = "page"
    depth: int = 1
    link_text: str = ""
    in_scope: bool = True
    priority: int | None = None  # None: the spider's own ranking (documents and PPID words first)


def _role(url: str) -> str:
    return "doc" if looks_like_document(url) else "page"


# ---------------------------------------------------------------------- probes from an in-scope page


def site_leads(discovered: set, scope: Scope, url: str, content: dict) -> list[Lead]:
    """Once per body: robots.txt, sitemap.xml, and the WordPress / OpenSID feeds when the page shows
    the site runs one of them."""
    out = []
    root = scope.site_root(url)
    prefix = scope.prefix_root(url)
    if "robots" not in discovered:
        discovered.add("robots")
        for probe, role in (
            (root + "robots.txt", "robots"),
            (prefix + "sitemap.xml", "sitemap"),
            (prefix + "wp-sitemap.xml", "sitemap"),
        ):
            out.append(Lead(probe, "sitemap", role, priority=5))
    links = [u for _, u in content.get("links", [])]
    is_wp = content["meta"].get("wp_api") or any("/wp-content/" in u for u in links)
    if is_wp and "wp" not in discovered:
        discovered.add("wp")
        api = content["meta"].get("wp_api") or prefix + "wp-json/"
        for kind in ("media", "pages", "posts"):
            out.append(Lead(urljoin(api, f"wp/v2/{kind}?per_page=100"), "wp-api", f"feed:wp-{kind}", priority=15))
    # OpenSID's own paths; a bare /index.php/ is not enough (Joomla and CodeIgniter use it too)
    is_opensid = "opensid" in content["meta"].get("generator", "").lower() or any(
        OPENSID_PATHS.search(u) and scope.contains(u) for u in links
    )
    if is_opensid and "opensid" not in discovered:
        discovered.add("opensid")
        out.append(Lead(prefix + "index.php/ppid", "opensid", "feed:opensid", priority=15))
    return out


def infographics(scope: Scope, content: dict, depth: int) -> list[Lead]:
    """The images of an in-scope page worth reading with OCR: named by their alt text or file name, or
    shown on a page about the budget ("Transparansi Dana Desa"); never the site's furniture."""
    out = []
    for alt, url in (content.get("meta") or {}).get("images") or []:
        norm = normalize_url(url)
        if norm is None or not scope.contains(norm):
            continue
        name = f"{alt} {unquote(urlsplit(norm).path)}"
        if NOT_INFOGRAPHIC.search(name):
            continue
        if not (INFOGRAPHIC_WORDS.search(name) or INFOGRAPHIC_PAGE.search(content.get("title") or "")):
            continue
        out.append(Lead(norm, "image", "image", depth=depth + 1, link_text=alt or "", priority=0))
    return out


# ---------------------------------------------------------------------- robots.txt and sitemaps


def robots(status: int, text: str | None, body: bytes, url: str, digest: str) -> tuple[list[Lead], dict]:
    """The sitemaps a robots.txt names, and its content row (`text` is None for a non-text answer)."""
    leads = []
    if status == 200 and text is not None:
        leads = [
            Lead(u, "sitemap", "sitemap", priority=5)
            for u in list(sitemap_urls_from_robots(body, base_url=url))[:MAX_ROBOTS_SITEMAPS]
        ]
    return leads, {"hash": digest, "kind": "robots", "text": text[:5000] if text is not None else ""}


def sitemap(body: bytes, scope: Scope, digest: str) -> tuple[list[Lead], dict, str | None]:
    """The pages and documents of a sitemap (or the sitemaps of an index), its content row, and the
    error that made it unreadable (None when it read)."""
    try:
        parsed = Sitemap(body)
        entries = [e for e in parsed][:MAX_SITEMAP_ENTRIES]
        error = None
    except Exception as exc:  # noqa: BLE001 - a malformed sitemap is a row with an error
        parsed, entries, error = None, [], f"sitemap: {type(exc).__name__}"
    leads = []
    for entry in entries:
        loc = entry.get("loc")
        if not loc:
            continue
        if parsed is not None and parsed.type == "sitemapindex":
            leads.append(Lead(loc, "sitemap", "sitemap", priority=5))
        elif scope.contains(loc) and not skipped_media(loc):
            leads.append(Lead(loc, "sitemap", _role(loc), priority=-5))
    return leads, {"hash": digest, "kind": "sitemap", "meta": {"entries": len(entries)}}, error


# ---------------------------------------------------------------------- WordPress and OpenSID feeds


def _entries_text(entries: list[dict], text_chars: int) -> str:
    return " | ".join(f"{e['title']} {e['year'] or ''}".strip() for e in entries)[:text_chars]


def feed_content(feed: str, body: bytes, encoding: str, url: str, digest: str, text_chars: int) -> dict:
    """A WordPress REST or OpenSID JSON list as a content row whose meta holds its entries
    {title, url, year, date, category}. `feed` is the part of the role after "feed:"."""
    if feed == "opensid-list":
        entries, total, error = opensid.parse_list(body, url)
        meta = {"feed": "opensid", "via": "informasi-publik", "entries": entries, "total": total}
        if error:
            meta["error"] = error
        return {
            "hash": digest,
            "kind": "json",
            "title": "feed opensid informasi-publik",
            "text": _entries_text(entries, text_chars),
            "links": [[e["title"], e["url"]] for e in entries],
            "meta": meta,
        }
    try:
        data = json.loads(body.decode(encoding, "replace"))
    except (ValueError, UnicodeDecodeError) as exc:
        return {
            "hash": digest,
            "kind": "json",
            "meta": {"feed": feed, "entries": [], "error": f"JSON tidak terbaca: {exc}"[:200]},
        }
    hidden = 0
    if feed == "opensid":
        entries, hidden = _opensid_entries(data, url)
    else:
        entries = _wp_entries(data, url, media=feed == "wp-media")
    entries = entries[:MAX_FEED_ENTRIES]
    return {
        "hash": digest,
        "kind": "json",
        "title": f"feed {feed}",
        "text": _entries_text(entries, text_chars),
        "links": [[e["title"], e["url"]] for e in entries if e["url"]],
        "meta": {"feed": feed, "entries": entries, **({"hidden": hidden} if hidden else {})},
    }


def _opensid_entries(data, url: str) -> tuple[list[dict], int]:
    """The visible documents of OpenSID's /index.php/ppid answer, and how many it hides."""
    items = ((data or {}).get("data") or {}).get("ppid") if isinstance(data, dict) else None
    entries, hidden = [], 0
    for it in items or []:
        if not isinstance(it, dict):
            continue
        if not opensid.visible(it):
            hidden += 1  # withdrawn by the desa: not offered to visitors, so neither evidence nor broken
            continue
        entries.append(
            {
                "title": str(it.get("nama") or "")[:300],
                "url": _abs(url, it.get("dokumen")),
                "year": _year(it.get("tahun")),
                "date": str(it.get("tgl_upload") or "")[:40] or None,
                "category": opensid.KATEGORI.get(str(it.get("kategori")), str(it.get("kategori") or "")),
            }
        )
    return entries, hidden


def _wp_entries(data, url: str, *, media: bool) -> list[dict]:
    """The items of a WordPress REST list (media: the file itself; pages and posts: their page)."""
    entries = []
    for it in data if isinstance(data, list) else []:
        if not isinstance(it, dict):
            continue
        title = it.get("title")
        title = title.get("rendered") if isinstance(title, dict) else title
        entries.append(
            {
                "title": re.sub(r"<[^>]+>", "", str(title or ""))[:300],
                "url": _abs(url, it.get("source_url") if media else it.get("link")),
                "year": _year(str(it.get("date") or "")[:4]),
                "date": str(it.get("date") or "")[:40] or None,
                "category": it.get("mime_type") or it.get("type"),
            }
        )
    return entries


def feed_leads(content: dict, scope: Scope, source: str) -> list[Lead]:
    """The body's own pages and any documents a feed lists."""
    out = []
    for entry in content.get("meta", {}).get("entries", []):
        url = entry.get("url")
        if url and (scope.contains(url) or looks_like_document(url)):
            out.append(
                Lead(url, source, _role(url), depth=2, link_text=entry.get("title") or "", in_scope=scope.contains(url))
            )
    return out


# ---------------------------------------------------------------------- OpenSID as it runs


@dataclass(frozen=True)
class ListPage:
    """One POST of OpenSID's background Informasi Publik list (crawler/opensid.py)."""

    url: str
    page: int
    csrf: tuple[str, str] | None
    referer: str

    def post(self) -> tuple[str, dict[str, str], dict[str, str]]:
        """(URL, form data, headers) of this page's POST, as the site's own page sends it."""
        start = self.page * opensid.PAGE_ROWS
        headers = {"X-Requested-With": "XMLHttpRequest", "Referer": self.referer}
        if self.csrf:
            headers["Cookie"] = f"{self.csrf[0]}={self.csrf[1]}"  # the browser sends the cookie the token came in
        # one stored row per page; the fragment is not sent
        return (
            self.url + (f"#start={start}" if self.page else ""),
            opensid.list_form(start, self.page + 1, self.csrf),
            headers,
        )


def background_list(discovered: set, scope: Scope, html: str, url: str, set_cookies: list[str]) -> ListPage | None:
    """The first page of an OpenSID page's background list, once per body."""
    if "opensid" not in discovered or "opensid-list" in discovered:
        return None
    list_url = opensid.background_list(html, url)
    if list_url is None or not scope.contains(list_url):
        return None
    discovered.add("opensid-list")
    return ListPage(list_url, 0, opensid.csrf_token(html, set_cookies), url)


def next_list_page(meta: dict, total: int | None, set_cookies: list[str]) -> ListPage | None:
    """The background list's next page after the one whose request `meta` describes, or None."""
    page = meta.get("list_page", 0) + 1
    if total is None or page * opensid.PAGE_ROWS >= total or page >= opensid.MAX_PAGES:
        return None
    csrf = meta.get("csrf")
    if csrf:  # CodeIgniter may hand out a new token with each answer
        fresh = opensid.csrf_token("", set_cookies) if set_cookies else None
        if fresh and fresh[0] == csrf[0]:
            csrf = fresh
    return ListPage(meta["list_url"], page, csrf, meta["referer"])


def index_php_alias(discovered: set, scope: Scope, meta: dict, url: str) -> str | None:
    """The `index.php/` form of a failed link on an OpenSID site whose server does not rewrite URLs
    (the feed's links lack it; the site's own links carry it), or None."""
    if (
        "opensid" not in discovered
        or meta.get("alias_of")
        or meta.get("is_start")
        or meta.get("role") not in ("page", "doc")
    ):
        return None
    return opensid.index_php_form(url, scope.prefix_root(url))


def _abs(base: str, url) -> str | None:
    if not url or not isinstance(url, str):
        return None
    absolute = urljoin(base, url.strip())
    return absolute if absolute.startswith(("http://", "https://")) else None


def _year(value) -> int | None:
    try:
        year = int(str(value).strip()[:4])
    except (TypeError, ValueError):
        return None
    return year if 1990 <= year <= 2100 else None
