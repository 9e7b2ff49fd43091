"""What OCR costs (a script, not a test): seconds per scanned PDF, per infographic, and per night.

    python bench/ocr_cost.py [--repeat 3] [--as-of 2025-11-29]

1. One scanned one-page letter (the demo world's Perdes RKPDes) and one infographic, each read `--repeat`
   times by crawler/ocr.py with the shipped [ocr] settings: mean and worst seconds.
2. The demo world crawled twice with OCR on, as deployed (one database, the HTTP cache kept): how many
   scans and images were read each night, their OCR seconds, and the crawl's wall seconds; then night 1
   again with OCR off, for the difference OCR makes to a night.
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

from crawler import ocr  # noqa: E402
from kipmon.config import load_config  # noqa: E402
from kipmon.demo.scans import infographic_png, scan_pdf  # noqa: E402
from kipmon.store import Store  # noqa: E402

KOP = (
    "PEMERINTAH KABUPATEN CONTOH",
    "KECAMATAN CONTOH UTARA",
    "DESA KARYA BAKTI",
    "Jl. Poros Desa No. 3, Telp. (0549) 555 123",
)


def per_document(cfg: dict, repeat: int) -> None:
    scan = scan_pdf(
        KOP,
        ("PERATURAN DESA KARYA BAKTI", "NOMOR 4 TAHUN 2024", "TENTANG", "RENCANA KERJA PEMERINTAH DESA", "TAHUN 2025"),
        ("Dengan rahmat Tuhan Yang Maha Esa",),
    )
    image = infographic_png(
        ("INFOGRAFIS APBDES", "TAHUN ANGGARAN 2025"),
        (("Pendapatan Desa", "Rp 1.420.000.000"), ("Belanja Desa", "Rp 1.455.000.000")),
    )
    for name, data, kind in (("scanned PDF (1 page, A4)", scan, "pdf"), ("infographic PNG (1000 px)", image, "image")):
        times = []
        for _ in range(repeat):
            t = time.monotonic()
            out = ocr.read_scan(
                {"kind": kind, "text": "", "meta": {}}, data, kind=kind, cfg=cfg["ocr"], budget=ocr.Budget(3600)
            )
            times.append(time.monotonic() - t)
            assert out["meta"]["ocr"] == "done", out["meta"]
        print(
            f"{name:28s} mean {statistics.mean(times):5.2f} s  worst {max(times):5.2f} s  over {repeat} reads "
            f"(dpi {cfg['ocr'].get('dpi', ocr.DPI)})"
        )


def night(cfg: dict, world, db: Path, workdir: Path, as_of: dt.date, tag: str, cache: bool = True) -> int:
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
    opts.httpcache = workdir / f"httpcache-{db.stem}" if cache else None
    t = time.monotonic()
    run_id = run_job(cfg, opts, log=lambda line: None).run_id
    seconds = time.monotonic() - t
    store = Store(db)
    run = next(store.db.query("select started_at from runs where id = ?", [run_id]))
    read = list(
        store.db.query(
            "select meta from contents where meta like '%\"ocr\"%' and extracted_at >= ?", [run["started_at"]]
        )
    )
    store.close()
    states: dict[str, int] = {}
    ocr_seconds = 0.0
    for r in read:
        meta = json.loads(r["meta"])
        states[meta["ocr"]] = states.get(meta["ocr"], 0) + 1
        ocr_seconds += meta.get("ocr_seconds", 0)
    print(
        f"{tag:26s} crawl {seconds:6.1f} s wall; OCR {ocr_seconds:5.1f} s on {sum(states.values())} scans/images "
        f"{dict(sorted(states.items())) or ''}"
    )
    return run_id


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--as-of", default="2025-11-29")
    args = ap.parse_args()
    on, why = ocr.status()
    if not on:
        print(f"OCR mati: {why}")
        return 1
    cfg = load_config()
    as_of = dt.date.fromisoformat(args.as_of)
    per_document(cfg, args.repeat)
    from kipmon.demo.world import serve_world

    with (
        tempfile.TemporaryDirectory(prefix="kipmon-ocr-bench-") as tmp,
        serve_world(as_of, directory=Path(tmp) / "w") as w,
    ):
        work = Path(tmp)
        night(cfg, w, work / "on.db", work, as_of, "demo night 1, OCR on")
        night(cfg, w, work / "on.db", work, as_of, "demo night 2, OCR on")
        off = {**cfg, "ocr": {**cfg["ocr"], "enabled": False}}
        night(off, w, work / "off.db", work, as_of, "demo night 1, OCR off")
    return 0


if __name__ == "__main__":
    sys.exit(main())
