"""The README's command table says what the program does: every command and option in one is in the other.

The table is what a new user reads first; a command or option added to the parser but not to the table
(or renamed in one place only) makes this test fail, naming the difference.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kipmon.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
COMMON = {"--help", "--config", "--debug"}  # every command takes these; the README says so once


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _options(sp: argparse.ArgumentParser) -> set[str]:
    return {o for a in sp._actions for o in a.option_strings if o.startswith("--")} - COMMON


def readme_table() -> dict[str, set[str]]:
    """{command: options the README's row names} from the table under '## Commands'."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, set[str]] = {}
    for line in section.splitlines():
        m = re.match(r"\|\s*`kipmon (\w+)([^`]*)`(.*)\|", line)
        if m:
            rows[m.group(1)] = set(re.findall(r"--[a-z][a-z-]*", m.group(2) + m.group(3))) - COMMON
    return rows


def test_every_command_has_a_row_and_every_row_a_command():
    table, parsers = readme_table(), _subparsers()
    assert table, "README.md has no command table under '## Commands'"
    assert sorted(set(parsers) - set(table)) == [], "commands missing from the README's table"
    assert sorted(set(table) - set(parsers)) == [], "README rows for commands the program does not have"


@pytest.mark.parametrize("command", sorted(_subparsers()))
def test_row_options_match_the_parser(command):
    table, parsers = readme_table(), _subparsers()
    row, real = table.get(command, set()), _options(parsers[command])
    if command == "crawl" and "same options" in (ROOT / "README.md").read_text(encoding="utf-8"):
        row = row | table["run"]  # "kipmon crawl [same options]" as run
    assert sorted(row - real) == [], f"README names options `kipmon {command}` does not take"
    assert sorted(real - row) == [], f"`kipmon {command}` options the README's table does not name"


def test_help_runs_for_every_command():
    """`--help` is the other half of the documentation: it must render for each command."""
    for command in sorted(_subparsers()):
        out = subprocess.run(
            [sys.executable, "-c", "import sys; from kipmon.cli import main; sys.exit(main())", command, "--help"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0, (command, out.stderr[-500:])
        assert f"kipmon {command}" in out.stdout
