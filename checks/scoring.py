"""Scores (spec/scoring.md): pure functions over findings, plus score_run that reads and saves them.

Model, every number from config ([scoring], [bands]):
- item credit: present 1, stale 0.5, broken 0, missing 0; `unreachable` (and a rule error) is not scored;
- indicator score = sum(weight x credit) / sum(weight) over the body's scored items of that indicator;
- `kualitas` = among found (present or stale) items whose currency is not `static`, the share present.
  With no such item found it has no applicable item and is left out of the body score;
- body score = sum(indicator weight x indicator score) / sum(weights of indicators with an applicable
  item) x 100, rounded to one decimal (half up);
- an unreachable body is scored from the run its findings were carried from (checks.run sets
  `carried_from` when that observation is at most [scoring] carry_days old), else not assessed (null);
- regency roll-up: weighted mean of the parts pemkab / opd+kecamatan+kelurahan / desa over assessed bodies,
  weights renormalised over the parts that have an assessed body; coverage = assessed / all bodies;
- the path to Informatif: greedily, the fix (item to present) that raises the score most, repeated.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from checks.catalogue import rules_for
from kipmon import model, vocab
from kipmon.config import section
from kipmon.errors import KipmonError

SCORED = vocab.SCORED
FIXABLE = vocab.GAPS


class ScoringError(KipmonError):
    """The scoring configuration is unusable (unknown band profile, ...)."""


@dataclass(frozen=True)
class ItemState:
    item_id: str
    indicator: str
    weight: float
    dated: bool  # currency other than static
    status: str


def scoring_cfg(cfg: dict | None) -> dict:
    """[scoring] over the shipped defaults (kipmon/default_config.toml)."""
    return section(cfg, "scoring")


def bands_cfg(cfg: dict | None) -> dict:
    """[bands]: the band profiles, over the shipped ones."""
    return section(cfg, "bands")


def round1(x: float) -> float:
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def indicator_scores(items: list[ItemState], scfg: dict) -> dict[str, float | None]:
    return {ind: indicator_score(items, ind, scfg) for ind in scfg["indicators"]}


def indicator_score(items: list[ItemState], ind: str, scfg: dict) -> float | None:
    """One indicator's score 0..1 (None when none of its items could be scored)."""
    if ind == "kualitas":
        found = [i for i in items if i.dated and i.status in vocab.FOUND]
        return (sum(1 for i in found if i.status == vocab.PRESENT) / len(found)) if found else None
    credit = scfg["credit"]
    mine = [i for i in items if i.indicator == ind and i.status in SCORED]
    total = sum(i.weight for i in mine)
    return (sum(i.weight * float(credit.get(i.status, 0)) for i in mine) / total) if total > 0 else None


def body_score(items: list[ItemState], scfg: dict) -> tuple[float | None, dict[str, float | None]]:
    """(score 0..100 with one decimal, or None when no item could be scored; indicator scores)."""
    ind = indicator_scores(items, scfg)
    return _combine(ind, scfg), ind


def _combine(ind: dict[str, float | None], scfg: dict) -> float | None:
    weights = scfg["indicators"]
    num = sum(float(weights[k]) * v for k, v in ind.items() if v is not None)
    den = sum(float(weights[k]) for k, v in ind.items() if v is not None)
    return round1(100 * num / den) if den > 0 else None


def band(score: float | None, profile: str, bcfg: dict) -> str | None:
    """The kualifikasi of `score` in band profile `profile` ("ki": lower ends belong to a band;
    "artikel": upper ends do, so 80 is Cukup Informatif and Informatif needs more than 90)."""
    if score is None:
        return None
    prof = bcfg.get(profile)
    if not prof:
        raise ScoringError(f"unknown band profile {profile!r} (known: {', '.join(k for k in bcfg if k != 'default')})")
    bands = prof["bands"]
    upper = prof.get("edge", "lower") == "upper"
    for b in bands[:-1]:
        if (score > b["from"]) if upper else (score >= b["from"]):
            return b["name"]
    return bands[-1]["name"]


def body_path(items: list[ItemState], scfg: dict) -> list[dict]:
    """Fixes in order of gain: [{item_id, status, gain, score_after}], each fix turning an item present.

    A trial fix changes only its own indicator and the quality indicator, so only those two are computed
    again (by the same code, so every score is what body_score gives for the trial)."""
    current = list(items)
    score, _ = body_score(current, scfg)
    score = score or 0.0
    path = []
    todo = {i.item_id for i in current if i.status in FIXABLE}
    while todo:
        best = None
        base = indicator_scores(current, scfg)
        for item_id in sorted(todo):
            trial = [
                i if i.item_id != item_id else ItemState(i.item_id, i.indicator, i.weight, i.dated, vocab.PRESENT)
                for i in current
            ]
            ind = dict(base)
            fixed = next(i for i in current if i.item_id == item_id)
            for k in (fixed.indicator, "kualitas"):
                if k in ind:
                    ind[k] = indicator_score(trial, k, scfg)
            s = _combine(ind, scfg)
            if best is None or (s or 0) > best[1]:
                best = (item_id, s or 0.0, trial)
        item_id, s, trial = best
        old = next(i.status for i in current if i.item_id == item_id)
        path.append({"item_id": item_id, "status": old, "gain": round1(s - score), "score_after": s})
        current, score = trial, s
        todo.discard(item_id)
    return path


def fix_gains(items: list[ItemState], scfg: dict) -> dict[str, float]:
    """For each fixable item, how much the score rises when that item alone turns present (the gain a
    notice shows beside it; body_path chains the fixes instead)."""
    base, _ = body_score(items, scfg)
    out = {}
    for item in items:
        if item.status in FIXABLE:
            trial = [
                i if i.item_id != item.item_id else ItemState(i.item_id, i.indicator, i.weight, i.dated, vocab.PRESENT)
                for i in items
            ]
            s, _ = body_score(trial, scfg)
            out[item.item_id] = round1((s or 0.0) - (base or 0.0))
    return out


def part_of(kind: str) -> str:
    """The roll-up part a body kind belongs to (vocab.ROLLUP_PARTS)."""
    return next(part for part, kinds in vocab.ROLLUP_PARTS.items() if kind in kinds)


def rollup(scores: list[dict], scfg: dict) -> tuple[float | None, dict[str, float | None], dict[str, float]]:
    """(roll-up score, part means, effective part weights) over assessed bodies."""
    by_part: dict[str, list[float]] = defaultdict(list)
    for s in scores:
        if s.get("score") is not None:
            by_part[part_of(s["kind"])].append(float(s["score"]))
    weights = scfg["rollup"]
    parts = {p: (sum(v) / len(v) if (v := by_part.get(p)) else None) for p in weights}
    den = sum(float(weights[p]) for p, v in parts.items() if v is not None)
    if den <= 0:
        return None, parts, {}
    eff = {p: float(weights[p]) / den for p, v in parts.items() if v is not None}
    value = sum(eff[p] * parts[p] for p in eff)
    return round1(value), {p: (round1(v) if v is not None else None) for p, v in parts.items()}, eff


def rollup_path(
    scores: list[dict], scfg: dict, is_goal, max_steps: int, no_site: tuple[str, ...] | list[str] = ()
) -> list[dict]:
    """Greedily, the next step of any body that raises the roll-up most, until `is_goal(score)` or max_steps.

    A step is a body's next fix from its own path (`action` "fix", with its item), or, for a body with no
    known website (`no_site`), publishing or registering its site (`action` "publish-site": the gain a
    full site, 100, would bring). The roll-up is kept as sums and counts per part, so each candidate
    costs a few additions, and a body entering a part that had no assessed body is weighed exactly.
    """
    weights = {p: float(w) for p, w in scfg["rollup"].items()}
    sums: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    current: dict[str, float | None] = {}
    queue: dict[str, list[tuple[float, str | None, str]]] = {}
    kind_of: dict[str, str] = {}
    no_site = set(no_site)
    for s in scores:
        bid = s["body_id"]
        kind_of[bid] = s["kind"]
        score = s.get("score")
        current[bid] = float(score) if score is not None else None
        if score is not None:
            sums[part_of(s["kind"])] += float(score)
            counts[part_of(s["kind"])] += 1
        if bid in no_site:
            queue[bid] = [(100.0, None, "publish-site")]
        elif score is not None and s.get("path"):
            queue[bid] = [(float(st["score_after"]), st["item_id"], "fix") for st in s["path"]]

    def value(change: tuple[str, float, int] | None = None) -> float:
        num = den = 0.0
        for p, w in weights.items():
            total, n = sums[p], counts[p]
            if change is not None and change[0] == p:
                total, n = total + change[1], n + change[2]
            if n:
                num, den = num + w * total / n, den + w
        return num / den if den else 0.0

    out: list[dict] = []
    while len(out) < max_steps:
        now = value()
        if is_goal(round1(now)):
            break
        best = None
        for bid in sorted(queue):
            after, item_id, action = queue[bid][0]
            old = current[bid]
            change = (part_of(kind_of[bid]), after - (old or 0.0), 0 if old is not None else 1)
            gain = value(change) - now
            if best is None or gain > best[0] + 1e-12:
                best = (gain, bid, after, item_id, action, change)
        if best is None or best[0] <= 0:
            break
        gain, bid, after, item_id, action, change = best
        sums[change[0]] += change[1]
        counts[change[0]] += change[2]
        current[bid] = after
        queue[bid].pop(0)
        if not queue[bid]:
            del queue[bid]
        out.append(
            {
                "body_id": bid,
                "item_id": item_id,
                "action": action,
                "gain": round(gain, 2),
                "score_after": round1(now + gain),
            }
        )
    return out


def item_states(findings: list[dict], rules: dict, kind: str) -> list[ItemState]:
    out = []
    for f in findings:
        rule = rules.get(f["item_id"])
        if rule is None or not rule.applies_to(kind):
            continue
        out.append(ItemState(f["item_id"], rule.indicator, rule.weight, rule.currency != "static", f["status"]))
    return out


def score_run(store, run_id: int, cfg: dict) -> dict:
    """Score every body of `run_id` from its saved findings, roll up, save. Returns a summary.

    A body without a known website is not assessed by default (score null, reason `no-url`): its
    findings stay `missing`, but averaging them in as 0 would say its site is empty when none is known.
    `[scoring] no_site = "zero"` scores it 0 instead. Either way its step on the path to Informatif is to
    publish or register its site, never a list of item fixes.
    """
    scfg, bcfg = scoring_cfg(cfg), bands_cfg(cfg)
    profile = scfg["band_profile"]
    if str(scfg["no_site"]) not in ("skip", "zero"):
        raise ScoringError(f"[scoring] no_site: 'skip' or 'zero', not {scfg.get('no_site')!r}")
    zero_no_site = scfg["no_site"] == "zero"
    rules = rules_for(cfg)
    by_body: dict[str, list[dict]] = defaultdict(list)
    for f in store.findings(run_id):
        by_body[f["body_id"]].append(f)
    scores, no_site = [], []
    for body in store.run_bodies(run_id):
        fs = by_body.get(body["body_id"], [])
        if not body.get("urls"):
            no_site.append(body["body_id"])
            score = 0.0 if zero_no_site else None
            scores.append(
                model.score(body["body_id"], body["kind"], score, band(score, profile, bcfg), reason="no-url")
            )
            continue
        carried = None
        if fs and all(f["status"] == vocab.UNREACHABLE for f in fs):
            carried = next((f["carried_from"] for f in fs if f.get("carried_from")), None)
            fs = store.findings(carried, body["body_id"]) if carried else []
        states = item_states(fs, rules, body["kind"])
        score, indicators = body_score(states, scfg)
        scores.append(
            model.score(
                body["body_id"],
                body["kind"],
                score,
                band(score, profile, bcfg),
                reason=None if score is not None else vocab.UNREACHABLE,
                carried_from=carried if score is not None else None,
                indicators=indicators,
                path=body_path(states, scfg) if score is not None else [],
            )
        )
    value, parts, _ = rollup(scores, scfg)
    top = bcfg[profile]["bands"][0]["name"]
    path = rollup_path(
        scores, scfg, lambda s: band(s, profile, bcfg) == top, int(scfg["rollup_path_max_steps"]), no_site=no_site
    )
    assessed = sum(1 for s in scores if s["assessed"])
    roll = {
        "score": value,
        "band": band(value, profile, bcfg),
        "band_profile": profile,
        "coverage": round(assessed / len(scores), 4) if scores else 0.0,
        "bodies_assessed": assessed,
        "bodies_total": len(scores),
        "bodies_no_site": len(no_site),
        "parts": parts,
        "path": path,
    }
    store.save_scores(run_id, [{**s, "assessed": int(s["assessed"])} for s in scores], roll)
    return {
        "bodies": len(scores),
        "assessed": assessed,
        "carried": sum(1 for s in scores if s["carried_from"]),
        "no_site": len(no_site),
        "rollup_score": value,
        "rollup_band": roll["band"],
        "band_profile": profile,
        "coverage": roll["coverage"],
    }
