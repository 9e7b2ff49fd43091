"""Opening the database file, and the small helpers every part of the store shares.

`Store` (kipmon/store/__init__.py) is this connection plus one mixin per group of tables; this module
knows nothing of the tables themselves (kipmon/store/schema.py creates them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils

from kipmon.errors import KipmonError
from kipmon.store.schema import migrations


class _Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost atomic() block takes the write lock when it begins
    (BEGIN IMMEDIATE). With a plain BEGIN a block that reads before it writes fails at once with
    "database is locked" when another process wrote in between (WAL cannot upgrade a stale read
    snapshot, and the busy timeout is not consulted); crawl children and check workers write one file."""

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic() as db:  # a savepoint inside the outer block
                yield db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


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


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _unjson(value: str | None, default: Any = None) -> Any:
    return default if value in (None, "") else json.loads(value)


def _marks(values: list) -> str:
    """`?,?,?` for an `in (...)` of these values."""
    return ",".join("?" * len(values))


class Connection:
    """One kipmon database file. Open it, use it, close it (or use it as a context manager).

    Three ways to open it:
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
                conn = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro",
                    uri=True,
                    timeout=30,
                    isolation_level=None,
                    check_same_thread=False,
                )
            else:
                conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            self.db = _Database(conn)
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

    def __enter__(self):
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # ---- escape hatches for tests, benches and a person at a prompt; product code asks a named method
    # (tests/test_sql_home.py fails when a module outside kipmon/store/ runs SQL)

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        """Rows of one read query, as dicts."""
        return list(self.db.query(sql, list(params)))

    def execute_write(self, table: str, rows: Iterable[dict], *, pk: Any, replace: bool = False) -> None:
        """Batched upsert into one table inside a transaction."""
        rows = list(rows)
        if rows:
            with self.db.atomic():
                if replace:
                    self.db[table].insert_all(rows, pk=pk, replace=True, alter=True)
                else:
                    self.db[table].upsert_all(rows, pk=pk, alter=True)
