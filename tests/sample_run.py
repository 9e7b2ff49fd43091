"""A synthetic stored run for the report, notice, export and web tests and the report benchmarks
(bench/report_render.py, bench/web_pages.py): findings drawn at random (deterministic for a seed) and
written through the Store API, then scored by the real scoring (checks.scoring.score_run), so the
scores, bands, paths and roll-up are what a real run with those findings would show.

It includes hostile strings on purpose (a body name and an evidence title with markup, a
javascript: evidence URL, a header-injection attempt in a name), since every crawled or registry
string is untrusted.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

from checks.catalogue import shipped_rules
from checks.scoring import score_run
from kipmon import vocab
from kipmon.config import defaults
from kipmon.items import items_for_kind

HOSTILE_NAME = 'Dinas <script>alert(1)</script> Kesehatan " onerror=alert(1) x="\r\nBcc: korban@example.org'
HOSTILE_TITLE = '<img src=x onerror=alert(1)>" onerror=alert(1) x="'
JS_URL = "javascript:alert(1)"

BASE_BODIES = [
    # id, name, kind, urls, parent, email
    (
        "kutim",
        "Pemerintah Kabupaten Kutai Timur",
        "pemkab",
        "https://kutaitimurkab.go.id/",
        None,
        "ppid@kutaitimurkab.go.id",
    ),
    (
        "diskominfo",
        "Dinas Komunikasi, Informatika, Statistik dan Persandian",
        "opd",
        "https://diskominfo.kutaitimurkab.go.id/",
        "kutim",
        "diskominfo@kutaitimurkab.go.id",
    ),
    ("dinkes", HOSTILE_NAME, "opd", "https://dinkes.kutaitimurkab.go.id/", "kutim", "dinkes@kutaitimurkab.go.id"),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah", "opd", "https://bappeda.kutaitimurkab.go.id/", "kutim", None),
    (
        "kec-sangatta-utara",
        "Kecamatan Sangatta Utara",
        "kecamatan",
        "https://sangattautara.kutaitimurkab.go.id/",
        "kutim",
        "kec.sangattautara@kutaitimurkab.go.id",
    ),
    (
        "kel-teluk-lingga",
        "Kelurahan Teluk Lingga",
        "kelurahan",
        "https://teluklingga.kutaitimurkab.go.id/",
        "kec-sangatta-utara",
        "teluklingga@kutaitimurkab.go.id",
    ),
    (
        "desa-swarga-bara",
        "Desa Swarga Bara",
        "desa",
        "https://swargabara.desa.id/",
        "kec-sangatta-utara",
        "desa.swargabara@example.id",
    ),
    (
        "desa-singa-gembara",
        "Desa Singa Gembara",
        "desa",
        "https://singagembara.desa.id/",
        "kec-sangatta-utara",
        "desa.singagembara@example.id",
    ),
]
UNREACHABLE = {
    "desa-singa-gembara": ("dns", "singagembara.desa.id: NXDOMAIN"),
    "bappeda": ("timeout", "tidak ada jawaban dalam 20 detik"),
}


def synthetic_bodies(n: int) -> list[tuple]:
    """`n` bodies shaped like a regency: 1 pemkab, a quarter OPD, kecamatan, 2 kelurahan, the rest desa."""
    out = [BASE_BODIES[0]]
    n_opd, n_kec = max(1, n // 4), max(1, min(18, n // 10))
    for i in range(n_opd):
        out.append(
            (
                f"opd-{i:03d}",
                f"Dinas Nomor {i}",
                "opd",
                f"https://opd{i}.kutaitimurkab.go.id/",
                "kutim",
                f"opd{i}@kutaitimurkab.go.id",
            )
        )
    for i in range(n_kec):
        out.append(
            (
                f"kec-{i:02d}",
                f"Kecamatan {i}",
                "kecamatan",
                f"https://kec{i}.kutaitimurkab.go.id/",
                "kutim",
                f"kec{i}@kutaitimurkab.go.id",
            )
        )
    for i in range(2):
        out.append((f"kel-{i}", f"Kelurahan {i}", "kelurahan", f"https://kel{i}.kutaitimurkab.go.id/", "kec-00", None))
    i = 0
    while len(out) < n:
        out.append(
            (
                f"desa-{i:03d}",
                f"Desa Nomor {i}",
                "desa",
                f"https://desa{i}.desa.id/",
                f"kec-{i % n_kec:02d}",
                f"desa{i}@example.id",
            )
        )
        i += 1
    return out


def _nama(item_id: str, kind: str) -> str:
    return shipped_rules()[item_id].for_kind(kind).nama


def write_run(
    store,
    bodies: list[tuple],
    *,
    run_no: int,
    as_of: str,
    seed: int = 7,
    unreachable: dict | None = None,
    complete: bool = True,
    cfg: dict | None = None,
) -> int:
    """One complete run: registry rows, crawl results, findings, then scores and roll-up as
    checks.scoring computes them under `cfg` (default: the shipped defaults)."""
    unreachable = UNREACHABLE if unreachable is None else unreachable
    run_id = store.start_run("run", as_of=as_of)
    store.save_run_bodies(
        run_id,
        [
            SimpleNamespace(id=b[0], name=b[1], kind=b[2], urls=b[3].split(), parent=b[4], email=b[5], extra={})
            for b in bodies
        ],
    )
    findings, contents = [], []
    for b in bodies:
        bid, kind = b[0], b[2]
        rng = random.Random(f"{seed}-{bid}")
        if bid in unreachable:
            reason, detail = unreachable[bid]
            store.set_body_crawl(
                run_id, bid, status=vocab.CRAWL_UNREACHABLE, reason=reason, detail=detail, pages=0, documents=0
            )
            for item in items_for_kind(kind):
                findings.append(
                    {
                        "body_id": bid,
                        "item_id": item,
                        "status": "unreachable",
                        "machine_status": "unreachable",
                        "detail": "Situs tidak dapat diakses; tidak ada penilaian.",
                        "reason": reason,
                    }
                )
            continue
        store.set_body_crawl(
            run_id, bid, status=vocab.CRAWL_OK, pages=rng.randint(20, 300), documents=rng.randint(0, 40)
        )
        for item in items_for_kind(kind):
            st = rng.choices(["present", "stale", "broken", "missing"], [5, 2, 1, 2])[0]
            if run_no > 1 and rng.random() < 0.25:  # what changed since the previous run
                st = rng.choice(["present", "present", "missing", "stale"])
            f = {"body_id": bid, "item_id": item, "status": st, "machine_status": st}
            nama = _nama(item, kind)
            if st in ("present", "stale", "broken"):
                year = 2025 if st == "present" else 2023
                f.update(
                    evidence_url=f"{b[3].split()[0]}ppid/{item}-{year}.pdf",
                    evidence_year=year,
                    evidence_hash=f"h-{bid}-{item}-{year}",
                )
                contents.append({"hash": f"h-{bid}-{item}-{year}", "kind": "document", "title": f"{nama} Tahun {year}"})
                f["detail"] = {
                    "present": f"{nama} tahun {year} ditemukan.",
                    "stale": f"{nama} terakhir untuk tahun {year}; dibutuhkan 2025.",
                    "broken": f"Tautan {nama} ditemukan tetapi berkasnya tidak dapat dibuka (HTTP 404).",
                }[st]
            else:
                f["detail"] = f"{nama} tidak ditemukan di situs."
            findings.append(f)
        if bid == "dinkes":  # hostile evidence: javascript: URL and a title with markup
            first = items_for_kind(kind)[0]
            for f in findings:
                if f["body_id"] == bid and f["item_id"] == first:
                    f.update(
                        status="present",
                        machine_status="present",
                        evidence_url=JS_URL,
                        evidence_year=2025,
                        evidence_hash="h-hostile",
                        detail=HOSTILE_TITLE,
                    )
            contents.append({"hash": "h-hostile", "kind": "page", "title": HOSTILE_TITLE})
    store.save_contents(contents)
    store.save_findings(run_id, findings)
    score_run(store, run_id, cfg or defaults())
    store.set_stage(run_id, "check", "ok")
    store.set_stage(run_id, "score", "ok")
    if complete:
        store.finish_run(run_id, vocab.RUN_COMPLETE)
    return run_id


def add_verdict(store, run_id: int, body_id: str, item_id: str, status: str, note: str, by: str) -> int:
    """A reviewer's verdict on one finding, applied to that finding of `run_id` and scored, as
    `kipmon check` would apply it (a fixed date, so the sample stays the same from day to day)."""
    findings = store.findings(run_id)
    target = next(f for f in findings if (f["body_id"], f["item_id"]) == (body_id, item_id))
    vid = store.add_verdict(
        {
            "body_id": body_id,
            "item_id": item_id,
            "status": status,
            "note": note,
            "by": by,
            "created_at": "2025-11-28T09:00:00+08:00",
            "until": "2026-06-30",
            "evidence_hash": target.get("evidence_hash"),
            "revoked_at": None,
        }
    )
    target.update(status=status, verdict_id=vid)
    store.save_findings(run_id, findings)
    score_run(store, run_id, defaults())
    return vid


def build_sample(store, n_bodies: int | None = None, runs: int = 2) -> list[int]:
    """Write `runs` runs (default 2) of the sample regency; returns their ids, oldest first."""
    bodies = BASE_BODIES if n_bodies is None else synthetic_bodies(n_bodies)
    ids = []
    for i in range(runs):
        day = 29 - (runs - 1 - i)
        ids.append(write_run(store, bodies, run_no=i + 1, as_of=f"2025-11-{day:02d}"))
    if n_bodies is None:
        add_verdict(
            store,
            ids[-1],
            "diskominfo",
            "lhkpn",
            "present",
            "LHKPN diumumkan di elhkpn.kpk.go.id; tautan diperiksa manual <b>oke</b>",
            "Rina (PPID Utama)",
        )
    return ids
