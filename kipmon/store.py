"""The SQLite store: schema, migrations, writes and the read queries every layer needs.

This is the only module that imports sqlite-utils. The schema is documented in docs/schema.md for
people who open the file with `sqlite-utils` or Datasette.

Keys are deterministic, so runs can be compared: a run is an integer id, a fetch is (run, body, url),
a finding is (run, body, item), a score is (run, body). What a page says (its extracted title, links,
text) is kept once per content hash in `contents`, so an unchanged page costs one small `fetches` row
per night and stays available as evidence for as long as any run refers to it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from kipmon import vocab
from kipmon.errors import KipmonError


class StoreError(KipmonError):
    """The database cannot be opened or written; the message is one line for the user."""


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_key(data: bytes, url: str, *, url_bound: bool) -> str:
    """The key a fetched body's extraction is kept under in `contents`.

    A document's text is the same wherever it was found, so documents are kept once per byte hash. What
    a page or a feed says includes its links, resolved against the URL it was fetched from: the same
    bytes at another address (a site moved to https, a new port, a corrected registry row) link
    elsewhere, so their key covers the URL too. Otherwise a later run would read an earlier run's links
    and judge targets that it never fetched.
    """
    if not url_bound:
        return content_hash(data)
    return hashlib.sha256(url.encode("utf-8", "surrogatepass") + b"\n" + data).hexdigest()


migrations = Migrations("kipmon")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["runs"].create(
        {
            "id": int, "command": str, "status": str, "started_at": str, "finished_at": str,
            "as_of": str, "registry": str, "pid": int, "host": str,
            "stages": str,  # JSON: {stage: {"status": ..., "seconds": ..., "error": ...}}
            "counts": str,  # JSON: summary counts filled as stages finish
            "error": str,
        },
        pk="id",
    )
    db["run_bodies"].create(
        {"run_id": int, "body_id": str, "name": str, "kind": str, "urls": str, "parent": str,
         "email": str, "extra": str},
        pk=("run_id", "body_id"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["body_crawls"].create(
        {"run_id": int, "body_id": str, "status": str, "reason": str, "detail": str,
         "pages": int, "documents": int, "errors": int, "bytes": int, "cached": int,
         "started_at": str, "finished_at": str},
        pk=("run_id", "body_id"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["contents"].create(
        {"hash": str, "kind": str, "title": str, "headings": str, "links": str, "dates": str,
         "text": str, "meta": str, "extracted_at": str},
        pk="hash",
    )
    db["fetches"].create(
        {"run_id": int, "body_id": str, "url": str, "final_url": str, "status": int,
         "content_type": str, "fetched_at": str, "last_modified": str, "etag": str,
         "content_hash": str, "size": int, "error": str, "error_detail": str, "referer": str,
         "link_text": str, "depth": int, "source": str, "in_scope": int, "from_cache": int},
        pk=("run_id", "body_id", "url"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["fetches"].create_index(["content_hash"])
    db["findings"].create(
        {"run_id": int, "body_id": str, "item_id": str, "status": str, "machine_status": str,
         "evidence_url": str, "evidence_year": int, "evidence_hash": str, "detail": str,
         "reason": str, "rule_error": str, "verdict_id": int, "carried_from": int},
        pk=("run_id", "body_id", "item_id"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["scores"].create(
        {"run_id": int, "body_id": str, "kind": str, "score": float, "band": str,
         "assessed": int, "carried_from": int, "indicators": str, "path": str},
        pk=("run_id", "body_id"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["rollups"].create(
        {"run_id": int, "score": float, "band": str, "band_profile": str, "coverage": float,
         "bodies_assessed": int, "bodies_total": int, "parts": str, "path": str},
        pk="run_id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["verdicts"].create(
        {"id": int, "body_id": str, "item_id": str, "status": str, "note": str, "by": str,
         "created_at": str, "until": str, "evidence_hash": str, "revoked_at": str},
        pk="id",
    )
    db["verdicts"].create_index(["body_id", "item_id"])
    db["notices"].create(
        {"id": int, "run_id": int, "body_id": str, "kind": str, "digest": str, "recipient": str,
         "subject": str, "path": str, "created_at": str, "sent_at": str, "send_status": str,
         "error": str},
        pk="id",
    )
    db["notices"].create_index(["body_id", "digest"])


@migrations()
def m002_no_site_and_reasons(db: sqlite_utils.Database) -> None:
    """Why a body is not assessed (`no-url`, `unreachable`), and how many bodies have no known site."""
    db["scores"].add_column("reason", str)
    db["rollups"].add_column("bodies_no_site", int)


@migrations()
def m003_web_accounts(db: sqlite_utils.Database) -> None:
    """`kipmon serve`: reviewer accounts, log-in attempts (for the rate limit) and the app's settings
    (the session signing key), all owned by web/accounts.py."""
    db["users"].create(
        {"id": int, "name": str, "role": str, "password_hash": str, "disabled": int,
         "created_at": str, "updated_at": str},
        pk="id",
    )
    db["users"].create_index(["name"], unique=True)
    db["login_attempts"].create(
        {"id": int, "account": str, "address": str, "at": str, "ok": int}, pk="id",
    )
    db["login_attempts"].create_index(["at"])
    db["web_settings"].create({"key": str, "value": str}, pk="key")


@migrations()
def m004_fetch_filename(db: sqlite_utils.Database) -> None:
    """The file name a download endpoint gave in Content-Disposition belongs to the fetch (one URL's
    answer), not to the content: two URLs may serve the same bytes under different names."""
    db["fetches"].add_column("filename", str)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _unjson(value: str | None, default: Any = None) -> Any:
    return default if value in (None, "") else json.loads(value)


class Store:
    """One kipmon database file. Open it, use it, close it (or use it as a context manager).

    Two ways to open it:
    - `Store(path)`, the writer: creates the file, switches it to WAL and applies pending migrations.
      Only code that holds the run lock (kipmon/lock.py) opens it so (run, check, notify, the
      scheduler's jobs), so migrations run once, never two at a time on a new file.
    - `Store(path, create=False)`, a reader (report, export, status, verdicts, the crawl child whose
      parent holds the lock): never creates, never migrates and never changes the journal mode, so it
      cannot block a night run or race another opener. A file that is not yet a kipmon database, or
      one made by an older kipmon, is refused with one line.
    - `Store(path, readonly=True)`, a reader whose connection SQLite opens read-only (`mode=ro`): the
      web application's page reads, so no input can reach a write.
    """

    def __init__(self, path: str | os.PathLike, *, create: bool = True, readonly: bool = False):
        self.path = Path(path)
        create = create and not readonly
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file")
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no kipmon database here (run `kipmon run` first)")
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            if readonly:  # SQLite itself refuses writes on this connection (the web app's page reads)
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=30,
                                       isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            self.db = sqlite_utils.Database(conn)
            self.db.execute("PRAGMA busy_timeout=30000")
            if create:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    self.db.execute("PRAGMA journal_mode=WAL")  # kept in the file: readers need not set it
                self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            pending = migrations.pending(self.db)
            fresh = not migrations.applied(self.db)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc
        if pending and create:
            try:
                migrations.apply(self.db)
            except (sqlite3.Error, OSError) as exc:
                self.db.close()
                raise StoreError(f"{self.path}: cannot upgrade the database: {exc}") from exc
        elif pending:
            self.db.close()
            if fresh:
                raise StoreError(f"{self.path}: not a kipmon database yet (run `kipmon run` first)")
            raise StoreError(f"{self.path}: made by an older kipmon; the next `kipmon run` upgrades it")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ---------------------------------------------------------------- runs

    def start_run(self, command: str, *, as_of: str | None = None, registry: str | None = None) -> int:
        row = {
            "command": command, "status": vocab.RUN_RUNNING, "started_at": now_iso(),
            "as_of": as_of, "registry": registry, "pid": os.getpid(), "host": socket.gethostname(),
            "stages": "{}", "counts": "{}",
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
        dead = [r["id"] for r in self.db["runs"].rows_where("status = ?", [vocab.RUN_RUNNING])
                if r["id"] not in alive]
        with self.db.atomic():
            for run_id in dead:
                self.db["runs"].update(run_id, {
                    "status": vocab.RUN_FAILED, "finished_at": now_iso(),
                    "error": "run ended without closing (killed or power loss); marked failed at next start",
                })
        return dead

    # ---------------------------------------------------------------- bodies of a run

    def save_run_bodies(self, run_id: int, bodies: Iterable[Any]) -> None:
        """Keep the registry as the run saw it, so a later registry edit cannot rewrite history."""
        rows = [{
            "run_id": run_id, "body_id": b.id, "name": b.name, "kind": b.kind, "urls": " ".join(b.urls),
            "parent": b.parent, "email": b.email, "extra": _json(b.extra or {}),
        } for b in bodies]
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
        prepared = [{
            "hash": r["hash"], "kind": r.get("kind"), "title": r.get("title"),
            "headings": _json(r.get("headings") or []), "links": _json(r.get("links") or []),
            "dates": _json(r.get("dates") or []), "text": r.get("text"), "meta": _json(r.get("meta") or {}),
            "extracted_at": now_iso(),
        } for r in rows]
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
        rows = list(self.db["contents"].rows_where("hash = ?", [hash_]))
        if not rows:
            return None
        row = dict(rows[0])
        for key, default in (("headings", []), ("links", []), ("dates", []), ("meta", {})):
            row[key] = _unjson(row[key], default)
        return row

    def save_fetches(self, rows: Iterable[dict]) -> None:
        rows = list(rows)
        if rows:
            with self.db.atomic():
                self.db["fetches"].upsert_all(rows, pk=("run_id", "body_id", "url"), alter=False)

    def set_body_crawl(self, run_id: int, body_id: str, **row: Any) -> None:
        with self.db.atomic():
            self.db["body_crawls"].upsert({"run_id": run_id, "body_id": body_id, **row},
                                          pk=("run_id", "body_id"))

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
            for key, default in (("headings", []), ("links", []), ("dates", []), ("meta", {})):
                row[key] = _unjson(row[key], default)
            out.append(row)
        return out

    def content(self, hash_: str) -> dict | None:
        rows = list(self.db["contents"].rows_where("hash = ?", [hash_]))
        return rows[0] if rows else None

    # ---------------------------------------------------------------- findings and scores

    def save_findings(self, run_id: int, findings: Iterable[dict]) -> None:
        rows = [{"run_id": run_id, **f} for f in findings]
        with self.db.atomic():
            self.db["findings"].delete_where("run_id = ?", [run_id])
            if rows:
                self.db["findings"].insert_all(rows, pk=("run_id", "body_id", "item_id"), alter=True)

    def findings(self, run_id: int, body_id: str | None = None) -> list[dict]:
        where, params = "run_id = ?", [run_id]
        if body_id is not None:
            where, params = where + " and body_id = ?", params + [body_id]
        return [dict(r) for r in self.db["findings"].rows_where(where, params, order_by="rowid")]

    def save_scores(self, run_id: int, scores: Iterable[dict], rollup: dict | None) -> None:
        rows = []
        for s in scores:
            s = {"run_id": run_id, **s}
            for key in ("indicators", "path"):
                if key in s and not isinstance(s[key], str):
                    s[key] = _json(s[key])
            rows.append(s)
        with self.db.atomic():
            self.db["scores"].delete_where("run_id = ?", [run_id])
            self.db["rollups"].delete_where("run_id = ?", [run_id])
            if rows:
                self.db["scores"].insert_all(rows, pk=("run_id", "body_id"), alter=True)
            if rollup is not None:
                r = {"run_id": run_id, **rollup}
                for key in ("parts", "path"):
                    if key in r and not isinstance(r[key], str):
                        r[key] = _json(r[key])
                self.db["rollups"].insert(r, pk="run_id", alter=True)

    def scores(self, run_id: int) -> list[dict]:
        out = []
        for r in self.db["scores"].rows_where("run_id = ?", [run_id], order_by="rowid"):
            r = dict(r)
            r["indicators"] = _unjson(r.get("indicators"), {})
            r["path"] = _unjson(r.get("path"), [])
            r["assessed"] = bool(r["assessed"])
            out.append(r)
        return out

    def rollup(self, run_id: int) -> dict | None:
        rows = list(self.db["rollups"].rows_where("run_id = ?", [run_id]))
        if not rows:
            return None
        r = dict(rows[0])
        r["parts"] = _unjson(r.get("parts"), {})
        r["path"] = _unjson(r.get("path"), [])
        return r

    # ---------------------------------------------------------------- escape hatch for read queries

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        """A read query for reports and status pages that need a join not offered above."""
        return list(self.db.query(sql, list(params)))

    def execute_write(self, table: str, rows: Iterable[dict], *, pk: Any, replace: bool = False) -> None:
        """Batched upsert into one table inside a transaction (used by modules that own a table)."""
        rows = list(rows)
        if rows:
            with self.db.atomic():
                if replace:
                    self.db[table].insert_all(rows, pk=pk, replace=True, alter=True)
                else:
                    self.db[table].upsert_all(rows, pk=pk, alter=True)

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # ---- reports

    def report_runs(self, run_id: int, limit: int = 30) -> list[dict]:
        """`run_id` and the complete runs before it that have scores, oldest first: the x axis of the
        report's trend charts. `run_id` itself counts even while it is still running (reports are
        written before the run closes)."""
        rows = self.query(
            "select id, as_of, started_at, status from runs where id <= ? and (id = ? or status = ?)"
            " and exists (select 1 from scores s where s.run_id = runs.id)"
            " order by id desc limit ?",
            [run_id, run_id, vocab.RUN_COMPLETE, limit],
        )
        return rows[::-1]

    def score_history(self, run_ids: Iterable[int]) -> tuple[list[dict], list[dict]]:
        """(body scores, roll-ups) of the given runs: run_id, body_id, score, band, assessed."""
        ids = list(run_ids)
        if not ids:
            return [], []
        marks = ",".join("?" * len(ids))
        scores = self.query(
            f"select run_id, body_id, score, band, assessed from scores where run_id in ({marks})", ids)
        rollups = self.query(f"select run_id, score, band from rollups where run_id in ({marks})", ids)
        return scores, rollups

    def unreachable_streaks(self, run_id: int) -> dict[str, int]:
        """For each body unreachable in `run_id`: how many runs in a row (this one included, complete
        runs before it) its site could not be crawled. Runs that did not crawl the body are skipped."""
        rows = self.query(
            "select bc.run_id, bc.body_id, bc.status, bc.reason from body_crawls bc join runs r on r.id = bc.run_id"
            " where bc.run_id <= ? and (r.id = ? or r.status = ?) order by bc.run_id desc",
            [run_id, run_id, vocab.RUN_COMPLETE],
        )
        streaks: dict[str, int] = {}
        done: set[str] = set()
        for row in rows:
            body = row["body_id"]
            if body in done:
                continue
            if vocab.site_unreachable(row):
                if row["run_id"] == run_id or body in streaks:
                    streaks[body] = streaks.get(body, 0) + 1
                else:
                    done.add(body)
            else:
                done.add(body)
        return streaks

    def content_titles(self, hashes: Iterable[str]) -> dict[str, str]:
        """The extracted title of each evidence content hash that has one."""
        hashes = [h for h in set(hashes) if h]
        out: dict[str, str] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.query(f"select hash, title from contents where hash in ({marks})", chunk):
                if row["title"]:
                    out[row["hash"]] = row["title"]
        return out

    def verdicts_by_id(self, ids: Iterable[int]) -> dict[int, dict]:
        ids = [i for i in set(ids) if i is not None]
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {r["id"]: r for r in self.query(f"select * from verdicts where id in ({marks})", ids)}

    def add_notice(self, row: dict) -> int:
        """Log one notice (written, and perhaps sent); returns its id."""
        with self.db.atomic():
            return self.db["notices"].insert({"created_at": now_iso(), **row}).last_pk

    def update_notice(self, notice_id: int, **fields: Any) -> None:
        with self.db.atomic():
            self.db["notices"].update(notice_id, fields)

    def notices(self, run_id: int | None = None, body_id: str | None = None) -> list[dict]:
        where, params = [], []
        if run_id is not None:
            where.append("run_id = ?"), params.append(run_id)
        if body_id is not None:
            where.append("body_id = ?"), params.append(body_id)
        return [dict(r) for r in self.db["notices"].rows_where(" and ".join(where) or None, params,
                                                               order_by="id")]

    def last_notice(self, body_id: str, kind: str, *, before_run: int | None = None,
                    sent_only: bool = False, digest: str | None = None) -> dict | None:
        """The newest logged notice of one kind for one body (optionally only sent ones, only an
        earlier run's, only one with this digest)."""
        sql = "select * from notices where body_id = ? and kind = ?"
        params: list[Any] = [body_id, kind]
        if before_run is not None:
            sql, params = sql + " and run_id < ?", params + [before_run]
        if sent_only:
            sql += " and sent_at is not null and send_status = 'sent'"
        if digest is not None:
            sql, params = sql + " and digest = ?", params + [digest]
        rows = self.query(sql + " order by coalesce(sent_at, created_at) desc, id desc limit 1", params)
        return rows[0] if rows else None

    # ---- checks

    def add_verdict(self, row: dict) -> int:
        """Record a reviewer's verdict on one (body, item); returns its id."""
        with self.db.atomic():
            return self.db["verdicts"].insert({"created_at": now_iso(), **row}).last_pk

    def verdicts(self, *, body_id: str | None = None, include_revoked: bool = True) -> list[dict]:
        where, params = [], []
        if body_id is not None:
            where, params = where + ["body_id = ?"], params + [body_id]
        if not include_revoked:
            where.append("revoked_at is null")
        return [dict(r) for r in self.db["verdicts"].rows_where(" and ".join(where) or None, params,
                                                                order_by="id")]

    def verdict(self, verdict_id: int) -> dict | None:
        rows = list(self.db["verdicts"].rows_where("id = ?", [verdict_id]))
        return dict(rows[0]) if rows else None

    def revoke_verdict(self, verdict_id: int) -> bool:
        """Mark a verdict revoked (kept for the record); False when there is no such live verdict."""
        with self.db.atomic():
            v = self.verdict(verdict_id)
            if v is None or v["revoked_at"]:
                return False
            self.db["verdicts"].update(verdict_id, {"revoked_at": now_iso()})
            return True

    def latest_finding(self, body_id: str, item_id: str) -> dict | None:
        """The newest stored finding of one (body, item), from any run."""
        rows = self.query("select * from findings where body_id = ? and item_id = ? order by run_id desc limit 1",
                          [body_id, item_id])
        return rows[0] if rows else None

    def last_crawled_run(self, body_id: str, before_run_id: int) -> dict | None:
        """The newest run before `before_run_id` that crawled `body_id` (status ok) and has findings for it:
        {"run_id", "started_at", "as_of"}; None when there is none."""
        rows = self.query(
            """select r.id as run_id, r.started_at, r.as_of from runs r
               join body_crawls b on b.run_id = r.id and b.body_id = ? and b.status = 'ok'
               where r.id < ? and exists (select 1 from findings f where f.run_id = r.id and f.body_id = ?)
               order by r.id desc limit 1""", [body_id, before_run_id, body_id])
        return rows[0] if rows else None


# the crawl_jobs table's migration (m005) lives with its reads and writes; importing registers it
import kipmon.store_jobs  # noqa: E402,F401
