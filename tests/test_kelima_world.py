"""The fifth labelled world, Kabupaten Kelima, serves what it claims, its labels cover every body and item, and
one crawl with the checks yields the bench's figures (recorded, not asserted to be high)."""

from __future__ import annotations

import collections
import datetime as dt
import io
import json
import urllib.error
import urllib.request

import pytest
from PIL import Image

from kipmon.demo.items import ITEMS_BY_KIND
from kipmon.registry import load_registry
from kipmon.vocab import STATUSES
from worlds.kelima import build_world, serve_world

AS_OF = dt.date(2026, 11, 29)
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str, data: bytes | None = None, headers: dict | None = None):
    try:
        with OPENER.open(urllib.request.Request(url, data=data, headers=headers or {}), timeout=5) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


@pytest.fixture(scope="module")
def served():
    with serve_world(AS_OF) as w:
        yield w


def test_labels_cover_every_body_and_item_exactly_once():
    world = build_world(AS_OF)
    assert 12 <= len(world.bodies) <= 15
    assert {b.kind for b in world.bodies} == {"pemkab", "opd", "kecamatan", "kelurahan", "desa"}
    pairs = collections.Counter((lab["body_id"], lab["item_id"]) for lab in world.labels)
    assert all(n == 1 for n in pairs.values())
    for b in world.bodies:
        assert {item for (bid, item) in pairs if bid == b.id} == set(ITEMS_BY_KIND[b.kind]), b.id
    assert {lab["status"] for lab in world.labels} == set(STATUSES)


def test_opensid_feed_links_fail_hidden_documents_and_the_csrf_list(served):
    site = served.sites["desa-batu-putih"]
    feed = json.loads(fetch(site.url("/index.php/ppid"))[2])["data"]["ppid"]
    assert {e["enabled"] for e in feed} == {"0", "1"}
    assert all("/index.php/" not in e["dokumen"] and fetch(e["dokumen"])[0] == 404 for e in feed)
    for e in feed:  # the site's own link (with index.php/) works only for shown documents
        assert fetch(site.url(f"/index.php/dokumen_web/unduh_berkas/{e['id']}"))[0] == (
            200 if e["enabled"] == "1" else 404
        )
    status, headers, _ = fetch(site.url("/index.php/informasi-publik"))
    token = headers["Set-Cookie"].split(";")[0].split("=", 1)[1]
    url = site.url("/index.php/informasi-publik/data")
    assert fetch(url, b"draw=1")[0] == 403
    status, _, body = fetch(url, f"draw=1&sidcsrf={token}".encode(), {"Cookie": f"sidcsrf={token}"})
    assert status == 200 and len(json.loads(body)["data"]) == sum(e["enabled"] == "1" for e in feed)


def test_scans_are_image_only_and_the_portal_list_comes_from_an_api(served):
    import pypdf

    scans = [(b.id, p) for b in served.world.bodies for p, kind, _ in b.documents if kind == "scan"]
    assert len(scans) >= 5
    for body_id, path in scans:
        site = served.sites[served.world.body(body_id).hosted_on or body_id]
        reader = pypdf.PdfReader(io.BytesIO(fetch(site.url(path))[2]))
        assert not reader.pages[0].extract_text().strip(), (body_id, path)
    pngs = [(b.id, p) for b in served.world.bodies for p, kind, _ in b.documents if kind == "png"]
    assert len(pngs) == 2 and all(
        Image.open(io.BytesIO(fetch(served.sites[b].url(p))[2])).size[0] > 500 for b, p in pngs
    )
    portal = served.sites["pemkab"]
    page = fetch(portal.url("/ppid/informasi-berkala"))[2].decode()
    assert "fetch('/api/v1/ppid/dokumen?kategori=berkala'" in page and ".pdf" not in page
    docs = json.loads(fetch(portal.url("/api/v1/ppid/dokumen?kategori=berkala"))[2])["data"]
    assert len(docs) >= 8 and all(fetch(portal.url(d["file_url"]))[0] == 200 for d in docs)
    assert fetch(served.urls["dinkes"])[0] == 200 and served.urls["dinkes"].startswith(portal.base + "/opd/")


def test_one_crawl_records_the_figures(tmp_path):
    """The bench's own crawl + checks + comparison on this world: every label gets a finding and the three
    figures are numbers in [0, 1]. The figures themselves are in worlds/kelima/MEASUREMENTS.md."""
    import bench.accuracy as acc
    from checks import run_checks
    from kipmon.config import load_config
    from kipmon.store import Store

    cfg = load_config()
    run_id, labels = acc.crawl_world(cfg, "kelima", AS_OF, tmp_path / "k.db", tmp_path)
    assert {r.id for r in load_registry(tmp_path / "world" / "registry.csv")} == {lab["body_id"] for lab in labels}
    with Store(tmp_path / "k.db") as store:
        run_checks(store, run_id, AS_OF, cfg)
        findings = store.findings(run_id)
    res = acc.compare(findings, labels)
    assert res["absent"] == [] and res["n"] == len(labels)
    for key in ("accuracy", "false_missing", "false_present"):
        assert 0.0 <= res[key] <= 1.0
    assert len(res["disagreements"]) == round((1 - res["accuracy"]) * res["n"])
