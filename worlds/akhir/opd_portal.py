"""Dinas Sosial: a small static site of its own, while its PPID Pelaksana pages live on the regency portal at
/ppid/pelaksana/dinsos (the registry gives both start URLs). Diskominfo Staper: a Bootstrap 5 PPID portal
with tabs. Dinas Pendidikan: its server answers 503 on every page this run.
"""

from __future__ import annotations

import datetime as dt

from worlds.akhir import pemkab
from worlds.akhir._html import a, esc, pdf_download, table, tgl_pendek, ul
from kipmon.demo.sites.common import PDF, B, M, P, S, SiteBuilder, U, base, tgl

DINSOS_PPID = "/ppid/pelaksana/dinsos"


# ------------------------------------------------------------------------------------------------------
def build_dinsos(as_of: dt.date, portal: SiteBuilder) -> SiteBuilder:
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "dinsos",
        "Dinas Sosial",
        "opd",
        "pemkab",
        "dinsos@akhirkab.go.id",
        "static HTML5 template site; PPID Pelaksana pages on the regency portal /ppid/pelaksana/dinsos",
    )
    b.spec.extra_urls.append(("pemkab", DINSOS_PPID))
    ppid_url = base("pemkab") + DINSOS_PPID
    nav = [
        ("/index.html", "Beranda"),
        ("/profil.html", "Profil"),
        ("/layanan.html", "Layanan"),
        ("/regulasi.html", "Regulasi"),
        ("/pengaduan.html", "Pengaduan"),
        ("/berita.html", "Berita"),
        (ppid_url, "PPID"),
    ]

    def page(path, title, body, date=None):
        menu = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in nav)
        b.page(
            path,
            '<!DOCTYPE HTML><html><head><meta charset="utf-8"/>'
            f"<title>{esc(title)} - Dinas Sosial Kab. Akhir</title>"
            '<link rel="stylesheet" href="/assets/css/main.css"/></head><body class="is-preload">'
            '<div id="wrapper"><header id="header"><a href="/index.html" class="logo"><strong>DINSOS</strong> '
            f'Kabupaten Akhir</a></header><nav id="menu"><ul class="links">{menu}</ul></nav>'
            f'<div id="main"><section><div class="inner">{body}</div></section></div>'
            '<footer id="footer"><p>Jl. Pendidikan No. 14, Tanjung Akhir &middot; (0549) 21230</p>'
            "<p>&copy; Dinas Sosial Kabupaten Akhir. Design: HTML5 UP</p></footer></div></body></html>",
            date=date,
        )

    b.page("/assets/css/main.css", "body{margin:0}", content_type="text/css")
    page(
        "/",
        "Beranda",
        "<h1>Selamat Datang</h1><p>Website resmi Dinas Sosial Kabupaten Akhir.</p>"
        f"<p>{a(ppid_url, 'Layanan Informasi Publik (PPID Pelaksana Dinas Sosial)')}</p>",
    )
    page("/index.html", "Beranda", "<h1>Selamat Datang</h1><p>Website resmi Dinas Sosial Kabupaten Akhir.</p>")
    b.label("menu-ppid", P, "menu PPID menautkan ke halaman PPID Pelaksana di portal kabupaten")
    page(
        "/profil.html",
        "Profil",
        "<h2>Tugas Pokok dan Fungsi</h2><p>Dinas Sosial melaksanakan urusan "
        "pemerintahan bidang sosial: rehabilitasi sosial, perlindungan dan jaminan sosial, pemberdayaan sosial, "
        "penanganan fakir miskin.</p><h2>Struktur Organisasi</h2><p>Kepala Dinas: Drs. Yohanes Lawing, M.Si; "
        "Sekretaris; Bidang Rehsos; Bidang Linjamsos; Bidang Dayasos.</p><h2>Alamat</h2><p>Jl. Pendidikan "
        "No. 14, Tanjung Akhir.</p>",
    )
    b.label("profil", P, "tupoksi, struktur, alamat")
    page(
        "/layanan.html",
        "Layanan",
        "<h2>Layanan</h2>"
        + ul(
            [
                "Rekomendasi pendaftaran DTSEN / DTKS",
                "Rekomendasi keringanan biaya rumah sakit",
                "Pemulangan orang terlantar",
            ]
        )
        + "<p>Persyaratan: fotokopi KTP dan KK, surat pengantar desa.</p>",
    )
    page(
        "/regulasi.html",
        "Regulasi",
        "<h2>Regulasi</h2>"
        + ul(
            [
                "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial",
                "Peraturan Bupati Akhir Nomor 31 Tahun 2022 tentang Pedoman Penyaluran Bantuan Sosial",
                a("https://jdih.akhirkab.go.id/", "JDIH Kabupaten Akhir"),
            ]
        ),
    )
    b.label("regulasi", P, "daftar peraturan dan tautan JDIH")
    page(
        "/pengaduan.html",
        "Pengaduan",
        "<h2>Pengaduan Masyarakat</h2><p>Pengaduan penyalahgunaan bantuan "
        "sosial atau pelayanan dapat disampaikan melalui WA 0812-5400-7788 atau "
        f"{a('https://www.lapor.go.id/', 'SP4N-LAPOR!')}. Identitas pelapor dirahasiakan.</p>",
    )
    b.label("pengaduan", P, "tata cara dan kanal pengaduan")
    news = (
        "/berita/forum-perangkat-daerah-renja.html",
        dt.date(N, 3, 4),
        f"Dinsos Gelar Forum Perangkat Daerah Penyusunan Renja {N + 1}",
    )
    page(
        news[0],
        news[2],
        f"<h2>{esc(news[2])}</h2><p>{tgl(news[1])}</p><p>Forum membahas usulan program "
        f"prioritas Renja Tahun {N + 1}, antara lain pemutakhiran DTSEN dan rehabilitasi rumah tidak layak huni.</p>",
        date=news[1],
    )
    page("/berita.html", "Berita", "<h2>Berita</h2>" + ul([a(news[0], news[2])]))

    # ---- the PPID Pelaksana page on the regency portal --------------------------------------------------
    def dl(i, fname, heading, lines, d):
        return pdf_download(portal, f"/api/dokumen/unduh?id={i}", fname, heading, lines, d)

    lhkpn = dl(
        201,
        f"LHKPN_Kadinsos_{N - 3}.pdf",
        f"LHKPN KEPALA DINAS SOSIAL PERIODIK TAHUN {N - 3}",
        ["Ikhtisar harta kekayaan dari elhkpn.kpk.go.id"],
        dt.date(N - 2, 3, 28),
    )
    b.label("lhkpn", S, f"LHKPN periodik {N - 3}")
    renja = dl(
        202,
        f"Renja_Dinsos_{N - 1}.pdf",
        f"RENCANA KERJA (RENJA) DINAS SOSIAL TAHUN {N - 1}",
        ["Program penanganan fakir miskin, program rehabilitasi sosial."],
        dt.date(N - 2, 7, 1),
    )
    b.label("program-kegiatan", S, f"Renja {N - 1}; berita forum Renja {N + 1} bukan dokumennya", early=P)
    lkjip = dl(
        203,
        f"LKjIP_Dinsos_{N - 2}.pdf",
        f"LKjIP DINAS SOSIAL TAHUN {N - 2}",
        ["Capaian kinerja sasaran strategis."],
        dt.date(N - 1, 3, 20),
    )
    b.label("laporan-kinerja", S, f"LKjIP {N - 2}", early=P)
    portal.page(
        "/api/dokumen/unduh?id=204",
        b"",
        content_type=PDF,
        headers={"Content-Disposition": f'attachment; filename="DPA_Dinsos_{N}.pdf"'},
    )
    b.label("anggaran", B, f"DPA {N}: berkas kosong (0 byte)")
    renstra = dl(
        205,
        "Renstra_Dinsos_2016-2021.pdf",
        "RENCANA STRATEGIS DINAS SOSIAL TAHUN 2016-2021",
        ["Tujuan, sasaran, strategi dan kebijakan."],
        dt.date(2016, 11, 2),
    )
    b.label("renstra", S, "Renstra 2016-2021 sudah berakhir")
    dip = dl(
        206,
        f"DIP_Dinsos_{N - 2}.pdf",
        f"DAFTAR INFORMASI PUBLIK DINAS SOSIAL TAHUN {N - 2}",
        ["Nomor, ringkasan isi informasi, pejabat penguasa informasi, bentuk, jangka waktu penyimpanan."],
        dt.date(N - 2, 4, 15),
    )
    b.label("dip", S, f"DIP {N - 2}")
    sop_dtks = dl(
        208,
        "SOP_Rekomendasi_DTKS.pdf",
        "SOP PELAYANAN REKOMENDASI DTKS",
        ["Standar operasional prosedur penerbitan rekomendasi DTKS (layanan sosial, bukan layanan informasi)."],
        dt.date(N - 1, 9, 9),
    )
    portal.page(
        "/api/dokumen/unduh?id=207",
        "<!DOCTYPE html><html><head><title>404</title></head><body>"
        "<h1>404</h1><p>This page could not be found.</p></body></html>",
        status=404,
    )
    b.label("sk-ppid", B, "tautan SK PPID Pelaksana menjawab 404")

    def docrow(href, title, year):
        return [esc(title), esc(year), f'<a href="{esc(href)}" class="btn">Unduh</a>']

    main = (
        "<h1>PPID Pelaksana Dinas Sosial</h1>"
        '<div role="tablist" class="tabs"><a href="#profil">Profil</a><a href="#berkala">Berkala</a>'
        '<a href="#sertamerta">Serta Merta</a><a href="#setiapsaat">Setiap Saat</a>'
        '<a href="#dikecualikan">Dikecualikan</a></div>'
        '<section id="profil"><h2>Profil PPID Pelaksana</h2><p>PPID Pelaksana: Sekretaris Dinas Sosial.</p>'
        "<p>Kontak PPID: Jl. Pendidikan No. 14 Tanjung Akhir, telp. (0549) 21230, email ppid.dinsos@akhirkab.go.id</p>"
        f"<p>{a('/api/dokumen/unduh?id=207', 'SK PPID Pelaksana Dinas Sosial')}</p>"
        "<h3>Maklumat Pelayanan Informasi</h3><p>Kami siap memberikan pelayanan informasi publik secara cepat, "
        "tepat waktu, biaya ringan dan cara sederhana. Jam layanan Senin-Jumat 08.00-15.00 WITA, tanpa biaya.</p>"
        "<h3>Tata Cara Memperoleh Informasi</h3><p>Permohonan diajukan tertulis atau daring; PPID menjawab "
        "dalam 10 hari kerja (+7 hari kerja). Keberatan diajukan kepada atasan PPID dalam 30 hari kerja; "
        "sengketa diselesaikan melalui Komisi Informasi Provinsi.</p>"
        f"<p>{a('/ppid/permohonan', 'Ajukan Permohonan Informasi')} | {a('/ppid/keberatan', 'Ajukan Keberatan')}</p>"
        "</section>"
        '<section id="berkala"><h2>Informasi Berkala</h2>'
        + table(
            ["Judul", "Tahun", ""],
            [
                docrow(lhkpn, "LHKPN Kepala Dinas", str(N - 3)),
                docrow(renja, "Rencana Kerja Dinas Sosial", str(N - 1)),
                docrow(lkjip, "LKjIP Dinas Sosial", str(N - 2)),
                docrow("/api/dokumen/unduh?id=204", f"DPA Dinas Sosial TA {N}", str(N)),
            ],
        )
        + "</section>"
        '<section id="sertamerta"><h2>Informasi Serta Merta</h2>'
        + ul(
            [
                f"{tgl_pendek(dt.date(N, 5, 11))} - Penyaluran bantuan logistik bagi korban banjir Long Bentas: "
                "posko di Balai Desa Long Lepeq, hubungi 0812-5400-7788"
            ]
        )
        + "</section>"
        '<section id="setiapsaat"><h2>Informasi Setiap Saat</h2>'
        + table(
            ["Judul", "Tahun", ""],
            [
                docrow(dip, "Daftar Informasi Publik", str(N - 2)),
                docrow(renstra, "Renstra Dinas Sosial 2016-2021", "2016"),
                docrow(sop_dtks, "SOP Pelayanan Rekomendasi DTKS", str(N - 1)),
            ],
        )
        + "</section>"
        '<section id="dikecualikan"><h2>Informasi Dikecualikan</h2><p class="empty">Belum ada data.</p></section>'
    )
    portal.page(
        DINSOS_PPID,
        pemkab.next_page(
            "PPID Pelaksana Dinas Sosial", "/ppid/pelaksana/[opd]", {"opd": "dinsos"}, {"opd": "dinsos"}, main
        ),
    )
    portal.page(
        DINSOS_PPID + "/",
        pemkab.next_page(
            "PPID Pelaksana Dinas Sosial", "/ppid/pelaksana/[opd]", {"opd": "dinsos"}, {"opd": "dinsos"}, main
        ),
    )
    b.label("kontak-ppid", P, "kontak PPID Pelaksana di halaman portal")
    b.label("maklumat", P, "maklumat, jam layanan, biaya")
    b.label("tata-cara-informasi", P, "tata cara permohonan, keberatan, sengketa")
    b.label("form-permohonan", P, "tautan ke formulir permohonan daring PPID kabupaten")
    b.label("form-keberatan", B, "tautan 'Ajukan Keberatan' ke portal kabupaten menjawab 500")
    b.label("serta-merta", P, "bagian serta merta dengan pengumuman banjir bertanggal")
    b.label("setiap-saat", P, "bagian informasi setiap saat")
    b.label("dik", M, "bagian dikecualikan kosong ('Belum ada data')")
    b.label("sop-ppid", M, "hanya SOP layanan sosial (DTKS), bukan SOP layanan informasi")
    b.label("laporan-keuangan", M, "tidak ada")
    b.label("laporan-layanan-informasi", M, "tidak ada")
    b.label("pengadaan", M, "tidak ada")
    b.label("ketenagakerjaan", M, "tidak ada")
    b.label("peringatan-dini", M, "tidak ada")
    return b


# ------------------------------------------------------------------------------------------------------
def build_diskominfo(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "diskominfo",
        "Dinas Komunikasi, Informatika, Statistik dan Persandian",
        "opd",
        "pemkab",
        "diskominfo@akhirkab.go.id",
        "Bootstrap 5 PPID portal with nav-tabs on one page",
    )
    D = "/assets/dokumen/ppid/"

    def page(path, title, body, date=None):
        b.page(
            path,
            '<!doctype html><html lang="id"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)} - Diskominfo Staper Kab. Akhir</title>"
            '<link href="/assets/css/bootstrap.min.css" rel="stylesheet"></head><body>'
            '<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">'
            '<a class="navbar-brand" href="/">DISKOMINFO STAPER</a><ul class="navbar-nav">'
            '<li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>'
            '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">'
            'Profil</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/profil/visi-misi">Visi &amp; Misi'
            '</a></li><li><a class="dropdown-item" href="/profil/tupoksi">Tupoksi</a></li>'
            '<li><a class="dropdown-item" href="/profil/struktur-organisasi">Struktur Organisasi</a></li></ul></li>'
            '<li class="nav-item"><a class="nav-link" href="/ppid">PPID</a></li>'
            '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">'
            'Layanan</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/ppid/permohonan">Permohonan '
            'Informasi</a></li><li><a class="dropdown-item" href="/ppid/keberatan">Form Keberatan</a></li>'
            '<li><a class="dropdown-item" href="/pengaduan">Pengaduan</a></li></ul></li>'
            '<li class="nav-item"><a class="nav-link" href="/berita">Berita</a></li></ul></div></nav>'
            f'<main class="container my-4">{body}</main><footer class="bg-dark text-light py-3"><div class="container">'
            "Diskominfo Staper Kabupaten Akhir &middot; Jl. Soekarno-Hatta No. 1 &middot; diskominfo@akhirkab.go.id"
            '</div></footer><script src="/assets/js/bootstrap.bundle.min.js"></script></body></html>',
            date=date,
        )

    b.page("/assets/css/bootstrap.min.css", "/*! Bootstrap v5.3.3 */", content_type="text/css")
    b.page("/assets/js/bootstrap.bundle.min.js", "/*! Bootstrap v5.3.3 */", content_type="application/javascript")
    page(
        "/",
        "Beranda",
        '<div class="p-5 bg-light rounded"><h1>Diskominfo Staper</h1><p>Melayani dengan '
        'Informasi yang Terbuka.</p><a class="btn btn-primary" href="/ppid">Layanan PPID</a></div>',
    )
    b.label("menu-ppid", P, "menu PPID di navbar")
    page(
        "/profil/visi-misi",
        "Visi & Misi",
        "<h1>Visi &amp; Misi</h1><p>Mendukung visi Bupati: Akhir Maju, Sejahtera dan Berkelanjutan.</p>",
    )
    page(
        "/profil/tupoksi",
        "Tupoksi",
        "<h1>Tugas Pokok dan Fungsi</h1><p>Membantu Bupati melaksanakan urusan "
        "komunikasi dan informatika, statistik dan persandian.</p>",
    )
    page(
        "/profil/struktur-organisasi",
        "Struktur Organisasi",
        "<h1>Struktur Organisasi</h1><p>Kepala Dinas: "
        "Ir. Hj. Rahmawati Syam, M.T.; Sekretaris; Bidang IKP; Bidang Aptika; Bidang Statistik; Bidang Persandian."
        "</p><p>Alamat: Jl. Soekarno-Hatta No. 1, Tanjung Akhir.</p>",
    )
    b.label("profil", P, "visi-misi, tupoksi, struktur, alamat")

    d = dt.date
    lhkpn = b.pdf(
        D + f"lhkpn-kadis-{N - 1}.pdf",
        f"REKAP LHKPN KEPALA DINAS PERIODIK TAHUN {N - 1}",
        [f"Disampaikan melalui elhkpn.kpk.go.id pada 19 Februari {N}."],
        d(N, 2, 25),
    )
    b.label("lhkpn", P, f"LHKPN periodik {N - 1}")
    prog = D + f"program-kegiatan-ta-{N - 1}.xlsx"
    b.xlsx(
        prog,
        f"Program dan Kegiatan Diskominfo Staper TA {N - 1}",
        [
            ["Program", "Kegiatan", "Pagu (Rp)"],
            ["Informasi dan Komunikasi Publik", "Pengelolaan Konten", 850000000],
            ["Aplikasi Informatika", "Pengelolaan Nama Domain", 420000000],
        ],
        d(N - 1, 2, 3),
    )
    b.label("program-kegiatan", S, f"program dan kegiatan TA {N - 1}", early=P)
    lkjip = b.pdf(
        D + "lkjip-diskominfo.pdf",
        f"LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) DISKOMINFO STAPER TAHUN {N - 3}",
        [f"Laporan ini menyajikan capaian kinerja Tahun {N - 3} dibandingkan target Renstra."],
        d(N - 2, 3, 30),
        meta_title=f"LKjIP {N - 1}",
    )
    b.label("laporan-kinerja", S, f"metadata Title 'LKjIP {N - 1}', teks dokumen LKjIP {N - 3} (teks menentukan)")
    lk = b.pdf(
        D + f"laporan-keuangan-{N - 2}.pdf",
        f"LAPORAN KEUANGAN DISKOMINFO STAPER TAHUN ANGGARAN {N - 2}",
        ["LRA, Neraca, LO, LPE, CaLK."],
        d(N - 1, 5, 2),
    )
    b.label("laporan-keuangan", S, f"laporan keuangan {N - 2}", early=P)
    dpa = b.pdf(
        D + f"dpa-{N}.pdf",
        f"DOKUMEN PELAKSANAAN ANGGARAN (DPA) DISKOMINFO STAPER TA {N}",
        ["Rincian belanja per sub kegiatan."],
        d(N, 1, 12),
    )
    b.label("anggaran", P, f"DPA {N}")
    llip = D + f"laporan-layanan-informasi-{N - 1}.docx"
    b.docx(
        llip,
        f"Laporan Layanan Informasi Publik Diskominfo Staper Tahun {N - 1}",
        [
            "Jumlah permohonan 38, dikabulkan 35, ditolak 3 (informasi dikecualikan).",
            "Rata-rata waktu pemenuhan 5 hari kerja.",
        ],
        d(N, 3, 10),
    )
    b.label("laporan-layanan-informasi", P, f"laporan layanan {N - 1} (DOCX)")
    sk = b.pdf(
        D + "sk-ppid-pelaksana.pdf",
        "KEPUTUSAN KEPALA DISKOMINFO STAPER TENTANG PPID PELAKSANA",
        ["Menunjuk Sekretaris Dinas sebagai PPID Pelaksana."],
        d(N - 1, 1, 15),
    )
    b.label("sk-ppid", P, "SK PPID Pelaksana")
    sop1 = b.pdf(
        D + "sop-permohonan-informasi.pdf",
        "SOP PERMOHONAN INFORMASI PUBLIK",
        ["Alur penerimaan, pencatatan, dan penyampaian jawaban."],
        d(N - 1, 1, 20),
    )
    sop2 = b.pdf(
        D + "sop-uji-konsekuensi.pdf",
        "SOP UJI KONSEKUENSI INFORMASI YANG DIKECUALIKAN",
        ["Langkah uji konsekuensi dan uji kepentingan publik."],
        d(N - 1, 1, 20),
    )
    b.label("sop-ppid", P, "SOP permohonan dan uji konsekuensi")
    b.broken(D + "maklumat-pelayanan-ppid.pdf", "404")
    b.label("maklumat", B, "tautan Maklumat Pelayanan PPID menjawab 404")
    dip = b.pdf(
        D + f"dip-{N - 1}.pdf",
        f"DAFTAR INFORMASI PUBLIK DISKOMINFO STAPER TAHUN {N - 1}",
        ["Lampiran SK Kepala Dinas tentang DIP."],
        d(N - 1, 2, 14),
    )
    b.label("dip", S, f"DIP Th. {N - 1}", early=P)
    dik = b.pdf(
        D + f"sk-dik-{N - 1}.pdf",
        f"SK PENETAPAN INFORMASI YANG DIKECUALIKAN TAHUN {N - 1}",
        ["Hasil uji konsekuensi: data persandian, kunci kriptografi."],
        d(N - 1, 2, 14),
    )
    b.label("dik", S, f"DIK {N - 1}", early=P)
    renstra = b.pdf(
        D + "renstra-2021-2026.pdf",
        "RENCANA STRATEGIS DISKOMINFO STAPER 2021-2026",
        ["Tujuan dan sasaran strategis lima tahun."],
        d(2021, 10, 1),
    )
    b.label("renstra", P, "Renstra 2021-2026 meliputi tahun berjalan")

    def rows(items):
        return table(
            ["No", "Nama Dokumen", "Tahun", "File"],
            [
                [str(i), esc(t), esc(y), f'<a class="btn btn-sm btn-outline-primary" href="{esc(h)}">Download</a>']
                for i, (t, y, h) in enumerate(items, 1)
            ],
            "table table-striped",
        )

    tabs = [
        ("berkala", "Informasi Berkala"),
        ("sertamerta", "Serta Merta"),
        ("setiapsaat", "Setiap Saat"),
        ("dikecualikan", "Dikecualikan"),
        ("profilppid", "Profil PPID"),
    ]
    nav = "".join(
        f'<li class="nav-item"><button class="nav-link{" active" if i == 0 else ""}" data-bs-toggle="tab" '
        f'data-bs-target="#{k}" type="button">{v}</button></li>'
        for i, (k, v) in enumerate(tabs)
    )
    panes = {
        "berkala": rows(
            [
                ("LHKPN Kepala Dinas", str(N - 1), lhkpn),
                ("Program dan Kegiatan", str(N - 1), prog),
                ("LKjIP Diskominfo Staper", "-", lkjip),
                ("Laporan Keuangan", str(N - 2), lk),
                (f"DPA TA {N}", str(N), dpa),
                ("Laporan Layanan Informasi Publik", str(N - 1), llip),
            ]
        ),
        "sertamerta": ul(
            [
                f"<strong>{tgl(d(N, 8, 14))}</strong> Gangguan layanan internet di 14 kantor kecamatan "
                "akibat putusnya kabel fiber optik; perkiraan pulih 2x24 jam.",
                f"<strong>{tgl(d(N, 10, 3))}</strong> Pemeliharaan Data Center: layanan SIMPEG, e-Kinerja "
                "dan website OPD tidak dapat diakses pukul 22.00-02.00 WITA.",
            ]
        ),
        "setiapsaat": rows(
            [
                (f"Daftar Informasi Publik Th. {N - 1}", str(N - 1), dip),
                ("Renstra Diskominfo Staper 2021-2026", "2021", renstra),
                ("SOP Permohonan Informasi Publik", str(N - 1), sop1),
                ("SOP Uji Konsekuensi", str(N - 1), sop2),
            ]
        )
        + "<p>Produk hukum: "
        + a("https://jdih.akhirkab.go.id/", "JDIH Kabupaten Akhir")
        + " &middot; Perbup Akhir No. 12 Tahun 2023 tentang Pedoman Pengelolaan Informasi dan Dokumentasi</p>",
        "dikecualikan": rows([(f"SK Informasi Dikecualikan {N - 1}", str(N - 1), dik)]),
        "profilppid": f"<p>{a(sk, 'SK PPID Pelaksana')}</p><p>{a(D + 'maklumat-pelayanan-ppid.pdf', 'Maklumat Pelayanan PPID')}</p>"
        f"<p>{a('/ppid/tata-cara', 'Tata Cara Permohonan Infromasi Publik')}</p>"
        "<h5>Kontak PPID Pelaksana</h5><p>Gedung Diskominfo Staper Lt. 1, Jl. Soekarno-Hatta No. 1<br>"
        "Telp. (0549) 21014 ext. 12 &middot; ppid.kominfo@akhirkab.go.id</p>",
    }
    body = (
        f'<h1 class="h3">PPID Pelaksana Diskominfo Staper</h1><ul class="nav nav-tabs" role="tablist">{nav}</ul>'
        '<div class="tab-content border border-top-0 p-3">'
        + "".join(
            f'<div class="tab-pane fade{" show active" if i == 0 else ""}" id="{k}" role="tabpanel">{panes[k]}</div>'
            for i, (k, _) in enumerate(tabs)
        )
        + "</div>"
    )
    page("/ppid", "PPID", body)
    b.label("serta-merta", P, "tab serta merta dengan pengumuman bertanggal")
    b.label("setiap-saat", P, "tab setiap saat")
    b.label("regulasi", P, "tautan JDIH dan Perbup")
    b.label("kontak-ppid", P, "kontak PPID di tab profil")
    page(
        "/ppid/tata-cara",
        "Tata Cara",
        "<h1>Tata Cara Permohonan Infromasi Publik</h1><ol><li>Isi formulir "
        "permohonan (online/offline).</li><li>Petugas memverifikasi identitas.</li><li>Jawaban diberikan paling "
        "lambat 10 hari kerja.</li></ol><h4>Keberatan &amp; Sengketa</h4><p>Jika permohonan ditolak, ajukan "
        "keberatan kepada atasan PPID; bila tidak puas, ajukan sengketa ke Komisi Informasi Prov. Kaltim.</p>",
    )
    b.label("tata-cara-informasi", P, "halaman tata cara (judul bertulis 'Infromasi')")
    page(
        "/ppid/permohonan",
        "Permohonan Informasi",
        '<h1>Form Permohonan Informasi</h1><form method="post" '
        'action="/ppid/permohonan/kirim"><input class="form-control" name="nama" placeholder="Nama"><input '
        'class="form-control" name="email" type="email" placeholder="Email"><input class="form-control" name="hp" '
        'placeholder="No. HP"><textarea class="form-control" name="informasi" placeholder="Informasi yang diminta">'
        '</textarea><button class="btn btn-primary">Kirim</button></form>',
    )
    b.label("form-permohonan", P, "formulir permohonan daring")
    b.broken("/ppid/keberatan", "404")
    b.label("form-keberatan", B, "menu 'Form Keberatan' menjawab 404")
    page(
        "/pengaduan",
        "Pengaduan",
        "<h1>Pengaduan</h1><p>Laporkan penyalahgunaan wewenang melalui "
        f"{a('https://www.lapor.go.id/', 'SP4N-LAPOR!')} atau datang langsung ke kantor. Pengaduan diproses "
        "maksimal 5 hari kerja.</p>",
    )
    b.label("pengaduan", P, "pengaduan dan SP4N-LAPOR!")
    post = "/berita/rakor-sakip-penyusunan-lkjip"
    page(
        post,
        "Rakor SAKIP",
        f"<h1>Rakor SAKIP: OPD Diminta Tepat Waktu Susun LKjIP {N - 1}</h1>"
        f"<p>{tgl(d(N, 1, 21))}</p><p>Seluruh OPD diminta mengunggah LKjIP Tahun {N - 1} ke aplikasi e-SAKIP "
        "paling lambat akhir Februari.</p>",
        date=d(N, 1, 21),
    )
    page(
        "/berita",
        "Berita",
        "<h1>Berita</h1>" + ul([a(post, f"Rakor SAKIP: OPD Diminta Tepat Waktu Susun LKjIP {N - 1}")]),
    )
    b.label("pengadaan", M, "tidak ada")
    b.label("ketenagakerjaan", M, "tidak ada")
    b.label("peringatan-dini", M, "tidak ada")
    return b


# ------------------------------------------------------------------------------------------------------
def build_disdik(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "disdik",
        "Dinas Pendidikan dan Kebudayaan",
        "opd",
        "pemkab",
        "disdikbud@akhirkab.go.id",
        "server answers 503 on every page this run",
        behaviour="http-503",
    )
    b.label_all(U, "situs menjawab 503 pada halaman awal")
    return b


ENTRIES = [
    ("Dinas Sosial", DINSOS_PPID),
    ("Diskominfo Staper", base("diskominfo") + "/ppid"),
    ("Dinas Pendidikan dan Kebudayaan", base("disdik") + "/"),
    ("Dinas PUPR", base("pupr") + "/"),
]
