"""What the application's own pages show, computed from the store into plain dicts (the report's pages
come from reports.data): the filtered finding list, one finding with its evidence and history, and the
follow-up of notices. No SQL here is built from input: every value is a bound parameter."""

from __future__ import annotations

import datetime as dt
import re

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
        "rows": rows,
        "args": {"jenis": kind, "kecamatan": kc, "status": status, "indikator": ind, "cari": q},
        "kinds": ctx["kinds"],
        "kecamatans": [{"id": i, "name": n} for i, n in kecamatans],
        "indicators": [{"id": k, "label": v} for k, v in INDICATOR_LABELS.items()],
        "statuses": [("kekurangan", "semua kekurangan")]
        + [(s, vocab.STATUS_LABELS_ID.get(s, s)) for s in vocab.STATUSES],
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
            return {
                "before": ("…" if a else "") + text[a : m.start()],
                "match": text[m.start() : m.end()],
                "after": text[m.end() : b] + ("…" if b < len(text) else ""),
            }
    return {"before": text[: 2 * EXCERPT] + ("…" if len(text) > 2 * EXCERPT else ""), "match": "", "after": ""}


def _match_words(info: dict) -> list[str]:
    """Phrases to look for in the stored text: the item's name, the quoted phrases of the rule's
    `looked_for`, then the name's longer words."""
    phrases = re.findall(r'"([^"]+)"', info.get("looked_for") or "")
    name = info.get("nama") or ""
    return [name] + phrases + sorted((w for w in re.findall(r"\w+", name) if len(w) > 4), key=len, reverse=True)


def finding_view(store, run_id: int, body: dict, item_id: str) -> dict | None:
    f = store.finding(run_id, body["body_id"], item_id)
    if f is None:
        return None
    info = item_info(item_id, body["kind"])
    content = store.content(f["evidence_hash"]) if f.get("evidence_hash") else None
    fetched = None
    if f.get("evidence_url"):
        fetched = store.fetch_of_url(f.get("carried_from") or run_id, body["body_id"], f["evidence_url"])
        if fetched is None and f.get("evidence_hash"):
            fetched = store.latest_fetch_of_content(f["evidence_hash"], run_id)
    history = store.finding_history(body["body_id"], item_id, limit=90)
    newest = store.latest_finding(body["body_id"], item_id)
    verdicts = store.item_verdicts(body["body_id"], item_id)
    return {
        "finding": f,
        "info": info,
        "body": body,
        "evidence": link(f.get("evidence_url"), (content or {}).get("title")) if f.get("evidence_url") else None,
        "content_title": one_line((content or {}).get("title") or "", 300),
        "excerpt": excerpt((content or {}).get("text"), _match_words(info)),
        "fetched": fetched,
        "history": history,
        "verdicts": verdicts,
        # a verdict is pinned to the newest finding's evidence, so it is given on the newest run's page
        "newest_run": newest["run_id"] if newest else run_id,
        "live_verdict": next((v for v in verdicts if v["id"] == f.get("verdict_id")), None),
    }


# ---------------------------------------------------------------- follow-up of notices


def _local_date(value: str | None) -> dt.date | None:
    t = parse_time(value)
    return t.astimezone(WITA).date() if t else None


def follow_up(
    store, cfg: dict, latest_run: int | None, today: dt.date | None = None, body_id: str | None = None
) -> list[dict]:
    """Per body, its gap notices with their deadline (working days after sending) and, for each, which
    of the items it named are still open in the latest run and which improved since."""
    ncfg = notice_cfg(cfg)
    today = today or dt.datetime.now(WITA).date()
    days = int(ncfg.get("deadline_working_days") or 10)
    extra = ncfg.get("extra_holidays") or []
    notices = store.notices(kind=GAP, body_id=body_id)
    now_status: dict[tuple[str, str], str] = {}
    if latest_run is not None:
        for r in store.findings(latest_run):
            now_status[(r["body_id"], r["item_id"])] = r["status"]
    names = {r["body_id"]: r for r in store.newest_run_bodies()}
    out: dict[str, dict] = {}
    for n in notices:
        sent = _local_date(n["sent_at"]) or _local_date(n["created_at"])
        deadline = working_days_after(sent, days, extra) if sent else None
        gaps = store.findings_with_status(n["run_id"], n["body_id"], GAPS)
        kind = (names.get(n["body_id"]) or {}).get("kind")
        open_items, improved = [], []
        for g in gaps:
            now = now_status.get((n["body_id"], g["item_id"]))
            entry = {
                "item_id": g["item_id"],
                "nama": item_info(g["item_id"], kind)["nama"],
                "then": g["status"],
                "now": now,
            }
            (improved if now == vocab.PRESENT else open_items).append(entry)
        b = out.setdefault(
            n["body_id"],
            {
                "body_id": n["body_id"],
                "name": (names.get(n["body_id"]) or {}).get("name", n["body_id"]),
                "kind_label": KIND_LABELS.get(kind, kind or ""),
                "notices": [],
            },
        )
        b["notices"].append(
            {
                **n,
                "sent_date": sent,
                "deadline": deadline,
                "sent": n["send_status"] == "sent",
                "passed": bool(deadline and today > deadline),
                "open": open_items,
                "improved": improved,
            }
        )
    for b in out.values():
        last = b["notices"][-1]
        b["last"] = last
        b["overdue"] = last["passed"] and bool(last["open"])
    return sorted(out.values(), key=lambda b: (not b["overdue"], b["name"]))
