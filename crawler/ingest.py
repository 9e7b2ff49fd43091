"""`kipmon ingest FEED...`: JSON-lines crawl feeds (crawler/feed.py, docs/feed.md) into the central store.

Ingest is idempotent: fetches and body results are keyed (run, body, url) and (run, body), and a
content already stored is not written again, so a feed ingested twice changes nothing. A feed is
checked whole before anything of it is stored; one that belongs to another run, or that was cut short
(no job-end record, fewer fetch records than its job-end counts, a broken line), is refused with one
line, and its bodies are recorded `unreachable` with reason `error` (unless a complete feed of this
run already brought their results): never judged from part of their pages, so never `missing`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kipmon import vocab
from kipmon.errors import KipmonError
from kipmon.store import Store, now_iso

BATCH = 500


class FeedError(KipmonError):
    """A feed that cannot be stored."""


@dataclass
class Feed:
    path: str
    run_id: int | None = None
    bodies: list[str] = field(default_factory=list)
    fetches: list[dict] = field(default_factory=list)  # {"fetch": row, "content": dict | None}
    crawls: dict[str, dict] = field(default_factory=dict)
    end: dict | None = None
    start: dict | None = None  # the job-start record (names the job file: engines check it is theirs)
    problem: str | None = None  # why it cannot be stored (cut short, another run)


def read_feed(path: str | Path) -> Feed:
    feed = Feed(str(path))
    try:
        fh = Path(path).open(encoding="utf-8")
    except OSError as exc:
        raise FeedError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                feed.problem = _take(feed, n, line)
                if feed.problem is not None:
                    break
    if feed.problem is None:
        feed.problem = _unfinished_problem(feed)
    return feed


def _take(feed: Feed, n: int, line: str) -> str | None:
    """Add line `n`'s record to the feed, or say why the feed cannot be read past it."""
    try:
        rec = json.loads(line)
        kind = rec["record"]
    except (ValueError, KeyError, TypeError):
        return f"line {n} is not a feed record (cut short?)"
    if feed.end is not None:
        return f"line {n}: a record after the job-end record"
    if kind == "job-start":
        feed.run_id, feed.bodies = int(rec["run_id"]), list(rec.get("bodies") or [])
        feed.start = rec
        return None
    if feed.run_id is None:
        return "no job-start record first"
    if rec.get("run_id") != feed.run_id:
        return f"line {n}: a record of run {rec.get('run_id')} in a feed of run {feed.run_id}"
    if kind == "fetch":
        feed.fetches.append(rec)
    elif kind == "body":
        feed.crawls[rec["body_id"]] = rec["crawl"]
    elif kind == "job-end":
        feed.end = rec
    return None


def _unfinished_problem(feed: Feed) -> str | None:
    """A feed read to its end without a fault may still be cut short: no job-end, or fewer fetches than it counts."""
    if feed.end is None:
        return "no job-end record: the job was cut short"
    if feed.end.get("fetches") != len(feed.fetches):
        return f"{len(feed.fetches)} fetch records, its job-end counts {feed.end.get('fetches')}"
    return None


def ingest(store: Store, paths: list[str | Path], *, run_id: int | None = None) -> list[dict]:
    """Store each feed; returns one summary per feed ({path, run_id, stored, fetches, bodies, problem})."""
    return [_ingest_one(store, read_feed(p), run_id) for p in paths]


def _ingest_one(store: Store, feed: Feed, run_id: int | None) -> dict:
    if feed.run_id is None:
        raise FeedError(
            f"{feed.path}: not a kipmon feed ({feed.problem or 'no job-start record'}); "
            "its bodies are unknown, nothing stored"
        )
    if run_id is not None and feed.run_id != run_id:
        raise FeedError(f"{feed.path}: a feed of run {feed.run_id}, not of run {run_id}; nothing stored")
    if store.run(feed.run_id) is None:
        raise FeedError(f"{feed.path}: a feed of run {feed.run_id}, which this database does not have; nothing stored")
    known = {b["body_id"] for b in store.run_bodies(feed.run_id)}
    strangers = sorted(set(feed.bodies) - known)
    if strangers:
        raise FeedError(f"{feed.path}: bodies not in run {feed.run_id}: {', '.join(strangers[:5])}; nothing stored")
    summary = {"path": feed.path, "run_id": feed.run_id, "fetches": len(feed.fetches), "bodies": len(feed.bodies)}
    if feed.problem:
        _unfinished(store, feed)
        return {**summary, "stored": False, "problem": feed.problem}
    for i in range(0, len(feed.fetches), BATCH):
        chunk = feed.fetches[i : i + BATCH]
        store.save_contents(_new_contents(store, [r["content"] for r in chunk if r.get("content")]))
        store.save_fetches([r["fetch"] for r in chunk])
    stored = store.body_crawls(feed.run_id)
    for body_id in feed.bodies:
        crawl = feed.crawls.get(body_id)
        if crawl is None:  # the job-end came, but not this body's result: not judged from nothing
            crawl = {
                "status": vocab.CRAWL_UNREACHABLE,
                "reason": "error",
                "detail": "hasil perayapan badan ini tidak ada di feed",
                "finished_at": now_iso(),
            }
        if stored.get(body_id) != {"run_id": feed.run_id, "body_id": body_id, **crawl}:
            store.set_body_crawl(feed.run_id, body_id, **crawl)
    return {**summary, "stored": True, "problem": None}


def _new_contents(store: Store, contents: list[dict]) -> list[dict]:
    """Contents not stored yet, or a scan read tonight whose stored row still waits for OCR."""
    out = []
    for c in contents:
        have = store.known_content(c["hash"])
        if have is None or ("ocr" in (c.get("meta") or {}) and have["meta"].get("ocr") != c["meta"]["ocr"]):
            out.append(c)
    return out


def mark_unfinished(store: Store, run_id: int, bodies: list[str], problem: str) -> None:
    """Bodies of a job that brought no usable feed (crawler/engines/): as a refused feed's bodies."""
    _unfinished(store, Feed(path="", run_id=run_id, bodies=list(bodies), problem=problem))


def _unfinished(store: Store, feed: Feed) -> None:
    """A refused feed's bodies: unreachable with reason `error`, unless already stored from a complete feed."""
    stored = store.body_crawls(feed.run_id)
    urls = {b["body_id"]: b["urls"] for b in store.run_bodies(feed.run_id)}
    detail = f"feed perayapan tidak lengkap ({feed.problem})"[:300]
    for body_id in feed.bodies:
        if body_id in stored:
            continue
        if not urls.get(body_id):  # no site to crawl: the same answer whatever became of the job
            store.set_body_crawl(
                feed.run_id,
                body_id,
                status=vocab.CRAWL_UNREACHABLE,
                reason="no-url",
                detail=vocab.UNREACHABLE_REASONS["no-url"],
                finished_at=now_iso(),
            )
        else:
            store.set_body_crawl(
                feed.run_id,
                body_id,
                status=vocab.CRAWL_UNREACHABLE,
                reason="error",
                detail=detail,
                finished_at=now_iso(),
            )
