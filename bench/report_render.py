"""How long the gap report and the notices take for a regency-sized run.

    python bench/report_render.py [--bodies 200] [--runs 2]

Builds synthetic runs (tests/sample_run.py) in a temporary SQLite file, then times write_report and
write_notices (dry run).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kipmon.config import defaults  # noqa: E402
from kipmon.store import Store  # noqa: E402
from reports import write_report  # noqa: E402
from reports.notices import write_notices  # noqa: E402
from tests.sample_run import build_sample  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bodies", type=int, default=200)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with Store(tmp / "bench.db") as store:
            t0 = time.perf_counter()
            ids = build_sample(store, n_bodies=args.bodies, runs=args.runs)
            t1 = time.perf_counter()
            index = write_report(store, ids[-1], tmp / "out", defaults())
            t2 = time.perf_counter()
            summary = write_notices(store, ids[-1], tmp / "out", defaults())
            t3 = time.perf_counter()
        pages = len(list((tmp / "out" / "bodies").glob("*.html")))
        size = sum(p.stat().st_size for p in (tmp / "out").rglob("*") if p.is_file())
        print(f"{args.bodies} bodies, {args.runs} runs (synthetic rows written in {t1 - t0:.2f} s)")
        print(f"report:  {t2 - t1:.2f} s  ({pages} body pages + {index.name}, {size / 1e6:.1f} MB with notices)")
        print(
            f"notices: {t3 - t2:.2f} s  ({summary['written']} notices: {summary['gap']} gap, "
            f"{summary['unreachable']} unreachable; dry run)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
