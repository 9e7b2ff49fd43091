"""A local crawl over several child processes: which bodies each child crawls, and one progress for all.

One Scrapy process keeps one CPU busy at most (its reactor, parsing and link following are one thread),
so on a machine with more CPUs a night at a high request rate waits for that one CPU. `[crawl] processes`
splits the crawl's bodies into shares by politeness group (crawler/engines/assign.py: every body on one
server stays in one share, so the per-server limit still holds), balanced by last night's fetch counts;
each share is a crawl child of its own (crawler/run.py), writing the same store and HTTP cache file.
The configured request concurrency and the per-night OCR and rendering time are divided between the
children, so together they ask no more of the sites, and use no more time, than one child would.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable

from crawler.engines.assign import NO_SITE, assign, group_weights


def process_count(cfg: dict, groups: dict[str, list[str]]) -> int:
    """`[crawl] processes` as a number: "auto" = the CPUs, never more than there are servers among the
    politeness `groups` (bodies without a site fetch nothing); at least one. Kutai Timur's registry, every
    site on one server, gets one."""
    servers = sum(1 for g in groups if g != NO_SITE)
    value = cfg["crawl"].get("processes", 1)
    if isinstance(value, str):
        if value.strip().lower() != "auto":
            raise ValueError(f'[crawl] processes takes "auto" or a number, not {value!r}')
        value = os.cpu_count() or 1
    return max(1, min(int(value), servers))


def split(
    bodies: list[tuple[str, list[str]]], groups: dict[str, list[str]], n: int, fetches: dict[str, int] | None = None
) -> list[list[str]]:
    """Body ids in at most `n` shares, each of the politeness `groups` whole, balanced by `fetches` (last
    run's fetch count per body; groups not crawled before weigh the average). Shares keep registry order."""
    if n <= 1 or len(groups) <= 1:
        return [[b for b, _ in bodies]]
    names = [str(i) for i in range(n)]
    placed = assign(group_weights(groups, fetches or {}), names)
    share_of = {body: placed[g] for g, members in groups.items() for body in members}
    shares = [[b for b, _ in bodies if share_of[b] == name] for name in names]
    return [s for s in shares if s]


def share_settings(settings: dict, n: int) -> dict:
    """The settings of one of `n` children: the request concurrency and the per-night OCR and rendering
    budgets divided between them (rounded up, at least 1), everything else as given."""
    if n <= 1:
        return settings
    out = dict(settings)
    out["CONCURRENT_REQUESTS"] = max(1, math.ceil(int(settings["CONCURRENT_REQUESTS"]) / n))
    for key in ("KIPMON_OCR", "KIPMON_RENDER"):
        part = dict(settings[key])
        part["seconds_per_night"] = float(part["seconds_per_night"]) / n
        part["concurrency"] = max(1, math.ceil(int(part["concurrency"]) / n))
        out[key] = part
    return out


class MergedProgress:
    """The progress events of several children as one crawl's: one `start` with every body, and `body`
    and `tick` events whose running totals add up all children's. Called from one reader thread a child."""

    COUNTERS = ("done", "pages_total", "documents_total", "errors_total")

    def __init__(self, on_progress: Callable[[dict], None], children: int, total: int):
        self.on_progress = on_progress
        self.total = total
        self.counts = [dict.fromkeys(self.COUNTERS, 0) for _ in range(children)]
        self.started = False
        self.lock = threading.Lock()

    def for_child(self, index: int) -> Callable[[dict], None]:
        return lambda event: self.event(index, event)

    def event(self, index: int, event: dict) -> None:
        with self.lock:
            kind = event.get("event")
            if kind == "start":
                if self.started:
                    return
                self.started = True
                event = {**event, "total": self.total}
            elif kind in ("body", "tick"):
                self.counts[index].update({k: event[k] for k in self.COUNTERS if k in event})
                event = {**event, "total": self.total}
                event.update({k: sum(c[k] for c in self.counts) for k in self.COUNTERS})
            self.on_progress(event)
