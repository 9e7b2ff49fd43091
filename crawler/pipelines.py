"""The one item pipeline: fetches and their contents into the store, in batches, inside transactions.

Items are {"fetch": row, "content": extracted-or-None}. Rows are flushed every BATCH items and at
close, so a crawl killed mid-way keeps all but the last few rows. When a body's last request is done
(the spider's {"body_done": id} marker) its rows are flushed and its crawl result written at once, and
the progress pipe says `stored`: the parent may check that body while the crawl goes on (checks/pool.py). The store is the crawl's one Store
(crawler/extensions.py, which also writes each body's crawl result at close and stops the crawl when
the database refuses a write). Without a local store (KIPMON_DB unset) the items become feed records
instead (crawler/feed.py).
"""

from __future__ import annotations

import time

from crawler.extensions import CrawlStore, body_crawl

BATCH = 50
FLUSH_SECONDS = 5.0


class StorePipeline:
    def __init__(self, crawl_store: CrawlStore, crawler=None):
        self.crawl_store = crawl_store
        self.crawler = crawler
        self.fetches: list[dict] = []
        self.contents: dict[str, dict] = {}
        self.last_flush = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("KIPMON_DB"):  # no local store (a job daemon's node): records go to the feed
            from crawler.feed import FeedPipeline

            return FeedPipeline(crawler)
        return cls(crawler.get_extension(CrawlStore), crawler)

    def process_item(self, item):
        if self.crawl_store.fatal:
            return item
        if "body_done" in item:
            self.body_done(item["body_done"])
            return item
        if "fetch" not in item:
            return item
        self.fetches.append(item["fetch"])
        content = item.get("content")
        if content and content.get("hash"):
            self.contents.setdefault(content["hash"], content)
        if len(self.fetches) >= BATCH or time.monotonic() - self.last_flush > FLUSH_SECONDS:
            self.flush()
        return item

    def body_done(self, body_id: str) -> None:
        """A body's last request is done: its rows and its crawl result now (written again at close, with
        the same values unless the crawl was cut short), then the `stored` progress event."""
        spider = self.crawler.spider if self.crawler is not None else None
        st = getattr(spider, "states", {}).get(body_id)
        if st is None:
            return
        self.flush()
        if self.crawl_store.write(_save_body_crawl, spider, st):
            spider.progress.stored(st)

    def flush(self) -> None:
        # contents first: a fetch row never points at a hash that is not stored
        if self.crawl_store.write(_save, list(self.contents.values()), self.fetches):
            self.fetches, self.contents = [], {}
            self.last_flush = time.monotonic()

    def close_spider(self):
        self.flush()


def _save_body_crawl(store, spider, st) -> None:
    store.set_body_crawl(spider.run_id, st.body.id, **body_crawl(spider, st))


def _save(store, contents: list[dict], fetches: list[dict]) -> None:
    store.save_contents(contents)
    store.save_fetches(fetches)
