"""Three villages: Desa Sido Makmur on OpenSID (documents in the /index.php/ppid JSON feed, the Informasi Publik
page loads them with JavaScript), Desa Long Lepeq on a hosted "desa digital" platform, and Desa Muara Pantun with
no known website.
"""

from __future__ import annotations

import datetime as dt
import json

from worlds.akhir._html import a, dmy, esc, table, ul
from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, base, hari_tgl


def build_sido_makmur(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    d = dt.date
    b = SiteBuilder(
        as_of,
        "desa-sido-makmur",
        "Desa Sido Makmur",
        "desa",
        "kec-sungai-laban",
        None,
        "OpenSID 2409 (tema Natra); documents in /index.php/ppid JSON",
    )
    UP = "/desa/upload/dokumen/"
    menu = [
        ("/", "Beranda"),
        ("/index.php/artikel/100/profil-desa", "Profil Desa"),
        ("/index.php/pemerintah", "Pemerintah Desa"),
        ("/index.php/pembangunan", "Pembangunan"),
        ("/index.php/informasi-publik", "Informasi Publik"),
        ("/index.php/artikel/101/ppid-desa", "PPID Desa"),
        ("/index.php/pengaduan", "Pengaduan"),
    ]

    def page(path, title, body, date=None):
        nav = "".join(f'<li class="nav-item"><a href="{h}">{esc(t)}</a></li>' for h, t in menu)
        b.page(
            path,
            '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
            f"<title>{esc(title)} - Website Desa Sido Makmur</title>"
            '<meta name="generator" content="OpenSID 2409.0.0"></head><body><header><h1>Desa Sido Makmur</h1>'
            f"<p>Kecamatan Sungai Laban, Kabupaten Akhir, Kalimantan Timur</p></header><nav><ul>{nav}</ul></nav>"
            f"<main>{body}</main><footer>Powered by OpenSID &middot; OpenDesa</footer></body></html>",
            date=date,
        )

    apbdes_widget = (
        f'<div class="widget apbdes"><h3>APBDes {N} Pelaksanaan</h3>'
        "<p>Pendapatan: Rp 2.134.560.000 &middot; Belanja: Rp 2.201.900.000 &middot; Pembiayaan: Rp 67.340.000</p></div>"
    )
    page(
        "/",
        "Beranda",
        ul(
            [
                a(
                    f"/index.php/artikel/{N}/05/14/waspada-banjir-warga-rt-03-dan-rt-05",
                    "Waspada Banjir: Warga RT 03 dan RT 05 Diminta Siaga",
                )
            ]
        )
        + apbdes_widget,
    )
    page(
        "/index.php/artikel/100/profil-desa",
        "Profil Desa",
        "<h2>Profil Desa</h2><p>Desa Sido Makmur dibentuk dari "
        "permukiman transmigrasi SP-2 tahun 1992. Alamat Kantor Desa: Jl. Trans SP-2 No. 1.</p><h3>Visi</h3><p>Sido "
        "Makmur yang mandiri dan sejahtera.</p><h3>Tugas dan Fungsi</h3><p>Kepala Desa menyelenggarakan pemerintahan "
        "desa, pembangunan, pembinaan dan pemberdayaan masyarakat.</p>",
    )
    page(
        "/index.php/pemerintah",
        "Pemerintah Desa",
        "<h2>Struktur Organisasi Pemerintah Desa</h2>"
        + table(
            ["Nama", "Jabatan"],
            [
                ["Sukarji", "Kepala Desa"],
                ["Wahyu Hidayat, S.Kom", "Sekretaris Desa"],
                ["Sri Wulandari", "Kaur Keuangan"],
                ["Paulus Ding", "Kasi Pemerintahan"],
            ],
        ),
    )
    b.label("desa-profil", P, "profil, visi, tugas, struktur, perangkat")
    page(
        "/index.php/pembangunan",
        "Pembangunan",
        f"<h2>Kegiatan Pembangunan Tahun {N}</h2>"
        + table(
            ["Kegiatan", "Lokasi", "Waktu", "Pelaksana", "Sumber Dana", "Anggaran"],
            [
                ["Semenisasi Jalan Usaha Tani", "RT 04", f"Mei-Jul {N}", "TPK Desa", "Dana Desa", "Rp 312.000.000"],
                ["Pembangunan Drainase", "RT 02", f"Agu-Sep {N}", "TPK Desa", "ADD", "Rp 145.500.000"],
            ],
        ),
    )
    b.label("desa-program-kegiatan", P, f"matriks kegiatan pembangunan {N}")
    page(
        "/index.php/artikel/101/ppid-desa",
        "PPID Desa",
        "<h2>PPID Desa Sido Makmur</h2><p>PPID Desa: Sekretaris "
        "Desa (Wahyu Hidayat, S.Kom). Kontak: 0852-5012-3344, email pemdes.sidomakmur@gmail.com. Kantor Desa, "
        "Senin-Jumat 08.00-14.00.</p>",
    )
    b.label("kontak-ppid", P, "kontak PPID Desa")
    page(
        "/index.php/pengaduan",
        "Pengaduan",
        '<h2>Pengaduan</h2><form method="post" action="/index.php/pengaduan/kirim">'
        '<input name="nik" placeholder="NIK"><input name="email"><input name="judul"><textarea name="isi"></textarea>'
        "<button>Kirim</button></form>" + ul(["Belum ada pengaduan yang ditampilkan."]),
    )
    b.label("pengaduan", P, "modul pengaduan OpenSID")
    flood = f"/index.php/artikel/{N}/05/14/waspada-banjir-warga-rt-03-dan-rt-05"
    page(
        flood,
        "Waspada Banjir",
        f"<h2>Waspada Banjir: Warga RT 03 dan RT 05 Diminta Siaga</h2><p>{hari_tgl(d(N, 5, 14))}"
        "</p><p>Debit Sungai Laban naik. Titik kumpul evakuasi di Balai Desa.</p>",
        date=d(N, 5, 14),
    )
    page(
        "/index.php/informasi-publik",
        "Informasi Publik",
        '<h2>Daftar Informasi Publik</h2><table id="tabel-data" class="table"><thead><tr><th>No</th><th>Judul Informasi'
        "</th><th>Tahun</th><th>Kategori</th><th>Tanggal Upload</th><th>Aksi</th></tr></thead><tbody></tbody></table>"
        '<script>$(function(){$("#tabel-data").DataTable({serverSide:true,ajax:{url:"/index.php/informasi-publik/data",'
        'type:"POST"}});});</script>',
    )

    entries = []

    def dok(i, nama, tahun, kategori, fname, heading, lines, dd, *, broken=False):
        path = UP + fname
        if broken:
            b.broken(path, "404")
        else:
            b.pdf(path, heading, lines, dd)
        entries.append(
            {
                "id": str(i),
                "kode_desa": "6408112004",
                "dokumen": base("desa-sido-makmur") + path,
                "nama": nama,
                "tgl_upload": f"{dd.isoformat()} 10:{i % 60:02d}:00",
                "updated_at": f"{dd.isoformat()} 10:{i % 60:02d}:00",
                "enabled": "1",
                "kategori": str(kategori),
                "tahun": str(tahun),
            }
        )

    dok(
        21,
        f"Perdes No. 1 Tahun {N} tentang APB Desa TA {N}",
        N,
        1,
        f"perdes_apbdes_{N}.pdf",
        f"PERATURAN DESA SIDO MAKMUR NOMOR 1 TAHUN {N} TENTANG ANGGARAN PENDAPATAN DAN BELANJA DESA TAHUN ANGGARAN {N}",
        ["Pendapatan Rp 2.134.560.000; Belanja Rp 2.201.900.000."],
        d(N, 1, 9),
    )
    b.label("desa-apbdes", P, f"Perdes APBDes {N} (feed) dan widget APBDes {N}")
    dok(
        22,
        f"Daftar Penerima BLT-DD Tahun {N - 1}",
        N - 1,
        1,
        f"penerima_blt_dd_{N - 1}.pdf",
        f"DAFTAR KELUARGA PENERIMA MANFAAT BLT DANA DESA TAHUN {N - 1}",
        ["42 KPM, Rp 300.000 per bulan."],
        d(N - 1, 2, 12),
    )
    b.label("desa-program-masuk", S, f"penerima BLT-DD {N - 1}", early=P)
    dok(
        23,
        "RPJM Desa Sido Makmur 2021-2027",
        2021,
        1,
        "rpjmdes_2021_2027.pdf",
        "RENCANA PEMBANGUNAN JANGKA MENENGAH DESA SIDO MAKMUR TAHUN 2021-2027",
        ["Visi, misi, arah kebijakan."],
        d(2021, 6, 1),
    )
    b.label("desa-rpjmdes", P, "RPJMDes 2021-2027")
    dok(
        24,
        f"RKP Desa Tahun {N - 1}",
        N - 1,
        1,
        f"rkpdes_{N - 1}.pdf",
        f"RENCANA KERJA PEMERINTAH DESA TAHUN {N - 1}",
        ["Daftar kegiatan prioritas."],
        d(N - 2, 10, 30),
    )
    b.label("desa-rkpdes", S, f"RKPDes {N - 1}", early=P)
    dok(
        25,
        f"LPPDes Tahun {N - 2}",
        N - 2,
        1,
        f"lppdes_{N - 2}.pdf",
        f"LAPORAN PENYELENGGARAAN PEMERINTAHAN DESA AKHIR TAHUN ANGGARAN {N - 2}",
        ["Ringkasan penyelenggaraan."],
        d(N - 1, 3, 20),
    )
    b.label("desa-laporan-kinerja", S, f"LPPDes {N - 2}", early=P)
    dok(
        26,
        f"Laporan Realisasi APBDes TA {N - 1}",
        N - 1,
        1,
        f"realisasi_apbdes_{N - 1}.pdf",
        "",
        [],
        d(N, 1, 28),
        broken=True,
    )
    b.label("desa-laporan-keuangan", B, f"realisasi APBDes {N - 1}: dokumen di feed menjawab 404")
    dok(
        27,
        f"Pengumuman Waspada Banjir Sungai Laban ({dmy(d(N, 5, 14), '-')})",
        N,
        2,
        f"waspada_banjir_{N}.pdf",
        "PENGUMUMAN WASPADA BANJIR",
        ["Titik kumpul evakuasi: Balai Desa. Hubungi 0852-5012-3344."],
        d(N, 5, 14),
    )
    b.label("serta-merta", P, f"informasi serta merta (kategori 2) {N} dan artikel banjir")
    dok(
        28,
        f"Daftar Informasi Publik Desa Tahun {N - 2}",
        N - 2,
        3,
        f"dip_desa_{N - 2}.pdf",
        f"DAFTAR INFORMASI PUBLIK DESA SIDO MAKMUR TAHUN {N - 2}",
        ["Daftar informasi publik desa."],
        d(N - 2, 4, 4),
    )
    b.label("dip", S, f"DIP {N - 2}")
    feed = json.dumps({"status": True, "data": {"ppid": entries}}, ensure_ascii=False)
    for path in ("/index.php/ppid", "/index.php/ppid?*"):
        b.page(path, feed, content_type="application/json")
    b.label("form-permohonan", M, "tidak ada formulir permohonan informasi")
    return b


def build_long_lepeq(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    d = dt.date
    b = SiteBuilder(
        as_of,
        "desa-long-lepeq",
        "Desa Long Lepeq",
        "desa",
        "kec-long-bentas",
        None,
        "hosted 'desa digital' platform (/profil-desa, /transparansi/..., /layanan/...)",
    )
    menu = [
        ("/", "Beranda"),
        ("/profil-desa", "Profil Desa"),
        ("/transparansi/apbdes", "Transparansi"),
        ("/transparansi/dokumen", "Dokumen"),
        ("/kegiatan", "Kegiatan"),
        ("/ppid", "PPID"),
        ("/layanan/permohonan-informasi", "Permohonan Informasi"),
        ("/layanan/pengaduan", "Pengaduan"),
    ]

    def page(path, title, body):
        nav = "".join(f'<a class="menu" href="{h}">{esc(t)}</a>' for h, t in menu)
        b.page(
            path,
            f'<!doctype html><html><head><meta charset="utf-8"><title>{esc(title)} - Desa Long Lepeq</title>'
            '</head><body class="digides"><div class="brand">DESA LONG LEPEQ<br><small>Kec. Long Bentas</small></div>'
            f'<div class="nav">{nav}</div><section>{body}</section><footer>Dikelola oleh Pemerintah Desa Long Lepeq '
            "&middot; Platform Desa Digital</footer></body></html>",
        )

    page("/", "Beranda", "<h2>Selamat datang di Desa Long Lepeq</h2><p>Desa wisata budaya Dayak Kenyah.</p>")
    page(
        "/profil-desa",
        "Profil Desa",
        "<h2>Profil Desa</h2><p>Alamat kantor: Jl. Lamin Adat No. 1 Long Lepeq.</p>"
        "<h3>Visi Misi</h3><p>Long Lepeq berbudaya dan sejahtera.</p><h3>Struktur Pemerintah Desa</h3>"
        "<p>Kepala Desa: Ajang Lahang; Sekdes: Maria Usat; Kaur Keuangan: Yohanes Bit.</p>",
    )
    b.label("desa-profil", P, "profil, visi, struktur")
    page(
        "/transparansi/apbdes",
        "APBDes",
        f"<h2>Infografis APBDes Tahun Anggaran {N}</h2>"
        + table(
            ["Uraian", "Jumlah"],
            [
                ["Pendapatan", "Rp 1.876.000.000"],
                ["Belanja Bidang Penyelenggaraan Pemerintahan", "Rp 702.000.000"],
                ["Belanja Bidang Pembangunan", "Rp 811.000.000"],
                ["Belanja Bidang Pemberdayaan", "Rp 214.000.000"],
            ],
        ),
    )
    b.label("desa-apbdes", P, f"infografis APBDes {N}")
    rkp = "/storage/dokumen/rkpdes-" + str(N) + ".pdf"
    b.pdf(rkp, f"RKP DESA LONG LEPEQ TAHUN {N}", ["Kegiatan prioritas dan pagu indikatif."], d(N - 1, 9, 30))
    b.label("desa-rkpdes", P, f"RKPDes {N}")
    blt = "/storage/dokumen/penerima-blt-dd.pdf"
    b.pdf(blt, f"DAFTAR PENERIMA BLT-DD DESA LONG LEPEQ TAHUN {N - 1}", ["35 KPM."], d(N - 1, 2, 2))
    b.label("desa-program-masuk", S, f"penerima BLT-DD {N - 1}", early=P)
    rpjm = "/storage/dokumen/rpjmdes.pdf"
    b.pdf(rpjm, f"RPJM DESA LONG LEPEQ TAHUN {N - 8}-{N - 2}", ["Arah pembangunan desa."], d(N - 8, 5, 5))
    b.label("desa-rpjmdes", S, f"RPJMDes {N - 8}-{N - 2} berakhir")
    real = "/storage/dokumen/realisasi-apbdes.pdf"
    b.pdf(
        real, f"LAPORAN REALISASI PELAKSANAAN APBDES TA {N - 2}", ["Realisasi pendapatan dan belanja."], d(N - 1, 1, 25)
    )
    b.label("desa-laporan-keuangan", S, f"realisasi APBDes {N - 2}", early=P)
    b.broken("/storage/dokumen/dip-desa.pdf", "html200")
    b.label("dip", B, "DIP Desa: berkas .pdf berisi halaman 'File tidak ditemukan'")
    page(
        "/transparansi/dokumen",
        "Dokumen",
        "<h2>Dokumen Desa</h2>"
        + table(
            ["Dokumen", "Aksi"],
            [
                [f"RKP Desa {N}", a(rkp, "Unduh")],
                ["Penerima BLT-DD", a(blt, "Unduh")],
                ["RPJM Desa", a(rpjm, "Unduh")],
                ["Realisasi APBDes", a(real, "Unduh")],
                ["Daftar Informasi Publik Desa", a("/storage/dokumen/dip-desa.pdf", "Unduh")],
            ],
        ),
    )
    page(
        "/kegiatan",
        "Kegiatan",
        "<h2>Kegiatan Pembangunan</h2>"
        + table(
            ["Kegiatan", "Tahun", "Anggaran", "Pelaksana"],
            [
                ["Rehab Lamin Adat", str(N - 2), "Rp 250.000.000", "TPK"],
                ["Air Bersih Gravitasi", str(N - 2), "Rp 180.000.000", "TPK"],
            ],
        ),
    )
    b.label(
        "desa-program-kegiatan",
        S,
        f"matriks kegiatan {N - 2} (RKPDes {N} adalah rencana, bukan matriks kegiatan berjalan)",
    )
    page(
        "/ppid",
        "PPID",
        "<h2>PPID Desa</h2><p>PPID Desa Long Lepeq: Sekretaris Desa Maria Usat, HP 0853-4600-7711, "
        "email desalonglepeq@gmail.com.</p>",
    )
    b.label("kontak-ppid", P, "kontak PPID Desa")
    page(
        "/layanan/permohonan-informasi",
        "Permohonan Informasi",
        '<h2>Permohonan Informasi Publik</h2><form method="post" '
        'action="/layanan/permohonan-informasi/kirim"><input name="nama"><input name="nik"><input name="hp">'
        '<textarea name="informasi_dibutuhkan"></textarea><button>Ajukan</button></form>',
    )
    b.label("form-permohonan", P, "formulir permohonan informasi")
    page(
        "/layanan/pengaduan",
        "Pengaduan",
        '<h2>Pengaduan Warga</h2><form method="post" action="/layanan/pengaduan/kirim">'
        '<input name="nama"><textarea name="isi"></textarea><button>Kirim</button></form>',
    )
    b.label("pengaduan", P, "formulir pengaduan")
    b.label("desa-laporan-kinerja", M, "tidak ada")
    b.label("serta-merta", M, "tidak ada")
    return b


def build_muara_pantun(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "desa-muara-pantun",
        "Desa Muara Pantun",
        "desa",
        "kec-long-bentas",
        None,
        "no known website",
        behaviour="no-url",
    )
    b.label_all(M, "tidak ada situs yang diketahui")
    return b
