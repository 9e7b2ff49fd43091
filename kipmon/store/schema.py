"""The schema, as migrations (sqlite-utils records each applied one by name in `_sqlite_migrations`).

Names and order are part of every database already made: never rename, reorder or edit a migration
that has shipped; add the next one (m005_...) at the end. docs/schema.md describes the result, and
tests/test_schema_doc.py holds the two together.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("kipmon")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["runs"].create(
        {
            "id": int,
            "command": str,
            "status": str,
            "started_at": str,
            "finished_at": str,
            "as_of": str,
            "registry": str,
            "pid": int,
            "host": str,
            "stages": str,  # JSON: {stage: {"status": ..., "seconds": ..., "error": ...}}
            "counts": str,  # JSON: summary counts filled as stages finish
            "error": str,
        },
        pk="id",
    )
    db["run_bodies"].create(
        {
            "run_id": int,
            "body_id": str,
            "name": str,
            "kind": str,
            "urls": str,
            "parent": str,
            "email": str,
            "extra": str,
        },
        pk=("run_id", "body_id"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["body_crawls"].create(
        {
            "run_id": int,
            "body_id": str,
            "status": str,
            "reason": str,
            "detail": str,
            "pages": int,
            "documents": int,
            "errors": int,
            "bytes": int,
            "cached": int,
            "started_at": str,
            "finished_at": str,
        },
        pk=("run_id", "body_id"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["contents"].create(
        {
            "hash": str,
            "kind": str,
            "title": str,
            "headings": str,
            "links": str,
            "dates": str,
            "text": str,
            "meta": str,
            "extracted_at": str,
        },
        pk="hash",
    )
    db["fetches"].create(
        {
            "run_id": int,
            "body_id": str,
            "url": str,
            "final_url": str,
            "status": int,
            "content_type": str,
            "fetched_at": str,
            "last_modified": str,
            "etag": str,
            "content_hash": str,
            "size": int,
            "error": str,
            "error_detail": str,
            "referer": str,
            "link_text": str,
            "depth": int,
            "source": str,
            "in_scope": int,
            "from_cache": int,
        },
        pk=("run_id", "body_id", "url"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["fetches"].create_index(["content_hash"])
    db["findings"].create(
        {
            "run_id": int,
            "body_id": str,
            "item_id": str,
            "status": str,
            "machine_status": str,
            "evidence_url": str,
            "evidence_year": int,
            "evidence_hash": str,
            "detail": str,
            "reason": str,
            "rule_error": str,
            "verdict_id": int,
            "carried_from": int,
        },
        pk=("run_id", "body_id", "item_id"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["scores"].create(
        {
            "run_id": int,
            "body_id": str,
            "kind": str,
            "score": float,
            "band": str,
            "assessed": int,
            "carried_from": int,
            "indicators": str,
            "path": str,
        },
        pk=("run_id", "body_id"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["rollups"].create(
        {
            "run_id": int,
            "score": float,
            "band": str,
            "band_profile": str,
            "coverage": float,
            "bodies_assessed": int,
            "bodies_total": int,
            "parts": str,
            "path": str,
        },
        pk="run_id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["verdicts"].create(
        {
            "id": int,
            "body_id": str,
            "item_id": str,
            "status": str,
            "note": str,
            "by": str,
            "created_at": str,
            "until": str,
            "evidence_hash": str,
            "revoked_at": str,
        },
        pk="id",
    )
    db["verdicts"].create_index(["body_id", "item_id"])
    db["notices"].create(
        {
            "id": int,
            "run_id": int,
            "body_id": str,
            "kind": str,
            "digest": str,
            "recipient": str,
            "subject": str,
            "path": str,
            "created_at": str,
            "sent_at": str,
            "send_status": str,
            "error": str,
        },
        pk="id",
    )
    db["notices"].create_index(["body_id", "digest"])


@migrations()
def m002_no_site_and_reasons(db: sqlite_utils.Database) -> None:
    """Why a body is not assessed (`no-url`, `unreachable`), and how many bodies have no known site."""
    db["scores"].add_column("reason", str)
    db["rollups"].add_column("bodies_no_site", int)


@migrations()
def m003_web_accounts(db: sqlite_utils.Database) -> None:
    """`kipmon serve`: reviewer accounts, log-in attempts (for the rate limit) and the app's settings
    (the session signing key); their reads and writes are in kipmon/store/accounts.py, the rules
    (roles, hashing, the rate limit) in web/accounts.py."""
    db["users"].create(
        {
            "id": int,
            "name": str,
            "role": str,
            "password_hash": str,
            "disabled": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["users"].create_index(["name"], unique=True)
    db["login_attempts"].create(
        {"id": int, "account": str, "address": str, "at": str, "ok": int},
        pk="id",
    )
    db["login_attempts"].create_index(["at"])
    db["web_settings"].create({"key": str, "value": str}, pk="key")


@migrations()
def m004_fetch_filename(db: sqlite_utils.Database) -> None:
    """The file name a download endpoint gave in Content-Disposition belongs to the fetch (one URL's
    answer), not to the content: two URLs may serve the same bytes under different names."""
    db["fetches"].add_column("filename", str)
