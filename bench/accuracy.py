"""Accuracy of the checks on the labelled demo world (a script, not a test).

Serves kipmon.demo.world on loopback, crawls it with the real crawler, runs the checks, and compares
every (body, item) finding with the hand-written label:

    python bench/accuracy.py [--as-of 2025-11-29] [--db PATH] [--reuse] [--show 40]

--db keeps the crawl in that file; --reuse skips the crawl and re-checks the newest run in --db (fast
when iterating on rules). Prints status accuracy, the false-missing rate (truly present or stale,
reported missing), the false-present rate (truly missing, broken or stale, reported present), a
confusion table and the disagreements. Goals: accuracy >= 95%, false-present <= 2%, false-missing <= 5%.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checks import run_checks  # noqa: E402
from kipmon.config import load_config  # noqa: E402
from kipmon.store import Store  # noqa: E402

STATUSES = ("present", "stale", "broken", "missing", "unreachable")


def crawl_world(cfg: dict, as_of: dt.date, db: Path, workdir: Path) -> tuple[int, list[dict]]:
    from kipmon.demo.world import serve_world
    from schedules.job import options_from, run_job

    with serve_world(as_of, directory=workdir / "world") as w:
        opts = options_from(cfg, db=db, out=workdir / "out", registry=w.registry_path, as_of=as_of,
                            stages=("crawl",), command="bench")
        opts.httpcache = None
        result = run_job(cfg, opts, log=lambda line: None)
        return result.run_id, list(w.labels)


def compare(findings: list[dict], labels: list[dict]) -> dict:
    got = {(f["body_id"], f["item_id"]): f for f in findings}
    pairs, disagreements, absent = [], [], []
    for lab in labels:
        f = got.get((lab["body_id"], lab["item_id"]))
        if f is None:
            absent.append(lab)
            continue
        pairs.append((lab["status"], f["status"]))
        if lab["status"] != f["status"]:
            disagreements.append((lab, f))
    n = len(pairs)
    truly_found = [p for p in pairs if p[0] in ("present", "stale")]
    truly_not_present = [p for p in pairs if p[0] in ("missing", "broken", "stale")]
    return {
        "n": n,
        "accuracy": sum(1 for t, g in pairs if t == g) / n if n else 0.0,
        "false_missing": (sum(1 for t, g in truly_found if g == "missing") / len(truly_found)) if truly_found else 0.0,
        "false_present": (sum(1 for t, g in truly_not_present if g == "present") / len(truly_not_present))
        if truly_not_present else 0.0,
        "confusion": Counter(pairs), "disagreements": disagreements, "absent": absent,
    }


def print_report(res: dict, show: int) -> None:
    print(f"labelled findings: {res['n']}")
    print(f"status accuracy:   {res['accuracy']:.1%}   (goal >= 95%)")
    print(f"false-missing:     {res['false_missing']:.1%}   (goal <= 5%)")
    print(f"false-present:     {res['false_present']:.1%}   (goal <= 2%)")
    print("\nconfusion (rows: label, columns: checks)")
    print("label \\ got".ljust(14) + "".join(s[:11].rjust(12) for s in STATUSES))
    for t in STATUSES:
        print(t.ljust(14) + "".join(str(res["confusion"].get((t, g), 0)).rjust(12) for g in STATUSES))
    if res["absent"]:
        print(f"\nlabels without a finding: {len(res['absent'])}")
    if res["disagreements"]:
        print(f"\ndisagreements ({len(res['disagreements'])}):")
        for lab, f in res["disagreements"][:show]:
            print(f"  {lab['body_id']:<28} {lab['item_id']:<26} label {lab['status']:<8} got {f['status']:<8} "
                  f"{f['reason'] or ''}: {f['detail']}  <{f['evidence_url'] or ''}>")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--as-of", default="2025-11-29", help="as-of date of the world and the checks")
    ap.add_argument("--db", help="database file to keep the crawl in (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="re-check the newest run in --db instead of crawling")
    ap.add_argument("--show", type=int, default=60, help="how many disagreements to list")
    args = ap.parse_args(argv)
    as_of = dt.date.fromisoformat(args.as_of)
    cfg = load_config()
    work = Path(tempfile.mkdtemp(prefix="kipmon-bench-"))
    db = Path(args.db) if args.db else work / "bench.db"
    if args.reuse:
        from kipmon.demo.world import build_world
        labels = build_world(as_of).labels
        with Store(db, create=False) as store:
            run_id = store.latest_run_id(complete=False)
    else:
        run_id, labels = crawl_world(cfg, as_of, db, work)
    with Store(db) as store:
        summary = run_checks(store, run_id, as_of, cfg)
        findings = store.findings(run_id)
    print(f"run {run_id} as of {as_of}: {summary}")
    res = compare(findings, labels)
    print_report(res, args.show)
    ok = res["accuracy"] >= 0.95 and res["false_present"] <= 0.02 and res["false_missing"] <= 0.05
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
