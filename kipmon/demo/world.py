"""The demo world: Kabupaten Contoh, a pretend regency whose public bodies' sites run on loopback.

Used by `kipmon demo` (a real report with no network) and as the labelled accuracy world for the
checks: every (body, applicable item) carries the status a careful human verifier would give, written
by hand in the site modules (kipmon/demo/sites/*.py) next to the content that decides it, never
computed by a checker.

    world = build_world(date(2025, 11, 29))          # pure data: bodies, routes, labels
    with serve_world(date.today()) as w:              # every site live on its own 127.0.0.x
        w.registry_path, w.sites["diskominfo"].base, w.labels
        w.wait()                                      # keep serving until Ctrl-C (python -m kipmon.demo.world)

Years are relative to N, the year of the as-of date: "LKjIP {N-1}" is current, "DIP {N-3}" stale.

Dates and grace periods. Page and document dates are written for an as-of in the second half of year
N (after 1 July; e.g. N-11-29): every dated thing is then in the past and every grace date of items.md
has passed. For an earlier as-of the labels still hold, because each label that depends on a grace
date says so (`Label.early`, chosen when the as-of is on or before the item's grace date in year N):
  - annual-prev items with N-2 evidence become present on or before the grace date:
    lhkpn, laporan-kinerja, laporan-layanan-informasi, desa-laporan-kinerja, desa-laporan-keuangan
    (grace 03-31) and laporan-keuangan (grace 06-30, the widest window: Dinkes, Bapperida and
    Kecamatan Contoh Utara publish N-2 financial reports, stale from 1 July and present before);
  - annual-current items with N-1 evidence become present on or before the grace date:
    program-kegiatan and anggaran (02-28), dip, dik, desa-program-kegiatan, desa-rkpdes (03-31),
    desa-apbdes (01-31; Desa Makmur Jaya's APBDes infographic is for N-1).
  The grace date itself counts as within grace (as_of <= grace date). Evidence two steps behind
  (N-3 for annual-prev, N-2 for annual-current) and term documents whose range ended in N-1 are
  stale whatever the as-of. Before about mid-year, some pages of the world carry dates later than the
  as-of (news of June N, LKPD audited in June N); they do not change any label.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from kipmon.demo.items import ITEMS_BY_KIND, in_grace
from kipmon.demo.server import Page, Site, closed_port_url
from kipmon.demo.sites import common
from kipmon.demo.sites.common import BodySpec

_TEXTUAL = ("text/", "application/json", "application/xml", "application/javascript")


@dataclass
class World:
    as_of: dt.date
    bodies: list[BodySpec]
    labels: list[dict] = field(default_factory=list)  # {"body_id", "item_id", "status"}

    def body(self, body_id: str) -> BodySpec:
        for b in self.bodies:
            if b.id == body_id:
                return b
        raise KeyError(body_id)

    def label_of(self, body_id: str, item_id: str) -> str:
        for lab in self.labels:
            if lab["body_id"] == body_id and lab["item_id"] == item_id:
                return lab["status"]
        raise KeyError((body_id, item_id))


def _site_modules():
    # imported here so that `kipmon.demo.world` stays importable while a site module is edited
    from kipmon.demo.sites import (
        desa_sites,
        kecamatan,
        kemendagri,
        laravel_portal,
        legacy,
        opd_custom,
        opensid,
        opensid_asli,
        spa_portal,
        subsite,
        unreachable,
        wordpress,
    )

    return [
        laravel_portal.build,
        wordpress.build_diskominfo,
        wordpress.build_dlh,
        kemendagri.build,
        legacy.build,
        opd_custom.build_dinkes,
        opd_custom.build_bpkad,
        opd_custom.build_rsud,
        kecamatan.build_kecamatan,
        kecamatan.build_kelurahan,
        opensid.build,
        desa_sites.build_makmurjaya,
        desa_sites.build_sumbersari,
        desa_sites.build_karyabakti,
        *unreachable.BUILDERS,
        subsite.build,
        opensid_asli.build_tanjung_harapan,
        opensid_asli.build_batu_lepoq,
        spa_portal.build,
    ]


def assemble_world(as_of: dt.date, bodies: list, name: str) -> World:
    """A World from body specs: refuses duplicate ids and bodies whose labels are not exactly the items
    of their kind, and resolves each label for `as_of` (grace dates). Every labelled world uses this."""
    ids = [b.id for b in bodies]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate body id in {name}")
    labels = []
    for b in bodies:
        expected = ITEMS_BY_KIND[b.kind]
        if set(b.labels) != set(expected):
            missing = sorted(set(expected) - set(b.labels))
            extra = sorted(set(b.labels) - set(expected))
            raise ValueError(
                f"{b.id}: labels do not match the items of kind {b.kind}: missing {missing}, extra {extra}"
            )
        for item in expected:
            labels.append({"body_id": b.id, "item_id": item, "status": b.labels[item].resolve(in_grace(item, as_of))})
    return World(as_of, bodies, labels)


def build_world(as_of: dt.date) -> World:
    """All bodies of Kabupaten Contoh with their routes and their labels resolved for `as_of`."""
    return assemble_world(as_of, [build(as_of) for build in _site_modules()], "the demo world")


def write_labels(world: World, path: str | Path) -> Path:
    """The labels as CSV: body_id,item_id,status (one row per body and applicable item)."""
    path = Path(path)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["body_id", "item_id", "status"])
        w.writeheader()
        w.writerows(world.labels)
    return path


def _substitute(data: bytes, bases: dict[str, str]) -> bytes:
    if b"@@BASE:" not in data:
        return data
    for body_id, url in bases.items():
        data = data.replace(common.base(body_id).encode(), url.encode())
    return data


def _live(route, bases: dict[str, str]):
    """A route whose placeholders are replaced by the live base URLs."""

    def fix(page: Page | None) -> Page | None:
        if page is None or not isinstance(page, Page) or not page.content_type.startswith(_TEXTUAL):
            return page
        return Page(
            _substitute(page.data(), bases),
            status=page.status,
            content_type=page.content_type,
            headers=page.headers,
            delay=page.delay,
            last_modified=page.last_modified,
        )

    if callable(route):
        return lambda *args: fix(route(*args))  # GET: (path); POST: (path, form, cookies)
    return fix(route)


@dataclass
class ServedWorld:
    world: World
    registry_path: Path
    labels_path: Path
    sites: dict[str, Site]
    urls: dict[str, str]  # body id -> registry url field ("" for no URL)
    tmpdir: Path

    @property
    def labels(self) -> list[dict]:
        return self.world.labels

    def wait(self) -> None:
        """Keep the sites running until interrupted (Ctrl-C)."""
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


@contextlib.contextmanager
def serve_world(as_of: dt.date | None = None, *, directory: str | Path | None = None, world: World | None = None):
    """Start every site of `world` (default: the demo world) on its own loopback address; yield a
    ServedWorld; stop them all on exit.

    The registry CSV (interface.md format) and the labels CSV are written to `directory`, or to a
    temporary directory that is removed on exit.
    """
    world = world or build_world(as_of or dt.date.today())
    own_tmp = directory is None
    tmpdir = Path(tempfile.mkdtemp(prefix="kipmon-demo-")) if own_tmp else Path(directory)
    tmpdir.mkdir(parents=True, exist_ok=True)
    sites: dict[str, Site] = {}
    started: list[Site] = []
    try:
        bases = _make_sites(world, sites)
        urls = _mount(world, sites, bases)
        for site in sites.values():
            started.append(site.start())
        registry = _write_registry(world, urls, tmpdir / "registry.csv")
        labels = write_labels(world, tmpdir / "labels.csv")
        yield ServedWorld(world, registry, labels, sites, urls, tmpdir)
    finally:
        for site in started:
            site.stop()
        for site in sites.values():
            if site not in started:
                site._httpd.server_close()
        if own_tmp:
            shutil.rmtree(tmpdir, ignore_errors=True)


def _make_sites(world: World, sites: dict[str, Site]) -> dict[str, str]:
    """A server for each body with a site of its own (or a 503 one), added to `sites` as it is made (so
    the caller closes those made before a failure); returns their base URLs by body id."""
    bases: dict[str, str] = {}
    for b in world.bodies:
        if b.behaviour == "site" and not b.hosted_on:
            sites[b.id] = Site()
        elif b.behaviour == "http-503":
            sites[b.id] = Site(
                not_found=Page(
                    "<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1>"
                    "<p>The server is temporarily unable to service your request due to maintenance downtime or "
                    "capacity problems. Please try again later.</p></body></html>",
                    status=503,
                    headers={"Retry-After": "3600"},
                    last_modified=None,
                )
            )
        if b.id in sites:
            bases[b.id] = sites[b.id].base
    return bases


def _mount(world: World, sites: dict[str, Site], bases: dict[str, str]) -> dict[str, str]:
    """Each body's pages on its site (or on the site it is hosted on); returns each body's registry URLs."""
    urls: dict[str, str] = {}
    for b in world.bodies:
        if b.behaviour == "closed-port":
            urls[b.id] = closed_port_url()
        elif b.behaviour == "no-url":
            urls[b.id] = ""
        else:
            site = sites[b.hosted_on or b.id]
            clash = set(b.routes) & set(site.routes) if b.hosted_on else set()
            if clash:
                raise ValueError(f"{b.id}: routes already served by {b.hosted_on}: {sorted(clash)[:3]}")
            site.routes.update({path: _live(r, bases) for path, r in b.routes.items()})
            for prefix, fn in b.prefixes:
                site.add_prefix(prefix, _live(fn, bases))
            extra = [bases[host] + path for host, path in b.extra_urls]
            urls[b.id] = " ".join([site.base + b.start_path] + extra)
    return urls


def _write_registry(world: World, urls: dict[str, str], registry: Path) -> Path:
    with registry.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "kind", "url", "parent", "email"])
        for b in world.bodies:
            w.writerow([b.id, b.name, b.kind, urls[b.id], b.parent or "", b.email or ""])
    return registry


def main(argv: list[str] | None = None) -> int:
    """Serve the demo world until Ctrl-C: python -m kipmon.demo.world [YYYY-MM-DD] [DIR]."""
    import signal
    import sys

    def _stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)  # a plain `kill` also stops the sites and removes the temp dir
    args = sys.argv[1:] if argv is None else argv
    as_of = dt.date.fromisoformat(args[0]) if args else dt.date.today()
    directory = args[1] if len(args) > 1 else None
    with serve_world(as_of, directory=directory) as w:
        print(f"Dunia demo Kabupaten Contoh aktif (per {as_of.isoformat()}).")
        print(f"Registri: {w.registry_path}\nLabel:    {w.labels_path}")
        for b in w.world.bodies:
            print(f"  {b.id:22} {w.urls[b.id] or '(tanpa URL)'}")
        print("Tekan Ctrl-C untuk berhenti.", flush=True)
        w.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
