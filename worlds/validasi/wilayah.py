"""Two kecamatan on the regency's new integrated platform (one filled in, one still the bare template) and a
kelurahan that runs a Blogger blog with its documents on Google Drive."""

from __future__ import annotations

import datetime as dt

from worlds.validasi._kit import B, BULAN, HARI, M, P, PNG, S, SiteBuilder, a, base, drive, esc, form, table, ul, wita

PEMKAB = "pemkab-val"


def _platform(kec: str, title: str, content: str) -> str:
    """The integrated kecamatan/desa platform of the regency (same template for every kecamatan)."""
    nav = ul(
        [
            a("/", "Beranda"),
            a("/profil", "Profil"),
            a("/berita", "Berita"),
            a("/ppid", "PPID")
            + ul(
                [
                    a("/ppid/berkala", "Informasi Berkala"),
                    a("/ppid/serta-merta", "Informasi Serta Merta"),
                    a("/ppid/setiap-saat", "Informasi Setiap Saat"),
                    a("/ppid/dikecualikan", "Informasi Dikecualikan"),
                    a("/ppid/dip", "Daftar Informasi Publik"),
                    a("/ppid/standar-layanan", "Standar Layanan"),
                ],
                "submenu",
            ),
            a("/layanan/pengaduan", "Pengaduan"),
        ],
        "nav",
    )
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{esc(title)} | Kecamatan {esc(kec)}'
        '</title><meta name="generator" content="Portal Wilayah Kab. Validasi v2.1"></head><body>'
        f'<header class="topbar"><span>Pemerintah Kabupaten Validasi</span><h1>Kecamatan {esc(kec)}</h1>'
        f'<nav>{nav}</nav></header><main class="container"><h2>{esc(title)}</h2>{content}</main>'
        '<footer><div class="row"><div class="col">'
        + a("https://jdih.kabvalidasi.go.id/", "JDIH Kabupaten")
        + " | "
        + a(base(PEMKAB) + "/ppid/permohonan", "Permohonan Informasi (PPID Kabupaten)")
        + " | "
        + a("https://www.lapor.go.id", "SP4N-LAPOR!")
        + "</div></div>"
        "<p>Dikelola oleh Diskominfo Staper Kabupaten Validasi</p></footer></body></html>"
    )


_TATA = (
    "<h4>Tata Cara Permohonan Informasi</h4><ol><li>Pemohon datang langsung atau mengisi formulir daring</li>"
    "<li>Petugas mencatat dalam register permohonan</li><li>PPID menjawab dalam 10 hari kerja (dapat diperpanjang "
    "7 hari kerja)</li></ol><h4>Keberatan dan Sengketa</h4><p>Keberatan diajukan kepada atasan PPID paling lambat "
    "30 hari kerja; sengketa informasi diajukan ke Komisi Informasi Provinsi.</p>"
)


def _doc_rows(rows: list[tuple[str, str, str]]) -> str:
    if not rows:
        return (
            '<table class="table"><thead><tr><th>Nama Dokumen</th><th>Tahun</th><th>Aksi</th></tr></thead>'
            '<tbody><tr><td colspan="3" class="text-center">Belum ada dokumen</td></tr></tbody></table>'
        )
    return table(
        ["Nama Dokumen", "Tahun", "Aksi"],
        [
            [esc(t), esc(y), a(h, "Lihat", "btn btn-sm btn-info") + " " + a(h, "Unduh", "btn btn-sm btn-primary")]
            for t, y, h in rows
        ],
        cls="table table-sm",
    )


def build_kec_muara(as_of: dt.date):
    N = as_of.year
    kec = "Muara Validasi"
    b = SiteBuilder(
        as_of,
        "kec-muara-val",
        f"Kecamatan {kec}",
        "kecamatan",
        PEMKAB,
        "kec.muara@kabvalidasi.go.id",
        "integrated regency platform, filled in",
    )
    st = "/storage/dokumen"

    def L(title, content):
        return _platform(kec, title, content)

    def pdf(name, title, lines, d):
        return b.pdf(f"{st}/{d.year}/{name}", title, lines, d)

    lhkpn = pdf("lhkpn-camat.pdf", f"LHKPN Camat Muara Validasi Periodik {N - 2}", ["e-LHKPN."], dt.date(N - 1, 3, 25))
    renja = pdf(
        "renja.pdf",
        f"Rencana Kerja (Renja) Kecamatan Muara Validasi Tahun {N - 1}",
        ["Program penyelenggaraan pemerintahan dan pelayanan publik kecamatan."],
        dt.date(N - 2, 12, 9),
    )
    lkjip = pdf(
        "lkjip.pdf",
        f"Laporan Kinerja Instansi Pemerintah Kecamatan Muara Validasi Tahun {N - 1}",
        ["Capaian indikator kinerja."],
        dt.date(N, 2, 27),
    )
    lk = pdf(
        "lk.pdf",
        f"Laporan Keuangan Kecamatan Muara Validasi TA. {N - 2}",
        ["LRA, Neraca, CaLK."],
        dt.date(N - 1, 5, 30),
    )
    dpa = pdf("dpa.pdf", f"DPA Kecamatan Muara Validasi TA. {N}", ["Dokumen pelaksanaan anggaran."], dt.date(N, 1, 10))
    lli = pdf(
        "laporan-ppid.pdf",
        f"Laporan Layanan Informasi Publik Kecamatan Muara Validasi {N - 2}",
        ["Permohonan: 9; dikabulkan: 9."],
        dt.date(N - 1, 3, 12),
    )
    dip = pdf(
        "dip.pdf",
        f"Daftar Informasi Publik Kecamatan Muara Validasi Tahun {N}",
        ["Lampiran SK Camat."],
        dt.date(N, 3, 5),
    )
    dik = pdf(
        "dik.pdf",
        f"Daftar Informasi yang Dikecualikan Kecamatan Muara Validasi Tahun {N - 1}",
        ["Uji konsekuensi."],
        dt.date(N - 1, 3, 20),
    )
    sk = pdf(
        "sk-ppid.pdf",
        "Keputusan Camat Muara Validasi tentang PPID Pelaksana Kecamatan",
        [f"Ditetapkan {dt.date(N - 1, 1, 6).day} Januari {N - 1}."],
        dt.date(N - 1, 1, 6),
    )
    sop = pdf(
        "sop-ppid.pdf",
        "SOP Pelayanan Informasi Publik Kecamatan Muara Validasi",
        ["SOP permohonan, keberatan, dan pendokumentasian."],
        dt.date(N - 1, 1, 6),
    )
    evak = pdf(
        "jalur-evakuasi.pdf",
        "Prosedur Evakuasi Keadaan Darurat Kantor Camat Muara Validasi",
        ["Peta jalur evakuasi dan titik kumpul di halaman kantor camat.", "Alarm kebakaran: keluar tertib."],
        dt.date(N - 1, 8, 1),
    )
    mak = b.broken(f"{st}/{N - 1}/maklumat-pelayanan.pdf", "404")
    renstra = b.broken(f"{st}/{N - 4}/renstra-{N - 5}-{N}.pdf", "404")

    b.page(
        "/ppid/berkala",
        L(
            "Informasi Berkala",
            _doc_rows(
                [
                    ("LHKPN Camat", str(N - 2), lhkpn),
                    ("Rencana Kerja (Renja)", str(N - 1), renja),
                    ("Laporan Kinerja (LKjIP)", str(N - 1), lkjip),
                    ("Laporan Keuangan", f"TA. {N - 2}", lk),
                    ("Dokumen Pelaksanaan Anggaran (DPA)", f"TA. {N}", dpa),
                    ("Laporan Layanan Informasi Publik", str(N - 2), lli),
                    ("Rencana Strategis", f"{N - 5}-{N}", renstra),
                    ("Prosedur Evakuasi Keadaan Darurat", "-", evak),
                ]
            ),
        ),
    )
    b.label("lhkpn", S, f"LHKPN {N - 2}", early=P)
    b.label("program-kegiatan", S, f"Renja {N - 1}", early=P)
    b.label("laporan-kinerja", P, f"LKjIP {N - 1}")
    b.label("laporan-keuangan", S, f"laporan keuangan TA. {N - 2}", early=P)
    b.label("anggaran", P, f"DPA TA. {N}")
    b.label("laporan-layanan-informasi", S, f"laporan layanan {N - 2}", early=P)
    b.label("renstra", B, f"Renstra {N - 5}-{N}: 404")
    b.label("peringatan-dini", P, "prosedur evakuasi kantor camat")
    b.page(
        "/ppid/serta-merta",
        L(
            "Informasi Serta Merta",
            ul(
                [
                    f"Banjir di Desa Sumber Validasi, {wita(dt.date(N, 1, 21), 6, 30)}: warga RT 03-05 dievakuasi ke balai desa.",
                    f"Jembatan Sungai Muara ditutup sementara mulai {wita(dt.date(N, 4, 2), 7, 0)} untuk perbaikan.",
                ]
            ),
        ),
    )
    b.label("serta-merta", P, "pengumuman banjir dan penutupan jembatan")
    b.page(
        "/ppid/setiap-saat",
        L(
            "Informasi Setiap Saat",
            _doc_rows(
                [("SK PPID Pelaksana Kecamatan", str(N - 1), sk), ("SOP Pelayanan Informasi Publik", str(N - 1), sop)]
            ),
        ),
    )
    b.label("setiap-saat", P, "halaman setiap saat")
    b.label("sk-ppid", P, "SK PPID")
    b.label("sop-ppid", P, "SOP pelayanan informasi")
    b.page(
        "/ppid/dikecualikan",
        L("Informasi Dikecualikan", _doc_rows([("Daftar Informasi yang Dikecualikan", str(N - 1), dik)])),
    )
    b.label("dik", S, f"DIK {N - 1}", early=P)
    b.page("/ppid/dip", L("Daftar Informasi Publik", _doc_rows([("Daftar Informasi Publik", str(N), dip)])))
    b.label("dip", P, f"DIP {N}")
    b.page(
        "/ppid/standar-layanan",
        L(
            "Standar Layanan",
            (
                _TATA
                + "<h4>Maklumat Pelayanan</h4>"
                + _doc_rows([("Maklumat Pelayanan Kecamatan", str(N - 1), mak)])
                + "<h4>Formulir</h4>"
                + ul([a("/ppid/permohonan", "Permohonan Informasi"), a("/ppid/keberatan", "Pengajuan Keberatan")])
            ),
        ),
    )
    b.label("tata-cara-informasi", P, "tata cara permohonan, keberatan, sengketa")
    b.label("maklumat", B, "maklumat pelayanan: 404 (tidak ada jam/biaya layanan lain)")
    b.page(
        "/ppid/permohonan",
        L(
            "Permohonan Informasi",
            form(
                "/ppid/permohonan/kirim",
                [("nama", "Nama"), ("nik", "NIK"), ("email", "Email"), ("rincian", "Rincian informasi")],
                "Kirim",
            ),
        ),
    )
    b.page(
        "/ppid/keberatan",
        L(
            "Pengajuan Keberatan",
            form(
                "/ppid/keberatan/kirim", [("nama", "Nama"), ("email", "Email"), ("alasan", "Alasan keberatan")], "Kirim"
            ),
        ),
    )
    b.label("form-permohonan", P, "formulir permohonan")
    b.label("form-keberatan", P, "formulir keberatan")
    b.page(
        "/ppid",
        L(
            "PPID Kecamatan",
            (
                "<p>PPID Pelaksana Kecamatan Muara Validasi: Sekretaris Camat.</p><p>Alamat: Jl. Poros Muara No. 1. "
                "Telp. 0812-5500-7781. Email: ppid.kecmuara@kabvalidasi.go.id</p>"
            ),
        ),
    )
    b.label("menu-ppid", P, "menu PPID")
    b.label("kontak-ppid", P, "kontak PPID kecamatan")
    b.label("regulasi", P, "tautan JDIH di footer template")
    b.page(
        "/layanan/pengaduan",
        L(
            "Pengaduan",
            (
                "<p>Warga dapat menyampaikan aduan melalui formulir berikut atau SP4N-LAPOR!.</p>"
                + form(
                    "/layanan/pengaduan/kirim", [("nama", "Nama"), ("no_hp", "No. HP"), ("isi", "Isi Aduan")], "Kirim"
                )
            ),
        ),
    )
    b.label("pengaduan", P, "formulir aduan dan SP4N-LAPOR")
    b.page(
        "/profil",
        L(
            "Profil Kecamatan",
            (
                "<p>Kecamatan Muara Validasi terdiri atas 9 desa. Kantor: Jl. Poros Muara No. 1.</p><p>Visi: Muara yang "
                "maju dan berdaya.</p><p>Tugas dan fungsi: koordinasi penyelenggaraan pemerintahan di wilayah kecamatan.</p>"
                "<p>Struktur: Camat, Sekretaris Camat, Kasi Pemerintahan, Kasi Trantib, Kasi Kesos, Kasi PMD.</p>"
            ),
        ),
    )
    b.label("profil", P, "profil, tugas, struktur")
    b.page("/berita", L("Berita", ul([f"Musrenbang Kecamatan RKPD {N + 1} ({wita(dt.date(N, 2, 10))})"])))
    b.page("/", L("Beranda", "<p>Selamat datang.</p>" + a("/ppid", "Layanan PPID")))
    b.label("pengadaan", M, "tidak ada")
    b.label("ketenagakerjaan", M, "tidak ada")
    return b.spec


def build_kec_hulu(as_of: dt.date):
    N = as_of.year
    kec = "Hulu Validasi"
    b = SiteBuilder(
        as_of,
        "kec-hulu-val",
        f"Kecamatan {kec}",
        "kecamatan",
        PEMKAB,
        None,
        "integrated regency platform, mostly the empty template",
    )
    st = "/storage/dokumen"

    def L(title, content):
        return _platform(kec, title, content)

    lhkpn = b.pdf(
        f"{st}/{N - 2}/lhkpn.pdf", f"LHKPN Camat Hulu Validasi Tahun {N - 3}", ["e-LHKPN."], dt.date(N - 2, 3, 30)
    )
    renja = b.pdf(
        f"{st}/{N - 1}/renja.pdf", f"Renja Kecamatan Hulu Validasi Tahun {N - 1}", ["Program."], dt.date(N - 2, 11, 30)
    )
    rka = b.pdf(
        f"{st}/{N - 3}/rka.pdf", f"RKA Kecamatan Hulu Validasi TA. {N - 2}", ["Anggaran."], dt.date(N - 3, 10, 20)
    )
    renstra = b.pdf(
        f"{st}/{N - 10}/renstra.pdf",
        f"Renstra Kecamatan Hulu Validasi {N - 10}-{N - 5}",
        ["Renstra."],
        dt.date(N - 10, 5, 5),
    )
    dip = b.pdf(
        f"{st}/{N - 3}/dip.pdf",
        f"Daftar Informasi Publik Kecamatan Hulu Validasi Tahun {N - 3}",
        ["DIP."],
        dt.date(N - 3, 2, 20),
    )
    sk = b.broken(f"{st}/sk-ppid-kec-hulu.pdf", "404")
    sop = b.broken(f"{st}/sop-ppid-kec-hulu.pdf", "404")
    b.page(
        "/ppid/berkala",
        L(
            "Informasi Berkala",
            _doc_rows(
                [
                    ("LHKPN Camat", str(N - 3), lhkpn),
                    ("Rencana Kerja", str(N - 1), renja),
                    ("Rencana Kerja dan Anggaran", f"TA. {N - 2}", rka),
                    ("Renstra", f"{N - 10}-{N - 5}", renstra),
                ]
            ),
        ),
    )
    b.label("lhkpn", S, f"LHKPN {N - 3}")
    b.label("program-kegiatan", S, f"Renja {N - 1}", early=P)
    b.label("anggaran", S, f"RKA TA. {N - 2}")
    b.label("renstra", S, f"Renstra {N - 10}-{N - 5}")
    b.page("/ppid/serta-merta", L("Informasi Serta Merta", _doc_rows([])))
    b.page(
        "/ppid/setiap-saat",
        L("Informasi Setiap Saat", _doc_rows([("SK PPID Kecamatan", "-", sk), ("SOP Pelayanan Informasi", "-", sop)])),
    )
    b.label("serta-merta", P, "bagian serta merta ada (kosong)")
    b.label("setiap-saat", P, "bagian setiap saat ada")
    b.label("sk-ppid", B, "SK PPID: 404")
    b.label("sop-ppid", B, "SOP: 404")
    b.page("/ppid/dikecualikan", L("Informasi Dikecualikan", _doc_rows([])))
    b.label("dik", M, "tabel kosong ('Belum ada dokumen')")
    b.page("/ppid/dip", L("Daftar Informasi Publik", _doc_rows([("Daftar Informasi Publik", str(N - 3), dip)])))
    b.label("dip", S, f"DIP {N - 3}")
    b.page("/ppid/standar-layanan", L("Standar Layanan", _TATA))
    b.label("tata-cara-informasi", P, "tata cara dari template")
    b.label("maklumat", M, "tidak ada maklumat, jam atau biaya layanan")
    b.page(
        "/ppid",
        L("PPID Kecamatan", "<p>PPID Pelaksana Kecamatan Hulu Validasi.</p><p>Alamat: -<br>Telp: -<br>Email: -</p>"),
    )
    b.label("menu-ppid", P, "menu PPID")
    b.label("kontak-ppid", M, "kontak PPID hanya placeholder '-'")
    b.label("regulasi", P, "tautan JDIH di footer template")
    b.label("form-permohonan", P, "tautan permohonan ke PPID kabupaten di footer template")
    b.page(
        "/layanan/pengaduan",
        L("Pengaduan", "<p>Sampaikan aduan melalui " + a("https://www.lapor.go.id", "SP4N-LAPOR!") + ".</p>"),
    )
    b.label("pengaduan", P, "SP4N-LAPOR")
    b.page(
        "/profil",
        L(
            "Profil Kecamatan",
            (
                "<p>Kecamatan Hulu Validasi beribu kota di Long Hulu, terdiri atas 6 desa.</p><p>Visi: Hulu Validasi "
                "sejahtera.</p><p>Camat: Yulianus Lahang, S.Sos.</p><p>Tugas: menyelenggarakan urusan pemerintahan umum di "
                "wilayah kecamatan.</p>"
            ),
        ),
    )
    b.label("profil", P, "profil kecamatan")
    b.page("/berita", L("Berita", "<p>Belum ada berita.</p>"))
    b.page("/", L("Beranda", "<p>Selamat datang di website resmi Kecamatan Hulu Validasi.</p>"))
    for item in (
        "laporan-kinerja",
        "laporan-keuangan",
        "laporan-layanan-informasi",
        "pengadaan",
        "ketenagakerjaan",
        "peringatan-dini",
        "form-keberatan",
    ):
        b.label(item, M, "tidak ada")
    return b.spec


# ---------------------------------------------------------------------------------------------------------
# Kelurahan: a Blogger blog (/p/page.html, /YYYY/MM/slug.html); documents are Google Drive links
# ---------------------------------------------------------------------------------------------------------


def build_kelurahan(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "kel-telukbaru-val",
        "Kelurahan Teluk Baru",
        "kelurahan",
        "kec-muara-val",
        "kel.telukbaru@gmail.com",
        "Blogger blog; documents on Google Drive",
    )

    def L(title, content, d: dt.date | None = None):
        by = (
            (
                f'<div class="post-header">Diposting oleh Admin Kelurahan pada {HARI[d.weekday()]}, '
                f"{d.day:02d} {BULAN[d.month - 1]} {d.year}</div>"
            )
            if d
            else ""
        )
        return (
            "<!DOCTYPE html><html dir='ltr' xmlns='http://www.w3.org/1999/xhtml'><head>"
            "<meta content='blogger' name='generator'/>"
            f"<title>Kelurahan Teluk Baru: {esc(title)}</title></head><body><div class='header'><h1>"
            "<a href='/'>Kelurahan Teluk Baru</a></h1><p>Kecamatan Muara Validasi - Kabupaten Validasi</p></div>"
            "<div class='tabs'>"
            + ul(
                [
                    a("/", "Beranda"),
                    a("/p/profil.html", "Profil"),
                    a("/p/ppid-kelurahan.html", "PPID Kelurahan"),
                    a("/p/dokumen.html", "Dokumen"),
                    a("/p/pengaduan.html", "Pengaduan"),
                ]
            )
            + "</div>"
            f"<div class='post'><h3 class='post-title'>{esc(title)}</h3>{by}<div class='post-body'>{content}</div>"
            "</div><div class='footer'>Powered by Blogger.</div></body></html>"
        )

    b.page(
        "/p/profil.html",
        L(
            "Profil",
            (
                "<p>Kelurahan Teluk Baru, Jl. Pelabuhan No. 2. Lurah: Hj. Nurhayati, S.AP.</p><p>Visi: Teluk Baru bersih, "
                "aman dan melayani.</p><p>Struktur: Lurah, Sekretaris Lurah, Kasi Pemerintahan, Kasi Pemberdayaan "
                "Masyarakat, Kasi Trantib.</p>"
            ),
        ),
    )
    b.label("profil", P, "profil, visi, struktur")
    b.page(
        "/p/ppid-kelurahan.html",
        L(
            "PPID Kelurahan",
            (
                "<p>PPID Kelurahan Teluk Baru: Sekretaris Lurah. Telp/WA 0853-4600-1122, email kel.telukbaru@gmail.com</p>"
                + a(drive("1SKlurahPPIDtelukbaru"), "SK Lurah tentang PPID Kelurahan Teluk Baru")
            ),
        ),
    )
    b.label("menu-ppid", P, "halaman PPID Kelurahan")
    b.label("kontak-ppid", P, "telepon dan email PPID")
    b.label("sk-ppid", P, "SK PPID di Google Drive")
    b.page(
        "/p/dokumen.html",
        L(
            "Dokumen",
            ul(
                [
                    a(drive("1RKKelTB" + str(N)), f"Rencana Kegiatan Kelurahan Teluk Baru Tahun {N}"),
                    a(drive("1LKjIPKelTB" + str(N - 2)), f"Laporan Kinerja Kelurahan Tahun {N - 2}"),
                    a(drive("1LRAKelTB" + str(N - 3)), f"Laporan Realisasi Anggaran Kelurahan TA {N - 3}"),
                    a(drive("1DPAKelTB" + str(N - 1)), f"DPA Kelurahan TA. {N - 1}"),
                    a(drive("1DIPKelTB" + str(N - 2)), f"Daftar Informasi Publik Kelurahan {N - 2}"),
                ]
            ),
        ),
    )
    b.label("program-kegiatan", P, f"rencana kegiatan {N} (Google Drive)")
    b.label("laporan-kinerja", S, f"laporan kinerja {N - 2} (Google Drive)", early=P)
    b.label("laporan-keuangan", S, f"LRA TA {N - 3} (Google Drive)")
    b.label("anggaran", S, f"DPA TA. {N - 1} (Google Drive)", early=P)
    b.label("dip", S, f"DIP {N - 2} (Google Drive)")
    b.page(
        "/p/pengaduan.html",
        L(
            "Pengaduan",
            "<p>Pengaduan warga: "
            + a("https://www.lapor.go.id", "SP4N-LAPOR!")
            + " atau kotak saran di kantor kelurahan.</p>",
        ),
    )
    b.label("pengaduan", P, "SP4N-LAPOR")
    post = f"/{N}/01/maklumat-pelayanan-kelurahan-teluk-baru.html"
    b.page(
        post,
        L(
            "Maklumat Pelayanan Kelurahan Teluk Baru",
            (
                "<p>Dengan ini kami menyatakan sanggup memberikan pelayanan sesuai standar pelayanan. Jam pelayanan: "
                "Senin-Kamis 08.00-15.00, Jumat 08.00-11.00 WITA. Seluruh layanan surat keterangan gratis.</p>"
            ),
            d=dt.date(N, 1, 13),
        ),
        date=dt.date(N, 1, 13),
    )
    b.page(
        "/",
        L(
            "Beranda",
            ul([a(post, "Maklumat Pelayanan Kelurahan Teluk Baru"), a("/p/dokumen.html", "Dokumen Kelurahan")]),
        ),
    )
    b.label("maklumat", P, "maklumat dengan jam dan biaya")
    b.page("/favicon.ico", PNG, content_type="image/x-icon")
    for item in (
        "lhkpn",
        "laporan-layanan-informasi",
        "regulasi",
        "tata-cara-informasi",
        "pengadaan",
        "ketenagakerjaan",
        "peringatan-dini",
        "serta-merta",
        "setiap-saat",
        "dik",
        "sop-ppid",
        "form-permohonan",
        "form-keberatan",
        "renstra",
    ):
        b.label(item, M, "tidak ada")
    return b.spec
