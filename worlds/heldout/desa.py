"""Four villages: an OpenSID desa whose documents are only in its /index.php/ppid JSON feed, a desa
whose APBDes is an infographic image (the year in its alt text), a desa that keeps documents on
Google Drive, and a desa with no website at all.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib

from worlds.heldout._html import a, bootstrap, form, to_json
from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, tgl


def _png(w: int = 4, h: int = 4) -> bytes:
    """A tiny valid PNG (the infographic's pixels do not matter; what a crawler sees is the markup)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xcc\x22\x22" * w for _ in range(h))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# =====================================================================================================
def build_sukamaju(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "desa-sukamaju",
        "Desa Sukamaju",
        "desa",
        "kec-uji-hilir",
        "pemdes.sukamaju@gmail.com",
        "OpenSID; the Informasi Publik table is filled by JavaScript, documents only in /index.php/ppid JSON",
    )
    N = b.N
    u = b.url
    nav = [
        ("Beranda", "/"),
        ("Profil Desa", [("Pemerintah Desa", "/index.php/pemerintah"), ("Wilayah", "/index.php/data-wilayah")]),
        ("Pembangunan", "/index.php/pembangunan"),
        ("Informasi Publik", "/index.php/informasi-publik"),
        ("Pengaduan", "/index.php/pengaduan"),
        ("Permohonan Informasi", "/index.php/permohonan"),
    ]

    def page(path, title, content):
        b.page(
            path,
            bootstrap(
                "Desa Sukamaju",
                title,
                nav,
                content,
                footer="Website Desa Sukamaju &middot; Kec. Uji Hilir &middot; Powered by OpenSID 24.09",
            ),
        )

    page(
        "/",
        "Selamat Datang di Website Desa Sukamaju",
        f"<p>{a(f'/index.php/artikel/{N}/7/14/penyaluran-blt-dd-tahap-iii', f'Penyaluran BLT-DD Tahap III Tahun {N}')}</p>",
    )
    page(
        f"/index.php/artikel/{N}/7/14/penyaluran-blt-dd-tahap-iii",
        f"Penyaluran BLT-DD Tahap III Tahun {N}",
        f"<p>{tgl(dt.date(N, 7, 14))} &ndash; Pemerintah Desa Sukamaju menyalurkan BLT Dana Desa kepada 42 KPM.</p>",
    )
    page(
        "/index.php/pemerintah",
        "Pemerintah Desa",
        "<p>Kepala Desa: Sukardi. Sekretaris Desa: Nur Aini, A.Md. Kaur Keuangan, Kaur Perencanaan, Kasi Pemerintahan.</p>"
        "<p>Visi: Sukamaju yang mandiri dan sejahtera. Alamat kantor: Jl. Poros Desa No. 1.</p>",
    )
    page("/index.php/data-wilayah", "Wilayah", "<p>4 dusun, 12 RT.</p>")
    b.label("desa-profil", P)
    page(
        "/index.php/pembangunan",
        "Pembangunan",
        "<table class='table'><tr><th>Kegiatan</th><th>Sumber Dana</th><th>Anggaran</th><th>Tahun</th><th>Pelaksana</th></tr>"
        f"<tr><td>Pembangunan Jalan Usaha Tani Dusun II</td><td>Dana Desa</td><td>Rp 187.500.000</td><td>{N}</td><td>TPK Desa</td></tr>"
        f"<tr><td>Rehab Posyandu Melati</td><td>ADD</td><td>Rp 45.000.000</td><td>{N}</td><td>TPK Desa</td></tr></table>",
    )
    b.label("desa-program-kegiatan", P, f"activities of {N} with budget and executor")
    page(
        "/index.php/informasi-publik",
        "Informasi Publik",
        "<table id='tabel-informasi' class='table' data-url='/index.php/informasi-publik/data'><thead><tr><th>No</th>"
        "<th>Judul Informasi</th><th>Tahun</th><th>Kategori</th><th>Tanggal Upload</th><th>Aksi</th></tr></thead>"
        "<tbody></tbody></table><script src='/assets/js/informasi_publik.js'></script>",
    )
    b.page(
        "/index.php/informasi-publik/data", '{"draw":0,"recordsTotal":0,"data":[]}', content_type="application/json"
    )  # OpenSID wants a POST with a DataTables payload; a GET gets nothing

    entries = []

    def dok(nama, tahun, kategori, d, lines, fname):
        path = f"/desa/upload/dokumen/{fname}"
        b.pdf(path, nama, lines, d)
        entries.append(
            {
                "id": str(30 + len(entries)),
                "kode_desa": "6408092005",
                "dokumen": u(path),
                "nama": nama,
                "tgl_upload": d.strftime("%d-%m-%Y"),
                "updated_at": f"{d.isoformat()} 10:21:07",
                "enabled": "1",
                "kategori": str(kategori),
                "tahun": str(tahun),
            }
        )

    dok(
        f"Daftar Penerima BLT Dana Desa Tahun {N}",
        N,
        1,
        dt.date(N, 2, 10),
        ["Daftar keluarga penerima manfaat BLT-DD: 42 KPM."],
        f"penerima_blt_dd_{N}.pdf",
    )
    b.label("desa-program-masuk", P, f"BLT-DD recipients {N}")
    dok(
        f"RPJM Desa Sukamaju Tahun {N - 5}-{N + 1}",
        N - 5,
        1,
        dt.date(N - 5, 6, 3),
        ["Peraturan Desa tentang RPJM Desa."],
        "rpjmdes.pdf",
    )
    b.label("desa-rpjmdes", P, f"RPJMDes {N - 5}-{N + 1}; the feed's tahun field says {N - 5} (year of enactment)")
    dok(f"RKP Desa Tahun {N}", N, 1, dt.date(N - 1, 10, 2), ["Rencana Kerja Pemerintah Desa."], f"rkpdes_{N}.pdf")
    b.label("desa-rkpdes", P)
    dok(
        f"Peraturan Desa Nomor 1 Tahun {N} tentang APB Desa Tahun Anggaran {N}",
        N,
        1,
        dt.date(N, 1, 8),
        ["Pendapatan desa Rp 1.482.000.000."],
        f"perdes_apbdes_{N}.pdf",
    )
    b.label("desa-apbdes", P)
    dok(
        f"Laporan Penyelenggaraan Pemerintahan Desa (LPPDes) Tahun {N - 2}",
        N - 2,
        1,
        dt.date(N - 1, 3, 20),
        ["Laporan akhir tahun anggaran."],
        f"lppdes_{N - 2}.pdf",
    )
    b.label("desa-laporan-kinerja", S, f"LPPDes {N - 2}", early=P)
    dok(
        f"Laporan Realisasi Pelaksanaan APB Desa Tahun {N - 1}",
        N - 1,
        1,
        dt.date(N, 1, 28),
        ["Realisasi pendapatan dan belanja."],
        f"realisasi_apbdes_{N - 1}.pdf",
    )
    b.label("desa-laporan-keuangan", P)
    dok(
        "Pengumuman Pemadaman Listrik Bergilir dan Air Bersih",
        N,
        2,
        dt.date(N, 9, 15),
        ["Pemadaman bergilir PLN di Dusun I-IV; distribusi air bersih oleh BPBD."],
        "pengumuman_pemadaman.pdf",
    )
    b.label("serta-merta", P, "a serta-merta (kategori 2) announcement in the feed")
    dok(f"Daftar Informasi Publik Desa Sukamaju Tahun {N}", N, 3, dt.date(N, 1, 30), ["DIP Desa."], f"dip_desa_{N}.pdf")
    b.label("dip", P)
    b.page("/index.php/ppid", to_json({"status": True, "data": {"ppid": entries}}), content_type="application/json")
    b.page("/index.php/ppid?*", to_json({"status": True, "data": {"ppid": entries}}), content_type="application/json")

    page(
        "/index.php/pengaduan",
        "Pengaduan",
        form(
            "/index.php/pengaduan/kirim",
            [("nama", "Nama"), ("email", "Email"), ("telepon", "No. Telp"), ("textarea:isi", "Isi Pengaduan")],
            "Kirim Pengaduan",
        ),
    )
    b.label("pengaduan", P)
    b.page(
        "/index.php/permohonan",
        "<html><body><h1>A PHP Error was encountered</h1><p>Severity: Error</p></body></html>",
        status=500,
    )
    b.label("form-permohonan", B, "menu item answers 500")
    b.label("kontak-ppid", M, "no PPID contact anywhere")
    return b.spec


# =====================================================================================================
def build_mekarsari(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "desa-mekarsari",
        "Desa Mekarsari",
        "desa",
        "kec-uji-hilir",
        None,
        "Kominfo-built village template; APBDes only as an infographic image with the year in its alt text",
    )
    N = b.N
    nav = [
        ("Beranda", "/"),
        ("Profil Desa", "/profil-desa"),
        ("Transparansi", "/transparansi"),
        ("Dokumen", "/dokumen"),
        ("PPID Desa", "/ppid-desa"),
        ("Pengaduan", "/pengaduan"),
    ]

    def page(path, title, content):
        b.page(path, bootstrap("Desa Mekarsari", title, nav, content, footer="Pemerintah Desa Mekarsari"))

    page("/", "Desa Mekarsari", "<p>Selamat datang di website resmi Desa Mekarsari.</p>")
    page(
        "/profil-desa",
        "Profil Desa",
        "<p>Visi: Mekarsari maju berbasis pertanian. Kepala Desa: H. Darman. Struktur organisasi pemerintah desa: "
        "Kades, Sekdes, 3 Kaur, 3 Kasi, 5 Kadus. Alamat: Jl. Mekar No. 2.</p>",
    )
    b.label("desa-profil", P)
    b.page("/assets/infografis/apbdes.png", _png(), content_type="image/png")
    page(
        "/transparansi",
        "Transparansi Anggaran",
        f"<img class='img-fluid' src='/assets/infografis/apbdes.png' "
        f"alt='Infografis APBDes Desa Mekarsari Tahun Anggaran {N}'>",
    )
    b.label("desa-apbdes", P, f"infographic; the alt text names the year {N}")
    b.pdf(
        f"/dokumen/rpjmdes-{N - 7}-{N - 1}.pdf",
        f"RPJM Desa Mekarsari {N - 7}-{N - 1}",
        ["RPJMDes."],
        dt.date(N - 7, 5, 1),
    )
    b.pdf(f"/dokumen/rkpdes-{N - 1}.pdf", f"RKP Desa Mekarsari Tahun {N - 1}", ["RKPDes."], dt.date(N - 2, 9, 30))
    b.pdf(
        f"/dokumen/lppdes-{N - 3}.pdf",
        f"Laporan Penyelenggaraan Pemerintahan Desa Tahun {N - 3}",
        ["LPPDes."],
        dt.date(N - 2, 3, 15),
    )
    b.broken(f"/dokumen/realisasi-apbdes-{N - 1}.pdf", "404")
    b.pdf(
        f"/dokumen/dip-desa-{N - 2}.pdf",
        f"Daftar Informasi Publik Desa Mekarsari Tahun {N - 2}",
        ["DIP."],
        dt.date(N - 2, 2, 1),
    )
    page(
        "/dokumen",
        "Dokumen Desa",
        "<ul>"
        + "".join(
            f"<li>{a(h, t)}</li>"
            for t, h in (
                (f"RPJM Desa {N - 7}-{N - 1}", f"/dokumen/rpjmdes-{N - 7}-{N - 1}.pdf"),
                (f"RKP Desa {N - 1}", f"/dokumen/rkpdes-{N - 1}.pdf"),
                (f"LPPDes {N - 3}", f"/dokumen/lppdes-{N - 3}.pdf"),
                (f"Laporan Realisasi Pelaksanaan APBDes T.A. {N - 1}", f"/dokumen/realisasi-apbdes-{N - 1}.pdf"),
                (f"Daftar Informasi Publik Desa {N - 2}", f"/dokumen/dip-desa-{N - 2}.pdf"),
            )
        )
        + "</ul>",
    )
    b.label("desa-rpjmdes", S, f"RPJMDes {N - 7}-{N - 1}: period over")
    b.label("desa-rkpdes", S, f"RKPDes {N - 1}", early=P)
    b.label("desa-laporan-kinerja", S, f"LPPDes {N - 3}")
    b.label("desa-laporan-keuangan", B, "404")
    b.label("dip", S, f"DIP {N - 2}")
    page(
        "/ppid-desa",
        "PPID Desa",
        "<p>PPID Desa Mekarsari: Sekretaris Desa. Email ppid.mekarsari@gmail.com, HP 0852 4600 7788.</p>",
    )
    b.label("kontak-ppid", P)
    page(
        "/pengaduan",
        "Kotak Pengaduan",
        "<p>Kirim pengaduan ke WhatsApp Pemerintah Desa 0852 4600 7789 atau datang ke kantor desa.</p>",
    )
    b.label("pengaduan", P, "a working complaint channel (WhatsApp) for the village")
    for item in ("desa-program-kegiatan", "desa-program-masuk", "serta-merta", "form-permohonan"):
        b.label(item, M, "none")
    return b.spec


# =====================================================================================================
def build_tanjung(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        "desa-tanjung-harapan",
        "Desa Tanjung Harapan",
        "desa",
        "kec-uji-hilir",
        None,
        "hand-made village page; documents on Google Drive or local and broken",
    )
    N = b.N

    def page(path, title, content):
        b.page(
            path,
            f"<html><head><meta charset='utf-8'><title>{title} - Desa Tanjung Harapan</title></head><body>"
            "<div id='menu'><a href='/'>Home</a> | <a href='/profil.html'>Profil</a> | "
            "<a href='/informasi.html'>Informasi Desa</a></div>"
            f"<h1>{title}</h1>{content}<hr><small>Desa Tanjung Harapan, Kec. Uji Hilir</small></body></html>",
        )

    page("/", "Desa Tanjung Harapan", "<p>Website Desa Tanjung Harapan.</p>")
    page(
        "/profil.html",
        "Profil Desa",
        "<p>Kepala Desa: Yakobus Lenjau. Visi: desa wisata sungai yang lestari. Struktur pemerintah desa: Kades, Sekdes, "
        "Kaur Keuangan, Kasi Pelayanan, 3 Kadus.</p>",
    )
    b.label("desa-profil", P)
    b.pdf(
        f"/files/kegiatan-desa-{N - 2}.pdf",
        f"Kegiatan Desa Tanjung Harapan Tahun {N - 2}",
        ["Matriks kegiatan."],
        dt.date(N - 2, 2, 2),
    )
    b.pdf(f"/files/penerima-blt-dd-{N - 1}.pdf", f"Penerima BLT-DD Tahun {N - 1}", ["27 KPM."], dt.date(N - 1, 2, 20))
    b.pdf(f"/files/rkpdes-{N - 2}.pdf", f"RKPDes Tahun {N - 2}", ["RKPDes."], dt.date(N - 3, 10, 1))
    b.broken(f"/files/lppdes-{N - 1}.pdf", "corrupt")
    b.broken(f"/files/dip-desa-{N}.pdf", "404")
    page(
        "/informasi.html",
        "Informasi Desa",
        "<ul>"
        f"<li>{a('https://drive.google.com/file/d/1TjhApbdes' + str(N) + 'xYz/view', f'APBDes Tahun {N} (Google Drive)')}</li>"
        f"<li>{a(f'/files/kegiatan-desa-{N - 2}.pdf', f'Kegiatan Desa {N - 2}')}</li>"
        f"<li>{a(f'/files/penerima-blt-dd-{N - 1}.pdf', f'Penerima BLT-DD {N - 1}')}</li>"
        f"<li>{a(f'/files/rkpdes-{N - 2}.pdf', f'RKPDes {N - 2}')}</li>"
        f"<li>{a(f'/files/lppdes-{N - 1}.pdf', f'LPPDes {N - 1}')}</li>"
        f"<li>{a(f'/files/dip-desa-{N}.pdf', f'Daftar Informasi Publik Desa {N}')}</li></ul>",
    )
    b.label("desa-apbdes", P, f"APBDes {N} on Google Drive: link text names document and year")
    b.label("desa-program-kegiatan", S, f"{N - 2}")
    b.label("desa-program-masuk", S, f"BLT-DD {N - 1}", early=P)
    b.label("desa-rkpdes", S, f"{N - 2}")
    b.label("desa-laporan-kinerja", B, "corrupt PDF")
    b.label("dip", B, "404")
    for item in ("desa-rpjmdes", "desa-laporan-keuangan", "serta-merta", "kontak-ppid", "form-permohonan", "pengaduan"):
        b.label(item, M, "none")
    return b.spec


def build_no_url(as_of: dt.date):
    b = SiteBuilder(
        as_of, "desa-long-uji", "Desa Long Uji", "desa", "kec-uji-hulu", None, "no known website", behaviour="no-url"
    )
    b.label_all(M, "no website: every item missing (interface.md)")
    return b.spec
