"""Desk commands beyond the basics: name badges."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .cli import EXIT_NEGATIVE, EXIT_OK, Output, _open, _say
from .errors import UserError


def cmd_badges(args: argparse.Namespace, out: Output) -> int:
    from .badges import render_badges

    with _open(args.event) as store:
        if args.code:
            people = []
            for code in args.code:
                person = store.participant_by_code(code.strip())
                if person is None:
                    raise UserError(f"--code {code}: no participant has this badge code")
                people.append(person)
        else:
            people = store.participants()
        if not people:
            out.result({"pages": 0, "badges": 0, "file": None}, _say("Nadie a quien imprimir", "Nobody to print"))
            return EXIT_NEGATIVE
        pages = render_badges(store.event, people, args.out)
    out.result({"pages": pages, "badges": len(people), "file": str(args.out)},
               _say(f"{len(people)} credenciales en {pages} páginas: {args.out}",
                    f"{len(people)} badges on {pages} pages: {args.out}"))
    return EXIT_OK


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = command("badges", "name badges, A4 sheets of 8")
    p.add_argument("event")
    p.add_argument("--out", required=True)
    p.add_argument("--code", action="append")


COMMANDS = {"badges": cmd_badges}
