"""What the checks and reviewers decided: `findings`, `scores`, `rollups`, `verdicts`.

A finding is (run, body, item), a score is (run, body), a roll-up is one per run. A finding that a
reviewer's verdict changed keeps the machine's status in `machine_status` and points at the verdict
through `verdict_id`; a finding carried from an earlier run (the body was unreachable) names that run
in `carried_from`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kipmon.store.core import _json, _marks, _unjson, now_iso


class JudgementsMixin:
    # ---------------------------------------------------------------- findings

    def save_findings(self, run_id: int, findings: Iterable[dict]) -> None:
        rows = [{"run_id": run_id, **f} for f in findings]
        with self.db.atomic():
            self.db["findings"].delete_where("run_id = ?", [run_id])
            if rows:
                self.db["findings"].insert_all(rows, pk=("run_id", "body_id", "item_id"), alter=True)

    def findings(self, run_id: int, body_id: str | None = None) -> list[dict]:
        where, params = "run_id = ?", [run_id]
        if body_id is not None:
            where, params = where + " and body_id = ?", params + [body_id]
        return [dict(r) for r in self.db["findings"].rows_where(where, params, order_by="rowid")]

    def finding(self, run_id: int, body_id: str, item_id: str) -> dict | None:
        rows = self.query(
            "select * from findings where run_id = ? and body_id = ? and item_id = ?", [run_id, body_id, item_id]
        )
        return rows[0] if rows else None

    def findings_with_status(self, run_id: int, body_id: str, statuses: Iterable[str]) -> list[dict]:
        """item_id and status of one body's findings in a run whose status is one of `statuses`."""
        statuses = list(statuses)
        return self.query(
            f"select item_id, status from findings where run_id = ? and body_id = ? and status in ({_marks(statuses)})",
            [run_id, body_id, *statuses],
        )

    def latest_finding(self, body_id: str, item_id: str) -> dict | None:
        """The newest stored finding of one (body, item), from any run."""
        rows = self.query(
            "select * from findings where body_id = ? and item_id = ? order by run_id desc limit 1", [body_id, item_id]
        )
        return rows[0] if rows else None

    def last_crawled_run(self, body_id: str, before_run_id: int) -> dict | None:
        """The newest run before `before_run_id` that crawled `body_id` (status ok) and has findings for it:
        {"run_id", "started_at", "as_of"}; None when there is none."""
        rows = self.query(
            """select r.id as run_id, r.started_at, r.as_of from runs r
               join body_crawls b on b.run_id = r.id and b.body_id = ? and b.status = 'ok'
               where r.id < ? and exists (select 1 from findings f where f.run_id = r.id and f.body_id = ?)
               order by r.id desc limit 1""",
            [body_id, before_run_id, body_id],
        )
        return rows[0] if rows else None

    # ---------------------------------------------------------------- scores

    def save_scores(self, run_id: int, scores: Iterable[dict], rollup: dict | None) -> None:
        rows = []
        for s in scores:
            s = {"run_id": run_id, **s}
            for key in ("indicators", "path"):
                if key in s and not isinstance(s[key], str):
                    s[key] = _json(s[key])
            rows.append(s)
        with self.db.atomic():
            self.db["scores"].delete_where("run_id = ?", [run_id])
            self.db["rollups"].delete_where("run_id = ?", [run_id])
            if rows:
                self.db["scores"].insert_all(rows, pk=("run_id", "body_id"), alter=True)
            if rollup is not None:
                r = {"run_id": run_id, **rollup}
                for key in ("parts", "path"):
                    if key in r and not isinstance(r[key], str):
                        r[key] = _json(r[key])
                self.db["rollups"].insert(r, pk="run_id", alter=True)

    def scores(self, run_id: int) -> list[dict]:
        out = []
        for r in self.db["scores"].rows_where("run_id = ?", [run_id], order_by="rowid"):
            r = dict(r)
            r["indicators"] = _unjson(r.get("indicators"), {})
            r["path"] = _unjson(r.get("path"), [])
            r["assessed"] = bool(r["assessed"])
            out.append(r)
        return out

    def rollup(self, run_id: int) -> dict | None:
        rows = list(self.db["rollups"].rows_where("run_id = ?", [run_id]))
        if not rows:
            return None
        r = dict(rows[0])
        r["parts"] = _unjson(r.get("parts"), {})
        r["path"] = _unjson(r.get("path"), [])
        return r

    # ---------------------------------------------------------------- verdicts

    def add_verdict(self, row: dict) -> int:
        """Record a reviewer's verdict on one (body, item); returns its id."""
        with self.db.atomic():
            return self.db["verdicts"].insert({"created_at": now_iso(), **row}).last_pk

    def verdicts(self, *, body_id: str | None = None, include_revoked: bool = True) -> list[dict]:
        where: list[str] = []
        params: list[Any] = []
        if body_id is not None:
            where, params = where + ["body_id = ?"], params + [body_id]
        if not include_revoked:
            where.append("revoked_at is null")
        return [dict(r) for r in self.db["verdicts"].rows_where(" and ".join(where) or None, params, order_by="id")]

    def verdict(self, verdict_id: int) -> dict | None:
        rows = list(self.db["verdicts"].rows_where("id = ?", [verdict_id]))
        return dict(rows[0]) if rows else None

    def item_verdicts(self, body_id: str, item_id: str) -> list[dict]:
        """Every verdict on one (body, item), revoked ones too, newest first."""
        return self.query(
            "select * from verdicts where body_id = ? and item_id = ? order by id desc", [body_id, item_id]
        )

    def verdicts_by_id(self, ids: Iterable[int]) -> dict[int, dict]:
        ids = [i for i in set(ids) if i is not None]
        if not ids:
            return {}
        return {r["id"]: r for r in self.query(f"select * from verdicts where id in ({_marks(ids)})", ids)}

    def revoke_verdict(self, verdict_id: int) -> bool:
        """Mark a verdict revoked (kept for the record); False when there is no such live verdict."""
        with self.db.atomic():
            v = self.verdict(verdict_id)
            if v is None or v["revoked_at"]:
                return False
            self.db["verdicts"].update(verdict_id, {"revoked_at": now_iso()})
            return True
