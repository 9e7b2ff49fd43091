"""The last labelled world, Kabupaten Akhir, serves what it claims, and its labels are complete and valid."""

from __future__ import annotations

import collections
import datetime as dt
import io
import json
import urllib.error
import urllib.request
import zipfile
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pypdf
import pytest

from worlds.akhir import build_world, serve_world
from kipmon.demo.items import ITEMS_BY_KIND, in_grace
from kipmon.registry import load_registry
from kipmon.vocab import BODY_KINDS, STATUSES

AS_OF = dt.date(2026, 11, 29)
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str):
    try:
        with OPENER.open(url, timeout=5) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v and not v.startswith("#"):
                self.links.append(v)


@pytest.fixture(scope="module")
def world():
    return build_world(AS_OF)


@pytest.fixture(scope="module")
def served():
    with serve_world(AS_OF) as w:
        yield w


def test_bodies_of_every_kind_including_unassessable_ones(world):
    assert len(world.bodies) >= 14
    kinds = collections.Counter(b.kind for b in world.bodies)
    assert set(kinds) == set(BODY_KINDS)
    assert kinds == {"pemkab": 1, "opd": 7, "kecamatan": 2, "kelurahan": 1, "desa": 3}
    assert collections.Counter(b.behaviour for b in world.bodies) == {"site": 12, "no-url": 1, "http-503": 1}


def test_labels_cover_every_applicable_item_exactly_once(world):
    pairs = collections.Counter((lab["body_id"], lab["item_id"]) for lab in world.labels)
    assert all(n == 1 for n in pairs.values())
    for b in world.bodies:
        assert {item for (bid, item) in pairs if bid == b.id} == set(ITEMS_BY_KIND[b.kind]), b.id
    assert {lab["status"] for lab in world.labels} <= set(STATUSES)
    assert {lab["status"] for lab in world.labels} == set(STATUSES)


def test_status_mix_and_unassessable_bodies(world):
    counts = collections.Counter(lab["status"] for lab in world.labels)
    assessed = sum(counts[s] for s in ("present", "stale", "broken", "missing"))
    assert 0.35 <= counts["present"] / assessed <= 0.45 and 0.15 <= counts["stale"] / assessed <= 0.25
    assert 0.07 <= counts["broken"] / assessed <= 0.13 and 0.25 <= counts["missing"] / assessed <= 0.35
    for b in world.bodies:
        statuses = {lab["status"] for lab in world.labels if lab["body_id"] == b.id}
        if b.behaviour == "no-url":
            assert statuses == {"missing"}
        elif b.behaviour == "http-503":
            assert statuses == {"unreachable"}
        else:
            assert "unreachable" not in statuses


def test_only_dated_items_are_stale_and_grace_dates_only_turn_stale_into_present():
    from kipmon.demo.items import currency

    late, early = build_world(AS_OF), build_world(dt.date(2026, 3, 1))
    for lab in late.labels:
        if lab["status"] == "stale":
            assert currency(lab["item_id"]) != "static", lab
    changed = [(a["body_id"], a["item_id"]) for a, b in zip(late.labels, early.labels) if a != b]
    assert len(changed) >= 15
    assert all(late.label_of(*p) == "stale" and early.label_of(*p) == "present" for p in changed)
    assert all(in_grace(item, dt.date(2026, 3, 1)) for _, item in changed)
    for b in late.bodies:
        for item, lab in b.labels.items():
            assert lab.early in (None, "present") and (lab.early is None or lab.status == "stale"), (b.id, item)


def test_served_sites_documents_and_links(served):
    regs = {r.id: r for r in load_registry(served.registry_path)}
    assert set(regs) == {b.id for b in served.world.bodies}
    assert served.urls["desa-muara-pantun"] == ""
    assert fetch(served.sites["disdik"].url("/"))[0] == 503
    assert len(served.urls["dinsos"].split()) == 2  # own site + its PPID pages on the regency portal
    n_pdf = n_links = 0
    for spec in served.world.bodies:
        if spec.behaviour != "site":
            continue
        site = served.sites[spec.id]
        assert fetch(site.url("/"))[0] == 200, spec.id
        for path, kind, title in spec.documents:
            status, headers, body = fetch(site.url(path))
            assert status == 200, (spec.id, path)
            if kind == "pdf":
                text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(body)).pages)
                assert title.split()[0] in text, (spec.id, path)
                n_pdf += 1
            else:
                assert zipfile.ZipFile(io.BytesIO(body)).testzip() is None
        for path in spec.routes:
            if path.endswith("?*"):
                continue
            status, headers, body = fetch(site.url(path))
            ctype = headers.get("Content-Type", "")
            if not ctype.startswith(("text/", "application/json")):
                continue
            assert b"@@BASE" not in body, (spec.id, path)
            if ctype.startswith("text/html") and status == 200:
                parser = _Links()
                parser.feed(body.decode("cp1252" if "1252" in ctype else "utf-8"))
                for link in parser.links:
                    parts = urlsplit(urljoin(site.url(path), link))
                    own = f"{parts.scheme}://{parts.netloc}"
                    key = (parts.path or "/") + ("?" + parts.query if parts.query else "")
                    if "kirim" in key or parts.path.endswith("/permohonan-informasi/"):
                        continue  # form actions are not part of the world
                    for other in served.world.bodies:
                        s2 = served.sites.get(other.id)
                        if s2 and s2.base == own and other.behaviour == "site":
                            n_links += 1
                            assert key in other.routes or parts.path + "?*" in other.routes, (spec.id, path, link)
    assert n_pdf >= 60 and n_links >= 250


def test_metadata_title_disagrees_with_text_where_the_labels_say_so(served):
    N = AS_OF.year
    body = fetch(served.sites["pemkab"].url("/api/dokumen/unduh?id=140"))[2]
    reader = pypdf.PdfReader(io.BytesIO(body))
    assert reader.metadata.title == f"SK DIP {N - 2}"
    assert f"Tahun {N}" in reader.pages[0].extract_text()
    assert served.world.label_of("pemkab", "dip") == "present"
    body = fetch(served.sites["diskominfo"].url("/assets/dokumen/ppid/lkjip-diskominfo.pdf"))[2]
    reader = pypdf.PdfReader(io.BytesIO(body))
    assert reader.metadata.title == f"LKjIP {N - 1}" and f"Tahun {N - 3}" in reader.pages[0].extract_text()
    assert served.world.label_of("diskominfo", "laporan-kinerja") == "stale"


def test_feeds(served):
    media = json.loads(fetch(served.sites["dpmptsp"].url("/wp-json/wp/v2/media?per_page=100&media_type=file"))[2])
    assert len(media) >= 6 and all(fetch(m["source_url"])[0] == 200 for m in media)
    feed = json.loads(fetch(served.sites["desa-sido-makmur"].url("/index.php/ppid"))[2])
    assert {e["kategori"] for e in feed["data"]["ppid"]} >= {"1", "2", "3"}
    assert sorted(fetch(e["dokumen"])[0] for e in feed["data"]["ppid"]).count(404) == 1
    page = fetch(served.sites["pemkab"].url("/ppid/informasi-berkala"))[2].decode()
    data = json.loads(page.split('<script id="__NEXT_DATA__" type="application/json">')[1].split("</script>")[0])
    assert (
        len(data["props"]["pageProps"]["dokumen"]) >= 8
        and "/api/dokumen/unduh?id=" not in page.split("__NEXT_DATA__")[0]
    )
    _, headers, body = fetch(served.sites["bapperida"].url("/index.php?hal=dokumen"))
    assert headers["Content-Type"] == "text/html; charset=windows-1252" and "\u2013" in body.decode("cp1252")
