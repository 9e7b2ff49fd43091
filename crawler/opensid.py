"""OpenSID as it really runs: what a visitor's browser sees of a desa site, read without a browser.

OpenSID (the most common desa software) differs from its own demo in three ways that matter here:

- its `/index.php/ppid` feed also lists documents the desa has hidden (`enabled` other than 1, e.g. a
  list withdrawn because it holds personal data); their links answer 404. A hidden document is not
  offered to visitors: neither evidence nor a broken link (`visible`).
- where the web server does not rewrite URLs, the feed's links lack `index.php/` and fail, while the
  site's own links (which carry it) work: an OpenSID link that fails is tried in its `index.php/` form
  before it is called broken (`index_php_form`).
- the Informasi Publik page loads its list in the background, a DataTables POST to
  `/index.php/informasi-publik/data` with the page's CSRF token (CodeIgniter checks that the posted
  token equals its cookie). `background_list` finds that request in the page; `list_form` builds the
  POST a browser sends, `parse_list` reads the rows.

crawler/discovery.py says what to fetch from these answers and the spider (crawler/spiders/bodies.py)
makes the requests; this module only reads and builds.
"""

from __future__ import annotations

import json
import re
from http.cookies import SimpleCookie
from urllib.parse import urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup

PAGE_ROWS = 100  # rows asked per background page (DataTables `length`)
MAX_PAGES = 20  # background pages read per list: 2,000 rows, far above any desa's list
KATEGORI = {"1": "berkala", "2": "serta-merta", "3": "setiap-saat", "4": "dikecualikan"}

# The list's data URL as OpenSID's themes write it (site_url('informasi-publik/data'), older
# first/ajax_informasi_publik), quoted in the page's script
_LIST_URL = re.compile(r"""["']([^"'\s]*?(?:informasi[-_]publik/data|ajax_informasi_publik)[^"'\s]*)["']""", re.I)
# Where a page keeps its CSRF token: a hidden input, a meta tag, or a script variable
_CSRF_NAME_JS = re.compile(r"""csrf(?:_?param|_?name|tokenname)\s*[=:]\s*["']([\w-]{2,64})["']""", re.I)
_CSRF_VALUE_JS = re.compile(r"""csrf(?:_?val(?:ue)?|_?hash|_?token)\s*[=:]\s*["']([\w-]{8,200})["']""", re.I)
_TAGS = re.compile(r"<[^>]+>")


def visible(entry: dict) -> bool:
    """Whether a `/index.php/ppid` feed entry is shown to visitors: `enabled` 1 (or not given)."""
    if "enabled" not in entry or entry["enabled"] is None:
        return True
    return str(entry["enabled"]).strip().lower() in ("1", "true", "ya")


def index_php_form(url: str, prefix: str) -> str | None:
    """The `index.php/` form of an OpenSID link under `prefix` (the site's root URL), or None when it
    already has it or is not a link into the site: /desa/dokumen_web/unduh_berkas/12 ->
    /desa/index.php/dokumen_web/unduh_berkas/12."""
    u, p = urlsplit(url), urlsplit(prefix)
    if u.netloc.lower() != p.netloc.lower():
        return None
    root = p.path if p.path.endswith("/") else p.path + "/"
    path = u.path or "/"
    if not path.startswith(root) or "index.php" in path:
        return None
    rest = path[len(root) :]
    if not rest or rest.rsplit("/", 1)[-1].startswith(("robots.txt", "sitemap")):
        return None
    return urlunsplit((u.scheme, u.netloc, root + "index.php/" + rest, u.query, ""))


def looks_like_json(body: bytes) -> bool:
    """A JSON answer whatever its Content-Type (OpenSID's CodeIgniter serves its feeds as text/html)."""
    head = body[:200].lstrip()
    return head[:1] in (b"{", b"[")


def background_list(html: str, page_url: str) -> str | None:
    """The absolute URL from which an OpenSID Informasi Publik page loads its list, or None."""
    for m in _LIST_URL.finditer(html[:500_000]):
        url = urljoin(page_url, m[1])
        if url.startswith(("http://", "https://")):
            return url
    return None


def csrf_token(html: str, set_cookies: list[str]) -> tuple[str, str] | None:
    """(name, value) of the page's CSRF token, read where a browser's script reads it: a hidden input
    or meta tag, a script variable, or the cookie the page set under the token's name."""
    soup = BeautifulSoup(html[:500_000], "lxml")
    for tag in soup.find_all("input", attrs={"type": "hidden"}):
        name, value = tag.get("name") or "", tag.get("value") or ""
        if "csrf" in name.lower() and value:
            return name, value
    cookies: dict[str, str] = {}
    for header in set_cookies:
        jar = SimpleCookie()
        try:
            jar.load(header)
        except Exception:  # noqa: BLE001 - a malformed cookie header is simply not a token
            continue
        cookies.update({k: v.value for k, v in jar.items()})
    name_m = _CSRF_NAME_JS.search(html)
    name = name_m[1] if name_m else None
    meta_name = soup.find("meta", attrs={"name": re.compile(r"csrf[-_]?(param|name)", re.I)})
    if meta_name and meta_name.get("content"):
        name = meta_name["content"]
    meta_val = soup.find("meta", attrs={"name": re.compile(r"^csrf[-_]?token$", re.I)})
    if name and name in cookies:
        return name, cookies[name]
    value_m = _CSRF_VALUE_JS.search(html)
    if meta_val and meta_val.get("content"):
        return name or "csrf_token", meta_val["content"]
    if name and value_m:
        return name, value_m[1]
    for k, v in cookies.items():  # CodeIgniter's default names: csrf_cookie_name, sidcsrf, ...
        if "csrf" in k.lower():
            return name or k, v
    return None


def list_form(start: int, draw: int, csrf: tuple[str, str] | None) -> dict[str, str]:
    """The form fields DataTables posts for one page of the list."""
    form = {
        "draw": str(draw),
        "start": str(start),
        "length": str(PAGE_ROWS),
        "search[value]": "",
        "search[regex]": "false",
    }
    if csrf:
        form[csrf[0]] = csrf[1]
    return form


def _cell_links(html: str, base: str) -> list[tuple[str, str]]:
    soup = BeautifulSoup(html, "lxml")
    return [
        (" ".join(a.get_text(" ").split()), urljoin(base, a["href"]))
        for a in soup.find_all("a", href=True)
        if not a["href"].startswith(("#", "javascript:"))
    ]


def _text(value) -> str:
    return " ".join(_TAGS.sub(" ", str(value or "")).split())


def parse_list(body: bytes, url: str) -> tuple[list[dict], int | None, str | None]:
    """(entries {title, url, year, date, category}, total rows the server says it has, error) of one
    page of the background list. Rows are DataTables arrays of HTML cells ([no, judul, tahun,
    kategori, tanggal, aksi]) or objects with OpenSID's field names."""
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except ValueError as exc:
        return [], None, f"JSON tidak terbaca: {exc}"[:200]
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        return [], None, "daftar informasi publik tanpa data"
    total = None
    for key in ("recordsFiltered", "recordsTotal"):
        try:
            total = int(data[key])
            break
        except (KeyError, TypeError, ValueError):
            continue
    entries = []
    for row in data["data"]:
        if isinstance(row, dict):
            if not visible(row):
                continue
            link = row.get("dokumen") or row.get("url") or row.get("link")
            links = [("", urljoin(url, link))] if isinstance(link, str) and link.strip() else []
            links += _cell_links(str(row.get("aksi") or ""), url)
            title = _text(row.get("nama") or row.get("judul") or "")
            year, cat, date = row.get("tahun"), row.get("kategori"), row.get("tgl_upload")
        elif isinstance(row, list):
            cells = [str(c) if c is not None else "" for c in row]
            links = [link for c in cells for link in _cell_links(c, url)] if any("href" in c for c in cells) else []
            texts = [_text(c) for c in cells]
            title = max(texts[1:3] or texts or [""], key=len)
            year = next((t for t in texts if re.fullmatch(r"(?:19|20)\d\d", t)), None)
            cat = next((t for t in texts if "informasi" in t.lower() and t != title), None)
            date = next((t for t in texts if re.fullmatch(r"\d{1,2}[-/]\d{1,2}[-/]\d{4}.*", t)), None)
        else:
            continue
        doc = next((u for _t, u in links if u.startswith(("http://", "https://"))), None)
        if not doc:
            continue
        cat = KATEGORI.get(str(cat).strip(), _text(cat).lower().removeprefix("informasi ").strip() or None)
        try:
            y = int(str(year).strip()[:4]) if year else None
        except ValueError:
            y = None
        entries.append(
            {
                "title": title[:300],
                "url": doc,
                "year": y if y and 1990 <= y <= 2100 else None,
                "date": _text(date)[:40] or None,
                "category": cat,
            }
        )
    return entries, total, None
