"""Labelled evaluation worlds: pretend regencies whose every item carries a truth label, served on 127.0.0.x.

Not part of the installed package (the demo world is, in kipmon/demo/). Used by the tests and by
`bench/accuracy.py`; each folder's MEASUREMENTS.md records its figures, the first one measured unseen.
"""


def serve_main(serve_world, title: str, argv: list[str] | None = None) -> int:
    """Serve a world until Ctrl-C or SIGTERM: `python -m worlds.NAME [YYYY-MM-DD] [DIR]`; prints its registry,
    labels and each body's address (`title`: how the world calls itself, e.g. "Dunia uji Kabupaten Uji")."""
    import datetime as dt
    import signal
    import sys

    def _stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    args = sys.argv[1:] if argv is None else argv
    as_of = dt.date.fromisoformat(args[0]) if args else dt.date.today()
    with serve_world(as_of, directory=args[1] if len(args) > 1 else None) as w:
        print(f"{title} aktif (per {as_of.isoformat()}).\nRegistri: {w.registry_path}\nLabel:    {w.labels_path}")
        for b in w.world.bodies:
            print(f"  {b.id:24} {w.urls[b.id] or '(tanpa URL)'}")
        print("Tekan Ctrl-C untuk berhenti.", flush=True)
        w.wait()
    return 0
