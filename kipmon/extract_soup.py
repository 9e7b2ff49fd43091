"""The BeautifulSoup form of kipmon.extract.extract_html: the reference the lxml walk is held to.

extract_html walks an lxml tree (several times faster than BeautifulSoup's Python tree building); it
hands a page here when that tree could differ from the one BeautifulSoup builds from lxml's parse
events (content after </html>, a parse lxml rejects). bench/extract_equiv.py compares the two forms
over every page the worlds serve and a set of hostile inputs.
"""

from __future__ import annotations

from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

from kipmon.dates import find_dates
from kipmon.extract import (
    _GROUPS,
    _HEADINGS,
    _HIDDEN,
    _LINKS,
    MAX_CONTEXTS,
    MAX_FORMS,
    MAX_HEADINGS,
    MAX_IMAGES,
    MAX_LINKS,
    _attr_text,
    _meta_named,
    _script_data_links,
    clean,
)
from kipmon.vocab import KIND_HTML


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


def _row_text(tag) -> str:
    """The text of the table row or list item a link sits in, when that says more than the link.

    Document tables on PPID portals put the title and year in cells and "Unduh" in the link; the row
    is what names the document.
    """
    row = tag.parent  # as find_parent(["tr", "li"]), without a SoupStrainer per ancestor
    while row is not None and row.name not in ("tr", "li"):
        row = row.parent
    return clean(row.get_text(" "), 300) if row is not None else ""


def extract_html_soup(body: str, url: str, *, text_chars: int = 20000) -> dict:
    """extract_html on a BeautifulSoup tree; `body` is already decoded and cut to MAX_HTML_CHARS."""
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

    for text, url in _script_data_links(((t.get("type"), t.get("id"), t.string) for t in tags.get("script", ())), base):
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
