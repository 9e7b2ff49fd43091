"""The night's crawl on Scrapyd nodes (`kipmon crawl|run --engine scrapyd --nodes URL,...`).

The central side (this module, inside `kipmon run`, which holds the run lock and has opened the run)
splits the run's bodies into politeness groups (crawler/engines/assign.py), one job per group, sends each
job to a node with `schedule.json`, polls `listjobs.json`, pulls the finished job's items feed and
stores it with `kipmon ingest`'s code (crawler/ingest.py). Nodes need no database and no kipmon config:
- the job travels as a job file (crawler/job.py) that this process serves over HTTP, with the registry,
  from a small server of its own (`[crawl] job_server`, default 127.0.0.1 on a free port); the spider
  gets only `-a job=URL -a job_sha256=HEX` (Scrapyd puts spider arguments in argv: keep them small);
- Scrapyd's outcome says nothing (a killed job shows "finished"), so the feed decides: a job whose feed
  has no job-end record, is missing, belongs to another job, or has interrupted bodies (a cancel) is
  retried once, on another node when there is one; what still fails is ingested as far as it goes
  (crawler/ingest.py: a cut-short feed's bodies become `unreachable` with reason `error`), or, with no
  feed at all, its bodies are recorded so: never judged from part of their pages, so never `missing`;
- job ids carry the run id and a random token, and an id a node already knows is never reused, so no
  feed overwrites another; the feed's job-start record must name this job's file.
Every attempt is a `crawl_jobs` row (kipmon/store/jobs.py), shown by `kipmon status`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawler.engines.assign import assign, group_nodes, group_weights, politeness_groups
from crawler.ingest import FeedError, ingest, mark_unfinished, read_feed
from crawler.job import job_document
from crawler.run import CrawlError
from kipmon.store import Store, now_iso

PROJECT = "kipmon"  # the [settings] project name in the node's scrapyd.conf (deploy/scrapyd/)
SPIDER = "bodies"
HTTP_TIMEOUT = 30
NODE_DOWN_POLLS = 3  # a node that does not answer this many polls in a row is down: its jobs failed
GRACE_SECONDS = 60  # after a cancel at the time limit, how long a job may take to close its feed


class NodeError(CrawlError):
    """A node could not be reached or refused a request."""


@dataclass
class Node:
    url: str  # base URL without credentials, e.g. http://127.0.0.1:6800
    auth: str | None = None  # "Basic ..." header value, from user:pass@ in the configured URL
    misses: int = 0  # polls in a row it did not answer
    down: bool = False

    @classmethod
    def parse(cls, spec: str) -> Node:
        parts = urllib.parse.urlsplit(spec.strip().rstrip("/"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CrawlError(f"node {spec!r}: not an http(s) URL")
        auth = None
        if parts.username is not None:
            raw = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            auth = "Basic " + base64.b64encode(raw.encode()).decode()
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        if ":" in parts.hostname:
            netloc = f"[{parts.hostname}]" + (f":{parts.port}" if parts.port else "")
        return cls(url=urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", "")), auth=auth)

    def request(self, path: str, data: dict | None = None, *, raw: bool = False):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(self.url + path, data=body)
        if self.auth:
            req.add_header("Authorization", self.auth)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(req, timeout=HTTP_TIMEOUT) as resp:
                payload = resp.read()
        except urllib.error.HTTPError as exc:
            raise NodeError(f"{self.url}{path}: HTTP {exc.code}") from None
        except (OSError, ValueError) as exc:
            raise NodeError(f"{self.url}{path}: {getattr(exc, 'reason', exc)}") from None
        if raw:
            return payload
        try:
            answer = json.loads(payload)
        except ValueError:
            raise NodeError(f"{self.url}{path}: not JSON") from None
        if answer.get("status") != "ok":
            raise NodeError(f"{self.url}{path}: {answer.get('message') or answer}")
        return answer


@dataclass
class Attempt:
    group: str
    bodies: list[str]
    number: int
    node: Node
    job_id: str
    ref: str  # the job file's URL
    state: str = "scheduled"  # scheduled, running, finished (on the node), then an outcome
    tried: set = field(default_factory=set)


class _FileServer:
    """Job files and the registry, served to the nodes under an unguessable path."""

    def __init__(self, address: str):
        host, _, port = address.rpartition(":")
        files: dict[str, bytes] = {}
        self.files = files

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                data = files.get(self.path)
                self.send_response(200 if data is not None else 404)
                self.send_header("Content-Length", str(len(data or b"")))
                self.end_headers()
                self.wfile.write(data or b"")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((host or "127.0.0.1", int(port or 0)), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, name="kipmon-job-files", daemon=True)
        self.thread.start()
        self.prefix = "/" + secrets.token_urlsafe(16)
        h, p = self.server.server_address[:2]
        self.base = f"http://{h}:{p}"

    def put(self, name: str, data: bytes) -> str:
        self.files[f"{self.prefix}/{name}"] = data
        return f"{self.base}{self.prefix}/{name}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def node_list(cfg: dict, nodes: str | list[str] | None) -> list[Node]:
    specs = nodes if nodes is not None else cfg["crawl"].get("nodes") or []
    if isinstance(specs, str):
        specs = [s for s in specs.split(",") if s.strip()]
    if not specs:
        raise CrawlError("engine scrapyd needs nodes: --nodes URL,... or [crawl] nodes in the config")
    return [Node.parse(s) for s in specs]


def crawl_scrapyd(
    cfg: dict,
    store: Store,
    run_id: int,
    *,
    registry: str | Path,
    nodes: str | list[str] | None = None,
    feeds_dir: str | Path,
    time_limit: float | None = None,
    poll: float = 5.0,
    token: Callable[[], str] | None = None,
    observe: Callable[[str, Attempt], None] | None = None,
) -> dict:
    """Crawl run `run_id`'s bodies (already saved with the run) on the nodes; results go into `store`.

    `token` makes the random part of job ids (tests fix it to show a duplicate id is avoided);
    `observe(event, attempt)` is told of scheduled/running/finished/outcome events (progress, tests).
    Returns {"seconds", "returncode", "timed_out", "jobs", "retried", "failed"}.
    """
    started = time.monotonic()
    token = token or (lambda: secrets.token_hex(4))
    observe = observe or (lambda event, attempt: None)
    node_objs = node_list(cfg, nodes)
    time_limit = float(time_limit or cfg["crawl"].get("time_limit_seconds", 5400))
    feeds = Path(feeds_dir)
    feeds.mkdir(parents=True, exist_ok=True)
    bodies = store.run_bodies(run_id)
    groups = politeness_groups((b["body_id"], b["urls"]) for b in bodies)
    weights = group_weights(groups, store.last_fetch_counts(run_id))
    placed = assign(weights, [n.url for n in node_objs], group_nodes(groups, store.last_placement(run_id)))
    by_url = {n.url: n for n in node_objs}
    files = _FileServer(str(cfg["crawl"].get("job_server") or "127.0.0.1:0"))
    registry_bytes = Path(registry).read_bytes()
    registry_url = files.put("registry.csv", registry_bytes)
    counts = {"jobs": 0, "retried": 0, "failed": 0}
    try:
        doc = job_document(cfg, run_id=run_id, registry=registry, registry_url=registry_url)
        open_ = _schedule_first(store, files, doc, run_id, groups, placed, by_url, token, node_objs, observe, counts)
        timed_out = False
        while open_:
            if not timed_out and time.monotonic() - started > time_limit:
                timed_out = True
                _cancel_all(open_)
                deadline = time.monotonic() + GRACE_SECONDS
            if timed_out and time.monotonic() > deadline:
                for a in open_:
                    _final_failure(store, run_id, a, "tidak selesai dalam batas waktu perayapan")
                    counts["failed"] += 1
                break
            time.sleep(poll)
            for node in {a.node.url: a.node for a in open_}.values():
                _poll(node, [a for a in open_ if a.node is node], observe)
            for a in [a for a in open_ if a.state in ("finished", "node-down")]:
                open_.remove(a)
                outcome = _collect(store, run_id, a, feeds)
                if outcome == "ingested":
                    observe("ingested", a)
                    continue
                others = _retry_nodes(a, node_objs)
                if a.number == 1 and others and not timed_out:
                    counts["retried"] += 1
                    n_index = list(groups).index(a.group)
                    job = {**doc, "bodies": a.bodies}
                    retry = _schedule(
                        store,
                        files,
                        job,
                        run_id,
                        n_index,
                        a.group,
                        a.bodies,
                        2,
                        min(others, key=lambda n: sum(o.node is n for o in open_)),
                        token,
                        node_objs,
                        a.tried,
                    )
                    if retry is not None:
                        observe("scheduled", retry)
                        open_.append(retry)
                        continue
                counts["failed"] += 1
                _finish_failed(store, run_id, a, feeds)
                observe("failed", a)
    finally:
        files.close()
    return {"seconds": round(time.monotonic() - started, 2), "returncode": 0, "timed_out": timed_out, **counts}


def _schedule_first(store, files, doc, run_id, groups, placed, by_url, token, nodes, observe, counts) -> list[Attempt]:
    """The first attempt of every politeness group's job, on the node it was placed on; returns the
    attempts a node took, counting the jobs and those no node took."""
    open_: list[Attempt] = []
    for n, (group, members) in enumerate(groups.items()):
        job = {**doc, "bodies": members}
        attempt = _schedule(store, files, job, run_id, n, group, members, 1, by_url[placed[group]], token, nodes, set())
        counts["jobs"] += 1
        if attempt is not None:
            observe("scheduled", attempt)
            open_.append(attempt)
        else:
            counts["failed"] += 1
    return open_


def _retry_nodes(a: Attempt, nodes: list[Node]) -> list[Node]:
    """Where a failed first attempt may run again: a node up that it has not tried, else its own node if up."""
    return [n for n in nodes if not n.down and n.url not in a.tried] or ([a.node] if not a.node.down else [])


def _schedule(store, files, job, run_id, n, group, members, number, node, token, nodes, tried) -> Attempt | None:
    """Send one job to `node` (or, when it refuses or is down, to another); None when no node took it."""
    tried = set(tried)
    candidates = [node] + [x for x in nodes if x is not node and not x.down]
    for target in candidates:
        if target.down or (target.url in tried and target is not node):
            continue
        tried.add(target.url)
        try:
            known = _known_ids(target)
            job_id = f"kipmon-{run_id}-{n}-{number}-{token()}"
            while job_id in known:  # an id the node already has would overwrite that job's feed
                job_id = f"kipmon-{run_id}-{n}-{number}-{secrets.token_hex(4)}"
            data = json.dumps({**job, "job_id": job_id}, ensure_ascii=False).encode("utf-8")
            ref = files.put(f"{job_id}.json", data)
            target.request(
                "/schedule.json",
                {
                    "project": PROJECT,
                    "spider": SPIDER,
                    "jobid": job_id,
                    "job": ref,
                    "job_sha256": hashlib.sha256(data).hexdigest(),
                },
            )
        except NodeError as exc:
            target.misses += 1
            store.save_job(
                run_id=run_id,
                job_id=f"kipmon-{run_id}-{n}-{number}-unsent-{secrets.token_hex(3)}",
                node=target.url,
                group_key=group,
                bodies=members,
                attempt=number,
                status="failed",
                detail=f"not scheduled: {exc}"[:300],
                scheduled_at=now_iso(),
                ended_at=now_iso(),
            )
            continue
        store.save_job(
            run_id=run_id,
            job_id=job_id,
            node=target.url,
            group_key=group,
            bodies=members,
            attempt=number,
            status="scheduled",
            scheduled_at=now_iso(),
        )
        return Attempt(
            group=group, bodies=list(members), number=number, node=target, job_id=job_id, ref=ref, tried=tried
        )
    return None


def _known_ids(node: Node) -> set[str]:
    jobs = node.request(f"/listjobs.json?project={PROJECT}")
    return {j["id"] for state in ("pending", "running", "finished") for j in jobs.get(state, [])}


def _poll(node: Node, attempts: list[Attempt], observe) -> None:
    try:
        jobs = node.request(f"/listjobs.json?project={PROJECT}")
    except NodeError:
        node.misses += 1
        if node.misses >= NODE_DOWN_POLLS:
            node.down = True
            for a in attempts:
                a.state = "node-down"
        return
    node.misses = 0
    states = {j["id"]: state for state in ("pending", "running", "finished") for j in jobs.get(state, [])}
    for a in attempts:
        state = states.get(a.job_id)
        if state == "running" and a.state == "scheduled":
            a.state = "running"
            observe("running", a)
        elif state == "finished":
            a.state = "finished"
            observe("finished", a)
        elif state is None:  # the node forgot it (restarted: Scrapyd keeps pending jobs, not running ones)
            a.state = "finished"


def _collect(store: Store, run_id: int, a: Attempt, feeds: Path) -> str:
    """Pull and check the attempt's feed; ingest it when it is whole. Returns the attempt's status."""
    path = feeds / f"{a.job_id}.jl"
    status, detail = "ingested", None
    if a.state == "node-down":
        status, detail = "lost", f"node {a.node.url} stopped answering"
    else:
        try:
            path.write_bytes(a.node.request(f"/items/{PROJECT}/{SPIDER}/{a.job_id}.jl", raw=True))
        except NodeError as exc:
            status, detail = "lost", f"feed not retrieved: {exc}"
    if status == "ingested":
        feed = read_feed(path)
        start_ok = feed.run_id == run_id and sorted(feed.bodies) == sorted(a.bodies)
        if not start_ok or (feed.start or {}).get("job") != a.ref:
            status, detail = "lost", "the feed is not this job's (another job's feed under this id?)"
        elif feed.problem:
            status, detail = "cut-short", feed.problem
        elif feed.end.get("interrupted"):
            status, detail = "interrupted", f"bodies interrupted: {', '.join(feed.end['interrupted'][:5])}"
    if status == "ingested":
        ingest(store, [path], run_id=run_id)
        store.save_job(job_id=a.job_id, status=status, fetches=len(feed.fetches), ended_at=now_iso())
    else:
        store.save_job(job_id=a.job_id, status=status, detail=detail[:300], ended_at=now_iso())
    a.state = status
    return status


def _finish_failed(store: Store, run_id: int, a: Attempt, feeds: Path) -> None:
    """A job that failed its retry too: store what its last feed holds (a cut-short or interrupted feed
    makes its unfinished bodies `unreachable`/`error`), else record every body so."""
    path = feeds / f"{a.job_id}.jl"
    if a.state in ("cut-short", "interrupted") and path.exists():
        try:
            ingest(store, [path], run_id=run_id)
            return
        except FeedError:
            pass
    _final_failure(store, run_id, a, f"job {a.job_id} on {a.node.url}: {a.state}")


def _final_failure(store: Store, run_id: int, a: Attempt, why: str) -> None:
    mark_unfinished(store, run_id, a.bodies, why)
    store.save_job(
        job_id=a.job_id,
        status="failed" if a.state in ("scheduled", "running") else a.state,
        detail=why[:300],
        ended_at=now_iso(),
    )


def _cancel_all(attempts: list[Attempt]) -> None:
    for a in attempts:
        try:
            a.node.request("/cancel.json", {"project": PROJECT, "job": a.job_id})
        except NodeError:
            pass
