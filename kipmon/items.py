"""The item ids of spec/items.md, per body kind: a contract shared by rules, findings and reports.

Kept here as plain data, in the shared package, so the rule catalogue test can refuse a rule whose id is
not an item (and an item without a rule), and the labelled demo worlds use the same ids. Order is the order of spec/items.md (reports list items in this order).
"""

from __future__ import annotations

from kipmon.vocab import BADAN_PUBLIK_KINDS, DESA_KINDS

BADAN_PUBLIK_ITEMS = (
    "menu-ppid",
    "profil",
    "lhkpn",
    "program-kegiatan",
    "laporan-kinerja",
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
    "dip",
    "dik",
    "sk-ppid",
    "sop-ppid",
    "maklumat",
    "form-permohonan",
    "form-keberatan",
    "kontak-ppid",
    "renstra",
)

DESA_ITEMS = (
    "desa-profil",
    "desa-program-kegiatan",
    "desa-program-masuk",
    "desa-rpjmdes",
    "desa-rkpdes",
    "desa-apbdes",
    "desa-laporan-kinerja",
    "desa-laporan-keuangan",
    "serta-merta",
    "dip",
    "kontak-ppid",
    "form-permohonan",
    "pengaduan",
)

ALL_ITEMS = tuple(dict.fromkeys(BADAN_PUBLIK_ITEMS + DESA_ITEMS))

ITEMS_BY_KIND: dict[str, tuple[str, ...]] = {
    **{kind: BADAN_PUBLIK_ITEMS for kind in BADAN_PUBLIK_KINDS},
    **{kind: DESA_ITEMS for kind in DESA_KINDS},
}


def items_for_kind(kind: str) -> tuple[str, ...]:
    """The item ids that apply to a body of `kind` (spec/items.md), in spec order."""
    if kind in DESA_KINDS:
        return DESA_ITEMS
    if kind in BADAN_PUBLIK_KINDS:
        return BADAN_PUBLIK_ITEMS
    raise ValueError(f"unknown body kind {kind!r}")
