"""Small HTML and document helpers shared by the site modules of Kabupaten Akhir (its own, not another world's)."""

from __future__ import annotations

import datetime as dt
import json

from kipmon.demo.docs import make_pdf
from kipmon.demo.sites.common import PDF, SiteBuilder, base, esc  # noqa: F401  (re-exported)

BULAN_PENDEK = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def a(href: str, text: str, cls: str = "", extra: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{c}{extra}>{esc(text)}</a>'


def ul(items: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def table(headers: list[str], rows: list[list[str]], cls: str = "table") -> str:
    """rows hold ready HTML cells."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def tgl_pendek(d: dt.date) -> str:
    """14 Mei 2026 -> 14 Mei 2026; 12 Agustus -> 12 Agu 2026"""
    return f"{d.day:02d} {BULAN_PENDEK[d.month - 1]} {d.year}"


def dmy(d: dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def pdf_download(
    b: SiteBuilder,
    path: str,
    filename: str,
    title: str,
    lines: list[str],
    date: dt.date,
    *,
    meta_title: str | None = None,
) -> str:
    """A PDF served from a download endpoint (no .pdf in the path) with a Content-Disposition file name."""
    data = make_pdf(
        title,
        lines,
        metadata={
            "Title": meta_title if meta_title is not None else title,
            "Author": b.spec.name,
            "CreationDate": date,
            "ModDate": date,
        },
    )
    b.spec.documents.append((path, "pdf", title))
    return b.page(
        path, data, content_type=PDF, date=date, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


def json_page(b: SiteBuilder, path: str, obj, date: dt.date | None = None) -> str:
    return b.page(
        path, json.dumps(obj, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8", date=date
    )
