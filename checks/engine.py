"""Evaluate the rules over one body's stored crawl: every item gets one finding, never a crash.

For each rule the evaluator families propose candidate evidence (presence: words on links, titles,
headings, feeds and URLs; channels: links to external services; contact: e-mail and phone near PPID),
documents judges whether each candidate is reachable, currency judges whether it is current, and the
best candidate wins: present over stale over broken.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from checks import currency as cur
from checks.catalogue import Rule
from checks.channels import match_channel
from checks.contact import contact_pages
from checks.documents import breakage
from checks.evidence import BodyIndex, Target, host_of, norm, norm_url
from checks.presence import Match, match_target, text_pages

RANK = {"present": 0, "stale": 1, "broken": 2}
HOW_RANK = {"judul": 0, "isi-dokumen": 1, "subjudul": 2, "formulir": 1, "feed": 2, "kontak": 2, "tautan": 3, "kanal": 3,
            "alamat": 4, "berkas": 3, "isi-halaman": 4}


@dataclass
class Candidate:
    target: Target
    match: Match
    status: str
    dating: cur.Dating
    reason: str
    why: str = ""     # broken: what failed

    def sort_key(self):
        fetched = 0 if self.target.fetched_ok else 1
        year = self.dating.year or 0
        # present: trusted match, fetched, newest; stale: newest year first
        return (RANK[self.status], -year if self.status == "stale" else 0, HOW_RANK.get(self.match.how, 5),
                fetched, -year, self.target.url)


DOWNLOAD_WORDS = (" unduh ", " download ", " lihat ", " file ", " dokumen ", " klik disini ", " klik di sini ",
                  " lihat dokumen ", " unduh dokumen ", " pdf ")


def download_of(idx: BodyIndex, t: Target) -> Target | None:
    """The one document an HTML page offers through a download button ("Unduh", "Download", an icon), or None."""
    f = t.fetch
    if not f or f.get("kind") != "html" or not t.fetched_ok:
        return None
    docs = {}
    for text, url in f.get("links") or []:
        n = norm(text)
        if n.strip() and not any(w in n for w in DOWNLOAD_WORDS):
            continue
        d = idx.targets.get(norm_url(url))
        if d is not None and d is not t and d.is_document:
            docs[d.url] = d
    return next(iter(docs.values())) if len(docs) == 1 else None


def evidence_hash(t: Target, match: Match) -> str:
    """What a reviewer's verdict is pinned to: the fetched bytes' hash, else the link itself."""
    if t.fetch and t.fetch.get("content_hash"):
        return t.fetch["content_hash"]
    return hashlib.sha256(f"{t.url}\n{match.how}\n{match.text}".encode()).hexdigest()


def _label(m: Match) -> str:
    text = " ".join((m.text or "").split())
    return text[:80] + ("…" if len(text) > 80 else "")


STRONG_TRUST = 2   # judul, tautan, berkas: a year written on the evidence itself


def _pool(rule: Rule, cands: list[Candidate]) -> list[Candidate]:
    """Which candidates compete: found ones over broken ones, and among found ones of a dated item, those
    whose year is written on the evidence itself (title, link text, file name) over those dated only by
    the page's dates, metadata or Last-Modified (a listing page updated this year says nothing of the
    year of the documents it lists)."""
    found = [c for c in cands if c.status in ("present", "stale")]
    if not found:
        return cands
    if rule.currency == "static":
        return found
    strong = [c for c in found if c.dating.trust <= STRONG_TRUST]
    return strong or found


def candidates(rule: Rule, idx: BodyIndex, as_of: dt.date, ccfg: dict) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[int] = set()
    found: list[tuple[Target, Match, list[str]]] = []
    for t in idx.targets.values():
        if id(t) in seen:
            continue
        seen.add(id(t))
        m, own, linked = match_target(rule.evidence, t)
        if m is None:
            m = match_channel(rule.evidence.hosts, t)
        if m is not None:
            found.append((t, m, own, linked))
    if rule.family == "contact":
        window = int(ccfg.get("contact_window", 250))
        words = rule.evidence.text_phrases or ("ppid",)
        found += [(t, m, [], []) for t, m in contact_pages(idx, words, window)]
    if rule.evidence.body_phrases and not found:
        # wording in a paragraph is the weakest evidence: only when nothing links to or names the item
        found += [(t, m, [], []) for t, m in text_pages(idx, rule.evidence)]
    for t, m, own, linked in found:
        doc = download_of(idx, t)
        if doc is not None and breakage(doc) and not breakage(t):
            # a detail page whose download button leads nowhere: the document is what was promised
            b = breakage(doc)
            out.append(Candidate(doc, m, "broken", cur.Dating(), b[0], b[1]))
            continue
        broken = breakage(t)
        if broken:
            out.append(Candidate(t, m, "broken", cur.Dating(), broken[0], broken[1]))
            continue
        if rule.currency == "static":
            out.append(Candidate(t, m, "present", cur.Dating(), "found"))
            continue
        dating = cur.date_target(t, as_of, rule.currency, own, use_weak=bool(ccfg.get("weak_dates", True)),
                                 link_texts=linked)
        if doc is not None and dating.trust > STRONG_TRUST:
            # the page's own words carry no year: the document behind its download button may
            d2 = cur.date_target(doc, as_of, rule.currency, [(doc.fetch or {}).get("title") or ""],
                                 use_weak=bool(ccfg.get("weak_dates", True)))
            if d2.trust < dating.trust:
                dating = d2
        ok = cur.is_current(rule.currency, rule.grace, rule.recent_days, dating, as_of)
        if ok is None:
            out.append(Candidate(t, m, ccfg.get("undated_status", "stale"), dating, "undated"))
        else:
            out.append(Candidate(t, m, "present" if ok else "stale", dating, "current" if ok else "outdated"))
    return out


def finding(body_id: str, item_id: str, status: str, *, reason: str, detail: str, url: str | None = None,
            year: int | None = None, hash_: str | None = None, rule_error: str | None = None,
            carried_from: int | None = None) -> dict:
    return {"body_id": body_id, "item_id": item_id, "status": status, "machine_status": status,
            "evidence_url": url, "evidence_year": year, "evidence_hash": hash_, "detail": detail,
            "reason": reason, "rule_error": rule_error, "verdict_id": None, "carried_from": carried_from}


def evaluate(rule: Rule, idx: BodyIndex, as_of: dt.date, ccfg: dict | None = None) -> dict:
    """The finding of one rule (already specialised for the body's kind) over one body's index."""
    ccfg = ccfg or {}
    body_id = idx.body.get("body_id") or idx.body.get("id") or ""
    cands = candidates(rule, idx, as_of, ccfg)
    if not cands:
        looked = rule.dicari or ", ".join(f"\"{p}\"" for p in rule.evidence.phrases[:3])
        return finding(body_id, rule.id, "missing", reason="not-found",
                       detail=f"{rule.nama} tidak ditemukan: dicari {looked} pada {idx.n_fetched} halaman "
                              f"dan dokumen yang dirayapi.")
    best = min(_pool(rule, cands), key=Candidate.sort_key)
    t, m = best.target, best.match
    where = f"\"{_label(m)}\"" if m.how not in ("alamat", "kanal") else t.url
    year = best.dating.year
    h = evidence_hash(t, m)
    if best.status == "broken":
        return finding(body_id, rule.id, "broken", reason=best.reason, url=t.url, hash_=h,
                       detail=f"Tautan {where} ke {rule.nama} ditemukan, tetapi tidak dapat dibuka ({best.why}).")
    need = cur.describe_required(rule.currency, rule.grace, rule.recent_days, as_of)
    src = cur.SOURCES[best.dating.source][1] if best.dating.source else None
    if best.status == "present":
        if rule.currency == "static":
            via = f"kanal {host_of(t.url)}" if m.how == "kanal" else where
            detail = f"{rule.nama} ditemukan: {via}."
        elif best.dating.period:
            a, b = best.dating.period
            detail = f"{rule.nama} ditemukan untuk periode {a}–{b} ({where})."
        else:
            detail = f"{rule.nama} ditemukan untuk tahun {year} ({where}; tahun dari {src})."
        return finding(body_id, rule.id, "present", reason=best.reason, url=t.url, year=year, hash_=h,
                       detail=detail)
    # stale
    if best.reason == "undated":
        detail = f"{rule.nama} ditemukan ({where}), tetapi tahunnya tidak dapat ditentukan; dibutuhkan {need}."
    elif best.dating.period:
        a, b = best.dating.period
        detail = f"{rule.nama} terakhir untuk periode {a}–{b}; dibutuhkan {need}."
    else:
        detail = f"{rule.nama} terakhir untuk tahun {year}; dibutuhkan {need}."
    return finding(body_id, rule.id, "stale", reason=best.reason, url=t.url, year=year, hash_=h, detail=detail)
