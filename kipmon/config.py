"""Configuration: the shipped defaults (default_config.toml) merged with the user's TOML file.

Every number the program uses to judge or to crawl lives here, not in code. Command-line options
override the file for one run.
"""

from __future__ import annotations

import copy
import os
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


def defaults() -> dict[str, Any]:
    text = (resources.files("kipmon") / "default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


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
    cfg = _merge(cfg, user)
    cfg["_source"] = str(p)
    return cfg
