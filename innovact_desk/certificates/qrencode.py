"""A quick encoder for the certificate's QR symbol: the same modules as qr.qr_symbol, a tenth of the time.

The spec (shared/specs/certificate-qr.md) fixes the symbol: a byte segment for the prefix, a numeric segment
for the digits, level Q when that fits in version 13 or below, else M; the house fixes the mask
(qr.FIXED_MASK). What `qrcode` spends its time on is the same for every code of a version: the function
patterns, the format and version bits, the order the data modules are placed in and the mask over them. Here
that is worked out once per (version, level) with qrcode's own pattern code, and per code only the
codewords are made (bits, then Reed-Solomon with a multiplication table per generator coefficient) and
written into a copy of the template. tests/core/test_qrencode.py checks module for module that this gives
what qrcode gives, and that zxing-cpp reads it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

import qrcode
from qrcode import base as qr_base
from qrcode import util as qr_util

from innovact_desk.certificates.qr import FIXED_MASK, MAX_VERSION_Q, QrSymbol

LEVELS = {"Q": qrcode.constants.ERROR_CORRECT_Q, "M": qrcode.constants.ERROR_CORRECT_M}
_DIGITS_AT_END = re.compile(r"[0-9]*\Z")
_DARK_RUN = re.compile(rb"\x01+")

# GF(256) with the QR polynomial 0x11D
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@cache
def _generator_table(n_ec: int) -> tuple[int, ...]:
    """For each byte f: the degree-n_ec generator (after its leading 1) times f, its n_ec bytes as one integer.
    Adding in GF(256) is XOR, so the remainder can be kept as one integer and worked a byte at a time."""
    generator = [1]
    for i in range(n_ec):
        generator = [a ^ _mul(b, _EXP[i]) for a, b in zip(generator + [0], [0] + generator)]
    return tuple(int.from_bytes(bytes(_mul(g, f) for g in generator[1:]), "big") for f in range(256))


def _ec_bytes(data: list[int], n_ec: int) -> list[int]:
    """The Reed-Solomon error correction codewords of one block (the remainder of data * x^n_ec / generator)."""
    table = _generator_table(n_ec)
    shift = 8 * (n_ec - 1)
    keep = (1 << shift) - 1
    remainder = 0
    for byte in data:
        remainder = ((remainder & keep) << 8) ^ table[(remainder >> shift) ^ byte]
    return list(remainder.to_bytes(n_ec, "big"))


@dataclass(frozen=True)
class _Layout:
    """What every symbol of one version and level shares."""

    size: int
    blocks: tuple[tuple[int, int], ...]  # (data codewords, total codewords) of each block
    data_bits: int
    template: bytes  # rows of size+1 modules (the last always light), 1 dark: function patterns, format and
    # version bits, and the mask over an all-zero data stream
    gather: itemgetter  # picks, for each module of the template, its bit of the data stream (or a 0)
    stream_modules: int  # how many data modules there are (codeword bits and remainder bits)


@cache
def _layout(version: int, level: str) -> _Layout:
    qr = qrcode.QRCode(version=version, error_correction=LEVELS[level], border=0, mask_pattern=FIXED_MASK)
    n = qr.modules_count = version * 4 + 17
    qr.modules = [[None] * n for _ in range(n)]
    qr.setup_position_probe_pattern(0, 0)
    qr.setup_position_probe_pattern(n - 7, 0)
    qr.setup_position_probe_pattern(0, n - 7)
    qr.setup_position_adjust_pattern()
    qr.setup_timing_pattern()
    qr.setup_type_info(False, FIXED_MASK)
    if version >= 7:
        qr.setup_type_number(False)
    mask = qr_util.mask_func(FIXED_MASK)
    stride = n + 1
    template = bytearray(n * stride)
    for r, row in enumerate(qr.modules):
        for c, module in enumerate(row):
            template[r * stride + c] = int(bool(module)) if module is not None else int(bool(mask(r, c)))
    positions = []
    col, upward = n - 1, True
    while col > 0:
        if col == 6:  # the vertical timing pattern
            col -= 1
        rows = range(n - 1, -1, -1) if upward else range(n)
        for r in rows:
            for c in (col, col - 1):
                if qr.modules[r][c] is None:
                    positions.append(r * stride + c)
        upward = not upward
        col -= 2
    zero = len(positions)  # the stream gets one 0 appended: what every function module picks
    source = [zero] * (n * stride)
    for i, flat in enumerate(positions):
        source[flat] = i
    blocks = tuple((b.data_count, b.total_count) for b in qr_base.rs_blocks(version, LEVELS[level]))
    return _Layout(n, blocks, sum(d for d, _ in blocks) * 8, bytes(template), itemgetter(*source), zero)


def _count_bits(mode: str, version: int) -> int:
    if mode == "numeric":
        return 10 if version < 10 else 12 if version < 27 else 14
    return 8 if version < 10 else 16


def _bit_length(prefix: bytes, digits: str, version: int) -> int:
    length = 4 + _count_bits("byte", version) + 8 * len(prefix) if prefix else 0
    if digits:
        length += 4 + _count_bits("numeric", version) + 10 * (len(digits) // 3) + (0, 4, 7)[len(digits) % 3]
    return length


def _bits(prefix: bytes, digits: str, version: int) -> str:
    parts = []
    if prefix:
        parts.append("0100" + format(len(prefix), f"0{_count_bits('byte', version)}b"))
        parts.append("".join(format(b, "08b") for b in prefix))
    if digits:
        parts.append("0001" + format(len(digits), f"0{_count_bits('numeric', version)}b"))
        for i in range(0, len(digits), 3):
            group = digits[i:i + 3]
            parts.append(format(int(group), f"0{(4, 7, 10)[len(group) - 1]}b"))
    return "".join(parts)


def _codewords(bits: str, layout: _Layout) -> list[int]:
    limit = layout.data_bits
    bits += "0" * min(4, limit - len(bits))
    bits += "0" * (-len(bits) % 8)
    data = [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]
    data += [0xEC, 0x11] * ((limit // 8 - len(data)) // 2 + 1)
    del data[limit // 8:]
    data_blocks, ec_blocks, offset = [], [], 0
    for count, total in layout.blocks:
        chunk = data[offset:offset + count]
        offset += count
        data_blocks.append(chunk)
        ec_blocks.append(_ec_bytes(chunk, total - count))
    out = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            out.extend(b[i] for b in group if i < len(b))
    return out


def _fit(prefix: bytes, digits: str) -> tuple[int, str, str]:
    """(version, level, data bits): Q in the smallest version that holds it when that is 13 or below, else M."""
    for level, last in (("Q", MAX_VERSION_Q), ("M", 40)):
        for version in range(1, last + 1):
            if _bit_length(prefix, digits, version) <= _layout(version, level).data_bits:
                return version, level, _bits(prefix, digits, version)
    raise ValueError("too long for a QR code")


_BITS_TO_BYTES = bytes.maketrans(b"01", b"\x00\x01")


def encode(text: str) -> tuple[int, bytes]:
    """(modules a side n, the modules as bytes of 0 and 1 in rows of n + 1, the last of each row always 0) of a
    certificate text's QR symbol."""
    digits = _DIGITS_AT_END.search(text).group()
    prefix = text[: len(text) - len(digits)].encode("utf-8")
    version, level, bits = _fit(prefix, digits)
    layout = _layout(version, level)
    codewords = _codewords(bits, layout)
    stream = format(int.from_bytes(bytes(codewords), "big"), f"0{8 * len(codewords)}b").encode("ascii")
    stream = stream.translate(_BITS_TO_BYTES).ljust(layout.stream_modules + 1, b"\x00")
    data = bytes(layout.gather(stream))
    size = len(data)
    modules = (int.from_bytes(data, "big") ^ int.from_bytes(layout.template, "big")).to_bytes(size, "big")
    return layout.size, modules


def qr_symbol(text: str) -> QrSymbol:
    """The symbol as qr.qr_symbol gives it (matrix of booleans, version, level, mask)."""
    digits = _DIGITS_AT_END.search(text).group()
    version, level, _ = _fit(text[: len(text) - len(digits)].encode("utf-8"), digits)
    n, modules = encode(text)
    matrix = [[bool(m) for m in modules[r * (n + 1):r * (n + 1) + n]] for r in range(n)]
    return QrSymbol(matrix, version, level, FIXED_MASK)


def qr_operators(text: str, x: float, y: float, size: float) -> str:
    """PDF operators filling the dark modules of the text's symbol as one path of rectangles (one a run of
    dark modules in a row), in a coordinate system of one unit a module; `size` wide, lower-left at x, y."""
    n, modules = encode(text)
    module = size / n
    ops = [f"q 0 g {module:.5f} 0 0 {-module:.5f} {x:.3f} {y + size:.3f} cm"]
    append = ops.append
    stride = n + 1
    # a run never crosses a row: each row ends in a light module
    ops += [f"{s % stride} {s // stride} {e - s} 1 re" for s, e in map(re.Match.span, _DARK_RUN.finditer(modules))]
    append("f Q")
    return "\n".join(ops)
