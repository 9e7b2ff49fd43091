"""Opening the store: the writer migrates once; readers never migrate, never create, never block."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time

import pytest
import sqlite_utils

from kipmon.store import Store, StoreError, migrations


def test_reader_refuses_a_database_of_an_older_kipmon_and_leaves_it_as_it_is(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite_utils.Database(sqlite3.connect(db))
    migrations.apply(conn, stop_before="m002_no_site_and_reasons")
    conn.close()
    with pytest.raises(StoreError, match="older kipmon; the next `kipmon run` upgrades it"):
        Store(db, create=False)
    names = [r[0] for r in sqlite3.connect(db).execute("select name from _sqlite_migrations")]
    assert names == ["m001_initial"]  # the reader did not migrate
    with Store(db) as store:  # the writer (a run, under the lock) does
        assert "reason" in store.db["scores"].columns_dict
    with Store(db, create=False) as store:
        assert store.runs() == []


def test_reader_refuses_a_file_that_is_not_yet_a_kipmon_database(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StoreError, match="not a kipmon database yet"):
        Store(empty, create=False)
    with pytest.raises(StoreError, match="no kipmon database here"):
        Store(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def _reader(path: str, seconds: float, out) -> None:
    errors, reads = [], 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with Store(path, create=False) as store:
                store.runs(5)
                reads += 1
        except StoreError as exc:
            if "locked" in str(exc) or "cannot open" in str(exc):
                errors.append(str(exc))
    out.put((reads, errors))


def test_readers_opening_while_a_new_database_is_created_neither_fail_nor_block(tmp_path):
    path = str(tmp_path / "new.db")
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    readers = [ctx.Process(target=_reader, args=(path, 4.0, out)) for _ in range(3)]
    for r in readers:
        r.start()
    time.sleep(0.5)
    with Store(path) as store:  # created while the readers poll
        for _ in range(20):
            store.start_run("test")
            time.sleep(0.05)
    results = [out.get(timeout=30) for _ in readers]
    for r in readers:
        r.join(timeout=10)
    assert all(errors == [] for _, errors in results), results
    assert all(reads > 0 for reads, _ in results)  # once created, every reader read it
