"""Accuracy of the checks on a labelled world (a script, not a test).

Serves a world of pretend sites on loopback, crawls it with the real crawler, runs the real checks, and
compares every (body, item) finding with the hand-written label:

    python bench/accuracy.py [--world demo|heldout|validasi|akhir|kelima|nights] [--as-of DATE] [--db PATH] [--reuse]

The worlds, in the order they were written (each by someone who had not seen the rules' latest state):
  demo      Kabupaten Contoh, the `kipmon demo` world: the rules were tuned on it
  heldout   Kabupaten Uji: measured once unseen, then tuned on (see worlds/heldout/MEASUREMENTS.md)
  validasi  Kabupaten Validasi: measured once unseen, then tuned on (worlds/validasi/MEASUREMENTS.md)
  akhir     Kabupaten Akhir: the last unseen world; do not tune rules on it and still call it unseen
  kelima    Kabupaten Kelima: a fifth world, written without reading the rules; measured once unseen, then tuned on (worlds/kelima/)
  nights    the demo world over three nights (worlds/nights.py): night 2 unchanged, night 3 with
            seven labelled changes; each night is run with the HTTP cache kept, as deployed, and measured
            against its own labels; also prints which findings changed between nights

--db keeps the crawl in that file; --reuse skips the crawl and re-checks the newest run in --db (fast
when iterating on rules). Prints status accuracy, the false-missing rate (truly present or stale,
reported missing), the false-present rate (truly missing, broken or stale, reported present), a
confusion table, per-body agreement and the disagreements. Exit 0 when the goals are met: accuracy >=
95%, false-present <= 2%, false-missing <= 5%.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checks import run_checks  # noqa: E402
from kipmon.config import load_config  # noqa: E402
from kipmon.store import Store  # noqa: E402

STATUSES = ("present", "stale", "broken", "missing", "unreachable")


WORLDS = {  # name: (module, default as-of)
    "demo": ("kipmon.demo.world", "2025-11-29"),
    "heldout": ("worlds.heldout", "2026-11-29"),
    "validasi": ("worlds.validasi", "2026-11-29"),
    "akhir": ("worlds.akhir", "2026-11-29"),
    "kelima": ("worlds.kelima", "2026-11-29"),
    "nights": ("worlds.nights", "2025-11-29"),
}


def world_module(name: str):
    return importlib.import_module(WORLDS[name][0])


def crawl_world(cfg: dict, world: str, as_of: dt.date, db: Path, workdir: Path) -> tuple[int, list[dict]]:
    from schedules.job import options_from, run_job

    with world_module(world).serve_world(as_of, directory=workdir / "world") as w:
        opts = options_from(
            cfg, db=db, out=workdir / "out", registry=w.registry_path, as_of=as_of, stages=("crawl",), command="bench"
        )
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
        if truly_not_present
        else 0.0,
        "confusion": Counter(pairs),
        "disagreements": disagreements,
        "absent": absent,
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
            print(
                f"  {lab['body_id']:<28} {lab['item_id']:<26} label {lab['status']:<8} got {f['status']:<8} "
                f"{f['reason'] or ''}: {f['detail']}  <{f['evidence_url'] or ''}>"
            )


def per_body(findings: list[dict], labels: list[dict]) -> None:
    got = {(f["body_id"], f["item_id"]): f["status"] for f in findings}
    ok, n = Counter(), Counter()
    for lab in labels:
        n[lab["body_id"]] += 1
        ok[lab["body_id"]] += got.get((lab["body_id"], lab["item_id"])) == lab["status"]
    print("\nper body (agree / labelled)")
    for body in n:
        print(f"  {body:<26} {ok[body]:>3} / {n[body]:<3} {ok[body] / n[body]:.0%}")


def nights(cfg: dict, as_of: dt.date, db: Path, workdir: Path, show: int) -> bool:
    """Three nights into one database with the HTTP cache kept between them; per-night figures and the
    findings whose status changed from the night before (night 2 should change nothing)."""
    from worlds.nights import serve_nights
    from schedules.job import options_from, run_job

    ok, previous = True, None
    with serve_nights(as_of, directory=workdir / "world") as world:
        for night in (1, 2, 3):
            world.advance(night)
            opts = options_from(
                cfg,
                db=db,
                out=workdir / f"out{night}",
                registry=world.registry_path,
                as_of=as_of,
                stages=("crawl",),
                command="bench",
            )
            opts.httpcache = workdir / "httpcache"
            run_id = run_job(cfg, opts, log=lambda line: None).run_id
            with Store(db) as store:
                summary = run_checks(store, run_id, as_of, cfg)
                findings = store.findings(run_id)
            res = compare(findings, world.labels(night))
            print(f"\n=== night {night}: run {run_id}: {summary}")
            print_report(res, show)
            now = {(f["body_id"], f["item_id"]): f["status"] for f in findings}
            if previous is not None:
                changed = sorted(k for k in now if previous.get(k) != now[k])
                print(f"\nchanged since night {night - 1}: {len(changed)}")
                for key in changed[:show]:
                    print(f"  {key[0]:<26} {key[1]:<26} {previous.get(key)} -> {now[key]}")
            previous = now
            ok = ok and res["accuracy"] >= 0.95 and res["false_present"] <= 0.02 and res["false_missing"] <= 0.05
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--world", default="demo", choices=sorted(WORLDS), help="which labelled world (default demo)")
    ap.add_argument("--as-of", help="as-of date of the world and the checks (default: the world's own)")
    ap.add_argument("--db", help="database file to keep the crawl in (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="re-check the newest run in --db instead of crawling")
    ap.add_argument("--show", type=int, default=60, help="how many disagreements to list")
    args = ap.parse_args(argv)
    as_of = dt.date.fromisoformat(args.as_of or WORLDS[args.world][1])
    cfg = load_config()
    work = Path(tempfile.mkdtemp(prefix="kipmon-bench-"))
    db = Path(args.db) if args.db else work / "bench.db"
    if args.world == "nights":
        return 0 if nights(cfg, as_of, db, work, args.show) else 1
    if args.reuse:
        labels = world_module(args.world).build_world(as_of).labels
        with Store(db, create=False) as store:
            run_id = store.latest_run_id(complete=False)
    else:
        run_id, labels = crawl_world(cfg, args.world, as_of, db, work)
    with Store(db) as store:
        summary = run_checks(store, run_id, as_of, cfg)
        findings = store.findings(run_id)
    print(f"world {args.world}; run {run_id} as of {as_of}: {summary}")
    res = compare(findings, labels)
    print_report(res, args.show)
    per_body(findings, labels)
    ok = res["accuracy"] >= 0.95 and res["false_present"] <= 0.02 and res["false_missing"] <= 0.05
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
