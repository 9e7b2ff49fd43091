"""The web application's own tables (migration m003): `users`, `login_attempts`, `web_settings`.

Only their reads and writes are here; what a role may do, how passwords are hashed and how many
failed log-ins are allowed is web/accounts.py's.
"""

from __future__ import annotations

from typing import Any

from kipmon.store.core import now_iso


class AccountsMixin:
    # ---------------------------------------------------------------- users

    def user_named(self, name: str) -> dict | None:
        rows = self.query("select * from users where name = ?", [name])
        return rows[0] if rows else None

    def user(self, user_id: int) -> dict | None:
        rows = self.query("select * from users where id = ?", [user_id])
        return rows[0] if rows else None

    def users(self) -> list[dict]:
        """Every account by name, without its password hash."""
        return self.query("select id, name, role, disabled, created_at, updated_at from users order by name")

    def add_user(self, row: dict) -> int:
        with self.db.atomic():
            return self.db["users"].insert(row).last_pk

    def update_user(self, user_id: int, fields: dict[str, Any]) -> None:
        with self.db.atomic():
            self.db["users"].update(user_id, fields)

    # ---------------------------------------------------------------- log-in attempts

    def failed_logins(self, *, since: str, account: str | None = None, address: str | None = None) -> int:
        """Failed log-in attempts at or after `since`, of one account or from one address (give one)."""
        if (account is None) == (address is None):
            raise ValueError("failed_logins counts by account or by address: give exactly one")
        column, value = ("account", account) if account is not None else ("address", address)
        return self.query(
            f"select count(*) n from login_attempts where ok = 0 and {column} = ? and at >= ?", [value, since]
        )[0]["n"]

    def record_login(self, account: str, address: str, ok: bool, *, forget_before: str) -> None:
        """Log one attempt and drop those older than `forget_before` (the limit reads only a window)."""
        with self.db.atomic():
            self.db["login_attempts"].insert({"account": account, "address": address, "at": now_iso(), "ok": int(ok)})
            self.db.execute("delete from login_attempts where at < ?", [forget_before])

    # ---------------------------------------------------------------- settings

    def web_setting(self, key: str) -> str | None:
        rows = self.query("select value from web_settings where key = ?", [key])
        return rows[0]["value"] if rows else None

    def keep_web_setting(self, key: str, value: str) -> str:
        """Store `value` under `key` unless another process stored one first; the value kept."""
        with self.db.atomic():
            self.db["web_settings"].insert({"key": key, "value": value}, ignore=True)
        return self.web_setting(key)
