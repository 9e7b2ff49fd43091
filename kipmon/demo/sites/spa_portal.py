"""Dinas Pariwisata: a PPID portal built as a single-page application (issue 10, item 4).

Every path (/, /profil, /ppid, /dokumen) answers the same empty frame: <div id="app">, one script
bundle (/assets/app.js, served here, no CDN) and a <noscript> notice. After load the script fetch()es
the page's content from a JSON API (/api/halaman/<slug>.json) and builds the menu, the text and the
document list in the DOM. A plain fetch sees none of it; a browser sees all of it. Labels are what a
visitor with a browser finds.
"""

from __future__ import annotations

import datetime as dt
import json

from kipmon.demo.sites.common import M, P, SiteBuilder

ID = "dispar"
SHELL = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Dinas Pariwisata Kabupaten Contoh</title>
<script type="module" src="/assets/app.js"></script></head>
<body><div id="app"></div>
<noscript>Aktifkan JavaScript untuk membuka portal PPID Dinas Pariwisata.</noscript></body></html>"""
# The bundle: route by path, fetch the page's JSON, build the DOM (what Vue or React would do)
APP_JS = """
const slug = {"/": "beranda", "/profil": "profil", "/ppid": "ppid", "/dokumen": "dokumen"}[location.pathname] || "beranda";
const app = document.getElementById("app");
const el = (tag, text, attrs) => { const e = document.createElement(tag); if (text) e.textContent = text;
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v)); return e; };
fetch("/api/menu.json").then(r => r.json()).then(menu => {
  const nav = el("nav"); menu.forEach(m => nav.appendChild(el("a", m.label, {href: m.path}))); app.prepend(nav);
});
fetch("/api/halaman/" + slug + ".json").then(r => r.json()).then(page => {
  const main = el("main"); main.appendChild(el("h1", page.judul));
  (page.paragraf || []).forEach(p => main.appendChild(el("p", p)));
  if (page.dokumen) { const ul = el("ul");
    page.dokumen.forEach(d => { const li = el("li"); li.appendChild(el("a", d.judul, {href: d.berkas})); ul.appendChild(li); });
    main.appendChild(ul); }
  app.appendChild(main);
});
"""


def build(as_of: dt.date):
    N = as_of.year
    email = "ppid.dispar@contohkab.go.id"
    b = SiteBuilder(
        as_of,
        ID,
        "Dinas Pariwisata",
        "opd",
        "pemkab-contoh",
        email,
        "aplikasi satu halaman: menu, teks dan daftar dokumen dimuat JavaScript dari API JSON",
    )
    js = {"Content-Type": "application/json; charset=utf-8"}
    for path in ("/", "/profil", "/ppid", "/dokumen"):
        b.page(path, SHELL)
    b.page("/assets/app.js", APP_JS, content_type="application/javascript; charset=utf-8")
    menu = [
        {"label": "Beranda", "path": "/"},
        {"label": "Profil", "path": "/profil"},
        {"label": "PPID", "path": "/ppid"},
        {"label": "Dokumen Publik", "path": "/dokumen"},
    ]
    b.page("/api/menu.json", json.dumps(menu), content_type=js["Content-Type"])
    b.label("menu-ppid", P, "menu PPID, dibangun JavaScript")

    d = "/files/"
    b.pdf(
        d + f"dip-dispar-{N}.pdf",
        f"Daftar Informasi Publik Dinas Pariwisata Tahun {N}",
        ["Ditetapkan dengan Keputusan Kepala Dinas Pariwisata"],
        dt.date(N, 1, 20),
    )
    b.label("dip", P, "DIP N, tautannya hanya di DOM")
    b.pdf(
        d + f"lkjip-dispar-{N - 1}.pdf",
        f"Laporan Kinerja Instansi Pemerintah Dinas Pariwisata Tahun {N - 1}",
        ["Capaian kunjungan wisatawan"],
        dt.date(N, 3, 5),
    )
    b.label("laporan-kinerja", P, "LKjIP N-1, tautannya hanya di DOM")
    b.pdf(
        d + f"renstra-dispar-{N - 4}-{N + 1}.pdf",
        f"Rencana Strategis Dinas Pariwisata {N - 4}-{N + 1}",
        ["Tujuan: meningkatnya kunjungan wisata"],
        dt.date(N - 4, 10, 2),
    )
    b.label("renstra", P, "Renstra (N-4)-(N+1), tautannya hanya di DOM")

    pages = {
        "beranda": {
            "judul": "PPID Dinas Pariwisata",
            "paragraf": ["Selamat datang di portal PPID Dinas Pariwisata Kabupaten Contoh."],
        },
        "profil": {
            "judul": "Profil Dinas Pariwisata",
            "paragraf": [
                "Tugas: melaksanakan urusan pemerintahan bidang pariwisata.",
                "Struktur Organisasi: Kepala Dinas Ir. Hendra Wijaya; Sekretaris; Bidang Destinasi; "
                "Bidang Pemasaran Pariwisata.",
                "Alamat: Jl. Pantai Indah No. 4, Contoh.",
            ],
        },
        "ppid": {
            "judul": "PPID Pelaksana Dinas Pariwisata",
            "paragraf": ["PPID Pelaksana: Sekretaris Dinas.", f"Kontak PPID: telepon (0549) 21990, e-mail {email}."],
        },
        "dokumen": {
            "judul": "Dokumen Publik",
            "dokumen": [
                {"judul": f"Daftar Informasi Publik Tahun {N}", "berkas": d + f"dip-dispar-{N}.pdf"},
                {"judul": f"LKjIP Tahun {N - 1}", "berkas": d + f"lkjip-dispar-{N - 1}.pdf"},
                {"judul": f"Renstra {N - 4}-{N + 1}", "berkas": d + f"renstra-dispar-{N - 4}-{N + 1}.pdf"},
            ],
        },
    }
    for slug, page in pages.items():
        b.page(f"/api/halaman/{slug}.json", json.dumps(page), content_type=js["Content-Type"])
    b.label("profil", P, "tugas, struktur, alamat di /profil, dibangun JavaScript")
    b.label("kontak-ppid", P, "telepon dan e-mail PPID di /ppid, dibangun JavaScript")
    for item in (
        "lhkpn",
        "program-kegiatan",
        "laporan-keuangan",
        "anggaran",
        "laporan-layanan-informasi",
        "regulasi",
        "tata-cara-informasi",
        "pengaduan",
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
    ):
        b.label(item, M, "tidak ada di portal")
    return b.spec
