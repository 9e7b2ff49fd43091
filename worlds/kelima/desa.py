"""Villages of Kabupaten Kelima: two OpenSID sites, a regency-hosted village platform, one dead and one without URL.

OpenSID as it behaves on a server without URL rewriting: only paths under /index.php/ answer (and static files
under /desa/upload/), so the `/index.php/ppid` feed's `dokumen` links, which lack `index.php/`, answer 404 while
the site's own links work. The feed also lists hidden documents (enabled "0") that no page shows and whose
files 404. The Informasi Publik page loads its table by a background POST to /index.php/informasi-publik/data
carrying the CSRF token from the `sidcsrf` cookie; without it the server answers 403.
"""

from __future__ import annotations

import datetime as dt
import json

from kipmon.demo.server import Page
from kipmon.demo.sites.common import B, M, P, S, U, SiteBuilder, base, esc

from worlds.kelima._html import a, frame, infographic, json_page, rest_missing, scan

KATEGORI = {
    "1": "Informasi Berkala",
    "2": "Informasi Serta Merta",
    "3": "Informasi Setiap Saat",
    "4": "Informasi Dikecualikan",
}
TOKEN = "3f9c1e7a5b2d4c6e8f0a1b2c3d4e5f60"

INFO_PUBLIK_JS = """<table id="tabeldata" class="table table-striped"><thead><tr><th>No</th><th>Judul Informasi</th>
<th>Tahun</th><th>Kategori</th><th>Tanggal Upload</th></tr></thead><tbody></tbody></table>
<script>
function getCsrfToken() { var m = document.cookie.match(/sidcsrf=([^;]+)/); return m ? m[1] : ''; }
$(document).ready(function () {
  $('#tabeldata').DataTable({ processing: true, serverSide: true,
    ajax: { url: SITE_URL + 'informasi-publik/data', type: 'POST', data: function (d) { d.sidcsrf = getCsrfToken(); } },
    columns: [{data: 'no'}, {data: 'nama'}, {data: 'tahun'}, {data: 'kategori'}, {data: 'tgl_upload'}] });
});
</script>"""


def _opensid_frame(desa: str, b: SiteBuilder, title: str, body: str) -> str:
    nav = [
        ("/index.php", "Beranda"),
        ("/index.php/artikel/2024/1/15/profil-desa", "Profil Desa"),
        ("/index.php/pemerintah", "Pemerintah Desa"),
        ("/index.php/pembangunan", "Pembangunan"),
        ("/index.php/informasi-publik", "Informasi Publik"),
        ("/index.php/pengaduan", "Pengaduan"),
    ]
    head = f"<script>var SITE_URL = '{base(b.spec.id)}/index.php/';</script>"
    return frame(
        f"{title} - Desa {desa}", nav, head + body, f"<p>Website Resmi Desa {desa} &middot; Powered by OpenSID</p>"
    )


def build_batu_putih(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "desa-batu-putih",
        "Desa Batu Putih",
        "desa",
        "kec-telaga-batu",
        None,
        "OpenSID without URL rewriting; Informasi Publik by CSRF POST; /index.php/ppid feed with hidden docs",
    )
    N = b.N
    pg = lambda path, title, body, **kw: b.page(path, _opensid_frame("Batu Putih", b, title, body), **kw)  # noqa: E731
    home = (
        f"<ul><li>{a(f'/index.php/artikel/{N}/9/2/penyaluran-blt-dd-tahap-iii', f'Penyaluran BLT-DD Tahap III Tahun {N}')}</li>"
        f"<li>{a('/index.php/informasi-publik', 'Daftar Informasi Publik Desa')}</li></ul>"
    )
    pg("/", "Beranda", home)
    pg("/index.php", "Beranda", home)
    pg(
        "/index.php/artikel/2024/1/15/profil-desa",
        "Profil Desa",
        "<h2>Visi</h2><p>Batu Putih Mandiri dan Sejahtera</p><h2>Sejarah dan Wilayah</h2><p>Desa Batu Putih "
        "terdiri dari 4 dusun, 11 RT.</p><p>Alamat Kantor: Jl. Poros Telaga Batu Km 12.</p>",
    )
    pg(
        "/index.php/pemerintah",
        "Pemerintah Desa",
        "<p>Kepala Desa: Syamsuddin; Sekretaris Desa: Nurhayati; "
        "Kaur Keuangan: Andi Rahman; Kasi Pemerintahan: Yohanes Lahang.</p>",
    )
    b.label("desa-profil", P, "profile and SOTK")
    pg(
        "/index.php/pembangunan",
        "Pembangunan",
        "<table class='table'><tr><th>Kegiatan</th><th>Tahun</th>"
        "<th>Sumber Dana</th><th>Anggaran</th><th>Pelaksana</th></tr>"
        f"<tr><td>Semenisasi Jalan RT 04</td><td>{N}</td><td>Dana Desa</td><td>Rp 245.000.000</td><td>TPK</td></tr>"
        f"<tr><td>Pembangunan Posyandu Dusun II</td><td>{N}</td><td>ADD</td><td>Rp 98.500.000</td><td>TPK</td></tr></table>",
    )
    b.label("desa-program-kegiatan", P, "activity matrix of year N")
    pg(
        f"/index.php/artikel/{N}/9/2/penyaluran-blt-dd-tahap-iii",
        f"Penyaluran BLT-DD Tahap III Tahun {N}",
        f"<p>Selasa, 2 September {N}</p><p>Sebanyak 36 Keluarga Penerima Manfaat (KPM) menerima BLT Dana Desa "
        "bulan Juli-September. Daftar penerima: Ahmad S. (RT 01), Marlina (RT 02), ... (36 KPM).</p>",
    )
    b.label("desa-program-masuk", P, "BLT-DD N recipients")
    pg(
        "/index.php/pengaduan",
        "Pengaduan",
        "<form method='post' action='/index.php/pengaduan/kirim'>"
        "<input name='nama'><input name='email'><input name='telepon'><textarea name='isi'></textarea>"
        "<button>Kirim</button></form>",
    )
    b.label("pengaduan", P, "OpenSID complaint form")
    pg(
        "/index.php/artikel/2024/1/20/ppid-desa",
        "PPID Desa",
        "<p>PPID Desa Batu Putih: Sekretaris Desa. Email ppid.batuputih@gmail.com, HP 0852-4600-1122.</p>",
    )
    b.label("kontak-ppid", P, "PPID Desa contact (linked from Informasi Publik)")

    feed_base = base(b.spec.id)
    docs = [  # id, nama, kategori, tahun, enabled, upload date, lines
        (
            21,
            f"Peraturan Desa Nomor 2 Tahun {N} tentang APB Desa Tahun Anggaran {N}",
            "1",
            N,
            "1",
            dt.date(N, 1, 17),
            [f"Anggaran Pendapatan dan Belanja Desa Tahun Anggaran {N}."],
        ),
        (
            22,
            "RPJM Desa Batu Putih Tahun 2020-2026",
            "1",
            "2020",
            "1",
            dt.date(2020, 6, 1),
            ["Rencana Pembangunan Jangka Menengah Desa 2020-2026."],
        ),
        (
            23,
            f"Laporan Realisasi Pelaksanaan APBDes TA {N - 1}",
            "1",
            N - 1,
            "1",
            dt.date(N, 1, 29),
            [f"Realisasi pendapatan dan belanja desa Tahun Anggaran {N - 1}."],
        ),
        (
            24,
            f"Daftar Informasi Publik Desa Tahun {N - 2}",
            "3",
            N - 2,
            "1",
            dt.date(N - 2, 2, 9),
            ["Daftar informasi publik desa."],
        ),
        (
            25,
            "Pengumuman Waspada Banjir Kiriman",
            "2",
            N,
            "1",
            dt.date(N, 10, 20),
            [f"Warga bantaran Sungai Telaga diminta waspada, 20 Oktober {N}."],
        ),
        (26, f"RKP Desa Tahun {N}", "1", N, "0", dt.date(N - 1, 11, 2), [f"Rencana Kerja Pemerintah Desa {N}."]),
        (
            27,
            f"LPPDes Akhir Tahun Anggaran {N - 1}",
            "1",
            N - 1,
            "0",
            dt.date(N, 2, 20),
            ["Laporan Penyelenggaraan Pemerintahan Desa."],
        ),
    ]
    b.label("desa-apbdes", P, "Perdes APBDes N in Informasi Publik (feed link 404s, the site's own link works)")
    b.label("desa-rpjmdes", P, "RPJMDes 2020-2026 covers N")
    b.label("desa-laporan-keuangan", P, "realisation report N-1")
    b.label("dip", S, "DIP N-2")
    b.label("serta-merta", P, "serta merta announcement of N")
    b.label("desa-rkpdes", M, "RKP Desa N is only a hidden (enabled=0) feed entry; its file 404s; no page shows it")
    b.label("desa-laporan-kinerja", M, "LPPDes is only a hidden feed entry")
    shown = []
    for id_, nama, kat, tahun, enabled, date, lines in docs:
        if enabled == "1":
            b.pdf(f"/index.php/dokumen_web/unduh_berkas/{id_}", nama, lines, date)
            shown.append((id_, nama, kat, tahun, date))
    json_page(
        b,
        "/index.php/ppid",
        {
            "status": True,
            "data": {
                "ppid": [
                    {
                        "id": str(i),
                        "kode_desa": "6408092005",
                        "dokumen": f"{feed_base}/dokumen_web/unduh_berkas/{i}",
                        "nama": nama,
                        "tgl_upload": date.strftime("%d-%m-%Y %H:%M:%S").replace("00:00:00", "09:12:44"),
                        "updated_at": date.isoformat() + " 09:12:44",
                        "enabled": en,
                        "kategori": kat,
                        "tahun": str(tahun),
                    }
                    for i, nama, kat, tahun, en, date, _ in docs
                ]
            },
        },
        date=dt.date(N, 10, 20),
    )
    pg(
        "/index.php/informasi-publik",
        "Informasi Publik",
        f"<p>{a('/index.php/artikel/2024/1/20/ppid-desa', 'Profil dan Kontak PPID Desa')}</p>" + INFO_PUBLIK_JS,
        headers={"Set-Cookie": f"sidcsrf={TOKEN}; path=/; HttpOnly"},
    )
    rows = [
        {
            "no": n,
            "nama": f'<a href="/index.php/dokumen_web/unduh_berkas/{i}">{esc(nama)}</a>',
            "tahun": str(tahun),
            "kategori": KATEGORI[kat],
            "tgl_upload": date.strftime("%d-%m-%Y"),
        }
        for n, (i, nama, kat, tahun, date) in enumerate(shown, start=1)
    ]

    def data(path, form, cookies):
        if not form.get("sidcsrf") or form.get("sidcsrf") != cookies.get("sidcsrf") or cookies.get("sidcsrf") != TOKEN:
            return Page(
                "<html><body><h1>An Error Was Encountered</h1><p>The action you have requested is not "
                "allowed.</p></body></html>",
                status=403,
            )
        return Page(
            json.dumps(
                {
                    "draw": int(form.get("draw") or 1),
                    "recordsTotal": len(rows),
                    "recordsFiltered": len(rows),
                    "data": rows,
                }
            ),
            content_type="application/json",
        )

    b.spec.routes["POST /index.php/informasi-publik/data"] = data
    rest_missing(b, "nothing on the village site")
    return b


def build_long_nah(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "desa-long-nah",
        "Desa Long Nah",
        "desa",
        "kec-sungai-rapak",
        None,
        "OpenSID, no rewriting; APBDes only as an infographic image; scanned RPJMDes",
    )
    N = b.N
    pg = lambda path, title, body: b.page(path, _opensid_frame("Long Nah", b, title, body))  # noqa: E731
    home = (
        "<div class='widget'><h3>Transparansi Anggaran</h3>"
        "<img src='/desa/upload/media/infografis_apbdes.png' alt='infografis'></div>"
        f"<ul><li>{a(f'/index.php/artikel/{N}/10/14/musdes-rkp-desa', f'Musdes Penyusunan RKP Desa Tahun {N + 1}')}</li>"
        f"<li>{a('/index.php/artikel/2023/3/1/dokumen-desa', 'Dokumen Desa')}</li></ul>"
    )
    pg("/", "Beranda", home)
    pg("/index.php", "Beranda", home)
    infographic(
        b,
        "/desa/upload/media/infografis_apbdes.png",
        ["APBDES LONG NAH", f"TAHUN ANGGARAN {N}"],
        [("Pendapatan", "Rp 1.486.220.000"), ("Belanja", "Rp 1.512.900.000"), ("Pembiayaan", "Rp 26.680.000")],
        dt.date(N, 2, 3),
    )
    b.label("desa-apbdes", P, "APBDes N infographic (year only in the picture)")
    pg(
        f"/index.php/artikel/{N}/10/14/musdes-rkp-desa",
        f"Musdes Penyusunan RKP Desa Tahun {N + 1}",
        f"<p>Selasa, 14 Oktober {N}</p><p>BPD dan warga membahas usulan kegiatan untuk RKP Desa {N + 1}.</p>",
    )
    b.label("desa-rkpdes", M, "only news about drafting next year's RKP Desa")
    pg(
        "/index.php/artikel/2024/1/15/profil-desa",
        "Profil Desa",
        "<p>Desa Long Nah di hulu Sungai Rapak, 3 dusun. Visi: Long Nah Sejahtera.</p>",
    )
    pg("/index.php/pemerintah", "Pemerintah Desa", "<p>Petinggi: Hendrikus Ajang; Sekdes: Maria Lusi.</p>")
    b.label("desa-profil", P, "profile and officials")
    pg("/index.php/pembangunan", "Pembangunan", "<p>Data tidak tersedia</p>")
    pg("/index.php/pengaduan", "Pengaduan", "<p>Data tidak tersedia</p>")
    pg("/index.php/informasi-publik", "Informasi Publik", "<p>Belum ada data.</p>")
    json_page(b, "/index.php/ppid", {"status": True, "data": {"ppid": []}})
    pg(
        "/index.php/artikel/2023/3/1/dokumen-desa",
        "Dokumen Desa",
        f"<ul><li>{a('/desa/upload/dokumen/scan_rpjmdes.pdf', 'RPJMDes')}</li>"
        f"<li>{a(f'/desa/upload/dokumen/lra_apbdes_{N - 2}.pdf', f'Laporan Realisasi APBDes {N - 2}')}</li></ul>",
    )
    scan(
        b,
        "/desa/upload/dokumen/scan_rpjmdes.pdf",
        ["PEMERINTAH KABUPATEN KELIMA", "KECAMATAN SUNGAI RAPAK", "DESA LONG NAH"],
        ["PERATURAN DESA LONG NAH NOMOR 3 TAHUN 2019", "TENTANG RPJM DESA TAHUN 2019-2025"],
        ["Rencana Pembangunan Jangka Menengah Desa."],
        dt.date(2019, 7, 1),
    )
    b.label("desa-rpjmdes", S, "scanned RPJMDes 2019-2025 ended")
    b.pdf(
        f"/desa/upload/dokumen/lra_apbdes_{N - 2}.pdf",
        f"Laporan Realisasi APBDes Tahun Anggaran {N - 2}",
        ["Realisasi."],
        dt.date(N - 1, 2, 1),
    )
    b.label("desa-laporan-keuangan", S, "realisation N-2", early=P)
    rest_missing(b, "nothing on the village site ('Data tidak tersedia' pages)")
    return b


def build_tepian_indah(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "desa-tepian-indah",
        "Desa Tepian Indah",
        "desa",
        "kec-telaga-batu",
        None,
        "regency-hosted village platform (/profil-desa, /transparansi, /layanan)",
    )
    N = b.N
    nav = [
        ("/", "Beranda"),
        ("/profil-desa", "Profil Desa"),
        ("/transparansi/apbdes", "Transparansi"),
        ("/layanan/permohonan-informasi", "Permohonan Informasi"),
        ("/ppid", "PPID Desa"),
    ]
    pg = lambda path, title, body: b.page(path, frame(title, nav, body, "<p>Desa Tepian Indah</p>"))  # noqa: E731
    pg("/", "Desa Tepian Indah", f"<p>{a('https://www.lapor.go.id', 'Lapor! Pengaduan Online')}</p>")
    b.label("pengaduan", P, "SP4N-LAPOR link")
    pg(
        "/profil-desa",
        "Profil Desa",
        "<p>Visi misi, struktur organisasi pemerintah desa: Kades Rusdi, Sekdes Wahyuni.</p>",
    )
    b.label("desa-profil", P, "profile")
    pg(
        "/transparansi/apbdes",
        "Transparansi APBDes",
        f"<img src='/media/apbdes.png' alt='APBDes'><p>{a('/media/rpjmdes-2021-2027.pdf', 'RPJMDes 2021-2027')}</p>",
    )
    infographic(
        b,
        "/media/apbdes.png",
        ["INFOGRAFIS APBDES", f"TAHUN ANGGARAN {N - 1}"],
        [("Pendapatan", "Rp 1,2 M"), ("Belanja", "Rp 1,2 M")],
        dt.date(N - 1, 2, 1),
    )
    b.label("desa-apbdes", S, "infographic for N-1", early=P)
    b.pdf("/media/rpjmdes-2021-2027.pdf", "RPJM Desa Tepian Indah 2021-2027", ["..."], dt.date(2021, 5, 5))
    b.label("desa-rpjmdes", P, "2021-2027 covers N")
    pg(
        "/layanan/permohonan-informasi",
        "Permohonan Informasi Publik",
        "<form method='post' action='/layanan/kirim'><input name='nama'><input name='kontak'>"
        "<textarea name='informasi'></textarea><button>Ajukan</button></form>",
    )
    b.label("form-permohonan", P, "request form")
    pg(
        "/ppid",
        "PPID Desa",
        f"<p>Kontak PPID Desa: ppid@tepianindah.desa.id, 0813-4700-2211</p>"
        f"<p>{a('/media/dip-desa.pdf', 'Daftar Informasi Publik Desa')}</p>",
    )
    b.label("kontak-ppid", P, "PPID Desa contact")
    b.broken("/media/dip-desa.pdf", "404")
    b.label("dip", B, "DIP link 404s")
    rest_missing(b, "nothing on the village site")
    return b


def build_karangan_hilir(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "desa-karangan-hilir",
        "Desa Karangan Hilir",
        "desa",
        "kec-sungai-rapak",
        None,
        "address where nothing listens (connection refused)",
        "closed-port",
    )
    b.label_all(U, "connection refused")
    return b


def build_sido_rukun(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of, "desa-sido-rukun", "Desa Sido Rukun", "desa", "kec-telaga-batu", None, "no URL in the registry", "no-url"
    )
    b.label_all(M, "no website")
    return b
