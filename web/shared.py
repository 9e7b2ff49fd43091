"""What every page of the workspace uses: the store (a read-only connection per request, a writing one
when a page writes), the report cache, page rendering in the app's frame, and the role decorators.

The application's state lives in one `Workspace` under `app.extensions["kipmon"]`, set by
web/app.py's create_app; the blueprints reach it through `workspace()`.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import flask
import jinja2
from flask import Response, abort, current_app, g, url_for
from flask_login import current_user, login_required

from kipmon.errors import KipmonError
from kipmon.store import Store
from reports import data as report_data


class ReportCache:
    """The report data of a few runs (reports.data.build took about a second for 200 bodies in
    bench/web_pages.py), kept while nothing it is made of has changed: a new or closed run, a re-check
    that rewrote the run's findings or scores, a verdict given or revoked. The key is read from the store at every request (a few indexed
    counts), so a night run or `kipmon check` in another process shows up at once."""

    def __init__(self, cfg: dict, size: int = 4):
        self.cfg, self.size = cfg, size
        self.entries: dict[int, tuple[tuple, dict]] = {}
        self.lock = threading.Lock()

    @staticmethod
    def key(store, run_id: int) -> tuple:
        return store.report_marks(run_id)

    def get(self, store, run_id: int) -> dict:
        key = self.key(store, run_id)
        with self.lock:
            hit = self.entries.get(run_id)
            if hit and hit[0] == key:
                return hit[1]
        ctx = report_data.build(store, run_id, self.cfg)
        with self.lock:
            self.entries[run_id] = (key, ctx)
            while len(self.entries) > self.size:
                self.entries.pop(next(iter(self.entries)))
        return ctx


@dataclass
class Workspace:
    db_path: Path
    cfg: dict
    cache: ReportCache
    env: jinja2.Environment


def workspace() -> Workspace:
    return current_app.extensions["kipmon"]


# ------------------------------------------------------------ store access


def reader() -> Store:
    if "reader" not in g:
        g.reader = Store(workspace().db_path, readonly=True)
    return g.reader


def writer() -> Store:
    if "writer" not in g:
        g.writer = Store(workspace().db_path, create=False)
    return g.writer


def close_stores(_exc) -> None:
    for name in ("reader", "writer"):
        s = g.pop(name, None)
        if s is not None:
            s.close()


def run_of(spec: str) -> int:
    r = reader()
    if spec == "latest":
        return r.resolve_run(None)  # none yet: the one-line StoreError page
    if not spec.isdigit() or r.run(int(spec)) is None:
        abort(404)
    return int(spec)


def report_ctx(run_id: int) -> dict:
    return workspace().cache.get(reader(), run_id)


def common_of(ctx: dict) -> dict:
    return {
        k: ctx[k]
        for k in ("title", "run", "run_id", "prev_id", "prev_run", "statuses", "status_labels", "change_labels")
    }


def body_row(run_id: int, body_id: str) -> dict:
    row = reader().run_body_row(run_id, body_id)
    if row is None:
        abort(404)
    return row


# ------------------------------------------------------------ rendering


def app_ctx(run_id: int | None = None) -> dict:
    runs = []
    try:
        authenticated = current_user.is_authenticated
    except KipmonError:
        authenticated = False
    if authenticated:
        runs = reader().scored_runs(60)
    return {
        "user": current_user if authenticated else None,
        "run_id": run_id,
        "runs": runs,
        "can_review": authenticated and current_user.can("reviewer"),
        "is_admin": authenticated and current_user.can("admin"),
    }


def page(template: str, status: int = 200, *, at_run: int | None = None, **ctx) -> Response:
    ws = workspace()
    ctx.setdefault("root", url_for("report.run_index", run=at_run or "latest").removesuffix("index.html"))
    ctx.setdefault("title", report_data.report_cfg(ws.cfg)["title"])
    ctx.setdefault("run", None)
    ctx.setdefault("prev_id", None)
    html = ws.env.get_template(template).render(app=app_ctx(at_run), flashes=flask.get_flashed_messages(), **ctx)
    return Response(html, status=status, mimetype="text/html")


def safe_next(target: str | None) -> str:
    """Only a path on this site, never another host (open redirect)."""
    if (
        target
        and target.startswith("/")
        and not target.startswith("//")
        and not urlsplit(target).netloc
        and "\\" not in target
    ):
        return target
    return url_for("report.home")


# ------------------------------------------------------------ roles


def role_required(role: str):
    """Logged in (else the log-in page), then at least `role` (else 403)."""

    def decorate(view):
        @functools.wraps(view)
        def checked(*args, **kwargs):
            if not current_user.can(role):
                abort(403)
            return view(*args, **kwargs)

        return login_required(checked)

    return decorate
