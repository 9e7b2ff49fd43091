"""The gap report of a run, live: its overview, a body's page, the findings filter, and the report's
stylesheet and script. The pages are the static report's templates (reports/templates/) fed by the
same data (reports/data.py through the report cache); a new report page goes here, its data in
web/views.py."""

from __future__ import annotations

from importlib import resources

from flask import Blueprint, Response, abort, redirect, request, url_for
from flask_login import login_required

from reports.common import slug
from web import views
from web.shared import common_of, page, reader, report_ctx, run_of

ASSETS = ("report.css", "report.js", "app.css")

bp = Blueprint("report", __name__)


@bp.route("/")
@login_required
def home():
    return redirect(url_for("report.run_index", run="latest"))


@bp.route("/pilih")
@login_required
def choose_run():
    run = request.args.get("run", "latest")
    return redirect(url_for("report.run_index", run=run if run == "latest" or run.isdigit() else "latest"))


@bp.route("/r/<run>/")
@bp.route("/r/<run>/index.html")
@login_required
def run_index(run: str):
    run_id = run_of(run)
    ctx = report_ctx(run_id)
    return page("index.html", at_run=run_id, **{**ctx, "root": ""})


@bp.route("/r/<run>/bodies/<name>.html")
@login_required
def run_body(run: str, name: str):
    run_id = run_of(run)
    ctx = report_ctx(run_id)
    b = next((e for e in ctx["bodies"] if slug(e["id"]) == name), None)
    if b is None:
        abort(404)
    return page("body.html", at_run=run_id, root="../", b=b, **common_of(ctx))


@bp.route("/r/<run>/temuan")
@login_required
def findings(run: str):
    run_id = run_of(run)
    ctx = report_ctx(run_id)
    bodies = reader().run_bodies(run_id)
    args = {k: request.args.get(k, "")[:200] for k in ("jenis", "kecamatan", "status", "indikator", "cari")}
    view = views.filter_findings(ctx, bodies, args)
    return page("findings.html", at_run=run_id, v=view, **common_of(ctx))


@bp.route("/r/<run>/assets/<name>")
def asset(run: str, name: str):
    """The report's stylesheet and script (public files of the package: the log-in page needs them)."""
    if name not in ASSETS:
        abort(404)
    package = "web" if name == "app.css" else "reports"
    data = (resources.files(package) / "static" / name).read_bytes()
    return Response(data, mimetype="text/css" if name.endswith(".css") else "text/javascript")
