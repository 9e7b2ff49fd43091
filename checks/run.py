"""run_checks: evaluate every rule for every body of a stored crawl, apply verdicts, save the findings.

Statuses (spec/interface.md): present, stale, broken, missing, unreachable. Two special cases:
- a body with no URL (crawl reason `no-url`) gets every item `missing` with reason `no-url`;
- any other body whose site was unreachable gets every item `unreachable` (never `missing`), with
  `carried_from` set to the run of its last observation when that is recent enough (scoring carries it).
A rule that raises gets status `unreachable` with reason `rule-error` and the error in `rule_error`:
"no judgement was made", which is not scored and never triggers a missing-item notice; the run goes on.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections import Counter

from checks.catalogue import rules_for
from checks.engine import evaluate
from checks.evidence import build_index
from kipmon.items import items_for_kind
from checks.verdicts import apply_verdicts
from kipmon.config import section
from kipmon.model import finding
from kipmon.vocab import CRAWL_OK, CRAWL_UNREACHABLE, MISSING, STATUSES, UNREACHABLE, UNREACHABLE_REASONS


def _days_between(a: str | None, b: str | None) -> int | None:
    try:
        return abs((dt.datetime.fromisoformat(a) - dt.datetime.fromisoformat(b)).days)
    except (TypeError, ValueError):
        return None


def carried_run(store, run_id: int, body_id: str, max_days: int) -> int | None:
    """The run whose observation of `body_id` may stand in for this run (at most max_days older)."""
    prev = store.last_crawled_run(body_id, run_id)
    if prev is None:
        return None
    this = store.run(run_id) or {}
    days = _days_between(this.get("started_at"), prev.get("started_at"))
    return prev["run_id"] if days is not None and days <= max_days else None


def check_body(
    body: dict,
    crawl: dict | None,
    rows: list[dict],
    rules: dict,
    as_of: dt.date,
    ccfg: dict,
    carried_from: int | None = None,
) -> list[dict]:
    """Findings for one body, one per item of its kind; never raises."""
    body_id, kind = body["body_id"], body["kind"]
    items = items_for_kind(kind)
    status = (crawl or {}).get("status")
    reason = (crawl or {}).get("reason")
    if not body.get("urls") or (status == CRAWL_UNREACHABLE and reason == "no-url"):
        return [
            finding(
                body_id,
                i,
                MISSING,
                reason="no-url",
                detail="Tidak ada alamat situs yang diketahui untuk badan publik ini; informasi ini "
                "tidak dapat ditemukan secara daring.",
            )
            for i in items
        ]
    if crawl is None or status != CRAWL_OK:
        reason = reason or "not-crawled"
        why = UNREACHABLE_REASONS.get(reason, "situs belum diperiksa pada putaran ini")
        return [
            finding(
                body_id,
                i,
                UNREACHABLE,
                reason=reason,
                carried_from=carried_from,
                detail=f"Situs tidak dapat dijangkau ({why}); butir ini tidak dinilai pada putaran ini.",
            )
            for i in items
        ]
    idx = build_index(body, rows)
    out = []
    for item in items:
        rule = rules.get(item)
        try:
            if rule is None:
                raise LookupError(f"no rule file for item {item!r}")
            out.append(evaluate(rule.for_kind(kind), idx, as_of, ccfg))
        except Exception as exc:  # one failing rule must not sink the run
            out.append(
                finding(
                    body_id,
                    item,
                    UNREACHABLE,
                    reason="rule-error",
                    rule_error=f"{type(exc).__name__}: {exc}",
                    detail="Aturan pemeriksaan butir ini gagal dijalankan; butir ini tidak dinilai.",
                )
            )
            out[-1]["_traceback"] = traceback.format_exc(limit=3)
    return out


def inputs_and_check(store, run_id: int, body: dict, crawl: dict | None, rows: list[dict], rules, as_of, cfg) -> list:
    """check_body for one body of a stored run, given its crawl result and snapshot (rows are only read
    for a crawled body): the same in the parent and in a check worker (checks/pool.py)."""
    ccfg = section(cfg, "checks")
    carried = None
    if not (crawl and crawl.get("status") == CRAWL_OK):
        rows = []
        if body.get("urls"):
            carried = carried_run(store, run_id, body["body_id"], int(section(cfg, "scoring")["carry_days"]))
    return check_body(body, crawl, rows, rules, as_of, ccfg, carried)


def run_checks(store, run_id: int, as_of: dt.date, cfg: dict, pool=None) -> dict:
    """Evaluate the stored crawl of `run_id` against `as_of`, apply verdicts, save. Returns counts.
    With `pool` (checks/pool.py), the findings its workers made during the crawl are used for each
    body whose stored crawl is still what the worker read; every other body is checked here."""
    from checks.pool import stamp

    rules = rules_for(cfg)
    crawls = store.body_crawls(run_id)
    bodies = store.run_bodies(run_id)
    running = pool.take() if pool is not None else {}
    by_body: dict[str, list[dict]] = {}

    def here(body: dict) -> list[dict]:
        crawl = crawls.get(body["body_id"])
        rows = store.snapshot(run_id, body["body_id"]) if crawl and crawl.get("status") == CRAWL_OK else []
        return inputs_and_check(store, run_id, body, crawl, rows, rules, as_of, cfg)

    for body in bodies:  # what no worker has: checked here while the workers finish theirs
        if body["body_id"] not in running:
            by_body[body["body_id"]] = here(body)
    if running:
        of = {b["body_id"]: b for b in bodies}
        while (taken := pool.steal()) is not None:  # what no worker has started: taken back, checked here
            running.pop(taken, None)
            if taken in of:
                by_body[taken] = here(of[taken])
    if running:
        keys = store.fetch_keys(run_id)
        for body in bodies:
            fut = running.get(body["body_id"])
            if fut is None:
                continue
            crawl = crawls.get(body["body_id"])
            now = stamp(crawl, keys.get(body["body_id"], []) if crawl and crawl.get("status") == CRAWL_OK else [])
            got = pool.result(body["body_id"], fut, now)
            by_body[body["body_id"]] = got if got is not None else here(body)
    findings: list[dict] = [f for body in bodies for f in by_body[body["body_id"]]]
    apply_verdicts(findings, store.verdicts(include_revoked=False), as_of)
    errors = [f for f in findings if f.get("rule_error")]
    for f in findings:
        f.pop("_traceback", None)
    store.save_findings(run_id, findings)
    summary = dict(Counter(f["status"] for f in findings))
    summary = {s: summary.get(s, 0) for s in STATUSES}
    summary["findings"] = len(findings)
    summary["rule_errors"] = len(errors)
    summary["verdicts_applied"] = sum(1 for f in findings if f.get("verdict_id"))
    return summary
