"""What rendering JavaScript pages costs (a script, not a test): seconds per rendered page and per night.

    python bench/render_cost.py [--as-of 2025-11-29]

The demo world crawled as deployed (one database, the HTTP cache kept), twice with [render] on, then night
1 again with [render] off. Per night: the crawl's wall seconds, how many app shells were rendered (the
Dinas Pariwisata portal: four) and the browser seconds they took (navigation until the page's API calls
had answered, as scrapy-playwright measures it). Rendered pages are not served from the HTTP cache, so
every night renders them again; but a page whose rendered DOM is byte-identical to last night's keeps its
stored extraction, whose browser seconds are last night's (so night 2 repeats night 1's per-page figures; its
wall seconds are its own). The first rendered page of a crawl also starts chromium.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler import render  # noqa: E402
from kipmon.config import load_config  # noqa: E402
from kipmon.store import Store  # noqa: E402


def night(cfg: dict, world, db: Path, workdir: Path, as_of: dt.date, tag: str) -> None:
    from schedules.job import options_from, run_job

    opts = options_from(
        cfg,
        db=db,
        out=workdir / f"out-{tag}",
        registry=world.registry_path,
        as_of=as_of,
        stages=("crawl",),
        command="bench",
    )
    opts.httpcache = workdir / f"httpcache-{db.stem}"
    t = time.monotonic()
    run_id = run_job(cfg, opts, log=lambda line: None).run_id
    seconds = time.monotonic() - t
    store = Store(db)
    metas = [
        json.loads(r["meta"])
        for r in store.db.query(
            "select c.meta from fetches f join contents c on c.hash = f.content_hash where f.run_id = ? and c.meta like '%app_shell%' "
            "or (f.run_id = ? and c.meta like '%\"rendered\"%')",
            [run_id, run_id],
        )
    ]
    store.close()
    took = [m["render_seconds"] for m in metas if m.get("rendered")]
    unread = [m["app_shell"] for m in metas if not m.get("rendered")]
    per_page = f"mean {statistics.mean(took):.2f} s, worst {max(took):.2f} s per page" if took else "-"
    print(
        f"{tag:30s} crawl {seconds:6.1f} s wall; rendered {len(took)} pages in {sum(took):5.1f} s ({per_page})"
        f"{'; not rendered: ' + ', '.join(unread) if unread else ''}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--as-of", default="2025-11-29")
    args = ap.parse_args()
    cfg = load_config()
    on, why = render.status(cfg["render"])
    if not on:
        print(f"Render JS mati: {why}")
        return 1
    as_of = dt.date.fromisoformat(args.as_of)
    from kipmon.demo.world import serve_world

    with (
        tempfile.TemporaryDirectory(prefix="kipmon-render-bench-") as tmp,
        serve_world(as_of, directory=Path(tmp) / "w") as w,
    ):
        work = Path(tmp)
        night(cfg, w, work / "on.db", work, as_of, "demo night 1, render on")
        night(cfg, w, work / "on.db", work, as_of, "demo night 2, render on")
        off = {**cfg, "render": {**cfg["render"], "enabled": False}}
        night(off, w, work / "off.db", work, as_of, "demo night 1, render off")
    return 0


if __name__ == "__main__":
    sys.exit(main())
