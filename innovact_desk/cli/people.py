"""The desk's commands: init, import, list, search, checkin (and undo, and paper sheets), edit, export."""

from __future__ import annotations

import argparse
from pathlib import Path

from innovact_desk.cli.common import (
    EXIT_NEGATIVE,
    EXIT_OK,
    Output,
    checkin_data,
    open_event,
    parse_dates,
    participant_of,
    participant_options,
    say,
)
from innovact_desk.errors import UserError
from innovact_desk.records import LANGUAGES, ROLES, Participant
from innovact_desk.store.event import EventStore
from innovact_desk.timezones import machine_zone


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.roster.demo import create_demo_event

    path = Path(args.event)
    if path.exists():
        raise UserError("store.exists", path=str(path))
    tz = args.tz or machine_zone()
    if args.demo:
        first = parse_dates(args.dates)[0] if args.dates else None
        store = create_demo_event(path, first_day=first, tz=args.tz or "America/Lima")
    else:
        store = EventStore.create(
            path,
            title_es=args.title or path.stem,
            title_en=args.title_en or "",
            venue=args.venue or "",
            dates=parse_dates(args.dates) if args.dates else None,
            tz=tz,
            hours=args.hours or 0,
            issuer=args.issuer or "",
            verify_url=args.verify_url or "",
        )
    with store:
        if args.day_hours:  # hours of each day (certificates.hours); the total becomes their sum
            from innovact_desk.certificates.hours import parse_day_hours, set_day_hours

            set_day_hours(store, parse_day_hours(args.day_hours, len(store.event.days)))
        data = {"event": store.event.id, "participants": store.count_participants(), "file": str(path)}
    out.result(data, say(f"Evento creado: {path} ({data['participants']} participantes)",
                          f"Event created: {path} ({data['participants']} participants)"))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.roster.importer import import_roster

    with open_event(args.event) as store:
        report = import_roster(store, args.file)
    lines = [say(f"añadidos {report.added}, actualizados {report.updated}, sin cambios {report.unchanged}",
                  f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}")]
    lines += [say(f"fila {d['row']}: la misma persona que la fila {d['same_as_row']}",
                   f"row {d['row']}: same person as row {d['same_as_row']}") for d in report.duplicates]
    lines += [say(f"fila {s['row']}: omitida ({s['reason']})", f"row {s['row']}: skipped ({s['reason']})")
              for s in report.skipped]
    out.result(report.to_dict(), lines)
    return EXIT_OK


def _person_data(p: Participant, days: list[int] | None = None) -> dict:
    data = p.summary()
    if days is not None:
        data.update(document=p.document, role=p.role, days=days)
    return data


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    with open_event(args.event) as store:
        if (args.present or args.absent) and args.day is None:
            raise UserError("cli.present_needs_day")
        if args.day is not None:
            store.check_day(args.day)
        attended = store.days_attended()
        people = []
        for p in store.participants():
            days = attended.get(p.id, [])
            if args.day is not None and (args.present and args.day not in days or args.absent and args.day in days):
                continue
            people.append(_person_data(p, days))
    lines = [f"{p['code']}  {p['name']}  [{p['organization']}]  {','.join(map(str, p['days'])) or '-'}" for p in people]
    out.result({"participants": people, "total": len(people)}, lines + [f"{len(people)}"])
    return EXIT_OK


def cmd_search(args: argparse.Namespace, out: Output) -> int:
    if args.limit < 0:
        raise UserError("cli.bad_limit")
    with open_event(args.event) as store:
        found = store.search(args.text, limit=args.limit)
    people = [p.summary() for p in found.participants]
    lines = [f"{p['code']}  {p['name']}  [{p['organization']}]" for p in people]
    lines.append(say(f"{len(people)} de {found.total}", f"{len(people)} of {found.total}"))
    out.result({"participants": people, "total": found.total}, lines)
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace, out: Output) -> int:
    with open_event(args.event) as store:
        store.check_day(args.day)
        if args.from_file:
            return _checkin_from_file(store, args, out)
        if args.at:
            raise UserError("cli.at_needs_from")
        if not (args.code or args.id):
            raise UserError("cli.checkin_who")
        person = participant_of(store, args)
        if args.undo:
            return _undo(store, person, args, out)
        result = store.check_in(person.id, args.day, desk_name=args.desk)
    data = {"status": result.status, "participant": person.summary(), **checkin_data(result.checkin)}
    if result.status == "checked_in":
        out.result(data, say(f"Registrado: {person.name}, día {args.day}", f"Checked in: {person.name}, day {args.day}"))
        return EXIT_OK
    when = result.checkin.at.strftime("%H:%M")
    out.result(data, say(f"{person.name} ya estaba registrado el día {args.day} ({when}, {result.checkin.desk_name})",
                          f"{person.name} was already checked in on day {args.day} ({when}, {result.checkin.desk_name})"))
    return EXIT_NEGATIVE


def _undo(store: EventStore, person: Participant, args: argparse.Namespace, out: Output) -> int:
    if not args.reason or not args.reason.strip():
        raise UserError("cli.undo_needs_reason")
    undone = store.undo_checkin(person.id, args.day, args.reason)
    if not undone:
        out.result({"status": "not_checked_in", "participant": person.summary()},
                   say(f"{person.name} no tiene registro el día {args.day}",
                        f"{person.name} has no check-in on day {args.day}"))
        return EXIT_NEGATIVE
    out.result({"status": "undone", "participant": person.summary(), "annulled": len(undone)},
               say(f"Anulado: {person.name}, día {args.day}", f"Undone: {person.name}, day {args.day}"))
    return EXIT_OK


MAX_SHEET_BYTES = 1024 * 1024  # a typed-up sign-in sheet: some 50,000 lines at most


def _read_lines(path: str) -> list[str]:
    """The lines of a typed-up sheet: bounded, and in an encoding this program knows, else bad input."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_SHEET_BYTES + 1)
    except OSError as exc:
        raise UserError("cli.sheet_unreadable", path=path, reason=exc.strerror or str(exc)) from exc
    if len(data) > MAX_SHEET_BYTES:
        raise UserError("cli.sheet_too_big", path=path, most=MAX_SHEET_BYTES // 1024)
    text = None
    encodings = ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        raise UserError("cli.sheet_encoding", path=path)
    if "\x00" in text:
        raise UserError("cli.sheet_binary", path=path)
    return [line.strip() for line in text.splitlines() if line.strip()]


def _checkin_from_file(store: EventStore, args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.paper.signin_sheet import sheet_time, type_up_sheet

    lines = _read_lines(args.from_file)
    at = sheet_time(store, args.day, args.at or "00:00")
    report = type_up_sheet(store, lines, args.day, at, desk_name=args.desk)
    result = {"checked_in": [line for line, _p in report.checked_in],
              "already_checked_in": [line for line, _p, _c in report.already], "not_found": report.not_found}
    text = [say(f"registrados {len(result['checked_in'])}, ya estaban {len(result['already_checked_in'])}, "
                 f"no encontrados {len(result['not_found'])}",
                 f"checked in {len(result['checked_in'])}, already {len(result['already_checked_in'])}, "
                 f"not found {len(result['not_found'])}")]
    text += [say(f"no encontrado: {line}", f"not found: {line}") for line in result["not_found"]]
    out.result(result, text)
    return EXIT_OK


def cmd_edit(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.certificates.printable import check_printable
    from innovact_desk.roster.importer import MAX_NAME_BYTES, row_problem

    changes = {k: getattr(args, k).strip() for k in ("name", "organization", "email", "role", "lang", "document",
                                                     "phone", "country", "position") if getattr(args, k) is not None}
    if not changes:
        raise UserError("cli.edit_nothing")
    if "name" in changes and not changes["name"]:
        raise UserError("cli.name_empty")
    if len(changes.get("name", "").encode("utf-8")) > MAX_NAME_BYTES:
        raise UserError("cli.name_too_long", most=MAX_NAME_BYTES)
    check_printable(changes.get("name", ""))  # names as printed = names as signed (certificates.printable)
    problem = row_problem({"name": "x", "email": changes.get("email", "")})
    if problem:
        raise UserError("cli.bad_email", problem=problem)
    with open_event(args.event) as store:
        person = participant_of(store, args)
        changed = store.update_participant(person.id, changes)
        person = store.participant(person.id)
    out.result({"participant": person.summary(), "changed": changed},
               say(f"Corregido: {person.name} ({', '.join(changed) or 'sin cambios'})",
                    f"Corrected: {person.name} ({', '.join(changed) or 'no change'})"))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.reports.attendance import export_attendance

    if not args.attendance:
        raise UserError("cli.export_needs_file")
    with open_event(args.event) as store:
        rows = export_attendance(store, args.attendance, lang=args.lang)
    out.result({"file": str(args.attendance), "rows": rows},
               say(f"{rows} participantes en {args.attendance}", f"{rows} participants in {args.attendance}"))
    return EXIT_OK



def add_commands(command) -> None:
    p = command("init", "create an event file")
    p.add_argument("event")
    p.add_argument("--demo", action="store_true")
    p.add_argument("--title")
    p.add_argument("--title-en")
    p.add_argument("--venue")
    p.add_argument("--dates")
    p.add_argument("--tz")
    p.add_argument("--hours", type=float)
    p.add_argument("--day-hours", help="hours of each day, e.g. 8,6 (the total is their sum)")
    p.add_argument("--issuer")
    p.add_argument("--verify-url")
    p = command("import", "import a roster (CSV or XLSX)")
    p.add_argument("event")
    p.add_argument("file")
    p = command("list", "list participants")
    p.add_argument("event")
    p.add_argument("--day", type=int)
    state = p.add_mutually_exclusive_group()
    state.add_argument("--present", action="store_true")
    state.add_argument("--absent", action="store_true")
    p = command("search", "search participants")
    p.add_argument("event")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p = command("checkin", "check a participant in (or undo, or type up a paper sheet)")
    p.add_argument("event")
    p.add_argument("--day", type=int, required=True)
    participant_options(p, required=False)
    p.add_argument("--desk")
    p.add_argument("--undo", action="store_true")
    p.add_argument("--reason")
    p.add_argument("--from", dest="from_file")
    p.add_argument("--at")
    p = command("edit", "correct a participant")
    p.add_argument("event")
    participant_options(p)
    for field in ("name", "organization", "email", "document", "phone", "country", "position"):
        p.add_argument(f"--{field}")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--lang", choices=LANGUAGES)
    p = command("export", "export attendance")
    p.add_argument("event")
    p.add_argument("--attendance")
    p.add_argument("--lang", choices=LANGUAGES, default="es")


COMMANDS = {
    "init": cmd_init, "import": cmd_import, "list": cmd_list, "search": cmd_search, "checkin": cmd_checkin,
    "edit": cmd_edit, "export": cmd_export,
}
