"""Pages built by JavaScript (issue 10.4): the demo world's single-page PPID portal (Dinas Pariwisata), served
on loopback, crawled by the real crawler with Debian's real chromium through scrapy-playwright, checked by
the real checks."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil

import pytest

from checks import run_checks
from kipmon.demo.server import Site
from kipmon.demo.sites import spa_portal
from kipmon.store import Store
from schedules.job import options_from, run_job
from tests.conftest import fast_config, write_registry

AS_OF = dt.date(2025, 11, 29)
BROWSER = shutil.which("chromium") is not None and importlib.util.find_spec("scrapy_playwright") is not None
needs_browser = pytest.mark.usefixtures("_browser")


@pytest.fixture
def _browser():
    """These tests fail, not skip, without a browser (as the report tests do without chromium)."""
    assert BROWSER, "chromium / scrapy-playwright not installed (apt-get install -y chromium; pip install -e '.[test]')"


SEEN_WITH_A_BROWSER = ("menu-ppid", "profil", "kontak-ppid", "dip", "laporan-kinerja", "renstra")


def spa_site() -> Site:
    return Site(dict(spa_portal.build(AS_OF).routes))


def crawl(tmp_path, site: Site, **render) -> tuple[Store, int]:
    registry = write_registry(tmp_path / "registry.csv", [{"id": "dispar", "kind": "opd", "url": site.url("/")}])
    cfg = fast_config()
    cfg["render"].update(render)
    opts = options_from(
        cfg, db=tmp_path / "kipmon.db", out=tmp_path / "out", registry=registry, stages=("crawl",), command="crawl"
    )
    opts.httpcache = None
    result = run_job(cfg, opts)
    assert result.status == "complete"
    return Store(tmp_path / "kipmon.db"), result.run_id


def pages(store: Store, run_id: int) -> dict[str, dict]:
    """path -> content meta of every HTML page fetched."""
    out = {}
    for row in store.snapshot(run_id, "dispar"):
        content = store.known_content(row["content_hash"]) if row["content_hash"] else None
        if content and content["kind"] == "html":
            out["/" + row["url"].split("/", 3)[3]] = content["meta"]
    return out


def findings(store: Store, run_id: int) -> dict[str, str]:
    run_checks(store, run_id, AS_OF, fast_config())
    return {r["item_id"]: r["status"] for r in store.db["findings"].rows_where("run_id = ?", [run_id])}


@needs_browser
def test_an_app_shell_is_rendered_and_its_items_found(tmp_path):
    with spa_site() as site:
        store, run = crawl(tmp_path, site)
        seen = pages(store, run)
        assert set(seen) == {"/", "/profil", "/ppid", "/dokumen"}
        assert all(meta.get("rendered") for meta in seen.values())
        assert "/api/halaman/dokumen.json" in site.requests  # the browser ran the page's script
        got = findings(store, run)
        assert {item: got[item] for item in SEEN_WITH_A_BROWSER} == dict.fromkeys(SEEN_WITH_A_BROWSER, "present")
        assert got["lhkpn"] == "missing"
        store.close()


def test_without_a_browser_one_warning_and_nothing_claimed(tmp_path, capsys):
    with spa_site() as site:
        store, run = crawl(tmp_path, site, chromium=str(tmp_path / "no-chromium"))
        err = capsys.readouterr().err
        warnings = [line for line in err.splitlines() if "Render JS mati:" in line]
        assert len(warnings) == 1 and warnings[0].startswith("Render JS mati:") and "chromium" in warnings[0]
        assert pages(store, run)["/"]["app_shell"] == "off"
        assert not any(path.startswith("/api/") for path in site.requests)
        got = findings(store, run)
        assert not any(got[item] == "present" for item in SEEN_WITH_A_BROWSER)
        store.close()


@needs_browser
def test_the_render_budget_per_body_and_per_night_hold(tmp_path):
    with spa_site() as site:
        store, run = crawl(tmp_path, site, pages_per_body=2)
        seen = pages(store, run)
        assert sum(bool(meta.get("rendered")) for meta in seen.values()) == 2
        assert (
            sorted(meta.get("app_shell") for meta in seen.values() if not meta.get("rendered")) == ["over-budget"] * 2
        )
        assert sum(path.startswith("/api/halaman/") for path in site.requests) == 2
        store.close()
    with spa_site() as site:
        (tmp_path / "night").mkdir()
        store, run = crawl(tmp_path / "night", site, seconds_per_night=0)
        assert pages(store, run)["/"]["app_shell"] == "over-budget"
        assert not any(path.startswith("/api/") for path in site.requests)
        store.close()
