"""The held-out world: Kabupaten Uji, 16 labelled bodies the checks were never tuned on.

kipmon/demo/world.py (Kabupaten Contoh) is the world the rules were developed against; it scores 100%
there, which says little about real sites. This world was written afterwards, from the spec
(items.md, interface.md) and the domain brief's description of real Indonesian government sites,
without looking at the rules, the evaluator or the Contoh site modules. Its purpose is an honest
measurement: `python bench/accuracy.py --world heldout`. Do not tune rules against it; once a rule is changed
because of a disagreement seen here, this world is no longer held out, and a new one is needed.

    world = build_world(date(2026, 11, 29))      # bodies, routes, labels (same World shape as kipmon.demo.world)
    with serve_world(date(2026, 11, 29)) as w:   # every site live on loopback; w.registry_path, w.labels

Labels are written by hand next to the content in the site modules, as what a careful human
verifier would conclude. Conventions (the same as kipmon/demo):
  - years are relative to N, the as-of year; page and document dates are written for an as-of in the
    second half of N (the measurement uses N-11-29);
  - a label that depends on a grace date carries `early` (the status for an as-of on or before the
    item's grace date in N): annual-prev items with N-2 evidence, annual-current with N-1 evidence;
  - "broken" is a link to the item whose target fails (404, 500, an HTML "File tidak ditemukan" page,
    an empty or unreadable file); "missing" covers near-misses that are not the item.

Judgement calls, written down so that they can be argued with:
  - A document on Google Drive whose link text names the document and its year counts (present if the
    year is current): a verifier clicks through; the crawler is not expected to fetch it.
  - An empty "Informasi Serta Merta" section ("Belum ada data") is present: serta merta information only
    exists when an emergency happens, and the item is the section (RSUD).
  - A news post that mentions LHKPN in passing is not an LHKPN (Dinas Sosial, BPBD); a Perjanjian
    Kinerja is not a performance report (Dinas Sosial: missing; Inspektorat: its older LKjIP decides);
    a "Daftar Informasi Publik" menu that holds only a DIK is no DIP (RSUD); BMKG weather alerts under
    serta merta are not the office's early-warning and evacuation procedure (Pemkab).
  - An LPPD counts as the regency's performance report; an RBA is a BLUD hospital's budget document;
    PKPT is the inspectorate's annual programme; an agenda or "Kalender Kegiatan" of year N counts as
    programme and activities; an LRA "Semester II" or "s.d. Triwulan IV" of a year is that year's report.
  - Static items need presence only; a link to an OPD's page on the regency portal counts (Dinas Sosial
    DIP/DIK, request forms).
"""

from __future__ import annotations

import datetime as dt

from kipmon.demo import world as _world
from kipmon.demo.world import World, write_labels  # noqa: F401  (re-exported: same API as kipmon.demo.world)

NAME = "Kabupaten Uji"


def _builders():
    from worlds.heldout import desa, kewilayahan, opd_other, opd_wp, pemkab

    return [
        pemkab.build,
        opd_wp.build_disdik,
        opd_wp.build_dinsos,
        opd_other.build_bappeda,
        opd_other.build_inspektorat,
        opd_other.build_dpmptsp,
        opd_other.build_rsud,
        opd_other.build_bpbd,
        opd_other.build_dishub,
        kewilayahan.build_kec_hilir,
        kewilayahan.build_kec_hulu,
        kewilayahan.build_kelurahan,
        desa.build_sukamaju,
        desa.build_mekarsari,
        desa.build_tanjung,
        desa.build_no_url,
    ]


def build_world(as_of: dt.date) -> World:
    """All bodies of Kabupaten Uji with their routes and their labels resolved for `as_of`."""
    bodies = [build(as_of) for build in _builders()]
    return _world.assemble_world(as_of, bodies, NAME)


def serve_world(as_of: dt.date | None = None, *, directory=None):
    """Serve Kabupaten Uji with kipmon.demo.world's own serving machinery."""
    as_of = as_of or dt.date.today()
    return _world.serve_world(as_of, directory=directory, world=build_world(as_of))


def main(argv: list[str] | None = None) -> int:
    """Serve the held-out world until Ctrl-C: python -m worlds.heldout [YYYY-MM-DD] [DIR]."""
    import signal
    import sys

    def _stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    args = sys.argv[1:] if argv is None else argv
    as_of = dt.date.fromisoformat(args[0]) if args else dt.date.today()
    with serve_world(as_of, directory=args[1] if len(args) > 1 else None) as w:
        print(
            f"Dunia uji {NAME} aktif (per {as_of.isoformat()}).\nRegistri: {w.registry_path}\nLabel:    {w.labels_path}"
        )
        for b in w.world.bodies:
            print(f"  {b.id:24} {w.urls[b.id] or '(tanpa URL)'}")
        print("Tekan Ctrl-C untuk berhenti.", flush=True)
        w.wait()
    return 0
