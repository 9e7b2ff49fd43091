"""The notice log: `notices`, one row per notice written (and perhaps sent) to a body."""

from __future__ import annotations

from typing import Any

from kipmon.store.core import now_iso


class NoticesMixin:
    def add_notice(self, row: dict) -> int:
        """Log one notice (written, and perhaps sent); returns its id."""
        with self.db.atomic():
            return self.db["notices"].insert({"created_at": now_iso(), **row}).last_pk

    def update_notice(self, notice_id: int, **fields: Any) -> None:
        with self.db.atomic():
            self.db["notices"].update(notice_id, fields)

    def notices(self, run_id: int | None = None, body_id: str | None = None, kind: str | None = None) -> list[dict]:
        """Logged notices in the order they were made, of one run, one body and one kind when given."""
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("kind", kind), ("run_id", run_id), ("body_id", body_id)):
            if value is not None:
                where.append(f"{column} = ?"), params.append(value)
        return [dict(r) for r in self.db["notices"].rows_where(" and ".join(where) or None, params, order_by="id")]

    def notices_up_to(self, run_id: int) -> list[dict]:
        """Notices of `run_id` and every run before it, by run and then in the order they were made."""
        return self.query("select * from notices where run_id <= ? order by run_id, id", [run_id])

    def last_notice(
        self,
        body_id: str,
        kind: str,
        *,
        before_run: int | None = None,
        sent_only: bool = False,
        digest: str | None = None,
    ) -> dict | None:
        """The newest logged notice of one kind for one body (optionally only sent ones, only an
        earlier run's, only one with this digest)."""
        sql = "select * from notices where body_id = ? and kind = ?"
        params: list[Any] = [body_id, kind]
        if before_run is not None:
            sql, params = sql + " and run_id < ?", params + [before_run]
        if sent_only:
            sql += " and sent_at is not null and send_status = 'sent'"
        if digest is not None:
            sql, params = sql + " and digest = ?", params + [digest]
        rows = self.query(sql + " order by coalesce(sent_at, created_at) desc, id desc limit 1", params)
        return rows[0] if rows else None
