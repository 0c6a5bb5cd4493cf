"""Draws the placeholder logos and signatures of the demo certificates (no third-party marks).

    .venv/bin/python assets/certificate/make_placeholders.py

Writes, beside this script:
- logo-innovact.png   a cacao pod with a leaf, a fish, and the word INNOVACT (a placeholder, not the real mark)
- logo-proyecto.png   a round "Proyecto" emblem: a river between two banks of forest
- signature-1..3.png  made-up cursive scribbles in blue-black ink, transparent background

demo.json (written by hand) names the made-up signatories and which pictures the demo event uses.

Everything is drawn 4x larger and scaled down, for smooth edges; the output is deterministic (fixed seeds),
so running it again gives the same pictures.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "fonts"
SCALE = 4

GREEN = (31, 94, 58, 255)
LEAF = (76, 140, 60, 255)
CACAO = (150, 78, 36, 255)
CACAO_LIGHT = (196, 118, 52, 255)
RIVER = (38, 110, 160, 255)
INK = (24, 34, 84, 255)


def _canvas(width: int, height: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGBA", (width * SCALE, height * SCALE), (255, 255, 255, 0))
    return image, ImageDraw.Draw(image)


def _finish(image: Image.Image, name: str, *, trim: bool = False) -> None:
    """Scale down; `trim`: cut the empty margins (keeping a few pixels), so the drawing sits centred."""
    if trim:
        left, top, right, bottom = image.getbbox()
        pad = 6 * SCALE
        image = image.crop((max(left - pad, 0), max(top - pad, 0), right + pad, bottom + pad))
    small = image.resize((image.width // SCALE, image.height // SCALE), Image.Resampling.LANCZOS)
    small.save(HERE / name, optimize=True)


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size * SCALE)


def _s(*values: float) -> list[float]:
    return [v * SCALE for v in values]


def _rotate(points: list[tuple[float, float]], cx: float, cy: float, angle: float) -> list[tuple[float, float]]:
    """Points around (0, 0) turned by `angle` degrees, moved to (cx, cy), in drawing pixels."""
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    return [((cx + x * cos - y * sin) * SCALE, (cy + x * sin + y * cos) * SCALE) for x, y in points]


def _cacao_pod(draw: ImageDraw.ImageDraw, cx: float, cy: float, w: float, h: float, angle: float) -> None:
    """A ribbed pod pointed at both ends (a lemon shape), turned by `angle` degrees."""
    outline = []
    for i in range(64):
        t = 2 * math.pi * i / 64
        outline.append((w / 2 * math.sin(t) * (1 - 0.15 * math.cos(t) ** 2), -h / 2 * math.cos(t)))
    draw.polygon(_rotate(outline, cx, cy, angle), fill=CACAO)
    for rib in (-0.55, -0.2, 0.2, 0.55):
        line = [(rib * w / 2 * math.sin(math.pi * k / 20), -h / 2 * math.cos(math.pi * k / 20)) for k in range(1, 20)]
        draw.line(_rotate(line, cx, cy, angle), fill=CACAO_LIGHT, width=3 * SCALE)


def _leaf(draw: ImageDraw.ImageDraw, x0: float, y0: float, length: float, width: float, angle: float) -> None:
    upper = [(length * i / 40, -width / 2 * math.sin(math.pi * i / 40)) for i in range(41)]
    lower = [(length * i / 40, width / 2 * 0.8 * math.sin(math.pi * i / 40)) for i in range(40, -1, -1)]
    draw.polygon(_rotate(upper + lower, x0, y0, angle), fill=LEAF)
    draw.line(_rotate([(0, 0), (length, 0)], x0, y0, angle), fill=GREEN, width=2 * SCALE)


def _fish(draw: ImageDraw.ImageDraw, cx: float, cy: float, length: float) -> None:
    body = [cx - length / 2, cy - length / 5, cx + length / 4, cy + length / 5]
    draw.ellipse(_s(*body), fill=RIVER)
    tail = [(cx + length / 5, cy), (cx + length / 2, cy - length / 5), (cx + length / 2, cy + length / 5)]
    draw.polygon([(x * SCALE, y * SCALE) for x, y in tail], fill=RIVER)
    eye = [cx - length / 3 - 3, cy - 5, cx - length / 3 + 3, cy + 1]
    draw.ellipse(_s(*eye), fill=(255, 255, 255, 255))


def make_innovact_logo() -> None:
    image, draw = _canvas(700, 220)
    _leaf(draw, 92, 120, 95, 42, -60)
    _cacao_pod(draw, 80, 120, 62, 150, -18)
    _fish(draw, 170, 170, 90)
    draw.text(_s(230, 48), "INNOVACT", font=_font("DejaVuSans-Bold.ttf", 78), fill=GREEN)
    draw.text(_s(236, 142), "cacao · peces · innovación", font=_font("DejaVuSans.ttf", 27), fill=CACAO)
    _finish(image, "logo-innovact.png")


def make_proyecto_logo() -> None:
    image, draw = _canvas(560, 220)
    draw.ellipse(_s(10, 10, 210, 210), fill=(232, 242, 232, 255), outline=GREEN, width=6 * SCALE)
    for i, x in enumerate(range(30, 190, 22)):
        top = 70 + 14 * (i % 2)
        draw.polygon([(x * SCALE, 118 * SCALE), ((x + 11) * SCALE, top * SCALE), ((x + 22) * SCALE, 118 * SCALE)],
                     fill=LEAF)
    wave = [(x, 145 + 9 * math.sin(x / 16)) for x in range(22, 200, 2)]
    draw.line([(x * SCALE, y * SCALE) for x, y in wave], fill=RIVER, width=12 * SCALE)
    wave = [(x, 170 + 7 * math.sin(x / 14 + 1)) for x in range(34, 188, 2)]
    draw.line([(x * SCALE, y * SCALE) for x, y in wave], fill=RIVER, width=7 * SCALE)
    draw.text(_s(235, 52), "Proyecto", font=_font("DejaVuSerif-Bold.ttf", 64), fill=GREEN)
    draw.text(_s(238, 138), "Amazonía binacional", font=_font("DejaVuSans.ttf", 30), fill=RIVER)
    _finish(image, "logo-proyecto.png")


def _catmull_rom(points: list[tuple[float, float]], steps: int = 12) -> list[tuple[float, float]]:
    """A smooth curve through every point."""
    padded = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(padded) - 2):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = padded[i - 1:i + 3]
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            out.append((
                0.5 * (2 * x1 + (x2 - x0) * t + (2 * x0 - 5 * x1 + 4 * x2 - x3) * t2 + (3 * x1 - x0 - 3 * x2 + x3) * t3),
                0.5 * (2 * y1 + (y2 - y0) * t + (2 * y0 - 5 * y1 + 4 * y2 - y3) * t2 + (3 * y1 - y0 - 3 * y2 + y3) * t3),
            ))
    out.append(points[-1])
    return out


def _scribble(seed: int, name: str) -> None:
    """A made-up signature: two slanted words of random up and down strokes, some looping back, and a
    flourish under them. Each seed gives another hand."""
    rng = random.Random(seed)
    image, draw = _canvas(640, 180)
    x, base = 36.0, 122.0
    for word in range(2):
        keys = [(x, base - rng.uniform(0, 10))]
        for letter in range(rng.randint(4, 7)):
            tall = letter == 0 or rng.random() < 0.25
            top = base - (rng.uniform(60, 95) if tall else rng.uniform(15, 38))
            keys.append((x + rng.uniform(6, 14), top))
            x += rng.uniform(20, 32)
            back = rng.uniform(8, 16) if rng.random() < 0.4 else 0  # a loop: the stroke goes back down
            keys.append((x - back, base + rng.uniform(-4, 6) + (rng.uniform(10, 30) if rng.random() < 0.15 else 0)))
        if word == 1:
            keys.append((x + 25, base + 18))
            keys.append((rng.uniform(50, 110), base + rng.uniform(28, 40)))
        slanted = [(px - 0.3 * (py - base), py) for px, py in keys]
        draw.line([(px * SCALE, py * SCALE) for px, py in _catmull_rom(slanted)], fill=INK,
                  width=round(3.5 * SCALE), joint="curve")
        x += rng.uniform(22, 34)
    _finish(image, name, trim=True)


def main() -> None:
    make_innovact_logo()
    make_proyecto_logo()
    for i, seed in enumerate((11, 23, 37), start=1):
        _scribble(seed, f"signature-{i}.png")
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("*.png"))))


if __name__ == "__main__":
    main()
