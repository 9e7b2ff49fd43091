"""The shapes that cross layers, each with the one constructor that makes it.

The crawler writes fetches and contents, the checks read them and write findings, scoring writes
scores; the store keeps each as a table of the same columns (docs/schema.md). Plain dicts, because the
store, the JSON feed and the templates all speak dicts; what is fixed here is their keys, so a layer
that builds a row by hand cannot drift from the others.
"""

from __future__ import annotations

from typing import Any

# The columns of a `fetches` row (kipmon/store.py, with m004's `filename`), in table order.
FETCH_COLUMNS = (
    "run_id",
    "body_id",
    "url",
    "final_url",
    "status",
    "content_type",
    "fetched_at",
    "last_modified",
    "etag",
    "content_hash",
    "size",
    "error",
    "error_detail",
    "referer",
    "link_text",
    "depth",
    "source",
    "in_scope",
    "from_cache",
    "filename",
)
# The columns of a `contents` row: what extraction read from a page or document, keyed by its hash.
CONTENT_COLUMNS = ("hash", "kind", "title", "headings", "links", "dates", "text", "meta", "extracted_at")
# The columns of a `findings` row: one item's judgement for one body in one run.
FINDING_COLUMNS = (
    "body_id",
    "item_id",
    "status",
    "machine_status",
    "evidence_url",
    "evidence_year",
    "evidence_hash",
    "detail",
    "reason",
    "rule_error",
    "verdict_id",
    "carried_from",
)
# The columns of a `scores` row: one body's score in one run (checks/scoring.py).
SCORE_COLUMNS = ("body_id", "kind", "score", "band", "assessed", "reason", "carried_from", "indicators", "path")


def fetch_row(
    run_id: int | None,
    body_id: str | None,
    url: str,
    *,
    final_url: str | None = None,
    status: int | None = None,
    content_type: str | None = None,
    fetched_at: str | None = None,
    last_modified: str | None = None,
    etag: str | None = None,
    content_hash: str | None = None,
    size: int | None = None,
    error: str | None = None,
    error_detail: str | None = None,
    referer: str | None = None,
    link_text: str | None = None,
    depth: int | None = None,
    source: str | None = None,
    in_scope: Any = 1,
    from_cache: Any = 0,
    filename: str | None = None,
) -> dict:
    """One request's record: what was asked (url, how it was found) and what came back (status, type,
    the content's hash) or why nothing did (`error`, a vocab.FETCH_ERRORS code). Exactly the columns of
    the `fetches` table; `in_scope` and `from_cache` are stored as 0/1."""
    return {
        "run_id": run_id,
        "body_id": body_id,
        "url": url,
        "final_url": final_url,
        "status": status,
        "content_type": content_type,
        "fetched_at": fetched_at,
        "last_modified": last_modified,
        "etag": etag,
        "content_hash": content_hash,
        "size": size,
        "error": error,
        "error_detail": error_detail,
        "referer": referer,
        "link_text": link_text,
        "depth": depth,
        "source": source,
        "in_scope": int(bool(in_scope)),
        "from_cache": int(bool(from_cache)),
        "filename": filename,
    }


def content(
    hash_: str,
    kind: str | None,
    *,
    title: str | None = "",
    headings: list | None = None,
    links: list | None = None,
    dates: list | None = None,
    text: str | None = "",
    meta: dict | None = None,
) -> dict:
    """What extraction read from one body of bytes (a vocab content kind and its fields)."""
    return {
        "hash": hash_,
        "kind": kind,
        "title": title,
        "headings": headings or [],
        "links": links or [],
        "dates": dates or [],
        "text": text,
        "meta": meta or {},
    }


def finding(
    body_id: str,
    item_id: str,
    status: str,
    *,
    reason: str,
    detail: str,
    url: str | None = None,
    year: int | None = None,
    hash_: str | None = None,
    rule_error: str | None = None,
    carried_from: int | None = None,
) -> dict:
    """One item's judgement (a vocab.STATUSES word) with why (`reason`) and, in Indonesian, what was seen
    (`detail`). `machine_status` keeps what the checks said when a reviewer's verdict later overrides
    `status`."""
    return {
        "body_id": body_id,
        "item_id": item_id,
        "status": status,
        "machine_status": status,
        "evidence_url": url,
        "evidence_year": year,
        "evidence_hash": hash_,
        "detail": detail,
        "reason": reason,
        "rule_error": rule_error,
        "verdict_id": None,
        "carried_from": carried_from,
    }


def score(
    body_id: str,
    kind: str,
    value: float | None,
    band: str | None,
    *,
    reason: str | None = None,
    carried_from: int | None = None,
    indicators: dict | None = None,
    path: list | None = None,
) -> dict:
    """One body's score: `value` None when not assessed (`reason` says why: no-url, unreachable)."""
    return {
        "body_id": body_id,
        "kind": kind,
        "score": value,
        "band": band,
        "assessed": value is not None,
        "reason": reason,
        "carried_from": carried_from,
        "indicators": indicators or {},
        "path": path or [],
    }
