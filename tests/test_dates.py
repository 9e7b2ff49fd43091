"""Indonesian dates and years as government sites write them (research/domain.md 3.4)."""

import datetime as dt

import pytest

from kipmon.dates import find_dates, find_ranges, find_years, parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jumat, 29 November 2024", dt.date(2024, 11, 29)),
        ("JUMAT, 29 NOVEMBER 2024", dt.date(2024, 11, 29)),
        ("Jum'at, 29 Nopember 2024", dt.date(2024, 11, 29)),
        ("Jumat, 29/11/2024", dt.date(2024, 11, 29)),
        ("diunggah 29-11-2024 oleh admin", dt.date(2024, 11, 29)),
        ("29 Nov 2024 14:05 WITA", dt.date(2024, 11, 29)),
        ("1 Agt. 2025", dt.date(2025, 8, 1)),
        ("17 Agus 2025", dt.date(2025, 8, 17)),
        ("17 Ags 2025", dt.date(2025, 8, 17)),
        ("Selasa (12/8/2025)", dt.date(2025, 8, 12)),
        ('{"tgl": "2025-02-03T10:00:00"}', dt.date(2025, 2, 3)),
        ("Posted on November 3, 2023", dt.date(2023, 11, 3)),
        ("Diperbarui: 5 Mei 2025", dt.date(2025, 5, 5)),
    ],
)
def test_formats_seen_on_indonesian_government_sites(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 Februari 2024",  # not a date
        "Nomor 12 Tahun 2024",  # a year, no day and month
        "Halaman 2 dari 2024 hasil",
        "versi 1.2.2024.5",
        "13 Luna 2024",  # an unknown month word
    ],
)
def test_things_that_are_not_dates(text):
    assert parse_date(text) is None


def test_dates_come_in_order_once_each_and_a_long_page_stays_cheap():
    text = "x " * 50_000 + "Diperbarui 12 Oktober 2026; dibuat 12/10/2026; arsip 1 Januari 2020"
    assert [d["date"] for d in find_dates(text)] == ["2026-10-12", "2020-01-01"]


def test_years_and_ranges():
    assert find_years("LKjIP_2024.pdf, TA 2023 dan Tahun Anggaran 2024") == [2024, 2023]
    assert find_years("Rp 2.025.000 dan 1.999 orang") == []
    assert find_ranges("Renstra 2021–2026 dan RPJMD 2021 s.d. 2026, RPJMDes 2020-2026") == [(2021, 2026), (2020, 2026)]
    assert find_ranges("nomor 2019/2050") == []


@pytest.mark.parametrize(
    "text",
    [
        "RPJM Desa 2020-2026",
        "Periode Tahun 2020 s/d 2026",
        "PERIODE 2020 S/D 2026",
        "Tahun 2020 sampai dengan Tahun 2026",
        "2020 sampai dengan tahun 2026",
        "tahun 2020 s.d. 2026",
    ],
)
def test_a_plans_period_is_read_as_documents_write_it(text):
    # OpenSID's feed gives an RPJMDes only its first year; the document writes the whole period
    assert find_ranges(text) == [(2020, 2026)]
