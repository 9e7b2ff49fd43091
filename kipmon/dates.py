"""Dates and years as Indonesian government sites write them.

The formats are a closed, known set (research/domain.md 3.4): "29 November 2024", "Jumat, 29/11/2024",
"29-11-2024", "29 Nov 2024 14:05", "Agu/Agus/Ags/Agt", ISO dates in JSON, "Selasa (12/8/2025)".
A focused set of regular expressions reads them precisely and fast; a general fuzzy parser
(dateparser's search) was slower per page and turned stray numbers into dates.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agus": 8,
    "ags": 8,
    "agt": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "nop": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}
# A month is any word of 3-9 letters, looked up in MONTHS afterwards: a 50-way case-insensitive
# alternation tried at every word boundary made this the slowest step of the whole crawl.
_WORD = r"([A-Za-z]{3,9})"

# 29 November 2024, 29 Nov 2024, 1 Agt. 2025
_DMY_NAME = re.compile(rf"\b(\d{{1,2}})\s+{_WORD}\.?\s+((?:19|20)\d\d)\b")
# November 29, 2024 (English-style WordPress themes)
_MDY_NAME = re.compile(rf"\b{_WORD}\.?\s+(\d{{1,2}}),\s+((?:19|20)\d\d)\b")
# 29/11/2024, 29-11-2024, 29.11.2024 (Indonesian order is day first)
_DMY_NUM = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d/.-])")
# 2024-11-29 and 2024-11-29T14:05:00 (JSON, <time datetime>)
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")

_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]?\d)")
# "2020-2026", "2020 – 2026", "2020 s.d. 2026", "2020 s/d 2026", "2020 sampai dengan tahun 2026": a plan's
# document writes its period so when a feed (OpenSID's `tahun`) gives only the first year
_RANGE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:-|–|—|s\.?\s*/?\s*d\.?|sampai(?:\s+dengan)?|hingga|/)"
    r"\s*(?:tahun\s+)?((?:19|20)\d\d)(?!\d)",
    re.I,
)


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_YEAR_HINT = re.compile(r"(?:19|20)\d\d")


def _year_windows(text: str) -> str:
    """Only the stretches of `text` around a 4-digit year, joined by a separator no date spans.

    Every format here contains a year, and most of a page contains none, so scanning these short
    windows instead of the whole page keeps date finding cheap on long pages.
    """
    spans: list[list[int]] = []
    for m in _YEAR_HINT.finditer(text):
        start, end = max(0, m.start() - 30), m.end() + 12
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return " \n|\n ".join(text[a:b] for a, b in spans)


def find_dates(text: str, limit: int = 50) -> list[dict]:
    """Dates written in `text`, in order of appearance: [{"date": "YYYY-MM-DD", "text": "29 Nov 2024"}].

    At most `limit`; the same date written twice is listed once.
    """
    text = _year_windows(text)
    found: list[tuple[int, dt.date, str]] = []
    for m in _DMY_NAME.finditer(text):
        month = MONTHS.get(m[2].lower())
        d = month and _make(int(m[3]), month, int(m[1]))
        if d:
            found.append((m.start(), d, m[0]))
    for m in _MDY_NAME.finditer(text):
        month = MONTHS.get(m[1].lower())
        d = month and _make(int(m[3]), month, int(m[2]))
        if d:
            found.append((m.start(), d, m[0]))
    for m in _DMY_NUM.finditer(text):
        d = _make(int(m[3]), int(m[2]), int(m[1]))
        if d:
            found.append((m.start(), d, m[0]))
    for m in _ISO.finditer(text):
        d = _make(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append((m.start(), d, m[0]))
    found.sort(key=lambda x: x[0])
    out, seen = [], set()
    for _, d, s in found:
        if d not in seen:
            seen.add(d)
            out.append({"date": d.isoformat(), "text": s})
            if len(out) >= limit:
                break
    return out


def parse_date(text: str) -> dt.date | None:
    """The first date written in `text`, or None."""
    found = find_dates(text, limit=1)
    return dt.date.fromisoformat(found[0]["date"]) if found else None


def find_years(text: str, lo: int = 1990, hi: int = 2100) -> list[int]:
    """Plain years (2024, "TA 2024", "LKjIP_2024.pdf") in order of appearance, without repeats."""
    out: list[int] = []
    for m in _YEAR.finditer(text):
        y = int(m[1])
        if lo <= y <= hi and y not in out:
            out.append(y)
    return out


def find_ranges(text: str) -> list[tuple[int, int]]:
    """Year ranges such as "2021-2026", "2021 – 2026", "2021 s.d. 2026", "2021 s/d 2026", "2021 sampai
    dengan tahun 2026" (first year <= second)."""
    out = []
    for m in _RANGE.finditer(text):
        a, b = int(m[1]), int(m[2])
        if a <= b <= a + 20 and (a, b) not in out:
            out.append((a, b))
    return out
