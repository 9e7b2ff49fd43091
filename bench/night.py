"""The cost of a night, measured: `python bench/night.py [--sites 50] [--pages 200] [--docs 5]`.

A script, not a test. It serves a synthetic world of sites on 127.0.0.x (each with HTML pages and real
PDFs), then, in the same process:

1. runs kipmon's crawl over it (the real run: child process, pipeline, store, HTTP cache), and records
   the crawl child's peak memory (RUSAGE_CHILDREN ru_maxrss, read before any other child runs);
2. times checks, scores and the report over that run (each only if importable: they are built in
   parallel);
3. runs a bare Scrapy spider that only follows the same links, with the same concurrency and
   politeness settings (robots.txt, delays, AutoThrottle, per-domain concurrency), no cache, no store;
4. runs kipmon's crawl a second time over the unchanged world, with the cache of the first, and compares
   the bytes the servers sent.

Goals: kipmon's crawl wall time at most 1.3x the bare spider's; peak memory under 500 MB; the second
run at most 20% of the first run's bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = (
    "informasi publik pemerintah kabupaten kutai timur dinas layanan laporan anggaran program kegiatan "
    "masyarakat desa kecamatan pengumuman daftar dokumen keuangan kinerja tahun pelaksanaan"
).split()


def paragraph(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def build_site(index: int, pages: int, docs: int, rng: random.Random, pdfs: list[bytes]):
    from kipmon.demo.server import Page, Site

    def html(title: str, body: str) -> str:
        return (
            f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<nav><a href='/'>Beranda</a> <a href='/ppid'>PPID</a></nav><h1>{title}</h1>{body}"
            f"<footer>Diperbarui 12 Oktober 2026</footer></body></html>"
        )

    sections = max(1, pages // 10)
    per_section = max(1, (pages - sections - 2) // sections)
    routes = {}
    routes["/"] = Page(
        html(
            f"Dinas {index}",
            " ".join(f"<a href='/bagian/{s}'>Bagian {s}</a>" for s in range(sections))
            + "".join(f"<p>{paragraph(rng, 60)}</p>" for _ in range(5)),
        )
    )
    doc_links = " ".join(f"<a href='/ppid/dokumen-{d}.pdf'>Dokumen {d} tahun 2026</a>" for d in range(docs))
    routes["/ppid"] = Page(html("PPID", doc_links + f"<p>{paragraph(rng, 80)}</p>"))
    for s in range(sections):
        links = " ".join(f"<a href='/bagian/{s}/hal/{k}'>Halaman {k}</a>" for k in range(per_section))
        routes[f"/bagian/{s}"] = Page(html(f"Bagian {s}", links + f"<p>{paragraph(rng, 80)}</p>"))
        for k in range(per_section):
            body = "".join(f"<p>{paragraph(rng, 70)}</p>" for _ in range(12))
            routes[f"/bagian/{s}/hal/{k}"] = Page(html(f"Halaman {s}.{k}", body + f"<a href='/bagian/{s}'>Kembali</a>"))
    for d in range(docs):
        routes[f"/ppid/dokumen-{d}.pdf"] = Page(pdfs[(index + d) % len(pdfs)], content_type="application/pdf")
    return Site(routes), len(routes)


def make_pdfs(n: int) -> list[bytes]:
    try:
        from kipmon.demo.docs import make_pdf
    except ImportError:
        return [b"%PDF-1.4\n%%EOF\n"]
    rng = random.Random(7)
    return [
        make_pdf(
            f"Laporan {i} tahun 2026",
            [paragraph(rng, 40) for _ in range(120)],
            metadata={"CreationDate": dt.date(2026, 3, 1 + i)},
        )
        for i in range(n)
    ]


# ------------------------------------------------------------------------------ the bare spider


def bare_child(settings_json: str, starts_json: str) -> int:
    """Follow the same links as kipmon, with the same Scrapy settings, and do nothing else."""
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawler import settings as defaults

    starts = json.loads(starts_json)

    class BareSpider(scrapy.Spider):
        name = "bare"

        async def start(self):
            for url in starts:
                yield scrapy.Request(url)

        def parse(self, response):
            if not hasattr(response, "css") or b"html" not in response.headers.get("Content-Type", b""):
                return
            host = response.url.split("/")[2]
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href)
                if url.split("/")[2] == host:
                    yield response.follow(url, callback=self.parse)

    settings = Settings()
    settings.setmodule(defaults, priority="project")
    settings.update(json.loads(settings_json), priority="cmdline")
    settings.update({"HTTPCACHE_ENABLED": False, "ITEM_PIPELINES": {}, "LOG_LEVEL": "ERROR"}, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    print(
        json.dumps(
            {"responses": stats.get("response_received_count", 0), "bytes": stats.get("downloader/response_bytes", 0)}
        )
    )
    return 0


# ------------------------------------------------------------------------------ the measurement


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=50)
    ap.add_argument("--pages", type=int, default=200, help="HTML pages per site")
    ap.add_argument("--docs", type=int, default=5, help="PDF documents per site")
    ap.add_argument("--delay", type=float, help="download_delay for both spiders (default: kipmon's config)")
    ap.add_argument("--no-autothrottle", action="store_true")
    ap.add_argument("--keep", help="keep the database and report in this folder")
    ap.add_argument("--bare-child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.bare_child:
        return bare_child(*args.bare_child)

    import csv

    from crawler.settings import settings_for
    from kipmon.config import load_config
    from kipmon.store import Store
    from schedules.job import options_from, run_job

    work = Path(args.keep or tempfile.mkdtemp(prefix="kipmon-night-"))
    work.mkdir(parents=True, exist_ok=True)
    cfg = load_config()
    if args.delay is not None:
        cfg["crawl"]["download_delay"] = args.delay
    if args.no_autothrottle:
        cfg["crawl"]["autothrottle"] = False
    cfg["crawl"]["page_budget"] = max(cfg["crawl"]["page_budget"], args.pages + args.docs + 20)
    rng = random.Random(2026)
    pdfs = make_pdfs(8)
    print(f"world: {args.sites} sites x ({args.pages} pages + {args.docs} PDFs) on 127.0.0.x; work folder {work}")
    figures: dict = {}
    with ExitStack() as stack:
        sites = []
        for i in range(args.sites):
            site, n = build_site(i, args.pages, args.docs, rng, pdfs)
            sites.append(stack.enter_context(site))
        registry = work / "registry.csv"
        with registry.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "name", "kind", "url"])
            for i, site in enumerate(sites):
                w.writerow([f"dinas-{i}", f"Dinas {i}", "opd", site.url("/")])
        sent = lambda: sum(s.bytes_sent for s in sites)  # noqa: E731

        # 1. kipmon's crawl, first night (empty cache)
        db = work / "kipmon.db"
        for stale in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
            stale.unlink(missing_ok=True)
        opts = options_from(cfg, db=db, out=work / "out", registry=registry, stages=("crawl",), command="bench")
        opts.httpcache = work / "httpcache"
        if opts.httpcache.exists():
            import shutil

            shutil.rmtree(opts.httpcache)
        b0 = sent()
        t0 = time.perf_counter()
        first = run_job(cfg, opts, log=lambda line: None)
        k_wall = time.perf_counter() - t0
        k_child = first.stages["crawl"].get("seconds", k_wall)
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        first_bytes = sent() - b0
        with Store(db) as store:
            k_pages = store.query("select count(*) n from fetches where run_id = ? and status = 200", [first.run_id])[
                0
            ]["n"]
        figures["kipmon"] = {
            "status": first.status,
            "seconds": k_child,
            "responses": k_pages,
            "peak_mb": round(peak_kb / 1024, 1),
        }
        print(
            f"kipmon crawl: {first.status}, {k_pages} responses in {k_child:.1f} s "
            f"({k_pages / k_child:.1f}/s), crawl child peak RSS {peak_kb / 1024:.0f} MB"
        )

        # 2. checks, scores, report over that run
        as_of = dt.date.today()
        stage_times = {}
        with Store(db) as store:
            for name, call in (
                ("checks", lambda: __import__("checks").run_checks(store, first.run_id, as_of, cfg)),
                (
                    "scores",
                    lambda: __import__("checks.scoring", fromlist=["score_run"]).score_run(store, first.run_id, cfg),
                ),
                (
                    "report",
                    lambda: __import__("reports", fromlist=["write_report"]).write_report(
                        store, first.run_id, work / "out", cfg
                    ),
                ),
            ):
                t = time.perf_counter()
                try:
                    call()
                    stage_times[name] = f"{time.perf_counter() - t:.2f} s"
                except (ImportError, AttributeError) as exc:
                    stage_times[name] = f"not available ({exc})"
                except Exception as exc:  # noqa: BLE001 - a bench reports, it does not stop
                    stage_times[name] = f"failed after {time.perf_counter() - t:.2f} s: {type(exc).__name__}: {exc}"
                print(f"{name}: {stage_times[name]}")
        figures["stages"] = stage_times

        # 3. the bare spider, same settings, same links
        scrapy_settings = settings_for(cfg, db=str(db), run_id=0, registry=str(registry), only=None, httpcache_dir=None)
        starts = [s.url("/") for s in sites]
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, __file__, "--bare-child", json.dumps(scrapy_settings), json.dumps(starts)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        b_wall = time.perf_counter() - t0
        if out.returncode != 0:
            print(out.stderr[-2000:], file=sys.stderr)
            return 1
        bare = json.loads(out.stdout.strip().splitlines()[-1])
        figures["bare"] = {"seconds": round(b_wall, 2), "responses": bare["responses"]}
        print(f"bare spider: {bare['responses']} responses in {b_wall:.1f} s ({bare['responses'] / b_wall:.1f}/s)")

        # 4. kipmon again over the unchanged world, with the first night's cache
        b0 = sent()
        opts2 = options_from(cfg, db=db, out=work / "out", registry=registry, stages=("crawl",), command="bench")
        opts2.httpcache = work / "httpcache"
        second = run_job(cfg, opts2, log=lambda line: None)
        second_bytes = sent() - b0
        ratio = second_bytes / first_bytes if first_bytes else float("nan")
        figures["second"] = {
            "status": second.status,
            "seconds": second.stages["crawl"].get("seconds"),
            "bytes": second_bytes,
            "first_bytes": first_bytes,
            "ratio": round(ratio, 4),
        }
        print(
            f"second night: {second.status} in {second.stages['crawl'].get('seconds')} s, "
            f"{second_bytes / 1e6:.2f} MB sent vs {first_bytes / 1e6:.2f} MB the first night ({ratio:.1%})"
        )

    k_rate, b_rate = k_pages / k_child, bare["responses"] / b_wall
    time_ratio = k_child / b_wall
    print()
    print(
        f"machine: {os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()}, "
        f"{dt.date.today().isoformat()}; world {args.sites} x {args.pages} pages + {args.docs} PDFs; "
        f"download_delay {cfg['crawl']['download_delay']}, autothrottle {cfg['crawl']['autothrottle']}, "
        f"{cfg['crawl']['concurrent_requests']} concurrent, {cfg['crawl']['concurrent_per_domain']} per site"
    )
    print(
        f"pages/s: kipmon {k_rate:.1f}, bare Scrapy {b_rate:.1f}; wall time ratio kipmon/bare {time_ratio:.2f} "
        f"(goal <= 1.3) {'OK' if time_ratio <= 1.3 else 'OVER'}"
    )
    print(
        f"peak memory of the crawl child: {figures['kipmon']['peak_mb']:.0f} MB (goal < 500) "
        f"{'OK' if figures['kipmon']['peak_mb'] < 500 else 'OVER'}"
    )
    print(f"checks {stage_times['checks']}; scores {stage_times['scores']}; report {stage_times['report']}")
    print(f"second-run bytes: {ratio:.1%} of the first (goal <= 20%) {'OK' if ratio <= 0.2 else 'OVER'}")
    (work / "night.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
