"""Accuracy of the checks on the HELD-OUT labelled world, Kabupaten Uji (a script, not a test).

bench/accuracy.py measures on Kabupaten Contoh, the world the rules were tuned on (100% there).
This script serves kipmon.demo.heldout instead, crawls it with the real crawler, runs the real
checks and compares every (body, item) finding with the hand-written label, with the same
comparison and report as bench/accuracy.py:

    python bench/accuracy_heldout.py [--as-of 2026-11-29] [--db PATH] [--reuse] [--show 200]

Prints status accuracy, false-missing (truly present or stale, reported missing), false-present
(truly missing, broken or stale, reported present), the confusion table, per-body accuracy and every
disagreement (body, item, label, got, reason: detail <evidence>). Exit status 0 when the goals of
bench/accuracy.py are met (accuracy >= 95%, false-present <= 2%, false-missing <= 5%).

Held out means: do not change rules to make this number go up and then report it as held-out accuracy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import compare, print_report  # noqa: E402  (the same comparison as on the tuning world)
from checks import run_checks  # noqa: E402
from kipmon.config import load_config  # noqa: E402
from kipmon.store import Store  # noqa: E402


def crawl_heldout(cfg: dict, as_of: dt.date, db: Path, workdir: Path) -> tuple[int, list[dict]]:
    from kipmon.demo.heldout import serve_world
    from schedules.job import options_from, run_job

    with serve_world(as_of, directory=workdir / "world") as w:
        opts = options_from(cfg, db=db, out=workdir / "out", registry=w.registry_path, as_of=as_of,
                            stages=("crawl",), command="bench")
        opts.httpcache = None
        result = run_job(cfg, opts, log=lambda line: None)
        return result.run_id, list(w.labels)


def per_body(findings: list[dict], labels: list[dict]) -> None:
    got = {(f["body_id"], f["item_id"]): f["status"] for f in findings}
    ok, n = Counter(), Counter()
    for lab in labels:
        g = got.get((lab["body_id"], lab["item_id"]))
        n[lab["body_id"]] += 1
        ok[lab["body_id"]] += g == lab["status"]
    print("\nper body (agree / labelled)")
    for body in n:
        print(f"  {body:<26} {ok[body]:>3} / {n[body]:<3} {ok[body] / n[body]:.0%}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--as-of", default="2026-11-29", help="as-of date of the world and the checks")
    ap.add_argument("--db", help="database file to keep the crawl in (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="re-check the newest run in --db instead of crawling")
    ap.add_argument("--show", type=int, default=500, help="how many disagreements to list")
    args = ap.parse_args(argv)
    as_of = dt.date.fromisoformat(args.as_of)
    cfg = load_config()
    work = Path(tempfile.mkdtemp(prefix="kipmon-heldout-"))
    db = Path(args.db) if args.db else work / "heldout.db"
    if args.reuse:
        from kipmon.demo.heldout import build_world
        labels = build_world(as_of).labels
        with Store(db, create=False) as store:
            run_id = store.latest_run_id(complete=False)
    else:
        run_id, labels = crawl_heldout(cfg, as_of, db, work)
    with Store(db) as store:
        summary = run_checks(store, run_id, as_of, cfg)
        findings = store.findings(run_id)
    print(f"HELD-OUT world Kabupaten Uji; run {run_id} as of {as_of}: {summary}")
    res = compare(findings, labels)
    print_report(res, args.show)
    per_body(findings, labels)
    ok = res["accuracy"] >= 0.95 and res["false_present"] <= 0.02 and res["false_missing"] <= 0.05
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
