"""`kipmon report` and `kipmon notify` from the command line, over a stored run."""

from __future__ import annotations

from kipmon.cli import main
from kipmon.store import Store
from reports.items import item_info
from reports.sample import build_sample


def test_report_and_notify_commands(tmp_path, capsys):
    db = tmp_path / "kipmon.db"
    with Store(db) as store:
        ids = build_sample(store)
    out = tmp_path / "out"
    assert main(["report", "--db", str(db), "--out", str(out)]) == 0
    assert (out / "index.html").exists() and (out / "bodies" / "kutim.html").exists()
    assert f"report of run {ids[-1]}:" in capsys.readouterr().out
    assert main(["notify", "--db", str(db), "--out", str(out), "--run", str(ids[-1])]) == 0
    printed = capsys.readouterr().out
    assert "dry run, nothing sent" in printed and "2 unreachable-site" in printed
    assert (out / "notices" / f"run-{ids[-1]}" / "kutim.eml").exists()
    assert main(["notify", "--db", str(db), "--out", str(out), "--send"]) == 2
    assert "smtp_host" in capsys.readouterr().err


def test_notify_refuses_while_a_run_holds_the_lock(tmp_path, capsys):
    from kipmon.lock import run_lock

    db = tmp_path / "kipmon.db"
    with Store(db) as store:
        build_sample(store)
    with run_lock(db, "kipmon run"):
        assert main(["notify", "--db", str(db), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "kipmon run" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "notices").exists()


def test_item_info_reads_the_checks_catalogue_with_kind_specific_names():
    assert item_info("dip", "opd")["nama"] == "Daftar Informasi Publik"
    desa = item_info("dip", "desa")
    assert desa["nama"] == "Daftar Informasi Publik Desa" and "Perki 1/2018" in desa["legal_basis"]
    assert item_info("lhkpn", "opd")["fix"]  # fix advice comes from the rule file
    unknown = item_info("tidak-ada-item", "opd")
    assert unknown["nama"] == "tidak-ada-item"


def test_check_refuses_while_a_run_holds_the_lock(tmp_path, capsys):
    from kipmon.lock import run_lock

    db = tmp_path / "kipmon.db"
    with Store(db) as store:
        build_sample(store)
    with run_lock(db, "kipmon run"):
        assert main(["check", "--db", str(db)]) == 2
    assert "kipmon run" in capsys.readouterr().err
