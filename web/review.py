"""A reviewer's work on one finding: its evidence page with the verdict form, giving a verdict, revoking one."""

from __future__ import annotations

import flask
from flask import Blueprint, abort, redirect, request, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import DateField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from checks.verdicts import VERDICT_STATUSES, VerdictError, add_verdict
from reports.common import STATUS_LABELS, slug
from web import views
from web.shared import body_row, page, reader, role_required, run_of, safe_next, writer

bp = Blueprint("review", __name__)


class VerdictForm(FlaskForm):
    status = SelectField("Status", choices=[(s, STATUS_LABELS[s]) for s in VERDICT_STATUSES])
    note = TextAreaField("Catatan (alasan)", validators=[DataRequired(), Length(max=2000)])
    until = DateField("Berlaku sampai (opsional)", validators=[Optional()])


@bp.route("/r/<run>/temuan/<body_id>/<item_id>")
@login_required
def finding(run: str, body_id: str, item_id: str):
    run_id = run_of(run)
    r = reader()
    view = views.finding_view(r, run_id, body_row(run_id, body_id), item_id)
    if view is None:
        abort(404)
    form = VerdictForm(
        status=view["finding"]["status"] if view["finding"]["status"] in VERDICT_STATUSES else VERDICT_STATUSES[0]
    )
    return page(
        "finding.html",
        at_run=run_id,
        f=view,
        form=form,
        run=r.run(run_id),
        body_page=f"bodies/{slug(body_id)}.html",
    )


@bp.route("/r/<run>/temuan/<body_id>/<item_id>/keputusan", methods=["POST"])
@role_required("reviewer")
def verdict(run: str, body_id: str, item_id: str):
    run_id = run_of(run)
    form = VerdictForm()
    back = url_for("review.finding", run=run, body_id=body_id, item_id=item_id)
    if not form.validate():
        flask.flash(
            "Keputusan tidak disimpan: "
            + "; ".join(f"{form[k].label.text}: {' '.join(v)}" for k, v in form.errors.items())
        )
        return redirect(back)
    body_row(run_id, body_id)
    newest = writer().latest_finding(body_id, item_id)
    if newest is not None and newest["run_id"] != run_id:  # the form came from an older run's page
        flask.flash(
            f"Keputusan tidak disimpan: bukti terbaru ada pada pemantauan #{newest['run_id']}; beri keputusan di sana."
        )
        return redirect(back)
    try:
        vid = add_verdict(
            writer(), body_id, item_id, form.status.data, form.note.data.strip(), current_user.name, form.until.data
        )
    except VerdictError as exc:
        flask.flash(f"Keputusan tidak disimpan: {exc}")
        return redirect(back)
    flask.flash(f"Keputusan #{vid} disimpan; berlaku mulai pemantauan berikutnya.")
    return redirect(back)


@bp.route("/keputusan/<int:verdict_id>/cabut", methods=["POST"])
@role_required("reviewer")
def revoke(verdict_id: int):
    w = writer()
    v = w.verdict(verdict_id)
    if v is None:
        abort(404)
    ok = w.revoke_verdict(verdict_id)
    flask.flash(
        f"Keputusan #{verdict_id} dicabut; pemantauan berikutnya menilai butir ini menurut aturan lagi."
        if ok
        else f"Keputusan #{verdict_id} sudah dicabut sebelumnya."
    )
    return redirect(safe_next(request.form.get("next")))
