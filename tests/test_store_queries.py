"""The named reads that replaced SQL in the status command, the scheduler, the report and the web pages,
against a real database file."""

from __future__ import annotations

import pytest

from kipmon import vocab
from kipmon.store import Store


def _finding(body: str, item: str, status: str) -> dict:
    return {"body_id": body, "item_id": item, "status": status, "machine_status": status}


def test_runs_findings_and_bodies_are_answered_by_name(tmp_path):
    with Store(tmp_path / "k.db") as store:
        first = store.start_run("run")
        store.finish_run(first, vocab.RUN_COMPLETE)
        job = store.start_run("crawl")
        store.finish_run(job, vocab.RUN_COMPLETE)
        failed = store.start_run("run")
        store.finish_run(failed, vocab.RUN_FAILED)
        assert store.latest_complete_run_of(["run"])["id"] == first
        assert store.latest_complete_run_of(["crawl", "run"])["id"] == job
        assert store.latest_complete_run_of(["check"]) is None

        store.save_findings(
            job,
            [
                _finding("b", "x", "missing"),
                _finding("a", "y", "missing"),
                _finding("a", "x", "present"),
                _finding("a", "z", "stale"),
            ],
        )
        assert store.finding_counts(job) == {"missing": 2, "present": 1, "stale": 1}
        assert store.first_finding(job, "missing") == {"body_id": "a", "item_id": "y"}
        assert store.first_finding(job, "broken") is None
        assert store.finding(job, "a", "x")["status"] == "present"
        assert store.finding(job, "a", "nope") is None
        assert sorted(r["item_id"] for r in store.findings_with_status(job, "a", ("missing", "stale"))) == ["y", "z"]
        assert [h["run_id"] for h in store.finding_history("a", "x")] == [job]

        class Body:
            id, name, kind, urls, parent, email, extra = "a", "Dinas A", "opd", ["http://a.test/"], None, None, {}

        store.save_run_bodies(first, [Body()])
        Body.name = "Dinas A Baru"
        store.save_run_bodies(job, [Body()])
        assert store.run_body_row(job, "a")["urls"] == "http://a.test/"
        assert store.run_body_row(job, "b") is None
        assert store.latest_body_name("a") == "Dinas A Baru"
        assert store.latest_body_name("b") is None
        assert store.newest_run_bodies() == [{"body_id": "a", "name": "Dinas A Baru", "kind": "opd"}]


def test_notices_by_kind_and_up_to_a_run(tmp_path):
    with Store(tmp_path / "k.db") as store:
        one, two = store.start_run("run"), store.start_run("run")
        for run_id, body, kind in ((two, "a", "gap"), (one, "a", "no_site"), (one, "b", "gap")):
            store.add_notice({"run_id": run_id, "body_id": body, "kind": kind, "send_status": "dry-run"})
        assert [(n["run_id"], n["body_id"]) for n in store.notices(kind="gap")] == [(two, "a"), (one, "b")]
        assert [n["body_id"] for n in store.notices(kind="gap", body_id="b")] == ["b"]
        assert [(n["run_id"], n["kind"]) for n in store.notices_up_to(two)] == [
            (one, "no_site"),
            (one, "gap"),
            (two, "gap"),
        ]
        assert [n["kind"] for n in store.notices_up_to(one)] == ["no_site", "gap"]


def test_login_attempts_and_settings(tmp_path):
    with Store(tmp_path / "k.db") as store:
        store.record_login("ani", "10.0.0.1", False, forget_before="2000-01-01")
        store.record_login("ani", "10.0.0.2", False, forget_before="2000-01-01")
        store.record_login("ani", "10.0.0.1", True, forget_before="2000-01-01")
        assert store.failed_logins(since="2000-01-01", account="ani") == 2
        assert store.failed_logins(since="2000-01-01", address="10.0.0.1") == 1
        with pytest.raises(ValueError):
            store.failed_logins(since="2000-01-01")
        store.record_login("budi", "10.0.0.3", False, forget_before="2999-01-01")  # drops every earlier row
        assert store.failed_logins(since="2000-01-01", account="ani") == 0
        assert store.web_setting("secret_key") is None
        assert store.keep_web_setting("secret_key", "first") == "first"
        assert store.keep_web_setting("secret_key", "second") == "first"  # another worker made it first
