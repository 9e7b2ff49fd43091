"""`kipmon serve`: the reviewer's workspace, a Flask application over the store, served by waitress.

Why these libraries: Flask (small, well kept, Jinja2 like the report, so the report's templates serve
both the static report and the application), Flask-Login (session log-in with a user loader checked on
every request), Flask-WTF (CSRF tokens on every form, signed with the app's key), waitress (a pure
Python production WSGI server, no compiler, runs behind nginx), argon2-cffi (web/accounts.py).

Reads go through a read-only SQLite connection opened per request (WAL: a night run writes while pages
are read; no run lock is needed to read). Writes are the application's own tables (accounts, log-in
attempts) and verdicts, through the same functions the command line uses.
"""

from __future__ import annotations

import datetime as dt
import threading
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import flask
import jinja2
from flask import Flask, Response, abort, g, redirect, request, url_for
from flask_login import LoginManager, UserMixin, current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFError, CSRFProtect, generate_csrf
from werkzeug.middleware.proxy_fix import ProxyFix
from wtforms import DateField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from checks.verdicts import VERDICT_STATUSES, VerdictError, add_verdict
from kipmon.errors import KipmonError
from kipmon.store import Store
from reports import data as report_data
from reports.common import STATUS_LABELS, environment, slug
from reports.export import export_text
from web import accounts, monev, views

ASSETS = ("report.css", "report.js", "app.css")
CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


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


class VerdictForm(FlaskForm):
    status = SelectField("Status", choices=[(s, STATUS_LABELS[s]) for s in VERDICT_STATUSES])
    note = TextAreaField("Catatan (alasan)", validators=[DataRequired(), Length(max=2000)])
    until = DateField("Berlaku sampai (opsional)", validators=[Optional()])


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


def _safe_next(target: str | None) -> str:
    """Only a path on this site, never another host (open redirect)."""
    if (
        target
        and target.startswith("/")
        and not target.startswith("//")
        and not urlsplit(target).netloc
        and "\\" not in target
    ):
        return target
    return url_for("home")


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
    login.login_view = "login"
    login.login_message = "Silakan masuk untuk membuka halaman ini."
    login.session_protection = "basic"

    cache = ReportCache(cfg)
    env = environment()
    env.loader = jinja2.ChoiceLoader([jinja2.PackageLoader("web", "templates"), env.loader])
    env.globals.update(csrf_token=generate_csrf, url_for=url_for, ROLE_LABELS=accounts.ROLE_LABELS)

    # ------------------------------------------------------------ store access

    def reader() -> Store:
        if "reader" not in g:
            g.reader = Store(db_path, readonly=True)
        return g.reader

    def writer() -> Store:
        if "writer" not in g:
            g.writer = Store(db_path, create=False)
        return g.writer

    @app.teardown_appcontext
    def _close(_exc) -> None:
        for name in ("reader", "writer"):
            s = g.pop(name, None)
            if s is not None:
                s.close()

    @login.user_loader
    def _load(user_id: str):
        uid, _, tail = user_id.partition(":")
        try:
            row = accounts.user_by_id(reader(), int(uid))
        except (ValueError, KipmonError):
            return None
        if row is None or row["disabled"] or row["password_hash"][-12:] != tail:
            return None
        return User(row)

    @app.after_request
    def _headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["X-Frame-Options"] = "DENY"
        if resp.mimetype == "text/html" or request.path.endswith((".xlsx", ".csv")):
            resp.headers["Cache-Control"] = "no-store"
        return resp

    @app.errorhandler(KipmonError)
    def _kipmon_error(exc):
        return page("message.html", 503, heading="Basis data tidak dapat dibaca", message=str(exc))

    @app.errorhandler(CSRFError)
    def _csrf(exc):
        return page(
            "message.html",
            400,
            heading="Formulir ditolak",
            message="Token keamanan formulir tidak ada atau sudah tidak berlaku. Muat ulang halaman lalu coba lagi.",
        )

    @app.errorhandler(404)
    def _404(exc):
        return page("message.html", 404, heading="Tidak ditemukan", message="Halaman ini tidak ada.")

    @app.errorhandler(403)
    def _403(exc):
        return page(
            "message.html", 403, heading="Tidak diizinkan", message="Peran akun Anda tidak mengizinkan tindakan ini."
        )

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
        ctx.setdefault("root", url_for("run_index", run=at_run or "latest").removesuffix("index.html"))
        ctx.setdefault("title", report_data.report_cfg(cfg)["title"])
        ctx.setdefault("run", None)
        ctx.setdefault("prev_id", None)
        html = env.get_template(template).render(app=app_ctx(at_run), flashes=flask.get_flashed_messages(), **ctx)
        return Response(html, status=status, mimetype="text/html")

    def run_of(spec: str) -> int:
        r = reader()
        if spec == "latest":
            return r.resolve_run(None)  # none yet: the one-line StoreError page
        if not spec.isdigit() or r.run(int(spec)) is None:
            abort(404)
        return int(spec)

    def report_ctx(run_id: int) -> dict:
        return cache.get(reader(), run_id)

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

    # ------------------------------------------------------------ log-in

    @app.route("/masuk", methods=["GET", "POST"])
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
                return redirect(_safe_next(request.args.get("next")))
            error = "Nama pengguna atau kata sandi salah, atau akun dinonaktifkan."
            return page("login.html", 401, form=form, error=error)
        return page("login.html", form=form, error=error)

    @app.route("/keluar", methods=["POST"])
    def logout():
        logout_user()
        flask.session.clear()
        return redirect(url_for("login"))

    # ------------------------------------------------------------ the report, live

    @app.route("/")
    @login_required
    def home():
        return redirect(url_for("run_index", run="latest"))

    @app.route("/r/<run>/")
    @app.route("/r/<run>/index.html")
    @login_required
    def run_index(run: str):
        run_id = run_of(run)
        ctx = report_ctx(run_id)
        return page("index.html", at_run=run_id, **{**ctx, "root": ""})

    @app.route("/r/<run>/bodies/<name>.html")
    @login_required
    def run_body(run: str, name: str):
        run_id = run_of(run)
        ctx = report_ctx(run_id)
        b = next((e for e in ctx["bodies"] if slug(e["id"]) == name), None)
        if b is None:
            abort(404)
        return page("body.html", at_run=run_id, root="../", b=b, **common_of(ctx))

    @app.route("/r/<run>/assets/<name>")
    def asset(run: str, name: str):
        """The report's stylesheet and script (public files of the package: the log-in page needs them)."""
        if name not in ASSETS:
            abort(404)
        package = "web" if name == "app.css" else "reports"
        data = (resources.files(package) / "static" / name).read_bytes()
        return Response(data, mimetype="text/css" if name.endswith(".css") else "text/javascript")

    @app.route("/r/<run>/<what>.csv")
    @login_required
    def csv_file(run: str, what: str):
        if what not in ("findings", "scores"):
            abort(404)
        text = export_text(reader(), run_of(run), what, "csv")
        return Response(
            text, mimetype="text/csv", headers={"Content-Disposition": f'attachment; filename="{what}.csv"'}
        )

    @app.route("/pilih")
    @login_required
    def choose_run():
        run = request.args.get("run", "latest")
        return redirect(url_for("run_index", run=run if run == "latest" or run.isdigit() else "latest"))

    @app.route("/r/<run>/temuan")
    @login_required
    def findings(run: str):
        run_id = run_of(run)
        ctx = report_ctx(run_id)
        bodies = reader().run_bodies(run_id)
        args = {k: request.args.get(k, "")[:200] for k in ("jenis", "kecamatan", "status", "indikator", "cari")}
        view = views.filter_findings(ctx, bodies, args)
        return page("findings.html", at_run=run_id, v=view, **common_of(ctx))

    @app.route("/r/<run>/temuan/<body_id>/<item_id>")
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

    # ------------------------------------------------------------ verdicts

    @app.route("/r/<run>/temuan/<body_id>/<item_id>/keputusan", methods=["POST"])
    @login_required
    def verdict(run: str, body_id: str, item_id: str):
        if not current_user.can("reviewer"):
            abort(403)
        run_id = run_of(run)
        form = VerdictForm()
        back = url_for("finding", run=run, body_id=body_id, item_id=item_id)
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

    @app.route("/keputusan/<int:verdict_id>/cabut", methods=["POST"])
    @login_required
    def revoke(verdict_id: int):
        if not current_user.can("reviewer"):
            abort(403)
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
        return redirect(_safe_next(request.form.get("next")))

    # ------------------------------------------------------------ follow-up

    @app.route("/tindak-lanjut")
    @login_required
    def follow_up():
        r = reader()
        latest = r.latest_run_id()
        rows = views.follow_up(r, cfg, latest)
        return page("followup.html", at_run=latest, rows=rows, overdue=[b for b in rows if b["overdue"]], one=None)

    @app.route("/tindak-lanjut/<body_id>")
    @login_required
    def follow_up_body(body_id: str):
        r = reader()
        latest = r.latest_run_id()
        rows = views.follow_up(r, cfg, latest, body_id=body_id)
        name = r.latest_body_name(body_id)
        if name is None:
            abort(404)
        return page("followup.html", at_run=latest, rows=rows, overdue=[], one={"id": body_id, "name": name})

    # ------------------------------------------------------------ monev mandiri

    @app.route("/r/<run>/monev.xlsx")
    @app.route("/r/<run>/monev/<body_id>.xlsx")
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

    # ------------------------------------------------------------ accounts (admin)

    @app.route("/pengguna")
    @login_required
    def users():
        if not current_user.can("admin"):
            abort(403)
        return page("users.html", users=accounts.list_users(reader()))

    @app.route("/pengguna/<name>/<action>", methods=["POST"])
    @login_required
    def user_action(name: str, action: str):
        if not current_user.can("admin"):
            abort(403)
        if action not in ("nonaktifkan", "aktifkan") or name == current_user.name:
            abort(400)
        try:
            accounts.set_disabled(writer(), name, action == "nonaktifkan")
        except accounts.AccountError:
            abort(404)
        flask.flash(f"Akun {name} {'dinonaktifkan' if action == 'nonaktifkan' else 'diaktifkan'}.")
        return redirect(url_for("users"))

    return app


def serve(
    db_path: str | Path, cfg: dict, host: str, port: int, *, secure_cookies: bool, behind_proxy: bool, threads: int = 8
) -> None:
    import waitress

    app = create_app(db_path, cfg, secure_cookies=secure_cookies, behind_proxy=behind_proxy)
    print(f"kipmon serve: http://{host}:{port}/ over {db_path} (Ctrl-C stops)", flush=True)
    waitress.serve(app, host=host, port=port, threads=threads, ident="kipmon")
