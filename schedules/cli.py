"""Commands that start or describe runs: `kipmon crawl`, `kipmon run`, `kipmon demo`, `kipmon status`,
`kipmon schedule`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path

from kipmon import clock, progress, vocab
from kipmon.config import load_config
from kipmon.store import Store
from schedules.job import STAGES, options_from, run_job


def _run_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--registry", help="registry CSV (default: the shipped Kutai Timur registry)")
    p.add_argument("--db", help="SQLite database file (default from config: kipmon-data/kipmon.db)")
    p.add_argument("--out", help="folder for the report and notices (default from config)")
    p.add_argument("--as-of", help="date the currency rules judge against, YYYY-MM-DD (default: today)")
    p.add_argument("--only", help="comma-separated body ids to run for")


def register(sub, common) -> None:
    p = sub.add_parser("run", parents=[common], help="one complete monitoring run: crawl, check, score, report, notify")
    _run_args(p)
    p.set_defaults(func=cmd_run, stages=STAGES)

    p = sub.add_parser("crawl", parents=[common], help="crawl every registered body's site into the store (no checks)")
    _run_args(p)
    p.set_defaults(func=cmd_run, stages=("crawl",))

    p = sub.add_parser(
        "demo", parents=[common], help="serve the bundled demo sites on 127.0.0.1 and run the whole job against them"
    )
    p.add_argument("--out", help="folder for the demo's database, report and notices (default: ./kipmon-demo)")
    p.add_argument("--as-of", help="date the currency rules judge against (default: today)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "status", parents=[common], help="recent runs: when, how long, bodies crawled, unreachable, findings"
    )
    p.add_argument("--db", help="SQLite database file")
    p.add_argument("--limit", type=int, default=10, help="how many runs to show (default 10)")
    p.add_argument("--json", action="store_true", help="print the runs as JSON")
    p.add_argument(
        "--check",
        action="store_true",
        help="for monitors: print one line and exit 1 when the last complete run is older than --max-age",
    )
    p.add_argument(
        "--max-age",
        type=float,
        metavar="HOURS",
        help="with --check: the oldest acceptable last complete run (default from config [schedule] max_age_hours)",
    )
    p.set_defaults(func=cmd_status)

    p = sub.add_parser(
        "schedule",
        parents=[common],
        help="the long-running scheduler: nightly runs and weekly notices, unattended (stop with SIGTERM)",
    )
    p.add_argument("--list", action="store_true", help="print the configured jobs and their next times, and exit")
    p.set_defaults(func=cmd_schedule)


def print_result(result, opts) -> None:
    """The run's summary; the stages' own lines were shown as each ended (kipmon/progress.py)."""
    crawl = result.stages.get("crawl", {})
    print(f"run {result.run_id}: {result.status}" + (f" ({result.error})" if result.error else ""))
    if crawl:
        unreachable = crawl.get("unreachable") or {}
        reasons = ", ".join(f"{k} {v}" for k, v in unreachable.items())
        print(
            f"  bodies: {crawl.get('bodies', 0)}, crawled {crawl.get('crawled', 0)}, "
            f"unreachable {sum(unreachable.values())}"
            + (f" ({reasons})" if reasons else "")
            + f", no URL known {crawl.get('no_url', 0)}"
        )
        print(
            f"  fetched: {crawl.get('pages', 0)} pages, {crawl.get('documents', 0)} documents, "
            f"{crawl.get('bytes', 0) / 1e6:.1f} MB in {crawl.get('seconds', 0)} s"
        )
    print(f"  database: {opts.db}")


def cmd_run(args) -> int:
    cfg = load_config(args.config)
    opts = options_from(
        cfg,
        db=args.db,
        out=args.out,
        registry=args.registry,
        as_of=args.as_of,
        only=args.only,
        stages=args.stages,
        command=args.command,
    )
    opts.progress = progress.for_stream(cfg)
    try:
        result = run_job(cfg, opts)
    finally:
        opts.progress.close()
    print_result(result, opts)
    return 0 if result.status == vocab.RUN_COMPLETE else 1


def cmd_demo(args) -> int:
    from kipmon.demo.world import serve_world

    cfg = load_config(args.config)
    out = Path(args.out or "kipmon-demo")
    as_of = dt.date.fromisoformat(args.as_of) if args.as_of else clock.today(cfg)
    # the demo world is small and local: a tight politeness delay would only make the user wait
    cfg["crawl"].update(download_delay=0.05, autothrottle=False, concurrent_per_domain=4)
    cfg["report"]["title"] = "Kabupaten Contoh (demo)"
    cfg["notices"]["sender_name"] = "PPID Utama Kabupaten Contoh (demo)"
    # the registry is kept beside the demo's database (runs.registry names it), not in a temporary folder
    with serve_world(as_of, directory=out.resolve()) as world:
        print(f"demo: {len(world.sites)} pretend sites served on 127.0.0.x; registry {out / 'registry.csv'}")
        opts = options_from(
            cfg, db=out / "kipmon.db", out=out, registry=world.registry_path, as_of=as_of, command="demo"
        )
        opts.httpcache = out / "httpcache"
        opts.progress = progress.for_stream(cfg)
        try:
            result = run_job(cfg, opts)
        finally:
            opts.progress.close()
    print_result(result, opts)
    print_demo_next_steps(out, result)
    if result.status == vocab.RUN_COMPLETE:
        from web.cli import demo_hint

        demo_hint(out / "kipmon.db")
    return 0 if result.status == vocab.RUN_COMPLETE else 1


def print_demo_next_steps(out: Path, result) -> None:
    """The demo has its own database: name it in every command, so none looks in kipmon-data/."""
    db = out / "kipmon.db"
    example = None
    if db.exists():
        with Store(db, create=False) as store:
            example = store.first_finding(result.run_id, vocab.MISSING)
    lines = [
        f"open the report: {out / 'index.html'}",
        f"explore the demo's results (its own database {db}):",
        f"  kipmon status --db {db}",
        f"  kipmon export scores --db {db} --format csv",
        f"  kipmon export findings --db {db}",
        f"  kipmon report --db {db}        (writes the report again into {out}/)",
        f"  kipmon notify --db {db}        (writes the notices into {out}/notices/)",
    ]
    if example:
        lines += [
            f"  kipmon verdict {example['body_id']} {example['item_id']} --status ada "
            f'--note "dilihat di papan pengumuman" --by "Nama Anda" --db {db}',
            f"  kipmon check --db {db}         (applies the verdict to the stored crawl)",
        ]
    print("\n".join(lines))


def cmd_schedule(args) -> int:
    from schedules.scheduler import job_specs, serve, timezone_of

    cfg = load_config(args.config)
    specs = job_specs(cfg)  # a bad schedule is refused before anything starts
    if args.list:
        now = dt.datetime.now(timezone_of(cfg))
        for spec in specs:
            extra = []
            if spec.only_kinds:
                extra.append("only " + ",".join(spec.only_kinds))
            if spec.except_kinds:
                extra.append("except " + ",".join(spec.except_kinds))
            if spec.rotate > 1:
                extra.append(f"1/{spec.rotate} per day")
            print(
                f"{spec.id:<16} {spec.action:<8} next {spec.trigger.get_next_fire_time(None, now).isoformat()}"
                f"  stages {','.join(spec.stages) if spec.action == 'run' else '-'}"
                + (f"  ({'; '.join(extra)})" if extra else "")
            )
        return 0
    # systemd keeps stdout/stderr in the journal; cron or a shell can redirect them
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.INFO,
        stream=sys.stdout,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    logging.getLogger("apscheduler").setLevel(logging.WARNING if not args.debug else logging.DEBUG)
    return serve(cfg)


def status_check(store: Store, max_age_hours: float, now: dt.datetime | None = None) -> tuple[bool, str]:
    """(ok, one line) about the age of the last complete run, for an external monitor."""
    now = now or dt.datetime.now(dt.timezone.utc)
    run_id = store.latest_run_id()
    finished_runs = [r for r in store.runs(20) if r["status"] != vocab.RUN_RUNNING]
    if finished_runs and finished_runs[0]["status"] == vocab.RUN_DEGRADED:
        bad = finished_runs[0]  # the monitor's own outage: a human must look, whatever the age
        return False, (
            f"CRITICAL: newest run #{bad['id']} is degraded ({bad['error']}); "
            + (f"last complete run #{run_id}" if run_id else "no complete run yet")
        )
    if run_id is None:
        return False, f"CRITICAL: no complete run in {store.path}"
    run = store.run(run_id)
    finished = dt.datetime.fromisoformat(run["finished_at"] or run["started_at"])
    age = (now - finished).total_seconds() / 3600
    newest = store.runs(1)[0]
    note = ""
    if newest["id"] != run_id:
        note = f"; newest run #{newest['id']} is {newest['status']}" + (
            f" ({newest['error']})" if newest.get("error") else ""
        )
    if age > max_age_hours:
        return False, (
            f"CRITICAL: last complete run #{run_id} finished {age:.1f} h ago (limit {max_age_hours:g} h){note}"
        )
    return True, f"OK: last complete run #{run_id} finished {age:.1f} h ago (limit {max_age_hours:g} h){note}"


def cmd_status(args) -> int:
    cfg = load_config(args.config)
    if args.check:
        max_age = args.max_age if args.max_age is not None else float(cfg.get("schedule", {}).get("max_age_hours", 36))
        with Store(args.db or cfg["paths"]["db"], create=False) as store:
            ok, line = status_check(store, max_age)
        print(line)
        return 0 if ok else 1
    with Store(args.db or cfg["paths"]["db"], create=False) as store:
        runs = store.runs(args.limit)
        for run in runs:
            run["findings"] = store.finding_counts(run["id"])
    if args.json:
        json.dump(runs, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not runs:
        print("no runs yet")
        return 0
    for run in runs:
        crawl = run["stages"].get("crawl", {})
        took = _duration(run["started_at"], run["finished_at"])
        unreachable = sum((crawl.get("unreachable") or {}).values())
        findings = ", ".join(f"{k} {v}" for k, v in sorted(run["findings"].items())) or "-"
        stages = " ".join(f"{name}:{info.get('status')}" for name, info in run["stages"].items()) or "-"
        print(
            f"#{run['id']:<4} {clock.local(run['started_at'], cfg)}  {run['status']:<8} {took:>8}  {run['command'] or '-'}  "
            f"bodies {crawl.get('crawled', '-')}/{crawl.get('bodies', '-')} crawled, "
            f"{unreachable} unreachable  findings: {findings}  stages {stages}"
            + (f"  error: {run['error']}" if run["error"] else "")
        )
    return 0


def _duration(start: str | None, end: str | None) -> str:
    if not start or not end:
        return "-"
    seconds = (dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)).total_seconds()
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.1f} min"
