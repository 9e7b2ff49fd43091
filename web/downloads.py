"""Files to download from a run: the findings and scores as CSV, the monev mandiri workbook (XLSX)."""

from __future__ import annotations

from flask import Blueprint, Response, abort
from flask_login import login_required

from reports.common import slug
from reports.export import export_text
from web import monev
from web.shared import body_row, reader, report_ctx, run_of

bp = Blueprint("downloads", __name__)


@bp.route("/r/<run>/<what>.csv")
@login_required
def csv_file(run: str, what: str):
    if what not in ("findings", "scores"):
        abort(404)
    text = export_text(reader(), run_of(run), what, "csv")
    return Response(text, mimetype="text/csv", headers={"Content-Disposition": f'attachment; filename="{what}.csv"'})


@bp.route("/r/<run>/monev.xlsx")
@bp.route("/r/<run>/monev/<body_id>.xlsx")
@login_required
def monev_file(run: str, body_id: str | None = None):
    run_id = run_of(run)
    if body_id is not None:
        body_row(run_id, body_id)
    data = monev.workbook(report_ctx(run_id), body_id)
    name = f"monev-mandiri-{slug(body_id) if body_id else 'semua'}-{run_id}.xlsx"
    return Response(
        data,
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
