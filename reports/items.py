"""Item metadata for reports and notices, asked of the checks' rule catalogue (checks.catalogue).

`item_info(item_id, kind, cfg)` answers with the item's name (nama), legal basis, what it is, what
evidence was looked for, its indicator and currency rule, and how to fix it, all from the Rule the
checks judge by (`[checks] rules_dir` of `cfg` when set, else the shipped rules), as the rule applies to
that kind of body. Nothing here reads a rule file: a name or a legal basis is written in one place.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from checks.catalogue import Rule, configured_dir, load_rules, shipped_rules
from kipmon import items as kipmon_items


@functools.lru_cache(maxsize=8)
def _configured(directory: str) -> dict[str, Rule]:
    # a report asks per finding: a configured folder is read once per process, like the shipped rules
    return load_rules(directory)


def _rules(cfg: dict | None) -> dict[str, Rule]:
    d = configured_dir(cfg)
    return _configured(d) if d else shipped_rules()


def clear_cache() -> None:
    """Forget the rules read (after a configured rules folder changed in a long-lived process)."""
    _configured.cache_clear()


def item_info(item_id: str, kind: str | None = None, cfg: dict | None = None) -> dict:
    """Everything the reports say about one item for one kind of body. An id without a rule (a finding
    of an older run whose item was renamed) shows under its id, with nothing else known."""
    rule = _rules(cfg).get(item_id)
    if rule is None:
        return {
            "id": item_id,
            "nama": item_id,
            "legal_basis": None,
            "what": None,
            "looked_for": None,
            "currency": None,
            "indicator": None,
            "fix": None,
            "grace": None,
        }
    r = rule.for_kind(kind) if kind else rule
    return {
        "id": item_id,
        "nama": r.nama or item_id,
        "legal_basis": r.dasar_hukum or None,
        "what": r.uraian or None,
        "looked_for": r.dicari or None,
        "currency": r.currency,
        "indicator": r.indicator,
        "fix": r.cara_memperbaiki or None,
        "grace": r.grace,
    }


def items_for_kind(kind: str | None) -> list[str]:
    """The item ids that apply to a kind of body, in the order of spec/items.md; none for an unknown kind."""
    try:
        return list(kipmon_items.items_for_kind(kind))
    except ValueError:
        return []


ANNUAL = ("annual-prev", "annual-current")
_YEAR = re.compile(r"\b20\d\d\b")


def year_asked(item_id: str, kind: str | None, as_of: dt.date | None, cfg: dict | None = None) -> int | None:
    """The year an annual item must be for on `as_of` (LKjIP of last year, DPA of this year);
    None for items with no yearly currency rule or when no date is known."""
    info = item_info(item_id, kind, cfg)
    if as_of is None or info.get("currency") not in ANNUAL:
        return None
    from checks.currency import required_year

    return required_year(info["currency"], info.get("grace"), as_of)[0]


def _dated(text: str, year: int | None) -> str:
    """The rule's advice with the year it asks for spelled out (on an as-of date in 2026:
    "tahun lalu" becomes "tahun 2025",
    and a sample year in it ("mis. LKjIP 2024") becomes the year asked for, so advice never goes stale."""
    if year is None:
        return text
    text = _YEAR.sub(str(year), text)
    return re.sub(r"\btahun (lalu|berjalan)\b", f"tahun {year}", text)


def fix_advice(
    item_id: str,
    kind: str | None,
    status: str,
    as_of: dt.date | None = None,
    evidence_url: str | None = None,
    cfg: dict | None = None,
) -> str:
    """How to fix one gap, in one or two Indonesian sentences: the rule's own advice when it has one,
    with the year asked for computed from `as_of`. A broken item is a link to repair, whatever the rule
    says about publishing it (its advice is for an item that is not there at all)."""
    info = item_info(item_id, kind, cfg)
    nama, year = info["nama"], year_asked(item_id, kind, as_of, cfg)
    own = _dated(info["fix"], year) if info.get("fix") else None
    for_year = f" untuk tahun {year}" if year else ""
    if status == "missing":
        return (
            own
            or f"Terbitkan {nama}{for_year} di situs resmi (pada menu PPID) sehingga dapat ditemukan dari halaman utama."
        )
    if status == "stale":
        return "Yang ditemukan belum mutakhir. " + (
            own
            or f"Perbarui {nama} dengan dokumen{for_year or ' untuk periode yang berlaku'}, dan cantumkan tahunnya pada judul dokumen."
        )
    if status == "broken":
        where = f" ({evidence_url})" if evidence_url else ""
        return (
            f"Perbaiki tautan ke {nama}{where}: halaman atau berkas tujuannya tidak dapat dibuka. "
            f"Unggah ulang berkasnya{for_year} bila sudah terhapus, lalu pastikan tautannya membuka berkas itu."
        )
    return own or f"Periksa kembali {nama} di situs resmi."
