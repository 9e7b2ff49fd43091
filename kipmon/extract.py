"""What a page says, pulled out once at crawl time: title, headings, links, forms, dates, bounded text.

The checks never see raw HTML; they read these fields from the store. Extraction must survive any
markup a government CMS produces, so BeautifulSoup with lxml does the parsing, and every list is
bounded so a hostile page cannot blow up a row.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

from kipmon.dates import find_dates
from kipmon.vocab import KIND_HTML

MAX_LINKS = 1500
MAX_HEADINGS = 200
MAX_FORMS = 20
MAX_IMAGES = 60  # images listed per page (OCR reads only infographics among them)
MAX_CONTEXTS = 500
MAX_HTML_CHARS = 3_000_000  # a hostile or runaway page is parsed only this far
_WS = re.compile(r"\s+")


def clean(text: str | None, limit: int = 500) -> str:
    return _WS.sub(" ", text or "").strip()[:limit]


URL_KEYS = (
    "url",
    "href",
    "link",
    "file",
    "file_url",
    "download",
    "download_url",
    "source_url",
    "dokumen",
    "berkas",
    "path",
    "lampiran",
)
TITLE_KEYS = ("title", "judul", "nama", "name", "label", "nama_dokumen", "keterangan")
YEAR_KEYS = ("tahun", "year", "periode")
MAX_SCRIPT_CHARS = 2_000_000


_LINKS, _HEADINGS, _HIDDEN = "(links)", "(headings)", "(hidden)"
_GROUPS = {
    **dict.fromkeys(("a", "area", "iframe", "embed", "object", "frame"), _LINKS),
    **dict.fromkeys(("h1", "h2", "h3", "h4"), _HEADINGS),
    **dict.fromkeys(("script", "style", "noscript", "template", "svg"), _HIDDEN),
}


def _tags_by_name(soup) -> dict[str, list]:
    """Every tag of the tree by name, and the link, heading and hidden tags each as one group, all in
    document order: one walk instead of one find_all per kind of tag."""
    out: dict[str, list] = {}
    for el in soup.descendants:
        if isinstance(el, Tag):
            out.setdefault(el.name, []).append(el)
            group = _GROUPS.get(el.name)
            if group:
                out.setdefault(group, []).append(el)
    return out


def _attr_text(value) -> str:
    """An attribute as text: a multi-valued one (rel, class) joined as written."""
    if value is None:
        return ""
    return " ".join(value) if isinstance(value, list) else str(value)


_META_NAMES = {name: re.compile(f"^{name}$", re.I) for name in ("generator", "description")}


def _meta_named(tags: dict, name: str):
    """The first <meta name=...> of that name (any case), as find("meta", attrs={"name": re}) finds it."""
    pattern = _META_NAMES[name]
    for t in tags.get("meta", ()):
        n = t.get("name")
        if n is not None and pattern.search(_attr_text(n)):
            return t
    return None


def _script_data_links(scripts, base: str) -> list[list[str]]:
    """[title, url] pairs from JSON data embedded in the page (Next.js __NEXT_DATA__, Nuxt, JSON-LD,
    <script type="application/json">): sites built that way list their documents there and render the
    list with JavaScript, which the crawl does not run."""
    out: list[list[str]] = []
    for tag in scripts:
        kind = (tag.get("type") or "").lower()
        if not (
            kind in ("application/json", "application/ld+json") or tag.get("id") in ("__NEXT_DATA__", "__NUXT_DATA__")
        ):
            continue
        raw = (tag.string or "")[:MAX_SCRIPT_CHARS]
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack, seen = [data], 0
        while stack and seen < 20000 and len(out) < MAX_LINKS:
            node = stack.pop()
            seen += 1
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
                url = next((node[k] for k in URL_KEYS if isinstance(node.get(k), str)), None)
                if not url or not url.strip().startswith(("/", "http://", "https://")):
                    continue
                title = next((clean(node[k], 300) for k in TITLE_KEYS if isinstance(node.get(k), str)), "")
                year = next((str(node[k]) for k in YEAR_KEYS if isinstance(node.get(k), (str, int))), "")
                if year and year not in title:
                    title = f"{title} {year}".strip()
                try:
                    out.append([title, urljoin(base, url.strip())[:2000]])
                except ValueError:
                    continue
    return out


def _row_text(tag) -> str:
    """The text of the table row or list item a link sits in, when that says more than the link.

    Document tables on PPID portals put the title and year in cells and "Unduh" in the link; the row
    is what names the document.
    """
    row = tag.parent  # as find_parent(["tr", "li"]), without a SoupStrainer per ancestor
    while row is not None and row.name not in ("tr", "li"):
        row = row.parent
    return clean(row.get_text(" "), 300) if row is not None else ""


def extract_html(body: bytes | str, url: str, encoding: str | None = None, *, text_chars: int = 20000) -> dict:
    """Extract the fields the checks read from one HTML page.

    `body` is the decoded text (Scrapy's response.text) or raw bytes with an optional encoding.
    Returns {kind, title, headings, links: [[text, absolute_url]], dates, text, meta}; meta may hold
    generator, wp_api, description, forms, and link_context {url: text of the link's table row or
    list item}.
    """
    if isinstance(body, bytes):
        body = body.decode(encoding or "utf-8", errors="replace")
    body = body[:MAX_HTML_CHARS]
    soup = BeautifulSoup(body, "lxml")
    tags = _tags_by_name(soup)  # one walk of the tree; each list in document order
    base = url
    base_tag = next((t for t in tags.get("base", ()) if t.get("href") is not None), None)
    if base_tag:
        base = urljoin(url, base_tag["href"])

    meta: dict = {}
    gen = _meta_named(tags, "generator")
    if gen and gen.get("content"):
        meta["generator"] = clean(gen["content"], 200)
    api = next((t for t in tags.get("link", ()) if "https://api.w.org/" in _attr_text(t.get("rel"))), None)
    if api and api.get("href"):
        meta["wp_api"] = urljoin(base, api["href"])
    desc = _meta_named(tags, "description")
    if desc and desc.get("content"):
        meta["description"] = clean(desc["content"], 500)

    links: list[list[str]] = []
    link_context: dict[str, str] = {}
    for tag in tags.get(_LINKS, ()):
        href = tag.get("href") or tag.get("src") or tag.get("data")
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            if href and href.startswith(("mailto:", "tel:")):
                links.append([clean(tag.get_text(" "), 300), href.strip()[:500]])
            continue
        text = clean(tag.get_text(" ") if tag.name in ("a", "area") else "", 300)
        if not text:
            text = clean(tag.get("title") or tag.get("aria-label") or "", 300)
            img = tag.find("img") if tag.name == "a" else None
            if not text and img is not None:
                text = clean(img.get("alt") or img.get("title") or "", 300)
        try:
            absolute = urljoin(base, href.strip())
        except ValueError:
            continue
        links.append([text, absolute[:2000]])
        context = _row_text(tag)
        if context and context != text and len(link_context) < MAX_CONTEXTS:
            link_context.setdefault(absolute[:2000], context)
        if len(links) >= MAX_LINKS:
            break
    if link_context:
        meta["link_context"] = link_context

    forms = []
    for form in tags.get("form", [])[:MAX_FORMS]:
        fields = []
        for field in form.find_all(["input", "textarea", "select"]):
            if field.get("type", "").lower() in ("hidden", "submit", "button", "image", "reset"):
                continue
            label = field.get("name") or field.get("id") or field.get("placeholder") or ""
            fields.append(clean(label, 80))
        labels = [clean(lab.get_text(" "), 120) for lab in form.find_all("label")]
        forms.append(
            {
                "action": urljoin(base, form.get("action") or ""),
                "method": (form.get("method") or "get").lower(),
                "fields": fields[:50],
                "labels": labels[:50],
            }
        )
    if forms:
        meta["forms"] = forms

    first_title = next(iter(tags.get("title", ())), None)
    title = clean(first_title.get_text(" ") if first_title is not None else "", 500)
    headings = [clean(h.get_text(" "), 300) for h in tags.get(_HEADINGS, [])][:MAX_HEADINGS]
    headings = [h for h in headings if h]

    for text, url in _script_data_links(tags.get("script", ()), base):
        if len(links) >= MAX_LINKS:
            break
        links.append([text, url])

    images = []  # [alt, absolute src]: infographics the crawler may read with OCR
    for img in [i for i in tags.get("img", ()) if i.get("src") is not None][:MAX_IMAGES]:
        src = img["src"].strip()
        if src and not src.startswith("data:"):
            try:
                images.append([clean(img.get("alt") or img.get("title") or "", 300), urljoin(base, src)[:2000]])
            except ValueError:
                pass
    if images:
        meta["images"] = images
    times = [t.get("datetime") for t in tags.get("time", ()) if t.get("datetime")]
    # an infographic's alt text is often the only place its title and year are written
    for img in [i for i in tags.get("img", ()) if i.get("alt") is not None]:
        alt = clean(img["alt"], 300)
        if alt:
            img.replace_with(f" {alt} ")
    for tag in tags.get(_HIDDEN, []):
        tag.decompose()
    text = clean(soup.get_text(" "), text_chars)
    dates = find_dates(" ".join(times) + " " + text)
    return {
        "kind": KIND_HTML,
        "title": title,
        "headings": headings,
        "links": links,
        "dates": dates,
        "text": text,
        "meta": meta,
    }
