"""Checks beside the crawl (checks/pool.py): a body checked by a worker process while the crawl goes on
gets exactly the findings the serial check gives, and a worker killed mid-run costs one line per body
it held, never a body left unchecked. On the demo world, served on 127.0.0.x."""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading
import time

import pytest

from checks import pool as checkpool
from checks.run import run_checks
from conftest import fast_config
from kipmon.demo.world import serve_world
from kipmon.store import Store
from schedules.job import options_from, run_job

AS_OF = dt.date(2026, 11, 29)
KEYS = ("status", "reason", "evidence_url", "evidence_year", "evidence_hash", "detail", "carried_from", "rule_error")


def _by_key(findings: list[dict]) -> dict:
    return {(f["body_id"], f["item_id"]): tuple(f.get(k) for k in KEYS) for f in findings}


def _night(tmp_path, served, workers, log):
    cfg = fast_config()
    cfg["checks"]["workers"] = workers
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
    return cfg, db, run_job(cfg, opts, log=log)


def _serial(cfg, db, run_id) -> dict:
    """The same stored crawl checked again with no workers (findings rewritten as serial makes them)."""
    with Store(db) as store:
        run_checks(store, run_id, AS_OF, cfg)
        return _by_key(store.findings(run_id))


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with serve_world(AS_OF, directory=tmp_path_factory.mktemp("world")) as w:
        yield w


def test_findings_made_by_workers_during_the_crawl_equal_the_serial_ones(tmp_path, served):
    lines: list[str] = []
    cfg, db, result = _night(tmp_path, served, 1, lines.append)
    assert result.status == "complete", result.error
    line = result.stages["check"]["line"]
    used = int(line.split("; ")[-1].split()[0])
    with Store(db) as store:
        bodies = store.run_bodies(result.run_id)
        with_workers = _by_key(store.findings(result.run_id))
    assert used >= len(bodies) // 2, line  # most bodies were checked beside the crawl, not after it
    assert not [x for x in lines if "worker" in x], lines
    assert with_workers == _serial(cfg, db, result.run_id)
    assert {b for b, _ in with_workers} == {b["body_id"] for b in bodies}


def test_a_worker_killed_mid_run_costs_one_line_per_body_it_held_and_every_body_is_checked(tmp_path, served):
    lines: list[str] = []
    killed: list[int] = []
    stop = threading.Event()

    def killer():
        # kill the worker as soon as it holds a body it has not finished
        while not stop.is_set() and not killed:
            for p in list(checkpool._active):
                pids = p.pids()
                if pids and any(not f.done() for f in list(p.futures.values())):
                    os.kill(pids[0], signal.SIGKILL)
                    killed.append(pids[0])
                    break
            time.sleep(0.005)

    t = threading.Thread(target=killer, daemon=True)
    t.start()
    try:
        cfg, db, result = _night(tmp_path, served, 1, lines.append)
    finally:
        stop.set()
        t.join()
    assert killed, "no worker held a body to kill"
    assert result.status == "complete", result.error
    died = [x for x in lines if "its worker process died" in x]
    stopped = [x for x in lines if x.startswith("check workers stopped")]
    assert died or stopped, lines
    named = [x.split()[2].rstrip(":") for x in died]
    assert len(named) == len(set(named)), died  # one line per affected body
    assert len(stopped) <= 1, stopped
    with Store(db) as store:
        bodies = {b["body_id"] for b in store.run_bodies(result.run_id)}
        with_kill = _by_key(store.findings(result.run_id))
    assert {b for b, _ in with_kill} == bodies  # every body checked
    assert with_kill == _serial(cfg, db, result.run_id)


def test_workers_setting():
    assert checkpool.worker_count({"checks": {"workers": 0}}) == 0
    assert checkpool.worker_count({"checks": {"workers": 3}}) == 3
    assert checkpool.worker_count({"checks": {"workers": "auto"}}) == max(1, (os.cpu_count() or 1) - 1)
    with pytest.raises(ValueError):
        checkpool.worker_count({"checks": {"workers": "many"}})
