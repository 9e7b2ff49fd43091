"""Which node crawls which politeness group: pure functions, no I/O.

A group is every body whose sites share one server (crawler/slots.py: the registered domain, or the IP
address); it stays in one job, so the per-server limit holds across nodes. Groups go to nodes
- stickily: to the node that crawled them last, while it is still listed, so its HTTP cache (the
  revalidating cache of crawler/httpcache.py) answers most pages with a 304 and a cheap read;
- balanced: by the last run's fetch count of each group (a group not crawled before weighs the
  average), so the nodes finish near each other. A sticky placement gives way when keeping it would
  load its node above the balanced share by more than STICKY_SLACK.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from crawler.slots import site_group

STICKY_SLACK = 0.10  # a node may carry 10% over the even share to keep its groups (and warm cache)
NO_SITE = "-"  # the group of bodies without a known site: nothing to fetch, one cheap job


def politeness_groups(bodies: Iterable[tuple[str, list[str]]]) -> dict[str, list[str]]:
    """{group key: body ids} from (body id, urls) pairs. A body whose sites fall in several server
    groups joins them into one (union-find), so no server is ever split over two jobs."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    body_groups: dict[str, list[str]] = {}
    for body_id, urls in bodies:
        keys = sorted({site_group(urlsplit(u).hostname or "") for u in urls if u}) or [NO_SITE]
        body_groups[body_id] = keys
        for k in keys[1:]:
            a, b = find(keys[0]), find(k)
            if a != b:
                parent[max(a, b)] = min(a, b)
    out: dict[str, list[str]] = defaultdict(list)
    for body_id, keys in body_groups.items():
        out[find(keys[0])].append(body_id)
    return dict(sorted(out.items()))


def assign(weights: dict[str, float], nodes: list[str], previous: dict[str, str] | None = None) -> dict[str, str]:
    """{group: node}. `weights`: each group's expected work (None: unknown, the average of the known
    ones; 0: nothing to fetch, e.g. bodies without a site); `previous`: the node each group ran on last time. Deterministic."""
    if not nodes:
        raise ValueError("no nodes to assign to")
    previous = previous or {}
    known = [w for w in weights.values() if w is not None]
    default = (sum(known) / len(known)) if known and sum(known) > 0 else 1.0
    w = {g: float(weights[g]) if weights.get(g) is not None else default for g in weights}
    share = sum(w.values()) / len(nodes)
    load = {n: 0.0 for n in nodes}
    out: dict[str, str] = {}
    # heaviest first: the classic greedy that keeps the largest leftovers small
    order = sorted(w, key=lambda g: (-w[g], g))
    for g in order:  # sticky pass: keep a group where it was while that node stays near its share
        node = previous.get(g)
        if node in load and (w[g] == 0 or load[node] == 0 or load[node] + w[g] <= share * (1 + STICKY_SLACK)):
            out[g] = node
            load[node] += w[g]
    for g in order:  # the rest (new groups, a removed node's groups, those a full node gave up)
        if g not in out:
            # equal loads (weightless groups): the node with fewer jobs, each job costs a process start
            node = min(nodes, key=lambda n: (load[n], sum(v == n for v in out.values()), nodes.index(n)))
            out[g] = node
            load[node] += w[g]
    return out


def group_weights(groups: dict[str, list[str]], fetches: dict[str, int]) -> dict[str, float | None]:
    """A group's weight: its bodies' fetch count last run (None when none of them was crawled)."""
    out: dict[str, float | None] = {}
    for g, bodies in groups.items():
        counts = [fetches[b] for b in bodies if b in fetches]
        out[g] = float(sum(counts)) if counts else None
    return out


def group_nodes(groups: dict[str, list[str]], placement: dict[str, str]) -> dict[str, str]:
    """{group: node it ran on last}, from {body: node}: the node most of its bodies were on."""
    out = {}
    for g, bodies in groups.items():
        seen = [placement[b] for b in bodies if b in placement]
        if seen:
            out[g] = max(sorted(set(seen)), key=seen.count)
    return out
