"""Follow-up of the notices sent to bodies: all bodies of the latest run, or one body's history."""

from __future__ import annotations

from flask import Blueprint, abort
from flask_login import login_required

from web import views
from web.shared import page, reader, workspace

bp = Blueprint("followup", __name__)


@bp.route("/tindak-lanjut")
@login_required
def follow_up():
    r = reader()
    latest = r.latest_run_id()
    rows = views.follow_up(r, workspace().cfg, latest)
    return page("followup.html", at_run=latest, rows=rows, overdue=[b for b in rows if b["overdue"]], one=None)


@bp.route("/tindak-lanjut/<body_id>")
@login_required
def follow_up_body(body_id: str):
    r = reader()
    latest = r.latest_run_id()
    rows = views.follow_up(r, workspace().cfg, latest, body_id=body_id)
    name = r.latest_body_name(body_id)
    if name is None:
        abort(404)
    return page("followup.html", at_run=latest, rows=rows, overdue=[], one={"id": body_id, "name": name})
