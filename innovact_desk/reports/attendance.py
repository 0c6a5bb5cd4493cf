"""Attendance export: every participant and each day's status, as CSV or XLSX.

The content depends only on the event's records: not on which desk exports it, nor when.
A cell a spreadsheet would run as a formula is written as text (CSV: behind an apostrophe;
XLSX: a string cell, never a formula).
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

from innovact_desk.errors import UserError
from innovact_desk.records import CheckIn, Participant
from innovact_desk.store.event import EventStore

_NUMBER_OR_PHONE = re.compile(r"^[+-]?[\d\s().\-/]*\d[\d\s().\-/]*$")

_HEADERS = {
    "es": {"code": "Código", "name": "Nombre", "organization": "Organización", "document": "Documento",
           "role": "Rol", "day": "Día {n} ({date})", "time": "Día {n} hora", "desk": "Día {n} mesa",
           "present": "presente", "absent": "ausente", "email": "Correo", "phone": "Teléfono",
           "country": "País", "org_kind": "Tipo de organización", "gender": "Género",
           "value_chain": "Cadena de valor"},
    "en": {"code": "Code", "name": "Name", "organization": "Organization", "document": "Document",
           "role": "Role", "day": "Day {n} ({date})", "time": "Day {n} time", "desk": "Day {n} desk",
           "present": "present", "absent": "absent", "email": "Email", "phone": "Phone",
           "country": "Country", "org_kind": "Kind of organization", "gender": "Gender",
           "value_chain": "Value chain"},
}
_PERSON_COLUMNS = ("code", "name", "organization", "org_kind", "country", "document", "role", "email",
                   "phone", "gender", "value_chain")


def is_formula_like(text: str) -> bool:
    """Text a spreadsheet would run: starting with =, @, tab or CR, or +/- not followed by a number."""
    if not text:
        return False
    if text[0] in "=@\t\r":
        return True
    return text[0] in "+-" and not _NUMBER_OR_PHONE.match(text)


def xlsx_text(value: object) -> object:
    """A value an XLSX cell can hold: the control characters a sheet refuses (a stray BEL in a name
    typed on a terminal) are dropped, so the event can always be exported."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)


def safe_csv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if is_formula_like(text) else text


def attendance_table(store: EventStore, lang: str = "es") -> list[list[str]]:
    """The header row and one row per participant, in `list` order."""
    words = _HEADERS.get(lang, _HEADERS["es"])
    days = store.event.days
    header = [words[c] for c in _PERSON_COLUMNS]
    for day in days:
        header += [words["day"].format(n=day.number, date=day.date), words["time"].format(n=day.number),
                   words["desk"].format(n=day.number)]
    attendance = store.attendance()
    rows = [header]
    for person in store.participants():
        rows.append(_person_row(person, attendance.get(person.id, {}), days, words))
    return rows


def _person_row(person: Participant, present: dict[int, CheckIn], days, words: dict) -> list[str]:
    row = [str(getattr(person, c)) for c in _PERSON_COLUMNS]
    for day in days:
        checkin = present.get(day.number)
        if checkin:
            row += [words["present"], checkin.at.strftime("%H:%M"), checkin.desk_name]
        else:
            row += [words["absent"], "", ""]
    return row


def export_attendance(store: EventStore, path: str | os.PathLike, lang: str = "es") -> int:
    """Writes the attendance file (kind by extension); returns the number of participants."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".csv", ".xlsx", ".pdf"):
        raise UserError("reports.attendance_kind", path=str(path))
    if not path.parent.is_dir():
        raise UserError("reports.no_folder", path=str(path.parent))
    if kind == ".pdf":
        from innovact_desk.paper.signin_sheet import render_sign_in_sheets

        tmp = path.with_name(path.name + ".part")
        _pages, people = render_sign_in_sheets(store, tmp, lang=lang)
        os.replace(tmp, path)
        return people
    rows = attendance_table(store, lang)
    tmp = path.with_name(path.name + ".part")
    if kind == ".csv":
        with open(tmp, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerows([safe_csv_cell(c) for c in row] for row in rows)
    else:
        _write_xlsx(tmp, rows)
    os.replace(tmp, path)
    return len(rows) - 1


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Asistencia"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            cell.value = xlsx_text(value)
            cell.data_type = "s"  # text stays text: never a formula, a phone never a number
            if r == 1:
                cell.font = Font(bold=True)
    sheet.freeze_panes = "C2"
    for column, width in (("A", 14), ("B", 34), ("C", 40)):
        sheet.column_dimensions[column].width = width
    workbook.save(path)
