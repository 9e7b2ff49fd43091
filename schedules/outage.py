"""Is tonight's failure the sites' or the monitor's own? A degraded night is said to be one.

When the monitor's machine loses its network (DNS down, a firewall change, a cable), every site fails
at once, and the night would otherwise pass as a normal one: every body unreachable, an estimate of
nothing, and — worse — no way for an operator to tell it from a night when sites really went down. The
signs of our own outage, either enough:
- every body whose site answered in the previous complete run fails tonight, all with one network
  reason (at least `min_bodies` such bodies);
- at least `share` of the bodies with a URL fail with a network reason (dns, refused, timeout, tls,
  error; an HTTP answer, even a 5xx, proves the network works).
Thresholds are `[degraded]` in the config.
"""

from __future__ import annotations

from collections import Counter

from kipmon import vocab

NETWORK_REASONS = frozenset({"dns", "refused", "timeout", "tls", "error"})


def outage_reason(store, run_id: int, cfg: dict) -> str | None:
    """One line saying why run `run_id` looks like the monitor's own outage, or None when it does not."""
    dcfg = (cfg or {}).get("degraded") or {}
    share = float(dcfg.get("share", 0.9))
    min_bodies = int(dcfg.get("min_bodies", 3))
    crawls = store.body_crawls(run_id)
    attempted = {b: c for b, c in crawls.items() if c.get("reason") != "no-url"}
    if len(attempted) < min_bodies:
        return None
    failed = {
        b: c["reason"] for b, c in attempted.items() if vocab.site_unreachable(c) and c.get("reason") in NETWORK_REASONS
    }
    prev = store.previous_run_id(run_id, with_stage="crawl")
    if prev is not None:
        before = [b for b, c in store.body_crawls(prev).items() if c.get("status") == vocab.CRAWL_OK and b in attempted]
        reasons = {failed.get(b) for b in before}
        if len(before) >= min_bodies and None not in reasons and len(reasons) == 1:
            return (
                f"all {len(before)} sites that answered in run #{prev} failed tonight with the same network "
                f"reason ({reasons.pop()}): looks like an outage on the monitor's side"
            )
    if len(failed) >= share * len(attempted):
        ((reason, n),) = Counter(failed.values()).most_common(1)
        return (
            f"{len(failed)} of {len(attempted)} sites failed with a network error (most: {reason}, {n}): "
            f"looks like an outage on the monitor's side"
        )
    return None
