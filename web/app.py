"""`kipmon serve`: the reviewer's workspace, a Flask application over the store, served by waitress.

Why these libraries: Flask (small, well kept, Jinja2 like the report, so the report's templates serve
both the static report and the application), Flask-Login (session log-in with a user loader checked on
every request), Flask-WTF (CSRF tokens on every form, signed with the app's key), waitress (a pure
Python production WSGI server, no compiler, runs behind nginx), argon2-cffi (web/accounts.py).

Reads go through a read-only SQLite connection opened per request (WAL: a night run writes while pages
are read; no run lock is needed to read). Writes are the application's own tables (accounts, log-in
attempts) and verdicts, through the same functions the command line uses.

This module builds the application (configuration, log-in manager, security headers, error pages) and
registers the pages, one blueprint per purpose: signin.py (log-in, log-out), report.py (a run's report
pages and its assets), review.py (a finding's evidence and verdicts), followup.py (notices' follow-up),
downloads.py (CSV and the monev workbook), users.py (accounts, for administrators). What they share
(store access, the report cache, page rendering, role decorators) is in shared.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2
from flask import Flask, Response, request, url_for
from flask_login import LoginManager
from flask_wtf.csrf import CSRFError, CSRFProtect, generate_csrf
from werkzeug.middleware.proxy_fix import ProxyFix

from kipmon.errors import KipmonError
from kipmon.store import Store
from reports.common import environment
from web import accounts, downloads, followup, report, review, signin, users
from web.shared import ReportCache, Workspace, close_stores, page

BLUEPRINTS = (signin.bp, report.bp, review.bp, followup.bp, downloads.bp, users.bp)
CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


def create_app(db_path: str | Path, cfg: dict, *, secure_cookies: bool = False, behind_proxy: bool = False) -> Flask:
    db_path = Path(db_path)
    wcfg = {"session_hours": 12, **(cfg.get("web") or {})}
    app = Flask("kipmon-web")
    with Store(db_path, create=False) as store:  # refuses a file that is not (yet) a current kipmon database
        key = accounts.secret_key(store)
    app.config.update(
        SECRET_KEY=key,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure_cookies,
        SESSION_COOKIE_NAME="kipmon_session",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=secure_cookies,
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=float(wcfg["session_hours"])),
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    if behind_proxy:  # nginx sets X-Forwarded-For/-Proto; trust exactly one proxy hop
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=0)
    CSRFProtect(app)  # every POST needs the session's token, forms built with FlaskForm or by hand
    login = LoginManager(app)
    login.login_view = "signin.login"
    login.login_message = "Silakan masuk untuk membuka halaman ini."
    login.session_protection = "basic"
    login.user_loader(signin.load_user)

    env = environment()
    env.loader = jinja2.ChoiceLoader([jinja2.PackageLoader("web", "templates"), env.loader])
    env.globals.update(csrf_token=generate_csrf, url_for=url_for, ROLE_LABELS=accounts.ROLE_LABELS)
    app.extensions["kipmon"] = Workspace(db_path, cfg, ReportCache(cfg), env)

    app.teardown_appcontext(close_stores)
    app.after_request(_headers)
    app.register_error_handler(KipmonError, _kipmon_error)
    app.register_error_handler(CSRFError, _csrf)
    app.register_error_handler(404, _404)
    app.register_error_handler(403, _403)
    for bp in BLUEPRINTS:
        app.register_blueprint(bp)
    return app


def _headers(resp: Response) -> Response:
    resp.headers["Content-Security-Policy"] = CSP
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["X-Frame-Options"] = "DENY"
    if resp.mimetype == "text/html" or request.path.endswith((".xlsx", ".csv")):
        resp.headers["Cache-Control"] = "no-store"
    return resp


def _kipmon_error(exc):
    return page("message.html", 503, heading="Basis data tidak dapat dibaca", message=str(exc))


def _csrf(exc):
    return page(
        "message.html",
        400,
        heading="Formulir ditolak",
        message="Token keamanan formulir tidak ada atau sudah tidak berlaku. Muat ulang halaman lalu coba lagi.",
    )


def _404(exc):
    return page("message.html", 404, heading="Tidak ditemukan", message="Halaman ini tidak ada.")


def _403(exc):
    return page(
        "message.html", 403, heading="Tidak diizinkan", message="Peran akun Anda tidak mengizinkan tindakan ini."
    )


def serve(
    db_path: str | Path, cfg: dict, host: str, port: int, *, secure_cookies: bool, behind_proxy: bool, threads: int = 8
) -> None:
    import waitress

    app = create_app(db_path, cfg, secure_cookies=secure_cookies, behind_proxy=behind_proxy)
    print(f"kipmon serve: http://{host}:{port}/ over {db_path} (Ctrl-C stops)", flush=True)
    waitress.serve(app, host=host, port=port, threads=threads, ident="kipmon")
