"""Python prepares the data, templates hold the words: everything the gap report shows about one
run, computed from the store (findings, scores, the previous run, history) into plain dicts."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kipmon import vocab
from kipmon.config import section
from reports.common import (
    GAPS,
    INDICATOR_LABELS,
    KIND_LABELS,
    KIND_ORDER,
    PROFILE_LABELS,
    STATUS_LABELS,
    STATUS_RANK,
    STATUS_SYMBOLS,
    band_class,
    one_line,
    safe_href,
    slug,
)
from reports.items import fix_advice, item_info, items_for_kind

# The roll-up parts as the report names them; their weights are [scoring.rollup].
ROLLUP_PART_LABELS = {
    "pemkab": "Pemerintah kabupaten",
    "opd_kecamatan_kelurahan": "Perangkat daerah, kecamatan, kelurahan",
    "desa": "Desa",
}


def report_cfg(cfg: dict) -> dict:
    """[report] over the shipped defaults."""
    return section(cfg, "report")


def _profile_spec(cfg: dict, profile: str) -> dict:
    """The band profile `profile` from [bands.<profile>] (the shipped "ki" when it is unknown)."""
    bands = section(cfg, "bands")
    return bands.get(profile) or bands["ki"]


def percent(weight: float) -> str:
    """A roll-up weight as the report writes it: 0.5 -> "50%", 0.125 -> "12,5%"."""
    v = round(float(weight) * 100, 1)  # a share of the configured weights' sum
    return (f"{v:g}".replace(".", ",")) + "%"


def body_page(body_id: str) -> str:
    return f"bodies/{slug(body_id)}.html"


def change_of(prev: str | None, now: str | None) -> str | None:
    """How one item moved between two runs: fixed, better, worse, new-gap, or None (no judgement)."""
    if prev not in STATUS_RANK or now not in STATUS_RANK or prev == now:
        return None
    if now == vocab.PRESENT:
        return "fixed"
    if prev == vocab.PRESENT:
        return "new-gap"
    if STATUS_RANK[now] == STATUS_RANK[prev]:  # missing <-> broken: still nothing usable
        return None
    return "better" if STATUS_RANK[now] > STATUS_RANK[prev] else "worse"


CHANGE_LABELS = {"fixed": "diperbaiki", "better": "membaik", "worse": "memburuk", "new-gap": "kekurangan baru"}


def link(url: Any, title: Any = None) -> dict:
    """An evidence or site link for a template: href only when it is http(s); text always."""
    text = one_line(title or url or "", 160)
    return {"href": safe_href(url), "text": text, "url": one_line(url or "", 500)}


def _score(v: Any) -> float | None:
    return None if v is None else round(float(v), 1)


def band_lines(cfg: dict, profile: str) -> list[tuple[float, str]]:
    """Lower ends of the bands of `profile` from config [bands.<profile>], for chart guide lines."""
    bands = _profile_spec(cfg, profile)["bands"]
    return [(float(b["from"]), str(b.get("name", ""))) for b in bands if float(b.get("from", 0)) > 0]


def informatif_test(cfg: dict, profile: str):
    """score -> bool: whether a score is in the top band (Informatif) under `profile`."""
    spec = section(cfg, "bands").get(profile) or {}
    top = max(float(b["from"]) for b in (spec.get("bands") or _profile_spec(cfg, profile)["bands"]))
    if spec.get("edge", "upper" if profile == "artikel" else "lower") == "upper":
        return lambda v: v is not None and v > top
    return lambda v: v is not None and v >= top


def chart(
    points: list[tuple[str, float | None]], lines: list[tuple[float, str]], *, width: int = 640, height: int = 200
) -> dict | None:
    """An inline SVG line chart of scores 0–100 over runs: segments (gaps where not assessed),
    dots with their labels, band guide lines. None when there is nothing to draw."""
    if not any(v is not None for _, v in points):
        return None
    left, right, top, bottom = 40, 12, 10, 28
    w, h = width - left - right, height - top - bottom
    n = len(points)

    def x(i: int) -> float:
        return left + (w / 2 if n == 1 else w * i / (n - 1))

    def y(v: float) -> float:
        return top + h * (1 - v / 100)

    segments, current, dots = [], [], []
    for i, (label, v) in enumerate(points):
        if v is None:
            if current:
                segments.append(current)
            current = []
            continue
        current.append(f"{x(i):.1f},{y(v):.1f}")
        dots.append({"x": round(x(i), 1), "y": round(y(v), 1), "label": label, "value": v})
    if current:
        segments.append(current)
    step = max(1, n // 6)
    xlabels = [
        {
            "x": round(x(i), 1),
            "text": label,
            "anchor": "start" if i == 0 and n > 1 else ("end" if i == n - 1 and n > 1 else "middle"),
        }
        for i, (label, _) in enumerate(points)
        if i % step == 0 or i == n - 1
    ]
    guides = [{"y": round(y(v), 1), "value": int(v) if float(v).is_integer() else v, "name": name} for v, name in lines]
    return {
        "width": width,
        "height": height,
        "left": left,
        "right": width - right,
        "top": top,
        "bottom": top + h,
        "segments": [" ".join(s) for s in segments],
        "dots": dots,
        "xlabels": xlabels,
        "lines": guides,
        "y0": round(y(0), 1),
        "y100": round(y(100), 1),
        "last": dots[-1] if dots else None,
    }


def _run_label(run: dict) -> str:
    from reports.common import MONTHS, tanggal

    text = tanggal(run.get("as_of") or run.get("started_at"))
    parts = text.split(" ")
    if len(parts) == 3 and parts[1] in MONTHS:  # 29 Nov 2025: short enough for an axis
        text = f"{parts[0]} {parts[1][:3]} {parts[2]}"
    return text


# The step on the path to Informatif for a body with no known website.
PUBLISH_SITE = "Terbitkan situs web badan publik atau daftarkan alamatnya ke Diskominfo"


NOTICE_LABELS = {
    vocab.NOTICE_GAP: "Pemberitahuan kekurangan informasi",
    vocab.NOTICE_UNREACHABLE: "Pemberitahuan situs tidak dapat diakses",
    vocab.NOTICE_NO_SITE: "Permintaan penerbitan informasi secara daring",
}


def latest_notices(store, run_id: int, out_dir: Path | None) -> dict[str, dict]:
    """Per body, the newest notice of this run or an earlier one whose HTML copy is in the outbox,
    as a link relative to a body page (bodies/<id>.html) when it lies under `out_dir`."""
    if out_dir is None:
        return {}
    out: dict[str, dict] = {}
    for n in store.notices_up_to(run_id):
        html = Path(n["path"] or "").with_suffix(".html")
        if not n.get("path") or not html.is_file():
            continue
        rel = os.path.relpath(html.resolve(), (Path(out_dir) / "bodies").resolve())
        out[n["body_id"]] = {
            "href": Path(rel).as_posix(),
            "label": NOTICE_LABELS.get(n["kind"], n["kind"]),
            "run_id": n["run_id"],
            "date": n.get("sent_at") or n.get("created_at"),
            "sent": n.get("send_status") == "sent",
            "recipient": n.get("recipient"),
        }
    return out


def _as_of(run: dict) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(run.get("as_of") or run.get("started_at") or "")[:10])
    except ValueError:
        return None


@dataclass
class _Reads:
    """What a run's report is made of, read from the store once, and the lookups built from it."""

    cfg: dict
    rcfg: dict
    run: dict
    as_of: dt.date | None
    notices: dict
    bodies: list[dict]
    crawls: dict
    findings: list[dict]
    scores: dict
    rollup: dict | None
    prev_id: int | None
    prev_scores: dict
    prev_rollup: dict | None
    prev_crawls: dict
    prev_status: dict
    streaks: dict
    titles: dict
    verdicts: dict
    profile: str
    lines: list
    reaches: Any
    names: dict
    by_body: dict
    body_hist: dict
    roll_hist: dict
    run_labels: list


def _read(store, run_id: int, cfg: dict, out_dir: Path | None) -> _Reads:
    rcfg = report_cfg(cfg)
    run = store.run(run_id)
    if run is None:
        from reports.errors import ReportError

        raise ReportError(f"no run {run_id} in {store.path}")
    bodies = store.run_bodies(run_id)
    findings = store.findings(run_id)
    rollup = store.rollup(run_id)
    prev_id = store.previous_run_id(run_id)
    prev_findings = store.findings(prev_id) if prev_id else []
    history_runs = store.report_runs(run_id, rcfg["trend_runs"])
    hist_scores, hist_rollups = store.score_history(r["id"] for r in history_runs)
    profile = (rollup or {}).get("band_profile") or section(cfg, "scoring")["band_profile"]
    by_body: dict[str, list[dict]] = defaultdict(list)
    for f in findings:
        by_body[f["body_id"]].append(f)
    body_hist: dict[str, dict[int, float | None]] = defaultdict(dict)
    for row in hist_scores:
        body_hist[row["body_id"]][row["run_id"]] = _score(row["score"]) if row["assessed"] else None
    return _Reads(
        cfg=cfg,
        rcfg=rcfg,
        run=run,
        as_of=_as_of(run),
        notices=latest_notices(store, run_id, out_dir),
        bodies=bodies,
        crawls=store.body_crawls(run_id),
        findings=findings,
        scores={s["body_id"]: s for s in store.scores(run_id)},
        rollup=rollup,
        prev_id=prev_id,
        prev_scores={s["body_id"]: s for s in store.scores(prev_id)} if prev_id else {},
        prev_rollup=store.rollup(prev_id) if prev_id else None,
        prev_crawls=store.body_crawls(prev_id) if prev_id else {},
        prev_status={(f["body_id"], f["item_id"]): f["status"] for f in prev_findings},
        streaks=store.unreachable_streaks(run_id),
        titles=store.content_titles(f.get("evidence_hash") for f in findings),
        verdicts=store.verdicts_by_id(f.get("verdict_id") for f in findings),
        profile=profile,
        lines=band_lines(cfg, profile),
        reaches=informatif_test(cfg, profile),
        names={b["body_id"]: b["name"] for b in bodies},
        by_body=by_body,
        body_hist=body_hist,
        roll_hist={row["run_id"]: _score(row["score"]) for row in hist_rollups},
        run_labels=[(r["id"], _run_label(r)) for r in history_runs],
    )


def build(store, run_id: int, cfg: dict, out_dir: Path | None = None) -> dict:
    from reports.notices import valid_email  # notices imports this module

    d = _read(store, run_id, cfg, out_dir)
    out_bodies, new_gaps, fixed, score_moves = [], [], [], []
    for b in d.bodies:
        entry, gaps, fixes = _body_entry(d, b, valid_email)
        new_gaps += gaps
        fixed += fixes
        out_bodies.append(entry)
        if entry["delta"]:
            score_moves.append(entry)
    by_kind = _rank(out_bodies)
    out_bodies.sort(key=lambda e: (e["kind_order"], -(e["score"] if e["score"] is not None else -1), e["name"]))

    unreachable = sorted(
        (e for e in out_bodies if e["unreachable"]), key=lambda e: (-e["nights"], e["kind_order"], e["name"])
    )
    status_totals = Counter(f["status"] for f in d.findings)
    limit = d.rcfg["changes_limit"]
    pemkab = next((b for b in d.bodies if b["kind"] == "pemkab"), None)
    reviewer = valid_email(((cfg or {}).get("notices") or {}).get("reviewer_email")) or valid_email(
        (pemkab or {}).get("email")
    )
    run, prev_id = d.run, d.prev_id
    return {
        "title": d.rcfg["title"],
        "run": run,
        "run_id": run_id,
        "prev_id": prev_id,
        "reviewer": reviewer,
        # a night that looks like the monitor's own outage (schedules/outage.py): said on the first line
        "degraded": (run.get("stages") or {}).get("crawl", {}).get("degraded")
        or (run.get("error") if run.get("status") == vocab.RUN_DEGRADED else None),
        "prev_run": store.run(prev_id) if prev_id else None,
        "bodies": out_bodies,
        "rollup": _rollup_view(d, out_bodies) if d.rollup is not None else None,
        "matrices": _matrices(out_bodies, cfg),
        "unreachable": unreachable,
        "kinds": [
            {"id": k, "label": KIND_LABELS[k], "count": len(by_kind[k])} for k in vocab.BODY_KINDS if by_kind.get(k)
        ],
        "changes": {
            "new_gaps": new_gaps[:limit],
            "new_gaps_total": len(new_gaps),
            "fixed": fixed[:limit],
            "fixed_total": len(fixed),
            "moves": sorted(score_moves, key=lambda e: -abs(e["delta"]))[:limit],
            "newly_unreachable": [e for e in out_bodies if e["newly_unreachable"]],
            "back_online": [e for e in out_bodies if e["back_online"]],
        },
        "totals": {st: status_totals.get(st, 0) for st in vocab.STATUSES},
        "status_labels": STATUS_LABELS,
        "status_symbols": STATUS_SYMBOLS,
        "change_labels": CHANGE_LABELS,
        "statuses": vocab.STATUSES,
    }


def _item_rows(d: _Reads, b: dict) -> tuple[list[dict], list[dict], list[dict]]:
    """A body's findings in its items' order, and those that got worse or better since the previous run."""
    bid, kind = b["body_id"], b["kind"]
    order = {item: i for i, item in enumerate(items_for_kind(kind))}
    rows, new_gaps, fixed = [], [], []
    for f in sorted(d.by_body[bid], key=lambda f: (order.get(f["item_id"], 999), f["item_id"])):
        info = item_info(f["item_id"], kind, d.cfg)
        v = d.verdicts.get(f.get("verdict_id"))
        before = d.prev_status.get((bid, f["item_id"]))
        change = change_of(before, f["status"])
        rows.append(
            {
                "item_id": f["item_id"],
                "nama": info["nama"],
                "legal_basis": info.get("legal_basis"),
                "status": f["status"],
                "machine_status": f.get("machine_status"),
                "overridden": bool(v) and f.get("machine_status") not in (None, f["status"]),
                "fix": fix_advice(f["item_id"], kind, f["status"], d.as_of, f.get("evidence_url"), d.cfg)
                if f["status"] in GAPS
                else None,
                "evidence": link(f.get("evidence_url"), d.titles.get(f.get("evidence_hash")))
                if f.get("evidence_url")
                else None,
                "year": f.get("evidence_year"),
                "detail": f.get("detail"),
                "reason": f.get("reason"),
                "rule_error": f.get("rule_error"),
                "carried_from": f.get("carried_from"),
                "verdict": v,
                "prev_status": before,
                "change": change,
            }
        )
        if change in ("new-gap", "worse", "fixed", "better"):
            moved = {
                "body_id": bid,
                "item_id": f["item_id"],
                "name": b["name"],
                "page": body_page(bid),
                "nama": info["nama"],
                "before": before,
                "now": f["status"],
                "change": change,
            }
            (new_gaps if change in ("new-gap", "worse") else fixed).append(moved)
    return rows, new_gaps, fixed


def _score_path(d: _Reads, s: dict, kind: str) -> list[dict]:
    """The first steps of a body's path to a better score."""
    path = []
    for step in (s.get("path") or [])[: d.rcfg["path_top"]]:
        info = item_info(step.get("item_id"), kind, d.cfg)
        path.append(
            {
                "nama": info["nama"],
                "status": step.get("status"),
                "gain": step.get("gain"),
                "score_after": _score(step.get("score_after")),
                "reaches": d.reaches(step.get("score_after")),
            }
        )
    return path


def _body_entry(d: _Reads, b: dict, valid_email) -> tuple[dict, list[dict], list[dict]]:
    """One body's part of the report, with its findings that got worse and better."""
    bid, kind = b["body_id"], b["kind"]
    crawl = d.crawls.get(bid) or {}
    s = d.scores.get(bid) or {}
    assessed = bool(s.get("assessed")) and s.get("score") is not None
    score = _score(s.get("score")) if assessed else None
    ps = d.prev_scores.get(bid)
    prev_score = _score(ps["score"]) if ps and ps.get("assessed") and ps.get("score") is not None else None
    delta = round(score - prev_score, 1) if score is not None and prev_score is not None else None
    unreachable = vocab.site_unreachable(crawl) or (
        not crawl and d.by_body[bid] and all(f["status"] == vocab.UNREACHABLE for f in d.by_body[bid])
    )
    rows, new_gaps, fixed = _item_rows(d, b)
    counts = Counter(r["status"] for r in rows)
    reason = crawl.get("reason")
    was_unreachable = vocab.site_unreachable(d.prev_crawls.get(bid))
    entry = {
        "id": bid,
        "name": b["name"],
        "kind": kind,
        "kind_label": KIND_LABELS.get(kind, kind),
        "kind_order": KIND_ORDER.get(kind, 9),
        "parent": b.get("parent"),
        "parent_name": d.names.get(b.get("parent")),
        "parent_page": body_page(b["parent"]) if b.get("parent") in d.names else None,
        "urls": [link(u) for u in b.get("urls") or []],
        "email": valid_email(b.get("email")),
        "notice": d.notices.get(bid),
        "page": body_page(bid),
        "score": score,
        "band": s.get("band") if assessed else None,
        "band_class": band_class(s.get("band") if assessed else None),
        "assessed": assessed,
        "carried_from": s.get("carried_from"),
        "prev_score": prev_score,
        "delta": delta,
        "indicators": [
            {
                "key": k,
                "label": INDICATOR_LABELS[k],
                "value": None if (s.get("indicators") or {}).get(k) is None else round(100 * s["indicators"][k]),
            }
            for k in INDICATOR_LABELS
            if k in (s.get("indicators") or {})
        ],
        "path": _score_path(d, s, kind),
        "items": rows,
        "counts": {st: counts.get(st, 0) for st in vocab.STATUSES},
        "gaps": sum(counts.get(st, 0) for st in GAPS),
        # the reason in plain Indonesian; the crawler's own text (often an English exception) is
        # shown apart, as "Rincian teknis"
        "crawl": {
            "status": crawl.get("status"),
            "reason": reason,
            "reason_text": vocab.UNREACHABLE_REASONS.get(reason, "sebab tidak diketahui") if reason else None,
            "detail": crawl.get("detail"),
            "pages": crawl.get("pages"),
            "documents": crawl.get("documents"),
        },
        "unreachable": bool(unreachable),
        "nights": d.streaks.get(bid, 1 if unreachable else 0),
        "newly_unreachable": bool(unreachable)
        and d.prev_id is not None
        and not was_unreachable
        and bid in d.prev_crawls,
        "back_online": not unreachable and was_unreachable,
        "new_gaps": sum(1 for r in rows if r["change"] in ("new-gap", "worse")),
        "fixed": sum(1 for r in rows if r["change"] in ("fixed", "better")),
        "trend": chart(
            [(label, d.body_hist[bid].get(rid)) for rid, label in d.run_labels], d.lines, width=560, height=180
        ),
        "cells": {r["item_id"]: r["status"] for r in rows},
        "verdicts": {r["item_id"] for r in rows if r["verdict"]},
    }
    return entry, new_gaps, fixed


def _rank(out_bodies: list[dict]) -> dict[str, list[dict]]:
    """Rank within each kind: assessed bodies by score, ties share a rank. Returns the bodies by kind."""
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for e in out_bodies:
        by_kind[e["kind"]].append(e)
    for group in by_kind.values():
        ranked = sorted((e for e in group if e["score"] is not None), key=lambda e: -e["score"])
        last, rank = None, 0
        for i, e in enumerate(ranked, 1):
            if e["score"] != last:
                rank, last = i, e["score"]
            e["rank"], e["rank_of"] = rank, len(ranked)
        for e in group:
            e.setdefault("rank", None)
            e.setdefault("rank_of", len(ranked))
    return by_kind


def _matrices(out_bodies: list[dict], cfg: dict) -> list[dict]:
    """The item-by-body tables: badan publik, and desa (their items differ)."""
    matrices = []
    for title, kinds in (
        ("Badan publik (pemkab, perangkat daerah, kecamatan, kelurahan)", vocab.BADAN_PUBLIK_KINDS),
        ("Desa", vocab.DESA_KINDS),
    ):
        rows = [e for e in out_bodies if e["kind"] in kinds]
        if not rows:
            continue
        item_ids = list(items_for_kind(kinds[0]))
        seen = {i for e in rows for i in e["cells"]}
        item_ids += sorted(seen - set(item_ids))
        matrices.append(
            {
                "title": title,
                "id": slug(kinds[0]),
                "cols": [{"id": i, "nama": item_info(i, kinds[0], cfg)["nama"]} for i in item_ids],
                "rows": rows,
            }
        )
    return matrices


def _rollup_view(d: _Reads, out_bodies: list[dict]) -> dict:
    """The regency's roll-up: its score against the previous run, its parts, its path, its trend."""
    rollup, prev_rollup, cfg = d.rollup, d.prev_rollup, d.cfg
    rscore = _score(rollup.get("score"))
    prev_r = _score(prev_rollup.get("score")) if prev_rollup else None
    rpath = _rollup_path(d, out_bodies)
    parts = rollup.get("parts") or {}
    weights = section(cfg, "scoring")["rollup"]
    total = sum(float(w) for w in weights.values()) or 1.0
    return {
        "score": rscore,
        "band": rollup.get("band"),
        "band_class": band_class(rollup.get("band")),
        "profile": d.profile,
        "profile_label": PROFILE_LABELS.get(d.profile, d.profile),
        "coverage": rollup.get("coverage"),
        "assessed": rollup.get("bodies_assessed"),
        "total": rollup.get("bodies_total"),
        "no_site": rollup.get("bodies_no_site") or 0,
        "prev_score": prev_r,
        "delta": round(rscore - prev_r, 1) if rscore is not None and prev_r is not None else None,
        "parts": [
            {
                "label": f"{ROLLUP_PART_LABELS[key]} ({percent(float(weights[key]) / total)})",
                "value": _score(parts.get(key)),
            }
            for key in vocab.ROLLUP_PARTS
            if key in parts
        ],
        "path": rpath,
        "reached": d.reaches(rscore),
        "path_end": rpath[-1]["score_after"] if rpath else None,
        "path_reaches": bool(rpath) and rpath[-1]["reaches"],
        "trend": chart([(label, d.roll_hist.get(rid)) for rid, label in d.run_labels], d.lines, width=900, height=230),
    }


def _rollup_path(d: _Reads, out_bodies: list[dict]) -> list[dict]:
    """The first steps of the regency's path to a better roll-up: which body fixes what."""
    rpath = []
    for step in (d.rollup.get("path") or [])[: d.rcfg["path_top"]]:
        kind = next((e["kind"] for e in out_bodies if e["id"] == step.get("body_id")), None)
        fix = (
            PUBLISH_SITE
            if step.get("action") == "publish-site"
            else item_info(step.get("item_id"), kind, d.cfg)["nama"]
        )
        rpath.append(
            {
                "body_id": step.get("body_id"),
                "name": d.names.get(step.get("body_id"), step.get("body_id")),
                "page": body_page(step.get("body_id") or ""),
                "nama": fix,
                "gain": step.get("gain"),
                "score_after": _score(step.get("score_after")),
                "reaches": d.reaches(step.get("score_after")),
            }
        )
    return rpath
