"""Rendered requests go to scrapy-playwright's handler; every other request never meets it.

Installed as scrapy-playwright documents it (DOWNLOAD_HANDLERS for http and https), its handler sits on
every request of the crawl and starts the Playwright driver with the crawl; here that changed the order in
which a crawl's requests completed and kept a crawl stopped at its time limit from writing its bodies' states.
So Scrapy's own HTTP handler stays in place, and this downloader middleware hands only requests with meta
playwright=True to a scrapy-playwright handler, started at the first of them (the Playwright driver and
chromium then run until the crawl closes). Loaded only when [render] is on (crawler/render.py), and
scrapy-playwright (with Playwright and aiohttp, ~0.2 s) is imported at the first rendered request: most
crawls meet no app shell.
"""

from __future__ import annotations

import asyncio

from scrapy import signals


def _handler_class():
    from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

    class _Handler(ScrapyPlaywrightDownloadHandler):
        def _engine_started(self):
            return None  # started by the first rendered request instead

        async def _maybe_launch_in_thread(self) -> None:
            return None

    return _Handler


class RenderMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.handler = None
        self.lock = asyncio.Lock()
        crawler.signals.connect(self.spider_closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        if not request.meta.get("playwright"):
            return None
        async with self.lock:
            if self.handler is None:
                self.handler = _handler_class().from_crawler(self.crawler)
                await self.handler._launch()
        return await self.handler._download_request(request)

    async def spider_closed(self, spider):
        if self.handler is not None:
            await self.handler._close()
