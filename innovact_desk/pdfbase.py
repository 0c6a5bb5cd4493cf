"""What every PDF of the program shares: the embedded Unicode fonts and QR codes drawn as vector paths."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .assets import asset_path

SANS, SANS_BOLD, SERIF, SERIF_BOLD = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold"


@cache
def register_fonts() -> None:
    """Registers the DejaVu fonts from assets/ once per process (every accented name renders)."""
    for name in (SANS, SANS_BOLD, SERIF, SERIF_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(asset_path("fonts", f"{name}.ttf"))))


def draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draws a QR matrix (no quiet zone in it) as one vector path, `size` wide, lower-left corner at x, y."""
    count = len(matrix)
    module = size / count
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            path.rect(x + start * module, y + size - (r + 1) * module, (c - start) * module, module)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


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
