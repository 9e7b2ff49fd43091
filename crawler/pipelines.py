"""The one item pipeline: crawl results into the store, in batches, inside transactions.

Items are {"fetch": row, "content": extracted-or-None}. Rows are flushed every BATCH items and at
close, so a crawl killed mid-way keeps all but the last few rows. At close the pipeline writes each
body's crawl status and counts (from the spider's per-body state).
"""

from __future__ import annotations

import time

from kipmon.store import Store, now_iso

BATCH = 50
FLUSH_SECONDS = 5.0


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.store = Store(crawler.settings.get("KIPMON_DB"))
        self.fetches: list[dict] = []
        self.contents: dict[str, dict] = {}
        self.last_flush = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        self.fetches.append(item["fetch"])
        content = item.get("content")
        if content and content.get("hash"):
            self.contents.setdefault(content["hash"], content)
        if len(self.fetches) >= BATCH or time.monotonic() - self.last_flush > FLUSH_SECONDS:
            self.flush()
        return item

    def flush(self) -> None:
        # contents first: a fetch row never points at a hash that is not stored
        self.store.save_contents(self.contents.values())
        self.store.save_fetches(self.fetches)
        self.fetches, self.contents = [], {}
        self.last_flush = time.monotonic()

    def close_spider(self):
        self.flush()
        spider = self.crawler.spider
        for st in spider.states.values():
            status, reason, detail = st.crawl_status()
            if status == "ok" and st.over_budget:
                detail = f"batas {spider.page_budget} halaman tercapai; {st.over_budget} tautan tidak diambil"
            self.store.set_body_crawl(
                spider.run_id, st.body.id, status=status, reason=reason, detail=detail,
                pages=st.pages, documents=st.documents, errors=st.errors, bytes=st.bytes,
                cached=st.cached, started_at=st.started_at, finished_at=now_iso(),
            )
        self.store.close()
