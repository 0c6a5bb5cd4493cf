"""The quick QR encoder gives, module for module, the symbol the spec asks for (and qrcode makes)."""

from __future__ import annotations

import random

import pytest
import qrcode
import zxingcpp
from PIL import Image, ImageDraw

from innovact_desk.certificates import qr as certqr
from innovact_desk.certificates import qrencode
from innovact_desk.paper.pdfbase import qr_operators

URLS = ["", "IDC:", "https://verificar.innovact.example.org/#", "https://certificados.innovact-amazonia.example.org/verificar/#"]


def texts(count: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(URLS) + str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.randint(99, 699)))
            for _ in range(count)]


def render(matrix: list[list[bool]], px: int = 3, quiet: int = 4) -> Image.Image:
    size = (len(matrix) + 2 * quiet) * px
    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                draw.rectangle([(x + quiet) * px, (y + quiet) * px, (x + quiet + 1) * px - 1, (y + quiet + 1) * px - 1], fill=0)
    return image


@pytest.mark.parametrize("text", texts(120))
def test_same_symbol_as_qrcode(text):
    assert qrencode.qr_symbol(text) == certqr.qr_symbol(text)


def test_same_pdf_path_as_before():
    for text in texts(10, seed=5):
        assert qrencode.qr_operators(text, 10, 20, 102) == qr_operators(certqr.qr_matrix(text), 10, 20, 102)


@pytest.mark.parametrize("text", texts(12, seed=7) + ["12345678901234567890"])
def test_zxing_reads_two_segments_at_the_spec_level(text):
    symbol = qrencode.qr_symbol(text)
    found = zxingcpp.read_barcodes(render(symbol.matrix), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [f.text for f in found] == [text]
    assert found[0].ec_level == symbol.error_correction
    assert found[0].extra["Version"] == str(symbol.version)
    digits = len(text) - len(text.rstrip("0123456789"))
    assert symbol.error_correction == ("Q" if q_version(text) <= certqr.MAX_VERSION_Q else "M")
    # the symbol content: a byte segment for the prefix (when there is one), then a numeric one
    content = found[0].bytes_eci if hasattr(found[0], "bytes_eci") else found[0].bytes
    assert content.endswith(text[-digits:].encode())


def q_version(text: str) -> int:
    """Smallest version holding the text at level Q, found with qrcode itself (41: does not fit)."""
    try:
        return certqr._fit(text, qrcode.constants.ERROR_CORRECT_Q, None).version
    except qrcode.exceptions.DataOverflowError:
        return 41


def test_level_q_up_to_version_13_then_m():
    symbols = [(t, qrencode.qr_symbol(t)) for t in texts(80, seed=3)]
    assert {s.error_correction for _t, s in symbols} == {"Q", "M"}
    for text, symbol in symbols:
        assert (symbol.error_correction == "Q") == (q_version(text) <= 13)
        assert symbol.error_correction == "M" or symbol.version <= 13
