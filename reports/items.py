"""Item metadata for reports and notices: the one place that reads the checks' catalogue.

`item_info(item_id, kind)` answers with the item's name (nama), legal basis, what it is, what evidence
was looked for, its indicator and currency rule, and how to fix it. It prefers the checks' rule files
(checks/rules/<id>.toml, the catalogue the checks judge by); where a rule file, or a key in it, is
absent it falls back to the table of spec/items.md kept below, so a report never lacks a name.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

DESA = "desa"

# (id, nama, legal basis, what it is, typical evidence, currency, indicator): spec/items.md.
_BADAN_PUBLIK = [
    ("menu-ppid", "Menu PPID", "Perki 1/2021 (layanan informasi melalui situs resmi)",
     "bagian PPID / Informasi Publik yang dapat dicapai dari halaman utama", "menu \"PPID\", \"Informasi Publik\"; /ppid", "static", "sarana"),
    ("profil", "Profil Badan Publik", "UU KIP Ps 9(2)a; Perki 1/2021 berkala a",
     "alamat, tugas dan fungsi, struktur organisasi, profil pejabat", "\"Profil\", \"Tugas Pokok dan Fungsi\", \"Struktur Organisasi\", \"Visi dan Misi\"", "static", "jenis"),
    ("lhkpn", "LHKPN Pimpinan", "Perki 1/2021 berkala a",
     "laporan harta kekayaan pimpinan (dari elhkpn.kpk.go.id)", "\"LHKPN <tahun>\", tautan ke elhkpn.kpk.go.id", "annual-prev", "jenis"),
    ("program-kegiatan", "Ringkasan Program dan Kegiatan", "UU KIP Ps 9(2)b; Perki 1/2021 berkala b",
     "program dan kegiatan tahun berjalan", "\"Program dan Kegiatan\", \"Renja\", \"RKPD\", \"Agenda\"", "annual-current", "jenis"),
    ("laporan-kinerja", "Ringkasan Laporan Kinerja", "UU KIP Ps 9(2)b; Perki 1/2021 berkala c",
     "LKjIP / LAKIP tahun lalu", "\"LKjIP\", \"LAKIP\", \"SAKIP\", \"Laporan Kinerja\"", "annual-prev", "jenis"),
    ("laporan-keuangan", "Ringkasan Laporan Keuangan", "UU KIP Ps 9(2)c; Perki 1/2021 berkala d",
     "laporan keuangan tahun lalu (LRA, Neraca, CaLK, aset)", "\"Laporan Keuangan\", \"LKPD\", \"LRA\", \"Neraca\", \"CaLK\"", "annual-prev", "jenis"),
    ("anggaran", "Dokumen Anggaran", "Perki 1/2021 berkala d",
     "dokumen anggaran tahun berjalan (APBD, DPA, RKA)", "\"APBD\", \"DPA\", \"RKA\" tahun berjalan", "annual-current", "jenis"),
    ("laporan-layanan-informasi", "Laporan Layanan Informasi Publik", "UU KIP Ps 12; Perki 1/2021 berkala e",
     "laporan layanan permohonan informasi tahun lalu", "\"Laporan Layanan Informasi Publik\", \"Laporan Tahunan PPID\"", "annual-prev", "pelayanan"),
    ("regulasi", "Informasi Peraturan dan Kebijakan", "Perki 1/2021 berkala f",
     "peraturan, keputusan, rancangan; biasanya melalui JDIH", "\"Produk Hukum\", \"JDIH\", \"Peraturan Bupati\"; tautan ke situs jdih.", "static", "jenis"),
    ("tata-cara-informasi", "Tata Cara Memperoleh Informasi", "Perki 1/2021 berkala g",
     "hak dan tata cara meminta informasi, mengajukan keberatan dan sengketa", "\"Tata Cara Permohonan Informasi\", \"Prosedur Keberatan\", \"Sengketa Informasi\"", "static", "pelayanan"),
    ("pengaduan", "Tata Cara Pengaduan", "Perki 1/2021 berkala h",
     "tata cara pengaduan penyalahgunaan wewenang dan saluran pengaduan yang bekerja (SP4N-LAPOR!)", "\"Pengaduan\", \"SP4N-LAPOR!\", tautan ke lapor.go.id", "static", "digitalisasi"),
    ("pengadaan", "Pengadaan Barang dan Jasa", "Perki 1/2021 berkala i",
     "pengumuman pengadaan (RUP/SiRUP, tender LPSE)", "\"Pengadaan\", \"RUP\", tautan ke sirup.lkpp.go.id atau situs lpse.", "static", "jenis"),
    ("ketenagakerjaan", "Informasi Ketenagakerjaan", "Perki 1/2021 berkala j",
     "informasi kepegawaian dan rekrutmen", "\"Kepegawaian\", \"Lowongan\", \"CPNS\", \"PPPK\"", "static", "jenis"),
    ("peringatan-dini", "Prosedur Peringatan Dini dan Evakuasi", "Perki 1/2021 berkala k",
     "prosedur peringatan dini dan evakuasi keadaan darurat kantor", "\"Prosedur Evakuasi\", \"Jalur Evakuasi\", \"Tanggap Darurat\"", "static", "jenis"),
    ("serta-merta", "Informasi Serta Merta", "UU KIP Ps 10",
     "bagian pengumuman serta merta (bencana, wabah, gangguan layanan)", "\"Informasi Serta Merta\"", "static", "jenis"),
    ("setiap-saat", "Informasi Setiap Saat", "UU KIP Ps 11",
     "bagian informasi yang tersedia setiap saat", "\"Informasi Setiap Saat\", \"Tersedia Setiap Saat\"", "static", "jenis"),
    ("dip", "Daftar Informasi Publik", "UU KIP Ps 11(1)a",
     "daftar informasi publik yang ditetapkan untuk tahun berjalan", "\"Daftar Informasi Publik\", \"SK DIP\" tahun berjalan", "annual-current", "jenis"),
    ("dik", "Daftar Informasi yang Dikecualikan", "UU KIP Ps 17, 19",
     "daftar informasi yang dikecualikan beserta uji konsekuensinya", "\"Informasi Dikecualikan\", \"DIK\", \"Uji Konsekuensi\"", "annual-current", "jenis"),
    ("sk-ppid", "SK PPID", "UU KIP Ps 13",
     "keputusan penunjukan PPID", "\"SK PPID\", \"Keputusan ... Pejabat Pengelola Informasi dan Dokumentasi\"", "static", "komitmen"),
    ("sop-ppid", "SOP Layanan Informasi", "Perki 1/2021",
     "standar operasional prosedur layanan informasi", "\"SOP Permohonan Informasi\", \"SOP Keberatan\", \"SOP Uji Konsekuensi\"", "static", "pelayanan"),
    ("maklumat", "Maklumat dan Standar Layanan", "Perki 1/2021",
     "maklumat pelayanan, jam layanan, biaya", "\"Maklumat Pelayanan\", \"Standar Layanan\", \"Jam Layanan\", \"Biaya\"", "static", "pelayanan"),
    ("form-permohonan", "Permohonan Informasi Online", "Perki 1/2021",
     "formulir permohonan informasi daring atau tautan ke layanan PPID kabupaten", "formulir berisi nama/kontak/informasi; \"Permohonan Informasi\"", "static", "digitalisasi"),
    ("form-keberatan", "Pengajuan Keberatan Online", "Perki 1/2021",
     "formulir pengajuan keberatan daring", "formulir \"Pengajuan Keberatan\"", "static", "digitalisasi"),
    ("kontak-ppid", "Kontak PPID", "UU KIP Ps 13",
     "alamat, telepon dan surel PPID", "surel dan telepon di dekat \"PPID\"", "static", "pelayanan"),
    ("renstra", "Rencana Strategis", "UU KIP Ps 11",
     "rencana strategis (Renstra, atau RPJMD untuk kabupaten) yang periodenya mencakup tahun berjalan", "\"Renstra 2021-2026\", \"RPJMD 2021-2026\"", "term", "jenis"),
]
_DESA = [
    ("desa-profil", "Profil Desa", "Perki 1/2018 Ps 2(1)a",
     "alamat, visi dan misi, tugas, struktur organisasi, perangkat desa", "\"Profil Desa\", \"Pemerintah Desa\", \"Struktur Organisasi\"", "static", "jenis"),
    ("desa-program-kegiatan", "Program dan Kegiatan Desa", "Perki 1/2018 Ps 2(1)b",
     "matriks kegiatan tahun berjalan (jadwal, penanggung jawab, anggaran)", "\"Pembangunan\", \"Kegiatan Desa\" tahun berjalan", "annual-current", "jenis"),
    ("desa-program-masuk", "Program Masuk Desa", "Perki 1/2018 Ps 2(1)c",
     "program yang masuk ke desa dan penerima bantuan", "\"Program Masuk Desa\", \"Penerima Bantuan\", \"BLT-DD\"", "annual-current", "jenis"),
    ("desa-rpjmdes", "RPJM Desa", "Perki 1/2018 Ps 2(1)d",
     "rencana pembangunan jangka menengah desa yang periodenya mencakup tahun berjalan", "\"RPJMDes 2020-2026\"", "term", "jenis"),
    ("desa-rkpdes", "RKP Desa", "Perki 1/2018 Ps 2(1)d",
     "rencana kerja pemerintah desa tahun berjalan", "\"RKPDes\" tahun berjalan", "annual-current", "jenis"),
    ("desa-apbdes", "APB Desa", "Perki 1/2018 Ps 2(1)e",
     "peraturan desa tentang APBDes tahun berjalan, atau ringkasan/infografisnya", "\"Perdes APBDes\", \"APBDes\", \"Infografis APBDes\"", "annual-current", "jenis"),
    ("desa-laporan-kinerja", "Laporan Penyelenggaraan Pemerintahan Desa", "Perki 1/2018 Ps 2(1)f",
     "laporan penyelenggaraan pemerintahan desa akhir tahun lalu", "\"LPPDes\", \"Laporan Akhir Tahun Anggaran\"", "annual-prev", "jenis"),
    ("desa-laporan-keuangan", "Laporan Realisasi APB Desa", "Perki 1/2018 Ps 2(1)g",
     "laporan realisasi APBDes tahun lalu", "\"Laporan Realisasi APBDes\"", "annual-prev", "jenis"),
    ("serta-merta", "Informasi Serta Merta", "Perki 1/2018 Ps 3",
     "bagian pengumuman serta merta", "\"Informasi Serta Merta\"", "static", "jenis"),
    ("dip", "Daftar Informasi Publik Desa", "Perki 1/2018 Ps 7 huruf e",
     "daftar informasi publik desa tahun berjalan", "\"Daftar Informasi Publik\" tahun berjalan", "annual-current", "jenis"),
    ("kontak-ppid", "Kontak PPID Desa", "Perki 1/2018",
     "alamat, telepon dan surel PPID desa", "surel dan telepon di dekat \"PPID\"", "static", "pelayanan"),
    ("form-permohonan", "Permohonan Informasi", "Perki 1/2018",
     "formulir atau saluran permohonan informasi", "formulir \"Permohonan Informasi\"", "static", "digitalisasi"),
    ("pengaduan", "Pengaduan", "UU Desa Ps 26(4); Perki 1/2018",
     "tata cara dan saluran pengaduan", "\"Pengaduan\", tautan ke lapor.go.id", "static", "digitalisasi"),
]
_FIELDS = ("id", "nama", "legal_basis", "what", "looked_for", "currency", "indicator")
FALLBACK = {
    "badan": {row[0]: dict(zip(_FIELDS, row)) for row in _BADAN_PUBLIK},
    DESA: {row[0]: dict(zip(_FIELDS, row)) for row in _DESA},
}

# Keys the checks' rule files may use for each field, first found wins.
_KEYS = {
    "nama": ("nama", "name"),
    "legal_basis": ("legal_basis", "dasar_hukum", "basis", "legal"),
    "what": ("what", "uraian", "description", "deskripsi"),
    "looked_for": ("looked_for", "dicari", "evidence", "typical_evidence", "bukti"),
    "fix": ("fix", "fix_advice", "advice", "perbaikan", "saran"),
    "currency": ("currency",),
    "indicator": ("indicator", "indikator"),
}


def _group(kind: str | None) -> str:
    return DESA if kind == DESA else "badan"


def _rules_dir() -> Path | None:
    try:
        path = Path(str(resources.files("checks") / "rules"))
    except (ModuleNotFoundError, TypeError):
        return None
    return path if path.is_dir() else None


@functools.lru_cache(maxsize=None)
def _rule(item_id: str) -> dict:
    """The checks' rule file for `item_id` as a dict; {} when there is none or it is unreadable."""
    folder = _rules_dir()
    if folder is None:
        return {}
    path = folder / f"{item_id}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}


def _pick(data: dict, field: str) -> Any:
    for key in _KEYS[field]:
        value = data.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):  # e.g. currency = {kind = "annual-prev", grace = "03-31"}
        value = value.get("kind") or value.get("type") or ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _kind_section(rule: dict, kind: str | None) -> dict:
    """A rule may say kind-specific things in a [desa] / [kinds.desa] / [by_kind.desa] table."""
    for holder in (rule, rule.get("kinds") or {}, rule.get("by_kind") or {}):
        for key in (kind, _group(kind)):
            section = holder.get(key) if isinstance(holder, dict) and key else None
            if isinstance(section, dict):
                return section
    return {}


def clear_cache() -> None:
    _rule.cache_clear()


def item_info(item_id: str, kind: str | None = None) -> dict:
    """Everything the reports say about one item for one kind of body; never raises."""
    base = dict(FALLBACK[_group(kind)].get(item_id)
                or FALLBACK["badan"].get(item_id) or FALLBACK[DESA].get(item_id)
                or {"id": item_id, "nama": item_id, "legal_basis": None, "what": None,
                    "looked_for": None, "currency": None, "indicator": None})
    base.setdefault("fix", None)
    rule = _rule(item_id)
    if rule:
        section = _kind_section(rule, kind)
        for field in _KEYS:
            value = _pick(section, field) or _pick(rule, field)
            if value is not None:
                base[field] = _text(value)
    base["id"] = item_id
    base["nama"] = base.get("nama") or item_id
    return base


def items_for_kind(kind: str | None) -> list[str]:
    """The item ids that apply to a kind of body, in the order of spec/items.md (the checks' list)."""
    try:
        from checks.items import items_for_kind as checks_items
        return list(checks_items(kind))
    except (ImportError, ValueError):
        return list(FALLBACK[_group(kind)])


def fix_advice(item_id: str, kind: str | None, status: str) -> str:
    """How to fix one gap, in one or two Indonesian sentences: the rule's own advice when it has one."""
    info = item_info(item_id, kind)
    nama, own = info["nama"], info.get("fix")
    if status == "missing":
        return own or f"Terbitkan {nama} di situs resmi (pada menu PPID) sehingga dapat ditemukan dari halaman utama."
    if status == "stale":
        return "Yang ditemukan belum mutakhir. " + (
            own or f"Perbarui {nama} dengan dokumen untuk periode yang berlaku, dan cantumkan tahunnya pada judul dokumen.")
    if status == "broken":
        return "Tautan yang ditemukan rusak: halaman atau berkas tujuannya tidak dapat dibuka. " + (
            own or f"Unggah ulang {nama} dan perbaiki tautannya.")
    return own or f"Periksa kembali {nama} di situs resmi."
