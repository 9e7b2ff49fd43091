"""OpenSID as it really runs (issue 10, item 3), crawled for real on 127.0.0.x: documents the desa hid,
feed links without index.php/ on a server that does not rewrite URLs, the Informasi Publik list loaded
in the background with a CSRF token, a JSON feed served as text/html, and a plan's period read from the
document when the feed gives only its first year."""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from crawler import opensid
from kipmon.demo.sites import opensid_asli
from kipmon.demo.world import assemble_world, serve_world
from kipmon.store import Store
from schedules.job import options_from, run_job
from tests.conftest import fast_config

AS_OF = dt.date(2025, 11, 29)
N = AS_OF.year
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def crawl_and_check(bodies, tmp_path, as_of=AS_OF):
    """Serve `bodies` on loopback, crawl and check them for real; (store, run id, served world)."""
    world = assemble_world(as_of, bodies, "test world")
    cfg = fast_config()
    with serve_world(as_of, directory=tmp_path / "world", world=world) as served:
        opts = options_from(
            cfg,
            db=tmp_path / "kipmon.db",
            out=tmp_path / "out",
            registry=served.registry_path,
            as_of=as_of,
            stages=("crawl", "check"),
            command="test",
        )
        opts.httpcache = None
        result = run_job(cfg, opts, log=lambda line: None)
        requests = {b: list(site.requests) for b, site in served.sites.items()}
        bases = {b: site.base for b, site in served.sites.items()}
    return Store(tmp_path / "kipmon.db", create=False), result.run_id, requests, bases, world


def _alone(spec):
    spec.parent = None  # crawled without its kecamatan
    return spec


@pytest.fixture(scope="module")
def desa(tmp_path_factory):
    bodies = [_alone(opensid_asli.build_tanjung_harapan(AS_OF)), _alone(opensid_asli.build_batu_lepoq(AS_OF))]
    store, run_id, requests, bases, world = crawl_and_check(bodies, tmp_path_factory.mktemp("opensid"))
    found = {(f["body_id"], f["item_id"]): f for f in store.findings(run_id)}
    yield store, run_id, requests, bases, world, found
    store.close()


def test_every_item_of_both_desa_agrees_with_its_label(desa):
    _store, _run, _req, _bases, world, found = desa
    wrong = [
        (lab["body_id"], lab["item_id"], lab["status"], found[(lab["body_id"], lab["item_id"])]["status"])
        for lab in world.labels
        if found[(lab["body_id"], lab["item_id"])]["status"] != lab["status"]
    ]
    assert wrong == []


def test_hidden_documents_are_neither_fetched_nor_evidence_nor_broken(desa):
    store, run_id, requests, _bases, _world, found = desa
    tanjung = requests["desa-tanjung-harapan"]
    for hidden in (35, 37):
        assert not any(p.endswith(f"unduh_berkas/{hidden}") for p in tanjung)
    assert found[("desa-tanjung-harapan", "desa-program-masuk")]["status"] == "missing"
    assert found[("desa-tanjung-harapan", "serta-merta")]["status"] == "missing"
    assert not [f for f in store.findings(run_id, "desa-tanjung-harapan") if f["status"] == "broken"]
    feed = [r for r in store.snapshot(run_id, "desa-tanjung-harapan") if r["url"].endswith("/index.php/ppid")][0]
    # served as text/html, as CodeIgniter does, and still read as the JSON feed it is
    assert feed["content_type"].startswith("text/html") and feed["meta"]["feed"] == "opensid"
    assert len(feed["meta"]["entries"]) == 5 and feed["meta"]["hidden"] == 2


def test_a_feed_link_without_index_php_is_tried_in_its_index_php_form_before_it_is_broken(desa):
    store, run_id, requests, bases, _world, found = desa
    base = bases["desa-tanjung-harapan"]
    assert "/dokumen_web/unduh_berkas/31" in requests["desa-tanjung-harapan"]  # the feed's form answered 404
    row = [
        r for r in store.snapshot(run_id, "desa-tanjung-harapan") if r["url"] == base + "/dokumen_web/unduh_berkas/31"
    ][0]
    assert (row["status"], row["final_url"]) == (200, base + "/index.php/dokumen_web/unduh_berkas/31")
    assert found[("desa-tanjung-harapan", "desa-apbdes")]["status"] == "present"


def test_the_evidence_link_of_a_document_fetched_in_its_index_php_form_is_that_form(desa):
    # the feed's link answers 404 on a server that does not rewrite URLs: a report reader must get the
    # form the real server answered 200 at, not the dead link
    store, run_id, requests, bases, _world, found = desa
    base = bases["desa-tanjung-harapan"]
    f = found[("desa-tanjung-harapan", "desa-apbdes")]
    assert f["evidence_url"] == base + "/index.php/dokumen_web/unduh_berkas/31"
    assert "/index.php/dokumen_web/unduh_berkas/31" in requests["desa-tanjung-harapan"]
    served = [r for r in store.snapshot(run_id, "desa-tanjung-harapan") if r["final_url"] == f["evidence_url"]]
    # the feed's link (without index.php/) answered through that form; the site's own link may be there too
    assert any(r["status"] == 200 and r["url"] != f["evidence_url"] for r in served), served
    # no finding of either desa points a reader at a feed link the server refused
    dead = {
        r["url"]
        for b in ("desa-tanjung-harapan", "desa-batu-lepoq")
        for r in store.snapshot(run_id, b)
        if "index.php" not in r["url"] and "/dokumen_web/" in r["url"]
    }
    assert dead and not [x for x in store.findings(run_id) if x["evidence_url"] in dead and x["status"] != "broken"]


def test_the_background_list_is_read_with_the_pages_csrf_token(desa):
    store, run_id, requests, bases, _world, found = desa
    assert "POST /index.php/informasi-publik/data" in requests["desa-batu-lepoq"]
    # Batu Lepoq has no feed: its documents are only in the list the page loads in the background
    assert "/index.php/ppid" in requests["desa-batu-lepoq"]
    f = found[("desa-batu-lepoq", "desa-laporan-kinerja")]
    assert f["status"] == "present"
    assert f["evidence_url"] == bases["desa-batu-lepoq"] + "/index.php/dokumen_web/unduh_berkas/8"
    assert found[("desa-batu-lepoq", "serta-merta")]["status"] == "present"  # the list's kategori column


def test_the_list_refuses_a_post_without_the_token_as_codeigniter_does(tmp_path):
    world = assemble_world(AS_OF, [_alone(opensid_asli.build_batu_lepoq(AS_OF))], "one desa")
    with serve_world(AS_OF, directory=tmp_path, world=world) as served:
        url = served.sites["desa-batu-lepoq"].base + "/index.php/informasi-publik/data"
        data = urllib.parse.urlencode({"draw": 1, "start": 0, "length": 10}).encode()
        with pytest.raises(urllib.error.HTTPError) as err:
            OPENER.open(urllib.request.Request(url, data=data), timeout=5)
        assert err.value.code == 403
        page = OPENER.open(served.sites["desa-batu-lepoq"].base + "/index.php/informasi-publik", timeout=5)
        token = opensid.csrf_token(page.read().decode(), page.headers.get_all("Set-Cookie"))
        assert token and token[0] == "sidcsrf"
        req = urllib.request.Request(
            url,
            data=urllib.parse.urlencode(opensid.list_form(0, 1, token)).encode(),
            headers={"Cookie": f"{token[0]}={token[1]}"},
        )
        answer = json.loads(OPENER.open(req, timeout=5).read())
        assert answer["recordsTotal"] == 3 and len(answer["data"]) == 3


def test_a_plans_period_comes_from_the_document_when_the_feed_gives_its_first_year(desa):
    *_rest, found = desa
    f = found[("desa-tanjung-harapan", "desa-rpjmdes")]
    assert f["status"] == "present" and f"{N - 4}–{N + 2}" in f["detail"]


def test_a_long_background_list_is_read_page_by_page(tmp_path):
    # text PDFs with a real text layer (a near-empty one would be read as a scan, by OCR)
    docs = [
        (
            100 + i,
            "1",
            f"Dokumen Desa Nomor {i}",
            N,
            dt.date(N, 1, 1),
            [f"Isi dokumen nomor {i} tentang kegiatan pemerintahan desa tahun {N}"],
            True,
            None,
        )
        for i in range(130)
    ]
    b = opensid_asli._desa(
        AS_OF, "desa-panjang", "Panjang", None, "OpenSID dengan daftar panjang", ppid_api=False, docs=docs, pages={}
    )
    b.label_all("missing", "tidak dinilai di sini")
    store, run_id, requests, _bases, _world = crawl_and_check([_alone(b.spec)], tmp_path)
    posts = [p for p in requests["desa-panjang"] if p.startswith("POST ")]
    assert len(posts) == 2  # 100 rows a page: two pages, and no third
    fetched = {
        r["url"].rsplit("/", 1)[-1] for r in store.snapshot(run_id, "desa-panjang") if "unduh_berkas" in r["url"]
    }
    assert {str(100 + i) for i in range(130)} <= fetched
    store.close()


# ---- the readers, on the shapes real OpenSID answers with ---------------------------------------------


def test_visible_follows_enabled():
    assert opensid.visible({"enabled": 1}) and opensid.visible({"enabled": "1"}) and opensid.visible({})
    assert not opensid.visible({"enabled": 0}) and not opensid.visible({"enabled": "0"})


def test_index_php_form_keeps_the_sites_prefix_and_leaves_other_links_alone():
    assert (
        opensid.index_php_form("http://d.id/desa/dokumen_web/unduh_berkas/3", "http://d.id/desa/")
        == "http://d.id/desa/index.php/dokumen_web/unduh_berkas/3"
    )
    assert opensid.index_php_form("http://d.id/index.php/first", "http://d.id/") is None
    assert opensid.index_php_form("http://other.id/dokumen_web/1", "http://d.id/") is None


def test_parse_list_reads_array_and_object_rows_and_skips_hidden_ones():
    body = json.dumps(
        {
            "recordsTotal": 2,
            "data": [
                [
                    "1",
                    "<a href='/index.php/dokumen_web/unduh_berkas/4'>RKP Desa 2025</a>",
                    "2025",
                    "Informasi Berkala",
                    "02-01-2025",
                ],
            ],
        }
    ).encode()
    entries, total, error = opensid.parse_list(body, "http://d.id/index.php/informasi-publik/data")
    assert error is None and total == 2
    assert entries == [
        {
            "title": "RKP Desa 2025",
            "url": "http://d.id/index.php/dokumen_web/unduh_berkas/4",
            "year": 2025,
            "date": "02-01-2025",
            "category": "berkala",
        }
    ]
    body = json.dumps(
        {
            "data": [
                {"nama": "DIP", "dokumen": "/x/1", "tahun": "2024", "kategori": "3", "enabled": "1"},
                {"nama": "BLT", "dokumen": "/x/2", "tahun": "2024", "kategori": "1", "enabled": "0"},
            ]
        }
    ).encode()
    entries, _total, _error = opensid.parse_list(body, "http://d.id/")
    assert [(e["title"], e["category"]) for e in entries] == [("DIP", "setiap-saat")]
    assert opensid.parse_list(b"<html>", "http://d.id/")[2].startswith("JSON tidak terbaca")
