"""`kipmon demo` end to end, as a new user runs it: real servers, a real crawl, report and notices."""

from __future__ import annotations

import json
import subprocess
import sys

from kipmon.store import Store


def test_demo_runs_the_whole_job_and_says_where_the_results_are(tmp_path):
    out = tmp_path / "demo"
    proc = subprocess.run([sys.executable, "-m", "kipmon.cli", "demo", "--out", str(out), "--as-of", "2026-11-29"],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "run 1: complete" in proc.stdout
    assert f"report: {out / 'index.html'}" in proc.stdout
    assert (out / "index.html").stat().st_size > 10_000
    with Store(out / "kipmon.db") as store:
        crawls = store.body_crawls(1)
        findings = store.findings(1)
        # every status of the contract appears in the demo world
        assert {f["status"] for f in findings} == {"present", "stale", "broken", "missing", "unreachable"}
        # an unreachable site is never judged missing; a body without a URL is
        for f in findings:
            crawl = crawls[f["body_id"]]
            if crawl["reason"] == "no-url":
                assert f["status"] == "missing"
            elif crawl["status"] == "unreachable":
                assert f["status"] == "unreachable"
        assert store.rollup(1)["score"] is not None
    notices = {p.name for p in (out / "notices" / "run-1").glob("*.eml")}
    no_url = [b for b, c in crawls.items() if c["reason"] == "no-url"]
    assert no_url and all(f"{b}.eml" in notices for b in no_url)  # a missing-item notice, not "unreachable"
    exported = subprocess.run([sys.executable, "-m", "kipmon.cli", "export", "scores", "--db", str(out / "kipmon.db")],
                              capture_output=True, text=True, timeout=60, check=True)
    scores = json.loads(exported.stdout)
    assert [s for s in scores if s["kind"] == "rollup"][0]["body_id"] is None
