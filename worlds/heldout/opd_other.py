"""Six more OPD sites, each built the way such offices' sites really look.

- Bappeda: English-ish menu ("Home", "About Us", "Public Information", "Documents"), ALL-CAPS titles.
- Inspektorat: CodeIgniter with /page_menu/index/{id} URLs; "Whistle Blowing System", "Harta Kekayaan
  Pejabat"; a Perjanjian Kinerja next to an older LKjIP (the PK is not a performance report).
- DPMPTSP: a legacy PHP site in windows-1252, "E-PPID", dates like "12 Agt 2025", a PDF whose only
  year is in its body text.
- RSUD: a hospital; the "Daftar Informasi Publik" menu leads to a DIK only; an empty "Informasi Serta
  Merta" page ("Belum ada data"); RBA (the BLUD budget) instead of a DPA.
- BPBD: serta merta and early warning done well; "Kalender Kegiatan"; a news item that mentions LHKPN.
- Dishub: a PPID portal whose document links mostly fail.
"""

from __future__ import annotations

import datetime as dt

from worlds.heldout._html import a, bootstrap, form, legacy, table, tgl_panjang, tgl_singkat
from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, tgl


def _missing(b: SiteBuilder, items: dict[str, str]) -> None:
    for item, why in items.items():
        b.label(item, M, why)


# =====================================================================================================
def build_bappeda(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "bappeda-uji",
        "Badan Perencanaan Pembangunan Daerah Kabupaten Uji",
        "opd",
        "pemkab-uji",
        "bappeda@ujikab.go.id",
        "English-ish menu labels, ALL-CAPS document titles",
    )
    N = b.N
    nav = [
        ("Home", "/"),
        ("About Us", [("Vision & Mission", "/about/vision-mission"), ("Organization", "/about/organization")]),
        ("Public Information", "/public-information"),
        ("Documents", "/documents"),
        ("Regulations", "https://jdih.ujikab.go.id/"),
        ("Procurement", "https://sirup.lkpp.go.id/sirup/rekap/klpd/D999"),
        ("Complaints", "/complaints"),
        ("Contact Us", "/contact"),
    ]

    def page(path, title, content):
        b.page(
            path,
            bootstrap(
                "BAPPEDA KABUPATEN UJI", title, nav, content, footer="BAPPEDA Kabupaten Uji &copy; All rights reserved"
            ),
        )

    page(
        "/",
        "WELCOME TO BAPPEDA KABUPATEN UJI",
        "<p>Badan Perencanaan Pembangunan Daerah Kabupaten Uji.</p><p>Latest: MUSRENBANG RKPD TAHUN "
        + str(N + 1)
        + "</p>",
    )
    page("/about/vision-mission", "VISI DAN MISI", "<p>VISI: PERENCANAAN PEMBANGUNAN YANG TERPADU DAN BERKUALITAS.</p>")
    page(
        "/about/organization",
        "STRUKTUR ORGANISASI",
        "<p>KEPALA BADAN: IR. BAMBANG WIJAYA, M.T.</p><p>SEKRETARIAT; BIDANG PERENCANAAN; BIDANG LITBANG.</p>"
        "<p>ALAMAT: JL. JEND. SUDIRMAN NO. 7, UJI.</p>",
    )
    b.label("profil", P, "'About Us': vision, organisation chart, head")
    b.label("regulasi", P, "'Regulations' menu item links to the regency JDIH")
    b.label("pengadaan", P, "'Procurement' menu item links to SiRUP")

    docs = []

    def doc(path, title, lines, d, year, how=None, kind="pdf"):
        if how:
            b.broken(path, how)
        elif kind == "docx":
            b.docx(path, title, lines, d)
        else:
            b.pdf(path, title, lines, d)
        docs.append([str(len(docs) + 1), title, str(year), a(path, "DOWNLOAD")])

    doc(
        f"/uploads/docs/RKT_BAPPEDA_{N}.pdf",
        f"RENCANA KERJA TAHUNAN (RKT) BAPPEDA TAHUN {N}",
        [f"RENCANA KINERJA TAHUNAN {N}: SASARAN, INDIKATOR, TARGET."],
        dt.date(N, 1, 12),
        N,
    )
    b.label("program-kegiatan", P, f"Rencana Kerja Tahunan {N}")
    doc(
        f"/uploads/docs/LAKIP_BAPPEDA_{N - 1}.pdf",
        f"LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH BAPPEDA TAHUN {N - 1}",
        ["CAPAIAN KINERJA SASARAN STRATEGIS."],
        dt.date(N, 2, 25),
        N - 1,
    )
    b.label("laporan-kinerja", P, f"LAKIP {N - 1} (long form)")
    doc(
        f"/uploads/docs/LAPORAN_KEUANGAN_{N - 3}.pdf",
        f"LAPORAN KEUANGAN BAPPEDA TAHUN {N - 3}",
        ["NERACA, LRA, CALK."],
        dt.date(N - 2, 5, 30),
        N - 3,
    )
    b.label("laporan-keuangan", S, f"financial report {N - 3}")
    doc(
        f"/uploads/docs/DPA_BAPPEDA_{N - 1}.pdf",
        f"DPA BAPPEDA TAHUN {N - 1}",
        ["DOKUMEN PELAKSANAAN ANGGARAN."],
        dt.date(N - 1, 1, 8),
        N - 1,
    )
    b.label("anggaran", S, f"DPA {N - 1}", early=P)
    doc(
        f"/uploads/docs/LHKPN_KABAN_{N - 3}.pdf",
        f"LHKPN KEPALA BAPPEDA TAHUN {N - 3}",
        ["IKHTISAR LHKPN (ELHKPN.KPK.GO.ID)."],
        dt.date(N - 2, 3, 20),
        N - 3,
    )
    b.label("lhkpn", S, f"LHKPN {N - 3}")
    doc(
        f"/uploads/docs/LAPORAN_LAYANAN_INFORMASI_{N - 1}.pdf",
        f"LAPORAN LAYANAN INFORMASI PUBLIK {N - 1}",
        [],
        dt.date(N, 3, 1),
        N - 1,
        how="404",
    )
    b.label("laporan-layanan-informasi", B, "link answers 404")
    doc(
        f"/uploads/docs/DIP_BAPPEDA_{N}.docx",
        f"DAFTAR INFORMASI PUBLIK TAHUN {N}",
        ["NO | RINGKASAN ISI INFORMASI | PENANGGUNG JAWAB | WAKTU PEMBUATAN | BENTUK | RETENSI"],
        dt.date(N, 1, 30),
        N,
        kind="docx",
    )
    b.label("dip", P, f"DIP {N} (docx)")
    doc(
        f"/uploads/docs/DIK_BAPPEDA_{N}.pdf",
        f"DAFTAR INFORMASI DIKECUALIKAN TAHUN {N}",
        [],
        dt.date(N, 1, 30),
        N,
        how="corrupt",
    )
    b.label("dik", B, "DIK PDF is unreadable")
    doc(
        f"/uploads/docs/RENSTRA_BAPPEDA_{N - 7}_{N - 2}.pdf",
        f"RENSTRA BAPPEDA {N - 7}-{N - 2}",
        ["RENCANA STRATEGIS."],
        dt.date(N - 7, 8, 1),
        f"{N - 7}-{N - 2}",
    )
    b.label("renstra", S, f"Renstra {N - 7}-{N - 2}: period over")
    doc(
        "/uploads/docs/SOP_PELAYANAN_INFORMASI.pdf",
        "SOP PELAYANAN INFORMASI PUBLIK",
        ["PROSEDUR PERMOHONAN DAN KEBERATAN."],
        dt.date(N - 2, 6, 1),
        "-",
    )
    b.label("sop-ppid", P)
    page("/documents", "DOCUMENTS", table(["NO", "TITLE", "YEAR", "FILE"], docs))

    page(
        "/public-information",
        "PPID BAPPEDA",
        "<p>PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID) PELAKSANA BAPPEDA KABUPATEN UJI.</p><ul>"
        f"<li>{a('/documents', 'Public documents (Informasi Berkala)')}</li>"
        f"<li>{a('/public-information/how-to-request', 'How to Request Information')}</li>"
        f"<li>{a('/public-information/request-form', 'Request Form')}</li></ul>",
    )
    b.label("menu-ppid", P, "'Public Information' menu item opens the PPID page")
    page(
        "/public-information/how-to-request",
        "HOW TO REQUEST INFORMATION",
        "<p>TATA CARA PERMOHONAN INFORMASI: ISI FORMULIR, TERIMA TANDA BUKTI, JAWABAN DALAM 10 HARI KERJA. "
        "KEBERATAN DIAJUKAN KEPADA ATASAN PPID DALAM 30 HARI KERJA; SENGKETA KE KOMISI INFORMASI.</p>",
    )
    b.label("tata-cara-informasi", P, "in Indonesian under an English heading")
    page(
        "/public-information/request-form",
        "REQUEST FORM",
        form(
            "/public-information/request-form/submit",
            [
                ("nama", "Nama / Name"),
                ("email", "Email"),
                ("telepon", "Telepon"),
                ("textarea:informasi", "Informasi yang diminta / Information requested"),
            ],
            "SUBMIT",
        ),
    )
    b.label("form-permohonan", P)
    b.page(
        "/complaints",
        "<html><body><h1>500 Internal Server Error</h1><p>Whoops, looks like something went wrong.</p></body></html>",
        status=500,
    )
    b.label("pengaduan", B, "'Complaints' menu item answers 500")
    page(
        "/contact",
        "CONTACT US",
        "<p>PPID BAPPEDA KABUPATEN UJI<br>JL. JEND. SUDIRMAN NO. 7, UJI<br>PHONE: (0549) 203 0112<br>"
        "EMAIL: ppid.bappeda@ujikab.go.id</p>",
    )
    b.label("kontak-ppid", P)
    _missing(
        b,
        {
            "ketenagakerjaan": "none",
            "peringatan-dini": "none",
            "serta-merta": "none",
            "setiap-saat": "none",
            "sk-ppid": "none",
            "maklumat": "none",
            "form-keberatan": "none",
        },
    )
    return b.spec


# =====================================================================================================
def build_inspektorat(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "inspektorat-uji",
        "Inspektorat Daerah Kabupaten Uji",
        "opd",
        "pemkab-uji",
        "inspektorat@ujikab.go.id",
        "CodeIgniter /page_menu/index/{id}; WBS; Perjanjian Kinerja near-miss",
    )
    N = b.N
    nav = [
        ("Beranda", "/"),
        ("Profil", [("Struktur Organisasi dan Tata Kerja", "/page_menu/index/3")]),
        ("PPID", "/page_menu/index/12"),
        ("Harta Kekayaan Pejabat", "/page_menu/index/15"),
        ("Whistle Blowing System", "/page_menu/index/21"),
        ("Produk Hukum", "/page_menu/index/9"),
    ]

    def page(path, title, content):
        b.page(
            path,
            bootstrap(
                "Inspektorat Daerah Kabupaten Uji",
                title,
                nav,
                content,
                footer="Inspektorat Daerah Kabupaten Uji, Jl. Mulawarman No. 3",
            ),
        )

    page("/", "Beranda", "<p>Inspektorat Daerah: mengawal akuntabilitas pemerintah daerah.</p>")
    page(
        "/page_menu/index/3",
        "Struktur Organisasi dan Tata Kerja",
        "<p>Inspektur; Sekretariat; Inspektur Pembantu Wilayah I-IV; Kelompok Jabatan Fungsional Auditor.</p>"
        "<p>Tugas: membantu Bupati membina dan mengawasi pelaksanaan urusan pemerintahan.</p>",
    )
    b.label("profil", P)

    b.pdf(
        f"/assets/upload/lhkpn_inspektur_{N - 2}.pdf",
        f"Pengumuman Harta Kekayaan Penyelenggara Negara - Inspektur Kabupaten Uji - Periodik {N - 2}",
        [f"Tahun pelaporan {N - 2}, disampaikan pada {tgl(dt.date(N - 1, 3, 18))}."],
        dt.date(N - 1, 3, 20),
    )
    page(
        "/page_menu/index/15",
        "Harta Kekayaan Pejabat",
        f"<p>{a(f'/assets/upload/lhkpn_inspektur_{N - 2}.pdf', f'LHKPN Inspektur Periodik Tahun {N - 2} (disampaikan {N - 1})')}</p>",
    )
    b.label("lhkpn", S, f"LHKPN periodik {N - 2} (filed in {N - 1}); {N - 1} report not published", early=P)

    b.pdf(
        f"/assets/upload/pkpt_{N}.pdf",
        f"Program Kerja Pengawasan Tahunan (PKPT) Inspektorat Tahun {N}",
        ["Jadwal audit, reviu, evaluasi dan pemantauan; obyek pemeriksaan; anggaran."],
        dt.date(N, 1, 6),
    )
    b.pdf(
        f"/assets/upload/perjanjian_kinerja_{N - 1}.pdf",
        f"Perjanjian Kinerja Inspektur Tahun {N - 1}",
        ["Sasaran: meningkatnya kualitas pengawasan. Target indikator."],
        dt.date(N - 1, 1, 31),
    )
    b.pdf(
        f"/assets/upload/lkjip_{N - 2}.pdf",
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) Inspektorat Tahun {N - 2}",
        ["Capaian kinerja."],
        dt.date(N - 1, 3, 10),
    )
    b.pdf(
        f"/assets/upload/lk_{N - 3}.pdf",
        f"Laporan Keuangan Inspektorat Tahun Anggaran {N - 3}",
        ["LRA, Neraca, CaLK."],
        dt.date(N - 2, 4, 30),
    )
    b.pdf(
        f"/assets/upload/rka_{N}.pdf",
        f"RKA Inspektorat T.A. {N}",
        ["Rencana Kerja dan Anggaran."],
        dt.date(N - 1, 11, 2),
    )
    b.broken("/assets/upload/renstra_inspektorat.pdf", "html200")
    b.pdf(
        f"/assets/upload/dip_{N - 4}.pdf",
        f"Daftar Informasi Publik Inspektorat Tahun {N - 4}",
        ["Daftar."],
        dt.date(N - 4, 2, 1),
    )
    b.pdf(
        f"/assets/upload/dik_{N - 2}.pdf",
        f"Penetapan Informasi yang Dikecualikan Inspektorat Tahun {N - 2}",
        ["Kertas kerja audit dan laporan hasil pemeriksaan yang belum final."],
        dt.date(N - 2, 2, 1),
    )
    b.pdf(
        "/assets/upload/sk_ppid.pdf",
        f"Keputusan Inspektur Nomor 700/15/ITKAB/II/{N - 2} tentang PPID Pelaksana Inspektorat",
        ["Menunjuk Sekretaris Inspektorat sebagai PPID Pelaksana."],
        dt.date(N - 2, 2, 14),
    )
    b.broken("/assets/upload/sop_ppid.pdf", "empty")
    rows = [
        [a(f"/assets/upload/pkpt_{N}.pdf", f"PKPT Tahun {N}")],
        [a(f"/assets/upload/perjanjian_kinerja_{N - 1}.pdf", f"Perjanjian Kinerja Tahun {N - 1}")],
        [a(f"/assets/upload/lkjip_{N - 2}.pdf", f"LKjIP Tahun {N - 2}")],
        [a(f"/assets/upload/lk_{N - 3}.pdf", f"Laporan Keuangan TA {N - 3}")],
        [a(f"/assets/upload/rka_{N}.pdf", f"RKA T.A. {N}")],
        [a("/assets/upload/renstra_inspektorat.pdf", "Rencana Strategis Inspektorat")],
        [a(f"/assets/upload/dip_{N - 4}.pdf", f"Daftar Informasi Publik {N - 4}")],
        [a(f"/assets/upload/dik_{N - 2}.pdf", f"Informasi yang Dikecualikan {N - 2}")],
        [a("/assets/upload/sk_ppid.pdf", "SK PPID Pelaksana")],
        [a("/assets/upload/sop_ppid.pdf", "SOP Pelayanan Informasi Publik")],
    ]
    page(
        "/page_menu/index/12",
        "PPID Pelaksana Inspektorat",
        "<p>Kontak PPID Pelaksana Inspektorat: Telp. (0549) 2021 557, e-mail ppid.itkab@ujikab.go.id</p>"
        + table(["Dokumen"], rows)
        + f"<p>{a('/page_menu/index/13', 'Informasi Serta Merta')} | {a('/page_menu/index/14', 'Informasi Setiap Saat')} | "
        f"{a('/page_menu/index/16', 'Maklumat Pelayanan')}</p>",
    )
    b.label("menu-ppid", P)
    b.label("kontak-ppid", P)
    b.label("program-kegiatan", P, f"PKPT {N}: the inspectorate's programme of the year")
    b.label(
        "laporan-kinerja",
        S,
        f"newest LKjIP is {N - 2}; the {N - 1} Perjanjian Kinerja is an agreement, not a report",
        early=P,
    )
    b.label("laporan-keuangan", S, f"TA {N - 3}")
    b.label("anggaran", P, f"RKA T.A. {N}")
    b.label("renstra", B, "Renstra link returns an HTML 'File tidak ditemukan' page")
    b.label("dip", S, f"DIP {N - 4}")
    b.label("dik", S, f"DIK {N - 2}")
    b.label("sk-ppid", P, "SK PPID (static)")
    b.label("sop-ppid", B, "SOP file is empty")
    page(
        "/page_menu/index/13",
        "Informasi Serta Merta",
        f"<p>{tgl(dt.date(N, 9, 21))}: Layanan kantor ditutup sementara karena banjir di Jl. Mulawarman; "
        "pelayanan dialihkan ke kantor Irban Wilayah II.</p>",
    )
    b.label("serta-merta", P)
    page(
        "/page_menu/index/14",
        "Informasi Setiap Saat",
        "<ul><li>Daftar Informasi Publik</li><li>Laporan hasil pengawasan yang telah final</li><li>Renstra dan Renja</li></ul>",
    )
    b.label("setiap-saat", P)
    page(
        "/page_menu/index/16",
        "Maklumat Pelayanan",
        "<p>MAKLUMAT PELAYANAN: Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan. "
        "Jam layanan 08.00-16.00 WITA, tanpa biaya.</p>",
    )
    b.label("maklumat", P)
    page(
        "/page_menu/index/21",
        "Whistle Blowing System",
        "<p>Laporkan dugaan pelanggaran, penyalahgunaan wewenang, korupsi atau gratifikasi oleh pegawai Pemerintah "
        "Kabupaten Uji. Identitas pelapor dirahasiakan.</p>"
        "<p>Cara melapor: isi formulir WBS di <a href='https://wbs.ujikab.go.id/'>wbs.ujikab.go.id</a>, "
        "sertakan bukti awal, pantau status dengan kode laporan.</p>",
    )
    b.label("pengaduan", P, "Whistle Blowing System with procedure and channel")
    page(
        "/page_menu/index/9",
        "Produk Hukum",
        table(
            ["Nomor", "Tentang"],
            [
                [
                    f"Peraturan Bupati Uji Nomor 12 Tahun {N - 1}",
                    "Pedoman Pengawasan Penyelenggaraan Pemerintahan Daerah",
                ],
                [f"Peraturan Bupati Uji Nomor 31 Tahun {N - 3}", "Kebijakan Pengawasan"],
                ["Rancangan Peraturan Bupati", "Pengendalian Gratifikasi (tahap harmonisasi)"],
            ],
        ),
    )
    b.label("regulasi", P, "list of Perbup and drafts")
    _missing(
        b,
        {
            "laporan-layanan-informasi": "none",
            "tata-cara-informasi": "none",
            "pengadaan": "none",
            "ketenagakerjaan": "none",
            "peringatan-dini": "none",
            "form-permohonan": "none",
            "form-keberatan": "none",
        },
    )
    return b.spec


# =====================================================================================================
def build_dpmptsp(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "dpmptsp-uji",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Uji",
        "opd",
        "pemkab-uji",
        None,
        "legacy PHP in windows-1252; E-PPID; '12 Agt 2025' dates; year only in PDF text",
    )
    N = b.N
    CT = "text/html; charset=windows-1252"
    nav = [
        ("Beranda", "index.php"),
        ("Profil", "profil.php"),
        ("E-PPID", "eppid.php"),
        ("Agenda", "agenda.php"),
        ("Pengaduan", "pengaduan.php"),
        ("Perizinan", "perizinan.php"),
    ]
    foot = "&copy; 2011\u2013" + str(N) + " DPMPTSP Kabupaten Uji \u2022 \u201cMelayani dengan Hati\u201d"

    def page(path, title, content):
        b.page(path, legacy("DPMPTSP Kab. Uji", title, nav, content, footer=foot).encode("cp1252"), content_type=CT)

    page(
        "/",
        "Selamat Datang",
        "Dinas Penanaman Modal dan PTSP Kabupaten Uji \u2013 \u201cizin mudah, investasi bergairah\u201d.<br>"
        f"Update terakhir: {tgl_singkat(dt.date(N, 8, 12))}",
    )
    page("/index.php", "Selamat Datang", "Lihat menu di samping.")
    page(
        "/profil.php",
        "Profil Dinas",
        "Alamat: Jl. A. Yani No. 21, Uji. Tugas pokok: melaksanakan urusan penanaman modal dan perizinan.<br>"
        "Kepala Dinas: Drs. Yohanes Ben\u00e9dictus Lao, M.Si.<br><img src='images/struktur.jpg' alt='Struktur Organisasi'>",
    )
    b.label("profil", P)
    ag = [
        (dt.date(N, 8, 12), "Sosialisasi OSS RBA kepada pelaku UMKM"),
        (dt.date(N, 9, 3), "Forum Konsultasi Publik Standar Pelayanan"),
        (dt.date(N, 10, 21), "Pelayanan perizinan keliling Kecamatan Uji Hilir"),
    ]
    page(
        "/agenda.php",
        f"Agenda Kegiatan {N}",
        "<table border='1' cellpadding='3'>"
        + "".join(f"<tr><td>{tgl_singkat(d)}</td><td>{t}</td></tr>" for d, t in ag)
        + "</table>",
    )
    b.label("program-kegiatan", P, f"agenda of activities dated in {N} ('12 Agt {N}')")

    b.pdf(
        "/files/lkjip_dpmptsp.pdf",
        "LAPORAN KINERJA INSTANSI PEMERINTAH",
        [
            "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN UJI",
            f"Laporan ini menyajikan capaian kinerja Tahun Anggaran {N - 1} sebagai pertanggungjawaban pelaksanaan Renstra.",
        ],
        dt.date(N, 3, 24),
        meta_title="LKjIP",
    )
    b.label("laporan-kinerja", P, f"link says only 'Download LKjIP'; the year {N - 1} is in the PDF's body text")
    b.pdf(
        f"/files/neraca_31des{N - 1}.pdf",
        f"Neraca DPMPTSP per 31 Desember {N - 1}",
        ["Aset, kewajiban, ekuitas."],
        dt.date(N, 4, 15),
    )
    b.label("laporan-keuangan", P, f"Neraca per 31 Desember {N - 1}")
    b.pdf(
        f"/files/dpa_{N - 2}.pdf",
        f"DPA DPMPTSP Tahun Anggaran {N - 2}",
        ["Dokumen Pelaksanaan Anggaran."],
        dt.date(N - 2, 1, 10),
    )
    b.label("anggaran", S, f"DPA {N - 2}")
    b.pdf(
        f"/files/laporan_layanan_informasi_{N - 1}.pdf",
        f"Laporan Layanan Informasi Publik Tahun {N - 1}",
        ["Permohonan masuk 37, selesai 37, rata-rata waktu 4 hari kerja."],
        dt.date(N, 2, 9),
    )
    b.label("laporan-layanan-informasi", P)
    b.pdf(
        f"/files/harta_kekayaan_kadis_{N - 3}.pdf",
        f"Harta Kekayaan Kepala Dinas Tahun {N - 3}",
        ["Ikhtisar LHKPN."],
        dt.date(N - 2, 3, 11),
    )
    b.label("lhkpn", S, f"LHKPN {N - 3}")
    b.pdf(
        f"/files/dip_{N - 1}.pdf", f"Daftar Informasi Publik DPMPTSP Tahun {N - 1}", ["Daftar."], dt.date(N - 1, 8, 12)
    )
    b.label("dip", S, f"DIP {N - 1} (page says 'Diperbarui: {tgl_singkat(dt.date(N - 1, 8, 12))}')", early=P)
    b.pdf(
        f"/files/dik_{N - 2}.pdf",
        f"Daftar Informasi yang Dikecualikan Tahun {N - 2}",
        ["Uji konsekuensi."],
        dt.date(N - 2, 3, 2),
    )
    b.label("dik", S, f"DIK {N - 2}")
    b.broken("/files/sk_ppid_dpmptsp.pdf", "404")
    b.label("sk-ppid", B, "404")
    b.pdf(
        f"/files/renstra_{N - 5}_{N}.pdf",
        f"Rencana Strategis DPMPTSP {N - 5}\u2013{N}",
        ["Renstra."],
        dt.date(N - 5, 7, 1),
    )
    b.label("renstra", P, f"Renstra {N - 5}\u2013{N} (en dash)")
    page(
        "/eppid.php",
        "E-PPID",
        "PPID Pelaksana DPMPTSP \u2013 email: ppid.dpmptsp@ujikab.go.id, telp. (0549) 23 1180<br><br>"
        "<b>Informasi Berkala</b><br>"
        f"&bull; <a href='files/lkjip_dpmptsp.pdf'>Download LKjIP</a><br>"
        f"&bull; <a href='files/neraca_31des{N - 1}.pdf'>Neraca per 31 Desember {N - 1}</a><br>"
        f"&bull; <a href='files/dpa_{N - 2}.pdf'>DPA T.A. {N - 2}</a><br>"
        f"&bull; <a href='files/laporan_layanan_informasi_{N - 1}.pdf'>Laporan Layanan Informasi Publik {N - 1}</a><br>"
        f"&bull; <a href='files/harta_kekayaan_kadis_{N - 3}.pdf'>Harta Kekayaan Kepala Dinas {N - 3}</a><br>"
        f"&bull; <a href='files/renstra_{N - 5}_{N}.pdf'>Renstra {N - 5}\u2013{N}</a><br><br>"
        f"<b>Daftar Informasi Publik</b> (Diperbarui: {tgl_singkat(dt.date(N - 1, 8, 12))})<br>"
        f"&bull; <a href='files/dip_{N - 1}.pdf'>DIP</a> &bull; <a href='files/dik_{N - 2}.pdf'>DIK</a> "
        "&bull; <a href='files/sk_ppid_dpmptsp.pdf'>SK PPID</a><br><br>"
        "<a href='prosedur.php'>Prosedur Permohonan Informasi</a> | <a href='sop.php'>Standar Operasional Prosedur</a> | "
        "<a href='maklumat.php'>Maklumat Pelayanan</a> | <a href='evakuasi.php'>Prosedur Tanggap Darurat</a>",
    )
    b.label("menu-ppid", P, "'E-PPID' menu item")
    b.label("kontak-ppid", P)
    page(
        "/prosedur.php",
        "Prosedur Permohonan Informasi",
        "1. Pemohon datang atau mengirim surat/email. 2. Permohonan dicatat. 3. Jawaban dalam 10 hari kerja.<br>"
        "Keberatan: kepada atasan PPID paling lambat 30 hari kerja. Sengketa: Komisi Informasi Provinsi.",
    )
    b.label("tata-cara-informasi", P)
    page(
        "/sop.php",
        "Standar Operasional Prosedur",
        "SOP Permohonan Informasi Publik; SOP Pengajuan Keberatan; SOP Pendokumentasian Informasi.",
    )
    b.label("sop-ppid", P)
    page(
        "/maklumat.php",
        "Maklumat Pelayanan",
        "\u201cKami siap memberikan pelayanan sesuai standar.\u201d Jam layanan 08.00\u201315.00 WITA. Biaya: Rp 0,-",
    )
    b.label("maklumat", P)
    page(
        "/evakuasi.php",
        "Prosedur Tanggap Darurat dan Jalur Evakuasi",
        "Bila terjadi kebakaran atau gempa: hentikan pelayanan, arahkan pemohon ke pintu darurat, berkumpul di titik "
        "kumpul parkiran depan. <img src='images/jalur_evakuasi.jpg' alt='Denah Jalur Evakuasi'>",
    )
    b.label("peringatan-dini", P)
    page(
        "/pengaduan.php",
        "Pengaduan",
        "Pengaduan penyalahgunaan wewenang: <a href='https://www.lapor.go.id/'>SP4N\u2013LAPOR!</a>, "
        "SMS 1708, atau kotak pengaduan di ruang pelayanan.",
    )
    b.label("pengaduan", P)
    page("/perizinan.php", "Perizinan", "Jenis izin: PBG, SIP, SIUP. Pengajuan melalui OSS.")
    _missing(
        b,
        {
            "regulasi": "none",
            "pengadaan": "none",
            "ketenagakerjaan": "none",
            "serta-merta": "none",
            "setiap-saat": "none",
            "form-permohonan": "none",
            "form-keberatan": "none",
        },
    )
    return b.spec


# =====================================================================================================
def build_rsud(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "rsud-uji",
        "RSUD Kabupaten Uji",
        "opd",
        "pemkab-uji",
        "humas.rsud@ujikab.go.id",
        "hospital site; DIP menu holds only a DIK; empty serta merta page; RBA budget",
    )
    N = b.N
    nav = [
        ("Beranda", "/"),
        ("Tentang Kami", [("Profil RSUD", "/tentang-kami/profil"), ("Direksi", "/tentang-kami/direksi")]),
        ("Layanan", "/layanan"),
        ("Karir", "/karir"),
        (
            "PPID",
            [
                ("Informasi Berkala", "/ppid/berkala"),
                ("Informasi Serta Merta", "/ppid/serta-merta"),
                ("Daftar Informasi Publik", "/ppid/daftar-informasi-publik"),
                ("Tata Cara", "/ppid/tata-cara"),
            ],
        ),
        ("Pengaduan", "/pengaduan"),
    ]

    def page(path, title, content):
        b.page(
            path,
            bootstrap(
                "RSUD Kabupaten Uji",
                title,
                nav,
                content,
                footer="RSUD Kabupaten Uji &middot; IGD 24 Jam &middot; Jl. Soekarno-Hatta Km 4",
            ),
        )

    page("/", "RSUD Kabupaten Uji", "<p>Melayani dengan sepenuh hati. Jadwal dokter, layanan IGD 24 jam.</p>")
    page(
        "/tentang-kami/profil",
        "Profil RSUD",
        "<p>RSUD Kabupaten Uji adalah rumah sakit tipe C milik Pemerintah Kabupaten Uji, berstatus BLUD.</p>"
        "<p>Visi: Rumah sakit pilihan masyarakat. Struktur organisasi: Direktur, Wadir Pelayanan, Wadir Umum.</p>",
    )
    page("/tentang-kami/direksi", "Direksi", "<p>Direktur: dr. Maria Goreti, Sp.PD.</p>")
    b.label("profil", P)
    page(
        "/layanan",
        "Layanan",
        "<p>Standar Pelayanan dan Maklumat Pelayanan RSUD: waktu tunggu rawat jalan &le; 60 menit; "
        "biaya sesuai Perbup tarif BLUD.</p><p><b>Kode Darurat Rumah Sakit:</b> "
        f"{a('/layanan/kode-darurat', 'Code Red dan Prosedur Evakuasi')}</p>",
    )
    b.label("maklumat", P, "Standar Pelayanan dan Maklumat")
    page(
        "/layanan/kode-darurat",
        "Kode Darurat dan Prosedur Evakuasi",
        "<p>Code Red (kebakaran): amankan pasien, aktifkan alarm, evakuasi melalui tangga darurat ke titik kumpul "
        "halaman parkir. Code Blue: henti jantung.</p>",
    )
    b.label("peringatan-dini", P)
    page(
        "/karir",
        "Karir",
        f"<p>{tgl_panjang(dt.date(N, 6, 3))} &ndash; Lowongan Kerja Tenaga Kesehatan Non-ASN RSUD Tahun {N}: "
        "perawat 10 orang, bidan 4 orang.</p>",
    )
    b.label("ketenagakerjaan", P)

    b.pdf(
        f"/files/ppid/laporan-kinerja-{N - 1}.pdf",
        f"Laporan Kinerja RSUD Kabupaten Uji Tahun {N - 1}",
        ["BOR, LOS, capaian IKU."],
        dt.date(N, 2, 20),
    )
    b.pdf(
        f"/files/ppid/rba-{N}.pdf",
        f"Rencana Bisnis dan Anggaran (RBA) BLUD RSUD Tahun {N}",
        ["Proyeksi pendapatan dan belanja BLUD."],
        dt.date(N - 1, 12, 1),
    )
    b.broken(f"/files/ppid/laporan-keuangan-blud-{N - 1}.pdf", "500")
    b.broken(f"/files/ppid/laporan-layanan-informasi-{N - 1}.pdf", "html200")
    b.broken("/files/ppid/sop-ppid.pdf", "404")
    b.pdf(
        f"/files/ppid/lhkpn-direktur-{N - 2}.pdf",
        f"LHKPN Direktur RSUD Tahun {N - 2}",
        ["Ikhtisar."],
        dt.date(N - 1, 3, 25),
    )
    b.pdf(
        f"/files/ppid/rencana-kegiatan-{N - 1}.pdf",
        f"Rencana Kegiatan RSUD Tahun {N - 1}",
        ["Daftar kegiatan."],
        dt.date(N - 1, 1, 15),
    )
    b.pdf(
        f"/files/ppid/renstra-bisnis-{N - 7}-{N - 3}.pdf",
        f"Rencana Strategis Bisnis RSUD {N - 7}-{N - 3}",
        ["Renstra Bisnis."],
        dt.date(N - 7, 6, 1),
    )
    rows = [
        [f"Laporan Kinerja Tahun {N - 1}", a(f"/files/ppid/laporan-kinerja-{N - 1}.pdf", "Unduh")],
        [f"Rencana Bisnis dan Anggaran (RBA) Tahun {N}", a(f"/files/ppid/rba-{N}.pdf", "Unduh")],
        [f"Laporan Keuangan BLUD Tahun {N - 1}", a(f"/files/ppid/laporan-keuangan-blud-{N - 1}.pdf", "Unduh")],
        [f"Laporan Layanan Informasi Publik {N - 1}", a(f"/files/ppid/laporan-layanan-informasi-{N - 1}.pdf", "Unduh")],
        ["SOP PPID", a("/files/ppid/sop-ppid.pdf", "Unduh")],
        [f"LHKPN Direktur {N - 2}", a(f"/files/ppid/lhkpn-direktur-{N - 2}.pdf", "Unduh")],
        [f"Rencana Kegiatan {N - 1}", a(f"/files/ppid/rencana-kegiatan-{N - 1}.pdf", "Unduh")],
        [f"Rencana Strategis Bisnis {N - 7}-{N - 3}", a(f"/files/ppid/renstra-bisnis-{N - 7}-{N - 3}.pdf", "Unduh")],
    ]
    page("/ppid/berkala", "Informasi Berkala", table(["Informasi", "File"], rows))
    b.label("menu-ppid", P)
    b.label("laporan-kinerja", P, f"{N - 1}")
    b.label("anggaran", P, f"RBA BLUD {N}: the budget document of a BLUD hospital")
    b.label("laporan-keuangan", B, "500")
    b.label("laporan-layanan-informasi", B, "HTML 'File tidak ditemukan' instead of the PDF")
    b.label("sop-ppid", B, "404")
    b.label("lhkpn", S, f"LHKPN {N - 2}", early=P)
    b.label("program-kegiatan", S, f"Rencana Kegiatan {N - 1}", early=P)
    b.label("renstra", S, f"Renstra Bisnis {N - 7}-{N - 3}")

    page(
        "/ppid/serta-merta",
        "Informasi Serta Merta",
        "<table class='table'><thead><tr><th>No</th><th>Judul</th><th>Tanggal</th></tr></thead>"
        "<tbody><tr><td colspan='3' class='text-center'>Belum ada data</td></tr></tbody></table>",
    )
    b.label(
        "serta-merta",
        P,
        "the section exists and is empty ('Belum ada data'): serta merta information exists only "
        "when an emergency happens; a verifier credits the section (judgement call, see worlds/heldout/__init__.py)",
    )
    b.pdf(
        f"/files/ppid/dik-{N}.pdf",
        f"Daftar Informasi yang Dikecualikan RSUD Kabupaten Uji Tahun {N}",
        ["Rekam medis pasien dikecualikan (UU KIP Pasal 17 huruf h)."],
        dt.date(N, 2, 12),
    )
    page(
        "/ppid/daftar-informasi-publik",
        "Daftar Informasi Publik",
        table(
            ["Dokumen", "File"],
            [[f"Daftar Informasi yang Dikecualikan Tahun {N}", a(f"/files/ppid/dik-{N}.pdf", "Unduh")]],
        ),
    )
    b.label("dik", P, f"DIK {N}")
    b.label("dip", M, "the 'Daftar Informasi Publik' menu leads to a DIK only; no DIP itself")
    page(
        "/ppid/tata-cara",
        "Tata Cara Permohonan Informasi",
        "<p>Permohonan informasi diajukan ke meja informasi atau melalui surat; jawaban paling lambat 10 hari kerja; "
        "keberatan kepada Direktur selaku atasan PPID.</p>",
    )
    b.label("tata-cara-informasi", P)
    page(
        "/pengaduan",
        "Pengaduan Pasien",
        "<p>Sampaikan keluhan atau pengaduan melalui formulir berikut atau SP4N-LAPOR! "
        "(<a href='https://www.lapor.go.id/'>lapor.go.id</a>).</p>"
        + form("/pengaduan/kirim", [("nama", "Nama"), ("no_hp", "No. HP"), ("textarea:isi", "Isi Pengaduan")], "Kirim"),
    )
    b.label("pengaduan", P)
    _missing(
        b,
        {
            "regulasi": "none",
            "pengadaan": "none",
            "setiap-saat": "none",
            "sk-ppid": "none",
            "form-permohonan": "no information-request form (the complaint form is not one)",
            "form-keberatan": "none",
            "kontak-ppid": "no PPID contact",
        },
    )
    return b.spec


# =====================================================================================================
def build_bpbd(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "bpbd-uji",
        "Badan Penanggulangan Bencana Daerah Kabupaten Uji",
        "opd",
        "pemkab-uji",
        "pusdalops.bpbd@ujikab.go.id",
        "disaster agency: strong serta merta, Kalender Kegiatan, LHKPN news",
    )
    N = b.N
    nav = [
        ("Beranda", "/"),
        ("Profil", "/profil"),
        ("Peringatan Dini", "/peringatan-dini"),
        (
            "Informasi Publik",
            [
                ("Informasi Serta Merta", "/informasi-serta-merta"),
                ("Informasi Setiap Saat", "/informasi-setiap-saat"),
                ("Dokumen PPID", "/dokumen-ppid"),
                ("Tata Cara Permohonan", "/tata-cara-permohonan"),
            ],
        ),
        ("Kalender Kegiatan", "/kalender-kegiatan"),
        ("Berita", "/berita"),
    ]

    def page(path, title, content):
        b.page(
            path,
            bootstrap(
                "BPBD Kabupaten Uji", title, nav, content, footer="BPBD Kab. Uji &middot; Call Center Pusdalops 112"
            ),
        )

    page(
        "/",
        "BPBD Kabupaten Uji",
        "<p>Siaga bencana, tangguh bersama.</p>"
        f"<p>{a('/berita/apel-pagi-disiplin', 'Apel Pagi: Kalaksa Ingatkan Disiplin dan Kepatuhan Pelaporan')}</p>",
    )
    page(
        "/profil",
        "Profil",
        "<p>BPBD dipimpin Kepala Pelaksana (Kalaksa). Tugas: penanggulangan bencana. "
        "Struktur: Sekretariat, Bidang Pencegahan dan Kesiapsiagaan, Bidang Kedaruratan dan Logistik, Bidang Rehabilitasi "
        "dan Rekonstruksi. Alamat: Jl. Poros Bukit Pelangi Km 2.</p>",
    )
    b.label("profil", P)
    page(
        "/peringatan-dini",
        "Sistem Peringatan Dini dan Prosedur Evakuasi",
        "<p>Early Warning System banjir di 6 titik sungai. Prosedur evakuasi kantor BPBD: sirine tiga kali, "
        "seluruh pegawai menuju titik kumpul lapangan apel; jalur evakuasi ditandai hijau.</p>",
    )
    b.label("peringatan-dini", P)
    sm = [
        (dt.date(N, 11, 2), "Siaga Banjir Sungai Uji: warga bantaran diminta mengungsi ke posko SD 004"),
        (dt.date(N, 8, 19), "Kebakaran hutan dan lahan di Desa Tanjung Harapan, kualitas udara tidak sehat"),
    ]
    page(
        "/informasi-serta-merta",
        "Informasi Serta Merta",
        "<ul>" + "".join(f"<li>{tgl_panjang(d)} &ndash; {t}</li>" for d, t in sm) + "</ul>",
    )
    b.label("serta-merta", P)
    b.page("/informasi-setiap-saat", "<html><body><h1>500 Internal Server Error</h1></body></html>", status=500)
    b.label("setiap-saat", B, "menu item answers 500")
    kal = [
        (dt.date(N, 2, 14), "Apel Kesiapsiagaan Bencana"),
        (dt.date(N, 4, 26), "Hari Kesiapsiagaan Bencana"),
        (dt.date(N, 10, 13), "Simulasi evakuasi tsunami di sekolah pesisir"),
    ]
    page(
        "/kalender-kegiatan",
        f"Kalender Kegiatan BPBD Tahun {N}",
        table(["Tanggal", "Kegiatan"], [[tgl(d), t] for d, t in kal]),
    )
    b.label("program-kegiatan", P, f"Kalender Kegiatan {N}")
    page(
        "/berita",
        "Berita",
        f"<p>{a('/berita/apel-pagi-disiplin', 'Apel Pagi')} &middot; "
        f"{a('/berita/rekrutmen-thl-pusdalops', 'Penerimaan THL Pusdalops')}</p>",
    )
    page(
        "/berita/apel-pagi-disiplin",
        "Apel Pagi: Kalaksa Ingatkan Disiplin dan Kepatuhan Pelaporan",
        f"<p>{tgl_panjang(dt.date(N, 2, 2))}. Dalam apel pagi, Kalaksa BPBD mengingatkan pejabat struktural agar segera "
        "mengisi LHKPN sebelum batas waktu 31 Maret dan menjaga disiplin kehadiran.</p>",
    )
    b.label("lhkpn", M, "only a news item reminding officials to file LHKPN")
    page(
        "/berita/rekrutmen-thl-pusdalops",
        f"Pengumuman Penerimaan Tenaga Harian Lepas Pusdalops Tahun {N}",
        f"<p>{tgl_panjang(dt.date(N, 1, 20))}. BPBD membuka penerimaan 8 orang THL operator Pusdalops.</p>",
    )
    b.label("ketenagakerjaan", P)

    b.pdf(
        f"/uploads/ppid/lkjip-bpbd-{N - 3}.pdf",
        f"LKjIP BPBD Kabupaten Uji Tahun {N - 3}",
        ["Capaian kinerja."],
        dt.date(N - 2, 3, 1),
    )
    b.pdf(f"/uploads/ppid/dpa-bpbd-{N - 2}.pdf", f"DPA BPBD Tahun Anggaran {N - 2}", ["DPA."], dt.date(N - 2, 1, 5))
    b.pdf(
        f"/uploads/ppid/dik-bpbd-{N - 3}.pdf",
        f"Daftar Informasi Dikecualikan BPBD {N - 3}",
        ["DIK."],
        dt.date(N - 3, 2, 1),
    )
    b.pdf(f"/uploads/ppid/dip-bpbd-{N}.pdf", f"Daftar Informasi Publik BPBD Tahun {N}", ["DIP."], dt.date(N, 1, 27))
    b.pdf(
        f"/uploads/ppid/renstra-bpbd-{N - 5}-{N}.pdf", f"Renstra BPBD {N - 5} - {N}", ["Renstra."], dt.date(N - 5, 5, 5)
    )
    b.broken(f"/uploads/ppid/laporan-layanan-informasi-{N - 1}.pdf", "404")
    docs = [
        (f"LKjIP Tahun {N - 3}", f"/uploads/ppid/lkjip-bpbd-{N - 3}.pdf"),
        (f"DPA Tahun Anggaran {N - 2}", f"/uploads/ppid/dpa-bpbd-{N - 2}.pdf"),
        (f"Informasi Dikecualikan {N - 3}", f"/uploads/ppid/dik-bpbd-{N - 3}.pdf"),
        (f"Daftar Informasi Publik {N}", f"/uploads/ppid/dip-bpbd-{N}.pdf"),
        (f"Renstra {N - 5} - {N}", f"/uploads/ppid/renstra-bpbd-{N - 5}-{N}.pdf"),
        (f"Laporan Layanan Informasi Publik {N - 1}", f"/uploads/ppid/laporan-layanan-informasi-{N - 1}.pdf"),
    ]
    page(
        "/dokumen-ppid",
        "Dokumen PPID BPBD",
        "<p>PPID Pelaksana BPBD &ndash; e-mail ppid.bpbd@ujikab.go.id, telepon (0549) 202 1212.</p>"
        + table(["Dokumen", ""], [[t, a(h, "Lihat")] for t, h in docs])
        + "<p>Produk hukum: <a href='https://jdih.ujikab.go.id/'>JDIH Kabupaten Uji</a></p>",
    )
    b.label("menu-ppid", P, "'Informasi Publik' dropdown")
    b.label("kontak-ppid", P)
    b.label("laporan-kinerja", S, f"LKjIP {N - 3}")
    b.label("anggaran", S, f"DPA {N - 2}")
    b.label("dik", S, f"DIK {N - 3}")
    b.label("dip", P, f"DIP {N}")
    b.label("renstra", P)
    b.label("laporan-layanan-informasi", B, "404")
    b.label("regulasi", P, "JDIH link")
    page(
        "/tata-cara-permohonan",
        "Tata Cara Permohonan Informasi Publik",
        "<p>Permohonan disampaikan langsung atau melalui email PPID; dijawab paling lambat 10 hari kerja; "
        "keberatan kepada Kalaksa selaku atasan PPID.</p>",
    )
    b.label("tata-cara-informasi", P)
    _missing(
        b,
        {
            "laporan-keuangan": "none",
            "pengaduan": "none",
            "pengadaan": "none",
            "sk-ppid": "none",
            "sop-ppid": "none",
            "maklumat": "none",
            "form-permohonan": "none",
            "form-keberatan": "none",
        },
    )
    return b.spec


# =====================================================================================================
def build_dishub(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "dishub-uji",
        "Dinas Perhubungan Kabupaten Uji",
        "opd",
        "pemkab-uji",
        "dishub@ujikab.go.id",
        "Laravel PPID portal whose document links mostly fail; old DIP/DIK",
    )
    N = b.N
    nav = [
        ("Beranda", "/"),
        ("Profil", "/profil"),
        ("PPID", "/ppid"),
        ("Informasi Berkala", "/informasi-berkala"),
        ("Informasi Serta Merta", "/informasi-serta-merta"),
        ("Pengaduan", "/pengaduan"),
    ]

    def page(path, title, content):
        b.page(path, bootstrap("Dishub Kab. Uji", title, nav, content, footer="Dinas Perhubungan Kabupaten Uji"))

    page("/", "Dinas Perhubungan Kabupaten Uji", "<p>Selamat datang.</p>")
    page(
        "/profil",
        "Profil",
        "<p>Tugas: urusan perhubungan darat dan sungai. Kepala Dinas: Ir. Hendra S. "
        "Alamat: Jl. Pelabuhan No. 2, Uji.</p>",
    )
    b.label("profil", P)
    b.broken(f"/storage/berkala/program-kegiatan-{N}.pdf", "html200")
    b.broken(f"/storage/berkala/lkjip-{N - 1}.pdf", "empty")
    b.broken(f"/storage/berkala/lra-{N - 1}.pdf", "corrupt")
    b.broken(f"/storage/berkala/dpa-{N}.pdf", "404")
    b.pdf(
        f"/storage/berkala/lhkpn-kadis-{N - 2}.pdf",
        f"LHKPN Kepala Dinas Perhubungan Tahun {N - 2}",
        ["Ikhtisar."],
        dt.date(N - 1, 3, 29),
    )
    b.pdf(
        f"/storage/berkala/laporan-layanan-{N - 3}.pdf",
        f"Laporan Layanan Informasi Publik Tahun {N - 3}",
        ["Rekap."],
        dt.date(N - 2, 3, 20),
    )
    b.pdf(
        f"/storage/berkala/renstra-{N - 10}-{N - 5}.pdf",
        f"Renstra Dinas Perhubungan {N - 10}-{N - 5}",
        ["Renstra."],
        dt.date(N - 10, 9, 1),
    )
    rows = [
        [f"Program Kegiatan Tahun {N}", str(N), a(f"/storage/berkala/program-kegiatan-{N}.pdf", "Unduh")],
        [f"LKjIP Tahun {N - 1}", str(N - 1), a(f"/storage/berkala/lkjip-{N - 1}.pdf", "Unduh")],
        [f"Laporan Realisasi Anggaran {N - 1}", str(N - 1), a(f"/storage/berkala/lra-{N - 1}.pdf", "Unduh")],
        [f"DPA Tahun {N}", str(N), a(f"/storage/berkala/dpa-{N}.pdf", "Unduh")],
        ["LHKPN Kepala Dinas", str(N - 2), a(f"/storage/berkala/lhkpn-kadis-{N - 2}.pdf", "Unduh")],
        ["Laporan Layanan Informasi Publik", str(N - 3), a(f"/storage/berkala/laporan-layanan-{N - 3}.pdf", "Unduh")],
        ["Rencana Strategis", f"{N - 10}-{N - 5}", a(f"/storage/berkala/renstra-{N - 10}-{N - 5}.pdf", "Unduh")],
    ]
    page("/informasi-berkala", "Informasi Berkala", table(["Judul", "Tahun", "File"], rows))
    b.label("program-kegiatan", B, "html200")
    b.label("laporan-kinerja", B, "empty file")
    b.label("laporan-keuangan", B, "corrupt PDF")
    b.label("anggaran", B, "404")
    b.label("lhkpn", S, f"{N - 2}", early=P)
    b.label("laporan-layanan-informasi", S, f"{N - 3}")
    b.label("renstra", S, f"{N - 10}-{N - 5}")

    b.pdf(
        f"/storage/ppid/dip-{N - 3}.pdf",
        f"Daftar Informasi Publik Dinas Perhubungan Tahun {N - 3}",
        ["DIP."],
        dt.date(N - 3, 3, 3),
    )
    b.pdf(
        f"/storage/ppid/dik-{N - 3}.pdf",
        f"Daftar Informasi Dikecualikan Dinas Perhubungan Tahun {N - 3}",
        ["DIK."],
        dt.date(N - 3, 3, 3),
    )
    b.pdf(
        "/storage/ppid/sk-ppid.pdf",
        f"Keputusan Kepala Dinas Perhubungan Nomor 551/23/DISHUB/IV/{N} tentang Pejabat Pengelola Informasi dan Dokumentasi",
        ["Menetapkan Sekretaris Dinas sebagai PPID Pelaksana."],
        dt.date(N, 4, 7),
    )
    page(
        "/ppid",
        "PPID Dinas Perhubungan",
        table(
            ["Dokumen", ""],
            [
                [f"DIP {N - 3}", a(f"/storage/ppid/dip-{N - 3}.pdf", "Unduh")],
                [f"DIK {N - 3}", a(f"/storage/ppid/dik-{N - 3}.pdf", "Unduh")],
                [f"SK PPID 551/23/DISHUB/IV/{N}", a("/storage/ppid/sk-ppid.pdf", "Unduh")],
            ],
        )
        + "<p>Peraturan: <a href='https://jdih.ujikab.go.id/'>JDIH</a></p>",
    )
    b.label("menu-ppid", P)
    b.label("dip", S, f"DIP {N - 3}")
    b.label("dik", S, f"DIK {N - 3}")
    b.label("sk-ppid", P, "SK PPID with a Roman-numeral month in its number")
    b.label("regulasi", P)
    page(
        "/informasi-serta-merta",
        "Informasi Serta Merta",
        f"<p>{tgl_singkat(dt.date(N, 10, 5))}: Penutupan sementara Jalan Poros Uji&ndash;Hilir karena longsor; "
        "kendaraan dialihkan melalui Jl. Lingkar.</p>",
    )
    b.label("serta-merta", P)
    page(
        "/pengaduan",
        "Pengaduan",
        "<p>Pengaduan dapat disampaikan melalui Layanan Aspirasi dan Pengaduan Online Rakyat: "
        "<a href='https://www.lapor.go.id/'>https://www.lapor.go.id</a></p>",
    )
    b.label("pengaduan", P)
    _missing(
        b,
        {
            "tata-cara-informasi": "none",
            "pengadaan": "none",
            "ketenagakerjaan": "none",
            "peringatan-dini": "none",
            "setiap-saat": "none",
            "sop-ppid": "none",
            "maklumat": "none",
            "form-permohonan": "none",
            "form-keberatan": "none",
            "kontak-ppid": "none",
        },
    )
    return b.spec
