"""Reviewer accounts: users with a role, argon2id password hashes, the log-in rate limit and the
session signing key. These tables (users, login_attempts, web_settings; migration m003) are the web
application's own: it writes them (through kipmon/store/accounts.py), and otherwise only reads the store.

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
    return store.user_named(name)


def user_by_id(store, user_id: int) -> dict | None:
    return store.user(user_id)


def list_users(store) -> list[dict]:
    return store.users()


def add_user(store, name: str, role: str, password: str) -> int:
    check_name(name), check_role(role), check_password(password)
    if get_user(store, name):
        raise AccountError(f"user {name!r} exists already (use `kipmon users passwd`)")
    now = now_iso()
    return store.add_user(
        {
            "name": name,
            "role": role,
            "password_hash": _hasher.hash(password),
            "disabled": 0,
            "created_at": now,
            "updated_at": now,
        }
    )


def _update(store, name: str, **fields) -> None:
    user = get_user(store, name)
    if user is None:
        raise AccountError(f"no user {name!r}")
    store.update_user(user["id"], {**fields, "updated_at": now_iso()})


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
        store.update_user(user["id"], {"password_hash": _hasher.hash(password)})
    return user


def _since(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return (now - dt.timedelta(minutes=WINDOW_MINUTES)).isoformat(timespec="seconds")


def throttled(store, account: str, address: str) -> bool:
    """Whether this account or this address has used up its failed attempts in the window."""
    since = _since()
    per_account = store.failed_logins(since=since, account=account)
    per_address = store.failed_logins(since=since, address=address)
    return per_account >= PER_ACCOUNT or per_address >= PER_ADDRESS


def record_attempt(store, account: str, address: str, ok: bool) -> None:
    # the table only needs the window; older rows are history nobody reads
    store.record_login(
        account[:100], address[:100], ok, forget_before=_since(dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1))
    )


def secret_key(store) -> str:
    """The key that signs session cookies and CSRF tokens, made once and kept in the store, so sessions
    survive a restart and every worker agrees."""
    return store.web_setting("secret_key") or store.keep_web_setting("secret_key", secrets.token_hex(32))
