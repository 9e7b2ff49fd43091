"""Scrapy settings for kipmon's crawl. Values a user may change come from kipmon's config
(kipmon/default_config.toml, [crawl], [ocr], [render]) through `crawl_settings()`, here with the
shipped defaults and per run with the user's config through `settings_for()`; the rest is fixed here
with the reason.
"""

from __future__ import annotations

import os

from scrapy.settings import default_settings as _scrapy_defaults

from kipmon.config import defaults as _kipmon_defaults

BOT_NAME = "kipmon"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

COOKIES_ENABLED = False  # session cookies only create URL/session variants
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote control: an HTTP endpoint that runs code sent to the crawl (for Scrapy's MCP
# server). kipmon stops a crawl with SIGTERM and needs none of it.
REMOTE_CONTROL_ENABLED = False
# Scrapy imports every component its settings name, even one that is off or set to None in EXTENSIONS
# or DOWNLOADER_MIDDLEWARES; so the two that are off here leave its base lists instead. Their imports
# (aiohttp; tldextract and requests) cost a crawl child ~0.4 s.
EXTENSIONS_BASE = {
    k: v for k, v in _scrapy_defaults.EXTENSIONS_BASE.items() if k != "scrapy.extensions.remote_control.RemoteControl"
}
DOWNLOADER_MIDDLEWARES_BASE = {  # cookies are off (COOKIES_ENABLED)
    k: v
    for k, v in _scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE.items()
    if k != "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"
}
REDIRECT_MAX_TIMES = 5
DNS_TIMEOUT = 15
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 10
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_ENABLED = True
DOWNLOAD_WARNSIZE = 0
DEPTH_LIMIT = 0  # the spider applies kipmon's own depth limit per body
DEPTH_STATS_VERBOSE = False
# Scrapy starts this many tasks for the output of every response, whatever its size; a callback here
# yields one item and its requests, so a small number spares about a million asyncio tasks a night.
CONCURRENT_ITEMS = 8
REACTOR_THREADPOOL_MAXSIZE = 4  # document extraction runs in threads (pypdf), off the reactor

# The HTTP cache with the RFC 2616 policy turns a nightly re-crawl of an unchanged site into
# conditional requests (If-None-Match / If-Modified-Since) answered with 304.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "crawler.httpcache.RevalidatingPolicy"  # a stored page stands only on a 304
HTTPCACHE_STORAGE = "crawler.httpcache.SqliteCacheStorage"  # one file, not seven per page (crawler/httpcache.py)
HTTPCACHE_ALWAYS_STORE = True  # store pages without cache headers too, so they can be revalidated
HTTPCACHE_IGNORE_HTTP_CODES = list(range(400, 600))
HTTPCACHE_GZIP = False  # compressing every response cost more CPU than the disk it saves
# Scrapy's own cache middleware answers a failed request with the stored response; this one does not
# (crawler/httpcache.py): a site that is down tonight must not look as it did last night.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
    "crawler.httpcache.TruthfulCacheMiddleware": 900,
    # a PDF whose first bytes look like text is handed on as bytes, before the cache stores it
    # (crawler/plainbytes.py): else storing it runs charset detection over the whole file
    "crawler.plainbytes.PlainBytesMiddleware": 910,
}
# Revalidate every cached page on every run. Without this, RFC2616Policy's heuristic (a tenth of the
# time since Last-Modified) serves a page modified a month ago from the cache for three days without
# asking the server, so a page changed last night would go unseen. `max-age=0` on the request makes
# each cached page stale at once: the cache sends its validators and the server answers 304.
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en",
    "Cache-Control": "max-age=0",
}

ITEM_PIPELINES = {"crawler.pipelines.StorePipeline": 300}
EXTENSIONS = {"crawler.extensions.CrawlStore": 100}  # the store, and each body's crawl result at close
LOG_LEVEL = "WARNING"
# Every failed fetch is a row in the store with its reason; the log need not repeat each one.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"


def crawl_settings(cfg: dict) -> dict:
    """The Scrapy settings a user may change, from kipmon's config: [crawl] (CONCURRENT_REQUESTS_PER_DOMAIN
    is per host name; Scrapy 2.14+ deprecates the per-IP limit), [ocr] and [render]."""
    c = cfg["crawl"]
    return {
        "USER_AGENT": c["user_agent"].format(contact=c["contact"]),
        "ROBOTSTXT_OBEY": bool(c["obey_robots"]),
        "AUTOTHROTTLE_ENABLED": bool(c["autothrottle"]),
        "CONCURRENT_REQUESTS": int(c["concurrent_requests"]),
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(c["concurrent_per_domain"]),
        "DOWNLOAD_DELAY": float(c["download_delay"]),
        "DOWNLOAD_TIMEOUT": float(c["download_timeout"]),
        "RETRY_TIMES": int(c["retry_times"]),
        "DOWNLOAD_MAXSIZE": int(c["max_document_bytes"]),
        "KIPMON_PAGE_BUDGET": int(c["page_budget"]),
        "KIPMON_DEPTH_LIMIT": int(c["depth_limit"]),
        "KIPMON_TEMPLATE_BUDGET": int(c["template_budget"]),
        "KIPMON_TEXT_CHARS": int(c["text_chars"]),
        "KIPMON_PDF_PAGES": int(c["pdf_pages"]),
        "KIPMON_OCR": dict(cfg["ocr"]),
        "KIPMON_RENDER": dict(cfg["render"]),
    }


# The shipped defaults, for a crawl started without settings_for() (they are kipmon's, not Scrapy's)
globals().update(crawl_settings(_kipmon_defaults()))


def settings_for(
    cfg: dict, *, db: str, run_id: int, registry, only: str | None, httpcache_dir: str | None, loaded=None
) -> dict:
    """Per-run Scrapy settings from kipmon's config. `registry` is the registry file, or its bodies
    when the caller has loaded it already (the per-server download slots come from all of them);
    `loaded`: the file's bodies, when the caller has read the file `registry` names."""
    from crawler.slots import download_slots
    from kipmon.registry import load_registry

    c = cfg["crawl"]
    out = {
        **crawl_settings(cfg),
        "KIPMON_DB": db,
        "KIPMON_RUN_ID": run_id,
        "KIPMON_REGISTRY": str(registry) if isinstance(registry, (str, os.PathLike)) else "",
        "KIPMON_ONLY": only or "",
    }
    if loaded is not None:
        bodies = loaded
    else:
        bodies = load_registry(registry) if isinstance(registry, (str, os.PathLike)) else registry
    urls = [u for b in bodies for u in b.urls]
    out["DOWNLOAD_SLOTS"] = download_slots(urls, int(c["concurrent_per_server"]), float(c["server_delay"]))
    if httpcache_dir:
        out["HTTPCACHE_DIR"] = httpcache_dir
    else:
        out["HTTPCACHE_ENABLED"] = False
    return out
