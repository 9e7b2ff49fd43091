"""Item metadata for reports and notices: the one place that reads the checks' catalogue.

`item_info(item_id, kind)` answers with the item's name (nama), legal basis, what it is, what evidence
was looked for, its indicator and currency rule, and how to fix it. It reads the checks' rule files
(checks/rules/<id>.toml, the catalogue the checks judge by), so a name or a legal basis is written in
one place; the catalogue test makes sure every item has its rule.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from kipmon import items as kipmon_items

DESA = "desa"

# Keys the checks' rule files may use for each field, first found wins.
_KEYS = {
    "nama": ("nama", "name"),
    "legal_basis": ("legal_basis", "dasar_hukum", "basis", "legal"),
    "what": ("what", "uraian", "description", "deskripsi"),
    "looked_for": ("looked_for", "dicari", "evidence", "typical_evidence", "bukti"),
    "fix": ("fix", "fix_advice", "advice", "perbaikan", "saran"),
    "currency": ("currency",),
    "indicator": ("indicator", "indikator"),
    "grace": ("grace",),
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
    """Everything the reports say about one item for one kind of body; never raises. An id without a
    rule (a finding of an older run whose item was renamed) shows under its id."""
    base = {"id": item_id, "nama": item_id, "legal_basis": None, "what": None, "looked_for": None,
            "currency": None, "indicator": None, "fix": None, "grace": None}
    rule = _rule(item_id)
    if rule:
        section = _kind_section(rule, kind)
        for field in _KEYS:
            value = _pick(section, field) or _pick(rule, field)
            if value is not None:
                base[field] = _text(value)
    base["nama"] = base.get("nama") or item_id
    return base


def items_for_kind(kind: str | None) -> list[str]:
    """The item ids that apply to a kind of body, in the order of spec/items.md; none for an unknown kind."""
    try:
        return list(kipmon_items.items_for_kind(kind))
    except ValueError:
        return []


ANNUAL = ("annual-prev", "annual-current")
_YEAR = re.compile(r"\b20\d\d\b")


def year_asked(item_id: str, kind: str | None, as_of: dt.date | None) -> int | None:
    """The year an annual item must be for on `as_of` (LKjIP of last year, DPA of this year);
    None for items with no yearly currency rule or when no date is known."""
    info = item_info(item_id, kind)
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


def fix_advice(item_id: str, kind: str | None, status: str, as_of: dt.date | None = None,
               evidence_url: str | None = None) -> str:
    """How to fix one gap, in one or two Indonesian sentences: the rule's own advice when it has one,
    with the year asked for computed from `as_of`. A broken item is a link to repair, whatever the rule
    says about publishing it (its advice is for an item that is not there at all)."""
    info = item_info(item_id, kind)
    nama, year = info["nama"], year_asked(item_id, kind, as_of)
    own = _dated(info["fix"], year) if info.get("fix") else None
    for_year = f" untuk tahun {year}" if year else ""
    if status == "missing":
        return own or f"Terbitkan {nama}{for_year} di situs resmi (pada menu PPID) sehingga dapat ditemukan dari halaman utama."
    if status == "stale":
        return "Yang ditemukan belum mutakhir. " + (
            own or f"Perbarui {nama} dengan dokumen{for_year or ' untuk periode yang berlaku'}, dan cantumkan tahunnya pada judul dokumen.")
    if status == "broken":
        where = f" ({evidence_url})" if evidence_url else ""
        return (f"Perbaiki tautan ke {nama}{where}: halaman atau berkas tujuannya tidak dapat dibuka. "
                f"Unggah ulang berkasnya{for_year} bila sudah terhapus, lalu pastikan tautannya membuka berkas itu.")
    return own or f"Periksa kembali {nama} di situs resmi."
