"""Feed mode, measured on the demo world: `python bench/feed.py [--tries 3] [--normal-only]`.

A script, not a test. It serves the demo world on 127.0.0.x, then:

1. times a normal `kipmon crawl` (kipmon's child process writing the store), best of --tries;
2. unless --normal-only: crawls the same world as a job daemon would (`scrapy crawl bodies -a job=...
   -o feed.jl` in its own process), and prints the feed's size and the time `kipmon ingest` takes.

--normal-only imports nothing of feed mode, so the same script times the crawl of a tree without it
(PYTHONPATH=/path/to/other/tree python bench/feed.py --normal-only): before and after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("PYTHONPATH", "").split(os.pathsep)[0] or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))

AS_OF = dt.date(2026, 11, 29)


def fast_config() -> dict:
    from kipmon.config import load_config

    cfg = load_config()
    # as `kipmon demo` crawls it: a small local world, no long politeness delay
    cfg["crawl"].update(download_delay=0.05, autothrottle=False, concurrent_per_domain=4)
    return cfg


def child_cpu() -> float:
    """CPU seconds (user + system) of the finished children: the crawl child's work, which a loaded
    machine hardly changes, unlike the wall time."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def normal_crawl(world, tmp: Path, n: int) -> tuple[float, float]:
    from schedules.job import options_from, run_job

    cfg = fast_config()
    db = tmp / f"normal{n}.db"
    opts = options_from(
        cfg, db=db, out=tmp / "out", registry=world.registry_path, as_of=AS_OF, stages=("crawl",), command="crawl"
    )
    started, cpu = time.monotonic(), child_cpu()
    run_job(cfg, opts)
    return time.monotonic() - started, child_cpu() - cpu


def feed_job(world, tmp: Path) -> None:
    from crawler.ingest import ingest
    from crawler.job import job_document, write_job
    from kipmon.registry import load_registry
    from kipmon.store import Store

    cfg = fast_config()
    db = tmp / "central.db"
    with Store(db) as store:
        run_id = store.start_run("crawl", as_of=AS_OF.isoformat(), registry=str(world.registry_path))
        store.save_run_bodies(run_id, load_registry(world.registry_path))
    job = write_job(tmp / "job.json", job_document(cfg, run_id=run_id, registry=world.registry_path))
    feed = tmp / "feed.jl"
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings", "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "bodies", "-a", f"job={job}", "-o", f"{feed}:jsonlines"],
        cwd=tmp,
        env=env,
        check=True,
        capture_output=True,
    )
    crawl_s = time.monotonic() - started
    lines = feed.read_text(encoding="utf-8").count("\n")
    with Store(db, create=False) as store:
        started = time.monotonic()
        ingest(store, [feed])
        first = time.monotonic() - started
        started = time.monotonic()
        ingest(store, [feed])
        again = time.monotonic() - started
        fetches = store.query("select count(*) n from fetches where run_id = ?", [run_id])[0]["n"]
    print(f"feed job crawl:   {crawl_s:.2f} s (scrapy crawl in its own process, startup included)")
    print(f"feed size:        {feed.stat().st_size / 1e6:.2f} MB, {lines} records, {fetches} fetches")
    print(f"ingest:           {first:.2f} s first, {again:.2f} s again (nothing to change)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=3)
    parser.add_argument("--normal-only", action="store_true")
    args = parser.parse_args()
    from kipmon.demo.world import serve_world

    print(f"code: {ROOT}")
    with (
        tempfile.TemporaryDirectory(prefix="kipmon-bench-feed-") as d,
        serve_world(AS_OF, directory=Path(d) / "w") as world,
    ):
        tmp = Path(d)
        runs = [normal_crawl(world, tmp, n) for n in range(args.tries)]
        times, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(
            f"normal crawl:     best {min(times):.2f} s wall of {args.tries} ({', '.join(f'{t:.2f}' for t in times)}); "
            f"crawl child CPU best {min(cpus):.2f} s ({', '.join(f'{c:.2f}' for c in cpus)})"
        )
        if not args.normal_only:
            feed_job(world, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
