"""The one item pipeline: crawl results into the store, in batches, inside transactions.

Items are {"fetch": row, "content": extracted-or-None}. Rows are flushed every BATCH items and at
close, so a crawl killed mid-way keeps all but the last few rows. At close the pipeline writes each
body's crawl status and counts (from the spider's per-body state).

When the database cannot be opened or written (unwritable path, full disk, a corrupt file), the
pipeline records the reason once (stats `kipmon_fatal`, the log, and the file named by the
KIPMON_FATAL_FILE setting, which the parent process reads), and stops the crawl: the child process
then exits non-zero (crawler/run.py), and the run fails with that one line instead of crawling on
into nothing.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from scrapy.utils.defer import deferred_from_coro

from kipmon.store import Store, StoreError, now_iso

logger = logging.getLogger(__name__)

BATCH = 50
FLUSH_SECONDS = 5.0


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.fatal: str | None = None
        self.fetches: list[dict] = []
        self.contents: dict[str, dict] = {}
        self.last_flush = time.monotonic()
        try:
            self.store: Store | None = Store(crawler.settings.get("KIPMON_DB"), create=False)  # the parent created and migrated it
        except StoreError as exc:
            self.store = None
            self._fail(str(exc))

    def _fail(self, reason: str) -> None:
        """Record the first fatal store error and stop the crawl (nothing more can be kept)."""
        if self.fatal:
            return
        self.fatal = reason
        self.crawler.stats.set_value("kipmon_fatal", reason)
        logger.error("kipmon: the crawl stops: %s", reason)
        fatal_file = self.crawler.settings.get("KIPMON_FATAL_FILE")
        if fatal_file:
            try:
                Path(fatal_file).write_text(reason + "\n", encoding="utf-8")
            except OSError:
                pass
        try:
            running = self.crawler.engine is not None and self.crawler.spider is not None
        except RuntimeError:  # Scrapy >= 2.19 before the crawl starts: open_spider() stops it instead
            running = False
        if running:
            self._stop()

    def _stop(self) -> None:
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="kipmon_fatal"))

    def open_spider(self):
        if self.fatal:  # the store could not even be opened: stop before the first request
            self._stop()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("KIPMON_DB"):  # no local store (a job daemon's node): records go to the feed
            from crawler.feed import FeedPipeline

            return FeedPipeline(crawler)
        return cls(crawler)

    def process_item(self, item):
        if self.fatal or "fetch" not in item:  # a body_done marker: results are written at close
            return item
        self.fetches.append(item["fetch"])
        content = item.get("content")
        if content and content.get("hash"):
            self.contents.setdefault(content["hash"], content)
        if len(self.fetches) >= BATCH or time.monotonic() - self.last_flush > FLUSH_SECONDS:
            self.flush()
        return item

    def flush(self) -> None:
        if self.fatal or self.store is None:
            return
        try:
            # contents first: a fetch row never points at a hash that is not stored
            self.store.save_contents(self.contents.values())
            self.store.save_fetches(self.fetches)
        except (sqlite3.Error, StoreError, OSError) as exc:
            self._fail(f"{self.store.path}: cannot write the database: {exc}")
            return
        self.fetches, self.contents = [], {}
        self.last_flush = time.monotonic()

    def close_spider(self):
        self.flush()
        if self.fatal or self.store is None:
            if self.store is not None:
                self.store.close()
            return
        try:
            self._write_body_crawls()
        except (sqlite3.Error, StoreError, OSError) as exc:
            self._fail(f"{self.store.path}: cannot write the database: {exc}")
        self.store.close()

    def _write_body_crawls(self) -> None:
        spider = self.crawler.spider
        for st in spider.states.values():
            self.store.set_body_crawl(spider.run_id, st.body.id, **body_crawl(spider, st))


INTERRUPTED = "perayapan terputus sebelum selesai (dihentikan atau dibatalkan)"


def body_crawl(spider, st) -> dict:
    """One body's crawl result as a `body_crawls` row (without run and body ids). A body whose crawl
    did not finish (stopped, cancelled) is unreachable with reason `error`: judging it from part of
    its pages would turn what was not fetched into false `missing` findings."""
    status, reason, detail = st.crawl_status()
    if status == "ok" and not spider.finished(st):
        status, reason, detail = "unreachable", "error", INTERRUPTED
    elif status == "ok":
        notes = []
        if st.over_budget:
            notes.append(f"batas {spider.page_budget} halaman tercapai; {st.over_budget} tautan tidak diambil")
        if st.chain_cut:
            notes.append(f"{st.chain_cut} tautan berantai (kalender, halaman berikutnya) dipotong")
        detail = "; ".join(notes) or None
    return {"status": status, "reason": reason, "detail": detail, "pages": st.pages, "documents": st.documents,
            "errors": st.errors, "bytes": st.bytes, "cached": st.cached, "started_at": st.started_at,
            "finished_at": now_iso()}
