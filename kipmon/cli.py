"""The `kipmon` command line: a thin layer that parses arguments and calls one function per command.

Each top-level package adds its own commands through a `register(subparsers)` function in its
`cli` module, so the crawler, checks, reports and schedules each own their words. Every known failure
(KipmonError) becomes one line on stderr and exit status 2; the traceback is kept for --debug.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from kipmon import __version__
from kipmon.errors import KipmonError

# Modules that contribute commands; each has register(subparsers, common) -> None.
COMMAND_MODULES = ("schedules.cli", "checks.cli", "reports.cli", "web.cli", "crawler.cli")


def common_parent() -> argparse.ArgumentParser:
    """Options every command takes."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--config", help="TOML config file merged over the defaults (default: ./kipmon.toml, $KIPMON_CONFIG)"
    )
    p.add_argument("--debug", action="store_true", help="show the full traceback on errors")
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kipmon",
        description="Pemantau keterbukaan informasi publik: crawl, check, score and report on public bodies' sites.",
    )
    parser.add_argument("--version", action="version", version=f"kipmon {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    common = common_parent()
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # that package has no commands yet
                continue
            raise
        module.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result = args.func(args)
    except KipmonError as exc:
        if args.debug:
            raise
        print(f"kipmon {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kipmon {args.command}: interrupted", file=sys.stderr)
        return 130
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
