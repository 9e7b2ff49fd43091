"""docs/items.md is generated from the rules and must not drift from them; `kipmon items` prints them."""

from __future__ import annotations

import subprocess
import sys

from checks.catalogue import shipped_rules
from checks.items_doc import DOC_PATH, render
from kipmon.items import ALL_ITEMS


def test_docs_items_md_matches_the_rules():
    assert DOC_PATH.read_text(encoding="utf-8") == render(), (
        "docs/items.md differs from checks/rules/*.toml: run `python -m checks.items_doc` and commit it"
    )


def test_every_item_is_in_the_doc_with_name_and_legal_basis():
    text = DOC_PATH.read_text(encoding="utf-8")
    for item_id in ALL_ITEMS:
        rule = shipped_rules()[item_id]
        assert f"| `{item_id}` | {rule.nama} | {rule.dasar_hukum} |" in text or rule.overrides.get("desa")


def test_kipmon_items_prints_the_catalogue():
    proc = subprocess.run([sys.executable, "-m", "kipmon.cli", "items"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "regency, OPD, kecamatan, kelurahan (25 items):"
    assert any(
        line.split()[0] == "dip"
        and "Daftar Informasi Publik" in line
        and "UU KIP Ps 11(1)a" in line
        and "annual-current" in line
        for line in lines
    )
    assert "desa (13 items):" in lines
    assert sum(1 for line in lines if line.startswith("  ")) == 25 + 13
