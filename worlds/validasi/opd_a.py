"""Three OPD of Kabupaten Validasi: Diskominfo (WordPress + REST media), Disdikbud (Lokomedia), Dinkes (Joomla)."""

from __future__ import annotations

import datetime as dt

from worlds.validasi._kit import B, BULAN, M, P, PDF, PNG, S, SiteBuilder, a, base, esc, form, table, ul, wita, wp_media
from kipmon.demo.sites.common import XLSX

PEMKAB = "pemkab-val"


# ---------------------------------------------------------------------------------------------------------
# Diskominfo Staper: WordPress (Astra-like theme), PPID pages under /ppid/, files under /wp-content/uploads/
# ---------------------------------------------------------------------------------------------------------


def _wp(title: str, content: str, *, date: dt.date | None = None) -> str:
    menu = ul(
        [
            a("/", "Beranda"),
            a("/profil/", "Profil")
            + ul(
                [
                    a("/profil/", "Visi, Misi, Tugas dan Fungsi"),
                    a("/profil/struktur-organisasi/", "Struktur Organisasi"),
                ],
                "sub-menu",
            ),
            a("/berita/", "Berita"),
            a("/ppid/", "PPID")
            + ul(
                [
                    a("/ppid/informasi-berkala/", "Informasi Berkala"),
                    a("/ppid/informasi-serta-merta/", "Informasi Serta Merta"),
                    a("/ppid/informasi-setiap-saat/", "Informasi Setiap Saat"),
                    a("/ppid/informasi-dikecualikan/", "Informasi Dikecualikan"),
                    a("/ppid/regulasi/", "Regulasi"),
                    a("/ppid/tata-cara-memperoleh-informasi/", "Tata Cara Memperoleh Informasi"),
                    a("/ppid/maklumat-pelayanan/", "Maklumat Pelayanan"),
                ],
                "sub-menu",
            ),
            a("/pengadaan-barang-dan-jasa/", "Pengadaan Barang dan Jasa"),
            a("/kontak/", "Kontak"),
        ],
        "main-header-menu",
    )
    meta = f'<div class="entry-meta">Diposting pada <time>{wita(date)}</time> oleh admin</div>' if date else ""
    return (
        '<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">'
        f"<title>{esc(title)} &#8211; Diskominfo Staper Kabupaten Validasi</title>"
        '<link rel="https://api.w.org/" href="/wp-json/"><meta name="generator" content="WordPress 6.6.2">'
        '</head><body class="page-template-default ast-page-builder-template">'
        f'<header class="site-header"><p class="site-title">Diskominfo Staper</p><nav>{menu}</nav></header>'
        f'<div id="content"><article><h1 class="entry-title">{esc(title)}</h1>{meta}'
        f'<div class="entry-content">{content}</div></article></div>'
        '<footer class="site-footer"><div class="widget"><h4>PPID Pelaksana Diskominfo Staper</h4>'
        "<p>Jl. Soekarno-Hatta No. 3, Sangata Baru<br>Telp. (0549) 21017<br>Email: ppid.diskominfo@kabvalidasi.go.id"
        "</p></div><p>&copy; Diskominfo Staper Kabupaten Validasi | Ditenagai WordPress</p></footer></body></html>"
    )


def build_diskominfo(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "diskominfo-val",
        "Dinas Komunikasi, Informatika, Statistik dan Persandian",
        "opd",
        PEMKAB,
        "ppid.diskominfo@kabvalidasi.go.id",
        "WordPress OPD site with a public REST media list",
    )
    up = "/wp-content/uploads"
    media: list[tuple[int, str, str, dt.date, str]] = []

    def pdf(path, title, lines, d, mid):
        b.pdf(path, title, lines, d)
        media.append((mid, title, path, d, PDF))
        return path

    b.page(
        "/",
        _wp(
            "Beranda",
            (
                "<h2>Berita Terbaru</h2>"
                + ul(
                    [
                        a(
                            f"/{N}/03/03/kadis-imbau-asn-lapor-lhkpn-tepat-waktu/",
                            "Kadis Imbau ASN Wajib Lapor LHKPN Tepat Waktu",
                        ),
                        a(
                            f"/{N}/08/12/gangguan-layanan-internet-di-lingkungan-perkantoran-bukit-harapan/",
                            "Gangguan Layanan Internet di Lingkungan Perkantoran Bukit Harapan",
                        ),
                    ]
                )
            ),
        ),
    )
    b.label("menu-ppid", P, "menu PPID dengan submenu")
    b.page(
        "/profil/",
        _wp(
            "Visi, Misi, Tugas dan Fungsi",
            (
                "<p><b>Visi</b>: Terwujudnya tata kelola informasi dan komunikasi yang terpadu.</p><p><b>Tugas</b>: membantu "
                "Bupati melaksanakan urusan pemerintahan bidang komunikasi dan informatika, statistik dan persandian.</p>"
            ),
        ),
    )
    b.page(
        "/profil/struktur-organisasi/",
        _wp(
            "Struktur Organisasi",
            (
                f'<img src="{up}/{N - 1}/01/struktur-diskominfo.png" alt="Struktur Organisasi Diskominfo Staper">'
                "<p>Kepala Dinas: Ronal Siburian, S.Kom., M.Si.</p>"
            ),
        ),
    )
    b.page(f"{up}/{N - 1}/01/struktur-diskominfo.png", PNG, content_type="image/png")
    b.label("profil", P, "visi, tugas, struktur")
    b.page(
        f"/{N}/03/03/kadis-imbau-asn-lapor-lhkpn-tepat-waktu/",
        _wp(
            "Kadis Imbau ASN Wajib Lapor LHKPN Tepat Waktu",
            f"<p>Batas penyampaian LHKPN periodik tahun {N - 1} adalah 31 Maret {N}. Kepala Dinas mengimbau seluruh "
            "pejabat wajib lapor di lingkungan Diskominfo Staper segera mengisi e-LHKPN.</p>",
            date=dt.date(N, 3, 3),
        ),
        date=dt.date(N, 3, 3),
    )
    b.label("lhkpn", M, "hanya berita imbauan lapor LHKPN; tidak ada LHKPN pimpinan")
    b.page(
        f"/{N}/08/12/gangguan-layanan-internet-di-lingkungan-perkantoran-bukit-harapan/",
        _wp(
            "Gangguan Layanan Internet di Lingkungan Perkantoran Bukit Harapan",
            "<p>Putusnya kabel serat optik menyebabkan layanan internet dan aplikasi SRIKANDI terganggu. Perbaikan "
            "diperkirakan selesai dalam 1x24 jam.</p>",
            date=dt.date(N, 8, 12),
        ),
        date=dt.date(N, 8, 12),
    )

    renja = pdf(
        f"{up}/{N - 1}/11/Renja-Diskominfo-{N - 1}.pdf",
        f"Rencana Kerja Diskominfo Staper Tahun {N - 1}",
        ["Program Aplikasi Informatika; Program Informasi dan Komunikasi Publik; Program Statistik Sektoral."],
        dt.date(N - 1, 11, 20),
        811,
    )
    b.label("program-kegiatan", S, f"Renja terbaru {N - 1}", early=P)
    lkjip = pdf(
        f"{up}/{N - 1}/03/LKjIP-Diskominfo-Tahun-{N - 2}.pdf",
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) Diskominfo Staper Tahun {N - 2}",
        ["Capaian sasaran strategis: indeks SPBE 3,12."],
        dt.date(N - 1, 3, 14),
        640,
    )
    b.label("laporan-kinerja", S, f"LKjIP terbaru {N - 2}", early=P)
    lk = pdf(
        f"{up}/{N - 1}/06/LK-Diskominfo-TA-{N - 2}.pdf",
        f"Laporan Keuangan Diskominfo Staper TA {N - 2}",
        ["Laporan Realisasi Anggaran, Neraca, Laporan Operasional, Catatan atas Laporan Keuangan."],
        dt.date(N - 1, 6, 5),
        702,
    )
    b.label("laporan-keuangan", S, f"laporan keuangan terbaru TA {N - 2}", early=P)
    dpa = b.broken(f"{up}/{N}/02/DPA-Diskominfo-{N}.pdf", "404")
    media.append((905, f"DPA Diskominfo Staper {N}", dpa, dt.date(N, 2, 9), PDF))
    b.label("anggaran", B, f"tautan DPA {N} menghasilkan 404")
    lli = pdf(
        f"{up}/{N - 1}/04/Laporan-Layanan-Informasi-Publik-{N - 2}.pdf",
        f"Laporan Layanan Informasi Publik PPID Pelaksana Diskominfo Staper Tahun {N - 2}",
        ["Jumlah permohonan: 37; dikabulkan seluruhnya: 31; ditolak: 2; rata-rata waktu layanan 4 hari kerja."],
        dt.date(N - 1, 4, 10),
        655,
    )
    b.label("laporan-layanan-informasi", S, f"laporan layanan informasi terbaru {N - 2}", early=P)
    renstra = pdf(
        f"{up}/{N - 4}/02/Renstra-Diskominfo-{N - 5}-{N}.pdf",
        f"Rencana Strategis Diskominfo Staper {N - 5}-{N}",
        ["Tujuan dan sasaran lima tahunan."],
        dt.date(N - 4, 2, 1),
        301,
    )
    b.label("renstra", P, f"Renstra {N - 5}-{N}")

    b.page(
        "/ppid/",
        _wp(
            "PPID Pelaksana",
            (
                "<p>PPID Pelaksana Diskominfo Staper melayani permohonan informasi publik di lingkungan dinas.</p>"
                + ul(
                    [
                        a(
                            f"{up}/{N - 2}/02/SK-PPID-Pelaksana-Diskominfo.pdf",
                            "SK Kepala Dinas tentang PPID Pelaksana",
                        ),
                        a(f"{up}/{N - 1}/05/SOP-PPID.pdf", "SOP PPID"),
                        a(base(PEMKAB) + "/ppid/permohonan", "Ajukan Permohonan Informasi (PPID Kabupaten)"),
                    ]
                )
            ),
        ),
    )
    sk = pdf(
        f"{up}/{N - 2}/02/SK-PPID-Pelaksana-Diskominfo.pdf",
        "Keputusan Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian tentang Pejabat Pengelola "
        "Informasi dan Dokumentasi Pelaksana",
        [f"Ditetapkan di Sangata pada tanggal 6 Februari {N - 2}."],
        dt.date(N - 2, 2, 6),
        420,
    )
    del sk
    b.label("sk-ppid", P, "SK PPID Pelaksana")
    b.broken(f"{up}/{N - 1}/05/SOP-PPID.pdf", "404")
    b.label("sop-ppid", B, "tautan SOP PPID 404")
    b.label("form-permohonan", P, "tautan ke formulir permohonan PPID kabupaten")
    b.label("form-keberatan", M, "tidak ada formulir keberatan")
    b.label("kontak-ppid", P, "widget footer PPID Pelaksana dengan telepon dan email")

    b.page(
        "/ppid/informasi-berkala/",
        _wp(
            "Informasi Berkala",
            table(
                ["No", "Dokumen", "File"],
                [
                    ["1", f"Rencana Kerja (Renja) Tahun {N - 1}", a(renja, "Download")],
                    ["2", f"LKjIP Tahun {N - 2}", a(lkjip, "Download")],
                    ["3", f"Laporan Keuangan TA {N - 2}", a(lk, "Download")],
                    ["4", f"Dokumen Pelaksanaan Anggaran (DPA) {N}", a(dpa, "Download")],
                    ["5", f"Laporan Layanan Informasi Publik {N - 2}", a(lli, "Download")],
                    ["6", f"Renstra {N - 5}-{N}", a(renstra, "Download")],
                ],
            ),
        ),
    )
    b.page(
        "/ppid/informasi-serta-merta/",
        _wp(
            "Informasi Serta Merta",
            ul(
                [
                    a(
                        f"/{N}/08/12/gangguan-layanan-internet-di-lingkungan-perkantoran-bukit-harapan/",
                        "Gangguan Layanan Internet di Lingkungan Perkantoran Bukit Harapan",
                    )
                ]
            ),
        ),
    )
    b.label("serta-merta", P, "halaman serta merta dengan pengumuman gangguan")
    dip_path = f"{up}/{N - 1}/03/Daftar-Informasi-Publik-Diskominfo-{N - 1}.xlsx"
    b.xlsx(
        dip_path,
        f"Daftar Informasi Publik Diskominfo Staper Tahun {N - 1}",
        [
            ["No", "Ringkasan Isi Informasi", "Pejabat Penguasa Informasi", "Bentuk Informasi", "Jangka Waktu"],
            [1, "Profil Dinas", "Sekretaris", "Softcopy", "Selama berlaku"],
            [2, "Renstra", "Kasubbag Perencanaan", "Softcopy", "5 tahun"],
        ],
        dt.date(N - 1, 3, 18),
    )
    media.append((690, f"Daftar Informasi Publik Diskominfo {N - 1}", dip_path, dt.date(N - 1, 3, 18), XLSX))
    old_dip = f"{up}/{N - 2}/03/DIP-Diskominfo-{N - 2}.pdf"  # in the media library only, older: decides nothing
    pdf(
        old_dip,
        f"Daftar Informasi Publik Diskominfo Staper Tahun {N - 2}",
        ["Lampiran SK DIP."],
        dt.date(N - 2, 3, 20),
        512,
    )
    b.page(
        "/ppid/informasi-setiap-saat/",
        _wp(
            "Informasi Setiap Saat",
            ul(
                [
                    a(dip_path, f"Daftar Informasi Publik Tahun {N - 1} (xlsx)"),
                    a(renstra, "Rencana Strategis"),
                    a(lkjip, "Laporan Kinerja"),
                ]
            ),
        ),
    )
    b.label("setiap-saat", P, "halaman setiap saat")
    b.label("dip", S, f"DIP terbaru {N - 1}", early=P)
    dik = pdf(
        f"{up}/{N - 1}/04/SK-DIK-Diskominfo-{N - 1}.pdf",
        f"Daftar Informasi yang Dikecualikan Diskominfo Staper Tahun {N - 1}",
        ["Hasil uji konsekuensi: kunci persandian, konfigurasi jaringan."],
        dt.date(N - 1, 4, 3),
        671,
    )
    b.page("/ppid/informasi-dikecualikan/", _wp("Informasi Dikecualikan", f"<p>{a(dik, f'DIK Tahun {N - 1}')}</p>"))
    b.label("dik", S, f"DIK terbaru {N - 1}", early=P)
    b.page(
        "/ppid/regulasi/",
        _wp(
            "Regulasi",
            ul(
                [
                    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                    "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
                    a("https://jdih.kabvalidasi.go.id/", "JDIH Kabupaten Validasi"),
                ]
            ),
        ),
    )
    b.label("regulasi", P, "halaman regulasi dengan tautan JDIH")
    b.page(
        "/ppid/tata-cara-memperoleh-informasi/",
        _wp(
            "Tata Cara Memperoleh Informasi",
            (
                "<p>Permohonan informasi diajukan secara tertulis atau daring. PPID menjawab dalam 10 hari kerja dan dapat "
                "memperpanjang 7 hari kerja. Pemohon yang tidak puas dapat mengajukan keberatan kepada atasan PPID dan "
                "selanjutnya sengketa informasi ke Komisi Informasi.</p>"
            ),
        ),
    )
    b.label("tata-cara-informasi", P, "tata cara permohonan, keberatan, sengketa")
    mak = f"{up}/{N - 1}/01/maklumat-pelayanan-diskominfo.png"
    b.page(mak, PNG, content_type="image/png")
    b.page(
        "/ppid/maklumat-pelayanan/",
        _wp(
            "Maklumat Pelayanan",
            (
                f'<figure><img src="{mak}" alt="Maklumat Pelayanan PPID Diskominfo Staper"></figure>'
                "<p>Waktu layanan Senin-Jumat 08.00-16.00 WITA, tanpa biaya.</p>"
            ),
        ),
    )
    b.label("maklumat", P, "maklumat pelayanan dan jam layanan")
    b.page(
        "/pengadaan-barang-dan-jasa/",
        _wp("Halaman tidak ditemukan", "<p>Oops! Halaman tidak ditemukan.</p>"),
        status=404,
    )
    b.label("pengadaan", B, "menu Pengadaan Barang dan Jasa menghasilkan 404")
    b.page(
        "/kontak/",
        _wp(
            "Kontak",
            (
                "<p>Jl. Soekarno-Hatta No. 3, Sangata Baru. Aduan layanan: "
                + a("https://www.lapor.go.id", "SP4N-LAPOR!")
                + " atau WhatsApp 0811-5432-1017.</p>"
            ),
        ),
    )
    b.label("pengaduan", P, "SP4N-LAPOR di halaman kontak")
    b.page(
        "/berita/",
        _wp(
            "Berita",
            ul(
                [
                    a(
                        f"/{N}/03/03/kadis-imbau-asn-lapor-lhkpn-tepat-waktu/",
                        "Kadis Imbau ASN Wajib Lapor LHKPN Tepat Waktu",
                    )
                ]
            ),
        ),
    )
    b.label("ketenagakerjaan", M, "tidak ada informasi kepegawaian/lowongan")
    b.label("peringatan-dini", M, "tidak ada prosedur evakuasi")

    feed = wp_media(b, sorted(media, reverse=True))
    b.page("/wp-json/wp/v2/media?*", feed, content_type="application/json; charset=UTF-8")
    b.page("/wp-json/wp/v2/media", feed, content_type="application/json; charset=UTF-8")
    b.page(
        "/wp-json/",
        '{"name":"Diskominfo Staper","url":"","namespaces":["wp/v2"]}',
        content_type="application/json; charset=UTF-8",
    )
    return b.spec


# ---------------------------------------------------------------------------------------------------------
# Disdikbud: Lokomedia CMS (halaman-12-slug.html, berita-45-slug.html, download.html, downlot.php?file=...)
# ---------------------------------------------------------------------------------------------------------


def _loko(title: str, content: str) -> str:
    menu = "".join(
        f"<li>{x}</li>"
        for x in [
            a("/", "Home"),
            a("/halaman-3-profil.html", "Profil"),
            a("/halaman-20-ppid.html", "PPID"),
            a("/kategori-5-pengumuman.html", "Pengumuman"),
            a("/download.html", "Download"),
            a("/halaman-24-layanan-pengaduan.html", "Pengaduan"),
            a("/hubungi-kami.html", "Hubungi Kami"),
        ]
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{esc(title)} | Dinas Pendidikan dan Kebudayaan Kab. Validasi</title></head><body>"
        f'<div id="header"><h1>DISDIKBUD KAB. VALIDASI</h1></div><div id="menu"><ul class="menu">{menu}</ul></div>'
        f'<div id="content"><div class="judul_halaman">{esc(title)}</div>{content}</div>'
        '<div id="footer">Copyright &copy; Disdikbud Kabupaten Validasi. Powered by Lokomedia</div></body></html>'
    )


def build_disdikbud(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "disdikbud-val",
        "Dinas Pendidikan dan Kebudayaan",
        "opd",
        PEMKAB,
        "ppid.disdikbud@kabvalidasi.go.id",
        "Lokomedia CMS; documents via downlot.php?file=",
    )

    def dl(fname: str) -> str:
        return f"/downlot.php?file={fname}"

    files = [  # (title in the download list, file name, pdf title, lines, date) ; None title: broken/no pdf
        (
            "LHKPN Kepala Dinas",
            f"LHKPN_Kadis_{N - 2}.pdf",
            f"Pengumuman LHKPN Kepala Dinas Pendidikan dan Kebudayaan Periodik {N - 2}",
            ["Disampaikan melalui e-LHKPN KPK."],
            dt.date(N - 1, 3, 30),
        ),
        (
            f"Renja Disdikbud {N - 1}",
            f"RENJA_{N - 1}.pdf",
            f"Rencana Kerja Dinas Pendidikan dan Kebudayaan Tahun {N - 1}",
            ["Program Pengelolaan Pendidikan; Program Pengembangan Kebudayaan."],
            dt.date(N - 2, 12, 2),
        ),
        (
            "LKjIP Disdikbud",
            f"LKjIP_Disdikbud_{N - 2}.pdf",
            f"Laporan Kinerja Instansi Pemerintah Dinas Pendidikan dan Kebudayaan Tahun {N - 2}",
            ["Angka partisipasi murni SD 98,1 persen."],
            dt.date(N - 1, 3, 20),
        ),
        (
            f"RKA Disdikbud TA. {N}",
            f"RKA_TA_{N}.pdf",
            f"Rencana Kerja dan Anggaran Dinas Pendidikan dan Kebudayaan TA. {N}",
            ["Belanja pegawai, belanja barang dan jasa, belanja modal."],
            dt.date(N - 1, 10, 28),
        ),
        (
            f"DPA Disdikbud TA. {N}",
            f"DPA_TA_{N}.pdf",
            f"Dokumen Pelaksanaan Anggaran Dinas Pendidikan dan Kebudayaan TA. {N}",
            ["Pagu: Rp 612.400.000.000"],
            dt.date(N, 1, 15),
        ),
        (
            "Renstra Disdikbud",
            f"Renstra_{N - 5}_{N}.pdf",
            f"Rencana Strategis Dinas Pendidikan dan Kebudayaan Tahun {N - 5}-{N}",
            ["Periode lima tahunan."],
            dt.date(N - 5, 8, 2),
        ),
        (
            "Daftar Informasi Publik",
            f"DIP_{N - 1}.pdf",
            f"Daftar Informasi Publik Dinas Pendidikan dan Kebudayaan Tahun {N - 1}",
            ["Lampiran SK Kepala Dinas."],
            dt.date(N - 1, 2, 14),
        ),
        (
            "Daftar Informasi yang Dikecualikan",
            f"DIK_{N - 2}.pdf",
            f"Daftar Informasi yang Dikecualikan Dinas Pendidikan dan Kebudayaan Tahun {N - 2}",
            ["Uji konsekuensi: data pribadi peserta didik."],
            dt.date(N - 2, 3, 11),
        ),
        (
            "SK PPID Pelaksana",
            "SK_PPID_Disdikbud.pdf",
            "Keputusan Kepala Dinas Pendidikan dan Kebudayaan tentang PPID Pelaksana",
            [f"Ditetapkan tanggal 4 Januari {N - 1}."],
            dt.date(N - 1, 1, 4),
        ),
        (
            "SOP Pelayanan Informasi Publik",
            "SOP_Layanan_Informasi.pdf",
            "Standar Operasional Prosedur Pelayanan Permohonan Informasi Publik",
            ["SOP permohonan, SOP keberatan, SOP uji konsekuensi."],
            dt.date(N - 2, 5, 9),
        ),
    ]
    rows = []
    for i, (ltitle, fname, ptitle, lines, d) in enumerate(files, start=1):
        b.pdf(dl(fname), ptitle, lines, d)
        rows.append([str(i), esc(ltitle), str(40 + 7 * i), a(dl(fname), "Download")])
    b.broken(dl(f"Laporan_Layanan_Informasi_{N - 1}.pdf"), "empty")
    rows.append(
        [
            str(len(rows) + 1),
            esc(f"Laporan Layanan Informasi Publik {N - 1}"),
            "3",
            a(dl(f"Laporan_Layanan_Informasi_{N - 1}.pdf"), "Download"),
        ]
    )
    b.broken(dl("SOP_Evakuasi_Keadaan_Darurat.pdf"), "html200")
    rows.append(
        [
            str(len(rows) + 1),
            "SOP Evakuasi Keadaan Darurat Kantor",
            "0",
            a(dl("SOP_Evakuasi_Keadaan_Darurat.pdf"), "Download"),
        ]
    )
    b.page(
        "/download.html", _loko("Download", table(["No", "Judul File", "Hits", "Download"], rows, cls="tabel_download"))
    )
    b.label("lhkpn", S, f"LHKPN periodik {N - 2} (tahun hanya di nama file/isi)", early=P)
    b.label("program-kegiatan", S, f"Renja terbaru {N - 1}; berita sosialisasi Renja {N + 1} bukan dokumen", early=P)
    b.label("laporan-kinerja", S, f"LKjIP terbaru {N - 2} (tahun hanya di nama file)", early=P)
    b.label("anggaran", P, f"RKA dan DPA TA. {N}")
    b.label("renstra", P, f"Renstra {N - 5}-{N}")
    b.label("dip", S, f"DIP {N - 1} (tahun di nama file)", early=P)
    b.label("dik", S, f"DIK {N - 2}")
    b.label("sk-ppid", P, "SK PPID Pelaksana")
    b.label("sop-ppid", P, "SOP pelayanan informasi")
    b.label("laporan-layanan-informasi", B, f"berkas laporan layanan {N - 1} kosong (0 byte)")
    b.label("peringatan-dini", B, "SOP evakuasi: halaman 'File tidak ditemukan'")
    b.label("laporan-keuangan", M, "tidak ada laporan keuangan")
    b.label("pengadaan", M, "tidak ada informasi pengadaan")

    b.page(
        "/",
        _loko(
            "Beranda",
            (
                '<div class="berita_terbaru">'
                + ul(
                    [
                        a(
                            "/berita-118-sosialisasi-penyusunan-renja-" + str(N + 1) + ".html",
                            f"Sosialisasi Penyusunan Renja Tahun {N + 1}",
                        ),
                        a(
                            "/berita-112-pengumuman-seleksi-pppk-guru-tahun-" + str(N) + ".html",
                            f"Pengumuman Seleksi PPPK Guru Tahun {N}",
                        ),
                    ]
                )
                + "</div>"
            ),
        ),
    )
    b.page(
        f"/berita-118-sosialisasi-penyusunan-renja-{N + 1}.html",
        _loko(
            f"Sosialisasi Penyusunan Renja Tahun {N + 1}",
            f'<div class="tanggal">{wita(dt.date(N, 9, 15), 10, 5)}</div><p>Sekretariat Disdikbud menggelar sosialisasi '
            f"penyusunan Rencana Kerja tahun {N + 1} kepada seluruh bidang dan UPT.</p>",
        ),
        date=dt.date(N, 9, 15),
    )
    b.page(
        f"/berita-112-pengumuman-seleksi-pppk-guru-tahun-{N}.html",
        _loko(
            f"Pengumuman Seleksi PPPK Guru Tahun {N}",
            f'<div class="tanggal">{wita(dt.date(N, 5, 6), 13, 30)}</div><p>Formasi PPPK guru tahun {N} sebanyak 412 '
            "formasi. Pendaftaran melalui portal SSCASN.</p>",
        ),
        date=dt.date(N, 5, 6),
    )
    b.page(
        "/kategori-5-pengumuman.html",
        _loko(
            "Pengumuman",
            ul(
                [
                    a(
                        f"/berita-112-pengumuman-seleksi-pppk-guru-tahun-{N}.html",
                        f"Pengumuman Seleksi PPPK Guru Tahun {N}",
                    )
                ]
            ),
        ),
    )
    b.label("ketenagakerjaan", P, f"pengumuman seleksi PPPK guru {N}")
    b.page(
        "/halaman-3-profil.html",
        _loko(
            "Profil",
            (
                "<p><b>Visi</b>: Terwujudnya pendidikan yang bermutu dan berbudaya.</p><p><b>Tugas Pokok dan Fungsi</b>: "
                "melaksanakan urusan pemerintahan bidang pendidikan dan kebudayaan.</p><p>Struktur organisasi: Kepala Dinas, "
                "Sekretaris, Bidang PAUD, Bidang SD, Bidang SMP, Bidang Kebudayaan.</p>"
            ),
        ),
    )
    b.label("profil", P, "visi, tupoksi, struktur")
    b.page(
        "/halaman-20-ppid.html",
        _loko(
            "PPID",
            (
                "<h3>Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala</h3><p>Lihat menu "
                + a("/download.html", "Download")
                + ".</p>"
                "<h3>Informasi yang Wajib Diumumkan Secara Serta Merta</h3>"
                + ul(
                    [
                        f"Libur sekolah darurat akibat banjir di Kecamatan Muara Validasi ({dt.date(N, 1, 22).day} Januari {N})"
                    ]
                )
                + "<h3>Informasi yang Wajib Tersedia Setiap Saat</h3><p>Daftar Informasi Publik, Renstra, SOP (lihat "
                + a("/download.html", "Download")
                + ").</p>"
                "<h3>Regulasi</h3>"
                + ul(["UU No. 14 Tahun 2008", a("https://jdih.kabvalidasi.go.id/", "JDIH Kabupaten")])
                + "<h3>Tata Cara Permohonan Informasi dan Keberatan</h3><p>Permohonan diajukan melalui formulir; jawaban "
                "paling lambat 10 hari kerja (+7). Keberatan diajukan kepada atasan PPID dalam 30 hari kerja; sengketa ke "
                "Komisi Informasi.</p><h3>Maklumat Pelayanan</h3><p>Kami sanggup memberikan layanan informasi sesuai "
                "standar; jam layanan Senin-Jumat 08.00-16.00 WITA; tanpa biaya.</p>"
                + ul(
                    [
                        a("/halaman-21-permohonan-informasi.html", "Formulir Permohonan Informasi"),
                        a("/halaman-22-pengajuan-keberatan.html", "Formulir Pengajuan Keberatan"),
                    ]
                )
                + "<h3>Kontak PPID Pelaksana</h3><p>Email: ppid.disdikbud@kabvalidasi.go.id, Telp. (0549) 21250</p>"
            ),
        ),
    )
    b.label("menu-ppid", P, "menu PPID")
    b.label("serta-merta", P, "bagian serta merta")
    b.label("setiap-saat", P, "bagian setiap saat")
    b.label("regulasi", P, "regulasi dengan tautan JDIH")
    b.label("tata-cara-informasi", P, "tata cara permohonan dan keberatan")
    b.label("maklumat", P, "maklumat dengan jam layanan dan biaya")
    b.label("kontak-ppid", P, "email dan telepon PPID")
    b.page(
        "/halaman-21-permohonan-informasi.html",
        _loko(
            "Formulir Permohonan Informasi",
            form(
                "/kirim-permohonan.html",
                [
                    ("nama", "Nama"),
                    ("alamat", "Alamat"),
                    ("email", "Email"),
                    ("hp", "No. HP"),
                    ("rincian", "Informasi yang dimohon"),
                ],
                "Kirim",
            ),
        ),
    )
    b.label("form-permohonan", P, "formulir permohonan")
    b.page(
        "/halaman-22-pengajuan-keberatan.html",
        _loko(
            "Formulir Pengajuan Keberatan",
            form(
                "/kirim-keberatan.html", [("nama", "Nama"), ("email", "Email"), ("alasan", "Alasan keberatan")], "Kirim"
            ),
        ),
    )
    b.label("form-keberatan", P, "formulir keberatan")
    b.page(
        "/halaman-24-layanan-pengaduan.html",
        _loko(
            "Layanan Pengaduan",
            (
                "<p>Pengaduan masyarakat disampaikan melalui "
                + a("https://www.lapor.go.id", "SP4N-LAPOR!")
                + " atau kotak pengaduan di kantor dinas.</p>"
            ),
        ),
    )
    b.label("pengaduan", P, "layanan pengaduan dengan SP4N-LAPOR")
    b.page("/hubungi-kami.html", _loko("Hubungi Kami", "<p>Jl. Pendidikan No. 1, Sangata Baru</p>"))
    return b.spec


# ---------------------------------------------------------------------------------------------------------
# Dinkes: Joomla 3 (/index.php/..., images/dokumen/...), article info "Ditulis oleh ... Dilihat: n"
# ---------------------------------------------------------------------------------------------------------


def _joomla(title: str, content: str, *, published: dt.date | None = None, hits: int = 0) -> str:
    menu = ul(
        [
            a("/index.php", "Beranda"),
            a("/index.php/profil", "Profil"),
            a("/index.php/ppid", "PPID"),
            a("/index.php/ppid/informasi-berkala", "Informasi Berkala"),
            a("/index.php/ppid/informasi-serta-merta", "Informasi Serta Merta"),
            a("/index.php/ppid/informasi-setiap-saat", "Informasi Setiap Saat"),
            a("/index.php/permohonan-informasi", "Permohonan Informasi"),
            a("/index.php/kontak", "Kontak"),
        ],
        "nav menu mod-list",
    )
    info = ""
    if published:
        info = (
            f'<dl class="article-info muted"><dd class="createdby">Ditulis oleh Super User</dd>'
            f'<dd class="published">Diterbitkan: {published.day:02d} {BULAN[published.month - 1]} {published.year}</dd>'
            f'<dd class="hits">Dilihat: {hits}</dd></dl>'
        )
    return (
        '<!DOCTYPE html><html lang="id-id" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="generator" content="Joomla! - Open Source Content Management">'
        f'<title>{esc(title)}</title></head><body class="site com_content view-article">'
        f'<header><a class="brand" href="/">Dinas Kesehatan Kabupaten Validasi</a></header><nav>{menu}</nav>'
        f'<main id="content"><div class="item-page"><div class="page-header"><h2>{esc(title)}</h2></div>{info}'
        f'<div itemprop="articleBody">{content}</div></div></main>'
        "<footer><p>Dinas Kesehatan Kabupaten Validasi, Jl. Yos Sudarso II No. 8, Sangata</p></footer></body></html>"
    )


def build_dinkes(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        "dinkes-val",
        "Dinas Kesehatan",
        "opd",
        PEMKAB,
        "dinkes@kabvalidasi.go.id",
        "Joomla 3 site; PPID as articles; documents under images/dokumen",
    )
    d = "/images/dokumen/ppid"
    docs = {}
    for key, fname, title, lines, day in [
        (
            "lhkpn",
            f"lhkpn-kadis-{N - 2}.pdf",
            f"LHKPN Kepala Dinas Kesehatan Tahun {N - 2}",
            ["Ikhtisar harta kekayaan dari elhkpn.kpk.go.id."],
            dt.date(N - 1, 4, 1),
        ),
        (
            "renja",
            f"renja-dinkes-{N - 2}.pdf",
            f"Rencana Kerja Dinas Kesehatan Tahun {N - 2}",
            ["Program pemenuhan upaya kesehatan perorangan dan masyarakat."],
            dt.date(N - 3, 12, 10),
        ),
        (
            "lakip",
            f"lakip-{N - 3}.pdf",
            f"LAKIP Dinas Kesehatan Tahun {N - 3}",
            ["Capaian kinerja."],
            dt.date(N - 2, 3, 20),
        ),
        (
            "dpa",
            f"dpa-dinkes-ta-{N - 1}.pdf",
            f"DPA Dinas Kesehatan Tahun Anggaran {N - 1}",
            ["Pagu anggaran."],
            dt.date(N - 1, 1, 12),
        ),
        (
            "lli",
            f"laporan-ppid-{N - 3}.pdf",
            f"Laporan Layanan Informasi Publik Dinas Kesehatan Tahun {N - 3}",
            ["Rekapitulasi permohonan informasi."],
            dt.date(N - 2, 2, 25),
        ),
        (
            "dip",
            f"dip-dinkes-{N - 3}.pdf",
            f"Daftar Informasi Publik Dinas Kesehatan Tahun {N - 3}",
            ["Daftar informasi publik."],
            dt.date(N - 3, 3, 2),
        ),
        (
            "renstra",
            f"renstra-dinkes-{N - 10}-{N - 5}.pdf",
            f"Rencana Strategis Dinas Kesehatan Tahun {N - 10}-{N - 5}",
            ["Rencana lima tahun."],
            dt.date(N - 10, 7, 1),
        ),
        (
            "evakuasi",
            "prosedur-evakuasi-gedung-dinkes.pdf",
            "Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat Gedung Dinas Kesehatan",
            [
                "Bunyi alarm tiga kali: seluruh pegawai menuju titik kumpul di halaman depan melalui tangga darurat.",
                "Petugas K3 memeriksa setiap ruangan.",
            ],
            dt.date(N - 2, 8, 14),
        ),
        (
            "maklumat",
            "maklumat-pelayanan-dinkes.pdf",
            "Maklumat Pelayanan Dinas Kesehatan Kabupaten Validasi",
            [
                "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.",
                "Jam pelayanan: Senin-Jumat 07.30-16.00 WITA. Biaya: tidak dipungut biaya.",
            ],
            dt.date(N - 1, 1, 20),
        ),
    ]:
        docs[key] = b.pdf(f"{d}/{fname}", title, lines, day)
    docs["lk"] = b.broken(f"{d}/laporan-keuangan-dinkes-{N - 1}.pdf", "500")
    docs["sk"] = b.broken(f"{d}/sk-ppid-dinkes.pdf", "404")

    b.label("lhkpn", S, f"LHKPN {N - 2}", early=P)
    b.label("program-kegiatan", S, f"Renja terbaru {N - 2}")
    b.label("laporan-kinerja", S, f"LAKIP terbaru {N - 3}")
    b.label("laporan-keuangan", B, f"tautan laporan keuangan {N - 1}: 500")
    b.label("anggaran", S, f"DPA TA {N - 1}", early=P)
    b.label("laporan-layanan-informasi", S, f"laporan layanan {N - 3}")
    b.label("dip", S, f"DIP {N - 3}")
    b.label("renstra", S, f"Renstra {N - 10}-{N - 5} sudah berakhir")
    b.label("peringatan-dini", P, "prosedur peringatan dini dan evakuasi gedung")
    b.label("maklumat", P, "maklumat pelayanan (PDF)")
    b.label("sk-ppid", B, "tautan SK PPID: 404")

    def row(title, href):
        return [esc(title), a(href, "Unduh")]

    b.page(
        "/index.php/ppid/informasi-berkala",
        _joomla(
            "Informasi Berkala",
            table(
                ["Dokumen", "File"],
                [
                    row("LHKPN Kepala Dinas", docs["lhkpn"]),
                    row("Rencana Kerja", docs["renja"]),
                    row("LAKIP", docs["lakip"]),
                    row("Laporan Keuangan", docs["lk"]),
                    row("DPA", docs["dpa"]),
                    row("Laporan Layanan Informasi Publik", docs["lli"]),
                    row("Renstra", docs["renstra"]),
                    row("Prosedur Evakuasi Keadaan Darurat", docs["evakuasi"]),
                ],
            ),
            published=dt.date(N - 1, 4, 2),
            hits=1532,
        ),
    )
    b.page(
        "/index.php/ppid/informasi-serta-merta",
        _joomla(
            "Informasi Serta Merta",
            (
                f"<h3>Waspada Demam Berdarah Dengue</h3><p>Hingga Mei {N} tercatat 214 kasus DBD di 12 kecamatan. Lakukan "
                "3M Plus dan segera bawa penderita demam tinggi ke puskesmas terdekat.</p>"
            ),
            published=dt.date(N, 5, 28),
            hits=88,
        ),
    )
    b.label("serta-merta", P, "informasi serta merta (DBD)")
    b.page(
        "/index.php/ppid/informasi-setiap-saat",
        _joomla(
            "Informasi Setiap Saat",
            table(
                ["Dokumen", "File"],
                [row("Daftar Informasi Publik", docs["dip"]), row("Maklumat Pelayanan", docs["maklumat"])],
            ),
            published=dt.date(N - 3, 3, 2),
            hits=610,
        ),
    )
    b.label("setiap-saat", P, "halaman informasi setiap saat")
    b.label("dik", M, "tidak ada DIK")
    b.label("sop-ppid", M, "tidak ada SOP layanan informasi")
    b.page(
        "/index.php/ppid",
        _joomla(
            "PPID Dinas Kesehatan",
            (
                "<p>PPID Pelaksana Dinas Kesehatan: Sekretaris Dinas.</p>"
                f"<p>{a(docs['sk'], 'SK PPID Pelaksana Dinas Kesehatan')}</p>"
                "<p><b>Tata cara memperoleh informasi</b>: pemohon mengajukan permohonan tertulis, PPID menjawab paling "
                "lambat 10 hari kerja; keberatan dapat diajukan kepada atasan PPID, sengketa ke Komisi Informasi.</p>"
                "<p><b>Kontak PPID</b>: ppid.dinkes@kabvalidasi.go.id / (0549) 21330</p>"
                "<p><b>Regulasi</b>: " + a("https://jdih.kabvalidasi.go.id/", "JDIH Kabupaten Validasi") + "</p>"
                "<p><b>Pengaduan</b>: " + a("https://www.lapor.go.id", "SP4N-LAPOR!") + "</p>"
            ),
            published=dt.date(N - 2, 6, 11),
            hits=2210,
        ),
    )
    b.label("menu-ppid", P, "menu PPID")
    b.label("tata-cara-informasi", P, "tata cara di halaman PPID")
    b.label("kontak-ppid", P, "kontak PPID")
    b.label("regulasi", P, "tautan JDIH")
    b.label("pengaduan", P, "SP4N-LAPOR")
    b.page(
        "/index.php/permohonan-informasi",
        "<html><head><title>Error 500</title></head><body><h1>500 - "
        "Terjadi kesalahan.</h1><p>Component not found.</p></body></html>",
        status=500,
    )
    b.label("form-permohonan", B, "menu Permohonan Informasi: galat 500")
    b.label("form-keberatan", M, "tidak ada formulir keberatan")
    b.page(
        "/index.php/profil",
        _joomla(
            "Profil",
            (
                "<p><b>Visi</b>: Masyarakat Validasi sehat dan mandiri.</p><p><b>Tugas dan Fungsi</b>: urusan pemerintahan "
                "bidang kesehatan.</p><p>Struktur: Kepala Dinas, Sekretaris, Bidang Kesmas, Bidang P2P, Bidang Yankes, "
                "Bidang SDK.</p>"
            ),
            published=dt.date(N - 3, 1, 9),
            hits=4410,
        ),
    )
    b.label("profil", P, "visi, tugas, struktur")
    b.page("/index.php/kontak", _joomla("Kontak", "<p>Jl. Yos Sudarso II No. 8, Sangata. Telp. (0549) 21330</p>"))
    home = _joomla(
        "Beranda", ul([a("/index.php/ppid/informasi-serta-merta", "Waspada DBD"), a("/index.php/ppid", "PPID")])
    )
    b.page("/", home)
    b.page("/index.php", home)
    b.label("pengadaan", M, "tidak ada")
    b.label("ketenagakerjaan", M, "tidak ada")
    return b.spec
