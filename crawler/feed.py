"""Feed mode: without a local store, the crawl's results become records of Scrapy's feed (`-o feed.jl`,
or a job daemon's items feed), for `kipmon ingest` (crawler/ingest.py) to store centrally.

Records, one JSON object a line (docs/feed.md has examples):
    job-start  once, first: run id, kipmon's version, the job's bodies
    fetch      every fetch row, with its extracted content the first time this job meets that hash
    body       one body's crawl result, as soon as its last request is answered (or at the end)
    job-end    once, last: which bodies finished and which were interrupted

A feed without its job-end record was cut short (the job was killed, the node died): ingest refuses it.
"""

from __future__ import annotations

from scrapy import signals

from crawler.extensions import body_crawl
from kipmon import __version__
from kipmon.store import now_iso

FEED_FORMAT = 1


class FeedPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.sent_contents: set[str] = set()
        self.reported: set[str] = set()  # bodies whose `body` record is written
        self.fetches = 0
        # after the feed exporter's own spider_opened handler (extensions connect before pipelines)
        crawler.signals.connect(self._job_start, signal=signals.spider_opened)

    @property
    def spider(self):
        return self.crawler.spider

    def _emit(self, record: dict) -> None:
        """A record outside the flow of the spider's items (start and end): straight to the feeds."""
        self.crawler.signals.send_catch_log(signal=signals.item_scraped, item=record, response=None, spider=self.spider)

    def _job_start(self) -> None:
        self._emit(
            {
                "record": "job-start",
                "format": FEED_FORMAT,
                "run_id": self.spider.run_id,
                "kipmon": __version__,
                "bodies": sorted(self.spider.states),
                "started_at": now_iso(),
                "job": getattr(self.spider.job, "ref", None),
            }
        )

    def process_item(self, item):
        if "body_done" in item:
            return self._body(self.spider.states[item["body_done"]])
        content = item.get("content")
        digest = content.get("hash") if content else None
        if digest in self.sent_contents:
            content = None  # already in this feed: the fetch row's content_hash points at it
        elif digest:
            self.sent_contents.add(digest)
        self.fetches += 1
        return {"record": "fetch", "run_id": self.spider.run_id, "fetch": item["fetch"], "content": content}

    def _body(self, st) -> dict:
        self.reported.add(st.body.id)
        return {
            "record": "body",
            "run_id": self.spider.run_id,
            "body_id": st.body.id,
            "outcome": "done" if self.spider.finished(st) else "interrupted",
            "crawl": body_crawl(self.spider, st),
        }

    def close_spider(self):
        spider = self.spider
        # bodies without a last answer: those with nothing to fetch, and those the stop cut short
        for body_id, st in spider.states.items():
            if body_id not in self.reported:
                self._emit(self._body(st))
        finished = sorted(b for b, st in spider.states.items() if spider.finished(st))
        self._emit(
            {
                "record": "job-end",
                "format": FEED_FORMAT,
                "run_id": spider.run_id,
                "kipmon": __version__,
                "finished": finished,
                "interrupted": sorted(set(spider.states) - set(finished)),
                "fetches": self.fetches,
                "ended_at": now_iso(),
            }
        )
