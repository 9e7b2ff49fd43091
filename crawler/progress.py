"""Progress events from the crawl child to the process that started it, as JSON lines on a pipe.

The parent (crawler/run.py) opens a pipe and passes its write end as the setting KIPMON_PROGRESS_FD;
the spider calls `started`, `fetched` and `body_done`; kipmon/progress.py shows them. Events:

    {"event": "start", "total": 17}
    {"event": "body", "id": "dlh", "status": "ok", "reason": null, "pages": 12, "documents": 3,
     "errors": 0, "done": 4, "total": 17, "pages_total": 80, "documents_total": 20, "errors_total": 1}
    {"event": "tick", "done": 4, "total": 17, "pages_total": 85, ...}      at most one a second
    {"event": "stored", "id": "dlh", "status": "ok"}     the body's rows and crawl result are in the store

Progress is a courtesy: a parent that stopped reading never stops the crawl (a broken pipe only turns
the events off).
"""

from __future__ import annotations

import json
import os
import time

TICK_SECONDS = 1.0


class ProgressWriter:
    def __init__(self, fd: int | None):
        self.fh = None
        if fd is not None and fd >= 0:
            try:
                self.fh = os.fdopen(fd, "w", encoding="utf-8", buffering=1)
            except OSError:
                self.fh = None
        self.total = 0
        self.done: set[str] = set()
        self.last_tick = 0.0

    def _emit(self, event: str, **data) -> None:
        if self.fh is None:
            return
        try:
            self.fh.write(json.dumps({"event": event, **data}, ensure_ascii=False) + "\n")
        except (OSError, ValueError):  # the parent is gone or stopped listening
            self.fh = None

    def _totals(self, states) -> dict:
        return {
            "done": len(self.done),
            "total": self.total,
            "pages_total": sum(st.pages for st in states),
            "documents_total": sum(st.documents for st in states),
            "errors_total": sum(st.errors for st in states),
        }

    def started(self, total: int) -> None:
        self.total = total
        self._emit("start", total=total)

    def fetched(self, states) -> None:
        """A fetch ended; `states` are every body's BodyState (summed only when an event is sent)."""
        if self.fh is None:
            return
        now = time.monotonic()
        if now - self.last_tick >= TICK_SECONDS:
            self.last_tick = now
            self._emit("tick", **self._totals(states))

    def body_done(self, state, states) -> None:
        """One body's crawl ended (nothing of it is in flight any more); `state` is its BodyState."""
        if state.body.id in self.done:
            return
        self.done.add(state.body.id)
        if self.fh is None:
            return
        status, reason, _ = state.crawl_status()
        self._emit(
            "body",
            id=state.body.id,
            name=state.body.name,
            status=status,
            reason=reason,
            pages=state.pages,
            documents=state.documents,
            errors=state.errors,
            **self._totals(states),
        )

    def stored(self, state) -> None:
        """The body's fetches and its crawl result are written (crawler/pipelines.py): it can be checked."""
        status, _reason, _ = state.crawl_status()
        self._emit("stored", id=state.body.id, status=status)

    def close(self, states) -> None:
        self._emit("end", **self._totals(states))
        if self.fh is not None:
            try:
                self.fh.close()
            except OSError:
                pass
            self.fh = None
