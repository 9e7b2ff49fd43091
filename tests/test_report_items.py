"""The reports and notices name items as the rules the run was checked by: a configured
`[checks] rules_dir` is what reports/items.py asks the catalogue for (a real SQLite file written by the
sample run, notices written as a dry run to files)."""

from __future__ import annotations

import shutil

import pytest
from sample_run import build_sample

from checks.catalogue import rules_dir
from kipmon.config import defaults
from kipmon.store import Store
from reports.data import build
from reports.items import clear_cache
from reports.notices import write_notices

NAME = "Daftar Informasi Publik Kabupaten (aturan setempat)"


@pytest.fixture()
def configured(tmp_path):
    rd = tmp_path / "rules"
    shutil.copytree(rules_dir(), rd)
    path = rd / "dip.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('nama = "Daftar Informasi Publik"\n', f'nama = "{NAME}"\n', 1),
        encoding="utf-8",
    )
    cfg = defaults()
    cfg["checks"]["rules_dir"] = str(rd)
    yield cfg
    clear_cache()


def test_report_and_notices_use_the_configured_rules(tmp_path, configured):
    with Store(tmp_path / "k.db") as store:
        run_id = build_sample(store)[-1]
        gaps = [
            f
            for f in store.findings(run_id)
            if f["item_id"] == "dip"
            and f["status"] in ("missing", "stale", "broken")
            and f["body_id"] != "desa-swarga-bara"
        ]  # a village has its own wording
        assert gaps, "the sample has no body missing its DIP"
        ctx = build(store, run_id, configured)
        rows = {(e["id"], r["item_id"]): r for e in ctx["bodies"] for r in e["items"]}
        assert rows[(gaps[0]["body_id"], "dip")]["nama"] == NAME
        assert NAME in rows[(gaps[0]["body_id"], "dip")]["fix"] or gaps[0]["status"] != "broken"
        shipped = {(e["id"], r["item_id"]): r for e in build(store, run_id, defaults())["bodies"] for r in e["items"]}
        assert shipped[(gaps[0]["body_id"], "dip")]["nama"] == "Daftar Informasi Publik"
        write_notices(store, run_id, tmp_path / "out", configured)
    text = (tmp_path / "out" / "notices" / f"run-{run_id}" / f"{gaps[0]['body_id']}.txt").read_text(encoding="utf-8")
    assert NAME in text
