"""Certificate QR codes, version 1 (see specs/certificate-qr.md): payload, text, verdicts.

Pure functions: no database, no Qt. A payload is a few fixed fields, the holder's name and an
Ed25519 signature; in the QR it is written as decimal digits after a prefix (the verification
address and `#`, or `IDC:`), so a keyboard-wedge scanner that mangles the prefix does no harm.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

import qrcode
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from qrcode import base as qr_base
from qrcode import util as qr_util
from qrcode.exceptions import DataOverflowError

from innovact_desk.errors import UserError

VERSION = 1
DOMAIN = b"INNOVACT-CERT-1"
ROLES = ("participant", "speaker", "organizer", "staff", "other")
MAX_NAME_BYTES = 160
MAX_DAYS = 8
REVOKED = 255  # min_rev that revokes a certificate
SIGNATURE_BYTES = 64
HEADER_BYTES = 23  # version .. name_len
IDC_PREFIX = "IDC:"
MIN_DIGITS, MAX_DIGITS = 100, 700
EPOCH = date(1970, 1, 1)

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = CROCKFORD + "*~$=U"

_DIGIT_RUN = re.compile(rf"[0-9]{{{MIN_DIGITS},}}")


@dataclass(frozen=True)
class CertPayload:
    """The signed fields of a certificate. `days` are day numbers 1..8, kept sorted."""

    kid: bytes
    uid: bytes
    event_ref: bytes
    issued: date
    rev: int
    days: tuple[int, ...]
    role: str
    name: str

    def __post_init__(self) -> None:
        if all(isinstance(d, int) for d in self.days):
            object.__setattr__(self, "days", tuple(sorted(set(self.days))))


# ---------------------------------------------------------------- identifiers


def event_ref(event_uuid: str) -> bytes:
    """First 4 bytes of SHA-256 of the event UUID in its canonical lowercase text form."""
    try:
        canonical = str(uuid.UUID(str(event_uuid)))
    except ValueError:
        raise UserError("certificates.not_event_uuid", value=event_uuid) from None
    return hashlib.sha256(canonical.encode("ascii")).digest()[:4]


def key_id(public_raw: bytes) -> bytes:
    """The kid: first 4 bytes of SHA-256 of the raw 32-byte Ed25519 public key."""
    return hashlib.sha256(public_raw).digest()[:4]


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw public key, 64 hex digits (the kid is its first 8)."""
    return hashlib.sha256(public_raw).hexdigest()


def public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return pub.public_bytes(Encoding.Raw, PublicFormat.Raw)


# ---------------------------------------------------------------- payload bytes


def _check_payload(p: CertPayload) -> None:
    if len(p.kid) != 4 or len(p.uid) != 8 or len(p.event_ref) != 4:
        raise UserError("certificates.bad_ids")
    if not isinstance(p.rev, int) or not 0 <= p.rev < REVOKED:
        raise UserError("certificates.bad_rev", rev=p.rev)
    if any(not isinstance(d, int) or not 1 <= d <= MAX_DAYS for d in p.days):
        raise UserError("certificates.bad_days", days=p.days, max=MAX_DAYS)
    if p.role not in ROLES:
        raise UserError("certificates.bad_role", role=p.role)
    if not isinstance(p.issued, date) or not 0 <= (p.issued.toordinal() - EPOCH.toordinal()) <= 0xFFFF:
        raise UserError("certificates.bad_issued", issued=p.issued)
    if not unicodedata.is_normalized("NFC", p.name):
        raise UserError("certificates.name_not_nfc", name=p.name)
    if not 1 <= len(p.name.encode("utf-8")) <= MAX_NAME_BYTES:
        raise UserError("certificates.name_length", name=p.name, max=MAX_NAME_BYTES)


def _unsigned_bytes(p: CertPayload) -> bytes:
    name = p.name.encode("utf-8")
    days_bits = sum(1 << (d - 1) for d in set(p.days))
    issued = p.issued.toordinal() - EPOCH.toordinal()
    return (
        bytes([VERSION]) + p.kid + p.uid + p.event_ref + issued.to_bytes(2, "big")
        + bytes([p.rev, days_bits, ROLES.index(p.role), len(name)]) + name
    )


def sign_payload(p: CertPayload, private_key: Ed25519PrivateKey) -> bytes:
    """The whole payload: the fields, then Ed25519 over DOMAIN + the fields. Deterministic."""
    _check_payload(p)
    if key_id(public_bytes(private_key)) != p.kid:
        raise UserError("certificates.kid_mismatch")
    unsigned = _unsigned_bytes(p)
    return unsigned + private_key.sign(DOMAIN + unsigned)


def decode_payload(raw: bytes) -> tuple[CertPayload, bytes, bytes] | None:
    """(payload, signed part without DOMAIN, signature), or None when unreadable."""
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        return None
    raw = bytes(raw)
    if len(raw) < HEADER_BYTES + 1 + SIGNATURE_BYTES or raw[0] != VERSION:
        return None
    name_len = raw[22]
    if not 1 <= name_len <= MAX_NAME_BYTES or len(raw) != HEADER_BYTES + name_len + SIGNATURE_BYTES:
        return None
    if raw[21] >= len(ROLES):
        return None
    try:
        name = raw[HEADER_BYTES:HEADER_BYTES + name_len].decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not unicodedata.is_normalized("NFC", name):
        return None
    payload = CertPayload(
        kid=raw[1:5], uid=raw[5:13], event_ref=raw[13:17],
        issued=EPOCH + timedelta(days=int.from_bytes(raw[17:19], "big")),
        rev=raw[19], days=tuple(i + 1 for i in range(8) if raw[20] >> i & 1),
        role=ROLES[raw[21]], name=name,
    )
    return payload, raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]


# ---------------------------------------------------------------- text in the QR


def check_verify_url(url: str) -> str:
    """The verification address, stripped; UserError when it cannot prefix a code."""
    url = (url or "").strip()
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest or rest.startswith("/"):
        raise UserError("certificates.url_scheme", url=url)
    if not url.isascii() or any(c.isspace() or not c.isprintable() for c in url):
        raise UserError("certificates.url_ascii", url=url)
    if "#" in url:
        raise UserError("certificates.url_hash", url=url)
    if url[-1].isdigit():
        raise UserError("certificates.url_digit", url=url)
    if len(url) > 200:
        raise UserError("certificates.url_long", url=url)
    return url


def qr_text(payload: bytes, verify_url: str = "") -> str:
    """PREFIX + the payload as one decimal integer. PREFIX is `url#` or `IDC:`."""
    if not payload or payload[0] == 0:
        raise ValueError("payload must start with a non-zero version byte")
    prefix = check_verify_url(verify_url) + "#" if verify_url else IDC_PREFIX
    return prefix + str(int.from_bytes(payload, "big"))


def parse_qr_text(text: str) -> bytes | None:
    """The payload from the last run of >= 100 ASCII digits; None when unreadable."""
    if not isinstance(text, str):
        return None
    last = None
    for last in _DIGIT_RUN.finditer(text):
        pass
    if last is None:
        return None
    digits = last.group()
    if len(digits) > MAX_DIGITS or digits[0] == "0":
        return None
    value = int(digits)
    return value.to_bytes((value.bit_length() + 7) // 8, "big")


# ---------------------------------------------------------------- human-readable code


def human_code(uid: bytes) -> str:
    """'XXXX-XXXX-XXXX-XX': the uid in 13 Crockford base32 symbols, then its mod-37 check."""
    if len(uid) != 8:
        raise ValueError("a uid is 8 bytes")
    value = int.from_bytes(uid, "big")
    symbols = "".join(CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(13)))
    symbols += CHECK_ALPHABET[value % 37]
    return "-".join((symbols[0:4], symbols[4:8], symbols[8:12], symbols[12:14]))


_IGNORED = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"}
_TYPO = {"I": "1", "L": "1", "O": "0"}


def parse_human_code(text: str) -> bytes | None:
    """The uid of a typed code (case, spaces, hyphens ignored; I/L = 1, O = 0); None if unreadable."""
    if not isinstance(text, str):
        return None
    chars = [_TYPO.get(c, c) for c in text.upper() if not c.isspace() and c not in _IGNORED]
    if len(chars) != 14:
        return None
    value = 0
    for c in chars[:13]:
        index = CROCKFORD.find(c)
        if index < 0:
            return None
        value = value << 5 | index
    if value >> 64 or CHECK_ALPHABET.find(chars[13]) != value % 37:
        return None
    return value.to_bytes(8, "big")


# ---------------------------------------------------------------- trusted keys and verdicts


@dataclass(frozen=True)
class TrustedKey:
    public_raw: bytes
    valid_from: date | None = None
    valid_to: date | None = None
    key: Ed25519PublicKey | None = field(default=None, compare=False, repr=False)

    @property
    def kid(self) -> bytes:
        return key_id(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def __post_init__(self) -> None:
        if self.key is None:
            object.__setattr__(self, "key", Ed25519PublicKey.from_public_bytes(self.public_raw))

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)


class KeyRing:
    """Trusted public keys, each with its validity period (None: open-ended). Looked up by kid."""

    def __init__(self, keys: Iterable[tuple[bytes, date | None, date | None]] = ()) -> None:
        self._by_kid: dict[bytes, list[TrustedKey]] = {}
        for public_raw, valid_from, valid_to in keys:
            self.add(public_raw, valid_from, valid_to)

    def add(self, public_raw: bytes, valid_from: date | None = None, valid_to: date | None = None) -> None:
        """Trust a raw 32-byte Ed25519 public key (ValueError when it is not one)."""
        public_raw = bytes(public_raw)
        key = Ed25519PublicKey.from_public_bytes(public_raw)
        entry = TrustedKey(public_raw, valid_from, valid_to, key)
        entries = self._by_kid.setdefault(key_id(public_raw), [])
        if entry not in entries:
            entries.append(entry)

    def lookup(self, kid: bytes) -> list[TrustedKey]:
        """Every trusted key with this kid (a kid is only a hint: several keys can share one)."""
        return list(self._by_kid.get(bytes(kid), ()))

    def __iter__(self) -> Iterator[TrustedKey]:
        return (k for entries in self._by_kid.values() for k in entries)

    def __len__(self) -> int:
        return sum(len(entries) for entries in self._by_kid.values())

    @property
    def fingerprints(self) -> set[str]:
        return {k.fingerprint for k in self}


StatusLookup = Callable[[bytes], int]  # uid -> min_rev (0 when unknown, 255 revoked)
RegisterLookup = Callable[[bytes], "tuple[int | None, int, str | None] | None"]


@dataclass(frozen=True)
class Verification:
    """A verdict. payload and human_code only for valid and superseded (and typed codes: issued)."""

    verdict: str
    payload: CertPayload | None = None
    human_code: str | None = None
    kid_hex: str | None = None  # whenever the payload was readable: tells which key to look for
    fingerprint: str | None = None  # the key whose signature checked
    rev: int | None = None  # typed codes: the current revision
    name: str | None = None  # typed codes: the name the register or bundle knows

    @property
    def ok(self) -> bool:
        return self.verdict in ("valid", "issued")


def _min_rev(status: StatusLookup | Mapping[bytes, int] | None, uid: bytes) -> int:
    if status is None:
        return 0
    if isinstance(status, Mapping):
        return int(status.get(uid, 0))
    return int(status(uid) or 0)


def verify(
    text_or_payload: str | bytes,
    keys: KeyRing,
    status: StatusLookup | Mapping[bytes, int] | None = None,
) -> Verification:
    """The verdict for a scanned text (str) or a raw payload (bytes): first row of the spec's table."""
    if isinstance(text_or_payload, str):
        raw = parse_qr_text(text_or_payload)
    elif isinstance(text_or_payload, (bytes, bytearray, memoryview)):
        raw = bytes(text_or_payload)
    else:
        raw = None
    decoded = decode_payload(raw) if raw is not None else None
    if decoded is None:
        return Verification("unreadable")
    payload, signed, signature = decoded
    kid_hex = payload.kid.hex()
    candidates = [k for k in keys.lookup(payload.kid) if k.valid_on(payload.issued)]
    if not candidates:
        return Verification("unknown_key", kid_hex=kid_hex)
    signer = None
    for candidate in candidates:
        try:
            candidate.key.verify(signature, DOMAIN + signed)
        except InvalidSignature:
            continue
        signer = candidate
        break
    if signer is None:
        return Verification("tampered", kid_hex=kid_hex)
    min_rev = _min_rev(status, payload.uid)
    if min_rev >= REVOKED:
        return Verification("revoked", kid_hex=kid_hex, fingerprint=signer.fingerprint)
    verdict = "superseded" if payload.rev < min_rev else "valid"
    return Verification(verdict, payload, human_code(payload.uid), kid_hex, signer.fingerprint, payload.rev)


def verify_typed_code(text: str, register_lookup: RegisterLookup) -> Verification:
    """A typed human code looked up in the register or bundle: issued, revoked, not_issued, unreadable.

    register_lookup(uid) gives None (never issued) or (current_rev or None, min_rev, name or None).
    """
    uid = parse_human_code(text)
    if uid is None:
        return Verification("unreadable")
    found = register_lookup(uid)
    code = human_code(uid)
    if found is None:
        return Verification("not_issued", human_code=code)
    current_rev, min_rev, name = found
    if min_rev >= REVOKED:
        return Verification("revoked", human_code=code)
    return Verification("issued", human_code=code, rev=current_rev, name=name)


# ---------------------------------------------------------------- drawing the QR

FIXED_MASK = 2  # any mask decodes; a fixed one skips scoring all eight (see tests)
MAX_VERSION_Q = 13


@dataclass(frozen=True)
class QrSymbol:
    matrix: list[list[bool]]  # dark modules, no quiet zone
    version: int
    error_correction: str  # "Q" or "M"
    mask: int


def _segments(text: str) -> list[qr_util.QRData]:
    """Byte mode for the prefix, numeric mode for the trailing digits."""
    digits = re.search(r"[0-9]*\Z", text).group()
    prefix = text[: len(text) - len(digits)]
    segments = []
    if prefix:
        segments.append(qr_util.QRData(prefix.encode("utf-8"), mode=qr_util.MODE_8BIT_BYTE))
    if digits:
        segments.append(qr_util.QRData(digits.encode("ascii"), mode=qr_util.MODE_NUMBER))
    return segments


def _fit(text: str, ecc: int, mask: int | None) -> qrcode.QRCode:
    qr = qrcode.QRCode(error_correction=ecc, border=0, mask_pattern=mask)
    for segment in _segments(text):
        qr.add_data(segment)
    qr.best_fit()
    return qr


def qr_symbol(text: str, mask: int | None = FIXED_MASK) -> QrSymbol:
    """The QR symbol of a certificate text: ECC Q when it fits in version <= 13, else M."""
    try:
        qr, level = _fit(text, qrcode.constants.ERROR_CORRECT_Q, mask), "Q"
        if qr.version > MAX_VERSION_Q:
            raise DataOverflowError
    except DataOverflowError:
        qr, level = _fit(text, qrcode.constants.ERROR_CORRECT_M, mask), "M"
    try:
        qr.make(fit=False)
    except ValueError as exc:  # python-qrcode #330: glog(0) on a block of all-zero data codewords
        if not str(exc).startswith("glog"):
            raise
        qr.data_cache = rs_codewords(qr.version, qr.error_correction, qr.data_list)
        qr.makeImpl(False, qr.mask_pattern if qr.mask_pattern is not None else qr.best_mask_pattern())
    used = qr.mask_pattern if qr.mask_pattern is not None else _read_mask(qr.modules)
    return QrSymbol([[bool(m) for m in row] for row in qr.modules], qr.version, level, used)


def qr_matrix(text: str) -> list[list[bool]]:
    """Dark modules of the certificate's QR code, rows top to bottom, without the quiet zone."""
    return qr_symbol(text).matrix


def _read_mask(modules: list[list[bool | None]]) -> int:
    """The mask pattern written in the format information (bits 10..12 after unmasking)."""
    bits = 0
    for col in (0, 1, 2, 3, 4):  # format bits 14..10 are row 8, columns 0..4
        bits = bits << 1 | bool(modules[8][col])
    return (bits ^ 0b10101) & 0b111


# Reed-Solomon over GF(256) for the data codewords: qrcode 8.2's own encoder raises glog(0) when a
# block of data codewords is all zero (python-qrcode #330), whatever the mask.
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


def _gf_mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


def _rs_remainder(data: list[int], n_ec: int) -> list[int]:
    generator = [1]
    for i in range(n_ec):
        generator = [a ^ _gf_mul(b, _EXP[i]) for a, b in zip(generator + [0], [0] + generator)]
    remainder = [0] * n_ec
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = remainder[1:] + [0]
        for j in range(n_ec):
            remainder[j] ^= _gf_mul(generator[j + 1], factor)
    return remainder


def rs_codewords(version: int, error_correction: int, data_list: list[qr_util.QRData]) -> list[int]:
    """The final codeword sequence, as qrcode.util.create_data builds it, without its glog(0) bug."""
    buffer = qr_util.BitBuffer()
    for data in data_list:
        buffer.put(data.mode, 4)
        buffer.put(len(data), qr_util.length_in_bits(data.mode, version))
        data.write(buffer)
    blocks = qr_base.rs_blocks(version, error_correction)
    bit_limit = sum(block.data_count * 8 for block in blocks)
    if len(buffer) > bit_limit:
        raise DataOverflowError(f"{len(buffer)} bits > {bit_limit}")
    for _ in range(min(bit_limit - len(buffer), 4)):
        buffer.put_bit(False)
    while len(buffer) % 8:
        buffer.put_bit(False)
    for i in range((bit_limit - len(buffer)) // 8):
        buffer.put(qr_util.PAD0 if i % 2 == 0 else qr_util.PAD1, 8)
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        chunk = [b & 0xFF for b in buffer.buffer[offset: offset + block.data_count]]
        offset += block.data_count
        data_blocks.append(chunk)
        ec_blocks.append(_rs_remainder(chunk, block.total_count - block.data_count))
    out = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            out.extend(b[i] for b in group if i < len(b))
    return out
