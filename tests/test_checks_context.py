"""What the held-out world taught: table rows name and date "Unduh" links, several years in one title,
an OPD's page on the parent portal, pages titled as the item whose contents say otherwise, forms."""

from __future__ import annotations

import datetime as dt

from checks import currency as cur
from checks.catalogue import Evidence, shipped_rules
from checks.engine import evaluate, offers_a_form
from checks.evidence import Target, build_index, devoted_to_body, row_contexts
from checks.examples import fetch_row
from checks.presence import generic_link_text, match_target

D = dt.date
SITE = "http://opd.example/"
RULES = shipped_rules()


AS_OF = D(2025, 6, 15)


def _eval(item, rows, kind="opd", as_of=AS_OF, name="Dinas Contoh Kabupaten Uji"):
    body = {"body_id": "b", "kind": kind, "name": name, "urls": [SITE]}
    return evaluate(RULES[item].for_kind(kind), build_index(body, rows), as_of, {})


# --- several years in one title -------------------------------------------------------------------


def test_filing_years_are_set_aside():
    a = D(2026, 11, 29)
    assert cur.reporting_years("LHKPN Inspektur Periodik Tahun 2024 (disampaikan 2025)", a) == [2024]
    assert cur.reporting_years("LKjIP 2024 disusun 2025", a) == [2024]
    assert cur.reporting_years("DIP 2025 ditetapkan 2 Januari 2025", a) == [2025]
    assert cur.reporting_years("DIK 2024 | diunggah 12 Maret 2025 | Unduh", a) == [2024]


def test_a_date_in_a_row_is_the_upload_date_unless_it_is_the_only_year():
    a = D(2026, 11, 29)
    assert cur.reporting_years("3 Laporan Kinerja 2024 15 Maret 2025 Unduh", a) == [2024]
    assert cur.reporting_years("Neraca per 31 Desember 2025", a) == [2025]
    assert cur.reporting_years("Neraca 2025 per 31 Desember 2025", a) == [2025]


def test_annual_prev_takes_the_first_year_other_items_the_newest():
    a = D(2026, 11, 29)
    assert cur.reporting_years("Laporan Kinerja 2024 dan Rencana Aksi 2025", a, first=True) == [2024]
    assert max(cur.reporting_years("Renja 2025 Perubahan 2026", a)) == 2026
    t = Target("http://x/lk.pdf", link_texts=["Laporan Kinerja 2024 dan Rencana Aksi 2025"])
    assert cur.date_target(t, D(2025, 6, 1), "annual-prev", []).year == 2024
    assert cur.date_target(t, D(2025, 6, 1), "annual-current", []).year == 2025


# --- the row a link sits in -----------------------------------------------------------------------


def test_generic_link_texts():
    for text in ("Unduh", "Download PDF", "", "Lihat", "[3]", "Klik di sini"):
        assert generic_link_text(text), text
    for text in ("DIP 2025", "Unduh DIP", "Renstra"):
        assert not generic_link_text(text), text


def test_row_text_names_and_dates_an_unduh_link_ahead_of_last_modified():
    html = (
        "<html><body><table><tr><td>Daftar Informasi yang Dikecualikan 2023</td>"
        '<td><a href="/f/9.pdf">Unduh</a></td></tr></table></body></html>'
    )
    rows = [
        fetch_row(SITE, html=html),
        fetch_row(
            SITE + "f/9.pdf",
            kind="pdf",
            title="",
            text="",
            referer=SITE,
            link_text="Unduh",
            last_modified="Mon, 02 Jun 2025 08:00:00 GMT",
        ),
    ]
    f = _eval("dik", rows)
    assert (f["status"], f["evidence_year"]) == ("stale", 2023)
    rows[0] = fetch_row(SITE, html=html.replace("2023", "2025"))
    f = _eval("dik", rows)
    assert (f["status"], f["evidence_year"]) == ("present", 2025)
    assert "baris tabel" in f["detail"]


def test_row_text_does_not_rename_a_link_that_names_itself():
    html = (
        '<html><body><ul><li><a href="/profil">Profil</a> Daftar Informasi Publik 2025</li>'
        '<li><a href="/x">Galeri</a></li></ul></body></html>'
    )
    f = _eval("dip", [fetch_row(SITE, html=html)])
    assert f["status"] == "missing"


def test_a_row_shared_by_many_links_is_not_a_document_row():
    row = {
        "meta": {
            "link_context": {
                "http://x/a.pdf": "menu DIP 2025 LKjIP",
                "http://x/b.pdf": "menu DIP 2025 LKjIP",
                "http://x/c.pdf": "menu DIP 2025 LKjIP",
                "http://x/d.pdf": "DIK 2024 Unduh",
            }
        }
    }
    assert row_contexts(row) == {"http://x/d.pdf": "DIK 2024 Unduh"}


def test_a_near_miss_name_is_not_overruled_by_the_file_name():
    t = Target("http://x/dok/real-rba.pdf", link_texts=["Laporan Realisasi RBA 2025"])
    ev = RULES["anggaran"].evidence
    assert match_target(ev, t)[0] is None


# --- the body's page on the parent portal ---------------------------------------------------------

PORTAL = "http://ppid.kab.example/"


def _portal_rows(title):
    page = (
        f'<html><head><title>{title} | Kabupaten Uji</title></head><body><nav><a href="/dip">Daftar Informasi Publik</a></nav>'
        '<table><tr><td>Daftar Informasi Publik Dinas Contoh 2025</td><td><a href="/s/dip.pdf">Unduh</a></td></tr>'
        '<tr><td>Daftar Informasi yang Dikecualikan Dinas Contoh 2023</td><td><a href="/s/dik.pdf">Unduh</a></td></tr>'
        "</table></body></html>"
    )
    return [
        fetch_row(
            SITE, html=f'<html><body><a href="{PORTAL}pelaksana/7">Dokumen PPID di Portal Kabupaten</a></body></html>'
        ),
        fetch_row(
            PORTAL + "pelaksana/7",
            html=page,
            in_scope=0,
            referer=SITE,
            link_text="Dokumen PPID di Portal Kabupaten",
            last_modified="Mon, 02 Jun 2025 08:00:00 GMT",
        ),
    ]


def test_documents_on_the_bodys_own_portal_page_count_with_their_row_years():
    rows = _portal_rows("PPID Pelaksana Dinas Contoh")
    assert (_eval("dip", rows)["status"], _eval("dip", rows)["evidence_year"]) == ("present", 2025)
    assert (_eval("dik", rows)["status"], _eval("dik", rows)["evidence_year"]) == ("stale", 2023)


def test_documents_on_a_portal_page_of_someone_else_do_not_count():
    rows = _portal_rows("PPID Pelaksana Dinas Kesehatan")
    assert _eval("dip", rows)["status"] == "missing"
    assert not devoted_to_body({"title": "PPID Kabupaten Uji"}, {"name": "Dinas Contoh Kabupaten Uji"})
    assert devoted_to_body(
        {"title": "x", "headings": ["PPID Pelaksana Dinas Contoh"]}, {"name": "Dinas Contoh Kabupaten Uji"}
    )


# --- pages titled as the item ---------------------------------------------------------------------


def test_page_titled_dip_listing_only_a_dik_is_not_the_dip_but_its_dik_counts():
    page = (
        "<html><head><title>Daftar Informasi Publik</title></head><body><h1>Daftar Informasi Publik</h1>"
        '<table><tr><td>Daftar Informasi yang Dikecualikan Tahun 2025</td><td><a href="/f/dik.pdf">Unduh</a></td></tr>'
        "</table></body></html>"
    )
    rows = [
        fetch_row(SITE, html='<html><body><a href="/dip">Daftar Informasi Publik</a></body></html>'),
        fetch_row(SITE + "dip", html=page, referer=SITE, link_text="Daftar Informasi Publik"),
        fetch_row(
            SITE + "f/dik.pdf",
            kind="pdf",
            title="Daftar Informasi yang Dikecualikan Tahun 2025",
            text="",
            referer=SITE + "dip",
            link_text="Unduh",
        ),
    ]
    assert _eval("dip", rows)["status"] == "missing"
    assert _eval("dik", rows)["status"] == "present"


def _page(body, title="Permohonan Informasi"):
    return fetch_row(
        SITE + "p",
        html=f"<html><head><title>{title}</title></head><body>{body}</body></html>",
        referer=SITE,
        link_text=title,
    )


def test_a_request_page_needs_something_to_fill_in():
    rule = RULES["form-permohonan"]
    idx = build_index({"body_id": "b", "kind": "opd", "urls": [SITE]}, [])
    search_only = _page('<form action="/cari"><input name="q"></form><p>Hubungi PPID</p>')
    real = _page(
        '<form method="post"><input name="nama"><input name="email"><textarea name="rincian"></textarea></form>'
    )
    gform = _page('<iframe src="https://docs.google.com/forms/d/e/x/viewform"></iframe>')
    app = _page('<a href="https://ppid.kab.example/permohonan">Ajukan permohonan informasi di e-PPID</a>')
    elsewhere = _page('<a href="https://www.instagram.com/dinas">Instagram</a>')
    for row, ok in ((search_only, False), (real, True), (gform, True), (app, True), (elsewhere, False)):
        t = Target(row["url"], fetch=row)
        assert offers_a_form(idx, t, rule) is ok, row["text"]


def test_needs_form_is_a_rule_field_and_kind_evidence_extends():
    assert RULES["form-permohonan"].evidence.needs_form and RULES["form-keberatan"].evidence.needs_form
    assert not RULES["dip"].evidence.needs_form
    lk = RULES["laporan-kinerja"]
    assert "lppd" in lk.for_kind("pemkab").evidence.phrases
    assert "lppd" not in lk.for_kind("opd").evidence.phrases
    assert Evidence(phrases=("a",)).extended({"phrases": ["b"]}).phrases == ("a", "b")


def test_an_infographic_is_dated_by_the_words_next_to_it():
    html = (
        "<html><body><p>Diperbarui 2 Januari 2023</p><h2>Transparansi</h2>"
        '<img src="/i.png" alt="Infografis APBDes Desa Contoh Tahun Anggaran 2025"></body></html>'
    )
    f = _eval("desa-apbdes", [fetch_row(SITE, html=html)], kind="desa")
    assert (f["status"], f["evidence_year"]) == ("present", 2025)


def test_a_section_page_listing_only_other_documents_still_counts_for_static_items():
    page = (
        "<html><head><title>PPID</title></head><body><h1>PPID</h1><table>"
        '<tr><td>Daftar Informasi Publik 2025</td><td><a href="/f/1.pdf">Unduh</a></td></tr>'
        '<tr><td>Daftar Informasi yang Dikecualikan 2025</td><td><a href="/f/2.pdf">Unduh</a></td></tr>'
        "</table></body></html>"
    )
    rows = [
        fetch_row(SITE, html='<html><body><nav><a href="/ppid">PPID</a></nav></body></html>'),
        fetch_row(SITE + "ppid", html=page, referer=SITE, link_text="PPID"),
    ]
    assert _eval("menu-ppid", rows)["status"] == "present"


def test_the_regency_name_is_no_mark_of_a_devoted_page():
    assert not devoted_to_body({"title": "Berita | Pemerintah Kabupaten Uji"}, {"name": "Pemerintah Kabupaten Uji"})
    assert not devoted_to_body({"title": "Layanan RSUD | Kabupaten Uji"}, {"name": "RSUD Kabupaten Uji"})
