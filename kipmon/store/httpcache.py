"""The crawl's HTTP cache file: one SQLite file of stored answers, apart from the kipmon database.

crawler/httpcache.py `SqliteCacheStorage` is the Scrapy side; this is its SQL. The cache only spares
bytes (a stored page is revalidated with a 304 each night), so a write may be lost in a crash: the
next night then fetches that page whole. Writes are therefore committed in batches, not one by one.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

COMMIT_EVERY = 500  # stored answers per transaction
COMMIT_SECONDS = 5.0  # or this long since the last commit, whichever first

_SCHEMA = """
create table if not exists answers (
    key text primary key,      -- Scrapy's request fingerprint (hex)
    stored real not null,      -- unix time of the last store (expiry)
    url text not null,         -- the answer's final URL
    status integer not null,
    headers blob not null,     -- raw HTTP header lines
    body blob not null,
    extra blob not null        -- the rest of Response.to_dict(), pickled (class, flags, encoding, ...)
)
"""


class HttpCacheFile:
    """One cache file, opened for one crawl (one thread: Scrapy's reactor)."""

    def __init__(self, path: str | Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("pragma journal_mode=wal")
        self.db.execute("pragma synchronous=normal")
        self.db.execute(_SCHEMA)
        self.pending = 0
        self.last_commit = time.monotonic()
        self.db.execute("begin")

    def get(self, key: str) -> tuple[float, str, int, bytes, bytes, bytes] | None:
        """(stored, url, status, headers, body, extra) of `key`, or None."""
        return self.db.execute(
            "select stored, url, status, headers, body, extra from answers where key = ?", (key,)
        ).fetchone()

    def put(self, key: str, url: str, status: int, headers: bytes, body: bytes, extra: bytes) -> None:
        self.db.execute(
            "insert or replace into answers (key, stored, url, status, headers, body, extra) values (?, ?, ?, ?, ?, ?, ?)",
            (key, time.time(), url, status, headers, body, extra),
        )
        self._wrote()

    def refresh(self, key: str, headers: bytes, extra: bytes) -> bool:
        """After a 304: the stored answer's new headers and time, its body untouched. False when `key`
        is not stored (then put() it whole)."""
        cur = self.db.execute(
            "update answers set stored = ?, headers = ?, extra = ? where key = ?", (time.time(), headers, extra, key)
        )
        self._wrote()
        return cur.rowcount > 0

    def _wrote(self) -> None:
        self.pending += 1
        if self.pending >= COMMIT_EVERY or time.monotonic() - self.last_commit >= COMMIT_SECONDS:
            self.db.execute("commit")
            self.db.execute("begin")
            self.pending = 0
            self.last_commit = time.monotonic()

    def close(self) -> None:
        self.db.execute("commit")
        self.db.close()
