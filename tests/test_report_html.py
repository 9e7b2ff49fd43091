"""The gap report rendered from a real stored run and opened in a real headless Chromium.

No mocks: a SQLite file written through the Store API (tests/sample_run.py: 8 bodies of every kind, two
runs, hostile names, titles and URLs), the report written to disk, Chromium loading it from file://
with JavaScript on. Chromium must be installed (Debian package `chromium`); these tests fail, not
skip, without it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kipmon.config import defaults
from kipmon.store import Store
from reports import write_report
from sample_run import HOSTILE_NAME, HOSTILE_TITLE, JS_URL, build_sample

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


def chromium(tmp_path: Path, *args: str) -> tuple[str, str]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    assert binary, "chromium is not installed (apt-get install -y chromium); the report tests need it"
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.glob('chromium-profile-*')))}"
    proc = subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, proc.stderr


def console_messages(stderr: str) -> list[str]:
    """Every page console message (errors, CSP refusals, uncaught exceptions) Chromium logged."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def dom(tmp_path: Path, url: str) -> BeautifulSoup:
    out, err = chromium(tmp_path, "--dump-dom", url)
    assert console_messages(err) == [], console_messages(err)
    return BeautifulSoup(out, "html.parser")


@pytest.fixture()
def stored(tmp_path):
    store = Store(tmp_path / "kipmon.db")
    ids = build_sample(store)
    yield store, ids
    store.close()


@pytest.fixture()
def report(stored, tmp_path):
    store, ids = stored
    index = write_report(store, ids[-1], tmp_path / "out", defaults())
    return store, ids, index


def assert_no_injected_markup(soup: BeautifulSoup) -> None:
    for el in soup.find_all(True):
        for attr in el.attrs:
            assert not attr.lower().startswith("on"), f"event handler attribute {attr} on <{el.name}>"
    scripts = soup.find_all("script")
    assert all(s.get("src", "").endswith("assets/report.js") and not s.string for s in scripts), scripts
    assert soup.find("img") is None
    for a in soup.find_all("a", href=True):
        assert not a["href"].strip().lower().startswith(("javascript:", "data:", "vbscript:")), a
        if a["href"].startswith(("http://", "https://")):
            assert set(a.get("rel", [])) >= {"noopener", "noreferrer"}, a


def test_index_in_chromium_filters_sorts_and_shows_statuses(report, tmp_path):
    store, ids, index = report
    run_id = ids[-1]
    soup = dom(tmp_path, index.as_uri() + "#jenis=opd&urut=score&arah=naik")
    assert soup.html["data-js"] == "siap"  # the script ran to the end

    # Ranking: only OPD visible, by score ascending, the unassessed one last.
    rows = soup.select("#peringkat-tabel tbody tr")
    assert len(rows) == len(store.run_bodies(run_id))
    visible = [r for r in rows if not r.has_attr("hidden")]
    assert {r["data-kind"] for r in visible} == {"opd"}
    assert all(r.has_attr("hidden") for r in rows if r["data-kind"] != "opd")
    scores = {s["body_id"]: s for s in store.scores(run_id)}
    assessed = sorted(
        (b for b in store.run_bodies(run_id) if b["kind"] == "opd" and scores[b["body_id"]]["assessed"]),
        key=lambda b: scores[b["body_id"]]["score"],
    )
    expected = [b["body_id"] for b in assessed] + ["bappeda"]
    assert [r["data-id"] for r in visible] == expected
    assert soup.select_one('th[data-key="score"]')["aria-sort"] == "ascending"
    assert soup.select_one("#f-jumlah").get_text() == f"Menampilkan 3 dari {len(rows)} badan publik"

    # Matrix: filtered the same way, and every cell says what the store says, in text and symbol.
    findings = {(f["body_id"], f["item_id"]): f["status"] for f in store.findings(run_id)}
    cells = soup.select("table.matrix td.cell")
    assert len(cells) >= len(findings)
    labels = {
        "present": "ada",
        "stale": "kedaluwarsa",
        "broken": "tautan rusak",
        "missing": "tidak ada",
        "unreachable": "tidak terjangkau",
    }
    checked = 0
    for row in soup.select("table.matrix tbody tr"):
        assert row.has_attr("hidden") == (row["data-kind"] != "opd")
        for cell in row.select("td.cell"):
            status = findings.get((row["data-id"], cell["data-item"]))
            assert cell["data-status"] == (status or "")
            if status:
                assert f"st-{status}" in cell["class"]
                assert cell.select_one(".sr").get_text() == labels[status]
                assert cell.select_one('[aria-hidden="true"]').get_text().strip()  # a symbol, not colour only
                checked += 1
    assert checked == len(findings)

    # The hostile body name is text, never markup.
    assert_no_injected_markup(soup)
    assert HOSTILE_NAME.split("\r")[0] in soup.get_text()


def test_index_default_order_is_by_kind_then_score(report, tmp_path):
    store, ids, index = report
    soup = dom(tmp_path, index.as_uri())
    rows = soup.select("#peringkat-tabel tbody tr")
    assert not any(r.has_attr("hidden") for r in rows)
    kinds = [r["data-kind"] for r in rows]
    order = ["pemkab", "opd", "kecamatan", "kelurahan", "desa"]
    assert kinds == sorted(kinds, key=order.index)
    opd_scores = [r["data-score"] for r in rows if r["data-kind"] == "opd"]
    numeric = [float(s) for s in opd_scores if s]
    assert numeric == sorted(numeric, reverse=True) and opd_scores[-1] == ""


def test_index_content_rollup_path_changes_trend_unreachable(report, tmp_path):
    store, ids, index = report
    run_id, prev_id = ids[-1], ids[0]
    soup = dom(tmp_path, index.as_uri() + "#cari=desa&kurang=1")
    rollup = store.rollup(run_id)
    assert soup.select_one("#nilai-estimasi").get_text() == f"{rollup['score']:.1f}".replace(".", ",")
    assert rollup["band"] in soup.select_one("#ringkasan").get_text()
    assert "Komisi Informasi (Perki 1/2022)" in soup.select_one("#ringkasan").get_text()
    # Path to Informatif: ten steps in order, each with the score after it.
    steps = soup.select("#jalan table tbody tr")
    assert len(steps) == 10
    afters = [float(tr.select("td")[-1].strong.get_text().replace(",", ".")) for tr in steps]
    assert afters == [s["score_after"] for s in rollup["path"][:10]]
    # What changed: new gaps and fixed items computed against the previous run.
    prev = {(f["body_id"], f["item_id"]): f["status"] for f in store.findings(prev_id)}
    fixed = sum(
        1
        for f in store.findings(run_id)
        if f["status"] == "present" and prev.get((f["body_id"], f["item_id"])) in ("missing", "stale", "broken")
    )
    assert fixed > 0
    assert "Diperbaiki" in soup.select_one("#perubahan").get_text()
    counts = [int(c.get_text()) for c in soup.select("#perubahan h3 .count")]
    assert counts[1] >= fixed and counts[0] > 0
    # Trend: an inline SVG with one dot per run.
    svg = soup.select_one("section svg.chart")
    assert svg is not None and len(svg.select("circle.dot")) == 2
    # Unreachable sites apart, with reason and nights in a row.
    unreach = {tr["data-id"]: tr.get_text(" ") for tr in soup.select("#tabel-tak-terjangkau tbody tr")}
    assert set(unreach) == {"bappeda", "desa-singa-gembara"}
    assert "2 malam" in unreach["bappeda"] and "tidak menjawab" in unreach["bappeda"]
    assert "DNS" in unreach["desa-singa-gembara"]
    # Search and "only with gaps" filter from the address fragment.
    visible = [r["data-id"] for r in soup.select("#peringkat-tabel tbody tr") if not r.has_attr("hidden")]
    assert visible == ["desa-swarga-bara"]


def test_body_page_hostile_evidence_is_text_and_verdict_shown(report, tmp_path):
    store, ids, index = report
    page = index.parent / "bodies" / "dinkes.html"
    soup = dom(tmp_path, page.as_uri())
    assert_no_injected_markup(soup)
    assert " ".join(soup.select_one("#nama-badan").get_text().split()) == " ".join(HOSTILE_NAME.split())
    text = soup.get_text()
    assert HOSTILE_TITLE in text  # as text
    js = [s for s in soup.select(".url-text") if s.get_text() == HOSTILE_TITLE or s.get_text() == JS_URL]
    assert js, "the javascript: evidence is shown as text"
    assert not soup.select(f'a[href="{JS_URL}"]')
    rows = soup.select("#butir tbody tr")
    assert len(rows) == len(store.findings(ids[-1], "dinkes"))
    ext = soup.select("#butir a.ext")
    assert ext and all(a["rel"] == ["noopener", "noreferrer"] for a in ext)

    verdict_page = dom(tmp_path, (index.parent / "bodies" / "diskominfo.html").as_uri())
    row = verdict_page.select_one('#butir tr[data-item="lhkpn"]')
    assert "Keputusan peninjau" in row.get_text() and "Rina (PPID Utama)" in row.get_text()
    assert "<b>oke</b>" in row.get_text() and row.find("b") is None

    unreachable = dom(tmp_path, (index.parent / "bodies" / "bappeda.html").as_uri())
    assert "2 malam berturut-turut" in unreachable.select_one("#tak-terjangkau").get_text()


def test_verdict_leads_the_detail_and_marks_the_matrix_cell(report, tmp_path):
    store, ids, index = report
    verdict_page = dom(tmp_path, (index.parent / "bodies" / "diskominfo.html").as_uri())
    detail = verdict_page.select_one('#butir tr[data-item="lhkpn"] td.detail')
    words = " ".join(detail.get_text(" ").split())
    assert words.startswith("Keputusan peninjau: ada oleh Rina (PPID Utama)"), words
    machine = next(f for f in store.findings(ids[-1], "diskominfo") if f["item_id"] == "lhkpn")["detail"]
    assert words.index("Keputusan peninjau") < words.index("Temuan pemantau sebelum keputusan: " + machine)
    soup = dom(tmp_path, index.as_uri())
    cell = soup.select_one('#matriks-pemkab tr[data-id="diskominfo"] td[data-item="lhkpn"]')
    assert cell["data-verdict"] == "1" and "✎" in cell.get_text() and "keputusan peninjau" in cell["title"]
    marked = soup.select("td.cell[data-verdict]")
    assert len(marked) == 1  # only the one finding a reviewer decided
    assert "✎ keputusan peninjau" in " ".join(soup.select_one("#matriks .legend").get_text(" ").split())


def test_unreachable_reason_is_plain_indonesian_and_the_exception_a_details_line(stored, tmp_path):
    store, ids = stored
    error = "DownloadConnectionRefusedError: Connection was refused by other side: 111: Connection refused."
    store.set_body_crawl(ids[-1], "bappeda", status="unreachable", reason="refused", detail=error, pages=0, documents=0)
    index = write_report(store, ids[-1], tmp_path / "out", defaults())
    page = dom(tmp_path, (index.parent / "bodies" / "bappeda.html").as_uri())
    alert = page.select_one("#tak-terjangkau")
    lines = [" ".join(d.get_text(" ").split()) for d in alert.select(".tech")]
    assert lines == ["Rincian teknis: " + error]
    alert.select_one(".tech").decompose()
    said = " ".join(alert.get_text(" ").split())
    assert "Sebab: koneksi ditolak server." in said and "Error" not in said and "refused" not in said
    soup = dom(tmp_path, index.as_uri())
    cell = soup.select_one('#tabel-tak-terjangkau tr[data-id="bappeda"] td:nth-of-type(4)')
    assert " ".join(cell.select_one(".tech").get_text(" ").split()) == "Rincian teknis: " + error
    cell.select_one(".tech").decompose()
    assert " ".join(cell.get_text(" ").split()) == "koneksi ditolak server"
    for path in [index, *(index.parent / "bodies").glob("*.html")]:  # the words as written
        text = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ").lower()
        for jargon in ("dirayapi", "galat", "registri"):
            assert jargon not in text, (path.name, jargon)


def test_screenshot_looks_rendered(report, tmp_path):
    store, ids, index = report
    shot = tmp_path / "report.png"
    _, err = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", index.as_uri())
    assert console_messages(err) == []
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a real page, not a blank one
    body_shot = tmp_path / "body.png"
    chromium(
        tmp_path,
        f"--screenshot={body_shot}",
        "--window-size=1400,1000",
        (index.parent / "bodies" / "kutim.html").as_uri(),
    )
    assert len(body_shot.read_bytes()) > 30_000


def test_report_rewrites_and_drops_pages_of_bodies_gone(report, tmp_path):
    store, ids, index = report
    ghost = index.parent / "bodies" / "hilang.html"
    ghost.write_text("old")
    write_report(store, ids[-1], index.parent, defaults())
    assert not ghost.exists()
    assert (index.parent / "findings.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (index.parent / "assets" / "report.js").exists()
