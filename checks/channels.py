"""Channels: a link to an external service counts as evidence (SP4N-LAPOR!, e-LHKPN, SiRUP, LPSE, JDIH).

Such links are usually not fetched (they are outside the body's site); the link itself is the evidence.
A host pattern ending in "." ("lpse.", "jdih.") matches the first label of a host ("lpse.kutaitimurkab.go.id").
"""

from __future__ import annotations

from checks.evidence import Target, host_of
from checks.presence import Match


def host_matches(host: str, pattern: str) -> bool:
    host, pattern = host.lower(), pattern.lower()
    if host.startswith("www."):
        host = host[4:]
    if pattern.endswith("."):
        return host.startswith(pattern) or f".{pattern}" in f".{host}"
    return host == pattern or host.endswith("." + pattern)


def match_channel(hosts: tuple[str, ...], t: Target) -> Match | None:
    if not hosts:
        return None
    host = host_of(t.url)
    for p in hosts:
        if host and host_matches(host, p):
            return Match("kanal", host)
    return None
