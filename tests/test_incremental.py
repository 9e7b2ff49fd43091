"""The nightly re-crawl of an unchanged world is cheap: conditional requests, 304s, no re-parsing."""

from __future__ import annotations

import json

from kipmon.demo.docs import make_pdf
from kipmon.demo.server import Page, Site
from kipmon.store import Store


def html(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


def small_site_routes(n: int = 30) -> dict:
    links = " ".join(f'<a href="/berita/{i}">Berita {i}</a>' for i in range(n))
    routes = {"/": Page(html("Dinas Contoh", links + ' <a href="/ppid/dip-2025.pdf">DIP 2025</a>'))}
    for i in range(n):
        routes[f"/berita/{i}"] = Page(html(f"Berita {i}", "<p>" + "Kegiatan dinas hari ini. " * 150 + "</p>"))
    routes["/ppid/dip-2025.pdf"] = Page(
        make_pdf("Daftar Informasi Publik 2025", ["Baris daftar."] * 200), content_type="application/pdf"
    )
    return routes


def test_second_run_over_an_unchanged_site_revalidates_and_transfers_little(crawl_registry, tmp_path):
    with Site(small_site_routes()) as site:
        rows = [{"id": "dinas", "url": site.url("/")}]
        first = crawl_registry(rows, cache=True)
        first_bytes, first_requests = site.bytes_sent, len(site.requests)
        n_pages = len([r for r in first.fetches("dinas") if r["status"] == 200])
        assert n_pages >= 32 and first_bytes > 100_000

        second = crawl_registry(rows, db=first.db, cache=True)
        second_bytes = site.bytes_sent - first_bytes
        second_requests = len(site.requests) - first_requests
        assert second.result.status == "complete"
        # every page was asked for again (a change would be seen), but answered 304 with no body
        assert second_requests == first_requests
        assert second_bytes <= 0.2 * first_bytes, (second_bytes, first_bytes)
        fetched = {r["url"]: r for r in second.fetches("dinas")}
        assert fetched[site.url("/ppid/dip-2025.pdf")]["from_cache"] == 1
        assert fetched[site.url("/ppid/dip-2025.pdf")]["title"] == "Daftar Informasi Publik 2025"
        assert sum(r["from_cache"] for r in fetched.values()) >= n_pages
        # the second run stands on its own: same snapshot, same content hashes
        assert {u: r["content_hash"] for u, r in fetched.items()} == {
            r["url"]: r["content_hash"] for r in first.fetches("dinas")
        }


def test_a_page_changed_overnight_is_seen_by_the_next_run(crawl_registry):
    # the cache must not serve yesterday's page as fresh: each run revalidates (Cache-Control: max-age=0)
    routes = small_site_routes(3)
    with Site(routes) as site:
        rows = [{"id": "dinas", "url": site.url("/")}]
        first = crawl_registry(rows, cache=True)
        assert first.fetch("dinas", "/berita/1")["title"] == "Berita 1"
        site.routes["/berita/1"] = Page(html("Berita 1 (diperbarui)", "<p>Isi baru</p>"))
        second = crawl_registry(rows, db=first.db, cache=True)
        row = second.fetch("dinas", "/berita/1")
        assert row["title"] == "Berita 1 (diperbarui)" and row["from_cache"] == 0
        assert second.fetch("dinas", "/berita/2")["from_cache"] == 1


def test_known_content_is_not_parsed_again(crawl_registry):
    # Proof that the second run took the home page's links from the store instead of re-parsing the
    # bytes: a link added to the stored extraction (and absent from the HTML) is followed.
    routes = small_site_routes(2)
    routes["/hanya-di-store"] = Page(html("Hanya di store", "x"))
    with Site(routes) as site:
        rows = [{"id": "dinas", "url": site.url("/")}]
        first = crawl_registry(rows, cache=True)
        home_hash = first.fetch("dinas", "/")["content_hash"]
        assert "/hanya-di-store" not in site.requests
        with Store(first.db) as store:
            content = store.known_content(home_hash)
            assert content["meta"]["extracted_from"] == site.url("/")
            links = content["links"] + [["Tambahan", site.url("/hanya-di-store")]]
            store.execute_write("contents", [{"hash": home_hash, "links": json.dumps(links)}], pk="hash")
        second = crawl_registry(rows, db=first.db, cache=True)
        assert "/hanya-di-store" in site.requests
        assert second.fetch("dinas", "/hanya-di-store")["title"] == "Hanya di store"


def test_a_second_night_over_an_unchanged_site_sends_no_bodies_and_the_cache_is_one_file(crawl_registry, tmp_path):
    # every answer the cache keeps (pages and the PDF) is revalidated with a 304; the only other answers
    # are 404s for probes (robots.txt, sitemaps), given empty bodies here, so the second night's bytes are 0
    with Site(small_site_routes(5), not_found=Page("", status=404)) as site:
        rows = [{"id": "dinas", "url": site.url("/")}]
        first = crawl_registry(rows, cache=True)
        first_bytes = site.bytes_sent
        assert first_bytes > 20_000
        second = crawl_registry(rows, db=first.db, cache=True)
        assert site.bytes_sent == first_bytes
        answered = [r for r in second.fetches("dinas") if r["status"] == 200]
        assert len(answered) == 7 and all(r["from_cache"] == 1 for r in answered)
        assert second.fetch("dinas", "/ppid/dip-2025.pdf")["title"] == "Daftar Informasi Publik 2025"
    cache = tmp_path / "httpcache"
    assert [p.name for p in cache.iterdir() if not p.name.endswith(("-wal", "-shm"))] == ["bodies.sqlite3"]
