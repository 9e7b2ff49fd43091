"""Turn a failed request into one reason from kipmon's closed list (kipmon.vocab.REQUEST_FAILURES).

The reason is the fetch row's `error`; on a start page it decides whether a body is `unreachable` this
night (vocab.crawl_reason: no judgement made) and whether the next night may fare better
(vocab.RETRYABLE_REASONS), so it is worth getting exactly right.
"""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from twisted.internet import defer, error
from twisted.python.failure import Failure


def _ssl_error(exc: BaseException) -> bool:
    try:
        from OpenSSL import SSL
    except ImportError:  # pragma: no cover - pyOpenSSL comes with Scrapy
        return False
    return isinstance(exc, SSL.Error)


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, what caused it, and the reasons inside Twisted's ResponseFailed wrappers."""
    out, todo = [], [exc]
    while todo and len(out) < 20:
        e = todo.pop(0)
        if e is None or e in out:
            continue
        out.append(e)
        todo.append(e.__cause__)
        todo.extend(f.value for f in getattr(e, "reasons", []) or [] if isinstance(f, Failure))
    return out


def classify(failure: Failure) -> tuple[str, str]:
    """(reason, one-line detail) for a request that got no usable response; the reason is always a
    vocab.REQUEST_FAILURES word ("error" when nothing more exact is known).

    Scrapy 2.13+ wraps Twisted's errors (DownloadConnectionRefusedError, CannotResolveHostError, ...);
    both the wrappers and the Twisted originals are recognised, through the whole cause chain.
    """
    exc = failure.value
    detail = f"{type(exc).__name__}: {str(exc)[:200]}".strip()
    chain = _chain(exc)

    def has(*types) -> bool:
        return any(isinstance(e, types) for e in chain)

    if has(IgnoreRequest):
        return ("robots-blocked", "robots.txt melarang alamat ini") if "robots.txt" in str(exc) else ("error", detail)
    if has(*_scrapy("CannotResolveHostError"), error.DNSLookupError):
        return "dns", detail
    if has(*_scrapy("DownloadConnectionRefusedError"), error.ConnectionRefusedError):
        return "refused", detail
    if any(_ssl_error(e) for e in chain):
        return "tls", detail
    if has(*_scrapy("DownloadTimeoutError"), error.TimeoutError, error.TCPTimedOutError, defer.TimeoutError):
        return "timeout", detail
    text = " ".join(str(e) for e in chain).lower()
    if "maxsize" in text or "larger than" in text:
        return "too-large", detail
    if has(*_scrapy("DownloadCancelledError"), defer.CancelledError):
        return "timeout", detail
    if "refused" in text:
        return "refused", detail
    return "error", detail


def _scrapy(name: str) -> tuple[type, ...]:
    """A Scrapy exception class by name, or nothing on a Scrapy that does not have it."""
    import scrapy.exceptions

    cls = getattr(scrapy.exceptions, name, None)
    return (cls,) if cls else ()
