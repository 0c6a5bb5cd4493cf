"""Certificates as PDF (ReportLab): one A4 landscape page each, in Spanish or English, with the signed QR.

- Fonts: the DejaVu TTFs in assets/fonts, embedded (subsets), registered once per process, so every name
  renders (Ñaupari, Zúñiga, Zoë Ångström-Łukasz).
- What every page of a batch shares (frame, logos, signatures, the fixed sentences) is drawn once per
  document as form XObjects and placed with doForm, so a run of 1000 pages stays small and quick.
- The QR is one vector path of rectangles (one per run of dark modules), filled once: no image.
- print_certificates is the long job: a generator yielding (done, total) that the window runs on a worker
  and the CLI drains; preview_pdf draws one page that proves nothing (an unknown key, marked PREVIEW);
  scan_file finds the certificate QR in a PNG, JPEG or PDF (pages rasterised with pdftoppm).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from innovact_desk.certificates import assets as cert_assets
from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates import qr as certqr
from innovact_desk.certificates import qrencode, register
from innovact_desk.certificates.assets import CertAsset
from innovact_desk.certificates.hours import attended_hours, event_day_hours
from innovact_desk.certificates.register import Certificate
from innovact_desk.errors import UserError
from innovact_desk.paper.pdfbase import (
    MONTHS,
    SANS,
    SANS_BOLD,
    SERIF_BOLD,
    draw_text,
    format_date,
    register_fonts,
    string_width,
)
from innovact_desk.records import Event
from innovact_desk.store.event import EventStore
from innovact_desk.text import fold

PAGE_W, PAGE_H = landscape(A4)

GREEN = (0.11, 0.33, 0.22)
GOLD = (0.69, 0.55, 0.24)
INK = (0.13, 0.13, 0.13)
GREY = (0.35, 0.35, 0.35)

MARGIN = 18 * mm  # from the page edge to the logos, the QR block and the issue date
CONTENT_W = PAGE_W - 2 * 34 * mm  # the centred text column
QR_SIZE = 36 * mm  # without the quiet zone; the spec asks for at least 32 mm
QR_X, QR_Y = PAGE_W - MARGIN - QR_SIZE, 30 * mm


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


NAME_BOX = Box(34 * mm, 115 * mm, CONTENT_W, 20 * mm)
ORGANIZATION_BOX = Box(34 * mm, 105 * mm, CONTENT_W, 9.5 * mm)
NAME_MAX, NAME_ONE_LINE_MIN, NAME_LEADING = 34.0, 24.0, 1.12


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams written as binary, not ASCII85: a quarter smaller, and much quicker without ReportLab's C
    accelerator. rl_config is global, so this is scoped to our own drawing of pictures and saving."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


# ---- words ---------------------------------------------------------------------------------------------

TEXTS = {
    "es": {
        "title": {"participant": "Certificado de participación", "speaker": "Certificado de ponente",
                  "organizer": "Certificado de organizador", "organizer_f": "Certificado de organizadora",
                  "staff": "Certificado de participación", "other": "Certificado de participación"},
        "awarded": "Se otorga el presente certificado a",
        "for": {"participant": "por su participación en", "speaker": "por su participación como ponente en",
                "organizer": "por su labor como organizador de", "organizer_f": "por su labor como organizadora de",
                "staff": "por su colaboración en la realización de", "other": "por su participación en"},
        "held_at": "realizado en {venue}, {dates}", "held": "realizado {dates}",
        "hours": "con una duración de {hours} {unit}", "hour_units": ("hora", "horas"),
        "days": ("Día asistido: {days}", "Días asistidos: {days}"), "and": "y",
        "of_hours": "{attended} de {total} {unit}",
        "issued": "Emitido el {date}", "rev": "Revisión {rev}", "key": "clave {kid}",
        "preview": "VISTA PREVIA · SIN VALOR", "code_label": "Código de verificación",
        "check_at": "Verifique este certificado en {address} o escaneando el código QR",
        "check_desktop": "Verifique este certificado escaneando el código QR con el verificador de innovact-desk "
                         "y el paquete de confianza del emisor",
    },
    "en": {
        "title": {"participant": "Certificate of Participation", "speaker": "Speaker Certificate",
                  "organizer": "Organizer Certificate", "organizer_f": "Organizer Certificate",
                  "staff": "Certificate of Participation", "other": "Certificate of Participation"},
        "awarded": "This certificate is awarded to",
        "for": {"participant": "for participating in", "speaker": "for participating as a speaker in",
                "organizer": "for their work as an organizer of", "organizer_f": "for her work as an organizer of",
                "staff": "for their support in running", "other": "for participating in"},
        "held_at": "held in {venue}, {dates}", "held": "held {dates}",
        "hours": "lasting {hours} {unit}", "hour_units": ("hour", "hours"),
        "days": ("Day attended: {days}", "Days attended: {days}"), "and": "and",
        "of_hours": "{attended} of {total} {unit}",
        "issued": "Issued on {date}", "rev": "Revision {rev}", "key": "key {kid}",
        "preview": "PREVIEW · NOT VALID", "code_label": "Verification code",
        "check_at": "Check this certificate at {address} or by scanning the QR code",
        "check_desktop": "Check this certificate by scanning the QR code with the innovact-desk verifier "
                         "and the issuer's trust bundle",
    },
}


def verify_address_shown(url: str) -> str:
    """The verification address as printed for a reader to type: host and path, no scheme, no final '/'."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    return ((parts.hostname or "") + (f":{parts.port}" if parts.port else "") + parts.path.rstrip("/")) or url


def how_to_check(event: Event, lang: str) -> str:
    """The line telling the reader how to check the certificate, in its language."""
    words = TEXTS[lang if lang in TEXTS else "es"]
    if event.verify_url:
        return words["check_at"].format(address=verify_address_shown(event.verify_url))
    return words["check_desktop"]


def _join(items: list[str], lang: str) -> str:
    word = TEXTS[lang]["and"]
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"


def date_phrase(dates: list[date], lang: str) -> str:
    """'del 5 al 6 de marzo de 2026', 'el 5 de marzo de 2026', 'los días 5 y 7 de marzo de 2026' (and English)."""
    dates = sorted(dates)
    es = lang == "es"
    if len(dates) == 1:
        return ("el " if es else "on ") + format_date(dates[0], lang)
    first, last = dates[0], dates[-1]
    if (last - first).days == len(dates) - 1:  # consecutive days: a range
        if first.year != last.year:
            start = format_date(first, lang)
        elif first.month != last.month:
            start = f"{first.day} de {MONTHS[lang][first.month - 1]}" if es else f"{first.day} {MONTHS[lang][first.month - 1]}"
        else:
            start = str(first.day)
        return f"del {start} al {format_date(last, lang)}" if es else f"from {start} to {format_date(last, lang)}"
    groups: dict[tuple[int, int], list[int]] = {}
    for d in dates:
        groups.setdefault((d.year, d.month), []).append(d.day)
    one_year = len({y for y, _ in groups}) == 1
    parts = []
    for (year, month), days in groups.items():
        text = _join([str(d) for d in days], lang)
        text += f" de {MONTHS[lang][month - 1]}" if es else f" {MONTHS[lang][month - 1]}"
        if not one_year:
            text += f" de {year}" if es else f" {year}"
        parts.append(text)
    text = _join(parts, lang) + ((f" de {dates[0].year}" if es else f" {dates[0].year}") if one_year else "")
    return ("los días " if es else "on ") + text


def hours_phrase(hours: float, lang: str) -> str:
    """'con una duración de 16 horas' / 'lasting 7.5 hours'; empty when the event has no hours."""
    if not hours or hours <= 0:
        return ""
    number = f"{hours:g}" if lang == "en" else f"{hours:g}".replace(".", ",")
    unit = TEXTS[lang]["hour_units"][0 if hours == 1 else 1]
    return TEXTS[lang]["hours"].format(hours=number, unit=unit)


def _number(value: float, lang: str) -> str:
    return f"{value:g}" if lang == "en" else f"{value:g}".replace(".", ",")


def event_phrase(event: Event, lang: str) -> str:
    """'realizado en Iquitos, el 5 de marzo de 2026, con una duración de 8 horas.' The duration only for a
    one-day event: over several days each page says the hours its holder attended (attendance_phrase)."""
    dates = date_phrase([date.fromisoformat(d.date) for d in event.days], lang)
    venue = event.venue.strip()
    text = TEXTS[lang]["held_at"].format(venue=venue, dates=dates) if venue else TEXTS[lang]["held"].format(dates=dates)
    hours = hours_phrase(event.hours, lang) if len(event.days) == 1 else ""
    return f"{text}, {hours}." if hours else f"{text}."


def days_phrase(days: Iterable[int], lang: str) -> str:
    """'Días asistidos: 1 y 2' / 'Day attended: 1'."""
    days = sorted(days)
    return TEXTS[lang]["days"][0 if len(days) == 1 else 1].format(days=_join([str(d) for d in days], lang))


def attendance_phrase(days: Iterable[int], attended: float, total: float, lang: str) -> str:
    """'Días asistidos: 1 · 8 de 16 horas' / 'Days attended: 1 and 2 · 16 of 16 hours' (no hours when the event
    has none)."""
    text = days_phrase(days, lang)
    if total and total > 0:
        unit = TEXTS[lang]["hour_units"][0 if total == 1 else 1]
        text += " · " + TEXTS[lang]["of_hours"].format(attended=_number(attended, lang), total=_number(total, lang),
                                                       unit=unit)
    return text


def is_feminine(gender: str) -> bool:
    """Whether a roster's gender column asks for the feminine form of a Spanish title (else the masculine)."""
    word = fold(gender or "")
    return word in ("f", "fem", "femenino", "femenina", "mujer", "female", "woman", "w")


def role_variant(role: str, gender: str = "") -> str:
    return "organizer_f" if role == "organizer" and is_feminine(gender) else role


# ---- fitting text ------------------------------------------------------------------------------------------


def text_width(text: str, font: str, size: float) -> float:
    """Width as drawn, each character in the first shipped font that has it."""
    return string_width(text, font, size)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap at spaces; a word wider than the width stays whole on its own line."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def balanced_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Word wrap into as few lines as wrap() needs, with the lines as even as possible (no long first line
    over a short last one): the narrowest width that still gives that many lines."""
    lines = wrap(text, font, size, width)
    if len(lines) < 2:
        return lines
    low, high = max(text_width(w, font, size) for w in text.split()), width
    for _ in range(14):
        middle = (low + high) / 2
        if len(wrap(text, font, size, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return wrap(text, font, size, high)


def fit_lines(text: str, font: str, max_size: float, width: float, height: float, max_lines: int,
              leading: float = 1.2, step: float = 0.5) -> tuple[list[str], float]:
    """The largest size (from max_size down) at which the text wraps into at most max_lines even lines, each no
    wider than width, and the lines no taller than height; below that, one line shrunk to fit."""
    register_fonts()
    size = max_size
    while size >= 6:
        lines = wrap(text, font, size, width)
        if (len(lines) <= max_lines and all(text_width(line, font, size) <= width for line in lines)
                and size * (1 + leading * (len(lines) - 1)) <= height):
            return balanced_wrap(text, font, size, width), size
        size -= step
    one = " ".join(text.split())
    return [one], min(max_size, height, width / max(text_width(one, font, 1), 1e-6))


@dataclass(frozen=True)
class NameLayout:
    lines: tuple[str, ...]
    size: float
    widths: tuple[float, ...]  # drawn width of each line, in points


def _two_lines(words: list[str], font: str) -> tuple[str, str] | None:
    """The split at a space that makes the wider of the two lines narrowest."""
    if len(words) < 2:
        return None
    best = None
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        wider = max(text_width(first, font, 1), text_width(second, font, 1))
        if best is None or wider < best[0]:
            best = (wider, first, second)
    return best[1], best[2]


def name_layout(name: str, box: Box = NAME_BOX, font: str = SERIF_BOLD) -> NameLayout:
    """How the holder's name fits its box: one line up to NAME_MAX points; when one line would fall below
    NAME_ONE_LINE_MIN, two lines split at a space if that gives a larger size; else one line shrunk."""
    register_fonts()
    words = name.split()
    one = " ".join(words)
    one_size = min(NAME_MAX, box.h / 1.0, box.w / max(text_width(one, font, 1), 1e-6))
    layout = NameLayout((one,), one_size, (text_width(one, font, one_size),))
    if one_size >= NAME_ONE_LINE_MIN:
        return layout
    split = _two_lines(words, font)
    if split:
        two_size = min(box.h / (1 + NAME_LEADING), box.w / max(text_width(s, font, 1) for s in split))
        if two_size > one_size:
            return NameLayout(split, two_size, tuple(text_width(s, font, two_size) for s in split))
    return layout


# ---- drawing -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageData:
    """What one certificate page shows beyond what the whole batch shares."""

    name: str
    organization: str
    role: str
    lang: str
    days: tuple[int, ...]
    issued: date
    rev: int
    qr_text: str
    code: str
    kid: str
    gender: str = ""
    hours: float = 0.0  # hours attended


class CertificateWriter:
    """Draws certificate pages into one PDF. Shared parts become form XObjects, made when first needed."""

    def __init__(self, target: str | os.PathLike | io.BytesIO, event: Event, logos: list[CertAsset],
                 signatures: list[CertAsset], *, watermark: bool = False, invariant: bool = False,
                 shared: dict[int, ImageReader] | None = None, title: str | None = None) -> None:
        register_fonts()
        self.event = event
        self.logos = [a for a in logos if a.data]
        self.signatures = signatures
        self.watermark = watermark
        self.pages = 0
        self._forms: set[str] = set()
        self._readers = shared if shared is not None else self.shared_parts(event, logos, signatures)
        target = str(target) if isinstance(target, (str, os.PathLike)) else target
        self.canvas = Canvas(target, pagesize=(PAGE_W, PAGE_H), pageCompression=1, invariant=int(invariant))
        self.canvas.setTitle(title or event.title("es"))
        self.canvas.setAuthor(event.issuer or "innovact-desk")
        self.canvas.setCreator("innovact-desk")

    # -- shared parts, drawn once

    @staticmethod
    def shared_parts(event: Event, logos: list[CertAsset], signatures: list[CertAsset]) -> dict[int, ImageReader]:
        """The pictures, decoded once: a run of one file per person reuses them in every file."""
        return {id(a): ImageReader(io.BytesIO(a.data)) for a in (*logos, *signatures) if a.data}

    def _form(self, name: str, draw) -> None:
        if name not in self._forms:
            self.canvas.beginForm(name)
            with _binary_streams():
                draw(self.canvas)
            self.canvas.endForm()
            self._forms.add(name)
        self.canvas.doForm(name)

    def _draw_frame_and_pictures(self, c: Canvas) -> None:
        c.setStrokeColorRGB(*GREEN)
        c.setLineWidth(2.2)
        c.rect(9 * mm, 9 * mm, PAGE_W - 18 * mm, PAGE_H - 18 * mm)
        c.setStrokeColorRGB(*GOLD)
        c.setLineWidth(0.7)
        c.rect(11.5 * mm, 11.5 * mm, PAGE_W - 23 * mm, PAGE_H - 23 * mm)
        c.setFillColorRGB(*GOLD)
        for cx, cy in ((11.5, 11.5), (11.5, 198.5), (285.5, 11.5), (285.5, 198.5)):
            path = c.beginPath()
            path.moveTo((cx - 2) * mm, cy * mm)
            path.lineTo(cx * mm, (cy + 2) * mm)
            path.lineTo((cx + 2) * mm, cy * mm)
            path.lineTo(cx * mm, (cy - 2) * mm)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        self._draw_logos(c)
        self._draw_signatures(c)

    def _draw_logos(self, c: Canvas) -> None:
        n = len(self.logos)
        if not n:
            return
        top, height = 190 * mm, 22 * mm
        left, right = MARGIN + 6 * mm, PAGE_W - MARGIN - 6 * mm
        slot = (right - left) / n
        for i, logo in enumerate(self.logos):
            reader = self._readers.get(id(logo)) or ImageReader(io.BytesIO(logo.data))
            iw, ih = reader.getSize()
            w = min(slot - 8 * mm, 70 * mm, height * iw / ih)
            h = w * ih / iw
            if n == 1:
                x = (PAGE_W - w) / 2
            elif i == 0:
                x = left
            elif i == n - 1:
                x = right - w
            else:
                x = left + slot * (i + 0.5) - w / 2
            c.drawImage(reader, x, top - height + (height - h) / 2, w, h, mask="auto")

    def _signature_slots(self) -> list[tuple[float, float]]:
        """(centre x, line width) of each signature, centred on the page between the date and the QR."""
        n = max(len(self.signatures), 1)
        region = 160 * mm
        slot = region / n
        return [(PAGE_W / 2 - region / 2 + slot * (i + 0.5), min(slot - 8 * mm, 62 * mm)) for i in range(n)]

    def _draw_signatures(self, c: Canvas) -> None:
        line_y = 39 * mm
        c.setStrokeColorRGB(*GREY)
        c.setLineWidth(0.6)
        slots = self._signature_slots()
        if not self.signatures:  # a plain signature line, with the issuer under it
            cx, width = slots[0]
            c.line(cx - width / 2, line_y, cx + width / 2, line_y)
            c.setFillColorRGB(*INK)
            if self.event.issuer:
                self._centred(c, self.event.issuer, SANS_BOLD, 9.5, cx, line_y - 4.5 * mm, width)
            return
        c.setFillColorRGB(*INK)
        for (cx, width), signatory in zip(slots, self.signatures):
            if signatory.data:
                reader = self._readers.get(id(signatory)) or ImageReader(io.BytesIO(signatory.data))
                iw, ih = reader.getSize()
                h = min(16 * mm, width * ih / iw)
                w = h * iw / ih
                c.drawImage(reader, cx - w / 2, line_y + 0.8 * mm, w, h, mask="auto")
            c.line(cx - width / 2, line_y, cx + width / 2, line_y)
            self._centred(c, signatory.name, SANS_BOLD, 9.5, cx, line_y - 4.5 * mm, width)

    def _draw_fixed_texts(self, c: Canvas, lang: str, variant: str) -> None:
        words = TEXTS[lang]
        c.setFillColorRGB(*GREEN)
        self._centred(c, words["title"][variant], SERIF_BOLD, 32, PAGE_W / 2, 153 * mm, CONTENT_W)
        c.setStrokeColorRGB(*GOLD)
        c.setLineWidth(1)
        c.line(PAGE_W / 2 - 30 * mm, 147 * mm, PAGE_W / 2 + 30 * mm, 147 * mm)
        c.setFillColorRGB(*INK)
        self._centred(c, words["awarded"], SANS, 13, PAGE_W / 2, 139 * mm, CONTENT_W)
        self._centred(c, words["for"][variant], SANS, 12, PAGE_W / 2, 98.5 * mm, CONTENT_W)
        c.setFillColorRGB(*GREEN)
        self._block(c, self.event.title(lang), SERIF_BOLD, 17, Box(34 * mm, 78.5 * mm, CONTENT_W, 17 * mm))
        c.setFillColorRGB(*INK)
        self._block(c, event_phrase(self.event, lang), SANS, 11.5, Box(34 * mm, 69.5 * mm, CONTENT_W, 8 * mm))
        c.setFillColorRGB(*GREY)
        self._centred(c, how_to_check(self.event, lang), SANS, 8.5, PAGE_W / 2, 14.5 * mm, PAGE_W - 2 * MARGIN)
        for (cx, width), signatory in zip(self._signature_slots(), self.signatures):
            title = signatory.title_in(lang)
            if title:
                self._block(c, title, SANS, 8.5, Box(cx - width / 2 - 3 * mm, 21.5 * mm, width + 6 * mm, 9 * mm),
                            top_aligned=True, max_lines=2)

    # -- text helpers

    @staticmethod
    def _centred(c: Canvas, text: str, font: str, size: float, cx: float, y: float, width: float) -> None:
        """One line centred at cx, shrunk when wider than width."""
        natural = text_width(text, font, size)
        if natural > width:
            size = size * width / natural
        draw_text(c, cx, y, text, font, size, centred=True)

    @staticmethod
    def _block(c: Canvas, text: str, font: str, size: float, box: Box, *, top_aligned: bool = False,
               max_lines: int = 3) -> None:
        """Lines centred in the box, wrapped and shrunk to fit it; vertically centred unless top_aligned."""
        lines, size = fit_lines(text, font, size, box.w, box.h, max_lines)
        leading = size * 1.2
        block = size + leading * (len(lines) - 1)
        top = box.y + box.h if top_aligned else box.y + (box.h + block) / 2
        y = top - size * 0.8
        for line in lines:
            draw_text(c, box.x + box.w / 2, y, line, font, size, centred=True)
            y -= leading

    # -- pages

    def add(self, page: PageData) -> None:
        c = self.canvas
        lang = page.lang if page.lang in TEXTS else "es"
        variant = role_variant(page.role, page.gender)
        words = TEXTS[lang]
        self._form("Frame", self._draw_frame_and_pictures)
        self._form(f"Text_{lang}_{variant}", lambda canvas: self._draw_fixed_texts(canvas, lang, variant))
        self._draw_name(page.name)
        c.setFillColorRGB(*INK)
        if page.organization.strip():
            self._block(c, page.organization, SANS, 12.5, ORGANIZATION_BOX, max_lines=2)
        if len(self.event.days) > 1 and page.days:
            self._centred(c, attendance_phrase(page.days, page.hours, self.event.hours, lang), SANS, 11, PAGE_W / 2,
                          61 * mm, 150 * mm)
        c.setFillColorRGB(*GREY)
        c.setFont(SANS, 8.5)
        c.drawString(MARGIN, 24.5 * mm, words["issued"].format(date=format_date(page.issued, lang)))
        if page.rev:
            c.drawString(MARGIN, 21 * mm, words["rev"].format(rev=page.rev))
        c.addLiteral(qrencode.qr_operators(page.qr_text, QR_X, QR_Y, QR_SIZE))
        c.setFillColorRGB(*GREY)
        self._centred(c, words["code_label"], SANS, 7, QR_X + QR_SIZE / 2, 25 * mm, QR_SIZE + 8 * mm)
        c.setFillColorRGB(*INK)
        self._centred(c, page.code, SANS_BOLD, 9, QR_X + QR_SIZE / 2, 21.5 * mm, QR_SIZE + 8 * mm)
        c.setFillColorRGB(*GREY)
        if page.kid:
            self._centred(c, words["key"].format(kid=page.kid), SANS, 7, QR_X + QR_SIZE / 2, 18.5 * mm, QR_SIZE)
        if self.watermark:
            self._draw_watermark(words["preview"])
        c.showPage()
        self.pages += 1

    def _draw_name(self, name: str) -> None:
        c = self.canvas
        layout = name_layout(name)
        size = layout.size
        block = size + size * NAME_LEADING * (len(layout.lines) - 1)
        y = NAME_BOX.y + (NAME_BOX.h + block) / 2 - size * 0.8
        c.setFillColorRGB(*INK)
        for line in layout.lines:
            draw_text(c, NAME_BOX.x + NAME_BOX.w / 2, y, line, SERIF_BOLD, size, centred=True)
            y -= size * NAME_LEADING

    def _draw_watermark(self, text: str) -> None:
        c = self.canvas
        c.saveState()
        c.setFillColorRGB(0.8, 0.1, 0.1)
        c.setFillAlpha(0.18)
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(20)
        self._centred(c, text, SANS_BOLD, 54, 0, -18, PAGE_W * 0.9)
        c.restoreState()

    def finish(self) -> int:
        with _binary_streams():
            self.canvas.save()
        return self.pages


# ---- the print run ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    """What a print run did. file is None (and nothing written) when nobody was printed."""

    issued: int
    reissued: int
    reprinted: int
    revoked: int  # skipped: revoked certificates are never printed again
    pages: int
    file: str | None
    certificates: tuple[tuple[str, str, int, str], ...] = ()  # (participant id, code, rev, action)

    def to_dict(self) -> dict:
        return {"issued": self.issued, "reissued": self.reissued, "reprinted": self.reprinted,
                "revoked": self.revoked, "pages": self.pages, "file": self.file}


def _page(store: EventStore, item: register.Printable, key: Ed25519PrivateKey,
          per_day: dict[int, float] | None = None) -> PageData:
    cert = item.certificate
    per_day = per_day if per_day is not None else event_day_hours(store)
    return PageData(cert.name, item.participant.organization, cert.role, item.lang, cert.days, cert.issued,
                    cert.rev, register.sign(store, cert, key), cert.code, cert.kid, item.participant.gender,
                    attended_hours(per_day, cert.days))


def print_certificates(
    store: EventStore,
    out: str | os.PathLike,
    *,
    participant_ids: Iterable[str] | None = None,
    relaxed: bool = False,
    new_only: bool = False,
    lang: str | None = None,
    key_folder: str | os.PathLike | None = None,
    today: date | None = None,
) -> Generator[tuple[int, int], None, BatchResult]:
    """Print a batch into one PDF, yielding (done, total) after each page; returns a BatchResult.

    Who: everyone eligible (relaxed: anyone checked in once), or those of participant_ids who are; new_only
    leaves out reprints. The register is written only when the whole PDF is: closing the generator early
    (cancel) leaves no file and no record. Nobody to print: no file, pages 0."""
    plan = register.plan_batch(store, participant_ids=participant_ids, relaxed=relaxed, new_only=new_only)
    skipped = len(plan.revoked)
    if not plan.items:
        return BatchResult(0, 0, 0, skipped, 0, None)
    out = Path(out)
    if not out.parent.is_dir():
        raise UserError(f"{out.parent}: no such folder")
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give a file name like certificados.pdf")
    prepared = register.prepare(store, plan, lang=lang, today=today, folder=key_folder)
    logos, signatures = cert_assets.certificate_assets(store)
    total = len(prepared.items)
    per_day = event_day_hours(store)
    tmp = out.with_name(f".{out.name}.part")
    try:
        writer = CertificateWriter(tmp, store.event, logos, signatures)
        yield 0, total
        for done, item in enumerate(prepared.items, start=1):
            writer.add(_page(store, item, prepared.signers[item.certificate.kid], per_day))
            yield done, total
        pages = writer.finish()
        register.record(store, prepared)
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(f"{out}: cannot be written ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)
    count = {a: sum(1 for i in prepared.items if i.action == a) for a in ("issue", "reissue", "reprint")}
    listed = tuple((i.participant.id, i.certificate.code, i.certificate.rev, i.action) for i in prepared.items)
    return BatchResult(count["issue"], count["reissue"], count["reprint"], skipped, pages, str(out), listed)


def run_to_end(job: Generator[tuple[int, int], None, BatchResult]) -> BatchResult:
    """Drain a print run (the CLI's way): the result, without progress."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value


def preview_pdf(store: EventStore, participant_id: str, *, lang: str | None = None) -> bytes:
    """One certificate page as PDF bytes, as the participant's would look now, marked PREVIEW.

    Its QR is signed by a throw-away key (a verifier says unknown_key) and nothing is recorded, so a preview
    proves nothing and needs no signing key on this desk."""
    person = store.participant(participant_id)
    out_lang = lang if lang in TEXTS else person.lang if person.lang in TEXTS else "es"
    status = next((s for s in register.certificate_status(store) if s.participant.id == participant_id), None)
    current = status.certificate if status and status.status in ("issued", "revoked") else None
    days = current.days if current else (status.days if status else ())
    throwaway = Ed25519PrivateKey.generate()
    kid = keystore.kid_hex(throwaway)
    cert = Certificate(
        uid=current.uid if current else bytes(8), rev=current.rev if current else 0, participant_id=person.id,
        name=current.name if current else register.printed_name(person), role=person.role, lang=out_lang,
        issued=current.issued if current else datetime.now(store.tz).date(), days=tuple(d for d in days if 1 <= d <= certqr.MAX_DAYS),
        kid=kid,
    )
    logos, signatures = cert_assets.certificate_assets(store)
    buffer = io.BytesIO()
    writer = CertificateWriter(buffer, store.event, logos, signatures, watermark=True)
    page = _page(store, register.Printable(person, cert, "preview", out_lang), throwaway)
    writer.add(replace(page, code=TEXTS[out_lang]["preview"], kid=""))  # nothing under the QR to look up
    writer.finish()
    return buffer.getvalue()


# ---- reading a certificate back -----------------------------------------------------------------------------


def _qr_texts(image) -> list[str]:
    import zxingcpp

    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    return [r.text for r in found if r.text]


def _certificate_text(texts: list[str]) -> str | None:
    return next((t for t in texts if certqr.parse_qr_text(t) is not None), None)


MAX_SCAN_PIXELS = 40_000_000  # a picture or a rasterised page: 40 MP is a phone photo of 8000 x 5000
MAX_SCAN_PAGES = 5  # a certificate's QR is on its first page; a few more for a certificate in a bundle of papers
MAX_SCAN_SECONDS = 10.0  # all the PDF's pages together: a few pages' worth, then the answer


def scan_file(path: str | os.PathLike, *, dpi: int = 150) -> str | None:
    """The text of the first certificate QR in a PNG, JPEG or PDF file (page by page); None when none is found.

    A file that cannot be read as a picture or a PDF: UserError. PDF pages are rasterised with poppler's
    pdftoppm, one at a time, so the search stops at the first page that has one; at most MAX_SCAN_PAGES
    pages within MAX_SCAN_SECONDS. A picture or page past MAX_SCAN_PIXELS is refused with its size."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        raise UserError("certificates.scan_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if head == b"%PDF-":
        return _scan_pdf(path, dpi)
    try:
        with Image.open(path) as image:
            _check_pixels(path, image.size)
            image.load()
            texts = _qr_texts(image)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise UserError("certificates.scan_not_picture", path=str(path)) from None
    return _certificate_text(texts) or (texts[0] if texts else None)


def _check_pixels(path: Path, size: tuple[int, int], page: int | None = None) -> None:
    width, height = size
    if width * height > MAX_SCAN_PIXELS:
        raise UserError("certificates.scan_too_large", path=str(path), width=width, height=height,
                        most=MAX_SCAN_PIXELS // 1_000_000, page=page or 1)


def _page_sizes(path: Path, last: int) -> dict[int, tuple[float, float]]:
    """Page number -> (width, height) in points, from poppler's pdfinfo (empty when it is missing or fails)."""
    tool = shutil.which("pdfinfo")
    if tool is None:
        return {}
    try:
        done = subprocess.run([tool, "-f", "1", "-l", str(last), str(path)], capture_output=True, check=False,
                              timeout=MAX_SCAN_SECONDS)
    except subprocess.TimeoutExpired:
        return {}
    sizes = {}
    for line in done.stdout.decode("latin-1").splitlines():
        match = re.match(r"Page\s+(\d+)\s+size:\s+([\d.]+) x ([\d.]+) pts", line)
        if match:
            sizes[int(match.group(1))] = (float(match.group(2)), float(match.group(3)))
    return sizes


def _scan_pdf(path: Path, dpi: int) -> str | None:
    from PIL import Image

    tool = shutil.which("pdftoppm")
    if tool is None:
        raise UserError("certificates.scan_needs_pdftoppm")
    other = None
    deadline = time.monotonic() + MAX_SCAN_SECONDS
    sizes = _page_sizes(path, MAX_SCAN_PAGES)
    with tempfile.TemporaryDirectory(prefix="innovact-scan-") as folder:
        for page in range(1, MAX_SCAN_PAGES + 1):
            if page in sizes:  # known before rasterising: a 100-inch page is never drawn
                width, height = (round(points / 72 * dpi) for points in sizes[page])
                _check_pixels(path, (width, height), page)
            left = deadline - time.monotonic()
            if left <= 0:
                return other
            try:
                done = subprocess.run([tool, "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), str(path),
                                       str(Path(folder) / "page")], capture_output=True, check=False, timeout=left)
            except subprocess.TimeoutExpired:
                if page == 1:
                    raise UserError("certificates.scan_too_slow", path=str(path),
                                    seconds=int(MAX_SCAN_SECONDS)) from None
                return other
            images = sorted(Path(folder).glob("page*.pgm"))
            if done.returncode != 0 or not images:
                if page == 1:
                    detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
                    raise UserError("certificates.scan_bad_pdf", path=str(path),
                                    reason=detail[-1] if detail else "pdftoppm failed")
                return other
            for image_path in images:
                with Image.open(image_path) as image:
                    _check_pixels(path, image.size, page)
                    texts = _qr_texts(image)
                image_path.unlink()
                found = _certificate_text(texts)
                if found:
                    return found
                other = other or (texts[0] if texts else None)
    return other
