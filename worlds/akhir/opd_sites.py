"""Four OPD with their own sites: DPMPTSP (WordPress, some documents only in the REST media feed), the
regional hospital RSUD Sehati (a hospital site with a PPID dropdown full of dead links), Bapperida (a legacy PHP
site, index.php?hal=..., Windows-1252 pages) and Dinas PUPR (a Laravel PPID portal).
"""

from __future__ import annotations

import datetime as dt
import json

from worlds.akhir._html import a, esc, json_page, table, ul
from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, base, tgl

JDIH = "https://jdih.akhirkab.go.id/"
LAPOR = "https://www.lapor.go.id/"


# ------------------------------------------------------------------------------------------------------
def build_dpmptsp(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    d = dt.date
    b = SiteBuilder(
        as_of,
        "dpmptsp",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "opd",
        "pemkab",
        "dpmptsp@akhirkab.go.id",
        "WordPress (Astra theme); some documents only in /wp-json/wp/v2/media",
    )
    U = "/wp-content/uploads"
    menu = [
        ("/", "Beranda"),
        ("/profil/visi-misi/", "Visi &amp; Misi"),
        ("/profil/struktur-organisasi/", "Struktur Organisasi"),
        ("/layanan-perizinan/", "Layanan Perizinan"),
        ("/informasi-publik/", "Informasi Publik"),
        ("/regulasi/", "Regulasi"),
        ("/pengaduan/", "Pengaduan"),
        ("/berita/", "Berita"),
    ]

    def wp(path, title, content, date=None, body_class="page"):
        nav = "".join(f'<li class="menu-item"><a href="{h}" class="menu-link">{t}</a></li>' for h, t in menu)
        b.page(
            path,
            '<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">'
            f"<title>{esc(title)} &#8211; DPMPTSP Kabupaten Akhir</title>"
            f'<link rel="https://api.w.org/" href="{base("dpmptsp")}/wp-json/" />'
            '<meta name="generator" content="WordPress 6.7.2" />'
            f'<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all" />'
            f'</head><body class="{body_class} ast-desktop"><div id="page" class="hfeed site">'
            '<header class="site-header"><div class="site-branding"><p class="site-title">'
            '<a href="/" rel="home">DPMPTSP Kabupaten Akhir</a></p></div>'
            f'<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu">{nav}</ul></nav></header>'
            f'<div id="content" class="site-content"><div class="ast-container"><main id="main" class="site-main">'
            f'<article><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
            f'<div class="entry-content">{content}</div></article></main></div></div>'
            '<footer class="site-footer"><p>Mal Pelayanan Publik Kabupaten Akhir, Jl. Jend. Sudirman No. 8</p>'
            "</footer></div></body></html>",
            date=date,
        )

    b.page(
        "/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3", "/* astra */", content_type="text/css"
    )
    posts = [
        (
            d(N, 3, 12),
            "dpmptsp-ikuti-bimtek-pengisian-lhkpn",
            "DPMPTSP Ikuti Bimtek Pengisian LHKPN",
            "Berita",
            [
                "Kepala DPMPTSP beserta pejabat wajib lapor mengikuti bimtek pengisian e-LHKPN yang digelar "
                "Inspektorat bekerja sama dengan KPK."
            ],
        ),
        (
            d(N, 8, 25),
            "pemberitahuan-gangguan-layanan-oss-rba",
            "Pemberitahuan Gangguan Layanan OSS RBA",
            "Informasi Serta Merta",
            [
                f"Sehubungan dengan migrasi sistem OSS oleh Kementerian Investasi pada 26-27 Agustus "
                f"{N}, layanan perizinan berusaha tidak dapat diproses sementara. Pemohon dapat "
                "menghubungi helpdesk 0812-5500-3344."
            ],
        ),
        (
            d(N, 6, 2),
            "mpp-kabupaten-akhir-layani-1200-pemohon",
            "MPP Kabupaten Akhir Layani 1.200 Pemohon",
            "Berita",
            ["Mal Pelayanan Publik mencatat 1.200 pemohon selama bulan Mei."],
        ),
    ]
    post_links = []
    for pd_, slug, title, cat, paras in posts:
        path = f"/{pd_.year}/{pd_.month:02d}/{pd_.day:02d}/{slug}/"
        wp(
            path,
            title,
            f'<p class="entry-meta"><span class="posted-on">{tgl(pd_)}</span> &middot; '
            f'<span class="cat-links"><a href="/category/{"serta-merta" if "Serta" in cat else "berita"}/">{cat}</a>'
            "</span></p>" + "".join(f"<p>{esc(p)}</p>" for p in paras),
            date=pd_,
            body_class="single single-post",
        )
        post_links.append((path, title, cat, pd_))
    wp("/berita/", "Berita", ul([f"{a(p, t)} <span>{tgl(x)}</span>" for p, t, _, x in post_links]))
    wp("/category/berita/", "Kategori: Berita", ul([a(p, t) for p, t, c, _ in post_links if c == "Berita"]))
    wp(
        "/category/serta-merta/",
        "Kategori: Informasi Serta Merta",
        ul([f"{a(p, t)} <span>{tgl(x)}</span>" for p, t, c, x in post_links if c != "Berita"]),
    )
    b.label("serta-merta", P, "kategori Informasi Serta Merta dengan pos bertanggal")
    b.label("lhkpn", M, "hanya berita bimtek LHKPN, tidak ada LHKPN")

    wp(
        "/",
        "Beranda",
        "<p>Selamat datang di website DPMPTSP Kabupaten Akhir.</p>"
        + ul([a("/informasi-publik/", "PPID - Informasi Publik"), a("https://oss.go.id/", "OSS RBA")])
        + "<h2>Berita Terbaru</h2>"
        + ul([a(p, t) for p, t, _, _ in post_links]),
        body_class="home page",
    )
    b.label("menu-ppid", P, "menu Informasi Publik")
    wp(
        "/profil/visi-misi/",
        "Visi &amp; Misi",
        "<p>Visi: Pelayanan perizinan yang cepat, mudah dan transparan.</p>"
        "<p>Tugas: menyelenggarakan urusan penanaman modal dan pelayanan terpadu satu pintu.</p>",
    )
    wp(
        "/profil/struktur-organisasi/",
        "Struktur Organisasi",
        "<p>Kepala Dinas: H. Syahrani, S.Sos., M.AP; "
        "Sekretaris; Bidang Pelayanan Perizinan; Bidang Pengaduan dan Informasi Layanan.</p>"
        "<p>Alamat kantor: Mal Pelayanan Publik, Jl. Jend. Sudirman No. 8, Tanjung Akhir.</p>",
    )
    b.label("profil", P, "visi-misi, tugas, struktur, alamat")
    wp(
        "/layanan-perizinan/",
        "Layanan Perizinan",
        "<p>Perizinan berusaha melalui OSS RBA; PBG dan SLF melalui SIMBG.</p>",
    )

    # documents linked from the Informasi Publik page
    lkjip = b.pdf(
        f"{U}/{N - 1}/04/LKjIP-DPMPTSP-{N - 2}.pdf",
        f"LAPORAN KINERJA INSTANSI PEMERINTAH DPMPTSP TAHUN {N - 2}",
        ["Capaian indikator kinerja: indeks kepuasan masyarakat, realisasi investasi."],
        d(N - 1, 4, 3),
    )
    b.label("laporan-kinerja", S, f"LKjIP {N - 2}", early=P)
    calk = b.pdf(
        f"{U}/{N - 2}/07/CaLK-DPMPTSP-TA-{N - 3}.pdf",
        f"CATATAN ATAS LAPORAN KEUANGAN DPMPTSP TA {N - 3}",
        ["Penjelasan pos-pos LRA dan Neraca."],
        d(N - 2, 7, 11),
    )
    b.label("laporan-keuangan", S, f"CaLK {N - 3}")
    dpa = b.pdf(
        f"{U}/{N - 1}/01/DPA-DPMPTSP-{N - 1}.pdf",
        f"DPA DPMPTSP TAHUN ANGGARAN {N - 1}",
        ["Dokumen Pelaksanaan Anggaran."],
        d(N - 1, 1, 9),
    )
    b.label("anggaran", S, f"DPA {N - 1}", early=P)
    b.broken(f"{U}/{N}/03/Laporan-Layanan-Informasi-Publik-{N - 1}.pdf", "404")
    b.label("laporan-layanan-informasi", B, f"tautan laporan layanan {N - 1} menjawab 404")
    skppid = b.pdf(
        f"{U}/{N - 1}/02/SK-PPID-DPMPTSP.pdf",
        "KEPUTUSAN KEPALA DPMPTSP TENTANG PPID PELAKSANA",
        ["Menetapkan Kepala Bidang Pengaduan dan Informasi Layanan sebagai PPID Pelaksana."],
        d(N - 1, 2, 5),
    )
    b.label("sk-ppid", P, "SK PPID Pelaksana")
    b.broken(f"{U}/{N - 1}/02/SOP-Pelayanan-Informasi-Publik.pdf", "corrupt")
    b.label("sop-ppid", B, "SOP layanan informasi: berkas rusak, tidak terbaca")
    dik = b.pdf(
        f"{U}/{N - 2}/05/SK-DIK-{N - 2}.pdf",
        f"PENETAPAN INFORMASI YANG DIKECUALIKAN DPMPTSP TAHUN {N - 2}",
        ["Data pribadi pemohon izin, dokumen rahasia dagang."],
        d(N - 2, 5, 20),
    )
    b.label("dik", S, f"DIK {N - 2}")
    wp(
        "/informasi-publik/informasi-dikecualikan/",
        "Informasi Dikecualikan",
        f"<p>{a(dik, f'SK Penetapan Informasi yang Dikecualikan {N - 2}')}</p>",
    )
    izin = f"{U}/{N}/07/Rekap-Izin-Terbit-Semester-I-{N}.xlsx"
    b.xlsx(
        izin,
        f"Rekapitulasi Izin yang Diterbitkan Semester I {N}",
        [["Jenis Izin", "Jumlah"], ["NIB", 842], ["PBG", 57], ["Izin Praktik Tenaga Kesehatan", 64]],
        d(N, 7, 6),
    )
    wp(
        "/informasi-publik/informasi-setiap-saat/",
        "Informasi Setiap Saat",
        ul(
            [
                a(izin, f"Rekap Izin yang Diterbitkan Semester I {N}"),
                "Standar Pelayanan Perizinan (tersedia di loket MPP)",
                a(JDIH, "Produk hukum (JDIH)"),
            ]
        ),
    )
    b.label("setiap-saat", P, "halaman informasi setiap saat")
    wp(
        "/informasi-publik/tata-cara/",
        "Tata Cara Memperoleh Informasi",
        "<p>1. Pemohon mengisi formulir permohonan. 2. PPID menanggapi dalam 10 hari kerja, dapat diperpanjang 7 hari "
        "kerja. 3. Bila tidak puas, pemohon mengajukan keberatan kepada atasan PPID. 4. Sengketa informasi diajukan ke "
        "Komisi Informasi Provinsi Kalimantan Timur.</p>",
    )
    b.label("tata-cara-informasi", P, "tata cara permohonan, keberatan, sengketa")
    wp(
        "/permohonan-informasi/",
        "Permohonan Informasi",
        '<div class="wpcf7" id="wpcf7-f88-p90-o1"><form action="/permohonan-informasi/#wpcf7-f88-p90-o1" method="post" '
        'class="wpcf7-form"><p><label>Nama<input type="text" name="your-name"></label></p><p><label>Email'
        '<input type="email" name="your-email"></label></p><p><label>No. HP<input type="tel" name="your-phone">'
        '</label></p><p><label>Rincian Informasi<textarea name="rincian"></textarea></label></p>'
        '<p><input type="submit" value="Kirim" class="wpcf7-submit"></p></form></div>',
    )
    b.label("form-permohonan", P, "formulir Contact Form 7 untuk permohonan informasi")
    wp(
        "/informasi-publik/",
        "Informasi Publik",
        "<h2>Informasi Berkala</h2>"
        + ul(
            [
                a(lkjip, f"LKjIP DPMPTSP Tahun {N - 2}"),
                a(calk, f"CaLK TA {N - 3}"),
                a(dpa, f"DPA Tahun {N - 1}"),
                a(
                    f"{U}/{N}/03/Laporan-Layanan-Informasi-Publik-{N - 1}.pdf",
                    f"Laporan Layanan Informasi Publik {N - 1}",
                ),
            ]
        )
        + "<h2>Informasi Serta Merta</h2>"
        + ul([a("/category/serta-merta/", "Pengumuman Serta Merta")])
        + "<h2>Informasi Setiap Saat</h2>"
        + ul([a("/informasi-publik/informasi-setiap-saat/", "Daftar Informasi Setiap Saat")])
        + "<h2>Informasi Dikecualikan</h2>"
        + ul([a("/informasi-publik/informasi-dikecualikan/", "Informasi yang Dikecualikan")])
        + "<h2>PPID</h2>"
        + ul(
            [
                a(skppid, "SK PPID DPMPTSP"),
                a(f"{U}/{N - 1}/02/SOP-Pelayanan-Informasi-Publik.pdf", "SOP Pelayanan Informasi"),
                a("/informasi-publik/tata-cara/", "Tata Cara Memperoleh Informasi"),
                a("/permohonan-informasi/", "Formulir Permohonan Informasi"),
            ]
        )
        + "<h3>Maklumat Pelayanan</h3><p>DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR "
        "PELAYANAN. Jam layanan: Senin-Kamis 08.00-15.00, Jumat 08.00-11.30 WITA. Biaya: Rp 0,-</p>"
        "<h3>Kontak PPID</h3><p>PPID DPMPTSP, Mal Pelayanan Publik Lt. 1; telp. (0549) 22870; "
        "email ppid.dpmptsp@akhirkab.go.id</p>",
    )
    b.label("maklumat", P, "maklumat pelayanan, jam dan biaya")
    b.label("kontak-ppid", P, "kontak PPID")
    wp(
        "/regulasi/",
        "Regulasi",
        ul(
            [
                "PP 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
                "Perbup Akhir No. 9 Tahun 2024 tentang Pendelegasian Kewenangan Perizinan",
                a(JDIH, "JDIH Kabupaten Akhir"),
            ]
        ),
    )
    b.label("regulasi", P, "halaman regulasi dan JDIH")
    wp(
        "/pengaduan/",
        "Pengaduan",
        f"<p>Sampaikan pengaduan melalui {a(LAPOR, 'SP4N-LAPOR!')} atau datang ke meja "
        "pengaduan MPP. Pengaduan penyalahgunaan wewenang ditindaklanjuti paling lama 14 hari kerja.</p>",
    )
    b.label("pengaduan", P, "pengaduan dan SP4N-LAPOR!")

    # documents only in the media library (not linked from any page)
    renja = b.pdf(
        f"{U}/{N}/02/RENJA-DPMPTSP-{N}.pdf",
        f"RENCANA KERJA DPMPTSP TAHUN {N}",
        ["Program pelayanan penanaman modal; program promosi penanaman modal."],
        d(N, 2, 16),
    )
    b.label("program-kegiatan", P, f"Renja {N}, hanya di pustaka media (WP REST API)")
    dip = b.pdf(
        f"{U}/{N - 2}/03/DIP-DPMPTSP-{N - 2}.pdf",
        f"DAFTAR INFORMASI PUBLIK DPMPTSP TAHUN {N - 2}",
        ["Daftar informasi publik."],
        d(N - 2, 3, 8),
    )
    b.label("dip", S, f"DIP {N - 2}, hanya di pustaka media")
    renstra = b.pdf(
        f"{U}/{N - 7}/01/Renstra-DPMPTSP-{N - 7}-{N - 2}.pdf",
        f"RENCANA STRATEGIS DPMPTSP TAHUN {N - 7}-{N - 2}",
        ["Tujuan dan sasaran."],
        d(N - 7, 1, 20),
    )
    b.label("renstra", S, f"Renstra {N - 7}-{N - 2} berakhir, hanya di pustaka media")
    media = []
    for i, (path, title, dd, mime) in enumerate(
        [
            (renja, f"RENJA-DPMPTSP-{N}", d(N, 2, 16), "application/pdf"),
            (dip, f"DIP-DPMPTSP-{N - 2}", d(N - 2, 3, 8), "application/pdf"),
            (renstra, f"Renstra-DPMPTSP-{N - 7}-{N - 2}", d(N - 7, 1, 20), "application/pdf"),
            (lkjip, f"LKjIP-DPMPTSP-{N - 2}", d(N - 1, 4, 3), "application/pdf"),
            (skppid, "SK-PPID-DPMPTSP", d(N - 1, 2, 5), "application/pdf"),
            (
                izin,
                f"Rekap-Izin-Terbit-Semester-I-{N}",
                d(N, 7, 6),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            (f"{U}/{N}/05/banner-mpp.jpg", "banner-mpp", d(N, 5, 2), "image/jpeg"),
        ],
        start=401,
    ):
        media.append(
            {
                "id": i,
                "date": f"{dd.isoformat()}T09:12:00",
                "slug": title.lower(),
                "type": "attachment",
                "link": f"{base('dpmptsp')}/?attachment_id={i}",
                "title": {"rendered": title},
                "media_type": "file" if not mime.startswith("image") else "image",
                "mime_type": mime,
                "source_url": base("dpmptsp") + path,
            }
        )
    b.page(f"{U}/{N}/05/banner-mpp.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64, content_type="image/jpeg")
    for path in ("/wp-json/wp/v2/media", "/wp-json/wp/v2/media?*"):
        b.page(
            path,
            json.dumps(media, ensure_ascii=False),
            content_type="application/json; charset=UTF-8",
            headers={"X-WP-Total": str(len(media)), "X-WP-TotalPages": "1"},
        )
    json_page(
        b,
        "/wp-json/",
        {
            "name": "DPMPTSP Kabupaten Akhir",
            "url": base("dpmptsp"),
            "namespaces": ["oembed/1.0", "wp/v2", "contact-form-7/v1"],
            "routes": {"/wp/v2/media": {}, "/wp/v2/pages": {}, "/wp/v2/posts": {}},
        },
    )
    urls = [
        "/",
        "/informasi-publik/",
        "/informasi-publik/informasi-setiap-saat/",
        "/informasi-publik/tata-cara/",
        "/informasi-publik/informasi-dikecualikan/",
        "/permohonan-informasi/",
        "/regulasi/",
        "/pengaduan/",
        "/profil/visi-misi/",
        "/profil/struktur-organisasi/",
    ] + [p for p, *_ in post_links]
    b.page(
        "/wp-sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
        'sitemap/0.9">' + "".join(f"<url><loc>{base('dpmptsp')}{u}</loc></url>" for u in urls) + "</urlset>",
        content_type="application/xml",
    )
    b.label("pengadaan", M, "tidak ada")
    b.label("ketenagakerjaan", M, "tidak ada")
    b.label("peringatan-dini", M, "tidak ada")
    b.label("form-keberatan", M, "tidak ada formulir keberatan")
    return b


# ------------------------------------------------------------------------------------------------------
def build_rsud(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    d = dt.date
    b = SiteBuilder(
        as_of,
        "rsud",
        "RSUD Sehati Kabupaten Akhir",
        "opd",
        "pemkab",
        "rsud.sehati@akhirkab.go.id",
        "hospital site (jQuery theme), PPID dropdown with several dead links",
    )
    menu = (
        '<ul class="sf-menu"><li><a href="/">Beranda</a></li>'
        '<li><a href="/profil/sejarah">Profil</a><ul><li><a href="/profil/sejarah">Sejarah</a></li>'
        '<li><a href="/profil/visi-misi">Visi Misi</a></li><li><a href="/profil/struktur-organisasi">Struktur '
        "Organisasi</a></li></ul></li>"
        '<li><a href="/pelayanan/igd">Pelayanan</a><ul><li><a href="/pelayanan/igd">IGD 24 Jam</a></li>'
        '<li><a href="/pelayanan/jadwal-dokter">Jadwal Dokter</a></li><li><a href="/pelayanan/kode-darurat">Kode '
        "Darurat &amp; Evakuasi</a></li></ul></li>"
        '<li><a href="/informasi/maklumat-pelayanan">Informasi</a><ul><li><a href="/informasi/maklumat-pelayanan">'
        'Maklumat Pelayanan</a></li><li><a href="/informasi/karir">Karir</a></li></ul></li>'
        '<li><a href="/ppid">PPID</a><ul><li><a href="/ppid">Profil PPID</a></li><li><a href="/ppid/informasi-publik">'
        'Informasi Publik</a></li><li><a href="/ppid/tata-cara">Tata Cara Permohonan</a></li>'
        '<li><a href="/ppid/lhkpn">LHKPN Direktur</a></li><li><a href="/ppid/kontak">Kontak PPID</a></li></ul></li>'
        '<li><a href="/pengaduan">Pengaduan</a></li></ul>'
    )

    def page(path, title, body, date=None):
        b.page(
            path,
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} | RSUD Sehati</title>'
            '<script src="/js/jquery-3.6.0.min.js"></script></head><body><div id="top-bar">IGD 24 Jam: (0549) 21999'
            f'</div><header><img src="/img/logo-rsud.png" alt="RSUD Sehati"><nav>{menu}</nav></header>'
            f'<div id="content">{body}</div><footer>RSUD Sehati Kabupaten Akhir &middot; Jl. Dr. Soetomo No. 2 '
            "&middot; rsud.sehati@akhirkab.go.id</footer></body></html>",
            date=date,
        )

    b.page("/js/jquery-3.6.0.min.js", "/*! jQuery v3.6.0 */", content_type="application/javascript")
    b.page("/img/logo-rsud.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, content_type="image/png")
    page("/", "Beranda", "<h1>RSUD Sehati</h1><p>Terakreditasi Paripurna. Melayani dengan Hati.</p>")
    b.label("menu-ppid", P, "menu PPID")
    page(
        "/profil/sejarah",
        "Sejarah",
        "<h2>Sejarah</h2><p>RSUD Sehati berdiri tahun 1987 sebagai Puskesmas Perawatan, "
        "menjadi RSUD tipe C pada 2009 dan BLUD penuh pada 2015.</p>",
    )
    page(
        "/profil/visi-misi",
        "Visi Misi",
        "<h2>Visi</h2><p>Rumah sakit rujukan yang profesional.</p><h2>Tugas dan "
        "Fungsi</h2><p>Menyelenggarakan pelayanan kesehatan perorangan secara paripurna.</p>",
    )
    page(
        "/profil/struktur-organisasi",
        "Struktur Organisasi",
        "<h2>Struktur Organisasi</h2><p>Direktur: dr. Maria "
        "Ulfa Hanafiah, Sp.PD; Wadir Pelayanan; Wadir Umum dan Keuangan.</p><p>Alamat: Jl. Dr. Soetomo No. 2 "
        "Tanjung Akhir.</p>",
    )
    b.label("profil", P, "sejarah, visi-misi, tugas, struktur, alamat")
    page("/pelayanan/igd", "IGD", "<h2>IGD 24 Jam</h2><p>Telp. (0549) 21999.</p>")
    page(
        "/pelayanan/jadwal-dokter",
        "Jadwal Dokter",
        table(
            ["Poli", "Dokter", "Hari"],
            [["Penyakit Dalam", "dr. Maria Ulfa, Sp.PD", "Senin-Kamis"], ["Anak", "dr. Hendra, Sp.A", "Selasa, Jumat"]],
        ),
    )
    page(
        "/pelayanan/kode-darurat",
        "Kode Darurat",
        "<h2>Prosedur Kode Darurat dan Evakuasi</h2><p>Code Red "
        "(kebakaran): aktifkan alarm, hubungi ext. 111, evakuasi pasien melalui jalur evakuasi bertanda hijau menuju "
        "titik kumpul di halaman parkir depan. Code Blue: henti jantung. Code Grey: ancaman keamanan.</p>"
        "<p>Simulasi evakuasi dilaksanakan setiap enam bulan.</p>",
    )
    b.label("peringatan-dini", P, "prosedur kode darurat dan evakuasi rumah sakit")
    page(
        "/informasi/maklumat-pelayanan",
        "Maklumat Pelayanan",
        "<h2>Maklumat Pelayanan</h2><p>Dengan ini kami "
        "menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.</p>"
        "<p>Jam pelayanan poliklinik: Senin-Kamis 08.00-14.00, Jumat 08.00-11.00 WITA. Tarif sesuai Perbup tentang "
        "Tarif Layanan BLUD RSUD.</p>",
    )
    b.label("maklumat", P, "maklumat pelayanan RS dengan jam layanan dan tarif (diterima sebagai maklumat)")
    page(
        "/informasi/karir",
        "Karir",
        "<h2>Karir</h2>"
        + ul(
            [
                f"Pengumuman Rekrutmen Tenaga Non-ASN BLUD RSUD Sehati Tahun {N}: perawat (10), bidan (4), apoteker (2)",
                f"Penerimaan Peserta Didik Praktik Klinik TA {N - 1}/{N}",
            ]
        ),
    )
    b.label("ketenagakerjaan", P, "rekrutmen tenaga BLUD")
    page(
        "/pengaduan",
        "Pengaduan",
        "<h2>Pengaduan &amp; Saran</h2><p>Sampaikan keluhan melalui WA 0811-5555-021, "
        f"kotak saran, atau {a(LAPOR, 'SP4N-LAPOR!')}. Keluhan ditanggapi Unit Pengaduan dalam 3x24 jam.</p>"
        '<form action="/pengaduan/kirim" method="post"><input name="nama"><textarea name="isi"></textarea>'
        "<button>Kirim</button></form>",
    )
    b.label("pengaduan", P, "unit pengaduan, formulir, SP4N-LAPOR!")
    page(
        "/ppid",
        "Profil PPID",
        "<h2>PPID RSUD Sehati</h2><p>PPID Pelaksana RSUD dijabat Kepala Bagian Umum.</p>"
        + f"<p>{a('/uploads/ppid/sk-direktur-ppid.pdf', 'SK Direktur tentang PPID RSUD')}</p>",
    )
    b.pdf(
        "/uploads/ppid/sk-direktur-ppid.pdf",
        "KEPUTUSAN DIREKTUR RSUD SEHATI TENTANG PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI",
        ["Menunjuk Kepala Bagian Umum sebagai PPID Pelaksana RSUD."],
        d(N - 3, 8, 1),
    )
    b.label("sk-ppid", P, "SK Direktur tentang PPID")
    for path in ("/ppid/tata-cara", "/ppid/lhkpn", "/ppid/kontak"):
        b.broken(path, "404")
    b.label("tata-cara-informasi", B, "menu 'Tata Cara Permohonan' menjawab 404")
    b.label("lhkpn", B, "menu 'LHKPN Direktur' menjawab 404")
    b.label("kontak-ppid", B, "menu 'Kontak PPID' menjawab 404; kaki halaman hanya kontak umum rumah sakit")
    docs = []
    lakip = b.pdf(
        f"/uploads/ppid/lakip-{N - 3}.pdf",
        f"LAPORAN AKUNTABILITAS KINERJA (LAKIP) RSUD SEHATI TAHUN {N - 3}",
        ["Capaian indikator: BOR, LOS, kepuasan pasien."],
        d(N - 2, 3, 29),
    )
    docs.append((f"LAKIP RSUD Tahun {N - 3}", lakip))
    b.label("laporan-kinerja", S, f"LAKIP {N - 3}")
    lk = b.pdf(
        f"/uploads/ppid/lk-blud-{N - 2}.pdf",
        f"LAPORAN KEUANGAN BLUD RSUD SEHATI TAHUN {N - 2} (AUDITED)",
        ["Laporan operasional, neraca, arus kas, CaLK."],
        d(N - 1, 5, 15),
    )
    docs.append((f"Laporan Keuangan BLUD Tahun {N - 2} (Audited)", lk))
    b.label("laporan-keuangan", S, f"laporan keuangan BLUD {N - 2}", early=P)
    rba = b.pdf(
        f"/uploads/ppid/rba-{N - 1}.pdf",
        f"RENCANA BISNIS DAN ANGGARAN (RBA) BLUD RSUD SEHATI TA {N - 1}",
        ["Proyeksi pendapatan dan belanja BLUD."],
        d(N - 2, 11, 28),
    )
    docs.append((f"RBA BLUD TA {N - 1}", rba))
    b.label("anggaran", S, f"RBA BLUD {N - 1} (RBA diterima sebagai dokumen anggaran)", early=P)
    ren = b.pdf(
        f"/uploads/ppid/renstra-{N - 6}-{N - 1}.pdf",
        f"RENCANA STRATEGIS RSUD SEHATI {N - 6}-{N - 1}",
        ["Arah pengembangan layanan."],
        d(N - 6, 12, 1),
    )
    docs.append((f"Renstra RSUD {N - 6}-{N - 1}", ren))
    b.label("renstra", S, f"Renstra {N - 6}-{N - 1} berakhir")
    b.broken("/uploads/ppid/dip-rsud.pdf", "html200")
    docs.append(("Daftar Informasi Publik RSUD", "/uploads/ppid/dip-rsud.pdf"))
    b.label("dip", B, "DIP: berkas .pdf berisi halaman 'File tidak ditemukan'")
    page(
        "/ppid/informasi-publik",
        "Informasi Publik",
        "<h2>Informasi Publik</h2>"
        + table(["No", "Dokumen", "Aksi"], [[str(i), esc(t), a(h, "Lihat")] for i, (t, h) in enumerate(docs, 1)]),
    )
    for item in (
        "program-kegiatan",
        "laporan-layanan-informasi",
        "regulasi",
        "pengadaan",
        "serta-merta",
        "setiap-saat",
        "dik",
        "sop-ppid",
        "form-permohonan",
        "form-keberatan",
    ):
        b.label(item, M, "tidak ada")
    return b


# ------------------------------------------------------------------------------------------------------
def build_bapperida(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    d = dt.date
    b = SiteBuilder(
        as_of,
        "bapperida",
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "opd",
        "pemkab",
        "bapperida@akhirkab.go.id",
        "legacy PHP site (index.php?hal=...), Windows-1252, tables of files",
    )
    F = "/files/dokumen/"

    def page(path, title, body, date=None):
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            f'<title>BAPPERIDA KAB. AKHIR :: {title}</title></head><body bgcolor="#FFFFFF">'
            '<table width="960" align="center"><tr><td colspan="2"><img src="images/header.jpg" width="960"></td></tr>'
            '<tr><td width="200" valign="top"><b>MENU</b><br><a href="index.php">Beranda</a><br>'
            '<a href="index.php?hal=profil">Profil</a><br><a href="index.php?hal=dokumen">Dokumen Perencanaan</a><br>'
            '<a href="index.php?hal=ppid">PPID</a><br><a href="index.php?hal=pengaduan">Pengaduan</a><br>'
            f'</td><td valign="top">{body}</td></tr><tr><td colspan="2"><small>Copyright &copy; 2014 BAPPEDA Kab. '
            "Akhir &#150; Jl. Kesuma Bangsa No. 3</small></td></tr></table></body></html>"
        )
        b.page(path, html.encode("cp1252"), content_type="text/html; charset=windows-1252", date=date)

    b.page("/images/header.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64, content_type="image/jpeg")
    home = (
        "<h3>Selamat Datang</h3><p>Bapperida (dahulu Bappeda) Kabupaten Akhir.</p>"
        f"<p>Tautan: {a(JDIH, 'JDIH Kab. Akhir')} | {a('https://sirup.lkpp.go.id/sirup/rekap/klpd/D1187', 'SiRUP')}</p>"
    )
    page("/", "Beranda", home)
    page("/index.php", "Beranda", home)
    b.label("menu-ppid", P, "menu PPID")
    page(
        "/index.php?hal=profil",
        "Profil",
        "<h3>Profil</h3><p>Tugas: membantu Bupati dalam perencanaan pembangunan, "
        "riset dan inovasi daerah.</p><p>Struktur: Kepala Badan; Sekretaris; Bidang Perencanaan; Bidang Riset dan "
        "Inovasi; Bidang Perekonomian SDA; Bidang Infrastruktur.</p><p>Alamat: Jl. Kesuma Bangsa No. 3 Tanjung Akhir.</p>",
    )
    b.label("profil", P, "tugas, struktur, alamat")
    b.page(
        "/index.php?hal=pengaduan",
        "<html><body><b>Fatal error</b>: Uncaught Error: Call to undefined function "
        "mysql_connect() in /var/www/html/pengaduan.php:4</body></html>",
        status=500,
    )
    b.label("pengaduan", B, "menu Pengaduan menjawab 500")

    rows = []

    def doc(fname, title, year, heading, lines, dd, kind="pdf"):
        path = F + fname
        if kind == "pdf":
            b.pdf(path, heading, lines, dd)
        elif kind == "xlsx":
            b.xlsx(path, heading, lines, dd)
        else:
            b.docx(path, heading, lines, dd)
        rows.append((title, year, path))
        return path

    doc(
        f"RKPD_{N}.pdf",
        f"RKPD Kabupaten Akhir Tahun {N}",
        str(N),
        f"RENCANA KERJA PEMERINTAH DAERAH TAHUN {N}",
        ["Prioritas pembangunan daerah."],
        d(N - 1, 6, 27),
    )
    doc(
        f"Renja_Bapperida_{N}.pdf",
        f"Renja Bapperida Tahun {N}",
        str(N),
        f"RENCANA KERJA BAPPERIDA TAHUN {N}",
        ["Program perencanaan, riset dan inovasi."],
        d(N - 1, 8, 5),
    )
    b.label("program-kegiatan", P, f"Renja {N} (dan RKPD {N})")
    doc(
        f"LKjIP_Bapperida_{N - 1}.pdf",
        f"LKjIP Bapperida {N - 1}",
        str(N - 1),
        f"LAPORAN KINERJA INSTANSI PEMERINTAH BAPPERIDA TAHUN {N - 1}",
        ["Capaian kinerja."],
        d(N, 3, 18),
    )
    b.label("laporan-kinerja", P, f"LKjIP {N - 1}")
    doc(
        f"LapKeu_{N - 3}.pdf",
        f"Laporan Keuangan TA {N - 3}",
        str(N - 3),
        f"LAPORAN KEUANGAN BAPPEDA TAHUN ANGGARAN {N - 3}",
        ["LRA, Neraca, CaLK."],
        d(N - 2, 4, 30),
    )
    b.label("laporan-keuangan", S, f"laporan keuangan {N - 3}")
    doc(
        f"DPA_Bapperida_{N}.xlsx",
        f"DPA Bapperida TA {N}",
        str(N),
        f"DPA BAPPERIDA TAHUN ANGGARAN {N}",
        [["Sub Kegiatan", "Pagu"], ["Penyusunan RKPD", 650000000], ["Penelitian dan Pengembangan", 480000000]],
        d(N, 1, 8),
        kind="xlsx",
    )
    b.label("anggaran", P, f"DPA {N} (XLSX)")
    doc(
        f"LLIP_{N - 2}.pdf",
        f"Laporan Layanan Informasi Publik {N - 2}",
        str(N - 2),
        f"LAPORAN LAYANAN INFORMASI PUBLIK BAPPERIDA TAHUN {N - 2}",
        ["Permohonan 12, dikabulkan 12."],
        d(N - 1, 3, 25),
    )
    b.label("laporan-layanan-informasi", S, f"laporan layanan {N - 2}", early=P)
    doc(
        f"LHKPN_Kaban_{N - 2}.pdf",
        f"LHKPN Kepala Bapperida Th. {N - 2}",
        f"Th. {N - 2}",
        f"LHKPN KEPALA BAPPERIDA PERIODIK TAHUN {N - 2}",
        ["Ikhtisar dari elhkpn.kpk.go.id"],
        d(N - 1, 3, 30),
    )
    b.label("lhkpn", S, f"LHKPN Th. {N - 2}", early=P)
    doc(
        "Renstra_Bappeda_2016-2021.pdf",
        "Renstra Bappeda 2016\u20132021",
        "2016",
        "RENCANA STRATEGIS BAPPEDA KABUPATEN AKHIR TAHUN 2016-2021",
        ["Tujuan, sasaran, program."],
        d(2016, 9, 1),
    )
    b.label("renstra", S, "Renstra 2016-2021 berakhir")
    doc(
        f"RUP_Bapperida_{N}.pdf",
        f"Rencana Umum Pengadaan (RUP) Bapperida {N}",
        str(N),
        f"RENCANA UMUM PENGADAAN BARANG/JASA BAPPERIDA TAHUN {N}",
        ["Paket penyedia dan swakelola; lihat SiRUP."],
        d(N, 1, 30),
    )
    b.label("pengadaan", P, f"RUP {N} dan tautan SiRUP")
    b.label("regulasi", P, "tautan JDIH")
    page(
        "/index.php?hal=dokumen",
        "Dokumen Perencanaan",
        "<h3>Dokumen Perencanaan</h3>"
        + table(
            ["No", "Nama Dokumen", "Tahun", "Download"],
            [[str(i), esc(t), esc(y), a(p, "[download]")] for i, (t, y, p) in enumerate(rows, 1)],
            "tabel",
        ),
    )

    # PPID page
    dipd = F + f"DIP_Bapperida_{N}.docx"
    b.docx(
        dipd,
        f"Daftar Informasi Publik Bapperida Tahun {N}",
        [
            "No | Ringkasan Informasi | Penanggung Jawab | Bentuk | Retensi",
            "1 | RKPD | Bidang Perencanaan | Softcopy | 5 th",
        ],
        d(N, 2, 2),
    )
    b.label("dip", P, f"DIP {N} (DOCX)")
    dik = b.pdf(
        F + f"SK_DIK_{N - 1}.pdf",
        f"SK PENETAPAN DAFTAR INFORMASI YANG DIKECUALIKAN BAPPERIDA TAHUN {N - 1}",
        ["Uji konsekuensi: draf dokumen perencanaan yang belum ditetapkan."],
        d(N - 1, 3, 3),
    )
    b.label("dik", S, f"DIK {N - 1}", early=P)
    b.broken(F + "SK_PPID_Bapperida.pdf", "corrupt")
    b.label("sk-ppid", B, "SK PPID: berkas rusak")
    b.broken("/images/maklumat_ppid.jpg", "404")
    b.label("maklumat", B, "gambar maklumat pelayanan menjawab 404")
    sop = b.pdf(
        F + "SOP_Layanan_Informasi.pdf",
        "SOP PELAYANAN PERMOHONAN INFORMASI PUBLIK BAPPERIDA",
        ["Alur permohonan, keberatan, dan pendokumentasian."],
        d(N - 2, 6, 6),
    )
    b.label("sop-ppid", P, "SOP layanan informasi")
    page(
        "/index.php?hal=ppid",
        "PPID",
        "<h3>PPID Pelaksana Bapperida</h3>"
        f"<p>{a(F + 'SK_PPID_Bapperida.pdf', 'SK PPID Pelaksana')} &#150; {a('images/maklumat_ppid.jpg', 'Maklumat Pelayanan')}"
        f" &#150; {a(sop, 'SOP Layanan Informasi')}</p>"
        "<p><b>Tata Cara Memperoleh Informasi:</b> permohonan diajukan langsung/daring, dijawab maks. 10 hari kerja; "
        "keberatan kepada atasan PPID; sengketa ke Komisi Informasi Provinsi.</p>"
        f"<p>{a(base('pemkab') + '/ppid/permohonan', 'Formulir Permohonan Informasi Online (PPID Kabupaten)')}</p>"
        "<p><b>Informasi Setiap Saat:</b></p>"
        + ul(
            [
                a(dipd, f"Daftar Informasi Publik Tahun {N}"),
                a(dik, f"Informasi yang Dikecualikan {N - 1}"),
                a(F + f"Renja_Bapperida_{N}.pdf", f"Renja {N}"),
            ]
        )
        + "<p><b>Kontak PPID:</b> Sekretariat Bapperida, telp. (0549) 21500, email ppid.bapperida@akhirkab.go.id</p>",
    )
    b.label("tata-cara-informasi", P, "tata cara di halaman PPID")
    b.label("form-permohonan", P, "tautan formulir daring PPID kabupaten")
    b.label("setiap-saat", P, "daftar informasi setiap saat")
    b.label("kontak-ppid", P, "kontak PPID")
    for item in ("ketenagakerjaan", "peringatan-dini", "serta-merta", "form-keberatan"):
        b.label(item, M, "tidak ada")
    return b


# ------------------------------------------------------------------------------------------------------
def build_pupr(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    d = dt.date
    b = SiteBuilder(
        as_of,
        "pupr",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "opd",
        "pemkab",
        "pupr@akhirkab.go.id",
        "Laravel PPID portal (/informasi-berkala, /dip, /storage/dokumen/...)",
    )
    ST = "/storage/dokumen/"
    nav = [
        ("/", "Beranda"),
        ("/profil", "Profil"),
        ("/informasi-berkala", "Informasi Berkala"),
        ("/informasi-serta-merta", "Informasi Serta Merta"),
        ("/informasi-setiap-saat", "Informasi Setiap Saat"),
        ("/dip", "DIP"),
        ("/permohonan", "Permohonan Informasi"),
        ("/prosedur-evakuasi", "Prosedur Evakuasi"),
        ("/pengadaan", "Pengadaan"),
        ("/pengaduan", "Pengaduan"),
    ]

    def page(path, title, body, date=None):
        links = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{base("pupr")}{h}">{esc(t)}</a></li>' for h, t in nav
        )
        b.page(
            path,
            '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
            '<meta name="csrf-token" content="n0tR3aLt0k3nAkh1rPuPr">'
            f"<title>{esc(title)} - PPID Dinas PUPR Kabupaten Akhir</title>"
            '<link href="/css/app.css?id=5e2f" rel="stylesheet"></head><body><div id="app">'
            f'<nav class="navbar"><a class="navbar-brand" href="{base("pupr")}">PPID PUPR</a><ul class="navbar-nav">'
            f'{links}</ul></nav><div class="container py-4">{body}</div></div></body></html>',
            date=date,
        )

    b.page("/css/app.css?id=5e2f", "/* app */", content_type="text/css")
    page(
        "/",
        "Beranda",
        "<h1>PPID Dinas PUPR Kabupaten Akhir</h1><p>Layanan informasi publik bidang jalan, jembatan, "
        "sumber daya air, cipta karya dan tata ruang.</p>",
    )
    b.label("menu-ppid", P, "portal PPID sendiri dengan menu informasi publik")
    page(
        "/profil",
        "Profil",
        "<h2>Profil Dinas PUPR</h2><p>Tugas: urusan pekerjaan umum dan penataan ruang.</p>"
        "<p>Struktur: Kepala Dinas Ir. Benediktus Ajang, M.T.; Sekretaris; Bidang Bina Marga; Bidang SDA; Bidang Cipta "
        "Karya; Bidang Tata Ruang.</p><p>Alamat: Jl. Yos Sudarso No. 21 Tanjung Akhir.</p>",
    )
    b.label("profil", P, "tugas, struktur, alamat")

    rows = []

    def doc(fname, title, year, heading, lines, dd):
        path = ST + fname
        b.pdf(path, heading, lines, dd)
        rows.append((title, year, path))

    doc(
        f"lhkpn-kadis-{N - 3}.pdf",
        "LHKPN Kepala Dinas",
        str(N - 3),
        f"LHKPN KEPALA DINAS PUPR PERIODIK {N - 3}",
        ["Ikhtisar elhkpn."],
        d(N - 2, 3, 25),
    )
    b.label("lhkpn", S, f"LHKPN {N - 3}")
    doc(
        f"program-kegiatan-{N - 2}.pdf",
        f"Program Kegiatan TA {N - 2}",
        str(N - 2),
        f"RINGKASAN PROGRAM DAN KEGIATAN DINAS PUPR TAHUN ANGGARAN {N - 2}",
        ["Paket jalan, jembatan, irigasi."],
        d(N - 2, 2, 20),
    )
    b.label("program-kegiatan", S, f"program kegiatan {N - 2}")
    doc(
        f"lkjip-{N - 2}.pdf",
        f"LKjIP Tahun {N - 2}",
        str(N - 2),
        f"LKjIP DINAS PUPR TAHUN {N - 2}",
        ["Capaian kemantapan jalan."],
        d(N - 1, 3, 28),
    )
    b.label("laporan-kinerja", S, f"LKjIP {N - 2}", early=P)
    doc(
        f"lra-neraca-{N - 2}.pdf",
        f"LRA dan Neraca TA {N - 2}",
        str(N - 2),
        f"LAPORAN REALISASI ANGGARAN DAN NERACA DINAS PUPR TA {N - 2}",
        ["LRA dan Neraca per 31 Desember."],
        d(N - 1, 4, 14),
    )
    b.label("laporan-keuangan", S, f"LRA/Neraca {N - 2}", early=P)
    doc(
        f"rka-dpa-{N}.pdf",
        f"RKA / DPA TA {N}",
        str(N),
        f"RKA DAN DPA DINAS PUPR TAHUN ANGGARAN {N}",
        ["Belanja modal jalan dan jembatan."],
        d(N, 1, 15),
    )
    b.label("anggaran", P, f"RKA/DPA {N}")
    doc(
        "renstra-2016-2021.pdf",
        "Renstra Dinas PUPR Tahun 2016 - 2021",
        "2016",
        "RENCANA STRATEGIS DINAS PUPR TAHUN 2016 - 2021",
        ["Sasaran strategis."],
        d(2016, 10, 10),
    )
    b.label("renstra", S, "Renstra 2016-2021 berakhir")
    page(
        "/informasi-berkala",
        "Informasi Berkala",
        "<h2>Informasi Berkala</h2>"
        + table(
            ["#", "Judul", "Tahun", "Berkas"],
            [
                [str(i), esc(t), esc(y), f'<a href="{esc(p)}" target="_blank">Lihat</a>']
                for i, (t, y, p) in enumerate(rows, 1)
            ],
            "table table-hover",
        ),
    )
    page(
        "/informasi-serta-merta",
        "Informasi Serta Merta",
        "<h2>Informasi Serta Merta</h2>"
        + ul(
            [
                f"<b>{tgl(d(N, 9, 1))}</b> Penutupan sementara Jembatan Sungai Laban untuk perbaikan 4-9 September {N}; "
                "kendaraan dialihkan melalui Jl. Poros Long Bentas."
            ]
        ),
    )
    b.label("serta-merta", P, "pengumuman serta merta bertanggal")
    b.page(ST + "sk-ppid-pupr.pdf", b"", content_type="application/pdf")
    page(
        "/informasi-setiap-saat",
        "Informasi Setiap Saat",
        "<h2>Informasi Setiap Saat</h2>"
        + ul(
            [
                a(ST + "sk-ppid-pupr.pdf", "SK PPID Pelaksana Dinas PUPR"),
                a(JDIH, "Peraturan dan kebijakan (JDIH Kabupaten Akhir)"),
                "Perbup Akhir No. 4 Tahun 2025 tentang Standar Harga Satuan Konstruksi",
            ]
        )
        + "<h3>Tata Cara Memperoleh Informasi</h3><p>Ajukan permohonan tertulis/daring; jawaban paling lambat 10 hari "
        "kerja (+7). Keberatan kepada atasan PPID dalam 30 hari kerja; sengketa ke Komisi Informasi Provinsi.</p>"
        "<h3>Kontak PPID</h3><p>Jl. Yos Sudarso No. 21; telp. (0549) 21321; ppid.pupr@akhirkab.go.id</p>",
    )
    b.label("sk-ppid", B, "SK PPID: berkas kosong")
    b.label("regulasi", P, "JDIH dan Perbup")
    b.label("tata-cara-informasi", P, "tata cara permohonan, keberatan, sengketa")
    b.label("kontak-ppid", P, "kontak PPID")
    b.label("setiap-saat", P, "halaman informasi setiap saat")
    page(
        "/dip",
        "Daftar Informasi Publik",
        f"<h2>Daftar Informasi Publik Tahun {N - 2}</h2>"
        f"<p>Ditetapkan: 14 Maret {N - 2}</p>"
        + table(
            ["No", "Ringkasan Isi", "Penanggung Jawab", "Bentuk", "Retensi"],
            [
                ["1", "Profil Dinas", "Sekretariat", "Softcopy", "Selama berlaku"],
                ["2", "Data jalan kabupaten", "Bidang Bina Marga", "Softcopy", "5 tahun"],
            ],
            "table",
        ),
    )
    b.label("dip", S, f"DIP {N - 2} (tabel HTML)")
    b.page(
        "/permohonan",
        '<!DOCTYPE html><html><head><title>Server Error</title></head><body><div class="flex-center">'
        '<div class="code">500</div><div class="message">Server Error</div></div></body></html>',
        status=500,
    )
    b.label("form-permohonan", B, "menu Permohonan Informasi menjawab 500")
    b.broken("/prosedur-evakuasi", "404")
    b.label("peringatan-dini", B, "menu Prosedur Evakuasi menjawab 404")
    page(
        "/pengadaan",
        "Pengadaan",
        "<h2>Pengadaan Barang/Jasa</h2>"
        + ul(
            [
                a("https://lpse.akhirkab.go.id/eproc4", "LPSE Kabupaten Akhir"),
                a("https://sirup.lkpp.go.id/sirup/rekap/klpd/D1187", "SiRUP"),
            ]
        )
        + table(
            ["Paket", "Pagu", "Status"], [[f"Peningkatan Jalan Poros Long Bentas Seg. 3 TA {N}", "Rp 14,2 M", "Tender"]]
        ),
    )
    b.label("pengadaan", P, "LPSE, SiRUP dan paket tender")
    page(
        "/pengaduan",
        "Pengaduan",
        f"<h2>Pengaduan</h2><p>Laporkan jalan rusak atau penyimpangan proyek melalui "
        f"{a(LAPOR, 'SP4N-LAPOR!')} atau WA 0812-5400-2121.</p>",
    )
    b.label("pengaduan", P, "kanal pengaduan")
    for item in ("laporan-layanan-informasi", "ketenagakerjaan", "dik", "sop-ppid", "maklumat", "form-keberatan"):
        b.label(item, M, "tidak ada")
    return b
