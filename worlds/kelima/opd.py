"""Two OPD of Kabupaten Kelima on their own sites: BPKAD (a Laravel PPID portal with scanned documents) and
Dishub (a thin WordPress site: broken links, stale years, news that merely mentions an item, empty pages)."""

from __future__ import annotations

import datetime as dt

from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, base, doc_table

from worlds.kelima._html import a, frame, rest_missing, scan

KOP_BPKAD = [
    "PEMERINTAH KABUPATEN KELIMA",
    "BADAN PENGELOLAAN KEUANGAN",
    "DAN ASET DAERAH",
    "Jl. Soekarno-Hatta No. 3 Bukit Pelangi",
]


def build_bpkad(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "bpkad",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "opd",
        "pemkab",
        "bpkad@kelimakab.go.id",
        "Laravel PPID portal (/ppid, /informasi-berkala tables), scanned PDFs",
    )
    N = b.N
    nav = [
        ("/", "Beranda"),
        ("/profil", "Profil"),
        ("/ppid", "PPID"),
        ("/informasi-berkala", "Informasi Berkala"),
        ("/informasi-serta-merta", "Serta Merta"),
        ("/informasi-setiap-saat", "Setiap Saat"),
        ("/regulasi", "Regulasi"),
        ("/pengadaan", "Pengadaan"),
    ]
    foot = "<p>BPKAD Kab. Kelima &middot; PPID Pelaksana: ppid.bpkad@kelimakab.go.id &middot; (0549) 21 0456</p>"
    pg = lambda path, title, body: b.page(path, frame(title, nav, body, foot))  # noqa: E731
    pg(
        "/",
        "BPKAD Kabupaten Kelima",
        "<p>Transparansi pengelolaan keuangan daerah.</p>"
        f"<p>{a('https://www.lapor.go.id', 'Sampaikan pengaduan melalui SP4N-LAPOR!')}</p>",
    )
    b.label("pengaduan", P, "SP4N-LAPOR link on the home page")
    pg(
        "/profil",
        "Profil BPKAD",
        "<h2>Visi</h2><p>Pengelolaan keuangan yang akuntabel.</p>"
        "<h2>Struktur Organisasi</h2><p>Kepala Badan, Sekretaris, 4 Bidang.</p>",
    )
    b.label("profil", P, "visi and structure")
    pg(
        "/ppid",
        "PPID Pelaksana BPKAD",
        f"<p>{a(base('pemkab') + '/ppid/permohonan', 'Permohonan Informasi Online')}</p>"
        f"<p>{a('/ppid/maklumat', 'Maklumat Pelayanan')} | {a('/ppid/sop', 'SOP Permohonan Informasi')}</p>"
        f"<p>{a('/ppid/sk', 'SK PPID Pelaksana')}</p><p>Kontak PPID: ppid.bpkad@kelimakab.go.id, (0549) 21 0456</p>",
    )
    b.label("menu-ppid", P, "PPID in nav")
    b.label("form-permohonan", P, "links to the regency's online request form")
    b.label("kontak-ppid", P, "PPID e-mail and phone")
    pg(
        "/ppid/maklumat",
        "Maklumat Pelayanan",
        "<p>Kami siap melayani permohonan informasi publik dengan cepat, "
        "tepat dan tanpa biaya. Jam layanan 08.00-16.00 WITA.</p>",
    )
    b.label("maklumat", P, "maklumat with hours and cost")
    b.broken("/ppid/sop", "404")
    b.label("sop-ppid", B, "SOP link 404s")
    scan(
        b,
        "/ppid/sk",
        KOP_BPKAD,
        ["KEPUTUSAN KEPALA BPKAD", "TENTANG PPID PELAKSANA"],
        ["Menunjuk Sekretaris BPKAD sebagai PPID Pelaksana.", f"Ditetapkan 2 Februari {N - 1}"],
        dt.date(N - 1, 2, 2),
        headers={"Content-Disposition": 'inline; filename="SK-PPID.pdf"'},
    )
    b.label("sk-ppid", P, "scanned SK PPID (image-only PDF)")

    rows = []

    def doc(title, year, path, lines, date, *, scanned=None):
        if scanned:
            scan(b, path, KOP_BPKAD, scanned, lines, date)
        else:
            b.pdf(path, title, lines, date)
        rows.append((title, year, path))

    doc(f"Renja BPKAD Tahun {N}", N, f"/storage/dokumen/renja-{N}.pdf", ["Program dan kegiatan."], dt.date(N - 1, 8, 1))
    b.label("program-kegiatan", P, "Renja N")
    doc(
        "Renstra BPKAD 2021-2026",
        "2021-2026",
        "/storage/dokumen/renstra.pdf",
        ["Rencana Strategis."],
        dt.date(N - 5, 9, 9),
    )
    b.label("renstra", P, "Renstra 2021-2026")
    doc(f"LKjIP BPKAD {N - 1}", N - 1, f"/storage/dokumen/lkjip-{N - 1}.pdf", ["Laporan kinerja."], dt.date(N, 3, 1))
    b.label("laporan-kinerja", P, "LKjIP N-1")
    doc(
        "Dokumen LKPD",
        "-",
        "/storage/dokumen/scan_0012.pdf",
        ["Laporan Realisasi Anggaran, Neraca, Catatan atas Laporan Keuangan"],
        dt.date(N, 6, 10),
        scanned=["LAPORAN KEUANGAN PEMERINTAH DAERAH", f"TAHUN ANGGARAN {N - 1}", "(AUDITED)"],
    )
    b.label("laporan-keuangan", P, "scanned LKPD: the picture says TA N-1; link text has no year")
    doc(f"DPA BPKAD TA {N}", N, f"/storage/dokumen/dpa-{N}.pdf", ["Dokumen Pelaksanaan Anggaran."], dt.date(N, 1, 15))
    b.label("anggaran", P, "DPA N")
    doc(
        f"Daftar Informasi Publik BPKAD {N - 1}",
        N - 1,
        f"/storage/dokumen/dip-{N - 1}.pdf",
        ["DIP."],
        dt.date(N - 1, 1, 20),
    )
    b.label("dip", S, "DIP N-1", early=P)
    doc(
        f"Laporan Layanan Informasi Publik {N - 3}",
        N - 3,
        f"/storage/dokumen/laporan-ppid-{N - 3}.pdf",
        ["Rekap permohonan."],
        dt.date(N - 2, 2, 1),
    )
    b.label("laporan-layanan-informasi", S, "service report N-3")
    pg("/informasi-berkala", "Informasi Berkala", doc_table(rows))
    pg("/informasi-serta-merta", "Informasi Serta Merta", "<p class='text-muted'>Belum ada informasi.</p>")
    b.label("serta-merta", M, "section says 'Belum ada informasi'")
    b.pdf(
        "/storage/dokumen/daftar-aset.pdf",
        f"Daftar Barang Milik Daerah Semester I {N}",
        ["Rekap aset."],
        dt.date(N, 7, 20),
    )
    pg(
        "/informasi-setiap-saat",
        "Informasi Setiap Saat",
        doc_table([(f"Daftar Barang Milik Daerah Semester I {N}", N, "/storage/dokumen/daftar-aset.pdf")]),
    )
    b.label("setiap-saat", P, "setiap saat section with a document")
    pg(
        "/regulasi",
        "Regulasi",
        "<ul>"
        f"<li>Perbup No. 5 Tahun {N - 1} tentang Kebijakan Akuntansi</li>"
        f"<li>Perbup No. 9 Tahun {N} tentang Sistem dan Prosedur Pengelolaan Keuangan Daerah</li></ul>",
    )
    b.label("regulasi", P, "list of Perbup")
    pg(
        "/pengadaan",
        "Pengadaan Barang/Jasa",
        f"<p>Rencana Umum Pengadaan BPKAD: {a('https://sirup.lkpp.go.id/sirup/ro/rekap/satker/D999-1', 'SiRUP')}</p>",
    )
    b.label("pengadaan", P, "SiRUP link")
    rest_missing(b, "nothing on the BPKAD site")
    return b


def build_dishub(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "dishub",
        "Dinas Perhubungan Kabupaten Kelima",
        "opd",
        "pemkab",
        None,
        "thin WordPress site: broken links, stale years, empty pages",
    )
    N = b.N
    nav = [
        ("/", "Home"),
        ("/profil/", "Profil"),
        ("/layanan/", "Layanan"),
        ("/lowongan/", "Lowongan"),
        ("/pengaduan/", "Pengaduan"),
    ]
    pg = lambda path, title, body: b.page(path, frame(title, nav, body, "<p>Dishub Kelima</p>"))  # noqa: E731
    pg(
        "/",
        "Dinas Perhubungan",
        "<article>"
        f"{a(f'/{N}/08/21/bimtek-lkjip/', 'Dishub Ikuti Bimtek Penyusunan LKjIP dan Perjanjian Kinerja')}</article>"
        f"<aside><h3>Dokumen</h3><ul><li>{a('/wp-content/uploads/2021/09/Renstra-Dishub-2021-2026.pdf', 'Renstra Dishub 2021-2026')}</li>"
        f"<li>{a(f'/wp-content/uploads/{N - 4}/02/DIP-{N - 4}.pdf', f'Daftar Informasi Publik {N - 4}')}</li>"
        f"<li>{a('/program-kerja/', 'Program Kerja')}</li>"
        f"<li>{a(base('pemkab') + '/ppid/permohonan', 'Permohonan Informasi')}</li></ul></aside>",
    )
    b.label("menu-ppid", M, "no PPID / Informasi Publik section; only a sidebar link to the regency request form")
    b.label("form-permohonan", P, "links to the regency's request form")
    pg(
        f"/{N}/08/21/bimtek-lkjip/",
        "Dishub Ikuti Bimtek Penyusunan LKjIP dan Perjanjian Kinerja",
        f"<p>21 Agustus {N}</p><p>Sekretaris Dinas mengikuti bimbingan teknis penyusunan LKjIP yang digelar Bagian "
        "Organisasi Setda.</p>",
    )
    b.label("laporan-kinerja", M, "only news about a LKjIP workshop")
    b.broken("/wp-content/uploads/2021/09/Renstra-Dishub-2021-2026.pdf", "404")
    b.label("renstra", B, "Renstra link 404s (title would be current)")
    b.pdf(
        f"/wp-content/uploads/{N - 4}/02/DIP-{N - 4}.pdf",
        f"DAFTAR INFORMASI PUBLIK DINAS PERHUBUNGAN TAHUN {N - 4}",
        ["Ringkasan informasi ..."],
        dt.date(N - 4, 2, 11),
    )
    b.label("dip", S, "DIP N-4")
    pg(
        "/program-kerja/",
        "Program Kerja",
        f"<h2>Program Kerja Tahun {N - 3}</h2><ul><li>Pengadaan rambu lalu lintas</li><li>Uji KIR keliling</li></ul>",
    )
    b.label("program-kegiatan", S, "programme page for N-3")
    pg(
        "/profil/",
        "Profil",
        "<p>Tugas pokok: melaksanakan urusan pemerintahan bidang perhubungan. "
        "Alamat: Jl. Poros Sangatta-Bengalon Km 3.</p>",
    )
    b.label("profil", P, "duties and address")
    pg(
        "/layanan/",
        "Standar Pelayanan Pengujian Kendaraan Bermotor",
        "<p>Persyaratan: STNK, buku uji. Waktu: 1 hari kerja. Biaya: sesuai Perda Retribusi. "
        "Jam layanan: Senin-Jumat 08.00-14.00.</p>",
    )
    b.label("maklumat", P, "service standard with hours and cost")
    pg("/lowongan/", "Lowongan", "<p>Belum ada konten.</p>")
    b.label("ketenagakerjaan", M, "empty page")
    pg(
        "/pengaduan/",
        "Pengaduan",
        "<p>Pengaduan layanan dapat disampaikan ke WhatsApp 0811-5400-123 atau "
        f"{a('https://www.lapor.go.id', 'SP4N-LAPOR!')}</p>",
    )
    b.label("pengaduan", P, "WhatsApp and SP4N-LAPOR")
    rest_missing(b, "nothing on the Dishub site")
    return b
