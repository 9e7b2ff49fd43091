"""The SQLite store: the only package that imports sqlite-utils and the only place with SQL.

One module per group of tables, each a mixin of `Store`:
- schema.py      the migrations m001.. that make the tables (docs/schema.md describes them)
- core.py        opening the file (writer, reader, read-only reader) and shared helpers
- crawl.py       runs, run_bodies, body_crawls, fetches, contents: what a run crawled
- judgements.py  findings, scores, rollups, verdicts: what checks and reviewers decided
- jobs.py        crawl_jobs: the jobs a distributed crawl sent to Scrapyd nodes
- notices.py     the notice log
- accounts.py    the web application's users, log-in attempts and settings
- queries.py     reads across tables for the report, `kipmon status`, the scheduler and the web pages
- httpcache.py   not the database: the crawl's HTTP cache file (crawler/httpcache.py stores answers in it)

`Store` is composed here, not in core.py, so that every part imports only core.py and this file
shows the whole surface at a glance; a new group of tables is a new module and one more base below.
"""

from kipmon.store.accounts import AccountsMixin
from kipmon.store.core import Connection, StoreError, content_hash, content_key, now_iso
from kipmon.store.crawl import CrawlMixin
from kipmon.store.jobs import JobsMixin
from kipmon.store.judgements import JudgementsMixin
from kipmon.store.notices import NoticesMixin
from kipmon.store.queries import QueriesMixin
from kipmon.store.schema import migrations

__all__ = ["Store", "StoreError", "content_hash", "content_key", "migrations", "now_iso"]


class Store(CrawlMixin, JobsMixin, JudgementsMixin, NoticesMixin, QueriesMixin, AccountsMixin, Connection):
    """One kipmon database file; see Connection for the three ways to open it."""
