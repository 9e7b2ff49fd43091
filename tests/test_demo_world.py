"""The demo world serves what it claims: real sites on loopback, real documents, complete labels."""

from __future__ import annotations

import collections
import csv
import datetime as dt
import io
import json
import re
import socket
import urllib.error
import urllib.request
import zipfile
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pypdf
import pytest

from kipmon.demo.docs import make_docx, make_pdf, make_xlsx
from kipmon.demo.items import BADAN_PUBLIK_ITEMS, DESA_ITEMS, ITEMS_BY_KIND
from kipmon.demo.world import build_world, serve_world, write_labels
from kipmon.registry import load_registry
from kipmon.vocab import BODY_KINDS, STATUSES

AS_OF = dt.date(2025, 11, 29)
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str, timeout: float = 5.0):
    """(status, headers, body bytes); HTTP errors are answers too."""
    try:
        with OPENER.open(url, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.links.append(v)


def links_of(html: str, base: str) -> list[str]:
    p = _Links()
    p.feed(html)
    return [urljoin(base, x) for x in p.links]


@pytest.fixture(scope="module")
def world():
    return build_world(AS_OF)


@pytest.fixture(scope="module")
def served():
    with serve_world(AS_OF) as w:
        yield w


# --------------------------------------------------------------------------- labels


def test_world_has_enough_bodies_of_every_kind(world):
    assert len(world.bodies) >= 16
    kinds = collections.Counter(b.kind for b in world.bodies)
    assert set(kinds) == set(BODY_KINDS)
    behaviours = {b.behaviour for b in world.bodies}
    assert {"site", "no-url", "http-503", "closed-port"} <= behaviours


def test_item_lists_match_the_spec_tables():
    assert len(BADAN_PUBLIK_ITEMS) == 25 and len(set(BADAN_PUBLIK_ITEMS)) == 25
    assert len(DESA_ITEMS) == 13 and len(set(DESA_ITEMS)) == 13
    assert set(ITEMS_BY_KIND) == set(BODY_KINDS)


def test_labels_cover_every_applicable_item_exactly_once(world):
    pairs = collections.Counter((lab["body_id"], lab["item_id"]) for lab in world.labels)
    assert all(n == 1 for n in pairs.values()), [p for p, n in pairs.items() if n > 1]
    for b in world.bodies:
        got = {item for (bid, item) in pairs if bid == b.id}
        assert got == set(ITEMS_BY_KIND[b.kind]), b.id
    assert {lab["status"] for lab in world.labels} <= set(STATUSES)
    assert all(set(lab) == {"body_id", "item_id", "status"} for lab in world.labels)


def test_every_status_appears_many_times_in_roughly_the_intended_mix(world):
    counts = collections.Counter(lab["status"] for lab in world.labels)
    assert all(counts[s] >= 20 for s in STATUSES), counts
    assessed = sum(counts[s] for s in ("present", "stale", "broken", "missing"))
    share = {s: counts[s] / assessed for s in ("present", "stale", "broken", "missing")}
    assert 0.33 <= share["present"] <= 0.5 and 0.12 <= share["stale"] <= 0.28
    assert 0.06 <= share["broken"] <= 0.15 and 0.22 <= share["missing"] <= 0.4


def test_unassessable_bodies_are_labelled_as_a_whole(world):
    for b in world.bodies:
        statuses = {lab["status"] for lab in world.labels if lab["body_id"] == b.id}
        if b.behaviour == "no-url":
            assert statuses == {"missing"}
        elif b.behaviour in ("http-503", "closed-port"):
            assert statuses == {"unreachable"}
        else:
            assert "unreachable" not in statuses


def test_grace_dates_change_exactly_the_labels_that_say_so():
    late, early = build_world(dt.date(2025, 11, 29)), build_world(dt.date(2025, 3, 1))
    assert late.label_of("diskominfo", "dip") == "stale" and early.label_of("diskominfo", "dip") == "present"
    assert late.label_of("dinkes", "laporan-keuangan") == "stale"
    assert build_world(dt.date(2025, 6, 30)).label_of("dinkes", "laporan-keuangan") == "present"
    assert build_world(dt.date(2025, 7, 1)).label_of("dinkes", "laporan-keuangan") == "stale"
    # evidence two years behind stays stale even early in the year
    assert early.label_of("disdikbud", "dip") == "stale"
    assert early.label_of("dlh", "dik") == "stale"
    changed = [(a["body_id"], a["item_id"]) for a, b in zip(late.labels, early.labels) if a != b]
    assert changed and all(late.label_of(*p) == "stale" and early.label_of(*p) == "present" for p in changed)


def test_years_follow_the_as_of_year():
    w = build_world(dt.date(2031, 8, 1))
    titles = [t for b in w.bodies for (_, _, t) in b.documents]
    assert any("Tahun 2030" in t for t in titles)  # LKjIP N-1
    assert not any("2025" in t for t in titles if "LKjIP" in t)


def test_write_labels_round_trips(world, tmp_path):
    path = write_labels(world, tmp_path / "labels.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows == world.labels


# --------------------------------------------------------------------------- serving


def test_registry_is_valid_and_points_at_live_sites(served):
    bodies = {b.id: b for b in load_registry(served.registry_path)}
    assert set(bodies) == {b.id for b in served.world.bodies}
    for spec in served.world.bodies:
        reg = bodies[spec.id]
        assert reg.kind == spec.kind and (reg.parent or None) == spec.parent
        if spec.behaviour == "no-url":
            assert reg.urls == ()
        else:
            assert reg.urls and reg.urls[0].startswith("http://127.")
    assert len(bodies["dinkes"].urls) == 2  # own site + its page on the regency portal
    assert bodies["dinkes"].urls[1].startswith(served.sites["pemkab-contoh"].base)


def test_start_pages_answer_as_intended(served):
    for spec in served.world.bodies:
        url = served.urls[spec.id].split()[0] if served.urls[spec.id] else None
        if spec.behaviour == "site":
            status, headers, body = fetch(url)
            assert status == 200, spec.id
            assert headers["Content-Type"].startswith("text/html")
            assert b"@@BASE" not in body
        elif spec.behaviour == "http-503":
            assert fetch(url)[0] == 503
            assert fetch(url + "ppid")[0] == 503
        elif spec.behaviour == "closed-port":
            parts = urlsplit(url)
            with pytest.raises(ConnectionRefusedError):
                socket.create_connection((parts.hostname, parts.port), timeout=2).close()


def test_no_placeholder_leaks_into_any_text_page(served):
    for spec in served.world.bodies:
        site = served.sites.get(spec.hosted_on or spec.id)  # a sub-site is served by its portal
        if not site or spec.behaviour != "site":
            continue
        for path in list(spec.routes):
            if path.startswith("POST "):
                continue  # answers POST only (an OpenSID list loaded in the background)
            if path.endswith("?*"):
                path = path[:-2]
            status, headers, body = fetch(site.url(path))
            ctype = headers.get("Content-Type", "")
            if ctype.startswith(("text/", "application/json", "application/xml")):
                assert b"@@BASE" not in body, (spec.id, path)


def test_windows_1252_site(served):
    site = served.sites["disdikbud"]
    status, headers, body = fetch(site.url("/"))
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=windows-1252"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("cp1252")
    assert "<meta charset=windows-1252>" in text
    assert "Caf\u00e9 Literasi" in text and "\u00a9 2009\u20132024" in text and "\u201c" in text
    assert re.search(r"Jum'at, \d{1,2} Nopember 2024", text)
    day = int(re.search(r"Jum'at, (\d{1,2}) Nopember 2024", text)[1])
    assert dt.date(2024, 11, day).weekday() == 4  # it really is a Friday
    status, _, body = fetch(site.url("/index.php?hal=informasi"))
    assert status == 200 and "Daftar Informasi Publik" in body.decode("cp1252")


def test_opensid_json_api_and_js_filled_table(served):
    site = served.sites["desa-sukadamai"]
    status, headers, body = fetch(site.url("/index.php/ppid"))
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    data = json.loads(body)
    assert data["status"] is True
    docs = data["data"]["ppid"]
    assert len(docs) >= 8
    fields = {"id", "kode_desa", "dokumen", "nama", "tgl_upload", "updated_at", "enabled", "kategori", "tahun"}
    for d in docs:
        assert fields <= set(d)
        assert re.fullmatch(r"\d{2}-\d{2}-\d{4}", d["tgl_upload"])
        assert d["kategori"] in {"1", "2", "3", "4"} and d["enabled"] == 1
        assert d["dokumen"].startswith(site.base + "/index.php/dokumen_web/unduh_berkas/")
    assert {d["kategori"] for d in docs} == {"1", "2", "3", "4"}
    statuses = collections.Counter(fetch(d["dokumen"])[0] for d in docs)
    assert statuses[200] >= 7 and statuses[404] == 1
    # the HTML page shows nothing without JavaScript
    _, _, html = fetch(site.url("/index.php/informasi-publik"))
    html = html.decode()
    assert re.search(r"<tbody>\s*</tbody>", html) and "/index.php/ppid" in html
    assert not any(d["nama"] in html for d in docs)


def _crawl(site, start="/", limit=400) -> dict[str, bytes]:
    """All same-site HTML pages reachable by links (no JavaScript), path -> body."""
    seen, queue, pages = set(), [site.url(start)], {}
    while queue and len(seen) < limit:
        url = queue.pop()
        if url in seen or not url.startswith(site.base):
            continue
        seen.add(url)
        status, headers, body = fetch(url)
        if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            pages[url] = body
            queue.extend(u.split("#")[0] for u in links_of(body.decode("utf-8", "replace"), url))
    return pages


def test_wordpress_site_api_sitemap_and_media_only_documents(served):
    site = served.sites["diskominfo"]
    status, headers, body = fetch(site.url("/wp-json/wp/v2/media?per_page=100"))
    assert status == 200 and headers["X-WP-Total"]
    media = json.loads(body)
    for m in media:
        assert {"id", "date", "title", "source_url", "mime_type", "media_type", "post"} <= set(m)
        assert isinstance(m["title"]["rendered"], str)
        dt.datetime.fromisoformat(m["date"])
    pages = _crawl(site)
    linked = set()
    for url, html in pages.items():
        linked.update(links_of(html.decode(), url))
    only_json = [m for m in media if m["source_url"] not in linked]
    assert len(only_json) >= 3, [m["title"]["rendered"] for m in only_json]
    for m in only_json:
        status, headers, body = fetch(m["source_url"])
        assert status == 200 and headers["Content-Type"] == m["mime_type"] == "application/pdf"
        text = pypdf.PdfReader(io.BytesIO(body)).pages[0].extract_text()
        assert " ".join(m["title"]["rendered"].split()) in " ".join(text.split())
    # the berkala page's own filter
    berkala = json.loads(fetch(site.url("/wp-json/wp/v2/pages?per_page=100"))[2])
    page = next(p for p in berkala if p["link"].endswith("/ppid/informasi-berkala/"))
    assert f"media?parent={page['id']}" in page["content"]["rendered"]
    children = json.loads(fetch(site.url(f"/wp-json/wp/v2/media?parent={page['id']}&per_page=100"))[2])
    assert {m["id"] for m in only_json} <= {m["id"] for m in children}
    posts = json.loads(fetch(site.url("/wp-json/wp/v2/posts"))[2])
    assert all(re.search(r"/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/$", p["link"]) for p in posts)
    # sitemap index -> sitemaps -> live pages
    index = fetch(site.url("/wp-sitemap.xml"))[2].decode()
    subs = re.findall(r"<loc>([^<]+)</loc>", index)
    assert len(subs) == 2
    locs = [loc for s in subs for loc in re.findall(r"<loc>([^<]+)</loc>", fetch(s)[2].decode())]
    assert site.url("/ppid/informasi-berkala/") in locs
    assert all(fetch(loc)[0] == 200 for loc in locs)


def test_robots_txt_disallows_admin_and_names_the_sitemap(served):
    site = served.sites["diskominfo"]
    status, _, body = fetch(site.url("/robots.txt"))
    text = body.decode()
    assert status == 200 and "Disallow: /wp-admin/" in text
    assert f"Sitemap: {site.url('/wp-sitemap.xml')}" in text


def test_calendar_trap_never_ends(served):
    site = served.sites["kec-contoh-utara"]
    url, seen = site.url("/agenda"), set()
    for _ in range(40):
        status, _, body = fetch(url)
        assert status == 200
        nxt = re.search(r"href='(/agenda/\d{4}/\d{2})'>Bulan berikutnya", body.decode())
        assert nxt
        url = site.url(nxt[1])
        assert url not in seen
        seen.add(url)
    assert fetch(site.url("/agenda/2025/13"))[0] == 404


def test_every_document_opens_and_says_what_it_is(served):
    n = collections.Counter()
    for spec in served.world.bodies:
        site = served.sites.get(spec.hosted_on or spec.id)
        for path, kind, title in spec.documents:
            status, headers, body = fetch(site.url(path))
            assert status == 200 and body, (spec.id, path)
            want = " ".join(title.split())
            if kind == "pdf":
                reader = pypdf.PdfReader(io.BytesIO(body), strict=True)
                text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
                assert want in text, (spec.id, path)
                assert reader.metadata.creation_date is not None
            else:
                z = zipfile.ZipFile(io.BytesIO(body))
                core = z.read("docProps/core.xml").decode()
                assert "<dc:title>" in core and "[Content_Types].xml" in z.namelist()
                part = "word/document.xml" if kind == "docx" else "xl/sharedStrings.xml"
                assert want.replace("&", "&amp;") in z.read(part).decode(), (spec.id, path)
            n[kind] += 1
    assert n["pdf"] >= 60 and n["docx"] >= 3 and n["xlsx"] >= 3


def test_opaque_file_name_only_the_text_tells(served):
    site = served.sites["dinkes"]
    _, _, html = fetch(site.url("/halaman/informasi-berkala"))
    assert "/uploads/doc_83f2a.pdf" in html.decode() and "Kinerja" not in html.decode()
    reader = pypdf.PdfReader(io.BytesIO(fetch(site.url("/uploads/doc_83f2a.pdf"))[2]))
    assert "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024" in reader.pages[0].extract_text()
    assert "2024" not in (reader.metadata.title or "")


def test_broken_documents_are_really_broken(served):
    site = served.sites["bpkad"]
    assert fetch(site.url("/files/download/Laporan_Keuangan_BPKAD_2024.pdf"))[0] == 404
    status, headers, body = fetch(site.url("/files/download/RKA_BPKAD_2025.pdf"))
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"File tidak ditemukan" in body
    status, headers, body = fetch(site.url("/files/download/Prosedur_Evakuasi_Gedung_BPKAD.pdf"))
    assert status == 200 and body == b""
    status, headers, body = fetch(site.url("/files/download/Laporan_Layanan_Informasi_2024.pdf"))
    assert status == 200 and headers["Content-Type"] == "application/pdf" and len(body) > 1000
    with pytest.raises(Exception):  # noqa: B017 - any of pypdf's errors: the point is that it cannot be read
        pypdf.PdfReader(io.BytesIO(body), strict=True).pages[0].extract_text()
    assert fetch(site.url("/files/download/SOP_Pelayanan_Informasi_Publik.pdf"))[0] == 500


def test_dinkes_dip_lives_on_the_regency_portal(served):
    dinkes, portal = served.sites["dinkes"], served.sites["pemkab-contoh"]
    _, _, html = fetch(dinkes.url("/halaman/ppid"))
    target = portal.url("/ppid-pelaksana/dinas-kesehatan/")
    assert target in links_of(html.decode(), dinkes.url("/halaman/ppid"))
    _, _, page = fetch(target)
    assert "Daftar Informasi Publik (DIP) Dinas Kesehatan Tahun 2025" in page.decode()


def test_laravel_portal_slugs_and_external_links(served):
    site = served.sites["pemkab-contoh"]
    for path in (
        "/ppid",
        "/informasi-berkala",
        "/informasi-serta-merta",
        "/informasi-setiap-saat",
        "/informasi-dikecualikan",
        "/dip",
    ):
        assert fetch(site.url(path))[0] == 200, path
    html = fetch(site.url("/informasi-berkala"))[2].decode()
    hosts = {urlsplit(u).hostname for u in links_of(html, site.url("/"))}
    assert {"www.lapor.go.id", "elhkpn.kpk.go.id", "sirup.lkpp.go.id", "jdih.contohkab.go.id"} <= hosts


def test_sites_stop_on_exit():
    with serve_world(AS_OF) as w:
        url = w.sites["dlh"].url("/")
        assert fetch(url)[0] == 200
        registry = w.registry_path
    assert not registry.exists()
    with pytest.raises(OSError):
        fetch(url, timeout=2)


def test_document_generators_directly():
    pdf = make_pdf("Judul (uji) \\ Café", ["baris satu"] * 120, metadata={"CreationDate": dt.date(2024, 3, 1)})
    r = pypdf.PdfReader(io.BytesIO(pdf), strict=True)
    assert len(r.pages) == 3
    assert r.metadata.title == "Judul (uji) \\ Café"
    assert r.metadata.creation_date.date() == dt.date(2024, 3, 1)
    assert "Judul (uji) \\ Café" in r.pages[0].extract_text()
    d = zipfile.ZipFile(io.BytesIO(make_docx("Dok A&B", ["x"], created=dt.date(2024, 1, 1))))
    assert "Dok A&amp;B" in d.read("docProps/core.xml").decode()
    x = zipfile.ZipFile(io.BytesIO(make_xlsx("Tabel", [["a", 1]], created=dt.date(2024, 1, 1))))
    assert {"xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"} <= set(x.namelist())
