"""Reviewer verdicts: applied by later runs, expired by their date, invalidated when the evidence changes."""

from __future__ import annotations

import datetime as dt

import pytest

from checks import run_checks
from checks.examples import fetch_row, store_rows
from checks.verdicts import VerdictError, add_verdict
from kipmon.cli import main
from kipmon.config import load_config
from kipmon.registry import Body
from kipmon.store import Store

SITE = "http://dinkes.example/"
AS_OF = dt.date(2025, 6, 15)


def crawl(store, dip_title: str) -> int:
    run_id = store.start_run("test", as_of=AS_OF.isoformat())
    store.save_run_bodies(run_id, [Body("dinkes", "Dinas Kesehatan", "opd", (SITE,))])
    store.set_body_crawl(run_id, "dinkes", status="ok")
    home = f'<html><body><a href="/dip.pdf">{dip_title}</a></body></html>'
    store_rows(
        store,
        run_id,
        "dinkes",
        [fetch_row(SITE, html=home, source="start"), fetch_row(SITE + "dip.pdf", kind="pdf", title=dip_title, text="")],
    )
    store.finish_run(run_id, "complete")
    return run_id


def dip(store, run_id):
    return next(f for f in store.findings(run_id, "dinkes") if f["item_id"] == "dip")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "k.db")
    yield s
    s.close()


def test_verdict_applied_by_later_runs(store):
    r1 = crawl(store, "Daftar Informasi Publik 2023")
    run_checks(store, r1, AS_OF, load_config())
    assert dip(store, r1)["status"] == "stale"
    vid = add_verdict(store, "dinkes", "dip", "present", "DIP 2023 masih berlaku per SK perpanjangan", "rina")
    r2 = crawl(store, "Daftar Informasi Publik 2023")
    run_checks(store, r2, AS_OF, load_config())
    f = dip(store, r2)
    assert (f["status"], f["machine_status"], f["verdict_id"]) == ("present", "stale", vid)
    # re-running the checks over the same crawl keeps the verdict
    run_checks(store, r2, AS_OF, load_config())
    assert dip(store, r2)["verdict_id"] == vid


def test_verdict_expires(store):
    r1 = crawl(store, "Daftar Informasi Publik 2023")
    run_checks(store, r1, AS_OF, load_config())
    add_verdict(store, "dinkes", "dip", "present", "sementara", "rina", until=dt.date(2025, 6, 30))
    run_checks(store, r1, dt.date(2025, 6, 30), load_config())
    assert dip(store, r1)["status"] == "present"
    run_checks(store, r1, dt.date(2025, 7, 1), load_config())
    f = dip(store, r1)
    assert (f["status"], f["verdict_id"]) == ("stale", None)


def test_verdict_invalidated_when_evidence_changes(store):
    r1 = crawl(store, "Daftar Informasi Publik 2023")
    run_checks(store, r1, AS_OF, load_config())
    add_verdict(store, "dinkes", "dip", "present", "ok", "rina")
    r2 = crawl(store, "Daftar Informasi Publik 2022")  # other bytes behind the link
    run_checks(store, r2, AS_OF, load_config())
    f = dip(store, r2)
    assert (f["status"], f["machine_status"], f["verdict_id"]) == ("stale", "stale", None)


def test_revoked_verdict_no_longer_applies(store):
    r1 = crawl(store, "Daftar Informasi Publik 2023")
    run_checks(store, r1, AS_OF, load_config())
    vid = add_verdict(store, "dinkes", "dip", "missing", "bukan DIP", "rina")
    run_checks(store, r1, AS_OF, load_config())
    assert dip(store, r1)["status"] == "missing"
    assert store.revoke_verdict(vid)
    run_checks(store, r1, AS_OF, load_config())
    assert dip(store, r1)["status"] == "stale"
    assert not store.revoke_verdict(vid)


def test_bad_verdicts_refused(store):
    r1 = crawl(store, "Daftar Informasi Publik 2023")
    run_checks(store, r1, AS_OF, load_config())
    with pytest.raises(VerdictError):
        add_verdict(store, "dinkes", "dip", "unreachable", "x", "y")
    with pytest.raises(VerdictError):
        add_verdict(store, "dinkes", "no-such-item", "present", "x", "y")
    with pytest.raises(VerdictError):
        add_verdict(store, "nobody", "dip", "present", "x", "y")


def test_verdict_command_line(tmp_path, capsys):
    db = tmp_path / "k.db"
    with Store(db) as s:
        r1 = crawl(s, "Daftar Informasi Publik 2023")
        run_checks(s, r1, AS_OF, load_config())
    assert (
        main(
            [
                "verdict",
                "dinkes",
                "dip",
                "--status",
                "present",
                "--note",
                "SK diperpanjang",
                "--by",
                "rina",
                "--until",
                "2025-12-31",
                "--db",
                str(db),
            ]
        )
        == 0
    )
    assert main(["verdict", "--list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "dinkes\tdip\tpresent\trina\tuntil 2025-12-31" in out
    assert main(["check", "--db", str(db), "--as-of", "2025-06-15"]) == 0
    with Store(db) as s:
        assert dip(s, r1)["status"] == "present"
    assert main(["verdict", "--revoke", "1", "--db", str(db)]) == 0
    assert main(["verdict", "--revoke", "1", "--db", str(db)]) == 2
    assert main(["verdict", "dinkes", "dip", "--status", "bogus", "--note", "x", "--by", "y", "--db", str(db)]) == 2
