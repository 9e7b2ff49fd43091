"""Pages that say nothing of their own: unfilled template pages ("Konten belum tersedia"), "not found"
pages served with status 200, and the URL a reader should click for a document fetched in OpenSID's
`index.php/` form. Real HTML through the crawl's extraction and the rule engine."""

from __future__ import annotations

import datetime as dt

import pytest

from checks.catalogue import Evidence, shipped_rules
from checks.documents import breakage, placeholder_page, soft_404, working_url
from checks.engine import evaluate
from checks.evidence import Target, build_index
from checks.examples import fetch_row

AS_OF = dt.date(2026, 6, 15)
HOME = "http://dinas.example/"
NAV = (
    '<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li>'
    '<span>Informasi Publik</span><ul><li><a href="/ppid/serta-merta">Informasi Serta Merta</a></li>'
    '<li><a href="/lowongan">Lowongan</a></li></ul></li></ul></nav>'
)
FOOT = "<footer>Dinas Contoh Kabupaten Uji · Jl. Soekarno-Hatta No. 1 · Telp. (0549) 21 0123</footer>"


def page(title: str, content: str) -> str:
    return (
        f"<html><head><title>{title} | Dinas Contoh</title></head><body>{NAV}<main>{content}</main>{FOOT}</body></html>"
    )


def site(pages: dict[str, str]) -> dict:
    rows = [
        fetch_row(
            HOME,
            html=page(
                "Beranda",
                "<p>Selamat datang di situs resmi Dinas Contoh Kabupaten Uji, "
                "pusat informasi layanan perhubungan darat.</p>",
            ),
            source="start",
        )
    ]
    rows += [fetch_row(HOME.rstrip("/") + path, html=html, referer=HOME) for path, html in pages.items()]
    rows.append(
        fetch_row(
            HOME + "profil",
            referer=HOME,
            html=page(
                "Profil",
                (
                    "<h1>Profil</h1><p>Dinas Contoh dibentuk dengan Peraturan Daerah Nomor 5 Tahun 2016 dan bertugas "
                    "membantu Bupati di bidang perhubungan.</p>"
                ),
            ),
        )
    )
    body = {"body_id": "dinas", "kind": "opd", "name": "Dinas Contoh", "urls": [HOME]}
    return build_index(body, rows)


def status(item: str, idx) -> str:
    rule = shipped_rules()[item]
    return evaluate(rule.for_kind("opd"), idx, AS_OF, {})["status"]


@pytest.mark.parametrize(
    "words",
    [
        "Konten belum tersedia.",
        "Belum ada konten.",
        "Belum ada informasi.",
        "Data tidak tersedia",
        "Belum ada data.",
        "Halaman sedang dalam pengembangan.",
        "Segera hadir!",
        "Coming soon",
        "Under construction",
    ],
)
def test_an_unfilled_template_page_named_as_the_item_is_no_evidence(words):
    idx = site(
        {
            "/ppid/serta-merta": page("Informasi Serta Merta", f"<h1>Informasi Serta Merta</h1><p>{words}</p>"),
            "/lowongan": page("Lowongan", f"<h1>Lowongan</h1><div class='alert'>{words}</div>"),
        }
    )
    assert placeholder_page(idx, idx.targets[HOME + "ppid/serta-merta"])
    assert status("serta-merta", idx) == "missing"
    assert status("ketenagakerjaan", idx) == "missing"  # nor the menu link "Lowongan" as page wording


def test_a_real_page_with_one_empty_section_stays_evidence():
    idx = site(
        {
            "/ppid/serta-merta": page(
                "Informasi Serta Merta",
                (
                    "<h1>Informasi Serta Merta</h1><p>Pengumuman penutupan sementara Jalan Poros Sangatta–Bengalon "
                    "karena longsor pada Senin, 2 Juni 2026; kendaraan dialihkan melalui jalur alternatif Desa Sepaso. "
                    "Informasi lanjutan disampaikan melalui posko dinas.</p><h2>Arsip</h2><p>Belum ada data.</p>"
                ),
            )
        }
    )
    assert not placeholder_page(idx, idx.targets[HOME + "ppid/serta-merta"])
    assert status("serta-merta", idx) == "present"


def test_an_empty_register_with_its_column_headings_is_the_section():
    idx = site(
        {
            "/ppid/serta-merta": page(
                "Informasi Serta Merta",
                (
                    "<h1>Informasi Serta Merta</h1><table><tr><th>No</th><th>Judul</th><th>Tanggal</th></tr>"
                    "<tr><td colspan='3'>Belum ada data</td></tr></table>"
                ),
            )
        }
    )
    assert not placeholder_page(idx, idx.targets[HOME + "ppid/serta-merta"])
    assert status("serta-merta", idx) == "present"


def test_a_page_holding_a_form_is_not_a_template():
    idx = site(
        {
            "/pengaduan": page(
                "Pengaduan",
                (
                    "<h1>Pengaduan</h1><form><input name='nama'><input name='hp'><textarea name='isi'></textarea></form>"
                    "<p>Data tidak tersedia</p>"
                ),
            )
        }
    )
    assert not placeholder_page(idx, idx.targets[HOME + "pengaduan"])


NOT_FOUND = (
    "<html><head><title>File tidak ditemukan</title></head><body><h1>File tidak ditemukan</h1>"
    '<p>Maaf, file yang Anda cari tidak tersedia atau telah dipindahkan.</p><a href="/">Kembali ke Beranda</a>'
    "</body></html>"
)


@pytest.mark.parametrize(
    "html",
    [
        NOT_FOUND,
        f"<html><head><title>Dinas Contoh</title></head><body>{NAV}<h1>404 Not Found</h1><p>The requested URL was not "
        f"found on this server.</p>{FOOT}</body></html>",
        "<html><head><title>Halaman tidak ditemukan – Dinas Contoh</title></head><body><p>Coba cari.</p></body></html>",
        "<html><head><title>Dokumen</title></head><body><h2>Dokumen tidak ditemukan</h2></body></html>",
    ],
)
def test_a_not_found_page_answering_200_is_broken(html):
    url = HOME + "dokumen/unduh/15"
    t = Target(url, fetch=fetch_row(url, html=html))
    assert soft_404(t.fetch)
    assert breakage(t)[0] == "soft-404" and "tidak ditemukan" in breakage(t)[1]


def test_a_page_that_only_mentions_not_found_in_a_long_text_is_not_a_404():
    html = page(
        "Berita",
        "<h1>Data pemilih tidak ditemukan? Ini cara mengeceknya</h1>"
        + "<p>"
        + " ".join(["Warga dapat memeriksa data melalui laman resmi dan membawa KTP ke kantor kelurahan."] * 6)
        + "</p>",
    )
    t = Target(HOME + "berita/1", fetch=fetch_row(HOME + "berita/1", html=html))
    assert not soft_404(t.fetch) and breakage(t) is None


def test_a_download_row_leading_to_a_not_found_page_is_broken_not_present():
    table = (
        "<table><tr><th>No</th><th>Judul</th><th>Unduh</th></tr><tr><td>1</td><td>Laporan Keuangan "
        "2025</td><td><a href='/dokumen/unduh/15'>Download</a></td></tr></table>"
    )
    rows = [
        fetch_row(HOME, html=page("Dokumen", table), source="start"),
        fetch_row(HOME + "dokumen/unduh/15", html=NOT_FOUND, referer=HOME),
    ]
    idx = build_index({"body_id": "dinas", "kind": "opd", "name": "Dinas Contoh", "urls": [HOME]}, rows)
    f = evaluate(shipped_rules()["laporan-keuangan"].for_kind("opd"), idx, AS_OF, {})
    assert (f["status"], f["reason"]) == ("broken", "soft-404")


def test_the_evidence_url_is_the_index_php_form_only_where_the_crawl_fetched_it_there():
    link = "http://desa.example/dokumen_web/unduh_berkas/21"
    row = {
        **fetch_row(link, kind="pdf", title="APBDes 2026"),
        "final_url": "http://desa.example/index.php/dokumen_web/unduh_berkas/21",
    }
    assert working_url(Target(link, fetch=row)) == "http://desa.example/index.php/dokumen_web/unduh_berkas/21"
    moved = {**fetch_row("http://x.example/ppid", html="<p>PPID</p>"), "final_url": "https://x.example/ppid/"}
    assert working_url(Target("http://x.example/ppid", fetch=moved)) == "http://x.example/ppid"  # a redirect works
    failed = {**fetch_row(link, status=404), "final_url": "http://desa.example/index.php/dokumen_web/unduh_berkas/21"}
    assert working_url(Target(link, fetch=failed)) == link  # neither form works: the link as the site writes it


def test_pages_only_is_a_known_flag_and_menu_ppid_uses_it():
    assert Evidence(pages_only=True).pages_only
    assert shipped_rules()["menu-ppid"].evidence.pages_only
    with pytest.raises(KeyError):
        Evidence().extended({"pages_only": [True]})
