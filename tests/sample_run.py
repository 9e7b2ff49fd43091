"""A synthetic stored run, written through the Store API: for the report tests, the benchmark and
for looking at the report without crawling. Deterministic for a given seed.

It includes hostile strings on purpose (a body name and an evidence title with markup, a
javascript: evidence URL, a header-injection attempt in a name), since every crawled or registry
string is untrusted.
"""

from __future__ import annotations

import random
from collections import defaultdict
from types import SimpleNamespace

from kipmon import vocab
from reports.items import item_info, items_for_kind

HOSTILE_NAME = 'Dinas <script>alert(1)</script> Kesehatan " onerror=alert(1) x="\r\nBcc: korban@example.org'
HOSTILE_TITLE = '<img src=x onerror=alert(1)>" onerror=alert(1) x="'
JS_URL = "javascript:alert(1)"

BASE_BODIES = [
    # id, name, kind, urls, parent, email
    ("kutim", "Pemerintah Kabupaten Kutai Timur", "pemkab", "https://kutaitimurkab.go.id/", None, "ppid@kutaitimurkab.go.id"),
    ("diskominfo", "Dinas Komunikasi, Informatika, Statistik dan Persandian", "opd", "https://diskominfo.kutaitimurkab.go.id/", "kutim", "diskominfo@kutaitimurkab.go.id"),
    ("dinkes", HOSTILE_NAME, "opd", "https://dinkes.kutaitimurkab.go.id/", "kutim", "dinkes@kutaitimurkab.go.id"),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah", "opd", "https://bappeda.kutaitimurkab.go.id/", "kutim", None),
    ("kec-sangatta-utara", "Kecamatan Sangatta Utara", "kecamatan", "https://sangattautara.kutaitimurkab.go.id/", "kutim", "kec.sangattautara@kutaitimurkab.go.id"),
    ("kel-teluk-lingga", "Kelurahan Teluk Lingga", "kelurahan", "https://teluklingga.kutaitimurkab.go.id/", "kec-sangatta-utara", "teluklingga@kutaitimurkab.go.id"),
    ("desa-swarga-bara", "Desa Swarga Bara", "desa", "https://swargabara.desa.id/", "kec-sangatta-utara", "desa.swargabara@example.id"),
    ("desa-singa-gembara", "Desa Singa Gembara", "desa", "https://singagembara.desa.id/", "kec-sangatta-utara", "desa.singagembara@example.id"),
]
UNREACHABLE = {"desa-singa-gembara": ("dns", "singagembara.desa.id: NXDOMAIN"),
               "bappeda": ("timeout", "tidak ada jawaban dalam 20 detik")}
BANDS = ((90, "Informatif"), (80, "Menuju Informatif"), (60, "Cukup Informatif"), (40, "Kurang Informatif"),
         (0, "Tidak Informatif"))


def band_of(score: float | None) -> str | None:
    if score is None:
        return None
    return next(name for low, name in BANDS if score >= low)


def synthetic_bodies(n: int) -> list[tuple]:
    """`n` bodies shaped like a regency: 1 pemkab, a quarter OPD, kecamatan, 2 kelurahan, the rest desa."""
    out = [BASE_BODIES[0]]
    n_opd, n_kec = max(1, n // 4), max(1, min(18, n // 10))
    for i in range(n_opd):
        out.append((f"opd-{i:03d}", f"Dinas Nomor {i}", "opd", f"https://opd{i}.kutaitimurkab.go.id/", "kutim", f"opd{i}@kutaitimurkab.go.id"))
    for i in range(n_kec):
        out.append((f"kec-{i:02d}", f"Kecamatan {i}", "kecamatan", f"https://kec{i}.kutaitimurkab.go.id/", "kutim", f"kec{i}@kutaitimurkab.go.id"))
    for i in range(2):
        out.append((f"kel-{i}", f"Kelurahan {i}", "kelurahan", f"https://kel{i}.kutaitimurkab.go.id/", "kec-00", None))
    i = 0
    while len(out) < n:
        out.append((f"desa-{i:03d}", f"Desa Nomor {i}", "desa", f"https://desa{i}.desa.id/", f"kec-{i % n_kec:02d}", f"desa{i}@example.id"))
        i += 1
    return out


def _score_body(kind: str, statuses: dict[str, str]) -> dict:
    by_ind = defaultdict(list)
    for item, st in statuses.items():
        by_ind[item_info(item, kind)["indicator"] or "jenis"].append(vocab.CREDIT[st])
    indicators = {k: sum(v) / len(v) for k, v in by_ind.items()}
    score = round(100 * sum(indicators.values()) / len(indicators), 1)
    # Path: fix the items with the largest gain first (a simplified greedy path).
    path, current = [], dict(statuses)
    for _ in range(len(statuses)):
        best = None
        for item, st in current.items():
            if st == "present":
                continue
            trial = {**current, item: "present"}
            s = _score_body_plain(kind, trial)
            if best is None or s > best[1]:
                best = (item, s, st)
        if best is None:
            break
        before = _score_body_plain(kind, current)
        current[best[0]] = "present"
        path.append({"item_id": best[0], "status": best[2], "gain": round(best[1] - before, 2), "score_after": best[1]})
    return {"score": score, "indicators": indicators, "path": path}


def _score_body_plain(kind: str, statuses: dict[str, str]) -> float:
    by_ind = defaultdict(list)
    for item, st in statuses.items():
        by_ind[item_info(item, kind)["indicator"] or "jenis"].append(vocab.CREDIT[st])
    return round(100 * sum(sum(v) / len(v) for v in by_ind.values()) / len(by_ind), 1)


def write_run(store, bodies: list[tuple], *, run_no: int, as_of: str, seed: int = 7,
              unreachable: dict | None = None, complete: bool = True) -> int:
    """One complete run: registry rows, crawl results, findings, scores, roll-up."""
    unreachable = UNREACHABLE if unreachable is None else unreachable
    run_id = store.start_run("run", as_of=as_of)
    store.save_run_bodies(run_id, [SimpleNamespace(id=b[0], name=b[1], kind=b[2], urls=b[3].split(),
                                                   parent=b[4], email=b[5], extra={}) for b in bodies])
    findings, scores, contents = [], [], []
    for b in bodies:
        bid, kind = b[0], b[2]
        rng = random.Random(f"{seed}-{bid}")
        if bid in unreachable:
            reason, detail = unreachable[bid]
            store.set_body_crawl(run_id, bid, status=vocab.CRAWL_UNREACHABLE, reason=reason, detail=detail,
                                 pages=0, documents=0)
            for item in items_for_kind(kind):
                findings.append({"body_id": bid, "item_id": item, "status": "unreachable", "machine_status": "unreachable",
                                 "detail": "Situs tidak dapat diakses; tidak ada penilaian.", "reason": reason})
            scores.append({"body_id": bid, "kind": kind, "score": None, "band": None, "assessed": 0,
                           "indicators": {}, "path": []})
            continue
        store.set_body_crawl(run_id, bid, status=vocab.CRAWL_OK, pages=rng.randint(20, 300), documents=rng.randint(0, 40))
        statuses = {}
        for item in items_for_kind(kind):
            st = rng.choices(["present", "stale", "broken", "missing"], [5, 2, 1, 2])[0]
            if run_no > 1 and rng.random() < 0.25:  # what changed since the previous run
                st = rng.choice(["present", "present", "missing", "stale"])
            statuses[item] = st
            f = {"body_id": bid, "item_id": item, "status": st, "machine_status": st}
            nama = item_info(item, kind)["nama"]
            if st in ("present", "stale", "broken"):
                year = 2025 if st == "present" else 2023
                f.update(evidence_url=f"{b[3].split()[0]}ppid/{item}-{year}.pdf", evidence_year=year,
                         evidence_hash=f"h-{bid}-{item}-{year}")
                contents.append({"hash": f"h-{bid}-{item}-{year}", "kind": "document", "title": f"{nama} Tahun {year}"})
                f["detail"] = {"present": f"{nama} tahun {year} ditemukan.",
                               "stale": f"{nama} terakhir untuk tahun {year}; dibutuhkan 2025.",
                               "broken": f"Tautan {nama} ditemukan tetapi berkasnya tidak dapat dibuka (HTTP 404)."}[st]
            else:
                f["detail"] = f"{nama} tidak ditemukan di situs."
            findings.append(f)
        if bid == "dinkes":  # hostile evidence: javascript: URL and a title with markup
            first = items_for_kind(kind)[0]
            for f in findings:
                if f["body_id"] == bid and f["item_id"] == first:
                    f.update(status="present", machine_status="present", evidence_url=JS_URL, evidence_year=2025,
                             evidence_hash="h-hostile", detail=HOSTILE_TITLE)
                    statuses[first] = "present"
            contents.append({"hash": "h-hostile", "kind": "page", "title": HOSTILE_TITLE})
        s = _score_body(kind, statuses)
        scores.append({"body_id": bid, "kind": kind, "score": s["score"], "band": band_of(s["score"]),
                       "assessed": 1, "indicators": s["indicators"], "path": s["path"]})
    store.save_contents(contents)
    store.save_findings(run_id, findings)
    by_kind = defaultdict(list)
    for s in scores:
        if s["assessed"]:
            by_kind[s["kind"]].append(s["score"])

    def mean(values):
        return sum(values) / len(values) if values else None

    parts = {"pemkab": mean(by_kind["pemkab"]),
             "opd_kecamatan_kelurahan": mean(by_kind["opd"] + by_kind["kecamatan"] + by_kind["kelurahan"]),
             "desa": mean(by_kind["desa"])}
    weights = {"pemkab": 0.5, "opd_kecamatan_kelurahan": 0.3, "desa": 0.2}
    have = {k: v for k, v in parts.items() if v is not None}
    roll = round(sum(weights[k] * v for k, v in have.items()) / sum(weights[k] for k in have), 1)
    rpath, score_after = [], roll
    gaps = sorted(((s["body_id"], p) for s in scores for p in s["path"][:3]), key=lambda t: -t[1]["gain"])
    for body_id, p in gaps[:12]:
        share = 0.5 if body_id == "kutim" else 0.3 / max(1, len(by_kind["opd"]) + len(by_kind["kecamatan"]))
        gain = round(p["gain"] * share, 2)
        score_after = round(min(100.0, score_after + gain), 1)
        rpath.append({"body_id": body_id, "item_id": p["item_id"], "gain": gain, "score_after": score_after})
    assessed = sum(1 for s in scores if s["assessed"])
    store.save_scores(run_id, scores, {
        "score": roll, "band": band_of(roll), "band_profile": "ki", "coverage": assessed / len(scores),
        "bodies_assessed": assessed, "bodies_total": len(scores), "parts": parts, "path": rpath})
    store.set_stage(run_id, "check", "ok")
    store.set_stage(run_id, "score", "ok")
    if complete:
        store.finish_run(run_id, vocab.RUN_COMPLETE)
    return run_id


def add_verdict(store, run_id: int, body_id: str, item_id: str, status: str, note: str, by: str) -> int:
    """A reviewer's verdict on one finding, applied to that finding of `run_id`."""
    vid = store.db["verdicts"].insert({"body_id": body_id, "item_id": item_id, "status": status, "note": note,
                                       "by": by, "created_at": "2025-11-28T09:00:00+08:00",
                                       "until": "2026-06-30"}).last_pk
    store.db["findings"].update((run_id, body_id, item_id), {"status": status, "verdict_id": vid})
    return vid


def build_sample(store, n_bodies: int | None = None, runs: int = 2) -> list[int]:
    """Write `runs` runs (default 2) of the sample regency; returns their ids, oldest first."""
    bodies = BASE_BODIES if n_bodies is None else synthetic_bodies(n_bodies)
    ids = []
    for i in range(runs):
        day = 29 - (runs - 1 - i)
        ids.append(write_run(store, bodies, run_no=i + 1, as_of=f"2025-11-{day:02d}"))
    if n_bodies is None:
        add_verdict(store, ids[-1], "diskominfo", "lhkpn", "present",
                    "LHKPN diumumkan di elhkpn.kpk.go.id; tautan diperiksa manual <b>oke</b>", "Rina (PPID Utama)")
    return ids
