"""The one item pipeline: fetches and their contents into the store, in batches, inside transactions.

Items are {"fetch": row, "content": extracted-or-None}. Rows are flushed every BATCH items and at
close, so a crawl killed mid-way keeps all but the last few rows. The store is the crawl's one Store
(crawler/extensions.py, which also writes each body's crawl result at close and stops the crawl when
the database refuses a write). Without a local store (KIPMON_DB unset) the items become feed records
instead (crawler/feed.py).
"""

from __future__ import annotations

import time

from crawler.extensions import CrawlStore

BATCH = 50
FLUSH_SECONDS = 5.0


class StorePipeline:
    def __init__(self, crawl_store: CrawlStore):
        self.crawl_store = crawl_store
        self.fetches: list[dict] = []
        self.contents: dict[str, dict] = {}
        self.last_flush = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("KIPMON_DB"):  # no local store (a job daemon's node): records go to the feed
            from crawler.feed import FeedPipeline

            return FeedPipeline(crawler)
        return cls(crawler.get_extension(CrawlStore))

    def process_item(self, item):
        if self.crawl_store.fatal or "fetch" not in item:  # a body_done marker: results are written at close
            return item
        self.fetches.append(item["fetch"])
        content = item.get("content")
        if content and content.get("hash"):
            self.contents.setdefault(content["hash"], content)
        if len(self.fetches) >= BATCH or time.monotonic() - self.last_flush > FLUSH_SECONDS:
            self.flush()
        return item

    def flush(self) -> None:
        # contents first: a fetch row never points at a hash that is not stored
        if self.crawl_store.write(_save, list(self.contents.values()), self.fetches):
            self.fetches, self.contents = [], {}
            self.last_flush = time.monotonic()

    def close_spider(self):
        self.flush()


def _save(store, contents: list[dict], fetches: list[dict]) -> None:
    store.save_contents(contents)
    store.save_fetches(fetches)
