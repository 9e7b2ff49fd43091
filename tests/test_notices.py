"""Notices: outbox files, .eml that parse back intact, working-day deadlines, the unreachable rule,
and real SMTP sending to an aiosmtpd server on 127.0.0.1 with the resend interval."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller

from kipmon.config import defaults
from kipmon.store import Store
from reports.notices import working_days_after, write_notices
from sample_run import HOSTILE_NAME, build_sample


@pytest.fixture()
def stored(tmp_path):
    store = Store(tmp_path / "kipmon.db")
    ids = build_sample(store)
    yield store, ids
    store.close()


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"


@pytest.fixture()
def smtp():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, inbox
    controller.stop()


def smtp_cfg(port: int, **more) -> dict:
    cfg = defaults()
    cfg["notices"].update(
        smtp_host="127.0.0.1", smtp_port=port, smtp_security="none", smtp_from="ppid@kutaitimurkab.go.id", **more
    )
    return cfg


def parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def test_dry_run_writes_html_text_and_eml_per_body(stored, tmp_path):
    store, ids = stored
    summary = write_notices(store, ids[-1], tmp_path / "out", defaults())
    outbox = tmp_path / "out" / "notices" / f"run-{ids[-1]}"
    assert summary["dry_run"] and summary["sent"] == 0
    gaps = {b for b in {f["body_id"] for f in store.findings(ids[-1]) if f["status"] in ("missing", "stale", "broken")}}
    assert {n["body_id"] for n in summary["notices"] if n["kind"] == "gap"} == gaps
    for body in gaps:
        for ext in ("html", "txt", "eml"):
            assert (outbox / f"{body}.{ext}").stat().st_size > 500
    rows = store.notices(run_id=ids[-1])
    assert len(rows) == summary["written"] and all(r["send_status"] == "dry-run" and r["sent_at"] is None for r in rows)


def test_unreachable_body_gets_no_gap_notice_but_diskominfo_is_told(stored, tmp_path):
    store, ids = stored
    cfg = defaults()
    cfg["notices"]["reviewer_email"] = "reviewer@kutaitimurkab.go.id"
    summary = write_notices(store, ids[-1], tmp_path / "out", cfg)
    outbox = tmp_path / "out" / "notices" / f"run-{ids[-1]}"
    for body in ("bappeda", "desa-singa-gembara"):
        assert not (outbox / f"{body}.eml").exists()
        kinds = [n["kind"] for n in summary["notices"] if n["body_id"] == body]
        assert kinds == ["unreachable"]
        msg = parse(outbox / f"{body}-tak-terjangkau.eml")
        assert msg["To"] == "reviewer@kutaitimurkab.go.id"
        assert "tidak dapat diakses 2 malam" in msg["Subject"]
        text = msg.get_body(("plain",)).get_content()
        assert "2 malam berturut-turut" in text
    assert "DNS" in parse(outbox / "desa-singa-gembara-tak-terjangkau.eml").get_body(("plain",)).get_content()
    # Without a reviewer address, the pemkab's own address is Diskominfo's.
    summary = write_notices(store, ids[-1], tmp_path / "out2", defaults())
    assert {n["recipient"] for n in summary["notices"] if n["kind"] == "unreachable"} == {"ppid@kutaitimurkab.go.id"}


def test_eml_headers_cannot_be_injected_and_parts_are_escaped(stored, tmp_path):
    store, ids = stored
    write_notices(store, ids[-1], tmp_path / "out", defaults())
    raw = (tmp_path / "out" / "notices" / f"run-{ids[-1]}" / "dinkes.eml").read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["To"] == "dinkes@kutaitimurkab.go.id"
    assert msg["Bcc"] is None and b"\nBcc:" not in raw and b"\r\nBcc:" not in raw
    assert msg["Subject"] == "Pemberitahuan Kekurangan Informasi Publik: " + " ".join(HOSTILE_NAME.split())
    assert "\n" not in msg["Subject"] and "\r" not in msg["Subject"]
    assert set(k.lower() for k in msg.keys()) == {
        "subject",
        "from",
        "to",
        "date",
        "message-id",
        "x-kipmon-run",
        "x-kipmon-body",
        "reply-to",
        "auto-submitted",
        "mime-version",
        "content-type",
    }
    html = msg.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html
    text = msg.get_body(("plain",)).get_content()
    assert "Dinas <script>alert(1)</script> Kesehatan" in text  # plain text shows it as it is
    assert "paling lambat 12 Desember 2025 (10 hari kerja)" in text  # 29 Nov 2025 (Sat) + 10 working days
    assert "Dasar hukum:" in text and "Yang dicari:" in text and "Cara memperbaiki:" in text
    assert 'href="javascript:' not in html
    assert html.count('<a href="http') == html.count('rel="noopener noreferrer"')


def test_working_days_skip_weekends_and_national_holidays():
    assert working_days_after(dt.date(2025, 3, 28), 1) == dt.date(2025, 4, 2)  # Idul Fitri 31 Mar, 1 Apr
    assert working_days_after(dt.date(2025, 12, 24), 1) == dt.date(2025, 12, 26)  # Natal
    assert working_days_after(dt.date(2025, 12, 24), 1, ["2025-12-26"]) == dt.date(2025, 12, 29)  # cuti bersama
    assert working_days_after(dt.date(2025, 11, 28), 10) == dt.date(2025, 12, 12)


def test_progress_since_the_last_notice(tmp_path):
    store = Store(tmp_path / "kipmon.db")
    ids = build_sample(store)
    write_notices(store, ids[0], tmp_path / "out", defaults())
    write_notices(store, ids[1], tmp_path / "out", defaults())
    before = {f["item_id"]: f["status"] for f in store.findings(ids[0], "kutim")}
    now = {f["item_id"]: f["status"] for f in store.findings(ids[1], "kutim")}
    fixed = [i for i, st in before.items() if st in ("missing", "stale", "broken") and now[i] == "present"]
    assert fixed
    text = (tmp_path / "out" / "notices" / f"run-{ids[1]}" / "kutim.txt").read_text()
    assert "PERKEMBANGAN SEJAK PEMBERITAHUAN SEBELUMNYA" in text
    from reports.items import item_info

    line = next(ln for ln in text.splitlines() if ln.startswith("- Sudah diperbaiki:"))
    for item in fixed:
        assert item_info(item, "pemkab")["nama"] in line
    store.close()


def test_smtp_send_resend_interval_and_changed_digest(stored, tmp_path, smtp, monkeypatch):
    monkeypatch.delenv("KIPMON_SMTP_USER", raising=False)
    monkeypatch.delenv("KIPMON_SMTP_PASSWORD", raising=False)
    store, ids = stored
    port, inbox = smtp
    run_id = ids[-1]
    first = write_notices(store, run_id, tmp_path / "out", smtp_cfg(port), send=True)
    assert not first["dry_run"] and first["failed"] == 0
    assert first["sent"] == first["written"] == len(inbox.messages)
    recipients = sorted(r for rcpts, _ in inbox.messages for r in rcpts)
    assert "korban@example.org" not in recipients and "dinkes@kutaitimurkab.go.id" in recipients
    got = email.message_from_bytes(
        next(c for r, c in inbox.messages if r == ["dinkes@kutaitimurkab.go.id"]), policy=email.policy.default
    )
    assert got["Subject"].startswith("Pemberitahuan Kekurangan Informasi Publik: Dinas <script>")
    sent_rows = [r for r in store.notices(run_id=run_id) if r["send_status"] == "sent"]
    assert len(sent_rows) == first["sent"] and all(r["sent_at"] and r["recipient"] for r in sent_rows)

    # Same items again within the interval: nothing is sent.
    second = write_notices(store, run_id, tmp_path / "out", smtp_cfg(port), send=True)
    assert second["sent"] == 0 and second["unchanged"] == first["sent"] and len(inbox.messages) == first["sent"]

    # One body's last notice is older than the interval: only that one goes out again.
    old = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=8)).isoformat(timespec="seconds")
    for row in store.notices(body_id="kutim"):
        store.update_notice(row["id"], sent_at=old)
    # Another body's items changed (a new gap): its notice goes out despite the interval.
    present = next(f for f in store.findings(run_id, "diskominfo") if f["status"] == "present")
    store.db["findings"].update((run_id, "diskominfo", present["item_id"]), {"status": "missing"})
    third = write_notices(store, run_id, tmp_path / "out", smtp_cfg(port), send=True)
    assert third["sent"] == 2
    assert sorted(r[0] for r, _ in inbox.messages[-2:]) == [
        "diskominfo@kutaitimurkab.go.id",
        "ppid@kutaitimurkab.go.id",
    ]


def test_smtp_password_never_sent_without_tls_and_failures_are_logged(stored, tmp_path, smtp, monkeypatch):
    store, ids = stored
    port, inbox = smtp
    monkeypatch.setenv("KIPMON_SMTP_USER", "ppid")
    monkeypatch.setenv("KIPMON_SMTP_PASSWORD", "rahasia")
    summary = write_notices(store, ids[-1], tmp_path / "out", smtp_cfg(port), send=True)
    assert summary["sent"] == 0 and summary["failed"] == summary["written"] and inbox.messages == []
    rows = store.notices(run_id=ids[-1])
    assert all(r["send_status"] == "failed" and "TLS" in r["error"] for r in rows)
    assert "rahasia" not in (tmp_path / "out" / "notices" / f"run-{ids[-1]}" / "kutim.eml").read_text()


def test_send_requires_smtp_configuration(stored, tmp_path):
    from reports.errors import NoticeError

    store, ids = stored
    with pytest.raises(NoticeError, match="smtp_host"):
        write_notices(store, ids[-1], tmp_path / "out", defaults(), send=True)
