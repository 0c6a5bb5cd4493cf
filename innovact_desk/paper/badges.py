"""Name badges: A4 sheets of 8 (2 x 4, cut along the marks), or one badge a page for a label printer.

Each badge: the event, the name large, the organization, the role in words on a band, and the
badge code as a QR (digits only: a USB scanner types it the same on any keyboard layout) and as digits.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from innovact_desk.paper.pdfbase import SANS, SANS_BOLD, draw_qr, fit_font_size, fit_lines, register_fonts
from innovact_desk.records import Event, Participant

ROLE_LABELS = {
    "es": {"participant": "PARTICIPANTE", "speaker": "PONENTE", "organizer": "ORGANIZACIÓN", "staff": "STAFF",
           "other": "INVITADO"},
    "en": {"participant": "PARTICIPANT", "speaker": "SPEAKER", "organizer": "ORGANIZER", "staff": "STAFF",
           "other": "GUEST"},
}
# Role bands: the word is always printed too, so nothing relies on colour alone.
ROLE_COLOURS = {"participant": (0.13, 0.42, 0.30), "speaker": (0.55, 0.20, 0.10), "organizer": (0.12, 0.25, 0.50),
                "staff": (0.30, 0.30, 0.30), "other": (0.45, 0.35, 0.10)}

SHEET_COLUMNS, SHEET_ROWS = 2, 4
BADGE_W, BADGE_H = A4[0] / SHEET_COLUMNS, A4[1] / SHEET_ROWS
LABEL_SIZE = (90 * mm, 60 * mm)


def render_badges(event: Event, people: Sequence[Participant], out: str | os.PathLike, *, label: bool = False,
                  lang: str = "es") -> int:
    """Writes the badges PDF; returns its page count."""
    register_fonts()
    page = LABEL_SIZE if label else A4
    canvas = Canvas(str(out), pagesize=page, pageCompression=1)
    canvas.setTitle(event.title(lang))
    per_page = 1 if label else SHEET_COLUMNS * SHEET_ROWS
    pages = 0
    for start in range(0, len(people), per_page):
        if label:
            _badge(canvas, event, people[start], 0, 0, *LABEL_SIZE, lang)
        else:
            _cut_marks(canvas)
            for i, person in enumerate(people[start:start + per_page]):
                col, row = i % SHEET_COLUMNS, i // SHEET_COLUMNS
                _badge(canvas, event, person, col * BADGE_W, A4[1] - (row + 1) * BADGE_H, BADGE_W, BADGE_H, lang)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def _cut_marks(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(0.75, 0.75, 0.75)
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 3)
    canvas.line(BADGE_W, 0, BADGE_W, A4[1])
    for row in range(1, SHEET_ROWS):
        canvas.line(0, row * BADGE_H, A4[0], row * BADGE_H)
    canvas.restoreState()


def _badge(canvas: Canvas, event: Event, person: Participant, x: float, y: float, w: float, h: float,
           lang: str) -> None:
    pad = 6 * mm
    band = 11 * mm
    qr_size = min(30 * mm, h - band - 2 * pad - 6 * mm)
    text_w = w - 2 * pad - qr_size - 4 * mm
    # The event, small, at the top.
    title_size, title_lines = fit_lines(event.title(lang), SANS, 7.5, w - 2 * pad, max_lines=2, min_size=5)
    canvas.setFillColorRGB(0.25, 0.25, 0.25)
    ty = y + h - pad - title_size
    for line in title_lines:
        canvas.setFont(SANS, title_size)
        canvas.drawString(x + pad, ty, line)
        ty -= title_size * 1.15
    # The name, large, then the organization.
    canvas.setFillColorRGB(0, 0, 0)
    name_size, name_lines = fit_lines(person.name, SANS_BOLD, 17, text_w, max_lines=3, min_size=7)
    ny = ty - name_size * 1.1
    for line in name_lines:
        canvas.setFont(SANS_BOLD, name_size)
        canvas.drawString(x + pad, ny, line)
        ny -= name_size * 1.15
    if person.organization:
        org_size, org_lines = fit_lines(person.organization, SANS, 9, text_w, max_lines=2, min_size=6)
        ny -= 1 * mm
        for line in org_lines:
            canvas.setFont(SANS, org_size)
            canvas.drawString(x + pad, ny, line)
            ny -= org_size * 1.2
    # The badge code: QR and digits, bottom right above the band.
    qx, qy = x + w - pad - qr_size, y + band + pad
    draw_qr(canvas, person.code, qx, qy, qr_size)
    canvas.setFont(SANS, 8)
    digits = f"{person.code[:4]} {person.code[4:8]} {person.code[8:]}"
    canvas.drawCentredString(qx + qr_size / 2, qy - 3.5 * mm, digits)
    # The role band: colour and the word.
    r, g, b = ROLE_COLOURS.get(person.role, ROLE_COLOURS["other"])
    canvas.setFillColorRGB(r, g, b)
    canvas.rect(x, y, w, band, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    label = ROLE_LABELS.get(lang, ROLE_LABELS["es"])[person.role]
    size = fit_font_size(label, SANS_BOLD, 14, w - 2 * pad)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(x + w / 2, y + (band - size * 0.7) / 2, label)
    canvas.setFillColorRGB(0, 0, 0)
