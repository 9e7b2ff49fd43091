"""The BeautifulSoup form of kipmon.extract.extract_html: the reference the lxml walk is held to.

extract_html walks an lxml tree (several times faster than BeautifulSoup's Python tree building); it
hands a page here when that tree could differ from the one BeautifulSoup builds from lxml's parse
events (content after </html>, a parse lxml rejects). Both forms run the same extraction
(kipmon.extract._extract) and differ only in how they read their tree. bench/extract_equiv.py compares
them over every page the worlds serve and a set of hostile inputs.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from kipmon.extract import _GROUPS, _HIDDEN, _extract, clean


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


class _SoupTree:
    """BeautifulSoup's tree, read through what kipmon.extract._extract asks of a tree."""

    def __init__(self, soup):
        self.root = soup

    @staticmethod
    def name(el) -> str:
        return el.name

    @staticmethod
    def text(el) -> str:
        return el.get_text(" ")

    @staticmethod
    def script_string(el) -> str | None:
        return el.string

    @staticmethod
    def row(tag):
        row = tag.parent  # as find_parent(["tr", "li"]), without a SoupStrainer per ancestor
        while row is not None and row.name not in ("tr", "li"):
            row = row.parent
        return row

    @staticmethod
    def below(el, *names) -> list:
        return el.find_all(list(names))

    def page_text(self, tags: dict, text_chars: int) -> str:
        """The text once each image with alt text is replaced by that text and the hidden tags removed
        (bs4's get_text leaves out the strings of script, style, template, rt and rp by itself)."""
        for img in [i for i in tags.get("img", ()) if i.get("alt") is not None]:
            alt = clean(img["alt"], 300)
            if alt:
                img.replace_with(f" {alt} ")
        for tag in tags.get(_HIDDEN, []):
            tag.decompose()
        return clean(self.root.get_text(" "), text_chars)


def extract_html_soup(body: str, url: str, *, text_chars: int = 20000) -> dict:
    """extract_html on a BeautifulSoup tree; `body` is already decoded and cut to MAX_HTML_CHARS."""
    soup = BeautifulSoup(body, "lxml")
    return _extract(_SoupTree(soup), _tags_by_name(soup), url, text_chars)
