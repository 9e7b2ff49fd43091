"""Two more villages: Desa Makmur Jaya (profile and news only, no PPID section) and Desa Sumber Sari
(a home-made village information system publishing DOCX and XLSX documents, some broken)."""

from __future__ import annotations

import datetime as dt

from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, doc_table, esc, tgl


def _mj_layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{esc(title)} &ndash; Desa Makmur Jaya</title>
<link rel="stylesheet" href="/assets/css/desa.css"></head><body>
<header><h1>Desa Makmur Jaya</h1><p>Kecamatan Contoh Utara, Kabupaten Contoh</p>
<nav><a href="/">Beranda</a> <a href="/profil">Profil Desa</a> <a href="/berita">Berita</a> <a href="/galeri">Galeri</a></nav></header>
<main><h2>{esc(title)}</h2>{content}</main>
<footer>Kantor Desa Makmur Jaya, Jl. Trans Kalimantan Km 12</footer></body></html>"""


def build_makmurjaya(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "desa-makmurjaya",
        "Desa Makmur Jaya",
        "desa",
        "kec-contoh-utara",
        None,
        "situs desa sederhana: hanya profil dan berita, tanpa PPID",
    )
    page = lambda path, title, content: b.page(path, _mj_layout(title, content))  # noqa: E731
    rpjm = b.pdf(
        f"/uploads/RPJMDes_Makmur_Jaya_{N - 8}-{N - 2}.pdf",
        f"RPJM Desa Makmur Jaya Tahun {N - 8}-{N - 2}",
        ["Rencana Pembangunan Jangka Menengah Desa"],
        dt.date(N - 8, 11, 2),
    )
    page(
        "/profil",
        "Profil Desa",
        "<p>Desa Makmur Jaya adalah desa transmigrasi yang dibuka tahun 1982. Kantor desa: Jl. Trans Kalimantan Km 12.</p>"
        "<p>Visi: Makmur Jaya yang maju dan sejahtera. Perangkat desa: Kepala Desa Wagiman, Sekretaris Desa Siti Aminah.</p>"
        f"<p>Dokumen perencanaan: <a href='{rpjm}'>RPJM Desa {N - 8}-{N - 2}</a></p>",
    )
    b.label("desa-profil", P)
    b.label("desa-rpjmdes", S, "RPJMDes berakhir N-2")
    news = [
        (
            dt.date(N - 1, 2, 3),
            "infografis-apbdes",
            f"Infografis APBDes Tahun Anggaran {N - 1}",
            f"<p><img src='/uploads/infografis-apbdes-{N - 1}.jpg' alt='Infografis APBDes {N - 1}'></p>"
            f"<table><tr><td>Pendapatan Desa</td><td>Rp 1.318.000.000</td></tr><tr><td>Belanja Desa</td><td>Rp 1.350.500.000</td></tr>"
            f"<tr><td>Pembiayaan</td><td>Rp 32.500.000</td></tr></table><p>APBDes Tahun Anggaran {N - 1}.</p>",
        ),
        (
            dt.date(N, 4, 15),
            "daftar-penerima-blt-dana-desa",
            f"Pengumuman Daftar Penerima BLT Dana Desa Tahun {N}",
            "<p>Berikut penerima Bantuan Langsung Tunai Dana Desa tahun ini (program dari Dana Desa pemerintah pusat):</p>"
            "<ol><li>Sumarni &ndash; RT 01</li><li>Kasiman &ndash; RT 02</li><li>Rusdiana &ndash; RT 02</li>"
            "<li>Paijo &ndash; RT 04</li></ol><p>Total 38 keluarga penerima manfaat.</p>",
        ),
        (
            dt.date(N, 6, 21),
            "panen-raya-padi",
            "Panen Raya Padi Kelompok Tani Sido Makmur",
            "<p>Kelompok tani memanen padi di lahan seluas 40 hektare.</p>",
        ),
        (
            dt.date(N, 5, 30),
            "turnamen-voli-antar-rt",
            "Turnamen Voli Antar RT",
            "<p>Delapan tim RT bertanding memeriahkan hari jadi desa.</p>",
        ),
    ]
    for d, slug, title, content in news:
        page(f"/berita/{slug}", title, f"<p class='tanggal'>{tgl(d)}</p>{content}")
    b.label("desa-apbdes", S, "infografis APBDes N-1", early=P)
    b.label("desa-program-masuk", P, "pengumuman penerima BLT-DD N")
    listing = "".join(
        f"<li><a href='/berita/{s}'>{esc(t)}</a> <small>{tgl(d)}</small></li>"
        for d, s, t, _ in sorted(news, reverse=True)
    )
    page("/berita", "Berita", f"<ul>{listing}</ul>")
    page("/", "Beranda", f"<p>Selamat datang di website Desa Makmur Jaya.</p><h3>Berita Terbaru</h3><ul>{listing}</ul>")
    page("/galeri", "Galeri", "<p><img src='/uploads/galeri/kantor-desa.jpg' alt='Kantor Desa'></p>")
    for item in (
        "desa-program-kegiatan",
        "desa-rkpdes",
        "desa-laporan-kinerja",
        "desa-laporan-keuangan",
        "serta-merta",
        "dip",
        "kontak-ppid",
        "form-permohonan",
        "pengaduan",
    ):
        b.label(item, M)
    return b.spec


def _ss_layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{esc(title)} | SID Desa Sumber Sari</title></head>
<body><div class="navbar"><a href="/">Beranda</a> | <a href="/profil">Profil</a> | <a href="/kegiatan">Kegiatan Desa</a> |
<a href="/transparansi">Transparansi Anggaran</a> | <a href="/ppid">PPID Desa</a> | <a href="/layanan/permohonan-informasi">Permohonan Informasi</a> |
<a href="/pengaduan">Pengaduan</a></div>
<div class="konten"><h2>{esc(title)}</h2>{content}</div>
<div class="footer">Sistem Informasi Desa Sumber Sari &middot; Kecamatan Contoh Utara</div></body></html>"""


def build_sumbersari(as_of: dt.date):
    N = as_of.year
    email = "ppid@sumbersari.desa.id"
    b = SiteBuilder(
        as_of,
        "desa-sumbersari",
        "Desa Sumber Sari",
        "desa",
        "kec-contoh-utara",
        email,
        "sistem informasi desa buatan sendiri; dokumen DOCX/XLSX; sebagian rusak",
    )
    page = lambda path, title, content: b.page(path, _ss_layout(title, content))  # noqa: E731
    F = "/dokumen"
    apb = b.xlsx(
        f"{F}/APBDes_Sumber_Sari_{N}.xlsx",
        f"APBDes Desa Sumber Sari Tahun Anggaran {N}",
        [
            ["Uraian", "Anggaran (Rp)"],
            ["Pendapatan Desa", 1512000000],
            ["Belanja Desa", 1530000000],
            ["Pembiayaan Netto", 18000000],
        ],
        dt.date(N, 1, 14),
    )
    b.label("desa-apbdes", P, "APBDes N (XLSX)")
    real = b.xlsx(
        f"{F}/Realisasi_APBDes_{N - 1}.xlsx",
        f"Laporan Realisasi APBDes Desa Sumber Sari Tahun {N - 1}",
        [
            ["Uraian", "Anggaran", "Realisasi"],
            ["Pendapatan", 1480000000, 1466200000],
            ["Belanja", 1495000000, 1421700000],
        ],
        dt.date(N, 2, 20),
    )
    b.label("desa-laporan-keuangan", P, "realisasi APBDes N-1 (XLSX)")
    rkp = b.docx(
        f"{F}/RKPDes_Sumber_Sari_{N - 1}.docx",
        f"Rencana Kerja Pemerintah Desa (RKPDes) Sumber Sari Tahun {N - 1}",
        ["Bidang Pembangunan Desa: rehabilitasi jalan lingkungan", "Bidang Pemberdayaan: pelatihan UMKM"],
        dt.date(N - 2, 10, 5),
    )
    b.label("desa-rkpdes", S, "RKPDes N-1 (DOCX)", early=P)
    rpjm = b.pdf(
        f"{F}/RPJMDes_{N - 8}_{N - 2}.pdf",
        f"RPJM Desa Sumber Sari {N - 8}-{N - 2}",
        ["Visi dan misi kepala desa"],
        dt.date(N - 8, 9, 9),
    )
    b.label("desa-rpjmdes", S, "RPJMDes berakhir N-2")
    b.broken(f"{F}/LPPDes_Sumber_Sari_{N - 1}.pdf", "404")
    b.label("desa-laporan-kinerja", B, "LPPDes N-1 menjawab 404")
    b.broken(f"{F}/Penerima_BLT_DD_{N}.xlsx", "empty")
    b.label("desa-program-masuk", B, "daftar penerima BLT-DD N: berkas 0 byte")
    page(
        "/transparansi",
        "Transparansi Anggaran",
        doc_table(
            [
                (f"APBDes Tahun Anggaran {N}", N, apb),
                (f"Laporan Realisasi APBDes {N - 1}", N - 1, real),
                (f"RKPDes {N - 1}", N - 1, rkp),
                (f"RPJMDes {N - 8}-{N - 2}", f"{N - 8}-{N - 2}", rpjm),
                (f"LPPDes Tahun {N - 1}", N - 1, f"{F}/LPPDes_Sumber_Sari_{N - 1}.pdf"),
                (f"Daftar Penerima BLT Dana Desa {N}", N, f"{F}/Penerima_BLT_DD_{N}.xlsx"),
            ]
        ),
    )
    dip = b.pdf(
        f"{F}/DIP_Desa_Sumber_Sari_{N - 2}.pdf",
        f"Daftar Informasi Publik Desa Sumber Sari Tahun {N - 2}",
        ["Ditetapkan dengan Keputusan Kepala Desa"],
        dt.date(N - 2, 3, 1),
    )
    b.label("dip", S, "DIP Desa N-2")
    page(
        "/ppid",
        "PPID Desa",
        f"<p><a href='{dip}'>Daftar Informasi Publik Desa Tahun {N - 2}</a></p>"
        "<h3>Informasi Serta Merta</h3>"
        f"<p>{tgl(dt.date(N, 3, 17))}: Jembatan Dusun Krajan rusak diterjang banjir; warga diminta memakai jalur alternatif "
        "melalui Dusun Sumberejo.</p>"
        f"<p>Kontak PPID Desa: WA 0821-5300-8899, e-mail <a href='mailto:{email}'>{email}</a></p>",
    )
    b.label("serta-merta", P)
    b.label("kontak-ppid", P)
    page(
        "/layanan/permohonan-informasi",
        "Permohonan Informasi Publik",
        "<form method='post'><label>Nama <input name='nama'></label><label>NIK <input name='nik'></label>"
        "<label>No. HP <input name='hp'></label><label>Informasi yang diminta <textarea name='informasi'></textarea></label>"
        "<label>Tujuan <textarea name='tujuan'></textarea></label><button>Kirim Permohonan</button></form>",
    )
    b.label("form-permohonan", P)
    page(
        "/pengaduan",
        "Pengaduan Masyarakat",
        "<p>Pengaduan disampaikan melalui formulir berikut atau <a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a>.</p>"
        "<form method='post'><input name='nama'><textarea name='pengaduan'></textarea><button>Kirim</button></form>",
    )
    b.label("pengaduan", P)
    page(
        "/kegiatan",
        f"Kegiatan Desa Tahun {N}",
        "<table><tr><th>Kegiatan</th><th>Jadwal</th><th>Penanggung Jawab</th><th>Anggaran</th></tr>"
        "<tr><td>Rehabilitasi jalan lingkungan RT 02</td><td>April&ndash;Juni</td><td>Kasi Pembangunan</td><td>Rp 96.000.000</td></tr>"
        "<tr><td>Pelatihan UMKM olahan pangan</td><td>Agustus</td><td>Kasi Kesejahteraan</td><td>Rp 24.500.000</td></tr></table>",
    )
    b.label("desa-program-kegiatan", P, "matriks kegiatan tahun N")
    page(
        "/profil",
        "Profil Desa",
        "<p>Alamat kantor desa: Jl. Merdeka No. 7, Sumber Sari. Visi: desa mandiri berbasis pertanian.</p>"
        "<p>Struktur organisasi: Kepala Desa Bambang Sutrisno, Sekretaris Desa Dewi Lestari, Kaur Keuangan, Kasi Pembangunan, "
        "Kasi Kesejahteraan.</p>",
    )
    b.label("desa-profil", P)
    page(
        "/",
        "Beranda",
        "<p>Selamat datang di Sistem Informasi Desa Sumber Sari.</p>"
        f"<p>{tgl(dt.date(N, 6, 9))}: Musyawarah dusun membahas usulan kegiatan.</p>",
    )
    return b.spec


def _kb_layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{esc(title)} - Desa Karya Bakti</title></head>
<body><header><b>Desa Karya Bakti</b> <nav><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/transparansi">Transparansi</a>
<a href="/dokumen">Dokumen</a> <a href="/informasi-publik">Informasi Publik</a></nav></header>
<main><h2>{esc(title)}</h2>{content}</main><footer>Kantor Desa Karya Bakti, Jl. Poros Desa No. 3</footer></body></html>"""


def build_karyabakti(as_of: dt.date):
    """Desa Karya Bakti: a desa that scans. Its Perdes RKPDes is an image-only PDF behind "Unduh", its
    APBDes is an infographic without alt text, its LPJ is a Word export titled "Microsoft Word - Document1"
    whose only title is under the letterhead; its DIP page is a table whose rows are the documents, one dead."""
    from kipmon.demo.scans import infographic_png, scan_pdf

    N = as_of.year
    b = SiteBuilder(
        as_of,
        "desa-karyabakti",
        "Desa Karya Bakti",
        "desa",
        "kec-contoh-utara",
        None,
        "desa yang memindai: Perdes hasil pindaian, infografis tanpa teks alt, tautan Unduh",
    )
    page = lambda path, title, content: b.page(path, _kb_layout(title, content))  # noqa: E731
    kop = (
        "PEMERINTAH KABUPATEN CONTOH",
        "KECAMATAN CONTOH UTARA",
        "DESA KARYA BAKTI",
        "Jl. Poros Desa No. 3, Telp. (0549) 555 123",
    )
    rkp = b.page(
        "/files/0032.pdf",
        scan_pdf(
            kop,
            (
                "PERATURAN DESA KARYA BAKTI",
                f"NOMOR 4 TAHUN {N - 1}",
                "TENTANG",
                "RENCANA KERJA PEMERINTAH DESA",
                f"TAHUN {N}",
            ),
            (
                "Dengan rahmat Tuhan Yang Maha Esa",
                "KEPALA DESA KARYA BAKTI,",
                "Menimbang: bahwa untuk melaksanakan pembangunan desa",
            ),
        ),
        content_type="application/pdf",
        date=dt.date(N - 1, 12, 18),
    )
    b.label("desa-rkpdes", P, "Perdes RKPDes N hasil pindaian, tautan Unduh: hanya OCR membacanya")
    lpj = b.pdf(
        "/files/0031.pdf",
        kop[0],
        [
            *kop[1:],
            f"LAPORAN PERTANGGUNGJAWABAN REALISASI PELAKSANAAN APB DESA TAHUN ANGGARAN {N - 1}",
            "BAB I PENDAHULUAN",
            "Laporan ini disusun berdasarkan Permendagri 20/2018.",
        ],
        dt.date(N, 2, 27),
        meta_title="Microsoft Word - Document1",
    )
    b.label("desa-laporan-keuangan", P, "LPJ realisasi APBDes N-1: judul hanya di bawah kop surat")
    page(
        "/dokumen",
        "Dokumen Desa",
        "<table><tr><th>No</th><th>Nama</th><th>Berkas</th></tr>"
        f"<tr><td>1</td><td>Perdes Nomor 4 Tahun {N - 1}</td><td><a href='{rkp}'>Unduh</a></td></tr>"
        f"<tr><td>2</td><td>Dokumen</td><td><a href='{lpj}'>Unduh</a></td></tr>"
        "<tr><td>3</td><td>Lampiran</td><td><a href='/files/0033.pdf'>Unduh</a></td></tr></table>",
    )
    b.broken("/files/0033.pdf", "404")
    png = f"/uploads/{N}/01/IMG-{N}0114-WA0007.png"
    b.page(
        png,
        infographic_png(
            ("INFOGRAFIS APBDES", f"TAHUN ANGGARAN {N}"),
            (
                ("Pendapatan Desa", "Rp 1.420.000.000"),
                ("Belanja Desa", "Rp 1.455.000.000"),
                ("Pembiayaan", "Rp 35.000.000"),
            ),
        ),
        content_type="image/png",
        date=dt.date(N, 1, 14),
    )
    page(
        "/transparansi",
        "Transparansi Dana Desa",
        f"<p>Penggunaan dana desa Karya Bakti dapat dilihat pada gambar berikut.</p><p><img src='{png}' alt=''></p>",
    )
    b.label("desa-apbdes", P, "infografis APBDes N tanpa teks alt: hanya OCR membacanya")
    rpjm = b.pdf(
        f"/files/RPJMDes_{N - 3}_{N + 3}.pdf",
        f"RPJM Desa Karya Bakti Tahun {N - 3}-{N + 3}",
        ["Visi: Karya Bakti yang mandiri"],
        dt.date(N - 3, 6, 2),
    )
    blt = b.xlsx(
        f"/files/Penerima_BLT_DD_{N}.xlsx",
        f"Daftar Penerima BLT Dana Desa Karya Bakti Tahun {N}",
        [["No", "Nama", "RT"], [1, "Sulastri", "01"], [2, "Marjuki", "03"]],
        dt.date(N, 2, 3),
    )
    page(
        "/informasi-publik",
        f"Daftar Informasi Publik Desa Karya Bakti Tahun {N}",
        "<table><tr><th>No</th><th>Informasi</th><th>Berkas</th></tr>"
        f"<tr><td>1</td><td>RPJM Desa {N - 3}-{N + 3}</td><td><a href='{rpjm}'>Lihat</a></td></tr>"
        f"<tr><td>2</td><td>LPPDes Tahun {N - 1}</td><td><a href='/files/LPPDes_{N - 1}.pdf'>Lihat</a></td></tr>"
        f"<tr><td>3</td><td>Daftar Penerima BLT Dana Desa Tahun {N}</td><td><a href='{blt}'>Lihat</a></td></tr></table>",
    )
    b.broken(f"/files/LPPDes_{N - 1}.pdf", "404")
    b.label("dip", P, "halaman DIP tahun N: satu tautannya mati, halamannya tetap DIP")
    b.label("desa-rpjmdes", P, "baris tabel DIP: RPJMDes yang berlaku")
    b.label("desa-laporan-kinerja", B, "baris tabel DIP: LPPDes N-1 menjawab 404")
    b.label("desa-program-masuk", P, "baris tabel DIP: penerima BLT-DD N")
    page(
        "/profil",
        "Profil Desa",
        "<p>Desa Karya Bakti dibentuk tahun 1979. Visi: desa mandiri.</p>"
        "<p>Perangkat desa: Kepala Desa Suparno, Sekretaris Desa Lestari.</p>",
    )
    b.label("desa-profil", P)
    page("/", "Beranda", "<p>Selamat datang di laman Desa Karya Bakti.</p>")
    for item in ("desa-program-kegiatan", "serta-merta", "kontak-ppid", "form-permohonan", "pengaduan"):
        b.label(item, M)
    return b.spec
