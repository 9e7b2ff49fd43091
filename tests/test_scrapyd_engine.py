"""`kipmon run --engine scrapyd` against real Scrapyd 1.6 nodes on 127.0.0.1 (started here, served
without eggs: the node's scrapy.cfg maps the project to crawler.settings, as deploy/scrapyd/ does):
a job per politeness group, findings identical to a single-machine run, sticky placement, and the faults
(a killed node, a cancelled job, a duplicate job id, a lost feed)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from crawler.engines.assign import politeness_groups
from crawler.engines.scrapyd import Node, crawl_scrapyd
from kipmon.demo.server import next_loopback_ip
from kipmon.demo.world import serve_world
from kipmon.registry import load_registry, select
from kipmon.store import Store
from schedules.job import options_from, run_job
from tests.conftest import fast_config, write_registry

pytest.importorskip("scrapyd")

AS_OF = dt.date(2026, 11, 29)
ROOT = Path(__file__).resolve().parent.parent
# two server groups (the regency's portal holds dispusip's pages too) and a body without a site; bodies
# with one start URL each, as the spider's sitemap probe goes to whichever start URL answers first
ONLY = "pemkab-contoh,dispusip,dlh,dishub"
FAULTS = "dlh,dishub"  # the fault runs: two small groups (one per node), compared with the same bodies above
POLL = 0.3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ScrapydNode:
    """One real Scrapyd daemon in its own folder, its own process group (so a kill takes its jobs too)."""

    def __init__(self, folder: Path, max_proc: int = 4):
        self.dir = folder
        folder.mkdir(parents=True)
        port = _free_port()
        # the node's files as deploy/scrapyd/ ships them, with this test's port, password and a quick poll
        conf = (ROOT / "deploy" / "scrapyd" / "scrapyd.conf").read_text(encoding="utf-8")
        for key, value in (
            ("http_port", port),
            ("password", "rahasia"),
            ("poll_interval", 0.2),
            ("max_proc", max_proc),
        ):
            conf, n = re.subn(rf"(?m)^{key}\s*=.*$", f"{key} = {value}", conf)
            assert n == 1, key
        (folder / "scrapyd.conf").write_text(conf, encoding="utf-8")
        # Scrapy's `list` (which schedule.json runs) reads [settings] from scrapy.cfg, not scrapyd.conf
        shutil.copy(ROOT / "deploy" / "scrapyd" / "scrapy.cfg", folder / "scrapy.cfg")
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT) + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else ""),
        }
        self.log = (folder / "scrapyd.log").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scrapyd"],
            cwd=folder,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.base = f"http://127.0.0.1:{port}"
        self.url = f"http://kipmon:rahasia@127.0.0.1:{port}"
        self.api = Node.parse(self.url)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.api.request("/daemonstatus.json")
                break
            except Exception as exc:  # noqa: BLE001 - not up yet
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    log = (folder / "scrapyd.log").read_text()[-2000:]
                    raise RuntimeError(f"scrapyd did not start: {log}") from exc
                time.sleep(0.2)

    def feed(self, job_id: str) -> Path:
        return self.dir / "items" / "kipmon" / "bodies" / f"{job_id}.jl"

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serve_world(AS_OF, directory=tmp_path_factory.mktemp("world")) as served:
        yield served


@pytest.fixture(scope="module")
def nodes(tmp_path_factory):
    root = tmp_path_factory.mktemp("nodes")
    started = []
    try:
        for name in ("a", "b"):
            started.append(ScrapydNode(root / name))
        yield started
    finally:
        for node in started:
            node.stop()


def fetch_set(db: Path, run_id: int, only: str = ONLY) -> set:
    with Store(db, create=False) as store:
        return {
            (r["body_id"], r["url"], r["status"], r["content_hash"], r["error"], r["in_scope"])
            for r in store.query("select * from fetches where run_id = ?", [run_id])
            if r["body_id"] in only.split(",")
        }


def judged(db: Path, run_id: int, only: str = ONLY) -> dict:
    wanted = set(only.split(","))
    with Store(db, create=False) as store:
        findings = {
            (f["body_id"], f["item_id"]): (f["status"], f["evidence_url"], f["reason"])
            for f in store.findings(run_id)
            if f["body_id"] in wanted
        }
        crawls = {
            b: (c["status"], c["reason"], c["pages"], c["documents"])
            for b, c in store.body_crawls(run_id).items()
            if b in wanted
        }
    return {"findings": findings, "crawls": crawls}


def run(cfg, db: Path, out: Path, registry: Path, **engine):
    opts = options_from(
        cfg, db=db, out=out, registry=registry, as_of=AS_OF, only=ONLY, stages=("crawl", "check"), command="run"
    )
    opts.engine, opts.nodes = engine.get("engine"), engine.get("nodes")
    result = run_job(cfg, opts)
    assert result.status == "complete", result
    return result.run_id


def open_run(db: Path, registry: Path, only: str | None = ONLY) -> int:
    """What `kipmon run` does before its crawl stage: the run and its bodies."""
    with Store(db) as store:
        run_id = store.start_run("run", as_of=AS_OF.isoformat(), registry=str(registry))
        store.save_run_bodies(run_id, select(load_registry(registry), only))
    return run_id


def check(cfg, db: Path, run_id: int) -> None:
    from checks import run_checks

    with Store(db) as store:
        run_checks(store, run_id, AS_OF, cfg)


@pytest.fixture(scope="module")
def single(world, tmp_path_factory):
    """The same bodies crawled on this machine (engine local): what every distributed run must equal."""
    tmp = tmp_path_factory.mktemp("single")
    db = tmp / "single.db"
    return db, run(fast_config(), db, tmp / "out", world.registry_path, engine="local")


@pytest.fixture(scope="module")
def distributed(world, nodes, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dist")
    db = tmp / "central.db"
    cfg = fast_config(poll_seconds=POLL)
    return (
        db,
        run(cfg, db, tmp / "out", world.registry_path, engine="scrapyd", nodes=",".join(n.url for n in nodes)),
        tmp,
    )


def test_two_nodes_give_the_findings_of_a_single_machine_run_with_one_job_per_server_group(
    single, distributed, world, nodes
):
    (sdb, srun), (db, run_id, _) = single, distributed
    assert fetch_set(db, run_id) == fetch_set(sdb, srun)
    ours, theirs = judged(db, run_id), judged(sdb, srun)
    assert ours == theirs
    assert {"present", "missing"} <= {s for s, _, _ in ours["findings"].values()}
    with Store(db, create=False) as store:
        jobs = store.run_jobs(run_id)
    bodies = select(load_registry(world.registry_path), ONLY)
    groups = politeness_groups((b.id, list(b.urls)) for b in bodies)
    assert len(groups) == 3 and ["pemkab-contoh", "dispusip"] in groups.values()  # one server, one job
    assert sorted(sorted(j["bodies"]) for j in jobs) == sorted(sorted(g) for g in groups.values())
    assert {j["status"] for j in jobs} == {"ingested"} and all(j["attempt"] == 1 for j in jobs)
    assert len({j["job_id"] for j in jobs}) == len(jobs) and all(f"-{run_id}-" in j["job_id"] for j in jobs)
    assert {j["node"] for j in jobs} == {n.base for n in nodes}  # both nodes worked
    status = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "status", "--db", str(db)], capture_output=True, text=True, timeout=60
    )
    assert status.returncode == 0 and f"jobs: ingested {len(jobs)}" in status.stdout, status.stdout


def test_next_run_keeps_groups_on_their_nodes_avoids_a_known_job_id_and_retries_a_lost_feed(
    single, distributed, world, nodes
):
    db, first, tmp = distributed
    run_id = open_run(db, world.registry_path, FAULTS)
    # a job id the engine would pick, already known to both nodes (a job of another central store)
    taken = f"kipmon-{run_id}-0-1-dup"
    for node in nodes:
        node.api.request(
            "/schedule.json", {"project": "kipmon", "spider": "bodies", "jobid": taken, "job": "/nonexistent/job.json"}
        )
    lost = []

    def observe(event, attempt):
        if event == "finished" and attempt.number == 1 and not lost:  # the node loses this job's feed
            node = next(n for n in nodes if n.base == attempt.node.url)
            node.feed(attempt.job_id).unlink()
            lost.append(attempt.group)

    with Store(db) as store:
        result = crawl_scrapyd(
            fast_config(),
            store,
            run_id,
            registry=world.registry_path,
            feeds_dir=tmp / "feeds",
            nodes=[n.url for n in nodes],
            poll=POLL,
            token=lambda: "dup",
            observe=observe,
        )
        jobs, before = store.run_jobs(run_id), store.run_jobs(first)
    check(fast_config(), db, run_id)
    assert result["retried"] == 1 and result["failed"] == 0
    assert taken not in {j["job_id"] for j in jobs}
    was = {j["group_key"]: j["node"] for j in before}
    assert len(jobs) == 3 and all(was[j["group_key"]] == j["node"] for j in jobs if j["attempt"] == 1)  # sticky
    (gone,) = [j for j in jobs if j["status"] == "lost"]
    (again,) = [j for j in jobs if j["attempt"] == 2]
    assert gone["group_key"] == again["group_key"] == lost[0] and again["node"] != gone["node"]
    assert again["status"] == "ingested"
    sdb, srun = single
    assert judged(db, run_id, FAULTS) == judged(sdb, srun, FAULTS)
    assert fetch_set(db, run_id, FAULTS) == fetch_set(sdb, srun, FAULTS)


def test_a_killed_node_s_jobs_are_retried_on_the_other_node(single, world, nodes, tmp_path):
    victim = ScrapydNode(tmp_path / "victim")
    try:
        db = tmp_path / "central.db"
        run_id = open_run(db, world.registry_path, FAULTS)

        def observe(event, attempt):
            if event == "scheduled" and attempt.node.url == victim.base and victim.proc.poll() is None:
                victim.kill()  # the node dies with its jobs, after taking at least one

        with Store(db) as store:
            result = crawl_scrapyd(
                fast_config(),
                store,
                run_id,
                registry=world.registry_path,
                poll=POLL,
                nodes=[victim.url, nodes[0].url],
                feeds_dir=tmp_path / "feeds",
                observe=observe,
            )
            jobs = store.run_jobs(run_id)
        check(fast_config(), db, run_id)
    finally:
        victim.stop()
    assert result["failed"] == 0 and result["retried"] >= 1
    on_victim = [j for j in jobs if j["node"] == victim.base]
    assert on_victim and {j["status"] for j in on_victim} <= {"lost", "failed"}
    assert {j["node"] for j in jobs if j["status"] == "ingested"} == {nodes[0].base}
    sdb, srun = single
    assert judged(db, run_id, FAULTS) == judged(sdb, srun, FAULTS)
    assert fetch_set(db, run_id, FAULTS) == fetch_set(sdb, srun, FAULTS)


class _Static(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = b"<html><head><title>PPID</title></head><body>Profil PPID</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Endless(BaseHTTPRequestHandler):
    """A site of endless slow pages: its crawl is still going when the job is cancelled."""

    answered = 0

    def do_GET(self):  # noqa: N802
        time.sleep(0.15)
        type(self).answered += 1
        tail = self.path.strip("/").removeprefix("p")
        n = int(tail) if tail.isdigit() else 0
        links = "".join(f"<a href='/p{n * 10 + i}'>Informasi {n * 10 + i}</a>" for i in range(1, 11))
        body = f"<html><head><title>Halaman {n}</title></head><body>{links}</body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_cancelled_job_is_retried_and_when_it_fails_again_its_body_is_unreachable_never_missing(nodes, tmp_path):
    server = ThreadingHTTPServer((next_loopback_ip(), 0), _Endless)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    quick = ThreadingHTTPServer((next_loopback_ip(), 0), _Static)
    threading.Thread(target=quick.serve_forever, daemon=True).start()
    try:
        slow_url = "http://{}:{}/".format(*server.server_address[:2])
        registry = write_registry(
            tmp_path / "registry.csv",
            [
                {"id": "dinas-lambat", "url": slow_url},
                {"id": "dinas-cepat", "url": "http://{}:{}/p1".format(*quick.server_address[:2])},
            ],
        )
        db = tmp_path / "central.db"
        run_id = open_run(db, registry, only=None)
        cfg = fast_config(page_budget=400, depth_limit=6)
        cancelled = []

        def cancel_when_crawling(attempt):
            start = _Endless.answered
            deadline = time.monotonic() + 60
            while _Endless.answered < start + 5 and time.monotonic() < deadline:
                time.sleep(0.05)
            answer = attempt.node.request("/cancel.json", {"project": "kipmon", "job": attempt.job_id})
            cancelled.append((attempt.job_id, answer.get("prevstate")))

        def observe(event, attempt):
            if event == "running" and attempt.bodies == ["dinas-lambat"]:
                threading.Thread(target=cancel_when_crawling, args=(attempt,), daemon=True).start()

        with Store(db) as store:
            result = crawl_scrapyd(
                cfg,
                store,
                run_id,
                registry=registry,
                nodes=[n.url for n in nodes],
                poll=POLL,
                feeds_dir=tmp_path / "feeds",
                observe=observe,
            )
            jobs = store.run_jobs(run_id)
            crawls = store.body_crawls(run_id)
        check(cfg, db, run_id)
        with Store(db, create=False) as store:
            findings = store.findings(run_id, "dinas-lambat")
    finally:
        server.shutdown()
        quick.shutdown()
    slow_jobs = [j for j in jobs if j["bodies"] == ["dinas-lambat"]]
    assert [j["attempt"] for j in slow_jobs] == [1, 2] and len({j["node"] for j in slow_jobs}) == 2
    assert [p for _, p in cancelled] == ["running", "running"]
    assert {j["status"] for j in slow_jobs} == {"interrupted"}  # the feed's job-end says so, not Scrapyd
    assert result["failed"] == 1 and result["retried"] == 1
    assert (crawls["dinas-lambat"]["status"], crawls["dinas-lambat"]["reason"]) == ("unreachable", "error")
    assert crawls["dinas-cepat"]["status"] == "ok"
    assert findings and {f["status"] for f in findings} == {"unreachable"}


def test_node_urls_carry_basic_auth_and_a_wrong_password_is_refused(nodes):
    node = Node.parse(nodes[0].url)
    assert node.url == nodes[0].base and node.auth.startswith("Basic ")
    assert node.request("/daemonstatus.json")["status"] == "ok"
    with pytest.raises(Exception, match="404"):  # no egg uploads: kipmon comes from pip on the node
        node.request("/addversion.json", {"project": "kipmon", "version": "1"})
    wrong = Node.parse(nodes[0].url.replace("rahasia", "salah"))
    with pytest.raises(Exception, match="401"):
        wrong.request("/daemonstatus.json")
    # without credentials the node answers nothing either
    req = urllib.request.Request(nodes[0].base + "/listjobs.json?" + urllib.parse.urlencode({"project": "kipmon"}))
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.build_opener(urllib.request.ProxyHandler({})).open(req, timeout=10)
