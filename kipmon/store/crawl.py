"""Runs and what their crawl wrote: `runs`, `run_bodies`, `body_crawls`, `fetches`, `contents`.

Keys are deterministic, so runs can be compared: a run is an integer id, a fetch is (run, body, url).
What a page says (its extracted title, links, text) is kept once per content key in `contents`, so an
unchanged page costs one small `fetches` row per night and stays available as evidence for as long as
any run refers to it.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterable
from typing import Any

from kipmon import vocab
from kipmon.store.core import StoreError, _json, _unjson, now_iso

_CONTENT_JSON = (("headings", []), ("links", []), ("dates", []), ("meta", {}))


class CrawlMixin:
    # ---------------------------------------------------------------- runs

    def start_run(self, command: str, *, as_of: str | None = None, registry: str | None = None) -> int:
        row = {
            "command": command,
            "status": vocab.RUN_RUNNING,
            "started_at": now_iso(),
            "as_of": as_of,
            "registry": registry,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "stages": "{}",
            "counts": "{}",
        }
        with self.db.atomic():
            return self.db["runs"].insert(row).last_pk

    def run(self, run_id: int) -> dict | None:
        rows = list(self.db["runs"].rows_where("id = ?", [run_id]))
        return self._run_row(rows[0]) if rows else None

    @staticmethod
    def _run_row(row: dict) -> dict:
        row = dict(row)
        row["stages"] = _unjson(row["stages"], {})
        row["counts"] = _unjson(row["counts"], {})
        return row

    def runs(self, limit: int = 20) -> list[dict]:
        return [self._run_row(r) for r in self.db["runs"].rows_where(order_by="id desc", limit=limit)]

    def set_stage(self, run_id: int, stage: str, status: str, **info: Any) -> None:
        """Record the outcome of one stage (crawl, check, score, report, notify) of a run."""
        with self.db.atomic():
            run = self.run(run_id)
            stages = run["stages"]
            stages[stage] = {"status": status, **info}
            self.db["runs"].update(run_id, {"stages": _json(stages)})

    def finish_run(self, run_id: int, status: str, error: str | None = None) -> None:
        with self.db.atomic():
            self.db["runs"].update(run_id, {"status": status, "finished_at": now_iso(), "error": error})

    def latest_run_id(self, *, complete: bool = True, with_stage: str | None = None) -> int | None:
        """The newest run; by default only a complete one, so a dead run never becomes 'the latest'."""
        where, params = ("status = ?", [vocab.RUN_COMPLETE]) if complete else (None, [])
        for row in self.db["runs"].rows_where(where, params, order_by="id desc"):
            if with_stage is None or _unjson(row["stages"], {}).get(with_stage, {}).get("status") == "ok":
                return row["id"]
        return None

    def previous_run_id(self, run_id: int, *, with_stage: str = "check") -> int | None:
        """The newest complete run before `run_id` that has findings: what reports compare against."""
        for row in self.db["runs"].rows_where(
            "id < ? and status = ?", [run_id, vocab.RUN_COMPLETE], order_by="id desc"
        ):
            if _unjson(row["stages"], {}).get(with_stage, {}).get("status") == "ok":
                return row["id"]
        return None

    def resolve_run(self, spec: str | int | None) -> int:
        """`latest`, None or an id, as the CLI's --run takes it; StoreError when there is none."""
        if spec in (None, "latest"):
            run_id = self.latest_run_id()
            if run_id is None:
                raise StoreError(f"{self.path}: no complete run yet")
            return run_id
        try:
            run_id = int(spec)
        except ValueError:
            raise StoreError(f"--run takes 'latest' or a run id, not {spec!r}") from None
        if self.run(run_id) is None:
            raise StoreError(f"{self.path}: no run {run_id}")
        return run_id

    def mark_dead_runs(self, alive: Iterable[int] = ()) -> list[int]:
        """Mark as failed every run still 'running' that is not in `alive` (called under the run lock,
        so no other run can be live). Their partial rows stay for inspection."""
        alive = set(alive)
        dead = [r["id"] for r in self.db["runs"].rows_where("status = ?", [vocab.RUN_RUNNING]) if r["id"] not in alive]
        with self.db.atomic():
            for run_id in dead:
                self.db["runs"].update(
                    run_id,
                    {
                        "status": vocab.RUN_FAILED,
                        "finished_at": now_iso(),
                        "error": "run ended without closing (killed or power loss); marked failed at next start",
                    },
                )
        return dead

    # ---------------------------------------------------------------- bodies of a run

    def save_run_bodies(self, run_id: int, bodies: Iterable[Any]) -> None:
        """Keep the registry as the run saw it, so a later registry edit cannot rewrite history."""
        rows = [
            {
                "run_id": run_id,
                "body_id": b.id,
                "name": b.name,
                "kind": b.kind,
                "urls": " ".join(b.urls),
                "parent": b.parent,
                "email": b.email,
                "extra": _json(b.extra or {}),
            }
            for b in bodies
        ]
        with self.db.atomic():
            self.db["run_bodies"].upsert_all(rows, pk=("run_id", "body_id"))

    def run_bodies(self, run_id: int) -> list[dict]:
        out = []
        for r in self.db["run_bodies"].rows_where("run_id = ?", [run_id], order_by="rowid"):
            r = dict(r)
            r["urls"] = r["urls"].split() if r["urls"] else []
            r["extra"] = _unjson(r["extra"], {})
            out.append(r)
        return out

    # ---------------------------------------------------------------- crawl

    def save_contents(self, rows: Iterable[dict]) -> None:
        """Insert extracted contents by hash; an existing hash is left as it is (same bytes, same text)."""
        prepared = [
            {
                "hash": r["hash"],
                "kind": r.get("kind"),
                "title": r.get("title"),
                "headings": _json(r.get("headings") or []),
                "links": _json(r.get("links") or []),
                "dates": _json(r.get("dates") or []),
                "text": r.get("text"),
                "meta": _json(r.get("meta") or {}),
                "extracted_at": now_iso(),
            }
            for r in rows
        ]
        # a scan read tonight replaces the row stored when its OCR was deferred (same bytes, new text)
        read = [r for r in prepared if '"ocr"' in r["meta"]]
        rest = [r for r in prepared if '"ocr"' not in r["meta"]]
        if prepared:
            with self.db.atomic():
                if rest:
                    self.db["contents"].insert_all(rest, pk="hash", ignore=True)
                if read:
                    self.db["contents"].upsert_all(read, pk="hash")

    def known_content(self, hash_: str) -> dict | None:
        """The stored extraction of `hash_` with its JSON columns decoded, or None: lets the crawl skip
        re-parsing a page or document whose bytes it has seen before (the nightly re-crawl's common case)."""
        # one plain primary-key query (rows_where would first read the table's schema, on every call)
        cur = self.db.conn.execute("select * from contents where hash = ?", [hash_])
        found = cur.fetchone()
        if found is None:
            return None
        row = dict(zip((d[0] for d in cur.description), found))
        for key, default in _CONTENT_JSON:
            row[key] = _unjson(row[key], default)
        return row

    def save_fetches(self, rows: Iterable[dict]) -> None:
        rows = list(rows)
        if rows:
            with self.db.atomic():
                self.db["fetches"].upsert_all(rows, pk=("run_id", "body_id", "url"), alter=False)

    def set_body_crawl(self, run_id: int, body_id: str, **row: Any) -> None:
        with self.db.atomic():
            self.db["body_crawls"].upsert({"run_id": run_id, "body_id": body_id, **row}, pk=("run_id", "body_id"))

    def close_unfinished_bodies(self, run_id: int, detail: str) -> list[str]:
        """Give every body of the run that has no crawl result one: unreachable with reason `error` (or
        `no-url` for a body without a site). For a crawl child that was killed or never got to a body,
        so a body is never left unjudgeable nor judged from no pages. Returns the bodies it closed."""
        done = set(self.body_crawls(run_id))
        closed = []
        for body in self.run_bodies(run_id):
            if body["body_id"] in done:
                continue
            reason = "error" if body["urls"] else "no-url"
            self.set_body_crawl(
                run_id,
                body["body_id"],
                status=vocab.CRAWL_UNREACHABLE,
                reason=reason,
                detail=detail if body["urls"] else vocab.UNREACHABLE_REASONS["no-url"],
                pages=0,
                documents=0,
                errors=0,
                bytes=0,
                cached=0,
                finished_at=now_iso(),
            )
            closed.append(body["body_id"])
        return closed

    def body_crawls(self, run_id: int) -> dict[str, dict]:
        return {r["body_id"]: dict(r) for r in self.db["body_crawls"].rows_where("run_id = ?", [run_id])}

    def snapshot(self, run_id: int, body_id: str) -> list[dict]:
        """Everything the crawl of `run_id` fetched for one body, each fetch joined with its content.

        This is what checks read. JSON columns come back decoded; `links` is a list of [text, url].
        """
        sql = """
            select f.*, c.kind, c.title, c.headings, c.links, c.dates, c.text, c.meta
            from fetches f left join contents c on c.hash = f.content_hash
            where f.run_id = ? and f.body_id = ? order by f.rowid
        """
        out = []
        for row in self.db.query(sql, [run_id, body_id]):
            for key, default in _CONTENT_JSON:
                row[key] = _unjson(row[key], default)
            out.append(row)
        return out

    def body_check_input(self, run_id: int, body_id: str) -> tuple[dict | None, list[dict]]:
        """A body's crawl result and its snapshot, read in one read transaction (a check worker reads
        them while the crawl child is still writing other bodies: both come from the same moment)."""
        self.db.execute("begin")
        try:
            rows = list(self.db["body_crawls"].rows_where("run_id = ? and body_id = ?", [run_id, body_id]))
            snap = self.snapshot(run_id, body_id)
        finally:
            self.db.execute("commit")
        return (dict(rows[0]) if rows else None), snap

    def fetch_keys(self, run_id: int) -> dict[str, list[tuple]]:
        """Each body's fetches of a run as (url, status, content_hash), in stored order: what a check
        read, to tell whether a body's crawl changed after it was checked (checks/pool.py)."""
        out: dict[str, list[tuple]] = {}
        sql = "select body_id, url, status, content_hash from fetches where run_id = ? order by rowid"
        for r in self.db.query(sql, [run_id]):
            out.setdefault(r["body_id"], []).append((r["url"], r["status"], r["content_hash"]))
        return out

    def content(self, hash_: str) -> dict | None:
        rows = list(self.db["contents"].rows_where("hash = ?", [hash_]))
        return rows[0] if rows else None
