"""One clock for the whole program: the configured zone (`[schedule] timezone`, Asia/Makassar by default).

The regency's day starts at midnight WITA whatever zone the machine is set to: the 01:00 WITA run on a
UTC host must judge as of that WITA date, not the previous UTC day, and `status` must show the times
the report shows. Times are stored in UTC (ISO 8601 with offset) and shown in this zone.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kipmon.config import ConfigError

DEFAULT_ZONE = "Asia/Makassar"
# Indonesia's own names for its three zones; other zones are shown by their offset.
ABBREVIATIONS = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def zone_name(cfg: dict | None) -> str:
    return str(((cfg or {}).get("schedule") or {}).get("timezone") or DEFAULT_ZONE)


def zone(cfg: dict | None) -> ZoneInfo:
    name = zone_name(cfg)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"[schedule] timezone: unknown time zone {name!r}") from None


def now(cfg: dict | None) -> dt.datetime:
    return dt.datetime.now(zone(cfg))


def today(cfg: dict | None) -> dt.date:
    """The date in the configured zone: what `as_of` means when none is given."""
    return now(cfg).date()


def local(value: str | None, cfg: dict | None) -> str | None:
    """A stored UTC time as 'YYYY-MM-DD HH:MM:SS ZONE' in the configured zone (None stays None)."""
    if not value:
        return value
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    t = t.astimezone(zone(cfg))
    label = ABBREVIATIONS.get(zone_name(cfg)) or t.strftime("UTC%z")
    return f"{t:%Y-%m-%d %H:%M:%S} {label}"
