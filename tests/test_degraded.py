"""A night that looks like the monitor's own outage ends `degraded`: never the latest complete run, no
notices, a banner in the report, and `status --check` exits 1 with one line."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from conftest import fast_config, write_registry
from kipmon.demo.server import Page, Site, closed_port_url
from kipmon.registry import default_registry_path
from kipmon.store import Store
from schedules.job import options_from, run_job

ROOT = Path(__file__).resolve().parent.parent


def _run(cfg, registry, db, out):
    opts = options_from(cfg, db=db, out=out, registry=registry, as_of="2026-11-29", command="test")
    return run_job(cfg, opts, log=lambda line: None)


def offline_copy_of_the_shipped_registry(path: Path) -> tuple[Path, int]:
    """The shipped Kutai Timur registry as a machine without network meets it: every site refuses.
    (Each host becomes a closed port on loopback, path kept: no traffic leaves this machine.)"""
    with default_registry_path().open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    closed: dict[str, str] = {}
    with_url = 0
    for row in rows:
        urls = []
        for url in row["url"].split():
            host = urlsplit(url).netloc
            closed.setdefault(host, closed_port_url().rstrip("/"))
            urls.append(closed[host] + (urlsplit(url).path or "/"))
        with_url += bool(urls)
        row["url"] = " ".join(urls)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path, with_url


def test_the_shipped_registry_without_network_ends_degraded_with_no_notices(tmp_path):
    registry, with_url = offline_copy_of_the_shipped_registry(tmp_path / "kutim-offline.csv")
    assert with_url >= 40
    db, out = tmp_path / "kipmon.db", tmp_path / "out"
    result = _run(fast_config(), registry, db, out)
    assert result.status == "degraded"
    assert f"{with_url} of {with_url} sites failed with a network error (most: refused" in result.error
    assert result.stages["notify"]["status"] == "skipped"
    assert not (out / "notices").exists() or not any((out / "notices").rglob("*.eml"))
    with Store(db, create=False) as store:
        assert store.latest_run_id() is None  # never "the latest complete run"
        assert store.run(result.run_id)["status"] == "degraded"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'id="degraded"' in page and "Pemantauan ini terganggu di sisi pemantau" in page
    check = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "status", "--db", str(db), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 1 and check.stdout.count("\n") == 1
    assert check.stdout.startswith(f"CRITICAL: newest run #{result.run_id} is degraded")
    notify = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "notify", "--db", str(db), "--run", str(result.run_id), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert notify.returncode == 2 and "is degraded" in notify.stderr and notify.stderr.count("\n") == 1


def _html(title: str) -> Page:
    return Page(f"<html><head><title>{title}</title></head><body><p>{title}</p></body></html>")


def test_every_site_that_answered_last_night_failing_alike_is_degraded(tmp_path):
    # three sites answer on night 1, a fourth answers 503 both nights; on night 2 the three refuse.
    # 3 of 4 failing is under the share (90%), but all that answered before now fail with one reason.
    sites = [Site({"/": _html(f"Dinas {i}")}).start() for i in range(3)]
    down = Site(not_found=Page("busy", status=503, last_modified=None)).start()
    try:
        rows = [{"id": f"dinas-{i}", "url": s.url("/")} for i, s in enumerate(sites)]
        registry = write_registry(tmp_path / "r.csv", rows + [{"id": "sibuk", "url": down.url("/")}])
        db, out, cfg = tmp_path / "k.db", tmp_path / "out", fast_config()
        first = _run(cfg, registry, db, out)
        assert first.status == "complete"
        for s in sites:
            s.stop()
        second = _run(cfg, registry, db, out)
        assert second.status == "degraded"
        assert f"all 3 sites that answered in run #{first.run_id} failed tonight" in second.error
        with Store(db, create=False) as store:
            assert store.latest_run_id() == first.run_id
    finally:
        down.stop()


def test_one_site_down_is_an_ordinary_night(tmp_path):
    with Site({"/": _html("A")}) as a, Site({"/": _html("B")}) as b:
        registry = write_registry(
            tmp_path / "r.csv",
            [{"id": "a", "url": a.url("/")}, {"id": "b", "url": b.url("/")}, {"id": "c", "url": closed_port_url()}],
        )
        result = _run(fast_config(), registry, tmp_path / "k.db", tmp_path / "out")
    assert result.status == "complete" and result.error is None
    assert result.stages["notify"]["status"] == "ok"
