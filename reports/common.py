"""Words and small helpers shared by the report and the notices: labels in Bahasa Indonesia,
safe links, dates, the Jinja2 environment (autoescaped, always)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import jinja2

from kipmon import vocab

WITA = ZoneInfo("Asia/Makassar")
GAPS = vocab.GAPS

KIND_LABELS = {
    "pemkab": "Pemerintah Kabupaten",
    "opd": "Perangkat Daerah",
    "kecamatan": "Kecamatan",
    "kelurahan": "Kelurahan",
    "desa": "Desa",
}
KIND_ORDER = {k: i for i, k in enumerate(vocab.BODY_KINDS)}
STATUS_LABELS = vocab.STATUS_LABELS_ID  # one table for reports and the checks' sentences
STATUS_SYMBOLS = {
    vocab.PRESENT: "✓",
    vocab.STALE: "◐",
    vocab.BROKEN: "⚠",
    vocab.MISSING: "✗",
    vocab.UNREACHABLE: "?",
    None: "·",
}
STATUS_RANK = {vocab.MISSING: 0, vocab.BROKEN: 0, vocab.STALE: 1, vocab.PRESENT: 2}
INDICATOR_LABELS = {
    "jenis": "Jenis informasi",
    "digitalisasi": "Digitalisasi",
    "kualitas": "Kualitas informasi",
    "pelayanan": "Pelayanan informasi",
    "komitmen": "Komitmen organisasi",
    "sarana": "Sarana dan prasarana",
}
PROFILE_LABELS = {
    "ki": "Komisi Informasi (Perki 1/2022)",
    "artikel": "skala artikel Diskominfo Staper Kutai Timur (2024)",
}
MONTHS = (
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
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def one_line(text: object, limit: int = 300) -> str:
    """A crawled or registry string made safe for one line (mail headers, file names, titles)."""
    s = _CONTROL.sub(" ", str(text or ""))
    s = re.sub(r"\s+", " ", s).strip()
    return s if len(s) <= limit else s[: limit - 1] + "…"


def safe_href(url: object) -> str | None:
    """`url` when it is an absolute http(s) URL fit for an href; None for anything else
    (javascript:, data:, relative, malformed), which the templates then show as plain text."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    if not u or _CONTROL.search(u) or " " in u or len(u) > 2000:
        return None
    try:
        parts = urlsplit(u)
        _ = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return u


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9-]+", "-", s).strip("-")
    return s or "x"


def band_class(band: str | None) -> str:
    return "band-" + slug(band) if band else "band-none"


def parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


def tanggal(value: dt.date | dt.datetime | str | None, *, time: bool = False) -> str:
    """29 November 2025 (or with time: 29 November 2025 02.10 WITA)."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        parsed = parse_time(value) if "T" in value or " " in value else None
        if parsed is None:
            try:
                value = dt.date.fromisoformat(value[:10])
            except ValueError:
                return value
        else:
            value = parsed
    if isinstance(value, dt.datetime):
        local = value.astimezone(WITA)
        text = f"{local.day} {MONTHS[local.month - 1]} {local.year}"
        return f"{text} {local:%H.%M} WITA" if time else text
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def angka(value: float | None, digits: int = 1) -> str:
    """A score the Indonesian way: 79,5 (or – when there is none)."""
    if value is None:
        return "–"
    return f"{value:.{digits}f}".replace(".", ",")


def selisih(value: float | None) -> str:
    if value is None:
        return ""
    if abs(value) < 0.05:
        return "±0"
    return ("+" if value > 0 else "−") + angka(abs(value))


def tambah(value: float | None) -> str:
    """A gain on the path: +2,0 (two decimals when it is under 0,1)."""
    if value is None:
        return "–"
    return "+" + angka(value, 2 if abs(value) < 0.1 else 1)


def environment(package_path: str = "templates") -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("reports", package_path),
        autoescape=True,  # every template, whatever its name: crawled strings are hostile
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        tanggal=tanggal,
        angka=angka,
        selisih=selisih,
        safe_href=safe_href,
        tambah=tambah,
        band_class=band_class,
        one_line=one_line,
    )
    env.globals.update(
        STATUS_LABELS=STATUS_LABELS,
        STATUS_SYMBOLS=STATUS_SYMBOLS,
        KIND_LABELS=KIND_LABELS,
        INDICATOR_LABELS=INDICATOR_LABELS,
    )
    return env


def text_environment() -> jinja2.Environment:
    """For the plain-text notice: no HTML escaping (it is not HTML), and no markup is ever emitted."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("reports", "templates"),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(tanggal=tanggal, angka=angka, selisih=selisih, one_line=one_line, tambah=tambah)
    env.globals.update(STATUS_LABELS=STATUS_LABELS, KIND_LABELS=KIND_LABELS)
    return env
