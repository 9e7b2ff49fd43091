"""Reviewer accounts: users with a role, argon2id password hashes, the log-in rate limit and the
session signing key. These tables (users, login_attempts, web_settings; migration m003) are the web
application's own: it writes them, and otherwise only reads the store.

Why argon2id (argon2-cffi): the current recommendation for password storage (RFC 9106, OWASP); the
library's defaults follow RFC 9106's low-memory profile and it re-hashes when the parameters change.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kipmon.errors import KipmonError
from kipmon.store import now_iso

ROLES = ("viewer", "reviewer", "admin")
ROLE_RANK = {r: i for i, r in enumerate(ROLES)}
ROLE_LABELS = {"viewer": "pembaca", "reviewer": "peninjau", "admin": "admin"}
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 10

# Log-in rate limit: failed attempts counted over a sliding window, per account and per address.
WINDOW_MINUTES = 15
PER_ACCOUNT = 5
PER_ADDRESS = 20

_hasher = PasswordHasher()
_dummy: list[str] = []


def _dummy_hash() -> str:
    """Verified against when the account does not exist, so a wrong name costs as long as a wrong
    password (made on first use: a hash costs about half a second here, see bench/web_pages.py)."""
    if not _dummy:
        _dummy.append(_hasher.hash("kipmon-no-such-user"))
    return _dummy[0]


class AccountError(KipmonError):
    """A user cannot be added or changed; one line for the user."""


def check_name(name: str) -> str:
    if not NAME_RE.match(name or ""):
        raise AccountError(f"user name {name!r}: use 1-64 letters, digits, dot, dash, underscore or @")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    return role


def check_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
    return password


def get_user(store, name: str) -> dict | None:
    rows = store.query("select * from users where name = ?", [name])
    return rows[0] if rows else None


def user_by_id(store, user_id: int) -> dict | None:
    rows = store.query("select * from users where id = ?", [user_id])
    return rows[0] if rows else None


def list_users(store) -> list[dict]:
    return store.query("select id, name, role, disabled, created_at, updated_at from users order by name")


def add_user(store, name: str, role: str, password: str) -> int:
    check_name(name), check_role(role), check_password(password)
    if get_user(store, name):
        raise AccountError(f"user {name!r} exists already (use `kipmon users passwd`)")
    now = now_iso()
    with store.db.atomic():
        return store.db["users"].insert({"name": name, "role": role, "password_hash": _hasher.hash(password),
                                         "disabled": 0, "created_at": now, "updated_at": now}).last_pk


def _update(store, name: str, **fields) -> None:
    user = get_user(store, name)
    if user is None:
        raise AccountError(f"no user {name!r}")
    with store.db.atomic():
        store.db["users"].update(user["id"], {**fields, "updated_at": now_iso()})


def set_password(store, name: str, password: str) -> None:
    _update(store, name, password_hash=_hasher.hash(check_password(password)))


def set_disabled(store, name: str, disabled: bool) -> None:
    _update(store, name, disabled=int(disabled))


def set_role(store, name: str, role: str) -> None:
    _update(store, name, role=check_role(role))


def verify(store, name: str, password: str) -> dict | None:
    """The user when `password` is right and the account is enabled, else None."""
    user = get_user(store, name or "")
    try:
        _hasher.verify(user["password_hash"] if user else _dummy_hash(), password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or user["disabled"]:
        return None
    if _hasher.check_needs_rehash(user["password_hash"]):
        with store.db.atomic():
            store.db["users"].update(user["id"], {"password_hash": _hasher.hash(password)})
    return user


def _since(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return (now - dt.timedelta(minutes=WINDOW_MINUTES)).isoformat(timespec="seconds")


def throttled(store, account: str, address: str) -> bool:
    """Whether this account or this address has used up its failed attempts in the window."""
    since = _since()
    per_account = store.query("select count(*) n from login_attempts where ok = 0 and account = ? and at >= ?",
                              [account, since])[0]["n"]
    per_address = store.query("select count(*) n from login_attempts where ok = 0 and address = ? and at >= ?",
                              [address, since])[0]["n"]
    return per_account >= PER_ACCOUNT or per_address >= PER_ADDRESS


def record_attempt(store, account: str, address: str, ok: bool) -> None:
    with store.db.atomic():
        store.db["login_attempts"].insert({"account": account[:100], "address": address[:100],
                                           "at": now_iso(), "ok": int(ok)})
        # the table only needs the window; older rows are history nobody reads
        store.db.execute("delete from login_attempts where at < ?", [_since(
            dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1))])


def secret_key(store) -> str:
    """The key that signs session cookies and CSRF tokens, made once and kept in the store, so sessions
    survive a restart and every worker agrees."""
    rows = store.query("select value from web_settings where key = 'secret_key'")
    if rows:
        return rows[0]["value"]
    with store.db.atomic():
        store.db["web_settings"].insert({"key": "secret_key", "value": secrets.token_hex(32)}, ignore=True)
    return store.query("select value from web_settings where key = 'secret_key'")[0]["value"]
