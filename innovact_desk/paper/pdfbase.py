"""What every PDF of the program shares: the embedded Unicode fonts and QR codes drawn as vector paths."""

from __future__ import annotations

import threading
from datetime import date

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from innovact_desk.assets import asset_path

SANS, SANS_BOLD, SERIF, SERIF_BOLD = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold"


_FONT_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", SERIF: "DejaVuSerif.ttf",
               SERIF_BOLD: "DejaVuSerif-Bold.ttf"}
_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the DejaVu fonts with ReportLab, once per process (thread-safe)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(asset_path("fonts", filename))))
        _fonts_ready = True


def qr_operators(matrix: list[list[bool]], x: float, y: float, size: float) -> str:
    """PDF operators filling the dark modules as one path of rectangles, one per horizontal run.

    The module grid is mapped by one `cm` (integers in the path, so the stream stays small)."""
    n = len(matrix)
    module = size / n
    ops = [f"q 0 g {module:.5f} 0 0 {-module:.5f} {x:.3f} {y + size:.3f} cm"]
    append = ops.append
    for r, row in enumerate(matrix):
        start = -1
        for c, dark in enumerate(row):
            if dark:
                if start < 0:
                    start = c
            elif start >= 0:
                append(f"{start} {r} {c - start} 1 re")
                start = -1
        if start >= 0:
            append(f"{start} {r} {n - start} 1 re")
    append("f Q")
    return "\n".join(ops)


def draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draws a QR matrix (no quiet zone in it) as one vector path, `size` wide, lower-left corner at x, y."""
    canvas.addLiteral(qr_operators(matrix, x, y, size))


def fit_font_size(text: str, font: str, max_size: float, width: float, min_size: float = 6) -> float:
    """The largest size up to max_size at which `text` fits in `width` (never below min_size)."""
    size = max_size
    while size > min_size and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def wrap_to_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str] | None:
    """Greedy word wrap; None when the text needs more than max_lines lines or a word is too wide."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if not current or pdfmetrics.stringWidth(word, font, size) > width:
            return None
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines if len(lines) <= max_lines else None


def fit_lines(text: str, font: str, max_size: float, width: float, max_lines: int = 2,
              min_size: float = 6) -> tuple[float, list[str]]:
    """The largest size (and its lines) at which `text` fits in max_lines lines of `width`."""
    size = max_size
    while size >= min_size:
        lines = wrap_to_lines(text, font, size, width, max_lines)
        if lines is not None:
            return size, lines
        size -= 0.5
    return min_size, _hard_wrap(text, font, min_size, width)


def _hard_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Last resort: break anywhere, so that nothing is ever cut off."""
    lines, current = [], ""
    for char in text:
        if current and pdfmetrics.stringWidth(current + char, font, size) > width:
            lines.append(current.strip())
            current = ""
        current += char
    return lines + [current.strip()]


MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def format_date(day: date, lang: str) -> str:
    """'5 de marzo de 2026' / '5 March 2026'."""
    month = MONTHS[lang][day.month - 1]
    return f"{day.day} de {month} de {day.year}" if lang == "es" else f"{day.day} {month} {day.year}"
