"""Currency edge cases: grace dates, term ranges, January versus December, and the trust order of years."""

from __future__ import annotations

import datetime as dt

import pytest

from checks import currency as cur
from checks.evidence import Target
from checks.examples import fetch_row

D = dt.date


@pytest.mark.parametrize(
    "as_of,year,current",
    [
        (D(2025, 3, 31), 2023, True),  # last day of grace: N-2 still accepted
        (D(2025, 4, 1), 2023, False),  # day after grace
        (D(2025, 4, 1), 2024, True),
        (D(2025, 1, 2), 2023, True),  # January: inside grace
        (D(2025, 12, 31), 2023, False),  # December
        (D(2025, 12, 31), 2025, True),  # newer than required is fine
        (D(2025, 6, 1), 2022, False),
    ],
)
def test_annual_prev_with_grace(as_of, year, current):
    assert cur.is_current("annual-prev", "03-31", None, cur.Dating(year=year), as_of) is current


@pytest.mark.parametrize(
    "as_of,year,current",
    [
        (D(2025, 1, 31), 2024, True),  # APBDes grace 01-31
        (D(2025, 2, 1), 2024, False),
        (D(2025, 12, 1), 2025, True),
        (D(2025, 12, 1), 2026, True),  # next year's budget published in December
        (D(2026, 1, 5), 2025, True),  # January of the next year: last year's still in grace
    ],
)
def test_annual_current_with_grace(as_of, year, current):
    assert cur.is_current("annual-current", "01-31", None, cur.Dating(year=year), as_of) is current


def test_grace_on_leap_day_in_common_year():
    assert cur.required_year("annual-current", "02-29", D(2025, 2, 28)) == (2025, 2024)
    assert cur.required_year("annual-current", "02-29", D(2025, 3, 1)) == (2025, 2025)


@pytest.mark.parametrize(
    "period,as_of,current",
    [
        ((2021, 2026), D(2026, 12, 31), True),
        ((2021, 2026), D(2027, 1, 1), False),
        ((2021, 2026), D(2021, 1, 1), True),
        ((2016, 2021), D(2025, 6, 1), False),
    ],
)
def test_term(period, as_of, current):
    assert cur.is_current("term", None, None, cur.Dating(year=period[1], period=period), as_of) is current


def test_term_needs_a_range():
    assert cur.is_current("term", None, None, cur.Dating(year=2025), D(2025, 6, 1)) is None


def test_recent_days():
    d = cur.Dating(year=2025, date=D(2025, 5, 1), source="halaman")
    assert cur.is_current("recent", None, 30, d, D(2025, 5, 31)) is True
    assert cur.is_current("recent", None, 30, d, D(2025, 6, 1)) is False


def _target(url, link_texts=(), **fetch):
    t = Target(url, fetch=fetch_row(url, **fetch) if fetch else None, link_texts=list(link_texts))
    return t


def test_document_title_beats_link_text_and_file_name():
    t = _target("http://x/LKjIP_2022.pdf", ["LKjIP 2023"], kind="pdf", title="LKjIP Tahun 2024", text="")
    d = cur.date_target(t, D(2025, 6, 1), "annual-prev", ["LKjIP Tahun 2024"])
    assert (d.year, d.source) == (2024, "judul-metadata")  # a PDF's title is its metadata


def test_document_text_marker_when_title_is_silent():
    t = _target("http://x/dok.pdf", ["Unduh"], kind="pdf", title="", text="LAPORAN KINERJA ... TAHUN ANGGARAN 2024 ...")
    d = cur.date_target(t, D(2025, 6, 1), "annual-prev", [])
    assert (d.year, d.source) == (2024, "judul")


def test_link_text_then_file_name():
    t = _target("http://x/dpa_2023.pdf", ["DPA 2025"], kind="pdf", title="", text="")
    assert cur.date_target(t, D(2025, 6, 1), "annual-current", []).year == 2025
    t = _target("http://x/dpa_2023.pdf", ["Unduh DPA"], kind="pdf", title="", text="")
    d = cur.date_target(t, D(2025, 6, 1), "annual-current", [])
    assert (d.year, d.source) == (2023, "berkas")


def test_metadata_then_last_modified_and_never_the_future():
    t = _target(
        "http://x/dok.pdf",
        ["Unduh"],
        kind="pdf",
        title="",
        text="",
        meta={"created": "D:20240105120000"},
        last_modified="Mon, 02 Nov 2026 08:00:00 GMT",
    )
    d = cur.date_target(t, D(2025, 6, 1), "annual-current", [])
    assert (d.year, d.source) == (2024, "metadata")
    t = _target(
        "http://x/dok.pdf", ["Unduh"], kind="pdf", title="", text="", last_modified="Mon, 02 Nov 2026 08:00:00 GMT"
    )
    assert cur.date_target(t, D(2025, 6, 1), "annual-current", []).year is None  # after as_of: ignored
    assert cur.date_target(t, D(2026, 11, 30), "annual-current", []).source == "last-modified"


def test_semester_and_range_in_titles():
    t = _target("http://x/a.pdf", ["Laporan Realisasi Semester I 2025"], kind="pdf", title="", text="")
    assert cur.date_target(t, D(2025, 9, 1), "annual-current", []).year == 2025
    t = _target("http://x/r.pdf", ["Renstra 2021–2026"], kind="pdf", title="", text="")
    assert cur.date_target(t, D(2025, 9, 1), "term", []).period == (2021, 2026)
    t = _target("http://x/r.pdf", ["RPJMD 2021 s.d. 2026"], kind="pdf", title="", text="")
    assert cur.date_target(t, D(2025, 9, 1), "term", []).period == (2021, 2026)


def test_describe_required_mentions_grace():
    assert (
        cur.describe_required("annual-current", "03-31", None, D(2025, 2, 1))
        == "tahun 2025 (atau 2024 sampai 31 Maret 2025)"
    )
    assert cur.describe_required("annual-prev", "03-31", None, D(2025, 6, 1)) == "tahun 2024"


def test_document_text_beats_its_metadata_title():
    """A PDF's /Title (the content `title`) is metadata, often a template's leftover: the first words of
    its text, where it prints its real title, say the year."""
    t = _target(
        "http://x/download/123",
        ["SK DIP"],
        kind="pdf",
        title="SK DIP 2024",
        text="KEPUTUSAN KEPALA DINAS TENTANG PENETAPAN DAFTAR INFORMASI PUBLIK TAHUN 2026 Menimbang ...",
        meta={"title": "SK DIP 2024"},
    )
    d = cur.date_target(t, D(2026, 6, 1), "annual-current", ["SK DIP 2024"])
    assert (d.year, d.source) == (2026, "judul")


def test_metadata_title_still_dates_a_document_whose_first_words_carry_no_year():
    text = (
        "KEPUTUSAN KEPALA DINAS TENTANG PENETAPAN DAFTAR INFORMASI PUBLIK "
        + "x " * 100
        + "Mengingat: Undang-Undang Nomor 14 Tahun 2008"
    )
    t = _target(
        "http://x/download/123",
        ["Unduh"],
        kind="pdf",
        title="SK DIP 2026",
        text=text,
        meta={"title": "SK DIP 2026"},
        last_modified="Mon, 02 Mar 2026 08:00:00 GMT",
    )
    d = cur.date_target(t, D(2026, 6, 1), "annual-current", ["SK DIP 2026"])
    assert (d.year, d.source) == (2026, "judul-metadata")
    assert d.trust < cur.SOURCES["tautan"][0]
