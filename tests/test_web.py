"""`kipmon serve` for real: the CLI starts waitress on 127.0.0.1 over a real SQLite store (the report's
sample regency, two runs, hostile names, titles, URLs and stored text), accounts are made with
`kipmon users` (password on standard input), HTTP requests go over the socket, and Debian's headless
Chromium is driven over the DevTools protocol (tests/browser.py) through log-in, filters, a verdict
and its revocation, and the workbook download, at desktop and phone width.
"""

from __future__ import annotations

import io
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import openpyxl
import pytest
import requests
from bs4 import BeautifulSoup

from kipmon.lock import run_lock
from kipmon.store import Store
from web import accounts
from reports.common import one_line
from sample_run import BASE_BODIES, HOSTILE_NAME, build_sample, write_run
from browser import Browser
from test_report_html import assert_no_injected_markup

PASSWORDS = {
    "adi": "admin-sandi-panjang",
    "rina": "peninjau-sandi-123",
    "vera": "pembaca-sandi-123",
    "kunci": "kunci-sandi-12345",
}
ROLES = {"adi": "admin", "rina": "reviewer", "vera": "viewer", "kunci": "viewer"}
HOSTILE_TEXT = (
    'Menu <script>alert("teks")</script> PPID. Profil Badan Publik Kecamatan Sangatta Utara '
    '<img src=x onerror=alert(2)> tahun 2023, =HYPERLINK("http://jahat.example") ...'
)
EVIDENCE = ("kec-sangatta-utara", "profil")
NOTICE_BODY = "kel-teluk-lingga"


def kipmon(*args: str, stdin: str | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kipmon.cli", *args], input=stdin, capture_output=True, text=True, timeout=60, **kw
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(db: Path) -> list[int]:
    """The sample regency, plus what the sample lacks: stored text and a fetch behind one finding, and
    a gap notice sent long ago (its deadline has passed)."""
    with Store(db) as s:
        ids = build_sample(s)
        f = s.query("select * from findings where run_id = ? and body_id = ? and item_id = ?", [ids[-1], *EVIDENCE])[0]
        s.db["contents"].update(f["evidence_hash"], {"text": HOSTILE_TEXT})
        s.save_fetches(
            [
                {
                    "run_id": ids[-1],
                    "body_id": EVIDENCE[0],
                    "url": f["evidence_url"],
                    "final_url": f["evidence_url"],
                    "status": 200,
                    "fetched_at": "2025-11-29T02:10:00+08:00",
                    "content_hash": f["evidence_hash"],
                    "from_cache": 0,
                }
            ]
        )
        s.add_notice(
            {
                "run_id": ids[0],
                "body_id": NOTICE_BODY,
                "kind": "gap",
                "digest": "d1",
                "recipient": "teluklingga@kutaitimurkab.go.id",
                "subject": "Kekurangan informasi publik",
                "path": "",
                "sent_at": "2025-11-03T01:00:00+00:00",
                "send_status": "sent",
            }
        )
    return ids


class Site:
    def __init__(self, db: Path, base: str, ids: list[int], proc: subprocess.Popen):
        self.db, self.base, self.ids, self.proc = db, base, ids, proc
        self.sessions: dict[str, requests.Session] = {}

    def as_user(self, name: str) -> requests.Session:
        """A logged-in session, one per user for the module (an argon2id check costs about 0.6 s here)."""
        if name not in self.sessions:
            self.sessions[name] = self.login(name)
        return self.sessions[name]

    def url(self, path: str) -> str:
        return self.base + path

    def login(self, name: str, password: str | None = None) -> requests.Session:
        s = requests.Session()
        r = s.post(
            self.url("/masuk"),
            data={
                "name": name,
                "password": password or PASSWORDS[name],
                "csrf_token": csrf(s.get(self.url("/masuk")).text),
            },
        )
        assert r.status_code == 200 and r.url.endswith("/r/latest/index.html"), (r.status_code, r.url)
        return s


def csrf(html: str) -> str:
    return BeautifulSoup(html, "html.parser").find("input", {"name": "csrf_token"})["value"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    db = tmp / "kipmon.db"
    ids = seed(db)
    with Store(db, create=False) as st:  # `kipmon users add` itself is tested below
        for name, role in ROLES.items():
            accounts.add_user(st, name, role, PASSWORDS[name])
    port = free_port()
    log = open(tmp / "serve.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kipmon.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            requests.get(base + "/masuk", timeout=2)
            break
        except requests.ConnectionError:
            assert proc.poll() is None, (tmp / "serve.log").read_text()
            time.sleep(0.05)
    yield Site(db, base, ids, proc)
    proc.terminate()
    proc.wait(10)
    log.close()


def live_verdicts(db: Path, body: str, item: str) -> list[dict]:
    with Store(db, create=False) as s:
        return [v for v in s.verdicts(body_id=body) if v["item_id"] == item]


# ---------------------------------------------------------------- accounts and access


def test_every_page_needs_a_log_in(site):
    for path in (
        "/",
        "/r/latest/index.html",
        "/r/latest/bodies/dinkes.html",
        "/r/latest/temuan",
        "/r/latest/temuan/kutim/dip",
        "/tindak-lanjut",
        "/r/latest/monev.xlsx",
        "/r/latest/findings.csv",
        "/pengguna",
        "/r/1/bodies/kutim.html",
        "/tindak-lanjut/kutim",
        "/r/latest/monev/kutim.xlsx",
    ):
        r = requests.get(site.url(path), allow_redirects=False)
        assert r.status_code == 302 and "/masuk?next=" in r.headers["Location"], path
    r = requests.post(
        site.url("/r/latest/temuan/kutim/dip/keputusan"), data={"status": "present", "note": "x"}, allow_redirects=False
    )
    assert r.status_code in (302, 400)
    assert live_verdicts(site.db, "kutim", "dip") == []
    assert requests.get(site.url("/r/latest/assets/report.css")).status_code == 200  # the package's own files


def test_wrong_passwords_are_refused_then_the_account_is_rate_limited(site):
    s = requests.Session()
    for _ in range(5):
        r = s.post(
            site.url("/masuk"),
            data={"name": "kunci", "password": "salah-sekali-123", "csrf_token": csrf(s.get(site.url("/masuk")).text)},
        )
        assert r.status_code == 401 and "salah" in r.text
    r = s.post(
        site.url("/masuk"),
        data={"name": "kunci", "password": PASSWORDS["kunci"], "csrf_token": csrf(s.get(site.url("/masuk")).text)},
    )
    assert r.status_code == 429 and "Terlalu banyak percobaan" in r.text
    with Store(site.db, create=False) as st:
        assert st.query("select count(*) n from login_attempts where account = 'kunci' and ok = 0")[0]["n"] == 5


def test_session_cookie_flags_and_security_headers(site):
    s = requests.Session()
    r = s.get(site.url("/masuk"))
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "form-action 'self'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["X-Frame-Options"] == "DENY" and r.headers["X-Content-Type-Options"] == "nosniff"


def test_secure_cookies_behind_tls(site, tmp_path):
    from kipmon.config import defaults
    from web.app import create_app

    app = create_app(site.db, defaults(), secure_cookies=True, behind_proxy=True)
    r = app.test_client().get("/masuk", headers={"X-Forwarded-Proto": "https"})
    assert "Secure" in r.headers["Set-Cookie"] and "HttpOnly" in r.headers["Set-Cookie"]


def test_forged_form_without_its_csrf_token_is_refused(site):
    s = site.as_user("rina")
    r = s.post(site.url("/r/latest/temuan/kutim/dip/keputusan"), data={"status": "present", "note": "palsu"})
    assert r.status_code == 400 and "Token keamanan" in r.text
    r = s.post(
        site.url("/r/latest/temuan/kutim/dip/keputusan"),
        data={"status": "present", "note": "palsu", "csrf_token": "bukan-token"},
    )
    assert r.status_code == 400
    assert live_verdicts(site.db, "kutim", "dip") == []


def test_an_admin_disables_an_account_in_the_browser_form(site):
    s = site.as_user("adi")
    page = s.get(site.url("/pengguna"))
    assert page.status_code == 200 and "rina" in page.text
    r = s.post(site.url("/pengguna/kunci/nonaktifkan"), data={"csrf_token": csrf(page.text)})
    assert r.status_code == 200 and "Akun kunci dinonaktifkan" in r.text
    with Store(site.db, create=False) as st:
        assert accounts.get_user(st, "kunci")["disabled"] == 1
        accounts.set_disabled(st, "kunci", False)
    assert s.post(site.url("/pengguna/kunci/nonaktifkan"), data={}).status_code == 400  # no CSRF token


def test_a_verdict_is_given_on_the_newest_run_only(site):
    s = site.as_user("rina")
    old = s.get(site.url(f"/r/{site.ids[0]}/temuan/kutim/dip"))
    assert 'id="form-keputusan"' not in old.text and 'id="keputusan-terbaru"' in old.text
    r = s.post(
        site.url(f"/r/{site.ids[0]}/temuan/kutim/dip/keputusan"),
        data={"status": "present", "note": "dari halaman lama", "csrf_token": csrf(old.text)},
    )
    assert "bukti terbaru ada pada pemantauan" in r.text
    assert live_verdicts(site.db, "kutim", "dip") == []


def test_a_viewer_reads_but_cannot_post_a_verdict(site):
    s = site.login("vera")
    page = s.get(site.url("/r/latest/temuan/kutim/dip"))
    assert page.status_code == 200 and 'id="form-keputusan"' not in page.text
    r = s.post(
        site.url("/r/latest/temuan/kutim/dip/keputusan"),
        data={"status": "present", "note": "coba", "csrf_token": csrf(page.text)},
    )
    assert r.status_code == 403
    assert s.get(site.url("/pengguna")).status_code == 403
    assert live_verdicts(site.db, "kutim", "dip") == []


def test_users_cli_reads_the_password_from_stdin_and_ends_sessions(site):
    def start(*args: str, stdin: str = "") -> subprocess.Popen:
        p = subprocess.Popen(
            [sys.executable, "-m", "kipmon.cli", "users", *args, "--db", str(site.db)],
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        p.stdin.write(stdin)
        p.stdin.close()
        return p

    # independent commands side by side (each start imports the whole CLI)
    short = start("add", "pendek", "--role", "viewer", stdin="pendek\n")
    added = start("add", "budi", "--role", "reviewer", stdin="sandi-budi-panjang\n")
    no_role = start("add", "tanpa-peran")
    assert short.wait(60) == 2 and short.stderr.read() == "kipmon users: the password needs at least 10 characters\n"
    assert added.wait(60) == 0, added.stderr.read()
    assert no_role.wait(60) == 2 and "needs --role" in no_role.stderr.read()
    r = kipmon("users", "list", "--db", str(site.db))
    assert r.returncode == 0 and "budi\treviewer\tenabled" in r.stdout and "pendek" not in r.stdout
    PASSWORDS["budi"] = "sandi-budi-panjang"
    s = site.login("budi")
    assert kipmon("users", "disable", "budi", "--db", str(site.db)).returncode == 0
    assert s.get(site.url("/r/latest/temuan"), allow_redirects=False).status_code == 302  # session ended
    bad = requests.Session()
    r = bad.post(
        site.url("/masuk"),
        data={"name": "budi", "password": PASSWORDS["budi"], "csrf_token": csrf(bad.get(site.url("/masuk")).text)},
    )
    assert r.status_code == 401
    with Store(site.db, create=False) as st:
        accounts.set_disabled(st, "budi", False)
    s = site.login("budi")
    r = kipmon("users", "passwd", "budi", "--db", str(site.db), stdin="sandi-baru-budi\n")
    assert r.returncode == 0, r.stderr
    assert s.get(site.url("/r/latest/temuan"), allow_redirects=False).status_code == 302  # old session ended
    site.login("budi", "sandi-baru-budi")


def test_serve_refuses_a_missing_database_in_one_line(tmp_path):
    r = kipmon("serve", "--db", str(tmp_path / "tidak-ada.db"), "--port", str(free_port()))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "no kipmon database here" in r.stderr


# ---------------------------------------------------------------- pages


def test_hostile_strings_appear_escaped(site):
    s = site.as_user("adi")
    for path in (
        "/r/latest/index.html",
        "/r/latest/bodies/dinkes.html",
        "/r/latest/temuan?cari=dinas",
        f"/r/latest/temuan/{EVIDENCE[0]}/{EVIDENCE[1]}",
        "/r/latest/bodies/diskominfo.html",
    ):
        r = s.get(site.url(path))
        assert r.status_code == 200, path
        assert "<script>alert" not in r.text and "<img src=x" not in r.text, path
        soup = BeautifulSoup(r.text, "html.parser")
        assert_no_injected_markup(soup)
        assert not any(a["href"].startswith("javascript:") for a in soup.find_all("a", href=True))
    body = s.get(site.url("/r/latest/bodies/dinkes.html")).text
    assert "Dinas &lt;script&gt;alert(1)&lt;/script&gt; Kesehatan" in body
    page = BeautifulSoup(s.get(site.url(f"/r/latest/temuan/{EVIDENCE[0]}/{EVIDENCE[1]}")).text, "html.parser")
    assert '<script>alert("teks")</script>' in page.select_one("#kutipan").get_text()
    assert page.select_one("#kutipan mark").get_text().lower() == "profil badan publik"
    assert "29 November 2025" in page.select_one("#bukti-diambil").get_text()
    assert page.select_one("#bukti-tahun").get_text() == "2023"


def test_filters_by_kind_kecamatan_status_indicator_and_name(site):
    s = site.as_user("adi")
    with Store(site.db, create=False) as st:
        findings = st.findings(site.ids[-1])

    def rows(query: str) -> list:
        soup = BeautifulSoup(s.get(site.url("/r/latest/temuan?" + query)).text, "html.parser")
        return soup.select("#tabel-temuan tbody tr[data-body]")

    missing = rows("status=missing")
    assert len(missing) == sum(f["status"] == "missing" for f in findings) > 0
    assert {r["data-status"] for r in missing} == {"missing"}
    desa = rows("jenis=desa")
    assert {r["data-kind"] for r in desa} == {"desa"}
    in_kec = {r["data-body"] for r in rows("kecamatan=kec-sangatta-utara")}
    assert in_kec == {b[0] for b in BASE_BODIES if b[4] == "kec-sangatta-utara" or b[0] == "kec-sangatta-utara"}
    named = rows("cari=swarga")
    assert named and {r["data-body"] for r in named} == {"desa-swarga-bara"}
    jenis = rows("indikator=komitmen&jenis=opd")
    assert jenis and {r["data-item"] for r in jenis} <= {
        "sk-ppid",
        "sop-ppid",
        "maklumat",
        "renstra",
        "dip",
        "dik",
        "menu-ppid",
        "profil",
        "kontak-ppid",
    }
    assert rows("cari=tidak-ada-badan-ini") == []
    assert s.get(site.url("/r/latest/temuan?status=' or 1=1 --")).status_code == 200


def test_earlier_runs_are_served_and_unknown_ones_are_not(site):
    s = site.as_user("adi")
    first = s.get(site.url(f"/r/{site.ids[0]}/index.html"))
    assert first.status_code == 200 and f"pemantauan #{site.ids[0]}" in first.text
    assert s.get(site.url("/r/999/index.html")).status_code == 404
    assert s.get(site.url("/r/latest/assets/../../etc/passwd")).status_code == 404
    assert s.get(site.url("/r/latest/findings.csv")).text.startswith("run_id,")


def test_follow_up_lists_the_body_past_its_deadline(site):
    s = site.as_user("adi")
    soup = BeautifulSoup(s.get(site.url("/tindak-lanjut")).text, "html.parser")
    overdue = [r["data-body"] for r in soup.select("#tabel-lewat tr[data-body]")]
    assert overdue == [NOTICE_BODY]
    page = s.get(site.url(f"/tindak-lanjut/{NOTICE_BODY}")).text
    assert "teluklingga@kutaitimurkab.go.id" in page and "sudah lewat" in page and "Masih terbuka" in page
    assert "17 November 2025" in page  # 10 working days after Monday 3 November 2025


def test_monev_workbook_has_one_row_per_item_and_a_ranking(site):
    s = site.as_user("adi")
    r = s.get(site.url("/r/latest/monev.xlsx"))
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/vnd.openxml")
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    assert wb.sheetnames == ["Butir", "Peringkat"]
    rows = list(wb["Butir"].iter_rows(values_only=True))
    with Store(site.db, create=False) as st:
        findings = st.findings(site.ids[-1])
    assert rows[0][:5] == ("Badan publik", "Jenis", "Informasi", "Dasar hukum", "Status")
    assert len(rows) - 1 == len(findings)
    names = {row[0] for row in rows[1:]}
    assert one_line(HOSTILE_NAME) in names  # text as it is (on one line), no formula, no markup
    verdict_rows = [row for row in rows[1:] if row[0].startswith("Dinas Komunikasi") and row[2] == "LHKPN Pimpinan"]
    assert verdict_rows and verdict_rows[0][8] == "ada" and "elhkpn" in verdict_rows[0][9]
    rank = list(wb["Peringkat"].iter_rows(values_only=True))
    assert rank[1][:4] == ("Peringkat", "Badan publik", "Jenis", "Nilai estimasi")
    scores = [row[3] for row in rank[2:] if row[3] is not None]
    assert scores == sorted(scores, reverse=True)
    one = openpyxl.load_workbook(io.BytesIO(s.get(site.url("/r/latest/monev/dinkes.xlsx")).content))
    assert {row[0] for row in list(one["Butir"].iter_rows(values_only=True))[1:]} == {one_line(HOSTILE_NAME)}
    assert s.get(site.url("/r/latest/monev/tidak-ada.xlsx")).status_code == 404


def test_a_night_run_and_the_application_side_by_side(site):
    """Pages keep answering while a writer, holding the run lock, writes a whole run into the store."""
    s = site.as_user("adi")
    statuses: list[int] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set() and len(statuses) < 200:
            statuses.append(s.get(site.url("/r/latest/temuan?status=missing")).status_code)

    t = threading.Thread(target=read)
    t.start()
    try:
        with run_lock(site.db, "run"), Store(site.db) as st:
            new = write_run(st, BASE_BODIES, run_no=3, as_of="2025-11-30")
    finally:
        stop.set()
        t.join(60)
    assert statuses and set(statuses) == {200}
    assert f"pemantauan #{new}" in s.get(site.url("/r/latest/index.html")).text
    site.ids.append(new)


# ---------------------------------------------------------------- in a real browser


def test_reviewer_in_chromium_logs_in_filters_records_and_revokes_a_verdict(site, tmp_path):
    b = Browser(tmp_path / "profile")
    try:
        b.goto(site.url("/r/latest/temuan"))
        assert "/masuk" in b.url
        b.submit("#tombol-masuk", {"#nama": "rina", "#sandi": PASSWORDS["rina"]})
        assert b.url.endswith("/r/latest/temuan"), b.url  # back where the log-in was asked for

        # filter: only missing items of desa
        b.eval(
            "document.querySelector('#s-jenis').value = 'desa'; document.querySelector('#s-status').value = 'missing'"
        )
        b.submit("#s-terapkan")
        assert "jenis=desa" in b.url and "status=missing" in b.url
        kinds = b.eval(
            "[...document.querySelectorAll('#tabel-temuan tbody tr[data-body]')].map(r => r.dataset.kind + '/' + r.dataset.status)"
        )
        assert kinds and set(kinds) == {"desa/missing"}

        # a finding: evidence, excerpt, history, then a verdict
        body, item = EVIDENCE
        b.goto(site.url(f"/r/latest/temuan/{body}/{item}"))
        assert "Profil Badan Publik" in b.text("#kutipan")
        assert b.eval("document.querySelectorAll('#riwayat tbody tr').length") == len(site.ids)
        b.submit(
            "#k-simpan",
            {"#k-status": "present", "#k-catatan": "Profil 2025 ada di papan <b>PPID</b>", "#k-sampai": "2026-06-30"},
        )
        assert "disimpan" in b.text(".flash")
        (v,) = [v for v in live_verdicts(site.db, body, item) if not v["revoked_at"]]
        with Store(site.db, create=False) as st:
            latest = st.latest_finding(body, item)
        assert (v["status"], v["by"], v["until"], v["note"]) == (
            "present",
            "rina",
            "2026-06-30",
            "Profil 2025 ada di papan <b>PPID</b>",
        )
        assert v["evidence_hash"] == latest["evidence_hash"]  # the record `kipmon verdict` writes
        assert "<b>PPID</b>" in b.text("#tabel-keputusan")  # shown as text
        assert (
            kipmon("verdict", "--list", "--db", str(site.db)).stdout.count(f"{v['id']}\t{body}\t{item}\tpresent\trina")
            == 1
        )

        b.submit(f"#cabut-{v['id']}")
        assert "dicabut" in b.text(".flash")
        assert live_verdicts(site.db, body, item)[-1]["revoked_at"]

        # the workbook, downloaded with the browser's session, read back
        got = b.download("#nav-monev", tmp_path / "unduhan")
        assert got.name == f"monev-mandiri-semua-{site.ids[-1]}.xlsx"
        assert openpyxl.load_workbook(got)["Butir"].max_row > 1

        # phone width: the page fits, the form is usable
        b.viewport(390, 844, mobile=True)
        b.goto(site.url(f"/r/latest/temuan/{body}/{item}"))
        assert b.eval("document.documentElement.scrollWidth <= window.innerWidth + 1"), (
            "horizontal scroll at phone width"
        )
        assert b.eval("document.querySelector('#k-simpan').getBoundingClientRect().width > 0")
        b.screenshot(tmp_path / "phone.png")
        b.goto(site.url("/r/latest/index.html"))
        assert b.eval("document.documentElement.scrollWidth <= window.innerWidth + 1")

        b.submit("#keluar")
        assert "/masuk" in b.url
        assert b.console == [], b.console  # no CSP refusal, no script error
    finally:
        b.close()
