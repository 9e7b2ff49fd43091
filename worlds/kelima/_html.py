"""Small helpers of Kabupaten Kelima's site modules: a page frame, links, scanned documents, the rest-missing label."""

from __future__ import annotations

import datetime as dt
import json

from kipmon.demo.items import ITEMS_BY_KIND
from kipmon.demo.scans import infographic_png, scan_pdf
from kipmon.demo.sites.common import M, PDF, SiteBuilder, esc

PNG = "image/png"


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def frame(title: str, nav: list[tuple[str, str]], body: str, footer: str = "") -> str:
    links = "".join(f'<li class="nav-item">{a(h, t)}</li>' for h, t in nav)
    return (
        f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{esc(title)}</title></head>'
        f'<body><header><nav class="navbar"><ul class="nav">{links}</ul></nav></header>'
        f'<main class="container"><h1>{esc(title)}</h1>{body}</main><footer>{footer}</footer></body></html>'
    )


def json_page(b: SiteBuilder, path: str, obj, date: dt.date | None = None) -> str:
    return b.page(path, json.dumps(obj, ensure_ascii=False), content_type="application/json", date=date)


def scan(
    b: SiteBuilder,
    path: str,
    letterhead: list[str],
    title: list[str],
    body: list[str],
    date: dt.date,
    headers: dict | None = None,
) -> str:
    """An image-only PDF (no text layer): only someone who reads the picture (or OCR) sees its title."""
    b.spec.documents.append((path, "scan", " ".join(title)))
    return b.page(
        path, scan_pdf(tuple(letterhead), tuple(title), tuple(body)), content_type=PDF, date=date, headers=headers
    )


def infographic(b: SiteBuilder, path: str, heading: list[str], rows: list[tuple[str, str]], date: dt.date) -> str:
    b.spec.documents.append((path, "png", " ".join(heading)))
    return b.page(path, infographic_png(tuple(heading), tuple(rows)), content_type=PNG, date=date)


def rest_missing(b: SiteBuilder, note: str) -> None:
    """Every item not yet labelled is missing: the site has nothing for it (checked by hand when writing)."""
    for item in ITEMS_BY_KIND[b.spec.kind]:
        if item not in b.spec.labels:
            b.label(item, M, note)
