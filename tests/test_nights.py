"""Findings stay true across nights: an unchanged night changes nothing, and each change on a site is
reported as exactly that change (worlds/nights.py: the demo world over three nights)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

import pytest

from conftest import fast_config
from worlds.nights import CHANGES, DOWN, MOVED, serve_nights
from kipmon.store import Store
from reports.data import build
from schedules.job import options_from, run_job

AS_OF = dt.date(2025, 11, 29)


@pytest.fixture(scope="module")
def three_nights(tmp_path_factory):
    """Run the whole job (crawl, check, score, report, notify) on nights 1, 2 and 3 into one database,
    with the HTTP cache kept between nights as a real deployment keeps it."""
    tmp = tmp_path_factory.mktemp("nights")
    cfg = fast_config()
    db = tmp / "kipmon.db"
    out = {}
    with serve_nights(AS_OF, directory=tmp / "world") as nights:
        for night in (1, 2, 3):
            nights.advance(night)
            opts = options_from(
                cfg, db=db, out=tmp / f"out{night}", registry=nights.registry_path, as_of=AS_OF, command="test"
            )
            opts.httpcache = tmp / "httpcache"
            result = run_job(cfg, opts, log=lambda line: None)
            out[night] = {
                "run": result.run_id,
                "status": result.status,
                "labels": nights.labels(night),
                "out": tmp / f"out{night}",
            }
        moved_base = nights.moved_to.base
        down_base = nights.served.sites[DOWN].base
    out["down_base"] = down_base
    return db, out, moved_base


def _findings(db, run_id):
    with Store(db, create=False) as store:
        return {(f["body_id"], f["item_id"]): f for f in store.findings(run_id)}


def test_an_unchanged_night_gives_identical_findings_and_scores(three_nights):
    db, nights, _ = three_nights
    r1, r2 = nights[1]["run"], nights[2]["run"]
    assert nights[1]["status"] == nights[2]["status"] == "complete"
    keys = ("status", "evidence_url", "evidence_year", "evidence_hash", "detail", "reason")
    f1, f2 = _findings(db, r1), _findings(db, r2)
    assert {k: tuple(f[x] for x in keys) for k, f in f2.items()} == {
        k: tuple(f[x] for x in keys) for k, f in f1.items()
    }
    with Store(db, create=False) as store:
        assert [(s["body_id"], s["score"]) for s in store.scores(r2)] == [
            (s["body_id"], s["score"]) for s in store.scores(r1)
        ]
        assert store.rollup(r2)["score"] == store.rollup(r1)["score"]
        data = build(store, r2, fast_config())
    assert data["changes"]["fixed_total"] == 0 and data["changes"]["new_gaps_total"] == 0
    assert data["changes"]["moves"] == [] and data["changes"]["newly_unreachable"] == []


def test_every_night_agrees_with_its_labels(three_nights):
    db, nights, _ = three_nights
    for night, info in ((n, i) for n, i in nights.items() if n in (1, 2, 3)):
        got = _findings(db, info["run"])
        wrong = [
            (lab["body_id"], lab["item_id"], lab["status"], got[(lab["body_id"], lab["item_id"])]["status"])
            for lab in info["labels"]
            if got[(lab["body_id"], lab["item_id"])]["status"] != lab["status"]
        ]
        assert wrong == [], f"night {night}"


def test_night_three_reports_exactly_what_changed(three_nights):
    db, nights, moved_base = three_nights
    r2, r3 = nights[2]["run"], nights[3]["run"]
    f2, f3 = _findings(db, r2), _findings(db, r3)
    moved = {k for k in f3 if f3[k]["status"] != f2[k]["status"]}
    expected = set(CHANGES) | {k for k in f2 if k[0] == DOWN}
    assert moved == expected
    with Store(db, create=False) as store:
        data = build(store, r3, fast_config())
    changes = data["changes"]
    assert {(c["body_id"], c["item_id"]) for c in changes["fixed"]} == {
        k for k, (before, after, _) in CHANGES.items() if after == "present"
    }
    assert {(c["body_id"], c["item_id"]) for c in changes["new_gaps"]} == {
        k for k, (before, after, _) in CHANGES.items() if after in ("missing", "broken")
    }
    assert [e["id"] for e in changes["newly_unreachable"]] == [DOWN]
    # the moved site: judged the same, on its new address (its broken links stay broken)
    for key, f in f3.items():
        if key[0] == MOVED:
            assert f["status"] == f2[key]["status"], key
            if f["evidence_url"] and f2[key]["evidence_url"] and "lapor" not in f["evidence_url"]:
                assert f["evidence_url"].startswith(moved_base) or not f2[key]["evidence_url"].startswith(moved_base), (
                    key
                )
    assert any(f["status"] == "broken" for k, f in f3.items() if k[0] == MOVED)


def test_the_down_site_is_unreachable_not_last_nights_page(three_nights):
    db, nights, _ = three_nights
    r3 = nights[3]["run"]
    with Store(db, create=False) as store:
        crawl = store.body_crawls(r3)[DOWN]
        own = [r for r in store.snapshot(r3, DOWN) if r["url"].startswith(nights["down_base"])]
    # its own site refused; its page on the portal answered, but half a body is not judged
    assert (crawl["status"], crawl["reason"]) == ("unreachable", "refused")
    assert own and all(r["from_cache"] == 0 and r["content_hash"] is None and r["error"] for r in own)


def _notice_text(path):
    mail = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return mail.get_body(("plain",)).get_content()


def test_the_office_is_thanked_only_for_fixes_it_made(three_nights):
    _, nights, _ = three_nights
    text = _notice_text(nights[3]["out"] / "notices" / f"run-{nights[3]['run']}" / "bpkad.eml")
    fixed = next(line for line in text.splitlines() if "Sudah diperbaiki" in line)
    new = next(line for line in text.splitlines() if "Kekurangan baru" in line)
    for name in ("Ringkasan Laporan Keuangan", "Informasi Ketenagakerjaan", "Daftar Informasi Publik"):
        assert name in fixed
    assert "Ringkasan Laporan Kinerja" in new and "Ringkasan Laporan Kinerja" not in fixed
    # night 2 changed nothing, so no office hears of a fix
    outbox2 = nights[2]["out"] / "notices" / f"run-{nights[2]['run']}"
    assert list(outbox2.glob("*.eml"))
    for eml in outbox2.glob("*.eml"):
        lines = [line for line in _notice_text(eml).splitlines() if "Sudah diperbaiki" in line]
        assert all(line.strip() == "- Sudah diperbaiki: belum ada." for line in lines), eml.name
