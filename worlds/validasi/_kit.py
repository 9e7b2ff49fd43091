"""Small HTML pieces shared by the Kabupaten Validasi site modules (no site content lives here)."""

from __future__ import annotations

import base64
import datetime as dt
import json

from kipmon.demo.sites.common import (
    B,
    BULAN,
    HARI,
    HTML,
    M,
    P,
    PDF,
    S,
    U,
    SiteBuilder,
    base,  # noqa: F401
    esc,
    tgl,
)

# a 1x1 PNG, for scanned charters, infographics and evacuation maps that are images
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def a(href: str, text: str, cls: str = "", **attrs) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{esc(str(v))}"' for k, v in attrs.items())
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{c}{extra}>{esc(text)}</a>'


def ul(items: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def table(headers: list[str], rows: list[list[str]], cls: str = "table table-bordered table-hover") -> str:
    """Cells are HTML already (escape text with esc)."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def wita(d: dt.date, hh: int = 9, mm: int = 14) -> str:
    """Senin, 03 Maret 2025 - 09:14 WITA"""
    return f"{HARI[d.weekday()]}, {d.day:02d} {BULAN[d.month - 1]} {d.year} - {hh:02d}:{mm:02d} WITA"


def drive(file_id: str) -> str:
    return f"https://drive.google.com/file/d/{file_id}/view?usp=sharing"


def accordion(acc_id: str, sections: list[tuple[str, str]], *, open_first: bool = True) -> str:
    """A Bootstrap 5 accordion: (heading, body html) per section; all bodies are in the HTML."""
    out = [f'<div class="accordion" id="{acc_id}">']
    for i, (head, body) in enumerate(sections):
        cid = f"{acc_id}-c{i}"
        shown = " show" if (i == 0 and open_first) else ""
        collapsed = "" if shown else " collapsed"
        out.append(
            f'<div class="accordion-item"><h2 class="accordion-header" id="{cid}-h">'
            f'<button class="accordion-button{collapsed}" type="button" data-bs-toggle="collapse" '
            f'data-bs-target="#{cid}" aria-controls="{cid}">{esc(head)}</button></h2>'
            f'<div id="{cid}" class="accordion-collapse collapse{shown}" data-bs-parent="#{acc_id}">'
            f'<div class="accordion-body">{body}</div></div></div>'
        )
    out.append("</div>")
    return "".join(out)


def form(action: str, fields: list[tuple[str, str]], submit: str, *, method: str = "post") -> str:
    """fields: (name, label); a field named *_isi or alasan becomes a textarea."""
    parts = [
        f'<form action="{esc(action)}" method="{method}" class="needs-validation">'
        '<input type="hidden" name="_token" value="q8Yx2kLmN0pR7sT1uV4wX6zA9bC3dE5f">'
    ]
    for name, label in fields:
        if name.endswith("_isi") or name in ("alasan", "rincian", "tujuan", "isi"):
            ctl = f'<textarea class="form-control" id="{name}" name="{name}" rows="4" required></textarea>'
        else:
            typ = "email" if "email" in name else ("tel" if name in ("telepon", "hp", "no_hp") else "text")
            ctl = f'<input type="{typ}" class="form-control" id="{name}" name="{name}" required>'
        parts.append(f'<div class="mb-3"><label for="{name}" class="form-label">{esc(label)}</label>{ctl}</div>')
    parts.append(f'<button type="submit" class="btn btn-primary">{esc(submit)}</button></form>')
    return "".join(parts)


def wp_media(b: SiteBuilder, entries: list[tuple[int, str, str, dt.date, str]]) -> str:
    """The WordPress REST media list: (id, title, path, upload date, mime)."""
    out = []
    for mid, title, path, d, mime in entries:
        slug = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
        out.append(
            {
                "id": mid,
                "date": f"{d.isoformat()}T10:12:31",
                "date_gmt": f"{d.isoformat()}T02:12:31",
                "guid": {"rendered": b.url(path)},
                "modified": f"{d.isoformat()}T10:12:31",
                "slug": slug,
                "status": "inherit",
                "type": "attachment",
                "link": b.url(f"/?attachment_id={mid}"),
                "title": {"rendered": title},
                "author": 2,
                "media_type": "file",
                "mime_type": mime,
                "media_details": {},
                "source_url": b.url(path),
            }
        )
    return json.dumps(out, ensure_ascii=False)
