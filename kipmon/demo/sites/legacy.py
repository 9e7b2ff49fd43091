"""Dinas Pendidikan dan Kebudayaan: a legacy table-layout PHP site, in windows-1252.

Pages are index.php?hal=... (query-string routes), declared with <meta charset=windows-1252> and
served as text/html; charset=windows-1252, with accented and typographic characters (Café, ©, en
dashes, curly quotes) that are single bytes in cp1252 and invalid UTF-8. The site was last touched
on "Jum'at, 29 Nopember {N-1}" (old spelling of November), and most documents are years old.
"""

from __future__ import annotations

import datetime as dt

from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, last_weekday

ID = "disdikbud"
CP1252 = "text/html; charset=windows-1252"
MENU = [
    ("Beranda", "index.php"),
    ("Profil", "index.php?hal=profil"),
    ("Struktur Organisasi", "index.php?hal=struktur"),
    ("Program Kerja", "index.php?hal=program"),
    ("Informasi Publik", "index.php?hal=informasi"),
    ("Produk Hukum", "index.php?hal=hukum"),
    ("Kepegawaian", "index.php?hal=kepegawaian"),
    ("Buku Tamu", "index.php?hal=bukutamu"),
]


def layout(title: str, content: str, updated: str) -> bytes:
    menu = "".join(f'<tr><td class="menu">&raquo; <a href="{h}">{t}</a></td></tr>' for t, h in MENU)
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset=windows-1252>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>.:: Dinas Pendidikan dan Kebudayaan Kabupaten Contoh ::. {title}</title>
<link rel="stylesheet" type="text/css" href="style.css">
</head>
<body bgcolor="#E8F0D8" topmargin="0" leftmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header_disdik.jpg" width="900" height="150" alt="Dinas Pendidikan dan Kebudayaan"></td></tr>
<tr><td colspan="2" bgcolor="#336633"><marquee scrollamount="3"><font color="#FFFFFF" face="Verdana" size="2">
Selamat Datang di Website Resmi Dinas Pendidikan dan Kebudayaan Kabupaten Contoh &ndash; \u201cCerdas, Berkarakter, Berbudaya\u201d
</font></marquee></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F4F8EC"><table width="100%" border="0" cellpadding="4">{menu}</table>
<p align="center"><font size="1" face="Verdana">Pengunjung: 0014872</font></p></td>
<td width="700" valign="top"><table width="100%" border="0" cellpadding="8"><tr><td>
<font face="Verdana" size="2"><h2>{title}</h2>
{content}
</font></td></tr></table></td>
</tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font color="#FFFFFF" face="Verdana" size="1">
Dinas Pendidikan dan Kebudayaan Kabupaten Contoh &ndash; Jl. Pendidikan No. 5, Contoh &ndash; Telp. (0549) 21088<br>
Copyright \u00a9 2009\u2013{updated[-4:]} Disdikbud Kab. Contoh. Update terakhir: {updated}
</font></td></tr>
</table>
</body>
</html>"""
    return html.encode("cp1252")


def build(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        ID,
        "Dinas Pendidikan dan Kebudayaan",
        "opd",
        "pemkab-contoh",
        "disdikbud@contohkab.go.id",
        "situs lama berbasis tabel, windows-1252, index.php?hal=...",
    )
    last = last_weekday(N - 1, 11, 4, on_or_before=29)  # a Friday
    updated = f"Jum'at, {last.day} Nopember {N - 1}"
    b.page_date = last

    def page(path: str, title: str, content: str):
        b.page(path, layout(title, content, updated), content_type=CP1252, date=last)

    page(
        "/index.php",
        "Beranda",
        "<p><b>Sambutan Kepala Dinas</b></p><p>Assalamu\u2019alaikum Wr. Wb. Puji syukur kita panjatkan\u2026 Website ini "
        "kami hadirkan sebagai sarana informasi bagi masyarakat, guru, dan siswa.</p>"
        f"<p><b>Berita Terbaru</b><br>&bull; {updated} &ndash; Lomba Bercerita Tingkat SD se-Kabupaten<br>"
        f"&bull; Kamis, 14 Nopember {N - 1} &ndash; Peresmian \u201cCaf\u00e9 Literasi\u201d di Perpustakaan Daerah<br>"
        f"&bull; Senin, 4 Nopember {N - 1} &ndash; Pentas Tari J\u00e9pen dan Hudoq Siswa SMP</p>",
    )
    b.spec.routes["/"] = b.spec.routes["/index.php"]
    b.label("menu-ppid", P, "menu 'Informasi Publik' di setiap halaman")
    page(
        "/index.php?hal=profil",
        "Profil",
        "<p><b>Alamat:</b> Jl. Pendidikan No. 5, Contoh 75611</p><p><b>Visi:</b> Terwujudnya insan yang cerdas, "
        "berkarakter, dan berbudaya.</p><p><b>Tugas Pokok dan Fungsi:</b> melaksanakan urusan pemerintahan bidang "
        "pendidikan dan kebudayaan.</p><p>Kepala Dinas: Drs. H. Andi Mappasessu, M.Pd.</p>",
    )
    page(
        "/index.php?hal=struktur",
        "Struktur Organisasi",
        "<p><img src='images/struktur_organisasi.jpg' alt='Struktur Organisasi' width='600'></p>",
    )
    b.label("profil", P)

    b.pdf(
        f"/download/PROGRAM_KERJA_{N - 2}.pdf",
        f"Program Kerja Dinas Pendidikan dan Kebudayaan Tahun {N - 2}",
        ["Program Pengelolaan Pendidikan", "Program Pengembangan Kebudayaan"],
        dt.date(N - 2, 2, 3),
    )
    page(
        "/index.php?hal=program",
        "Program Kerja",
        f"<p>Program Kerja Tahun {N - 2}: <a href='download/PROGRAM_KERJA_{N - 2}.pdf'>download</a></p>",
    )
    b.label("program-kegiatan", S, "program kerja tahun N-2")

    docs = [
        (
            "lhkpn",
            f"LHKPN_KADIS_{N - 4}.pdf",
            f"Pengumuman LHKPN Kepala Dinas Pendidikan Tahun {N - 4}",
            [f"Periode pelaporan 31 Desember {N - 4}"],
            dt.date(N - 3, 3, 30),
            "LHKPN tahun N-4",
        ),
        (
            "laporan-kinerja",
            f"LAKIP_{N - 3}.pdf",
            f"LAKIP Dinas Pendidikan dan Kebudayaan Tahun {N - 3}",
            ["Laporan Akuntabilitas Kinerja Instansi Pemerintah"],
            dt.date(N - 2, 3, 28),
            "LAKIP tahun N-3",
        ),
        (
            "laporan-keuangan",
            f"LAP_KEU_{N - 3}.pdf",
            f"Laporan Keuangan Dinas Pendidikan Tahun Anggaran {N - 3}",
            ["LRA", "Neraca", "CaLK"],
            dt.date(N - 2, 6, 15),
            "laporan keuangan TA N-3",
        ),
        (
            "anggaran",
            f"RKA_DISDIK_{N - 2}.pdf",
            f"RKA Dinas Pendidikan dan Kebudayaan Tahun Anggaran {N - 2}",
            ["Rencana Kerja dan Anggaran SKPD"],
            dt.date(N - 3, 11, 20),
            "RKA TA N-2",
        ),
        (
            "laporan-layanan-informasi",
            f"LAP_LAYANAN_INFO_{N - 4}.pdf",
            f"Laporan Layanan Informasi Publik Dinas Pendidikan Tahun {N - 4}",
            ["Jumlah permohonan: 6"],
            dt.date(N - 3, 3, 1),
            "laporan layanan informasi N-4",
        ),
        (
            "dip",
            f"DIP_{N - 3}.pdf",
            f"Daftar Informasi Publik Dinas Pendidikan dan Kebudayaan Tahun {N - 3}",
            ["Ringkasan informasi publik"],
            dt.date(N - 3, 2, 14),
            "DIP tahun N-3",
        ),
        (
            "dik",
            f"DIK_{N - 3}.pdf",
            f"Daftar Informasi Yang Dikecualikan Dinas Pendidikan Tahun {N - 3}",
            ["Data pribadi peserta didik", "Soal ujian sebelum dilaksanakan"],
            dt.date(N - 3, 2, 14),
            "DIK tahun N-3",
        ),
        (
            "renstra",
            f"RENSTRA_{N - 6}-{N - 2}.pdf",
            f"Rencana Strategis Dinas Pendidikan dan Kebudayaan {N - 6}-{N - 2}",
            ["Tujuan dan sasaran strategis"],
            dt.date(N - 6, 10, 1),
            "Renstra berakhir N-2",
        ),
    ]
    rows = []
    for item, fname, title, lines, d, note in docs:
        b.pdf(f"/download/{fname}", title, lines, d)
        b.label(item, S, note)
        rows.append(f"<tr><td>{title}</td><td align='center'><a href='download/{fname}'>download</a></td></tr>")
    b.pdf(
        f"/download/SK_PPID_DISDIK_{N - 4}.pdf",
        "Keputusan Kepala Dinas Pendidikan dan Kebudayaan tentang Pejabat Pengelola Informasi dan Dokumentasi Pelaksana",
        [f"Nomor 421/0877/Disdikbud/{N - 4}"],
        dt.date(N - 4, 5, 5),
    )
    rows.append(
        f"<tr><td>SK PPID Pelaksana Dinas Pendidikan</td><td align='center'><a href='download/SK_PPID_DISDIK_{N - 4}.pdf'>download</a></td></tr>"
    )
    b.label("sk-ppid", P)
    rows.append(
        "<tr><td>SOP Pelayanan Informasi</td><td align='center'><a href='index.php?hal=sop'>lihat</a></td></tr>"
    )
    b.broken("/index.php?hal=sop", "404")
    b.label("sop-ppid", B, "tautan SOP menuju 404")
    page(
        "/index.php?hal=informasi",
        "Informasi Publik",
        "<table width='100%' border='1' cellspacing='0' cellpadding='4'><tr bgcolor='#CCDDAA'><th>Nama Dokumen</th>"
        "<th>File</th></tr>" + "".join(rows) + "</table>",
    )
    page(
        "/index.php?hal=hukum",
        "Produk Hukum",
        f"<p>&bull; Peraturan Bupati Contoh Nomor 21 Tahun {N - 4} tentang Penyelenggaraan Pendidikan<br>"
        f"&bull; Keputusan Kepala Dinas tentang Kalender Pendidikan Tahun Pelajaran {N - 2}/{N - 1}<br>"
        f"&bull; Peraturan Daerah Nomor 3 Tahun {N - 7} tentang Pelestarian Cagar Budaya</p>",
    )
    b.label("regulasi", P, "daftar peraturan dan keputusan")
    page(
        "/index.php?hal=kepegawaian",
        "Kepegawaian",
        f"<p><b>Pengumuman Seleksi PPPK Guru Tahun {N - 1}</b></p><p>Formasi: 214 guru kelas, 37 guru mata pelajaran. "
        "Pendaftaran melalui sscasn.bkn.go.id.</p><p>Jumlah pegawai: PNS 3.112 orang, PPPK 842 orang.</p>",
    )
    b.label("ketenagakerjaan", P, "informasi kepegawaian dan seleksi PPPK")
    page(
        "/index.php?hal=bukutamu",
        "Buku Tamu",
        "<form method='post' action='index.php?hal=bukutamu'>Nama: <input name='nama'><br>Komentar:<br>"
        "<textarea name='komentar'></textarea><br><input type='submit' value='Kirim'></form>"
        "<p><i>Pesan terakhir: \u201cMohon info jadwal PPDB\u201d &ndash; Rini</i></p>",
    )
    for item in (
        "tata-cara-informasi",
        "pengaduan",
        "pengadaan",
        "peringatan-dini",
        "serta-merta",
        "setiap-saat",
        "maklumat",
        "form-permohonan",
        "form-keberatan",
    ):
        b.label(item, M)
    b.label("kontak-ppid", M, "hanya telepon kantor di kaki halaman, tanpa kontak PPID")
    return b.spec
