"""Notices to public bodies: "Pemberitahuan Kekurangan Informasi Publik" for every body with
missing, stale or broken items, and a "situs tidak dapat diakses" notice to Diskominfo for every body
whose site could not be crawled (never a missing-item notice for it: no judgement was made).

Each notice is written to the outbox as HTML, plain text and an .eml; it is sent by SMTP only when
asked (config [notices] send = true, or --send) and configured. Credentials come only from the
environment (KIPMON_SMTP_USER, KIPMON_SMTP_PASSWORD). Every notice is logged in the `notices` table;
an unchanged notice (same digest) is not sent again within [notices] resend_interval_days.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import functools
import hashlib
import os
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from typing import Any

import holidays

from kipmon import vocab
from kipmon.config import section
from reports.common import (
    GAPS,
    parse_time,
    KIND_LABELS,
    STATUS_LABELS,
    WITA,
    environment,
    one_line,
    slug,
    text_environment,
)
from reports.data import link
from reports.errors import NoticeError
from reports.items import fix_advice, item_info, items_for_kind

GAP, UNREACHABLE = vocab.NOTICE_GAP, vocab.NOTICE_UNREACHABLE
NO_SITE = vocab.NOTICE_NO_SITE  # one notice asking a body with no known website to publish online or register its site
# the standard each kind's information duty comes from, for the no-site notice
SLIP_BASIS = {"desa": "Perki 1/2018 tentang Standar Layanan Informasi Publik Desa"}
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
REASON_ADVICE = {
    "dns": "Periksa pendaftaran dan catatan DNS nama domain situs (mis. di pengelola domain .go.id).",
    "refused": "Periksa apakah server web berjalan dan portnya terbuka untuk umum.",
    "timeout": "Periksa beban dan koneksi server; situs tidak menjawab dalam batas waktu.",
    "http-5xx": "Periksa log server web dan aplikasi; halaman awal menjawab dengan kesalahan di sisi server.",
    "robots-blocked": "Izinkan program pemantau di robots.txt, atau beri tahu kami alamat yang boleh dibuka.",
    "tls": "Perbarui sertifikat TLS (HTTPS) situs atau perbaiki konfigurasinya.",
    "no-url": "Lengkapi alamat situs resmi badan publik ini di daftar badan publik.",
}


def notice_cfg(cfg: dict) -> dict:
    """[notices] over the shipped defaults."""
    return section(cfg, "notices")


def valid_email(value: Any) -> str | None:
    value = (value or "").strip() if isinstance(value, str) else ""
    return value if EMAIL_RE.match(value) and len(value) <= 254 else None


# ---------------------------------------------------------------- working days


@functools.lru_cache(maxsize=8)
def _national_holidays(first_year: int, end_year: int):
    """Indonesia's national holidays of the years [first_year, end_year): built once a process (the
    library computes each year's dates, a noticeable part of a night's notices)."""
    return holidays.country_holidays("ID", years=range(first_year, end_year))


def working_days_after(start: dt.date, days: int, extra_holidays: list | tuple = ()) -> dt.date:
    """The date `days` working days after `start`: weekends and Indonesian national holidays
    (holidays.country_holidays('ID'), plus any configured extra days, e.g. cuti bersama) skipped."""
    off = _national_holidays(start.year, start.year + 2 + days // 200)
    extra = {dt.date.fromisoformat(str(d)) for d in extra_holidays}
    day, left = start, days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in off and day not in extra:
            left -= 1
    return day


# ---------------------------------------------------------------- building notices


def digest_of(kind: str, body_id: str, parts: list) -> str:
    text = "\n".join([kind, body_id, *(f"{a}|{b}" for a, b in sorted(parts))])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _as_of(run: dict) -> dt.date:
    value = run.get("as_of")
    if value:
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            pass
    return dt.datetime.now(WITA).date()


class _Findings:
    """Findings of earlier runs, read once per run."""

    def __init__(self, store):
        self.store, self.cache = store, {}

    def __call__(self, run_id: int) -> dict[tuple[str, str], str]:
        if run_id not in self.cache:
            self.cache[run_id] = {(f["body_id"], f["item_id"]): f["status"] for f in self.store.findings(run_id)}
        return self.cache[run_id]


def _progress(
    store,
    body_id: str,
    run_id: int,
    gaps: dict[str, str],
    now_status: dict[str, str],
    findings_of: _Findings,
    kind: str,
) -> dict | None:
    """What improved (and what is new) since the last gap notice to this body."""
    last = store.last_notice(body_id, GAP, before_run=run_id)
    if last is None:
        return None
    before = {item: st for (bid, item), st in findings_of(last["run_id"]).items() if bid == body_id and st in GAPS}
    fixed, better, new, still = [], [], [], 0
    for item, st in before.items():
        now = now_status.get(item)
        nama = item_info(item, kind)["nama"]
        if now == vocab.PRESENT:
            fixed.append(nama)
        elif now == vocab.STALE and st in (vocab.MISSING, vocab.BROKEN):
            better.append(nama)
        elif now in GAPS:
            still += 1
    for item in gaps:
        if item not in before:
            new.append(item_info(item, kind)["nama"])
    return {
        "date": last.get("created_at"),
        "run_id": last["run_id"],
        "fixed": fixed,
        "better": better,
        "new": new,
        "still": still,
    }


def _gains(findings: list[dict], kind: str, cfg: dict) -> dict[str, float]:
    """How much fixing each gap alone raises the body's estimate, by the scoring model itself."""
    from checks.catalogue import rules_for
    from checks.scoring import fix_gains, item_states, scoring_cfg

    rules = rules_for(cfg)
    return fix_gains(item_states(findings, rules, kind), scoring_cfg(cfg))


def _gap_notice(body: dict, crawl: dict, findings: list[dict], score: dict | None, ctx: dict) -> dict:
    """The rows of a missing-item notice, the items that raise the estimate most first.

    Each row's gain is what fixing that item alone adds to the body's score (checks.scoring.fix_gains,
    the model the score itself comes from); rows go by gain, largest first, then in catalogue order.
    A body that is not assessed gets catalogue order and no gains."""
    kind = body["kind"]
    order = {item: i for i, item in enumerate(items_for_kind(kind))}
    gain = _gains(findings, kind, ctx.get("cfg") or {}) if score else {}
    rank = {item: -g for item, g in gain.items()}
    rows = []
    gaps = [f for f in findings if f["status"] in GAPS]
    for f in sorted(gaps, key=lambda f: (rank.get(f["item_id"], 1.0), order.get(f["item_id"], 999))):
        info = item_info(f["item_id"], kind, ctx.get("cfg"))
        rows.append(
            {
                "item_id": f["item_id"],
                "nama": info["nama"],
                "status": f["status"],
                "status_label": STATUS_LABELS[f["status"]],
                "legal_basis": info.get("legal_basis") or "UU 14/2008",
                "looked_for": info.get("looked_for") or info.get("what") or info["nama"],
                "detail": one_line(f.get("detail") or "", 400),
                "evidence": link(f["evidence_url"]) if f.get("evidence_url") else None,
                "year": f.get("evidence_year"),
                "fix": fix_advice(
                    f["item_id"], kind, f["status"], ctx.get("as_of"), f.get("evidence_url"), ctx.get("cfg")
                ),
                "gain": gain.get(f["item_id"]),
            }
        )
    return {
        "rows": rows,
        "counts": {st: sum(1 for r in rows if r["status"] == st) for st in GAPS},
        "by_gain": any(r["gain"] is not None for r in rows),
    }


@functools.lru_cache(maxsize=None)
def _templates(kind: str):
    return (environment().get_template(f"notice_{kind}.html"), text_environment().get_template(f"notice_{kind}.txt"))


def _render(kind: str, data: dict) -> tuple[str, str]:
    html_tpl, text_tpl = _templates(kind)
    return html_tpl.render(**data), text_tpl.render(**data)


def build_message(
    *,
    subject: str,
    sender: str,
    sender_name: str,
    recipient: str | None,
    cc: str | None,
    text: str,
    html: str,
    run_id: int,
    body_id: str,
    reply_to: str | None = None,
) -> EmailMessage:
    """An email whose headers cannot be injected: every value is one line, and the SMTP policy
    refuses a header with a line break anyway."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["Subject"] = one_line(subject, 200)
    msg["From"] = formataddr((one_line(sender_name, 100), sender))
    if recipient:
        msg["To"] = recipient
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Date"] = format_datetime(dt.datetime.now(dt.timezone.utc))
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "kipmon.local")
    # RFC 3834: no vacation replies or auto-acknowledgements back to the monitor
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Kipmon-Run"] = str(int(run_id))
    msg["X-Kipmon-Body"] = one_line(body_id, 100)
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


# ---------------------------------------------------------------- sending


class _Sender:
    """One SMTP connection for the whole batch, opened on the first message to send."""

    def __init__(self, ncfg: dict):
        self.ncfg, self.conn, self.broken = ncfg, None, None

    def send(self, msg: EmailMessage) -> None:
        if self.broken:
            raise OSError(self.broken)
        if self.conn is None:
            try:
                self.conn = self._connect()
            except (OSError, smtplib.SMTPException) as exc:
                self.broken = f"cannot connect to {self.ncfg['smtp_host']}:{self.ncfg['smtp_port']}: {exc}"
                raise OSError(self.broken) from None
        self.conn.send_message(msg)

    def _connect(self) -> smtplib.SMTP:
        host, port = self.ncfg["smtp_host"], int(self.ncfg["smtp_port"])
        timeout = float(self.ncfg["smtp_timeout"])
        security = self.ncfg["smtp_security"]
        user, password = os.environ.get("KIPMON_SMTP_USER"), os.environ.get("KIPMON_SMTP_PASSWORD")
        if security == "ssl":
            conn = smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
        else:
            conn = smtplib.SMTP(host, port, timeout=timeout)
            conn.ehlo()
            if security == "starttls":
                conn.starttls(context=ssl.create_default_context())
                conn.ehlo()
        if user and password:
            if security == "none":
                conn.quit()
                raise smtplib.SMTPException("refusing to send the SMTP password without TLS (smtp_security = 'none')")
            conn.login(user, password)
        return conn

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.quit()
            except (OSError, smtplib.SMTPException):
                pass


# ---------------------------------------------------------------- the batch


@dataclass
class _Draft:
    """One body's notice before it is rendered: its kind, to whom, about what."""

    kind: str
    recipient: str | None
    cc: str | None
    subject: str
    digest: str
    stem: str
    data: dict


@dataclass
class _Batch:
    """What every notice of a run shares: the settings, the run's data read once, the letter's frame."""

    store: Any
    run_id: int
    bodies: list[dict]
    ncfg: dict
    common: dict
    reviewer: str | None
    crawls: dict
    scores: dict
    streaks: dict
    by_body: dict
    findings_of: _Findings
    now: dt.datetime


def _refuse(store, run_id: int, ncfg: dict, send: bool) -> dict:
    """The run, unless the settings or the run itself forbid writing its notices."""
    if send and not (ncfg["smtp_host"] and valid_email(ncfg["smtp_from"])):
        raise NoticeError("sending asked but [notices] smtp_host and smtp_from are not both configured")
    if ncfg["smtp_security"] not in ("starttls", "ssl", "none"):
        raise NoticeError(f"[notices] smtp_security must be starttls, ssl or none, not {ncfg['smtp_security']!r}")
    run = store.run(run_id)
    if run is None:
        raise NoticeError(f"no run {run_id} in {store.path}")
    if run["status"] == vocab.RUN_DEGRADED:
        raise NoticeError(f"run {run_id} is degraded ({run.get('error')}): its findings are not sent to any office")
    return run


def _batch(store, run_id: int, run: dict, cfg: dict, ncfg: dict) -> _Batch:
    bodies = store.run_bodies(run_id)
    by_body: dict[str, list[dict]] = {}
    for f in store.findings(run_id):
        by_body.setdefault(f["body_id"], []).append(f)
    as_of = _as_of(run)
    days = int(ncfg["deadline_working_days"])
    deadline = working_days_after(as_of, days, ncfg["extra_holidays"])
    pemkab = next((b for b in bodies if b["kind"] == "pemkab"), None)
    reviewer = valid_email(ncfg["reviewer_email"]) or valid_email((pemkab or {}).get("email"))
    reply_to = valid_email(ncfg["reply_to"]) or reviewer
    signature = {
        "closing": one_line(ncfg["closing"], 300),
        "name": one_line(ncfg["signatory_name"], 100),
        "title": one_line(ncfg["signatory_title"], 150),
        "office": one_line(ncfg["office"] or ncfg["sender_name"], 150),
        "reply_to": reply_to,
    }
    common = {
        "run": run,
        "run_id": run_id,
        "as_of": as_of,
        "deadline": deadline,
        "days": days,
        "sender_name": ncfg["sender_name"],
        "KIND_LABELS": KIND_LABELS,
        "signature": signature,
        "cfg": cfg,
    }
    return _Batch(
        store=store,
        run_id=run_id,
        bodies=bodies,
        ncfg=ncfg,
        common=common,
        reviewer=reviewer,
        crawls=store.body_crawls(run_id),
        scores={s["body_id"]: s for s in store.scores(run_id)},
        streaks=store.unreachable_streaks(run_id),
        by_body=by_body,
        findings_of=_Findings(store),
        now=dt.datetime.now(dt.timezone.utc),
    )


_COUNTED = {"no-recipient": "no_recipient", "unchanged": "unchanged", "sent": "sent", "failed": "failed"}


def write_notices(store, run_id: int, out_dir: Path, cfg: dict, send: bool | None = None) -> dict:
    """Write (and, when asked and configured, send) the notices of `run_id` into
    out_dir/notices/run-<id>/. Returns a summary dict."""
    ncfg = notice_cfg(cfg)
    send = bool(ncfg["send"]) if send is None else bool(send)
    run = _refuse(store, run_id, ncfg, send)
    outbox = Path(out_dir) / "notices" / f"run-{run_id}"
    try:
        outbox.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NoticeError(f"{outbox}: cannot create the outbox: {exc.strerror or exc}") from None

    batch = _batch(store, run_id, run, cfg, ncfg)
    sender = valid_email(ncfg["smtp_from"]) or "kipmon@localhost"
    reply_to = batch.common["signature"]["reply_to"]
    summary = {
        "run_id": run_id,
        "outbox": str(outbox),
        "dry_run": not send,
        "written": 0,
        GAP: 0,
        UNREACHABLE: 0,
        NO_SITE: 0,
        "sent": 0,
        "unchanged": 0,
        "failed": 0,
        "no_recipient": 0,
        "notices": [],
    }
    sender_conn = _Sender(ncfg) if send else None
    try:
        for body in batch.bodies:
            bid = body["body_id"]
            d = _draft(batch, body)
            if d is None:
                continue
            d.data["subject"] = one_line(d.subject, 200)
            d.data["recipient"] = d.recipient
            html, text = _render(d.kind, d.data)
            msg = build_message(
                subject=d.subject,
                sender=sender,
                sender_name=ncfg["sender_name"],
                recipient=d.recipient,
                cc=d.cc,
                text=text,
                html=html,
                run_id=run_id,
                body_id=bid,
                reply_to=reply_to if reply_to != d.recipient else None,
            )
            (outbox / f"{d.stem}.html").write_text(html, encoding="utf-8")
            (outbox / f"{d.stem}.txt").write_text(text, encoding="utf-8")
            (outbox / f"{d.stem}.eml").write_bytes(msg.as_bytes())
            summary["written"] += 1
            summary[d.kind] += 1
            status, error, sent_at = _deliver(batch, bid, d, msg, sender_conn)
            if status in _COUNTED:
                summary[_COUNTED[status]] += 1
            store.add_notice(
                {
                    "run_id": run_id,
                    "body_id": bid,
                    "kind": d.kind,
                    "digest": d.digest,
                    "recipient": d.recipient,
                    "subject": one_line(d.subject, 200),
                    "path": str(outbox / f"{d.stem}.eml"),
                    "sent_at": sent_at,
                    "send_status": status,
                    "error": error,
                }
            )
            summary["notices"].append(
                {
                    "body_id": bid,
                    "kind": d.kind,
                    "recipient": d.recipient,
                    "status": status,
                    "path": str(outbox / f"{d.stem}.eml"),
                }
            )
    finally:
        if sender_conn is not None:
            sender_conn.close()
    return summary


def _draft(batch: _Batch, body: dict) -> _Draft | None:
    """The notice a body gets: its site cannot be reached, it has no site, or its gaps (none when it has none)."""
    bid = body["body_id"]
    crawl = batch.crawls.get(bid) or {}
    findings = batch.by_body.get(bid, [])
    unreachable = vocab.site_unreachable(crawl) or (
        not crawl and findings and all(f["status"] == vocab.UNREACHABLE for f in findings)
    )
    site = {
        "urls": [link(u) for u in body.get("urls") or []],
        "pages": crawl.get("pages"),
        "documents": crawl.get("documents"),
    }
    name = one_line(body["name"], 200)
    if unreachable:
        return _unreachable_draft(batch, body, name, site, crawl)
    if not body.get("urls"):
        return _no_site_draft(batch, body, name)
    return _gap_draft(batch, body, name, site, crawl, findings)


def _unreachable_draft(batch: _Batch, body: dict, name: str, site: dict, crawl: dict) -> _Draft:
    """To the reviewer (not the body): its site has not answered for some nights."""
    bid = body["body_id"]
    nights = batch.streaks.get(bid, 1)
    reason = crawl.get("reason") or "unknown"
    data = {
        **batch.common,
        "body": body,
        "name": name,
        "site": site,
        "nights": nights,
        "reason": vocab.UNREACHABLE_REASONS.get(reason, reason),
        "detail": one_line(crawl.get("detail") or "", 300),
        "advice": REASON_ADVICE.get(reason, "Periksa situs dan server web badan publik ini."),
        "score": batch.scores.get(bid),
    }
    return _Draft(
        kind=UNREACHABLE,
        recipient=batch.reviewer,
        cc=None,
        subject=f"Situs {name} tidak dapat diakses {nights} malam",
        digest=digest_of(UNREACHABLE, bid, [("reason", reason)]),
        stem=f"{slug(bid)}-tak-terjangkau",
        data=data,
    )


def _cc(batch: _Batch, recipient: str | None) -> str | None:
    reviewer = batch.reviewer
    return reviewer if batch.ncfg["cc_reviewer"] and reviewer and reviewer != recipient else None


def _no_site_draft(batch: _Batch, body: dict, name: str) -> _Draft:
    """No website known: one request to publish or register it, not 13-25 "tidak ada" lines."""
    bid = body["body_id"]
    data = {
        **batch.common,
        "body": body,
        "name": name,
        "items": len(items_for_kind(body["kind"])),
        "basis": SLIP_BASIS.get(body["kind"], "Perki 1/2021 tentang Standar Layanan Informasi Publik"),
        "reviewer": batch.reviewer,
    }
    recipient = valid_email(body.get("email"))
    return _Draft(
        kind=NO_SITE,
        recipient=recipient,
        cc=_cc(batch, recipient),
        subject=f"Permintaan penerbitan informasi publik secara daring: {name}",
        digest=digest_of(NO_SITE, bid, [("no-url", "")]),
        stem=f"{slug(bid)}-tanpa-situs",
        data=data,
    )


def _gap_draft(batch: _Batch, body: dict, name: str, site: dict, crawl: dict, findings: list[dict]) -> _Draft | None:
    """The body's gaps with what to do about each, and its progress since the notice before; none without gaps."""
    bid = body["body_id"]
    s = batch.scores.get(bid) or {}
    gap = _gap_notice(body, crawl, findings, s if s.get("assessed") else None, batch.common)
    if not gap["rows"]:
        return None
    now_status = {f["item_id"]: f["status"] for f in findings}
    data = {
        **batch.common,
        "body": body,
        "name": name,
        "site": site,
        **gap,
        "progress": _progress(
            batch.store,
            bid,
            batch.run_id,
            {r["item_id"]: r["status"] for r in gap["rows"]},
            now_status,
            batch.findings_of,
            body["kind"],
        ),
        "score": s.get("score") if s.get("assessed") else None,
        "band": s.get("band") if s.get("assessed") else None,
    }
    recipient = valid_email(body.get("email"))
    return _Draft(
        kind=GAP,
        recipient=recipient,
        cc=_cc(batch, recipient),
        subject=f"Pemberitahuan Kekurangan Informasi Publik: {name}",
        digest=digest_of(GAP, bid, [(r["item_id"], r["status"]) for r in gap["rows"]]),
        stem=slug(bid),
        data=data,
    )


def _deliver(batch: _Batch, bid: str, d: _Draft, msg, sender_conn) -> tuple[str, str | None, str | None]:
    """Send a written notice when sending is on, unless the same notice went out within the resend
    interval. Returns its status, the error and when it was sent."""
    if d.recipient is None:
        return "no-recipient", None, None
    if sender_conn is None:
        return "dry-run", None, None
    interval = dt.timedelta(days=float(batch.ncfg["resend_interval_days"]))
    last = batch.store.last_notice(bid, d.kind, sent_only=True)
    last_at = parse_time(last["sent_at"]) if last else None
    if last and last["digest"] == d.digest and last_at and batch.now - last_at < interval:
        return "unchanged", None, None
    try:
        sender_conn.send(msg)
    except (OSError, smtplib.SMTPException) as exc:
        return "failed", one_line(str(exc), 300), None
    return "sent", None, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
