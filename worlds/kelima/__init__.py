"""The fifth labelled world: Kabupaten Kelima, 12 bodies, written without reading the checks' rules.

    world = build_world(date(2026, 11, 29))      # bodies, routes, labels (same World shape as kipmon.demo.world)
    with serve_world(date(2026, 11, 29)) as w:   # every site live on loopback; w.registry_path, w.labels

`python bench/accuracy.py --world kelima`. Labels are written by hand next to the content in the site modules,
as what a careful human verifier would conclude; README.md says how the world was written and what is in it.
Conventions as kipmon.demo: years relative to N, page dates written for an as-of in the second half of N, a
label that depends on a grace date carries `early`.
"""

from __future__ import annotations

import datetime as dt

from kipmon.demo import world as _world
from kipmon.demo.world import World, write_labels  # noqa: F401  (re-exported: same API as kipmon.demo.world)

NAME = "Kabupaten Kelima"


def _bodies(as_of: dt.date) -> list:
    from worlds.kelima import desa, opd, pemkab, wilayah

    builders = [
        pemkab.build(as_of),
        pemkab.build_dinkes(as_of),
        opd.build_bpkad(as_of),
        opd.build_dishub(as_of),
        wilayah.build_telaga_batu(as_of),
        wilayah.build_sungai_rapak(as_of),
        wilayah.build_kelurahan(as_of),
        desa.build_batu_putih(as_of),
        desa.build_long_nah(as_of),
        desa.build_tepian_indah(as_of),
        desa.build_karangan_hilir(as_of),
        desa.build_sido_rukun(as_of),
    ]
    return [sb.spec for sb in builders]


def build_world(as_of: dt.date) -> World:
    """All bodies of Kabupaten Kelima with their routes and their labels resolved for `as_of`."""
    return _world.assemble_world(as_of, _bodies(as_of), NAME)


def serve_world(as_of: dt.date | None = None, *, directory=None):
    """Serve Kabupaten Kelima with kipmon.demo.world's own serving machinery."""
    as_of = as_of or dt.date.today()
    return _world.serve_world(as_of, directory=directory, world=build_world(as_of))
