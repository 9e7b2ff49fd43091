"""The item catalogue as people read it, generated from the rules: `python -m checks.items_doc` writes
docs/items.md, and `kipmon items` prints the same table. tests/test_items_doc.py fails when docs/items.md
no longer matches the rules, so the document can never drift from what is checked.
"""

from __future__ import annotations

import sys
from pathlib import Path

from checks.catalogue import shipped_rules
from kipmon.items import BADAN_PUBLIK_ITEMS, DESA_ITEMS

DOC_PATH = Path(__file__).resolve().parent.parent / "docs" / "items.md"

CURRENCY_WORDS = {
    "static": "static: being there is enough",
    "annual-prev": "annual-prev: last year's (year N-1); N-2 still accepted up to {grace} of year N",
    "annual-current": "annual-current: this year's (year N); N-1 still accepted up to {grace} of year N",
    "term": "term: a multi-year document whose range covers year N",
    "recent": "recent: the newest dated entry at most {days} days old",
}


def currency_rule(rule) -> str:
    return CURRENCY_WORDS[rule.currency].format(grace=rule.grace or "", days=rule.recent_days or "")


def _table(item_ids: tuple[str, ...], kind: str) -> list[str]:
    rules = shipped_rules()
    lines = ["| id | name | legal basis | currency rule | indicator | weight |", "|---|---|---|---|---|---|"]
    for item_id in item_ids:
        rule = rules[item_id].for_kind(kind)
        lines.append(
            f"| `{rule.id}` | {rule.nama} | {rule.dasar_hukum} | {currency_rule(rule)} | "
            f"{rule.indicator} | {rule.weight:g} |"
        )
    return lines


def render() -> str:
    """docs/items.md, from the shipped rules (checks/rules/*.toml)."""
    out = [
        "# The items kipmon checks",
        "",
        "Generated from `checks/rules/*.toml` by `python -m checks.items_doc`; do not edit by hand",
        "(`tests/test_items_doc.py` fails when this file and the rules differ). `kipmon items` prints the same.",
        "",
        "Each item is one piece of information a public body must publish under UU 14/2008 (UU KIP) and the",
        "Komisi Informasi's standards. The **id** is what commands, exports and verdicts use",
        "(`kipmon verdict dlh dip --status ada ...`); the name is what reports and notices show.",
        "Year N is the year of the as-of date the run judges against; a grace date is inclusive.",
        "",
        f"## Regency, OPD, kecamatan and kelurahan ({len(BADAN_PUBLIK_ITEMS)} items)",
        "",
        *_table(BADAN_PUBLIK_ITEMS, "opd"),
        "",
        f"## Desa ({len(DESA_ITEMS)} items)",
        "",
        "Items shared with the other kinds carry the village wording and legal basis where the rule has one.",
        "",
        *_table(DESA_ITEMS, "desa"),
        "",
        "The indicator and weight say where an item counts in the score (docs/scoring.md); what a finding's",
        "status means is in docs/statuses.md. Each rule file also holds what is looked for, how to fix it,",
        "and passing and failing example pages that the tests evaluate.",
        "",
    ]
    return "\n".join(out)


def catalogue_lines() -> list[str]:
    """One line per item for `kipmon items`: id, name, legal basis, currency rule."""
    rules = shipped_rules()
    lines = []
    for title, ids, kind in (
        ("regency, OPD, kecamatan, kelurahan", BADAN_PUBLIK_ITEMS, "opd"),
        ("desa", DESA_ITEMS, "desa"),
    ):
        lines.append(f"{title} ({len(ids)} items):")
        for item_id in ids:
            rule = rules[item_id].for_kind(kind)
            lines.append(f"  {rule.id:<26} {rule.nama}  [{rule.dasar_hukum}]  {currency_rule(rule)}")
    return lines


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DOC_PATH
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
