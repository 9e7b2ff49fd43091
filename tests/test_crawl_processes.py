"""A local crawl over several child processes (crawler/shares.py, crawler/run.py): each server's bodies in
one child, the shares balanced, one progress for all, and on the demo world (served on 127.0.0.x) the same
fetches and findings as one child; a child killed mid-crawl costs only its own bodies, never a `missing`."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import threading
import time

import pytest

from conftest import fast_config
from crawler import shares
from crawler.engines.assign import politeness_groups
from kipmon.demo.world import serve_world
from kipmon.registry import load_registry
from kipmon.store import Store
from schedules.job import options_from, run_job

AS_OF = dt.date(2026, 11, 29)
KEYS = ("status", "reason", "evidence_url", "evidence_year", "evidence_hash", "detail", "carried_from", "rule_error")


# ------------------------------------------------------------------ splitting, without processes


def _servers(n: int) -> dict[str, list[str]]:
    """n politeness groups with a site, and the group of bodies without one (which is no server)."""
    return {**{f"10.0.0.{i}": [f"b{i}"] for i in range(n)}, "-": ["no-site"]}


def test_process_count_reads_auto_and_numbers_and_never_exceeds_the_groups():
    cfg = fast_config()
    cfg["crawl"]["processes"] = "auto"
    assert shares.process_count(cfg, _servers(50)) == (os.cpu_count() or 1)
    cfg["crawl"]["processes"] = 3
    assert shares.process_count(cfg, _servers(50)) == 3
    assert shares.process_count(cfg, _servers(2)) == 2  # never more children than whole servers to give them
    cfg["crawl"]["processes"] = 0
    assert shares.process_count(cfg, _servers(5)) == 1
    cfg["crawl"]["processes"] = "many"
    with pytest.raises(ValueError, match="processes"):
        shares.process_count(cfg, _servers(5))


def test_split_keeps_each_server_in_one_share_and_balances_by_last_nights_fetches():
    bodies = [
        ("pemkab", ["https://kutaitimurkab.go.id/"]),
        ("dlh", ["https://dlh.kutaitimurkab.go.id/"]),  # the same registered domain: the same server
        ("desa-a", ["http://127.0.0.5/"]),
        ("desa-b", ["http://127.0.0.6/"]),
        ("desa-c", ["http://127.0.0.7/"]),
        ("no-site", []),
    ]
    fetches = {"pemkab": 300, "dlh": 200, "desa-a": 150, "desa-b": 150, "desa-c": 190, "no-site": 0}
    got = shares.split(bodies, politeness_groups(bodies), 2, fetches)
    assert sorted(b for s in got for b in s) == sorted(b for b, _ in bodies)  # every body once
    together = next(s for s in got if "pemkab" in s)
    assert "dlh" in together  # one server's bodies never in two processes (politeness holds)
    loads = sorted(sum(fetches[b] for b in s) for s in got)
    assert loads == [490, 500]  # the heavy server alone on one side, the three desa on the other
    for s in got:  # registry order within a share
        assert s == [b for b, _ in bodies if b in s]
    assert shares.split(bodies, politeness_groups(bodies), 1, fetches) == [[b for b, _ in bodies]]
    assert (
        len(shares.split(bodies[:2], politeness_groups(bodies[:2]), 4, fetches)) == 1
    )  # one server: one share, whatever was asked


def test_share_settings_divide_the_concurrency_and_the_nights_budgets():
    settings = {
        "CONCURRENT_REQUESTS": 32,
        "KIPMON_OCR": {"seconds_per_night": 1800, "concurrency": 1, "on": True},
        "KIPMON_RENDER": {"seconds_per_night": 600, "concurrency": 2, "on": True},
        "KIPMON_DB": "x.db",
    }
    one = shares.share_settings(settings, 3)
    assert one["CONCURRENT_REQUESTS"] == 11
    assert one["KIPMON_OCR"] == {"seconds_per_night": 600.0, "concurrency": 1, "on": True}
    assert one["KIPMON_RENDER"] == {"seconds_per_night": 200.0, "concurrency": 1, "on": True}
    assert one["KIPMON_DB"] == "x.db"
    assert settings["KIPMON_OCR"]["seconds_per_night"] == 1800  # the caller's settings untouched
    assert shares.share_settings(settings, 1) is settings


def test_merged_progress_is_one_crawl_seen_from_several_children():
    seen: list[dict] = []
    merged = shares.MergedProgress(seen.append, 2, total=5)
    a, b = merged.for_child(0), merged.for_child(1)
    a({"event": "start", "total": 3})
    b({"event": "start", "total": 2})
    a({"event": "body", "id": "x", "done": 1, "total": 3, "pages_total": 10, "documents_total": 1, "errors_total": 0})
    b({"event": "body", "id": "y", "done": 1, "total": 2, "pages_total": 4, "documents_total": 0, "errors_total": 2})
    b({"event": "stored", "id": "y", "status": "ok"})
    a({"event": "tick", "done": 1, "total": 3, "pages_total": 15, "documents_total": 1, "errors_total": 0})
    assert [e["event"] for e in seen] == ["start", "body", "body", "stored", "tick"]
    assert seen[0]["total"] == 5
    assert (seen[2]["id"], seen[2]["done"], seen[2]["total"], seen[2]["pages_total"]) == ("y", 2, 5, 14)
    assert seen[2]["errors_total"] == 2
    assert seen[3] == {"event": "stored", "id": "y", "status": "ok"}
    assert (seen[4]["done"], seen[4]["pages_total"]) == (2, 19)


# ------------------------------------------------------------------ the store under several writers


def test_a_write_block_that_reads_first_waits_for_another_writer_instead_of_failing(tmp_path):
    """BEGIN IMMEDIATE in Store's atomic(): with a plain BEGIN the block below failed at once with
    "database is locked" (its read snapshot went stale when the other process committed)."""
    db = tmp_path / "k.db"
    Store(db).close()
    with Store(db) as a:
        a.db.execute("create table meta (key text, value text)")
        a_read = threading.Event()
        errors: list[BaseException] = []

        def other_writer():
            try:
                with Store(db) as b:  # its own connection, as another process has
                    a_read.wait(5)
                    with b.db.atomic():
                        b.db.execute("insert into meta (key, value) values ('b', '1')")
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        t = threading.Thread(target=other_writer)
        t.start()
        with a.db.atomic():
            a.db.execute("select count(*) from meta").fetchone()
            a_read.set()
            time.sleep(0.3)  # the other writer tries now, and waits
            a.db.execute("insert into meta (key, value) values ('a', '1')")
        t.join(10)
        assert not errors, errors
        keys = {r["key"] for r in a.query("select key from meta")}
        assert {"a", "b"} <= keys


# ------------------------------------------------------------------ real crawls of the demo world


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with serve_world(AS_OF, directory=tmp_path_factory.mktemp("world")) as w:
        yield w


def _night(tmp_path, served, processes, on_start=None):
    cfg = fast_config()
    cfg["crawl"]["processes"] = processes
    cfg["checks"]["workers"] = 0
    db = tmp_path / "kipmon.db"
    opts = options_from(
        cfg,
        db=db,
        out=tmp_path / "out",
        registry=served.registry_path,
        as_of=AS_OF,
        stages=("crawl", "check"),
        command="test",
    )
    if on_start is not None:
        on_start(db)
    return db, run_job(cfg, opts, log=lambda line: None)


def _outcome(db, run_id):
    with Store(db) as store:
        findings = {(f["body_id"], f["item_id"]): tuple(f.get(k) for k in KEYS) for f in store.findings(run_id)}
        fetches = {
            (r["body_id"], r["url"], r["status"], r["content_hash"])
            for r in store.query("select * from fetches where run_id = ?", [run_id])
        }
        crawls = {
            b: (c["status"], c["reason"], c["pages"], c["documents"]) for b, c in store.body_crawls(run_id).items()
        }
    return findings, fetches, crawls


def _children_of(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as fh:
                    cmd = fh.read()
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid == pid and b"crawler.run" in cmd:
                out.append(int(entry))
    return out


def test_two_children_fetch_and_find_what_one_child_does(tmp_path, served):
    groups = politeness_groups((b.id, list(b.urls)) for b in load_registry(served.registry_path))
    assert len(groups) >= 2  # the demo world's sites are on several 127.0.0.x servers
    db1, one = _night(tmp_path / "one", served, 1)
    db2, two = _night(tmp_path / "two", served, 2)
    assert one.status == two.status == "complete", (one.error, two.error)
    assert (len(one.stages["crawl"]["pids"]), len(two.stages["crawl"]["pids"])) == (1, 2)
    f1, fetch1, crawl1 = _outcome(db1, one.run_id)
    f2, fetch2, crawl2 = _outcome(db2, two.run_id)
    assert crawl2 == crawl1
    assert fetch2 == fetch1
    assert f2 == f1


def test_a_child_killed_mid_crawl_costs_only_its_own_bodies(tmp_path, served):
    killed: list[int] = []

    def killer():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            kids = _children_of(os.getpid())
            if len(kids) == 2:
                time.sleep(1.0)  # both at work: kill one of them
                os.kill(kids[0], signal.SIGKILL)
                killed.append(kids[0])
            time.sleep(0.02)

    t = threading.Thread(target=killer, daemon=True)
    t.start()
    db, result = _night(tmp_path, served, 2)
    t.join(5)
    assert killed, "the two crawl children were never seen"
    assert result.status == "failed"
    assert "killed by signal 9" in result.error
    with Store(db) as store:
        crawls = store.body_crawls(result.run_id)
        bodies = {b["body_id"] for b in store.run_bodies(result.run_id)}
    assert set(crawls) == bodies  # every body has a result: none left looking crawled or missing
    cut = {b for b, c in crawls.items() if c["status"] == "unreachable" and c["reason"] == "error"}
    fine = {b for b, c in crawls.items() if c["status"] == "ok"}
    assert cut, crawls  # the killed child's bodies, marked cut short
    assert fine, crawls  # the other child's bodies, crawled whole
    try:
        with sqlite3.connect(db) as conn:
            missing = conn.execute(
                "select count(*) from findings where run_id = ? and status = 'missing' and body_id in (%s)"
                % ",".join("?" * len(cut)),
                [result.run_id, *cut],
            ).fetchone()[0]
    except sqlite3.OperationalError:
        missing = 0  # the check stage did not run: a failed crawl ends the run
    assert missing == 0


def test_a_registry_whose_sites_share_one_server_is_crawled_by_one_child(tmp_path):
    """Kutai Timur's case: every site a subdomain of one server, the rest without a site."""
    from crawler.run import _shares

    reg = tmp_path / "registry.csv"
    reg.write_text(
        "id,name,kind,url\n"
        "pemkab,Pemkab,pemkab,https://kutaitimurkab.go.id/\n"
        "dlh,DLH,opd,https://dlh.kutaitimurkab.go.id/\n"
        "desa-a,Desa A,desa,\n"
        "desa-b,Desa B,desa,\n",
        encoding="utf-8",
    )
    cfg = fast_config()
    cfg["crawl"]["processes"] = 4
    everyone = load_registry(reg)
    assert _shares(cfg, everyone, tmp_path / "none.db", 1, None) == [["pemkab", "dlh", "desa-a", "desa-b"]]


def test_a_child_that_cannot_start_takes_the_started_ones_down(tmp_path, served, monkeypatch):
    """The second child's start fails (here: an OSError injected at that one call, as a full process
    table would give): the first child, already crawling, is killed, and no body is left looking crawled."""
    from crawler import run as crawl_run

    real_start = crawl_run._Child.start.__func__
    started: list[int] = []

    def start(cls, *args, **kwargs):
        if started:
            raise OSError("no more processes")
        child = real_start(cls, *args, **kwargs)
        started.append(child.proc.pid)
        return child

    monkeypatch.setattr(crawl_run._Child, "start", classmethod(start))
    db, result = _night(tmp_path, served, 2)
    assert result.status == "failed"
    assert "no more processes" in result.error
    assert len(started) == 1
    with pytest.raises(ProcessLookupError):
        os.kill(started[0], 0)  # gone, not crawling on alone
    with Store(db) as store:
        crawls = store.body_crawls(result.run_id)
        bodies = {b["body_id"] for b in store.run_bodies(result.run_id)}
    assert set(crawls) == bodies
    # killed within a moment of its start, the first child crawled nothing: every body with a site is cut
    # short (the bodies without one keep their `no-url`)
    assert {(c["status"], c["reason"]) for c in crawls.values()} == {
        ("unreachable", "error"),
        ("unreachable", "no-url"),
    }
