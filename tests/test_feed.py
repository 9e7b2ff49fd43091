"""Feed mode as a Scrapy job daemon (Scrapyd) runs it: `scrapy crawl bodies -a job=... -o feed.jl` in its
own process with only -a arguments, against the real demo world on 127.0.0.x; then `kipmon ingest` and
`kipmon check`, compared with a normal `kipmon crawl` of the same world."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from crawler.job import job_document, write_job
from kipmon.demo.server import next_loopback_ip
from kipmon.demo.world import serve_world
from kipmon.registry import load_registry
from kipmon.store import Store
from schedules.job import options_from, run_job
from tests.conftest import fast_config, write_registry

AS_OF = dt.date(2026, 11, 29)
ROOT = Path(__file__).resolve().parent.parent


def open_run(db: Path, registry: Path) -> int:
    """What the central side does before sending jobs out: a run with its bodies (as `kipmon crawl`)."""
    with Store(db) as store:
        run_id = store.start_run("crawl", as_of=AS_OF.isoformat(), registry=str(registry))
        store.save_run_bodies(run_id, load_registry(registry))
    return run_id


def scrapy_job(cwd: Path, job: Path, feed: Path, *extra: str) -> subprocess.CompletedProcess:
    """The spider as a Scrapyd node starts it: its own process, somewhere else, only -a arguments."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "bodies", "-a", f"job={job}", *extra, "-o", f"{feed}:jsonlines"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def kipmon(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kipmon.cli", *args], capture_output=True, text=True, timeout=300)


def fetch_set(db: Path, run_id: int) -> set:
    with Store(db, create=False) as store:
        return {
            (r["body_id"], r["url"], r["status"], r["content_hash"], r["error"], r["in_scope"])
            for r in store.query("select * from fetches where run_id = ?", [run_id])
        }


def judged(db: Path, run_id: int) -> dict:
    with Store(db, create=False) as store:
        findings = {
            (f["body_id"], f["item_id"]): (f["status"], f["evidence_url"], f["reason"]) for f in store.findings(run_id)
        }
        crawls = {
            b: (c["status"], c["reason"], c["pages"], c["documents"]) for b, c in store.body_crawls(run_id).items()
        }
    return {"findings": findings, "crawls": crawls}


def dump(db: Path) -> dict:
    with Store(db, create=False) as store:
        return {t: store.query(f"select * from {t} order by rowid") for t in ("fetches", "contents", "body_crawls")}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serve_world(AS_OF, directory=tmp_path_factory.mktemp("world")) as served:
        yield served


@pytest.fixture(scope="module")
def fed(world, tmp_path_factory):
    """The demo world crawled as a job (feed, ingest, check) and as a normal `kipmon crawl`."""
    tmp = tmp_path_factory.mktemp("fed")
    cfg = fast_config()
    # the normal crawl: kipmon's own child process writing the store, then the checks
    normal_db = tmp / "normal.db"
    opts = options_from(
        cfg,
        db=normal_db,
        out=tmp / "out",
        registry=world.registry_path,
        as_of=AS_OF,
        stages=("crawl", "check"),
        command="crawl",
    )
    normal = run_job(cfg, opts)
    # the job: central store opens the run, the node crawls into a feed, the store ingests it
    db = tmp / "central.db"
    run_id = open_run(db, world.registry_path)
    job = write_job(tmp / "job.json", job_document(cfg, run_id=run_id, registry=world.registry_path))
    node = tmp / "node"
    node.mkdir()
    feed = tmp / "feed.jl"
    proc = scrapy_job(node, job, feed)
    assert proc.returncode == 0, proc.stderr[-3000:]
    ingested = kipmon("ingest", str(feed), "--db", str(db))
    assert ingested.returncode == 0, ingested.stdout + ingested.stderr
    checked = kipmon("check", "--db", str(db), "--run", str(run_id))
    assert checked.returncode == 0, checked.stderr
    return {
        "normal_db": normal_db,
        "normal_run": normal.run_id,
        "db": db,
        "run_id": run_id,
        "feed": feed,
        "job": job,
        "tmp": tmp,
    }


def test_a_job_crawled_into_a_feed_gives_the_same_fetches_and_findings_as_a_normal_crawl(fed):
    assert fetch_set(fed["db"], fed["run_id"]) == fetch_set(fed["normal_db"], fed["normal_run"])
    ours, theirs = judged(fed["db"], fed["run_id"]), judged(fed["normal_db"], fed["normal_run"])
    assert ours["crawls"] == theirs["crawls"]
    assert ours["findings"] == theirs["findings"]
    statuses = {s for s, _, _ in ours["findings"].values()}
    assert {"present", "missing", "unreachable"} <= statuses  # the comparison covers the world's cases


def test_the_feed_holds_job_start_fetches_body_results_and_a_job_end(fed):
    records = [json.loads(line) for line in fed["feed"].read_text(encoding="utf-8").splitlines()]
    kinds = [r["record"] for r in records]
    assert kinds[0] == "job-start" and kinds[-1] == "job-end" and kinds.count("job-end") == 1
    start, end = records[0], records[-1]
    assert start["run_id"] == fed["run_id"] and end["kipmon"] == start["kipmon"]
    assert sorted(end["finished"]) == sorted(start["bodies"]) and end["interrupted"] == []
    bodies = [r for r in records if r["record"] == "body"]
    assert sorted(r["body_id"] for r in bodies) == sorted(start["bodies"])
    assert all(r["outcome"] == "done" for r in bodies)
    # a body's result is written when its last request is answered, but Scrapy hands the items of
    # different callbacks to the pipelines concurrently, so a few of its fetches may still follow it:
    # a consumer reads to job-end before it judges (docs/feed.md)
    first_body = min(i for i, r in enumerate(records) if r["record"] == "body")
    assert (
        first_body < len(records) - len(bodies) - 1 or len(bodies) == 1
    )  # written during the crawl, not all at the end
    assert sum(k == "fetch" for k in kinds) == end["fetches"]
    # each content once per feed
    hashes = [r["content"]["hash"] for r in records if r["record"] == "fetch" and r["content"]]
    assert len(hashes) == len(set(hashes))


def test_ingesting_a_feed_twice_changes_nothing(fed):
    before = dump(fed["db"])
    again = kipmon("ingest", str(fed["feed"]), "--db", str(fed["db"]))
    assert again.returncode == 0, again.stderr
    assert dump(fed["db"]) == before


def test_a_feed_of_another_run_is_refused_with_one_line(fed):
    before = dump(fed["db"])
    proc = kipmon("ingest", str(fed["feed"]), "--db", str(fed["db"]), "--run", str(fed["run_id"] + 1))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and f"not of run {fed['run_id'] + 1}" in proc.stderr
    assert dump(fed["db"]) == before


def test_a_truncated_feed_is_refused_and_its_bodies_are_unreachable_never_missing(fed, world):
    db = fed["tmp"] / "cut.db"
    run_id = open_run(db, world.registry_path)
    lines = fed["feed"].read_text(encoding="utf-8").splitlines()
    cut = fed["tmp"] / "cut.jl"
    # the same job, for this run, without its job-end line (the node died before the end)
    cut.write_text(
        "\n".join(line.replace(f'"run_id": {fed["run_id"]}', f'"run_id": {run_id}') for line in lines[:-1]) + "\n",
        encoding="utf-8",
    )
    proc = kipmon("ingest", str(cut), "--db", str(db))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "no job-end record" in proc.stderr
    assert kipmon("check", "--db", str(db), "--run", str(run_id)).returncode == 0
    with Store(db, create=False) as store:
        crawls = store.body_crawls(run_id)
        sited = {b.id for b in load_registry(world.registry_path) if b.urls}
        assert len(crawls) == len(load_registry(world.registry_path)) > len(sited)
        assert {(c["status"], c["reason"]) for b, c in crawls.items() if b in sited} == {("unreachable", "error")}
        assert {(c["status"], c["reason"]) for b, c in crawls.items() if b not in sited} == {("unreachable", "no-url")}
        assert store.query("select count(*) n from fetches where run_id = ?", [run_id])[0]["n"] == 0
        findings = [f for f in store.findings(run_id) if f["body_id"] in sited]
        # a body with no known site is judged missing by rule; every other one is unreachable, never missing
        assert findings and {f["status"] for f in findings} == {"unreachable"}
    # ingesting the refused feed again changes nothing either
    before = dump(db)
    assert kipmon("ingest", str(cut), "--db", str(db)).returncode == 2
    assert dump(db) == before


class _Recorder(BaseHTTPRequestHandler):
    agents: list[str] = []

    def do_GET(self):
        type(self).agents.append(self.headers.get("User-Agent", ""))
        body = b"<html><head><title>PPID</title></head><body><a href='/a'>Profil</a></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_the_job_file_carries_kipmons_settings_and_a_selection_keeps_the_whole_registrys_scope(tmp_path):
    """A node has no kipmon config: the user agent, budgets and per-server slots come in the job."""
    server = ThreadingHTTPServer((next_loopback_ip(), 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://{server.server_address[0]}:{server.server_address[1]}"
        registry = write_registry(
            tmp_path / "registry.csv", [{"id": "dinas", "url": base + "/"}, {"id": "bidang", "url": base + "/a"}]
        )
        cfg = fast_config(contact="mailto:uji@example.go.id", page_budget=7)
        db = tmp_path / "central.db"
        run_id = open_run(db, registry)
        doc = job_document(cfg, run_id=run_id, registry=registry, bodies=["dinas"])
        assert doc["bodies"] == ["dinas"] and "KIPMON_DB" not in doc["settings"]
        assert doc["settings"]["KIPMON_PAGE_BUDGET"] == 7
        job = write_job(tmp_path / "job.json", doc)
        feed = tmp_path / "feed.jl"
        proc = scrapy_job(tmp_path, job, feed)
        assert proc.returncode == 0, proc.stderr[-3000:]
    finally:
        server.shutdown()
    assert _Recorder.agents and all("mailto:uji@example.go.id" in a for a in _Recorder.agents), _Recorder.agents
    records = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    urls = {r["fetch"]["url"] for r in records if r["record"] == "fetch"}
    # /a is the other body's site, nested in this one's: out of its scope although that body is not crawled
    assert base + "/" in urls
    fetched_a = [r["fetch"] for r in records if r["record"] == "fetch" and r["fetch"]["url"] == base + "/a"]
    assert all(not f["in_scope"] for f in fetched_a)


def test_the_per_server_slots_travel_in_the_job_and_come_from_the_whole_registry(tmp_path):
    registry = write_registry(
        tmp_path / "registry.csv",
        [
            {"id": "dinkes", "url": "https://dinkes.contoh.go.id/"},
            {"id": "bkpsdm", "url": "https://bkpsdm.contoh.go.id/"},
        ],
    )
    doc = job_document(fast_config(concurrent_per_server=3), run_id=1, registry=registry, bodies=["dinkes"])
    assert doc["settings"]["DOWNLOAD_SLOTS"] == {"contoh.go.id": {"concurrency": 3, "delay": 0.1}}


def test_a_job_file_whose_registry_changed_is_refused_with_one_line(tmp_path):
    registry = write_registry(tmp_path / "registry.csv", [{"id": "dinas", "url": "http://127.0.0.1:9/"}])
    job = write_job(tmp_path / "job.json", job_document(fast_config(), run_id=1, registry=registry))
    registry.write_text(registry.read_text() + "lain,Lain,opd,,,\n", encoding="utf-8")
    proc = scrapy_job(tmp_path, job, tmp_path / "feed.jl")
    assert proc.returncode != 0
    assert "sha256 differs" in proc.stderr


class _Slow(BaseHTTPRequestHandler):
    """A site of endless pages, each slow to answer: a crawl of it is still going when it is cancelled."""

    answered = 0

    def do_GET(self):
        import time

        time.sleep(0.2)
        type(self).answered += 1
        n = int(self.path.strip("/").removeprefix("p") or 0) if self.path.strip("/").removeprefix("p").isdigit() else 0
        links = "".join(f"<a href='/p{n * 10 + i}'>PPID {n * 10 + i}</a>" for i in range(1, 11))
        body = f"<html><head><title>Halaman {n}</title></head><body>{links}</body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_cancelled_job_ends_its_feed_with_the_body_interrupted_never_ok(tmp_path):
    import signal
    import time

    server = ThreadingHTTPServer((next_loopback_ip(), 0), _Slow)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://{server.server_address[0]}:{server.server_address[1]}"
        registry = write_registry(tmp_path / "registry.csv", [{"id": "lambat", "url": base + "/"}])
        db = tmp_path / "central.db"
        run_id = open_run(db, registry)
        job = write_job(
            tmp_path / "job.json", job_document(fast_config(obey_robots=False), run_id=run_id, registry=registry)
        )
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
        env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        feed = tmp_path / "feed.jl"
        proc = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "crawl", "bodies", "-a", f"job={job}", "-o", f"{feed}:jsonlines"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 120
        while _Slow.answered < 10 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)  # crawling: the site has far more pages than the crawl can fetch before the cancel
        proc.send_signal(signal.SIGTERM)  # what a job daemon's cancel does: Scrapy closes gracefully
        _, err = proc.communicate(timeout=60)
    finally:
        server.shutdown()
    records = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    end = records[-1]
    assert end["record"] == "job-end", err[-2000:]
    assert end["interrupted"] == ["lambat"] and end["finished"] == []
    (body,) = [r for r in records if r["record"] == "body"]
    assert body["outcome"] == "interrupted"
    assert (body["crawl"]["status"], body["crawl"]["reason"]) == ("unreachable", "error")
    assert body["crawl"]["pages"] > 0  # pages were fetched, yet the body is not judged from a part of them
    assert kipmon("ingest", str(feed), "--db", str(db)).returncode == 0
    assert kipmon("check", "--db", str(db), "--run", str(run_id)).returncode == 0
    with Store(db, create=False) as store:
        assert {f["status"] for f in store.findings(run_id)} == {"unreachable"}


def test_a_job_and_its_registry_given_by_url_with_their_sha256(tmp_path):
    """A node without a shared disk: the job file and the registry come over HTTP, checked by sha256."""
    import hashlib

    from kipmon.demo.server import Page, Site, closed_port_url

    registry = write_registry(
        tmp_path / "registry.csv", [{"id": "tutup", "url": closed_port_url()}, {"id": "tanpa", "url": ""}]
    )
    with Site() as files:
        files.routes["/registry.csv"] = Page(registry.read_bytes(), content_type="text/csv")
        doc = job_document(fast_config(), run_id=3, registry=registry, registry_url=files.url("/registry.csv"))
        assert "path" not in doc["registry"]
        data = json.dumps(doc).encode()
        files.routes["/job.json"] = Page(data, content_type="application/json")
        feed = tmp_path / "feed.jl"
        proc = scrapy_job(
            tmp_path, files.url("/job.json"), feed, "-a", f"job_sha256={hashlib.sha256(data).hexdigest()}"
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        unsigned = scrapy_job(tmp_path, files.url("/job.json"), tmp_path / "other.jl")
        assert unsigned.returncode != 0 and "a URL needs its sha256" in unsigned.stderr
    records = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    crawls = {r["body_id"]: r["crawl"] for r in records if r["record"] == "body"}
    assert (crawls["tutup"]["status"], crawls["tutup"]["reason"]) == ("unreachable", "refused")
    assert crawls["tanpa"]["reason"] == "no-url" and records[-1]["finished"] == ["tanpa", "tutup"]
