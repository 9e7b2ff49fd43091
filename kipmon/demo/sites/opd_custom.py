"""Three OPD sites on home-grown or generic CMSs.

- Dinas Kesehatan (CodeIgniter-style /halaman/...): documents with OPAQUE names (/uploads/doc_83f2a.pdf)
  listed as "Dokumen 1, 2, ..." whose PDF text alone says what they are; its DIP and DIK live on the
  regency portal (/ppid-pelaksana/dinas-kesehatan/), linked from here and given as a second start URL.
- BPKAD (Bootstrap CMS with a download area): synonyms (SAKIP/LAKIP, RKA, "Informasi yang
  Dikecualikan") and broken documents of every kind: 404, a .pdf answering 200 with an HTML "File
  tidak ditemukan" page, a 0-byte file, a corrupt PDF, a 500.
- RSUD (Joomla): DOCX and XLSX documents, several stale, a few broken links.
"""

from __future__ import annotations

import datetime as dt

from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, base, doc_table, esc, tgl

# --------------------------------------------------------------------------- Dinas Kesehatan


def _dinkes_layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{esc(title)} - Dinas Kesehatan Kabupaten Contoh</title>
<link rel="stylesheet" href="/assets/css/style.css"></head><body>
<div id="header"><h1>DINAS KESEHATAN</h1><h2>Kabupaten Contoh</h2></div>
<ul id="nav"><li><a href="/">Beranda</a></li><li><a href="/halaman/profil">Profil</a></li>
<li><a href="/halaman/ppid">PPID</a><ul><li><a href="/halaman/informasi-berkala">Informasi Berkala</a></li>
<li><a href="/halaman/informasi-serta-merta">Informasi Serta Merta</a></li>
<li><a href="/halaman/maklumat">Maklumat Pelayanan</a></li><li><a href="/halaman/tata-cara-permohonan">Tata Cara Permohonan Informasi</a></li></ul></li>
<li><a href="/halaman/prosedur-tanggap-darurat">Tanggap Darurat</a></li><li><a href="/berita">Berita</a></li></ul>
<div id="content"><h3>{esc(title)}</h3>{content}</div>
<div id="footer">Dinas Kesehatan Kabupaten Contoh &middot; Jl. Yos Sudarso No. 8, Contoh &middot; Telp. (0549) 21500</div>
</body></html>"""


def build_dinkes(as_of: dt.date):
    N = as_of.year
    email = "ppid.dinkes@contohkab.go.id"
    b = SiteBuilder(
        as_of,
        "dinkes",
        "Dinas Kesehatan",
        "opd",
        "pemkab-contoh",
        email,
        "CMS CodeIgniter; dokumen bernama acak (doc_83f2a.pdf); DIP/DIK di portal PPID kabupaten",
    )
    b.spec.extra_urls.append(("pemkab-contoh", "/ppid-pelaksana/dinas-kesehatan/"))
    page = lambda path, title, content: b.page(path, _dinkes_layout(title, content))  # noqa: E731

    opaque = [  # (file, title in the PDF, lines, date, item, status, early, note)
        (
            "doc_83f2a.pdf",
            f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {N - 1}",
            [
                "DINAS KESEHATAN KABUPATEN CONTOH",
                "BAB I PENDAHULUAN",
                f"Capaian cakupan imunisasi dasar lengkap tahun {N - 1}: 93,4%",
            ],
            dt.date(N, 3, 18),
            "laporan-kinerja",
            P,
            None,
            "LKjIP N-1, nama berkas acak",
        ),
        (
            "doc_1c9e7.pdf",
            f"RENCANA KERJA DINAS KESEHATAN TAHUN {N}",
            [
                "Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat",
                "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
            ],
            dt.date(N, 1, 16),
            "program-kegiatan",
            P,
            None,
            "Renja N, nama berkas acak",
        ),
        (
            "doc_5b0d2.pdf",
            f"DOKUMEN PELAKSANAAN ANGGARAN (DPA) DINAS KESEHATAN TAHUN ANGGARAN {N}",
            ["Belanja Operasi Rp 142.500.000.000", "Belanja Modal Rp 38.200.000.000"],
            dt.date(N, 1, 10),
            "anggaran",
            P,
            None,
            "DPA TA N, nama berkas acak",
        ),
        (
            "doc_9e44c.pdf",
            f"LAPORAN KEUANGAN DINAS KESEHATAN TAHUN ANGGARAN {N - 2}",
            ["Laporan Realisasi Anggaran", "Neraca", "Catatan atas Laporan Keuangan"],
            dt.date(N - 1, 5, 27),
            "laporan-keuangan",
            S,
            P,
            "laporan keuangan TA N-2, nama berkas acak",
        ),
        (
            "doc_d07a1.pdf",
            f"PENGUMUMAN LAPORAN HARTA KEKAYAAN PENYELENGGARA NEGARA KEPALA DINAS KESEHATAN TAHUN {N - 2}",
            [f"Tanggal pelaporan 31 Desember {N - 2}", "Total harta kekayaan Rp 3.250.118.000"],
            dt.date(N - 1, 3, 29),
            "lhkpn",
            S,
            P,
            "LHKPN N-2, nama berkas acak",
        ),
        (
            "doc_4aa19.pdf",
            f"RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN CONTOH {N - 1}-{N + 3}",
            ["Tujuan: meningkatnya derajat kesehatan masyarakat"],
            dt.date(N - 1, 8, 14),
            "renstra",
            P,
            None,
            "Renstra (N-1)-(N+3), nama berkas acak",
        ),
    ]
    rows = []
    for i, (fname, title, lines, d, item, status, early, note) in enumerate(opaque, start=1):
        b.pdf(f"/uploads/{fname}", title, lines, d, meta_title="Dokumen1")
        b.label(item, status, note, early=early)
        rows.append(
            f"<tr><td>{i}</td><td><a href='/uploads/{fname}'>Dokumen {i}</a> (PDF)</td>"
            f"<td>{d.day:02d}/{d.month:02d}/{d.year}</td></tr>"
        )
    b.broken("/uploads/doc_e61b0.pdf", "corrupt")
    rows.append(
        f"<tr><td>{len(rows) + 1}</td><td><a href='/uploads/doc_e61b0.pdf'>Laporan Layanan Informasi Publik "
        f"Tahun {N - 1}</a> (PDF)</td><td>28/02/{N}</td></tr>"
    )
    b.label("laporan-layanan-informasi", B, "PDF rusak (bukan PDF)")
    page(
        "/halaman/informasi-berkala",
        "Informasi Berkala",
        "<p>Dokumen informasi berkala Dinas Kesehatan:</p><table class='tabel'><tr><th>No</th><th>Dokumen</th>"
        "<th>Tanggal Unggah</th></tr>" + "".join(rows) + "</table>"
        "<p>Produk hukum bidang kesehatan: <a href='https://jdih.contohkab.go.id/'>JDIH Kabupaten Contoh</a></p>",
    )
    b.label("regulasi", P, "tautan JDIH")
    b.broken("/uploads/doc_7f2c3.pdf", "html200")
    page(
        "/halaman/ppid",
        "PPID Pelaksana Dinas Kesehatan",
        "<p>PPID Pelaksana Dinas Kesehatan melayani permohonan informasi publik bidang kesehatan.</p>"
        "<p><a href='/uploads/doc_7f2c3.pdf'>SK PPID Pelaksana Dinas Kesehatan</a></p>"
        "<p>Daftar Informasi Publik dan Daftar Informasi yang Dikecualikan Dinas Kesehatan dikelola pada Portal PPID Kabupaten:<br>"
        f"<a href='{base('pemkab-contoh')}/ppid-pelaksana/dinas-kesehatan/'>Daftar Informasi Publik (DIP) Dinas Kesehatan Tahun {N}</a><br>"
        f"<a href='{base('pemkab-contoh')}/ppid-pelaksana/dinas-kesehatan/'>Informasi yang Dikecualikan Dinas Kesehatan</a></p>"
        f"<p>Permohonan informasi diajukan melalui <a href='{base('pemkab-contoh')}/permohonan-informasi'>formulir "
        "permohonan informasi Portal PPID Kabupaten Contoh</a>.</p>"
        f"<p><b>Kontak PPID:</b> Telp. (0549) 21500 ext. 12, e-mail <a href='mailto:{email}'>{email}</a></p>",
    )
    b.label("sk-ppid", B, "tautan SK PPID: .pdf yang menjawab halaman 'File tidak ditemukan'")
    b.label("dip", P, "DIP N di portal PPID kabupaten (ditautkan)")
    b.label("dik", S, "DIK N-1 di portal PPID kabupaten", early=P)
    b.label("form-permohonan", P, "tautan ke formulir permohonan portal kabupaten")
    b.label("kontak-ppid", P)
    b.label("menu-ppid", P)
    page(
        "/",
        "Beranda",
        f"<p>Selamat datang di situs Dinas Kesehatan Kabupaten Contoh.</p><ul>"
        f"<li><a href='/berita/detail/41/waspada-demam-berdarah'>Waspada Demam Berdarah Dengue</a> ({tgl(dt.date(N, 2, 19))})</li>"
        f"<li><a href='/berita/detail/44/posyandu-remaja'>Pembentukan Posyandu Remaja</a> ({tgl(dt.date(N, 6, 5))})</li></ul>"
        "<p>Pengaduan layanan kesehatan: <a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a></p>",
    )
    page(
        "/berita",
        "Berita",
        "<ul><li><a href='/berita/detail/41/waspada-demam-berdarah'>Waspada Demam Berdarah Dengue</a></li>"
        "<li><a href='/berita/detail/44/posyandu-remaja'>Pembentukan Posyandu Remaja</a></li></ul>",
    )
    page(
        "/berita/detail/41/waspada-demam-berdarah",
        "Waspada Demam Berdarah Dengue",
        f"<p><i>{tgl(dt.date(N, 2, 19))}</i></p><p>Kasus DBD meningkat di tiga kecamatan. Masyarakat diminta melakukan 3M Plus.</p>",
    )
    page(
        "/berita/detail/44/posyandu-remaja",
        "Pembentukan Posyandu Remaja",
        f"<p><i>{tgl(dt.date(N, 6, 5))}</i></p><p>Dinas Kesehatan membentuk 25 posyandu remaja.</p>",
    )
    page(
        "/halaman/informasi-serta-merta",
        "Informasi Serta Merta",
        f"<p><b>{tgl(dt.date(N, 2, 19))} &ndash; Kejadian Luar Biasa Demam Berdarah Dengue</b>: peningkatan kasus DBD di "
        "Kecamatan Contoh Utara, Contoh Selatan, dan Teluk Pandan. Segera bawa penderita demam tinggi ke puskesmas.</p>",
    )
    b.label("serta-merta", P, "informasi serta merta wabah DBD")
    page(
        "/halaman/profil",
        "Profil Dinas Kesehatan",
        "<p>Alamat: Jl. Yos Sudarso No. 8, Contoh.</p><p>Tugas: melaksanakan urusan pemerintahan bidang kesehatan.</p>"
        "<p>Struktur organisasi: Kepala Dinas, Sekretariat, Bidang Kesehatan Masyarakat, Bidang Pencegahan dan Pengendalian "
        "Penyakit, Bidang Pelayanan dan Sumber Daya Kesehatan.</p>",
    )
    b.label("profil", P)
    page(
        "/halaman/maklumat",
        "Maklumat Pelayanan",
        "<p><b>MAKLUMAT PELAYANAN</b>: Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
        "pelayanan. Jam layanan: Senin&ndash;Jumat 08.00&ndash;16.00 WITA. Biaya: gratis.</p>",
    )
    b.label("maklumat", P)
    page(
        "/halaman/tata-cara-permohonan",
        "Tata Cara Permohonan Informasi",
        "<p>Permohonan diajukan tertulis atau daring; PPID menjawab dalam 10 hari kerja. Bila tidak puas, pemohon "
        "mengajukan keberatan kepada atasan PPID, lalu sengketa ke Komisi Informasi.</p>",
    )
    b.label("tata-cara-informasi", P)
    page(
        "/halaman/prosedur-tanggap-darurat",
        "Prosedur Tanggap Darurat dan Jalur Evakuasi",
        "<p>1. Bunyikan alarm. 2. Ikuti jalur evakuasi ke titik kumpul di halaman depan. 3. Petugas K3 memeriksa "
        "setiap ruangan. 4. Hubungi pemadam kebakaran (113).</p>",
    )
    b.label("peringatan-dini", P)
    b.label("pengaduan", P, "tautan SP4N-LAPOR! di beranda")
    for item in ("pengadaan", "ketenagakerjaan", "setiap-saat", "sop-ppid", "form-keberatan"):
        b.label(item, M)
    return b.spec


# --------------------------------------------------------------------------- BPKAD


def _bpkad_layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{esc(title)} | BPKAD Kabupaten Contoh</title>
<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css"></head><body>
<nav class="navbar navbar-expand-md navbar-light bg-warning"><a class="navbar-brand" href="/">BPKAD Kab. Contoh</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
<li class="nav-item"><a class="nav-link" href="/halaman/profil">Profil</a></li>
<li class="nav-item"><a class="nav-link" href="/halaman/ppid">PPID</a></li>
<li class="nav-item"><a class="nav-link" href="/halaman/sakip">SAKIP</a></li>
<li class="nav-item"><a class="nav-link" href="/download">Download</a></li>
<li class="nav-item"><a class="nav-link" href="/halaman/pengadaan">Pengadaan</a></li></ul></nav>
<div class="container my-4"><h2>{esc(title)}</h2>{content}</div>
<footer class="border-top py-3 text-center small">Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Contoh &middot;
Jl. Soekarno-Hatta No. 3</footer></body></html>"""


def build_bpkad(as_of: dt.date):
    N = as_of.year
    email = "ppid.bpkad@contohkab.go.id"
    b = SiteBuilder(
        as_of,
        "bpkad",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "opd",
        "pemkab-contoh",
        email,
        "CMS Bootstrap dengan area unduhan; sinonim (SAKIP/LAKIP, RKA); dokumen rusak",
    )
    page = lambda path, title, content: b.page(path, _bpkad_layout(title, content))  # noqa: E731
    F = "/files/download"
    lakip = b.pdf(
        f"{F}/LAKIP_BPKAD_{N - 1}.pdf",
        f"LAKIP Badan Pengelolaan Keuangan dan Aset Daerah Tahun {N - 1}",
        [
            "Laporan Akuntabilitas Kinerja Instansi Pemerintah",
            "Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)",
        ],
        dt.date(N, 3, 5),
    )
    page(
        "/halaman/sakip",
        "SAKIP",
        "<p>Dokumen Sistem Akuntabilitas Kinerja Instansi Pemerintah:</p>"
        + doc_table([(f"LAKIP BPKAD Tahun {N - 1}", N - 1, lakip)]),
    )
    b.label("laporan-kinerja", P, "LAKIP N-1 di menu SAKIP (sinonim)")
    b.broken(f"{F}/Laporan_Keuangan_BPKAD_{N - 1}.pdf", "404")
    b.label("laporan-keuangan", B, "PDF laporan keuangan N-1 menjawab 404")
    b.broken(f"{F}/RKA_BPKAD_{N}.pdf", "html200")
    b.label("anggaran", B, ".pdf RKA N menjawab 200 berisi 'File tidak ditemukan'")
    b.broken(f"{F}/Laporan_Layanan_Informasi_{N - 1}.pdf", "corrupt")
    b.label("laporan-layanan-informasi", B, "PDF rusak")
    b.broken(f"{F}/Prosedur_Evakuasi_Gedung_BPKAD.pdf", "empty")
    b.label("peringatan-dini", B, "berkas 0 byte")
    b.broken(f"{F}/SOP_Pelayanan_Informasi_Publik.pdf", "500")
    b.label("sop-ppid", B, "SOP menjawab 500")
    renja = b.pdf(
        f"{F}/Renja_BPKAD_{N - 1}.pdf",
        f"Rencana Kerja BPKAD Tahun {N - 1}",
        ["Program pengelolaan keuangan daerah"],
        dt.date(N - 1, 1, 20),
    )
    b.label("program-kegiatan", S, "Renja N-1", early=P)
    lhkpn = b.pdf(
        f"{F}/LHKPN_Kaban_{N - 3}.pdf",
        f"Pengumuman LHKPN Kepala BPKAD Tahun {N - 3}",
        [f"Periode pelaporan 31 Desember {N - 3}"],
        dt.date(N - 2, 3, 30),
    )
    b.label("lhkpn", S, "LHKPN N-3")
    dip = b.pdf(
        f"{F}/DIP_BPKAD_{N - 2}.pdf",
        f"Daftar Informasi Publik BPKAD Tahun {N - 2}",
        ["Ringkasan informasi publik"],
        dt.date(N - 2, 2, 1),
    )
    b.label("dip", S, "DIP N-2")
    renstra = b.pdf(
        f"{F}/Renstra_BPKAD_{N - 4}-{N}.pdf",
        f"Rencana Strategis BPKAD Tahun {N - 4}-{N}",
        ["Tujuan: pengelolaan keuangan daerah yang akuntabel"],
        dt.date(N - 4, 6, 1),
    )
    b.label("renstra", P, "Renstra (N-4)-N")
    files = [
        (
            "Berkala",
            f"Laporan Keuangan BPKAD Tahun {N - 1} (LRA, Neraca, CaLK)",
            N - 1,
            f"{F}/Laporan_Keuangan_BPKAD_{N - 1}.pdf",
        ),
        ("Berkala", f"RKA BPKAD Tahun Anggaran {N}", N, f"{F}/RKA_BPKAD_{N}.pdf"),
        (
            "Berkala",
            f"Laporan Layanan Informasi Publik Tahun {N - 1}",
            N - 1,
            f"{F}/Laporan_Layanan_Informasi_{N - 1}.pdf",
        ),
        ("Berkala", f"Rencana Kerja BPKAD Tahun {N - 1}", N - 1, renja),
        ("Berkala", f"LHKPN Kepala Badan Tahun {N - 3}", N - 3, lhkpn),
        ("Berkala", "Prosedur Evakuasi Gedung BPKAD", "-", f"{F}/Prosedur_Evakuasi_Gedung_BPKAD.pdf"),
        ("Setiap Saat", f"Daftar Informasi Publik BPKAD Tahun {N - 2}", N - 2, dip),
        ("Setiap Saat", f"Renstra BPKAD {N - 4}-{N}", f"{N - 4}-{N}", renstra),
        ("Setiap Saat", "SOP Pelayanan Informasi Publik", "-", f"{F}/SOP_Pelayanan_Informasi_Publik.pdf"),
    ]
    sk = b.pdf(
        f"{F}/SK_PPID_Pelaksana_BPKAD.pdf",
        "Keputusan Kepala BPKAD tentang Pejabat Pengelola Informasi dan Dokumentasi Pelaksana",
        [f"Nomor 900/045/BPKAD/{N - 3}"],
        dt.date(N - 3, 1, 15),
    )
    files.append(("Setiap Saat", "SK PPID Pelaksana BPKAD", N - 3, sk))
    dik = b.pdf(
        f"{F}/Informasi_Dikecualikan_BPKAD_{N}.pdf",
        f"Keputusan Kepala BPKAD tentang Penetapan Informasi yang Dikecualikan Tahun {N}",
        ["Lampiran: hasil uji konsekuensi", "Data rekening dan PIN transaksi kas daerah"],
        dt.date(N, 2, 10),
    )
    files.append(("Dikecualikan", f"SK Penetapan Informasi yang Dikecualikan Tahun {N}", N, dik))
    b.label("sk-ppid", P)
    b.label("dik", P, "'Informasi yang Dikecualikan' tahun N (sinonim DIK)")
    b.label("setiap-saat", P, "kategori unduhan 'Setiap Saat'")

    def download(path: str):
        from urllib.parse import parse_qs, urlsplit

        kat = parse_qs(urlsplit(path).query).get("kategori", [""])[0]
        sel = [(t, y, h) for k, t, y, h in files if not kat or k.lower().replace(" ", "-") == kat]
        tabs = " | ".join(
            f"<a href='/download?kategori={k.lower().replace(' ', '-')}'>Informasi {k}</a>"
            for k in ("Berkala", "Setiap Saat", "Dikecualikan")
        )
        from kipmon.demo.server import Page
        from kipmon.demo.sites.common import lm

        return Page(_bpkad_layout("Download Area", f"<p>{tabs}</p>" + doc_table(sel)), last_modified=lm(b.page_date))

    b.spec.routes["/download"] = download
    b.spec.routes["/download?*"] = download
    page(
        "/",
        "Beranda",
        f"<p>Selamat datang di website BPKAD Kabupaten Contoh.</p><p>Berita: {tgl(dt.date(N, 5, 21))} "
        "&ndash; Rekonsiliasi aset daerah semester I.</p>",
    )
    page(
        "/halaman/profil",
        "Profil BPKAD",
        "<p>Alamat: Jl. Soekarno-Hatta No. 3, Contoh. Tugas pokok dan fungsi: pengelolaan keuangan dan aset daerah.</p>"
        "<p>Struktur organisasi: Kepala Badan, Sekretariat, Bidang Anggaran, Bidang Perbendaharaan, Bidang Akuntansi, Bidang Aset.</p>",
    )
    b.label("profil", P)
    page(
        "/halaman/ppid",
        "PPID BPKAD",
        "<p>PPID Pelaksana BPKAD. Dokumen informasi publik tersedia di <a href='/download'>Download Area</a>.</p>"
        "<p>Tata cara memperoleh informasi: ajukan permohonan tertulis ke meja layanan; jawaban paling lambat 10 hari kerja; "
        "keberatan kepada atasan PPID; sengketa ke Komisi Informasi.</p>"
        "<p>Pengaduan penyalahgunaan wewenang: <a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a> &ndash; sampaikan laporan "
        "disertai bukti; tindak lanjut paling lambat 5 hari kerja.</p>"
        f"<p>Kontak PPID: (0549) 210300, <a href='mailto:{email}'>{email}</a></p>"
        "<p>Regulasi pengelolaan keuangan daerah: <a href='https://jdih.contohkab.go.id/'>JDIH</a></p>",
    )
    b.label("menu-ppid", P)
    b.label("tata-cara-informasi", P)
    b.label("pengaduan", P)
    b.label("kontak-ppid", P)
    b.label("regulasi", P)
    page(
        "/halaman/pengadaan",
        "Pengadaan Barang dan Jasa",
        f"<p>Rencana Umum Pengadaan BPKAD Tahun {N}: <a href='https://sirup.lkpp.go.id/sirup/ro/rekap/satker/D297-11002'>SiRUP</a>. "
        "Tender: <a href='https://lpse.contohkab.go.id/eproc4'>LPSE Kabupaten Contoh</a>.</p>",
    )
    b.label("pengadaan", P)
    for item in ("ketenagakerjaan", "serta-merta", "maklumat", "form-permohonan", "form-keberatan"):
        b.label(item, M)
    return b.spec


# --------------------------------------------------------------------------- RSUD


def _rsud_layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="id-id" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>{esc(title)}</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet"></head><body class="site com_content view-article">
<header class="header"><a class="brand" href="/">RSUD Kabupaten Contoh</a><div class="site-description">Melayani dengan Hati</div></header>
<nav class="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101"><a href="/">Beranda</a></li><li class="item-102"><a href="/index.php/profil">Profil</a></li>
<li class="item-103"><a href="/index.php/informasi-publik">Informasi Publik</a></li>
<li class="item-104"><a href="/index.php/layanan/jadwal-dokter">Jadwal Dokter</a></li>
<li class="item-105"><a href="/index.php/layanan/pengaduan">Pengaduan</a></li>
<li class="item-106"><a href="/index.php/karir">Karir</a></li></ul></nav>
<main id="content"><div class="item-page"><div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
<div itemprop="articleBody">{content}</div></div></main>
<footer class="footer"><p>&copy; RSUD Kabupaten Contoh &middot; Jl. Soekarno-Hatta Km 2 &middot; IGD 24 jam (0549) 21800</p></footer>
</body></html>"""


def build_rsud(as_of: dt.date):
    N = as_of.year
    email = "ppid.rsud@contohkab.go.id"
    b = SiteBuilder(
        as_of,
        "rsud",
        "Rumah Sakit Umum Daerah Kabupaten Contoh",
        "opd",
        "pemkab-contoh",
        email,
        "Joomla; dokumen DOCX dan XLSX; beberapa tautan rusak",
    )
    page = lambda path, title, content: b.page(path, _rsud_layout(title, content))  # noqa: E731
    D = "/images/dokumen"
    renja = b.docx(
        f"{D}/Renja_RSUD_{N - 1}.docx",
        f"Rencana Kerja RSUD Kabupaten Contoh Tahun {N - 1}",
        ["Program peningkatan mutu pelayanan rumah sakit", "Kegiatan penyediaan alat kesehatan ruang rawat inap"],
        dt.date(N - 1, 1, 25),
    )
    b.label("program-kegiatan", S, "Renja N-1 (DOCX)", early=P)
    lkjip = b.pdf(
        f"{D}/LKjIP_RSUD_{N - 2}.pdf",
        f"Laporan Kinerja Instansi Pemerintah RSUD Tahun {N - 2}",
        ["Bed Occupancy Rate 72%"],
        dt.date(N - 1, 3, 20),
    )
    b.label("laporan-kinerja", S, "LKjIP N-2", early=P)
    lkeu = b.pdf(
        f"{D}/Laporan_Keuangan_BLUD_RSUD_{N - 1}.pdf",
        f"Laporan Keuangan BLUD RSUD Kabupaten Contoh Tahun {N - 1}",
        ["Laporan Realisasi Anggaran", "Neraca", "Laporan Arus Kas", "CaLK"],
        dt.date(N, 4, 30),
    )
    b.label("laporan-keuangan", P, "laporan keuangan BLUD N-1")
    dpa = b.pdf(
        f"{D}/DPA_RSUD_{N - 1}.pdf",
        f"DPA RSUD Kabupaten Contoh Tahun Anggaran {N - 1}",
        ["Belanja BLUD"],
        dt.date(N - 1, 1, 15),
    )
    b.label("anggaran", S, "DPA TA N-1", early=P)
    rekap = b.xlsx(
        f"{D}/Rekap_Layanan_Informasi_Publik_{N - 1}.xlsx",
        f"Laporan Layanan Informasi Publik RSUD Tahun {N - 1}",
        [
            ["Bulan", "Permohonan", "Dikabulkan", "Ditolak"],
            ["Januari", 3, 3, 0],
            ["Februari", 2, 2, 0],
            ["Maret", 4, 3, 1],
            ["Jumlah", 9, 8, 1],
        ],
        dt.date(N, 1, 30),
    )
    b.label("laporan-layanan-informasi", P, "rekap layanan informasi N-1 (XLSX)")
    dip = b.pdf(
        f"{D}/DIP_RSUD_{N - 1}.pdf",
        f"Daftar Informasi Publik RSUD Tahun {N - 1}",
        ["Ringkasan informasi publik"],
        dt.date(N - 1, 2, 2),
    )
    b.label("dip", S, "DIP N-1", early=P)
    dik = b.pdf(
        f"{D}/DIK_RSUD_{N - 2}.pdf",
        f"Daftar Informasi yang Dikecualikan RSUD Tahun {N - 2}",
        ["Rekam medis pasien"],
        dt.date(N - 2, 2, 2),
    )
    b.label("dik", S, "DIK N-2")
    maklumat = b.docx(
        f"{D}/Maklumat_Pelayanan_RSUD.docx",
        "Maklumat Pelayanan RSUD Kabupaten Contoh",
        [
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.",
            "Jam pelayanan rawat jalan: Senin-Sabtu 08.00-14.00 WITA. IGD 24 jam.",
            "Biaya sesuai tarif layanan BLUD yang berlaku dan diumumkan di loket pendaftaran.",
        ],
        dt.date(N - 2, 1, 2),
    )
    b.label("maklumat", P, "maklumat pelayanan (DOCX)")
    sk = b.pdf(
        f"{D}/SK_PPID_RSUD.pdf",
        "Keputusan Direktur RSUD tentang Pejabat Pengelola Informasi dan Dokumentasi Pelaksana",
        [f"Nomor 445/210/RSUD/{N - 2}"],
        dt.date(N - 2, 3, 1),
    )
    b.label("sk-ppid", P)
    b.broken(f"{D}/Jalur_Evakuasi_dan_Tanggap_Darurat.pdf", "404")
    b.label("peringatan-dini", B, "PDF jalur evakuasi 404")
    b.broken(f"{D}/SOP_Layanan_Informasi_Publik.pdf", "404")
    b.label("sop-ppid", B, "PDF SOP 404")
    b.broken(f"{D}/Renstra_RSUD_{N - 2}-{N + 2}.pdf", "500")
    b.label("renstra", B, "PDF Renstra menjawab 500")
    rows = [
        (f"Rencana Kerja RSUD Tahun {N - 1}", N - 1, renja),
        (f"LKjIP RSUD Tahun {N - 2}", N - 2, lkjip),
        (f"Laporan Keuangan BLUD Tahun {N - 1}", N - 1, lkeu),
        (f"DPA RSUD TA {N - 1}", N - 1, dpa),
        (f"Laporan Layanan Informasi Publik Tahun {N - 1} (Excel)", N - 1, rekap),
        (f"Daftar Informasi Publik Tahun {N - 1}", N - 1, dip),
        (f"Daftar Informasi yang Dikecualikan Tahun {N - 2}", N - 2, dik),
        ("Maklumat Pelayanan (Word)", "-", maklumat),
        ("SK PPID RSUD", N - 2, sk),
        ("Jalur Evakuasi dan Prosedur Tanggap Darurat", "-", f"{D}/Jalur_Evakuasi_dan_Tanggap_Darurat.pdf"),
        ("SOP Layanan Informasi Publik", "-", f"{D}/SOP_Layanan_Informasi_Publik.pdf"),
        (f"Renstra RSUD {N - 2}-{N + 2}", f"{N - 2}-{N + 2}", f"{D}/Renstra_RSUD_{N - 2}-{N + 2}.pdf"),
    ]
    page(
        "/index.php/informasi-publik",
        "Informasi Publik",
        "<p>PPID Pelaksana RSUD menyediakan dokumen berikut.</p>"
        + doc_table(rows)
        + "<p>Tata cara memperoleh informasi: datang ke Bagian Humas atau kirim e-mail ke PPID; jawaban paling lambat "
        "10 hari kerja. Keberatan diajukan kepada Direktur selaku atasan PPID; sengketa ke Komisi Informasi.</p>"
        f"<p>Kontak PPID RSUD: telepon (0549) 21801, e-mail <a href='mailto:{email}'>{email}</a></p>",
    )
    b.label("menu-ppid", P, "menu 'Informasi Publik'")
    b.label("tata-cara-informasi", P)
    b.label("kontak-ppid", P)
    page(
        "/",
        "Beranda",
        "<p>Selamat datang di RSUD Kabupaten Contoh, rumah sakit rujukan tipe C.</p>"
        f"<p>{tgl(dt.date(N, 6, 24))}: Layanan hemodialisa kini tersedia setiap hari.</p>",
    )
    page(
        "/index.php/profil",
        "Profil",
        "<p>Alamat: Jl. Soekarno-Hatta Km 2, Contoh. Visi: rumah sakit pilihan masyarakat. Tugas: menyelenggarakan "
        "pelayanan kesehatan perorangan paripurna.</p><p>Struktur organisasi: Direktur, Kepala Bagian Tata Usaha, "
        "Kepala Bidang Pelayanan, Kepala Bidang Keperawatan.</p>",
    )
    b.label("profil", P)
    page(
        "/index.php/layanan/jadwal-dokter",
        "Jadwal Dokter",
        "<table><tr><th>Poliklinik</th><th>Hari</th></tr><tr><td>Penyakit Dalam</td><td>Senin&ndash;Jumat</td></tr>"
        "<tr><td>Anak</td><td>Senin, Rabu, Jumat</td></tr></table>",
    )
    page(
        "/index.php/layanan/pengaduan",
        "Pengaduan",
        "<p>Keluhan dan pengaduan pelayanan maupun penyalahgunaan wewenang dapat disampaikan melalui kotak saran, "
        "SMS/WA 0812-5555-0101, atau <a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a>. Setiap pengaduan dicatat dan "
        "ditindaklanjuti paling lambat 5 hari kerja.</p>",
    )
    b.label("pengaduan", P)
    page(
        "/index.php/karir",
        "Karir",
        f"<p><b>Lowongan Tenaga Kesehatan Non-ASN BLUD RSUD Tahun {N}</b>: dokter umum (2), perawat (10), bidan (4). "
        f"Berkas diterima sampai {tgl(dt.date(N, 7, 31))}.</p>",
    )
    b.label("ketenagakerjaan", P, "lowongan tenaga kesehatan N")
    for item in ("lhkpn", "regulasi", "pengadaan", "serta-merta", "setiap-saat", "form-permohonan", "form-keberatan"):
        b.label(item, M)
    return b.spec
