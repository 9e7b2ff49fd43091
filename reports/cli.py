"""`kipmon report`, `kipmon notify` and `kipmon export findings|scores`."""

from __future__ import annotations

import sys
from pathlib import Path

from kipmon.config import load_config
from kipmon.store import Store
from kipmon.lock import run_lock


def _db_run(p) -> None:
    p.add_argument("--db", help="SQLite database file (default from config [paths] db)")
    p.add_argument("--run", default="latest", help="run id or 'latest' (default: the newest complete run)")


def _out(args, cfg) -> Path:
    """--out; else, with a --db other than the configured one, that database's own folder (`kipmon demo`
    keeps its report there), so a report of another database never lands in the configured one's
    folder; else [paths] out."""
    if args.out:
        return Path(args.out)
    if args.db and Path(args.db).resolve() != Path(cfg["paths"]["db"]).resolve():
        return Path(args.db).parent
    return Path(cfg["paths"]["out"])


def register(sub, common) -> None:
    p = sub.add_parser(
        "report", parents=[common], help="write the gap report (static HTML) and findings.csv/scores.csv of a run"
    )
    _db_run(p)
    p.add_argument(
        "--out", help="folder for the report (default: the folder of --db when given, else [paths] out of the config)"
    )
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "notify", parents=[common], help="write the notices of a run to the outbox (and send them with --send)"
    )
    _db_run(p)
    p.add_argument(
        "--out",
        help="folder whose notices/run-<id>/ is the outbox (default: the folder of --db "
        "when given, else [paths] out of the config)",
    )
    p.add_argument(
        "--send",
        action="store_true",
        help="send by SMTP ([notices] smtp_host/smtp_from; KIPMON_SMTP_USER/KIPMON_SMTP_PASSWORD "
        "from the environment); default: dry run unless [notices] send = true",
    )
    p.set_defaults(func=cmd_notify)

    p = sub.add_parser("export", parents=[common], help="print the findings or the scores of a run (JSON or CSV)")
    p.add_argument("what", choices=("findings", "scores"))
    _db_run(p)
    p.add_argument(
        "--format",
        choices=("json", "csv"),
        default="json",
        help="output format (default json; fields in docs/statuses.md and docs/scoring.md)",
    )
    p.set_defaults(func=cmd_export)


def cmd_report(args) -> int:
    from reports import write_report

    cfg = load_config(args.config)
    out = _out(args, cfg)
    with Store(args.db or cfg["paths"]["db"], create=False) as store:
        run_id = store.resolve_run(args.run)
        index = write_report(store, run_id, out, cfg)
    print(f"report of run {run_id}: {index}")
    return 0


def cmd_notify(args) -> int:
    from reports import write_report
    from reports.notices import write_notices

    cfg = load_config(args.config)
    out = _out(args, cfg)
    db = args.db or cfg["paths"]["db"]
    # the run lock: a nightly run's notices and this command must not send the same notice twice
    with run_lock(db, "kipmon notify"), Store(db, create=False) as store:
        run_id = store.resolve_run(args.run)
        summary = write_notices(store, run_id, out, cfg, send=True if args.send else None)
        # the report beside the outbox, rendered again so each body page links to its newest notice
        index = write_report(store, run_id, out, cfg)
    mode = "dry run, nothing sent" if summary["dry_run"] else "sent by SMTP"
    print(
        f"notices of run {run_id} ({mode}): {summary['written']} written "
        f"({summary['gap']} missing-item, {summary['unreachable']} unreachable-site) in {summary['outbox']}"
    )
    print(f"report of run {run_id}, with links to the notices: {index}")
    if not summary["dry_run"]:
        print(
            f"  sent {summary['sent']}, unchanged (not sent again) {summary['unchanged']}, "
            f"failed {summary['failed']}, no address {summary['no_recipient']}"
        )
    elif summary["no_recipient"]:
        print(f"  no e-mail address: {summary['no_recipient']}")
    return 1 if summary["failed"] else 0


def cmd_export(args) -> int:
    from reports.export import export_text

    cfg = load_config(args.config)
    with Store(args.db or cfg["paths"]["db"], create=False) as store:
        run_id = store.resolve_run(args.run)
        text = export_text(store, run_id, args.what, args.format)
    sys.stdout.write(text)
    return 0
