"""Scrapy settings for kipmon's crawl. Values a user may change come from kipmon's config
(kipmon/default_config.toml, [crawl]) through `settings_for()`; the rest is fixed here with the reason.
"""

BOT_NAME = "kipmon"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False          # session cookies only create URL/session variants
TELNETCONSOLE_ENABLED = False
REDIRECT_MAX_TIMES = 5
DNS_TIMEOUT = 15
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 10
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # per host name; Scrapy 2.14+ deprecates the per-IP limit
DOWNLOAD_DELAY = 0.25
DOWNLOAD_TIMEOUT = 20
RETRY_ENABLED = True
RETRY_TIMES = 1
DOWNLOAD_MAXSIZE = 20_000_000
DOWNLOAD_WARNSIZE = 0
DEPTH_LIMIT = 0                  # the spider applies kipmon's own depth limit per body
DEPTH_STATS_VERBOSE = False
# Scrapy starts this many tasks for the output of every response, whatever its size; a callback here
# yields one item and its requests, so a small number spares about a million asyncio tasks a night.
CONCURRENT_ITEMS = 8
REACTOR_THREADPOOL_MAXSIZE = 4   # document extraction runs in threads (pypdf), off the reactor

# The HTTP cache with the RFC 2616 policy turns a nightly re-crawl of an unchanged site into
# conditional requests (If-None-Match / If-Modified-Since) answered with 304.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "crawler.httpcache.RevalidatingPolicy"   # a stored page stands only on a 304
HTTPCACHE_STORAGE = "scrapy.extensions.httpcache.FilesystemCacheStorage"
HTTPCACHE_ALWAYS_STORE = True    # store pages without cache headers too, so they can be revalidated
HTTPCACHE_IGNORE_HTTP_CODES = list(range(400, 600))
HTTPCACHE_GZIP = False           # compressing every response cost more CPU than the disk it saves
# Scrapy's own cache middleware answers a failed request with the stored response; this one does not
# (crawler/httpcache.py): a site that is down tonight must not look as it did last night.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
    "crawler.httpcache.TruthfulCacheMiddleware": 900,
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
LOG_LEVEL = "WARNING"
# Every failed fetch is a row in the store with its reason; the log need not repeat each one.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"


def settings_for(cfg: dict, *, db: str, run_id: int, registry: str, only: str | None,
                 httpcache_dir: str | None) -> dict:
    """Per-run Scrapy settings from kipmon's config (section [crawl])."""
    c = cfg["crawl"]
    out = {
        "USER_AGENT": c["user_agent"].format(contact=c["contact"]),
        "ROBOTSTXT_OBEY": bool(c.get("obey_robots", True)),
        "AUTOTHROTTLE_ENABLED": bool(c.get("autothrottle", True)),
        "CONCURRENT_REQUESTS": int(c["concurrent_requests"]),
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(c["concurrent_per_domain"]),
        "DOWNLOAD_DELAY": float(c["download_delay"]),
        "DOWNLOAD_TIMEOUT": float(c["download_timeout"]),
        "RETRY_TIMES": int(c["retry_times"]),
        "DOWNLOAD_MAXSIZE": int(c["max_document_bytes"]),
        "KIPMON_DB": db,
        "KIPMON_RUN_ID": run_id,
        "KIPMON_REGISTRY": registry,
        "KIPMON_ONLY": only or "",
        "KIPMON_PAGE_BUDGET": int(c["page_budget"]),
        "KIPMON_DEPTH_LIMIT": int(c["depth_limit"]),
        "KIPMON_TEMPLATE_BUDGET": int(c["template_budget"]),
        "KIPMON_TEXT_CHARS": int(c["text_chars"]),
        "KIPMON_PDF_PAGES": int(c["pdf_pages"]),
        "KIPMON_OCR": dict(cfg.get("ocr") or {}),
        "KIPMON_RENDER": dict(cfg.get("render") or {}),
    }
    from crawler.slots import download_slots
    from kipmon.registry import load_registry

    urls = [u for b in load_registry(registry) for u in b.urls]
    out["DOWNLOAD_SLOTS"] = download_slots(urls, int(c.get("concurrent_per_server", 0)), float(c.get("server_delay", 0.1)))
    if httpcache_dir:
        out["HTTPCACHE_DIR"] = httpcache_dir
    else:
        out["HTTPCACHE_ENABLED"] = False
    return out
