"""Is this page an app shell? A single-page application answers a plain fetch with an empty frame: a root
element the JavaScript fills (div#app, #root, #__next, <app-root>), script bundles, often a <noscript>
notice, and almost no text. Its lists come from an API after load, so only a browser sees them
(crawler/render.py). Detection runs on every in-scope HTML page, so it is one parse and a few lookups.

    looks_like_shell(html) -> (True, "root #app, 2 skrip, noscript, 12 huruf") or (False, why not)
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

# Root elements that frameworks mount into (Vue, React, Next.js, Nuxt, Angular, Svelte, Quasar, Ember)
ROOT_IDS = ("app", "root", "__next", "__nuxt", "q-app", "svelte", "main-app", "ember-application", "spa")
ROOT_TAGS = ("app-root",)
# A noscript notice: "You need to enable JavaScript", "Aktifkan JavaScript untuk ..."
NOSCRIPT_NOTICE = re.compile(r"javascript|aktifkan|enable", re.I)
# At most this many characters of visible text (a title bar, "Memuat...") and the page is empty
MAX_TEXT = 200
# Embedded data the extractor reads without a browser (kipmon/extract.py): then the page is not empty
DATA_SCRIPTS = re.compile(r"__NEXT_DATA__|__NUXT_DATA__", re.I)

# A server-built page whose list is drawn after load (a jQuery DataTable with `ajax`, a fetch() into an empty
# box): a "Memuat data..." placeholder or a noscript notice, and an inline script that calls an API
API_CALL = re.compile(r"\bfetch\s*\(|\$\.(?:ajax|get|getJSON|post)\s*\(|\baxios\b|\bajax\s*:|XMLHttpRequest", re.I)
PLACEHOLDER = re.compile(r"\b(?:memuat|sedang dimuat|loading)\b", re.I)

# Examples (also the unit tests' table): (html, is a shell)
EXAMPLES = [
    (
        '<html><body><div id="app"></div><script src="/assets/index-4f2a.js"></script>'
        "<noscript>Aktifkan JavaScript untuk membuka situs ini.</noscript></body></html>",
        True,
    ),
    ('<html><body><div id="root"></div><script type="module" src="/static/js/main.js"></script></body></html>', True),
    ('<html><body><app-root>Memuat...</app-root><script src="main.js"></script></body></html>', True),
    (
        '<html><head><title>PPID</title></head><body><div id="app"><h1>PPID Dinas</h1><p>'
        + "Daftar informasi publik tersedia di halaman ini. " * 10
        + '</p></div><script src="app.js"></script></body></html>',
        False,
    ),
    ("<html><body><p>Halaman kosong.</p></body></html>", False),  # empty, but nothing a browser would add
    (
        "<html><body><nav>" + "Beranda Profil Berita PPID JDIH Pengaduan " * 8 + "</nav><h1>Informasi Berkala</h1>"
        '<div id="daftar"><p>Memuat data...</p></div><noscript>Aktifkan JavaScript untuk melihat daftar.</noscript>'
        "<script>fetch('/api/v1/dokumen?kategori=berkala').then(r => r.json()).then(draw)</script></body></html>",
        True,
    ),  # a server-built page whose list a script draws after load
    (
        "<html><body><nav>" + "Beranda Profil Berita PPID " * 10 + "</nav><p>Memuat ulang halaman bila perlu.</p>"
        '<script>document.querySelector("nav").classList.add("ok")</script></body></html>',
        False,
    ),  # no API call
    (
        '<html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">'
        '{"props":{"pageProps":{"docs":[{"title":"DIP","url":"/dip.pdf"}]}}}</script>'
        '<script src="/_next/static/chunks/main.js"></script></body></html>',
        False,
    ),  # the data is in the page
]


# Cheap first looks at the raw bytes, so that ordinary pages are not parsed a second time. Each is the
# regex in its comment, run on the lower-cased bytes with a literal test first: the same answer (the
# patterns are lower case and ASCII, as re.I folds bytes) at a tenth of the cost on every page crawled
# (tests/test_appshell_prefilter.py compares them).

# rb"<noscript|<app-root|\bid\s*=\s*[\"']?(?:ROOT_IDS)\b", re.I
_ROOT_ID = re.compile(rb"id\s*=\s*[\"']?(?:%s)\b" % "|".join(ROOT_IDS).encode())


def _hint(low: bytes) -> bool:
    if b"<noscript" in low or b"<app-root" in low:
        return True
    m = _ROOT_ID.search(low)
    while m is not None:
        before = low[m.start() - 1 : m.start()]
        if not before or not (before.isalnum() or before == b"_"):  # \b before "id"
            return True
        m = _ROOT_ID.search(low, m.start() + 1)
    return False


# a noscript, or placeholder text right after a tag (not `loading="lazy"` on every image):
# rb"<noscript|>\s*(?:memuat|sedang dimuat|loading)\b", re.I
_PLACEHOLDER_AFTER_TAG = re.compile(rb">\s*(?:memuat|sedang dimuat|loading)\b")


def _loads_later(low: bytes) -> bool:
    if b"<noscript" in low:
        return True
    if b"muat" not in low and b"loading" not in low:
        return False
    return _PLACEHOLDER_AFTER_TAG.search(low) is not None


def _list_loaded_later(html: str | bytes) -> str | None:
    """A reason when an inline script fetches the page's list from an API into a placeholder, else None."""
    soup = BeautifulSoup(html[:500_000], "lxml")
    calls = [s for s in soup.find_all("script") if not s.get("src") and API_CALL.search(s.get_text(" "))]
    if not calls:
        return None
    notice = any(NOSCRIPT_NOTICE.search(n.get_text(" ")) for n in soup.find_all("noscript"))
    for tag in soup(["script", "style", "noscript", "template", "svg", "head"]):
        tag.decompose()
    waiting = any(
        PLACEHOLDER.search(el.get_text(" ")) and len(el.get_text(" ").strip()) < 40
        for el in soup.find_all(["p", "div", "span", "td", "li"])
    )
    if not (notice or waiting):
        return None
    return ", ".join(p for p in ("daftar dimuat skrip", "noscript" if notice else "", "memuat" if waiting else "") if p)


def looks_like_shell(html: str | bytes) -> tuple[bool, str]:
    """Whether a fetched HTML page is an app shell that only a browser fills, and a short reason."""
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    low = raw[:500_000].lower()
    if _loads_later(low) and API_CALL.search(raw[:500_000].decode("utf-8", "replace")):
        loaded = _list_loaded_later(html)
        if loaded:
            return True, loaded
    if not _hint(low):
        return False, "tanpa elemen akar atau pemberitahuan noscript"
    soup = BeautifulSoup(html[:500_000], "lxml")
    scripts = soup.find_all("script")
    bundles = [s for s in scripts if s.get("src") or (s.get("type") or "").lower() == "module"]
    if not bundles:
        return False, "tanpa skrip"
    if any(DATA_SCRIPTS.search(f"{s.get('id', '')} {s.get('type', '')}") for s in scripts):
        return False, "data tertanam dibaca tanpa peramban"
    root = next((f"#{i}" for i in ROOT_IDS if soup.find(id=i)), None) or next(
        (t for t in ROOT_TAGS if soup.find(t)), None
    )
    notice = any(NOSCRIPT_NOTICE.search(n.get_text(" ")) for n in soup.find_all("noscript"))
    if not (root or notice):
        return False, "tanpa elemen akar atau pemberitahuan noscript"
    for tag in soup(["script", "style", "noscript", "template", "svg", "head"]):
        tag.decompose()
    text = re.sub(r"\s+", " ", soup.get_text(" ")).strip()
    if len(text) > MAX_TEXT:
        return False, f"{len(text)} huruf teks"
    parts = [
        f"akar {root}" if root else "",
        f"{len(bundles)} skrip",
        "noscript" if notice else "",
        f"{len(text)} huruf",
    ]
    return True, ", ".join(p for p in parts if p)
