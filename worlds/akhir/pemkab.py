"""Pemerintah Kabupaten Akhir: the regency portal, a Next.js build (server-rendered pages with the page data
repeated as JSON in <script id="__NEXT_DATA__">). The PPID Utama (run by Diskominfo) lives under /ppid, and
the PPID Pelaksana of OPD without their own PPID pages live under /ppid/pelaksana/<opd> (see opd.build_dinsos).
"""

from __future__ import annotations

import datetime as dt
import json

from worlds.akhir._html import a, esc, pdf_download, table, ul
from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, tgl

BUILD_ID = "k4bAkh1r-7Qx2"
JDIH = "https://jdih.akhirkab.go.id/"
LPSE = "https://lpse.akhirkab.go.id/eproc4"
SIRUP = "https://sirup.lkpp.go.id/sirup/rekap/klpd/D1187"
LAPOR = "https://www.lapor.go.id/instansi/pemerintah-kabupaten-akhir"

NAV = [
    ("/", "Beranda"),
    ("/profil", "Profil Daerah"),
    ("/berita", "Berita"),
    ("/ppid", "PPID"),
    ("/transparansi", "Transparansi"),
    ("/layanan/pengaduan", "Pengaduan"),
    ("/kontak", "Kontak"),
]


def next_page(title: str, route: str, query: dict, props: dict, main: str) -> str:
    """A page as the Next.js server renders it: markup in #__next, the same data in __NEXT_DATA__."""
    nav = "".join(
        f'<a class="px-3 py-2 text-sm font-semibold hover:text-emerald-700" href="{h}">{esc(t)}</a>' for h, t in NAV
    )
    data = json.dumps(
        {
            "props": {"pageProps": props, "__N_SSP": True},
            "page": route,
            "query": query,
            "buildId": BUILD_ID,
            "isFallback": False,
            "gssp": True,
            "scriptLoader": [],
        },
        ensure_ascii=False,
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/>'
        '<meta name="viewport" content="width=device-width"/>'
        f"<title>{esc(title)} | Pemerintah Kabupaten Akhir</title>"
        f'<link rel="preload" href="/_next/static/css/9f1c2a7e.css" as="style"/>'
        f'<link rel="stylesheet" href="/_next/static/css/9f1c2a7e.css" data-n-g=""/>'
        '<noscript data-n-css=""></noscript></head><body>'
        '<div id="__next"><header class="sticky top-0 z-40 bg-white shadow">'
        '<div class="container mx-auto flex items-center justify-between">'
        '<a href="/" class="flex items-center gap-2"><img src="/_next/image?url=%2Flogo-akhir.png&amp;w=64&amp;q=75" '
        'alt="Logo Kabupaten Akhir" width="40" height="48"/><span class="font-bold">KABUPATEN AKHIR</span></a>'
        f'<nav class="hidden md:flex">{nav}</nav></div></header>'
        f'<main class="container mx-auto py-8">{main}</main>'
        '<footer class="bg-emerald-900 text-white py-6"><div class="container mx-auto grid md:grid-cols-3">'
        '<div><p class="font-bold">Pemerintah Kabupaten Akhir</p><p>Kompleks Perkantoran Bukit Pelangi, '
        "Jl. Soekarno-Hatta No. 1, Tanjung Akhir, Kalimantan Timur 75611</p></div>"
        "<div><p>Telp. (0549) 21011 &middot; humas@akhirkab.go.id</p></div>"
        "<div><p>&copy; 2026 Diskominfo Staper Kabupaten Akhir</p></div></div></footer></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
        '<script src="/_next/static/chunks/webpack-3b1e.js" defer=""></script>'
        '<script src="/_next/static/chunks/main-77ac.js" defer=""></script>'
        f'<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script></body></html>'
    )


def build(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "pemkab",
        "Pemerintah Kabupaten Akhir",
        "pemkab",
        None,
        "ppid@akhirkab.go.id",
        "Next.js regency portal, PPID Utama under /ppid; hosts PPID Pelaksana pages under /ppid/pelaksana/",
    )

    def page(path: str, title: str, route: str, query: dict, props: dict, main: str, date=None):
        b.page(path, next_page(title, route, query, props, main), date=date)

    # static assets the pages reference (a real Next build serves them; nothing to judge in them)
    b.page("/_next/static/css/9f1c2a7e.css", "body{font-family:Inter,sans-serif}", content_type="text/css")
    for js in (
        "/_next/static/chunks/webpack-3b1e.js",
        "/_next/static/chunks/main-77ac.js",
        f"/_next/static/{BUILD_ID}/_buildManifest.js",
    ):
        b.page(js, "self.__BUILD_MANIFEST={};", content_type="application/javascript")
    b.page("/_next/image?*", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, content_type="image/png")
    b.page("/robots.txt", "User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n", content_type="text/plain")

    # ---- news: they mention items but are not the items --------------------------------------------------
    news = [
        (
            "bpk-serahkan-lhp-lkpd-kabupaten-akhir-raih-wtp",
            dt.date(N, 6, 3),
            f"BPK Serahkan LHP atas LKPD TA {N - 1}, Kabupaten Akhir Kembali Raih WTP",
            [
                f"SAMARINDA - Bupati Akhir menerima Laporan Hasil Pemeriksaan (LHP) BPK RI Perwakilan Provinsi Kalimantan "
                f"Timur atas Laporan Keuangan Pemerintah Daerah (LKPD) Tahun Anggaran {N - 1}, Selasa (3/6/{N}).",
                "Opini Wajar Tanpa Pengecualian (WTP) ini merupakan yang kesembilan kalinya. Bupati meminta seluruh OPD "
                "segera menindaklanjuti rekomendasi BPK dalam waktu 60 hari.",
            ],
        ),
        (
            "diskominfo-bimtek-ppid-pelaksana",
            dt.date(N, 4, 22),
            "Diskominfo Staper Gelar Bimtek PPID Pelaksana se-Kabupaten Akhir",
            [
                "Sebanyak 48 PPID Pelaksana mengikuti bimbingan teknis penyusunan Daftar Informasi Publik, uji "
                "konsekuensi informasi yang dikecualikan, dan pengisian SAQ Monev Komisi Informasi Provinsi Kaltim.",
                "Kepala Diskominfo Staper berharap seluruh OPD menetapkan DIP tahun berjalan paling lambat akhir Mei.",
            ],
        ),
        (
            "banjir-long-bentas-pemkab-salurkan-bantuan",
            dt.date(N, 5, 12),
            "Banjir Rendam Tiga Desa di Long Bentas, Pemkab Salurkan Bantuan",
            [
                "Hujan deras sejak Sabtu (9/5) menyebabkan Sungai Bentas meluap. BPBD bersama Dinas Sosial mendirikan "
                "posko pengungsian di Balai Desa Long Lepeq."
            ],
        ),
    ]
    cards = []
    for slug, d, title, paras in news:
        path = f"/berita/{slug}"
        page(
            path,
            title,
            "/berita/[slug]",
            {"slug": slug},
            {
                "artikel": {
                    "judul": title,
                    "slug": slug,
                    "tanggal": d.isoformat(),
                    "kategori": "Pemerintahan",
                    "isi": paras,
                }
            },
            f'<article><p class="text-sm text-gray-500">{tgl(d)} &middot; Admin Diskominfo</p>'
            f"<h1>{esc(title)}</h1>" + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</article>",
            date=d,
        )
        cards.append(f'<div class="card"><p class="text-xs">{tgl(d)}</p><h3>{a(path, title)}</h3></div>')
    page("/berita", "Berita", "/berita", {}, {"total": len(news)}, "<h1>Berita</h1>" + "".join(cards))

    page(
        "/",
        "Beranda",
        "/",
        {},
        {"banner": ["Akhir Maju, Sejahtera dan Berkelanjutan"]},
        '<section class="hero"><h1>Selamat Datang di Portal Resmi Pemerintah Kabupaten Akhir</h1></section>'
        "<section><h2>Layanan Publik</h2>"
        + ul(
            [
                a("/ppid", "PPID - Layanan Informasi Publik"),
                a(JDIH, "JDIH Kabupaten Akhir"),
                a(LPSE, "LPSE"),
                a("/layanan/pengaduan", "SP4N-LAPOR!"),
            ]
        )
        + "</section><section><h2>Berita Terkini</h2>"
        + "".join(cards)
        + "</section>",
    )

    # ---- profil --------------------------------------------------------------------------------------------
    profil = (
        "<h1>Profil Daerah</h1><p>Kabupaten Akhir dibentuk berdasarkan UU Nomor 47 Tahun 1999, beribukota di "
        "Tanjung Akhir, terdiri atas 12 kecamatan, 4 kelurahan dan 96 desa.</p>"
        "<h2>Visi dan Misi Bupati dan Wakil Bupati 2025-2030</h2><p>Visi: Terwujudnya Kabupaten Akhir yang "
        "Maju, Sejahtera dan Berkelanjutan.</p><h2>Tugas dan Fungsi</h2><p>Pemerintah Daerah menyelenggarakan "
        "urusan pemerintahan yang menjadi kewenangan daerah menurut asas otonomi dan tugas pembantuan.</p>"
        "<h2>Struktur Organisasi Perangkat Daerah</h2><p>Sekretariat Daerah, Sekretariat DPRD, Inspektorat, "
        "20 Dinas, 7 Badan, 12 Kecamatan.</p><h2>Alamat</h2><p>Kompleks Perkantoran Bukit Pelangi, Tanjung Akhir.</p>"
    )
    page("/profil", "Profil Daerah", "/profil", {}, {"seksi": ["visi-misi", "tugas", "struktur"]}, profil)
    b.label("profil", P, "Profil daerah: visi-misi, tugas-fungsi, struktur, alamat")

    # ---- PPID Utama ----------------------------------------------------------------------------------------
    sub = [
        ("/ppid/informasi-berkala", "Informasi Berkala"),
        ("/ppid/informasi-serta-merta", "Informasi Serta Merta"),
        ("/ppid/informasi-setiap-saat", "Informasi Setiap Saat"),
        ("/ppid/informasi-dikecualikan", "Informasi Dikecualikan"),
        ("/ppid/dip", "Daftar Informasi Publik"),
        ("/ppid/tata-cara", "Tata Cara Memperoleh Informasi"),
        ("/ppid/permohonan", "Permohonan Informasi"),
        ("/ppid/keberatan", "Pengajuan Keberatan"),
        ("/ppid/pelaksana", "PPID Pelaksana"),
    ]
    side = '<aside class="w-64">' + ul([a(h, t) for h, t in sub], "space-y-1") + "</aside>"
    sk_ppid = pdf_download(
        b,
        "/api/dokumen/unduh?id=90",
        "SK_PPID_Kab_Akhir.pdf",
        "KEPUTUSAN BUPATI AKHIR NOMOR 100.3.3.2/K.212/2025 TENTANG PEJABAT PENGELOLA INFORMASI "
        "DAN DOKUMENTASI DI LINGKUNGAN PEMERINTAH KABUPATEN AKHIR",
        [
            "Menetapkan Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian sebagai PPID "
            "Utama, dan Kepala Perangkat Daerah sebagai PPID Pelaksana.",
            "Ditetapkan di Tanjung Akhir pada tanggal 6 Maret 2025. BUPATI AKHIR.",
        ],
        dt.date(N - 1, 3, 6),
    )
    page(
        "/ppid",
        "PPID Utama",
        "/ppid",
        {},
        {"ppid": {"nama": "PPID Utama Kabupaten Akhir", "email": "ppid@akhirkab.go.id", "telp": "(0549) 21014"}},
        '<div class="flex gap-8">' + side + "<section><h1>PPID Utama Kabupaten Akhir</h1>"
        "<p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) Utama dilaksanakan oleh Dinas Komunikasi, "
        "Informatika, Statistik dan Persandian.</p>"
        f"<h2>Dasar Hukum</h2><p>{a(sk_ppid, 'SK Bupati tentang PPID di Lingkungan Pemerintah Kabupaten Akhir')}</p>"
        "<h2>Maklumat Pelayanan</h2><p>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi "
        "publik sesuai standar layanan yang telah ditetapkan.</p>"
        "<h3>Standar Layanan</h3><p>Jam layanan: Senin-Kamis 08.00-15.30 WITA, Jumat 08.00-11.00 WITA. "
        "Biaya: gratis (penggandaan ditanggung pemohon).</p>"
        "<h2>Kontak PPID</h2><p>Gedung Diskominfo Staper Lt. 2, Jl. Soekarno-Hatta No. 1 Tanjung Akhir<br/>"
        "Telp. (0549) 21014 &middot; WA 0812-5500-2101 &middot; Email: ppid@akhirkab.go.id</p></section></div>",
    )
    b.label("menu-ppid", P, "menu PPID di navigasi utama")
    b.label("sk-ppid", P, "SK Bupati tentang PPID (2025), statis")
    b.label("maklumat", P, "maklumat pelayanan, jam layanan dan biaya di halaman PPID")
    b.label("kontak-ppid", P, "alamat, telepon, WA dan e-mail PPID Utama")

    # Informasi berkala: the table shows titles and years; the download buttons carry only a data-id, the
    # file URLs are in __NEXT_DATA__ (a person clicks "Unduh" and gets the file)
    berkala = []

    def dok(i: int, judul: str, tahun: str, fname: str, heading: str, lines: list[str], d: dt.date, **kw):
        path = f"/api/dokumen/unduh?id={i}"
        pdf_download(b, path, fname, heading, lines, d, **kw)
        berkala.append({"id": i, "judul": judul, "tahun": tahun, "file_url": path})

    dok(
        101,
        "Ringkasan Profil Pemerintah Kabupaten Akhir",
        str(N),
        "Profil_Pemkab.pdf",
        "RINGKASAN PROFIL PEMERINTAH KABUPATEN AKHIR",
        ["Kedudukan, alamat, tugas dan fungsi, struktur organisasi."],
        dt.date(N, 1, 20),
    )
    dok(
        102,
        "Pengumuman LHKPN Bupati dan Wakil Bupati",
        f"{N - 2}",
        f"LHKPN_Bupati_{N - 2}.pdf",
        f"PENGUMUMAN HARTA KEKAYAAN PENYELENGGARA NEGARA - LHKPN PERIODIK TAHUN {N - 2}",
        [
            f"Bupati Akhir, tanggal penyampaian 21 Maret {N - 1}, jenis laporan: Periodik {N - 2}.",
            "Sumber: elhkpn.kpk.go.id",
        ],
        dt.date(N - 1, 4, 2),
    )
    b.label("lhkpn", S, f"LHKPN periodik {N - 2} (disampaikan {N - 1}); belum ada periodik {N - 1}", early=P)
    dok(
        103,
        f"RKPD Kabupaten Akhir Tahun {N}",
        str(N),
        f"Perbup_RKPD_{N}.pdf",
        f"PERATURAN BUPATI AKHIR TENTANG RENCANA KERJA PEMERINTAH DAERAH TAHUN {N}",
        ["Program prioritas, pagu indikatif, dan sasaran pembangunan daerah."],
        dt.date(N - 1, 6, 30),
    )
    b.label("program-kegiatan", P, f"RKPD {N}")
    dok(
        104,
        f"LKjIP Pemkab Akhir Tahun {N - 1}",
        str(N - 1),
        f"LKjIP_{N - 1}.pdf",
        f"LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) KABUPATEN AKHIR TAHUN {N - 1}",
        ["Capaian indikator kinerja utama dan realisasi sasaran strategis."],
        dt.date(N, 3, 24),
    )
    b.label("laporan-kinerja", P, f"LKjIP {N - 1}")
    dok(
        105,
        f"Ringkasan LKPD TA {N - 2} (Audited)",
        str(N - 2),
        f"LKPD_{N - 2}_audited.pdf",
        f"LAPORAN KEUANGAN PEMERINTAH DAERAH KABUPATEN AKHIR TAHUN ANGGARAN {N - 2} (AUDITED)",
        ["Laporan Realisasi Anggaran, Neraca, Laporan Arus Kas, Catatan atas Laporan Keuangan."],
        dt.date(N - 1, 6, 20),
    )
    b.label("laporan-keuangan", S, f"LKPD {N - 2} saja; berita WTP atas LKPD {N - 1} bukan dokumennya", early=P)
    dok(
        106,
        f"Perda APBD TA {N}",
        str(N),
        f"Perda_APBD_{N}.pdf",
        f"PERATURAN DAERAH KABUPATEN AKHIR TENTANG ANGGARAN PENDAPATAN DAN BELANJA DAERAH TAHUN ANGGARAN {N}",
        ["Pendapatan daerah, belanja daerah, pembiayaan daerah."],
        dt.date(N - 1, 12, 18),
    )
    b.label("anggaran", P, f"Perda APBD {N}")
    dok(
        107,
        f"Laporan Layanan Informasi Publik Tahun {N - 1}",
        str(N - 1),
        f"LLIP_PPID_Utama_{N - 1}.pdf",
        f"LAPORAN LAYANAN INFORMASI PUBLIK PPID UTAMA KABUPATEN AKHIR TAHUN {N - 1}",
        [
            "Jumlah permohonan: 214; dikabulkan seluruhnya: 187; sebagian: 15; ditolak: 12; rata-rata waktu 4 hari kerja."
        ],
        dt.date(N, 2, 27),
    )
    dok(
        108,
        f"Laporan Layanan Informasi Semester I {N}",
        f"Semester I {N}",
        f"LLIP_Sem1_{N}.pdf",
        f"LAPORAN LAYANAN INFORMASI PUBLIK SEMESTER I {N}",
        ["Jumlah permohonan Januari-Juni: 97."],
        dt.date(N, 7, 8),
    )
    b.label("laporan-layanan-informasi", P, f"laporan layanan {N - 1} (dan semester I {N})")
    b.page(
        "/api/dokumen/unduh?id=118",
        '<!DOCTYPE html><html><head><title>Dokumen tidak ditemukan</title></head><body><div id="__next">'
        "<h1>404</h1><p>File tidak ditemukan atau sudah dihapus.</p></div></body></html>",
    )
    berkala.append(
        {
            "id": 118,
            "judul": "Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat",
            "tahun": "-",
            "file_url": "/api/dokumen/unduh?id=118",
        }
    )
    b.label("peringatan-dini", B, "tombol unduh prosedur evakuasi menghasilkan halaman 'File tidak ditemukan' (200)")

    rows = "".join(
        f"<tr><td>{n}</td><td>{esc(d['judul'])}</td><td>{esc(d['tahun'])}</td>"
        f'<td><button type="button" class="btn-unduh" data-id="{d["id"]}">Unduh</button></td></tr>'
        for n, d in enumerate(berkala, 1)
    )
    page(
        "/ppid/informasi-berkala",
        "Informasi Berkala",
        "/ppid/[kategori]",
        {"kategori": "informasi-berkala"},
        {"kategori": "Informasi Berkala", "dokumen": berkala},
        '<div class="flex gap-8">' + side + "<section><h1>Informasi yang Wajib Disediakan dan Diumumkan Secara "
        'Berkala</h1><table class="min-w-full"><thead><tr><th>No</th><th>Judul</th><th>Tahun</th><th></th></tr>'
        f"</thead><tbody>{rows}</tbody></table></section></div>",
    )

    # serta merta
    sm = [
        (dt.date(N, 5, 10), "Peringatan Dini Banjir Sungai Bentas dan Lokasi Pengungsian"),
        (dt.date(N, 8, 19), "Pemadaman Listrik Bergilir PLN ULP Tanjung Akhir 20-22 Agustus"),
        (dt.date(N, 10, 2), "Waspada Kabut Asap: Kualitas Udara Tidak Sehat, Sekolah Belajar dari Rumah"),
    ]
    page(
        "/ppid/informasi-serta-merta",
        "Informasi Serta Merta",
        "/ppid/[kategori]",
        {"kategori": "informasi-serta-merta"},
        {"items": [{"tanggal": d.isoformat(), "judul": t} for d, t in sm]},
        '<div class="flex gap-8">'
        + side
        + "<section><h1>Informasi Serta Merta</h1>"
        + ul([f"<time>{tgl(d)}</time> - {esc(t)}" for d, t in sm])
        + "</section></div>",
    )
    b.label("serta-merta", P, "halaman informasi serta merta dengan pengumuman bertanggal")

    # setiap saat (rendered with real links)
    rpjmd = pdf_download(
        b,
        "/api/dokumen/unduh?id=131",
        f"Perda_RPJMD_{N - 1}-{N + 3}.pdf",
        f"PERATURAN DAERAH KABUPATEN AKHIR TENTANG RPJMD TAHUN {N - 1}-{N + 3}",
        ["Visi, misi, tujuan, sasaran, strategi dan arah kebijakan pembangunan lima tahun."],
        dt.date(N - 1, 8, 14),
    )
    b.label("renstra", P, f"RPJMD {N - 1}-{N + 3} meliputi {N}")
    pks = pdf_download(
        b,
        "/api/dokumen/unduh?id=132",
        "Daftar_PKS.pdf",
        "DAFTAR PERJANJIAN KERJA SAMA DAERAH",
        ["Kerja sama dengan pemerintah daerah lain dan pihak ketiga."],
        dt.date(N, 2, 10),
    )
    page(
        "/ppid/informasi-setiap-saat",
        "Informasi Setiap Saat",
        "/ppid/[kategori]",
        {"kategori": "informasi-setiap-saat"},
        {"jumlah": 4},
        '<div class="flex gap-8">'
        + side
        + "<section><h1>Informasi yang Wajib Tersedia Setiap Saat</h1>"
        + ul(
            [
                a("/ppid/dip", "Daftar Informasi Publik"),
                a(rpjmd, f"RPJMD {N - 1}-{N + 3}"),
                a(pks, "Daftar Perjanjian Kerja Sama"),
                a(JDIH, "Produk Hukum Daerah (JDIH)"),
            ]
        )
        + "</section></div>",
    )
    b.label("setiap-saat", P, "halaman informasi setiap saat")

    # DIP: link text and file name carry no year; the PDF's metadata Title says N-2 but its text says N
    sk_dip = pdf_download(
        b,
        "/api/dokumen/unduh?id=140",
        "SK_DIP_PPID_Utama.pdf",
        f"KEPUTUSAN BUPATI AKHIR NOMOR 100.3.3.2/K.061/{N} TENTANG PENETAPAN DAFTAR INFORMASI "
        f"PUBLIK DI LINGKUNGAN PEMERINTAH KABUPATEN AKHIR TAHUN {N}",
        [
            f"Menetapkan Daftar Informasi Publik Tahun {N} sebagaimana tercantum dalam Lampiran.",
            f"Ditetapkan di Tanjung Akhir pada tanggal 11 Februari {N}.",
        ],
        dt.date(N, 2, 11),
        meta_title=f"SK DIP {N - 2}",
    )
    dip_rows = [
        [str(i), esc(t), "PPID Utama", "Softcopy", "5 tahun"]
        for i, t in enumerate(
            ["Profil Pemerintah Daerah", "RPJMD", "RKPD", "APBD", "LKPD", "LKjIP", "Laporan Layanan Informasi"], 1
        )
    ]
    page(
        "/ppid/dip",
        "Daftar Informasi Publik",
        "/ppid/dip",
        {},
        {"sk": "/api/dokumen/unduh?id=140"},
        '<div class="flex gap-8">' + side + "<section><h1>Daftar Informasi Publik</h1>"
        f"<p>{a(sk_dip, 'Keputusan Bupati tentang Penetapan Daftar Informasi Publik')}</p>"
        + table(["No", "Ringkasan Isi Informasi", "Penguasa Informasi", "Bentuk", "Retensi"], dip_rows)
        + "</section></div>",
    )
    b.label("dip", P, f"SK DIP: metadata Title '{N - 2}', teks dokumen menetapkan DIP Tahun {N} (teks menentukan)")

    dik = pdf_download(
        b,
        "/api/dokumen/unduh?id=150",
        f"SK_DIK_{N - 2}.pdf",
        f"KEPUTUSAN PPID UTAMA TENTANG PENETAPAN INFORMASI YANG DIKECUALIKAN TAHUN {N - 2}",
        ["Lampiran: hasil uji konsekuensi atas 14 jenis informasi."],
        dt.date(N - 2, 5, 2),
    )
    page(
        "/ppid/informasi-dikecualikan",
        "Informasi Dikecualikan",
        "/ppid/[kategori]",
        {"kategori": "informasi-dikecualikan"},
        {"sk": "/api/dokumen/unduh?id=150"},
        '<div class="flex gap-8">' + side + "<section><h1>Daftar Informasi yang Dikecualikan</h1>"
        f"<p>{a(dik, f'SK Penetapan Informasi yang Dikecualikan dan Uji Konsekuensi Tahun {N - 2}')}</p>"
        "</section></div>",
    )
    b.label("dik", S, f"DIK {N - 2}")

    page(
        "/ppid/tata-cara",
        "Tata Cara Memperoleh Informasi",
        "/ppid/tata-cara",
        {},
        {},
        '<div class="flex gap-8">' + side + "<section><h1>Tata Cara Memperoleh Informasi Publik</h1>"
        "<ol><li>Pemohon mengisi formulir permohonan secara daring atau datang langsung ke meja layanan PPID.</li>"
        "<li>PPID memberikan tanda bukti permohonan dan menjawab paling lambat 10 hari kerja (dapat "
        "diperpanjang 7 hari kerja).</li></ol><h2>Tata Cara Pengajuan Keberatan</h2><p>Keberatan diajukan "
        "kepada Atasan PPID paling lambat 30 hari kerja setelah tanggapan diterima.</p><h2>Penyelesaian "
        "Sengketa Informasi</h2><p>Apabila tidak puas, pemohon dapat mengajukan sengketa ke Komisi Informasi "
        "Provinsi Kalimantan Timur.</p></section></div>",
    )
    b.label("tata-cara-informasi", P, "tata cara permohonan, keberatan dan sengketa")

    page(
        "/ppid/permohonan",
        "Permohonan Informasi",
        "/ppid/permohonan",
        {},
        {"endpoint": "/api/permohonan"},
        '<div class="flex gap-8">' + side + "<section><h1>Formulir Permohonan Informasi Publik</h1>"
        '<form method="post" action="/api/permohonan/kirim"><label>Nama Lengkap<input name="nama" required/></label>'
        '<label>NIK<input name="nik"/></label><label>Alamat<textarea name="alamat"></textarea></label>'
        '<label>Email<input type="email" name="email"/></label><label>No. HP<input name="telepon"/></label>'
        '<label>Rincian Informasi yang Dibutuhkan<textarea name="rincian"></textarea></label>'
        '<label>Tujuan Penggunaan<textarea name="tujuan"></textarea></label>'
        '<button type="submit">Kirim Permohonan</button></form></section></div>',
    )
    b.label("form-permohonan", P, "formulir permohonan daring")
    b.page(
        "/ppid/keberatan",
        "<!DOCTYPE html><html><head><title>500: Internal Server Error</title></head><body>"
        '<div id="__next"><h1>500</h1><h2>Internal Server Error.</h2></div></body></html>',
        status=500,
    )
    b.label("form-keberatan", B, "menu 'Pengajuan Keberatan' menjawab 500")
    b.label("sop-ppid", M, "tidak ada SOP layanan informasi di portal")

    b.label("regulasi", P, "tautan JDIH dan produk hukum")
    b.label("pengadaan", P, "tautan LPSE dan SiRUP")
    page(
        "/transparansi",
        "Transparansi",
        "/transparansi",
        {},
        {"tautan": [JDIH, LPSE, SIRUP]},
        "<h1>Transparansi Pemerintahan</h1>"
        + ul(
            [
                a(JDIH, "JDIH - Produk Hukum Daerah (Perda, Perbup, Keputusan Bupati)"),
                a(LPSE, "LPSE - Pengadaan Barang/Jasa Secara Elektronik"),
                a(SIRUP, "SiRUP - Rencana Umum Pengadaan Kabupaten Akhir"),
                a("/ppid/informasi-berkala", "APBD dan Laporan Keuangan"),
            ]
        ),
    )
    page(
        "/layanan/pengaduan",
        "Pengaduan",
        "/layanan/[slug]",
        {"slug": "pengaduan"},
        {"kanal": LAPOR},
        "<h1>Layanan Pengaduan Masyarakat</h1><p>Sampaikan pengaduan terkait penyalahgunaan wewenang atau "
        f"pelayanan publik melalui {a(LAPOR, 'SP4N-LAPOR!')}, SMS 1708, atau WA 0811-5400-1708.</p>"
        "<p>Pengaduan ditindaklanjuti oleh Inspektorat dan OPD terkait paling lambat 5 hari kerja.</p>",
    )
    b.label("pengaduan", P, "SP4N-LAPOR! dan tata cara pengaduan")
    page(
        "/kontak",
        "Kontak",
        "/kontak",
        {},
        {},
        "<h1>Kontak</h1><p>Bagian Protokol dan Komunikasi Pimpinan, Setda Kabupaten Akhir. Telp. (0549) 21011.</p>",
    )
    b.label("ketenagakerjaan", M, "tidak ada informasi kepegawaian/rekrutmen di portal")
    return b


def add_pelaksana_index(b: SiteBuilder, entries: list[tuple[str, str]]) -> None:
    """/ppid/pelaksana: the list of PPID Pelaksana (links to pages on this portal or to OPD sites)."""
    items = [a(href, name) for name, href in entries]
    b.page(
        "/ppid/pelaksana",
        next_page(
            "PPID Pelaksana", "/ppid/pelaksana", {}, {"jumlah": len(entries)}, "<h1>PPID Pelaksana</h1>" + ul(items)
        ),
    )
