"""Crawl jobs sent to job daemons (crawler/engines/scrapyd.py): the `crawl_jobs` table (m005).

A row is one attempt of one job: which node ran it, which politeness group and bodies it held, how it
ended (`scheduled`, `running`, `ingested`, `interrupted`, `cut-short`, `lost`, `failed`), the feed's
fetch count. The next run reads it to send each group to the node that crawled it last.
"""

from __future__ import annotations

import json

JOB_FIELDS = (
    "run_id",
    "job_id",
    "node",
    "group_key",
    "bodies",
    "attempt",
    "status",
    "detail",
    "fetches",
    "scheduled_at",
    "ended_at",
)


class JobsMixin:
    def save_job(self, **row) -> None:
        """Insert or update one attempt (by job id); `bodies` may be a list."""
        if isinstance(row.get("bodies"), list | tuple):
            row["bodies"] = json.dumps(list(row["bodies"]))
        with self.db.atomic():
            self.db["crawl_jobs"].upsert(row, pk="job_id", alter=False)

    def run_jobs(self, run_id: int) -> list[dict]:
        out = []
        for r in self.db["crawl_jobs"].rows_where("run_id = ?", [run_id], order_by="rowid"):
            r = dict(r)
            r["bodies"] = json.loads(r["bodies"]) if r["bodies"] else []
            out.append(r)
        return out

    def job_counts(self, run_ids: list[int]) -> dict[int, dict[str, int]]:
        """{run_id: {status: n}} for `kipmon status`."""
        if not run_ids:
            return {}
        marks = ",".join("?" * len(run_ids))
        out: dict[int, dict[str, int]] = {}
        for r in self.query(
            f"select run_id, status, count(*) n from crawl_jobs where run_id in ({marks}) group by run_id, status",
            run_ids,
        ):
            out.setdefault(r["run_id"], {})[r["status"]] = r["n"]
        return out

    def last_placement(self, before_run: int) -> dict[str, str]:
        """{body_id: node} from the newest earlier run that sent jobs out: where each body's group was
        crawled with success (its node's HTTP cache holds its pages)."""
        rows = self.query("select max(run_id) r from crawl_jobs where run_id < ? and status = 'ingested'", [before_run])
        if not rows or rows[0]["r"] is None:
            return {}
        out: dict[str, str] = {}
        for job in self.run_jobs(rows[0]["r"]):
            if job["status"] == "ingested":
                for body in job["bodies"]:
                    out[body] = job["node"]
        return out

    def last_fetch_counts(self, before_run: int) -> dict[str, int]:
        """{body_id: fetches} of the newest earlier run that crawled (any engine): each group's weight."""
        rows = self.query("select max(run_id) r from fetches where run_id < ?", [before_run])
        if not rows or rows[0]["r"] is None:
            return {}
        # every body of that run, 0 for one that fetched nothing (no site): known to weigh nothing
        return {
            r["body_id"]: r["n"]
            for r in self.query(
                "select b.body_id, (select count(*) from fetches f where f.run_id = b.run_id and f.body_id = b.body_id) n "
                "from run_bodies b where b.run_id = ?",
                [rows[0]["r"]],
            )
        }
