"""What every PDF of the program shares: the embedded Unicode fonts and QR codes drawn as vector paths."""

from __future__ import annotations

import threading
from datetime import date

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from innovact_desk.assets import asset_path

SANS, SANS_BOLD, SERIF, SERIF_BOLD = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold"

# Every font shipped in assets/fonts (licences beside them). DejaVu draws what it has, as before; a character
# it lacks is drawn in the first font of its chain that has it (per character, not per text).
_FONT_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", SERIF: "DejaVuSerif.ttf",
               SERIF_BOLD: "DejaVuSerif-Bold.ttf", "NotoSans": "NotoSans-Regular.ttf",
               "NotoSans-Bold": "NotoSans-Bold.ttf", "NotoSerif": "NotoSerif-Regular.ttf",
               "NotoSerif-Bold": "NotoSerif-Bold.ttf", "NotoSansSymbols2": "NotoSansSymbols2-Regular.ttf",
               "DroidSansFallback": "DroidSansFallbackFull.ttf", "Symbola": "Symbola.ttf"}
_WIDE = ("DroidSansFallback", "NotoSansSymbols2", "Symbola")  # CJK and Hangul; symbols and emoji
FALLBACKS = {
    SANS: (SANS, "NotoSans", SERIF, *_WIDE),
    SANS_BOLD: (SANS_BOLD, "NotoSans-Bold", SANS, "NotoSans", *_WIDE),
    SERIF: (SERIF, "NotoSerif", SANS, *_WIDE),
    SERIF_BOLD: (SERIF_BOLD, "NotoSerif-Bold", SANS_BOLD, "NotoSans-Bold", SANS, *_WIDE),
}
# Drawn as nothing: variation selectors (the emoji/text presentation of the character before)
INVISIBLE = frozenset(chr(c) for c in range(0xFE00, 0xFE10))


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap with characters beyond U+FFFF written as UTF-16 (a surrogate pair), as the
    PDF reference asks: ReportLab 5.1 writes them as five hex digits, so a viewer copying or searching the
    text (pdftotext) read 😀 (U+1F600) as ὠ (U+1F60), and the name on paper read back as another one."""
    text = _reportlab_cmap(fontname, [min(v, 0xFFFF) for v in subset])
    for i, v in enumerate(subset):
        if v > 0xFFFF:
            text = text.replace(f"<{i:02X}> <FFFF>", f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>", 1)
    return text


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap
_fonts_lock = threading.Lock()
_registered: set[str] = set()
_coverage: dict[str, frozenset[str]] = {}


def _register(name: str) -> None:
    if name not in _registered:
        font = TTFont(name, str(asset_path("fonts", _FONT_FILES[name])))
        pdfmetrics.registerFont(font)
        _coverage[name] = frozenset(chr(c) for c in font.face.charToGlyph if c > 0)
        _registered.add(name)


def register_fonts() -> None:
    """Register the main (DejaVu) fonts with ReportLab, once per process (thread-safe); the fallbacks are
    registered the first time a character needs one."""
    if SERIF_BOLD in _registered:  # the last of the four
        return
    with _fonts_lock:
        for name in (SANS, SANS_BOLD, SERIF, SERIF_BOLD):
            _register(name)


def coverage(name: str) -> frozenset[str]:
    """The characters a shipped font has a glyph for (registering it)."""
    with _fonts_lock:
        _register(name)
        return _coverage[name]


def font_for(char: str, font: str) -> str | None:
    """The first font of font's chain that has the character; None when no shipped font has it."""
    for name in FALLBACKS.get(font, (font,)):
        if char in coverage(name):
            return name
    return None


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """The text cut into (font, piece) runs: each piece in the first font of the chain that has its characters.
    A character no font has stays in the main font (names with one are refused before they get here)."""
    register_fonts()
    main = _coverage.get(font) or coverage(font)
    if main.issuperset(text):
        return [(font, text)]
    runs: list[tuple[str, str]] = []
    for char in text:
        if char in INVISIBLE:
            continue
        name = font if char in main or char.isspace() else (font_for(char, font) or font)
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def string_width(text: str, font: str, size: float) -> float:
    """Width of the text as draw_text draws it (each run in its own font)."""
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in font_runs(text, font))


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *, centred: bool = False) -> None:
    """Draws one line starting at x (or centred on x), falling back per character to the fonts that have it."""
    runs = font_runs(text, font)
    if len(runs) == 1:
        canvas.setFont(runs[0][0], size)
        (canvas.drawCentredString if centred else canvas.drawString)(x, y, runs[0][1])
        return
    if centred:
        x -= sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs) / 2
    for name, piece in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)


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


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draws the QR code of a text (prefix in byte mode, trailing digits in numeric mode; no quiet zone) as one
    vector path, `size` wide, lower-left corner at x, y."""
    from innovact_desk.certificates import qrencode

    canvas.addLiteral(qrencode.qr_operators(text, x, y, size))


def fit_font_size(text: str, font: str, max_size: float, width: float, min_size: float = 6) -> float:
    """The largest size up to max_size at which `text` fits in `width` (never below min_size)."""
    size = max_size
    while size > min_size and string_width(text, font, size) > width:
        size -= 0.5
    return size


def wrap_to_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str] | None:
    """Greedy word wrap; None when the text needs more than max_lines lines or a word is too wide."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if string_width(candidate, font, size) <= width:
            current = candidate
            continue
        if not current or string_width(word, font, size) > width:
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
        if current and string_width(current + char, font, size) > width:
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
