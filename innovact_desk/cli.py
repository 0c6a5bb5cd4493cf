"""The command line of shared/specs/cli.md: the same core as the window, for scripts, support and tests.

Exit codes: 0 done; 1 a negative answer; 2 bad input (nothing changed, a message on stderr,
and with --json `{"error": ...}` on stdout). No traceback reaches the user for bad input.
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from . import __version__
from .codes import is_valid_badge_code, looks_like_badge_code
from .errors import NotFound, UserError
from .models import LANGUAGES, ROLES, CheckIn, Participant
from .store import MAX_DAYS, EventStore
from .timezones import machine_zone

EXIT_OK, EXIT_NEGATIVE, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit itself
        raise UserError(f"{self.prog}: {message}")


def _spanish() -> bool:
    lang = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    if not lang:
        lang = (locale.getlocale()[0] or "") if hasattr(locale, "getlocale") else ""
    return lang.lower().startswith("es")


def _say(es: str, en: str) -> str:
    return es if _spanish() else en


class Output:
    """Prints one JSON object with --json, else lines for people."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def result(self, data: dict, text: str | list[str] = "") -> None:
        if self.as_json:
            print(json.dumps(data, ensure_ascii=False))
        elif isinstance(text, list):
            print("\n".join(text))
        elif text:
            print(text)


# ---- helpers ----------------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _checkin_data(checkin: CheckIn) -> dict:
    return {"at": _iso(checkin.at), "desk": checkin.desk_name}


def _open(path: str) -> EventStore:
    return EventStore.open(path)


def checked_code(text: str) -> str:
    """A badge code given with --code: 12 digits with a right check digit, else bad input."""
    code = text.strip()
    if not looks_like_badge_code(code):
        raise UserError(f"--code {code}: a badge code has 12 digits")
    if not is_valid_badge_code(code):
        raise UserError(f"--code {code}: wrong check digit (mistyped badge code?)")
    return code


def _participant(store: EventStore, args: argparse.Namespace) -> Participant:
    if args.code:
        code = checked_code(args.code)
        found = store.participant_by_code(code)
        if found is None:
            raise NotFound(_say(f"ningún participante tiene el código {code}", f"no participant has badge code {code}"))
        return found
    return store.participant(args.id.strip())


def _parse_dates(text: str) -> list[date]:
    dates = []
    for part in text.split(","):
        try:
            dates.append(date.fromisoformat(part.strip()))
        except ValueError as exc:
            raise UserError(f"--dates: {part.strip()!r} is not a date like 2026-03-05") from exc
    if len(set(dates)) != len(dates):
        raise UserError("--dates: the same date twice")
    if not 1 <= len(dates) <= MAX_DAYS:
        raise UserError(f"--dates: an event has 1 to {MAX_DAYS} days")
    return sorted(dates)


# ---- commands ---------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    from .demo import create_demo_event

    path = Path(args.event)
    if path.exists():
        raise UserError(f"{path}: already exists; an event file is never overwritten")
    tz = args.tz or machine_zone()
    if args.demo:
        first = _parse_dates(args.dates)[0] if args.dates else None
        store = create_demo_event(path, first_day=first, tz=args.tz or "America/Lima")
    else:
        store = EventStore.create(
            path,
            title_es=args.title or path.stem,
            title_en=args.title_en or "",
            venue=args.venue or "",
            dates=_parse_dates(args.dates) if args.dates else None,
            tz=tz,
            hours=args.hours or 0,
            issuer=args.issuer or "",
            verify_url=args.verify_url or "",
        )
    with store:
        data = {"event": store.event.id, "participants": store.count_participants(), "file": str(path)}
    out.result(data, _say(f"Evento creado: {path} ({data['participants']} participantes)",
                          f"Event created: {path} ({data['participants']} participants)"))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    from .importer import import_roster

    with _open(args.event) as store:
        report = import_roster(store, args.file)
    lines = [_say(f"añadidos {report.added}, actualizados {report.updated}, sin cambios {report.unchanged}",
                  f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}")]
    lines += [_say(f"fila {d['row']}: la misma persona que la fila {d['same_as_row']}",
                   f"row {d['row']}: same person as row {d['same_as_row']}") for d in report.duplicates]
    lines += [_say(f"fila {s['row']}: omitida ({s['reason']})", f"row {s['row']}: skipped ({s['reason']})")
              for s in report.skipped]
    out.result(report.to_dict(), lines)
    return EXIT_OK


def _person_data(p: Participant, days: list[int] | None = None) -> dict:
    data = p.summary()
    if days is not None:
        data.update(document=p.document, role=p.role, days=days)
    return data


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    with _open(args.event) as store:
        if (args.present or args.absent) and args.day is None:
            raise UserError("--present and --absent go with --day N")
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
        raise UserError("--limit: 0 (all) or more")
    with _open(args.event) as store:
        found = store.search(args.text, limit=args.limit)
    people = [p.summary() for p in found.participants]
    lines = [f"{p['code']}  {p['name']}  [{p['organization']}]" for p in people]
    lines.append(_say(f"{len(people)} de {found.total}", f"{len(people)} of {found.total}"))
    out.result({"participants": people, "total": found.total}, lines)
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace, out: Output) -> int:
    with _open(args.event) as store:
        store.check_day(args.day)
        if args.from_file:
            return _checkin_from_file(store, args, out)
        if args.at:
            raise UserError("--at goes with --from FILE (the time written on a paper sheet)")
        if not (args.code or args.id):
            raise UserError("checkin: name the participant with --code or --id, or give --from FILE")
        person = _participant(store, args)
        if args.undo:
            return _undo(store, person, args, out)
        result = store.check_in(person.id, args.day, desk_name=args.desk)
    data = {"status": result.status, "participant": person.summary(), **_checkin_data(result.checkin)}
    if result.status == "checked_in":
        out.result(data, _say(f"Registrado: {person.name}, día {args.day}", f"Checked in: {person.name}, day {args.day}"))
        return EXIT_OK
    when = result.checkin.at.strftime("%H:%M")
    out.result(data, _say(f"{person.name} ya estaba registrado el día {args.day} ({when}, {result.checkin.desk_name})",
                          f"{person.name} was already checked in on day {args.day} ({when}, {result.checkin.desk_name})"))
    return EXIT_NEGATIVE


def _undo(store: EventStore, person: Participant, args: argparse.Namespace, out: Output) -> int:
    if not args.reason or not args.reason.strip():
        raise UserError("--undo needs --reason TEXT")
    undone = store.undo_checkin(person.id, args.day, args.reason)
    if not undone:
        out.result({"status": "not_checked_in", "participant": person.summary()},
                   _say(f"{person.name} no tiene registro el día {args.day}",
                        f"{person.name} has no check-in on day {args.day}"))
        return EXIT_NEGATIVE
    out.result({"status": "undone", "participant": person.summary(), "annulled": len(undone)},
               _say(f"Anulado: {person.name}, día {args.day}", f"Undone: {person.name}, day {args.day}"))
    return EXIT_OK


def _read_lines(path: str) -> list[str]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return [line.strip() for line in text.splitlines() if line.strip()]


def _checkin_from_file(store: EventStore, args: argparse.Namespace, out: Output) -> int:
    from .signsheet import sheet_time, type_up_sheet

    lines = _read_lines(args.from_file)
    at = sheet_time(store, args.day, args.at or "00:00")
    report = type_up_sheet(store, lines, args.day, at, desk_name=args.desk)
    result = {"checked_in": [line for line, _p in report.checked_in],
              "already_checked_in": [line for line, _p, _c in report.already], "not_found": report.not_found}
    text = [_say(f"registrados {len(result['checked_in'])}, ya estaban {len(result['already_checked_in'])}, "
                 f"no encontrados {len(result['not_found'])}",
                 f"checked in {len(result['checked_in'])}, already {len(result['already_checked_in'])}, "
                 f"not found {len(result['not_found'])}")]
    text += [_say(f"no encontrado: {line}", f"not found: {line}") for line in result["not_found"]]
    out.result(result, text)
    return EXIT_OK


def cmd_edit(args: argparse.Namespace, out: Output) -> int:
    from .importer import MAX_NAME_BYTES, row_problem

    changes = {k: getattr(args, k).strip() for k in ("name", "organization", "email", "role", "lang", "document",
                                                     "phone", "country", "position") if getattr(args, k) is not None}
    if not changes:
        raise UserError("edit: nothing to change (give --name, --organization, --email, --role or --lang)")
    if "name" in changes and not changes["name"]:
        raise UserError("--name: a participant needs a name")
    if len(changes.get("name", "").encode("utf-8")) > MAX_NAME_BYTES:
        raise UserError(f"--name: longer than {MAX_NAME_BYTES} bytes")
    problem = row_problem({"name": "x", "email": changes.get("email", "")})
    if problem:
        raise UserError(f"--email: {problem}")
    with _open(args.event) as store:
        person = _participant(store, args)
        changed = store.update_participant(person.id, changes)
        person = store.participant(person.id)
    out.result({"participant": person.summary(), "changed": changed},
               _say(f"Corregido: {person.name} ({', '.join(changed) or 'sin cambios'})",
                    f"Corrected: {person.name} ({', '.join(changed) or 'no change'})"))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    from .export import export_attendance

    if not args.attendance:
        raise UserError("export: give --attendance FILE (.csv or .xlsx)")
    with _open(args.event) as store:
        rows = export_attendance(store, args.attendance, lang=args.lang)
    out.result({"file": str(args.attendance), "rows": rows},
               _say(f"{rows} participantes en {args.attendance}", f"{rows} participants in {args.attendance}"))
    return EXIT_OK


def cmd_version(args: argparse.Namespace, out: Output) -> int:
    out.result({"version": __version__}, f"innovact-desk {__version__}")
    return EXIT_OK


# ---- the parser -------------------------------------------------------------------------------


def _participant_options(parser: argparse.ArgumentParser, required: bool = True) -> None:
    who = parser.add_mutually_exclusive_group(required=required)
    who.add_argument("--code", help="badge code (12 digits)")
    who.add_argument("--id", help="participant UUID")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="innovact-desk", description="Registration desk, certificates and verification.")
    parser.add_argument("--version", action="store_true", help="print the version")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
        return p

    p = command("gui", "open the window")
    p.add_argument("event", nargs="?")
    p = command("init", "create an event file")
    p.add_argument("event")
    p.add_argument("--demo", action="store_true")
    p.add_argument("--title")
    p.add_argument("--title-en")
    p.add_argument("--venue")
    p.add_argument("--dates")
    p.add_argument("--tz")
    p.add_argument("--hours", type=float)
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
    _participant_options(p, required=False)
    p.add_argument("--desk")
    p.add_argument("--undo", action="store_true")
    p.add_argument("--reason")
    p.add_argument("--from", dest="from_file")
    p.add_argument("--at")
    p = command("edit", "correct a participant")
    p.add_argument("event")
    _participant_options(p)
    for field in ("name", "organization", "email", "document", "phone", "country", "position"):
        p.add_argument(f"--{field}")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--lang", choices=LANGUAGES)
    p = command("export", "export attendance")
    p.add_argument("event")
    p.add_argument("--attendance")
    p.add_argument("--lang", choices=LANGUAGES, default="es")
    for module in _command_modules():
        module.add_commands(command)
    return parser


def _command_modules() -> list:
    """Further commands live in their own modules, each with add_commands(command) and COMMANDS."""
    from . import cli_certs, cli_desk

    return [cli_desk, cli_certs]


COMMANDS = {
    "init": cmd_init, "import": cmd_import, "list": cmd_list, "search": cmd_search, "checkin": cmd_checkin,
    "edit": cmd_edit, "export": cmd_export,
}


def main(argv: list[str] | None = None, open_window: Callable[[str | None], int] | None = None) -> int:
    """Runs one command; `open_window(event_path)` starts the window (given by main.py: the core has no Qt)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = Output("--json" in argv)
    try:
        args = build_parser().parse_args(argv)
        if args.version:
            return cmd_version(args, out)
        if args.command in (None, "gui"):
            if open_window is None:
                raise UserError("the window is not available here; give a command (see --help)")
            return open_window(getattr(args, "event", None))
        commands = dict(COMMANDS)
        for module in _command_modules():
            commands.update(module.COMMANDS)
        return commands[args.command](args, out)
    except NotFound as exc:
        return _fail(out, exc, EXIT_NEGATIVE)
    except UserError as exc:
        return _fail(out, exc, EXIT_BAD_INPUT)
    except OSError as exc:  # a path that cannot be written or read: bad input, said plainly
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(out, UserError(f"{where}{exc.strerror or exc}"), EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return 130


def _fail(out: Output, exc: UserError, code: int) -> int:
    if out.as_json:
        print(json.dumps({"error": exc.message}, ensure_ascii=False))
    print(f"innovact-desk: {exc.message}", file=sys.stderr)
    return code
