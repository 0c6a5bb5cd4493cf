"""Attendance figures for the funder's report: per day, by kind of organization, country, gender,
value chain and role. Derived from the check-ins like everything else; nothing is stored."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from innovact_desk.reports.attendance import xlsx_text
from innovact_desk.store.event import EventStore

DIMENSIONS = ("org_kind", "country", "gender", "value_chain", "role")
UNKNOWN = ""  # a participant who left the field empty: shown as "not given"


@dataclass(frozen=True)
class ReportRow:
    value: str  # the category (UNKNOWN: not given)
    registered: int
    present: tuple[int, ...]  # per day of the event, in day order
    all_days: int  # present on every day


def attendance_by(store: EventStore, dimension: str) -> list[ReportRow]:
    """One row per category, largest first, then a total row with value 'total'."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    days = [d.number for d in store.event.days]
    attended = store.days_attended()
    groups: dict[str, list[int]] = {}
    for person in store.participants():
        key = str(getattr(person, dimension) or UNKNOWN).strip()
        counts = groups.setdefault(key, [0] * (len(days) + 2))
        went = attended.get(person.id, [])
        counts[0] += 1
        for i, day in enumerate(days):
            counts[i + 1] += day in went
        counts[-1] += all(day in went for day in days)
    rows = [ReportRow(value, c[0], tuple(c[1:-1]), c[-1]) for value, c in groups.items()]
    rows.sort(key=lambda r: (r.value == UNKNOWN, -r.registered, r.value.casefold()))
    total = [sum(col) for col in zip(*([r.registered, *r.present, r.all_days] for r in rows))] or [0] * (len(days) + 2)
    rows.append(ReportRow("total", total[0], tuple(total[1:-1]), total[-1]))
    return rows


def report(store: EventStore) -> dict:
    """Every dimension at once, as plain data (the `report` command's JSON)."""
    return {
        "days": [{"day": d.number, "date": d.date, "present": store.present_count(d.number)} for d in store.event.days],
        "registered": store.count_participants(),
        "by": {dim: [{"value": r.value, "registered": r.registered, "present": list(r.present),
                      "all_days": r.all_days} for r in attendance_by(store, dim)] for dim in DIMENSIONS},
    }


_DIMENSION_TITLES = {
    "es": {"org_kind": "Tipo de organización", "country": "País", "gender": "Género", "value_chain": "Cadena de valor",
           "role": "Rol", "registered": "Inscritos", "day": "Día {n} ({date})", "all": "Todos los días",
           "total": "Total", "unknown": "(sin dato)"},
    "en": {"org_kind": "Kind of organization", "country": "Country", "gender": "Gender", "value_chain": "Value chain",
           "role": "Role", "registered": "Registered", "day": "Day {n} ({date})", "all": "Every day",
           "total": "Total", "unknown": "(not given)"},
}


def report_tables(store: EventStore, lang: str = "es") -> dict[str, list[list[object]]]:
    """One table per dimension (title -> rows, the first one the header), for the funder's report."""
    words = _DIMENSION_TITLES.get(lang, _DIMENSION_TITLES["es"])
    days = store.event.days
    tables = {}
    for dimension in DIMENSIONS:
        header = [words[dimension], words["registered"],
                  *(words["day"].format(n=d.number, date=d.date) for d in days), words["all"]]
        rows: list[list[object]] = [header]
        for row in attendance_by(store, dimension):
            label = words["total"] if row.value == "total" else (row.value or words["unknown"])
            rows.append([label, row.registered, *row.present, row.all_days])
        tables[words[dimension]] = rows
    return tables


def export_report(store: EventStore, path: str | os.PathLike, lang: str = "es") -> int:
    """The report as .xlsx (a sheet per dimension) or .csv (the tables one under another); returns the
    number of tables. Text cells are written as text, never as formulas."""
    from innovact_desk.errors import UserError
    from innovact_desk.reports.attendance import safe_csv_cell

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise UserError("reports.report_kind", path=str(path))
    if not path.parent.is_dir():
        raise UserError("reports.no_folder", path=str(path.parent))
    tables = report_tables(store, lang)
    tmp = path.with_name(path.name + ".part")
    if path.suffix.lower() == ".csv":
        with open(tmp, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            for title, rows in tables.items():
                writer.writerow([safe_csv_cell(title)])
                writer.writerows([safe_csv_cell(c) if isinstance(c, str) else c for c in row] for row in rows)
                writer.writerow([])
    else:
        _report_xlsx(tmp, tables)
    os.replace(tmp, path)
    return len(tables)


def _report_xlsx(path: Path, tables: dict[str, list[list[object]]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in tables.items():
        sheet = workbook.create_sheet(title[:31])
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c, value=xlsx_text(value))
                if isinstance(value, str):
                    cell.data_type = "s"  # a category such as "=x" stays text
                if r == 1 or r == len(rows):
                    cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 34
    workbook.save(path)
