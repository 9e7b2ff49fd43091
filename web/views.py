"""What the application's own pages show, computed from the store into plain dicts (the report's pages
come from reports.data): the filtered finding list, one finding with its evidence and history, and the
follow-up of notices. No SQL here is built from input: every value is a bound parameter."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kipmon import vocab
from reports.common import GAPS, INDICATOR_LABELS, KIND_LABELS, WITA, one_line, parse_time
from reports.data import link
from reports.items import item_info
from reports.notices import GAP, notice_cfg, working_days_after

EXCERPT = 320  # characters of stored text shown either side of the match


def kecamatan_of(bodies: list[dict]) -> dict[str, str | None]:
    """body id -> the id of the kecamatan it lies in (itself for a kecamatan), following `parent`."""
    by_id = {b["body_id"]: b for b in bodies}
    out: dict[str, str | None] = {}
    for b in bodies:
        cur, seen = b, set()
        while cur is not None and cur["body_id"] not in seen:
            if cur["kind"] == "kecamatan":
                break
            seen.add(cur["body_id"])
            cur = by_id.get(cur.get("parent"))
        out[b["body_id"]] = cur["body_id"] if cur is not None and cur["kind"] == "kecamatan" else None
    return out


def filter_findings(ctx: dict, bodies: list[dict], args: dict[str, str]) -> dict:
    """The report's rows of one run narrowed by kind, kecamatan, status, indicator and a name search."""
    kec = kecamatan_of(bodies)
    kind, kc, status = args.get("jenis", ""), args.get("kecamatan", ""), args.get("status", "")
    ind, q = args.get("indikator", ""), (args.get("cari") or "").strip().lower()
    rows = []
    for e in ctx["bodies"]:
        if kind and e["kind"] != kind:
            continue
        if kc and kec.get(e["id"]) != kc:
            continue
        if q and q not in e["name"].lower() and q not in e["id"].lower():
            continue
        for r in e["items"]:
            if status == "kekurangan" and r["status"] not in GAPS:
                continue
            if status and status != "kekurangan" and r["status"] != status:
                continue
            if ind and item_info(r["item_id"], e["kind"]).get("indicator") != ind:
                continue
            rows.append({"body": e, "row": r})
    kecamatans = sorted(((b["body_id"], b["name"]) for b in bodies if b["kind"] == "kecamatan"), key=lambda p: p[1])
    return {
        "rows": rows, "args": {"jenis": kind, "kecamatan": kc, "status": status, "indikator": ind, "cari": q},
        "kinds": ctx["kinds"], "kecamatans": [{"id": i, "name": n} for i, n in kecamatans],
        "indicators": [{"id": k, "label": v} for k, v in INDICATOR_LABELS.items()],
        "statuses": [("kekurangan", "semua kekurangan")] + [(s, vocab.STATUS_LABELS_ID.get(s, s)) for s in vocab.STATUSES],
    }


def excerpt(text: str | None, words: list[str]) -> dict | None:
    """The stored text around the first word that matches (else its opening), split so the template
    can mark the match without any markup from the page itself."""
    if not text:
        return None
    text = re.sub(r"\s+", " ", text)
    for w in words:
        if len(w) < 3:
            continue
        m = re.search(re.escape(w), text, re.IGNORECASE)
        if m:
            a, b = max(0, m.start() - EXCERPT), min(len(text), m.end() + EXCERPT)
            return {"before": ("…" if a else "") + text[a:m.start()], "match": text[m.start():m.end()],
                    "after": text[m.end():b] + ("…" if b < len(text) else "")}
    return {"before": text[: 2 * EXCERPT] + ("…" if len(text) > 2 * EXCERPT else ""), "match": "", "after": ""}


def _match_words(info: dict) -> list[str]:
    """Phrases to look for in the stored text: the item's name, the quoted phrases of the rule's
    `looked_for`, then the name's longer words."""
    phrases = re.findall(r'"([^"]+)"', info.get("looked_for") or "")
    name = info.get("nama") or ""
    return [name] + phrases + sorted((w for w in re.findall(r"\w+", name) if len(w) > 4), key=len, reverse=True)


def finding_view(store, run_id: int, body: dict, item_id: str) -> dict | None:
    rows = store.query("select * from findings where run_id = ? and body_id = ? and item_id = ?",
                       [run_id, body["body_id"], item_id])
    if not rows:
        return None
    f = rows[0]
    info = item_info(item_id, body["kind"])
    content = store.content(f["evidence_hash"]) if f.get("evidence_hash") else None
    fetched = None
    if f.get("evidence_url"):
        got = store.query("select fetched_at, status, from_cache from fetches where run_id = ? and body_id = ?"
                          " and (url = ? or final_url = ?) limit 1",
                          [f.get("carried_from") or run_id, body["body_id"], f["evidence_url"], f["evidence_url"]])
        if not got and f.get("evidence_hash"):
            got = store.query("select fetched_at, status, from_cache from fetches where content_hash = ?"
                              " and run_id <= ? order by run_id desc limit 1", [f["evidence_hash"], run_id])
        fetched = got[0] if got else None
    history = store.query(
        "select f.run_id, r.as_of, r.started_at, r.status as run_status, f.status, f.machine_status,"
        " f.evidence_url, f.evidence_year, f.verdict_id, f.carried_from from findings f join runs r on r.id = f.run_id"
        " where f.body_id = ? and f.item_id = ? order by f.run_id desc limit 90", [body["body_id"], item_id])
    newest = store.latest_finding(body["body_id"], item_id)
    verdicts = store.query("select * from verdicts where body_id = ? and item_id = ? order by id desc",
                           [body["body_id"], item_id])
    return {
        "finding": f, "info": info, "body": body,
        "evidence": link(f.get("evidence_url"), (content or {}).get("title")) if f.get("evidence_url") else None,
        "content_title": one_line((content or {}).get("title") or "", 300),
        "excerpt": excerpt((content or {}).get("text"), _match_words(info)),
        "fetched": fetched, "history": history, "verdicts": verdicts,
        # a verdict is pinned to the newest finding's evidence, so it is given on the newest run's page
        "newest_run": newest["run_id"] if newest else run_id,
        "live_verdict": next((v for v in verdicts if v["id"] == f.get("verdict_id")), None),
    }


# ---------------------------------------------------------------- follow-up of notices

def _local_date(value: str | None) -> dt.date | None:
    t = parse_time(value)
    return t.astimezone(WITA).date() if t else None


def follow_up(store, cfg: dict, latest_run: int | None, today: dt.date | None = None,
              body_id: str | None = None) -> list[dict]:
    """Per body, its gap notices with their deadline (working days after sending) and, for each, which
    of the items it named are still open in the latest run and which improved since."""
    ncfg = notice_cfg(cfg)
    today = today or dt.datetime.now(WITA).date()
    days = int(ncfg.get("deadline_working_days") or 10)
    extra = ncfg.get("extra_holidays") or []
    params: list[Any] = [GAP]
    sql = "select * from notices where kind = ?"
    if body_id is not None:
        sql, params = sql + " and body_id = ?", params + [body_id]
    notices = store.query(sql + " order by id", params)
    now_status: dict[tuple[str, str], str] = {}
    if latest_run is not None:
        for r in store.query("select body_id, item_id, status from findings where run_id = ?", [latest_run]):
            now_status[(r["body_id"], r["item_id"])] = r["status"]
    names = {r["body_id"]: r for r in store.query(
        "select body_id, name, kind from run_bodies where run_id = (select max(run_id) from run_bodies)")}
    out: dict[str, dict] = {}
    for n in notices:
        sent = _local_date(n["sent_at"]) or _local_date(n["created_at"])
        deadline = working_days_after(sent, days, extra) if sent else None
        gaps = store.query("select item_id, status from findings where run_id = ? and body_id = ? and status in (?, ?, ?)",
                           [n["run_id"], n["body_id"], *GAPS])
        kind = (names.get(n["body_id"]) or {}).get("kind")
        open_items, improved = [], []
        for g in gaps:
            now = now_status.get((n["body_id"], g["item_id"]))
            entry = {"item_id": g["item_id"], "nama": item_info(g["item_id"], kind)["nama"], "then": g["status"], "now": now}
            (improved if now == vocab.PRESENT else open_items).append(entry)
        b = out.setdefault(n["body_id"], {"body_id": n["body_id"],
                                          "name": (names.get(n["body_id"]) or {}).get("name", n["body_id"]),
                                          "kind_label": KIND_LABELS.get(kind, kind or ""), "notices": []})
        b["notices"].append({**n, "sent_date": sent, "deadline": deadline, "sent": n["send_status"] == "sent",
                             "passed": bool(deadline and today > deadline), "open": open_items, "improved": improved})
    for b in out.values():
        last = b["notices"][-1]
        b["last"] = last
        b["overdue"] = last["passed"] and bool(last["open"])
    return sorted(out.values(), key=lambda b: (not b["overdue"], b["name"]))
