"""What every site module uses: the body spec, hand-written labels, pages, documents, Indonesian dates.

A site module builds one BodySpec with a SiteBuilder: it adds pages and documents, and right next to
the content that decides an item it writes the label a careful human verifier would give, e.g.

    b.doc("/uploads/dip-2022.pdf", f"Daftar Informasi Publik Tahun {N-3}", ...)
    b.label("dip", S, "DIP terbaru untuk tahun N-3")

Links to other demo sites, and absolute links to the site itself, are written with `base(body_id)`: a
placeholder that serve_world replaces with the live http://127.0.0.x:port address.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
from dataclasses import dataclass, field

from kipmon.demo.docs import corrupt_bytes, make_docx, make_pdf, make_xlsx
from kipmon.demo.items import ITEMS_BY_KIND
from kipmon.demo.server import Page, http_date
from kipmon.vocab import BROKEN, MISSING, PRESENT, STALE, UNREACHABLE

P, S, B, M, U = PRESENT, STALE, BROKEN, MISSING, UNREACHABLE

BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HTML = "text/html; charset=utf-8"


def base(body_id: str) -> str:
    """Placeholder for the live base URL (no trailing slash) of a demo body's site."""
    return f"@@BASE:{body_id}@@"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def tgl(d: dt.date) -> str:
    """29 November 2025"""
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def hari_tgl(d: dt.date) -> str:
    """Jumat, 29 November 2025"""
    return f"{HARI[d.weekday()]}, {tgl(d)}"


def last_weekday(year: int, month: int, weekday: int, on_or_before: int = 31) -> dt.date:
    """The last `weekday` (0 = Monday) of a month on or before day `on_or_before`."""
    day = min(on_or_before, calendar.monthrange(year, month)[1])
    d = dt.date(year, month, day)
    while d.weekday() != weekday:
        d -= dt.timedelta(days=1)
    return d


def lm(d: dt.date) -> str:
    """An HTTP Last-Modified value for a date (08:00 WITA = 00:00 GMT)."""
    return http_date(dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc).timestamp())


@dataclass
class Label:
    """What a careful human verifier concludes for one item of one body.

    `status` holds for an as-of date after the item's grace date of year N (the second half of the
    year, which the world's page dates are written for). `early`, where given, is the status for an
    as-of on or before the grace date: evidence one year older than required is still accepted then.
    """

    status: str
    note: str = ""
    early: str | None = None

    def resolve(self, within_grace: bool) -> str:
        return self.early if (within_grace and self.early) else self.status


@dataclass
class BodySpec:
    id: str
    name: str
    kind: str
    parent: str | None
    email: str | None
    style: str  # one line: what kind of site this is
    behaviour: str = "site"  # site | no-url | http-503 | closed-port
    routes: dict = field(default_factory=dict)  # path -> Page or fn(path) -> Page | None
    prefixes: list = field(default_factory=list)  # [(prefix, fn)]
    extra_urls: list = field(default_factory=list)  # [(host body id, path)] further start URLs
    hosted_on: str | None = None  # a sub-site: its routes are served by this body's site
    start_path: str = "/"  # where its registry URL points on that site
    labels: dict[str, Label] = field(default_factory=dict)
    documents: list = field(default_factory=list)  # [(path, kind, title)] real documents served


class SiteBuilder:
    """Collects the routes, documents and labels of one body's site."""

    def __init__(
        self,
        as_of: dt.date,
        id: str,
        name: str,
        kind: str,
        parent: str | None,
        email: str | None,
        style: str,
        behaviour: str = "site",
    ):
        self.as_of = as_of
        self.N = as_of.year
        self.spec = BodySpec(id, name, kind, parent, email, style, behaviour)
        # HTML pages were last edited in mid-year of N (or just before the as-of, early in a year).
        self.page_date = min(dt.date(self.N, 7, 15), as_of - dt.timedelta(days=1))

    # --- labels ---------------------------------------------------------------------------------
    def label(self, item: str, status: str, note: str = "", early: str | None = None) -> None:
        if item not in ITEMS_BY_KIND[self.spec.kind]:
            raise ValueError(f"{self.spec.id}: item {item!r} does not apply to kind {self.spec.kind}")
        if item in self.spec.labels:
            raise ValueError(f"{self.spec.id}: item {item!r} labelled twice")
        self.spec.labels[item] = Label(status, note, early)

    def label_all(self, status: str, note: str) -> None:
        for item in ITEMS_BY_KIND[self.spec.kind]:
            self.label(item, status, note)

    # --- pages ----------------------------------------------------------------------------------
    def url(self, path: str) -> str:
        return base(self.spec.id) + path

    def page(
        self,
        path: str,
        body: str | bytes,
        *,
        status: int = 200,
        content_type: str = HTML,
        date: dt.date | None = None,
        headers: dict | None = None,
    ) -> str:
        self.spec.routes[path] = Page(
            body,
            status=status,
            content_type=content_type,
            headers=headers or {},
            last_modified=lm(date or self.page_date) if status == 200 else None,
        )
        return path

    def prefix(self, prefix: str, fn) -> None:
        self.spec.prefixes.append((prefix, fn))

    # --- documents ------------------------------------------------------------------------------
    def pdf(
        self, path: str, title: str, lines: list[str], date: dt.date, *, meta_title: str | None = None, author: str = ""
    ) -> str:
        data = make_pdf(
            title,
            lines,
            metadata={
                "Title": meta_title if meta_title is not None else title,
                "Author": author or self.spec.name,
                "CreationDate": date,
                "ModDate": date,
            },
        )
        self.spec.documents.append((path, "pdf", title))
        return self.page(path, data, content_type=PDF, date=date)

    def docx(self, path: str, title: str, paragraphs: list[str], date: dt.date) -> str:
        self.spec.documents.append((path, "docx", title))
        return self.page(path, make_docx(title, paragraphs, created=date), content_type=DOCX, date=date)

    def xlsx(self, path: str, title: str, rows: list[list], date: dt.date) -> str:
        self.spec.documents.append((path, "xlsx", title))
        return self.page(path, make_xlsx(title, rows, created=date), content_type=XLSX, date=date)

    def broken(self, path: str, how: str) -> str:
        """A link target that fails: 404, 500, html200 ('File tidak ditemukan' as a .pdf), empty, corrupt."""
        if how == "404":
            self.page(
                path,
                "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
                "<p>The requested URL was not found on this server.</p></body></html>",
                status=404,
            )
        elif how == "500":
            self.page(path, "<html><body><h1>500 Internal Server Error</h1></body></html>", status=500)
        elif how == "html200":
            self.page(
                path,
                "<!doctype html><html><head><title>File tidak ditemukan</title></head><body>"
                "<div class='alert alert-warning'><h3>File tidak ditemukan</h3>"
                "<p>Maaf, file yang Anda cari tidak tersedia atau telah dipindahkan.</p>"
                "<a href='/'>Kembali ke Beranda</a></div></body></html>",
            )
        elif how == "empty":
            self.page(path, b"", content_type=PDF if path.endswith(".pdf") else "application/octet-stream")
        elif how == "corrupt":
            self.page(path, corrupt_bytes(path), content_type=PDF)
        else:
            raise ValueError(how)
        return path


def doc_table(
    rows: list[tuple[str, str, str]],
    *,
    cls: str = "table table-bordered table-striped",
    headers: tuple[str, ...] = ("No", "Judul Dokumen", "Tahun", "Unduh"),
) -> str:
    """An HTML table of documents: rows of (title, year text, href)."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join(
        f"<tr><td>{i}</td><td>{esc(title)}</td><td>{esc(str(year))}</td>"
        f'<td><a href="{esc(href)}" class="btn btn-sm btn-primary"><i class="fa fa-download"></i> Unduh</a></td></tr>'
        for i, (title, year, href) in enumerate(rows, start=1)
    )
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
