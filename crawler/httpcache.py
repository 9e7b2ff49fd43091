"""Scrapy's HTTP cache, made to tell tonight's truth.

The cache exists so that a nightly re-crawl of an unchanged site costs a 304 per page. Scrapy's
middleware and RFC 2616 policy also do what a browser cache does and a monitor must not: when the
revalidation fails (a download error: refused, timeout, DNS) the middleware answers with the stored
response (`httpcache/errorrecovery`), and when the server answers 5xx the policy serves the stored
page instead. Either way a site that is down tonight would look as it did last night. Here only a
304 in this run lets the stored response stand; a failure is recorded as the failure it is.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.extensions.httpcache import RFC2616Policy


class RevalidatingPolicy(RFC2616Policy):
    """RFC 2616 caching, but the stored response stands only on a 304 of this run (never for a 5xx)."""

    def is_cached_response_valid(self, cachedresponse, response, request) -> bool:
        return response.status == 304


class TruthfulCacheMiddleware(HttpCacheMiddleware):
    """The HTTP cache without error recovery: a failed revalidation stays a failure."""

    def process_exception(self, request, exception):
        request.meta.pop("cached_response", None)
        return None
