"""The regency portal of Kabupaten Kelima (PPID Utama, a JavaScript front end) and Dinkes, an OPD sub-site on it.

The portal's PPID lists (berkala, serta merta, setiap saat) arrive after load: the HTML holds an empty
container and a script that fetch()es /api/v1/ppid/dokumen?kategori=... and draws the table. A person with a
browser sees the documents; the HTML alone has none. Dinkes's pages live under /opd/dinkes/ on the same host and
link to the regency's request form, complaint page and JDIH.
"""

from __future__ import annotations

import datetime as dt

from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, tgl

from worlds.kelima._html import a, frame, json_page, rest_missing, scan

NAV = [
    ("/", "Beranda"),
    ("/profil", "Profil Daerah"),
    ("/berita", "Berita"),
    ("/ppid", "PPID"),
    ("/jdih/", "JDIH"),
    ("/pengaduan", "Pengaduan"),
    ("/perangkat-daerah", "Perangkat Daerah"),
]
FOOT = (
    "<p>Pemerintah Kabupaten Kelima &middot; Jl. Soekarno-Hatta No. 1, Bukit Pelangi, Kelima 75611</p>"
    "<p>&copy; Diskominfo Staper Kab. Kelima</p>"
)

JS_LIST = """<div id="daftar-dokumen" data-kategori="{kat}"><p class="loading">Memuat data...</p></div>
<noscript>Aktifkan JavaScript untuk melihat daftar dokumen.</noscript>
<script>
document.addEventListener('DOMContentLoaded', function () {{
  fetch('/api/v1/ppid/dokumen?kategori={kat}', {{headers: {{'Accept': 'application/json'}}}})
    .then(function (r) {{ return r.json(); }})
    .then(function (res) {{
      var rows = res.data.map(function (d, i) {{
        return '<tr><td>' + (i + 1) + '</td><td>' + d.judul + '</td><td>' + d.tahun + '</td><td>' + d.tanggal +
               '</td><td><a href="' + d.file_url + '" target="_blank">Unduh</a></td></tr>';
      }});
      document.getElementById('daftar-dokumen').innerHTML = '<table class="table"><thead><tr><th>No</th>' +
        '<th>Judul</th><th>Tahun</th><th>Tanggal Unggah</th><th>File</th></tr></thead><tbody>' + rows.join('') +
        '</tbody></table>';
    }});
}});
</script>"""


def build(as_of: dt.date) -> SiteBuilder:
    b = SiteBuilder(
        as_of,
        "pemkab",
        "Pemerintah Kabupaten Kelima",
        "pemkab",
        None,
        "ppid@kelimakab.go.id",
        "regency portal, PPID lists drawn by JavaScript from a JSON API",
    )
    N = b.N
    pg = lambda path, title, body: b.page(path, frame(title, NAV, body, FOOT))  # noqa: E731

    pg(
        "/",
        "Selamat Datang di Portal Resmi Kabupaten Kelima",
        "<section><h2>Berita Terkini</h2><ul>"
        f"<li>{a('/berita/bupati-terima-wtp', f'Kelima Raih Opini WTP Kedelapan Kali atas LKPD TA {N - 1}')}</li>"
        f"<li>{a('/berita/simulasi-evakuasi-sekolah', 'BPBD Gelar Simulasi Evakuasi Gempa di SDN 004 Bukit Pelangi')}</li>"
        f"<li>{a('/berita/pppk-2026', f'Pengumuman Seleksi PPPK Tahap II Tahun {N}')}</li></ul></section>"
        "<section><h2>Layanan</h2>"
        f"{a('https://lpse.kelimakab.go.id/eproc4', 'LPSE')} | {a('https://sirup.lkpp.go.id/sirup/ro/rekap/klpd/D999', 'SiRUP')}"
        f" | {a('https://www.lapor.go.id', 'SP4N-LAPOR!')}</section>",
    )
    pg(
        "/profil",
        "Profil Daerah",
        "<h2>Visi dan Misi</h2><p>Terwujudnya Kabupaten Kelima yang Maju, Sejahtera dan Berkeadilan.</p>"
        "<h2>Struktur Organisasi Pemerintah Daerah</h2><p>Bupati, Wakil Bupati, Sekretaris Daerah, 3 Asisten, "
        "38 Perangkat Daerah dan 18 Kecamatan.</p><h2>Alamat</h2><p>Jl. Soekarno-Hatta No. 1, Bukit Pelangi</p>",
    )
    b.label("profil", P, "Profil Daerah: visi misi, struktur, alamat")
    b.label("pengadaan", P, "links to LPSE and SiRUP on the home page (external, working in reality)")

    # news: one merely mentions evacuation (a school drill by BPBD, not the office's own procedure)
    pg(
        "/berita",
        "Berita",
        "<ul>"
        + "".join(
            f"<li>{a(h, t)}</li>"
            for h, t in [
                ("/berita/bupati-terima-wtp", "Kelima Raih Opini WTP Kedelapan Kali"),
                ("/berita/simulasi-evakuasi-sekolah", "BPBD Gelar Simulasi Evakuasi Gempa"),
                ("/berita/pppk-2026", "Pengumuman Seleksi PPPK"),
            ]
        )
        + "</ul>",
    )
    pg(
        "/berita/bupati-terima-wtp",
        f"Kelima Raih Opini WTP Kedelapan Kali atas LKPD TA {N - 1}",
        f"<p class='meta'>Senin (26/5/{N})</p><p>BPK RI Perwakilan Kaltim menyerahkan LHP atas Laporan Keuangan "
        f"Pemerintah Daerah Tahun Anggaran {N - 1} kepada Bupati Kelima.</p>",
    )
    pg(
        "/berita/simulasi-evakuasi-sekolah",
        "BPBD Gelar Simulasi Evakuasi Gempa di SDN 004 Bukit Pelangi",
        f"<p class='meta'>Kamis, 18 September {N}</p><p>Ratusan siswa mengikuti simulasi jalur evakuasi dan "
        "titik kumpul yang dipandu relawan BPBD.</p>",
    )
    b.label("peringatan-dini", M, "only news of a school drill; no early-warning/evacuation procedure of the office")
    pg(
        "/berita/pppk-2026",
        f"Pengumuman Seleksi PPPK Tahap II Tahun {N}",
        f"<p class='meta'>Rabu, 10 September {N}</p><p>Pemerintah Kabupaten Kelima membuka seleksi Pegawai "
        "Pemerintah dengan Perjanjian Kerja (PPPK) Tahap II formasi guru, tenaga kesehatan dan teknis.</p>",
    )
    b.label("ketenagakerjaan", P, "PPPK recruitment announcement of year N")

    pg(
        "/jdih/",
        "JDIH Kabupaten Kelima",
        "<p>Jaringan Dokumentasi dan Informasi Hukum</p><table class='table'><tr><th>Nomor</th><th>Judul</th></tr>"
        f"<tr><td>Perda No. 1 Tahun {N}</td><td>Pajak Daerah dan Retribusi Daerah</td></tr>"
        f"<tr><td>Perbup No. 14 Tahun {N}</td><td>Standar Biaya Umum</td></tr></table>",
    )
    b.label("regulasi", P, "JDIH page with Perda and Perbup")
    pg(
        "/pengaduan",
        "Layanan Pengaduan Masyarakat",
        "<p>Sampaikan pengaduan Anda melalui SP4N-LAPOR! "
        f"{a('https://www.lapor.go.id/instansi/pemerintah-kabupaten-kelima', 'lapor.go.id')} atau SMS 1708.</p>"
        "<h3>Alur Pengaduan</h3><ol><li>Tulis laporan</li><li>Verifikasi admin</li><li>Tindak lanjut OPD</li></ol>",
    )
    b.label("pengaduan", P, "complaint page with SP4N-LAPOR link and flow")
    pg(
        "/perangkat-daerah",
        "Perangkat Daerah",
        "<ul>"
        f"<li>{a('/opd/dinkes/', 'Dinas Kesehatan')}</li><li>Badan Pengelolaan Keuangan dan Aset Daerah</li>"
        "<li>Dinas Perhubungan</li></ul>",
    )

    # --- PPID Utama -------------------------------------------------------------------------------
    ppid_nav = [
        ("/ppid/profil", "Profil PPID"),
        ("/ppid/informasi-berkala", "Informasi Berkala"),
        ("/ppid/informasi-serta-merta", "Informasi Serta Merta"),
        ("/ppid/informasi-setiap-saat", "Informasi Setiap Saat"),
        ("/ppid/informasi-dikecualikan", "Informasi Dikecualikan"),
        ("/ppid/tata-cara", "Tata Cara"),
        ("/ppid/maklumat", "Maklumat Pelayanan"),
        ("/ppid/permohonan", "Permohonan Informasi"),
        ("/ppid/keberatan", "Pengajuan Keberatan"),
    ]
    side = "<ul class='sidebar'>" + "".join(f"<li>{a(h, t)}</li>" for h, t in ppid_nav) + "</ul>"
    kontak = (
        "<div class='kontak'><h4>Kontak PPID Utama</h4><p>Gedung Diskominfo Staper Lt. 2, Bukit Pelangi<br>"
        "Telp. (0549) 21 0123 &middot; Email: ppid@kelimakab.go.id</p></div>"
    )
    ppg = lambda path, title, body: pg(path, title, side + body + kontak)  # noqa: E731
    ppg("/ppid", "PPID Kabupaten Kelima", "<p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) Utama.</p>")
    b.label("menu-ppid", P, "PPID in the main nav")
    b.label("kontak-ppid", P, "PPID Utama contact block with phone and e-mail")
    ppg(
        "/ppid/profil",
        "Profil PPID",
        "<p>Dasar hukum: " + a("/storage/ppid/sk-ppid-2025.pdf", "Keputusan Bupati tentang PPID") + "</p>"
        "<p>" + a("/storage/ppid/sop-pelayanan-informasi.pdf", "SOP Pelayanan Informasi Publik") + "</p>",
    )
    b.pdf(
        "/storage/ppid/sk-ppid-2025.pdf",
        "KEPUTUSAN BUPATI KELIMA NOMOR 188.45/112/HK/2025",
        [
            "TENTANG",
            "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI DI LINGKUNGAN PEMERINTAH KABUPATEN KELIMA",
            "Menetapkan Sekretaris Daerah sebagai Atasan PPID dan Kepala Diskominfo Staper sebagai PPID Utama.",
        ],
        dt.date(N - 1, 2, 3),
    )
    b.label("sk-ppid", P, "SK Bupati on PPID")
    b.broken("/storage/ppid/sop-pelayanan-informasi.pdf", "404")
    b.label("sop-ppid", B, "the only SOP link 404s")
    ppg(
        "/ppid/tata-cara",
        "Tata Cara Memperoleh Informasi Publik",
        "<ol><li>Pemohon mengisi formulir permohonan secara langsung atau daring.</li><li>PPID memberikan "
        "tanggapan paling lambat 10 hari kerja.</li><li>Apabila tidak puas, pemohon dapat mengajukan keberatan "
        "kepada Atasan PPID, dan sengketa ke Komisi Informasi Provinsi.</li></ol>",
    )
    b.label("tata-cara-informasi", P, "procedure incl. objection and dispute")
    ppg(
        "/ppid/maklumat",
        "Maklumat Pelayanan Informasi Publik",
        "<blockquote>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar...</blockquote>"
        "<p>Jam layanan: Senin&ndash;Kamis 08.00&ndash;15.30 WITA, Jumat 08.00&ndash;11.00 WITA. Biaya: gratis.</p>",
    )
    b.label("maklumat", P, "maklumat with hours and cost")
    form = (
        "<form method='post' action='/ppid/{act}/kirim'><label>Nama Lengkap <input name='nama'></label>"
        "<label>NIK <input name='nik'></label><label>Email <input name='email'></label>"
        "<label>No. HP <input name='telepon'></label><label>{what} <textarea name='isi'></textarea></label>"
        "<button type='submit'>Kirim</button></form>"
    )
    ppg(
        "/ppid/permohonan",
        "Formulir Permohonan Informasi Publik",
        form.format(act="permohonan", what="Rincian Informasi yang Dibutuhkan"),
    )
    b.label("form-permohonan", P, "online request form")
    ppg("/ppid/keberatan", "Formulir Pengajuan Keberatan", form.format(act="keberatan", what="Alasan Keberatan"))
    b.label("form-keberatan", P, "online objection form")

    docs = {"berkala": [], "serta-merta": [], "setiap-saat": []}

    def doc(kat, slug, judul, tahun, date, lines):
        path = f"/storage/dokumen/{slug}.pdf"
        b.pdf(path, judul, lines, date)
        docs[kat].append(
            {
                "id": len(sum(docs.values(), [])) + 1,
                "judul": judul,
                "tahun": str(tahun),
                "tanggal": date.strftime("%d-%m-%Y"),
                "file_url": path,
            }
        )

    doc(
        "berkala",
        "rpjmd-2021-2026",
        "RPJMD Kabupaten Kelima 2021-2026",
        "2021-2026",
        dt.date(N - 5, 8, 2),
        ["Peraturan Daerah tentang Rencana Pembangunan Jangka Menengah Daerah Tahun 2021-2026"],
    )
    b.label("renstra", P, "RPJMD 2021-2026 covers N (JS list)")
    doc(
        "berkala",
        f"rkpd-{N}",
        f"RKPD Kabupaten Kelima Tahun {N}",
        N,
        dt.date(N - 1, 6, 20),
        [f"Rencana Kerja Pemerintah Daerah Tahun {N}: program prioritas dan pagu indikatif."],
    )
    b.label("program-kegiatan", P, "RKPD N (JS list)")
    doc(
        "berkala",
        f"lkjip-{N - 2}",
        f"LKjIP Pemerintah Kabupaten Kelima Tahun {N - 2}",
        N - 2,
        dt.date(N - 1, 3, 28),
        [f"Laporan Kinerja Instansi Pemerintah Tahun {N - 2}."],
    )
    b.label("laporan-kinerja", S, "newest LKjIP is N-2", early=P)
    doc(
        "berkala",
        f"lkpd-{N - 1}",
        f"LKPD Audited TA {N - 1}",
        N - 1,
        dt.date(N, 6, 2),
        [f"Laporan Keuangan Pemerintah Daerah Tahun Anggaran {N - 1} (audited): LRA, Neraca, LO, CaLK."],
    )
    b.label("laporan-keuangan", P, "LKPD N-1")
    doc(
        "berkala",
        f"apbd-{N}",
        f"Perda APBD TA {N}",
        N,
        dt.date(N - 1, 12, 20),
        [f"Peraturan Daerah tentang Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {N}."],
    )
    b.label("anggaran", P, "Perda APBD N")
    doc(
        "berkala",
        f"lap-layanan-{N - 1}",
        f"Laporan Layanan Informasi Publik PPID Tahun {N - 1}",
        N - 1,
        dt.date(N, 2, 14),
        [f"Rekapitulasi permohonan informasi tahun {N - 1}: 212 permohonan, 3 keberatan."],
    )
    b.label("laporan-layanan-informasi", P, "service report N-1")
    doc(
        "berkala",
        f"lhkpn-bupati-{N - 3}",
        f"LHKPN Bupati Kelima Tahun {N - 3}",
        N - 3,
        dt.date(N - 2, 4, 1),
        [f"Ringkasan Laporan Harta Kekayaan Penyelenggara Negara periodik {N - 3}."],
    )
    b.label("lhkpn", S, "newest LHKPN is N-3")
    doc(
        "berkala",
        f"dip-{N}",
        f"Daftar Informasi Publik (DIP) Pemkab Kelima Tahun {N}",
        N,
        dt.date(N, 1, 20),
        [f"Keputusan PPID Utama tentang Daftar Informasi Publik Tahun {N}."],
    )
    b.label("dip", P, "DIP N (JS list)")
    doc(
        "serta-merta",
        f"siaga-banjir-{N}",
        "Pengumuman Status Siaga Darurat Banjir Kec. Telaga Batu",
        N,
        dt.date(N, 10, 3),
        [f"Status siaga darurat banjir ditetapkan 3 Oktober {N} selama 14 hari."],
    )
    b.label("serta-merta", P, "JS list of serta merta with an N announcement")
    doc(
        "setiap-saat",
        "daftar-aset-tanah",
        "Daftar Aset Tanah Pemerintah Kabupaten Kelima",
        N - 1,
        dt.date(N - 1, 11, 5),
        ["Daftar inventaris aset tanah per 31 Oktober."],
    )
    b.label("setiap-saat", P, "JS list of setiap saat")
    for kat, judul in (
        ("berkala", "Informasi Berkala"),
        ("serta-merta", "Informasi Serta Merta"),
        ("setiap-saat", "Informasi Setiap Saat"),
    ):
        ppg(f"/ppid/informasi-{kat}", judul, JS_LIST.format(kat=kat))
        json_page(b, f"/api/v1/ppid/dokumen?kategori={kat}", {"status": "success", "data": docs[kat]})

    ppg(
        "/ppid/informasi-dikecualikan",
        "Informasi yang Dikecualikan",
        f"<p>{a(f'/storage/ppid/sk-dik-{N - 2}.pdf', f'SK Penetapan Informasi Dikecualikan Tahun {N - 2}')}</p>",
    )
    b.pdf(
        f"/storage/ppid/sk-dik-{N - 2}.pdf",
        f"PENETAPAN DAFTAR INFORMASI YANG DIKECUALIKAN TAHUN {N - 2}",
        ["Berdasarkan hasil Uji Konsekuensi ..."],
        dt.date(N - 2, 3, 10),
    )
    b.label("dik", S, "DIK N-2")
    rest_missing(b, "not on the portal")
    return b


def build_dinkes(as_of: dt.date) -> SiteBuilder:
    """Dinkes: pages under /opd/dinkes/ on the regency portal's host; PPID links go to the regency's services."""
    b = SiteBuilder(
        as_of,
        "dinkes",
        "Dinas Kesehatan Kabupaten Kelima",
        "opd",
        "pemkab",
        "dinkes@kelimakab.go.id",
        "OPD sub-site under the regency portal (/opd/dinkes/)",
    )
    b.spec.hosted_on = "pemkab"
    b.spec.start_path = "/opd/dinkes/"
    N = b.N
    r = "/opd/dinkes"
    nav = [
        (f"{r}/", "Beranda"),
        (f"{r}/profil", "Profil"),
        (f"{r}/ppid", "PPID Pelaksana"),
        (f"{r}/berita", "Berita"),
        ("/", "Portal Kabupaten"),
    ]
    pg = lambda path, title, body: b.page(path, frame(title, nav, body, "<p>Dinas Kesehatan Kab. Kelima</p>"))  # noqa: E731
    pg(
        f"{r}/",
        "Dinas Kesehatan Kabupaten Kelima",
        f"<p>Selamat datang. {a(f'{r}/berita/waspada-dbd', 'Waspada DBD di Musim Hujan')}</p>",
    )
    pg(
        f"{r}/profil",
        "Profil Dinas Kesehatan",
        "<h2>Tugas Pokok dan Fungsi</h2><p>Membantu Bupati melaksanakan urusan pemerintahan bidang kesehatan.</p>"
        "<h2>Struktur Organisasi</h2><p>Kepala Dinas: dr. H. Rahmat Hidayat, M.Kes</p>",
    )
    b.label("profil", P, "tupoksi and structure")
    pg(
        f"{r}/berita",
        "Berita",
        f"<ul><li>{a(f'{r}/berita/waspada-dbd', 'Waspada DBD')}</li>"
        f"<li>{a(f'{r}/berita/nusantara-sehat', 'Rekrutmen Nusantara Sehat')}</li></ul>",
    )
    pg(
        f"{r}/berita/waspada-dbd",
        "Waspada DBD di Musim Hujan",
        f"<p>Selasa (4/11/{N})</p><p>Dinkes mengimbau masyarakat melakukan 3M Plus ...</p>",
    )
    pg(
        f"{r}/berita/nusantara-sehat",
        f"Rekrutmen Tenaga Kesehatan Nusantara Sehat {N}",
        f"<p>Jumat, 13 Juni {N}</p><p>Pendaftaran dibuka bagi dokter, perawat dan bidan; formasi 24 orang.</p>",
    )
    b.label("ketenagakerjaan", P, "recruitment announcement N")
    pg(
        f"{r}/ppid",
        "PPID Pelaksana Dinas Kesehatan",
        "<ul>"
        f"<li>{a('/ppid/permohonan', 'Ajukan Permohonan Informasi (PPID Kabupaten)')}</li>"
        f"<li>{a('/pengaduan', 'Layanan Pengaduan')}</li><li>{a('/jdih/', 'Produk Hukum (JDIH)')}</li>"
        f"<li>{a(f'{r}/ppid/serta-merta', 'Informasi Serta Merta')}</li>"
        f"<li>{a(f'{r}/ppid/peringatan-dini', 'Prosedur Peringatan Dini dan Evakuasi')}</li></ul>"
        "<h3>Dokumen</h3><ul>"
        f"<li>{a(f'{r}/files/renstra-dinkes-2021-2026.pdf', 'Renstra Dinkes 2021-2026')}</li>"
        f"<li>{a(f'{r}/files/renja-dinkes.pdf', 'Renja Dinas Kesehatan')}</li>"
        f"<li>{a(f'{r}/files/lkjip-{N - 1}.pdf', f'LKjIP Dinkes {N - 1}')}</li>"
        f"<li>{a(f'{r}/files/scan_dip_0031.pdf', 'DIP Dinkes')}</li></ul>"
        "<p>Kontak PPID Pelaksana: ppid.dinkes@kelimakab.go.id, WA 0812-5500-7721</p>",
    )
    b.label("menu-ppid", P, "PPID Pelaksana in the nav")
    b.label("form-permohonan", P, "links to the regency's request form")
    b.label("pengaduan", P, "links to the regency's complaint page (SP4N-LAPOR)")
    b.label("regulasi", P, "links to the regency JDIH")
    b.label("kontak-ppid", P, "PPID Pelaksana e-mail and WA")
    b.pdf(
        f"{r}/files/renstra-dinkes-2021-2026.pdf",
        "RENCANA STRATEGIS DINAS KESEHATAN 2021-2026",
        ["Renstra Perangkat Daerah periode 2021-2026."],
        dt.date(N - 5, 9, 1),
    )
    b.label("renstra", P, "Renstra 2021-2026")
    b.pdf(
        f"{r}/files/renja-dinkes.pdf",
        f"RENCANA KERJA (RENJA) DINAS KESEHATAN TAHUN {N - 1}",
        [f"Program dan kegiatan Tahun Anggaran {N - 1}."],
        dt.date(N - 2, 7, 1),
    )
    b.label("program-kegiatan", S, "Renja is for N-1 (year only inside the PDF)", early=P)
    b.pdf(
        f"{r}/files/lkjip-{N - 1}.pdf",
        f"Laporan Kinerja Instansi Pemerintah Dinas Kesehatan Tahun {N - 1}",
        ["Capaian indikator kinerja utama ..."],
        dt.date(N, 2, 27),
    )
    b.label("laporan-kinerja", P, "LKjIP N-1")
    scan(
        b,
        f"{r}/files/scan_dip_0031.pdf",
        ["PEMERINTAH KABUPATEN KELIMA", "DINAS KESEHATAN"],
        ["DAFTAR INFORMASI PUBLIK", f"TAHUN {N}"],
        ["Ditetapkan di Bukit Pelangi", f"pada tanggal 6 Januari {N}"],
        dt.date(N, 1, 6),
    )
    b.label("dip", P, "scanned DIP: the picture says TAHUN N")
    pg(
        f"{r}/ppid/serta-merta",
        "Informasi Serta Merta",
        f"<ul><li>{tgl(dt.date(N, 11, 4))} &mdash; {a(f'{r}/berita/waspada-dbd', 'Waspada DBD di Musim Hujan')}</li>"
        "</ul>",
    )
    b.label("serta-merta", P, "serta merta section with an N outbreak warning")
    pg(
        f"{r}/ppid/peringatan-dini",
        "Prosedur Peringatan Dini dan Evakuasi",
        "<div class='alert'>Konten belum tersedia.</div>",
    )
    b.label("peringatan-dini", M, "empty template page")
    rest_missing(b, "not on the Dinkes pages")
    return b
