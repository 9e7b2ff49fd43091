"""Politeness per server, not only per host name.

A regency's OPD sites are usually subdomains of one domain served by one machine (bkpsdm., dinkes.,
disdukcapil.kutaitimurkab.go.id). Scrapy limits concurrency per host name, and 2.14 deprecated its
per-IP limit, so forty subdomains at 2 requests each could put 80 requests at once on one server.
Requests to hosts of one registered domain therefore share one download slot with its own limit.
"""

from __future__ import annotations

import ipaddress
from collections import defaultdict
from urllib.parse import urlsplit

# Indonesian second-level domains: the registered domain is the last three labels (kutaitimurkab.go.id).
ID_SECOND_LEVEL = {"go", "desa", "co", "or", "ac", "sch", "net", "web", "my", "mil", "biz", "ponpes"}


def site_group(host: str) -> str:
    """The registered domain of a host name ("dinkes.kutaitimurkab.go.id" -> "kutaitimurkab.go.id"); an
    IP address is its own group."""
    host = (host or "").lower().rstrip(".")
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    labels = host.split(".")
    if len(labels) >= 3 and labels[-1] == "id" and labels[-2] in ID_SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def shared_groups(urls: list[str]) -> set[str]:
    """The site groups that more than one host of the registry falls in."""
    hosts: dict[str, set[str]] = defaultdict(set)
    for url in urls:
        host = urlsplit(url).hostname or ""
        hosts[site_group(host)].add(host)
    return {group for group, members in hosts.items() if len(members) > 1}


def download_slots(urls: list[str], concurrency: int, delay: float) -> dict[str, dict]:
    """Scrapy DOWNLOAD_SLOTS for the shared groups (empty when concurrency is 0: the feature is off)."""
    if concurrency <= 0:
        return {}
    return {group: {"concurrency": concurrency, "delay": delay} for group in shared_groups(urls)}
