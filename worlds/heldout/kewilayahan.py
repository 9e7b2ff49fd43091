"""Kecamatan and kelurahan: one kecamatan on the regency's shared CMS, one whose server refuses
connections, and a kelurahan that keeps a Blogspot-style blog.
"""

from __future__ import annotations

import datetime as dt

from worlds.heldout._html import a, bootstrap, table, tgl_singkat
from kipmon.demo.sites.common import B, M, P, S, U, SiteBuilder, base


def build_kec_hilir(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "kec-uji-hilir",
        "Kecamatan Uji Hilir",
        "kecamatan",
        "pemkab-uji",
        "kec.ujihilir@ujikab.go.id",
        "regency shared CMS (/halaman/{slug}, /dokumen/{id}); many items one year behind (grace-date labels)",
    )
    N = b.N
    nav = [
        ("Beranda", "/"),
        ("Profil", [("Struktur Organisasi dan Tata Kerja", "/halaman/sotk"), ("Wilayah", "/halaman/wilayah")]),
        ("PPID", "/halaman/ppid"),
        ("Dokumen", "/dokumen"),
        ("Layanan", "/halaman/layanan"),
        ("Pengaduan", "/halaman/pengaduan"),
    ]

    def page(path, title, content):
        b.page(
            path,
            bootstrap(
                "Kecamatan Uji Hilir",
                title,
                nav,
                content,
                footer="Kantor Camat Uji Hilir, Jl. Tepian No. 1 &middot; Telp. (0549) 31 0101",
            ),
        )

    page("/", "Kecamatan Uji Hilir", "<p>Portal resmi Kecamatan Uji Hilir, Kabupaten Uji.</p>")
    page(
        "/halaman/sotk",
        "Struktur Organisasi dan Tata Kerja",
        "<p>Camat: Hasnah, S.Sos., M.Si.; Sekretaris Camat; Kasi Pemerintahan; Kasi Trantib; Kasi Kesra; Kasi PMD.</p>"
        "<p>Tugas: mengoordinasikan penyelenggaraan pemerintahan di wilayah kecamatan.</p>",
    )
    page("/halaman/wilayah", "Wilayah", "<p>Luas 412 km&sup2;, 9 desa dan 1 kelurahan.</p>")
    b.label("profil", P)

    docs = []

    def doc(slug, title, d, lines, how=None):
        path = f"/uploads/dokumen/{slug}.pdf"
        if how:
            b.broken(path, how)
        else:
            b.pdf(path, title, lines, d)
        docs.append([title, tgl_singkat(d), a(path, "Unduh")])

    doc(
        f"program-kegiatan-{N - 1}",
        f"Program dan Kegiatan Kecamatan Uji Hilir Tahun {N - 1}",
        dt.date(N - 1, 2, 3),
        ["Program penyelenggaraan pemerintahan dan pelayanan publik kewilayahan."],
    )
    b.label("program-kegiatan", S, f"programme of {N - 1}", early=P)
    doc(f"lkjip-{N - 1}", f"LKjIP Kecamatan Uji Hilir Tahun {N - 1}", dt.date(N, 3, 12), ["Capaian kinerja."])
    b.label("laporan-kinerja", P)
    doc(
        f"lra-tw4-{N - 2}",
        f"Laporan Realisasi Anggaran s.d. Triwulan IV Tahun {N - 2}",
        dt.date(N - 1, 1, 20),
        [f"Realisasi anggaran kecamatan sampai dengan 31 Desember {N - 2}."],
    )
    b.label("laporan-keuangan", S, f"LRA triwulan IV {N - 2}", early=P)
    doc(f"rka-{N}", f"RKA Kecamatan Uji Hilir T.A. {N}", dt.date(N - 1, 10, 30), ["Rencana Kerja dan Anggaran."])
    b.label("anggaran", P)
    doc(
        f"laporan-ppid-{N - 2}",
        f"Laporan Layanan Informasi Publik Kecamatan Tahun {N - 2}",
        dt.date(N - 1, 3, 27),
        ["Permohonan: 6."],
    )
    b.label("laporan-layanan-informasi", S, f"{N - 2}", early=P)
    doc(f"dip-{N}", f"Daftar Informasi Publik Kecamatan Uji Hilir Tahun {N}", dt.date(N, 1, 22), ["DIP."])
    b.label("dip", P)
    doc(f"dik-{N - 1}", f"Daftar Informasi yang Dikecualikan Tahun {N - 1}", dt.date(N - 1, 1, 22), ["DIK."])
    b.label("dik", S, f"{N - 1}", early=P)
    doc(f"lhkpn-camat-{N - 2}", f"LHKPN Camat Uji Hilir Tahun {N - 2}", dt.date(N - 1, 3, 30), ["Ikhtisar LHKPN."])
    b.label("lhkpn", S, f"{N - 2}", early=P)
    doc(
        "sk-ppid-kecamatan",
        f"Keputusan Camat Uji Hilir Nomor 045/12/KEC-UH/I/{N - 1} tentang PPID Kecamatan",
        dt.date(N - 1, 1, 9),
        ["Menetapkan Sekretaris Camat sebagai PPID."],
    )
    b.label("sk-ppid", P)
    doc("sop-layanan-informasi", "SOP Layanan Informasi Publik Kecamatan", dt.date(N - 1, 1, 9), [], how="404")
    b.label("sop-ppid", B, "404")
    doc(f"renstra-{N - 5}-{N}", f"Renstra Kecamatan Uji Hilir Tahun {N - 5}-{N}", dt.date(N - 5, 4, 4), ["Renstra."])
    b.label("renstra", P)
    page("/dokumen", "Dokumen Publik", table(["Judul", "Diunggah", ""], docs))
    page(
        "/halaman/ppid",
        "PPID Kecamatan Uji Hilir",
        "<p>PPID Kecamatan: Sekretaris Camat. Email ppid.kecujihilir@ujikab.go.id, WA/Telp 0812 5500 1234.</p>"
        f"<p>{a('/dokumen', 'Dokumen Informasi Publik')} &middot; {a('/halaman/tata-cara', 'Tata Cara Permohonan Informasi')}"
        f" &middot; {a(base('pemkab-uji') + '/permohonan-informasi', 'Formulir Permohonan Informasi (PPID Kabupaten)')}</p>",
    )
    b.label("menu-ppid", P)
    b.label("kontak-ppid", P)
    b.label("form-permohonan", P, "link to the regency's online request form")
    page(
        "/halaman/tata-cara",
        "Tata Cara Permohonan Informasi",
        "<p>Pemohon datang ke kantor camat atau mengirim email; jawaban dalam 10 hari kerja; keberatan kepada Camat.</p>",
    )
    b.label("tata-cara-informasi", P)
    page(
        "/halaman/layanan",
        "Maklumat dan Standar Pelayanan",
        "<p>Maklumat Pelayanan Kecamatan Uji Hilir. Jam layanan Senin-Jumat 08.00-15.30 WITA. Seluruh layanan gratis.</p>",
    )
    b.label("maklumat", P)
    page(
        "/halaman/pengaduan",
        "Pengaduan",
        "<p>Pengaduan masyarakat: SP4N-LAPOR! <a href='https://www.lapor.go.id/'>lapor.go.id</a> atau WA 0812 5500 1235.</p>",
    )
    b.label("pengaduan", P)
    for item in (
        "regulasi",
        "pengadaan",
        "ketenagakerjaan",
        "peringatan-dini",
        "serta-merta",
        "setiap-saat",
        "form-keberatan",
    ):
        b.label(item, M, "none")
    return b.spec


def build_kec_hulu(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "kec-uji-hulu",
        "Kecamatan Uji Hulu",
        "kecamatan",
        "pemkab-uji",
        None,
        "server refuses connections (site taken down for the regency's rebuild)",
        behaviour="closed-port",
    )
    b.label_all(U, "connection refused: no judgement")
    return b.spec


def build_kelurahan(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "kel-uji-baru",
        "Kelurahan Uji Baru",
        "kelurahan",
        "kec-uji-hilir",
        None,
        "Blogspot-style blog; no PPID section at all",
    )
    N = b.N
    side = (
        "<div class='widget PageList'><h2>Halaman</h2><ul><li><a href='/p/profil.html'>Profil Kelurahan</a></li>"
        "<li><a href='/p/dokumen.html'>Dokumen</a></li><li><a href='/p/pengaduan.html'>Pengaduan</a></li></ul></div>"
    )

    def page(path, title, content):
        b.page(
            path,
            "<!DOCTYPE html><html><head><meta charset='UTF-8'><meta content='blogger' name='generator'>"
            f"<title>Kelurahan Uji Baru: {title}</title></head><body class='variant-simple'>"
            "<div class='header'><h1><a href='/'>Kelurahan Uji Baru</a></h1></div>"
            f"<div class='main'><h3 class='post-title'>{title}</h3><div class='post-body'>{content}</div></div>"
            f"<div class='sidebar'>{side}</div><div class='footer'>Powered by Blogger</div></body></html>",
        )

    post = f"/{N}/03/kegiatan-kelurahan-tahun-{N}.html"
    page("/", "Beranda", f"<p><a href='{post}'>Kegiatan Kelurahan Tahun {N}</a></p>")
    page(
        "/p/profil.html",
        "Profil Kelurahan",
        "<p>Lurah: Rudi Hartono, S.IP. Alamat: Jl. Merdeka No. 9, Uji Baru. Struktur: Lurah, Sekretaris, Kasi "
        "Pemerintahan, Kasi Ekbang, Kasi Kesos.</p>",
    )
    b.label("profil", P)
    page(
        post,
        f"Kegiatan Kelurahan Tahun {N}",
        f"<p>Daftar kegiatan kelurahan Tahun {N}: posyandu lansia, kerja bakti drainase, musrenbang kelurahan, "
        "pelatihan UMKM.</p>",
    )
    b.label("program-kegiatan", P, f"activities of {N}")
    b.pdf(
        f"/files/dip-kelurahan-{N - 2}.pdf",
        f"Daftar Informasi Publik Kelurahan Uji Baru Tahun {N - 2}",
        ["DIP."],
        dt.date(N - 2, 2, 2),
    )
    b.pdf(
        f"/files/lkjip-kelurahan-{N - 3}.pdf",
        f"Laporan Kinerja Kelurahan Uji Baru Tahun {N - 3}",
        ["Capaian."],
        dt.date(N - 2, 3, 2),
    )
    b.pdf(
        f"/files/renstra-kelurahan-{N - 10}-{N - 5}.pdf",
        f"Renstra Kelurahan {N - 10}-{N - 5}",
        ["Renstra."],
        dt.date(N - 10, 3, 2),
    )
    b.broken(f"/files/dpa-kelurahan-{N}.pdf", "404")
    page(
        "/p/dokumen.html",
        "Dokumen",
        "<ul>"
        + "".join(
            f"<li>{a(h, t)}</li>"
            for t, h in (
                (f"DIP Kelurahan {N - 2}", f"/files/dip-kelurahan-{N - 2}.pdf"),
                (f"Laporan Kinerja {N - 3}", f"/files/lkjip-kelurahan-{N - 3}.pdf"),
                (f"Renstra {N - 10}-{N - 5}", f"/files/renstra-kelurahan-{N - 10}-{N - 5}.pdf"),
                (f"DPA Kelurahan Tahun {N}", f"/files/dpa-kelurahan-{N}.pdf"),
            )
        )
        + "</ul>",
    )
    b.label("dip", S, f"{N - 2}")
    b.label("laporan-kinerja", S, f"{N - 3}")
    b.label("renstra", S, f"{N - 10}-{N - 5}")
    b.label("anggaran", B, "404")
    page(
        "/p/pengaduan.html",
        "Pengaduan",
        "<p>Sampaikan pengaduan melalui WhatsApp 0813 4700 2211 atau <a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a></p>",
    )
    b.label("pengaduan", P)
    for item in (
        "menu-ppid",
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
        "sk-ppid",
        "sop-ppid",
        "maklumat",
        "form-permohonan",
        "form-keberatan",
        "kontak-ppid",
    ):
        b.label(item, M, "none")
    return b.spec
