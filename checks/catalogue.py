"""The rule catalogue: one TOML file per item in checks/rules/<id>.toml, loaded into Rule objects.

A rule is data: its name, legal basis, description and what is looked for (per body kind where a
village's differ), the indicator and weight it counts for, its currency rule, the evaluator family and
the evidence patterns it looks for, the fix advice shown to the body, a lifecycle, and passing and failing
examples (tests/test_checks_rules.py evaluates every example and refuses a rule without them).

This module is the only reader of the rule files: the checks, the scoring, docs/items.md and the reports
(reports/items.py) all ask it. It refuses a file with a key it does not know, so a misspelt key is an
error naming the file and the key, never a field silently left at its default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kipmon.items import ALL_ITEMS, DESA_ITEMS, BADAN_PUBLIK_ITEMS
from kipmon.errors import KipmonError
from kipmon.vocab import ANNUAL_CURRENCIES, CURRENCIES, INDICATORS, LIFECYCLES, PRESENT, SCORED

# The evaluator families checks.engine.candidates dispatches on: `presence` matches links, titles, file
# names, channel hosts and page wordings; `contact` also searches pages for an e-mail address and a phone
# number near the rule's text_phrases. A family the engine does not dispatch is refused.
FAMILIES = ("presence", "contact")

# The keys a rule file may hold: one key per field (reports/items.py once took synonyms; none is used).
RULE_KEYS = (
    "id",
    "nama",
    "dasar_hukum",
    "uraian",
    "dicari",
    "fix_advice",
    "kinds",
    "indicator",
    "weight",
    "currency",
    "grace",
    "recent_days",
    "family",
    "lifecycle",
    "evidence",
    "by_kind",
    "examples",
)
# What a body kind may word differently ([by_kind.<kind>]); evidence there adds to the rule's patterns.
KIND_KEYS = ("nama", "dasar_hukum", "uraian", "dicari", "fix_advice", "evidence")
# An example: `html` is the home page, `fetches` further URLs (their keys are checks.examples.fetch_row's
# arguments, which refuses any other).
EXAMPLE_KEYS = ("name", "expect", "as_of", "kind", "body_name", "url", "html", "fetches")


class RuleError(KipmonError):
    """A rule file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class Evidence:
    phrases: tuple[str, ...] = ()  # link texts, titles, headings, document titles, feed titles
    slugs: tuple[str, ...] = ()  # words of the URL path (file names included)
    hosts: tuple[str, ...] = ()  # external channels: a link to such a host is evidence
    exclude: tuple[str, ...] = ()  # a text containing one of these is not evidence
    feed_categories: tuple[int, ...] = ()  # OpenSID kategori whose entries count (1..4)
    text_phrases: tuple[str, ...] = ()  # contact family: words near which e-mail and phone must appear
    form_phrases: tuple[str, ...] = ()  # a page holding a form whose field names/labels say these
    body_phrases: tuple[str, ...] = ()  # specific wordings that count in an in-scope page's visible text
    needs_form: bool = False  # a page of the body counts only if it offers a form (or a form service)
    # a service the regency offers every body (request form, complaint channel, JDIH): on a body's sub-site
    # under the regency portal, the sub-site's own link to the portal's service counts (checks.evidence)
    shared_service: bool = False
    # the item is a part of the site (a menu, a section): a document (an SK PPID PDF) is never evidence of it
    pages_only: bool = False

    def extended(self, extra: dict) -> "Evidence":
        """These patterns plus `extra` ({phrases: [...], slugs: [...], ...}): a body kind's own wordings."""
        values = {}
        for k, v in extra.items():
            if k not in self.__dataclass_fields__ or k in ("needs_form", "shared_service", "pages_only"):
                raise KeyError(f"evidence.{k}")
            values[k] = tuple(getattr(self, k)) + tuple(v)
        return Evidence(**{**self.__dict__, **values})


EVIDENCE_KEYS = tuple(f.name for f in fields(Evidence))


@dataclass(frozen=True)
class Rule:
    id: str
    nama: str
    dasar_hukum: str
    kinds: tuple[str, ...]
    indicator: str
    weight: float
    currency: str
    grace: str | None
    recent_days: int | None
    family: str
    lifecycle: str
    cara_memperbaiki: str
    dicari: str
    evidence: Evidence
    uraian: str = ""  # what the item is, in a few words (reports and notices)
    overrides: dict = field(default_factory=dict)  # kind -> {nama, dasar_hukum, uraian, dicari, fix_advice, evidence}
    examples: tuple[dict, ...] = ()
    path: str = ""

    def for_kind(self, kind: str) -> "Rule":
        """The rule as it applies to a body of `kind` (village wording where the rule has it)."""
        over = self.overrides.get(kind) or {}
        if not over:
            return self
        values = {k: v for k, v in over.items() if k in ("nama", "dasar_hukum", "uraian", "dicari")}
        if "fix_advice" in over:
            values["cara_memperbaiki"] = over["fix_advice"]
        if "evidence" in over:
            values["evidence"] = self.evidence.extended(over["evidence"])
        return Rule(**{**self.__dict__, **values, "overrides": {}})

    def applies_to(self, kind: str) -> bool:
        return kind in self.kinds


def _tuple(value: Any, name: str, path: Path) -> tuple:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RuleError(f"{path}: {name} must be a list")
    return tuple(value)


def _unknown(keys, allowed: tuple[str, ...], where: str) -> str | None:
    extra = [k for k in keys if k not in allowed]
    return f"unknown key {where}{extra[0]!r} (known: {', '.join(allowed)})" if extra else None


def unknown_keys(data: dict) -> str | None:
    """The first key of a rule file's data that no field reads, as `unknown key 'x' (known: ...)`."""
    problems = [_unknown(data, RULE_KEYS, "")]
    if isinstance(data.get("evidence"), dict):
        problems.append(_unknown(data["evidence"], EVIDENCE_KEYS, "evidence."))
    for kind, over in (data.get("by_kind") or {}).items():
        if isinstance(over, dict):
            problems.append(_unknown(over, KIND_KEYS, f"by_kind.{kind}."))
            if isinstance(over.get("evidence"), dict):
                problems.append(_unknown(over["evidence"], EVIDENCE_KEYS, f"by_kind.{kind}.evidence."))
    for i, example in enumerate(data.get("examples") or ()):
        if isinstance(example, dict):
            problems.append(_unknown(example, EXAMPLE_KEYS, f"examples[{i}]."))
    return next((p for p in problems if p), None)


def parse_rule(data: dict, path: Path) -> Rule:
    """A Rule from one file's data; RuleError (one line naming the file) when it is malformed."""
    unknown = unknown_keys(data)
    if unknown:
        raise RuleError(f"{path}: {unknown}")
    try:
        ev = data.get("evidence") or {}
        rule = Rule(
            id=data["id"],
            nama=data["nama"],
            dasar_hukum=data["dasar_hukum"],
            kinds=_tuple(data["kinds"], "kinds", path),
            indicator=data["indicator"],
            weight=float(data.get("weight", 1)),
            currency=data["currency"],
            grace=data.get("grace"),
            recent_days=data.get("recent_days"),
            family=data.get("family", "presence"),
            lifecycle=data.get("lifecycle", "stable"),
            cara_memperbaiki=data["fix_advice"],
            dicari=data.get("dicari", ""),
            uraian=data.get("uraian", ""),
            evidence=Evidence(
                phrases=_tuple(ev.get("phrases"), "phrases", path),
                slugs=_tuple(ev.get("slugs"), "slugs", path),
                hosts=_tuple(ev.get("hosts"), "hosts", path),
                exclude=_tuple(ev.get("exclude"), "exclude", path),
                feed_categories=_tuple(ev.get("feed_categories"), "feed_categories", path),
                text_phrases=_tuple(ev.get("text_phrases"), "text_phrases", path),
                form_phrases=_tuple(ev.get("form_phrases"), "form_phrases", path),
                body_phrases=_tuple(ev.get("body_phrases"), "body_phrases", path),
                needs_form=bool(ev.get("needs_form", False)),
                shared_service=bool(ev.get("shared_service", False)),
                pages_only=bool(ev.get("pages_only", False)),
            ),
            overrides=dict(data.get("by_kind") or {}),
            examples=tuple(data.get("examples") or ()),
            path=str(path),
        )
    except KeyError as exc:
        raise RuleError(f"{path}: missing key {exc.args[0]!r}") from None
    problems = validate(rule)
    if problems:
        raise RuleError(f"{path}: {problems[0]}")
    return rule


def validate(rule: Rule) -> list[str]:
    """What is wrong with a rule (empty when nothing)."""
    out = []
    if rule.id not in ALL_ITEMS:
        out.append(f"id {rule.id!r} is not an item (kipmon/items.py, docs/items.md)")
    if rule.path and Path(rule.path).stem != rule.id:
        out.append(f"file name does not match id {rule.id!r}")
    if rule.currency not in CURRENCIES:
        out.append(f"currency {rule.currency!r} not one of {CURRENCIES}")
    if rule.currency in ANNUAL_CURRENCIES and not rule.grace:
        out.append("annual currency needs grace = 'MM-DD'")
    if rule.currency == "recent" and not rule.recent_days:
        out.append("recent currency needs recent_days")
    if rule.indicator not in INDICATORS:
        out.append(f"indicator {rule.indicator!r} not one of {INDICATORS}")
    if rule.family not in FAMILIES:
        out.append(f"family {rule.family!r} not one of {FAMILIES} (the evaluators checks.engine dispatches)")
    if rule.evidence.text_phrases and rule.family != "contact":
        out.append("evidence.text_phrases is read only by the contact family")
    if rule.lifecycle not in LIFECYCLES:
        out.append(f"lifecycle {rule.lifecycle!r} not one of {LIFECYCLES}")
    for kind in rule.kinds:
        items = DESA_ITEMS if kind == "desa" else BADAN_PUBLIK_ITEMS
        if rule.id not in items:
            out.append(f"item {rule.id!r} does not apply to kind {kind!r} (kipmon/items.py)")
    for kind, over in rule.overrides.items():
        if kind not in rule.kinds:
            out.append(f"override for kind {kind!r} the rule does not apply to")
        try:
            rule.evidence.extended((over or {}).get("evidence") or {})
        except KeyError as exc:
            out.append(f"override for kind {kind!r}: unknown {exc.args[0]}")
    if not (rule.evidence.phrases or rule.evidence.slugs or rule.evidence.hosts or rule.evidence.text_phrases):
        out.append("no evidence patterns")
    expects = {e.get("expect") for e in rule.examples}
    if PRESENT not in expects:
        out.append("no passing example (expect = 'present')")
    if not expects - {PRESENT}:
        out.append("no failing example (expect = missing, stale or broken)")
    for e in rule.examples:
        if e.get("expect") not in SCORED:
            out.append(f"example {e.get('name')!r}: expect must be one of {SCORED}")
    return out


def rules_dir() -> Path:
    return Path(str(resources.files("checks") / "rules"))


def load_rules(directory: str | Path | None = None) -> dict[str, Rule]:
    """Every rule in `directory` (default: the shipped rules), by id. RuleError on a bad file."""
    d = Path(directory) if directory else rules_dir()
    out: dict[str, Rule] = {}
    for path in sorted(d.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"{path}: not valid TOML: {exc}") from None
        rule = parse_rule(data, path)
        out[rule.id] = rule
    return out


@lru_cache(maxsize=4)
def shipped_rules() -> dict[str, Rule]:
    return load_rules()


def configured_dir(cfg: dict | None) -> str | None:
    """`[checks] rules_dir` of `cfg`, None when it is empty (the shipped rules)."""
    return ((cfg or {}).get("checks") or {}).get("rules_dir") or None


def rules_for(cfg: dict | None) -> dict[str, Rule]:
    """The rules a run under `cfg` judges by: `[checks] rules_dir` when set, else the shipped ones.
    Read afresh each call (a run reads them once), so a rule edited between runs is seen."""
    d = configured_dir(cfg)
    return load_rules(d) if d else shipped_rules()
