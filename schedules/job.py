"""One monitoring run, start to end: crawl, check, score, report, notify.

Each stage is recorded in the run's row (status, seconds, counts, error). A failed stage stops the
later ones, but the run is always closed, as `complete`, `degraded` (schedules/outage.py: no notices)
or `failed`, so a dead run can never pass for
the latest complete one and nothing an earlier run stored is touched.

A run holds the run lock (kipmon/lock.py) from before it opens the database until it is closed, so
the scheduler, a cron job and a manual `kipmon run` never overlap; under the lock, runs left
`running` by a process that died (killed, power loss) are marked failed before the new one starts.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kipmon import clock, vocab
from kipmon.errors import KipmonError
from kipmon.registry import default_registry_path, load_registry, select
from kipmon.store import Store
from kipmon.lock import run_lock
from kipmon.progress import Progress
from schedules.outage import outage_reason

STAGES = ("crawl", "check", "score", "report", "notify")


@dataclass
class JobOptions:
    db: Path
    out: Path
    registry: Path
    as_of: dt.date
    only: str | None = None
    stages: tuple[str, ...] = STAGES
    httpcache: Path | None = None
    send: bool | None = None  # notices: None = as configured (dry run by default)
    command: str = "run"
    lock_fd: int | None = None  # set while the run holds the lock; handed to the crawl child
    progress: Progress | None = None  # what the run shows while it works (kipmon/progress.py); None: nothing
    engine: str | None = None  # None: [crawl] engine ("local" or "scrapyd"; crawler/engines/scrapyd.py)
    nodes: str | None = None  # Scrapyd node URLs, comma-separated; None: [crawl] nodes
    check_pool: object | None = None  # checks/pool.py CheckPool while a run checks bodies beside its crawl


@dataclass
class JobResult:
    run_id: int
    status: str
    stages: dict = field(default_factory=dict)
    summary: dict = field(default_factory=dict)
    report: Path | None = None
    error: str | None = None


def options_from(
    cfg: dict, *, db=None, out=None, registry=None, as_of=None, only=None, stages=STAGES, command="run", send=None
) -> JobOptions:
    paths = cfg["paths"]
    reg = registry or paths.get("registry") or default_registry_path()
    if isinstance(as_of, str):
        try:
            as_of = dt.date.fromisoformat(as_of)
        except ValueError:
            raise KipmonError(f"--as-of takes a date as YYYY-MM-DD, not {as_of!r}") from None
    return JobOptions(
        db=Path(db or paths["db"]),
        out=Path(out or paths["out"]),
        registry=Path(reg),
        as_of=as_of or clock.today(cfg),  # the regency's date, whatever the machine's zone
        only=only,
        stages=tuple(stages),
        httpcache=Path(paths["httpcache"]) if paths.get("httpcache") else None,
        send=send,
        command=command,
    )


def _run_crawl(store: Store, run_id: int, opts: JobOptions, cfg: dict) -> dict:
    """The crawl on the chosen engine: Scrapyd nodes, or local Scrapy children feeding the check workers."""
    from crawler.run import crawl

    engine = opts.engine or cfg["crawl"].get("engine", "local")
    if engine == "scrapyd":
        from crawler.engines.scrapyd import crawl_scrapyd

        result = crawl_scrapyd(
            cfg,
            store,
            run_id,
            registry=opts.registry,
            nodes=opts.nodes,
            feeds_dir=Path(opts.db).resolve().parent / "feeds" / f"run-{run_id}",
            poll=float(cfg["crawl"].get("poll_seconds", 5)),
        )
    elif engine != "local":
        raise KipmonError(f"unknown crawl engine {engine!r} (local or scrapyd)")
    else:
        pool, show = opts.check_pool, opts.progress.crawl_event if opts.progress else None

        def on_event(event: dict) -> None:
            if pool is not None:
                pool.on_event(event)
            if show is not None:
                show(event)

        result = crawl(
            cfg,
            registry=opts.registry,
            db=opts.db,
            run_id=run_id,
            only=opts.only,
            httpcache_dir=opts.httpcache,
            keep_fds=(opts.lock_fd,) if opts.lock_fd is not None else (),
            on_progress=on_event if pool is not None or show is not None else None,
        )
    return result


def _stage_functions() -> dict[str, Callable]:
    """The stage implementations, imported late so `kipmon crawl` never loads the reports."""

    def crawl_stage(store: Store, run_id: int, opts: JobOptions, cfg: dict) -> dict:
        result = _run_crawl(store, run_id, opts, cfg)
        degraded = outage_reason(store, run_id, cfg)
        summary = crawl_summary(store, run_id)
        unreachable = sum(summary["unreachable"].values())
        line = (
            f"{summary['crawled']} of {summary['bodies']} bodies crawled, {unreachable} unreachable, "
            f"{summary['no_url']} without a known site; {summary['pages']} pages, "
            f"{summary['documents']} documents in {result.get('seconds', 0)} s"
        )
        return {**result, **summary, "line": line, **({"degraded": degraded} if degraded else {})}

    def check_stage(store: Store, run_id: int, opts: JobOptions, cfg: dict) -> dict:
        from checks import run_checks

        summary = run_checks(store, run_id, opts.as_of, cfg, pool=opts.check_pool)
        by_status = [f"{summary[k]} {k}" for k in vocab.STATUSES if summary.get(k)]
        line = f"{summary.get('findings', 0)} findings: " + ", ".join(by_status)
        if summary.get("rule_errors"):
            line += f"; {summary['rule_errors']} rule errors"
        if opts.check_pool is not None:
            p = opts.check_pool
            line += (
                f"; {p.used} bodies checked by workers during the crawl"
                f" ({p.taken_back} taken back after it, {p.changed} changed since)"
            )
        return {"counts": summary, "line": line}

    def score_stage(store: Store, run_id: int, opts: JobOptions, cfg: dict) -> dict:
        from checks.scoring import score_run

        summary = score_run(store, run_id, cfg)
        rollup = store.rollup(run_id) or {}
        estimate = (
            f"regency estimate {rollup['score']} ({rollup.get('band')})"
            if rollup.get("score") is not None
            else "no regency estimate (no body could be assessed)"
        )
        line = f"{estimate}, {rollup.get('bodies_assessed', 0)} of {rollup.get('bodies_total', 0)} bodies assessed"
        return {"summary": summary, "line": line}

    def report_stage(store: Store, run_id: int, opts: JobOptions, cfg: dict) -> dict:
        from reports import write_report

        path = write_report(store, run_id, opts.out, cfg)
        return {"report_path": path, "line": str(path)}

    def notify_stage(store: Store, run_id: int, opts: JobOptions, cfg: dict) -> dict:
        from reports.notices import write_notices

        summary = write_notices(store, run_id, opts.out, cfg, send=opts.send)
        if (Path(opts.out) / "index.html").exists():  # body pages link to the notices just written
            from reports.html import write_body_pages

            write_body_pages(store, run_id, opts.out, cfg)
        counts = {k: v for k, v in summary.items() if isinstance(v, int) and not isinstance(v, bool)}
        mode = "dry run" if summary.get("dry_run") else "sent by SMTP"
        line = (
            f"{counts.get('written', 0)} notices ({counts.get('gap', 0)} missing-item, "
            f"{counts.get('no_site', 0)} no-site, {counts.get('unreachable', 0)} unreachable) in {summary.get('outbox')}, {mode}: "
            f"sent {counts.get('sent', 0)}, unchanged {counts.get('unchanged', 0)}, "
            f"failed {counts.get('failed', 0)}, no recipient {counts.get('no_recipient', 0)}"
        )
        return {"counts": counts, "outbox": summary.get("outbox"), "line": line}

    return {
        "crawl": crawl_stage,
        "check": check_stage,
        "score": score_stage,
        "report": report_stage,
        "notify": notify_stage,
    }


def crawl_summary(store: Store, run_id: int) -> dict:
    crawls = store.body_crawls(run_id)
    reasons = Counter(c["reason"] for c in crawls.values() if vocab.site_unreachable(c))
    return {
        "bodies": len(crawls),
        "no_url": sum(1 for c in crawls.values() if c["reason"] == "no-url"),
        "crawled": sum(1 for c in crawls.values() if c["status"] == vocab.CRAWL_OK),
        "unreachable": dict(sorted(reasons.items())),
        "pages": sum(c["pages"] or 0 for c in crawls.values()),
        "documents": sum(c["documents"] or 0 for c in crawls.values()),
        "bytes": sum(c["bytes"] or 0 for c in crawls.values()),
    }


def run_job(cfg: dict, opts: JobOptions, *, log: Callable[[str], None] = print) -> JobResult:
    """One complete run, under the run lock. Raises KipmonError only before the run starts: bad input,
    another run in progress (LockBusy), a database that cannot be opened."""
    bodies = select(load_registry(opts.registry), opts.only)  # refused as a whole before anything is written
    with run_lock(opts.db, f"kipmon {opts.command}") as lock:
        opts.lock_fd = lock.fd
        try:
            return _run_locked(cfg, opts, bodies, log)
        finally:
            opts.lock_fd = None


def _run_locked(cfg: dict, opts: JobOptions, bodies: list, log: Callable[[str], None]) -> JobResult:
    store = Store(opts.db)
    try:
        dead = store.mark_dead_runs()
        if dead:
            log(f"runs {', '.join(map(str, dead))} had died without closing; marked failed")
        run_id = store.start_run(opts.command, as_of=opts.as_of.isoformat(), registry=str(opts.registry))
        store.save_run_bodies(run_id, bodies)
        result = JobResult(run_id=run_id, status=vocab.RUN_RUNNING)
        functions = _stage_functions()
        degraded = None
        opts.check_pool = _check_pool(cfg, opts, run_id, log)
        warming = _warm_up(cfg, opts)
        for stage in opts.stages:
            fn = functions.get(stage)
            if fn is None:
                continue
            if stage != "crawl" and warming is not None:
                warming.join()  # done long before, unless the crawl was instant
                warming = None
            if stage == "notify" and degraded:
                # a night that looks like our own outage tells no office that its site is lacking
                store.set_stage(run_id, stage, "skipped", seconds=0, line="no notices: the run is degraded")
                result.stages = store.run(run_id)["stages"]
                continue
            started = time.monotonic()
            try:
                info = fn(store, run_id, opts, cfg) or {}
            except Exception as exc:  # noqa: BLE001 - any stage failure closes the run as failed
                error = str(exc) if isinstance(exc, KipmonError) else f"{type(exc).__name__}: {exc}"
                store.set_stage(
                    run_id, stage, "failed", seconds=round(time.monotonic() - started, 2), error=error[:500]
                )
                if not isinstance(exc, KipmonError):
                    log(traceback.format_exc())
                store.finish_run(run_id, vocab.RUN_FAILED, f"{stage}: {error}"[:500])
                result.status, result.error = vocab.RUN_FAILED, f"{stage}: {error}"
                result.stages = store.run(run_id)["stages"]
                return result
            info.pop("seconds", None)  # the stage's own time is measured here
            info = {k: v for k, v in info.items() if k != "report_path"} | (
                {"report": str(info["report_path"])} if info.get("report_path") else {}
            )
            if info.get("report"):
                result.report = Path(info["report"])
            store.set_stage(run_id, stage, "ok", seconds=round(time.monotonic() - started, 2), **info)
            result.summary[stage] = info
            if opts.progress:
                opts.progress.stage_done(stage, info.get("line"))
            if info.get("degraded") and not degraded:
                degraded = info["degraded"]
                log(f"run {run_id} is degraded: {degraded}")
        status = vocab.RUN_DEGRADED if degraded else vocab.RUN_COMPLETE
        store.finish_run(run_id, status, degraded)
        result.status, result.error = status, degraded
        result.stages = store.run(run_id)["stages"]
        return result
    finally:
        if opts.check_pool is not None:
            opts.check_pool.close()
            opts.check_pool = None
        store.close()


def _warm_up(cfg: dict, opts: JobOptions) -> threading.Thread | None:
    """While the crawl children work, import and compile what the later stages use (the scoring, the
    report and notice templates, the holiday table) in a thread of this process, which is waiting
    anyway: the night then ends that much sooner after its last fetch. Only caches are filled; a failure
    here is left for the stage itself to meet and report."""
    if "crawl" not in opts.stages or not {"report", "notify"} & set(opts.stages):
        return None

    def run() -> None:
        try:
            import checks.scoring  # noqa: F401 - imported for the score stage
            from reports import warm_up

            warm_up(cfg)
        except Exception:  # noqa: BLE001 - the stage meets the same error and reports it
            logging.getLogger(__name__).debug("warming up the report stages failed", exc_info=True)

    thread = threading.Thread(target=run, name="kipmon-warm-up", daemon=True)
    thread.start()
    return thread


def _check_pool(cfg: dict, opts: JobOptions, run_id: int, log: Callable[[str], None]):
    """Worker processes that check each body once its crawl is stored, while the crawl goes on
    (checks/pool.py), or None: `[checks] workers` 0, or a run that does not both crawl here and check."""
    from checks.pool import CheckPool, worker_count

    workers = worker_count(cfg)
    engine = opts.engine or cfg["crawl"].get("engine", "local")
    if not workers or engine != "local" or not {"crawl", "check"} <= set(opts.stages):
        return None
    return CheckPool(cfg, opts.db, run_id, opts.as_of, workers, log)
