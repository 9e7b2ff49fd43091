"""The last labelled world: Kabupaten Akhir, 14 bodies for the final, honest measurement of the checks.

Written from the spec (items.md, interface.md) and the domain brief alone, without reading the checks or the
other worlds' site modules; nobody tunes rules on it. `python bench/accuracy.py --world akhir`.

    world = build_world(date(2026, 11, 29))      # bodies, routes, labels (same World shape as kipmon.demo.world)
    with serve_world(date(2026, 11, 29)) as w:   # every site live on loopback; w.registry_path, w.labels

Labels are written by hand next to the content in the site modules, as what a careful human verifier would
conclude; README.md lists the bodies, the label counts and the judgement calls. Conventions as kipmon.demo:
years are relative to N, the as-of year; page and document dates are written for an as-of in the second half of
N (the measurement uses N-11-29); a label that depends on a grace date carries `early` (the status for an as-of on
or before the item's grace date in N).
"""

from __future__ import annotations

import datetime as dt

from kipmon.demo import world as _world
from kipmon.demo.world import World, write_labels  # noqa: F401  (re-exported: same API as kipmon.demo.world)

NAME = "Kabupaten Akhir"


def _bodies(as_of: dt.date) -> list:
    from worlds.akhir import desa, opd_portal, opd_sites, pemkab, wilayah

    portal = pemkab.build(as_of)
    builders = [
        portal,
        opd_portal.build_dinsos(as_of, portal),
        opd_portal.build_diskominfo(as_of),
        opd_sites.build_dpmptsp(as_of),
        opd_sites.build_rsud(as_of),
        opd_sites.build_bapperida(as_of),
        opd_sites.build_pupr(as_of),
        opd_portal.build_disdik(as_of),
        wilayah.build_kec_sungai_laban(as_of),
        wilayah.build_kec_long_bentas(as_of),
        wilayah.build_kelurahan(as_of),
        desa.build_sido_makmur(as_of),
        desa.build_long_lepeq(as_of),
        desa.build_muara_pantun(as_of),
    ]
    pemkab.add_pelaksana_index(portal, opd_portal.ENTRIES)
    return [sb.spec for sb in builders]


def build_world(as_of: dt.date) -> World:
    """All bodies of Kabupaten Akhir with their routes and their labels resolved for `as_of`."""
    bodies = _bodies(as_of)
    return _world.assemble_world(as_of, bodies, NAME)


def serve_world(as_of: dt.date | None = None, *, directory=None):
    """Serve Kabupaten Akhir with kipmon.demo.world's own serving machinery."""
    as_of = as_of or dt.date.today()
    return _world.serve_world(as_of, directory=directory, world=build_world(as_of))


def main(argv: list[str] | None = None) -> int:
    """Serve Kabupaten Akhir until Ctrl-C: python -m worlds.akhir [YYYY-MM-DD] [DIR]."""
    import signal
    import sys

    def _stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    args = sys.argv[1:] if argv is None else argv
    as_of = dt.date.fromisoformat(args[0]) if args else dt.date.today()
    with serve_world(as_of, directory=args[1] if len(args) > 1 else None) as w:
        print(f"Dunia {NAME} aktif (per {as_of.isoformat()}).\nRegistri: {w.registry_path}\nLabel:    {w.labels_path}")
        for b in w.world.bodies:
            print(f"  {b.id:22} {w.urls[b.id] or '(tanpa URL)'}")
        print("Tekan Ctrl-C untuk berhenti.", flush=True)
        w.wait()
    return 0
