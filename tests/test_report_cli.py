"""`kipmon report` and `kipmon notify` from the command line, over a stored run."""

from __future__ import annotations

from kipmon.cli import main
from kipmon.store import Store
from reports.items import item_info
from sample_run import build_sample


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


def test_notify_links_each_body_page_to_its_notice_contact_and_fixes(tmp_path, capsys):
    from bs4 import BeautifulSoup

    db = tmp_path / "kipmon.db"
    with Store(db) as store:
        ids = build_sample(store)
    out = tmp_path / "out"
    assert main(["report", "--db", str(db), "--out", str(out)]) == 0
    page = BeautifulSoup((out / "bodies" / "kutim.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one("#pemberitahuan").name == "span"  # no notice written yet
    assert main(["notify", "--db", str(db), "--out", str(out)]) == 0
    assert "with links to the notices" in capsys.readouterr().out
    for body_id, stem, email in (
        ("kutim", "kutim", "ppid@kutaitimurkab.go.id"),
        ("bappeda", "bappeda-tak-terjangkau", None),
    ):
        page_path = out / "bodies" / f"{body_id}.html"
        page = BeautifulSoup(page_path.read_text(encoding="utf-8"), "html.parser")
        link = page.select_one("a#pemberitahuan")
        assert link is not None, body_id
        target = (page_path.parent / link["href"]).resolve()
        assert target == (out / "notices" / f"run-{ids[-1]}" / f"{stem}.html").resolve() and target.is_file()
        contact = page.select_one("#kontak")
        if email:
            assert contact["href"] == f"mailto:{email}"
        else:  # bappeda has no address in the registry: said so, and Diskominfo's (the pemkab's) instead
            assert "tidak ada alamat surel" in contact.get_text()
            assert page.select_one('a[href="mailto:ppid@kutaitimurkab.go.id"]') is not None
    page = BeautifulSoup((out / "bodies" / "kutim.html").read_text(encoding="utf-8"), "html.parser")
    gap_rows = [tr for tr in page.select("#butir tbody tr") if tr["data-status"] in ("missing", "stale", "broken")]
    assert gap_rows
    for tr in gap_rows:
        fix = tr.select_one(".fix").get_text(" ", strip=True)
        assert fix.startswith("Cara memperbaiki:")
        if tr["data-status"] == "broken":
            assert "Perbaiki tautan ke" in fix
    for tr in page.select("#butir tbody tr[data-status=present]"):
        assert tr.select_one(".fix") is None
