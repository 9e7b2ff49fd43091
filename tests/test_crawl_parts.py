"""The crawler's own parts read without a crawl: the Scrapy settings take kipmon's defaults from its
config alone, and a body's crawl result (written at close by crawler/extensions.py) says when a crawl
did not finish. The crawls in test_crawl.py and test_faults.py run the same parts for real."""

from __future__ import annotations

from types import SimpleNamespace

from crawler import settings
from crawler.extensions import INTERRUPTED, body_crawl
from crawler.scope import Scope
from crawler.spiders.bodies import BodyState, start_failure
from kipmon.config import defaults
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
