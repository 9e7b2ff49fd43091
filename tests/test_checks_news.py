"""News articles (checks.news): a headline that mentions an item is evidence only when it names it as its subject."""

from __future__ import annotations

import pytest

from checks.evidence import Target
from checks.news import headline_names, is_news_page, slug_words

LHKPN = ("lhkpn", "laporan harta kekayaan")
DIP = ("daftar informasi publik", "dip")


@pytest.mark.parametrize(
    "url",
    [
        "https://dinas.go.id/2026/03/03/kadis-imbau-asn-lapor-lhkpn-tepat-waktu/",
        "https://kelurahan.blogspot.com/2026/01/maklumat-pelayanan.html",
        "https://kab.go.id/berita/detail/bpbd-gelar-simulasi-evakuasi",
        "https://bappeda.go.id/berita/bapperida-susun-lkjip-tahun-2025",
        "https://dinas.go.id/news/rapat-koordinasi",
        "https://dinas.go.id/read/12/sosialisasi-renja",
        "https://dinas.go.id/berita-118-sosialisasi-penyusunan-renja-2027.html",
        "https://dinas.go.id/?p=1234",
        "https://desa.id/index.php/artikel/2021/04/12/profil-desa",
        "https://desa.id/index.php/artikel/101",
    ],
)
def test_news_addresses(url):
    assert is_news_page(Target(url))


@pytest.mark.parametrize(
    "url",
    [
        "https://dinas.go.id/ppid/informasi-dikecualikan/",
        "https://dinas.go.id/berita/",  # the news index, not an article
        "https://dinas.go.id/wp-content/uploads/2025/03/LKjIP-2024.pdf",
        "https://desa.id/index.php/pembangunan",
        "https://dinas.go.id/?page_id=12",
    ],
)
def test_not_news_addresses(url):
    assert not is_news_page(Target(url))


def test_byline_makes_a_page_news():
    t = Target(
        "https://dinas.go.id/lhkpn-kadis",
        fetch={
            "kind": "html",
            "status": 200,
            "title": "x",
            "text": "Kadis Imbau ASN Lapor LHKPN Diposting pada Senin, 03 Maret 2025 - 09:14 WITA oleh admin ...",
        },
    )
    assert is_news_page(t)


@pytest.mark.parametrize(
    "headline, phrases",
    [
        ("LHKPN Kepala Dinas Tahun 2025", LHKPN),
        ("Pengumuman: LHKPN Kepala Dinas 2025", LHKPN),
        ("Daftar Informasi Publik Tahun 2026 – Dinas Contoh", DIP),
        ("Unduh Daftar Informasi Publik 2026", DIP),
        ("Kelurahan Teluk Baru: Maklumat Pelayanan Kelurahan Teluk Baru", ("maklumat pelayanan",)),
        ("Layanan Pengaduan Lingkungan Hidup", ("pengaduan",)),
    ],
)
def test_headline_naming_the_item(headline, phrases):
    assert headline_names(headline, phrases, ())


@pytest.mark.parametrize(
    "headline, phrases",
    [
        ("Kadis Imbau ASN Wajib Lapor LHKPN Tepat Waktu – Diskominfo", LHKPN),
        ("BPBD Gelar Simulasi Evakuasi Banjir di Desa X", ("evakuasi",)),
        ("Sosialisasi Penyusunan Renja Tahun 2027 | Disdikbud", ("renja",)),
        ("Bapperida Susun LKjIP Tahun 2025", ("lkjip",)),
        ("PPID Hadiri Bimtek Daftar Informasi Publik", DIP),
    ],
)
def test_headline_merely_mentioning_the_item(headline, phrases):
    assert headline_names(headline, phrases, ()) is None


def test_slug_words_drop_the_numbered_prefix():
    assert slug_words("https://d.go.id/berita-118-sosialisasi-renja-2027.html") == "sosialisasi renja 2027"
    assert slug_words("https://d.go.id/2026/03/03/lhkpn-kadis-2025/") == "lhkpn kadis 2025"
