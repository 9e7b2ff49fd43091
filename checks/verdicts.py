"""Reviewer verdicts: a person's correction of one (body, item) finding, applied by later runs.

A verdict holds while it is not revoked, its `until` date (inclusive) has not passed the run's as_of,
and the evidence behind the finding is the same it was when the verdict was given: the finding's
evidence_hash (content hash of the evidence) equals the verdict's. When the site changes what it shows,
the machine judges again. The finding keeps `machine_status` (the rules) and `status` (after the verdict).
"""

from __future__ import annotations

import datetime as dt

from kipmon.items import ALL_ITEMS
from kipmon.errors import KipmonError
from kipmon.vocab import BROKEN, SCORED, STATUS_LABELS_ID, UNREACHABLE

VERDICT_STATUSES = SCORED  # a verdict is a judgement; unreachable is none
# A reviewer may answer in the words the report shows (ada, kedaluwarsa, rusak, tidak ada) or with the ids.
STATUS_WORDS = {
    **{STATUS_LABELS_ID[s]: s for s in VERDICT_STATUSES},
    "rusak": BROKEN,
    **{s: s for s in VERDICT_STATUSES},
}


def status_from_word(word: str) -> str:
    """The status id for an id or an Indonesian status word (case, '-' and '_' ignored)."""
    key = " ".join(str(word).lower().replace("-", " ").replace("_", " ").split())
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    raise VerdictError(
        f"status must be one of {', '.join(VERDICT_STATUSES)} (or ada, kedaluwarsa, rusak, tidak ada), not {word!r}"
    )


class VerdictError(KipmonError):
    """A verdict cannot be recorded or revoked; one line for the user."""


def holds(verdict: dict, finding: dict, as_of: dt.date) -> bool:
    """Whether `verdict` applies to `finding` of a run judged on `as_of`."""
    if verdict.get("revoked_at"):
        return False
    if verdict.get("until") and dt.date.fromisoformat(verdict["until"]) < as_of:
        return False
    if finding.get("machine_status") == UNREACHABLE or finding.get("rule_error"):
        return False  # nothing was observed this run: nothing to correct
    return (verdict.get("evidence_hash") or None) == (finding.get("evidence_hash") or None)


def apply_verdicts(findings: list[dict], verdicts: list[dict], as_of: dt.date) -> int:
    """Apply the newest holding verdict to each finding, in place. Returns how many were applied."""
    by_key: dict[tuple[str, str], list[dict]] = {}
    for v in verdicts:
        by_key.setdefault((v["body_id"], v["item_id"]), []).append(v)
    applied = 0
    for f in findings:
        f.setdefault("machine_status", f["status"])
        for v in sorted(by_key.get((f["body_id"], f["item_id"]), []), key=lambda v: v["id"], reverse=True):
            if holds(v, f, as_of):
                f["status"] = v["status"]
                f["verdict_id"] = v["id"]
                if v["status"] != f["machine_status"]:
                    word = STATUS_LABELS_ID.get(v["status"], v["status"])
                    f["detail"] = f"{f['detail']} Ditetapkan {word} oleh peninjau {v['by']}: {v['note']}"
                applied += 1
                break
    return applied


def add_verdict(
    store, body_id: str, item_id: str, status: str, note: str, by: str, until: dt.date | None = None
) -> int:
    """Record a verdict pinned to the evidence of the newest finding of (body, item). The status may be
    an id or an Indonesian word; body and item ids are matched without regard to case."""
    status = status_from_word(status)
    body_id, item_id = body_id.strip().lower(), item_id.strip().lower()
    if item_id not in ALL_ITEMS:
        raise VerdictError(f"unknown item {item_id!r}; the items are: {', '.join(ALL_ITEMS)} (kipmon items)")
    if not note or not by:
        raise VerdictError("a verdict needs --note and --by")
    latest = store.latest_finding(body_id, item_id)
    if latest is None:
        raise VerdictError(f"no finding for body {body_id!r} item {item_id!r} yet (run a check first)")
    return store.add_verdict(
        {
            "body_id": body_id,
            "item_id": item_id,
            "status": status,
            "note": note,
            "by": by,
            "until": until.isoformat() if until else None,
            "evidence_hash": latest.get("evidence_hash"),
            "revoked_at": None,
        }
    )
