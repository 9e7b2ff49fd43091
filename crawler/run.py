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
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from crawler import shares
from crawler.settings import settings_for
from kipmon import vocab
from kipmon.errors import KipmonError
from kipmon.registry import load_registry
from kipmon.store import Store, StoreError

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

    Returns {"seconds", "returncode", "timed_out", "pids"}; raises CrawlError when a child did not end
    well. Whatever the children stored before they ended stays in the database. `[crawl] processes`
    children share the bodies (crawler/shares.py). `keep_fds` are handed to every child (the run lock:
    held until the children end too, even if this process is killed first). `on_progress` is called, in
    reader threads, with the progress events of the crawl as one (crawler/progress.py).
    """
    everyone = load_registry(registry)  # read once here: the download slots and the shares come from it
    settings = settings_for(
        cfg,
        db=str(db),
        run_id=run_id,
        registry=str(registry),
        loaded=everyone,
        only=only,
        # absolute: Scrapy puts a relative HTTPCACHE_DIR under ./.scrapy/
        httpcache_dir=str(Path(httpcache_dir).resolve()) if httpcache_dir else None,
    )
    settings["KIPMON_OCR"]["on"] = ocr_switch(cfg)
    settings.update(render_switch(cfg, settings["KIPMON_RENDER"]))
    time_limit = float(time_limit or cfg["crawl"]["time_limit_seconds"])
    bodies = _shares(cfg, everyone, db, run_id, only)
    child_settings = shares.share_settings(settings, len(bodies))
    if on_progress is not None and len(bodies) > 1:
        merged = shares.MergedProgress(on_progress, len(bodies), sum(len(b) for b in bodies))
        listeners = [merged.for_child(i) for i in range(len(bodies))]
    else:
        listeners = [on_progress] * len(bodies)
    if _stop_requested.is_set():
        raise CrawlError("crawl not started: kipmon is shutting down")
    started = time.monotonic()
    children: list[_Child] = []
    try:
        try:
            for ids, listener in zip(bodies, listeners, strict=True):
                if _stop_requested.is_set():
                    break  # asked to stop while starting: the bodies of children not started end `interrupted`
                only_these = {"KIPMON_ONLY": ",".join(ids)} if len(bodies) > 1 else {}
                children.append(_Child.start({**child_settings, **only_these}, keep_fds, listener))
        except BaseException:
            _kill([c.proc for c in children])  # a later child could not start: none is left running alone
            raise
        # a graceful stop waits for requests in flight, which end by the download timeout
        grace = min(GRACE_SECONDS, float(cfg["crawl"]["download_timeout"]) + 5)
        timed_out = _wait_all([c.proc for c in children], time_limit, grace)
    finally:
        fatal = "\n".join(line for c in children if (line := c.finish()))
        _close_unfinished(db, run_id)  # however it ended, no body is left looking crawled
    seconds = round(time.monotonic() - started, 2)
    rcs = [c.proc.returncode for c in children]
    rc = next((r for r in rcs if r != 0), 0)
    result = {"seconds": seconds, "returncode": rc, "timed_out": timed_out, "pids": [c.proc.pid for c in children]}
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


def _shares(cfg: dict, everyone: list, db, run_id: int, only: str | None) -> list[list[str]]:
    """The body ids of each crawl child: one share of everything selected unless `[crawl] processes`
    and the number of servers allow more (crawler/shares.py)."""
    from crawler.engines.assign import politeness_groups
    from kipmon.registry import select

    chosen = [(b.id, list(b.urls)) for b in select(everyone, only)]
    groups = politeness_groups(chosen)
    n = shares.process_count(cfg, groups)
    if n <= 1:
        return [[b for b, _ in chosen]]
    try:
        with Store(db) as store:
            fetches = store.last_fetch_counts(run_id)
    except (StoreError, OSError, sqlite3.Error):
        fetches = {}  # balanced by group count alone; the crawl child reports the store's fault
    return shares.split(chosen, groups, n, fetches)


class _Child:
    """One crawl child process, its fatal-error file and its progress reader."""

    def __init__(self, proc: subprocess.Popen, fatal_file: str, reader: threading.Thread | None):
        self.proc, self.fatal_file, self.reader = proc, fatal_file, reader

    @classmethod
    def start(cls, settings: dict, keep_fds: tuple[int, ...], on_progress) -> _Child:
        fatal_fd, fatal_file = tempfile.mkstemp(prefix="kipmon-crawl-", suffix=".fatal")
        os.close(fatal_fd)
        settings = {**settings, "KIPMON_FATAL_FILE": fatal_file}
        progress_r = progress_w = None
        if on_progress is not None:
            progress_r, progress_w = os.pipe()
            settings["KIPMON_PROGRESS_FD"] = progress_w
        cmd = [sys.executable, "-m", "crawler.run", "--settings-json", json.dumps(settings)]
        env = dict(os.environ)
        # the child imports the same code as this process, wherever it was imported from
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        try:
            fds = tuple(keep_fds) + ((progress_w,) if progress_w is not None else ())
            try:
                proc = subprocess.Popen(cmd, env=env, start_new_session=True, pass_fds=fds)
            finally:
                if progress_w is not None:
                    os.close(progress_w)  # the child holds the write end: EOF when it ends
        except BaseException:
            Path(fatal_file).unlink(missing_ok=True)
            if progress_r is not None:
                os.close(progress_r)
            raise
        reader = _read_progress(progress_r, on_progress) if progress_r is not None else None
        with _running_lock:
            _running[proc.pid] = proc
        return cls(proc, fatal_file, reader)

    def finish(self) -> str:
        """After the process ended: its fatal line ("" when none); the file is removed."""
        with _running_lock:
            _running.pop(self.proc.pid, None)
        if self.reader is not None:
            self.reader.join(timeout=5)
        try:
            return Path(self.fatal_file).read_text(encoding="utf-8").strip()
        except OSError:
            return ""
        finally:
            Path(self.fatal_file).unlink(missing_ok=True)


def _close_unfinished(db, run_id: int) -> None:
    """After the child, however it ended: a body it never wrote a result for (killed after the grace, or
    stopped before it reached the body) is recorded as cut short, never left to look crawled."""
    try:
        with Store(db) as store:
            store.close_unfinished_bodies(run_id, vocab.CRAWL_INTERRUPTED)
    except (StoreError, OSError, sqlite3.Error):
        pass  # the store itself failed: the child's fatal line says so, and the run is marked failed


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


def _wait_all(procs: list[subprocess.Popen], time_limit: float, grace: float = GRACE_SECONDS) -> bool:
    """Wait for the children up to the time limit; then SIGTERM, then SIGKILL. Whether it timed out."""
    deadline = time.monotonic() + time_limit
    try:
        try:
            for proc in procs:
                proc.wait(timeout=max(0.0, deadline - time.monotonic()))
            return False
        except subprocess.TimeoutExpired:
            pass
        alive = [p for p in procs if p.poll() is None]
        for proc in alive:
            proc.send_signal(signal.SIGTERM)
        stop_by = time.monotonic() + grace
        for proc in alive:
            try:
                proc.wait(timeout=max(0.0, stop_by - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        return True
    except BaseException:
        _kill(procs)
        raise


def _kill(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


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
