"""The crawl's HTTP cache file: one SQLite file of stored answers, apart from the kipmon database.

crawler/httpcache.py `SqliteCacheStorage` is the Scrapy side; this is its SQL. The cache only spares
bytes (a stored page is revalidated with a 304 each night), so a write may be lost in a crash: the
next night then fetches that page whole. Writes are therefore kept in memory and written in batches,
each one short transaction, so that two crawls sharing a cache folder (a Scrapyd node with several job
slots) wait for each other only briefly.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

FLUSH_EVERY = 200  # stored answers kept in memory before they are written
FLUSH_SECONDS = 5.0  # or this long since the last write, whichever first
BUSY_SECONDS = 60.0  # how long a write waits for another crawl's

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

Row = tuple  # (stored, url, status, headers, body, extra)


class HttpCacheFile:
    """One cache file, opened for one crawl (one thread: Scrapy's reactor)."""

    def __init__(self, path: str | Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), timeout=BUSY_SECONDS, isolation_level=None)
        self.db.execute("pragma journal_mode=wal")
        self.db.execute("pragma synchronous=normal")
        self.db.execute(_SCHEMA)
        self.puts: dict[str, Row] = {}  # whole answers not written yet
        self.refreshes: dict[str, tuple[float, bytes, bytes]] = {}  # (stored, headers, extra) of stored ones
        self.last_flush = time.monotonic()

    def get(self, key: str) -> Row | None:
        """(stored, url, status, headers, body, extra) of `key`, or None."""
        if key in self.puts:
            return self.puts[key]
        row = self.db.execute(
            "select stored, url, status, headers, body, extra from answers where key = ?", (key,)
        ).fetchone()
        if row is not None and key in self.refreshes:
            stored, headers, extra = self.refreshes[key]
            row = (stored, row[1], row[2], headers, row[4], extra)
        return row

    def put(self, key: str, url: str, status: int, headers: bytes, body: bytes, extra: bytes) -> None:
        self.refreshes.pop(key, None)
        self.puts[key] = (time.time(), url, status, headers, body, extra)
        self._wrote()

    def refresh(self, key: str, headers: bytes, extra: bytes) -> None:
        """After a 304: the stored answer's new headers and time, its body untouched."""
        if key in self.puts:
            _, url, status, _, body, _ = self.puts[key]
            self.puts[key] = (time.time(), url, status, headers, body, extra)
        else:
            self.refreshes[key] = (time.time(), headers, extra)
        self._wrote()

    def _wrote(self) -> None:
        if len(self.puts) + len(self.refreshes) >= FLUSH_EVERY or time.monotonic() - self.last_flush >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write what is kept in memory, in one transaction."""
        if self.puts or self.refreshes:
            with self.db:
                self.db.execute("begin immediate")
                self.db.executemany(
                    "insert or replace into answers (key, stored, url, status, headers, body, extra)"
                    " values (?, ?, ?, ?, ?, ?, ?)",
                    [(key, *row) for key, row in self.puts.items()],
                )
                self.db.executemany(
                    "update answers set stored = ?, headers = ?, extra = ? where key = ?",
                    [(*row, key) for key, row in self.refreshes.items()],
                )
            self.puts, self.refreshes = {}, {}
        self.last_flush = time.monotonic()

    def close(self) -> None:
        self.flush()
        self.db.close()
