"""Faults with real processes: killed crawls, a hanging site, a second run, an unusable database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import fast_config, write_registry
from kipmon.demo.server import Page, SilentSite, Site
from kipmon.store import Store
from kipmon.lock import LockBusy, holder, run_lock

ROOT = Path(__file__).resolve().parent.parent


def html(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


def slow_site(pages: int = 200, delay: float = 0.2) -> Site:
    """A site that takes a while to crawl: many linked pages, each answered after `delay`."""
    routes = {"/": Page(html("Portal", " ".join(f'<a href="/p/{i}">Hal {i}</a>' for i in range(pages))))}
    for i in range(pages):
        routes[f"/p/{i}"] = Page(html(f"Hal {i}", "isi"), delay=delay)
    return Site(routes)


def write_config(tmp: Path, registry: Path, **crawl) -> Path:
    cfg = {
        "download_delay": 0,
        "autothrottle": "false",
        "concurrent_per_domain": 2,
        "download_timeout": 5,
        "retry_times": 0,
        "page_budget": 500,
        **crawl,
    }
    lines = [
        "[paths]",
        f'db = "{tmp / "kipmon.db"}"',
        f'out = "{tmp / "out"}"',
        f'registry = "{registry}"',
        f'httpcache = "{tmp / "httpcache"}"',
        "",
        "[crawl]",
    ]
    lines += [f"{k} = {v}" for k, v in cfg.items()]
    path = tmp / "kipmon.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def kipmon(*args: str, **kw) -> subprocess.Popen:
    kw = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kw}
    return subprocess.Popen([sys.executable, "-m", "kipmon.cli", *args], cwd=ROOT, text=True, **kw)


def crawl_children(db: Path) -> list[int]:
    """Pids of `python -m crawler.run` children crawling into `db` (found in /proc, as an operator would)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"crawler.run" in cmd and any(str(db).encode() in part for part in cmd):
            pids.append(int(entry.name))
    return pids


def wait_for(predicate, timeout: float, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"not within {timeout} s")


def fetch_count(db: Path) -> int:
    if not db.exists():
        return 0
    with Store(db) as store:
        return store.query("select count(*) n from fetches")[0]["n"]


def test_second_run_is_refused_while_one_holds_the_lock_and_says_who(tmp_path):
    db = tmp_path / "kipmon.db"
    registry = write_registry(tmp_path / "registry.csv", [{"id": "a", "url": ""}])
    with run_lock(db, "kipmon run --only a") as lock:
        assert holder(db)["pid"] == str(os.getpid())
        proc = kipmon("run", "--db", str(db), "--registry", str(registry), "--out", str(tmp_path / "out"))
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 2
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert f"pid {os.getpid()}" in lines[0] and "`kipmon run --only a`" in lines[0]
        assert lock.info["since"] in lines[0]
        with pytest.raises(LockBusy):
            with run_lock(db, "kipmon crawl"):
                pass
    assert holder(db) is None
    assert not db.exists()  # the refused run wrote nothing


def test_crawl_child_killed_mid_run_fails_the_run_and_the_next_run_completes(tmp_path):
    with slow_site() as site:
        registry = write_registry(tmp_path / "registry.csv", [{"id": "slow", "url": site.url("/")}])
        config = write_config(tmp_path, registry)
        db = tmp_path / "kipmon.db"
        proc = kipmon("crawl", "--config", str(config))
        child = wait_for(lambda: crawl_children(db), 30)[0]
        wait_for(lambda: fetch_count(db) >= 10, 30)  # killed mid-write, not before it began
        os.kill(child, signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 1
        assert "killed by signal 9" in out
        with Store(db) as store:
            assert store.integrity_ok()
            dead = store.runs(1)[0]
            assert dead["status"] == "failed" and dead["stages"]["crawl"]["status"] == "failed"
            assert store.latest_run_id() is None  # a failed run never becomes the latest complete one
            kept = store.query("select count(*) n from fetches where run_id = ?", [dead["id"]])[0]["n"]
            assert kept >= 10  # what was stored before the kill stays

        site.routes = {"/": Page(html("Portal", '<a href="/p/1">Hal 1</a>')), "/p/1": Page(html("Hal 1", "x"))}
        proc = kipmon("crawl", "--config", str(config))
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        with Store(db) as store:
            runs = store.runs(2)
            assert runs[0]["status"] == "complete" and store.latest_run_id() == runs[0]["id"]
            assert runs[1]["id"] == dead["id"] and runs[1]["status"] == "failed"
            assert store.query("select count(*) n from fetches where run_id = ?", [dead["id"]])[0]["n"] == kept


def test_run_killed_outright_is_marked_failed_at_next_start_and_its_child_keeps_the_lock(tmp_path):
    with slow_site() as site:
        registry = write_registry(tmp_path / "registry.csv", [{"id": "slow", "url": site.url("/")}])
        config = write_config(tmp_path, registry)
        db = tmp_path / "kipmon.db"
        # (no pipes: the orphaned child would keep them open)
        proc = kipmon("crawl", "--config", str(config), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        child = wait_for(lambda: crawl_children(db), 30)[0]
        proc.kill()  # power loss of the parent: no chance to close the run
        proc.wait(timeout=10)
        # the orphaned crawl child still holds the lock, so no second run can start beside it
        again = kipmon("crawl", "--config", str(config))
        _, err = again.communicate(timeout=60)
        assert again.returncode == 2 and "another run is in progress" in err
        os.kill(child, signal.SIGKILL)
        wait_for(lambda: holder(db) is None, 10)

        site.routes = {"/": Page(html("Portal", "x"))}
        again = kipmon("crawl", "--config", str(config))
        out, err = again.communicate(timeout=60)
        assert again.returncode == 0, err
        assert "marked failed" in out
        with Store(db) as store:
            assert store.integrity_ok()
            first, second = sorted(store.runs(5), key=lambda r: r["id"])
            assert first["status"] == "failed" and "killed or power loss" in first["error"]
            assert second["status"] == "complete" and store.latest_run_id() == second["id"]


def test_hanging_site_cannot_hold_a_run_past_its_time_limit(tmp_path):
    with SilentSite() as silent, slow_site(delay=0.3) as slow:
        registry = write_registry(
            tmp_path / "registry.csv", [{"id": "hang", "url": silent.url("/")}, {"id": "slow", "url": slow.url("/")}]
        )
        # the limit leaves the crawl child time to start on a loaded 2-core CI machine (3 s did not); the download
        # timeout stays short: the graceful stop waits for the hanging robots.txt and then its page, each up to it
        config = write_config(tmp_path, registry, time_limit_seconds=6, download_timeout=4)
        started = time.monotonic()
        proc = kipmon("crawl", "--config", str(config))
        out, err = proc.communicate(timeout=60)
        took = time.monotonic() - started
        assert proc.returncode == 1
        assert "time limit of 6 s" in out
        assert took < 6 + 4 + 5 + 5  # limit + download timeout + grace + start-up
        with Store(tmp_path / "kipmon.db") as store:
            run = store.runs(1)[0]
            assert run["status"] == "failed"
            crawls = store.body_crawls(run["id"])  # the graceful stop still wrote each body's state
            # cut short, never "ok" (its missing pages would become false `missing` findings)
            slow_crawl = crawls["slow"]
            assert (slow_crawl["status"], slow_crawl["reason"]) == ("unreachable", "error")
            assert "terputus" in slow_crawl["detail"] and 0 < slow_crawl["pages"] < 200
            assert crawls["hang"]["status"] == "unreachable"


def test_unwritable_database_path_is_one_line_and_nothing_is_crawled(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    registry = write_registry(tmp_path / "registry.csv", [{"id": "a", "url": ""}])
    for db in (blocker / "kipmon.db", Path("/dev/full/kipmon.db")):
        proc = kipmon("run", "--db", str(db), "--registry", str(registry), "--out", str(tmp_path / "out"))
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 2
        assert len(err.strip().splitlines()) == 1 and str(db) in err, err
        assert "Traceback" not in err


def test_crawl_child_that_cannot_write_the_database_fails_loudly(tmp_path):
    from crawler.run import CrawlError, crawl

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with Site({"/": Page(html("Portal", "x"))}) as site:
        registry = write_registry(tmp_path / "registry.csv", [{"id": "a", "url": site.url("/")}])
        started = time.monotonic()
        with pytest.raises(CrawlError) as exc:
            crawl(fast_config(), registry=registry, db=blocker / "kipmon.db", run_id=1)
        # the crawl child never creates the database (its parent does, under the run lock)
        assert "no kipmon database here" in str(exc.value) and "\n" not in str(exc.value)
        assert time.monotonic() - started < 30
        assert site.requests == []  # stopped before the first request
