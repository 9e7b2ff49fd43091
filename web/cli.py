"""`kipmon serve` (the reviewer's web application) and `kipmon users` (its accounts)."""

from __future__ import annotations

import getpass
import sys

from kipmon.config import load_config
from kipmon.errors import KipmonError
from kipmon.lock import run_lock
from kipmon.store import Store


class WebCliError(KipmonError):
    """Bad arguments to serve/users; one line."""


def register(sub, common) -> None:
    p = sub.add_parser(
        "serve",
        parents=[common],
        help="the reviewer's web application (log-in, report, verdicts, follow-up, monev workbook)",
    )
    p.add_argument("--db", help="SQLite database file (default from config [paths] db)")
    p.add_argument("--host", help="address to listen on (default from config [web] host: 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default from config [web] port: 8080)")
    p.add_argument(
        "--behind-proxy",
        action="store_true",
        default=None,
        help="trust one reverse proxy's X-Forwarded-For/-Proto (nginx on the same host)",
    )
    p.add_argument(
        "--secure-cookies",
        action="store_true",
        default=None,
        help="mark cookies Secure (set it when users reach the app over HTTPS)",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser(
        "users", parents=[common], help="accounts of the web application: add, list, disable, enable, passwd"
    )
    p.add_argument("action", choices=("add", "list", "disable", "enable", "passwd", "role"))
    p.add_argument("name", nargs="?", help="user name")
    p.add_argument(
        "--role",
        choices=("viewer", "reviewer", "admin"),
        help="viewer reads, reviewer also records verdicts, admin also manages users",
    )
    p.add_argument("--db", help="SQLite database file (default from config [paths] db)")
    p.set_defaults(func=cmd_users)


def web_cfg(cfg: dict) -> dict:
    return {"host": "127.0.0.1", "port": 8080, "behind_proxy": False, "secure_cookies": False, **(cfg.get("web") or {})}


def cmd_serve(args) -> int:
    from web.app import serve

    cfg = load_config(args.config)
    w = web_cfg(cfg)
    db = args.db or cfg["paths"]["db"]
    serve(
        db,
        cfg,
        args.host or w["host"],
        args.port or int(w["port"]),
        secure_cookies=bool(w["secure_cookies"] if args.secure_cookies is None else args.secure_cookies),
        behind_proxy=bool(w["behind_proxy"] if args.behind_proxy is None else args.behind_proxy),
    )
    return 0


def read_password(prompt: str = "Password: ", confirm: bool = True) -> str:
    """From the terminal (twice, hidden), or the first line of standard input when it is not a terminal;
    never from the command line, where other users and the shell history would see it."""
    if sys.stdin is None or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin else ""
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise WebCliError("the two passwords differ; nothing changed")
    return first


def open_for_accounts(db) -> Store:
    """Accounts are written under the run lock, like every writer, so the first use after an upgrade
    migrates the file once (adding the accounts tables) and never races a night run's migration."""
    with run_lock(db, "users"):
        Store(db).close()
    return Store(db, create=False)


def cmd_users(args) -> int:
    cfg = load_config(args.config)
    db = args.db or cfg["paths"]["db"]
    if args.action == "list":
        return _list_users(db)
    if not args.name:
        raise WebCliError(f"users {args.action} needs a user NAME")
    if args.action == "add":
        return _add_user(db, args.name, args.role)
    return _change_user(db, args)


def _list_users(db) -> int:
    from web import accounts

    with Store(db, create=False) as store:
        rows = accounts.list_users(store)
    for u in rows:
        print(f"{u['name']}\t{u['role']}\t{'disabled' if u['disabled'] else 'enabled'}\t{u['created_at']}")
    if not rows:
        print("no users (add one: kipmon users add NAME --role admin)")
    return 0


def _add_user(db, name: str, role: str | None) -> int:
    from web import accounts

    if not role:
        raise WebCliError("users add needs --role viewer|reviewer|admin")
    accounts.check_name(name)
    password = read_password()
    accounts.check_password(password)
    with open_for_accounts(db) as store:
        accounts.add_user(store, name, role, password)
    print(f"user {name} added ({role})")
    return 0


def _change_user(db, args) -> int:
    """passwd, disable, enable, role: one existing account changed."""
    from web import accounts

    with open_for_accounts(db) as store:
        if args.action == "passwd":
            accounts.set_password(store, args.name, read_password("New password: "))
            print(f"password of {args.name} changed; their open sessions end")
        elif args.action in ("disable", "enable"):
            accounts.set_disabled(store, args.name, args.action == "disable")
            print(f"user {args.name} {args.action}d")
        elif args.action == "role":
            if not args.role:
                raise WebCliError("users role needs --role")
            accounts.set_role(store, args.name, args.role)
            print(f"user {args.name} is now {args.role}")
    return 0


def demo_hint(db) -> None:
    """What `kipmon demo` says at its end: how to open the application on its results, with a first
    admin account whose password is printed this once (only when the store has no account yet)."""
    import secrets

    from web import accounts

    with open_for_accounts(db) as store:
        if accounts.list_users(store):
            account = f"accounts exist already (kipmon users list --db {db})"
        else:
            password = secrets.token_urlsafe(12)
            accounts.add_user(store, "admin", "admin", password)
            account = f"first admin account, shown only now: admin / {password}"
    print(f"demo: review it in the browser: kipmon serve --db {db}   then open http://127.0.0.1:8080/")
    print(f"demo: {account}")
