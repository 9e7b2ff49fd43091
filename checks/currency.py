"""Currency: which year (or period, or date) a piece of evidence is for, and whether that is current.

The year of a piece of evidence comes from, in order of trust (spec/items.md): the document's own title
or text (for a served document: the first words of its text, then its metadata title, then the year
markers further in its text), the link text, the table row or list item the link sits in ("DIK 2024 | Unduh"), the file name,
a date shown on the page, the document's metadata, HTTP Last-Modified. The first source that yields a
year wins: a year written next to the document always beats the page's dates and Last-Modified.

A title can carry several years ("LHKPN Periodik 2024 (disampaikan 2025)", "LKjIP 2024 disusun 2025",
"DIK 2024 | diunggah 12 Maret 2025"). The year the item is about is read by `reporting_years`: years
after a filing word (disampaikan, diunggah, disusun, ditetapkan, ...) and years inside a full date
(an upload date) are set aside while another year is written; of the rest, an `annual-prev` item (a
report on a past year) takes the first, any other item the newest.
Nothing here reads a clock: `as_of` is passed in.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from checks.evidence import Target, file_name, norm
from kipmon.dates import find_dates, find_ranges, find_years
from kipmon.doctitle import doc_title, subject
from kipmon.vocab import KIND_HTML, NOT_DOCUMENT_TEXT

# Sources, in order of trust; the number is the rank (lower = more trusted).
SOURCES = {
    "judul": (0, "judul atau isi dokumen"),
    "judul-metadata": (1, "judul pada metadata dokumen"),
    "tautan": (2, "teks tautan"),
    "baris": (3, "baris tabel atau daftar tempat tautan"),
    "berkas": (4, "nama berkas"),
    "halaman": (5, "tanggal pada halaman"),
    "metadata": (6, "metadata dokumen"),
    "isi-halaman": (7, "isi bagian halaman"),
    "last-modified": (8, "tanggal Last-Modified server"),
}
STRONG_TRUST = SOURCES["berkas"][0]  # judul .. berkas: a year written on or next to the evidence itself

# A year after one of these words is when the document was filed, signed or put online, not the year it
# is about: "LHKPN 2024 (disampaikan 2025)", "LKjIP 2024 disusun 2025", "diunggah 2026".
_FILING = re.compile(
    r" (?:disampaikan|disampaikan pada|dilaporkan|diunggah|diupload|upload|uploaded|diterbitkan|terbit|"
    r"disusun|ditetapkan|ditandatangani|disahkan|diumumkan|dipublikasikan|diperbarui|pembaruan|pemutakhiran|"
    r"update|updated|tanggal unggah|tgl unggah|tanggal upload|posted|published)"
    r"(?: (?:pada|tanggal|tgl|tahun|bulan|on|di))*"
    r"(?: \d{1,2})?(?: [a-z]{3,9})? ((?:19|20)\d\d) "
)

# "Tahun Anggaran 2024", "TA 2024", "Tahun 2024", "Semester I 2025", "Periode 2024" in normalised text
_STRONG = re.compile(
    r" (?:tahun anggaran|t a|ta|tahun|periode|semester (?:i|ii|1|2)|triwulan (?:i|ii|iii|iv|1|2|3|4)) ((?:19|20)\d\d) "
)
# full dates as kipmon.dates reads them ("12 Maret 2025", "12/03/2025", "2025-03-12"), blanked out to
# find the years written on their own
_DATES = re.compile(
    r"\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\b|"
    r"\b(?:19|20)\d\d-\d\d-\d\d\b"
)
_META_YEAR = re.compile(r"((?:19|20)\d\d)[-:]?(\d\d)?")


@dataclass(frozen=True)
class Dating:
    year: int | None = None  # the year the evidence is for (a range: its last year)
    period: tuple[int, int] | None = None  # a multi-year range such as (2021, 2026)
    date: dt.date | None = None  # the newest date (recent rules)
    source: str | None = None  # a key of SOURCES

    @property
    def trust(self) -> int:
        return SOURCES[self.source][0] if self.source else 99


def _years(text: str, as_of: dt.date) -> list[int]:
    return [y for y in find_years(text or "") if 1990 <= y <= as_of.year + 1]


def _ranges(text: str, as_of: dt.date) -> list[tuple[int, int]]:
    return [r for r in find_ranges(text or "") if r[0] <= as_of.year + 6]


def reporting_years(text: str, as_of: dt.date, first: bool = False) -> list[int]:
    """The years a short text (a title, a link text, a table row) says the document is about, in order.

    Years after a filing word and years inside a full date are the document's filing or upload date:
    they count only when no other year is written. With `first` (an annual-prev item, a report on a
    past year) only the first remaining year is kept."""
    years = _years(text, as_of)
    if len(years) <= 1:
        return years
    n = norm(text)
    filed = {int(m[1]) for m in _FILING.finditer(n)}
    dated = {d.year for d in (dt.date.fromisoformat(x["date"]) for x in find_dates(text or ""))}
    # a bare year also written inside a date ("Neraca 2025 per 31 Desember 2025") is still the year
    bare = [y for y in _years(_DATES.sub(" ", text or ""), as_of)]
    primary = [y for y in years if y not in filed and (y not in dated or y in bare)]
    if not primary:
        primary = [y for y in years if y not in filed] or years
    return primary[:1] if first else primary


def _from_short(texts: list[str], as_of: dt.date, term: bool, first: bool = False) -> tuple[int | None, tuple | None]:
    """Year or period from short texts: titles, link texts, table rows, file names. Each text gives its
    reporting years (see `reporting_years`); the newest of them wins."""
    if term:
        ranges = [r for t in texts for r in _ranges(t, as_of)]
        if ranges:
            best = max(ranges, key=lambda r: (r[1], r[0]))
            return best[1], best
        return None, None
    years = [y for t in texts for y in reporting_years(t, as_of, first)]
    return (max(years), None) if years else (None, None)


def _from_long(text: str, as_of: dt.date, term: bool) -> tuple[int | None, tuple | None]:
    """Year from a document's text: only explicit markers ("Tahun Anggaran 2024"), first one wins."""
    head = (text or "")[:3000]
    if term:
        r = _ranges(head, as_of)
        return (r[0][1], r[0]) if r else (None, None)
    for m in _STRONG.finditer(norm(head)):
        y = int(m[1])
        if y <= as_of.year + 1:
            return y, None
    return None, None


DOC_HEAD_CHARS = 160  # the first words of a document's text: its printed title (a line or two)


def text_head(text: str | None) -> str:
    """The start of a document's extracted text, cut at a word: where it prints its own title."""
    head = (text or "")[:DOC_HEAD_CHARS]
    if len(text or "") > DOC_HEAD_CHARS and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head


def _parse_meta_date(value) -> dt.date | None:
    if not value:
        return None
    m = re.search(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)", str(value))
    if not m:
        m2 = re.search(r"(\d\d)-(\d\d)-((?:19|20)\d\d)", str(value))  # OpenSID d-m-Y
        if not m2:
            return None
        try:
            return dt.date(int(m2[3]), int(m2[2]), int(m2[1]))
        except ValueError:
            return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _parse_http_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def date_evidence(target: Target, as_of: dt.date, own_texts: list[str]) -> list[tuple[str, dt.date]]:
    """Dates (not later than as_of) from the page, feed entries, metadata and Last-Modified."""
    out: list[tuple[str, dt.date]] = []
    f = target.fetch or {}
    if f.get("kind") == KIND_HTML:
        for d in f.get("dates") or []:
            try:
                out.append(("halaman", dt.date.fromisoformat(d["date"])))
            except (KeyError, TypeError, ValueError):
                pass
    for e in target.feed:
        d = _parse_meta_date(e.get("date"))
        if d:
            out.append(("halaman", d))
    meta = f.get("meta") or {}
    if isinstance(meta, dict):
        for key in ("modified", "created"):
            d = _parse_meta_date(meta.get(key))
            if d:
                out.append(("metadata", d))
    # Last-Modified dates a served file; on an HTML page it is when the CMS rendered or touched the page,
    # not the year of the information the page holds
    d = _parse_http_date(f.get("last_modified")) if f.get("kind") != KIND_HTML else None
    if d:
        out.append(("last-modified", d))
    return [(s, d) for s, d in out if d <= as_of]


SECTION_CHARS = 600  # how far after its heading a page section's content is read for a year
_COPYRIGHT = re.compile(
    r"(?:\u00a9|&copy;|\(c\)|copyright|hak cipta)\s*(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?", re.I
)


def section_text(page: dict, anchors: list[str]) -> str:
    """The content of an HTML page that follows the words naming the item (its heading, the part of its
    title that named it): SECTION_CHARS of text after each place the words are written, each cut at the
    next heading of the page. Empty when the words are not in the page's text."""
    text = page.get("text") or ""
    low = text.lower()
    heads = [h.lower() for h in page.get("headings") or [] if h and len(h) >= 4]
    out = []
    for a in {x.strip().lower() for x in anchors if x and len(x.strip()) >= 4}:
        start = 0
        while (i := low.find(a, start)) >= 0:
            j = i + len(a)
            end = min(len(text), j + SECTION_CHARS)
            for h in heads:
                if h == a or a in h:
                    continue
                k = low.find(h, j, end)
                if k >= 0:
                    end = k
            out.append(text[j:end])
            start = j
    return " | ".join(out)


def _from_section(page: dict, anchors: list[str], as_of: dt.date, first: bool) -> int | None:
    """The year a page section's own content is for: an explicit marker ("Tahun 2025", "TA 2026") first,
    else the years written in its rows (a table's "Tahun" cells); dates and copyright years are not."""
    sec = _COPYRIGHT.sub(" ", section_text(page, anchors))
    if not sec.strip():
        return None
    for m in _STRONG.finditer(norm(_DATES.sub(" ", sec))):
        y = int(m[1])
        if y <= as_of.year + 1:
            return y
    year, _ = _from_short([sec], as_of, False, first)
    return year


def date_target(
    target: Target,
    as_of: dt.date,
    currency: str,
    own_titles: list[str],
    use_weak: bool = True,
    link_texts: list[str] | None = None,
    contexts: list[str] | None = None,
    anchors: list[str] | None = None,
) -> Dating:
    """What year/period/date `target` is for, from the most trusted source that says. `contexts`:
    the table rows or list items around its links, or the sentence of a page that named the item
    (default: the target's own row texts). `anchors`: the words that named the item on an HTML page
    (a heading, part of its title): the section after them may write the year in its content."""
    term = currency == "term"
    first = currency == "annual-prev"
    f = target.fetch or {}
    ok = target.fetched_ok
    if currency == "recent":
        dates = date_evidence(target, as_of, own_titles) if ok or target.feed else []
        if not dates:
            return Dating()
        src, newest = max(dates, key=lambda x: (x[1], -SOURCES[x[0]][0]))
        return Dating(year=newest.year, date=newest, source=src)
    # 1. the document's own title or text. A served document's `title` is its metadata (a PDF's /Title,
    # an Office file's core properties), often left from a template ("SK DIP 2024"): the first words of
    # its text, where it prints its real title ("... Daftar Informasi Publik Tahun 2026"), come first
    if ok:
        document = f.get("kind") not in NOT_DOCUMENT_TEXT
        year = period = None
        if document:
            # the title printed under the letterhead (a Perdes: the year of what it is about), then the first words
            year, period = _from_short([subject(doc_title(f))], as_of, term, first)
            if year is None:
                year, period = _from_short([text_head(f.get("text"))], as_of, term, first)
            if year is not None:
                return Dating(year=year, period=period, source="judul")
        year, period = _from_short(own_titles, as_of, term, first)
        if year is not None:
            return Dating(year=year, period=period, source="judul-metadata" if document else "judul")
        if document:
            year, period = _from_long(f.get("text") or "", as_of, term)
        if year is not None:
            return Dating(year=year, period=period, source="judul")
    # 2. link texts and feed entries
    # the link texts that named the item (all of them when it was found another way)
    link_texts = list(link_texts or target.link_texts) + [e.get("title") or "" for e in target.feed]
    year, period = _from_short(link_texts, as_of, term, first)
    if year is None and not term:
        # OpenSID's `tahun` is the document's year; a WordPress entry's date is only when it was posted
        fy = [int(e["year"]) for e in target.feed if e.get("feed") == "opensid" and str(e.get("year") or "").isdigit()]
        fy = [y for y in fy if y <= as_of.year + 1]
        if fy:
            year = max(fy)
    if year is not None:
        return Dating(year=year, period=period, source="tautan")
    # the table row or list item the link sits in ("Daftar Informasi yang Dikecualikan 2024 | Unduh")
    rows = target.contexts if contexts is None else contexts
    year, period = _from_short(list(rows), as_of, term, first)
    if year is not None:
        return Dating(year=year, period=period, source="baris")
    # file name
    year, period = _from_short([file_name(target.url, target.fetch)], as_of, term, first)
    if year is not None:
        return Dating(year=year, period=period, source="berkas")
    if term or not use_weak:
        return Dating()
    # 3-5. dates on the page, metadata, Last-Modified
    dates = date_evidence(target, as_of, own_titles) if ok or target.feed else []
    for src in ("halaman", "metadata"):
        ds = [d for s, d in dates if s == src]
        if ds:
            newest = max(ds)
            return Dating(year=newest.year, date=newest, source=src)
    if ok and f.get("kind") == KIND_HTML and anchors:
        # an HTML page's year is in what it shows (its section's rows), never in when it was served
        year = _from_section(f, anchors, as_of, first)
        if year is not None:
            return Dating(year=year, source="isi-halaman")
    ds = [d for s, d in dates if s == "last-modified"]
    if ds:
        newest = max(ds)
        return Dating(year=newest.year, date=newest, source="last-modified")
    return Dating()


def _grace_date(year: int, grace: str) -> dt.date:
    month, day = (int(x) for x in grace.split("-"))
    try:
        return dt.date(year, month, day)
    except ValueError:  # 02-29 in a common year
        return dt.date(year, month, 28)


def required_year(currency: str, grace: str | None, as_of: dt.date) -> tuple[int, int]:
    """(the year normally required, the oldest year still accepted on as_of) for annual rules."""
    n = as_of.year
    need = n - 1 if currency == "annual-prev" else n
    oldest = need - 1 if grace and as_of <= _grace_date(n, grace) else need
    return need, oldest


def is_current(
    currency: str, grace: str | None, recent_days: int | None, dating: Dating, as_of: dt.date
) -> bool | None:
    """True/False, or None when the evidence carries no usable year for this currency rule."""
    if currency == "static":
        return True
    if currency in ("annual-prev", "annual-current"):
        if dating.year is None:
            return None
        _, oldest = required_year(currency, grace, as_of)
        return dating.year >= oldest
    if currency == "term":
        if dating.period is None:
            return None
        return dating.period[0] <= as_of.year <= dating.period[1]
    if currency == "recent":
        if dating.date is None:
            return None
        return (as_of - dating.date).days <= int(recent_days or 0)
    raise ValueError(f"unknown currency {currency!r}")


def describe_required(currency: str, grace: str | None, recent_days: int | None, as_of: dt.date) -> str:
    """The Indonesian words for what is needed: "tahun 2025", "periode yang mencakup 2026"."""
    if currency in ("annual-prev", "annual-current"):
        need, oldest = required_year(currency, grace, as_of)
        return (
            f"tahun {need}"
            if need == oldest
            else f"tahun {need} (atau {oldest} sampai {grace_text(grace, as_of.year)})"
        )
    if currency == "term":
        return f"periode yang mencakup tahun {as_of.year}"
    if currency == "recent":
        return f"entri paling lama {recent_days} hari sebelum {as_of.isoformat()}"
    return "keberadaan"


_BULAN = (
    "",
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def grace_text(grace: str | None, year: int) -> str:
    if not grace:
        return ""
    d = _grace_date(year, grace)
    return f"{d.day} {_BULAN[d.month]} {year}"
