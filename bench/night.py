"""The cost of a whole night, measured: `python bench/night.py [--sites 50] [--pages 200] [--docs 5] [--nights 3]`.

A script, not a test. It serves a synthetic world of sites on 127.0.0.x (each with HTML pages and real
PDFs), then:

1. runs a bare Scrapy spider that only follows the same links, with the same concurrency and
   politeness settings (robots.txt, delays, AutoThrottle, per-domain concurrency), no cache, no store;
2. runs the whole of `kipmon run` over it, in this process, through the same function the command
   calls (schedules/job.py run_job: crawl child, checks, scores, report, notices as a dry run), and
   prints each stage's seconds, the whole run's wall time against the bare spider's, and the peak
   memory of the crawl child (RUSAGE_CHILDREN ru_maxrss, the largest child: crawl or check worker) and of
   this process;
3. runs the night again (--nights, default 3) over the unchanged world with the HTTP cache of the first,
   as the user meets the second and third nights, and compares the bytes the servers sent.

Goals: the whole first night within 1.3x the bare spider's wall time at zero delay (--delay 0, the
default here); peak memory flat in the number of sites (run with two --sites to see it) and under 500 MB;
a later night at most 20% of the first night's bytes.
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


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=50)
    ap.add_argument("--pages", type=int, default=200, help="HTML pages per site")
    ap.add_argument("--docs", type=int, default=5, help="PDF documents per site")
    ap.add_argument("--nights", type=int, default=3, help="nights to run (the 2nd and later with a warm cache)")
    ap.add_argument(
        "--rounds", type=int, default=1, help="first nights, each from nothing and followed by the bare spider (median)"
    )
    ap.add_argument("--delay", type=float, default=0.0, help="download_delay for both spiders (default 0)")
    ap.add_argument("--autothrottle", action="store_true", help="leave AutoThrottle on (off by default here)")
    ap.add_argument("--concurrency", type=int, help="concurrent requests for both (default: kipmon's config)")
    ap.add_argument("--workers", help="[checks] workers (default: kipmon's config)")
    ap.add_argument("--processes", help="[crawl] processes for kipmon (default: kipmon's config)")
    ap.add_argument(
        "--bare-processes", type=int, default=1, help="bare spiders at once, each a share of the sites (default 1)"
    )
    ap.add_argument("--keep", help="keep the database and report in this folder")
    ap.add_argument("--bare-child", nargs=2, help=argparse.SUPPRESS)
    return ap.parse_args()


def night_config(args: argparse.Namespace) -> dict:
    """kipmon's config with the bench's delay, concurrency, workers and a page budget that fits a site."""
    from kipmon.config import load_config

    cfg = load_config()
    cfg["crawl"]["download_delay"] = args.delay
    cfg["crawl"]["autothrottle"] = bool(args.autothrottle)
    if args.concurrency:
        cfg["crawl"]["concurrent_requests"] = args.concurrency
    if args.processes is not None:
        cfg["crawl"]["processes"] = args.processes if args.processes == "auto" else int(args.processes)
    if args.workers is not None:
        cfg["checks"]["workers"] = args.workers if args.workers == "auto" else int(args.workers)
    cfg["crawl"]["page_budget"] = max(cfg["crawl"]["page_budget"], args.pages + args.docs + 20)
    return cfg


def run_bare(cfg: dict, db: Path, registry: Path, sites: list, processes: int = 1) -> tuple[float, dict] | None:
    """The bare spider, same settings, same links (run after night 1, so RUSAGE_CHILDREN's peak
    of night 1 is kipmon's own children: the crawl children and any check workers). With `processes`,
    that many bare spiders at once, each a share of the sites and of the concurrency, as kipmon's
    `[crawl] processes` splits them: the same parallelism, to compare the per-page work alone."""
    import math

    from crawler.settings import settings_for

    scrapy_settings = settings_for(cfg, db=str(db), run_id=0, registry=str(registry), only=None, httpcache_dir=None)
    n = max(1, min(processes, len(sites)))
    scrapy_settings["CONCURRENT_REQUESTS"] = max(1, math.ceil(scrapy_settings["CONCURRENT_REQUESTS"] / n))
    shares = [[s.url("/") for s in sites[i::n]] for i in range(n)]
    c0 = cpu_seconds()
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--bare-child", json.dumps(scrapy_settings), json.dumps(starts)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for starts in shares
    ]
    outs = [p.communicate() for p in procs]
    wall = time.perf_counter() - t0
    cpu = cpu_seconds() - c0
    bare = {"responses": 0, "bytes": 0}
    for p, (out, err) in zip(procs, outs, strict=True):
        if p.returncode != 0:
            print(err[-2000:], file=sys.stderr)
            return None
        got = json.loads(out.strip().splitlines()[-1])
        bare = {k: bare[k] + got[k] for k in bare}
    bare["cpu"] = round(cpu, 2)
    print(
        f"bare spider{f' x{n} processes' if n > 1 else ''}: {bare['responses']} responses in {wall:.1f} s "
        f"({bare['responses'] / wall:.1f}/s), {bare['cpu']:.1f} CPU-s with the servers'"
    )
    return wall, bare


def cpu_seconds() -> float:
    """CPU time of this process (the sites' servers, the run's own parent work) and its ended children
    (the crawl children, the check workers), user and system."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def fresh(db: Path, work: Path) -> None:
    """Before a first night: no database, no HTTP cache, no report."""
    import shutil

    for stale in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm"), work / "httpcache", work / "out"):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists():
            stale.unlink()


def run_night(cfg: dict, night: int, work: Path, registry: Path, sent) -> tuple[dict, object]:
    """One whole `kipmon run` (schedules/job.py run_job), timed: (its figures, its JobResult)."""
    from kipmon.store import Store
    from schedules.job import STAGES, options_from, run_job

    db = work / "kipmon.db"
    opts = options_from(cfg, db=db, out=work / "out", registry=registry, stages=STAGES, command="bench")
    opts.httpcache = work / "httpcache"
    b0 = sent()
    c0 = cpu_seconds()
    t0 = time.perf_counter()
    result = run_job(cfg, opts, log=lambda line: None)
    wall = time.perf_counter() - t0
    cpu = cpu_seconds() - c0
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with Store(db) as store:
        pages = store.query(
            "select count(*) n from fetches where run_id = ? and status in (200, 304)", [result.run_id]
        )[0]["n"]
    fig = {
        "night": night,
        "status": result.status,
        "error": result.error,
        "wall": round(wall, 2),
        "cpu": round(cpu, 2),
        "stages": {k: result.stages[k].get("seconds") for k in STAGES if k in result.stages},
        "responses": pages,
        "bytes": sent() - b0,
        "child_peak_mb": round(child_kb / 1024, 1),
        "parent_peak_mb": round(self_kb / 1024, 1),
    }
    return fig, result


def main() -> int:
    args = parse_args()
    if args.bare_child:
        return bare_child(*args.bare_child)

    import csv

    work = Path(args.keep or tempfile.mkdtemp(prefix="kipmon-night-"))
    work.mkdir(parents=True, exist_ok=True)
    cfg = night_config(args)
    rng = random.Random(2026)
    pdfs = make_pdfs(8)
    print(f"world: {args.sites} sites x ({args.pages} pages + {args.docs} PDFs) on 127.0.0.x; work folder {work}")
    figures: dict = {"nights": []}
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

        db = work / "kipmon.db"

        b_wall = None
        firsts: list[tuple[float, float]] = []  # (night 1, its bare spider) of each round
        # 2. the whole of `kipmon run`: --rounds first nights (each followed by the bare spider), then
        # nights 2.. over the unchanged world with the last first night's cache
        for night in [1] * args.rounds + list(range(2, args.nights + 1)):
            if night == 1:
                fresh(db, work)
            fig, result = run_night(cfg, night, work, registry, sent)
            wall, stages, pages = fig["wall"], fig["stages"], fig["responses"]
            figures["nights"].append(fig)
            if night == 1:
                got = run_bare(cfg, db, registry, sites, args.bare_processes)
                if got is None:
                    return 1
                b_wall, bare = got
                figures["bare"] = {"seconds": round(b_wall, 2), "responses": bare["responses"], "cpu": bare["cpu"]}
                firsts.append((wall, b_wall))
            per = ", ".join(f"{k} {v} s" for k, v in stages.items())
            print(
                f"night {night}: {result.status} in {wall:.1f} s ({wall / b_wall:.2f}x bare), {fig['cpu']:.1f} CPU-s "
                f"with the servers'; {per}; "
                f"{pages} responses, {fig['bytes'] / 1e6:.2f} MB sent; peak RSS crawl child {fig['child_peak_mb']:.0f} MB, "
                f"parent {fig['parent_peak_mb']:.0f} MB" + (f"; error: {result.error}" if result.error else "")
            )
            if "check" in result.summary:
                print(f"  check: {result.summary['check'].get('line')}")

    summarize(args, cfg, figures, firsts, b_wall)
    (work / "night.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


def summarize(args: argparse.Namespace, cfg: dict, figures: dict, firsts: list, b_wall: float) -> None:
    """The closing lines: the machine, the first night(s) against the bare spider, memory, later nights."""
    first = [n for n in figures["nights"] if n["night"] == 1][-1]
    ratios = sorted(w / b for w, b in firsts)
    ratio = ratios[len(ratios) // 2]  # the median round (the upper one of an even number)
    figures["first_night_ratios"] = [round(r, 3) for r in ratios]
    workers = cfg["checks"].get("workers", "(none)")
    print()
    print(
        f"machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}, {platform.machine()}, "
        f"Python {platform.python_version()}, {dt.date.today().isoformat()}; world {args.sites} x {args.pages} "
        f"pages + {args.docs} PDFs; download_delay {cfg['crawl']['download_delay']}, autothrottle "
        f"{cfg['crawl']['autothrottle']}, {cfg['crawl']['concurrent_requests']} concurrent, "
        f"{cfg['crawl']['concurrent_per_domain']} per site; [crawl] processes {cfg['crawl'].get('processes', 1)}; "
        f"[checks] workers {workers}; bare spiders at once {args.bare_processes}"
    )
    if len(firsts) > 1:
        print(
            "first nights, each against the bare spider run right after it: "
            + ", ".join(f"{w:.1f}/{b:.1f} s" for w, b in firsts)
            + "; ratios "
            + ", ".join(f"{r:.2f}" for r in ratios)
        )
    print(
        f"first night: whole run {first['wall']:.1f} s vs bare spider {b_wall:.1f} s; "
        f"{'median ' if len(firsts) > 1 else ''}ratio {ratio:.2f} (goal <= 1.3) {'OK' if ratio <= 1.3 else 'OVER'}"
    )
    print(
        f"peak memory: crawl child {first['child_peak_mb']:.0f} MB, parent {first['parent_peak_mb']:.0f} MB "
        f"(goal < 500, flat in sites) {'OK' if max(first['child_peak_mb'], first['parent_peak_mb']) < 500 else 'OVER'}"
    )
    for later in [n for n in figures["nights"] if n["night"] > 1]:
        share = later["bytes"] / first["bytes"] if first["bytes"] else float("nan")
        print(
            f"night {later['night']}: {later['wall']:.1f} s ({later['wall'] / b_wall:.2f}x bare), "
            f"{share:.1%} of the first night's bytes (goal <= 20%) {'OK' if share <= 0.2 else 'OVER'}"
        )


if __name__ == "__main__":
    sys.exit(main())
