"""The per-day paper sign-in sheet, for when the laptops fail: name, organization, document, signature.

Typed up later with `checkin --from FILE --at HH:MM`: the document column (or the badge code under
the name) is what the typist copies.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, time

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from innovact_desk.codes import is_valid_badge_code, looks_like_badge_code
from innovact_desk.errors import UserError
from innovact_desk.paper.pdfbase import SANS, SANS_BOLD, fit_font_size, fit_lines, format_date, register_fonts
from innovact_desk.records import CheckIn, Day, Participant
from innovact_desk.store.event import EventStore

ROWS_PER_PAGE = 21
_WORDS = {
    "es": {"sheet": "Hoja de asistencia", "day": "Día {n}", "no": "N.º", "name": "Nombre", "org": "Organización",
           "doc": "Documento", "time": "Hora", "sign": "Firma", "page": "Página {p} de {n}",
           "present": "(ya registrado)"},
    "en": {"sheet": "Sign-in sheet", "day": "Day {n}", "no": "No.", "name": "Name", "org": "Organization",
           "doc": "Document", "time": "Time", "sign": "Signature", "page": "Page {p} of {n}",
           "present": "(already checked in)"},
}
# Column x positions (mm from the left margin) and widths.
_COLUMNS = (("no", 0, 10), ("name", 10, 58), ("org", 68, 46), ("doc", 114, 24), ("time", 138, 12), ("sign", 150, 40))


def render_sign_in_sheets(store: EventStore, out: str | os.PathLike, *, days: list[int] | None = None,
                          lang: str = "es") -> tuple[int, int]:
    """One section per day, everyone in `list` order; returns (pages, participants)."""
    register_fonts()
    people = store.participants()
    event = store.event
    chosen = [d for d in event.days if days is None or d.number in days]
    canvas = Canvas(str(out), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{_WORDS[lang]['sheet']} — {event.title(lang)}")
    present = store.attendance()
    pages = 0
    for day in chosen:
        chunks = [people[i:i + ROWS_PER_PAGE] for i in range(0, len(people), ROWS_PER_PAGE)] or [[]]
        for index, chunk in enumerate(chunks):
            _page(canvas, store, day, chunk, index * ROWS_PER_PAGE, (index + 1, len(chunks)), present, lang)
            canvas.showPage()
            pages += 1
    canvas.save()
    return pages, len(people)


def _page(canvas: Canvas, store: EventStore, day: Day, people: list[Participant], first: int,
          page: tuple[int, int], present: dict, lang: str) -> None:
    words = _WORDS[lang]
    event = store.event
    left, top = 10 * mm, A4[1] - 14 * mm
    canvas.setFont(SANS_BOLD, 13)
    canvas.drawString(left, top, f"{words['sheet']} — {words['day'].format(n=day.number)}: "
                                 f"{format_date(date.fromisoformat(day.date), lang)}")
    title = event.title(lang)
    canvas.setFont(SANS, fit_font_size(title, SANS, 9, A4[0] - 20 * mm))
    canvas.drawString(left, top - 6 * mm, title)
    canvas.setFont(SANS, 8)
    canvas.drawString(left, top - 11 * mm, " · ".join(x for x in (day.title, day.place or event.venue) if x))
    y = top - 20 * mm
    canvas.setFont(SANS_BOLD, 8)
    for key, x, _w in _COLUMNS:
        canvas.drawString(left + x * mm + 1 * mm, y, words[key])
    row_h = 11 * mm
    canvas.setLineWidth(0.4)
    canvas.line(left, y - 2 * mm, left + 190 * mm, y - 2 * mm)
    for i, person in enumerate(people):
        base = y - 2 * mm - (i + 1) * row_h
        _row(canvas, left, base, row_h, first + i + 1, person, day.number in present.get(person.id, {}), words)
    canvas.setFont(SANS, 7)
    canvas.drawRightString(A4[0] - 10 * mm, 8 * mm, words["page"].format(p=page[0], n=page[1]))


def _row(canvas: Canvas, left: float, base: float, row_h: float, number: int, person: Participant,
         present: bool, words: dict) -> None:
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.line(left, base, left + 190 * mm, base)
    for _key, x, _w in _COLUMNS[1:]:
        canvas.line(left + x * mm, base, left + x * mm, base + row_h)
    canvas.setFillColorRGB(0, 0, 0)
    text_y = base + row_h - 3.8 * mm
    cells = {"no": str(number), "name": person.name, "org": person.organization, "doc": person.document}
    for key, x, width in _COLUMNS[:4]:
        font = SANS_BOLD if key == "name" else SANS
        size, lines = fit_lines(cells[key], font, 8.5, (width - 2) * mm, max_lines=2, min_size=4.5)
        canvas.setFont(font, size)
        for n, line in enumerate(lines):
            canvas.drawString(left + x * mm + 1 * mm, text_y - n * size * 1.05, line)
    canvas.setFont(SANS, 6.5)
    canvas.setFillColorRGB(0.35, 0.35, 0.35)
    note = person.code + (f"  {words['present']}" if present else "")
    canvas.drawString(left + 11 * mm, base + 1.2 * mm, note)
    canvas.setFillColorRGB(0, 0, 0)


# ---- typing up a paper sheet afterwards -------------------------------------------------------------


@dataclass
class SheetReport:
    """Each line of the sheet in one list: who was checked in, who already was (and when), what was not found."""

    checked_in: list[tuple[str, Participant]] = field(default_factory=list)
    already: list[tuple[str, Participant, CheckIn]] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)


def sheet_time(store: EventStore, day: int, text: str) -> datetime:
    """HH:MM on that day of the event, in the event's time zone."""
    try:
        moment = time.fromisoformat(text.strip().zfill(5))
    except ValueError as exc:
        raise UserError("paper.bad_time", time=text.strip()) from exc
    return datetime.combine(date.fromisoformat(store.check_day(day).date), moment, tzinfo=store.tz)


def type_up_sheet(store: EventStore, lines: list[str], day: int, at: datetime, *, operator: str = "",
                  desk_name: str | None = None) -> SheetReport:
    """Checks in every line's badge code or document at `at`, all in one transaction (the CLI's rules)."""
    report = SheetReport()
    with store.transaction():
        for line in (x.strip() for x in lines):
            if not line:
                continue
            token = line.split()[0].strip(",;")
            person = None
            if not looks_like_badge_code(token) or is_valid_badge_code(token):
                person = store.find(token)
            if person is None:
                report.not_found.append(line)
                continue
            result = store.check_in(person.id, day, at=at, operator=operator, source="sheet", desk_name=desk_name)
            if result.status == "checked_in":
                report.checked_in.append((line, result.participant))
            else:
                report.already.append((line, result.participant, result.checkin))
    return report
