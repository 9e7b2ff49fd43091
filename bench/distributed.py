"""One Scrapyd node against two (issue 12 item 8), on a world where a node's concurrency is the limit.

    PYTHONPATH=. python3 bench/distributed.py [--sites 8] [--pages 30] [--delay 0.4] [--max-proc 1] [--tries 2]

Each site is its own server on 127.0.0.x (so its own politeness group and job) that answers every page
after `--delay` seconds; the crawl asks one page at a time per site, so a job's time is its pages times
the delay, and a node runs `--max-proc` jobs at once: with sites >= 4 x nodes x max_proc, the number of
nodes is what limits the night. Real Scrapyd 1.6 nodes on 127.0.0.1 (tests/test_scrapyd_engine.py's
launcher, the shipped deploy/scrapyd files). Each layout runs `--tries` times on a fresh central store;
the best wall time counts, and every run's findings must equal the first one's. Goal: two nodes >= 1.8x.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks import run_checks  # noqa: E402
from crawler.engines.scrapyd import crawl_scrapyd  # noqa: E402
from kipmon.demo.server import next_loopback_ip  # noqa: E402
from kipmon.registry import load_registry  # noqa: E402
from kipmon.store import Store  # noqa: E402
from tests.conftest import fast_config, write_registry  # noqa: E402
from tests.test_scrapyd_engine import ScrapydNode  # noqa: E402

AS_OF = dt.date(2026, 11, 29)


def site_handler(pages: int, delay: float):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802
            time.sleep(delay)
            m = re.fullmatch(r"/p(\d+)", self.path)
            n = int(m.group(1)) if m else 0
            if self.path == "/robots.txt":
                body, ctype = b"User-agent: *\nAllow: /\n", "text/plain"
            elif n == 0:  # the home page links every page: the crawl is wide, within the depth limit
                links = "".join(f"<a href='/p{i}'>Informasi Publik {i}</a>" for i in range(1, pages))
                body = (
                    f"<html><head><title>PPID</title></head><body><h1>Profil PPID</h1>{links}</body></html>"
                ).encode()
                ctype = "text/html"
            else:
                body = f"<html><head><title>Informasi {n}</title></head><body><p>Halaman {n}</p></body></html>".encode()
                ctype = "text/html"
            self.send_response(200 if (self.path in ("/", "/robots.txt") or m) else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


def findings(db: Path, run_id: int) -> dict:
    with Store(db, create=False) as store:
        return {(f["body_id"], f["item_id"]): (f["status"], f["evidence_url"]) for f in store.findings(run_id)}


def one_run(cfg, registry: Path, nodes: list[ScrapydNode], work: Path) -> tuple[float, dict, dict]:
    db = work / "central.db"
    with Store(db) as store:
        run_id = store.start_run("run", as_of=AS_OF.isoformat(), registry=str(registry))
        store.save_run_bodies(run_id, load_registry(registry))
        started = time.monotonic()
        result = crawl_scrapyd(
            cfg, store, run_id, registry=registry, nodes=[n.url for n in nodes], feeds_dir=work / "feeds", poll=0.5
        )
        seconds = time.monotonic() - started
        run_checks(store, run_id, AS_OF, cfg)
    return seconds, findings(db, run_id), result


def main() -> int:
    import signal

    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))  # a stopped bench still stops its nodes
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=8)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--delay", type=float, default=0.4)
    ap.add_argument("--max-proc", type=int, default=1)
    ap.add_argument("--tries", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kipmon-bench-dist-"))
    servers = []
    for _ in range(args.sites):
        server = ThreadingHTTPServer((next_loopback_ip(), 0), site_handler(args.pages, args.delay))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    rows = [
        {"id": f"dinas-{i:02d}", "url": "http://{}:{}/".format(*s.server_address[:2])} for i, s in enumerate(servers)
    ]
    registry = write_registry(tmp / "registry.csv", rows)
    # one request at a time per site, no extra delay: a job's time is its pages x the server's delay
    cfg = fast_config(concurrent_per_domain=1, concurrent_per_server=1, download_timeout=10)
    nodes = []
    try:
        for name in ("n1", "n2"):
            nodes.append(ScrapydNode(tmp / name, max_proc=args.max_proc))
        best: dict[int, float] = {}
        reference = None
        for tries in range(args.tries):
            for count in (1, 2):
                work = tmp / f"run-{count}-{tries}"
                work.mkdir()
                seconds, found, result = one_run(cfg, registry, nodes[:count], work)
                assert result["failed"] == 0, result
                reference = reference or found
                same = found == reference
                print(
                    f"{count} node(s), try {tries + 1}: {seconds:.1f} s, {result['jobs']} jobs, "
                    f"findings {'identical' if same else 'DIFFER'}",
                    flush=True,
                )
                if not same:
                    return 1
                best[count] = min(best.get(count, seconds), seconds)
        print(
            f"best: one node {best[1]:.1f} s, two nodes {best[2]:.1f} s, speed-up {best[1] / best[2]:.2f}x "
            f"({args.sites} sites x {args.pages} pages at {args.delay} s, {args.max_proc} jobs per node)"
        )
    finally:
        for node in nodes:
            node.stop()
        for server in servers:
            server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
