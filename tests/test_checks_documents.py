"""Documents served by download endpoints without a file extension (`/api/dokumen/unduh?id=206`,
`/download/123`, `/file/get/abc`): what the crawl fetched says they are documents, and the name the
server gave the download (Content-Disposition) is their file name."""

from __future__ import annotations

import datetime as dt

from checks import currency as cur
from checks.evidence import Target, build_index, file_name
from checks.examples import fetch_row


def test_fetched_kind_or_content_type_makes_a_document():
    for kind in ("pdf", "docx", "xlsx", "odt", "ods", "pptx", "doc", "xls", "rtf"):
        assert Target("http://x/download/123", fetch=fetch_row("http://x/download/123", kind=kind)).is_document
    row = fetch_row("http://x/file/get/abc", kind="other", content_type="application/vnd.ms-excel")
    assert Target("http://x/file/get/abc", fetch=row).is_document
    assert not Target("http://x/download/123").is_document  # never fetched: only the URL speaks
    page = fetch_row("http://x/download/123", html="<html><body>Berkas</body></html>")
    assert not Target("http://x/download/123", fetch=page).is_document
    assert not Target("http://x/api/feed", fetch=fetch_row("http://x/api/feed", kind="json")).is_document
    assert Target("http://x/dip-2026.pdf").is_document  # an unfetched link named as a PDF


def test_download_name_is_the_file_name():
    url = "http://x/api/dokumen/unduh?id=206"
    row = fetch_row(url, kind="pdf", title="", text="", meta={"filename": "SK_DIP_2026.pdf"})
    assert file_name(url, row) == "SK DIP 2026 pdf"
    assert file_name(url) == "unduh"
    assert file_name("http://x/SK_DIP_2025.pdf", fetch_row("http://x/SK_DIP_2025.pdf", kind="pdf")) == "SK DIP 2025 pdf"
    d = cur.date_target(Target(url, fetch=row, link_texts=["Unduh"]), dt.date(2026, 6, 1), "annual-current", [])
    assert (d.year, d.source) == (2026, "berkas")


def test_documents_on_the_bodys_page_on_the_parent_portal():
    """An OPD's own page on the regency PPID portal lists its DIP through a download endpoint."""
    home, page = "http://dinsos.example/", "http://ppid.kab.example/ppid-pelaksana/dinas-sosial"
    doc = "http://ppid.kab.example/api/dokumen/unduh?id=206"
    rows = [
        fetch_row(home, html=f'<html><body><a href="{page}">PPID</a></body></html>'),
        fetch_row(
            page,
            referer=home,
            in_scope=0,
            html=(
                "<html><head><title>PPID Dinas Sosial</title></head><body><h1>PPID Dinas Sosial</h1>"
                f'<a href="{doc}">Daftar Informasi Publik 2026</a></body></html>'
            ),
        ),
        fetch_row(doc, referer=page, in_scope=0, kind="pdf", title="", text=""),
    ]
    body = {"body_id": "dinsos", "kind": "opd", "name": "Dinas Sosial Kabupaten Uji", "urls": [home]}
    t = build_index(body, rows).targets[doc]
    assert t.link_texts == ["Daftar Informasi Publik 2026"]


def test_sub_site_document_on_the_shared_portal_is_not_its_navigation():
    """A body's sub-site on a shared portal offers a document the portal serves outside the sub-site's path."""
    root = "http://portal.example/ppid-pelaksana/dinsos/"
    doc = "http://portal.example/download/123"
    rows = [
        fetch_row(root, html=f'<html><body><a href="{doc}">SK DIP 2026</a></body></html>'),
        fetch_row(doc, referer=root, link_text="SK DIP 2026", in_scope=0, kind="pdf", title="", text=""),
    ]
    body = {"body_id": "dinsos", "kind": "opd", "name": "Dinas Sosial", "urls": [root]}
    t = build_index(body, rows).targets[doc]
    assert t.link_texts == ["SK DIP 2026"] and t.referers == [root]
