"""The operator's walls (issue 9): what `kipmon demo` shows while it works and where it leaves its results,
the commands it prints working as printed, verdicts in the report's words, report files others can read,
and the HTTP cache where the config says. One real demo run (real servers on 127.0.0.x) for the module."""

from __future__ import annotations

import io
import re
import shlex
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kipmon.progress import LogProgress, TerminalProgress
from kipmon.store import Store

ROOT = Path(__file__).resolve().parent.parent


def kipmon(*args, cwd, check=True) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", *args], capture_output=True, text=True, timeout=300, cwd=cwd
    )
    if check:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """`kipmon demo` as a new user types it, in an empty folder, output to a log (not a terminal)."""
    home = tmp_path_factory.mktemp("operator")
    proc = kipmon("demo", "--as-of", "2026-11-29", cwd=home)
    return home, proc.stdout


def test_demo_log_shows_each_body_and_each_stage(demo):
    home, out = demo
    lines = out.splitlines()
    registry = (home / "kipmon-demo" / "registry.csv").read_text(encoding="utf-8").splitlines()
    n = len([row for row in registry[1:] if row.strip()])  # the demo world's bodies, whatever it holds
    assert f"crawl: {n} bodies" in lines
    body_lines = [line for line in lines if re.match(rf"crawl: \[\d+/{n}\] ", line)]
    # one line per body finished, counted up to the total, with what it got
    assert len(body_lines) == n and body_lines[-1].startswith(f"crawl: [{n}/{n}] ")
    assert {re.match(rf"crawl: \[\d+/{n}\] (\S+)", line).group(1) for line in body_lines} >= {
        "dlh",
        "satpolpp",
        "dishub",
    }
    assert any(re.search(r"\] satpolpp unreachable \(http-5xx\), 0 pages", line) for line in body_lines)
    assert any(re.search(r"\] dlh ok, \d+ pages, \d+ documents, \d+ failures", line) for line in body_lines)
    # the later stages: one line each, in order, before the run's summary
    stage_at = [
        next(i for i, line in enumerate(lines) if line.startswith(f"  {s}: "))
        for s in ("crawl", "check", "score", "report", "notify")
    ]
    assert stage_at == sorted(stage_at) and stage_at[-1] < lines.index("run 1: complete")


def test_demo_keeps_its_registry_and_the_printed_commands_work(demo):
    home, out = demo
    registry = home / "kipmon-demo" / "registry.csv"
    assert registry.exists()
    with Store(home / "kipmon-demo" / "kipmon.db") as store:
        assert Path(store.run(1)["registry"]) == registry.resolve()
    commands = [line.strip() for line in out.splitlines() if line.strip().startswith("kipmon ")]
    assert [c.split()[1] for c in commands] == ["status", "export", "export", "report", "notify", "verdict", "check"]
    for command in commands:
        args = shlex.split(command.split("  (")[0])[1:]
        proc = kipmon(*args, cwd=home)
        assert "kipmon run" not in proc.stdout + proc.stderr  # never sent to crawl 199 real sites
        if args[0] == "status":
            assert "#1 " in proc.stdout and "complete" in proc.stdout
        if args[0] == "report":
            assert f"{Path('kipmon-demo') / 'index.html'}" in proc.stdout
        if args[0] == "check":
            assert "reviewer verdicts applied: 1" in proc.stdout
    assert not (home / "kipmon-data").exists()  # nothing went to the default folder


def test_report_files_are_readable_by_others_and_the_cache_is_where_configured(demo):
    home, _ = demo
    out = home / "kipmon-demo"
    for page in [out / "index.html", *sorted((out / "bodies").glob("*.html"))[:3]]:
        assert stat.S_IMODE(page.stat().st_mode) & 0o044 == 0o044, page
    assert (out / "httpcache").is_dir()
    assert not (home / ".scrapy").exists()


def test_verdict_takes_the_report_words_and_names_valid_items(demo):
    home, _ = demo
    db = str(home / "kipmon-demo" / "kipmon.db")
    with Store(db) as store:
        missing = [f for f in store.findings(1) if f["status"] == "missing"][0]
    body, item = missing["body_id"], missing["item_id"]
    proc = kipmon(
        "verdict", body.upper(), item, "--status", "tidak ada", "--note", "dicek", "--by", "Rina", "--db", db, cwd=home
    )
    assert f": {body} {item} = missing" in proc.stdout
    proc = kipmon(
        "verdict", body, item, "--status", "kedaluwarsa", "--note", "DIP lama", "--by", "Rina", "--db", db, cwd=home
    )
    assert "= stale" in proc.stdout
    proc = kipmon("verdict", body, item, "--status", "rusak", "--note", "x", "--by", "Rina", "--db", db, cwd=home)
    assert "= broken" in proc.stdout
    bad = kipmon(
        "verdict",
        body,
        "daftar-informasi",
        "--status",
        "ada",
        "--note",
        "x",
        "--by",
        "R",
        "--db",
        db,
        cwd=home,
        check=False,
    )
    assert bad.returncode == 2 and "unknown item 'daftar-informasi'" in bad.stderr
    assert "dip" in bad.stderr and "kontak-ppid" in bad.stderr  # the valid ids are listed
    bad = kipmon(
        "verdict", body, item, "--status", "hilang", "--note", "x", "--by", "R", "--db", db, cwd=home, check=False
    )
    assert bad.returncode == 2 and "tidak ada" in bad.stderr
    help_text = kipmon("verdict", "--help", cwd=home).stdout
    assert "spec/" not in help_text and "kedaluwarsa" in help_text


def _events(total=3):
    yield {"event": "start", "total": total}
    for i in range(1, total + 1):
        yield {
            "event": "body",
            "id": f"b{i}",
            "status": "ok",
            "reason": None,
            "pages": 2,
            "documents": 1,
            "errors": 0,
            "done": i,
            "total": total,
            "pages_total": 2 * i,
            "documents_total": i,
            "errors_total": 0,
        }
    yield {
        "event": "end",
        "done": total,
        "total": total,
        "pages_total": 2 * total,
        "documents_total": total,
        "errors_total": 0,
    }


def test_log_progress_writes_a_summary_every_summary_seconds():
    lines: list[str] = []
    quiet = LogProgress(lines.append, summary_seconds=3600)
    for ev in _events():
        quiet.crawl_event(ev)
    assert not any("elapsed" in line for line in lines)
    lines.clear()
    every = LogProgress(lines.append, summary_seconds=0)
    for ev in _events():
        every.crawl_event(ev)
    summaries = [line for line in lines if "elapsed" in line]
    assert len(summaries) == 3
    assert summaries[0].startswith("crawl: 1/3 bodies, 2 pages, 1 documents, 0 failures, elapsed 0:0")
    assert "left" in summaries[0]


def test_terminal_progress_draws_with_rich():
    buf = io.StringIO()
    bar = TerminalProgress(buf)
    bar.console.force_terminal = True  # a StringIO is not a terminal; draw as if it were
    for ev in _events(total=4):
        bar.crawl_event(ev)
    bar.stage_done("check", "12 findings")
    bar.close()
    text = buf.getvalue()
    assert "4/4" in text and "8 pages" in text and "  check: 12 findings" in text


def test_report_without_out_goes_beside_its_database_or_to_the_configured_folder(demo, tmp_path):
    home, _ = demo
    elsewhere = tmp_path / "copy"
    elsewhere.mkdir()
    db = elsewhere / "kipmon.db"
    db.write_bytes((home / "kipmon-demo" / "kipmon.db").read_bytes())
    proc = kipmon("report", "--db", str(db), cwd=tmp_path)
    assert (elsewhere / "index.html").exists(), proc.stdout
    # the configured database itself: its report goes to [paths] out, as `kipmon run` writes it
    config = tmp_path / "kipmon.toml"
    config.write_text(f'[paths]\ndb = "{db}"\nout = "{tmp_path / "out"}"\n', encoding="utf-8")
    kipmon("report", "--config", str(config), "--db", str(db), cwd=tmp_path)
    assert (tmp_path / "out" / "index.html").exists()
