"""The evidence index of one body: every URL the crawl saw for it, with what points at it.

Built once per body from `Store.snapshot()` rows and read by every rule. A target is one URL: the
fetch of it (when the crawler fetched it), the anchor texts of the links that point at it, the pages
those links are on, and the JSON-feed entries (WordPress media, OpenSID) that name it.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import unquote, urldefrag, urlsplit

from kipmon import urls
from kipmon.vocab import DOCUMENT_KINDS, KIND_HTML, KIND_OTHER, NOT_COUNTED_AS_DOCUMENTS


DOC_KINDS = DOCUMENT_KINDS
# Content types of documents (what a download endpoint without a file extension says it serves)
DOC_TYPES = frozenset(
    (
        "application/pdf",
        "application/x-pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/rtf",
        "text/rtf",
    )
)


def norm(text: str | None) -> str:
    """Lower-case words separated by single spaces, accents and punctuation gone: ' serta merta '.

    Cached: every rule normalises the same titles, link texts and page texts again (2.5 million calls
    for 50 sites were most of the checks' time). Long texts get a small cache of their own, so memory
    stays bounded (a body's few hundred pages are checked together)."""
    if not text:
        return " "
    return _norm_short(text) if len(text) <= 1000 else _norm_long(text)


# every byte that is not an ASCII letter or digit becomes a space (after lower-casing: A-Z are gone)
_WORD_BYTES = bytes(c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256))


def _norm(text: str) -> str:
    # bytes.translate and split/join: the same as _NON_WORD.sub(" ", t).strip() on the ASCII text, a
    # fraction of the regex's cost on long page texts (tests/test_evidence_norm.py compares the two)
    b = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").lower().translate(_WORD_BYTES)
    return " " + " ".join(b.decode("ascii").split()) + " "


_norm_short = functools.lru_cache(maxsize=200_000)(_norm)
_norm_long = functools.lru_cache(maxsize=1_000)(_norm)


def norm_url(url: str) -> str:
    return urldefrag(url)[0]


def url_words(url: str) -> str:
    """The words of a URL's path and query (file name included), normalised like `norm`."""
    parts = urlsplit(url)
    return norm(unquote(parts.path + " " + parts.query))


def file_name(url: str, fetch: dict | None = None) -> str:
    """The served file's name with _ . + as spaces: "LKjIP_2024.pdf" -> "LKjIP 2024 pdf"; a name in the
    query counts (`downlot.php?file=SOP_Evakuasi.pdf`). With the target's `fetch`, the name the server
    gave the download (Content-Disposition, the fetch's `filename`) comes first: a download endpoint's URL
    (`/api/dokumen/unduh?id=206`) names no file. Stores from before m004 kept it in the content's meta."""
    fetch = fetch or {}
    meta = fetch.get("meta")
    name = fetch.get("filename") or (meta.get("filename") if isinstance(meta, dict) else None)
    if isinstance(name, str) and name.strip():
        return re.sub(r"[_.+]", " ", name.strip().rsplit("/", 1)[-1])
    return re.sub(r"[_.+]", " ", urls.file_name(url))


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


looks_like_document = functools.lru_cache(maxsize=100_000)(urls.looks_like_document)  # per URL, once


def fetched_document(row: dict | None) -> bool:
    """Whether what the crawl fetched is a document: its extracted kind (pdf, docx, xlsx, ...) or the
    content type the server gave. A download endpoint (`/download/123`) says so only here."""
    if not row:
        return False
    if row.get("kind") in DOC_KINDS:
        return True
    ctype = (row.get("content_type") or "").split(";")[0].strip().lower()
    return row.get("kind") in (None, KIND_OTHER) and ctype in DOC_TYPES


def is_document_url(url: str, fetched: dict[str, dict] | None = None) -> bool:
    """Whether a link leads to a document: by what the crawl fetched there when it did (`fetched`:
    {normalised URL: row}), else by the URL's file extension."""
    row = (fetched or {}).get(norm_url(url))
    return fetched_document(row) or looks_like_document(url)


def _root_path(root: str) -> str:
    return urlsplit(root).path or "/"


def in_roots(url: str, roots: list[str]) -> bool:
    """Whether `url` lies within one of the body's start URLs (same host, path under the root's path)."""
    for r in roots:
        if host_of(url) == host_of(r) and urlsplit(url).port == urlsplit(r).port:
            if (urlsplit(url).path or "/").startswith(_root_path(r)):
                return True
    return False


def _under_prefix_root(url: str, roots: list[str]) -> bool:
    """Whether `url` is inside a root that is a path on a shared site (".../ppid-pelaksana/dinkes/")."""
    return any(_root_path(r) not in ("", "/") and in_roots(url, [r]) for r in roots)


def portal_page(url: str, page_url: str, roots: list[str], fetched: dict[str, dict] | None = None) -> bool:
    """A link from a body's sub-site on a shared portal to another page of that portal (its menu, its
    other sections); documents the sub-site offers (`fetched`: what the crawl got at each URL) are not
    such links."""
    return host_of(url) == host_of(page_url) and not in_roots(url, roots) and not is_document_url(url, fetched)


@dataclass
class Target:
    url: str
    fetch: dict | None = None
    link_texts: list[str] = field(default_factory=list)
    referers: list[str] = field(default_factory=list)
    feed: list[dict] = field(default_factory=list)  # feed entries naming this URL (+ "feed" key)
    contexts: list[str] = field(default_factory=list)  # text of the table row / list item the link sits in
    # link texts from a body's sub-site under a shared portal to the portal's own pages or services, outside
    # the portal's layout: evidence only for rules of a service the regency offers every body (shared_service)
    shared_texts: list[str] = field(default_factory=list)

    @property
    def shared_only(self) -> bool:
        """Whether only a sub-site's links to its portal's services point here."""
        return bool(self.shared_texts) and not (self.link_texts or self.referers or self.feed or self.contexts)

    @property
    def is_document(self) -> bool:
        if fetched_document(self.fetch):
            return True
        return looks_like_document(self.url) or bool(self.feed and self.feed[0].get("feed") == "wp-media")

    @property
    def fetched_ok(self) -> bool:
        f = self.fetch
        return bool(f) and not f.get("error") and f.get("status") is not None and f["status"] < 400


@dataclass
class BodyIndex:
    body: dict
    targets: dict[str, Target]
    pages: list[dict]  # fetched HTML pages that answered
    n_fetched: int
    # counted as the crawl counts them (crawler/spiders/bodies.py), so a finding's "dicari di N halaman dan
    # M dokumen" says the same numbers as the report's header: answered HTML pages, and other answered files
    n_pages: int = 0
    n_documents: int = 0

    def target(self, url: str) -> Target:
        url = norm_url(url)
        t = self.targets.get(url)
        if t is None:
            t = self.targets[url] = Target(url)
        return t


# A row text shared by this many different links on one page is a whole menu or a page-wide wrapper
# (an unclosed <li> swallowing the page), not the row of one document.
CONTEXT_SHARED_MAX = 2


def row_contexts(row: dict) -> dict[str, str]:
    """{url: text of the table row or list item its link sits in} for one page (crawler meta.link_context),
    without row texts that several links share (a menu, or markup whose rows never close)."""
    meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
    ctx = meta.get("link_context") or {}
    if not isinstance(ctx, dict):
        return {}
    shared: dict[str, int] = {}
    for text in ctx.values():
        shared[text] = shared.get(text, 0) + 1
    return {
        norm_url(u): t for u, t in ctx.items() if isinstance(t, str) and t.strip() and shared[t] <= CONTEXT_SHARED_MAX
    }


def _name_core(name: str) -> str:
    """The distinctive part of a body's name: "Dinas Sosial Kabupaten Uji" -> " dinas sosial "."""
    n = norm(name)
    if n.startswith(" pemerintah "):
        n = n[len(" pemerintah") :]
    if n.startswith((" kabupaten ", " kab ", " kota ", " provinsi ")):
        return ""  # the regency itself: the portal is its own site
    for cut in (" kabupaten ", " kab ", " kota ", " provinsi "):
        if cut in n:
            n = n[: n.index(cut) + 1]
    return n


def devoted_to_body(row: dict, body: dict) -> bool:
    """Whether a page outside the body's site (a one-hop page on the parent's portal) is the body's own
    page there: its title or a heading names the body ("PPID Pelaksana Dinas Sosial")."""
    core = _name_core(body.get("name") or "")
    if len(core.strip()) < 5:
        return False
    return any(core in norm(t) for t in [row.get("title") or "", *(row.get("headings") or [])[:3]])


# what the crawler reads but does not count as a page or a document (robots.txt, sitemaps, JSON feeds)
# infographic images read by OCR are searched too, but the crawl does not count them as documents
NOT_DOCUMENTS = NOT_COUNTED_AS_DOCUMENTS


def _link_pairs(links) -> list[tuple[str, str]]:
    return [
        (norm(link[0] or ""), norm_url(link[1]))
        for link in links or []
        if isinstance(link, (list, tuple)) and len(link) > 1 and link[1]
    ]


def layout_runs(page_links: list[list[tuple[str, str]]]) -> set[tuple]:
    """The adjacent link pairs ((text, url), (text, url)) that at least half of the pages print: a portal's
    menu, breadcrumb and footer are runs of links in the same order on every page; a link in a sub-site's
    own content is not, even when one portal page happens to end its content with the same link."""
    counts: dict[tuple, int] = {}
    for links in page_links:
        for pair in set(zip(links, links[1:])):
            counts[pair] = counts.get(pair, 0) + 1
    need = (len(page_links) + 1) // 2
    return {pair for pair, n in counts.items() if n >= need}


def in_layout(links: list[tuple[str, str]], i: int, runs: set[tuple]) -> bool:
    """Whether link `i` of a page belongs to a run of links the portal prints around every page."""
    return (i > 0 and (links[i - 1], links[i]) in runs) or (i + 1 < len(links) and (links[i], links[i + 1]) in runs)


LAYOUT_MIN_WORDS = 6  # a shared run shorter than this is a phrase both happen to use, not the layout


def without_layout_text(text: str, portal_texts: list[list[str]]) -> str:
    """A sub-site page's text without the portal's layout around it: every run of at least
    LAYOUT_MIN_WORDS words it shares with one of the portal's own pages (header and menu, footer)."""
    words = text.split()
    layout = [False] * len(words)
    for other in portal_texts:
        matcher = difflib.SequenceMatcher(None, words, other, autojunk=False)
        for a, _b, size in matcher.get_matching_blocks():
            if size >= LAYOUT_MIN_WORDS:
                layout[a : a + size] = [True] * size
    return " ".join(w for w, drop in zip(words, layout) if not drop)


def build_index(body: dict, rows: list[dict]) -> BodyIndex:
    answered = [r for r in rows if r.get("content_hash")]
    idx = BodyIndex(
        body=body,
        targets={},
        pages=[],
        n_fetched=len(rows),
        n_pages=sum(1 for r in answered if r.get("kind") == KIND_HTML),
        n_documents=sum(1 for r in answered if r.get("kind") not in NOT_DOCUMENTS),
    )
    roots = [norm_url(u) for u in (body.get("urls") or [])]
    # the portal's layout as runs of links: from its pages outside the sub-site, or, when none was fetched,
    # the runs every page of the sub-site shares
    portal_rows = [
        _link_pairs(row.get("links"))
        for row in rows
        if not row.get("in_scope", 1)
        and row.get("kind") == KIND_HTML
        and any(host_of(row["url"]) == host_of(r) for r in roots if _root_path(r) != "/")
    ]
    runs = layout_runs(portal_rows)
    portal_texts = [
        (row.get("text") or "").split()
        for row in rows
        if not row.get("in_scope", 1)
        and row.get("kind") == KIND_HTML
        and any(host_of(row["url"]) == host_of(r) for r in roots if _root_path(r) != "/")
    ]
    if portal_texts:
        # the words a sub-site page shows inside the portal's layout: the menu's "Tata Cara Memperoleh
        # Informasi" or the footer's "Jam Layanan" are the portal's, not the sub-site's
        rows = [
            {**row, "text": without_layout_text(row.get("text") or "", portal_texts)}
            if row.get("kind") == KIND_HTML and row.get("in_scope", 1) and _under_prefix_root(row["url"], roots)
            else row
            for row in rows
        ]
    if not runs:
        sub = [
            _link_pairs(row.get("links"))
            for row in rows
            if row.get("in_scope", 1) and row.get("kind") == KIND_HTML and _under_prefix_root(row["url"], roots)
        ]
        runs = (
            {pair for pair in layout_runs(sub) if all(pair in set(zip(x, x[1:])) for x in sub)}
            if len(sub) > 1
            else set()
        )
    fetched: dict[str, dict] = {}
    for row in rows:
        fetched.setdefault(norm_url(row["url"]), row)
        if row.get("final_url"):
            fetched.setdefault(norm_url(row["final_url"]), row)
    for row in rows:
        t = idx.target(row["url"])
        t.fetch = row
        ref = row.get("referer")
        if ref and _under_prefix_root(ref, roots) and portal_page(row["url"], ref, roots, fetched):
            continue  # reached through the shared portal's navigation: not the body's own link
        if row.get("link_text"):
            t.link_texts.append(row["link_text"])
        if row.get("referer"):
            t.referers.append(row["referer"])
        final = row.get("final_url")
        if final and norm_url(final) != t.url and norm_url(final) not in idx.targets:
            idx.targets[norm_url(final)] = t
    # links the shared portal prints on its own pages: its layout, repeated around a body's sub-site
    portal_links = {
        norm_url(link[1])
        for row in rows
        if not row.get("in_scope", 1)
        and row.get("kind") == KIND_HTML
        and any(host_of(row["url"]) == host_of(r) for r in roots if _root_path(r) != "/")
        for link in row.get("links") or []
        if isinstance(link, (list, tuple)) and len(link) > 1
    }
    for row in rows:
        ok = not row.get("error") and row.get("status") is not None and row["status"] < 400
        if (
            ok
            and not row.get("in_scope", 1)
            and row.get("kind") == KIND_HTML
            and devoted_to_body(row, body)
            and any(in_roots(r, roots) for r in idx.target(row["url"]).referers)
        ):
            # the body's own page on the parent's portal, linked from the body's site: the documents it
            # lists are the body's (an OPD's DIP kept on the regency PPID portal); its menu is not
            ctx = row_contexts(row)
            for link in row.get("links") or []:
                if isinstance(link, (list, tuple)) and len(link) > 1 and link[1] and is_document_url(link[1], fetched):
                    t = idx.target(link[1])
                    if link[0] and link[0] not in t.link_texts:
                        t.link_texts.append(link[0])
                    if row["url"] not in t.referers:
                        t.referers.append(row["url"])
                    c = ctx.get(norm_url(link[1]))
                    if c and c not in t.contexts:
                        t.contexts.append(c)
            continue
        if not ok or not row.get("in_scope", 1):
            continue  # a one-hop page outside the body's site: its own title counts, its links do not
        prefix_page = _under_prefix_root(row["url"], roots)
        if row.get("kind") == KIND_HTML:
            idx.pages.append(row)
            ctx = row_contexts(row)
            links = [
                link for link in row.get("links") or [] if isinstance(link, (list, tuple)) and len(link) > 1 and link[1]
            ]
            pairs = _link_pairs(links) if prefix_page else []
            for i, link in enumerate(links):
                text, url = link[0] or "", link[1]
                if url.startswith(("mailto:", "tel:", "javascript:")):
                    continue
                if prefix_page and (
                    portal_page(url, row["url"], roots, fetched)
                    or (norm_url(url) in portal_links and not in_roots(url, roots))
                ):
                    # the shared portal's own navigation around a body's sub-site; a link of the sub-site's
                    # own content to a portal service is kept apart, for the services offered to every body
                    if text and not in_layout(pairs, i, runs):
                        t = idx.target(url)
                        if text not in t.shared_texts:
                            t.shared_texts.append(text)
                    continue
                t = idx.target(url)
                if text and text not in t.link_texts:
                    t.link_texts.append(text)
                if row["url"] not in t.referers:
                    t.referers.append(row["url"])
                c = ctx.get(norm_url(url))
                if c and c not in t.contexts:
                    t.contexts.append(c)
        meta = row.get("meta") or {}
        if isinstance(meta, dict) and meta.get("feed"):
            for entry in meta.get("entries") or []:
                if entry.get("url"):
                    idx.target(entry["url"]).feed.append({**entry, "feed": meta["feed"], "feed_url": row["url"]})
    return idx
