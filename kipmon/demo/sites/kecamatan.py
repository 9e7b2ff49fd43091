"""Kecamatan Contoh Utara (a template site with an endless agenda calendar) and Kelurahan Sukamaju.

The kecamatan's /agenda/{YYYY}/{MM} pages each link to the previous and the next month, for any
year: a calendar trap that a crawler must not follow forever (served by a prefix route). The
kelurahan is a small blog-like static site without a PPID section.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from kipmon.demo.server import Page
from kipmon.demo.sites.common import BULAN, B, M, P, S, SiteBuilder, base, doc_table, esc, lm, tgl

KEC_ID = "kec-contoh-utara"
KEL_ID = "kel-sukamaju"


def _kec_layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{esc(title)} - Kecamatan Contoh Utara</title>
<link rel="stylesheet" href="/themes/kecamatan/css/main.css"></head><body>
<div class="top"><img src="/themes/kecamatan/img/logo.png" alt="logo"> <b>KECAMATAN CONTOH UTARA</b> &ndash; Kabupaten Contoh</div>
<ul class="menu"><li><a href="/">Beranda</a></li>
<li><a href="/profil">Profil Kecamatan</a></li><li><a href="/ppid">PPID</a></li>
<li><a href="/layanan">Layanan</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/berita">Berita</a></li></ul>
<div class="main"><h2>{esc(title)}</h2>{content}</div>
<div class="foot">Kantor Camat Contoh Utara, Jl. Pendidikan No. 2, Contoh Utara &middot; &copy; Kecamatan Contoh Utara</div>
</body></html>"""


def build_kecamatan(as_of: dt.date):
    N = as_of.year
    email = "kec.contohutara@contohkab.go.id"
    b = SiteBuilder(
        as_of,
        KEC_ID,
        "Kecamatan Contoh Utara",
        "kecamatan",
        "pemkab-contoh",
        email,
        "situs templat kecamatan dengan kalender agenda tanpa ujung",
    )
    page = lambda path, title, content: b.page(path, _kec_layout(title, content))  # noqa: E731
    D = "/uploads/ppid"
    docs = [
        (
            "lhkpn",
            S,
            None,
            f"LHKPN Camat Contoh Utara Tahun {N - 3}",
            f"lhkpn-camat-{N - 3}.pdf",
            dt.date(N - 2, 3, 29),
            [f"Periode pelaporan 31 Desember {N - 3}"],
            "LHKPN N-3",
        ),
        (
            "program-kegiatan",
            P,
            None,
            f"Rencana Kerja (Renja) Kecamatan Contoh Utara Tahun {N}",
            f"renja-kecamatan-{N}.pdf",
            dt.date(N, 1, 22),
            ["Program penyelenggaraan pemerintahan dan pelayanan publik kecamatan"],
            "Renja N",
        ),
        (
            "laporan-kinerja",
            S,
            P,
            f"LKjIP Kecamatan Contoh Utara Tahun {N - 2}",
            f"lkjip-kecamatan-{N - 2}.pdf",
            dt.date(N - 1, 3, 15),
            ["Capaian indikator kinerja utama"],
            "LKjIP N-2",
        ),
        (
            "laporan-keuangan",
            S,
            P,
            f"Laporan Keuangan Kecamatan Contoh Utara Tahun Anggaran {N - 2}",
            f"laporan-keuangan-kecamatan-{N - 2}.pdf",
            dt.date(N - 1, 6, 3),
            ["LRA", "Neraca", "CaLK"],
            "laporan keuangan TA N-2",
        ),
        (
            "anggaran",
            P,
            None,
            f"DPA Kecamatan Contoh Utara Tahun Anggaran {N}",
            f"dpa-kecamatan-{N}.pdf",
            dt.date(N, 1, 12),
            ["Belanja operasi dan belanja modal kecamatan"],
            "DPA TA N",
        ),
        (
            "laporan-layanan-informasi",
            S,
            None,
            f"Laporan Layanan Informasi Publik Kecamatan Contoh Utara Tahun {N - 3}",
            f"laporan-layanan-informasi-{N - 3}.pdf",
            dt.date(N - 2, 2, 20),
            ["Jumlah permohonan informasi: 4"],
            "laporan layanan N-3",
        ),
        (
            "dip",
            S,
            P,
            f"Daftar Informasi Publik Kecamatan Contoh Utara Tahun {N - 1}",
            f"dip-kecamatan-{N - 1}.pdf",
            dt.date(N - 1, 2, 5),
            ["Ringkasan informasi publik kecamatan"],
            "DIP N-1",
        ),
        (
            "renstra",
            S,
            None,
            f"Renstra Kecamatan Contoh Utara {N - 6}-{N - 1}",
            f"renstra-kecamatan-{N - 6}-{N - 1}.pdf",
            dt.date(N - 6, 8, 1),
            ["Tujuan dan sasaran kecamatan"],
            "Renstra berakhir N-1",
        ),
    ]
    rows = []
    for item, status, early, title, fname, d, lines, note in docs:
        b.pdf(f"{D}/{fname}", title, lines, d)
        b.label(item, status, note, early=early)
        rows.append((title, d.year if item not in ("renstra",) else f"{N - 6}-{N - 1}", f"{D}/{fname}"))
    b.broken(f"{D}/sk-camat-tentang-ppid.pdf", "404")
    rows.append(("SK Camat tentang PPID Kecamatan", N - 2, f"{D}/sk-camat-tentang-ppid.pdf"))
    b.label("sk-ppid", B, "PDF SK PPID 404")
    b.broken("/ppid/informasi-dikecualikan", "404")
    page(
        "/ppid",
        "PPID Kecamatan Contoh Utara",
        "<p>Dokumen informasi publik kecamatan:</p>"
        + doc_table(rows)
        + "<p><a href='/ppid/informasi-dikecualikan'>Daftar Informasi yang Dikecualikan</a></p>"
        "<p><b>Informasi Serta Merta</b></p><ul>"
        f"<li>{tgl(dt.date(N, 1, 9))} &ndash; Banjir di Desa Sukadamai dan Desa Makmur Jaya: lokasi posko pengungsian di "
        "Balai Kecamatan</li></ul>"
        f"<p>Permohonan informasi: <a href='{base('pemkab-contoh')}/permohonan-informasi'>formulir daring PPID Kabupaten Contoh</a>. "
        "Tata cara: ajukan permohonan, PPID menjawab paling lambat 10 hari kerja; keberatan kepada Camat selaku atasan PPID; "
        "sengketa ke Komisi Informasi.</p>"
        f"<p>Kontak PPID Kecamatan: telepon (0549) 23010, e-mail <a href='mailto:{email}'>{email}</a></p>",
    )
    b.label("dik", B, "tautan Daftar Informasi yang Dikecualikan menuju 404")
    b.label("serta-merta", P, "informasi serta merta banjir")
    b.label("form-permohonan", P, "tautan ke formulir portal kabupaten")
    b.label("tata-cara-informasi", P)
    b.label("kontak-ppid", P)
    b.label("menu-ppid", P)
    page(
        "/",
        "Beranda",
        "<p>Selamat datang di website resmi Kecamatan Contoh Utara.</p>"
        f"<ul><li><a href='/berita/pelantikan-ketua-rt'>Pelantikan Ketua RT se-Kecamatan</a> ({tgl(dt.date(N, 5, 15))})</li>"
        f"<li><a href='/berita/lomba-kebersihan-desa'>Lomba Kebersihan Antar Desa</a> ({tgl(dt.date(N, 6, 28))})</li></ul>",
    )
    page(
        "/profil",
        "Profil Kecamatan",
        "<p>Alamat kantor: Jl. Pendidikan No. 2, Contoh Utara. Luas wilayah 1.214 km&sup2;, 9 desa dan 1 kelurahan.</p>"
        "<p>Tugas dan fungsi Camat: mengoordinasikan penyelenggaraan pemerintahan di wilayah kecamatan.</p>"
        "<p>Struktur organisasi: Camat, Sekretaris Kecamatan, Kasi Pemerintahan, Kasi Trantib, Kasi Kesejahteraan Sosial.</p>",
    )
    b.label("profil", P)
    page(
        "/layanan",
        "Layanan",
        "<p><b>Maklumat Pelayanan:</b> Kami siap memberikan pelayanan cepat, tepat, dan tanpa pungutan liar.</p>"
        "<p>Jam layanan: Senin&ndash;Jumat 08.00&ndash;15.00 WITA. Biaya: gratis.</p>"
        "<p>Pengaduan penyalahgunaan wewenang: <a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a> atau kotak pengaduan di "
        "kantor camat; setiap pengaduan dicatat dan ditindaklanjuti.</p>",
    )
    b.label("maklumat", P)
    b.label("pengaduan", P)
    page(
        "/berita",
        "Berita",
        "<ul><li><a href='/berita/pelantikan-ketua-rt'>Pelantikan Ketua RT</a></li>"
        "<li><a href='/berita/lomba-kebersihan-desa'>Lomba Kebersihan Antar Desa</a></li></ul>",
    )
    page(
        "/berita/pelantikan-ketua-rt",
        "Pelantikan Ketua RT se-Kecamatan",
        f"<p>{tgl(dt.date(N, 5, 15))} &ndash; Camat melantik 48 ketua RT masa bakti {N}-{N + 3}.</p>",
    )
    page(
        "/berita/lomba-kebersihan-desa",
        "Lomba Kebersihan Antar Desa",
        f"<p>{tgl(dt.date(N, 6, 28))} &ndash; Desa Sukadamai meraih juara pertama.</p>",
    )

    # the calendar trap
    events = {
        (N, 1): ["Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan"],
        (N, 3): ["Rapat koordinasi lintas sektor"],
        (N, 5): ["Pelantikan ketua RT"],
        (N, 6): ["Lomba kebersihan antar desa"],
        (N - 1, 11): ["Rapat koordinasi akhir tahun"],
    }
    pattern = re.compile(r"^/agenda/(\d{4})/(\d{2})/?$")
    page_date = b.page_date

    def agenda(path: str):
        m = pattern.match(path.split("?", 1)[0])
        if not m or not 1 <= int(m[2]) <= 12 or not 1000 <= int(m[1]) <= 9999:
            return None
        y, mo = int(m[1]), int(m[2])
        prev = (y - 1, 12) if mo == 1 else (y, mo - 1)
        nxt = (y + 1, 1) if mo == 12 else (y, mo + 1)
        weeks = calendar.Calendar().monthdayscalendar(y, mo)
        cells = "".join("<tr>" + "".join(f"<td>{d or ''}</td>" for d in w) + "</tr>" for w in weeks)
        ev = "".join(f"<li>{esc(e)}</li>" for e in events.get((y, mo), [])) or "<li>Belum ada agenda.</li>"
        body = (
            f"<p><a href='/agenda/{prev[0]}/{prev[1]:02d}'>&laquo; Bulan sebelumnya</a> | "
            f"<a href='/agenda/{nxt[0]}/{nxt[1]:02d}'>Bulan berikutnya &raquo;</a></p>"
            f"<table class='kalender'><tr><th>Sen</th><th>Sel</th><th>Rab</th><th>Kam</th><th>Jum</th><th>Sab</th>"
            f"<th>Min</th></tr>{cells}</table><ul>{ev}</ul>"
        )
        return Page(_kec_layout(f"Agenda Kegiatan {BULAN[mo - 1]} {y}", body), last_modified=lm(page_date))

    b.prefix("/agenda/", agenda)
    b.spec.routes["/agenda"] = agenda(f"/agenda/{page_date.year}/{page_date.month:02d}")
    for item in (
        "regulasi",
        "pengadaan",
        "ketenagakerjaan",
        "peringatan-dini",
        "setiap-saat",
        "sop-ppid",
        "form-keberatan",
    ):
        b.label(item, M)
    return b.spec


def _kel_layout(title: str, content: str, sidebar: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} | Kelurahan Sukamaju</title></head>
<body><div id="outer-wrapper"><div id="header"><h1><a href="/">Kelurahan Sukamaju</a></h1>
<p class="description">Kecamatan Contoh Utara, Kabupaten Contoh</p></div>
<div id="crosscol"><a href="/">Beranda</a> | <a href="/p/profil-kelurahan.html">Profil Kelurahan</a> |
<a href="/p/pelayanan.html">Pelayanan</a> | <a href="/p/tanggap-bencana.html">Tanggap Bencana</a></div>
<div id="main"><h2 class="post-title">{esc(title)}</h2><div class="post-body">{content}</div></div>
<div id="sidebar">{sidebar}</div>
<div id="footer">Kantor Lurah Sukamaju, Jl. Masjid Raya No. 4</div></div></body></html>"""


def build_kelurahan(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        KEL_ID,
        "Kelurahan Sukamaju",
        "kelurahan",
        KEC_ID,
        "kel.sukamaju@contohkab.go.id",
        "situs statis bergaya blog tanpa bagian PPID",
    )
    posts = [
        (
            dt.date(N - 1, 1, 20),
            "program-kerja-kelurahan-sukamaju",
            f"Program Kerja Kelurahan Sukamaju Tahun {N - 1}",
            f"<p>Program kerja kelurahan tahun {N - 1}: perbaikan drainase lingkungan, posyandu, dan pelatihan UMKM.</p>",
        ),
        (
            dt.date(N, 6, 2),
            "kerja-bakti-bersih-drainase",
            "Kerja Bakti Bersih Drainase",
            "<p>Warga RT 05 bergotong royong membersihkan saluran air.</p>",
        ),
        (
            dt.date(N, 3, 11),
            "posyandu-balita-maret",
            "Posyandu Balita Bulan Maret",
            "<p>Sebanyak 86 balita ditimbang di Posyandu Melati.</p>",
        ),
    ]
    b.label("program-kegiatan", S, "program kerja N-1", early=P)
    lk = b.pdf(
        f"/files/laporan-kinerja-kelurahan-sukamaju-{N - 3}.pdf",
        f"Laporan Kinerja Kelurahan Sukamaju Tahun {N - 3}",
        ["Capaian kinerja pelayanan kelurahan"],
        dt.date(N - 2, 3, 25),
    )
    b.label("laporan-kinerja", S, "laporan kinerja N-3")
    dpa = b.pdf(
        f"/files/dpa-kelurahan-sukamaju-{N - 2}.pdf",
        f"DPA Kelurahan Sukamaju Tahun Anggaran {N - 2}",
        ["Dana kelurahan: pembangunan sarana dan prasarana, pemberdayaan masyarakat"],
        dt.date(N - 2, 1, 18),
    )
    b.label("anggaran", S, "DPA TA N-2")
    b.broken(f"/files/daftar-informasi-publik-{N}.pdf", "404")
    b.label("dip", B, "tautan Daftar Informasi Publik N menuju 404")
    sidebar = (
        "<h3>Unduhan</h3><ul>"
        f"<li><a href='{lk}'>Laporan Kinerja Kelurahan {N - 3}</a></li>"
        f"<li><a href='{dpa}'>DPA Kelurahan {N - 2}</a></li>"
        f"<li><a href='/files/daftar-informasi-publik-{N}.pdf'>Daftar Informasi Publik {N}</a></li></ul>"
        "<h3>Arsip Blog</h3><ul>"
        + "".join(f"<li><a href='/{d.year}/{d.month:02d}/{s}.html'>{esc(t)}</a></li>" for d, s, t, _ in posts)
        + "</ul>"
    )
    page = lambda path, title, content: b.page(path, _kel_layout(title, content, sidebar))  # noqa: E731
    for d, slug, title, content in posts:
        page(f"/{d.year}/{d.month:02d}/{slug}.html", title, f"<p class='date-header'>{tgl(d)}</p>{content}")
    page(
        "/",
        "Beranda",
        "".join(
            f"<div class='post'><h3><a href='/{d.year}/{d.month:02d}/{s}.html'>{esc(t)}</a></h3><p>{tgl(d)}</p></div>"
            for d, s, t, _ in sorted(posts, reverse=True)
        ),
    )
    page(
        "/p/profil-kelurahan.html",
        "Profil Kelurahan",
        "<p>Alamat: Jl. Masjid Raya No. 4, Sukamaju. Lurah: Hj. Nurhayati, S.Sos.</p><p>Tugas: melaksanakan kegiatan "
        "pemerintahan kelurahan, pemberdayaan masyarakat, dan pelayanan masyarakat.</p>"
        "<p>Struktur organisasi: Lurah, Sekretaris Kelurahan, Kasi Pemerintahan, Kasi Pemberdayaan Masyarakat.</p>",
    )
    b.label("profil", P)
    page(
        "/p/pelayanan.html",
        "Pelayanan",
        "<p><b>Maklumat Pelayanan</b>: kami siap melayani dengan ramah dan tanpa pungutan. Jam layanan: Senin&ndash;Kamis "
        "08.00&ndash;15.00, Jumat 08.00&ndash;11.00 WITA. Biaya: gratis.</p>"
        "<p><b>Pengaduan</b>: sampaikan keluhan atau dugaan penyalahgunaan wewenang melalui "
        "<a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a> atau WhatsApp 0813-4777-2211; pengaduan ditindaklanjuti "
        "paling lambat 5 hari kerja.</p>",
    )
    b.label("maklumat", P)
    b.label("pengaduan", P)
    page(
        "/p/tanggap-bencana.html",
        "Tanggap Bencana",
        "<p><b>Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat Kantor Lurah Sukamaju</b></p><ol>"
        "<li>Tanda bahaya: sirene atau kentungan dibunyikan terus-menerus.</li>"
        "<li>Pegawai dan pengunjung kantor keluar melalui pintu samping mengikuti tanda Jalur Evakuasi.</li>"
        "<li>Titik kumpul: halaman depan Kantor Lurah; petugas piket memastikan tidak ada yang tertinggal.</li>"
        "<li>Warga RT 01&ndash;06 yang terdampak banjir mengungsi melalui Jl. Masjid Raya ke titik kumpul yang sama.</li></ol>",
    )
    b.label("peringatan-dini", P)
    for item in (
        "menu-ppid",
        "lhkpn",
        "laporan-keuangan",
        "laporan-layanan-informasi",
        "regulasi",
        "tata-cara-informasi",
        "pengadaan",
        "ketenagakerjaan",
        "serta-merta",
        "setiap-saat",
        "dik",
        "sk-ppid",
        "sop-ppid",
        "form-permohonan",
        "form-keberatan",
        "kontak-ppid",
        "renstra",
    ):
        b.label(item, M)
    return b.spec
