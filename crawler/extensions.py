"""The crawl's store, as a Scrapy extension: opened once, read by the spider (extractions it already
has), written by the pipeline (fetches and contents), and at close it writes each body's crawl
result (`body_crawls`), which only the spider's per-body state knows.

When the database cannot be opened or written (unwritable path, full disk, a corrupt file), it
records the reason once (stats `kipmon_fatal`, the log, and the file named by the KIPMON_FATAL_FILE
setting, which the parent process reads) and stops the crawl: the child process then exits non-zero
(crawler/run.py), and the run fails with that one line instead of crawling on into nothing.

Without KIPMON_DB (a job daemon's node) there is no store: the feed pipeline (crawler/feed.py) sends
the same body results as feed records.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from kipmon import vocab
from kipmon.store import Store, StoreError, now_iso

logger = logging.getLogger(__name__)

INTERRUPTED = "perayapan terputus sebelum selesai (dihentikan atau dibatalkan)"


def body_crawl(spider, st) -> dict:
    """One body's crawl result as a `body_crawls` row (without run and body ids). A body whose crawl
    did not finish (stopped, cancelled) is unreachable with reason `error`: judging it from part of
    its pages would turn what was not fetched into false `missing` findings."""
    status, reason, detail = st.crawl_status()
    if status == vocab.CRAWL_OK and not spider.finished(st):
        status, reason, detail = vocab.CRAWL_UNREACHABLE, "error", INTERRUPTED
    elif status == vocab.CRAWL_OK:
        notes = []
        if st.over_budget:
            notes.append(f"batas {spider.page_budget} halaman tercapai; {st.over_budget} tautan tidak diambil")
        if st.chain_cut:
            notes.append(f"{st.chain_cut} tautan berantai (kalender, halaman berikutnya) dipotong")
        detail = "; ".join(notes) or None
    return {
        "status": status,
        "reason": reason,
        "detail": detail,
        "pages": st.pages,
        "documents": st.documents,
        "errors": st.errors,
        "bytes": st.bytes,
        "cached": st.cached,
        "started_at": st.started_at,
        "finished_at": now_iso(),
    }


class CrawlStore:
    """The one Store of a crawl child (KIPMON_DB; the parent created and migrated it)."""

    def __init__(self, crawler, db: str):
        self.crawler = crawler
        self.fatal: str | None = None
        self.store: Store | None = None
        try:
            self.store = Store(db, create=False)
        except StoreError as exc:
            self.fail(str(exc))
        crawler.signals.connect(self._opened, signal=signals.spider_opened)
        crawler.signals.connect(self._closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        db = crawler.settings.get("KIPMON_DB")
        if not db:
            raise NotConfigured("no local store: results go to the feed (crawler/feed.py)")
        return cls(crawler, db)

    def fail(self, reason: str) -> None:
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
        except RuntimeError:  # Scrapy >= 2.19 before the crawl starts: _opened() stops it instead
            running = False
        if running:
            self._stop()

    def write(self, what, *args) -> bool:
        """Call a Store write method; False (and the crawl stopping) when the database refuses it."""
        if self.fatal or self.store is None:
            return False
        try:
            what(self.store, *args)
        except (sqlite3.Error, StoreError, OSError) as exc:
            self.fail(f"{self.store.path}: cannot write the database: {exc}")
            return False
        return True

    def _stop(self) -> None:
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="kipmon_fatal"))

    def _opened(self) -> None:
        if self.fatal:  # the store could not even be opened: stop before the first request
            self._stop()

    def _closed(self, spider) -> None:
        """After the pipeline's last batch: each body's crawl result, then the store is closed."""
        if self.store is None:
            return
        if not self.fatal and hasattr(spider, "states"):
            self.write(_write_body_crawls, spider)
        self.store.close()


def _write_body_crawls(store: Store, spider) -> None:
    for st in spider.states.values():
        store.set_body_crawl(spider.run_id, st.body.id, **body_crawl(spider, st))
