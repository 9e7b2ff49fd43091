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


def warm_up(cfg: dict) -> None:
    """Import and compile what the report and notify stages use (modules, templates, the holiday table),
    so the night's last stages do not pay for it after the crawl: the run calls it in a thread while the
    crawl children work (schedules/job.py). Results are unchanged; it only fills per-process caches."""
    import datetime as dt

    from reports import html, notices

    env = html.report_environment()
    for name in ("body.html", "index.html"):
        env.get_template(name)
    for kind in ("gap", "no_site", "unreachable"):
        notices._templates(kind)
    ncfg = notices.notice_cfg(cfg)
    notices.working_days_after(dt.date.today(), int(ncfg["deadline_working_days"]), ncfg["extra_holidays"])


__all__ = ["warm_up", "write_report"]
