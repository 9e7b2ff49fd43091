"""Labelled evaluation worlds: pretend regencies whose every item carries a truth label, served on 127.0.0.x.

Not part of the installed package (the demo world is, in kipmon/demo/). Used by the tests and by
`bench/accuracy.py`; each folder's MEASUREMENTS.md records its figures, the first one measured unseen.
"""
