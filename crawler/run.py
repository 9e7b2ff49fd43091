"""Run one crawl in a child process, with a time limit.

Scrapy's Twisted reactor cannot be restarted inside one process, and a long-lived scheduler must
survive a crawl that hangs or crashes, so every crawl is its own `python -m crawler.run` process. The
parent waits up to the time limit, then asks the child to stop (SIGTERM: Scrapy closes gracefully
and the store keeps what it has, with each body marked unfinished), and kills it if it does not.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from crawler.settings import settings_for
from kipmon.errors import KipmonError

GRACE_SECONDS = 45  # at most, after SIGTERM: Scrapy finishes in-flight requests (bounded by DOWNLOAD_TIMEOUT)


class CrawlError(KipmonError):
    """The crawl child failed or had to be stopped."""


# Crawl children running now, so a scheduler asked to stop (SIGTERM) can stop them first.
_running: dict[int, subprocess.Popen] = {}
_running_lock = threading.Lock()
_stop_requested = threading.Event()


def stop_running_crawls() -> int:
    """Ask every running crawl child to stop (SIGTERM: Scrapy closes and the store keeps what it
    has); their crawl() calls then raise CrawlError, so the runs close as failed. Returns how many."""
    _stop_requested.set()
    with _running_lock:
        procs = list(_running.values())
    for proc in procs:
        try:
            proc.send_signal(signal.SIGTERM)
        except ProcessLookupError:
            pass
    return len(procs)


def crawl(
    cfg: dict,
    *,
    registry: str | Path,
    db: str | Path,
    run_id: int,
    only: str | None = None,
    httpcache_dir: str | Path | None = None,
    time_limit: float | None = None,
    keep_fds: tuple[int, ...] = (),
    on_progress: Callable[[dict], None] | None = None,
) -> dict:
    """Crawl every body of `registry` into run `run_id` of the database `db`.

    Returns {"seconds", "returncode", "timed_out"}; raises CrawlError when the child did not end well.
    Whatever the child stored before it ended stays in the database. `keep_fds` are handed to the
    child (the run lock: held until the child ends too, even if this process is killed first).
    `on_progress` is called, in a reader thread, with each progress event of the child (crawler/progress.py).
    """
    settings = settings_for(
        cfg,
        db=str(db),
        run_id=run_id,
        registry=str(registry),
        only=only,
        # absolute: Scrapy puts a relative HTTPCACHE_DIR under ./.scrapy/
        httpcache_dir=str(Path(httpcache_dir).resolve()) if httpcache_dir else None,
    )
    settings["KIPMON_OCR"]["on"] = ocr_switch(cfg)
    settings.update(render_switch(cfg, settings["KIPMON_RENDER"]))
    time_limit = float(time_limit or cfg["crawl"]["time_limit_seconds"])
    fatal_fd, fatal_file = tempfile.mkstemp(prefix="kipmon-crawl-", suffix=".fatal")
    os.close(fatal_fd)
    settings["KIPMON_FATAL_FILE"] = fatal_file
    progress_r = progress_w = None
    if on_progress is not None:
        progress_r, progress_w = os.pipe()
        settings["KIPMON_PROGRESS_FD"] = progress_w
    cmd = [sys.executable, "-m", "crawler.run", "--settings-json", json.dumps(settings)]
    env = dict(os.environ)
    # the child imports the same code as this process, wherever it was imported from
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    started = time.monotonic()
    if _stop_requested.is_set():
        raise CrawlError("crawl not started: kipmon is shutting down")
    try:
        fds = tuple(keep_fds) + ((progress_w,) if progress_w is not None else ())
        try:
            proc = subprocess.Popen(cmd, env=env, start_new_session=True, pass_fds=fds)
        finally:
            if progress_w is not None:
                os.close(progress_w)  # the child holds the write end: EOF when it ends
        reader = _read_progress(progress_r, on_progress) if progress_r is not None else None
        with _running_lock:
            _running[proc.pid] = proc
        try:
            # a graceful stop waits for requests in flight, which end by the download timeout
            grace = min(GRACE_SECONDS, float(cfg["crawl"]["download_timeout"]) + 5)
            rc, timed_out = _wait(proc, time_limit, grace)
        finally:
            with _running_lock:
                _running.pop(proc.pid, None)
            if reader is not None:
                reader.join(timeout=5)
        fatal = Path(fatal_file).read_text(encoding="utf-8").strip()
    finally:
        Path(fatal_file).unlink(missing_ok=True)
    seconds = round(time.monotonic() - started, 2)
    result = {"seconds": seconds, "returncode": rc, "timed_out": timed_out, "pid": proc.pid}
    if fatal:
        raise CrawlError(f"crawl stopped: {fatal.splitlines()[0]}")
    if _stop_requested.is_set():
        raise CrawlError("crawl stopped: kipmon was asked to stop (SIGTERM); partial results kept")
    if timed_out:
        raise CrawlError(f"crawl stopped after the time limit of {time_limit:.0f} s (partial results kept)")
    if rc != 0:
        how = f"killed by signal {-rc}" if rc < 0 else f"exit status {rc}"
        raise CrawlError(f"crawl process ended with {how} (partial results kept)")
    return result


def ocr_switch(cfg: dict) -> bool:
    """Whether this crawl reads scans; when it cannot, one warning line says why (the crawl goes on)."""
    if not cfg["ocr"]["enabled"]:
        return False
    from crawler import ocr

    on, why = ocr.status()
    if not on:
        print(f"OCR mati: {why}; dokumen pindaian dan infografis tidak dibaca", file=sys.stderr)
    return on


def render_switch(cfg: dict, render_cfg: dict) -> dict:
    """Scrapy settings that render app shells, or {} (one warning line) when this crawl cannot."""
    render_cfg["on"] = False
    if not cfg["render"]["enabled"]:
        return {}
    from crawler import render

    on, found = render.status(render_cfg)
    if not on:
        print(f"Render JS mati: {found}; halaman aplikasi JavaScript dibaca apa adanya", file=sys.stderr)
        return {}
    render_cfg["on"] = True
    return render.scrapy_settings(render_cfg, found)


def _read_progress(fd: int, on_progress: Callable[[dict], None]) -> threading.Thread:
    """Read the child's JSON-lines progress events in a thread until the pipe closes."""

    def read() -> None:
        with os.fdopen(fd, "r", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                try:
                    on_progress(event)
                except Exception:  # noqa: BLE001 - a display error must not stop reading (or the crawl)
                    logging.getLogger(__name__).debug("progress display failed", exc_info=True)

    thread = threading.Thread(target=read, name="crawl-progress", daemon=True)
    thread.start()
    return thread


def _wait(proc: subprocess.Popen, time_limit: float, grace: float = GRACE_SECONDS) -> tuple[int, bool]:
    """Wait for the child up to the time limit; then SIGTERM, then SIGKILL. (returncode, timed_out)"""
    timed_out = False
    try:
        rc = proc.wait(timeout=time_limit)
    except subprocess.TimeoutExpired:
        timed_out = True
        proc.send_signal(signal.SIGTERM)
        try:
            rc = proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            rc = proc.wait()
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    return rc, timed_out


def _child(settings_json: str) -> int:
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawler import settings as defaults
    from crawler.spiders.bodies import BodiesSpider
    from kipmon.registry import load_registry, select

    settings = Settings()
    settings.setmodule(defaults, priority="project")
    settings.update(json.loads(settings_json), priority="cmdline")
    if settings.getbool("KIPMON_RENDER_MIDDLEWARE"):  # [render] on: app shells go to chromium (crawler/render.py)
        settings.set(
            "DOWNLOADER_MIDDLEWARES",
            {**settings.getdict("DOWNLOADER_MIDDLEWARES"), "crawler.render_handler.RenderMiddleware": 950},
            priority="cmdline",
        )
    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    process = CrawlerProcess(settings)
    # An unreachable robots.txt is logged with a traceback by Scrapy; the store already records it.
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").setLevel(logging.CRITICAL)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    crawler = process.create_crawler(BodiesSpider)
    registry = load_registry(settings.get("KIPMON_REGISTRY"))  # the child's one load, handed to the spider
    bodies = [b.id for b in select(registry, settings.get("KIPMON_ONLY") or None)]
    process.crawl(crawler, registry=registry, bodies=bodies)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    if stats.get("finish_reason") not in ("finished", "shutdown", None):
        print(f"crawl finished with reason {stats.get('finish_reason')}", file=sys.stderr)
    # the pipeline could not write the database: the crawl stopped; say why in one line, exit non-zero
    if stats.get("kipmon_fatal"):
        print(f"kipmon crawl: {stats['kipmon_fatal']}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="kipmon crawl child process (started by kipmon)")
    parser.add_argument("--settings-json", required=True)
    args = parser.parse_args()
    profile = os.environ.get("KIPMON_PROFILE")  # a file name (%p: the pid) for a cProfile dump of the crawl
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        code = profiler.runcall(_child, args.settings_json)
        profiler.dump_stats(profile.replace("%p", str(os.getpid())))
        sys.exit(code)
    sys.exit(_child(args.settings_json))
