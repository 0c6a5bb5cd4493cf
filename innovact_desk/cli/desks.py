"""Desk commands beyond the basics: name badges."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from innovact_desk.cli.common import EXIT_NEGATIVE, EXIT_OK, Output, checked_code, open_event, say
from innovact_desk.errors import UserError


def cmd_badges(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.certificates.assets import event_logo
    from innovact_desk.paper.badges import render_badges

    with open_event(args.event) as store:
        if args.code:
            people = []
            for code in map(checked_code, args.code):
                person = store.participant_by_code(code)
                if person is None:
                    raise UserError(f"--code {code}: no participant has this badge code")
                people.append(person)
        else:
            people = store.participants()
        if not people:
            out.result({"pages": 0, "badges": 0, "file": None}, say("Nadie a quien imprimir", "Nobody to print"))
            return EXIT_NEGATIVE
        pages = render_badges(store.event, people, args.out, label=args.label, lang=args.lang,
                              logo=event_logo(store))
    out.result({"pages": pages, "badges": len(people), "file": str(args.out)},
               say(f"{len(people)} credenciales en {pages} páginas: {args.out}",
                    f"{len(people)} badges on {pages} pages: {args.out}"))
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, out: Output) -> int:
    import sys

    from innovact_desk.sync.folder import sync

    with open_event(args.event) as store:
        report = sync(store, args.folder)
    for problem in report.problems:
        print(f"innovact-desk: {problem}", file=sys.stderr)
    lines = [say(f"enviados {report.sent}, recibidos {report.received}, conflictos {len(report.conflicts)}",
                  f"sent {report.sent}, received {report.received}, conflicts {len(report.conflicts)}")]
    lines += [f"  {c['kind']}: {c['detail']}" for c in report.conflicts]
    if report.warnings:
        lines.append(say(f"AVISOS DE SEGURIDAD: {len(report.warnings)} (vea arriba; nada de eso se aplicó)",
                          f"SECURITY WARNINGS: {len(report.warnings)} (see above; none of it was applied)"))
    out.result(report.to_dict(), lines)
    return EXIT_OK


def cmd_clone(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.sync.folder import clone

    with open_event(args.event) as store:
        path = clone(store, args.out, args.desk)
    with open_event(str(path)) as copy:
        desk = copy.self_desk
    out.result({"file": str(path), "desk": desk.name, "desk_id": desk.id},
               say(f"Mesa preparada: {path} ({desk.name})", f"Desk prepared: {path} ({desk.name})"))
    return EXIT_OK


def cmd_report(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.reports.breakdown import report

    with open_event(args.event) as store:
        data = report(store)
        if args.out:
            from innovact_desk.reports.breakdown import export_report

            data["tables"] = export_report(store, args.out, lang=args.lang)
            data["file"] = str(args.out)
    lines = [say(f"Inscritos: {data['registered']}", f"Registered: {data['registered']}")]
    lines += [say(f"Día {d['day']} ({d['date']}): {d['present']} presentes", f"Day {d['day']} ({d['date']}): "
                   f"{d['present']} present") for d in data["days"]]
    for dimension, rows in data["by"].items():
        lines.append(f"\n{dimension}")
        lines += [f"  {r['value'] or '-'}: {r['registered']} / " + " / ".join(map(str, r["present"])) for r in rows]
    out.result(data, lines)
    return EXIT_OK


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = command("badges", "name badges, A4 sheets of 8")
    p.add_argument("event")
    p.add_argument("--out", required=True)
    p.add_argument("--code", action="append")
    p.add_argument("--label", action="store_true", help="one badge a page, for a label printer")
    p.add_argument("--lang", choices=("es", "en"), default="es")
    p = command("sync", "exchange journals with the other desks through a folder")
    p.add_argument("event")
    p.add_argument("folder")
    p = command("report", "attendance per day, by kind of organization, country, gender, value chain and role")
    p.add_argument("event")
    p.add_argument("--out", help="also write it as .xlsx (a sheet per breakdown) or .csv")
    p.add_argument("--lang", choices=("es", "en"), default="es")
    p = command("clone", "prepare the event file for another desk")
    p.add_argument("event")
    p.add_argument("out")
    p.add_argument("--desk", required=True)


COMMANDS = {"badges": cmd_badges, "sync": cmd_sync, "clone": cmd_clone, "report": cmd_report}
