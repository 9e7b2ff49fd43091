"""The crawler's own command: `kipmon ingest FEED...` (crawl feeds into the store; crawler/ingest.py)."""

from __future__ import annotations

import sys

from kipmon.config import load_config
from kipmon.lock import run_lock
from kipmon.store import Store


def register(sub, common) -> None:
    p = sub.add_parser(
        "ingest",
        parents=[common],
        help="store JSON-lines crawl feeds (scrapy crawl bodies -a job=... -o feed.jl) in the database",
    )
    p.add_argument("feeds", nargs="+", metavar="FEED", help="feed files (JSON lines), each of one crawl job")
    p.add_argument("--db", help="SQLite database file (default from config)")
    p.add_argument("--run", type=int, help="refuse feeds of any other run")
    p.set_defaults(func=cmd_ingest)


def cmd_ingest(args) -> int:
    from crawler.ingest import FeedError, ingest

    cfg = load_config(args.config)
    db = args.db or cfg["paths"]["db"]
    refused = 0
    # ingest writes a run's rows: never while a check or another run rewrites them
    with run_lock(db, "kipmon ingest"), Store(db, create=False) as store:
        for path in args.feeds:
            try:
                (s,) = ingest(store, [path], run_id=args.run)
            except FeedError as exc:
                print(f"kipmon ingest: {exc}", file=sys.stderr)
                refused += 1
                continue
            if s["stored"]:
                print(f"{path}: run {s['run_id']}: {s['fetches']} fetches, {s['bodies']} bodies stored")
            else:
                refused += 1
                print(
                    f"kipmon ingest: {path}: refused, {s['problem']}; its {s['bodies']} bodies recorded "
                    f"unreachable (error)",
                    file=sys.stderr,
                )
    return 2 if refused else 0
