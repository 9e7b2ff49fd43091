"""Commands that start or describe runs: `kipmon crawl`, `kipmon run`, `kipmon demo`, `kipmon status`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from kipmon import vocab
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

    p = sub.add_parser("demo", parents=[common], help="serve the bundled demo sites on 127.0.0.1 and run the whole job against them")
    p.add_argument("--out", help="folder for the demo's database, report and notices (default: ./kipmon-demo)")
    p.add_argument("--as-of", help="date the currency rules judge against (default: today)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("status", parents=[common], help="recent runs: when, how long, bodies crawled, unreachable, findings")
    p.add_argument("--db", help="SQLite database file")
    p.add_argument("--limit", type=int, default=10, help="how many runs to show (default 10)")
    p.add_argument("--json", action="store_true", help="print the runs as JSON")
    p.set_defaults(func=cmd_status)


def print_result(result, opts) -> None:
    crawl = result.summary.get("crawl") or result.stages.get("crawl", {})
    print(f"run {result.run_id}: {result.status}" + (f" ({result.error})" if result.error else ""))
    if crawl:
        unreachable = crawl.get("unreachable") or {}
        reasons = ", ".join(f"{k} {v}" for k, v in unreachable.items())
        print(f"  bodies: {crawl.get('bodies', 0)}, crawled {crawl.get('crawled', 0)}, "
              f"unreachable {sum(unreachable.values())}" + (f" ({reasons})" if reasons else ""))
        print(f"  fetched: {crawl.get('pages', 0)} pages, {crawl.get('documents', 0)} documents, "
              f"{crawl.get('bytes', 0) / 1e6:.1f} MB in {crawl.get('seconds', 0)} s")
    for stage in ("check", "score", "report", "notify"):
        info = result.summary.get(stage)
        if info and info.get("line"):
            print(f"  {stage}: {info['line']}")
    print(f"  database: {opts.db}")
    if result.report:
        print(f"  report: {result.report}")


def cmd_run(args) -> int:
    cfg = load_config(args.config)
    opts = options_from(cfg, db=args.db, out=args.out, registry=args.registry, as_of=args.as_of,
                        only=args.only, stages=args.stages, command=args.command)
    result = run_job(cfg, opts)
    print_result(result, opts)
    return 0 if result.status == vocab.RUN_COMPLETE else 1


def cmd_demo(args) -> int:
    from kipmon.demo.world import serve_world

    cfg = load_config(args.config)
    out = Path(args.out or "kipmon-demo")
    as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    # the demo world is small and local: a tight politeness delay would only make the user wait
    cfg["crawl"].update(download_delay=0.05, autothrottle=False, concurrent_per_domain=4)
    with serve_world(as_of) as world:
        print(f"demo: {len(world.sites)} pretend sites served on 127.0.0.x; registry {world.registry_path}")
        opts = options_from(cfg, db=out / "kipmon.db", out=out, registry=world.registry_path, as_of=as_of,
                            command="demo")
        opts.httpcache = out / "httpcache"
        result = run_job(cfg, opts)
    print_result(result, opts)
    return 0 if result.status == vocab.RUN_COMPLETE else 1


def cmd_status(args) -> int:
    cfg = load_config(args.config)
    with Store(args.db or cfg["paths"]["db"], create=False) as store:
        runs = store.runs(args.limit)
        for run in runs:
            run["findings"] = {r["status"]: r["n"] for r in store.query(
                "select status, count(*) n from findings where run_id = ? group by status", [run["id"]])}
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
        print(f"#{run['id']:<4} {run['started_at']}  {run['status']:<8} {took:>8}  "
              f"bodies {crawl.get('crawled', '-')}/{crawl.get('bodies', '-')} crawled, "
              f"{unreachable} unreachable  findings: {findings}" + (f"  error: {run['error']}" if run["error"] else ""))
    return 0


def _duration(start: str | None, end: str | None) -> str:
    if not start or not end:
        return "-"
    seconds = (dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)).total_seconds()
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.1f} min"
