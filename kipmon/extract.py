"""What a page says, pulled out once at crawl time: title, headings, links, forms, dates, bounded text.

The checks never see raw HTML; they read these fields from the store. Extraction must survive any
markup a government CMS produces, so libxml2 (lxml's HTML parser) does the parsing, and every list is
bounded so a hostile page cannot blow up a row. The fields are those BeautifulSoup gives on the same
parse (kipmon/extract_soup.py, the reference, and the fallback where the trees could differ).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

from lxml import etree

from kipmon.dates import find_dates
from kipmon.vocab import KIND_HTML

MAX_LINKS = 1500
MAX_HEADINGS = 200
MAX_FORMS = 20
MAX_IMAGES = 60  # images listed per page (OCR reads only infographics among them)
MAX_CONTEXTS = 500
MAX_HTML_CHARS = 3_000_000  # a hostile or runaway page is parsed only this far


def clean(text: str | None, limit: int = 500) -> str:
    # str.split() and the regex's \s are the same Unicode whitespace (checked over every code point);
    # split and join costs a third of the substitution, and clean() runs on every text of every page
    return " ".join((text or "").split())[:limit]


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
    list with JavaScript, which the crawl does not run. `scripts` gives (type, id, text) of each script."""
    out: list[list[str]] = []
    for kind, ident, script_text in scripts:
        kind = (kind or "").lower()
        if not (kind in ("application/json", "application/ld+json") or ident in ("__NEXT_DATA__", "__NUXT_DATA__")):
            continue
        raw = (script_text or "")[:MAX_SCRIPT_CHARS]
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


# Strings BeautifulSoup keeps in their own classes, which its get_text leaves out: a string is one of them
# when any element above it is one of these (bs4's HTML builder string_containers).
_NOT_TEXT = ("script", "style", "template", "rt", "rp")
_ELEMENT_TEXT = etree.XPath(
    "descendant::text()[not(" + " or ".join(f"ancestor::{n}" for n in _NOT_TEXT) + ")]", smart_strings=False
)
# Where the tree libxml2 builds is not the one BeautifulSoup builds from the same parse's events, the page
# goes to the soup form: past the first </html> only whitespace may follow (libxml2 builds nothing from
# later content, BeautifulSoup starts a second <html>); a doctype only at the start (elsewhere libxml2
# drops it and joins the strings around it, which BeautifulSoup keeps apart); the tree less than 250
# deep and the page under 5 MB as UTF-8 (libxml2's tree stops at 256 levels and cuts a text node at
# 10 MB; the parser's own limits, on attributes and comments, hold for both and must not be lifted).
_AFTER_HTML = re.compile(r"</html", re.I)
_WS_TO_END = re.compile(r"[^>]*>\s*\Z")
_DOCTYPE = re.compile(r"<!doctype", re.I)
_LEADING_DOCTYPE = re.compile(r"[ \t\n\r\f]*<!doctype", re.I)
_DEEP = etree.XPath("boolean(/*" + "/*" * 249 + ")")
_MAX_TREE_BYTES = 5_000_000


class _Unlike(Exception):
    """The lxml tree may not be the one BeautifulSoup builds: extract with BeautifulSoup instead."""


def _parse(body: str):
    """The lxml tree of `body`, parsed as BeautifulSoup's lxml builder parses a str: one leading BOM
    dropped, lxml's HTMLParser with recover=True fed the whole text at once."""
    if body[:1] == "\ufeff":
        body = body[1:]
    end = _AFTER_HTML.search(body)
    if end is not None and not _WS_TO_END.match(body, end.end()):
        raise _Unlike
    doctype = _DOCTYPE.search(body)
    if doctype is not None and (not _LEADING_DOCTYPE.match(body) or _DOCTYPE.search(body, doctype.end())):
        raise _Unlike
    if len(body) * 4 >= _MAX_TREE_BYTES and len(body.encode("utf-8", "surrogatepass")) >= _MAX_TREE_BYTES:
        raise _Unlike
    parser = etree.HTMLParser(recover=True)
    try:
        parser.feed(body)
        root = parser.close()
    except Exception as e:  # lxml refused the text (BeautifulSoup raises or retries as UTF-8 bytes)
        raise _Unlike from e
    if root is None or _DEEP(root):
        raise _Unlike
    return root


def _tags_by_name(root) -> dict[str, list]:
    """Every element of the tree by name, and the link, heading and hidden tags each as one group, all in
    document order: one walk instead of one search per kind of tag. Comments and PIs are not tags."""
    out: dict[str, list] = {}
    for el in root.iter():
        name = el.tag
        if not isinstance(name, str):
            continue
        out.setdefault(name, []).append(el)
        group = _GROUPS.get(name)
        if group:
            out.setdefault(group, []).append(el)
    return out


def _text(el) -> str:
    """BeautifulSoup's el.get_text(" "): every string below el in document order, joined by spaces,
    without comments and without the strings of script, style, template, rt and rp (here or above)."""
    if next(el.iterancestors(*_NOT_TEXT), None) is None and next(el.iter(*_NOT_TEXT), None) is None:
        return " ".join(el.itertext())
    return " ".join(_ELEMENT_TEXT(el))


def _script_string(el) -> str | None:
    """BeautifulSoup's script.string: the text a <script> holds (it never holds elements)."""
    if len(el):
        raise _Unlike
    return el.text


def _page_text(root, tags: dict, text_chars: int) -> str:
    """The page's text as BeautifulSoup's get_text(" ") gives it once each image with alt text is
    replaced by that text and the hidden tags are removed. Changes the tree: call it last."""
    for rt in tags.get("rt", []) + tags.get("rp", []):  # their strings are not text, an image's alt is
        for el in rt.iter():
            el.text = None
            if el is not rt:
                el.tail = None
    for img in tags.get("img", ()):
        alt = img.get("alt")
        if alt is not None:
            alt = clean(alt, 300)
            if alt:
                img.text = f" {alt} "
    for tag in tags.get(_HIDDEN, ()):
        tag.clear(keep_tail=True)
    return clean(" ".join(root.itertext()), text_chars)


class _LxmlTree:
    """lxml's tree read as BeautifulSoup reads its own: what _extract asks of a tree (the soup form is
    kipmon/extract_soup.py's _SoupTree)."""

    def __init__(self, root):
        self.root = root

    text = staticmethod(_text)
    script_string = staticmethod(_script_string)

    @staticmethod
    def name(el) -> str:
        return el.tag

    @staticmethod
    def row(tag):
        return next(tag.iterancestors("tr", "li"), None)

    @staticmethod
    def below(el, *names) -> list:
        """The descendants of el with these names in document order (lxml's iter includes el itself)."""
        return [x for x in el.iter(*names) if x is not el]

    def page_text(self, tags: dict, text_chars: int) -> str:
        return _page_text(self.root, tags, text_chars)


def extract_html(body: bytes | str, url: str, encoding: str | None = None, *, text_chars: int = 20000) -> dict:
    """Extract the fields the checks read from one HTML page.

    `body` is the decoded text (Scrapy's response.text) or raw bytes with an optional encoding.
    Returns {kind, title, headings, links: [[text, absolute_url]], dates, text, meta}; meta may hold
    generator, wp_api, description, forms, images, and link_context {url: text of the link's table row
    or list item}. The output is BeautifulSoup's (kipmon/extract_soup.py), read from an lxml tree.
    """
    if isinstance(body, bytes):
        body = body.decode(encoding or "utf-8", errors="replace")
    body = body[:MAX_HTML_CHARS]
    try:
        root = _parse(body)
        return _extract(_LxmlTree(root), _tags_by_name(root), url, text_chars)
    except _Unlike:
        from kipmon.extract_soup import extract_html_soup

        return extract_html_soup(body, url, text_chars=text_chars)


def _row_text(tree, tag) -> str:
    """The text of the table row or list item a link sits in, when that says more than the link.

    Document tables on PPID portals put the title and year in cells and "Unduh" in the link; the row
    is what names the document.
    """
    row = tree.row(tag)
    return clean(tree.text(row), 300) if row is not None else ""


def _extract(tree, tags: dict, url: str, text_chars: int) -> dict:
    """The fields from a parsed page; `tags` is the tree's tags by name and group, in document order."""
    scripts = [(t.get("type"), t.get("id"), tree.script_string(t)) for t in tags.get("script", ())]
    base = url
    base_tag = next((t for t in tags.get("base", ()) if t.get("href") is not None), None)
    if base_tag is not None:
        base = urljoin(url, base_tag.get("href"))

    meta: dict = {}
    gen = _meta_named(tags, "generator")
    if gen is not None and gen.get("content"):
        meta["generator"] = clean(gen.get("content"), 200)
    api = next((t for t in tags.get("link", ()) if "https://api.w.org/" in _attr_text(t.get("rel"))), None)
    if api is not None and api.get("href"):
        meta["wp_api"] = urljoin(base, api.get("href"))
    desc = _meta_named(tags, "description")
    if desc is not None and desc.get("content"):
        meta["description"] = clean(desc.get("content"), 500)

    links: list[list[str]] = []
    link_context: dict[str, str] = {}
    for tag in tags.get(_LINKS, ()):
        href = tag.get("href") or tag.get("src") or tag.get("data")
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            if href and href.startswith(("mailto:", "tel:")):
                links.append([clean(tree.text(tag), 300), href.strip()[:500]])
            continue
        text = clean(tree.text(tag) if tree.name(tag) in ("a", "area") else "", 300)
        if not text:
            text = clean(tag.get("title") or tag.get("aria-label") or "", 300)
            img = next(iter(tree.below(tag, "img")), None) if tree.name(tag) == "a" else None
            if not text and img is not None:
                text = clean(img.get("alt") or img.get("title") or "", 300)
        try:
            absolute = urljoin(base, href.strip())
        except ValueError:
            continue
        links.append([text, absolute[:2000]])
        context = _row_text(tree, tag)
        if context and context != text and len(link_context) < MAX_CONTEXTS:
            link_context.setdefault(absolute[:2000], context)
        if len(links) >= MAX_LINKS:
            break
    if link_context:
        meta["link_context"] = link_context

    forms = []
    for form in tags.get("form", [])[:MAX_FORMS]:
        fields = []
        for field in tree.below(form, "input", "textarea", "select"):
            if (field.get("type") or "").lower() in ("hidden", "submit", "button", "image", "reset"):
                continue
            label = field.get("name") or field.get("id") or field.get("placeholder") or ""
            fields.append(clean(label, 80))
        labels = [clean(tree.text(lab), 120) for lab in tree.below(form, "label")]
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
    title = clean(tree.text(first_title) if first_title is not None else "", 500)
    headings = [clean(tree.text(h), 300) for h in tags.get(_HEADINGS, [])][:MAX_HEADINGS]
    headings = [h for h in headings if h]

    for text, url in _script_data_links(scripts, base):
        if len(links) >= MAX_LINKS:
            break
        links.append([text, url])

    images = []  # [alt, absolute src]: infographics the crawler may read with OCR
    for img in [i for i in tags.get("img", ()) if i.get("src") is not None][:MAX_IMAGES]:
        src = img.get("src").strip()
        if src and not src.startswith("data:"):
            try:
                images.append([clean(img.get("alt") or img.get("title") or "", 300), urljoin(base, src)[:2000]])
            except ValueError:
                pass
    if images:
        meta["images"] = images
    times = [t.get("datetime") for t in tags.get("time", ()) if t.get("datetime")]
    # an infographic's alt text is often the only place its title and year are written
    text = tree.page_text(tags, text_chars)
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
