"""Desa Sukadamai: an OpenSID village site.

/index.php/... URLs; the "Informasi Publik" page has an empty table and a script that fills it from
/index.php/ppid, OpenSID's public JSON API: {"status": true, "data": {"ppid": [{id, kode_desa, dokumen
(absolute download URL), nama, tgl_upload (dd-mm-YYYY), updated_at, enabled, kategori ("1" berkala,
"2" serta merta, "3" setiap saat, "4" dikecualikan), tahun}]}}. Files download from
/index.php/dokumen_web/unduh_berkas/{id} (no extension; Content-Disposition names the file).
"""

from __future__ import annotations

import datetime as dt
import json

from kipmon.demo.server import Page
from kipmon.demo.sites.common import B, M, P, S, SiteBuilder, esc, lm, tgl

ID = "desa-sukadamai"
KODE_DESA = "6408012005"


def layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{esc(title)} - Website Desa Sukadamai</title>
<meta name="generator" content="OpenSID">
<link rel="stylesheet" href="/themes/natra/assets/css/style.css">
<script src="/assets/bootstrap/js/jquery.min.js"></script></head><body>
<header><div class="container"><img src="/desa/logo/logo_sukadamai.png" alt="Logo Desa" height="60">
<h1>Desa Sukadamai</h1><p>Kecamatan Contoh Utara &ndash; Kabupaten Contoh &ndash; Provinsi Kalimantan Timur</p></div></header>
<nav class="navbar"><ul>
<li><a href="/">Beranda</a></li>
<li><a href="/index.php/artikel/2021/04/12/profil-desa">Profil Desa</a></li>
<li><a href="/index.php/pemerintah">Pemerintahan Desa</a></li>
<li><a href="/index.php/informasi-publik">Informasi Publik</a></li>
<li><a href="/index.php/artikel/2022/02/07/ppid-desa">PPID Desa</a></li>
<li><a href="/index.php/pembangunan">Pembangunan</a></li>
<li><a href="/index.php/peraturan-desa">Produk Hukum</a></li>
<li><a href="/index.php/pengaduan">Pengaduan</a></li></ul></nav>
<div class="container"><h2>{esc(title)}</h2>{content}</div>
<footer><p>Kantor Desa Sukadamai, Jl. Poros Desa No. 1 &middot; Website desa dibangun dengan OpenSID</p></footer>
</body></html>"""


def build(as_of: dt.date):
    N = as_of.year
    b = SiteBuilder(
        as_of,
        ID,
        "Desa Sukadamai",
        "desa",
        "kec-contoh-utara",
        "pemdes@sukadamai.desa.id",
        "OpenSID (/index.php/..., tabel Informasi Publik diisi JavaScript, API JSON /index.php/ppid)",
    )
    page = lambda path, title, content: b.page(path, layout(title, content))  # noqa: E731
    entries = []

    def dok(
        did: int,
        kategori: str,
        nama: str,
        tahun: int,
        d: dt.date,
        lines: list[str],
        fname: str,
        broken: str | None = None,
    ):
        path = f"/index.php/dokumen_web/unduh_berkas/{did}"
        if broken:
            b.broken(path, broken)
        else:
            b.pdf(path, nama, lines, d)
            b.spec.routes[path].headers["Content-Disposition"] = f'attachment; filename="{fname}"'
        entries.append(
            {
                "id": did,
                "kode_desa": KODE_DESA,
                "dokumen": b.url(path),
                "nama": nama,
                "tgl_upload": d.strftime("%d-%m-%Y"),
                "updated_at": f"{d.isoformat()} 10:15:42",
                "enabled": 1,
                "kategori": kategori,
                "tahun": str(tahun),
            }
        )

    dok(
        12,
        "1",
        f"RKP Desa Sukadamai Tahun {N - 1}",
        N - 1,
        dt.date(N - 2, 10, 30),
        [f"Rencana Kerja Pemerintah Desa Tahun {N - 1}", "Bidang pembangunan desa: jalan usaha tani, air bersih"],
        f"rkpdes_{N - 1}.pdf",
    )
    b.label("desa-rkpdes", S, "RKPDes N-1 (JSON)", early=P)
    dok(
        15,
        "1",
        f"Peraturan Desa tentang APBDes Tahun Anggaran {N}",
        N,
        dt.date(N, 1, 8),
        [
            f"Peraturan Desa Sukadamai Nomor 1 Tahun {N} tentang Anggaran Pendapatan dan Belanja Desa",
            "Pendapatan Rp 1.742.300.000",
            "Belanja Rp 1.765.000.000",
        ],
        f"perdes_apbdes_{N}.pdf",
    )
    b.label("desa-apbdes", P, "Perdes APBDes N (JSON)")
    dok(
        17,
        "1",
        f"Laporan Penyelenggaraan Pemerintahan Desa (LPPDes) Akhir Tahun Anggaran {N - 1}",
        N - 1,
        dt.date(N, 2, 26),
        ["Laporan kepada Bupati melalui Camat"],
        f"lppdes_{N - 1}.pdf",
    )
    b.label("desa-laporan-kinerja", P, "LPPDes N-1 (JSON)")
    dok(
        18,
        "1",
        f"Laporan Realisasi Pelaksanaan APBDes Tahun Anggaran {N - 1}",
        N - 1,
        dt.date(N, 3, 4),
        [],
        f"realisasi_apbdes_{N - 1}.pdf",
        broken="404",
    )
    b.label("desa-laporan-keuangan", B, "dokumen di JSON menjawab 404")
    dok(
        9,
        "1",
        f"RPJM Desa Sukadamai Tahun {N - 7}-{N - 1}",
        N - 7,
        dt.date(N - 7, 12, 1),
        ["Rencana Pembangunan Jangka Menengah Desa", f"Periode {N - 7} sampai {N - 1}"],
        f"rpjmdes_{N - 7}_{N - 1}.pdf",
    )
    b.label("desa-rpjmdes", S, "RPJMDes berakhir N-1 (JSON)")
    dok(
        20,
        "1",
        f"Daftar Penerima BLT Dana Desa Tahun {N}",
        N,
        dt.date(N, 2, 12),
        [
            "Program Bantuan Langsung Tunai Dana Desa",
            "Jumlah Keluarga Penerima Manfaat: 54 KPM",
            "Rp 300.000 per bulan",
        ],
        f"penerima_blt_dd_{N}.pdf",
    )
    b.label("desa-program-masuk", P, "penerima BLT-DD N (JSON)")
    dok(
        21,
        "2",
        "Pengumuman Siaga Banjir dan Jalur Evakuasi Desa Sukadamai",
        N,
        dt.date(N, 1, 9),
        ["Status siaga banjir; warga bantaran sungai mengungsi ke Balai Desa"],
        f"siaga_banjir_{N}.pdf",
    )
    b.label("serta-merta", P, "kategori serta merta (JSON)")
    dok(
        22,
        "3",
        f"Daftar Informasi Publik Desa Sukadamai Tahun {N}",
        N,
        dt.date(N, 1, 30),
        ["Ditetapkan dengan Keputusan Kepala Desa"],
        f"dip_desa_{N}.pdf",
    )
    b.label("dip", P, "DIP Desa N (JSON)")
    dok(
        23,
        "4",
        f"Daftar Informasi yang Dikecualikan Desa Sukadamai Tahun {N}",
        N,
        dt.date(N, 1, 30),
        ["Data kependudukan perorangan"],
        f"dik_desa_{N}.pdf",
    )

    def api(path: str) -> Page:
        return Page(
            json.dumps({"status": True, "data": {"ppid": entries}}, ensure_ascii=False),
            content_type="application/json; charset=utf-8",
            last_modified=lm(b.page_date),
        )

    b.spec.routes["/index.php/ppid"] = api
    b.spec.routes["/index.php/ppid?*"] = api

    page(
        "/index.php/informasi-publik",
        "Informasi Publik",
        "<table id='tabeldata' class='table table-bordered'><thead><tr><th>No</th><th>Judul Informasi</th><th>Tahun</th>"
        "<th>Kategori</th><th>Tanggal Upload</th><th>Aksi</th></tr></thead><tbody></tbody></table>"
        """<script>
var KATEGORI = {"1": "Informasi Berkala", "2": "Informasi Serta-merta", "3": "Informasi Setiap Saat", "4": "Informasi Dikecualikan"};
$(function () {
  $.getJSON('/index.php/ppid', function (res) {
    var rows = '';
    $.each(res.data.ppid, function (i, d) {
      rows += '<tr><td>' + (i + 1) + '</td><td>' + d.nama + '</td><td>' + d.tahun + '</td><td>' + KATEGORI[d.kategori] +
              '</td><td>' + d.tgl_upload + '</td><td><a href="' + d.dokumen + '">Unduh</a></td></tr>';
    });
    $('#tabeldata tbody').html(rows);
  });
});
</script>""",
    )
    page(
        "/",
        "Beranda",
        f"<div class='artikel'><h3><a href='/index.php/artikel/{N}/06/14/gotong-royong-bersih-desa'>Gotong Royong Bersih Desa</a></h3>"
        f"<p>{tgl(dt.date(N, 6, 14))}</p></div>"
        f"<div class='artikel'><h3><a href='/index.php/artikel/{N}/05/03/pelatihan-kader-posyandu'>Pelatihan Kader Posyandu</a></h3>"
        f"<p>{tgl(dt.date(N, 5, 3))}</p></div>",
    )
    page(
        f"/index.php/artikel/{N}/06/14/gotong-royong-bersih-desa",
        "Gotong Royong Bersih Desa",
        f"<p>{tgl(dt.date(N, 6, 14))} &ndash; Warga dusun I dan II membersihkan lingkungan menjelang musim hujan.</p>",
    )
    page(
        f"/index.php/artikel/{N}/05/03/pelatihan-kader-posyandu",
        "Pelatihan Kader Posyandu",
        f"<p>{tgl(dt.date(N, 5, 3))} &ndash; Dua puluh kader posyandu mengikuti pelatihan gizi balita.</p>",
    )
    page(
        "/index.php/artikel/2021/04/12/profil-desa",
        "Profil Desa",
        "<p>Desa Sukadamai berada di Kecamatan Contoh Utara. Kantor desa: Jl. Poros Desa No. 1.</p>"
        "<p><b>Visi:</b> Sukadamai yang mandiri, sejahtera, dan religius. <b>Misi:</b> meningkatkan pelayanan publik "
        "dan ekonomi warga.</p>",
    )
    page(
        "/index.php/pemerintah",
        "Pemerintah Desa",
        "<p>Struktur Organisasi Pemerintah Desa</p><ul><li>Kepala Desa: Suparman</li><li>Sekretaris Desa: Rahmawati, S.E.</li>"
        "<li>Kaur Keuangan: Hendra</li><li>Kasi Pemerintahan: Yusuf</li></ul>",
    )
    b.label("desa-profil", P)
    page(
        "/index.php/artikel/2022/02/07/ppid-desa",
        "PPID Desa",
        "<p>PPID Desa Sukadamai: Sekretaris Desa. Layanan informasi publik desa di kantor desa, hari kerja "
        "08.00&ndash;14.00 WITA.</p><p>Kontak PPID Desa: telepon/WA 0852-4600-1177, e-mail "
        "<a href='mailto:ppid@sukadamai.desa.id'>ppid@sukadamai.desa.id</a></p>",
    )
    b.label("kontak-ppid", P)
    page(
        "/index.php/pembangunan",
        "Pembangunan",
        "<table class='table'><tr><th>Kegiatan</th><th>Tahun</th><th>Volume</th><th>Anggaran</th><th>Sumber Dana</th>"
        "<th>Pelaksana</th><th>Waktu</th></tr>"
        f"<tr><td>Pembangunan Jalan Usaha Tani RT 03</td><td>{N}</td><td>450 m</td><td>Rp 187.500.000</td><td>Dana Desa</td>"
        "<td>TPK Desa</td><td>Mei&ndash;Agustus</td></tr>"
        f"<tr><td>Sumur Bor Air Bersih Dusun II</td><td>{N}</td><td>2 unit</td><td>Rp 64.000.000</td><td>ADD</td>"
        "<td>TPK Desa</td><td>Juli&ndash;September</td></tr></table>",
    )
    b.label("desa-program-kegiatan", P, "kegiatan pembangunan tahun N")
    page(
        "/index.php/peraturan-desa",
        "Produk Hukum",
        f"<ul><li>Peraturan Desa Nomor 1 Tahun {N} tentang APBDes</li><li>Peraturan Kepala Desa Nomor 2 Tahun {N - 1} tentang "
        "Tata Tertib Desa</li></ul>",
    )
    page(
        "/index.php/pengaduan",
        "Pengaduan",
        "<p>Sampaikan pengaduan Anda kepada Pemerintah Desa. Setiap pengaduan akan ditanggapi oleh admin desa.</p>"
        "<form method='post' action='/index.php/pengaduan/kirim'><input name='nik' placeholder='NIK'>"
        "<input name='nama' placeholder='Nama'><input name='email' placeholder='Email'><input name='telepon' placeholder='Telepon'>"
        "<input name='judul' placeholder='Judul'><textarea name='isi' placeholder='Isi Pengaduan'></textarea>"
        "<button type='submit'>Kirim Pengaduan</button></form>",
    )
    b.label("pengaduan", P, "formulir pengaduan OpenSID")
    b.label("form-permohonan", M, "tidak ada formulir permohonan informasi")
    return b.spec
