"""A reviewer verdict's sentence in a finding's detail uses the Indonesian status words of the reports."""

from __future__ import annotations

import datetime as dt

from checks.verdicts import apply_verdicts
from kipmon.vocab import STATUS_LABELS_ID
from reports.common import STATUS_LABELS


def _finding(status):
    return {
        "body_id": "b",
        "item_id": "dip",
        "status": status,
        "machine_status": status,
        "evidence_hash": "h",
        "detail": "Daftar Informasi Publik ditemukan.",
        "rule_error": None,
    }


def test_verdict_detail_is_indonesian():
    f = _finding("stale")
    v = {
        "id": 1,
        "body_id": "b",
        "item_id": "dip",
        "status": "present",
        "by": "Rina",
        "note": "DIP 2026 di papan",
        "until": None,
        "revoked_at": None,
        "evidence_hash": "h",
    }
    assert apply_verdicts([f], [v], dt.date(2026, 11, 29)) == 1
    assert f["status"] == "present"
    assert "Ditetapkan ada oleh peninjau Rina" in f["detail"]
    assert "present" not in f["detail"]


def test_reports_and_checks_share_one_table():
    assert STATUS_LABELS is STATUS_LABELS_ID
    assert STATUS_LABELS_ID["broken"] == "tautan rusak"
