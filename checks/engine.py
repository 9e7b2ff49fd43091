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
from checks.documents import breakage, placeholder_page, working_url
from checks.evidence import BodyIndex, Target, host_of, norm, norm_url
from checks.news import SEPARATORS
from kipmon.config import with_defaults
from kipmon.doctitle import doc_title, meta_title
from kipmon.model import finding
from kipmon.vocab import BROKEN, FOUND, KIND_HTML, MISSING, PRESENT, STALE
from checks.presence import Match, generic_link_text, match_target, phrase_in, text_pages

RANK = {PRESENT: 0, STALE: 1, BROKEN: 2}
HOW_RANK = {
    "judul": 0,
    "isi-dokumen": 1,
    "subjudul": 2,
    "formulir": 1,
    "feed": 2,
    "kontak": 2,
    "tautan": 3,
    "kanal": 3,
    "baris": 3,
    "alamat": 4,
    "berkas": 3,
    "isi-halaman": 4,
}


@dataclass
class Candidate:
    target: Target
    match: Match
    status: str
    dating: cur.Dating
    reason: str
    why: str = ""  # broken: what failed

    def sort_key(self):
        fetched = 0 if self.target.fetched_ok else 1
        year = self.dating.year or 0
        # present: trusted match, fetched, newest; stale: newest year first
        return (
            RANK[self.status],
            -year if self.status == STALE else 0,
            HOW_RANK.get(self.match.how, 5),
            fetched,
            -year,
            self.target.url,
        )


DOWNLOAD_WORDS = (
    " unduh ",
    " download ",
    " lihat ",
    " file ",
    " dokumen ",
    " klik disini ",
    " klik di sini ",
    " lihat dokumen ",
    " unduh dokumen ",
    " pdf ",
    " unduhan ",
    " lihat file ",
    " unduh file ",
)


def download_of(idx: BodyIndex, t: Target) -> Target | None:
    """The one document an HTML page offers through a download button ("Unduh", "Download", an icon), or None."""
    f = t.fetch
    if not f or f.get("kind") != KIND_HTML or not t.fetched_ok:
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


def listed_documents(idx: BodyIndex, t: Target) -> list[list[str]]:
    """The names of the documents an HTML page lists (each: its fetched title, link texts that say
    something, its table row), one list per document; a document nothing names is left out."""
    f = t.fetch
    if not f or f.get("kind") != KIND_HTML or not t.fetched_ok:
        return []
    out, seen = [], set()
    for _text, url in f.get("links") or []:
        d = idx.targets.get(norm_url(url))
        if d is None or d is t or not d.is_document or id(d) in seen:
            continue
        seen.add(id(d))
        names = [x for x in d.link_texts if not generic_link_text(x)] + list(d.contexts)
        if d.fetched_ok and meta_title((d.fetch or {}).get("title")):
            names.append(d.fetch["title"])
        if d.fetched_ok and doc_title(d.fetch):
            names.append(doc_title(d.fetch))  # its own first lines, for a document linked as "Unduh"
        if names:
            out.append(names)
    return out


def lists_only_near_misses(rule: Rule, idx: BodyIndex, t: Target) -> bool:
    """A page named as the item ("Daftar Informasi Publik") whose documents all say they are the
    rule's near-miss ("Daftar Informasi yang Dikecualikan"): its documents, not its title, say what it holds."""
    ev = rule.evidence
    if not ev.exclude or rule.currency == "static":
        return False  # a section page (PPID, Profil) may well list only other items' documents
    docs = listed_documents(idx, t)
    if not docs:
        return False
    for names in docs:
        if any(phrase_in(n, ev.phrases, ()) and not phrase_in(n, ev.phrases, ev.exclude) for n in names):
            return False  # one of them is the item itself
        if not any(phrase_in(n, ev.exclude, ()) for n in names):
            return False  # a document that is something else entirely: the page may be the register itself
    return True


def anchors_of(rule: Rule, texts: list[str]) -> list[str]:
    """The parts of a page's title, headings and link texts that named the item ("Pembangunan" of
    "Pembangunan - Website Desa X"): where the page's section about the item begins."""
    out = []
    for x in texts:
        for seg in SEPARATORS.split(x or ""):
            if seg.strip() and phrase_in(seg, rule.evidence.phrases, rule.evidence.exclude):
                out.append(seg.strip())
    return out


def links_documents(idx: BodyIndex, t: Target, docs: set[int] | None = None) -> bool:
    """Whether an HTML page links to a document (with `docs`: to one of those targets)."""
    for _text, url in (t.fetch or {}).get("links") or []:
        d = idx.targets.get(norm_url(url))
        if d is not None and d is not t and d.is_document and (docs is None or id(d) in docs):
            return True
    return False


# What a listing says when it has nothing in it ("Belum ada dokumen", "Data belum tersedia")
EMPTY_LISTING = (
    " belum ada dokumen ",
    " belum ada data ",
    " tidak ada data ",
    " data tidak tersedia ",
    " data belum tersedia ",
    " dokumen belum tersedia ",
    " dokumen tidak tersedia ",
    " tidak ada dokumen ",
    " belum ada file ",
    " belum ada berkas ",
    " data kosong ",
    " no data available ",
    " no records found ",
    " belum ada informasi ",
    " informasi belum tersedia ",
)


def empty_listing(idx: BodyIndex, t: Target, anchors: list[str]) -> bool:
    """Whether an HTML page's section for the item is an empty listing: a table or list that says it
    holds nothing ("Belum ada dokumen"). Read in the section after the words that named the item; a
    page where those words are not written counts only when it links no document at all."""
    f = t.fetch or {}
    if f.get("kind") != KIND_HTML or not t.fetched_ok:
        return False
    sec = cur.section_text(f, anchors)
    if not sec.strip():
        if links_documents(idx, t):
            return False
        sec = f.get("text") or ""
    n = norm(sec)
    return any(x in n for x in EMPTY_LISTING)


# Online form services and request applications a page may embed or link to instead of its own <form>
FORM_SERVICE_HOSTS = (
    "forms.gle",
    "docs.google.com",
    "forms.office.com",
    "jotform.com",
    "form.jotform.com",
    "typeform.com",
    "kobotoolbox.org",
)
_SEARCH_FIELDS = {"q", "s", "search", "cari", "keyword", "kata kunci", "query"}


def offers_a_form(idx: BodyIndex, t: Target, rule: Rule) -> bool:
    """Whether a fetched HTML page holds an online form (a <form> with fields beyond a search box), or
    embeds or links on to a form service or a request application on another host."""
    f = t.fetch or {}
    meta = f.get("meta") if isinstance(f.get("meta"), dict) else {}
    for form in meta.get("forms") or []:
        fields = [x for x in (form.get("fields") or []) if norm(x).strip() not in _SEARCH_FIELDS]
        if len(fields) >= 2:
            return True
    here = host_of(t.url)
    for text, url in f.get("links") or []:
        host = host_of(url)
        if not host or host == here:
            continue
        if any(host == h or host.endswith("." + h) for h in FORM_SERVICE_HOSTS):
            return True
        words = norm(url + " " + (text or ""))
        if any(w in words for w in (" ppid ", " eppid ", " e ppid ", " permohonan ")) and phrase_in(
            text or url, rule.evidence.phrases + ("ppid",), rule.evidence.exclude
        ):
            return True
    return False


def evidence_hash(t: Target, match: Match) -> str:
    """What a reviewer's verdict is pinned to: the fetched bytes' hash, else the link itself."""
    if t.fetch and t.fetch.get("content_hash"):
        return t.fetch["content_hash"]
    return hashlib.sha256(f"{t.url}\n{match.how}\n{match.text}".encode()).hexdigest()


def _label(m: Match) -> str:
    text = " ".join((m.text or "").split())
    return text[:80] + ("…" if len(text) > 80 else "")


STRONG_TRUST = cur.STRONG_TRUST  # judul, tautan, baris, berkas: a year written on or next to the evidence


def _pool(rule: Rule, cands: list[Candidate]) -> list[Candidate]:
    """Which candidates compete: found ones over broken ones, and among found ones of a dated item, those
    whose year is written on the evidence itself (title, link text, file name) over those dated only by
    the page's dates, metadata or Last-Modified (a listing page updated this year says nothing of the
    year of the documents it lists)."""
    found = [c for c in cands if c.status in FOUND]
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
        if t.shared_only and not rule.evidence.shared_service:
            continue  # a sub-site's link to its portal's page counts only for a service the portal offers all
        if rule.evidence.pages_only and t.is_document:
            continue  # a menu or section of the site: a document (an SK PPID PDF) is not it
        m, own, linked = match_target(rule.evidence, t)
        if m is None:
            m = match_channel(rule.evidence.hosts, t)
        if m is not None and placeholder_page(idx, t):
            continue  # a template page named as the item that says only "Konten belum tersedia"
        if m is not None and m.how != "formulir" and t.fetched_ok and (t.fetch or {}).get("kind") == KIND_HTML:
            if rule.evidence.needs_form and not offers_a_form(idx, t, rule):
                continue  # a page named "Permohonan Informasi" / "E-PPID" with nothing to fill in
            if lists_only_near_misses(rule, idx, t):
                continue  # a page titled as the item whose documents are all something else
        if m is not None:
            found.append((t, m, own, linked))
    if rule.family == "contact":
        window = int(ccfg["contact_window"])
        words = rule.evidence.text_phrases or ("ppid",)
        found += [(t, m, [], []) for t, m in contact_pages(idx, words, window)]
    near: dict[int, list[str]] = {}
    if rule.evidence.body_phrases and not found:
        # wording in a paragraph is the weakest evidence: only when nothing links to or names the item;
        # its year is the one written next to the wording (an infographic's "Tahun Anggaran 2026")
        for t, m, snippet in text_pages(
            idx, rule.evidence, with_snippet=True, empty=lambda x: placeholder_page(idx, x)
        ):
            found.append((t, m, [], []))
            near[id(t)] = [snippet]
    # documents that are themselves evidence of the item: a page listing them is only their container
    item_docs = {id(t) for t, _m, _own, _linked in found if t.is_document}
    for t, m, own, linked in found:
        doc = download_of(idx, t)
        if doc is not None and breakage(doc) and not breakage(t):
            # a detail page whose download button leads nowhere: the document is what was promised
            b = breakage(doc)
            out.append(Candidate(doc, m, BROKEN, cur.Dating(), b[0], b[1]))
            continue
        broken = breakage(t)
        if broken:
            out.append(Candidate(t, m, BROKEN, cur.Dating(), broken[0], broken[1]))
            continue
        if rule.currency == "static":
            out.append(Candidate(t, m, PRESENT, cur.Dating(), "found"))
            continue
        page = (t.fetch or {}).get("kind") == KIND_HTML
        anchors = anchors_of(rule, [*own, *linked, m.text]) if page else []
        if page and empty_listing(idx, t, anchors):
            continue  # a dated item is a document: an empty table under its heading holds none
        dating = cur.date_target(
            t,
            as_of,
            rule.currency,
            own,
            use_weak=bool(ccfg["weak_dates"]),
            link_texts=linked,
            contexts=near.get(id(t)),
            anchors=anchors,
        )
        if page and dating.trust > STRONG_TRUST and doc is None and links_documents(idx, t, item_docs):
            continue  # a section page without a year of its own that lists the item's documents: they decide
        if doc is not None and dating.trust > STRONG_TRUST:
            # the page's own words carry no year: the document behind its download button may
            d2 = cur.date_target(
                doc, as_of, rule.currency, [(doc.fetch or {}).get("title") or ""], use_weak=bool(ccfg["weak_dates"])
            )
            if d2.trust < dating.trust:
                dating = d2
        ok = cur.is_current(rule.currency, rule.grace, rule.recent_days, dating, as_of)
        if ok is None:
            out.append(Candidate(t, m, ccfg["undated_status"], dating, "undated"))
        else:
            out.append(Candidate(t, m, PRESENT if ok else STALE, dating, "current" if ok else "outdated"))
    return out


def evaluate(rule: Rule, idx: BodyIndex, as_of: dt.date, ccfg: dict | None = None) -> dict:
    """The finding of one rule (already specialised for the body's kind) over one body's index."""
    ccfg = with_defaults(ccfg, "checks")
    body_id = idx.body.get("body_id") or idx.body.get("id") or ""
    cands = candidates(rule, idx, as_of, ccfg)
    if not cands:
        looked = rule.dicari or ", ".join(f'"{p}"' for p in rule.evidence.phrases[:3])
        return finding(
            body_id,
            rule.id,
            MISSING,
            reason="not-found",
            detail=f"{rule.nama} tidak ditemukan: dicari {looked} di {idx.n_pages} halaman "
            f"dan {idx.n_documents} dokumen yang diperiksa.",
        )
    best = min(_pool(rule, cands), key=Candidate.sort_key)
    t, m = best.target, best.match
    # what a reader clicks: the link as the site writes it when broken, else the form that worked
    shown = t.url if best.status == BROKEN else working_url(t)
    where = f'"{_label(m)}"' if m.how not in ("alamat", "kanal") else shown
    year = best.dating.year
    h = evidence_hash(t, m)
    if best.status == BROKEN:
        return finding(
            body_id,
            rule.id,
            BROKEN,
            reason=best.reason,
            url=t.url,
            hash_=h,
            detail=f"Tautan {where} ke {rule.nama} ditemukan, tetapi tidak dapat dibuka ({best.why}).",
        )
    need = cur.describe_required(rule.currency, rule.grace, rule.recent_days, as_of)
    src = cur.SOURCES[best.dating.source][1] if best.dating.source else None
    if best.status == PRESENT:
        if rule.currency == "static":
            via = f"kanal {host_of(t.url)}" if m.how == "kanal" else where
            detail = f"{rule.nama} ditemukan: {via}."
        elif best.dating.period:
            a, b = best.dating.period
            detail = f"{rule.nama} ditemukan untuk periode {a}–{b} ({where})."
        else:
            detail = f"{rule.nama} ditemukan untuk tahun {year} ({where}; tahun dari {src})."
        return finding(body_id, rule.id, PRESENT, reason=best.reason, url=shown, year=year, hash_=h, detail=detail)
    # stale
    if best.reason == "undated":
        detail = f"{rule.nama} ditemukan ({where}), tetapi tahunnya tidak dapat ditentukan; dibutuhkan {need}."
    elif best.dating.period:
        a, b = best.dating.period
        detail = f"{rule.nama} terakhir untuk periode {a}–{b}; dibutuhkan {need}."
    else:
        detail = f"{rule.nama} terakhir untuk tahun {year}; dibutuhkan {need}."
    return finding(body_id, rule.id, STALE, reason=best.reason, url=shown, year=year, hash_=h, detail=detail)
