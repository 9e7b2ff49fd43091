"""What a run shows while it works: crawl progress and one line per later stage.

On a terminal, a live bar drawn by `rich` (stage, bodies done / total, pages, documents, failures,
elapsed, estimate of what is left). Anywhere else (systemd's journal, a cron log, a pipe) plain lines:
one per body finished and a summary every `[progress] summary_seconds` (60), so a log shows a night
of tens of minutes moving. The crawl child sends the events (crawler/progress.py); run_job calls
`stage_done` after every stage.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable


def _minutes(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds < 3600 else f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def eta(elapsed: float, done: int, total: int) -> float | None:
    """Seconds left at the pace so far, or None before the first body ends."""
    if done <= 0 or total <= done:
        return None if done <= 0 else 0.0
    return elapsed / done * (total - done)


class Progress:
    """The interface run_job uses; this base shows nothing (tests, bench scripts)."""

    def crawl_event(self, event: dict) -> None:
        pass

    def stage_done(self, stage: str, line: str | None) -> None:
        pass

    def close(self) -> None:
        pass


class LogProgress(Progress):
    """Plain lines for logs: one per body finished, a summary every `summary_seconds`."""

    def __init__(self, write: Callable[[str], None] | None = None, summary_seconds: float = 60):
        self.write = write or (lambda line: print(line, flush=True))
        self.summary_seconds = float(summary_seconds)
        self.started = time.monotonic()
        self.last_summary = self.started
        self.lock = threading.Lock()

    def _summary(self, ev: dict) -> str:
        elapsed = time.monotonic() - self.started
        left = eta(elapsed, ev.get("done", 0), ev.get("total", 0))
        return (
            f"crawl: {ev.get('done', 0)}/{ev.get('total', 0)} bodies, {ev.get('pages_total', 0)} pages, "
            f"{ev.get('documents_total', 0)} documents, {ev.get('errors_total', 0)} failures, "
            f"elapsed {_minutes(elapsed)}" + (f", about {_minutes(left)} left" if left is not None else "")
        )

    def crawl_event(self, ev: dict) -> None:
        with self.lock:
            kind = ev.get("event")
            if kind == "start":
                self.started = self.last_summary = time.monotonic()
                self.write(f"crawl: {ev.get('total', 0)} bodies")
            elif kind == "body":
                state = ev.get("status") if not ev.get("reason") else f"{ev.get('status')} ({ev.get('reason')})"
                self.write(
                    f"crawl: [{ev.get('done')}/{ev.get('total')}] {ev.get('id')} {state}, "
                    f"{ev.get('pages', 0)} pages, {ev.get('documents', 0)} documents, "
                    f"{ev.get('errors', 0)} failures"
                )
            if kind in ("body", "tick") and time.monotonic() - self.last_summary >= self.summary_seconds:
                self.last_summary = time.monotonic()
                self.write(self._summary(ev))

    def stage_done(self, stage: str, line: str | None) -> None:
        if line:
            self.write(f"  {stage}: {line}")


class TerminalProgress(Progress):
    """A live bar on a terminal (rich), with the stage lines printed above it."""

    def __init__(self, stream=None):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress as Bar,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(file=stream or sys.stdout)
        self.bar = Bar(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(
                "bodies, {task.fields[pages]} pages, {task.fields[documents]} documents, {task.fields[errors]} failures"
            ),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.task = None

    def crawl_event(self, ev: dict) -> None:
        kind = ev.get("event")
        if kind == "start":
            self.bar.start()
            self.task = self.bar.add_task("crawl", total=ev.get("total") or None, pages=0, documents=0, errors=0)
            return
        if self.task is None or kind == "stored":  # `stored` carries no totals (checks/pool.py reads it)
            return
        self.bar.update(
            self.task,
            completed=ev.get("done", 0),
            pages=ev.get("pages_total", 0),
            documents=ev.get("documents_total", 0),
            errors=ev.get("errors_total", 0),
        )
        if kind == "body" and ev.get("reason") and ev.get("reason") != "no-url":
            self.console.print(f"  {ev.get('id')}: unreachable ({ev.get('reason')})", highlight=False, markup=False)
        if kind == "end":
            self.bar.stop()

    def stage_done(self, stage: str, line: str | None) -> None:
        if stage == "crawl":
            self.bar.stop()
        if line:
            self.console.print(f"  {stage}: {line}", highlight=False, markup=False, soft_wrap=True)

    def close(self) -> None:
        self.bar.stop()


def for_stream(cfg: dict, stream=None) -> Progress:
    """A live bar when `stream` (stdout) is a terminal, else log lines."""
    stream = stream or sys.stdout
    if stream.isatty():
        try:
            return TerminalProgress(stream)
        except ImportError:  # rich missing: plain lines still work
            pass
    seconds = float(cfg.get("progress", {}).get("summary_seconds", 60))
    return LogProgress(lambda line: print(line, file=stream, flush=True), seconds)
