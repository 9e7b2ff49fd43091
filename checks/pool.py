"""Checks beside the crawl: each body is checked in a worker process as soon as its crawl is stored.

The crawl child says `stored` for a body once its fetches and its crawl result are written
(crawler/pipelines.py, crawler/progress.py); the parent's progress reader hands that body to a
ProcessPoolExecutor (`[checks] workers`: "auto" = CPUs - 1, at least 1; 0 = no workers, every body
is checked after the crawl as before). A worker opens the store as a reader, reads the body's crawl
result and snapshot in one read transaction, and returns the findings with a stamp of what it read.

After the crawl, run_checks (checks/run.py) checks the bodies never handed over, then takes back the
bodies no worker has started yet, one at a time from the end of the queue while the workers take from
its front, and checks them itself; then it uses a worker's findings only when the body's stored crawl is still what the
worker read (crawl status and reason, and every fetch's url, status and content); otherwise, or when
a worker failed (killed, out of memory), the body is checked again in the parent, with one log line.
Verdicts are applied and findings saved in the parent, as before: results are identical to serial.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from kipmon.config import section
from kipmon.vocab import CRAWL_OK

# processes of the pools alive now (tests kill one to see a worker's death handled)
_active: list[CheckPool] = []


def worker_count(cfg: dict) -> int:
    """`[checks] workers` as a number of processes: "auto" = CPUs - 1 (at least 1), 0 = none."""
    value = section(cfg, "checks")["workers"]
    if isinstance(value, str):
        if value.strip().lower() != "auto":
            raise ValueError(f'[checks] workers takes "auto" or a number, not {value!r}')
        return max(1, (os.cpu_count() or 1) - 1)
    return max(0, int(value))


def stamp(crawl: dict | None, keys: list[tuple]) -> str:
    """What a check of one body read: its crawl status and reason, and each fetch (url, status, content)."""
    head = [(crawl or {}).get("status"), (crawl or {}).get("reason")]
    return hashlib.sha256(json.dumps([head, keys], default=str).encode()).hexdigest()


def row_keys(rows: list[dict]) -> list[tuple]:
    return [(r["url"], r["status"], r["content_hash"]) for r in rows]


# ------------------------------------------------------------------ in the worker process

_worker: dict = {}


def _init(cfg: dict, db: str) -> None:
    from checks.catalogue import rules_for
    from kipmon.store import Store

    _worker["cfg"] = cfg
    _worker["rules"] = rules_for(cfg)
    _worker["store"] = Store(db, create=False)


def _warm() -> None:
    """Nothing: a first task, so the worker starts (and runs _init) while the crawl is young."""


def _check(run_id: int, body_id: str, as_of: str) -> tuple[str, list[dict]]:
    from checks.run import inputs_and_check

    store = _worker["store"]
    crawl, rows = store.body_check_input(run_id, body_id)
    body = next(b for b in store.run_bodies(run_id) if b["body_id"] == body_id)
    as_of_date = dt.date.fromisoformat(as_of)
    found = inputs_and_check(store, run_id, body, crawl, rows, _worker["rules"], as_of_date, _worker["cfg"])
    ok = bool(crawl and crawl.get("status") == CRAWL_OK)
    return stamp(crawl, row_keys(rows) if ok else []), found


# ------------------------------------------------------------------ in the parent


class CheckPool:
    """Worker processes that check bodies while the crawl runs. `on_event` is fed the crawl child's
    progress events (from crawler/run.py's reader thread); `take` is called once, after the crawl."""

    def __init__(
        self, cfg: dict, db: str | Path, run_id: int, as_of: dt.date, workers: int, log: Callable[[str], None]
    ):
        self.cfg, self.db, self.run_id, self.as_of = cfg, str(db), run_id, as_of
        self.workers = workers
        self.log = log
        self.executor: ProcessPoolExecutor | None = None
        self.futures: dict[str, Future] = {}
        self.stolen: set[str] = set()
        self.broken = False
        self.closed = False
        self.used = 0  # bodies whose worker findings were used
        self.taken_back = 0  # bodies no worker had started when the crawl ended
        self.changed = 0  # bodies whose stored crawl changed after a worker read it
        self.lock = threading.Lock()
        _active.append(self)

    def on_event(self, event: dict) -> None:
        if event.get("event") == "start":
            self.start()
        elif event.get("event") == "stored" and event.get("id"):
            self.submit(str(event["id"]))

    def _executor(self) -> ProcessPoolExecutor:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),  # no fork of a threaded parent
                initializer=_init,
                initargs=(self.cfg, self.db),
            )
        return self.executor

    def start(self) -> None:
        """The crawl began: start the workers now (imports, rules), so the first body finds them ready."""
        with self.lock:
            if self.broken or self.closed or self.executor is not None:
                return
            try:
                ex = self._executor()
                for _ in range(self.workers):
                    ex.submit(_warm)
            except (BrokenProcessPool, RuntimeError):
                self.broken = True

    def submit(self, body_id: str) -> None:
        with self.lock:
            if self.broken or self.closed:
                return
            try:
                self._executor()
                old = self.futures.get(body_id)
                if old is not None:
                    old.cancel()  # stored again (a late answer): the newer crawl is the one to check
                self.futures[body_id] = self.executor.submit(_check, self.run_id, body_id, self.as_of.isoformat())
            except (BrokenProcessPool, RuntimeError) as exc:
                self.broken = True  # this body and later ones are checked in the parent after the crawl
                self.log(
                    f"check workers stopped ({type(exc).__name__}: {exc}); {body_id} and the bodies stored "
                    "after it are checked after the crawl"
                )

    def pids(self) -> list[int]:
        ex = self.executor
        return list((getattr(ex, "_processes", None) or {}).keys()) if ex is not None else []

    def take(self) -> dict[str, Future]:
        """After the crawl: no more bodies are taken; every body handed to the workers, with its future."""
        with self.lock:
            self.closed = True
            return dict(self.futures)

    def steal(self) -> str | None:
        """A body no worker has started, taken back for the parent to check (the last one handed over, so
        the workers keep taking from the front), or None when the workers have started every one."""
        with self.lock:
            for body_id in reversed(list(self.futures)):
                fut = self.futures[body_id]
                if body_id not in self.stolen and fut.cancel():
                    self.stolen.add(body_id)
                    self.taken_back += 1
                    return body_id
            return None

    def result(self, body_id: str, fut: Future, now: str) -> list[dict] | None:
        """A worker's findings for `body_id` if it read the crawl as stored now (stamp `now`), else None
        (one log line when the worker failed)."""
        try:
            got_stamp, found = fut.result()
        except CancelledError:
            return None
        except BrokenProcessPool as exc:
            self.log(f"check of {body_id}: its worker process died ({exc or 'killed'}); checked again here")
            return None
        except Exception as exc:  # noqa: BLE001 - a worker's failure is retried in the parent
            self.log(f"check of {body_id}: its worker failed ({type(exc).__name__}: {exc}); checked again here")
            return None
        if got_stamp != now:
            self.changed += 1
            return None
        self.used += 1
        return found

    def close(self) -> None:
        with self.lock:
            self.closed = True
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None
        if self in _active:
            _active.remove(self)
