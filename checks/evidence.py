"""The evidence index of one body: every URL the crawl saw for it, with what points at it.

Built once per body from `Store.snapshot()` rows and read by every rule. A target is one URL: the
fetch of it (when the crawler fetched it), the anchor texts of the links that point at it, the pages
those links are on, and the JSON-feed entries (WordPress media, OpenSID) that name it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import unquote, urldefrag, urlsplit

_NON_WORD = re.compile(r"[^0-9a-z]+")

DOC_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".ppt", ".pptx", ".rtf")
DOC_KINDS = ("pdf", "docx", "xlsx", "odt", "other")


def norm(text: str | None) -> str:
    """Lower-case words separated by single spaces, accents and punctuation gone: ' serta merta '."""
    if not text:
        return " "
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " " + _NON_WORD.sub(" ", t).strip() + " "


def norm_url(url: str) -> str:
    return urldefrag(url)[0]


def url_words(url: str) -> str:
    """The words of a URL's path and query (file name included), normalised like `norm`."""
    parts = urlsplit(url)
    return norm(unquote(parts.path + " " + parts.query))


def file_name(url: str) -> str:
    """The last path segment, decoded, with _ . + as spaces: "LKjIP_2024.pdf" -> "LKjIP 2024 pdf"."""
    path = unquote(urlsplit(url).path.rstrip("/"))
    return re.sub(r"[_.+]", " ", path.rsplit("/", 1)[-1])


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def looks_like_document(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.endswith(DOC_EXTENSIONS)


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


def portal_page(url: str, page_url: str, roots: list[str]) -> bool:
    """A link from a body's sub-site on a shared portal to another page of that portal (its menu, its
    other sections); documents the sub-site offers are not such links."""
    return host_of(url) == host_of(page_url) and not in_roots(url, roots) and not looks_like_document(url)


@dataclass
class Target:
    url: str
    fetch: dict | None = None
    link_texts: list[str] = field(default_factory=list)
    referers: list[str] = field(default_factory=list)
    feed: list[dict] = field(default_factory=list)    # feed entries naming this URL (+ "feed" key)

    @property
    def is_document(self) -> bool:
        if self.fetch and self.fetch.get("kind") in DOC_KINDS and self.fetch.get("kind") != "other":
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
    pages: list[dict]          # fetched HTML pages that answered
    n_fetched: int

    def target(self, url: str) -> Target:
        url = norm_url(url)
        t = self.targets.get(url)
        if t is None:
            t = self.targets[url] = Target(url)
        return t


def build_index(body: dict, rows: list[dict]) -> BodyIndex:
    idx = BodyIndex(body=body, targets={}, pages=[], n_fetched=len(rows))
    roots = [norm_url(u) for u in (body.get("urls") or [])]
    for row in rows:
        t = idx.target(row["url"])
        t.fetch = row
        ref = row.get("referer")
        if ref and _under_prefix_root(ref, roots) and portal_page(row["url"], ref, roots):
            continue  # reached through the shared portal's navigation: not the body's own link
        if row.get("link_text"):
            t.link_texts.append(row["link_text"])
        if row.get("referer"):
            t.referers.append(row["referer"])
        final = row.get("final_url")
        if final and norm_url(final) != t.url and norm_url(final) not in idx.targets:
            idx.targets[norm_url(final)] = t
    # links the shared portal prints on its own pages: its layout, repeated around a body's sub-site
    portal_links = {norm_url(link[1]) for row in rows if not row.get("in_scope", 1) and row.get("kind") == "html"
                    and any(host_of(row["url"]) == host_of(r) for r in roots if _root_path(r) != "/")
                    for link in row.get("links") or [] if isinstance(link, (list, tuple)) and len(link) > 1}
    for row in rows:
        ok = not row.get("error") and row.get("status") is not None and row["status"] < 400
        if not ok or not row.get("in_scope", 1):
            continue  # a one-hop page outside the body's site: its own title counts, its links do not
        prefix_page = _under_prefix_root(row["url"], roots)
        if row.get("kind") == "html":
            idx.pages.append(row)
            for link in row.get("links") or []:
                if not isinstance(link, (list, tuple)) or len(link) < 2 or not link[1]:
                    continue
                text, url = link[0] or "", link[1]
                if url.startswith(("mailto:", "tel:", "javascript:")):
                    continue
                if prefix_page and (portal_page(url, row["url"], roots) or
                                    (norm_url(url) in portal_links and not in_roots(url, roots))):
                    continue  # the shared portal's own navigation around a body's sub-site
                t = idx.target(url)
                if text and text not in t.link_texts:
                    t.link_texts.append(text)
                if row["url"] not in t.referers:
                    t.referers.append(row["url"])
        meta = row.get("meta") or {}
        if isinstance(meta, dict) and meta.get("feed"):
            for entry in meta.get("entries") or []:
                if entry.get("url"):
                    idx.target(entry["url"]).feed.append({**entry, "feed": meta["feed"], "feed_url": row["url"]})
    return idx
