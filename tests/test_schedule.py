"""The scheduler: jobs as data, their times in WITA, rotation, reconciliation, catch-up, a clean stop."""

from __future__ import annotations

import datetime as dt
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

from conftest import write_registry
from kipmon.config import ConfigError, load_config
from kipmon.demo.server import Page, Site
from kipmon.registry import default_registry_path, load_registry
from kipmon.store import Store, StoreError
from schedules.cli import status_check
from schedules.scheduler import bodies_for, build_scheduler, job_specs, previous_fire_time

ROOT = Path(__file__).resolve().parent.parent
WITA = ZoneInfo("Asia/Makassar")


def test_default_jobs_fire_at_one_every_night_and_monday_eight_wita():
    specs = {s.id: s for s in job_specs(load_config())}
    now = dt.datetime(2026, 11, 25, 14, 0, tzinfo=WITA)  # a Wednesday afternoon
    nightly = specs["nightly"].trigger.get_next_fire_time(None, now)
    assert nightly == dt.datetime(2026, 11, 26, 1, 0, tzinfo=WITA)
    assert nightly.utcoffset() == dt.timedelta(hours=8)
    assert specs["notices"].trigger.get_next_fire_time(None, now) == dt.datetime(2026, 11, 30, 8, 0, tzinfo=WITA)
    assert previous_fire_time(specs["nightly"].trigger, now) == dt.datetime(2026, 11, 25, 1, 0, tzinfo=WITA)
    assert "notify" not in specs["nightly"].stages and specs["notices"].action == "notices"


def test_rotation_covers_every_desa_once_a_week_and_only_desa():
    cfg = load_config()
    cfg["schedule"]["jobs"] = [{"id": "desa", "cron": "0 2 * * *", "only_kinds": ["desa"], "rotate": 7}]
    spec = job_specs(cfg)[0]
    bodies = load_registry(default_registry_path())
    desa = {b.id for b in bodies if b.kind == "desa"}
    week = [bodies_for(spec, bodies, dt.date(2026, 11, 23) + dt.timedelta(days=d)) for d in range(7)]
    ids = [b.id for day in week for b in day]
    assert sorted(ids) == sorted(desa)  # each desa exactly once in seven days
    assert all(len(day) < len(desa) / 3 for day in week)
    # stable: the same day next week picks the same desa
    assert week[0] == bodies_for(spec, bodies, dt.date(2026, 11, 30))


@pytest.mark.parametrize(
    "job, message",
    [
        ({"action": "run", "cron": "0 1 * * *"}, "explicit id"),
        ({"id": "x", "cron": "0 25 * * *"}, "bad cron"),
        ({"id": "x", "cron": "0 1 * * *", "only_kinds": ["dusun"]}, "unknown body kinds"),
        ({"id": "x", "cron": "0 1 * * *", "stages": ["crawl", "publish"]}, "unknown stages"),
    ],
)
def test_bad_schedules_are_refused_with_the_job_named(job, message):
    cfg = load_config()
    cfg["schedule"]["jobs"] = [job]
    with pytest.raises(ConfigError, match=message):
        job_specs(cfg)


def _cfg_with_db(tmp_path) -> dict:
    cfg = load_config()
    cfg["paths"]["db"] = str(tmp_path / "kipmon.db")
    return cfg


def _age_run(db: Path, run_id: int, started: dt.datetime) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(
            "update runs set started_at = ?, finished_at = ? where id = ?",
            [started.isoformat(), started.isoformat(), run_id],
        )


def test_scheduler_has_the_configured_jobs_defaults_and_a_catch_up_only_when_overdue(tmp_path):
    cfg = _cfg_with_db(tmp_path)
    now = dt.datetime(2026, 11, 25, 14, 0, tzinfo=WITA)
    with Store(cfg["paths"]["db"]) as store:
        run_id = store.start_run("schedule:nightly")
        store.finish_run(run_id, "complete")
    _age_run(Path(cfg["paths"]["db"]), run_id, dt.datetime(2026, 11, 25, 1, 0, 5, tzinfo=WITA))
    scheduler = build_scheduler(cfg, now=now, scheduler_cls=BackgroundScheduler)
    scheduler.start(paused=True)  # started (paused) so the job defaults are applied to the jobs
    try:
        jobs = {j.id: j for j in scheduler.get_jobs()}
        assert set(jobs) == {"nightly", "notices"}  # last night's run happened: no catch-up
        for job in jobs.values():
            assert (job.coalesce, job.max_instances, job.misfire_grace_time) == (True, 1, 6 * 3600)
        assert jobs["nightly"].next_run_time.utcoffset() == dt.timedelta(hours=8)
        assert (jobs["nightly"].next_run_time.hour, jobs["nightly"].next_run_time.minute) == (1, 0)
    finally:
        scheduler.shutdown(wait=False)

    _age_run(Path(cfg["paths"]["db"]), run_id, dt.datetime(2026, 11, 24, 1, 0, 5, tzinfo=WITA))
    scheduler = build_scheduler(cfg, now=now)
    assert {j.id for j in scheduler.get_jobs()} == {"nightly", "notices", "nightly:catch-up"}

    # a job dropped from the config is gone at the next start; ids stay what the config says
    cfg["schedule"]["jobs"] = [{"id": "weekly", "cron": "0 3 * * sun"}]
    scheduler = build_scheduler(cfg, now=now)
    assert {j.id for j in scheduler.get_jobs()} == {"weekly", "weekly:catch-up"}


def test_status_check_fails_when_the_last_complete_run_is_too_old(tmp_path):
    db = tmp_path / "kipmon.db"
    with Store(db) as store:
        ok, line = status_check(store, 36)
        assert not ok and "no complete run" in line
        good = store.start_run("run")
        store.finish_run(good, "complete")
        bad = store.start_run("schedule:nightly")
        store.finish_run(bad, "failed", "crawl: boom")
    _age_run(db, good, dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=50))
    out = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "status", "--db", str(db), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert out.stdout.count("\n") == 1 and "CRITICAL" in out.stdout and f"#{good}" in out.stdout
    assert "crawl: boom" in out.stdout
    out = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "status", "--db", str(db), "--check", "--max-age", "72"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0 and out.stdout.startswith("OK")


def test_schedule_process_catches_up_then_stops_cleanly_on_sigterm(tmp_path):
    with Site({"/": Page("<html><head><title>Portal</title></head><body>ok</body></html>")}) as site:
        registry = write_registry(tmp_path / "registry.csv", [{"id": "portal", "url": site.url("/")}])
        db = tmp_path / "kipmon.db"
        config = tmp_path / "kipmon.toml"
        config.write_text(
            f"""
[paths]
db = "{db}"
out = "{tmp_path / "out"}"
registry = "{registry}"
httpcache = "{tmp_path / "httpcache"}"

[crawl]
download_delay = 0
autothrottle = false

[[schedule.jobs]]
id = "nightly"
cron = "0 1 * * *"
stages = ["crawl"]
""",
            encoding="utf-8",
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "kipmon.cli", "schedule", "--config", str(config)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:  # no run yet, so the start catches up at once
                if db.exists():
                    try:  # a reader, as a monitor would open it while the scheduler creates the file
                        with Store(db, create=False) as store:
                            runs = store.runs(1)
                    except StoreError:
                        runs = []
                    if runs and runs[0]["status"] != "running":
                        break
                time.sleep(0.1)
            assert runs and runs[0]["status"] == "complete" and runs[0]["command"] == "schedule:nightly"
            assert "/" in site.requests
            proc.send_signal(signal.SIGTERM)
            out, _ = proc.communicate(timeout=20)
        finally:
            proc.kill()
        assert proc.returncode == 0, out
        assert "catching up" in out and "SIGTERM received" in out and "scheduler stopped" in out
        # the journal shows the night moving: a line per body finished, the crawl stage's line
        assert "kipmon.schedule: crawl: [1/1] portal ok, 1 pages, 0 documents, 0 failures" in out
        assert "kipmon.schedule:   crawl: 1 of 1 bodies crawled" in out
        assert "Traceback" not in out


def test_sigterm_during_a_crawl_stops_the_child_closes_the_run_as_failed_and_exits_zero(tmp_path):
    routes = {"/": Page("<html><body>" + " ".join(f'<a href="/p/{i}">{i}</a>' for i in range(300)) + "</body></html>")}
    for i in range(300):
        routes[f"/p/{i}"] = Page("<html><body>x</body></html>", delay=0.3)
    with Site(routes) as site:
        registry = write_registry(tmp_path / "registry.csv", [{"id": "slow", "url": site.url("/")}])
        db = tmp_path / "kipmon.db"
        config = tmp_path / "kipmon.toml"
        config.write_text(
            f'[paths]\ndb = "{db}"\nout = "{tmp_path / "out"}"\nregistry = "{registry}"\n'
            "[crawl]\ndownload_delay = 0\nautothrottle = false\ndownload_timeout = 3\n"
            '[[schedule.jobs]]\nid = "nightly"\ncron = "0 1 * * *"\nstages = ["crawl"]\n',
            encoding="utf-8",
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "kipmon.cli", "schedule", "--config", str(config)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and sum(r.startswith("/p/") for r in site.requests) < 5:
                time.sleep(0.05)
            proc.send_signal(signal.SIGTERM)
            started = time.monotonic()
            out, _ = proc.communicate(timeout=30)
            took = time.monotonic() - started
        finally:
            proc.kill()
        assert proc.returncode == 0, out
        assert took < 3 + 5 + 5  # download timeout + grace + margin
        with Store(db) as store:
            run = store.runs(1)[0]
        assert run["status"] == "failed" and "SIGTERM" in run["error"]
        assert sum(r.startswith("/p/") for r in site.requests) < 300
