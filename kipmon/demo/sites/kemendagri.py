"""Bapperida: a PPID Pelaksana site in the style of the Kemendagri PPID application (ppid.<daerah>.go.id).

Category pages (/informasi/berkala, /informasi/serta-merta, ...) list documents whose titles lead to a
detail page (/informasi/detail/{id}: summary, responsible official, year, a download button) and the
file itself under /uploads/dokumen/ with a hashed name: the crawler has to go two links deep.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, esc, tgl

ID = "bapperida"
NAME = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"
EMAIL = "ppid.bapperida@contohkab.go.id"

MENU = [
    ("Beranda", "/"),
    (
        "Profil",
        [
            ("Profil PPID", "/profil/profil-ppid"),
            ("Visi dan Misi", "/profil/visi-misi"),
            ("Tugas dan Fungsi", "/profil/tugas-fungsi"),
            ("Struktur Organisasi", "/profil/struktur-organisasi"),
        ],
    ),
    (
        "Informasi Publik",
        [
            ("Informasi Berkala", "/informasi/berkala"),
            ("Informasi Serta Merta", "/informasi/serta-merta"),
            ("Informasi Setiap Saat", "/informasi/setiap-saat"),
            ("Informasi Dikecualikan", "/informasi/dikecualikan"),
            ("Daftar Informasi Publik", "/informasi/dip"),
        ],
    ),
    (
        "Layanan Informasi",
        [
            ("Permohonan Informasi", "/layanan/permohonan"),
            ("Pengajuan Keberatan", "/layanan/keberatan"),
            ("Tata Cara", "/layanan/tata-cara"),
            ("Maklumat Pelayanan", "/layanan/maklumat"),
            ("SOP", "/layanan/sop"),
            ("Pengaduan", "/layanan/pengaduan"),
        ],
    ),
    ("Regulasi", "/regulasi"),
]


def _menu() -> str:
    out = []
    for label, target in MENU:
        if isinstance(target, str):
            out.append(f'<li><a href="{target}">{esc(label)}</a></li>')
        else:
            sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in target)
            out.append(
                f'<li class="dropdown"><a href="#" class="dropdown-toggle">{esc(label)} <b class="caret"></b></a>'
                f'<ul class="dropdown-menu">{sub}</ul></li>'
            )
    return "".join(out)


def layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{esc(title)} - PPID Bapperida Kabupaten Contoh</title>
<link href="/assets/front/css/bootstrap.min.css" rel="stylesheet"><link href="/assets/front/css/ppid.css" rel="stylesheet">
</head><body>
<div class="header-ppid"><div class="container"><img src="/assets/front/img/logo-kemendagri.png" alt="Kemendagri" height="50">
<h1>PPID BAPPERIDA</h1><p>Pejabat Pengelola Informasi dan Dokumentasi &ndash; {esc(NAME)} Kabupaten Contoh</p></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">{_menu()}</ul></div></nav>
<div class="container"><div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">{esc(title)}</h3></div>
<div class="panel-body">{content}</div></div></div>
<footer class="footer"><div class="container">
<p>PPID Bapperida Kabupaten Contoh &middot; Jl. Soekarno-Hatta No. 12, Contoh 75611</p>
<p>Aplikasi PPID &copy; Kementerian Dalam Negeri Republik Indonesia</p></div></footer>
</body></html>"""


def build(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        ID,
        NAME,
        "opd",
        "pemkab-contoh",
        EMAIL,
        "aplikasi PPID Kemendagri (ppid.*: kategori, halaman detail, unduhan berkas ber-hash)",
    )
    page = lambda path, title, content: b.page(path, layout(title, content))  # noqa: E731
    details: dict[str, list] = {}
    counter = [100]

    def doc(
        category: str,
        title: str,
        year,
        d: dt.date,
        lines: list[str],
        broken: str | None = None,
        official: str = "Sekretaris Bapperida",
    ) -> None:
        counter[0] += 7
        did = counter[0]
        fname = hashlib.md5(title.encode()).hexdigest()[:20] + ".pdf"
        fpath = f"/uploads/dokumen/{fname}"
        if broken:
            b.broken(fpath, broken)
        else:
            b.pdf(fpath, title, lines, d, meta_title="")
        page(
            f"/informasi/detail/{did}",
            title,
            f"<table class='table'><tr><th>Judul Informasi</th><td>{esc(title)}</td></tr>"
            f"<tr><th>Ringkasan</th><td>{esc(lines[0] if lines else title)}</td></tr>"
            f"<tr><th>Pejabat Penguasa Informasi</th><td>{esc(official)}</td></tr>"
            f"<tr><th>Tahun</th><td>{year}</td></tr><tr><th>Tanggal Unggah</th><td>{tgl(d)}</td></tr></table>"
            f"<a class='btn btn-success' href='{fpath}'><i class='glyphicon glyphicon-download'></i> Unduh Dokumen</a>",
        )
        details.setdefault(category, []).append((title, year, f"/informasi/detail/{did}"))

    def listing(category: str) -> str:
        rows = "".join(
            f"<tr><td>{i}</td><td><a href='{href}'>{esc(t)}</a></td><td>{y}</td></tr>"
            for i, (t, y, href) in enumerate(details.get(category, []), start=1)
        )
        return f"<table class='table table-striped'><tr><th>No</th><th>Judul Informasi</th><th>Tahun</th></tr>{rows}</table>"

    # berkala
    doc(
        "berkala",
        f"LHKPN Kepala Bapperida Tahun {N - 1}",
        N - 1,
        dt.date(N, 3, 20),
        [f"Laporan Harta Kekayaan Penyelenggara Negara periode 31 Desember {N - 1}", "Sumber: elhkpn.kpk.go.id"],
    )
    b.label("lhkpn", P, "LHKPN N-1")
    doc(
        "berkala",
        f"Rencana Kerja (Renja) Bapperida Tahun {N - 1}",
        N - 1,
        dt.date(N - 1, 1, 12),
        [f"Program dan kegiatan Bapperida tahun {N - 1}"],
    )
    b.label("program-kegiatan", S, "Renja N-1; Renja N tidak ada", early=P)
    doc(
        "berkala",
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) Bapperida Tahun {N - 2}",
        N - 2,
        dt.date(N - 1, 3, 10),
        [f"Capaian kinerja tahun {N - 2}"],
    )
    b.label("laporan-kinerja", S, "LKjIP N-2", early=P)
    doc(
        "berkala",
        f"Laporan Keuangan Bapperida Tahun Anggaran {N - 2}",
        N - 2,
        dt.date(N - 1, 5, 30),
        ["Laporan Realisasi Anggaran, Neraca dan CaLK"],
    )
    b.label("laporan-keuangan", S, "laporan keuangan TA N-2", early=P)
    doc(
        "berkala",
        f"Dokumen Pelaksanaan Anggaran (DPA) Bapperida Tahun Anggaran {N - 1}",
        N - 1,
        dt.date(N - 1, 1, 8),
        ["Rincian belanja per program dan kegiatan"],
    )
    b.label("anggaran", S, "DPA TA N-1", early=P)
    doc(
        "berkala",
        f"Laporan Layanan Informasi Publik Bapperida Tahun {N - 3}",
        N - 3,
        dt.date(N - 2, 2, 15),
        [f"Rekapitulasi permohonan informasi tahun {N - 3}"],
    )
    b.label("laporan-layanan-informasi", S, "laporan layanan N-3")
    doc(
        "berkala",
        f"Rencana Strategis (Renstra) Bapperida Tahun {N - 1}-{N + 3}",
        f"{N - 1}-{N + 3}",
        dt.date(N - 1, 9, 2),
        ["Tujuan, sasaran, strategi dan arah kebijakan"],
    )
    b.label("renstra", P, "Renstra (N-1)-(N+3)")
    doc(
        "berkala",
        "Prosedur Peringatan Dini dan Evakuasi Gedung Bapperida",
        "-",
        dt.date(N - 2, 7, 1),
        [],
        broken="empty",
    )
    b.label("peringatan-dini", B, "PDF prosedur evakuasi 0 byte")
    b.label("ketenagakerjaan", M)
    page(
        "/informasi/berkala",
        "Informasi Berkala",
        listing("berkala")
        + "<p>Pengadaan barang dan jasa: <a href='/informasi/pengadaan'>Rencana Umum Pengadaan</a></p>",
    )
    b.broken("/informasi/pengadaan", "404")
    b.label("pengadaan", B, "tautan Rencana Umum Pengadaan menuju 404")
    # serta merta, setiap saat, dikecualikan, DIP
    page(
        "/informasi/serta-merta",
        "Informasi Serta Merta",
        f"<ul><li>{tgl(dt.date(N, 4, 2))} &ndash; Gangguan layanan aplikasi perencanaan daerah karena pemeliharaan pusat data</li></ul>",
    )
    b.label("serta-merta", P)
    doc(
        "setiap-saat",
        "Keputusan Kepala Bapperida tentang Penunjukan PPID Pelaksana (SK PPID)",
        N - 2,
        dt.date(N - 2, 1, 30),
        [f"Nomor 050/027/Bapperida/{N - 2}", "Pejabat Pengelola Informasi dan Dokumentasi Pelaksana"],
    )
    b.label("sk-ppid", P)
    doc(
        "setiap-saat",
        f"Daftar Informasi Publik Bapperida Tahun {N}",
        N,
        dt.date(N, 1, 27),
        ["Ringkasan informasi publik yang dikuasai Bapperida"],
    )
    b.label("dip", P, "DIP N (juga di kategori Setiap Saat)")
    page("/informasi/setiap-saat", "Informasi Setiap Saat", listing("setiap-saat"))
    b.label("setiap-saat", P)
    doc(
        "dikecualikan",
        f"Daftar Informasi yang Dikecualikan Bapperida Tahun {N}",
        N,
        dt.date(N, 1, 27),
        ["Hasil uji konsekuensi: dokumen kajian yang belum final, data pribadi responden survei"],
    )
    b.label("dik", P, "DIK N")
    page("/informasi/dikecualikan", "Informasi Dikecualikan", listing("dikecualikan"))
    page(
        "/informasi/dip",
        "Daftar Informasi Publik",
        f"<p>Daftar Informasi Publik Bapperida ditetapkan setiap tahun. DIP tahun {N}:</p>"
        + "".join(
            f"<p><a href='{h}'>{esc(t)}</a></p>" for t, _, h in details["setiap-saat"] if "Daftar Informasi" in t
        ),
    )
    # profile and services
    page(
        "/",
        "Beranda",
        "<div class='jumbotron'><h2>Selamat Datang di Layanan PPID Bapperida</h2>"
        "<p>Ajukan permohonan informasi publik secara daring.</p>"
        "<a class='btn btn-primary' href='/layanan/permohonan'>Permohonan Informasi</a></div>"
        f"<h4>Pengumuman</h4><p>{tgl(dt.date(N, 6, 10))}: Musrenbang RPJMD telah dilaksanakan.</p>",
    )
    b.label("menu-ppid", P, "seluruh situs adalah layanan PPID")
    page(
        "/profil/profil-ppid",
        "Profil PPID",
        "<p>PPID Pelaksana Bapperida.</p><p>Alamat: Jl. Soekarno-Hatta No. 12, Contoh 75611<br>"
        f"Telepon: (0549) 210122<br>E-mail: <a href='mailto:{EMAIL}'>{EMAIL}</a></p>",
    )
    b.label("kontak-ppid", P)
    page(
        "/profil/visi-misi",
        "Visi dan Misi",
        "<p>Perencanaan pembangunan yang partisipatif, terukur, dan berbasis riset.</p>",
    )
    page(
        "/profil/tugas-fungsi",
        "Tugas dan Fungsi",
        "<p>Bapperida melaksanakan fungsi penunjang perencanaan, penelitian dan pengembangan, serta inovasi daerah.</p>",
    )
    page(
        "/profil/struktur-organisasi",
        "Struktur Organisasi",
        "<img src='/uploads/struktur/bagan-bapperida.png' alt='Bagan Struktur Organisasi'><p>Kepala Bapperida: Ir. Joni Abdi, M.Si.</p>",
    )
    b.label("profil", P)
    form = lambda fields: (
        "<form method='post' class='form-horizontal'>"
        + "".join(  # noqa: E731
            f"<div class='form-group'><label>{esc(lbl)}</label><input class='form-control' name='{n}'></div>"
            for n, lbl in fields
        )
        + "<button class='btn btn-primary' type='submit'>Kirim</button></form>"
    )
    page(
        "/layanan/permohonan",
        "Permohonan Informasi",
        form(
            [
                ("nama", "Nama Pemohon"),
                ("ktp", "Nomor KTP"),
                ("email", "E-mail"),
                ("telp", "No. Telepon"),
                ("rincian", "Rincian Informasi"),
                ("tujuan", "Tujuan Penggunaan"),
            ]
        ),
    )
    b.label("form-permohonan", P)
    page(
        "/layanan/keberatan",
        "Pengajuan Keberatan",
        form([("no_registrasi", "Nomor Registrasi Permohonan"), ("nama", "Nama"), ("alasan", "Alasan Keberatan")]),
    )
    b.label("form-keberatan", P)
    page(
        "/layanan/tata-cara",
        "Tata Cara Memperoleh Informasi",
        "<p>1. Pemohon mengisi formulir. 2. PPID memproses paling lambat 10 hari kerja. 3. Keberatan dapat diajukan "
        "kepada atasan PPID. 4. Sengketa informasi diselesaikan oleh Komisi Informasi.</p>",
    )
    b.label("tata-cara-informasi", P)
    page(
        "/layanan/maklumat",
        "Maklumat Pelayanan",
        "<p><strong>MAKLUMAT PELAYANAN</strong>: Kami siap memberikan pelayanan informasi sesuai standar pelayanan.</p>"
        "<p>Waktu pelayanan Senin&ndash;Jumat 08.00&ndash;16.00 WITA. Biaya: tidak dipungut biaya.</p>",
    )
    b.label("maklumat", P)
    sop = b.pdf(
        "/uploads/sop/sop-pelayanan-informasi.pdf",
        "SOP Pelayanan Permohonan Informasi Publik Bapperida",
        ["Prosedur penerimaan, pemrosesan, dan pemberian informasi"],
        dt.date(N - 2, 2, 1),
    )
    page(
        "/layanan/sop",
        "Standar Operasional Prosedur",
        f"<p><a href='{sop}'>SOP Pelayanan Permohonan Informasi Publik</a></p>",
    )
    b.label("sop-ppid", P)
    page(
        "/layanan/pengaduan",
        "Pengaduan",
        "<p>Pengaduan penyalahgunaan wewenang disampaikan melalui <a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a>. "
        "Tuliskan laporan lengkap dengan bukti; tindak lanjut dapat dipantau melalui nomor tiket.</p>",
    )
    b.label("pengaduan", P)
    page(
        "/regulasi",
        "Regulasi",
        "<p>UU 14/2008; Perki 1/2021. Produk hukum daerah di <a href='https://jdih.contohkab.go.id/'>JDIH Kabupaten Contoh</a>.</p>",
    )
    b.label("regulasi", P)
    return b.spec
