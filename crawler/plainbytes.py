"""Documents are bytes: a PDF must never be decoded as text.

Scrapy picks a response's class from its Content-Type, then its URL, then its first 5 KB. A PDF whose
first 5 KB hold no control characters (an uncompressed one, or the text-looking header many PDF
writers make) passes that last test and becomes a TextResponse. Nothing of kipmon reads it as text, but
Scrapy's cache stores `response.to_dict()`, which asks for `.encoding`: with no charset declared,
that runs charset detection over the whole file (about 20 ms a PDF, 3 s a night per 100 PDFs).

This middleware, nearest the download (before the cache stores the answer), hands such an answer on
as a plain Response when its Content-Type says it is not text. It changes nothing that is read: the
spider takes a page as HTML only when its declared Content-Type is HTML (crawler/spiders/bodies.py
`_read_as`), and reads everything else from `.body`. Probes whose text is read (robots.txt, sitemaps,
feeds) are left as Scrapy made them.
"""

from __future__ import annotations

from scrapy.http import Response, TextResponse
from scrapy.responsetypes import responsetypes

TEXT_ROLES = ("robots", "sitemap", "feed:")  # probes the spider may read as text, whatever they are served as


def as_plain_bytes(response: Response, role: str = "page") -> Response:
    """`response` as a plain Response when Scrapy guessed text from the body of an answer whose declared
    Content-Type is not text (a PDF, a Word file, an image); otherwise `response` itself."""
    if type(response) is not TextResponse or role.startswith(TEXT_ROLES):
        return response
    ctype = response.headers.get(b"Content-Type")
    if not ctype or responsetypes.from_content_type(ctype) is not Response:
        return response  # no type declared (the body decides, as the spider does), or a text type
    # not response.replace(): that copies `.encoding`, the very detection this avoids
    return Response(**{attr: getattr(response, attr) for attr in Response.attributes})


class PlainBytesMiddleware:
    """Downloader middleware: see the module docstring. Sits above the HTTP cache (900)."""

    def process_response(self, request, response, spider=None):
        return as_plain_bytes(response, request.meta.get("role", "page"))
