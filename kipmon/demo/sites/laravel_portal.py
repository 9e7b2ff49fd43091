"""Pemerintah Kabupaten Contoh: the regency's PPID Utama portal, a Laravel-style application.

Slugs as in the Laravel/CodeIgniter PPID portals seen in the wild (research/domain.md 3.2): /ppid,
/informasi-berkala, /informasi-serta-merta, /informasi-setiap-saat, /informasi-dikecualikan, /dip,
tables of documents with title, year and a download link under /storage/dokumen/..., and external
links to lapor.go.id, elhkpn.kpk.go.id, sirup.lkpp.go.id, lpse. and jdih. sites (never fetched).
It also hosts the PPID Pelaksana page of Dinas Kesehatan (/ppid-pelaksana/dinas-kesehatan/), which
the Dinkes site links to for its DIP and DIK.
"""

from __future__ import annotations

import datetime as dt

from kipmon.demo.sites.common import B, P, S, SiteBuilder, doc_table, esc, tgl

ID = "pemkab-contoh"
EMAIL = "ppid@contohkab.go.id"

NAV = [
    ("Beranda", "/", []),
    (
        "Profil",
        None,
        [
            ("Profil Pemerintah Daerah", "/profil"),
            ("Profil PPID", "/ppid"),
            ("Struktur PPID", "/ppid/struktur"),
            ("PPID Pelaksana", "/ppid-pelaksana"),
        ],
    ),
    (
        "Informasi Publik",
        None,
        [
            ("Informasi Berkala", "/informasi-berkala"),
            ("Informasi Serta Merta", "/informasi-serta-merta"),
            ("Informasi Setiap Saat", "/informasi-setiap-saat"),
            ("Informasi Dikecualikan", "/informasi-dikecualikan"),
            ("Daftar Informasi Publik (DIP)", "/dip"),
        ],
    ),
    (
        "Layanan",
        None,
        [
            ("Permohonan Informasi", "/permohonan-informasi"),
            ("Pengajuan Keberatan", "/pengajuan-keberatan"),
            ("Tata Cara Memperoleh Informasi", "/tata-cara"),
            ("Maklumat dan Standar Layanan", "/maklumat"),
            ("SOP PPID", "/sop"),
            ("Pengaduan", "/pengaduan"),
        ],
    ),
    ("Regulasi", "/regulasi", []),
    ("Berita", "/berita", []),
]


def _nav() -> str:
    out = []
    for label, href, sub in NAV:
        if not sub:
            out.append(f'<li class="nav-item"><a class="nav-link" href="{href}">{esc(label)}</a></li>')
        else:
            items = "".join(f'<a class="dropdown-item" href="{h}">{esc(t)}</a>' for t, h in sub)
            out.append(
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" '
                f'data-bs-toggle="dropdown">{esc(label)}</a><div class="dropdown-menu">{items}</div></li>'
            )
    return "".join(out)


def layout(title: str, content: str, updated: dt.date) -> str:
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="q8ZkP3xW1m9rTn0bVfLs2yHc7uGdEa4JiKoR5tXp">
<title>{esc(title)} | PPID Kabupaten Contoh</title>
<link rel="stylesheet" href="/css/app.css?id=7f3a9c">
</head>
<body>
<header class="topbar"><div class="container">
<img src="/images/logo-kabupaten-contoh.png" alt="Logo Kabupaten Contoh" height="48">
<span class="brand">PPID Kabupaten Contoh</span>
<small>Pejabat Pengelola Informasi dan Dokumentasi Utama</small>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<ul class="navbar-nav">{_nav()}</ul>
<form class="d-flex" action="/cari" method="get"><input class="form-control" name="q" placeholder="Cari informasi..."></form>
</div></nav>
<main class="container py-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Beranda</a></li>
<li class="breadcrumb-item active">{esc(title)}</li></ol></nav>
<h1 class="h3 mb-3">{esc(title)}</h1>
{content}
<p class="text-muted small mt-4">Terakhir diperbarui: {tgl(updated)}</p>
</main>
<footer class="bg-dark text-light py-4"><div class="container row">
<div class="col-md-5"><h5>PPID Utama Kabupaten Contoh</h5>
<p>Dinas Komunikasi, Informatika, Statistik dan Persandian<br>
Kompleks Perkantoran Bukit Pelangi, Jl. Soekarno-Hatta No. 1, Contoh 75611<br>
Telp. (0549) 210001 &middot; WhatsApp 0811-5400-1234<br>
E-mail: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>
<div class="col-md-4"><h5>Tautan</h5><ul class="list-unstyled">
<li><a href="https://www.lapor.go.id/">SP4N-LAPOR!</a></li>
<li><a href="https://jdih.contohkab.go.id/">JDIH Kabupaten Contoh</a></li>
<li><a href="https://elhkpn.kpk.go.id/">e-LHKPN KPK</a></li>
<li><a href="https://sirup.lkpp.go.id/sirup/">SiRUP LKPP</a></li>
<li><a href="https://komisiinformasi.go.id/">Komisi Informasi Pusat</a></li>
</ul></div>
<div class="col-md-3"><h5>Jam Layanan</h5><p>Senin&ndash;Kamis 08.00&ndash;15.30 WITA<br>Jumat 08.00&ndash;11.00 WITA</p></div>
</div><div class="container small">&copy; {updated.year} Pemerintah Kabupaten Contoh. Hak cipta dilindungi.</div></footer>
<script src="/js/app.js?id=1b2c3d"></script>
</body></html>"""


def build(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        ID,
        "Pemerintah Kabupaten Contoh",
        "pemkab",
        None,
        EMAIL,
        "portal PPID Utama bergaya Laravel (/ppid, /informasi-berkala, /dip, tabel dokumen)",
    )
    upd = b.page_date

    def page(path, title, content, updated=upd):
        b.page(path, layout(title, content, updated))

    D = "/storage/dokumen"
    # --- documents of the berkala list (each item's label next to the content that decides it) ---
    lhkpn = b.pdf(
        f"{D}/berkala/pengumuman-lhkpn-bupati-wabup-{N - 1}.pdf",
        f"Pengumuman Laporan Harta Kekayaan Penyelenggara Negara (LHKPN) Bupati dan Wakil Bupati Contoh Tahun {N - 1}",
        [
            f"Tanggal penyampaian: 21 Maret {N}",
            f"Periode pelaporan: 31 Desember {N - 1}",
            "Sumber: e-LHKPN Komisi Pemberantasan Korupsi (elhkpn.kpk.go.id)",
            "Total harta kekayaan Bupati: Rp 4.812.335.120",
            "Total harta kekayaan Wakil Bupati: Rp 2.104.870.500",
        ],
        dt.date(N, 3, 25),
    )
    b.label("lhkpn", P, "Pengumuman LHKPN Bupati/Wabup tahun N-1 dan tautan e-LHKPN")
    rkpd = b.pdf(
        f"{D}/berkala/rkpd-kabupaten-contoh-{N}.pdf",
        f"Rencana Kerja Pemerintah Daerah (RKPD) Kabupaten Contoh Tahun {N}",
        [
            f"Peraturan Bupati Contoh Nomor 18 Tahun {N - 1} tentang RKPD Tahun {N}",
            "BAB I Pendahuluan",
            "BAB II Evaluasi Hasil Pelaksanaan RKPD Tahun Lalu",
            f"BAB V Rencana Kerja dan Pendanaan Daerah Tahun {N}",
            "Program prioritas: infrastruktur jalan poros desa, layanan kesehatan dasar, digitalisasi layanan publik.",
        ],
        dt.date(N - 1, 6, 28),
    )
    b.label("program-kegiatan", P, "RKPD tahun N")
    lkjip = b.pdf(
        f"{D}/berkala/lkjip-kabupaten-contoh-{N - 1}.pdf",
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) Kabupaten Contoh Tahun {N - 1}",
        [
            "Kata Pengantar",
            "Ikhtisar Eksekutif",
            f"Capaian Indeks Pembangunan Manusia tahun {N - 1}: 74,12 (target 73,90)",
            "BAB III Akuntabilitas Kinerja",
        ],
        dt.date(N, 3, 14),
    )
    b.label("laporan-kinerja", P, "LKjIP tahun N-1")
    lkpd = b.pdf(
        f"{D}/berkala/lkpd-{N - 1}-audited.pdf",
        f"Laporan Keuangan Pemerintah Daerah (LKPD) Kabupaten Contoh Tahun Anggaran {N - 1} (Audited)",
        [
            "Laporan Realisasi Anggaran",
            "Neraca",
            "Laporan Operasional",
            "Catatan atas Laporan Keuangan (CaLK)",
            "Opini BPK RI: Wajar Tanpa Pengecualian (WTP)",
        ],
        dt.date(N, 6, 2),
    )
    b.label("laporan-keuangan", P, "LKPD audited TA N-1")
    apbd = b.pdf(
        f"{D}/berkala/perda-apbd-ta-{N}.pdf",
        f"Peraturan Daerah Kabupaten Contoh tentang Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {N}",
        [
            "Pendapatan Daerah: Rp 3.915.220.000.000",
            "Belanja Daerah: Rp 4.102.600.000.000",
            "Pembiayaan Netto: Rp 187.380.000.000",
        ],
        dt.date(N - 1, 12, 20),
    )
    b.label("anggaran", P, "Perda APBD TA N")
    llip = b.pdf(
        f"{D}/berkala/laporan-layanan-informasi-publik-{N - 1}.pdf",
        f"Laporan Layanan Informasi Publik PPID Kabupaten Contoh Tahun {N - 1}",
        [
            f"Jumlah permohonan informasi tahun {N - 1}: 148",
            "Dikabulkan seluruhnya: 131",
            "Dikabulkan sebagian: 9",
            "Ditolak: 3 (informasi dikecualikan)",
            "Rata-rata waktu layanan: 4 hari kerja",
        ],
        dt.date(N, 2, 20),
    )
    b.label("laporan-layanan-informasi", P, "Laporan layanan informasi tahun N-1")
    rpjmd = b.pdf(
        f"{D}/berkala/rpjmd-{N - 1}-{N + 3}.pdf",
        f"Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Kabupaten Contoh Tahun {N - 1}-{N + 3}",
        ["Visi: Kabupaten Contoh yang Maju, Sejahtera dan Berkeadilan", "Misi 1: Meningkatkan kualitas SDM"],
        dt.date(N - 1, 8, 30),
    )
    b.label("renstra", P, "RPJMD (N-1)-(N+3) mencakup tahun N")
    b.broken(f"{D}/berkala/pengumuman-kepegawaian-pppk-{N}.pdf", "404")
    b.label("ketenagakerjaan", B, "satu-satunya tautan kepegawaian/PPPK menjawab 404")
    evak = b.pdf(
        f"{D}/berkala/prosedur-peringatan-dini-evakuasi.pdf",
        "Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat Kantor Bupati Contoh",
        [
            "1. Tanda bahaya: sirene panjang tiga kali",
            "2. Jalur evakuasi mengikuti tanda hijau menuju titik kumpul",
            "3. Titik kumpul: halaman depan Gedung Serbaguna",
            "4. Petugas tanggap darurat per lantai",
        ],
        dt.date(N - 2, 9, 5),
    )
    b.label("peringatan-dini", P, "prosedur peringatan dini dan evakuasi (PDF)")

    rows = [
        ("Profil Pemerintah Kabupaten Contoh", "-", "/profil"),
        (f"LHKPN Bupati dan Wakil Bupati Contoh Tahun {N - 1}", N - 1, lhkpn),
        (f"Rencana Kerja Pemerintah Daerah (RKPD) Tahun {N}", N, rkpd),
        (f"Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun {N - 1}", N - 1, lkjip),
        (f"Laporan Keuangan Pemerintah Daerah (LKPD) TA {N - 1} Audited", N - 1, lkpd),
        (f"Perda APBD Tahun Anggaran {N}", N, apbd),
        (f"Laporan Layanan Informasi Publik Tahun {N - 1}", N - 1, llip),
        (f"RPJMD Kabupaten Contoh {N - 1}-{N + 3}", f"{N - 1}-{N + 3}", rpjmd),
        (f"Informasi Kepegawaian dan Seleksi PPPK Tahun {N}", N, f"{D}/berkala/pengumuman-kepegawaian-pppk-{N}.pdf"),
        ("Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat", "-", evak),
    ]
    page(
        "/informasi-berkala",
        "Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala",
        "<p>Informasi berkala sesuai Pasal 9 UU Nomor 14 Tahun 2008 dan Perki Nomor 1 Tahun 2021.</p>"
        + doc_table(rows)
        + '<h2 class="h5 mt-4">Tautan Informasi Berkala Lainnya</h2><ul>'
        '<li><a href="https://elhkpn.kpk.go.id/">Cek LHKPN pejabat di e-LHKPN KPK</a></li>'
        '<li>Pengadaan Barang dan Jasa: <a href="https://sirup.lkpp.go.id/sirup/ro/rekap/klpd/D297">Rencana Umum Pengadaan (RUP) di SiRUP LKPP</a> '
        'dan <a href="https://lpse.contohkab.go.id/eproc4">LPSE Kabupaten Contoh</a></li>'
        '<li><a href="https://jdih.contohkab.go.id/">Produk Hukum Daerah (JDIH)</a></li>'
        '<li><a href="/tata-cara">Tata Cara Memperoleh Informasi Publik</a></li>'
        '<li><a href="/pengaduan">Tata Cara Pengaduan Penyalahgunaan Wewenang</a></li></ul>',
    )
    b.label("pengadaan", P, "RUP di SiRUP dan LPSE")

    # --- serta merta, setiap saat, dikecualikan, DIP ---
    page(
        "/informasi-serta-merta",
        "Informasi Serta Merta",
        "<p>Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum (Pasal 10 UU KIP).</p><ul>"
        f"<li><a href='/berita/peringatan-cuaca-ekstrem-dan-potensi-banjir'>Peringatan Cuaca Ekstrem dan Potensi Banjir di Wilayah Pesisir</a> &ndash; {tgl(dt.date(N, 5, 12))}</li>"
        f"<li><a href='/berita/gangguan-distribusi-air-bersih'>Gangguan Distribusi Air Bersih PDAM Tirta Contoh</a> &ndash; {tgl(dt.date(N, 3, 3))}</li>"
        f"<li>Jalur Evakuasi dan Lokasi Pengungsian Sementara &ndash; {tgl(dt.date(N - 1, 12, 2))}</li></ul>",
    )
    b.label("serta-merta", P)
    sk_ppid = b.pdf(
        f"{D}/setiap-saat/sk-bupati-ppid-{N - 2}.pdf",
        "Keputusan Bupati Contoh tentang Pejabat Pengelola Informasi dan Dokumentasi (PPID) Kabupaten Contoh",
        [
            f"Nomor 100.3.3.2/K.112/{N - 2}",
            "Menetapkan Kepala Diskominfo Staper sebagai PPID Utama",
            "Lampiran: Daftar PPID Pelaksana pada Perangkat Daerah",
        ],
        dt.date(N - 2, 2, 10),
    )
    b.label("sk-ppid", P, "SK Bupati tentang PPID")
    page(
        "/informasi-setiap-saat",
        "Informasi yang Wajib Tersedia Setiap Saat",
        doc_table(
            [
                ("Daftar Informasi Publik (DIP)", N, "/dip"),
                ("Keputusan Bupati tentang PPID Kabupaten Contoh (SK PPID)", N - 2, sk_ppid),
                (
                    f"Perjanjian Kinerja Bupati Tahun {N}",
                    N,
                    b.pdf(
                        f"{D}/setiap-saat/perjanjian-kinerja-bupati-{N}.pdf",
                        f"Perjanjian Kinerja Bupati Contoh Tahun {N}",
                        ["Sasaran strategis dan indikator kinerja utama"],
                        dt.date(N, 2, 1),
                    ),
                ),
                ("Data Statistik Sektoral", "-", "https://data.contohkab.go.id/"),
            ]
        ),
    )
    b.label("setiap-saat", P)
    dik = b.pdf(
        f"{D}/dikecualikan/dik-kabupaten-contoh-{N - 1}.pdf",
        f"Daftar Informasi yang Dikecualikan (DIK) Kabupaten Contoh Tahun {N - 1}",
        [
            f"Ditetapkan berdasarkan Uji Konsekuensi tanggal {tgl(dt.date(N - 1, 2, 14))}",
            "1. Data pribadi pemohon layanan",
            "2. Dokumen lelang sebelum penetapan pemenang",
        ],
        dt.date(N - 1, 2, 20),
    )
    uji = b.pdf(
        f"{D}/dikecualikan/berita-acara-uji-konsekuensi-{N - 1}.pdf",
        f"Berita Acara Uji Konsekuensi Informasi yang Dikecualikan Tahun {N - 1}",
        ["Pasal 17 dan Pasal 19 UU Nomor 14 Tahun 2008"],
        dt.date(N - 1, 2, 14),
    )
    page(
        "/informasi-dikecualikan",
        "Informasi yang Dikecualikan",
        doc_table(
            [
                (f"Daftar Informasi yang Dikecualikan (DIK) Tahun {N - 1}", N - 1, dik),
                (f"Berita Acara Uji Konsekuensi Tahun {N - 1}", N - 1, uji),
            ]
        ),
    )
    b.label("dik", S, "DIK terbaru tahun N-1; tahun N belum ditetapkan", early=P)
    dip = b.pdf(
        f"{D}/dip/dip-kabupaten-contoh-{N}.pdf",
        f"Daftar Informasi Publik (DIP) Kabupaten Contoh Tahun {N}",
        [
            f"Keputusan Bupati Contoh Nomor 100.3.3.2/K.45/{N} tentang Penetapan Daftar Informasi Publik",
            "No | Ringkasan Informasi | Pejabat Penguasa Informasi | Waktu Pembuatan | Bentuk Informasi | Jangka Waktu Penyimpanan",
        ],
        dt.date(N, 1, 20),
    )
    page(
        "/dip",
        f"Daftar Informasi Publik Tahun {N}",
        doc_table([(f"SK Penetapan Daftar Informasi Publik (DIP) Tahun {N}", N, dip)]),
    )
    b.label("dip", P, "DIP tahun N")

    # --- Dinas Kesehatan's PPID Pelaksana page (the Dinkes site links here) ---
    dk_dip = b.pdf(
        f"{D}/ppid-pelaksana/dinkes/dip-dinas-kesehatan-{N}.pdf",
        f"Daftar Informasi Publik (DIP) Dinas Kesehatan Kabupaten Contoh Tahun {N}",
        ["Ringkasan informasi: data fasilitas kesehatan, jadwal imunisasi, profil kesehatan daerah"],
        dt.date(N, 2, 3),
    )
    dk_dik = b.pdf(
        f"{D}/ppid-pelaksana/dinkes/dik-dinas-kesehatan-{N - 1}.pdf",
        f"Daftar Informasi yang Dikecualikan Dinas Kesehatan Kabupaten Contoh Tahun {N - 1}",
        ["Rekam medis pasien", "Data pribadi tenaga kesehatan"],
        dt.date(N - 1, 3, 2),
    )
    page(
        "/ppid-pelaksana",
        "PPID Pelaksana",
        "<p>Daftar PPID Pelaksana pada Perangkat Daerah Kabupaten Contoh.</p><ul>"
        "<li><a href='/ppid-pelaksana/dinas-kesehatan/'>Dinas Kesehatan</a></li>"
        "<li>Dinas Pendidikan dan Kebudayaan</li><li>Badan Pengelolaan Keuangan dan Aset Daerah</li>"
        "<li>Dinas Perhubungan</li></ul>",
    )
    page(
        "/ppid-pelaksana/dinas-kesehatan/",
        "PPID Pelaksana Dinas Kesehatan",
        doc_table(
            [
                (f"Daftar Informasi Publik (DIP) Dinas Kesehatan Tahun {N}", N, dk_dip),
                (f"Daftar Informasi yang Dikecualikan Dinas Kesehatan Tahun {N - 1}", N - 1, dk_dik),
            ]
        ),
    )

    # --- profile, PPID, services ---
    page(
        "/",
        "Beranda",
        "<div class='hero'><h2>Selamat Datang di Portal PPID Kabupaten Contoh</h2>"
        "<p>Layanan informasi publik yang cepat, tepat, dan sederhana.</p>"
        "<a class='btn btn-light' href='/permohonan-informasi'>Ajukan Permohonan Informasi</a> "
        "<a class='btn btn-outline-light' href='/pengajuan-keberatan'>Ajukan Keberatan</a></div>"
        "<h2 class='h5 mt-4'>Berita Terkini</h2><ul>"
        f"<li><a href='/berita/bupati-resmikan-mal-pelayanan-publik'>Bupati Resmikan Mal Pelayanan Publik</a> ({tgl(dt.date(N, 6, 20))})</li>"
        f"<li><a href='/berita/peringatan-cuaca-ekstrem-dan-potensi-banjir'>Peringatan Cuaca Ekstrem dan Potensi Banjir</a> ({tgl(dt.date(N, 5, 12))})</li>"
        f"<li><a href='/berita/festival-budaya-magic-land'>Festival Budaya Magic Land Digelar Meriah</a> ({tgl(dt.date(N, 4, 8))})</li></ul>"
        "<h2 class='h5'>PPID Pelaksana</h2><p><a href='/ppid-pelaksana'>Daftar PPID Pelaksana Perangkat Daerah</a></p>",
    )
    b.label("menu-ppid", P, "portal PPID, menu Informasi Publik di setiap halaman")
    page(
        "/profil",
        "Profil Pemerintah Kabupaten Contoh",
        "<h2 class='h5'>Alamat</h2><p>Kantor Bupati Contoh, Kompleks Perkantoran Bukit Pelangi, Contoh 75611</p>"
        "<h2 class='h5' id='visi-misi'>Visi dan Misi</h2><p>Kabupaten Contoh yang Maju, Sejahtera dan Berkeadilan.</p>"
        "<h2 class='h5'>Tugas Pokok dan Fungsi</h2><p>Pemerintah Kabupaten menyelenggarakan urusan pemerintahan yang menjadi kewenangan daerah.</p>"
        "<h2 class='h5'>Struktur Organisasi</h2><img src='/images/struktur-organisasi-pemkab.png' alt='Struktur Organisasi Pemerintah Kabupaten Contoh'>"
        "<h2 class='h5'>Profil Pimpinan</h2><ul><li>Bupati: H. Ardiansyah Putra, S.Sos., M.Si.</li>"
        "<li>Wakil Bupati: Dr. Kasmidi Rahman, S.T., M.M.</li><li>Sekretaris Daerah: Ir. Rizali Hadi, M.T.</li></ul>",
    )
    b.label("profil", P)
    page(
        "/ppid",
        "Profil PPID Kabupaten Contoh",
        "<p>PPID Utama Kabupaten Contoh dibentuk berdasarkan "
        f"<a href='{sk_ppid}'>Keputusan Bupati Contoh tentang PPID (SK PPID)</a>.</p>"
        "<h2 class='h5'>Tugas dan Wewenang</h2><p>Mengoordinasikan penyimpanan, pendokumentasian, penyediaan dan pelayanan informasi.</p>"
        "<h2 class='h5'>Kontak PPID</h2><p>Sekretariat PPID Utama, Gedung Diskominfo Staper Lt. 2<br>"
        f"Telepon: (0549) 210001<br>E-mail: <a href='mailto:{EMAIL}'>{EMAIL}</a></p>",
    )
    b.label("kontak-ppid", P, "alamat, telepon dan e-mail PPID")
    page(
        "/ppid/struktur",
        "Struktur PPID",
        "<img src='/images/struktur-ppid.png' alt='Struktur PPID Kabupaten Contoh'><p>Atasan PPID: Sekretaris Daerah. "
        "PPID Utama: Kepala Diskominfo Staper.</p>",
    )
    sops = [
        b.pdf(
            f"{D}/sop/{slug}.pdf",
            title,
            ["Dasar hukum", "Prosedur", "Waktu penyelesaian", "Formulir"],
            dt.date(N - 2, 3, 1),
        )
        for slug, title in [
            ("sop-permohonan-informasi", "SOP Pelayanan Permohonan Informasi Publik"),
            ("sop-pengajuan-keberatan", "SOP Pengajuan Keberatan atas Layanan Informasi"),
            ("sop-uji-konsekuensi", "SOP Uji Konsekuensi Informasi yang Dikecualikan"),
        ]
    ]
    page(
        "/sop",
        "Standar Operasional Prosedur (SOP) PPID",
        doc_table(
            [
                ("SOP Pelayanan Permohonan Informasi Publik", N - 2, sops[0]),
                ("SOP Pengajuan Keberatan", N - 2, sops[1]),
                ("SOP Uji Konsekuensi", N - 2, sops[2]),
            ]
        ),
    )
    b.label("sop-ppid", P, "SOP permohonan, keberatan, uji konsekuensi")
    page(
        "/maklumat",
        "Maklumat dan Standar Layanan Informasi Publik",
        "<blockquote><strong>MAKLUMAT PELAYANAN</strong><br>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan "
        "informasi publik sesuai standar pelayanan yang telah ditetapkan.</blockquote>"
        "<h2 class='h5'>Jam Layanan</h2><p>Senin&ndash;Kamis 08.00&ndash;15.30 WITA, Jumat 08.00&ndash;11.00 WITA</p>"
        "<h2 class='h5'>Biaya</h2><p>Tidak dipungut biaya (gratis). Biaya penggandaan ditanggung pemohon.</p>"
        "<h2 class='h5'>Jangka Waktu</h2><p>Paling lambat 10 hari kerja, dapat diperpanjang 7 hari kerja.</p>",
    )
    b.label("maklumat", P)
    page(
        "/tata-cara",
        "Tata Cara Memperoleh Informasi Publik",
        "<ol><li>Pemohon mengisi formulir permohonan informasi secara daring atau datang langsung.</li>"
        "<li>Petugas memberikan tanda bukti permohonan dan nomor registrasi.</li>"
        "<li>PPID memberikan tanggapan tertulis paling lambat 10 hari kerja.</li></ol>"
        "<h2 class='h5'>Prosedur Keberatan</h2><p>Pemohon dapat mengajukan keberatan kepada Atasan PPID dalam 30 hari kerja.</p>"
        "<h2 class='h5'>Sengketa Informasi</h2><p>Apabila tidak puas atas tanggapan keberatan, pemohon dapat mengajukan "
        "penyelesaian sengketa informasi ke Komisi Informasi Provinsi.</p>",
    )
    b.label("tata-cara-informasi", P)
    page(
        "/pengaduan",
        "Tata Cara Pengaduan",
        "<p>Pengaduan atas dugaan penyalahgunaan wewenang atau pelanggaran oleh pejabat dapat disampaikan melalui "
        "<a href='https://www.lapor.go.id/instansi/pemerintah-kabupaten-contoh'>SP4N-LAPOR!</a>, "
        "SMS ke 1708, atau langsung ke Inspektorat Kabupaten Contoh.</p>"
        "<ol><li>Tuliskan laporan dengan jelas (apa, di mana, kapan, siapa).</li><li>Lampirkan bukti pendukung.</li>"
        "<li>Pantau tindak lanjut melalui nomor tiket.</li></ol>",
    )
    b.label("pengaduan", P, "prosedur dan tautan SP4N-LAPOR!")

    def form(action, fields):
        inputs = "".join(
            f"<div class='mb-3'><label class='form-label' for='{n}'>{esc(lbl)}</label>"
            + (
                f"<textarea class='form-control' id='{n}' name='{n}' required></textarea>"
                if n in ("rincian", "alasan", "tujuan")
                else f"<input class='form-control' id='{n}' name='{n}' required>"
            )
            + "</div>"
            for n, lbl in fields
        )
        return (
            f"<form method='post' action='{action}'><input type='hidden' name='_token' value='q8ZkP3xW1m9rTn0bVfLs2yHc7uGdEa4JiKoR5tXp'>"
            f"{inputs}<button type='submit' class='btn btn-primary'>Kirim</button></form>"
        )

    page(
        "/permohonan-informasi",
        "Formulir Permohonan Informasi Publik",
        form(
            "/permohonan-informasi",
            [
                ("nama", "Nama Lengkap"),
                ("nik", "Nomor KTP/NIK"),
                ("alamat", "Alamat"),
                ("email", "E-mail"),
                ("telepon", "Nomor Telepon"),
                ("rincian", "Rincian Informasi yang Dibutuhkan"),
                ("tujuan", "Tujuan Penggunaan Informasi"),
            ],
        ),
    )
    b.label("form-permohonan", P, "formulir permohonan daring")
    page(
        "/pengajuan-keberatan",
        "Formulir Pengajuan Keberatan",
        form(
            "/pengajuan-keberatan",
            [
                ("nomor_registrasi", "Nomor Registrasi Permohonan"),
                ("nama", "Nama Lengkap"),
                ("email", "E-mail"),
                ("alasan", "Alasan Pengajuan Keberatan"),
            ],
        ),
    )
    b.label("form-keberatan", P, "formulir keberatan daring")
    page(
        "/regulasi",
        "Regulasi",
        "<ul><li>Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik</li>"
        "<li>Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik</li>"
        f"<li>Peraturan Bupati Contoh Nomor 7 Tahun {N - 3} tentang Pedoman Pengelolaan Informasi dan Dokumentasi</li></ul>"
        "<p>Produk hukum daerah selengkapnya: <a href='https://jdih.contohkab.go.id/'>JDIH Kabupaten Contoh</a></p>",
    )
    b.label("regulasi", P, "daftar regulasi dan tautan JDIH")

    news = [
        (
            "bupati-resmikan-mal-pelayanan-publik",
            "Bupati Resmikan Mal Pelayanan Publik",
            dt.date(N, 6, 20),
            "Bupati Contoh meresmikan Mal Pelayanan Publik yang menghimpun 42 jenis layanan dalam satu gedung.",
        ),
        (
            "peringatan-cuaca-ekstrem-dan-potensi-banjir",
            "Peringatan Cuaca Ekstrem dan Potensi Banjir di Wilayah Pesisir",
            dt.date(N, 5, 12),
            "BPBD mengimbau warga di bantaran sungai untuk waspada dan mengikuti arahan petugas.",
        ),
        (
            "gangguan-distribusi-air-bersih",
            "Gangguan Distribusi Air Bersih PDAM Tirta Contoh",
            dt.date(N, 3, 3),
            "Distribusi air bersih terganggu selama dua hari karena perbaikan pipa transmisi.",
        ),
        (
            "festival-budaya-magic-land",
            "Festival Budaya Magic Land Digelar Meriah",
            dt.date(N, 4, 8),
            "Ribuan warga memadati lapangan Bukit Pelangi untuk menyaksikan pentas seni daerah.",
        ),
    ]
    items = "".join(f"<li><a href='/berita/{s}'>{esc(t)}</a> <small>{tgl(d)}</small></li>" for s, t, d, _ in news)
    page("/berita", "Berita", f"<ul>{items}</ul>")
    for slug, title, d, text in news:
        page(
            f"/berita/{slug}",
            title,
            f"<p class='text-muted'>Diposting {tgl(d)} oleh Admin PPID</p><p>{esc(text)}</p>",
            updated=d,
        )
    return b.spec
