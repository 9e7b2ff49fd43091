"""Scrapy's HTTP cache, made to tell tonight's truth.

The cache exists so that a nightly re-crawl of an unchanged site costs a 304 per page. Scrapy's
middleware and RFC 2616 policy also do what a browser cache does and a monitor must not: when the
revalidation fails (a download error: refused, timeout, DNS) the middleware answers with the stored
response (`httpcache/errorrecovery`), and when the server answers 5xx the policy serves the stored
page instead. Either way a site that is down tonight would look as it did last night. Here only a
304 in this run lets the stored response stand; a failure is recorded as the failure it is.

Scrapy's FilesystemCacheStorage writes seven files per answer (a folder each), and writes them all again
after every 304; `SqliteCacheStorage` keeps the answers in one SQLite file (kipmon/store/httpcache.py)
and after a 304 rewrites only the headers.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from time import time

from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Response
from scrapy.utils.project import data_path
from scrapy.utils.response import response_from_dict
from w3lib.http import headers_dict_to_raw, headers_raw_to_dict

from kipmon.store.httpcache import HttpCacheFile

_PLAIN = "scrapy.http.response.Response"


class RevalidatingPolicy(RFC2616Policy):
    """RFC 2616 caching, but the stored response stands only on a 304 of this run (never for a 5xx)."""

    def is_cached_response_valid(self, cachedresponse, response, request) -> bool:
        return response.status == 304


class TruthfulCacheMiddleware(HttpCacheMiddleware):
    """The HTTP cache without error recovery: a failed revalidation stays a failure."""

    def process_exception(self, request, exception):
        request.meta.pop("cached_response", None)
        return None


class SqliteCacheStorage:
    """Scrapy's cache storage interface (HTTPCACHE_STORAGE) over one SQLite file in HTTPCACHE_DIR."""

    def __init__(self, settings):
        self.cachedir = data_path(settings["HTTPCACHE_DIR"])
        self.expiration_secs = settings.getint("HTTPCACHE_EXPIRATION_SECS")
        self.file: HttpCacheFile | None = None

    def open_spider(self, spider) -> None:
        self._fingerprinter = spider.crawler.request_fingerprinter
        self.file = HttpCacheFile(Path(self.cachedir) / f"{spider.name}.sqlite3")

    def close_spider(self, spider) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

    def retrieve_response(self, spider, request) -> Response | None:
        key = self._fingerprinter.fingerprint(request).hex()
        row = self.file.get(key)
        if row is None:
            return None
        stored, url, status, headers, body, extra = row
        if 0 < self.expiration_secs < time() - stored:
            return None
        request.meta["cache_timestamp"] = stored
        data = {"url": url, "status": status, "headers": headers_raw_to_dict(headers), "body": body}
        data.update(pickle.loads(extra))  # noqa: S301 - our own file, written below
        return response_from_dict(data)

    def store_response(self, spider, request, response) -> None:
        key = self._fingerprinter.fingerprint(request).hex()
        extra = {k: v for k, v in response.to_dict().items() if k not in ("url", "status", "headers", "body")}
        # the class is kept even for a plain Response: Scrapy would guess it again from the body
        # (a PDF that looks like text would come back as a TextResponse, crawler/plainbytes.py)
        extra.setdefault("_class", _PLAIN)
        # "cached" is the middleware's mark for this run, not part of the answer
        extra["flags"] = [f for f in extra.get("flags") or [] if f != "cached"]
        headers = headers_dict_to_raw(response.headers)
        blob = pickle.dumps(extra, protocol=4)
        if "cached" in response.flags:  # a revalidated answer (304): the stored one, with fresher headers
            self.file.refresh(key, headers, blob)
        else:
            self.file.put(key, response.url, response.status, headers, response.body, blob)
