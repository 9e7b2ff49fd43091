"""Checks: judge each mandatory public-information item over a stored crawl, and score the bodies.

Public API (used by the run pipeline):
- `checks.run_checks(store, run_id, as_of, cfg) -> dict`: findings for every (body, item), saved.
- `checks.scoring.score_run(store, run_id, cfg) -> dict`: body scores, bands and the regency roll-up.
Never imports Scrapy, never reads the network or the clock.
"""

from checks.run import run_checks

__all__ = ["run_checks"]
