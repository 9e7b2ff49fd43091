"""Two kecamatan and a kelurahan: Kecamatan Sungai Laban on the regency's rebuilt kecamatan platform (a
CodeIgniter 4 app: /halaman/<slug>, /dokumen, /unduh/<id>), Kecamatan Long Bentas on an old Lokomedia CMS
(/halaman-<id>-<slug>.html, /download.html), Kelurahan Tanjung Harapan on a few hand-made pages.
"""

from __future__ import annotations

import datetime as dt

from worlds.akhir._html import a, dmy, esc, pdf_download, table, ul
from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, base, hari_tgl, tgl

JDIH = "https://jdih.akhirkab.go.id/"
LAPOR = "https://www.lapor.go.id/"


def build_kec_sungai_laban(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    d = dt.date
    b = SiteBuilder(
        as_of,
        "kec-sungai-laban",
        "Kecamatan Sungai Laban",
        "kecamatan",
        "pemkab",
        "kec.sungailaban@akhirkab.go.id",
        "CodeIgniter 4 kecamatan platform (/halaman, /dokumen, /unduh/<id>)",
    )
    menu = [
        ("/", "Beranda"),
        ("/halaman/profil-kecamatan", "Profil"),
        ("/halaman/layanan-paten", "Layanan PATEN"),
        ("/halaman/ppid", "PPID"),
        ("/dokumen", "Dokumen Publik"),
        ("/halaman/pengaduan", "Pengaduan"),
        ("/berita", "Berita"),
    ]

    def page(path, title, body, date=None):
        nav = " | ".join(a(h, t) for h, t in menu)
        b.page(
            path,
            f'<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{esc(title)} - Kecamatan Sungai Laban'
            '</title></head><body><div class="topbar">PEMERINTAH KABUPATEN AKHIR<br><b>KECAMATAN SUNGAI LABAN</b>'
            f'</div><div class="menu">{nav}</div><div class="konten">{body}</div>'
            '<div class="footer">Jl. Poros Sungai Laban Km. 2 &middot; Platform Kecamatan Terintegrasi Diskominfo Staper'
            "</div></body></html>",
            date=date,
        )

    page("/", "Beranda", "<h2>Selamat Datang di Website Resmi Kecamatan Sungai Laban</h2>")
    b.label("menu-ppid", P, "menu PPID")
    page(
        "/halaman/profil-kecamatan",
        "Profil",
        "<h3>Profil Kecamatan</h3><p>Luas 1.204 km&sup2;, 9 desa dan 1 "
        "kelurahan.</p><h4>Visi Misi</h4><p>Sungai Laban yang melayani.</p><h4>Tugas dan Fungsi Camat</h4><p>"
        "Mengoordinasikan penyelenggaraan pemerintahan di wilayah kecamatan.</p><h4>Struktur Organisasi</h4>"
        "<p>Camat: Hasanuddin, S.STP, M.Si; Sekcam; Kasi Pemerintahan; Kasi Trantib; Kasi PMD.</p>",
    )
    b.label("profil", P, "profil, visi-misi, tugas, struktur")
    page(
        "/halaman/layanan-paten",
        "Layanan PATEN",
        "<h3>Maklumat Pelayanan</h3><p>Kami sanggup memberikan "
        "pelayanan PATEN sesuai standar pelayanan.</p><p>Jam layanan Senin-Jumat 08.00-15.00 WITA. Seluruh layanan "
        "administrasi kecamatan tidak dipungut biaya.</p>",
    )
    b.label("maklumat", P, "maklumat pelayanan PATEN, jam, biaya")

    docs = []

    def dok(i, title, fname, heading, lines, dd):
        path = f"/unduh/{i}"
        pdf_download(b, path, fname, heading, lines, dd)
        docs.append((title, dd, path))
        return path

    dok(
        11,
        f"LHKPN Camat Sungai Laban {N - 2}",
        f"lhkpn_camat_{N - 2}.pdf",
        f"LHKPN CAMAT SUNGAI LABAN PERIODIK TAHUN {N - 2}",
        ["Ikhtisar dari elhkpn.kpk.go.id"],
        d(N - 1, 3, 27),
    )
    b.label("lhkpn", S, f"LHKPN {N - 2}", early=P)
    dok(
        12,
        f"Renja Kec. Sungai Laban TA {N - 1}",
        f"renja_{N - 1}.pdf",
        f"RENCANA KERJA KECAMATAN SUNGAI LABAN TAHUN ANGGARAN {N - 1}",
        ["Program penyelenggaraan pemerintahan."],
        d(N - 2, 8, 20),
    )
    b.label("program-kegiatan", S, f"Renja TA {N - 1}; berita Musrenbang RKPD {N + 1} bukan dokumennya", early=P)
    dok(
        13,
        f"LKjIP Kecamatan {N - 2}",
        f"lkjip_{N - 2}.pdf",
        f"LKjIP KECAMATAN SUNGAI LABAN TAHUN {N - 2}",
        ["Capaian kinerja kecamatan."],
        d(N - 1, 3, 26),
    )
    b.label("laporan-kinerja", S, f"LKjIP {N - 2}", early=P)
    dok(
        14,
        f"Laporan Keuangan Kecamatan TA {N - 3}",
        f"lk_{N - 3}.pdf",
        f"LAPORAN KEUANGAN KECAMATAN SUNGAI LABAN TA {N - 3}",
        ["LRA, Neraca, CaLK."],
        d(N - 2, 4, 2),
    )
    b.label("laporan-keuangan", S, f"laporan keuangan {N - 3}")
    dok(
        15,
        f"RKA Kecamatan {N - 1}",
        f"rka_{N - 1}.pdf",
        f"RKA KECAMATAN SUNGAI LABAN TAHUN ANGGARAN {N - 1}",
        ["Rencana kerja dan anggaran."],
        d(N - 2, 10, 9),
    )
    b.label("anggaran", S, f"RKA {N - 1}", early=P)
    dok(
        16,
        f"DIP Kecamatan Sungai Laban Tahun {N - 3}",
        f"dip_{N - 3}.pdf",
        f"DAFTAR INFORMASI PUBLIK KECAMATAN SUNGAI LABAN TAHUN {N - 3}",
        ["Daftar informasi publik."],
        d(N - 3, 5, 5),
    )
    b.label("dip", S, f"DIP {N - 3}")
    sk = dok(
        17,
        "SK PPID Pelaksana Kecamatan",
        "sk_ppid_kec.pdf",
        "KEPUTUSAN CAMAT SUNGAI LABAN TENTANG PPID PELAKSANA KECAMATAN",
        ["Sekcam sebagai PPID Pelaksana."],
        d(N - 2, 2, 1),
    )
    b.label("sk-ppid", P, "SK PPID")
    b.broken("/unduh/18", "404")
    docs.append(("SOP Layanan Informasi Publik", d(N - 2, 2, 1), "/unduh/18"))
    b.label("sop-ppid", B, "SOP layanan informasi menjawab 404")
    b.broken("/unduh/19", "404")
    docs.append(("Renstra Kecamatan 2021-2026", d(2021, 11, 1), "/unduh/19"))
    b.label("renstra", B, "Renstra 2021-2026 menjawab 404 (tautan ditemukan, berkas gagal)")
    page(
        "/dokumen",
        "Dokumen Publik",
        "<h3>Dokumen Publik</h3>"
        + table(
            ["No", "Nama Dokumen", "Tanggal Upload", "Unduh"],
            [[str(i), esc(t), dmy(dd), a(h, "Unduh")] for i, (t, dd, h) in enumerate(docs, 1)],
            "table",
        ),
    )
    page(
        "/halaman/ppid",
        "PPID",
        "<h3>PPID Pelaksana Kecamatan Sungai Laban</h3>"
        f"<p>{a(sk, 'SK PPID Pelaksana')} &middot; {a('/unduh/18', 'SOP Layanan Informasi Publik')}</p>"
        "<h4>Tata Cara Memperoleh Informasi</h4><p>Datang ke kantor atau isi formulir daring; jawaban paling lambat 10 "
        "hari kerja. Keberatan diajukan kepada Camat selaku atasan PPID; sengketa ke Komisi Informasi Provinsi.</p>"
        f"<p>{a(base('pemkab') + '/ppid/permohonan', 'Formulir Permohonan Informasi')} &middot; "
        f"{a(base('pemkab') + '/ppid/keberatan', 'Formulir Keberatan')}</p>"
        "<h4>Kontak PPID</h4><p>Telp. 0812-5300-4411 &middot; ppid.sungailaban@akhirkab.go.id</p>"
        f"<h4>Regulasi</h4><p>{a(JDIH, 'JDIH Kabupaten Akhir')}</p>",
    )
    b.label("tata-cara-informasi", P, "tata cara di halaman PPID")
    b.label("form-permohonan", P, "tautan ke formulir daring PPID kabupaten")
    b.label("form-keberatan", B, "tautan formulir keberatan ke portal kabupaten menjawab 500")
    b.label("kontak-ppid", P, "kontak PPID")
    b.label("regulasi", P, "tautan JDIH")
    page(
        "/halaman/pengaduan",
        "Pengaduan",
        "<h3>Layanan Pengaduan</h3><p>Sampaikan pengaduan melalui formulir ini "
        f'atau {a(LAPOR, "SP4N-LAPOR!")}.</p><form method="post" action="/halaman/pengaduan/kirim"><input name="nama">'
        '<textarea name="pengaduan"></textarea><button>Kirim</button></form>',
    )
    b.label("pengaduan", P, "formulir pengaduan dan SP4N-LAPOR!")
    news = [
        (
            d(N, 5, 13),
            "/berita/banjir-desa-sepanjang-sungai-laban-warga-diminta-waspada",
            "INFORMASI SERTA MERTA: Banjir di Desa Sepanjang Sungai Laban, Warga Diminta Waspada",
            "Camat meminta warga di bantaran sungai mengungsi ke SDN 004 Sungai Laban. Posko kecamatan: 0812-5300-4411.",
        ),
        (
            d(N, 2, 18),
            "/berita/musrenbang-kecamatan-sungai-laban",
            f"Musrenbang Kecamatan Sungai Laban Bahas Usulan RKPD {N + 1}",
            f"Sebanyak 142 usulan desa dibahas untuk RKPD Tahun {N + 1}.",
        ),
    ]
    for dd, path, title, text in news:
        page(path, title, f"<h3>{esc(title)}</h3><p><i>{tgl(dd)}</i></p><p>{esc(text)}</p>", date=dd)
    page(
        "/berita",
        "Berita",
        "<h3>Berita</h3>"
        + ul([f"{a(p, t)} ({dmy(dd)})" for dd, p, t, _ in news])
        + f"<p>{a('/berita/kategori/serta-merta', 'Kategori: Informasi Serta Merta')}</p>",
    )
    page(
        "/berita/kategori/serta-merta",
        "Informasi Serta Merta",
        "<h3>Informasi Serta Merta</h3>" + ul([f"{a(news[0][1], news[0][2])} ({dmy(news[0][0])})"]),
    )
    b.label("serta-merta", P, "kategori berita Informasi Serta Merta dengan pengumuman banjir bertanggal")
    for item in ("laporan-layanan-informasi", "pengadaan", "ketenagakerjaan", "peringatan-dini", "setiap-saat", "dik"):
        b.label(item, M, "tidak ada")
    return b


def build_kec_long_bentas(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    d = dt.date
    b = SiteBuilder(
        as_of,
        "kec-long-bentas",
        "Kecamatan Long Bentas",
        "kecamatan",
        "pemkab",
        None,
        "old Lokomedia CMS (halaman-<id>-<slug>.html, download.html)",
    )

    def page(path, title, body, date=None):
        b.page(
            path,
            '<html><head><title>Kecamatan Long Bentas</title><meta name="generator" content="Lokomedia"></head>'
            '<body><div id="header"><h1>KECAMATAN LONG BENTAS</h1></div><div id="menu"><ul>'
            '<li><a href="/">HOME</a></li><li><a href="/halaman-1-profil.html">PROFIL</a></li>'
            '<li><a href="/halaman-7-informasi-publik.html">INFORMASI PUBLIK</a></li>'
            '<li><a href="/download.html">DOWNLOAD</a></li><li><a href="/halaman-9-pengaduan.html">PENGADUAN</a></li>'
            f'</ul></div><div id="content">{body}</div><div id="footer">Copyright Kecamatan Long Bentas</div>'
            "</body></html>",
            date=date,
        )

    page(
        "/",
        "Home",
        "<h2>Selamat Datang</h2>"
        + ul([a("/berita-31-camat-hadiri-musrenbang-desa-long-lepeq.html", "Camat Hadiri Musrenbang Desa Long Lepeq")]),
    )
    page(
        "/berita-31-camat-hadiri-musrenbang-desa-long-lepeq.html",
        "Berita",
        f"<h3>Camat Hadiri Musrenbang Desa Long Lepeq</h3><p>{hari_tgl(d(N, 1, 23))}</p><p>Musrenbang desa membahas "
        "usulan pembangunan jalan usaha tani.</p>",
        date=d(N, 1, 23),
    )
    page(
        "/halaman-1-profil.html",
        "Profil",
        "<h3>PROFIL KECAMATAN</h3><p>Kecamatan Long Bentas terletak di hulu "
        "Sungai Bentas, terdiri atas 7 desa. Kantor Camat: Jl. Poros Long Bentas No. 1.</p><p>Tugas Camat: "
        "mengoordinasikan pemerintahan, ketenteraman dan ketertiban, pemberdayaan masyarakat desa.</p>"
        "<p>Struktur: Camat, Sekretaris Camat, Kasi Pemerintahan, Kasi PMD, Kasi Trantib.</p>",
    )
    b.label("profil", P, "profil, alamat, tugas, struktur")
    b.broken("/files/sk-ppid-kec-long-bentas.pdf", "404")
    b.broken("/halaman-8-kontak-ppid.html", "404")
    page(
        "/halaman-7-informasi-publik.html",
        "Informasi Publik",
        "<h3>INFORMASI PUBLIK</h3><p>Informasi publik "
        "Kecamatan Long Bentas dapat diunduh pada menu DOWNLOAD.</p>"
        + ul(
            [
                a("/files/sk-ppid-kec-long-bentas.pdf", "SK PPID Kecamatan"),
                a("/halaman-8-kontak-ppid.html", "Kontak PPID"),
                a("/halaman-10-maklumat-pelayanan.html", "Maklumat Pelayanan"),
            ]
        ),
    )
    b.label("menu-ppid", P, "menu INFORMASI PUBLIK")
    b.label("sk-ppid", B, "SK PPID menjawab 404")
    b.label("kontak-ppid", B, "halaman Kontak PPID menjawab 404")
    page(
        "/halaman-10-maklumat-pelayanan.html",
        "Maklumat",
        "<h3>MAKLUMAT PELAYANAN</h3><p>DENGAN INI KAMI "
        "MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN. Jam layanan Senin-Jumat "
        "08.00-14.00 WITA, tanpa biaya.</p>",
    )
    b.label("maklumat", P, "maklumat pelayanan")
    page(
        "/halaman-9-pengaduan.html",
        "Pengaduan",
        "<h3>PENGADUAN</h3><p>Pengaduan masyarakat dapat disampaikan "
        f"melalui {a(LAPOR, 'SP4N-LAPOR!')} atau SMS ke 1708 dengan format #KecLongBentas#isi pengaduan.</p>",
    )
    b.label("pengaduan", P, "SP4N-LAPOR!")
    files = []

    def f(name, title, heading, lines, dd):
        path = "/files/" + name
        b.pdf(path, heading, lines, dd)
        files.append((title, dd, path))

    f(
        f"program-kegiatan-{N - 2}.pdf",
        f"Program Kegiatan Kecamatan Tahun {N - 2}",
        f"PROGRAM DAN KEGIATAN KECAMATAN LONG BENTAS TAHUN {N - 2}",
        ["Kegiatan, jadwal, anggaran."],
        d(N - 2, 3, 2),
    )
    b.label("program-kegiatan", S, f"program kegiatan {N - 2}")
    f(
        f"lkjip-{N - 3}.pdf",
        f"LKJIP {N - 3}",
        f"LAPORAN KINERJA KECAMATAN LONG BENTAS TAHUN {N - 3}",
        ["Capaian kinerja."],
        d(N - 2, 4, 6),
    )
    b.label("laporan-kinerja", S, f"LKjIP {N - 3}")
    f(
        f"dpa-{N - 2}.pdf",
        f"DPA Kecamatan Long Bentas TA {N - 2}",
        f"DPA KECAMATAN LONG BENTAS TAHUN ANGGARAN {N - 2}",
        ["Rincian belanja."],
        d(N - 2, 1, 18),
    )
    b.label("anggaran", S, f"DPA {N - 2}")
    f(
        f"dip-{N - 2}.pdf",
        "DAFTAR INFORMASI PUBLIK",
        f"DAFTAR INFORMASI PUBLIK KECAMATAN LONG BENTAS TAHUN {N - 2}",
        ["Daftar informasi publik."],
        d(N - 2, 5, 30),
    )
    b.label("dip", S, f"DIP {N - 2} (tahun hanya di dokumen dan nama berkas)")
    f(
        "renstra-2016-2021.pdf",
        "Renstra Kecamatan 2016-2021",
        "RENCANA STRATEGIS KECAMATAN LONG BENTAS 2016-2021",
        ["Tujuan dan sasaran."],
        d(2016, 12, 5),
    )
    b.label("renstra", S, "Renstra 2016-2021 berakhir")
    page(
        "/download.html",
        "Download",
        "<h3>DOWNLOAD</h3>"
        + table(
            ["No", "Judul", "Tgl. Posting", "Hits"],
            [[str(i), a(p, t), dmy(dd, "-"), str(40 + 7 * i)] for i, (t, dd, p) in enumerate(files, 1)],
        ),
    )
    for item in (
        "lhkpn",
        "laporan-keuangan",
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
    ):
        b.label(item, M, "tidak ada")
    return b


def build_kelurahan(as_of: dt.date) -> SiteBuilder:
    N = as_of.year
    d = dt.date
    b = SiteBuilder(
        as_of,
        "kel-tanjung-harapan",
        "Kelurahan Tanjung Harapan",
        "kelurahan",
        "kec-sungai-laban",
        None,
        "a few hand-made pages (Bootstrap 3)",
    )

    def page(path, title, body):
        b.page(
            path,
            f"<html><head><title>{esc(title)} | Kelurahan Tanjung Harapan</title></head><body>"
            '<nav class="navbar navbar-default"><a href="/">Beranda</a> <a href="/profil">Profil</a> '
            '<a href="/ppid">PPID Kelurahan</a> <a href="/pengaduan">Pengaduan</a></nav>'
            f'<div class="container">{body}</div></body></html>',
        )

    page("/", "Beranda", "<h2>Kelurahan Tanjung Harapan</h2><p>Kecamatan Sungai Laban, Kabupaten Akhir.</p>")
    page(
        "/profil",
        "Profil",
        "<h3>Profil Kelurahan</h3><p>Alamat: Jl. Merdeka No. 5, Tanjung Harapan. Lurah: "
        "Siti Rahmah, S.Sos. Tugas: melaksanakan kegiatan pemerintahan kelurahan, pemberdayaan masyarakat, "
        "pelayanan masyarakat.</p><p>Struktur: Lurah, Sekretaris Kelurahan, Kasi Pemerintahan, Kasi Kesos.</p>",
    )
    b.label("profil", P, "profil kelurahan")
    prog = "/file/program-kerja-kelurahan.pdf"
    b.pdf(
        prog,
        f"PROGRAM KERJA KELURAHAN TANJUNG HARAPAN TAHUN {N - 1}",
        ["Kegiatan pemberdayaan, kebersihan lingkungan, posyandu."],
        d(N - 1, 2, 1),
    )
    b.label("program-kegiatan", S, f"program kerja {N - 1}", early=P)
    lk = "/file/laporan-kinerja.pdf"
    b.pdf(lk, f"LAPORAN KINERJA KELURAHAN TANJUNG HARAPAN TAHUN {N - 3}", ["Capaian kinerja."], d(N - 2, 3, 3))
    b.label("laporan-kinerja", S, f"laporan kinerja {N - 3}")
    dip = "/file/dip.pdf"
    b.pdf(
        dip, f"DAFTAR INFORMASI PUBLIK KELURAHAN TANJUNG HARAPAN TAHUN {N - 2}", ["Daftar informasi."], d(N - 2, 6, 1)
    )
    b.label("dip", S, f"DIP {N - 2}")
    b.broken(f"/file/dpa-kelurahan-{N}.pdf", "404")
    b.label("anggaran", B, f"DPA {N} menjawab 404")
    b.broken("/file/sk-ppid.pdf", "corrupt")
    b.label("sk-ppid", B, "SK PPID: berkas rusak")
    page(
        "/ppid",
        "PPID",
        "<h3>PPID Kelurahan Tanjung Harapan</h3>"
        + ul(
            [
                a(prog, "Program Kerja Kelurahan"),
                a(lk, "Laporan Kinerja"),
                a(dip, "Daftar Informasi Publik"),
                a(f"/file/dpa-kelurahan-{N}.pdf", f"DPA Kelurahan TA {N}"),
                a("/file/sk-ppid.pdf", "SK PPID Kelurahan"),
            ]
        )
        + "<p>Kontak PPID Kelurahan: Sekretaris Kelurahan, telp. 0813-4700-2299, email kel.tanjungharapan@gmail.com</p>",
    )
    b.label("menu-ppid", P, "menu PPID Kelurahan")
    b.label("kontak-ppid", P, "kontak PPID")
    page(
        "/pengaduan",
        "Pengaduan",
        f"<h3>Pengaduan</h3><p>Silakan sampaikan pengaduan melalui {a(LAPOR, 'SP4N-LAPOR!')} "
        "atau datang ke kantor kelurahan.</p>",
    )
    b.label("pengaduan", P, "SP4N-LAPOR!")
    for item in (
        "lhkpn",
        "laporan-keuangan",
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
        "maklumat",
        "form-permohonan",
        "form-keberatan",
        "renstra",
    ):
        b.label(item, M, "tidak ada")
    return b
