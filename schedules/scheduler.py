"""`kipmon schedule`: the long-running scheduler (APScheduler 3.x BlockingScheduler, in the foreground).

What runs when is data: `[[schedule.jobs]]` in the config, each with an explicit id, reconciled at
every start. The job store is APScheduler's MemoryJobStore, on purpose: the config is the one source of
truth for the schedule and the runs table is the one record of what ran, so a persistent job store
would be a second copy of each that can disagree (and would need pickled callables and its own
database file). What a persistent store would buy, runs missed while the scheduler was down, is done
here from the runs table instead: at start, a job whose last complete run is older than its last due
time runs at once (catch-up). Because jobs are rebuilt from the config at each start, a job removed from
the config is simply gone.

Job defaults follow APScheduler's own advice for long jobs: coalesce (a backlog of missed fires runs
once), max_instances=1, and a misfire grace of hours (the default is one second). Jobs run one at a
time on a single worker thread; each run also takes the run lock (kipmon/lock.py), so a manual
`kipmon run` or a cron job never overlaps it. Listeners log errors, misfires and skipped overlaps.

SIGTERM (systemd's stop) stops the scheduler cleanly: no new job starts, a running crawl child is asked
to stop (its run is closed as failed, with what it stored kept), and the process exits 0 once the
running job has closed its run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import signal
import threading
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MAX_INSTANCES,
    EVENT_JOB_MISSED,
    JobEvent,
    JobExecutionEvent,
)
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from kipmon import clock, vocab
from kipmon.config import ConfigError
from kipmon.registry import load_registry
from kipmon.store import Store, StoreError
from schedules.job import STAGES, options_from, run_job
from kipmon.lock import LockBusy, run_lock
from kipmon.progress import LogProgress

log = logging.getLogger("kipmon.schedule")

ACTIONS = ("run", "notices")


@dataclass
class JobSpec:
    """One `[[schedule.jobs]]` entry, validated."""

    id: str
    action: str
    trigger: CronTrigger | IntervalTrigger
    stages: tuple[str, ...] = ("crawl", "check", "score", "report")
    only_kinds: tuple[str, ...] = ()
    except_kinds: tuple[str, ...] = ()
    rotate: int = 0
    catch_up: bool = True
    raw: dict = field(default_factory=dict)

    @property
    def command(self) -> str:
        return f"schedule:{self.id}"

    @property
    def partial(self) -> bool:
        return bool(self.only_kinds or self.except_kinds or self.rotate > 1)


def timezone_of(cfg: dict) -> ZoneInfo:
    return clock.zone(cfg)


def job_specs(cfg: dict) -> list[JobSpec]:
    """The configured jobs, each checked by building its trigger; ConfigError names the first problem."""
    sched = cfg.get("schedule", {})
    tz = timezone_of(cfg)
    specs: list[JobSpec] = []
    seen: set[str] = set()
    for n, raw in enumerate(sched.get("jobs", []), 1):
        where = f"[[schedule.jobs]] #{n}"
        job_id = str(raw.get("id") or "")
        if not job_id:
            raise ConfigError(f"{where}: every job needs an explicit id")
        where = f"[[schedule.jobs]] {job_id!r}"
        if job_id in seen:
            raise ConfigError(f"{where}: duplicate id")
        seen.add(job_id)
        action = raw.get("action", "run")
        if action not in ACTIONS:
            raise ConfigError(f"{where}: action must be one of {', '.join(ACTIONS)}, not {action!r}")
        trigger = _trigger(raw, where, tz)
        stages, rotate = _stages_kinds_rotate(raw, where)
        specs.append(
            JobSpec(
                id=job_id,
                action=action,
                trigger=trigger,
                stages=stages,
                only_kinds=tuple(raw.get("only_kinds", [])),
                except_kinds=tuple(raw.get("except_kinds", [])),
                rotate=rotate,
                catch_up=bool(raw.get("catch_up", sched.get("catch_up", True) and action == "run")),
                raw=dict(raw),
            )
        )
    return specs


def _trigger(raw: dict, where: str, tz):
    """When a job runs: a crontab line, or every so many seconds."""
    if "cron" in raw:
        try:
            return CronTrigger.from_crontab(str(raw["cron"]), timezone=tz)
        except ValueError as exc:
            raise ConfigError(f"{where}: bad cron {raw['cron']!r}: {exc}") from None
    if "interval_seconds" in raw:
        return IntervalTrigger(seconds=float(raw["interval_seconds"]), timezone=tz)
    raise ConfigError(f'{where}: needs cron = "m h dom mon dow" (or interval_seconds)')


def _stages_kinds_rotate(raw: dict, where: str) -> tuple[tuple[str, ...], int]:
    """What a job runs and on which bodies: its stages and rotation days, its body kinds checked against vocab."""
    stages = tuple(raw.get("stages", ("crawl", "check", "score", "report")))
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        raise ConfigError(f"{where}: unknown stages {', '.join(unknown)} (known: {', '.join(STAGES)})")
    kinds = set(raw.get("only_kinds", [])) | set(raw.get("except_kinds", []))
    bad_kinds = sorted(kinds - set(vocab.BODY_KINDS))
    if bad_kinds:
        raise ConfigError(f"{where}: unknown body kinds {', '.join(bad_kinds)}")
    rotate = int(raw.get("rotate", 0) or 0)
    if rotate < 0:
        raise ConfigError(f"{where}: rotate must be 0 (off) or a number of days")
    return stages, rotate


def rotation_bucket(body_id: str, rotate: int) -> int:
    """A stable bucket in 0..rotate-1 for a body id (the same on every machine and every run)."""
    return int(hashlib.sha1(body_id.encode("utf-8")).hexdigest(), 16) % rotate


def bodies_for(spec: JobSpec, bodies: list, day: dt.date) -> list:
    """The bodies a run of `spec` covers on `day` (a date in the schedule's time zone)."""
    out = [b for b in bodies if (not spec.only_kinds or b.kind in spec.only_kinds) and b.kind not in spec.except_kinds]
    if spec.rotate > 1:
        today = day.toordinal() % spec.rotate
        out = [b for b in out if rotation_bucket(b.id, spec.rotate) == today]
    return out


def previous_fire_time(trigger, now: dt.datetime) -> dt.datetime | None:
    """The last time `trigger` fired at or before `now` (searching back a year), or None."""
    start = now - dt.timedelta(days=366)
    prev, fire = None, trigger.get_next_fire_time(None, start)
    steps = 0
    while fire is not None and fire <= now and steps < 20000:
        prev, fire = fire, trigger.get_next_fire_time(fire, fire + dt.timedelta(microseconds=1))
        steps += 1
    return prev


def last_complete_run(store: Store, spec: JobSpec) -> dict | None:
    """The newest complete run that did this job's work: its own runs, and for a full job also a
    manual full `kipmon run`."""
    return store.latest_complete_run_of([spec.command] + ([] if spec.partial else ["run"]))


def needs_catch_up(cfg: dict, spec: JobSpec, now: dt.datetime) -> bool:
    if not spec.catch_up or spec.action != "run":
        return False
    due = previous_fire_time(spec.trigger, now)
    if due is None:
        return False
    db = Path(cfg["paths"]["db"])
    if not db.exists():
        return True
    try:
        store = Store(db, create=False)  # a reader: the run, not this look, creates and migrates
    except StoreError:
        return True  # not a kipmon database yet: nothing has run
    with store:
        last = last_complete_run(store, spec)
    return last is None or dt.datetime.fromisoformat(last["started_at"]) < due


# ------------------------------------------------------------------------------------ the jobs


def run_scheduled(cfg: dict, spec: JobSpec, *, now: dt.datetime | None = None) -> dict:
    """The callable the scheduler fires. Returns a small summary (also logged). A run already in
    progress elsewhere (the lock is held) is logged and skipped, not an error."""
    try:
        if spec.action == "notices":
            return run_notices(cfg, spec)
        return run_collect(cfg, spec, now=now)
    except LockBusy as exc:
        log.warning("job %s skipped: %s", spec.id, exc)
        return {"job": spec.id, "skipped": str(exc)}


def run_collect(cfg: dict, spec: JobSpec, *, now: dt.datetime | None = None) -> dict:
    now = now or dt.datetime.now(timezone_of(cfg))
    opts = options_from(cfg, stages=spec.stages, command=spec.command)
    only = None
    if spec.partial:
        chosen = bodies_for(spec, load_registry(opts.registry), now.date())
        if not chosen:
            log.info("job %s: no bodies due today", spec.id)
            return {"job": spec.id, "bodies": 0}
        only = ",".join(b.id for b in chosen)
        opts.only = only
    log.info("job %s: run starts (%s)", spec.id, f"{len(only.split(','))} bodies" if only else "all bodies")
    # the journal shows the night moving: a line per body finished, a summary every minute
    opts.progress = LogProgress(log.info, cfg.get("progress", {}).get("summary_seconds", 60))
    result = run_job(cfg, opts, log=log.info)
    crawl = result.stages.get("crawl", {})
    summary = {
        "job": spec.id,
        "run_id": result.run_id,
        "status": result.status,
        "error": result.error,
        "bodies": crawl.get("bodies"),
        "crawled": crawl.get("crawled"),
    }
    if result.status == vocab.RUN_COMPLETE:
        log.info(
            "job %s: run %s complete: %s of %s bodies crawled, report %s",
            spec.id,
            result.run_id,
            crawl.get("crawled"),
            crawl.get("bodies"),
            result.report,
        )
    else:
        log.error("job %s: run %s failed: %s", spec.id, result.run_id, result.error)
    return summary


def run_notices(cfg: dict, spec: JobSpec) -> dict:
    """Notices for the latest complete run (reports.notices.write_notices), under the run lock."""
    db, out = Path(cfg["paths"]["db"]), Path(cfg["paths"]["out"])
    with run_lock(db, f"kipmon {spec.command}"):
        with Store(db) as store:
            run_id = store.latest_run_id()
            if run_id is None:
                log.warning("job %s: no complete run yet; no notices written", spec.id)
                return {"job": spec.id, "run_id": None}
            from reports.notices import write_notices

            summary = write_notices(store, run_id, out, cfg, send=None)
            if (out / "index.html").exists():  # body pages link to the notices just written
                from reports import write_report

                write_report(store, run_id, out, cfg)
    log.info("job %s: notices for run %s: %s", spec.id, run_id, summary)
    return {"job": spec.id, "run_id": run_id, "summary": summary}


# ------------------------------------------------------------------------------------ the scheduler


class _Active:
    """Counts jobs running now, so a stopping scheduler can wait for them to close their runs."""

    def __init__(self) -> None:
        self.n = 0
        self.cond = threading.Condition()

    def __enter__(self):
        with self.cond:
            self.n += 1

    def __exit__(self, *exc):
        with self.cond:
            self.n -= 1
            self.cond.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: self.n == 0, timeout)


_active = _Active()


def _job(cfg: dict, spec: JobSpec) -> dict:
    with _active:
        return run_scheduled(cfg, spec)


def _listener(event: JobEvent) -> None:
    if event.code == EVENT_JOB_ERROR:
        assert isinstance(event, JobExecutionEvent)
        log.error(
            "job %s raised %s: %s",
            event.job_id,
            type(event.exception).__name__,
            event.exception,
            exc_info=(type(event.exception), event.exception, event.exception.__traceback__),
        )
    elif event.code == EVENT_JOB_MISSED:
        log.warning(
            "job %s missed its time %s (scheduler busy or down for longer than the grace time)",
            event.job_id,
            event.scheduled_run_time,
        )
    elif event.code == EVENT_JOB_MAX_INSTANCES:
        log.warning(
            "job %s not started at %s: its previous run is still going",
            event.job_id,
            event.scheduled_run_times[0] if event.scheduled_run_times else "?",
        )


def build_scheduler(
    cfg: dict, *, scheduler_cls: type[BaseScheduler] = BlockingScheduler, now: dt.datetime | None = None
) -> BaseScheduler:
    """A scheduler with the configured jobs reconciled into it (not started)."""
    tz = timezone_of(cfg)
    specs = job_specs(cfg)
    grace = int(float(cfg.get("schedule", {}).get("misfire_grace_hours", 6)) * 3600)
    scheduler = scheduler_cls(
        timezone=tz,
        executors={"default": ThreadPoolExecutor(max_workers=1)},  # one job at a time, in order
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": grace},
    )
    scheduler.add_listener(_listener, EVENT_JOB_ERROR | EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)
    scheduler.add_listener(lambda e: log.debug("job %s done", e.job_id), EVENT_JOB_EXECUTED)
    reconcile(scheduler, cfg, specs)
    now = now or dt.datetime.now(tz)
    for spec in specs:
        if needs_catch_up(cfg, spec, now):
            log.info("job %s: last complete run is older than its last due time; catching up now", spec.id)
            scheduler.add_job(
                _job,
                "date",
                run_date=now,
                args=[cfg, spec],
                id=f"{spec.id}:catch-up",
                name=f"{spec.id} (catch-up)",
                replace_existing=True,
            )
    return scheduler


def reconcile(scheduler: BaseScheduler, cfg: dict, specs: list[JobSpec]) -> None:
    """Make the scheduler's jobs exactly the configured ones: add or replace by id, remove the rest."""
    wanted = {spec.id for spec in specs}
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            scheduler.remove_job(job.id)
    for spec in specs:
        scheduler.add_job(_job, spec.trigger, args=[cfg, spec], id=spec.id, name=spec.id, replace_existing=True)


def serve(cfg: dict) -> int:
    """Run the scheduler in the foreground until SIGTERM or SIGINT; 0 on a clean stop."""
    from crawler.run import stop_running_crawls

    scheduler = build_scheduler(cfg)
    stopping = threading.Event()

    def on_signal(signum, frame):
        if stopping.is_set():
            return
        stopping.set()
        log.info("%s received: stopping (a running job closes its run first)", signal.Signals(signum).name)
        n = stop_running_crawls()
        if n:
            log.info("asked %d running crawl process(es) to stop", n)
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    now = dt.datetime.now(timezone_of(cfg))
    for spec in job_specs(cfg):
        log.info("job %s (%s): next at %s", spec.id, spec.action, spec.trigger.get_next_fire_time(None, now))
    log.info("scheduler started (time zone %s, database %s)", timezone_of(cfg), cfg["paths"]["db"])
    scheduler.start()  # blocks until shutdown
    _active.wait_idle()
    log.info("scheduler stopped")
    return 0
