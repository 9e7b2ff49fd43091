"""Four villages: OpenSID with its /index.php/ppid JSON feed, a "Sitekad"-style village CMS, a village whose whole
site is one long page, and a village with no website."""

from __future__ import annotations

import datetime as dt
import json

from worlds.validasi._kit import B, M, P, PNG, S, SiteBuilder, a, drive, esc, form, table, ul, wita


def _dmy(d: dt.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


# ---------------------------------------------------------------------------------------------------------
# Desa Sumber Validasi: OpenSID; the Informasi Publik list is filled by JavaScript from /index.php/ppid (JSON)
# ---------------------------------------------------------------------------------------------------------


def build_sumber(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "desa-sumber-val",
        "Desa Sumber Validasi",
        "desa",
        "kec-muara-val",
        "pemdes.sumbervalidasi@gmail.com",
        "OpenSID 24.x; /index.php/ppid JSON feed",
    )

    def L(title, content):
        return (
            '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
            f"<title>{esc(title)} - Website Desa Sumber Validasi</title>"
            '<meta name="generator" content="OpenSID"></head><body><header><h1>Desa Sumber Validasi</h1>'
            "<p>Kecamatan Muara Validasi, Kabupaten Validasi</p><nav>"
            + ul(
                [
                    a("/", "Beranda"),
                    a("/index.php/artikel/101", "Profil Desa"),
                    a("/index.php/pemerintah", "Pemerintah Desa"),
                    a("/index.php/pembangunan", "Pembangunan"),
                    a("/index.php/peraturan-desa", "Produk Hukum"),
                    a("/index.php/informasi_publik", "Informasi Publik"),
                    a("/index.php/pengaduan", "Pengaduan"),
                    a("/index.php/artikel/105", "Permohonan Informasi"),
                ]
            )
            + "</nav></header>"
            f'<div class="content"><h2>{esc(title)}</h2>{content}</div>'
            '<aside class="widget"><h3>Kontak PPID Desa</h3><p>PPID Desa (Sekretaris Desa): Rusdiansyah<br>'
            "Telp/WA 0821-5000-3344<br>Email pemdes.sumbervalidasi@gmail.com</p></aside>"
            "<footer>Kantor Desa Sumber Validasi, Jl. Poros Desa RT 02 &middot; Powered by OpenSID</footer>"
            "</body></html>"
        )

    up = "/desa/upload/dokumen"
    entries = []  # for the JSON feed
    nid = 40

    def doc(fname, title, lines, d, kategori, tahun):
        nonlocal nid
        nid += 1
        b.pdf(f"{up}/{fname}", title, lines, d)
        entries.append((nid, title, f"{up}/{fname}", d, kategori, tahun))
        return f"{up}/{fname}"

    doc(
        f"rpjmdes_{N - 5}_{N + 3}.pdf",
        f"Perubahan RPJM Desa Sumber Validasi Tahun {N - 5}-{N + 3} (Penyesuaian Masa Jabatan 8 Tahun)",
        ["Penyesuaian RPJM Desa sesuai UU Nomor 3 Tahun 2024."],
        dt.date(N - 2, 9, 2),
        "1",
        str(N - 2),
    )
    doc(
        f"rkpdes_{N}.pdf",
        f"RKP Desa Sumber Validasi Tahun {N}",
        ["Rencana kerja pemerintah desa."],
        dt.date(N - 1, 10, 14),
        "1",
        str(N),
    )
    doc(
        f"perdes_apbdes_{N}.pdf",
        f"Peraturan Desa Sumber Validasi Nomor 1 Tahun {N} tentang APB Desa Tahun Anggaran {N}",
        ["Pendapatan desa Rp 2.114.500.000; belanja Rp 2.140.000.000."],
        dt.date(N, 1, 6),
        "1",
        str(N),
    )
    doc(
        f"lppdes_{N - 2}.pdf",
        f"Laporan Penyelenggaraan Pemerintahan Desa (LPPDes) Tahun {N - 2}",
        ["Laporan akhir tahun anggaran."],
        dt.date(N - 1, 3, 27),
        "1",
        str(N - 2),
    )
    doc(
        f"realisasi_apbdes_{N - 2}.pdf",
        f"Laporan Realisasi Pelaksanaan APB Desa Tahun Anggaran {N - 2}",
        ["Realisasi pendapatan 98 persen."],
        dt.date(N - 1, 2, 20),
        "1",
        str(N - 2),
    )
    doc(
        f"penerima_blt_dd_{N - 1}.pdf",
        f"Daftar Keluarga Penerima Manfaat BLT Dana Desa Tahun {N - 1}",
        ["42 KPM; Rp 300.000 per bulan."],
        dt.date(N - 1, 2, 3),
        "1",
        str(N - 1),
    )
    doc(
        f"pengumuman_banjir_{N}.pdf",
        f"Pengumuman Tanggap Darurat Banjir Desa Sumber Validasi {N}",
        ["Warga RT 03-05 dievakuasi ke balai desa; posko kesehatan di Polindes."],
        dt.date(N, 1, 21),
        "2",
        str(N),
    )
    nid += 1
    entries.append(
        (
            nid,
            f"Daftar Informasi Publik Desa Sumber Validasi Tahun {N}",
            f"{up}/dip_desa_{N}.pdf",
            dt.date(N, 2, 2),
            "3",
            str(N),
        )
    )
    b.broken(f"{up}/dip_desa_{N}.pdf", "404")
    feed = {
        "status": True,
        "data": {
            "ppid": [
                {
                    "id": str(i),
                    "kode_desa": "6408012005",
                    "dokumen": b.url(path),
                    "nama": title,
                    "tgl_upload": _dmy(d),
                    "updated_at": f"{d.isoformat()} 10:21:07",
                    "enabled": "1",
                    "kategori": k,
                    "tahun": t,
                }
                for i, title, path, d, k, t in entries
            ]
        },
    }
    body = json.dumps(feed, ensure_ascii=False)
    b.page("/index.php/ppid", body, content_type="application/json")
    b.page("/index.php/ppid?*", body, content_type="application/json")
    b.page(
        "/index.php/informasi_publik",
        L(
            "Informasi Publik",
            (
                '<table id="tabel-data" class="table"><thead><tr><th>No</th><th>Judul Informasi</th><th>Tahun</th>'
                "<th>Kategori</th><th>Tanggal Upload</th><th>Aksi</th></tr></thead><tbody></tbody></table>"
                '<script src="/assets/js/informasi_publik.js"></script>'
                "<script>$(function(){ muatInformasiPublik('" + b.url("/index.php/ppid") + "'); });</script>"
            ),
        ),
    )
    b.page(
        "/assets/js/informasi_publik.js",
        "function muatInformasiPublik(u){$.getJSON(u,function(r){/*...*/});}",
        content_type="application/javascript",
    )
    b.label("desa-rpjmdes", P, f"RPJM Desa {N - 5}-{N + 3} (di feed JSON)")
    b.label("desa-rkpdes", P, f"RKP Desa {N}")
    b.label("desa-apbdes", P, f"Perdes APB Desa TA {N}")
    b.label("desa-laporan-kinerja", S, f"LPPDes {N - 2}", early=P)
    b.label("desa-laporan-keuangan", S, f"realisasi APB Desa {N - 2}", early=P)
    b.label("desa-program-masuk", S, f"penerima BLT-DD {N - 1}", early=P)
    b.label("serta-merta", P, "kategori serta merta berisi pengumuman banjir")
    b.label("dip", B, f"DIP desa {N} di feed: 404")

    b.page(
        "/index.php/pembangunan",
        L(
            "Pembangunan",
            table(
                ["No", "Nama Kegiatan", "Sumber Dana", "Anggaran", "Volume", "Tahun", "Pelaksana", "Lokasi"],
                [
                    [
                        "1",
                        "Semenisasi Jalan Usaha Tani",
                        "Dana Desa",
                        "Rp 385.000.000",
                        "420 m",
                        str(N),
                        "TPK Desa",
                        "RT 04",
                    ],
                    ["2", "Rehab Posyandu Melati", "ADD", "Rp 96.500.000", "1 unit", str(N), "TPK Desa", "RT 01"],
                    [
                        "3",
                        "Pembangunan Drainase",
                        "Dana Desa",
                        "Rp 212.000.000",
                        "300 m",
                        str(N - 1),
                        "TPK Desa",
                        "RT 03",
                    ],
                ],
            ),
        ),
    )
    b.label("desa-program-kegiatan", P, f"daftar pembangunan {N} dengan sumber dana, anggaran, pelaksana")
    b.page(
        "/index.php/pemerintah",
        L(
            "Pemerintah Desa",
            ul(
                [
                    "Kepala Desa: H. Sulaiman",
                    "Sekretaris Desa: Rusdiansyah",
                    "Kaur Keuangan: Siti Aminah",
                    "Kasi Pemerintahan: Bambang",
                ]
            ),
        ),
    )
    b.page(
        "/index.php/artikel/101",
        L(
            "Profil Desa",
            (
                "<p>Desa Sumber Validasi terletak di tepi Sungai Muara, luas 42 km2, 4 dusun 16 RT.</p><p>Visi: Desa "
                "Sumber Validasi yang mandiri dan sejahtera.</p>"
            ),
        ),
    )
    b.label("desa-profil", P, "profil desa dan susunan pemerintah desa")
    b.page(
        "/index.php/peraturan-desa",
        L("Produk Hukum", ul([f"Peraturan Desa Nomor 1 Tahun {N} tentang APB Desa Tahun Anggaran {N}"])),
    )
    b.page(
        "/index.php/artikel/105",
        L(
            "Permohonan Informasi Publik",
            form(
                "/index.php/artikel/105/kirim",
                [("nama", "Nama"), ("alamat", "Alamat"), ("no_hp", "No. HP"), ("rincian", "Informasi yang diminta")],
                "Kirim",
            ),
        ),
    )
    b.label("form-permohonan", P, "formulir permohonan informasi")
    b.page(
        "/index.php/pengaduan",
        L(
            "Pengaduan",
            form(
                "/index.php/pengaduan/kirim",
                [("nama", "Nama"), ("email", "Email"), ("telepon", "Telepon"), ("isi", "Isi Pengaduan")],
                "Kirim Pengaduan",
            ),
        ),
    )
    b.label("pengaduan", P, "formulir pengaduan OpenSID")
    b.label("kontak-ppid", P, "widget Kontak PPID Desa")
    art = f"/index.php/artikel/{N}/01/21/banjir-rendam-tiga-rt"
    b.page(
        art,
        L(
            "Banjir Rendam Tiga RT",
            f"<p>{wita(dt.date(N, 1, 21), 6, 30)} - Hujan deras semalaman merendam RT 03-05.</p>",
        ),
        date=dt.date(N, 1, 21),
    )
    b.page(
        "/", L("Beranda", ul([a(art, "Banjir Rendam Tiga RT"), a("/index.php/informasi_publik", "Informasi Publik")]))
    )
    return b.spec


# ---------------------------------------------------------------------------------------------------------
# Desa Long Validasi: a "Sitekad"-style village CMS with a Transparansi menu of infographics
# ---------------------------------------------------------------------------------------------------------


def build_long(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "desa-long-val",
        "Desa Long Validasi",
        "desa",
        "kec-hulu-val",
        None,
        "Sitekad-style village CMS; infographics as images",
    )

    def L(title, content):
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(title) + " | Desa Long Validasi</title>"
            '<meta name="author" content="SITEKAD - Sistem Informasi Tata Kelola Desa"></head><body>'
            '<div class="navbar">'
            + " ".join(
                [
                    a("/", "Beranda"),
                    a("/profil-desa", "Profil Desa"),
                    a("/transparansi", "Transparansi"),
                    a("/dokumen-desa", "Dokumen Desa"),
                    a("/pengaduan", "Pengaduan"),
                    a("/galeri", "Galeri"),
                ]
            )
            + f'</div><div class="konten"><h3>{esc(title)}</h3>{content}</div>'
            '<div class="footer">Pemerintah Desa Long Validasi &copy; SITEKAD</div></body></html>'
        )

    b.page(
        "/profil-desa",
        L(
            "Profil Desa",
            (
                "<p>Desa Long Validasi, Kecamatan Hulu Validasi. Kepala Desa: Petrus Ajang.</p><p>Visi: Long Validasi "
                "maju berbasis pertanian.</p><p>Struktur organisasi: Kepala Desa, Sekretaris Desa, Kaur Keuangan, Kaur "
                "Perencanaan, Kasi Pemerintahan, Kasi Kesejahteraan.</p>"
            ),
        ),
    )
    b.label("desa-profil", P, "profil desa")
    info = f"/uploads/infografis/infografis-apbdes-{N - 1}.png"
    b.page(info, PNG, content_type="image/png")
    b.page(
        "/transparansi",
        L(
            "Transparansi",
            (
                f'<div class="card"><img src="{info}" alt="Infografis APBDes Long Validasi Tahun {N - 1}"></div>'
                f"<h4>Kegiatan Pembangunan Tahun Anggaran {N - 2}</h4>"
                + table(
                    ["Kegiatan", "Lokasi", "Anggaran", "Sumber Dana"],
                    [
                        ["Pembangunan Jembatan Ulin", "Dusun II", "Rp 180.000.000", "Dana Desa"],
                        ["Pengadaan Bibit Kakao", "Desa", "Rp 75.000.000", "ADD"],
                    ],
                )
            ),
        ),
    )
    b.label("desa-apbdes", S, f"infografis APBDes {N - 1} (gambar; tahun di alt text)", early=P)
    b.label("desa-program-kegiatan", S, f"kegiatan pembangunan TA {N - 2}")
    d = "/uploads/dokumen"
    rpj = b.pdf(
        f"{d}/rpjmdes.pdf", f"RPJM Desa Long Validasi Tahun {N - 7}-{N - 1}", ["RPJM Desa."], dt.date(N - 7, 3, 3)
    )
    rkp = b.pdf(
        f"{d}/rkpdes.pdf",
        f"Rencana Kerja Pemerintah Desa (RKPDes) Tahun {N - 1}",
        ["RKP Desa."],
        dt.date(N - 2, 10, 30),
    )
    lr = b.pdf(
        f"{d}/realisasi.pdf", f"Laporan Realisasi APBDes Tahun Anggaran {N - 3}", ["Realisasi."], dt.date(N - 2, 2, 14)
    )
    dip = b.broken(f"{d}/dip-desa.pdf", "html200")
    b.page(
        "/dokumen-desa",
        L(
            "Dokumen Desa",
            table(
                ["Nama Dokumen", "Tahun", "File"],
                [
                    ["RPJM Desa", f"{N - 7}-{N - 1}", a(rpj, "Lihat")],
                    ["RKP Desa", str(N - 1), a(rkp, "Lihat")],
                    ["Laporan Realisasi APBDes", str(N - 3), a(lr, "Lihat")],
                    ["Daftar Informasi Publik Desa", str(N), a(dip, "Lihat")],
                ],
            ),
        ),
    )
    b.label("desa-rpjmdes", S, f"RPJM Desa {N - 7}-{N - 1} sudah berakhir")
    b.label("desa-rkpdes", S, f"RKPDes {N - 1}", early=P)
    b.label("desa-laporan-keuangan", S, f"realisasi APBDes {N - 3}")
    b.label("dip", B, "DIP desa: halaman 'File tidak ditemukan'")
    b.page("/pengaduan", "<html><body><h1>500 Internal Server Error</h1></body></html>", status=500)
    b.label("pengaduan", B, "menu Pengaduan: 500")
    b.page("/galeri", L("Galeri", "<p>Foto kegiatan gotong royong.</p>"))
    b.page("/", L("Beranda", f"<p>Selamat datang di website Desa Long Validasi. {wita(dt.date(N, 6, 3), 11, 2)}</p>"))
    for item in ("desa-program-masuk", "desa-laporan-kinerja", "serta-merta", "kontak-ppid", "form-permohonan"):
        b.label(item, M, "tidak ada")
    return b.spec


# ---------------------------------------------------------------------------------------------------------
# Desa Tepian Validasi: the whole site is one long landing page with anchors
# ---------------------------------------------------------------------------------------------------------


def build_tepian(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "desa-tepian-val",
        "Desa Tepian Validasi",
        "desa",
        "kec-muara-val",
        "desatepianvalidasi@gmail.com",
        "one long landing page; some documents on Google Drive",
    )
    d = "/dokumen"
    apb = b.pdf(
        f"{d}/Perdes_APBDes_TA_{N - 1}.pdf",
        f"Peraturan Desa Tepian Validasi Nomor 3 Tahun {N - 2} tentang APB Desa Tahun Anggaran {N - 1}",
        ["Pendapatan Rp 1.802.000.000."],
        dt.date(N - 2, 12, 28),
    )
    lpp = b.pdf(
        f"{d}/LPPDes_{N - 1}.pdf",
        f"Laporan Penyelenggaraan Pemerintahan Desa Akhir Tahun Anggaran {N - 1}",
        ["Disampaikan kepada Bupati melalui Camat."],
        dt.date(N, 3, 9),
    )
    dip = b.pdf(
        f"{d}/DIP_Desa_{N - 1}.pdf",
        f"Daftar Informasi Publik Desa Tepian Validasi Tahun {N - 1}",
        ["Ditetapkan dengan Keputusan Kepala Desa."],
        dt.date(N - 1, 2, 1),
    )
    rkp = b.broken(f"{d}/RKPDes_{N}.pdf", "corrupt")
    info = f"/img/infografis-apbdes-{N - 1}.png"
    b.page(info, PNG, content_type="image/png")
    page = (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Desa Tepian Validasi</title></head><body>'
        '<nav class="sticky">'
        + " ".join(
            a(f"#{x}", t)
            for x, t in [
                ("profil", "Profil"),
                ("pembangunan", "Pembangunan"),
                ("bantuan", "Bantuan"),
                ("transparansi", "Transparansi"),
                ("ppid", "PPID"),
                ("kontak", "Kontak"),
            ]
        )
        + "</nav>"
        '<section id="profil"><h2>Profil Desa</h2><p>Desa Tepian Validasi, Kecamatan Muara Validasi. Kepala Desa: '
        "Abdul Gani. Sekretaris Desa: Mariani.</p><p>Visi: Tepian yang religius dan sejahtera.</p><p>Struktur: "
        "Kepala Desa, Sekretaris, Kaur Keuangan, Kaur Umum, Kasi Pemerintahan, Kasi Pelayanan, 3 Kepala Dusun.</p>"
        "</section>"
        f'<section id="pembangunan"><h2>Kegiatan Pembangunan Tahun Anggaran {N}</h2>'
        + table(
            ["Kegiatan", "Lokasi", "Waktu", "Anggaran", "Sumber Dana", "Pelaksana"],
            [
                ["Pembangunan Jalan Lingkungan", "RT 06", "Mei-Juli", "Rp 310.000.000", "Dana Desa", "TPK"],
                ["Pelatihan Kader Posyandu", "Balai Desa", "Agustus", "Rp 24.000.000", "ADD", "Kasi Pelayanan"],
            ],
        )
        + "</section>"
        f'<section id="bantuan"><h2>Penerima Bantuan</h2><p>Penerima BLT Dana Desa Tahun {N - 1}: 35 KPM '
        f"(daftar nama di papan informasi desa).</p></section>"
        '<section id="transparansi"><h2>Transparansi</h2>'
        f'<img src="{info}" alt="Infografis APBDes Tepian Validasi Tahun {N - 1}">'
        + ul(
            [
                a(apb, f"Perdes APB Desa TA {N - 1}"),
                a(rkp, f"RKP Desa Tahun {N}"),
                a(lpp, f"LPPDes {N - 1}"),
                a(drive("1RPJMDesTepian"), f"RPJM Desa Periode {N - 5}-{N + 1}"),
                a(drive("1RealisasiTepian" + str(N - 2)), f"Laporan Realisasi APBDes {N - 2}"),
            ]
        )
        + "</section>"
        '<section id="ppid"><h2>Informasi Publik</h2>'
        + ul([a(dip, f"Daftar Informasi Publik Desa {N - 1}")])
        + "<p>PPID Desa: Sekretaris Desa (Mariani), WA 0852-4700-1900, email desatepianvalidasi@gmail.com</p>"
        "</section>"
        '<section id="kontak"><h2>Kontak dan Pengaduan</h2><p>Kantor Desa: Jl. Tepian Sungai No. 1. Pengaduan '
        "warga: WhatsApp 0852-4700-1900 atau " + a("https://www.lapor.go.id", "SP4N-LAPOR!") + ".</p></section>"
        "</body></html>"
    )
    b.page("/", page)
    b.label("desa-profil", P, "bagian profil")
    b.label("desa-program-kegiatan", P, f"tabel kegiatan TA {N} dengan lokasi, waktu, anggaran, pelaksana")
    b.label("desa-program-masuk", S, f"penerima BLT-DD {N - 1}", early=P)
    b.label("desa-apbdes", S, f"APBDes TA {N - 1} (Perdes diundangkan {N - 2})", early=P)
    b.label("desa-rkpdes", B, f"RKPDes {N}: berkas rusak")
    b.label("desa-laporan-kinerja", P, f"LPPDes {N - 1}")
    b.label("desa-rpjmdes", P, f"RPJM Desa {N - 5}-{N + 1} (Google Drive)")
    b.label("desa-laporan-keuangan", S, f"realisasi APBDes {N - 2} (Google Drive)", early=P)
    b.label("dip", S, f"DIP desa {N - 1}", early=P)
    b.label("kontak-ppid", P, "PPID desa dengan WA dan email")
    b.label("pengaduan", P, "pengaduan via WhatsApp dan SP4N-LAPOR")
    b.label("serta-merta", M, "tidak ada")
    b.label("form-permohonan", M, "tidak ada formulir permohonan")
    return b.spec


def build_batu(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "desa-batu-val",
        "Desa Batu Validasi",
        "desa",
        "kec-hulu-val",
        None,
        "no known website",
        behaviour="no-url",
    )
    b.label_all(M, "tidak ada situs yang diketahui")
    return b.spec
