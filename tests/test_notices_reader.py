"""Notices read the way an office receives them: the .eml in the outbox, parsed back with the standard
library's mail parser, its plain-text and HTML parts read as words, never the templates' data.

The store is a real SQLite file written through the Store API (tests/sample_run.py), with one run whose
as-of date is in May 2026, so the year each annual item asks for is known: last year's reports are
for 2025, this year's budget for 2026.
"""

from __future__ import annotations

import email
import email.policy
import re

import pytest
from bs4 import BeautifulSoup

from kipmon.config import defaults
from kipmon.store import Store
from reports.notices import write_notices
from sample_run import BASE_BODIES, write_run

AS_OF = "2026-05-04"
ENGLISH_ERROR = "DownloadConnectionRefusedError: Connection was refused by other side: 111: Connection refused."


@pytest.fixture()
def outbox(tmp_path):
    """One run of the sample regency in May 2026, notices written with a configured letter ending."""
    store = Store(tmp_path / "kipmon.db")
    run_id = write_run(store, BASE_BODIES, run_no=1, as_of=AS_OF)
    store.set_body_crawl(
        run_id, "bappeda", status="unreachable", reason="refused", detail=ENGLISH_ERROR, pages=0, documents=0
    )
    cfg = defaults()
    cfg["notices"].update(
        closing="Demikian, atas kerja samanya kami ucapkan terima kasih.",
        office="Dinas Komunikasi dan Informatika Kabupaten Kutai Timur",
        signatory_name="Rina Kartika, S.Kom.",
        signatory_title="Kepala Bidang IKP",
        reply_to="ppid.review@kutaitimurkab.go.id",
        reviewer_email="diskominfo@kutaitimurkab.go.id",
    )
    summary = write_notices(store, run_id, tmp_path / "out", cfg)
    yield store, run_id, summary
    store.close()


def received(summary: dict, body_id: str) -> email.message.EmailMessage:
    path = next(n["path"] for n in summary["notices"] if n["body_id"] == body_id)
    with open(path, "rb") as fh:
        return email.message_from_binary_file(fh, policy=email.policy.default)


def text_of(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def html_words(msg) -> str:
    return " ".join(BeautifulSoup(msg.get_body(("html",)).get_content(), "html.parser").get_text(" ").split())


def numbered_items(text: str) -> list[tuple[str, str | None]]:
    """(item name, gain text or None) of every numbered item line of the plain-text notice."""
    out = []
    for m in re.finditer(r"^(\d+)\. (.+?) - [A-Z ]+?(?: \(menaikkan nilai (\+[\d,]+)\))?$", text, re.M):
        out.append((m.group(2), m.group(3)))
    return out


def item_name(finding: dict, kind: str) -> str:
    from reports.items import item_info

    return item_info(finding["item_id"], kind)["nama"]


def gain(text: str) -> float:
    return float(text.lstrip("+").replace(",", "."))


def test_items_come_most_valuable_first_and_say_so(outbox):
    store, run_id, summary = outbox
    for bid in ("kutim", "diskominfo", "kec-sangatta-utara", "desa-swarga-bara"):
        msg = received(summary, bid)
        text = text_of(msg)
        assert "Diurutkan menurut kenaikan nilai" in text
        assert "Diurutkan menurut kenaikan nilai" in html_words(msg)
        items = numbered_items(text)
        assert items, text
        gains = [gain(g) for _, g in items if g is not None]
        assert gains, f"{bid}: no item says how much it raises the estimate"
        assert gains == sorted(gains, reverse=True), f"{bid}: items not in order of gain: {gains}"
        # each gain is what fixing that item alone adds to the score, by the scoring model itself
        from checks.catalogue import shipped_rules
        from checks.scoring import body_score, item_states, scoring_cfg

        kind = next(b["kind"] for b in store.run_bodies(run_id) if b["body_id"] == bid)
        findings = store.findings(run_id, bid)
        base, _ = body_score(item_states(findings, shipped_rules(), kind), scoring_cfg(defaults()))
        first = next(f for f in findings if item_name(f, kind) == items[0][0])
        fixed = [dict(f, status="present") if f is first else f for f in findings]
        after, _ = body_score(item_states(fixed, shipped_rules(), kind), scoring_cfg(defaults()))
        assert gains[0] == pytest.approx(after - base, abs=0.11)
        assert "menaikkan nilai +" in html_words(msg)


def test_fix_advice_asks_for_the_year_due_on_the_as_of_date(outbox):
    _, _, summary = outbox
    seen = 0
    for n in summary["notices"]:
        if n["kind"] != "gap":
            continue
        text = text_of(received(summary, n["body_id"]))
        for block in re.split(r"\n(?=\d+\. )", text):
            fix = re.search(r"Cara memperbaiki: (.+)", block)
            if not fix:
                continue
            if block.split(" - ")[0].endswith("Ringkasan Laporan Kinerja") and "Perbaiki tautan" not in fix.group(1):
                assert "LKjIP 2025" in fix.group(1) and "2024" not in fix.group(1), fix.group(1)
                seen += 1
            if block.split(" - ")[0].endswith("Dokumen Anggaran") and "Perbaiki tautan" not in fix.group(1):
                assert "tahun 2026" in fix.group(1) and "tahun berjalan" not in fix.group(1), fix.group(1)
                seen += 1
            assert "tahun lalu" not in fix.group(1), fix.group(1)
    assert seen, "no notice had a LKjIP or budget row to check"


def test_a_broken_item_asks_to_repair_its_link(outbox):
    _, _, summary = outbox
    broken = 0
    for n in summary["notices"]:
        if n["kind"] != "gap":
            continue
        text = text_of(received(summary, n["body_id"]))
        for block in re.split(r"\n(?=\d+\. )", text):
            if " - TAUTAN RUSAK" not in block.splitlines()[0]:
                continue
            fix = re.search(r"Cara memperbaiki: (.+)", block).group(1)
            assert fix.startswith("Perbaiki tautan ke "), fix
            assert "Tambahkan menu" not in fix and "Terbitkan" not in fix, fix
            broken += 1
    assert broken, "the sample has no broken item in any notice"


def test_letter_ends_with_closing_and_signatory_and_replies_go_to_the_reviewer(outbox):
    _, _, summary = outbox
    msg = received(summary, "diskominfo")
    assert msg["Reply-To"] == "ppid.review@kutaitimurkab.go.id"
    assert msg["Auto-Submitted"] == "auto-generated"
    text = text_of(msg)
    ending = text[text.index("Demikian, atas kerja samanya") :]
    assert (
        ending.index("Hormat kami,")
        < ending.index("Dinas Komunikasi dan Informatika Kabupaten Kutai Timur")
        < ending.index("Rina Kartika, S.Kom.")
        < ending.index("Kepala Bidang IKP")
    )
    words = html_words(msg)
    for part in ("Demikian, atas kerja samanya", "Hormat kami,", "Rina Kartika, S.Kom.", "Kepala Bidang IKP"):
        assert part in words


def test_site_counts_read_with_a_space_before_the_bracket(outbox):
    _, _, summary = outbox
    msg = received(summary, "kutim")
    for words in (html_words(msg), " ".join(text_of(msg).split())):
        assert re.search(r"\S\(\d+ halaman", words) is None, words[:600]
        assert re.search(r"/ \(\d+ halaman dan \d+ dokumen diperiksa\)", words), words[:600]


def test_unreachable_notice_gives_the_reason_in_indonesian_and_keeps_the_exception_apart(outbox):
    _, _, summary = outbox
    msg = received(summary, "bappeda")
    assert msg["To"] == "diskominfo@kutaitimurkab.go.id"
    text = text_of(msg)
    reason = re.search(r"^Sebab: (.+)$", text, re.M).group(1)
    assert reason == "koneksi ditolak server."
    assert "Error" not in reason and "refused" not in reason
    assert re.search(r"^Rincian teknis: DownloadConnectionRefusedError", text, re.M)
    words = html_words(msg)
    assert "Sebab: koneksi ditolak server." in words and "Rincian teknis: DownloadConnectionRefusedError" in words
    for jargon in ("dirayapi", "galat", "registri"):
        assert jargon not in text.lower() and jargon not in words.lower()
