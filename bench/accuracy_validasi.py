"""Accuracy of the checks on the VALIDATION world, Kabupaten Validasi (a script, not a test).

The final, honest measurement: kipmon.demo.validasi was written after the tuning on Kabupaten Contoh and the
held-out measurement on Kabupaten Uji, without looking at the rules or at either world's site modules. This
script serves it, crawls it with the real crawler, runs the real checks and compares every (body, item)
finding with the hand-written label, with the same comparison and report as bench/accuracy_heldout.py:

    python bench/accuracy_validasi.py [--world validasi] [--as-of 2026-11-29] [--db PATH] [--reuse] [--show 500]

Prints status accuracy, false-missing, false-present, the confusion table, per-body accuracy and every
disagreement. Exit status 0 when the goals of bench/accuracy.py are met (accuracy >= 95%, false-present <= 2%,
false-missing <= 5%).

Run it once, after tuning has stopped. A rule changed because of a disagreement seen here makes this world
no longer a validation world.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import compare, print_report  # noqa: E402  (the same comparison as on the other worlds)
from accuracy_heldout import per_body  # noqa: E402
from checks import run_checks  # noqa: E402
from kipmon.config import load_config  # noqa: E402
from kipmon.store import Store  # noqa: E402

WORLDS = {"validasi": ("kipmon.demo.validasi", "Kabupaten Validasi")}


def _world_module(name: str):
    import importlib
    return importlib.import_module(WORLDS[name][0])


def crawl_validasi(cfg: dict, as_of: dt.date, db: Path, workdir: Path, world: str = "validasi") -> tuple[int, list[dict]]:
    from schedules.job import options_from, run_job

    with _world_module(world).serve_world(as_of, directory=workdir / "world") as w:
        opts = options_from(cfg, db=db, out=workdir / "out", registry=w.registry_path, as_of=as_of,
                            stages=("crawl",), command="bench")
        opts.httpcache = None
        result = run_job(cfg, opts, log=lambda line: None)
        return result.run_id, list(w.labels)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--world", default="validasi", choices=sorted(WORLDS), help="which labelled world to measure")
    ap.add_argument("--as-of", default="2026-11-29", help="as-of date of the world and the checks")
    ap.add_argument("--db", help="database file to keep the crawl in (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="re-check the newest run in --db instead of crawling")
    ap.add_argument("--show", type=int, default=500, help="how many disagreements to list")
    args = ap.parse_args(argv)
    as_of = dt.date.fromisoformat(args.as_of)
    cfg = load_config()
    work = Path(tempfile.mkdtemp(prefix="kipmon-validasi-"))
    db = Path(args.db) if args.db else work / "validasi.db"
    if args.reuse:
        labels = _world_module(args.world).build_world(as_of).labels
        with Store(db, create=False) as store:
            run_id = store.latest_run_id(complete=False)
    else:
        run_id, labels = crawl_validasi(cfg, as_of, db, work, args.world)
    with Store(db) as store:
        summary = run_checks(store, run_id, as_of, cfg)
        findings = store.findings(run_id)
    print(f"VALIDATION world {WORLDS[args.world][1]}; run {run_id} as of {as_of}: {summary}")
    res = compare(findings, labels)
    print_report(res, args.show)
    per_body(findings, labels)
    ok = res["accuracy"] >= 0.95 and res["false_present"] <= 0.02 and res["false_missing"] <= 0.05
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
