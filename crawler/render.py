"""Rendering app-shell pages (crawler/appshell.py) in Debian's headless chromium through scrapy-playwright.

Only a page found to be a shell after its plain fetch is requested again with meta playwright=True; every
other request goes through Scrapy's own HTTP handler: a downloader middleware hands only the rendered ones to
scrapy-playwright, whose driver and chromium start at the first of them (crawler/render_handler.py).
Playwright's own browser download is never used: the executable is [render] chromium (/usr/bin/chromium).
Budgets: [render] pages_per_body and seconds_per_night (rendering takes about a second a page).
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

# What the browser need not fetch to build the DOM: its text and links do not depend on these
SKIPPED_RESOURCES = ("image", "media", "font", "stylesheet")


def status(cfg: dict) -> tuple[bool, str]:
    """(on, why not): whether scrapy-playwright and the configured chromium are both here."""
    # found, not imported: importing them costs ~0.4 s, paid by the crawl child at its first rendered page
    if importlib.util.find_spec("playwright") is None or importlib.util.find_spec("scrapy_playwright") is None:
        return False, "paket Python scrapy-playwright tidak terpasang (pip install scrapy-playwright playwright)"
    exe = str(cfg.get("chromium") or "/usr/bin/chromium")
    found = shutil.which(exe) if not Path(exe).is_absolute() else (exe if Path(exe).is_file() else None)
    if not found:
        return False, f"peramban {exe} tidak ditemukan (apt-get install chromium)"
    return True, found


def scrapy_settings(cfg: dict, executable: str) -> dict:
    """Settings that route rendered requests to scrapy-playwright (it needs Scrapy's default asyncio reactor)."""
    ms = int(float(cfg.get("seconds_per_page", 20)) * 1000)
    return {
        "KIPMON_RENDER_MIDDLEWARE": True,
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": executable,
            "headless": True,
            "args": ["--no-sandbox", "--disable-dev-shm-usage"],
        },
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": max(1, int(cfg.get("concurrency", 2))),
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": ms,
        "PLAYWRIGHT_ABORT_REQUEST": "crawler.render.skip_resource",
    }


def skip_resource(request) -> bool:
    return request.resource_type in SKIPPED_RESOURCES


def page_methods(cfg: dict) -> list:
    """Wait until the page's API calls have answered (no request for 500 ms), as a reader would."""
    from scrapy_playwright.page import PageMethod

    ms = int(float(cfg.get("seconds_per_page", 20)) * 1000)
    return [PageMethod("wait_for_load_state", "networkidle", timeout=ms)]
