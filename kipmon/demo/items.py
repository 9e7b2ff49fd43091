"""Item ids per body kind and their currency rules, as the demo world's labels use them.

The currency rules are a copy of the tables in spec/items.md ("Items for pemkab, opd, kecamatan,
kelurahan" and "Items for desa"), written for the labels independently of checks/rules. It lives here,
inside the package, because the tests and the demo must not read the spec at run time.
"""

from __future__ import annotations

import datetime as dt

# The ids themselves are the shared contract (kipmon/items.py); the currency table below is this
# world's own reading of spec/items.md, kept apart from the checks' rules on purpose.
from kipmon.items import BADAN_PUBLIK_ITEMS, DESA_ITEMS, ITEMS_BY_KIND  # noqa: E402, F401

# Currency of the dated items: (rule, grace (month, day) or None). Items not listed are `static`.
# Ids shared by both tables (dip, serta-merta, ...) have the same rule in both.
CURRENCY: dict[str, tuple[str, tuple[int, int] | None]] = {
    "lhkpn": ("annual-prev", (3, 31)),
    "program-kegiatan": ("annual-current", (2, 28)),
    "laporan-kinerja": ("annual-prev", (3, 31)),
    "laporan-keuangan": ("annual-prev", (6, 30)),
    "anggaran": ("annual-current", (2, 28)),
    "laporan-layanan-informasi": ("annual-prev", (3, 31)),
    "dip": ("annual-current", (3, 31)),
    "dik": ("annual-current", (3, 31)),
    "renstra": ("term", None),
    "desa-program-kegiatan": ("annual-current", (3, 31)),
    "desa-program-masuk": ("annual-current", (3, 31)),
    "desa-rpjmdes": ("term", None),
    "desa-rkpdes": ("annual-current", (3, 31)),
    "desa-apbdes": ("annual-current", (1, 31)),
    "desa-laporan-kinerja": ("annual-prev", (3, 31)),
    "desa-laporan-keuangan": ("annual-prev", (3, 31)),
}


def currency(item_id: str) -> str:
    return CURRENCY.get(item_id, ("static", None))[0]


def grace_date(item_id: str, year: int) -> dt.date | None:
    """The grace date of `item_id` in `year` (until then, one year older evidence is accepted)."""
    g = CURRENCY.get(item_id, ("static", None))[1]
    return dt.date(year, *g) if g else None


def in_grace(item_id: str, as_of: dt.date) -> bool:
    """True when as_of is on or before the item's grace date of its own year."""
    g = grace_date(item_id, as_of.year)
    return g is not None and as_of <= g
