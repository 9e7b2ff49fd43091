"""Reads across tables for the report, `kipmon status`, the scheduler and the web application.

Each method answers one question a page or a command asks; the tables' own reads and writes are in
crawl.py, judgements.py, notices.py and accounts.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from kipmon import vocab
from kipmon.store.core import _marks


class QueriesMixin:
    # ---------------------------------------------------------------- runs

    def latest_complete_run_of(self, commands: Iterable[str]) -> dict | None:
        """{"id", "started_at"} of the newest complete run made by one of `commands`, or None."""
        commands = list(commands)
        rows = self.query(
            f"select id, started_at from runs where status = ? and command in ({_marks(commands)})"
            " order by id desc limit 1",
            [vocab.RUN_COMPLETE, *commands],
        )
        return rows[0] if rows else None

    def scored_runs(self, limit: int = 60) -> list[dict]:
        """Runs that have scores (any status), newest first: id, as_of, started_at, status."""
        return self.query(
            "select id, as_of, started_at, status from runs where exists"
            " (select 1 from scores s where s.run_id = runs.id) order by id desc limit ?",
            [limit],
        )

    def report_runs(self, run_id: int, limit: int = 30) -> list[dict]:
        """`run_id` and the complete runs before it that have scores, oldest first: the x axis of the
        report's trend charts. `run_id` itself counts even while it is still running (reports are
        written before the run closes)."""
        rows = self.query(
            "select id, as_of, started_at, status from runs where id <= ? and (id = ? or status = ?)"
            " and exists (select 1 from scores s where s.run_id = runs.id)"
            " order by id desc limit ?",
            [run_id, run_id, vocab.RUN_COMPLETE, limit],
        )
        return rows[::-1]

    def report_marks(self, run_id: int) -> tuple:
        """What a report of `run_id` is made of, in a few indexed counts: a new or closed run, a
        re-check that rewrote the run's findings or scores, a verdict given or revoked all change it
        (the web application's report cache compares it at every request)."""
        return tuple(
            tuple(r.values())
            for r in (
                self.query("select max(id) a, count(*) b from runs")[0],
                self.query("select status, finished_at, stages from runs where id = ?", [run_id])[0],
                self.query("select max(rowid) a, count(*) b from findings where run_id = ?", [run_id])[0],
                self.query("select max(rowid) a, count(*) b from scores where run_id = ?", [run_id])[0],
                self.query("select max(id) a, count(revoked_at) b from verdicts")[0],
            )
        )

    # ---------------------------------------------------------------- bodies

    def run_body_row(self, run_id: int, body_id: str) -> dict | None:
        """One body as a run saw it, as stored (`urls` space-separated, `extra` JSON text)."""
        rows = self.query("select * from run_bodies where run_id = ? and body_id = ?", [run_id, body_id])
        return rows[0] if rows else None

    def latest_body_name(self, body_id: str) -> str | None:
        """The body's name in the newest run that had it; None when no run had it."""
        rows = self.query("select name from run_bodies where body_id = ? order by run_id desc limit 1", [body_id])
        return rows[0]["name"] if rows else None

    def newest_run_bodies(self) -> list[dict]:
        """body_id, name and kind of each body of the newest run that saved its bodies."""
        return self.query(
            "select body_id, name, kind from run_bodies where run_id = (select max(run_id) from run_bodies)"
        )

    # ---------------------------------------------------------------- findings across runs

    def finding_counts(self, run_id: int) -> dict[str, int]:
        """{status: number of findings} of one run."""
        return {
            r["status"]: r["n"]
            for r in self.query("select status, count(*) n from findings where run_id = ? group by status", [run_id])
        }

    def first_finding(self, run_id: int, status: str) -> dict | None:
        """body_id and item_id of the first finding of `status` in a run, by body then item."""
        rows = self.query(
            "select body_id, item_id from findings where run_id = ? and status = ? order by body_id, item_id limit 1",
            [run_id, status],
        )
        return rows[0] if rows else None

    def finding_history(self, body_id: str, item_id: str, limit: int = 90) -> list[dict]:
        """One (body, item)'s findings in every run, newest first, with each run's date and status."""
        return self.query(
            "select f.run_id, r.as_of, r.started_at, r.status as run_status, f.status, f.machine_status,"
            " f.evidence_url, f.evidence_year, f.verdict_id, f.carried_from from findings f join runs r on r.id = f.run_id"
            " where f.body_id = ? and f.item_id = ? order by f.run_id desc limit ?",
            [body_id, item_id, limit],
        )

    def fetch_of_url(self, run_id: int, body_id: str, url: str) -> dict | None:
        """fetched_at, status and from_cache of the fetch of `url` (asked for, or where it ended) in a run."""
        rows = self.query(
            "select fetched_at, status, from_cache from fetches where run_id = ? and body_id = ?"
            " and (url = ? or final_url = ?) limit 1",
            [run_id, body_id, url, url],
        )
        return rows[0] if rows else None

    def latest_fetch_of_content(self, hash_: str, up_to_run: int) -> dict | None:
        """fetched_at, status and from_cache of the newest fetch, up to a run, that answered this content."""
        rows = self.query(
            "select fetched_at, status, from_cache from fetches where content_hash = ?"
            " and run_id <= ? order by run_id desc limit 1",
            [hash_, up_to_run],
        )
        return rows[0] if rows else None

    def score_history(self, run_ids: Iterable[int]) -> tuple[list[dict], list[dict]]:
        """(body scores, roll-ups) of the given runs: run_id, body_id, score, band, assessed."""
        ids = list(run_ids)
        if not ids:
            return [], []
        scores = self.query(
            f"select run_id, body_id, score, band, assessed from scores where run_id in ({_marks(ids)})", ids
        )
        rollups = self.query(f"select run_id, score, band from rollups where run_id in ({_marks(ids)})", ids)
        return scores, rollups

    def unreachable_streaks(self, run_id: int) -> dict[str, int]:
        """For each body unreachable in `run_id`: how many runs in a row (this one included, complete
        runs before it) its site could not be crawled. Runs that did not crawl the body are skipped."""
        rows = self.query(
            "select bc.run_id, bc.body_id, bc.status, bc.reason from body_crawls bc join runs r on r.id = bc.run_id"
            " where bc.run_id <= ? and (r.id = ? or r.status = ?) order by bc.run_id desc",
            [run_id, run_id, vocab.RUN_COMPLETE],
        )
        streaks: dict[str, int] = {}
        done: set[str] = set()
        for row in rows:
            body = row["body_id"]
            if body in done:
                continue
            if vocab.site_unreachable(row):
                if row["run_id"] == run_id or body in streaks:
                    streaks[body] = streaks.get(body, 0) + 1
                else:
                    done.add(body)
            else:
                done.add(body)
        return streaks

    def content_titles(self, hashes: Iterable[str]) -> dict[str, str]:
        """The extracted title of each evidence content hash that has one."""
        hashes = [h for h in set(hashes) if h]
        out: dict[str, str] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            for row in self.query(f"select hash, title from contents where hash in ({_marks(chunk)})", chunk):
                if row["title"]:
                    out[row["hash"]] = row["title"]
        return out
