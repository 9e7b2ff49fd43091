"""The validation world: Kabupaten Validasi, 16 labelled bodies for a final, honest measurement.

Written after the checks were tuned on Kabupaten Contoh (kipmon/demo/world.py) and measured on Kabupaten Uji
(worlds/heldout), from the spec (items.md, interface.md) and the domain brief's description of real
Kutai-Timur-like sites in 2025-2026, without reading the checks or the other worlds' site modules. Use it once,
for the final number: `python bench/accuracy.py --world validasi`. Do not tune rules against it.

    world = build_world(date(2026, 11, 29))      # bodies, routes, labels (same World shape as kipmon.demo.world)
    with serve_world(date(2026, 11, 29)) as w:   # every site live on loopback; w.registry_path, w.labels

Labels are written by hand next to the content in the site modules, as what a careful human verifier would
conclude; README.md lists the bodies, the label counts and the judgement calls. Conventions (as kipmon/demo):
years are relative to N, the as-of year; page and document dates are written for an as-of in the second half
of N (the measurement uses N-11-29); a label that depends on a grace date carries `early` (the status for an
as-of on or before the item's grace date in N).
"""

from __future__ import annotations

import datetime as dt

from kipmon.demo import world as _world
from kipmon.demo.world import World, write_labels  # noqa: F401  (re-exported: same API as kipmon.demo.world)

NAME = "Kabupaten Validasi"


def _builders():
    from worlds.validasi import desa, opd_a, opd_b, pemkab, wilayah

    return [
        pemkab.build,
        opd_a.build_diskominfo,
        opd_a.build_disdikbud,
        opd_a.build_dinkes,
        opd_b.build_bappeda,
        opd_b.build_rsud,
        opd_b.build_bpkad,
        opd_b.build_bkpsdm,
        opd_b.build_dishub,
        wilayah.build_kec_muara,
        wilayah.build_kec_hulu,
        wilayah.build_kelurahan,
        desa.build_sumber,
        desa.build_long,
        desa.build_tepian,
        desa.build_batu,
    ]


def build_world(as_of: dt.date) -> World:
    """All bodies of Kabupaten Validasi with their routes and their labels resolved for `as_of`."""
    bodies = [build(as_of) for build in _builders()]
    return _world.assemble_world(as_of, bodies, NAME)


def serve_world(as_of: dt.date | None = None, *, directory=None):
    """Serve Kabupaten Validasi with kipmon.demo.world's own serving machinery."""
    as_of = as_of or dt.date.today()
    return _world.serve_world(as_of, directory=directory, world=build_world(as_of))


def main(argv: list[str] | None = None) -> int:
    """Serve the validation world until Ctrl-C: python -m worlds.validasi [YYYY-MM-DD] [DIR]."""
    import signal
    import sys

    def _stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    args = sys.argv[1:] if argv is None else argv
    as_of = dt.date.fromisoformat(args[0]) if args else dt.date.today()
    with serve_world(as_of, directory=args[1] if len(args) > 1 else None) as w:
        print(
            f"Dunia validasi {NAME} aktif (per {as_of.isoformat()}).\nRegistri: {w.registry_path}\nLabel:    {w.labels_path}"
        )
        for b in w.world.bodies:
            print(f"  {b.id:24} {w.urls[b.id] or '(tanpa URL)'}")
        print("Tekan Ctrl-C untuk berhenti.", flush=True)
        w.wait()
    return 0
