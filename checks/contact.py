"""Contact: an e-mail address and a telephone number written near the word PPID on one of the body's pages."""

from __future__ import annotations

import re

from checks.evidence import BodyIndex, Target
from checks.presence import Match

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+62|\(0\d{2,4}\)|\b0\d{2,4})[\s.-]?\d{2,4}[\s.-]?\d{2,5}\b")


def contact_near(text: str, words: tuple[str, ...], window: int) -> str | None:
    """The e-mail address found within `window` characters of one of `words`, with a phone also near."""
    low = text.lower()
    for w in words:
        start = 0
        w = w.lower()
        while True:
            i = low.find(w, start)
            if i < 0:
                break
            seg = text[max(0, i - window) : i + len(w) + window]
            m = EMAIL.search(seg)
            if m and PHONE.search(seg):
                return m[0]
            start = i + len(w)
    return None


def contact_pages(idx: BodyIndex, words: tuple[str, ...], window: int) -> list[tuple[Target, Match]]:
    out = []
    for page in idx.pages:
        if not page.get("in_scope", 1):
            continue
        email = contact_near(page.get("text") or "", words, window)
        if email:
            out.append((idx.target(page["url"]), Match("kontak", email)))
    return out
