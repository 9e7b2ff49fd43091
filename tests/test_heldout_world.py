"""The held-out world Kabupaten Uji serves what it claims, and its labels are complete and valid."""

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

from worlds.heldout import build_world, serve_world
from kipmon.demo.items import ITEMS_BY_KIND
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
            if k in ("href", "src", "data-source") and v and not v.startswith("#"):
                self.links.append(v)


@pytest.fixture(scope="module")
def world():
    return build_world(AS_OF)


@pytest.fixture(scope="module")
def served():
    with serve_world(AS_OF) as w:
        yield w


def test_bodies_of_every_kind_including_unassessable_ones(world):
    assert len(world.bodies) >= 15
    kinds = collections.Counter(b.kind for b in world.bodies)
    assert set(kinds) == set(BODY_KINDS) and kinds["opd"] >= 8 and kinds["desa"] >= 4
    assert {"site", "no-url", "closed-port"} <= {b.behaviour for b in world.bodies}


def test_labels_cover_every_applicable_item_exactly_once(world):
    pairs = collections.Counter((lab["body_id"], lab["item_id"]) for lab in world.labels)
    assert all(n == 1 for n in pairs.values())
    for b in world.bodies:
        assert {item for (bid, item) in pairs if bid == b.id} == set(ITEMS_BY_KIND[b.kind]), b.id
    assert {lab["status"] for lab in world.labels} <= set(STATUSES)


def test_status_mix_and_unassessable_bodies(world):
    counts = collections.Counter(lab["status"] for lab in world.labels)
    assessed = sum(counts[s] for s in ("present", "stale", "broken", "missing"))
    assert 0.3 <= counts["present"] / assessed <= 0.5 and counts["stale"] / assessed >= 0.12
    assert counts["broken"] / assessed >= 0.06 and 0.2 <= counts["missing"] / assessed <= 0.4
    for b in world.bodies:
        statuses = {lab["status"] for lab in world.labels if lab["body_id"] == b.id}
        if b.behaviour == "no-url":
            assert statuses == {"missing"}
        elif b.behaviour == "closed-port":
            assert statuses == {"unreachable"}
        else:
            assert "unreachable" not in statuses


def test_grace_dates_only_turn_stale_into_present():
    late, early = build_world(AS_OF), build_world(dt.date(2026, 3, 1))
    changed = [(a["body_id"], a["item_id"]) for a, b in zip(late.labels, early.labels) if a != b]
    assert len(changed) >= 10
    assert all(late.label_of(*p) == "stale" and early.label_of(*p) == "present" for p in changed)
    assert early.label_of("bappeda-uji", "laporan-keuangan") == "stale"  # N-3: stale whatever the date


def test_served_sites_documents_and_links(served):
    regs = {r.id: r for r in load_registry(served.registry_path)}
    assert set(regs) == {b.id for b in served.world.bodies}
    n_pdf = 0
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
            if not ctype.startswith(("text/", "application/json", "application/xml")):
                continue
            assert b"@@BASE" not in body, (spec.id, path)
            if ctype.startswith("text/html") and status == 200:
                parser = _Links()
                parser.feed(body.decode("cp1252" if "1252" in ctype else "utf-8"))
                for link in parser.links:
                    full = urljoin(site.url(path), link)
                    parts = urlsplit(full)
                    own = f"{parts.scheme}://{parts.netloc}"
                    for other in served.world.bodies:
                        s2 = served.sites.get(other.id)
                        if (
                            s2
                            and s2.base == own
                            and not parts.path.startswith("/assets/vendor")
                            and not parts.path.startswith("/wp-content/themes")
                            and "/wp-content/plugins" not in parts.path
                            and parts.path not in ("/style.css",)
                            and not parts.path.startswith(("/images/", "/storage/sotk"))
                            and not parts.path.endswith(("/kirim", "/submit", "informasi_publik.js", "/feed/"))
                        ):
                            key = parts.path + ("?" + parts.query if parts.query else "")
                            assert key in other.routes or parts.path + "?*" in other.routes, (spec.id, path, link)
    assert n_pdf >= 60


def test_feeds_and_encodings(served):
    disdik = served.sites["disdikbud-uji"]
    status, headers, body = fetch(disdik.url("/wp-json/wp/v2/media?per_page=100&media_type=file"))
    media = json.loads(body)
    assert status == 200 and len(media) >= 10
    assert all(fetch(m["source_url"])[0] in (200, 404) for m in media)
    desa = served.sites["desa-sukamaju"]
    feed = json.loads(fetch(desa.url("/index.php/ppid"))[2])
    assert {e["kategori"] for e in feed["data"]["ppid"]} >= {"1", "2", "3"}
    assert all(fetch(e["dokumen"])[0] == 200 for e in feed["data"]["ppid"])
    status, headers, body = fetch(served.sites["dpmptsp-uji"].url("/eppid.php"))
    assert headers["Content-Type"] == "text/html; charset=windows-1252"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "\u2013" in body.decode("cp1252")
