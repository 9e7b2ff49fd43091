"""The crawler's own parts read without a crawl: the Scrapy settings take kipmon's defaults from its
config alone, and a body's crawl result (written at close by crawler/extensions.py) says when a crawl
did not finish. The crawls in test_crawl.py and test_faults.py run the same parts for real."""

from __future__ import annotations

from types import SimpleNamespace

from scrapy import Request, Spider
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler import settings
from crawler.extensions import INTERRUPTED, body_crawl
from crawler.httpcache import SqliteCacheStorage
from crawler.plainbytes import as_plain_bytes
from crawler.scope import Scope
from crawler.spiders.bodies import BodyState, start_failure
from kipmon.config import defaults
from kipmon.demo.docs import make_pdf
from kipmon.registry import Body


def test_scrapy_settings_take_the_crawl_defaults_from_kipmons_config():
    cfg = defaults()
    c = cfg["crawl"]
    assert (settings.DOWNLOAD_DELAY, settings.DOWNLOAD_TIMEOUT, settings.CONCURRENT_REQUESTS) == (
        c["download_delay"],
        c["download_timeout"],
        c["concurrent_requests"],
    )
    assert (settings.KIPMON_PAGE_BUDGET, settings.KIPMON_DEPTH_LIMIT, settings.KIPMON_TEXT_CHARS) == (
        c["page_budget"],
        c["depth_limit"],
        c["text_chars"],
    )
    assert settings.KIPMON_OCR == cfg["ocr"] and settings.KIPMON_RENDER == cfg["render"]
    cfg["crawl"]["page_budget"] = 7
    assert settings.crawl_settings(cfg)["KIPMON_PAGE_BUDGET"] == 7


def test_settings_for_takes_a_loaded_registry_as_well_as_its_file(tmp_path):
    cfg = defaults()
    bodies = [Body("a", "A", "opd", ("http://a.kab.go.id/",)), Body("b", "B", "opd", ("http://b.kab.go.id/",))]
    out = settings.settings_for(cfg, db="x.db", run_id=1, registry=bodies, only=None, httpcache_dir=None)
    assert set(out["DOWNLOAD_SLOTS"]) == {"kab.go.id"} and out["KIPMON_REGISTRY"] == ""


def _state(urls=("http://a.example/",), **counts) -> BodyState:
    st = BodyState(Body("a", "A", "opd", tuple(urls)), Scope(list(urls)))
    for key, value in counts.items():
        setattr(st, key, value)
    return st


def test_a_body_whose_crawl_did_not_finish_is_unreachable_never_ok():
    spider = SimpleNamespace(page_budget=300, finished=lambda st: False)
    st = _state(start_outcomes=[(None, None)], pages=4)
    crawl = body_crawl(spider, st)
    assert (crawl["status"], crawl["reason"], crawl["detail"], crawl["pages"]) == (
        "unreachable",
        "error",
        INTERRUPTED,
        4,
    )


def test_a_finished_body_is_ok_with_what_its_budgets_cut():
    spider = SimpleNamespace(page_budget=300, finished=lambda st: True)
    st = _state(start_outcomes=[(None, None)], over_budget=3, chain_cut=2)
    crawl = body_crawl(spider, st)
    assert (
        crawl["status"] == "ok"
        and "3 tautan tidak diambil" in crawl["detail"]
        and "2 tautan berantai" in crawl["detail"]
    )
    assert body_crawl(spider, _state(start_outcomes=[(None, None)]))["detail"] is None


def test_a_failed_start_url_makes_its_body_unreachable_with_its_reason():
    spider = SimpleNamespace(page_budget=300, finished=lambda st: True)
    reason, detail = start_failure(503)
    crawl = body_crawl(spider, _state(start_outcomes=[(reason, detail)]))
    assert (crawl["status"], crawl["reason"]) == ("unreachable", "http-5xx")
    assert start_failure(403) == ("http-4xx", "HTTP 403: akses ditolak") and start_failure(200) == (None, None)
    assert body_crawl(spider, _state(urls=()))["reason"] == "no-url"


def _guessed(url: str, body: bytes, ctype: str | None) -> Response:
    """The answer as Scrapy's download handler builds it (its class guessed by scrapy.responsetypes)."""
    headers = {"Content-Type": ctype} if ctype else {}
    cls = responsetypes.from_args(headers=headers, url=url, body=body)
    return cls(url=url, body=body, headers=headers, status=200)


def test_a_pdf_that_looks_like_text_is_handed_on_as_bytes():
    pdf = make_pdf("Daftar Informasi Publik 2025", ["Baris daftar."] * 50)
    guessed = _guessed("http://x.test/dip.pdf", pdf, "application/pdf")
    assert type(guessed) is TextResponse  # Scrapy's guess from the body: why crawler/plainbytes.py exists
    plain = as_plain_bytes(guessed)
    assert type(plain) is Response
    assert (plain.url, plain.status, plain.body, plain.headers) == (guessed.url, 200, pdf, guessed.headers)
    # what is read as text stays text: HTML, a probe, an answer with no declared type
    page = _guessed("http://x.test/", b"<html><body>Halo</body></html>", "text/html")
    assert as_plain_bytes(page) is page and isinstance(page, HtmlResponse)
    assert as_plain_bytes(guessed, "robots") is guessed
    untyped = _guessed("http://x.test/unduh", pdf, None)
    assert as_plain_bytes(untyped) is untyped


def test_the_sqlite_cache_keeps_a_documents_class_and_a_304_keeps_its_body(tmp_path):
    crawler = get_crawler(Spider, {"HTTPCACHE_DIR": str(tmp_path)})
    spider = Spider("bodies")
    spider.crawler = crawler
    storage = SqliteCacheStorage(Settings({"HTTPCACHE_DIR": str(tmp_path)}))
    pdf = make_pdf("Laporan", ["Baris."] * 50)
    req = Request("http://x.test/laporan.pdf")
    storage.open_spider(spider)
    storage.store_response(spider, req, Response(req.url, body=pdf, headers={"Content-Type": "application/pdf"}))
    storage.close_spider(spider)  # a new crawl reads what the last one stored
    storage.open_spider(spider)
    got = storage.retrieve_response(spider, req)
    assert type(got) is Response and got.body == pdf  # not guessed again from the body (a TextResponse)
    # after a 304 the middleware stores the cached answer with fresher headers: its body stays
    got.flags.append("cached")
    got.headers["Date"] = "Thu, 03 Dec 2026 00:00:00 GMT"
    storage.store_response(spider, req, got)
    storage.close_spider(spider)
    storage.open_spider(spider)
    again = storage.retrieve_response(spider, req)
    assert again.body == pdf and again.headers["Date"] == b"Thu, 03 Dec 2026 00:00:00 GMT"
    assert "cached" not in again.flags and storage.retrieve_response(spider, Request("http://x.test/lain")) is None
    storage.close_spider(spider)


def test_two_crawls_can_share_one_cache_folder(tmp_path):
    # a Scrapy node with two job slots runs two crawls over one HTTPCACHE_DIR: neither may hold the
    # file's write lock between its writes, or the other's waits (and fails after the busy timeout)
    crawler = get_crawler(Spider, {"HTTPCACHE_DIR": str(tmp_path)})
    spider = Spider("bodies")
    spider.crawler = crawler
    one, two = (SqliteCacheStorage(Settings({"HTTPCACHE_DIR": str(tmp_path)})) for _ in range(2))
    one.open_spider(spider)
    two.open_spider(spider)
    reqs = [Request(f"http://x.test/halaman/{i}") for i in range(600)]
    for i, req in enumerate(reqs):  # interleaved, past the batch size of each
        (one if i % 2 else two).store_response(spider, req, HtmlResponse(req.url, body=f"<p>{i}</p>".encode()))
    one.close_spider(spider)
    two.close_spider(spider)
    one.open_spider(spider)
    assert [one.retrieve_response(spider, r).body for r in reqs] == [f"<p>{i}</p>".encode() for i in range(600)]
    one.close_spider(spider)
