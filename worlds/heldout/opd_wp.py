"""Two WordPress OPD sites.

Dinas Pendidikan dan Kebudayaan: a WordPress site whose documents are listed on the pages by a
download plugin that loads them in the browser from the REST API; the HTML carries only
"Memuat dokumen...". The documents exist only in /wp-json/wp/v2/media (title, date, source_url).

Dinas Sosial: an ordinary WordPress site; documents are shown in embedded PDF viewers (<iframe>,
<embed>) or kept on Google Drive (external links, not served here); its DIP and DIK live on the regency
portal's PPID Pelaksana page, linked from the "Informasi Publik" page.
"""

from __future__ import annotations

import datetime as dt

from worlds.heldout._html import a, to_json, tgl_panjang, wordpress
from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, base, tgl

JSON = "application/json; charset=UTF-8"


def _wp_common(b: SiteBuilder, pages: list[tuple[str, str]], posts: list[tuple[str, str, dt.date]]):
    """wp-sitemap.xml and /wp-json/ index, as every WordPress install has."""
    u = b.url
    locs = "".join(f"<url><loc>{u(p)}</loc></url>" for p, _ in pages)
    b.page(
        "/wp-sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{u('/wp-sitemap-posts-page-1.xml')}</loc></sitemap>"
        f"<sitemap><loc>{u('/wp-sitemap-posts-post-1.xml')}</loc></sitemap></sitemapindex>",
        content_type="application/xml",
    )
    b.page(
        "/wp-sitemap-posts-page-1.xml",
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>',
        content_type="application/xml",
    )
    plocs = "".join(
        f"<url><loc>{u(p)}</loc><lastmod>{d.isoformat()}T08:00:00+08:00</lastmod></url>" for p, _, d in posts
    )
    b.page(
        "/wp-sitemap-posts-post-1.xml",
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{plocs}</urlset>',
        content_type="application/xml",
    )
    b.page(
        "/wp-json/",
        to_json(
            {
                "name": b.spec.name,
                "url": u(""),
                "namespaces": ["oembed/1.0", "wp/v2"],
                "routes": {"/wp/v2/media": {}, "/wp/v2/pages": {}, "/wp/v2/posts": {}},
            }
        ),
        content_type=JSON,
    )


# =====================================================================================================
def build_disdik(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "disdikbud-uji",
        "Dinas Pendidikan dan Kebudayaan Kabupaten Uji",
        "opd",
        "pemkab-uji",
        "ppid.disdikbud@ujikab.go.id",
        "WordPress; document lists rendered by JavaScript from the REST media feed only",
    )
    N = b.N
    u = b.url
    nav = [
        ("Beranda", u("/")),
        ("Profil", u("/profil/")),
        ("PPID", u("/ppid/")),
        ("Dokumen", u("/dokumen/")),
        ("Pengaduan", u("/pengaduan/")),
        ("Berita", u("/berita/")),
    ]
    foot = "Dinas Pendidikan dan Kebudayaan Kabupaten Uji &copy; " + str(N)

    def page(path, title, content, cls="page"):
        b.page(
            path,
            wordpress(
                "Disdikbud Kabupaten Uji", title, nav, content, base_url=base(b.spec.id), footer=foot, body_class=cls
            ),
        )

    # ---- documents only reachable through /wp-json/wp/v2/media -------------------------------------------
    media = []

    def upload(d: dt.date, fname: str, title: str, lines: list[str], kind: str = "pdf", broken: str | None = None):
        path = f"/wp-content/uploads/{d.year}/{d.month:02d}/{fname}"
        if broken:
            b.broken(path, broken)
        elif kind == "xlsx":
            b.xlsx(path, title, lines, d)
        else:
            b.pdf(path, title, lines, d)
        mime = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}[
            kind
        ]
        slug = fname.rsplit(".", 1)[0].lower()
        media.append(
            {
                "id": 1200 + len(media),
                "date": f"{d.isoformat()}T09:14:05",
                "slug": slug,
                "type": "attachment",
                "link": u(f"/dokumen/{slug}/"),
                "title": {"rendered": title},
                "media_type": "file",
                "mime_type": mime,
                "source_url": u(path),
            }
        )

    upload(
        dt.date(N, 1, 16),
        f"Renja-Disdikbud-{N}.pdf",
        f"Rencana Kerja (Renja) Dinas Pendidikan dan Kebudayaan Tahun {N}",
        [f"Program dan kegiatan prioritas Tahun {N}: rehabilitasi ruang kelas, BOSDA, beasiswa."],
    )
    b.label("program-kegiatan", P, f"Renja {N}, only in the media feed")
    upload(
        dt.date(N, 2, 27),
        f"LKjIP-Disdikbud-{N - 1}.pdf",
        f"LKjIP Dinas Pendidikan dan Kebudayaan Tahun {N - 1}",
        ["Laporan Kinerja Instansi Pemerintah.", f"Capaian indikator kinerja utama Tahun {N - 1}."],
    )
    b.label("laporan-kinerja", P, f"LKjIP {N - 1}, only in the media feed")
    upload(
        dt.date(N - 1, 5, 20),
        f"Laporan-Keuangan-Disdikbud-{N - 2}.pdf",
        f"Laporan Keuangan Dinas Pendidikan dan Kebudayaan Tahun {N - 2}",
        ["Laporan Realisasi Anggaran, Neraca dan CaLK."],
    )
    b.label("laporan-keuangan", S, f"newest financial report is for {N - 2}", early=P)
    upload(
        dt.date(N, 1, 9),
        f"DPA-Disdikbud-TA-{N}.pdf",
        f"DPA Dinas Pendidikan dan Kebudayaan TA {N}",
        ["Dokumen Pelaksanaan Anggaran Satuan Kerja Perangkat Daerah."],
    )
    b.label("anggaran", P, f"DPA TA {N}")
    upload(
        dt.date(N - 2, 3, 30),
        f"Laporan-Layanan-Informasi-{N - 3}.pdf",
        f"Laporan Layanan Informasi Publik Disdikbud Tahun {N - 3}",
        ["Rekapitulasi permohonan informasi publik."],
    )
    b.label("laporan-layanan-informasi", S, f"report for {N - 3}")
    upload(
        dt.date(N - 2, 2, 5),
        f"Daftar-Informasi-Dikecualikan-{N - 2}.pdf",
        f"Daftar Informasi yang Dikecualikan Disdikbud Tahun {N - 2}",
        ["Hasil uji konsekuensi."],
    )
    b.label("dik", S, f"DIK {N - 2}")
    upload(
        dt.date(N - 2, 4, 2),
        f"LHKPN-Kadis-{N - 3}.pdf",
        f"LHKPN Kepala Dinas Pendidikan Tahun {N - 3}",
        ["Ikhtisar harta kekayaan dari elhkpn.kpk.go.id."],
    )
    b.label("lhkpn", S, f"LHKPN {N - 3}")
    upload(
        dt.date(N, 3, 3),
        f"DIP-Disdikbud-{N}.xlsx",
        f"Daftar Informasi Publik Disdikbud {N}",
        [["No", "Ringkasan Isi Informasi", "Penanggung Jawab", "Bentuk"], [1, "Renja", "Sekretariat", "Softcopy"]],
        kind="xlsx",
    )
    b.label("dip", P, f"DIP {N} (xlsx)")
    upload(
        dt.date(N - 1, 8, 11),
        "SK-PPID-Pelaksana-Disdikbud.pdf",
        "SK PPID Pelaksana Dinas Pendidikan dan Kebudayaan",
        ["Keputusan Kepala Dinas tentang Pejabat Pengelola Informasi dan Dokumentasi Pelaksana."],
    )
    b.label("sk-ppid", P)
    upload(dt.date(N - 1, 8, 11), "SOP-Layanan-Informasi.pdf", "SOP Layanan Informasi Publik", [], broken="404")
    b.label("sop-ppid", B, "SOP listed in the media feed, file answers 404")
    upload(
        dt.date(N - 5, 6, 1),
        f"Renstra-Disdikbud-{N - 5}-{N}.pdf",
        f"Renstra Dinas Pendidikan dan Kebudayaan {N - 5}-{N}",
        ["Rencana Strategis lima tahunan."],
    )
    b.label("renstra", P, f"Renstra {N - 5}-{N}")

    feed = to_json(list(reversed(media)))
    b.page(
        "/wp-json/wp/v2/media", feed, content_type=JSON, headers={"X-WP-Total": str(len(media)), "X-WP-TotalPages": "1"}
    )
    b.page(
        "/wp-json/wp/v2/media?*",
        feed,
        content_type=JSON,
        headers={"X-WP-Total": str(len(media)), "X-WP-TotalPages": "1"},
    )

    loader = (
        "<div class='wpdm-all-packages' data-source='"
        + u("/wp-json/wp/v2/media?per_page=100&media_type=file")
        + "'><p class='wpdm-loading'>Memuat dokumen...</p></div>"
        "<script src='" + u("/wp-content/plugins/wpdm-rest-list/list.js") + "'></script>"
    )
    page("/dokumen/", "Dokumen", loader)
    page(
        "/ppid/",
        "PPID Pelaksana Disdikbud",
        "<p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pelaksana Dinas Pendidikan dan Kebudayaan.</p>"
        "<p>Kontak PPID Pelaksana: ppid.disdikbud@ujikab.go.id &ndash; Telp. (0549) 21 3344</p>"
        "<h3>Informasi Publik</h3>"
        + loader
        + "<p>Produk hukum daerah: <a href='https://jdih.ujikab.go.id/'>JDIH Kabupaten Uji</a></p>",
    )
    b.label("menu-ppid", P)
    b.label("kontak-ppid", P)
    b.label("regulasi", P, "JDIH link on the PPID page")
    page(
        "/profil/",
        "Profil",
        "<h3>Visi</h3><p>Terwujudnya pendidikan yang bermutu dan berkarakter.</p><h3>Tugas Pokok dan Fungsi</h3>"
        "<p>Melaksanakan urusan pemerintahan bidang pendidikan dan kebudayaan.</p>"
        "<p>Alamat: Jl. Pendidikan No. 4, Bukit Pelangi, Uji.</p>",
    )
    b.label("profil", P)
    page(
        "/pengaduan/",
        "Pengaduan",
        "<p>Pengaduan masyarakat terkait layanan pendidikan disampaikan melalui "
        "<a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a>.</p>",
    )
    b.label("pengaduan", P)

    posts = [
        (
            f"/{N}/09/02/pengumuman-seleksi-pppk-guru-{N}/",
            f"Pengumuman Seleksi PPPK Guru Tahun {N}",
            dt.date(N, 9, 2),
            f"<p>Dinas Pendidikan dan Kebudayaan mengumumkan formasi PPPK Guru Tahun {N} sebanyak 412 formasi.</p>",
        ),
        (
            f"/{N - 1}/07/10/kalender-pendidikan-tahun-pelajaran-{N - 1}-{N}/",
            f"Kalender Pendidikan Tahun Pelajaran {N - 1}/{N}",
            dt.date(N - 1, 7, 10),
            f"<p>Kalender pendidikan Tahun {N - 1}/{N} untuk SD dan SMP se-Kabupaten Uji.</p>",
        ),
    ]
    for path, title, d, html in posts:
        page(path, title, f"<p class='posted-on'>{tgl_panjang(d)}</p>{html}", cls="single-post")
    b.label("ketenagakerjaan", P, "PPPK teacher recruitment post")
    page("/berita/", "Berita", "".join(f"<h2>{a(p, t)}</h2><p>{tgl(d)}</p>" for p, t, d, _ in posts))
    page(
        "/",
        "Beranda",
        "<p>Selamat datang di situs resmi Dinas Pendidikan dan Kebudayaan Kabupaten Uji.</p>"
        + "".join(f"<h2>{a(p, t)}</h2>" for p, t, d, _ in posts),
    )
    _wp_common(
        b,
        [("/", ""), ("/profil/", ""), ("/ppid/", ""), ("/dokumen/", ""), ("/pengaduan/", "")],
        [(p, t, d) for p, t, d, _ in posts],
    )

    for item, why in (
        ("tata-cara-informasi", "no procedure"),
        ("pengadaan", "none"),
        ("peringatan-dini", "none"),
        ("serta-merta", "none"),
        ("setiap-saat", "none"),
        ("maklumat", "none"),
        ("form-permohonan", "no form, no link to the regency form"),
        ("form-keberatan", "none"),
    ):
        b.label(item, M, why)
    return b.spec


# =====================================================================================================
def build_dinsos(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "dinsos-uji",
        "Dinas Sosial Kabupaten Uji",
        "opd",
        "pemkab-uji",
        None,
        "WordPress; embedded PDF viewers, Google Drive links, DIP/DIK on the regency portal",
    )
    N = b.N
    u = b.url
    nav = [
        ("Beranda", u("/")),
        (
            "Profil",
            [
                ("Struktur Organisasi dan Tata Kerja", u("/profil/struktur-organisasi-dan-tata-kerja/")),
                ("Visi Misi", u("/profil/visi-misi/")),
            ],
        ),
        ("Informasi Publik", u("/informasi-publik/")),
        ("Program", u("/program-kegiatan/")),
        ("Pengaduan", u("/pengaduan/")),
        ("Berita", u("/berita/")),
    ]
    foot = (
        "Dinas Sosial Kabupaten Uji &middot; Jl. Pattimura No. 12, Uji &middot; "
        "<a href='https://www.instagram.com/dinsos.ujikab'>Instagram</a> &middot; "
        "<a href='https://www.facebook.com/dinsosujikab'>Facebook</a>"
    )

    def page(path, title, content, cls="page"):
        b.page(
            path,
            wordpress(
                "Dinas Sosial Kabupaten Uji", title, nav, content, base_url=base(b.spec.id), footer=foot, body_class=cls
            ),
        )

    page(
        "/",
        "Beranda",
        "<p>Selamat datang di website Dinas Sosial Kabupaten Uji.</p>"
        f"<h2>{a(u('/' + str(N) + '/05/14/sosialisasi-pengendalian-gratifikasi/'), 'Sosialisasi Pengendalian Gratifikasi')}</h2>",
    )
    page(
        "/profil/struktur-organisasi-dan-tata-kerja/",
        "Struktur Organisasi dan Tata Kerja",
        "<p>Dinas Sosial terdiri atas Sekretariat, Bidang Rehabilitasi Sosial, Bidang Perlindungan dan Jaminan Sosial, "
        "serta Bidang Pemberdayaan Sosial.</p><p>Kepala Dinas: Dra. Siti Rahmah, M.AP.</p>",
    )
    page("/profil/visi-misi/", "Visi Misi", "<p>Terwujudnya kesejahteraan sosial masyarakat Kabupaten Uji.</p>")
    b.label("profil", P, "SOTK page")

    # near-miss: a news post that mentions LHKPN in passing
    d_news = dt.date(N, 5, 14)
    page(
        f"/{N}/05/14/sosialisasi-pengendalian-gratifikasi/",
        "Sosialisasi Pengendalian Gratifikasi",
        f"<p class='posted-on'>{tgl_panjang(d_news)}</p><p>Inspektorat menggelar sosialisasi pengendalian gratifikasi di "
        "aula Dinas Sosial. Narasumber mengingatkan pejabat wajib lapor agar menyampaikan LHKPN tepat waktu "
        "dan menolak pemberian yang berhubungan dengan jabatan.</p>",
        cls="single-post",
    )
    b.label("lhkpn", M, "only a news post mentioning LHKPN in passing; no LHKPN of the head is published")

    b.pdf(
        f"/wp-content/uploads/{N}/01/Program-Kegiatan-Dinsos-{N}.pdf",
        f"Program dan Kegiatan Dinas Sosial Tahun {N}",
        ["Program Perlindungan dan Jaminan Sosial; Program Rehabilitasi Sosial.", "Pagu, lokasi, penanggung jawab."],
        dt.date(N, 1, 20),
    )
    b.pdf(
        f"/wp-content/uploads/{N}/02/Perjanjian-Kinerja-{N}.pdf",
        f"Perjanjian Kinerja Kepala Dinas Sosial Tahun {N}",
        [
            "Pihak pertama berjanji mewujudkan target kinerja jangka menengah.",
            "Sasaran strategis dan indikator kinerja.",
        ],
        dt.date(N, 2, 1),
    )
    page(
        "/program-kegiatan/",
        "Program dan Kegiatan",
        f"<h3>Program dan Kegiatan Tahun {N}</h3>"
        f"<iframe src='{u(f'/wp-content/uploads/{N}/01/Program-Kegiatan-Dinsos-{N}.pdf')}' width='100%' height='600'></iframe>"
        f"<h3>Perjanjian Kinerja Tahun {N}</h3>"
        f"<embed src='{u(f'/wp-content/uploads/{N}/02/Perjanjian-Kinerja-{N}.pdf')}' type='application/pdf' width='100%' height='600'>",
    )
    b.label("program-kegiatan", P, f"programme {N} in an iframe viewer")
    b.label("laporan-kinerja", M, "only a Perjanjian Kinerja (a performance agreement, not a report)")

    b.pdf(
        f"/wp-content/uploads/{N - 1}/02/Realisasi-Anggaran-Smt-II-{N - 2}.pdf",
        f"Laporan Realisasi Anggaran Semester II Tahun {N - 2}",
        [f"Realisasi belanja sampai dengan 31 Desember {N - 2}: 94,2 persen."],
        dt.date(N - 1, 2, 3),
    )
    b.pdf(
        f"/wp-content/uploads/{N - 2}/04/Laporan-Layanan-Informasi-{N - 3}.pdf",
        f"Laporan Layanan Informasi Publik Dinas Sosial Tahun {N - 3}",
        ["Jumlah permohonan: 21; dikabulkan seluruhnya."],
        dt.date(N - 2, 4, 4),
    )
    b.broken(f"/wp-content/uploads/{N - 1}/03/SK-PPID-Dinsos.pdf", "404")
    gd = "https://drive.google.com/file/d/1{}/view?usp=sharing"
    page(
        "/informasi-publik/",
        "Informasi Publik",
        "<p>Informasi publik Dinas Sosial sebagai PPID Pelaksana.</p><ul>"
        f"<li>{a(gd.format('Qx7RkaDinsos' + str(N)), f'RKA Dinas Sosial T.A. {N} (Google Drive)')}</li>"
        f"<li>{a(gd.format('Lm2RenstraDinsos'), f'Renstra Dinas Sosial {N - 5}-{N} (Google Drive)')}</li>"
        f"<li>{a(u(f'/wp-content/uploads/{N - 1}/02/Realisasi-Anggaran-Smt-II-{N - 2}.pdf'), f'Realisasi Anggaran Semester II Tahun {N - 2}')}</li>"
        f"<li>{a(u(f'/wp-content/uploads/{N - 2}/04/Laporan-Layanan-Informasi-{N - 3}.pdf'), f'Laporan Layanan Informasi Publik {N - 3}')}</li>"
        f"<li>{a(u(f'/wp-content/uploads/{N - 1}/03/SK-PPID-Dinsos.pdf'), 'SK PPID Pelaksana Dinas Sosial')}</li>"
        f"<li>{a(base('pemkab-uji') + '/ppid-pelaksana/dinas-sosial', 'Daftar Informasi Publik dan Informasi Dikecualikan (Portal PPID Kabupaten)')}</li>"
        f"<li>{a(base('pemkab-uji') + '/permohonan-informasi', 'Ajukan Permohonan Informasi secara online')}</li>"
        f"<li>{a(u('/tata-cara-memperoleh-informasi/'), 'Tata Cara Memperoleh Informasi Publik')}</li>"
        f"<li>{a(u('/maklumat-pelayanan/'), 'Maklumat Pelayanan')}</li>"
        f"<li>{a(u('/prosedur-evakuasi/'), 'Prosedur Evakuasi Keadaan Darurat')}</li></ul>",
    )
    b.label("menu-ppid", P, "'Informasi Publik' in the main menu")
    b.label("anggaran", P, f"RKA T.A. {N} on Google Drive: the link text names the document and year; a human opens it")
    b.label("renstra", P, f"Renstra {N - 5}-{N} on Google Drive")
    b.label("laporan-keuangan", S, f"LRA Semester II {N - 2}: last year's ({N - 1}) report is not published", early=P)
    b.label("laporan-layanan-informasi", S, f"report for {N - 3}")
    b.label("sk-ppid", B, "SK PPID link answers 404")
    b.label("dip", P, f"DIP {N} on the regency portal's PPID Pelaksana page, linked from here")
    b.label("dik", S, f"DIK {N - 2} on the regency portal")
    b.label("form-permohonan", P, "link to the regency's online request form")

    page(
        "/tata-cara-memperoleh-informasi/",
        "Tata Cara Memperoleh Informasi Publik",
        "<p>1. Pemohon mengajukan permohonan secara tertulis atau elektronik. 2. Petugas mencatat dalam register. "
        "3. Jawaban diberikan paling lambat 10 hari kerja. 4. Keberatan diajukan kepada atasan PPID; "
        "sengketa diselesaikan oleh Komisi Informasi.</p>",
    )
    b.label("tata-cara-informasi", P)
    page(
        "/maklumat-pelayanan/",
        "Maklumat Pelayanan",
        "<blockquote>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah "
        "ditetapkan...</blockquote><p>Jam layanan: Senin&ndash;Kamis 08.00&ndash;16.00, Jumat 08.00&ndash;11.00 WITA. "
        "Biaya: tidak dipungut biaya.</p>",
    )
    b.label("maklumat", P)
    b.pdf(
        f"/wp-content/uploads/{N - 1}/10/Prosedur-Evakuasi-Kantor-Dinsos.pdf",
        "Prosedur Evakuasi Keadaan Darurat Kantor Dinas Sosial",
        [
            "Apabila alarm berbunyi, pegawai dan pengunjung keluar melalui jalur evakuasi menuju titik kumpul di halaman depan."
        ],
        dt.date(N - 1, 10, 6),
    )
    page(
        "/prosedur-evakuasi/",
        "Prosedur Evakuasi Keadaan Darurat",
        f"<iframe src='{u(f'/wp-content/uploads/{N - 1}/10/Prosedur-Evakuasi-Kantor-Dinsos.pdf')}' width='100%' height='500'></iframe>",
    )
    b.label("peringatan-dini", P, "office evacuation procedure in an iframe")
    page(
        "/pengaduan/",
        "Pengaduan",
        "<p>Pengaduan terkait penyalahgunaan wewenang dan pelayanan sosial dapat disampaikan melalui "
        "<a href='https://www.lapor.go.id/'>Layanan Aspirasi dan Pengaduan Online Rakyat</a>.</p>"
        "<p>Cara: kunjungi laman, tulis laporan dengan jelas, lampirkan bukti pendukung.</p>",
    )
    b.label("pengaduan", P, "'Layanan Aspirasi dan Pengaduan Online Rakyat' = SP4N-LAPOR!")
    page(
        "/berita/",
        "Berita",
        f"<h2>{a(u(f'/{N}/05/14/sosialisasi-pengendalian-gratifikasi/'), 'Sosialisasi Pengendalian Gratifikasi')}</h2>",
    )
    _wp_common(
        b,
        [("/", ""), ("/informasi-publik/", ""), ("/program-kegiatan/", ""), ("/pengaduan/", "")],
        [(f"/{N}/05/14/sosialisasi-pengendalian-gratifikasi/", "", d_news)],
    )

    for item, why in (
        ("regulasi", "none"),
        ("pengadaan", "none"),
        ("ketenagakerjaan", "none"),
        ("serta-merta", "none"),
        ("setiap-saat", "none"),
        ("sop-ppid", "none"),
        ("form-keberatan", "none"),
        ("kontak-ppid", "no PPID contact: the footer has only the street address and social media"),
    ):
        b.label(item, M, why)
    return b.spec
