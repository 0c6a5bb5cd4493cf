"""What every command shares: exit codes, the one JSON object of --json, words in the user's language,
opening an event file and naming a participant."""

from __future__ import annotations

import argparse
import json
import locale
import os
from datetime import date, datetime

from innovact_desk.codes import is_valid_badge_code, looks_like_badge_code
from innovact_desk.errors import NotFound, UserError
from innovact_desk.records import CheckIn, Participant
from innovact_desk.store.event import MAX_DAYS, EventStore

EXIT_OK, EXIT_NEGATIVE, EXIT_BAD_INPUT = 0, 1, 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit itself
        raise UserError("cli.usage", prog=self.prog, problem=message)


def spanish() -> bool:
    lang = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    if not lang:
        lang = (locale.getlocale()[0] or "") if hasattr(locale, "getlocale") else ""
    return lang.lower().startswith("es")


def say(es: str, en: str) -> str:
    return es if spanish() else en


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


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def checkin_data(checkin: CheckIn) -> dict:
    return {"at": iso(checkin.at), "desk": checkin.desk_name}


def open_event(path: str) -> EventStore:
    return EventStore.open(path)


def checked_code(text: str) -> str:
    """A badge code given with --code: 12 digits with a right check digit, else bad input."""
    code = text.strip()
    if not looks_like_badge_code(code):
        raise UserError("cli.code_digits", code=code)
    if not is_valid_badge_code(code):
        raise UserError("cli.code_check_digit", code=code)
    return code


def participant_of(store: EventStore, args: argparse.Namespace) -> Participant:
    if args.code:
        code = checked_code(args.code)
        found = store.participant_by_code(code)
        if found is None:
            raise NotFound("cli.no_such_code", code=code)
        return found
    return store.participant(args.id.strip())


def parse_dates(text: str) -> list[date]:
    dates = []
    for part in text.split(","):
        try:
            dates.append(date.fromisoformat(part.strip()))
        except ValueError as exc:
            raise UserError("cli.bad_date", date=part.strip()) from exc
    if len(set(dates)) != len(dates):
        raise UserError("cli.date_twice")
    if not 1 <= len(dates) <= MAX_DAYS:
        raise UserError("cli.too_many_dates", most=MAX_DAYS)
    return sorted(dates)


def participant_options(parser: argparse.ArgumentParser, required: bool = True) -> None:
    who = parser.add_mutually_exclusive_group(required=required)
    who.add_argument("--code", help="badge code (12 digits)")
    who.add_argument("--id", help="participant UUID")
