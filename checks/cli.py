"""`kipmon check` (re-evaluate a stored crawl and re-score it) and `kipmon verdict` (reviewer corrections)."""

from __future__ import annotations

import datetime as dt
import json

from kipmon import vocab
from kipmon.config import load_config
from kipmon.errors import KipmonError
from kipmon.store import Store
from kipmon.lock import run_lock


class CheckCliError(KipmonError):
    """Bad arguments to check/verdict; one line."""


def _date(value: str | None, what: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CheckCliError(f"{what} takes a date as YYYY-MM-DD, not {value!r}") from None


def register(sub, common) -> None:
    p = sub.add_parser(
        "check", parents=[common], help="re-evaluate the rules over a stored crawl, then re-score it (no network)"
    )
    p.add_argument("--db", help="SQLite database file (default from config)")
    p.add_argument("--run", default="latest", help="run id or 'latest' (default)")
    p.add_argument("--as-of", help="date the currency rules judge against, YYYY-MM-DD (default: the run's own)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "items",
        parents=[common],
        help="print the item catalogue: ids, names, legal basis, currency rule (docs/items.md)",
    )
    p.set_defaults(func=cmd_items)

    p = sub.add_parser(
        "verdict", parents=[common], help="record, list or revoke a reviewer's verdict on one body's item"
    )
    p.add_argument("body", nargs="?", help="body id")
    p.add_argument("item", nargs="?", help="item id (`kipmon items` lists them; docs/items.md)")
    p.add_argument(
        "--status",
        help='present, stale, broken or missing; or as the report says it: ada, kedaluwarsa, rusak, "tidak ada"',
    )
    p.add_argument("--note", help="why (shown with the finding)")
    p.add_argument("--by", help="who decided")
    p.add_argument("--until", help="the verdict holds up to and including this date, YYYY-MM-DD")
    p.add_argument("--list", action="store_true", help="list verdicts (live ones; with --all also revoked)")
    p.add_argument("--all", action="store_true", help="with --list: include revoked verdicts")
    p.add_argument("--revoke", type=int, metavar="ID", help="revoke verdict ID")
    p.add_argument("--db", help="SQLite database file (default from config)")
    p.set_defaults(func=cmd_verdict)


def cmd_check(args) -> int:
    from checks import run_checks
    from checks.scoring import score_run

    cfg = load_config(args.config)
    db = args.db or cfg["paths"]["db"]
    # re-writing a run's findings while a nightly run writes its own would mix the two
    with run_lock(db, "kipmon check"), Store(db, create=False) as store:
        run_id = store.resolve_run(args.run)
        as_of = (
            _date(args.as_of, "--as-of")
            or _date((store.run(run_id) or {}).get("as_of"), "run as_of")
            or dt.date.today()
        )
        counts = run_checks(store, run_id, as_of, cfg)
        scores = score_run(store, run_id, cfg)
    if args.json:
        print(
            json.dumps(
                {"run_id": run_id, "as_of": as_of.isoformat(), "findings": counts, "scores": scores}, ensure_ascii=False
            )
        )
        return 0
    print(f"run {run_id} checked as of {as_of.isoformat()}: " + ", ".join(f"{k} {counts[k]}" for k in vocab.STATUSES))
    if counts.get("rule_errors"):
        print(f"  rule errors: {counts['rule_errors']} (those items are not scored)")
    if counts.get("verdicts_applied"):
        print(f"  reviewer verdicts applied: {counts['verdicts_applied']}")
    roll = scores.get("rollup_score")
    print(
        f"  bodies assessed {scores['assessed']}/{scores['bodies']} (carried over {scores['carried']}); "
        f"roll-up {roll if roll is not None else '-'} {scores.get('rollup_band') or ''} "
        f"[{scores['band_profile']}]".rstrip()
    )
    return 0


def cmd_items(args) -> int:
    from checks.items_doc import catalogue_lines

    print("\n".join(catalogue_lines()))
    return 0


def cmd_verdict(args) -> int:
    from checks.verdicts import add_verdict

    cfg = load_config(args.config)
    db = args.db or cfg["paths"]["db"]
    if args.list:
        with Store(db, create=False) as store:
            rows = store.verdicts(include_revoked=args.all)
        for v in rows:
            state = (
                f"revoked {v['revoked_at']}" if v["revoked_at"] else (f"until {v['until']}" if v["until"] else "open")
            )
            print(f"{v['id']}\t{v['body_id']}\t{v['item_id']}\t{v['status']}\t{v['by']}\t{state}\t{v['note']}")
        if not rows:
            print("no verdicts")
        return 0
    if args.revoke is not None:
        with Store(db, create=False) as store:
            if not store.revoke_verdict(args.revoke):
                raise CheckCliError(f"no live verdict {args.revoke}")
        print(f"verdict {args.revoke} revoked; the next check judges that item by the rules again")
        return 0
    if not (args.body and args.item and args.status):
        raise CheckCliError("give BODY ITEM --status STATUS --note TEXT --by NAME, or --list, or --revoke ID")
    until = _date(args.until, "--until")
    with Store(db, create=False) as store:
        vid = add_verdict(store, args.body, args.item, args.status, args.note or "", args.by or "", until)
        v = store.verdicts_by_id([vid])[vid]
    print(
        f"verdict {vid}: {v['body_id']} {v['item_id']} = {v['status']}"
        + (f" until {until.isoformat()}" if until else "")
        + " (applies from the next check)"
    )
    return 0
