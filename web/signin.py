"""Log-in and log-out, and the user a session stands for (Flask-Login loads it at every request)."""

from __future__ import annotations

import flask
from flask import Blueprint, redirect, request, url_for
from flask_login import UserMixin, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from kipmon.errors import KipmonError
from web import accounts
from web.shared import page, reader, safe_next, writer

bp = Blueprint("signin", __name__)


class User(UserMixin):
    def __init__(self, row: dict):
        self.row = row
        self.name, self.role = row["name"], row["role"]

    def get_id(self) -> str:
        # the hash's tail is part of the session id: a new password or a disabled account ends old sessions
        return f"{self.row['id']}:{self.row['password_hash'][-12:]}"

    def can(self, role: str) -> bool:
        return accounts.ROLE_RANK[self.role] >= accounts.ROLE_RANK[role]


class LoginForm(FlaskForm):
    name = StringField("Nama pengguna", validators=[DataRequired(), Length(max=64)])
    password = PasswordField("Kata sandi", validators=[DataRequired(), Length(max=1000)])


def load_user(user_id: str) -> User | None:
    uid, _, tail = user_id.partition(":")
    try:
        row = accounts.user_by_id(reader(), int(uid))
    except (ValueError, KipmonError):
        return None
    if row is None or row["disabled"] or row["password_hash"][-12:] != tail:
        return None
    return User(row)


@bp.route("/masuk", methods=["GET", "POST"])
def login():
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        address = request.remote_addr or "-"
        name = form.name.data.strip()
        w = writer()
        if accounts.throttled(w, name, address):
            error = f"Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {accounts.WINDOW_MINUTES} menit."
            return page("login.html", 429, form=form, error=error)
        user = accounts.verify(w, name, form.password.data)
        accounts.record_attempt(w, name, address, user is not None)
        if user is not None:
            flask.session.clear()  # a fresh session at log-in (no fixation)
            flask.session.permanent = True
            login_user(User(user))
            return redirect(safe_next(request.args.get("next")))
        error = "Nama pengguna atau kata sandi salah, atau akun dinonaktifkan."
        return page("login.html", 401, form=form, error=error)
    return page("login.html", form=form, error=error)


@bp.route("/keluar", methods=["POST"])
def logout():
    logout_user()
    flask.session.clear()
    return redirect(url_for("signin.login"))
