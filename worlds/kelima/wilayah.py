"""Kecamatan and kelurahan of Kabupaten Kelima: small office sites, one scanned SK, news that mentions items."""

from __future__ import annotations

import datetime as dt

from kipmon.demo.sites.common import B, P, S, SiteBuilder, base

from worlds.kelima._html import a, frame, rest_missing, scan


def build_telaga_batu(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "kec-telaga-batu",
        "Kecamatan Telaga Batu",
        "kecamatan",
        "pemkab",
        "kec.telagabatu@kelimakab.go.id",
        "CodeIgniter kecamatan site (/halaman/<slug>, /dokumen)",
    )
    N = b.N
    nav = [
        ("/", "Beranda"),
        ("/halaman/profil-kecamatan", "Profil"),
        ("/halaman/ppid", "PPID"),
        ("/dokumen", "Dokumen"),
        ("/halaman/paten", "PATEN"),
        ("/halaman/pengaduan", "Pengaduan"),
    ]
    pg = lambda path, title, body: b.page(path, frame(title, nav, body, "<p>Kantor Camat Telaga Batu</p>"))  # noqa: E731
    pg(
        "/",
        "Kecamatan Telaga Batu",
        f"<ul><li>{a('/berita/musrenbang', f'Camat Buka Musrenbang Kecamatan, Bahas Usulan RKPD {N + 1}')}</li></ul>",
    )
    pg(
        "/berita/musrenbang",
        f"Camat Buka Musrenbang Kecamatan, Bahas Usulan RKPD {N + 1}",
        f"<p>Kamis, 5 Februari {N}</p><p>Sebanyak 12 desa menyampaikan usulan prioritas.</p>",
    )
    pg(
        "/halaman/profil-kecamatan",
        "Profil Kecamatan",
        "<p>Luas wilayah 1.240 km2, 12 desa. Visi: Telaga Batu Maju. Struktur: Camat, Sekcam, 5 Kasi.</p>",
    )
    b.label("profil", P, "profile page")
    pg(
        "/halaman/ppid",
        "PPID Kecamatan",
        f"<p>{a('/dokumen/unduh/7', 'SK Camat tentang PPID Pembantu')}</p>"
        f"<p>{a(base('pemkab') + '/ppid/permohonan', 'Permohonan Informasi')} &middot; "
        f"{a(base('pemkab') + '/ppid/keberatan', 'Pengajuan Keberatan')}</p>",
    )
    b.label("menu-ppid", P, "PPID in nav")
    b.label("form-permohonan", P, "links to the regency's request form")
    b.label("form-keberatan", P, "links to the regency's objection form")
    scan(
        b,
        "/dokumen/unduh/7",
        ["PEMERINTAH KABUPATEN KELIMA", "KECAMATAN TELAGA BATU"],
        ["KEPUTUSAN CAMAT TELAGA BATU", "TENTANG PEJABAT PENGELOLA INFORMASI", "DAN DOKUMENTASI"],
        ["Menetapkan Sekretaris Camat sebagai PPID.", f"Telaga Batu, 9 Maret {N - 1}"],
        dt.date(N - 1, 3, 9),
        headers={"Content-Disposition": 'attachment; filename="SK_PPID_KEC.pdf"'},
    )
    b.label("sk-ppid", P, "scanned SK PPID")
    docs = [
        (f"DIP Kecamatan Telaga Batu Tahun {N}", "/dokumen/unduh/11", f"DAFTAR INFORMASI PUBLIK TAHUN {N}"),
        (f"Renja Kecamatan {N}", "/dokumen/unduh/12", f"RENCANA KERJA KECAMATAN TELAGA BATU TAHUN {N}"),
        ("Renstra Kecamatan 2016-2021", "/dokumen/unduh/13", "RENSTRA KECAMATAN TELAGA BATU 2016-2021"),
        (f"LKjIP Kec. Telaga Batu {N - 2}", "/dokumen/unduh/14", f"LAPORAN KINERJA TAHUN {N - 2}"),
    ]
    for title, path, inner in docs:
        b.pdf(path, inner, [title], dt.date(N - 1, 3, 3))
    b.label("dip", P, "DIP N")
    b.label("program-kegiatan", P, "Renja N (news about RKPD N+1 is not it)")
    b.label("renstra", S, "Renstra 2016-2021 ended")
    b.label("laporan-kinerja", S, "LKjIP N-2", early=P)
    b.broken("/dokumen/unduh/15", "html200")
    docs.append((f"Laporan Keuangan Kecamatan {N - 1}", "/dokumen/unduh/15", ""))
    b.label("laporan-keuangan", B, "download answers 'File tidak ditemukan'")
    pg(
        "/dokumen",
        "Dokumen Publik",
        "<table class='table'>"
        + "".join(f"<tr><td>{t}</td><td>{a(p, 'Download')}</td></tr>" for t, p, _ in docs)
        + "</table>",
    )
    pg(
        "/halaman/paten",
        "Standar Pelayanan PATEN",
        "<p>Pelayanan Administrasi Terpadu Kecamatan. Jam layanan "
        "Senin-Jumat 08.00-15.00 WITA. Biaya: tidak dipungut biaya.</p>",
    )
    b.label("maklumat", P, "service standard, hours, cost")
    pg(
        "/halaman/pengaduan",
        "Pengaduan Masyarakat",
        "<form method='post' action='/pengaduan/kirim'>"
        "<input name='nama'><textarea name='isi'></textarea><button>Kirim Pengaduan</button></form>",
    )
    b.label("pengaduan", P, "complaint form")
    rest_missing(b, "nothing on the kecamatan site")
    return b


def build_sungai_rapak(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "kec-sungai-rapak",
        "Kecamatan Sungai Rapak",
        "kecamatan",
        "pemkab",
        None,
        "old static kecamatan site, everything years out of date",
    )
    N = b.N
    nav = [
        ("/index.html", "Home"),
        ("/profil.html", "Profil Kec."),
        ("/ppid.html", "PPID"),
        ("/download.html", "Download"),
    ]
    pg = lambda path, title, body: b.page(
        path,
        frame(title, nav, body, f"<p>&copy; {N - 5} Kec. Sungai Rapak</p>"),  # noqa: E731
        date=dt.date(N - 3, 5, 2),
    )
    pg("/", "Kecamatan Sungai Rapak", "<p>Selamat datang.</p>")
    pg("/index.html", "Kecamatan Sungai Rapak", "<p>Selamat datang.</p>")
    pg("/profil.html", "Profil Kecamatan", "<p>Visi Misi dan Struktur Organisasi Kantor Camat Sungai Rapak.</p>")
    b.label("profil", P, "profile")
    pg(
        "/ppid.html",
        "PPID",
        "<p>Halaman PPID Kecamatan Sungai Rapak.</p><ul>"
        f"<li>{a(f'/files/DIP_{N - 5}.pdf', 'Daftar Informasi Publik')}</li>"
        f"<li>{a('/files/sk_ppid.pdf', 'SK PPID')}</li></ul>",
    )
    b.label("menu-ppid", P, "PPID page in nav")
    b.pdf(f"/files/DIP_{N - 5}.pdf", f"Daftar Informasi Publik Tahun {N - 5}", ["..."], dt.date(N - 5, 3, 1))
    b.label("dip", S, "DIP N-5")
    b.broken("/files/sk_ppid.pdf", "empty")
    b.label("sk-ppid", B, "empty file")
    rows = [
        ("Renstra Kecamatan 2016-2021", "/files/renstra.pdf"),
        (f"LAKIP {N - 4}", f"/files/lakip{N - 4}.pdf"),
        (f"DPA Kecamatan TA {N - 2}", f"/files/dpa{N - 2}.pdf"),
        (f"Renja {N - 2}", f"/files/renja{N - 2}.pdf"),
    ]
    for t, p in rows:
        b.pdf(p, t, ["Kecamatan Sungai Rapak"], dt.date(N - 2, 1, 10))
    b.label("renstra", S, "2016-2021")
    b.label("laporan-kinerja", S, "LAKIP N-4")
    b.label("anggaran", S, "DPA N-2")
    b.label("program-kegiatan", S, "Renja N-2")
    pg("/download.html", "Download", "<ul>" + "".join(f"<li>{a(p, t)}</li>" for t, p in rows) + "</ul>")
    rest_missing(b, "nothing on the site")
    return b


def build_kelurahan(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "kel-bukit-pelangi",
        "Kelurahan Bukit Pelangi",
        "kelurahan",
        "kec-telaga-batu",
        None,
        "three hand-made pages",
    )
    nav = [("/", "Beranda"), ("/profil", "Profil"), ("/layanan", "Layanan")]
    pg = lambda path, title, body: b.page(path, frame(title, nav, body))  # noqa: E731
    pg("/", "Kelurahan Bukit Pelangi", f"<p>{a('/dokumen/sk-ppid-kelurahan.pdf', 'SK PPID Kelurahan')}</p>")
    b.broken("/dokumen/sk-ppid-kelurahan.pdf", "404")
    b.label("sk-ppid", B, "404")
    pg(
        "/profil",
        "Profil Kelurahan",
        "<p>Lurah: Hj. Siti Aminah, S.Sos. Alamat: Jl. Pendidikan No. 4. "
        "Struktur organisasi: Lurah, Sekretaris, 3 Kasi.</p>",
    )
    b.label("profil", P, "profile")
    pg(
        "/layanan",
        "Layanan",
        "<p>Pengantar KTP/KK, SKTM, Surat Keterangan Domisili. Pengaduan warga: WhatsApp 0821-5300-8899.</p>",
    )
    b.label("pengaduan", P, "a WhatsApp complaint channel")
    rest_missing(b, "nothing on the kelurahan site")
    return b
