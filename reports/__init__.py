"""Reports: the gap report (static HTML), the notices to public bodies, and the exports.

API the run pipeline calls:
    reports.write_report(store, run_id, out_dir, cfg) -> Path           (index.html; also the CSV files)
    reports.notices.write_notices(store, run_id, out_dir, cfg, send=None) -> dict
"""

from __future__ import annotations

from pathlib import Path


def write_report(store, run_id: int, out_dir: Path, cfg: dict) -> Path:
    from reports.html import write_report as _write_report

    return _write_report(store, run_id, out_dir, cfg)


__all__ = ["write_report"]
