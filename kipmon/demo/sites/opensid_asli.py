"""Two desa running OpenSID as it really runs, not as its demo does (issue 10, item 3).

Desa Tanjung Harapan (a recent OpenSID, theme natra): the web server does not rewrite URLs, so every
working link carries /index.php/; the /index.php/ppid feed (served as text/html, as CodeIgniter does)
gives its documents' links without index.php/ (those answer 404) and also lists documents the desa has
hidden (`enabled` 0: a list of aid recipients withdrawn because it holds personal data; its link answers
404 in both forms). The Informasi Publik page loads its table in the background: a DataTables POST to
/index.php/informasi-publik/data carrying the CSRF token that the page set as the cookie `sidcsrf`
(CodeIgniter accepts the POST only when the posted token equals the cookie).

Desa Batu Lepoq (an older OpenSID): no /index.php/ppid feed at all (404); its documents are listed only
by the background Informasi Publik table.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from kipmon.demo.server import Page
from kipmon.demo.sites.common import M, P, S, SiteBuilder, esc

CI_HTML = "text/html; charset=UTF-8"  # CodeIgniter's default: its JSON answers say text/html too
KATEGORI = {
    "1": "Informasi Berkala",
    "2": "Informasi Serta-merta",
    "3": "Informasi Setiap Saat",
    "4": "Informasi Dikecualikan",
}


def layout(desa: str, title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{esc(title)} - Website Desa {esc(desa)}</title>
<meta name="generator" content="OpenSID">
<link rel="stylesheet" href="/themes/natra/assets/css/style.css">
<script src="/assets/bootstrap/js/jquery.min.js"></script>
<script src="/assets/bootstrap/js/jquery.dataTables.min.js"></script></head><body>
<header><h1>Desa {esc(desa)}</h1><p>Kecamatan Contoh Utara &ndash; Kabupaten Contoh</p></header>
<nav class="navbar"><ul>
<li><a href="/index.php/first">Beranda</a></li>
<li><a href="/index.php/artikel/2020/09/01/profil-desa">Profil Desa</a></li>
<li><a href="/index.php/informasi-publik">Informasi Publik</a></li>
<li><a href="/index.php/peraturan-desa">Produk Hukum</a></li>
<li><a href="/index.php/pengaduan">Pengaduan</a></li></ul></nav>
<div class="container"><h2>{esc(title)}</h2>{content}</div>
<footer><p>Website desa dibangun dengan OpenSID</p></footer></body></html>"""


LIST_SCRIPT = """<table id="tabeldata" class="table table-bordered"><thead><tr><th>No</th><th>Judul Informasi</th>
<th>Tahun</th><th>Kategori</th><th>Tanggal Upload</th></tr></thead><tbody></tbody></table>
<script>
var csrfParam = 'sidcsrf';
function getCsrfToken() {
  var m = document.cookie.match(new RegExp(csrfParam + '=([^;]+)'));
  return m ? m[1] : '';
}
$(document).ready(function () {
  $('#tabeldata').DataTable({
    processing: true, serverSide: true, pageLength: 10, order: [],
    ajax: { url: '@@LIST@@', type: 'POST', data: function (d) { d[csrfParam] = getCsrfToken(); } }
  });
});
</script>"""


def _desa(
    as_of: dt.date,
    id: str,
    desa: str,
    email: str,
    style: str,
    *,
    ppid_api: bool,
    docs: list,
    pages: dict,
    home_links: str = "",
):
    """One OpenSID desa: `docs` are (id, kategori, nama, tahun, date, lines, enabled, label) with
    label (item, status, note) or None; `pages` are extra {path: (title, html)}."""
    b = SiteBuilder(as_of, id, f"Desa {desa}", "desa", "kec-contoh-utara", email, style)
    page = lambda path, title, content, **kw: b.page(path, layout(desa, title, content), content_type=CI_HTML, **kw)  # noqa: E731
    feed, rows = [], []
    for did, kategori, nama, tahun, d, lines, enabled, label in docs:
        path = f"/index.php/dokumen_web/unduh_berkas/{did}"
        if enabled:
            b.pdf(path, nama, lines, d)
            b.spec.routes[path].headers["Content-Disposition"] = f'attachment; filename="dokumen_{did}.pdf"'
            rows.append([nama, str(tahun), KATEGORI[kategori], d.strftime("%d-%m-%Y"), b.url(path)])
        # the feed's own link lacks index.php/ (it answers 404: no URL rewriting); hidden ones 404 in any form
        feed.append(
            {
                "id": did,
                "kode_desa": "6408012011",
                "dokumen": b.url(f"/dokumen_web/unduh_berkas/{did}"),
                "nama": nama,
                "tgl_upload": d.strftime("%d-%m-%Y"),
                "updated_at": f"{d.isoformat()} 09:12:03",
                "enabled": 1 if enabled else 0,
                "kategori": kategori,
                "tahun": str(tahun),
            }
        )
        if label:
            b.label(*label)
    if ppid_api:
        b.page(
            "/index.php/ppid",
            json.dumps({"status": True, "data": {"ppid": feed}}, ensure_ascii=False),
            content_type=CI_HTML,
        )

    token = hashlib.sha1(id.encode()).hexdigest()

    def list_data(path: str, form: dict, cookies: dict) -> Page:
        if not form.get("sidcsrf") or form.get("sidcsrf") != cookies.get("sidcsrf"):
            return Page(
                "<html><body><h1>An Error Was Encountered</h1><p>The action you have requested is not "
                "allowed.</p></body></html>",
                status=403,
                last_modified=None,
            )
        start, length = int(form.get("start") or 0), int(form.get("length") or 10)
        data = [
            [str(start + i + 1), f"<a href='{url}' target='_blank'>{esc(nama)}</a>", tahun, kat, tgl_]
            for i, (nama, tahun, kat, tgl_, url) in enumerate(rows[start : start + length])
        ]
        return Page(
            json.dumps(
                {
                    "draw": int(form.get("draw") or 1),
                    "recordsTotal": len(rows),
                    "recordsFiltered": len(rows),
                    "data": data,
                },
                ensure_ascii=False,
            ),
            content_type=CI_HTML,
            last_modified=None,
        )

    b.spec.routes["POST /index.php/informasi-publik/data"] = list_data
    page(
        "/index.php/informasi-publik",
        "Informasi Publik",
        LIST_SCRIPT.replace("@@LIST@@", b.url("/index.php/informasi-publik/data")),
        headers={"Set-Cookie": f"sidcsrf={token}; path=/; HttpOnly"},
    )
    home = f"<div class='artikel'><p>Selamat datang di website resmi Desa {esc(desa)}.</p>{home_links}</div>"
    page("/", "Beranda", home)
    page("/index.php/first", "Beranda", home)
    for path, (title, content) in pages.items():
        page(path, title, content)
    return b


def build_tanjung_harapan(as_of: dt.date):
    N = as_of.year
    docs = [
        (
            31,
            "1",
            f"Peraturan Desa tentang APBDes Tahun Anggaran {N}",
            N,
            dt.date(N, 1, 14),
            [f"Peraturan Desa Tanjung Harapan Nomor 1 Tahun {N} tentang APBDes", "Pendapatan Rp 1.512.000.000"],
            True,
            ("desa-apbdes", P, "Perdes APBDes N: tautan feed tanpa index.php/, berkasnya ada di bentuk index.php/"),
        ),
        (
            32,
            "1",
            f"RKP Desa Tanjung Harapan Tahun {N}",
            N,
            dt.date(N - 1, 11, 20),
            [f"Rencana Kerja Pemerintah Desa Tahun {N}", "Rehabilitasi jalan lingkungan RT 02"],
            True,
            ("desa-rkpdes", P, "RKPDes N"),
        ),
        (
            33,
            "1",
            "RPJM Desa Tanjung Harapan",
            N - 4,
            dt.date(N - 4, 12, 28),
            [f"PERIODE TAHUN {N - 4} S/D {N + 2}", "Visi: Tanjung Harapan yang maju, mandiri dan sejahtera"],
            True,
            ("desa-rpjmdes", P, f"feed memberi tahun {N - 4} saja; dokumen menulis periode {N - 4} s/d {N + 2}"),
        ),
        (
            34,
            "1",
            f"Laporan Realisasi Pelaksanaan APBDes Tahun Anggaran {N - 1}",
            N - 1,
            dt.date(N, 2, 20),
            ["Realisasi pendapatan 98,2%", "Realisasi belanja 95,7%"],
            True,
            ("desa-laporan-keuangan", P, "realisasi APBDes N-1"),
        ),
        (
            35,
            "1",
            f"Daftar Penerima BLT Dana Desa Tahun {N}",
            N,
            dt.date(N, 2, 3),
            ["Nama, NIK dan alamat keluarga penerima"],
            False,
            ("desa-program-masuk", M, "satu-satunya daftar penerima disembunyikan desa (enabled 0): tidak tersaji"),
        ),
        (
            36,
            "3",
            f"Daftar Informasi Publik Desa Tanjung Harapan Tahun {N}",
            N,
            dt.date(N, 1, 22),
            ["Ditetapkan dengan Keputusan Kepala Desa"],
            True,
            ("dip", P, "DIP N"),
        ),
        (
            37,
            "2",
            "Pengumuman Waspada Banjir Rob Desa Tanjung Harapan",
            N,
            dt.date(N, 1, 6),
            ["Warga pesisir diminta waspada banjir rob pada puncak pasang"],
            False,
            ("serta-merta", M, "satu-satunya pengumuman serta merta disembunyikan (enabled 0)"),
        ),
    ]
    pages = {
        "/index.php/artikel/2020/09/01/profil-desa": (
            "Profil Desa",
            "<p>Visi: Tanjung Harapan yang maju. Misi: "
            "pelayanan prima.</p><p>Struktur Pemerintah Desa: Kepala Desa Abdul Rahman; Sekretaris Desa Nurul Aini.</p>",
        ),
        "/index.php/peraturan-desa": ("Produk Hukum", f"<p>Peraturan Desa Nomor 1 Tahun {N} tentang APBDes</p>"),
        "/index.php/pengaduan": (
            "Pengaduan",
            "<p>Sampaikan pengaduan Anda kepada Pemerintah Desa.</p>"
            "<form method='post' action='/index.php/pengaduan/kirim'><input name='nik'><input name='nama'>"
            "<input name='email'><textarea name='isi'></textarea><button>Kirim</button></form>",
        ),
        "/index.php/artikel/2021/03/02/ppid-desa": (
            "PPID Desa",
            "<p>PPID Desa Tanjung Harapan: Sekretaris Desa. "
            "Kontak PPID: telepon/WA 0853-4720-1180, e-mail <a href='mailto:ppid@tanjungharapan.desa.id'>"
            "ppid@tanjungharapan.desa.id</a></p>",
        ),
        "/index.php/pembangunan": (
            "Pembangunan",
            "<table><tr><th>Kegiatan</th><th>Tahun</th><th>Anggaran</th></tr>"
            f"<tr><td>Rehabilitasi Jalan Lingkungan RT 02</td><td>{N}</td><td>Rp 92.000.000</td></tr></table>",
        ),
    }
    b = _desa(
        as_of,
        "desa-tanjung-harapan",
        "Tanjung Harapan",
        "pemdes@tanjungharapan.desa.id",
        "OpenSID tanpa penulisan ulang URL (/index.php/...), feed /index.php/ppid dengan dokumen tersembunyi, "
        "daftar Informasi Publik dimuat di latar (POST dengan token CSRF)",
        ppid_api=True,
        docs=docs,
        pages=pages,
        home_links="<p><a href='/index.php/artikel/2021/03/02/ppid-desa'>PPID Desa</a> | "
        "<a href='/index.php/pembangunan'>Pembangunan</a></p>",
    )
    b.label("desa-profil", P, "visi, misi, struktur")
    b.label("desa-program-kegiatan", P, "kegiatan pembangunan tahun N")
    b.label("desa-laporan-kinerja", M, "tidak ada LPPDes")
    b.label("kontak-ppid", P)
    b.label("form-permohonan", M, "tidak ada formulir permohonan informasi")
    b.label("pengaduan", P, "formulir pengaduan OpenSID")
    return b.spec


def build_batu_lepoq(as_of: dt.date):
    N = as_of.year
    docs = [
        (
            7,
            "1",
            f"APB Desa Batu Lepoq Tahun Anggaran {N - 1}",
            N - 1,
            dt.date(N - 1, 1, 20),
            [f"Anggaran Pendapatan dan Belanja Desa Tahun Anggaran {N - 1}"],
            True,
            ("desa-apbdes", S, "APBDes N-1, hanya di daftar Informasi Publik (dimuat di latar)", P),
        ),
        (
            8,
            "1",
            f"LPPDes Batu Lepoq Akhir Tahun Anggaran {N - 1}",
            N - 1,
            dt.date(N, 3, 10),
            ["Laporan Penyelenggaraan Pemerintahan Desa kepada Bupati"],
            True,
            ("desa-laporan-kinerja", P, "LPPDes N-1, hanya di daftar Informasi Publik"),
        ),
        (
            9,
            "2",
            f"Pengumuman Penyaluran BLT Dana Desa Tahap I Tahun {N}",
            N,
            dt.date(N, 4, 2),
            [f"Penyaluran BLT Dana Desa tahap I Tahun {N} kepada 41 KPM"],
            True,
            ("desa-program-masuk", P, "penyaluran BLT-DD N, hanya di daftar Informasi Publik"),
        ),
    ]
    pages = {
        "/index.php/artikel/2020/09/01/profil-desa": (
            "Profil Desa",
            "<p>Sejarah Desa Batu Lepoq.</p>"
            "<p>Visi dan Misi Desa. Struktur organisasi pemerintah desa: Kepala Desa Petrus Ajang.</p>",
        ),
        "/index.php/peraturan-desa": ("Produk Hukum", "<p>Belum ada data.</p>"),
        "/index.php/pengaduan": (
            "Pengaduan",
            "<p>Sampaikan pengaduan Anda kepada Pemerintah Desa.</p>"
            "<form method='post' action='/index.php/pengaduan/kirim'><input name='nik'><input name='nama'>"
            "<textarea name='isi'></textarea><button>Kirim</button></form>",
        ),
    }
    b = _desa(
        as_of,
        "desa-batu-lepoq",
        "Batu Lepoq",
        "pemdes@batulepoq.desa.id",
        "OpenSID versi lama tanpa /index.php/ppid; dokumen hanya di daftar Informasi Publik yang dimuat di latar",
        ppid_api=False,
        docs=docs,
        pages=pages,
    )
    b.label("desa-profil", P, "visi, misi, struktur")
    for item, note in (
        ("desa-program-kegiatan", "tidak ada daftar kegiatan"),
        ("desa-rpjmdes", "tidak ada RPJMDes"),
        ("desa-rkpdes", "tidak ada RKPDes"),
        ("desa-laporan-keuangan", "tidak ada laporan realisasi"),
        ("dip", "tidak ada DIP"),
        ("kontak-ppid", "tidak ada kontak PPID"),
        ("form-permohonan", "tidak ada formulir permohonan"),
        ("serta-merta", ""),
    ):
        if item == "serta-merta":
            b.label(item, P, "pengumuman penyaluran BLT-DD (kategori serta merta) di daftar Informasi Publik")
        else:
            b.label(item, M, note)
    b.label("pengaduan", P, "formulir pengaduan OpenSID")
    return b.spec
