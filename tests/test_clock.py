"""One clock: as_of and the times kipmon shows are in the configured zone, whatever the machine's zone."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kipmon import clock
from kipmon.config import ConfigError, load_config
from kipmon.store import Store
from schedules.job import options_from

ROOT = Path(__file__).resolve().parent.parent


def test_as_of_is_the_date_in_the_configured_zone():
    # UTC+14 and UTC-11 are never on the same date: the default as-of must follow the config, not the host
    east, west = load_config(), load_config()
    east["schedule"]["timezone"], west["schedule"]["timezone"] = "Pacific/Kiritimati", "Pacific/Pago_Pago"
    a, b = options_from(east).as_of, options_from(west).as_of
    assert a != b
    assert a == dt.datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    assert options_from(load_config()).as_of == dt.datetime.now(ZoneInfo("Asia/Makassar")).date()


def test_an_unknown_zone_is_refused_in_one_line():
    cfg = load_config()
    cfg["schedule"]["timezone"] = "Asia/Samarinda"
    with pytest.raises(ConfigError, match="unknown time zone 'Asia/Samarinda'"):
        clock.today(cfg)


def test_status_shows_run_times_in_wita_on_a_utc_machine(tmp_path):
    db = tmp_path / "k.db"
    with Store(db) as store:
        run = store.start_run("test")
        store.db["runs"].update(run, {"started_at": "2026-11-30T17:30:00+00:00"})  # 01:30 WITA on 1 Dec
    env = {**os.environ, "TZ": "UTC"}
    out = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "status", "--db", str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "2026-12-01 01:30:00 WITA" in out.stdout
