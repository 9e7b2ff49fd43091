"""Pemerintah Kabupaten Uji: the regency portal with its PPID Utama section (a Laravel build).

Documents sit in Bootstrap tables with the year in its own column written as "T.A. 2025"; decree
numbers carry Roman-numeral months (188.45/77/HK/II/2026). The portal also hosts the PPID Pelaksana
page of Dinas Sosial (its DIP and DIK), which Dinas Sosial links to from its own site.
"""

from __future__ import annotations

import datetime as dt

from worlds.heldout._html import a, bootstrap, form, table, tgl_singkat
from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, tgl

ID = "pemkab-uji"
NAME = "Pemerintah Kabupaten Uji"


def build(as_of: dt.date):
    b = SiteBuilder(
        as_of,
        ID,
        NAME,
        "pemkab",
        None,
        "ppid@ujikab.go.id",
        "regency portal, Laravel PPID Utama, T.A. years in table columns, Roman-numeral decree months",
    )
    N = b.N
    nav = [
        ("Beranda", "/"),
        (
            "Profil",
            [
                ("Visi dan Misi", "/profil/visi-misi"),
                ("Struktur Organisasi dan Tata Kerja", "/profil/sotk"),
                ("Bupati dan Wakil Bupati", "/profil/pimpinan"),
            ],
        ),
        (
            "PPID",
            [
                ("Tentang PPID", "/ppid"),
                ("Informasi Berkala", "/ppid/informasi-berkala"),
                ("Informasi Serta Merta", "/informasi-serta-merta"),
                ("Informasi Setiap Saat", "/informasi-setiap-saat"),
                ("Informasi Dikecualikan", "/informasi-dikecualikan"),
                ("Daftar Informasi Publik", "/dip"),
                ("PPID Pelaksana", "/ppid-pelaksana"),
            ],
        ),
        (
            "Layanan Informasi",
            [
                ("Permohonan Informasi", "/permohonan-informasi"),
                ("Pengajuan Keberatan", "/pengajuan-keberatan"),
                ("Tata Cara Memperoleh Informasi", "/ppid/tata-cara"),
                ("Maklumat Pelayanan", "/ppid/maklumat"),
                ("SOP PPID", "/ppid/sop"),
            ],
        ),
        ("Pengaduan", "/pengaduan"),
        ("Pengadaan", "/pengadaan"),
        ("JDIH", "https://jdih.ujikab.go.id/"),
        ("Berita", "/berita"),
    ]
    footer = (
        "<p>Pemerintah Kabupaten Uji &middot; Jl. Soekarno-Hatta No. 1, Bukit Pelangi, Uji 75611</p>"
        "<p>&copy; Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Uji</p>"
    )

    def page(path, title, content):
        b.page(path, bootstrap("Kabupaten Uji", title, nav, content, footer=footer))

    news_pppk = dt.date(N, 9, 8)
    page(
        "/",
        "Selamat Datang di Portal Resmi Kabupaten Uji",
        "<div class='row'><div class='col-md-8'><h4>Berita Terkini</h4><ul>"
        f"<li>{a('/berita/seleksi-pppk-' + str(N), f'Pengumuman Seleksi Pengadaan PPPK Kabupaten Uji Tahun {N}')}"
        f" <small>{tgl_singkat(news_pppk)}</small></li>"
        f"<li>{a('/berita/bupati-resmikan-jembatan', 'Bupati Resmikan Jembatan Sungai Uji')} "
        f"<small>{tgl_singkat(dt.date(N, 7, 2))}</small></li></ul></div>"
        "<div class='col-md-4'><h4>Layanan</h4><ul>"
        "<li><a href='/ppid'>PPID Kabupaten Uji</a></li><li><a href='/pengaduan'>SP4N-LAPOR!</a></li></ul></div></div>",
    )
    b.label("menu-ppid", P, "menu PPID on the home page with its dropdown")

    page(
        "/profil/visi-misi",
        "Visi dan Misi",
        "<p><b>Visi:</b> Terwujudnya Kabupaten Uji yang Maju, Sejahtera dan Berkeadilan.</p>"
        "<p><b>Misi:</b> 1. Meningkatkan kualitas sumber daya manusia; 2. Mempercepat pembangunan infrastruktur.</p>",
    )
    page(
        "/profil/sotk",
        "Struktur Organisasi dan Tata Kerja",
        "<p>Susunan organisasi perangkat daerah sesuai Peraturan Daerah Kabupaten Uji Nomor 8 Tahun 2021. "
        "Alamat: Kantor Bupati Uji, Jl. Soekarno-Hatta No. 1, Bukit Pelangi.</p>"
        "<img src='/storage/sotk-pemkab.png' alt='Bagan Struktur Organisasi Pemerintah Kabupaten Uji'>",
    )
    page("/profil/pimpinan", "Bupati dan Wakil Bupati", "<p>Bupati Uji: H. Ahmad Sutrisno, S.E., M.Si.</p>")
    b.label("profil", P, "visi-misi, SOTK with address, leaders")

    # ---------------------------------------------------------------- informasi berkala
    d_rkpd = dt.date(N - 1, 11, 20)
    b.pdf(
        "/storage/dokumen/rkpd-" + str(N) + ".pdf",
        f"Rencana Kerja Pemerintah Daerah (RKPD) Kabupaten Uji Tahun {N}",
        [
            "Peraturan Bupati Uji tentang RKPD.",
            f"Prioritas pembangunan daerah Tahun {N}: pendidikan, kesehatan, jalan.",
        ],
        d_rkpd,
    )
    d_lppd = dt.date(N, 3, 28)
    b.pdf(
        f"/storage/dokumen/lppd-{N - 1}.pdf",
        f"Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) Kabupaten Uji Tahun {N - 1}",
        [
            "Ringkasan capaian kinerja penyelenggaraan urusan pemerintahan daerah.",
            f"Indikator kinerja kunci Tahun {N - 1} tercapai 87,4 persen.",
        ],
        d_lppd,
    )
    d_lkpd = dt.date(N, 6, 2)
    b.pdf(
        f"/storage/dokumen/lkpd-{N - 1}-audited.pdf",
        f"Laporan Keuangan Pemerintah Daerah Kabupaten Uji Tahun Anggaran {N - 1} (Audited)",
        [
            "Laporan Realisasi Anggaran, Neraca, Laporan Arus Kas dan Catatan atas Laporan Keuangan.",
            "Opini BPK: Wajar Tanpa Pengecualian.",
        ],
        d_lkpd,
    )
    d_apbd = dt.date(N - 1, 12, 22)
    b.pdf(
        f"/storage/dokumen/perda-apbd-{N}.pdf",
        f"Peraturan Daerah Kabupaten Uji tentang Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {N}",
        ["Pendapatan daerah Rp 5,1 triliun; belanja daerah Rp 5,4 triliun."],
        d_apbd,
    )
    d_lap = dt.date(N - 1, 3, 15)
    b.pdf(
        f"/storage/dokumen/laporan-tahunan-ppid-{N - 2}.pdf",
        f"Laporan Tahunan Layanan Informasi Publik PPID Utama Kabupaten Uji Tahun {N - 2}",
        [f"Jumlah permohonan informasi Tahun {N - 2}: 143; dikabulkan 131; ditolak 4; dalam proses 8."],
        d_lap,
    )
    rp = f"{N - 5}-{N}"
    b.pdf(
        f"/storage/dokumen/rpjmd-{rp}.pdf",
        f"Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Kabupaten Uji Tahun {rp}",
        [f"Peraturan Daerah Kabupaten Uji Nomor 4 Tahun {N - 5} tentang RPJMD Tahun {rp}."],
        dt.date(N - 5, 9, 1),
    )
    rows = [
        ["1", f"RKPD Kabupaten Uji Tahun {N}", f"T.A. {N}", a(f"/storage/dokumen/rkpd-{N}.pdf", "Unduh")],
        [
            "2",
            "Laporan Penyelenggaraan Pemerintahan Daerah (LPPD)",
            f"T.A. {N - 1}",
            a(f"/storage/dokumen/lppd-{N - 1}.pdf", "Unduh"),
        ],
        [
            "3",
            "Laporan Keuangan Pemerintah Daerah (Audited)",
            f"T.A. {N - 1}",
            a(f"/storage/dokumen/lkpd-{N - 1}-audited.pdf", "Unduh"),
        ],
        ["4", "Perda APBD", f"T.A. {N}", a(f"/storage/dokumen/perda-apbd-{N}.pdf", "Unduh")],
        [
            "5",
            "Laporan Tahunan PPID Utama",
            f"T.A. {N - 2}",
            a(f"/storage/dokumen/laporan-tahunan-ppid-{N - 2}.pdf", "Unduh"),
        ],
        ["6", "RPJMD Kabupaten Uji", f"{N - 5} - {N}", a(f"/storage/dokumen/rpjmd-{rp}.pdf", "Unduh")],
        ["7", "Harta Kekayaan Pejabat", "-", a("/ppid/harta-kekayaan-pejabat", "Lihat")],
    ]
    page(
        "/ppid/informasi-berkala",
        "Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala",
        table(["No", "Jenis Informasi", "Tahun", "Dokumen"], rows),
    )
    b.label("program-kegiatan", P, f"RKPD {N}")
    b.label("laporan-kinerja", P, f"LPPD T.A. {N - 1}: the regency's performance report of last year (LPPD counts)")
    b.label("laporan-keuangan", P, f"LKPD audited T.A. {N - 1}")
    b.label("anggaran", P, f"Perda APBD T.A. {N}")
    b.label("laporan-layanan-informasi", S, f"newest annual PPID report is for {N - 2}", early=P)
    b.label("renstra", P, "RPJMD N-5..N covers N")

    b.pdf(
        f"/storage/lhkpn/ikhtisar-lhkpn-bupati-{N - 1}.pdf",
        f"Ikhtisar Laporan Harta Kekayaan Penyelenggara Negara - Bupati Uji - Periodik {N - 1}",
        [
            f"Tanggal penyampaian: {tgl(dt.date(N, 3, 4))}.",
            "Sumber: elhkpn.kpk.go.id",
            "Total harta kekayaan: Rp 4.812.550.000",
        ],
        dt.date(N, 3, 6),
    )
    page(
        "/ppid/harta-kekayaan-pejabat",
        "Harta Kekayaan Pejabat",
        table(
            ["Nama", "Jabatan", "Tahun Pelaporan", "Ikhtisar"],
            [
                [
                    "H. Ahmad Sutrisno, S.E., M.Si.",
                    "Bupati Uji",
                    f"Periodik {N - 1}",
                    a(f"/storage/lhkpn/ikhtisar-lhkpn-bupati-{N - 1}.pdf", "PDF"),
                ]
            ],
        )
        + "<p>Verifikasi di <a href='https://elhkpn.kpk.go.id/portal/user/check_lhkpn'>elhkpn.kpk.go.id</a></p>",
    )
    b.label("lhkpn", P, f"LHKPN Bupati periodik {N - 1}")

    # ---------------------------------------------------------------- serta merta: weather alerts (NOT an evacuation SOP)
    sm = [
        [tgl_singkat(dt.date(N, 10, 14)), "Peringatan Dini Cuaca Ekstrem dari BMKG untuk wilayah pesisir"],
        [tgl_singkat(dt.date(N, 8, 3)), "Gangguan Distribusi Air Bersih PDAM Zona Bukit Pelangi"],
    ]
    page(
        "/informasi-serta-merta",
        "Informasi yang Wajib Diumumkan Secara Serta Merta",
        table(["Tanggal", "Informasi"], sm),
    )
    b.label("serta-merta", P, "serta merta section with entries")
    b.label(
        "peringatan-dini", M, "only BMKG weather alerts under serta merta; no office early-warning/evacuation procedure"
    )

    page(
        "/informasi-setiap-saat",
        "Informasi yang Wajib Tersedia Setiap Saat",
        "<ul><li>Daftar Informasi Publik</li><li>Perjanjian dengan pihak ketiga</li><li>Rencana strategis</li>"
        "<li>Data perbendaharaan dan inventaris</li></ul>",
    )
    b.label("setiap-saat", P)

    b.pdf(
        f"/storage/dokumen/sk-dik-{N - 1}.pdf",
        f"Keputusan PPID Utama tentang Penetapan Informasi yang Dikecualikan Tahun {N - 1}",
        ["Lampiran: hasil uji konsekuensi.", "Informasi dikecualikan: data pribadi ASN, dokumen pengadaan rahasia."],
        dt.date(N - 1, 2, 10),
    )
    page(
        "/informasi-dikecualikan",
        "Informasi Dikecualikan",
        table(
            ["No", "Dokumen", "Tahun", ""],
            [
                [
                    "1",
                    "SK Penetapan Informasi yang Dikecualikan",
                    f"T.A. {N - 1}",
                    a(f"/storage/dokumen/sk-dik-{N - 1}.pdf", "Unduh"),
                ]
            ],
        ),
    )
    b.label("dik", S, f"DIK for {N - 1}", early=P)

    b.pdf(
        f"/storage/dokumen/sk-dip-{N}.pdf",
        f"Keputusan Bupati Uji Nomor 188.45/77/HK/II/{N} tentang Penetapan Daftar Informasi Publik",
        [f"Daftar Informasi Publik di lingkungan Pemerintah Kabupaten Uji Tahun Anggaran {N}."],
        dt.date(N, 2, 17),
    )
    page(
        "/dip",
        "Daftar Informasi Publik",
        table(
            ["No", "Dokumen", "Tahun", ""],
            [
                [
                    "1",
                    "SK Penetapan Daftar Informasi Publik",
                    f"T.A. {N}",
                    a(f"/storage/dokumen/sk-dip-{N}.pdf", "Unduh"),
                ]
            ],
        ),
    )
    b.label("dip", P, f"SK DIP {N}")

    # ---------------------------------------------------------------- PPID profile and services
    b.pdf(
        "/storage/dokumen/sk-ppid-2023.pdf",
        "Keputusan Bupati Uji Nomor 188.45/112/HK/III/2023 tentang Pejabat Pengelola Informasi dan Dokumentasi",
        ["Menetapkan Kepala Dinas Kominfo Staper sebagai PPID Utama."],
        dt.date(2023, 3, 14),
    )
    page(
        "/ppid",
        "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Kabupaten Uji",
        "<p>PPID Utama Kabupaten Uji dijalankan oleh Dinas Komunikasi, Informatika, Statistik dan Persandian.</p>"
        f"<p>Dasar hukum: {a('/storage/dokumen/sk-ppid-2023.pdf', 'SK Bupati tentang PPID (188.45/112/HK/III/2023)')}</p>"
        "<div class='card'><div class='card-body'><h5>Kontak PPID Utama</h5>"
        "<p>Jl. Soekarno-Hatta No. 1, Bukit Pelangi<br>Telp. (0549) 521 0451<br>Email: ppid@ujikab.go.id</p></div></div>",
    )
    b.label("sk-ppid", P, "SK PPID 2023 (static)")
    b.label("kontak-ppid", P)

    page(
        "/ppid/tata-cara",
        "Tata Cara Memperoleh Informasi Publik",
        "<ol><li>Pemohon mengisi formulir permohonan informasi secara daring atau datang langsung.</li>"
        "<li>PPID memberikan jawaban paling lambat 10 hari kerja, dapat diperpanjang 7 hari kerja.</li>"
        "<li>Apabila tidak puas, pemohon dapat mengajukan keberatan kepada atasan PPID dalam 30 hari kerja.</li>"
        "<li>Sengketa informasi diajukan ke Komisi Informasi Provinsi.</li></ol>",
    )
    b.label("tata-cara-informasi", P)
    b.broken("/storage/dokumen/maklumat-pelayanan-ppid.pdf", "404")
    page(
        "/ppid/maklumat",
        "Maklumat Pelayanan",
        f"<p>{a('/storage/dokumen/maklumat-pelayanan-ppid.pdf', 'Unduh Maklumat Pelayanan Informasi Publik (PDF)')}</p>",
    )
    b.label("maklumat", B, "the only maklumat is a PDF link that answers 404")
    for slug, judul in (
        ("sop-permohonan", "SOP Pelayanan Permohonan Informasi Publik"),
        ("sop-keberatan", "SOP Penanganan Keberatan Informasi Publik"),
        ("sop-uji-konsekuensi", "SOP Uji Konsekuensi Informasi Dikecualikan"),
    ):
        b.pdf(
            f"/storage/sop/{slug}.pdf", judul, ["Standar operasional prosedur PPID Kabupaten Uji."], dt.date(2023, 5, 2)
        )
    page(
        "/ppid/sop",
        "Standar Operasional Prosedur PPID",
        "<ul>"
        + "".join(
            f"<li>{a(f'/storage/sop/{s}.pdf', j)}</li>"
            for s, j in (
                ("sop-permohonan", "SOP Pelayanan Permohonan Informasi Publik"),
                ("sop-keberatan", "SOP Penanganan Keberatan Informasi Publik"),
                ("sop-uji-konsekuensi", "SOP Uji Konsekuensi Informasi Dikecualikan"),
            )
        )
        + "</ul>",
    )
    b.label("sop-ppid", P)
    page(
        "/permohonan-informasi",
        "Formulir Permohonan Informasi Publik",
        form(
            "/permohonan-informasi/kirim",
            [
                ("nama", "Nama Lengkap"),
                ("nik", "NIK"),
                ("email", "Email"),
                ("telepon", "No. Telepon"),
                ("textarea:rincian", "Rincian Informasi yang Dibutuhkan"),
                ("textarea:tujuan", "Tujuan Penggunaan Informasi"),
            ],
            "Kirim Permohonan",
        ),
    )
    b.label("form-permohonan", P)
    page(
        "/pengajuan-keberatan",
        "Formulir Pengajuan Keberatan",
        form(
            "/pengajuan-keberatan/kirim",
            [
                ("nomor_registrasi", "Nomor Registrasi Permohonan"),
                ("nama", "Nama"),
                ("email", "Email"),
                (
                    "select:alasan=Permohonan ditolak|Informasi berkala tidak disediakan|Permohonan tidak ditanggapi",
                    "Alasan Keberatan",
                ),
                ("textarea:kasus", "Kasus Posisi"),
            ],
            "Ajukan Keberatan",
        ),
    )
    b.label("form-keberatan", P)
    page(
        "/pengaduan",
        "Pengaduan Masyarakat",
        "<p>Sampaikan pengaduan atas penyalahgunaan wewenang atau pelanggaran oleh aparatur melalui SP4N-LAPOR!</p>"
        "<p><a href='https://www.lapor.go.id/'>www.lapor.go.id</a> &middot; SMS 1708</p>"
        "<p>Tata cara: tulis laporan, lengkapi bukti, pantau tindak lanjut melalui nomor tiket.</p>",
    )
    b.label("pengaduan", P)
    page(
        "/pengadaan",
        "Pengadaan Barang dan Jasa",
        "<ul><li><a href='https://lpse.ujikab.go.id/eproc4'>LPSE Kabupaten Uji</a></li>"
        "<li><a href='https://sirup.lkpp.go.id/sirup/rekap/klpd/D999'>Rencana Umum Pengadaan (SiRUP)</a></li></ul>",
    )
    b.label("pengadaan", P)
    b.label("regulasi", P, "JDIH link in the main menu")

    page("/berita", "Berita", f"<ul><li>{a('/berita/seleksi-pppk-' + str(N), 'Pengumuman Seleksi PPPK')}</li></ul>")
    page(
        f"/berita/seleksi-pppk-{N}",
        f"Pengumuman Seleksi Pengadaan PPPK Kabupaten Uji Tahun {N}",
        f"<p class='text-muted'>{tgl_singkat(news_pppk)}</p><p>Pemerintah Kabupaten Uji membuka seleksi Pegawai Pemerintah "
        f"dengan Perjanjian Kerja (PPPK) formasi tenaga teknis Tahun {N}. Pendaftaran melalui sscasn.bkn.go.id.</p>",
    )
    page(
        "/berita/bupati-resmikan-jembatan",
        "Bupati Resmikan Jembatan Sungai Uji",
        "<p>Jembatan sepanjang 120 meter...</p>",
    )
    b.label("ketenagakerjaan", P, "PPPK recruitment announcement")

    # ---------------------------------------------------------------- PPID Pelaksana pages hosted here
    page("/ppid-pelaksana", "PPID Pelaksana", f"<ul><li>{a('/ppid-pelaksana/dinas-sosial', 'Dinas Sosial')}</li></ul>")
    b.pdf(
        f"/storage/pelaksana/dinsos/dip-dinsos-{N}.pdf",
        f"Daftar Informasi Publik Dinas Sosial Kabupaten Uji Tahun {N}",
        ["Ringkasan isi informasi, pejabat penguasa informasi, bentuk informasi, jangka waktu penyimpanan."],
        dt.date(N, 2, 24),
    )
    b.pdf(
        f"/storage/pelaksana/dinsos/dik-dinsos-{N - 2}.pdf",
        f"Daftar Informasi yang Dikecualikan Dinas Sosial Tahun {N - 2}",
        ["Data penerima bantuan yang memuat NIK dikecualikan berdasarkan uji konsekuensi."],
        dt.date(N - 2, 3, 5),
    )
    page(
        "/ppid-pelaksana/dinas-sosial",
        "PPID Pelaksana Dinas Sosial",
        table(
            ["Dokumen", "Tahun", ""],
            [
                [
                    "Daftar Informasi Publik Dinas Sosial",
                    str(N),
                    a(f"/storage/pelaksana/dinsos/dip-dinsos-{N}.pdf", "Unduh"),
                ],
                [
                    "Daftar Informasi yang Dikecualikan Dinas Sosial",
                    str(N - 2),
                    a(f"/storage/pelaksana/dinsos/dik-dinsos-{N - 2}.pdf", "Unduh"),
                ],
            ],
        ),
    )
    return b.spec
