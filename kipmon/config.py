"""Configuration: the shipped defaults (default_config.toml) merged with the user's TOML file.

Every number the program uses to judge or to crawl lives here, not in code. Command-line options
override the file for one run.
"""

from __future__ import annotations

import copy
import functools
import os
import sys
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from kipmon.errors import KipmonError


class ConfigError(KipmonError):
    """The config file is missing or malformed; the message is one line."""


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@functools.cache
def _shipped() -> dict[str, Any]:
    text = (resources.files("kipmon") / "default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def defaults() -> dict[str, Any]:
    """The shipped defaults (default_config.toml): the only place a default is written down."""
    return copy.deepcopy(_shipped())


def section(cfg: dict | None, name: str) -> dict[str, Any]:
    """One section of `cfg` over its shipped defaults (a shallow merge, as a partial config in a test or
    an old caller gives only the keys it changes)."""
    return {**copy.deepcopy(_shipped().get(name) or {}), **((cfg or {}).get(name) or {})}


def with_defaults(values: dict | None, name: str) -> dict[str, Any]:
    """`values` (one section's keys, or None) over that section's shipped defaults, without copying: for
    sections of plain values read on hot paths ([checks] once per rule and body)."""
    return {**_shipped()[name], **(values or {})}


def _old_keys(user: dict, p: Path) -> None:
    """Keys an older kipmon read that now have one home. `[bands] default` named the band profile as
    `[scoring] band_profile` does, but band_profile is in the shipped defaults and always won, so the old
    key never took effect: it is dropped with one warning line, not refused, because a kipmon.toml copied
    whole from the old default file carries it next to the band_profile it means to set."""
    bands = user.get("bands")
    if not isinstance(bands, dict) or "default" not in bands:
        return
    old = bands.pop("default")
    profile = (user.get("scoring") or {}).get("band_profile", _shipped()["scoring"]["band_profile"])
    print(
        f"kipmon: {p}: [bands] default = {old!r} is not read; [scoring] band_profile = {profile!r} "
        "chooses the bands (delete the old key)",
        file=sys.stderr,
    )


def load_config(path: str | os.PathLike | None = None) -> dict[str, Any]:
    """Defaults merged with `path`, else $KIPMON_CONFIG, else ./kipmon.toml when it exists."""
    cfg = defaults()
    explicit = path is not None or bool(os.environ.get("KIPMON_CONFIG"))
    path = path or os.environ.get("KIPMON_CONFIG") or "kipmon.toml"
    p = Path(path)
    if not p.exists():
        if explicit:
            raise ConfigError(f"{p}: config file not found")
        return cfg
    try:
        user = tomllib.loads(p.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"{p}: not a valid TOML config: {exc}") from None
    _old_keys(user, p)
    cfg = _merge(cfg, user)
    cfg["_source"] = str(p)
    return cfg
