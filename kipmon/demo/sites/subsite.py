"""Dinas Perpustakaan dan Kearsipan: an OPD without a site of its own, whose pages are a sub-site of the
regency's PPID portal (/opd/dinas-perpustakaan-dan-kearsipan/ on Pemerintah Kabupaten Contoh's portal,
the body's only URL in the registry), printed inside the portal's layout: its menu (Permohonan
Informasi, Pengajuan Keberatan, Tata Cara, Maklumat, SOP, Pengaduan, Regulasi) and its footer (SP4N-LAPOR!,
JDIH, e-LHKPN, SiRUP) surround every page (issue 10, item 5).

What the sub-site itself offers its visitors: a link to the regency's request form, to the regency's
complaint procedure and to the regency's JDIH; those are its evidence. The portal's menu and footer
around it are not (no link of the sub-site leads to the objection form, the SOP or the maklumat).
"""

from __future__ import annotations

import datetime as dt

from kipmon.demo.sites import laravel_portal
from kipmon.demo.sites.common import M, P, SiteBuilder, base

ID = "dispusip"
ROOT = "/opd/dinas-perpustakaan-dan-kearsipan/"


def build(as_of: dt.date):
    N = as_of.year
    email = "ppid.dispusip@contohkab.go.id"
    b = SiteBuilder(
        as_of,
        ID,
        "Dinas Perpustakaan dan Kearsipan",
        "opd",
        "pemkab-contoh",
        email,
        "sub-situs di portal PPID kabupaten (/opd/...), di dalam menu dan kaki portal",
    )
    b.spec.hosted_on = laravel_portal.ID
    b.spec.start_path = ROOT
    portal = base(laravel_portal.ID)

    def page(path, title, content):
        b.page(ROOT + path, laravel_portal.layout(title, content, b.page_date))

    page(
        "",
        "Dinas Perpustakaan dan Kearsipan",
        "<p>Dinas Perpustakaan dan Kearsipan melaksanakan urusan pemerintahan bidang perpustakaan dan kearsipan.</p>"
        "<h2 class='h5'>Struktur Organisasi</h2><p>Kepala Dinas: Dra. Maria Ulfah, M.Si; Sekretaris; Bidang "
        "Layanan Perpustakaan; Bidang Pengelolaan Arsip.</p><p>Alamat: Jl. Pendidikan No. 9, Contoh.</p>"
        f"<ul><li><a href='{ROOT}ppid'>PPID Pelaksana Dinas Perpustakaan dan Kearsipan</a></li>"
        f"<li><a href='{ROOT}dokumen'>Dokumen Perencanaan dan Kinerja</a></li></ul>",
    )
    b.label("profil", P, "tugas, struktur, alamat")
    b.label("menu-ppid", P, "tautan PPID Pelaksana di beranda sub-situs")
    page(
        "ppid",
        "PPID Pelaksana Dinas Perpustakaan dan Kearsipan",
        "<p>PPID Pelaksana: Sekretaris Dinas. Kontak PPID: telepon (0549) 21877, e-mail "
        f"<a href='mailto:{email}'>{email}</a>.</p>"
        f"<p>Permohonan informasi publik diajukan melalui <a href='{portal}/permohonan-informasi'>formulir "
        "permohonan informasi PPID Kabupaten Contoh</a>.</p>"
        f"<p>Pengaduan atas layanan dinas: <a href='{portal}/pengaduan'>Tata Cara Pengaduan Kabupaten Contoh</a>.</p>"
        "<p>Peraturan bidang perpustakaan dan kearsipan dimuat di "
        "<a href='https://jdih.contohkab.go.id/'>JDIH Kabupaten Contoh</a>.</p>",
    )
    b.label("kontak-ppid", P)
    b.label("form-permohonan", P, "tautan sub-situs ke formulir permohonan kabupaten")
    b.label("pengaduan", P, "tautan sub-situs ke tata cara pengaduan kabupaten")
    b.label("regulasi", P, "tautan sub-situs ke JDIH kabupaten")

    d = ROOT + "dokumen/"
    b.pdf(
        d + f"dip-dispusip-{N}.pdf",
        f"Daftar Informasi Publik Dinas Perpustakaan dan Kearsipan Tahun {N}",
        ["Ditetapkan dengan Keputusan Kepala Dinas"],
        dt.date(N, 1, 27),
    )
    b.label("dip", P, "DIP N")
    b.pdf(
        d + f"lkjip-dispusip-{N - 1}.pdf",
        f"Laporan Kinerja Instansi Pemerintah Dinas Perpustakaan dan Kearsipan Tahun {N - 1}",
        ["Capaian indeks kegemaran membaca"],
        dt.date(N, 3, 12),
    )
    b.label("laporan-kinerja", P, "LKjIP N-1")
    b.pdf(
        d + f"renstra-dispusip-{N - 4}-{N + 1}.pdf",
        f"Rencana Strategis Dinas Perpustakaan dan Kearsipan {N - 4}-{N + 1}",
        ["Tujuan: meningkatnya budaya literasi masyarakat"],
        dt.date(N - 4, 9, 30),
    )
    b.label("renstra", P, "Renstra (N-4)-(N+1)")
    page(
        "dokumen",
        "Dokumen Perencanaan dan Kinerja",
        "<ul>"
        f"<li><a href='{d}dip-dispusip-{N}.pdf'>Daftar Informasi Publik Tahun {N}</a></li>"
        f"<li><a href='{d}lkjip-dispusip-{N - 1}.pdf'>LKjIP Tahun {N - 1}</a></li>"
        f"<li><a href='{d}renstra-dispusip-{N - 4}-{N + 1}.pdf'>Renstra {N - 4}-{N + 1}</a></li></ul>",
    )
    for item in (
        "lhkpn",
        "program-kegiatan",
        "laporan-keuangan",
        "anggaran",
        "laporan-layanan-informasi",
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
        "form-keberatan",
    ):
        b.label(item, M, "tidak ada di sub-situs; hanya menu atau kaki portal kabupaten di sekelilingnya")
    return b.spec
