"""`kipmon demo` end to end, as a new user runs it: real servers, a real crawl, report and notices."""

from __future__ import annotations

import email
import email.policy
import json
import subprocess
import sys

from kipmon.store import Store


def test_demo_runs_the_whole_job_and_says_where_the_results_are(tmp_path):
    out = tmp_path / "demo"
    proc = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "demo", "--out", str(out), "--as-of", "2026-11-29"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "run 1: complete" in proc.stdout
    assert f"report: {out / 'index.html'}" in proc.stdout
    assert (out / "index.html").stat().st_size > 10_000
    # it ends by saying how to open the reviewer's workspace, with a first admin account printed once
    assert f"kipmon serve --db {out / 'kipmon.db'}" in proc.stdout
    password = proc.stdout.split("first admin account, shown only now: admin / ")[1].split()[0]
    with Store(out / "kipmon.db", create=False) as store:
        from web.accounts import verify

        assert verify(store, "admin", password)["role"] == "admin"
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
    # a body with no known site gets one request to publish or register it, not an item-by-item list
    assert no_url and all(f"{b}-tanpa-situs.eml" in notices and f"{b}.eml" not in notices for b in no_url)
    mail = email.message_from_bytes(
        (out / "notices" / "run-1" / f"{no_url[0]}-tanpa-situs.eml").read_bytes(), policy=email.policy.default
    )
    text = mail.get_body(("plain",)).get_content()
    assert mail["Subject"].startswith("Permintaan penerbitan informasi publik secara daring")
    assert "beri tahu Diskominfo alamatnya" in text and "TIDAK ADA" not in text
    exported = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "export", "scores", "--db", str(out / "kipmon.db")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    scores = json.loads(exported.stdout)
    rollup = [s for s in scores if s["kind"] == "rollup"][0]
    assert rollup["body_id"] is None and rollup["bodies_no_site"] == len(no_url)
    for s in scores:
        if s["body_id"] in no_url:
            assert (s["score"], s["assessed"], s["reason"]) == (None, False, "no-url")

    # Every body page counts what was read the same way in its header and in its "not found" lines
    import re
    from bs4 import BeautifulSoup

    compared = 0
    for page in (out / "bodies").glob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        header = soup.select_one("#jumlah-diperiksa")
        said = set(
            re.findall(r"di (\d+ halaman dan \d+ dokumen) yang diperiksa", soup.select_one("#butir").get_text(" "))
        )
        if header is None:
            assert not said, page.name
            continue
        assert said <= {header.get_text().removesuffix(" diperiksa")}, (page.name, header.get_text(), said)
        compared += bool(said)
    assert compared >= 5

    # The same world again (the demo serves it on new ports): nothing changed, so nothing may move.
    proc = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "demo", "--out", str(out), "--as-of", "2026-11-29"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert proc.returncode == 0 and "run 2: complete" in proc.stdout, proc.stdout + proc.stderr
    assert "accounts exist already" in proc.stdout and "shown only now" not in proc.stdout
    with Store(out / "kipmon.db", create=False) as store:

        def judged(run_id):
            return {
                (f["body_id"], f["item_id"]): (f["status"], f["evidence_year"], f["reason"])
                for f in store.findings(run_id)
            }

        assert judged(2) == judged(1)
        assert {s["body_id"]: s["score"] for s in store.scores(2)} == {
            s["body_id"]: s["score"] for s in store.scores(1)
        }
        assert store.rollup(2)["score"] == store.rollup(1)["score"]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'Diperbaiki <span class="count">0</span>' in page  # the report shows no fix that never happened
