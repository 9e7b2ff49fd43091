"""Pemerintah Kabupaten Validasi: a Laravel regency portal whose PPID Utama page is one big accordion.

Documents sit in tables (Nama Dokumen | Tahun | Aksi) with "Lihat"/"Unduh" buttons; file names are the
decree numbers (SK_Bupati_No_188.45_218_2025.pdf), so the year is often only in the table cell or the title.
"""

from __future__ import annotations

import datetime as dt

from worlds.validasi._kit import B, M, P, PNG, S, SiteBuilder, a, accordion, esc, form, table, ul, wita

ID = "pemkab-val"
NAME = "Pemerintah Kabupaten Validasi"


def _layout(title: str, main: str) -> str:
    nav = ul(
        [
            a("/", "Beranda", "nav-link"),
            '<a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">Profil</a>'
            + ul(
                [
                    a("/profil/sejarah", "Sejarah", "dropdown-item"),
                    a("/profil/visi-misi", "Visi dan Misi", "dropdown-item"),
                    a("/profil/struktur-organisasi", "Struktur Organisasi", "dropdown-item"),
                    a("/profil/pimpinan-daerah", "Pimpinan Daerah", "dropdown-item"),
                ],
                "dropdown-menu",
            ),
            a("/berita", "Berita", "nav-link"),
            a("/ppid", "PPID", "nav-link"),
            '<a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">Layanan</a>'
            + ul(
                [
                    a("/pengaduan", "Pengaduan Masyarakat", "dropdown-item"),
                    a("https://lpse.kabvalidasi.go.id/eproc4", "LPSE", "dropdown-item"),
                    a("https://jdih.kabvalidasi.go.id/", "JDIH", "dropdown-item"),
                    a("/kepegawaian", "Kepegawaian", "dropdown-item"),
                ],
                "dropdown-menu",
            ),
            a("/kontak", "Kontak", "nav-link"),
        ],
        "navbar-nav ms-auto",
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f"<title>{esc(title)} - Portal Resmi Pemerintah Kabupaten Validasi</title>"
        '<meta name="csrf-token" content="q8Yx2kLmN0pR7sT1uV4wX6zA9bC3dE5f">'
        '<link href="/css/app.css" rel="stylesheet"></head><body>'
        '<nav class="navbar navbar-expand-lg navbar-dark bg-success fixed-top"><div class="container">'
        f'<a class="navbar-brand" href="/">KAB. VALIDASI</a>{nav}</div></nav>'
        f'<main class="container py-5 mt-4">{main}</main>'
        '<footer class="bg-dark text-white-50 py-4"><div class="container"><div class="row">'
        '<div class="col-md-6"><h6 class="text-white">Pemerintah Kabupaten Validasi</h6>'
        "<p>Kompleks Perkantoran Bukit Harapan, Jl. Soekarno-Hatta No. 1, Sangata Baru 75611</p></div>"
        '<div class="col-md-6 text-md-end"><p>&copy; Diskominfo Staper Kabupaten Validasi</p></div>'
        "</div></div></footer></body></html>"
    )


def build(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        ID,
        NAME,
        "pemkab",
        None,
        "ppid@kabvalidasi.go.id",
        "Laravel regency portal; PPID Utama as an accordion of document tables",
    )
    D = "/storage/ppid/dokumen"

    def row(title: str, year: str, href: str, *, view: str | None = None) -> list[str]:
        btns = a(href, "Unduh", "btn btn-sm btn-success")
        if view:
            btns = a(view, "Lihat", "btn btn-sm btn-info") + " " + btns
        return [esc(title), esc(year), btns]

    H = ["Nama Dokumen", "Tahun", "Aksi"]

    # --- home, profile, news ------------------------------------------------------------------------
    news = [
        (
            "bpbd-gelar-simulasi-evakuasi-banjir-di-desa-sumber-validasi",
            "BPBD Gelar Simulasi Evakuasi Banjir di Desa Sumber Validasi",
            dt.date(N, 5, 19),
            "Ratusan warga mengikuti simulasi evakuasi banjir yang digelar BPBD Kabupaten Validasi. Warga dilatih "
            "mengenali sirene peringatan dini dan menuju titik kumpul di lapangan desa. Kepala Pelaksana BPBD "
            "berharap desa rawan banjir lain menyusun rencana kontinjensi masing-masing.",
        ),
        (
            "pln-umumkan-pemadaman-bergilir-di-kecamatan-muara-validasi",
            "PLN Umumkan Pemadaman Bergilir di Kecamatan Muara Validasi",
            dt.date(N, 6, 2),
            "Pemeliharaan jaringan 20 kV menyebabkan pemadaman bergilir pukul 08.00 s.d. 16.00 WITA selama tiga hari. "
            "Pemerintah Kabupaten meminta warga dan fasilitas kesehatan menyiapkan genset.",
        ),
        (
            "pemkab-validasi-kembali-raih-predikat-informatif",
            f"Pemkab Validasi Kembali Raih Predikat Informatif pada Monev KIP {N - 1}",
            dt.date(N - 1, 10, 4),
            "Komisi Informasi Provinsi menetapkan Pemerintah Kabupaten Validasi sebagai badan publik Informatif "
            f"dengan nilai 98,40 pada Monitoring dan Evaluasi Keterbukaan Informasi Publik {N - 1}.",
        ),
    ]
    for slug, title, d, text in news:
        b.page(
            f"/berita/detail/{slug}",
            _layout(
                title,
                (
                    f'<article><h1>{esc(title)}</h1><p class="text-muted"><i class="bi bi-calendar"></i> {wita(d)} '
                    f"| Admin Prokopim</p><p>{esc(text)}</p></article>"
                ),
            ),
            date=d,
        )
    b.page(
        "/berita",
        _layout(
            "Berita",
            "<h1>Berita Terkini</h1>"
            + ul(
                [a(f"/berita/detail/{s}", t) + f' <small class="text-muted">{wita(d)}</small>' for s, t, d, _ in news]
            ),
        ),
    )
    # peringatan-dini: the only evacuation content is a news story about a BPBD drill in a village;
    # that is not the regency office's own early-warning and evacuation procedure
    b.label("peringatan-dini", M, "hanya berita simulasi evakuasi BPBD di desa, bukan prosedur evakuasi kantor")

    b.page(
        "/",
        _layout(
            "Beranda",
            (
                '<div class="hero"><h1>Selamat Datang di Portal Resmi Pemerintah Kabupaten Validasi</h1>'
                "<p>Bersama Membangun Validasi yang Maju, Sejahtera dan Berdaya Saing</p></div>"
                "<section><h2>Berita Terkini</h2>"
                + ul([a(f"/berita/detail/{s}", t) for s, t, _, _ in news])
                + "</section>"
                "<section><h2>Tautan</h2>"
                + ul(
                    [
                        a("/ppid", "PPID Kabupaten Validasi"),
                        a("https://lapor.go.id", "SP4N-LAPOR!"),
                        a("https://sirup.lkpp.go.id/sirup/rekap/klpd/D512", "RUP Kabupaten Validasi (SiRUP)"),
                    ]
                )
                + "</section>"
            ),
        ),
    )
    b.label("menu-ppid", P, "menu PPID di navigasi utama")

    b.page(
        "/profil/sejarah",
        _layout(
            "Sejarah",
            "<h1>Sejarah Kabupaten Validasi</h1><p>Kabupaten Validasi dibentuk "
            "berdasarkan Undang-Undang Nomor 47 Tahun 1999 ...</p>",
        ),
    )
    b.page(
        "/profil/visi-misi",
        _layout(
            "Visi dan Misi",
            (
                "<h1>Visi dan Misi</h1><h3>Visi</h3><p>Terwujudnya Kabupaten Validasi yang Maju, Sejahtera dan Berdaya "
                "Saing</p><h3>Misi</h3><ol><li>Meningkatkan kualitas sumber daya manusia</li><li>Mempercepat pembangunan "
                "infrastruktur</li><li>Mewujudkan tata kelola pemerintahan yang bersih dan melayani</li></ol>"
            ),
        ),
    )
    b.page(
        "/profil/struktur-organisasi",
        _layout(
            "Struktur Organisasi",
            (
                '<h1>Struktur Organisasi Sekretariat Daerah</h1><img src="/images/sotk-setda.png" alt="Bagan Struktur '
                'Organisasi Sekretariat Daerah Kabupaten Validasi" class="img-fluid">'
            ),
        ),
    )
    b.page("/images/sotk-setda.png", PNG, content_type="image/png")
    b.page(
        "/profil/pimpinan-daerah",
        _layout(
            "Pimpinan Daerah",
            (
                "<h1>Pimpinan Daerah</h1><p><b>Bupati Validasi</b>: H. Ardiansyah Rahman, S.Sos., M.Si.</p>"
                "<p><b>Wakil Bupati</b>: Ir. Mahyunadi Salim</p><p><b>Sekretaris Daerah</b>: Dr. Rizali Hadi, M.Pd.</p>"
            ),
        ),
    )
    b.label("profil", P, "sejarah, visi-misi, struktur organisasi, pimpinan")
    b.page(
        "/kontak",
        _layout(
            "Kontak",
            (
                "<h1>Kontak</h1><p>Bagian Protokol dan Komunikasi Pimpinan, Sekretariat Daerah</p>"
                "<p>Telp. (0549) 21001, Email: humas@kabvalidasi.go.id</p>"
            ),
        ),
    )

    b.page(
        "/pengaduan",
        _layout(
            "Pengaduan Masyarakat",
            (
                "<h1>Pengaduan Masyarakat</h1><p>Sampaikan pengaduan terkait penyalahgunaan wewenang atau pelayanan publik "
                "melalui SP4N-LAPOR! Pengaduan diteruskan ke perangkat daerah terkait dan ditindaklanjuti paling lambat 5 "
                "hari kerja.</p><ol><li>Buka " + a("https://www.lapor.go.id", "www.lapor.go.id") + " atau SMS 1708</li>"
                "<li>Tulis laporan lengkap (apa, di mana, kapan)</li><li>Pantau tindak lanjut dengan nomor tracking</li></ol>"
            ),
        ),
    )
    b.label("pengaduan", P, "halaman pengaduan dengan tata cara dan SP4N-LAPOR!")
    b.label("regulasi", P, "JDIH di menu Layanan")
    b.label("pengadaan", P, "LPSE di menu dan tautan SiRUP di beranda")

    b.page(
        "/kepegawaian",
        _layout(
            "Kepegawaian",
            (
                "<h1>Informasi Kepegawaian</h1>"
                f'<div class="card"><div class="card-body"><h5>Pengumuman Hasil Seleksi Administrasi PPPK Tahap II Tahun '
                f'{N}</h5><p class="text-muted">{wita(dt.date(N, 6, 24), 15, 40)}</p><p>Daftar peserta yang lulus seleksi '
                "administrasi dapat dilihat pada lampiran pengumuman di portal SSCASN.</p></div></div>"
            ),
        ),
    )
    b.label("ketenagakerjaan", P, f"pengumuman seleksi PPPK {N}")

    # --- the PPID Utama accordion -------------------------------------------------------------------------
    lhkpn = b.pdf(
        f"{D}/Pengumuman_LHKPN_Bupati_Wabup.pdf",
        f"Pengumuman Harta Kekayaan Penyelenggara Negara - Bupati Validasi (Periodik {N - 2})",
        [
            "Tanggal Penyampaian: 27 Maret " + str(N - 1),
            f"Tahun Pelaporan: Periodik - {N - 2}",
            "Jabatan: Bupati, Pemerintah Kabupaten Validasi",
            "Total Harta Kekayaan: Rp 4.812.350.000",
        ],
        dt.date(N - 1, 4, 8),
    )
    b.label("lhkpn", S, f"LHKPN terbaru periodik N-2 ({N - 2})", early=P)

    rkpd = b.pdf(
        f"{D}/Perbup_No_14_Tahun_{N - 1}_RKPD_{N}.pdf",
        f"Peraturan Bupati Validasi Nomor 14 Tahun {N - 1} tentang Rencana Kerja Pemerintah Daerah Tahun {N}",
        [
            f"RKPD Tahun {N} memuat rancangan kerangka ekonomi daerah, prioritas pembangunan, serta rencana "
            f"kerja dan pendanaan untuk tahun anggaran {N}.",
            "Tema pembangunan: Penguatan Ekonomi Lokal.",
        ],
        dt.date(N - 1, 6, 20),
    )
    b.label("program-kegiatan", P, f"RKPD tahun {N} (ditetapkan dengan Perbup tahun {N - 1})")

    lkjip = b.pdf(
        f"{D}/LKjIP_Pemkab_Validasi.pdf",
        "Laporan Kinerja Instansi Pemerintah Kabupaten Validasi",
        [f"Tahun {N - 1}", f"Capaian indikator kinerja utama Tahun {N - 1}: 87,5 persen sasaran tercapai."],
        dt.date(N, 3, 25),
    )
    lppd = b.pdf(
        f"{D}/LPPD_{N - 1}.pdf",
        f"Laporan Penyelenggaraan Pemerintahan Daerah Tahun {N - 1}",
        ["Disampaikan kepada Menteri Dalam Negeri melalui Gubernur."],
        dt.date(N, 3, 28),
    )
    b.label("laporan-kinerja", P, f"LKjIP (tahun {N - 1} di kolom Tahun) dan LPPD {N - 1}")

    lkpd = b.pdf(
        f"{D}/LKPD_Audited_TA_{N - 1}.pdf",
        f"Laporan Keuangan Pemerintah Daerah Kabupaten Validasi TA. {N - 1} (Audited)",
        [
            "Laporan Realisasi Anggaran, Neraca, Laporan Operasional, Laporan Arus Kas, Catatan atas Laporan Keuangan.",
            "Opini BPK: Wajar Tanpa Pengecualian (WTP).",
        ],
        dt.date(N, 6, 10),
    )
    b.label("laporan-keuangan", P, f"LKPD audited TA {N - 1}")

    apbd = b.pdf(
        f"{D}/Perda_No_8_Tahun_{N - 1}_APBD.pdf",
        f"Peraturan Daerah Kabupaten Validasi Nomor 8 Tahun {N - 1} tentang Anggaran Pendapatan dan Belanja "
        f"Daerah Tahun Anggaran {N}",
        [f"Pendapatan daerah Tahun Anggaran {N} direncanakan sebesar Rp 9,2 triliun."],
        dt.date(N - 1, 12, 18),
    )
    b.label("anggaran", P, f"Perda APBD TA {N} (diundangkan {N - 1})")

    lli = b.broken(f"{D}/Laporan_Tahunan_PPID_Utama_{N - 1}.pdf", "404")
    b.label("laporan-layanan-informasi", B, f"tautan Laporan Tahunan PPID {N - 1} menghasilkan 404")

    dip = b.pdf(
        f"{D}/SK_Bupati_No_188.45_096_{N}.pdf",
        f"Keputusan Bupati Validasi Nomor 188.45/096/HK/{N} tentang Penetapan Daftar Informasi Publik di "
        "Lingkungan Pemerintah Kabupaten Validasi",
        [
            "Lampiran: Daftar Informasi Publik (ringkasan isi, pejabat penguasa informasi, bentuk, jangka waktu "
            "penyimpanan)."
        ],
        dt.date(N, 2, 12),
    )
    b.label("dip", P, f"SK DIP {N}")

    dik = b.pdf(
        f"{D}/SK_Bupati_No_188.45_218_{N - 1}.pdf",
        f"Keputusan Bupati Validasi Nomor 188.45/218/HK/{N - 1} tentang Penetapan Informasi yang Dikecualikan",
        ["Lampiran: daftar informasi yang dikecualikan beserta hasil uji konsekuensi."],
        dt.date(N - 1, 4, 2),
    )
    b.label("dik", S, f"SK informasi dikecualikan {N - 1}", early=P)

    skppid = b.pdf(
        f"{D}/SK_Bupati_No_188.45_57_{N - 2}.pdf",
        f"Keputusan Bupati Validasi Nomor 188.45/57/HK/{N - 2} tentang Pejabat Pengelola Informasi dan "
        "Dokumentasi di Lingkungan Pemerintah Kabupaten Validasi",
        ["Menunjuk Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian sebagai PPID Utama."],
        dt.date(N - 2, 1, 30),
    )
    b.label("sk-ppid", P, "SK PPID (statis)")

    sop = b.broken(f"{D}/SOP_Pelayanan_Permohonan_Informasi.pdf", "html200")
    b.label("sop-ppid", B, "satu-satunya tautan SOP membuka halaman 'File tidak ditemukan'")

    rpjmd = b.pdf(
        f"{D}/Perda_RPJMD_{N - 5}_{N}.pdf",
        f"Rencana Pembangunan Jangka Menengah Daerah Kabupaten Validasi Periode {N - 5}-{N}",
        ["Visi, misi, tujuan, sasaran, strategi dan arah kebijakan pembangunan daerah lima tahun."],
        dt.date(N - 5, 9, 1),
    )
    b.label("renstra", P, f"RPJMD periode {N - 5}-{N} mencakup tahun N")

    b.page("/images/maklumat-ppid.png", PNG, content_type="image/png")

    profil_ppid = (
        "<p>PPID Utama Kabupaten Validasi dijabat oleh Kepala Dinas Komunikasi, Informatika, Statistik dan "
        "Persandian.</p>" + table(H, [row("SK Penunjukan PPID Kabupaten Validasi", str(N - 2), skppid)])
    )
    berkala = table(
        H,
        [
            row("Pengumuman LHKPN Bupati dan Wakil Bupati", str(N - 2), lhkpn),
            row("Rencana Kerja Pemerintah Daerah (RKPD)", str(N), rkpd),
            row("Laporan Kinerja Instansi Pemerintah (LKjIP)", str(N - 1), lkjip, view=lkjip),
            row("Laporan Penyelenggaraan Pemerintahan Daerah (LPPD)", str(N - 1), lppd),
            row("Laporan Keuangan Pemerintah Daerah (Audited)", str(N - 1), lkpd),
            row("APBD", str(N), apbd),
            row("Laporan Tahunan PPID Utama", str(N - 1), lli),
        ],
    )
    serta = ul(
        [
            a(f"/berita/detail/{news[1][0]}", news[1][1]),
            a("https://www.bmkg.go.id/cuaca/prakiraan-cuaca", "Prakiraan Cuaca dan Peringatan Dini Cuaca BMKG"),
        ]
    )
    setiap = table(
        H,
        [row("Daftar Informasi Publik (SK DIP)", str(N), dip), row("RPJMD Kabupaten Validasi", f"{N - 5}-{N}", rpjmd)],
    )
    dikec = table(H, [row("SK Penetapan Informasi yang Dikecualikan", str(N - 1), dik)])
    standar = (
        '<h5>Maklumat Pelayanan</h5><img src="/images/maklumat-ppid.png" alt="Maklumat Pelayanan Informasi '
        'Publik PPID Kabupaten Validasi" class="img-fluid"><p>Jam layanan: Senin-Kamis 08.00-15.30 WITA, Jumat '
        "08.00-11.00 WITA. Biaya: gratis (penggandaan ditanggung pemohon).</p>"
        "<h5>Tata Cara Permohonan Informasi</h5><ol><li>Pemohon mengisi formulir permohonan (langsung atau daring)"
        "</li><li>PPID memberikan tanda bukti permohonan</li><li>PPID menjawab paling lambat 10 hari kerja, dapat "
        "diperpanjang 7 hari kerja</li></ol><h5>Tata Cara Pengajuan Keberatan dan Sengketa Informasi</h5><p>Keberatan "
        "diajukan kepada atasan PPID paling lambat 30 hari kerja; bila tidak puas, pemohon dapat mengajukan "
        "penyelesaian sengketa ke Komisi Informasi Provinsi.</p>"
        + table(H, [row("SOP Pelayanan Permohonan Informasi Publik", "-", sop)])
    )
    b.label("maklumat", P, "maklumat (gambar) dengan jam layanan dan biaya")
    b.label("tata-cara-informasi", P, "tata cara permohonan, keberatan, sengketa")
    kontak = (
        "<p><b>PPID Utama Kabupaten Validasi</b><br>Gedung Diskominfo Staper, Jl. Soekarno-Hatta No. 3<br>"
        "Telp. (0549) 21017 | WhatsApp 0811-5432-1017<br>Email: ppid@kabvalidasi.go.id</p>"
    )
    b.label("kontak-ppid", P, "alamat, telepon, email PPID")
    b.page(
        "/ppid",
        _layout(
            "PPID",
            (
                "<h1>Pejabat Pengelola Informasi dan Dokumentasi (PPID)</h1>"
                + accordion(
                    "ppidAcc",
                    [
                        ("Profil PPID", profil_ppid),
                        ("Informasi Berkala", berkala),
                        ("Informasi Serta Merta", serta),
                        ("Informasi Setiap Saat", setiap),
                        ("Informasi Dikecualikan", dikec),
                        ("Standar Layanan", standar),
                        (
                            "Layanan Informasi Online",
                            ul(
                                [
                                    a("/ppid/permohonan", "Permohonan Informasi Online"),
                                    a("/ppid/keberatan", "Pengajuan Keberatan Online"),
                                ]
                            ),
                        ),
                        ("Kontak PPID", kontak),
                    ],
                )
            ),
        ),
    )
    b.label("serta-merta", P, "bagian Informasi Serta Merta berisi pengumuman pemadaman")
    b.label("setiap-saat", P, "bagian Informasi Setiap Saat")
    b.page(
        "/ppid/permohonan",
        _layout(
            "Permohonan Informasi",
            (
                "<h1>Formulir Permohonan Informasi Publik</h1>"
                + form(
                    "/ppid/permohonan/kirim",
                    [
                        ("nama", "Nama Lengkap"),
                        ("nik", "NIK"),
                        ("alamat", "Alamat"),
                        ("email", "Email"),
                        ("telepon", "No. HP"),
                        ("rincian", "Rincian Informasi yang Dibutuhkan"),
                        ("tujuan", "Tujuan Penggunaan Informasi"),
                    ],
                    "Kirim Permohonan",
                )
            ),
        ),
    )
    b.label("form-permohonan", P, "formulir permohonan daring")
    b.page(
        "/ppid/keberatan",
        _layout(
            "Pengajuan Keberatan",
            (
                "<h1>Formulir Pengajuan Keberatan</h1>"
                + form(
                    "/ppid/keberatan/kirim",
                    [
                        ("nomor_registrasi", "Nomor Registrasi Permohonan"),
                        ("nama", "Nama"),
                        ("email", "Email"),
                        ("alasan", "Alasan Keberatan"),
                    ],
                    "Ajukan Keberatan",
                )
            ),
        ),
    )
    b.label("form-keberatan", P, "formulir keberatan daring")
    return b.spec
