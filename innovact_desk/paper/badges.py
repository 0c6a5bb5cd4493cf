"""Name badges: A4 sheets of 8 (2 x 4, cut along the marks), or one badge a page for a label printer.

Each badge: the event's logo and title, the name large (as the certificate prints it: stripped, NFC, every
character in a shipped font that has it, broken only between words), the organization and the country, the
role in words on a band, and the badge code as a QR (digits only: a USB scanner types it the same on any
keyboard layout) and as digits.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from innovact_desk.paper.pdfbase import (
    SANS,
    SANS_BOLD,
    draw_qr,
    draw_text,
    fit_font_size,
    register_fonts,
    wrap_to_lines,
)
from innovact_desk.records import Event, Participant
from innovact_desk.text import nfc

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
                  lang: str = "es", logo: bytes | None = None) -> int:
    """Writes the badges PDF (with the event's logo when given: certificates.assets.event_logo); its page count."""
    register_fonts()
    reader = ImageReader(io.BytesIO(logo)) if logo else None
    page = LABEL_SIZE if label else A4
    canvas = Canvas(str(out), pagesize=page, pageCompression=1)
    canvas.setTitle(event.title(lang))
    per_page = 1 if label else SHEET_COLUMNS * SHEET_ROWS
    pages = 0
    for start in range(0, len(people), per_page):
        if label:
            _badge(canvas, event, people[start], 0, 0, *LABEL_SIZE, lang, reader)
        else:
            _cut_marks(canvas)
            for i, person in enumerate(people[start:start + per_page]):
                col, row = i % SHEET_COLUMNS, i // SHEET_COLUMNS
                _badge(canvas, event, person, col * BADGE_W, A4[1] - (row + 1) * BADGE_H, BADGE_W, BADGE_H, lang,
                       reader)
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


def words_fit(text: str, font: str, max_size: float, width: float, max_lines: int,
              min_size: float = 5) -> tuple[float, list[str]]:
    """The largest size at which the text fits in max_lines lines of width, broken only between words; when
    even min_size needs more lines, smaller still (a word is never cut)."""
    size = max_size
    while size >= min_size:
        lines = wrap_to_lines(text, font, size, width, max_lines)
        if lines is not None:
            return size, lines
        size -= 0.5
    while size > 1:
        lines = wrap_to_lines(text, font, size, width, max_lines)
        if lines is not None:
            return size, lines
        size *= 0.9
    return size, [" ".join(text.split())]


def _lines(canvas: Canvas, x: float, y: float, lines: list[str], font: str, size: float, leading: float) -> float:
    for line in lines:
        draw_text(canvas, x, y, line, font, size)
        y -= size * leading
    return y


def _badge(canvas: Canvas, event: Event, person: Participant, x: float, y: float, w: float, h: float,
           lang: str, logo: ImageReader | None = None) -> None:
    pad = 6 * mm
    band = 11 * mm
    qr_size = min(30 * mm, h - band - 2 * pad - 6 * mm)
    text_w = w - 2 * pad - qr_size - 4 * mm
    top = y + h - pad
    title_x, title_w = x + pad, w - 2 * pad
    if logo is not None:  # the event's logo at the top left, the title beside it
        iw, ih = logo.getSize()
        lh = 9 * mm
        lw = min(28 * mm, lh * iw / ih)
        lh = lw * ih / iw
        canvas.drawImage(logo, x + pad, top - lh, lw, lh, mask="auto")
        title_x, title_w = x + pad + lw + 3 * mm, w - 2 * pad - lw - 3 * mm
    title_size, title_lines = words_fit(event.title(lang), SANS, 7.5, title_w, max_lines=2)
    canvas.setFillColorRGB(0.25, 0.25, 0.25)
    ty = _lines(canvas, title_x, top - title_size, title_lines, SANS, title_size, 1.15)
    if logo is not None:
        ty = min(ty, top - 10 * mm - title_size)
    # The name, large (as the certificate prints it), then the organization and the country.
    canvas.setFillColorRGB(0, 0, 0)
    name = nfc(person.name.strip())
    name_size, name_lines = words_fit(name, SANS_BOLD, 17, text_w, max_lines=3, min_size=7)
    ny = _lines(canvas, x + pad, ty - name_size * 1.1, name_lines, SANS_BOLD, name_size, 1.15)
    for text, size in ((person.organization, 9), (person.country, 8)):
        if text.strip():
            org_size, org_lines = words_fit(nfc(text.strip()), SANS, size, text_w, max_lines=2, min_size=6)
            ny -= 1 * mm
            canvas.setFillColorRGB(0, 0, 0) if size == 9 else canvas.setFillColorRGB(0.3, 0.3, 0.3)
            ny = _lines(canvas, x + pad, ny, org_lines, SANS, org_size, 1.2)
    canvas.setFillColorRGB(0, 0, 0)
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
