"""The administrator's page of accounts: list them, disable or enable one (not one's own)."""

from __future__ import annotations

import flask
from flask import Blueprint, abort, redirect, url_for
from flask_login import current_user

from web import accounts
from web.shared import page, reader, role_required, writer

bp = Blueprint("users", __name__)


@bp.route("/pengguna")
@role_required("admin")
def users():
    return page("users.html", users=accounts.list_users(reader()))


@bp.route("/pengguna/<name>/<action>", methods=["POST"])
@role_required("admin")
def user_action(name: str, action: str):
    if action not in ("nonaktifkan", "aktifkan") or name == current_user.name:
        abort(400)
    try:
        accounts.set_disabled(writer(), name, action == "nonaktifkan")
    except accounts.AccountError:
        abort(404)
    flask.flash(f"Akun {name} {'dinonaktifkan' if action == 'nonaktifkan' else 'diaktifkan'}.")
    return redirect(url_for("users.users"))
