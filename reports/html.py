"""The gap report: a static site (index.html, bodies/<id>.html, assets/) that works opened from disk
or served by any web server, with no network. Python prepares the data (reports.data), Jinja2
templates hold the words, autoescaped."""

from __future__ import annotations

import functools
import os
import tempfile
from importlib import resources
from pathlib import Path

from reports import data as report_data
from reports.common import environment
from reports.errors import ReportError
from reports.export import write_csv_files

ASSETS = ("report.css", "report.js")


def _write(path: Path, text: str) -> None:
    """Write atomically, so a browser or web server never sees half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        # mkstemp makes 0600; a report is for a web server and colleagues to read (0644 under umask 022)
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@functools.cache
def report_environment():
    """The report's Jinja environment, made once a process (each template compiled once)."""
    return environment()


def write_report(store, run_id: int, out_dir: Path, cfg: dict) -> Path:
    """Render the gap report of `run_id` into `out_dir` and write findings.csv and scores.csv
    beside it. Returns the path of index.html."""
    return _render(store, run_id, out_dir, cfg, whole=True)


def write_body_pages(store, run_id: int, out_dir: Path, cfg: dict) -> Path:
    """Render again only the body pages of a report already written (after the notices: each body page
    links its newest notice; the index, the exports and the assets do not change). Returns index.html."""
    return _render(store, run_id, out_dir, cfg, whole=False)


def _render(store, run_id: int, out_dir: Path, cfg: dict, *, whole: bool) -> Path:
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"{out_dir}: cannot create the report folder: {exc.strerror or exc}") from None
    ctx = report_data.build(store, run_id, cfg, out_dir)
    env = report_environment()
    common = {
        k: ctx[k]
        for k in (
            "title",
            "run",
            "run_id",
            "prev_id",
            "prev_run",
            "statuses",
            "status_labels",
            "change_labels",
            "reviewer",
        )
    }
    if whole:
        assets = out_dir / "assets"
        assets.mkdir(exist_ok=True)
        for name in ASSETS:
            src = resources.files("reports") / "static" / name
            (assets / name).write_bytes(src.read_bytes())
    body_tpl = env.get_template("body.html")
    wanted = set()
    for b in ctx["bodies"]:
        page = out_dir / b["page"]
        wanted.add(page.name)
        _write(page, body_tpl.render(root="../", b=b, **common))
    for stale in (out_dir / "bodies").glob("*.html"):  # bodies no longer in the registry
        if stale.name not in wanted:
            stale.unlink()
    index = out_dir / "index.html"
    if whole:
        write_csv_files(store, run_id, out_dir)
        _write(index, env.get_template("index.html").render(root="", **ctx))
    return index
