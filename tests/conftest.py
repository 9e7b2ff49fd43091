"""Shared test helpers: registries of real local sites, and crawls of them into real SQLite files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kipmon.config import load_config
from kipmon.store import Store
from schedules.job import options_from, run_job


def write_registry(path: Path, rows: list[dict]) -> Path:
    """A registry CSV from dicts with id, name, kind, url (and optional parent, email)."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "name", "kind", "url", "parent", "email"])
        writer.writeheader()
        for row in rows:
            writer.writerow({"name": row["id"].title(), "kind": "opd", "url": "", "parent": "", "email": "", **row})
    return path


def fast_config(**crawl) -> dict:
    """The default config with politeness delays that suit loopback servers."""
    cfg = load_config()
    cfg["crawl"].update(
        {
            "download_delay": 0,
            "autothrottle": False,
            "concurrent_per_domain": 4,
            "download_timeout": 5,
            "retry_times": 0,
            **crawl,
        }
    )
    return cfg


class Crawl:
    """The outcome of one crawl: the store, the run id and easy lookups."""

    def __init__(self, db: Path, run_id: int, result):
        self.db, self.run_id, self.result = db, run_id, result
        self.store = Store(db)

    def body(self, body_id: str) -> dict:
        return self.store.body_crawls(self.run_id)[body_id]

    def fetches(self, body_id: str) -> list[dict]:
        return self.store.snapshot(self.run_id, body_id)

    def fetch(self, body_id: str, path_end: str) -> dict:
        rows = [r for r in self.fetches(body_id) if r["url"].endswith(path_end)]
        assert rows, f"no fetch of ...{path_end} for {body_id}"
        return rows[0]


@pytest.fixture
def crawl_registry(tmp_path):
    """crawl_registry(rows, **crawl_config) -> Crawl: run `kipmon crawl` over a registry of local sites."""
    opened: list[Crawl] = []

    def run(rows: list[dict], *, db: Path | None = None, cache: bool = False, **crawl) -> Crawl:
        registry = write_registry(tmp_path / "registry.csv", rows)
        cfg = fast_config(**crawl)
        db = db or tmp_path / "kipmon.db"
        opts = options_from(cfg, db=db, out=tmp_path / "out", registry=registry, stages=("crawl",), command="crawl")
        opts.httpcache = tmp_path / "httpcache" if cache else None
        result = run_job(cfg, opts)
        crawl_ = Crawl(db, result.run_id, result)
        opened.append(crawl_)
        return crawl_

    yield run
    for c in opened:
        c.store.close()
