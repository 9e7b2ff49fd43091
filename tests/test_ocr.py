"""Scans are read: real Tesseract (`ind`) on a scanned Perdes and an infographic drawn with Pillow, served
by a real HTTP server on loopback, crawled by the real crawler, checked by the real checks."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from checks import run_checks
from kipmon.demo.scans import infographic_png, scan_pdf
from kipmon.demo.server import Page, Site
from kipmon.store import Store
from schedules.job import options_from, run_job
from tests.conftest import fast_config, write_registry


@pytest.fixture(autouse=True)
def _ocr_tools():
    """These tests fail, not skip, without the OCR tools (as the report tests do without chromium)."""
    assert shutil.which("tesseract") and shutil.which("pdftoppm"), (
        "tesseract-ocr / poppler-utils not installed (apt-get install -y tesseract-ocr tesseract-ocr-ind poppler-utils)"
    )


KOP = (
    "PEMERINTAH KABUPATEN CONTOH",
    "KECAMATAN CONTOH UTARA",
    "DESA UJI MAKMUR",
    "Jl. Poros Desa No. 9, Telp. (0549) 555 999",
)
SCAN = scan_pdf(
    KOP,
    ("PERATURAN DESA UJI MAKMUR", "NOMOR 2 TAHUN 2025", "TENTANG", "RENCANA KERJA PEMERINTAH DESA", "TAHUN 2026"),
    ("Dengan rahmat Tuhan Yang Maha Esa",),
)
INFO = infographic_png(("INFOGRAFIS APBDES", "TAHUN ANGGARAN 2026"), (("Belanja Desa", "Rp 1.455.000.000"),))


def desa_site() -> Site:
    html = lambda title, body: Page(f"<html><head><title>{title}</title></head><body>{body}</body></html>")  # noqa: E731
    return Site(
        {
            "/": html("Beranda", "<a href='/dokumen'>Dokumen</a> <a href='/transparansi'>Transparansi</a>"),
            "/dokumen": html(
                "Dokumen",
                "<table><tr><td>1</td><td>Perdes No. 2</td><td><a href='/f/7.pdf'>Unduh</a></td></tr></table>",
            ),
            "/f/7.pdf": Page(SCAN, content_type="application/pdf"),
            "/transparansi": html(
                "Transparansi Dana Desa",
                "<img src='/up/IMG-0114.png' alt=''><img src='/up/infografis-2.png' alt='Infografis'>",
            ),
            "/up/IMG-0114.png": Page(INFO, content_type="image/png"),
            "/up/infografis-2.png": Page(INFO, content_type="image/png"),
        }
    )


def crawl(tmp_path, site: Site, **ocr) -> tuple[Store, int]:
    registry = write_registry(tmp_path / "registry.csv", [{"id": "desa-uji", "kind": "desa", "url": site.url("/")}])
    cfg = fast_config()
    cfg["ocr"].update({"pages": 1, "dpi": 150, "images_per_body": 1, **ocr})
    opts = options_from(
        cfg, db=tmp_path / "kipmon.db", out=tmp_path / "out", registry=registry, stages=("crawl",), command="crawl"
    )
    opts.httpcache = None
    result = run_job(cfg, opts)
    assert result.status == "complete"
    return Store(tmp_path / "kipmon.db"), result.run_id


def content(store: Store, run_id: int, path: str) -> dict:
    row = next(r for r in store.snapshot(run_id, "desa-uji") if r["url"].endswith(path))
    return {**store.known_content(row["content_hash"]), "run_row": row}


def test_scans_are_deferred_over_budget_then_read_once_and_kept(tmp_path):
    with desa_site() as site:
        # night 1: the night's OCR budget is spent: the scan is kept unread, marked deferred
        store, run1 = crawl(tmp_path, site, seconds_per_night=0)
        assert content(store, run1, "/f/7.pdf")["meta"]["ocr"] == "deferred"
        assert {f["item_id"]: f["status"] for f in _check(store, run1)}["desa-rkpdes"] == "missing"
        store.close()
        # night 2: read, with its line breaks (the title under the letterhead is read from them)
        store, run2 = crawl(tmp_path, site)
        scan = content(store, run2, "/f/7.pdf")
        assert scan["meta"]["ocr"] == "done"
        assert "RENCANA KERJA PEMERINTAH DESA" in scan["text"] and "\n" in scan["text"]
        image = content(store, run2, "/up/IMG-0114.png")
        assert image["kind"] == "image" and "INFOGRAFIS APBDES" in image["text"]
        assert "/up/infografis-2.png" not in site.requests  # images_per_body = 1
        findings = {f["item_id"]: f for f in _check(store, run2)}
        assert findings["desa-rkpdes"]["status"] == "present" and findings["desa-rkpdes"]["evidence_year"] == 2026
        assert findings["desa-rkpdes"]["evidence_url"].endswith("/f/7.pdf")
        assert findings["desa-apbdes"]["status"] == "present"
        assert findings["desa-apbdes"]["evidence_url"].endswith("/up/IMG-0114.png")
        store.close()
        # night 3: the same bytes are not read again; the stored text stands
        store, run3 = crawl(tmp_path, site)
        again = content(store, run3, "/f/7.pdf")
        assert again["extracted_at"] == scan["extracted_at"] and again["text"] == scan["text"]
        store.close()


def test_without_tesseract_one_warning_line_and_the_plain_crawl(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract, no pdftoppm on this PATH
    with desa_site() as site:
        store, run1 = crawl(tmp_path, site)
        err = capsys.readouterr().err
        assert [line for line in err.splitlines() if line.startswith("OCR mati:")] == [
            next(line for line in err.splitlines() if "OCR mati:" in line)
        ]
        assert "tesseract" in err
        scan = content(store, run1, "/f/7.pdf")
        assert "ocr" not in scan["meta"] and scan["text"] == ""
        assert not any(r["url"].endswith(".png") for r in store.snapshot(run1, "desa-uji"))
        store.close()


def _check(store: Store, run_id: int) -> list[dict]:
    run_checks(store, run_id, dt.date(2026, 6, 15), fast_config())
    return [dict(r) for r in store.db["findings"].rows_where("run_id = ?", [run_id])]
