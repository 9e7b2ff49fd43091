"""One monitoring run, start to end: crawl, check, score, report, notify.

Each stage is recorded in the run's row (status, seconds, counts, error). A failed stage stops the
later ones, but the run is always closed, as `complete` or `failed`, so a dead run can never pass for
the latest complete one and nothing an earlier run stored is touched.
"""

from __future__ import annotations

import datetime as dt
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kipmon import vocab
from kipmon.errors import KipmonError
from kipmon.registry import default_registry_path, load_registry, select
from kipmon.store import Store

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
    send: bool | None = None          # notices: None = as configured (dry run by default)
    command: str = "run"


@dataclass
class JobResult:
    run_id: int
    status: str
    stages: dict = field(default_factory=dict)
    summary: dict = field(default_factory=dict)
    report: Path | None = None
    error: str | None = None


def options_from(cfg: dict, *, db=None, out=None, registry=None, as_of=None, only=None,
                 stages=STAGES, command="run", send=None) -> JobOptions:
    paths = cfg["paths"]
    reg = registry or paths.get("registry") or default_registry_path()
    if isinstance(as_of, str):
        try:
            as_of = dt.date.fromisoformat(as_of)
        except ValueError:
            raise KipmonError(f"--as-of takes a date as YYYY-MM-DD, not {as_of!r}") from None
    return JobOptions(
        db=Path(db or paths["db"]), out=Path(out or paths["out"]), registry=Path(reg),
        as_of=as_of or dt.date.today(), only=only, stages=tuple(stages),
        httpcache=Path(paths["httpcache"]) if paths.get("httpcache") else None, send=send, command=command,
    )


def _stage_functions() -> dict[str, Callable]:
    """The stage implementations, imported late so `kipmon crawl` never loads the reports."""

    def crawl_stage(store: Store, run_id: int, opts: JobOptions, cfg: dict) -> dict:
        from crawler.run import crawl

        result = crawl(cfg, registry=opts.registry, db=opts.db, run_id=run_id, only=opts.only,
                       httpcache_dir=opts.httpcache)
        return {**result, **crawl_summary(store, run_id)}

    return {"crawl": crawl_stage}


def crawl_summary(store: Store, run_id: int) -> dict:
    crawls = store.body_crawls(run_id)
    reasons = Counter(c["reason"] for c in crawls.values() if c["status"] == vocab.CRAWL_UNREACHABLE)
    return {
        "bodies": len(crawls),
        "crawled": sum(1 for c in crawls.values() if c["status"] == vocab.CRAWL_OK),
        "unreachable": dict(sorted(reasons.items())),
        "pages": sum(c["pages"] or 0 for c in crawls.values()),
        "documents": sum(c["documents"] or 0 for c in crawls.values()),
        "bytes": sum(c["bytes"] or 0 for c in crawls.values()),
    }


def run_job(cfg: dict, opts: JobOptions, *, log: Callable[[str], None] = print) -> JobResult:
    """One complete run. Raises KipmonError only for bad input found before the run starts."""
    bodies = select(load_registry(opts.registry), opts.only)  # refused as a whole before anything is written
    store = Store(opts.db)
    try:
        run_id = store.start_run(opts.command, as_of=opts.as_of.isoformat(), registry=str(opts.registry))
        store.save_run_bodies(run_id, bodies)
        result = JobResult(run_id=run_id, status=vocab.RUN_RUNNING)
        functions = _stage_functions()
        for stage in opts.stages:
            fn = functions.get(stage)
            if fn is None:
                continue
            started = time.monotonic()
            try:
                info = fn(store, run_id, opts, cfg) or {}
            except Exception as exc:  # noqa: BLE001 - any stage failure closes the run as failed
                error = str(exc) if isinstance(exc, KipmonError) else f"{type(exc).__name__}: {exc}"
                store.set_stage(run_id, stage, "failed", seconds=round(time.monotonic() - started, 2),
                                error=error[:500])
                if not isinstance(exc, KipmonError):
                    log(traceback.format_exc())
                store.finish_run(run_id, vocab.RUN_FAILED, f"{stage}: {error}"[:500])
                result.status, result.error = vocab.RUN_FAILED, f"{stage}: {error}"
                result.stages = store.run(run_id)["stages"]
                return result
            info.pop("seconds", None)  # the stage's own time is measured here
            info = {k: v for k, v in info.items() if k != "report_path"} | (
                {"report": str(info["report_path"])} if info.get("report_path") else {})
            if info.get("report"):
                result.report = Path(info["report"])
            store.set_stage(run_id, stage, "ok", seconds=round(time.monotonic() - started, 2), **info)
            result.summary[stage] = info
        store.finish_run(run_id, vocab.RUN_COMPLETE)
        result.status = vocab.RUN_COMPLETE
        result.stages = store.run(run_id)["stages"]
        return result
    finally:
        store.close()
