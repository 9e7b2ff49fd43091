"""scrapy-playwright's download handler, started at the first rendered page instead of at engine start.

Its own handler starts the Playwright driver (a Node process) when the crawl starts and stops it at the end:
about 3-4 s on every crawl here, most of which meet no app shell. This one starts it only when a request
with meta playwright=True arrives; other requests go to Scrapy's HTTP handler as before.
Imported by Scrapy only when [render] is on (crawler/render.py), so scrapy-playwright stays optional.
"""

from __future__ import annotations

import asyncio

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler


class LazyPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    def _engine_started(self):
        return None

    async def _maybe_launch_in_thread(self) -> None:
        return None

    async def _download_request(self, request, spider=None):
        if not hasattr(self, "_kipmon_started"):
            self._kipmon_started = asyncio.Lock()
        async with self._kipmon_started:
            if getattr(self, "browser_provider", None) is None:
                await self._maybe_future_from_coro(self._launch())
        return await super()._download_request(request, spider)
