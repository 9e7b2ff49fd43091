"""Five more OPD: Bappeda (Drupal), RSUD (custom, accordion, Google Drive, "Lihat" viewer), BPKAD (CodeIgniter
transparency tables), BKPSDM (old PHP in windows-1252, no PPID section) and Dishub (502 Bad Gateway)."""

from __future__ import annotations

import datetime as dt

from kipmon.demo.server import Page
from worlds.validasi._kit import (
    B,
    BULAN,
    HARI,
    M,
    P,
    PNG,
    S,
    U,
    SiteBuilder,
    a,
    accordion,
    base,
    drive,
    esc,
    form,
    table,
    ul,
    wita,
)

PEMKAB = "pemkab-val"


# ---------------------------------------------------------------------------------------------------------
# Bappeda: Drupal (/node/N, /sites/default/files/YYYY-MM/...), "Dikirim oleh admin pada Sen, 03/03/2026 - 09:14"
# ---------------------------------------------------------------------------------------------------------


def _submitted(d: dt.date) -> str:
    return f"Dikirim oleh admin pada {HARI[d.weekday()][:3]}, {d.day:02d}/{d.month:02d}/{d.year} - 09:14"


def _drupal(title: str, content: str, *, d: dt.date | None = None) -> str:
    menu = ul(
        [
            a("/", "Beranda"),
            a("/node/2", "Profil"),
            a("/berita", "Berita"),
            a("/informasi-publik", "Informasi Publik"),
            a("/node/45", "Prosedur Permohonan Informasi"),
            a("/pengaduan", "Pengaduan"),
            a(base(PEMKAB) + "/ppid/permohonan", "Permohonan Informasi Online"),
        ],
        "menu nav",
    )
    sub = f'<div class="submitted">{_submitted(d)}</div>' if d else ""
    return (
        '<!DOCTYPE html><html lang="id" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">'
        f'<title>{esc(title)} | Bappeda Kabupaten Validasi</title></head><body class="path-node">'
        f'<div id="page"><header role="banner"><div class="site-name">Bappeda Kabupaten Validasi</div>'
        f'<nav role="navigation">{menu}</nav></header><main role="main"><h1 class="page-title">{esc(title)}</h1>'
        f'<article class="node">{sub}<div class="field--name-body">{content}</div></article></main>'
        '<footer role="contentinfo"><p>Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Validasi'
        " &middot; Jl. Soekarno-Hatta No. 12, Sangata Baru &middot; Telp. (0549) 21108</p></footer></div></body></html>"
    )


def build_bappeda(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "bappeda-val",
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "opd",
        PEMKAB,
        None,
        "Drupal 9 site; a documents view under 'Informasi Publik'",
    )
    f = "/sites/default/files"
    rkpd = b.pdf(
        f"{f}/{N - 1}-06/RKPD_{N}_final.pdf",
        f"Rencana Kerja Pemerintah Daerah Tahun {N}",
        ["Prioritas pembangunan daerah tahun rencana."],
        dt.date(N - 1, 6, 28),
    )
    renja = b.pdf(
        f"{f}/{N}-01/Renja_Bappeda_{N}.pdf",
        f"Rencana Kerja Bapperida Tahun {N}",
        ["Program perencanaan, pengendalian dan evaluasi pembangunan daerah."],
        dt.date(N, 1, 8),
    )
    lkjip = b.pdf(
        f"{f}/{N - 1}-03/LKjIP_{N - 2}.pdf",
        f"Laporan Kinerja Bapperida Tahun {N - 2}",
        ["Capaian IKU."],
        dt.date(N - 1, 3, 27),
    )
    lk = b.docx(
        f"{f}/{N - 1}-05/CaLK_Bapperida_{N - 2}.docx",
        f"Catatan atas Laporan Keuangan Bapperida Tahun Anggaran {N - 2}",
        ["Laporan Realisasi Anggaran dan Neraca per 31 Desember."],
        dt.date(N - 1, 5, 21),
    )
    rka = b.pdf(
        f"{f}/{N - 2}-11/RKA_Bapperida_TA_{N - 1}.pdf",
        f"RKA Bapperida TA. {N - 1}",
        ["Rencana kerja dan anggaran."],
        dt.date(N - 2, 11, 3),
    )
    dik = b.pdf(
        f"{f}/{N - 2}-04/DIK_Bapperida_{N - 2}.pdf",
        f"Daftar Informasi yang Dikecualikan Bapperida Tahun {N - 2}",
        ["Uji konsekuensi."],
        dt.date(N - 2, 4, 18),
    )
    sk = b.pdf(
        f"{f}/{N - 1}-02/SK_PPID_Pelaksana.pdf",
        "Keputusan Kepala Bapperida tentang Pejabat Pengelola Informasi dan Dokumentasi Pelaksana",
        [f"Ditetapkan 2 Februari {N - 1}."],
        dt.date(N - 1, 2, 2),
    )
    renstra = b.pdf(
        f"{f}/{N - 4}-01/Renstra_Bapperida.pdf",
        "Rencana Strategis Bapperida",
        [f"Periode {N - 5}-{N}", "Tujuan, sasaran, strategi dan program."],
        dt.date(N - 4, 1, 20),
    )
    dip = b.broken(f"{f}/{N}-02/DIP_Bappeda_{N}.pdf", "empty")
    b.label("program-kegiatan", P, f"RKPD {N} dan Renja {N}")
    b.label("laporan-kinerja", S, f"LKjIP terbaru {N - 2}; berita penyusunan LKjIP {N - 1} bukan laporannya", early=P)
    b.label("laporan-keuangan", S, f"CaLK TA {N - 2} (docx)", early=P)
    b.label("anggaran", S, f"RKA TA. {N - 1}", early=P)
    b.label("dik", S, f"DIK {N - 2}")
    b.label("sk-ppid", P, "SK PPID Pelaksana")
    b.label("renstra", P, f"Renstra 'Periode {N - 5}-{N}' (periode hanya di kolom dan isi)")
    b.label("dip", B, f"berkas DIP {N} kosong")
    rows = [
        [esc(t), esc(k), esc(y), a(h, "Unduh")]
        for t, k, y, h in [
            ("Rencana Kerja Pemerintah Daerah", "Informasi Berkala", str(N), rkpd),
            ("Rencana Kerja Bapperida", "Informasi Berkala", str(N), renja),
            ("Laporan Kinerja", "Informasi Berkala", str(N - 2), lkjip),
            ("Catatan atas Laporan Keuangan", "Informasi Berkala", str(N - 2), lk),
            ("Rencana Kerja dan Anggaran", "Informasi Berkala", str(N - 1), rka),
            ("Daftar Informasi Publik", "DIP", str(N), dip),
            ("Daftar Informasi yang Dikecualikan", "DIK", str(N - 2), dik),
            ("SK PPID Pelaksana", "PPID", str(N - 1), sk),
            ("Rencana Strategis", "Informasi Berkala", f"{N - 5}-{N}", renstra),
        ]
    ]
    b.page(
        "/informasi-publik",
        _drupal(
            "Informasi Publik",
            (
                table(["Judul", "Kategori", "Tahun", "Lampiran"], rows, cls="views-table cols-4")
                + "<p>Rencana Umum Pengadaan: "
                + a("https://sirup.lkpp.go.id/sirup/rekap/klpd/D512", "RUP Bapperida di SiRUP")
                + "</p>"
            ),
        ),
    )
    b.label("menu-ppid", P, "menu Informasi Publik")
    b.label("pengadaan", P, "tautan SiRUP")
    b.label("form-permohonan", P, "menu ke formulir permohonan PPID kabupaten")
    b.page(
        "/node/2",
        _drupal(
            "Profil",
            (
                "<p><b>Tugas</b>: membantu Bupati dalam perencanaan pembangunan daerah, riset dan inovasi.</p>"
                "<p><b>Struktur</b>: Kepala Badan, Sekretaris, Bidang Perencanaan Perekonomian dan SDA, Bidang Pemerintahan "
                "dan Pembangunan Manusia, Bidang Infrastruktur dan Kewilayahan, Bidang Riset dan Inovasi.</p>"
            ),
            d=dt.date(N - 2, 2, 1),
        ),
    )
    b.label("profil", P, "tugas dan struktur")
    news = f"/berita/bapperida-susun-lkjip-tahun-{N - 1}"
    b.page(
        news,
        _drupal(
            f"Bapperida Susun LKjIP Tahun {N - 1}",
            (
                f"<p>Bapperida mulai menyusun Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun {N - 1} bersama seluruh "
                "bidang. Dokumen ditargetkan rampung akhir Maret.</p>"
            ),
            d=dt.date(N, 2, 9),
        ),
        date=dt.date(N, 2, 9),
    )
    b.page("/berita", _drupal("Berita", ul([a(news, f"Bapperida Susun LKjIP Tahun {N - 1}")])))
    b.page(
        "/",
        _drupal(
            "Beranda",
            "<p>Selamat datang di situs resmi Bapperida.</p>"
            + ul([a(news, f"Bapperida Susun LKjIP Tahun {N - 1}"), a("/informasi-publik", "Dokumen Perencanaan")]),
        ),
    )
    not_found = _drupal("Halaman tidak ditemukan", "<p>Halaman yang diminta tidak dapat ditemukan.</p>")
    b.page("/node/45", not_found, status=404)
    b.page("/pengaduan", not_found, status=404)
    b.label("tata-cara-informasi", B, "menu Prosedur Permohonan Informasi: 404")
    b.label("pengaduan", B, "menu Pengaduan: 404")
    for item, note in [
        ("lhkpn", "tidak ada"),
        ("laporan-layanan-informasi", "tidak ada"),
        ("regulasi", "tidak ada produk hukum atau tautan JDIH"),
        ("ketenagakerjaan", "tidak ada"),
        ("peringatan-dini", "tidak ada"),
        ("serta-merta", "tidak ada bagian serta merta"),
        ("setiap-saat", "kategori tabel hanya Berkala/DIP/DIK/PPID; tidak ada bagian setiap saat"),
        ("sop-ppid", "tidak ada"),
        ("maklumat", "tidak ada"),
        ("form-keberatan", "tidak ada"),
        ("kontak-ppid", "hanya alamat dan telepon kantor di footer, tanpa PPID dan email"),
    ]:
        b.label(item, M, note)
    return b.spec


# ---------------------------------------------------------------------------------------------------------
# RSUD: custom Bootstrap site, PPID as an accordion; "Lihat" opens a viewer page with the PDF in an iframe;
# several documents live on Google Drive.
# ---------------------------------------------------------------------------------------------------------


def _rsud(title: str, content: str) -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
        + esc(title)
        + " - RSUD Kudungga Validasi</title></head><body>"
        '<nav class="navbar navbar-light bg-white shadow-sm"><a class="navbar-brand" href="/">RSUD Validasi</a>'
        + ul(
            [
                a("/", "Beranda"),
                a("/tentang-kami", "Tentang Kami"),
                a("/layanan", "Layanan"),
                a("/ppid", "PPID"),
                a("/karir", "Karir"),
                a("/pengaduan", "Pengaduan"),
            ],
            "navbar-nav",
        )
        + f'</nav><div class="container my-4"><h2>{esc(title)}</h2>{content}</div>'
        '<footer class="bg-primary text-white p-3">RSUD Kudungga Validasi &middot; Jl. Soekarno-Hatta, Sangata '
        "&middot; IGD 24 jam (0549) 21999</footer></body></html>"
    )


def build_rsud(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "rsud-val",
        "RSUD Kudungga Validasi",
        "opd",
        PEMKAB,
        "ppid@rsudvalidasi.go.id",
        "custom hospital site; PPID accordion; Google Drive links; 'Lihat' viewer pages",
    )
    st = "/storage/dokumen"

    def viewer(n: int, title: str, pdf_path: str) -> str:
        path = f"/dokumen/lihat/{n}"
        b.page(
            path,
            _rsud(
                title,
                (
                    f'<iframe src="{pdf_path}" width="100%" height="800" title="{esc(title)}"></iframe>'
                    f"<p>{a(pdf_path, 'Unduh', 'btn btn-primary')}</p>"
                ),
            ),
        )
        return path

    lkjip = b.pdf(
        f"{st}/7f3a9c1e2b.pdf",
        "Laporan Kinerja RSUD Kudungga Validasi",
        [f"Tahun {N - 2}", "BOR 71 persen; ALOS 4,2 hari."],
        dt.date(N - 1, 3, 29),
    )
    lli = b.pdf(
        f"{st}/b81d0e44a6.pdf",
        f"Laporan Layanan Informasi Publik RSUD Tahun {N - 2}",
        ["Permohonan: 22; dikabulkan: 20."],
        dt.date(N - 1, 3, 15),
    )
    dpa = b.pdf(
        f"{st}/DPA_RSUD_TA_{N}_Perubahan.pdf",
        f"Dokumen Pelaksanaan Perubahan Anggaran RSUD Tahun Anggaran {N} (Perubahan)",
        ["Pendapatan BLUD dan belanja operasional."],
        dt.date(N, 9, 30),
    )
    sk = b.pdf(
        f"{st}/SK_Direktur_PPID.pdf",
        "Keputusan Direktur RSUD tentang PPID Pelaksana RSUD",
        [f"Ditetapkan 10 Januari {N - 1}."],
        dt.date(N - 1, 1, 10),
    )
    renstra = b.pdf(
        f"{st}/renstra.pdf",
        f"Rencana Strategis RSUD Kudungga Validasi {N - 7}-{N - 2}",
        ["Rencana lima tahun."],
        dt.date(N - 7, 5, 1),
    )
    evak = b.pdf(
        f"{st}/prosedur-code-red.pdf",
        "Prosedur Code Red dan Jalur Evakuasi RSUD",
        [
            "Kode merah: kebakaran. Evakuasi pasien melalui jalur hijau menuju titik kumpul di parkir timur.",
            "Peta jalur evakuasi terpasang di setiap lantai.",
        ],
        dt.date(N - 2, 10, 2),
    )
    dip_pdf = b.broken(f"{st}/c0ffee1234.pdf", "404")
    dik = b.broken(f"{st}/DIK_RSUD_{N}.pdf", "500")
    sop = b.broken(f"{st}/SOP_Pelayanan_Informasi.pdf", "404")

    H = ["Nama Dokumen", "Tahun", ""]

    def r(title, year, href, view=None):
        btn = a(href, "Unduh", "btn btn-sm btn-outline-primary")
        if view:
            btn = a(view, "Lihat", "btn btn-sm btn-primary") + " " + btn
        return [esc(title), esc(year), btn]

    berkala = table(
        H,
        [
            r("LHKPN Direktur", str(N - 2), drive("1aK9dLHKPNdirRSUD" + str(N - 2))),
            r("Laporan Kinerja (LKjIP)", str(N - 2), lkjip, viewer(3, "Laporan Kinerja", lkjip)),
            r("Laporan Keuangan BLUD (Audited)", f"TA. {N - 2}", drive("1xLKBLUDaudit" + str(N - 2))),
            r("DPA RSUD", f"Tahun Anggaran {N} (Perubahan)", dpa),
            r("Laporan Layanan Informasi Publik", str(N - 2), lli, viewer(5, "Laporan Layanan Informasi", lli)),
            r("Rencana Strategis", f"{N - 7}-{N - 2}", renstra),
        ],
    )
    b.label("lhkpn", S, f"LHKPN {N - 2} di Google Drive (judul dan tahun di tabel)", early=P)
    b.label("laporan-kinerja", S, f"LKjIP {N - 2} (tahun di kolom dan isi; nama berkas acak)", early=P)
    b.label("laporan-keuangan", S, f"laporan keuangan BLUD TA. {N - 2} di Google Drive", early=P)
    b.label("anggaran", P, f"DPA TA {N} (Perubahan)")
    b.label("laporan-layanan-informasi", S, f"laporan layanan {N - 2}", early=P)
    b.label("renstra", S, f"Renstra {N - 7}-{N - 2} sudah berakhir")
    setiap = table(
        H,
        [
            r("Daftar Informasi Publik", str(N), dip_pdf, viewer(9, "Daftar Informasi Publik", dip_pdf)),
            r("SK PPID RSUD", str(N - 1), sk),
            r("SOP Pelayanan Informasi Publik", "-", sop),
            r("Prosedur Code Red dan Jalur Evakuasi", "-", evak),
        ],
    )
    b.label("dip", B, f"DIP {N}: viewer memuat PDF yang 404")
    b.label("sk-ppid", P, "SK PPID")
    b.label("sop-ppid", B, "SOP: 404")
    b.label("peringatan-dini", P, "prosedur code red dan jalur evakuasi")
    dikec = table(H, [r("Daftar Informasi yang Dikecualikan", str(N), dik)])
    b.label("dik", B, "DIK: 500")
    b.page(
        "/ppid",
        _rsud(
            "PPID RSUD",
            accordion(
                "accPpid",
                [
                    ("Informasi Berkala", berkala),
                    ("Informasi Serta Merta", '<p class="text-muted">Belum ada informasi serta merta.</p>'),
                    ("Informasi Setiap Saat", setiap),
                    ("Informasi Dikecualikan", dikec),
                    (
                        "Regulasi",
                        ul(
                            [
                                "Peraturan Bupati Validasi Nomor 31 Tahun 2019 tentang Pola Tata Kelola BLUD RSUD",
                                a("https://jdih.kabvalidasi.go.id/", "JDIH Kabupaten Validasi"),
                            ]
                        ),
                    ),
                    (
                        "Maklumat dan Standar Layanan",
                        (
                            "<p>Maklumat: kami siap memberikan pelayanan informasi dengan cepat, tepat dan sederhana. Jam layanan "
                            "PPID: Senin-Jumat 08.00-14.00 WITA; biaya: gratis.</p>"
                        ),
                    ),
                    (
                        "Tata Cara Permohonan, Keberatan dan Sengketa",
                        (
                            "<p>Permohonan diajukan melalui formulir daring atau langsung di loket informasi. Jawaban paling lambat "
                            "10 hari kerja. Keberatan kepada atasan PPID; sengketa informasi ke Komisi Informasi Provinsi.</p>"
                            + ul(
                                [
                                    a("/ppid/permohonan", "Formulir Permohonan Informasi"),
                                    a("/ppid/keberatan", "Formulir Keberatan"),
                                ]
                            )
                        ),
                    ),
                    (
                        "Kontak PPID",
                        "<p>PPID RSUD: Gedung Manajemen Lt. 2. Telp. (0549) 21990, email ppid@rsudvalidasi.go.id</p>",
                    ),
                ],
                open_first=False,
            ),
        ),
    )
    b.label("menu-ppid", P, "menu PPID")
    b.label("serta-merta", P, "bagian serta merta ada walau kosong")
    b.label("setiap-saat", P, "bagian setiap saat")
    b.label("regulasi", P, "regulasi dan JDIH")
    b.label("maklumat", P, "maklumat, jam layanan, biaya")
    b.label("tata-cara-informasi", P, "tata cara permohonan, keberatan, sengketa")
    b.label("kontak-ppid", P, "kontak PPID")
    b.page(
        "/ppid/permohonan",
        _rsud(
            "Formulir Permohonan Informasi",
            form(
                "/ppid/permohonan/submit",
                [("nama", "Nama"), ("email", "Email"), ("no_hp", "No. HP"), ("rincian", "Informasi yang diminta")],
                "Kirim",
            ),
        ),
    )
    b.page(
        "/ppid/keberatan",
        _rsud(
            "Formulir Keberatan",
            form("/ppid/keberatan/submit", [("nama", "Nama"), ("email", "Email"), ("alasan", "Alasan")], "Kirim"),
        ),
    )
    b.label("form-permohonan", P, "formulir permohonan")
    b.label("form-keberatan", P, "formulir keberatan")
    b.page(
        "/tentang-kami",
        _rsud(
            "Tentang Kami",
            (
                "<p>RSUD Kudungga Validasi adalah rumah sakit kelas C milik Pemerintah Kabupaten Validasi (BLUD).</p>"
                "<p>Visi: Rumah sakit rujukan yang bermutu. Struktur: Direktur, Wadir Pelayanan, Wadir Umum dan Keuangan.</p>"
            ),
        ),
    )
    b.label("profil", P, "profil dan struktur")
    b.page("/layanan", _rsud("Layanan", ul(["IGD 24 Jam", "Rawat Jalan", "Rawat Inap", "Hemodialisa"])))
    b.page(
        "/karir",
        _rsud(
            "Karir",
            (
                f"<h4>Rekrutmen Tenaga Non-ASN BLUD Tahun {N}</h4><p>{wita(dt.date(N, 4, 14), 8, 0)}</p>"
                "<p>Dibutuhkan perawat (10), bidan (4), apoteker (2). Berkas dikirim ke bagian kepegawaian.</p>"
            ),
        ),
    )
    b.label("ketenagakerjaan", P, f"rekrutmen tenaga BLUD {N}")
    b.page(
        "/pengaduan",
        _rsud(
            "Pengaduan",
            (
                "<p>Keluhan pelayanan dan dugaan penyalahgunaan wewenang dapat disampaikan melalui "
                + a("https://www.lapor.go.id", "SP4N-LAPOR!")
                + " atau formulir di bawah.</p>"
                + form("/pengaduan/kirim", [("nama", "Nama"), ("isi", "Isi Pengaduan")], "Kirim")
            ),
        ),
    )
    b.label("pengaduan", P, "pengaduan dengan SP4N-LAPOR dan formulir")
    b.page(
        "/", _rsud("Beranda", "<p>Melayani dengan sepenuh hati.</p>" + ul([a("/ppid", "PPID"), a("/karir", "Karir")]))
    )
    b.label("program-kegiatan", M, "tidak ada program/kegiatan tahun berjalan")
    b.label("pengadaan", M, "tidak ada")
    return b.spec


# ---------------------------------------------------------------------------------------------------------
# BPKAD: CodeIgniter app; "Transparansi Anggaran" table with the year in its own column ("TA. 2025")
# ---------------------------------------------------------------------------------------------------------


def _ci(title: str, content: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(title) + " | BPKAD Kab. Validasi</title>"
        '</head><body class="hold-transition skin-blue layout-top-nav"><header class="main-header">'
        '<nav class="navbar navbar-static-top"><a href="/" class="navbar-brand"><b>BPKAD</b> Validasi</a>'
        + ul(
            [
                a("/", "Home"),
                a("/profil", "Profil"),
                a("/transparansi", "Transparansi Anggaran"),
                a("/ppid", "PPID"),
                a("/ppid/setiap-saat", "Informasi Setiap Saat"),
                a("/ppid/permohonan", "Formulir Permohonan"),
                a("/regulasi", "Regulasi"),
            ],
            "nav navbar-nav",
        )
        + f'</nav></header><div class="content-wrapper"><section class="content-header"><h1>{esc(title)}</h1>'
        f'</section><section class="content">{content}</section></div>'
        '<footer class="main-footer">Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Validasi</footer></body></html>'
    )


def build_bpkad(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "bpkad-val",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "opd",
        PEMKAB,
        "bpkad@kabvalidasi.go.id",
        "CodeIgniter site; transparency table with the year in a cell",
    )
    u = "/uploads/dokumen"
    docs = [  # (jenis, uraian, tahun cell, path, pdf title, date)
        (
            "LHKPN",
            "LHKPN Kepala Badan",
            str(N - 3),
            f"{u}/lhkpn_kaban.pdf",
            f"LHKPN Kepala BPKAD Tahun {N - 3}",
            dt.date(N - 2, 3, 28),
        ),
        (
            "Renja",
            "Rencana Kerja BPKAD",
            f"TA. {N - 1}",
            f"{u}/renja_bpkad.pdf",
            f"Rencana Kerja BPKAD TA. {N - 1}",
            dt.date(N - 2, 12, 1),
        ),
        (
            "LKjIP",
            "Laporan Kinerja",
            str(N - 2),
            f"{u}/lkjip_bpkad.pdf",
            f"LKjIP BPKAD Tahun {N - 2}",
            dt.date(N - 1, 3, 30),
        ),
        (
            "Laporan Keuangan",
            "Laporan Keuangan BPKAD (Audited)",
            f"TA. {N - 1}",
            f"{u}/lk_bpkad_audited.pdf",
            f"Laporan Keuangan BPKAD TA. {N - 1} (Audited)",
            dt.date(N, 6, 18),
        ),
        (
            "Laporan Keuangan",
            "LKPD Kabupaten Validasi (Audited)",
            f"TA. {N - 1}",
            f"{u}/lkpd_audited.pdf",
            f"LKPD Kabupaten Validasi TA. {N - 1}",
            dt.date(N, 6, 18),
        ),
        (
            "APBD",
            "Ringkasan APBD Perubahan",
            f"Tahun Anggaran {N} (Perubahan)",
            f"{u}/ringkasan_apbdp.pdf",
            f"Ringkasan APBD Perubahan Tahun Anggaran {N}",
            dt.date(N, 10, 1),
        ),
        (
            "Renstra",
            "Rencana Strategis BPKAD",
            f"{N - 10}-{N - 5}",
            f"{u}/renstra_bpkad.pdf",
            f"Renstra BPKAD {N - 10}-{N - 5}",
            dt.date(N - 10, 6, 1),
        ),
        (
            "DIP",
            "Daftar Informasi Publik BPKAD",
            str(N - 2),
            f"{u}/DIP_BPKAD.pdf",
            "Daftar Informasi Publik BPKAD",
            dt.date(N - 2, 2, 2),
        ),
        (
            "DIK",
            "Daftar Informasi yang Dikecualikan",
            str(N - 1),
            f"{u}/DIK_BPKAD.pdf",
            "Daftar Informasi yang Dikecualikan BPKAD",
            dt.date(N - 1, 3, 3),
        ),
    ]
    rows = []
    for i, (jenis, uraian, tahun, path, ptitle, d) in enumerate(docs, start=1):
        lines = ["Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Validasi"]
        if jenis in ("DIP", "DIK"):
            lines.append(f"Ditetapkan di Sangata, {d.day} {BULAN[d.month - 1]} {d.year}")
        b.pdf(path, ptitle, lines, d)
        rows.append(
            [
                str(i),
                esc(jenis),
                esc(uraian),
                esc(tahun),
                a(path, "Unduh", "btn btn-xs btn-success") + " " + a(path, "Lihat", "btn btn-xs btn-info"),
            ]
        )
    b.broken(f"{u}/laporan_ppid.pdf", "500")
    rows.append(
        [
            str(len(rows) + 1),
            "Laporan PPID",
            "Laporan Layanan Informasi Publik",
            str(N - 1),
            a(f"{u}/laporan_ppid.pdf", "Unduh", "btn btn-xs btn-success"),
        ]
    )
    b.page(
        "/transparansi",
        _ci(
            "Transparansi Anggaran",
            table(["No", "Jenis", "Uraian", "Tahun", "Aksi"], rows, cls="table table-striped dataTable"),
        ),
    )
    b.label("lhkpn", S, f"LHKPN {N - 3}")
    b.label("program-kegiatan", S, f"Renja TA. {N - 1} (tahun di kolom)", early=P)
    b.label("laporan-kinerja", S, f"LKjIP {N - 2}", early=P)
    b.label("laporan-keuangan", P, f"laporan keuangan TA. {N - 1}")
    b.label("anggaran", P, f"APBD Perubahan TA {N}")
    b.label("renstra", S, f"Renstra {N - 10}-{N - 5}")
    b.label("dip", S, f"DIP tahun {N - 2} (hanya di kolom dan tanggal penetapan)")
    b.label("dik", S, f"DIK {N - 1} (hanya di kolom)", early=P)
    b.label("laporan-layanan-informasi", B, "laporan PPID: 500")
    b.page(
        "/ppid",
        _ci(
            "PPID Pelaksana BPKAD",
            (
                f"<p>{a(f'{u}/sk_ppid_bpkad.pdf', 'SK PPID Pelaksana BPKAD')}</p>"
                "<p><b>Maklumat Pelayanan</b>: kami berjanji memberikan pelayanan informasi keuangan daerah sesuai standar "
                "pelayanan; jam layanan 08.00-15.00 WITA; tidak dipungut biaya.</p>"
                "<p><b>Kontak PPID Pelaksana</b>: Subbag Umum BPKAD, Telp. (0549) 21440, email ppid.bpkad@kabvalidasi.go.id</p>"
                + a("/transparansi", "Dokumen Transparansi Anggaran")
            ),
        ),
    )
    b.broken(f"{u}/sk_ppid_bpkad.pdf", "html200")
    b.label("menu-ppid", P, "menu PPID")
    b.label("sk-ppid", B, "SK PPID: halaman 'File tidak ditemukan'")
    b.label("maklumat", P, "maklumat dengan jam dan biaya")
    b.label("kontak-ppid", P, "kontak PPID pelaksana")
    b.page(
        "/ppid/setiap-saat",
        '<html><body><div id="container"><h1>A Database Error Occurred</h1><p>Error Number: '
        "1146</p><p>Table 'bpkad.dokumen_setiap_saat' doesn't exist</p></div></body></html>",
        status=500,
    )
    b.label("setiap-saat", B, "menu Informasi Setiap Saat: 500")
    b.page("/ppid/permohonan", _ci("404 Page Not Found", "<p>The page you requested was not found.</p>"), status=404)
    b.label("form-permohonan", B, "menu Formulir Permohonan: 404")
    b.page(
        "/regulasi",
        _ci(
            "Regulasi",
            ul(
                [
                    "Peraturan Daerah Kabupaten Validasi Nomor 2 Tahun 2023 tentang Pengelolaan Keuangan Daerah",
                    "Peraturan Bupati Nomor 18 Tahun 2024 tentang Kebijakan Akuntansi",
                    a("https://jdih.kabvalidasi.go.id/", "JDIH Kabupaten Validasi"),
                ]
            ),
        ),
    )
    b.label("regulasi", P, "regulasi keuangan dan JDIH")
    b.page(
        "/profil",
        _ci(
            "Profil",
            "<p>Tugas: pengelolaan keuangan dan aset daerah. Struktur: Kepala Badan, "
            "Sekretaris, Bidang Anggaran, Bidang Perbendaharaan, Bidang Akuntansi, Bidang Aset."
            "</p><p>Alamat: Jl. Soekarno-Hatta No. 5, Sangata Baru.</p>",
        ),
    )
    b.label("profil", P, "tugas, struktur, alamat")
    b.page(
        "/",
        _ci(
            "Beranda",
            "<p>Selamat datang di BPKAD Kabupaten Validasi.</p>" + a("/transparansi", "Transparansi Anggaran"),
        ),
    )
    for item in (
        "tata-cara-informasi",
        "pengaduan",
        "pengadaan",
        "ketenagakerjaan",
        "peringatan-dini",
        "serta-merta",
        "sop-ppid",
        "form-keberatan",
    ):
        b.label(item, M, "tidak ada")
    return b.spec


# ---------------------------------------------------------------------------------------------------------
# BKPSDM: an old PHP site (index.php?page=...), windows-1252, a "Download" page and no PPID section
# ---------------------------------------------------------------------------------------------------------


def build_bkpsdm(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "bkpsdm-val",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "opd",
        PEMKAB,
        None,
        "old PHP site in windows-1252; ?page= routes; no PPID section",
    )
    CT = "text/html; charset=windows-1252"

    def page(key: str, title: str, content: str, **kw) -> str:
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            f'<title>BKPSDM Kab. Validasi \u2013 {esc(title)}</title></head><body bgcolor="#ffffff">'
            '<table width="960" align="center"><tr><td><img src="/images/banner.png" alt="BKPSDM"></td></tr><tr><td>'
            + " | ".join(
                a(f"/index.php?page={k}", t)
                for k, t in [
                    ("home", "Home"),
                    ("profil", "Profil"),
                    ("pengumuman", "Pengumuman"),
                    ("peraturan", "Peraturan"),
                    ("download", "Download"),
                    ("layanan", "Layanan"),
                    ("pengaduan", "Pengaduan"),
                ]
            )
            + f"</td></tr><tr><td><h2>{esc(title)}</h2>{content}</td></tr>"
            "<tr><td><small>\u00a9 BKPSDM Kabupaten Validasi \u2013 Jl. Soekarno\u2013Hatta No. 7</small></td></tr>"
            "</table></body></html>"
        )
        path = "/" if key == "" else f"/index.php?page={key}"
        b.page(path, html.encode("cp1252"), content_type=CT, **kw)
        return path

    b.page("/images/banner.png", PNG, content_type="image/png")
    home = "<p>Selamat datang di website resmi BKPSDM.</p>" + a(
        "/index.php?page=pengumuman", f"Pengumuman Seleksi PPPK Tahun {N}"
    )
    page("", "Home", home)
    page("home", "Home", home)
    page(
        "profil",
        "Profil",
        "<p>Visi: ASN profesional dan berintegritas. Tugas: manajemen ASN daerah. Struktur: "
        "Kepala Badan, Sekretaris, Bidang Mutasi, Bidang Pengembangan SDM, Bidang Penilaian "
        "Kinerja.</p>",
    )
    b.label("profil", P, "visi, tugas, struktur")
    page(
        "pengumuman",
        "Pengumuman",
        (
            f"<h4>Pengumuman Seleksi Kompetensi PPPK Tahun {N}</h4><p>Diumumkan {wita(dt.date(N, 7, 2), 16, 5)}. "
            f"Formasi: 512. Jadwal ujian \u2013 September {N}.</p><h4>Daftar Formasi CPNS</h4><p>Rincian formasi per "
            "perangkat daerah.</p>"
        ),
    )
    b.label("ketenagakerjaan", P, f"pengumuman PPPK {N} dan formasi CPNS")
    page(
        "peraturan",
        "Peraturan Kepegawaian",
        ul(
            [
                "PP Nomor 11 Tahun 2017 tentang Manajemen PNS",
                "Peraturan Bupati Validasi tentang Tambahan Penghasilan Pegawai",
                a("https://jdih.kabvalidasi.go.id/", "JDIH Kabupaten Validasi"),
            ]
        ),
    )
    b.label("regulasi", P, "daftar peraturan dan JDIH")
    page(
        "layanan",
        "Layanan",
        (
            "<h4>Maklumat Pelayanan BKPSDM</h4><p>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai "
            "standar pelayanan. Jam layanan Senin\u2013Jumat 08.00\u201315.00 WITA; semua layanan tidak dipungut biaya.</p>"
            "<h4>SOP Kenaikan Pangkat</h4><p>Usul kenaikan pangkat diajukan melalui aplikasi SIASN paling lambat dua bulan "
            "sebelum periode.</p>"
        ),
    )
    b.label("maklumat", P, "maklumat pelayanan BKPSDM dengan jam layanan dan biaya")
    b.label("sop-ppid", M, "hanya SOP kenaikan pangkat, bukan SOP layanan informasi")
    page(
        "pengaduan",
        "Pengaduan",
        "<p>Pengaduan ASN dan masyarakat disampaikan melalui " + a("https://www.lapor.go.id", "SP4N-LAPOR!") + ".</p>",
    )
    b.label("pengaduan", P, "SP4N-LAPOR")
    f = "/file"
    b.pdf(
        f"{f}/program_kerja_{N - 2}.pdf",
        f"Program Kerja BKPSDM Tahun {N - 2}",
        ["Program dan kegiatan."],
        dt.date(N - 3, 12, 20),
    )
    b.docx(
        f"{f}/LKjIP_BKPSDM_{N - 2}.docx",
        f"Laporan Kinerja Instansi Pemerintah BKPSDM Tahun {N - 2}",
        ["Capaian sasaran: indeks profesionalitas ASN 68,2."],
        dt.date(N - 1, 3, 26),
    )
    b.pdf(
        f"{f}/DPA_TA_{N - 1}.pdf",
        f"Dokumen Pelaksanaan Anggaran BKPSDM TA. {N - 1}",
        ["Pagu anggaran."],
        dt.date(N - 1, 1, 20),
    )
    b.pdf(
        f"{f}/renstra_bkpsdm.pdf",
        f"Renstra BKPSDM {N - 10}\u2013{N - 5}",
        ["Rencana strategis."],
        dt.date(N - 10, 4, 4),
    )
    b.broken(f"{f}/rekap_lhkpn_{N - 1}.pdf", "404")
    b.broken(f"{f}/DIP_BKPSDM_{N}.pdf", "404")
    page(
        "download",
        "Download",
        ul(
            [
                a(f"{f}/program_kerja_{N - 2}.pdf", f"Program Kerja {N - 2}"),
                a(f"{f}/LKjIP_BKPSDM_{N - 2}.docx", f"LKjIP {N - 2}"),
                a(f"{f}/DPA_TA_{N - 1}.pdf", f"DPA TA. {N - 1}"),
                a(f"{f}/renstra_bkpsdm.pdf", "Renstra"),
                a(f"{f}/rekap_lhkpn_{N - 1}.pdf", f"Rekap LHKPN Pejabat {N - 1}"),
                a(f"{f}/DIP_BKPSDM_{N}.pdf", f"Daftar Informasi Publik {N}"),
            ]
        ),
    )
    b.label("program-kegiatan", S, f"program kerja {N - 2}")
    b.label("laporan-kinerja", S, f"LKjIP {N - 2} (docx)", early=P)
    b.label("anggaran", S, f"DPA TA. {N - 1}", early=P)
    b.label("renstra", S, f"Renstra {N - 10}-{N - 5}")
    b.label("lhkpn", B, f"Rekap LHKPN {N - 1}: 404")
    b.label("dip", B, f"DIP {N}: 404")
    for item in (
        "menu-ppid",
        "laporan-keuangan",
        "laporan-layanan-informasi",
        "tata-cara-informasi",
        "pengadaan",
        "peringatan-dini",
        "serta-merta",
        "setiap-saat",
        "dik",
        "sk-ppid",
        "form-permohonan",
        "form-keberatan",
        "kontak-ppid",
    ):
        b.label(item, M, "tidak ada (situs tanpa bagian PPID)")
    return b.spec


# ---------------------------------------------------------------------------------------------------------
# Dishub: the reverse proxy answers 502 Bad Gateway for every path
# ---------------------------------------------------------------------------------------------------------


def build_dishub(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "dishub-val",
        "Dinas Perhubungan",
        "opd",
        PEMKAB,
        None,
        "nginx in front of a dead backend: 502 Bad Gateway everywhere",
    )
    bad = Page(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
        "</center>\r\n<hr><center>nginx/1.18.0 (Ubuntu)</center>\r\n</body>\r\n</html>\r\n",
        status=502,
        last_modified=None,
    )
    b.spec.routes["/"] = bad
    b.prefix("/", lambda path: bad)
    b.label_all(U, "halaman awal 502 Bad Gateway: tidak dapat dinilai")
    return b.spec
