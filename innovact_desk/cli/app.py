"""The command line of the CLI contract: the same core as the window, for scripts, support and tests.

Exit codes: 0 done; 1 a negative answer; 2 bad input (nothing changed, a message on stderr,
and with --json `{"error": ...}` on stdout). No traceback reaches the user for bad input.
Each group of commands lives in a module of its own with `add_commands(command)` and `COMMANDS`.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable

from innovact_desk import __version__
from innovact_desk.cli import certificates, desks, outbox, people
from innovact_desk.cli.common import EXIT_BAD_INPUT, EXIT_NEGATIVE, EXIT_OK, Output, Parser, spanish
from innovact_desk.errors import NotFound, UserError
from innovact_desk.store.faults import os_fault, sqlite_fault

COMMAND_MODULES = (people, desks, certificates, outbox)


def cmd_version(args: argparse.Namespace, out: Output) -> int:
    out.result({"version": __version__}, f"innovact-desk {__version__}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="innovact-desk", description="Registration desk, certificates and verification.")
    parser.add_argument("--version", action="store_true", help="print the version")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
        return p

    p = command("gui", "open the window")
    p.add_argument("event", nargs="?")
    for module in COMMAND_MODULES:
        module.add_commands(command)
    return parser


def main(argv: list[str] | None = None, open_window: Callable[[str | None], int] | None = None) -> int:
    """Runs one command; `open_window(event_path)` starts the window (given by main.py: the core has no Qt)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = Output("--json" in argv)
    args = None
    try:
        args = build_parser().parse_args(argv)
        if args.version:
            return cmd_version(args, out)
        if args.command in (None, "gui"):
            if open_window is None:
                raise UserError("cli.no_window")
            return open_window(getattr(args, "event", None))
        commands = {}
        for module in COMMAND_MODULES:
            commands.update(module.COMMANDS)
        return commands[args.command](args, out)
    except NotFound as exc:
        return _fail(out, exc, EXIT_NEGATIVE)
    except UserError as exc:
        return _fail(out, exc, EXIT_BAD_INPUT)
    except OSError as exc:  # a path that cannot be written or read, a full disk: bad input, said plainly
        return _fail(out, os_fault(exc), EXIT_BAD_INPUT)
    except sqlite3.Error as exc:  # the event file itself refused (damaged, read-only, busy, disk full)
        return _fail(out, sqlite_fault(exc, getattr(args, "event", None) or "?"), EXIT_BAD_INPUT)
    except RecursionError:  # a file nested past any sense (a bundle of a million brackets)
        return _fail(out, UserError("cli.too_nested", path=_input_of(args)), EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return 130


def _input_of(args: argparse.Namespace | None) -> str:
    """The file the command was reading, for a message that names it."""
    for name in ("bundle", "file", "input", "from_file", "event"):
        value = getattr(args, name, None)
        if isinstance(value, str) and value:
            return value
    return "?"


def _fail(out: Output, exc: UserError, code: int) -> int:
    if out.as_json:
        print(json.dumps({"error": exc.message, "key": exc.key}, ensure_ascii=False))
    print(f"innovact-desk: {exc.words('es' if spanish() else 'en')}", file=sys.stderr)
    return code
