"""Certificate QR codes: payload, text, verdicts, human codes and drawing (specs/certificate-qr.md)."""

from __future__ import annotations

import hashlib
import random
import unicodedata
from datetime import date

import pytest
import qrcode
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw
from qrcode import util as qr_util

from innovact_desk.certificates import qr as certqr
from innovact_desk.certificates.qr import CertPayload, KeyRing
from innovact_desk.errors import UserError

ISSUER = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
ISSUER_RAW = certqr.public_bytes(ISSUER)
URL = "https://verify.example.org/"
EVENT = "3F2C8A10-0B6E-4F5A-9D7C-1E2B3C4D5E6F"


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))


def payload(**changes) -> CertPayload:
    fields = {
        "kid": certqr.key_id(ISSUER_RAW), "uid": bytes.fromhex("0123456789abcdef"),
        "event_ref": certqr.event_ref(EVENT), "issued": date(2026, 3, 6), "rev": 0,
        "days": (1, 2), "role": "participant", "name": "María José Ñúñez",
    }
    fields.update(changes)
    return CertPayload(**fields)


def ring(*entries) -> KeyRing:
    return KeyRing(entries or [(ISSUER_RAW, None, None)])


def signed_text(p: CertPayload | None = None, url: str = "", key=ISSUER) -> str:
    return certqr.qr_text(certqr.sign_payload(p or payload(), key), url)


def name_of(nbytes: int, alphabet: str) -> str:
    """A name of exactly nbytes UTF-8 bytes made of the alphabet's letters (ASCII filler at the end)."""
    out, rng = "", random.Random(nbytes + len(alphabet))
    while len((out + "Ñ").encode()) <= nbytes:
        out += rng.choice(alphabet)
    out += "a" * (nbytes - len(out.encode()))
    assert len(out.encode()) == nbytes and unicodedata.is_normalized("NFC", out)
    return out


# ---------------------------------------------------------------- identifiers


def test_event_ref_uses_canonical_lowercase_uuid():
    expected = hashlib.sha256(EVENT.lower().encode()).digest()[:4]
    assert certqr.event_ref(EVENT) == expected
    assert certqr.event_ref("{" + EVENT.lower() + "}") == expected
    with pytest.raises(UserError):
        certqr.event_ref("not-a-uuid")


def test_key_id_and_fingerprint():
    digest = hashlib.sha256(ISSUER_RAW).hexdigest()
    assert certqr.fingerprint(ISSUER_RAW) == digest
    assert certqr.key_id(ISSUER_RAW).hex() == digest[:8]


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("url", ["", URL])
def test_round_trip_is_valid_with_every_field_intact(url):
    p = payload(days=(1, 3, 8), role="speaker", rev=2, issued=date(2025, 12, 31))
    text = signed_text(p, url)
    assert text.startswith(url + "#" if url else "IDC:")
    raw = certqr.parse_qr_text(text)
    decoded, signed, signature = certqr.decode_payload(raw)
    assert decoded == p and len(signature) == 64 and raw == signed + signature
    result = certqr.verify(text, ring())
    assert result.verdict == "valid" and result.ok
    assert result.payload == p
    assert (result.payload.name, result.payload.days, result.payload.role) == ("María José Ñúñez", (1, 3, 8), "speaker")
    assert (result.payload.rev, result.payload.issued) == (2, date(2025, 12, 31))
    assert result.human_code == certqr.human_code(p.uid)
    assert result.kid_hex == certqr.key_id(ISSUER_RAW).hex()
    assert result.fingerprint == certqr.fingerprint(ISSUER_RAW)
    assert certqr.verify(raw, ring()).verdict == "valid"  # raw payload bytes too


def test_payload_layout_matches_the_spec():
    p = payload(days=(1, 8), role="staff", rev=3, issued=date(1970, 1, 11), name="Ana")
    raw = certqr.sign_payload(p, ISSUER)
    assert raw[0] == 1 and raw[1:5] == p.kid and raw[5:13] == p.uid and raw[13:17] == p.event_ref
    assert raw[17:19] == (10).to_bytes(2, "big") and raw[19] == 3 and raw[20] == 0b10000001
    assert raw[21] == 3 and raw[22] == 3 and raw[23:26] == b"Ana" and len(raw) == 26 + 64
    ISSUER.public_key().verify(raw[-64:], b"INNOVACT-CERT-1" + raw[:-64])
    assert int(certqr.qr_text(raw)[4:]) == int.from_bytes(raw, "big")


def test_spanish_keyboard_mangled_prefix_still_verifies():
    text = signed_text(url=URL)
    digits = text.split("#", 1)[1]
    for mangled in ("https Ñ--verify.example.org-'" + digits, "httpsÑ--verify.example.org-" + digits, digits,
                    "IDC:" + digits + "\r\n", "idcÑ" + digits + "\t"):
        assert certqr.verify(mangled, ring()).verdict == "valid", mangled


def test_same_data_signs_byte_identical_text():
    assert signed_text(payload(), URL) == signed_text(payload(), URL)
    assert signed_text(payload(days=(2, 1))) == signed_text(payload(days=(1, 2)))


# ---------------------------------------------------------------- verdicts


def test_every_changed_digit_is_never_valid():
    text = signed_text()
    digits_at = range(len("IDC:"), len(text))
    verdicts = set()
    for i in digits_at:
        for new in {str((int(text[i]) + 1) % 10), str((int(text[i]) + 5) % 10)}:
            mutated = text[:i] + new + text[i + 1:]
            verdict = certqr.verify(mutated, ring()).verdict
            assert verdict in ("unreadable", "unknown_key", "tampered"), (i, verdict)
            verdicts.add(verdict)
    assert "tampered" in verdicts
    last = text[:-1] + str((int(text[-1]) + 1) % 10)  # the signature's last byte
    assert certqr.verify(last, ring()).verdict == "tampered"


def test_changed_name_byte_is_tampered():
    raw = bytearray(certqr.sign_payload(payload(name="Ana"), ISSUER))
    raw[23] = ord("E")
    assert certqr.verify(bytes(raw), ring()).verdict == "tampered"


def test_signed_by_another_key_is_unknown_key():
    other_kid = certqr.key_id(certqr.public_bytes(OTHER))
    text = signed_text(payload(kid=other_kid), key=OTHER)
    result = certqr.verify(text, ring())
    assert result.verdict == "unknown_key" and result.payload is None and result.kid_hex == other_kid.hex()
    assert certqr.verify(text, KeyRing()).verdict == "unknown_key"


def test_key_validity_period_is_checked_on_the_issue_date():
    text = signed_text(payload(issued=date(2026, 3, 6)))
    before = ring((ISSUER_RAW, None, date(2026, 3, 5)))
    after = ring((ISSUER_RAW, date(2026, 3, 7), None))
    inside = ring((ISSUER_RAW, date(2026, 3, 6), date(2026, 3, 6)))
    assert certqr.verify(text, before).verdict == "unknown_key"
    assert certqr.verify(text, after).verdict == "unknown_key"
    assert certqr.verify(text, inside).verdict == "valid"


def test_keys_sharing_a_kid_are_all_tried():
    class SharedKid(KeyRing):
        def lookup(self, kid):
            return KeyRing([(certqr.public_bytes(OTHER), None, None)]).lookup(
                certqr.key_id(certqr.public_bytes(OTHER))) + super().lookup(kid)

    assert certqr.verify(signed_text(), SharedKid([(ISSUER_RAW, None, None)])).verdict == "valid"
    only_other = SharedKid()
    assert certqr.verify(signed_text(), only_other).verdict == "tampered"


def test_superseded_and_revoked():
    p = payload(rev=1)
    text = signed_text(p)
    superseded = certqr.verify(text, ring(), {p.uid: 2})
    assert superseded.verdict == "superseded" and superseded.payload == p
    assert superseded.human_code == certqr.human_code(p.uid)
    assert certqr.verify(text, ring(), {p.uid: 1}).verdict == "valid"
    assert certqr.verify(text, ring(), lambda uid: 0).verdict == "valid"
    revoked = certqr.verify(text, ring(), lambda uid: 255 if uid == p.uid else 0)
    assert revoked.verdict == "revoked" and revoked.payload is None
    assert certqr.verify(text, ring(), {b"x" * 8: 255}).verdict == "valid"


def test_revocation_does_not_hide_tampering_or_unknown_keys():
    p = payload()
    text = signed_text(p)
    tampered = text[:-1] + str((int(text[-1]) + 1) % 10)
    assert certqr.verify(tampered, ring(), {p.uid: 255}).verdict == "tampered"
    assert certqr.verify(text, KeyRing(), {p.uid: 255}).verdict == "unknown_key"


def _raw(version=1, role=0, name=b"Ana", name_len=None, tail=64) -> bytes:
    name_len = len(name) if name_len is None else name_len
    return (bytes([version]) + b"K" * 4 + b"U" * 8 + b"E" * 4 + b"\x50\x00" + bytes([0, 3, role, name_len])
            + name + b"S" * tail)


@pytest.mark.parametrize("raw", [
    _raw(version=2), _raw(version=0), _raw(role=5), _raw(name=b"\xff\xfe"), _raw(name=b"\xc3"),
    _raw(name="Jose\u0301".encode()), _raw(name=b"", name_len=0), _raw(name=b"a" * 161),
    _raw(name_len=4), _raw(name_len=2), _raw(tail=63), _raw(tail=65), b"", b"\x01", _raw()[:23],
])
def test_unreadable_payloads(raw):
    assert certqr.decode_payload(raw) is None
    assert certqr.verify(raw, ring()).verdict == "unreadable"


def test_readable_structure_with_unknown_kid():
    assert certqr.decode_payload(_raw()) is not None
    assert certqr.verify(_raw(), ring()).verdict == "unknown_key"


@pytest.mark.parametrize("value", [None, 123, ["IDC:1"], object(), "", "IDC:", "1" * 99])
def test_verify_never_crashes_on_odd_inputs(value):
    assert certqr.verify(value, ring()).verdict == "unreadable"


# ---------------------------------------------------------------- text parsing and the address


def test_parse_takes_the_last_long_digit_run():
    good = signed_text()
    digits = good[4:]
    assert certqr.parse_qr_text("x" + "9" * 150 + "#" + digits) == certqr.parse_qr_text(good)
    assert certqr.parse_qr_text(digits + " 12345") == certqr.parse_qr_text(good)  # short runs ignored
    assert certqr.parse_qr_text("IDC:" + "1" * 99) is None
    assert certqr.parse_qr_text("IDC:" + "1" * 701) is None
    assert certqr.parse_qr_text("IDC:" + "1" * 700) is not None
    assert certqr.parse_qr_text("IDC:0" + digits) is None
    assert certqr.parse_qr_text("IDC:" + "٣" * 200) is None  # Arabic-Indic digits are not ASCII


@pytest.mark.parametrize("url", ["https://v.example.org/event7", "ftp://v.example.org/", "v.example.org/",
                                 "https://", "https://v.example.org/#", "https://v.example.org/ x",
                                 "https://vérifier.example.org/", "javascript:alert(1)//"])
def test_bad_verify_urls_are_refused(url):
    with pytest.raises(UserError):
        certqr.check_verify_url(url)
    with pytest.raises(UserError):
        certqr.qr_text(certqr.sign_payload(payload(), ISSUER), url)


def test_good_verify_url():
    assert certqr.check_verify_url("  https://verify.example.org/c?e=x ") == "https://verify.example.org/c?e=x"
    assert certqr.check_verify_url("HTTP://verify.example.org") == "HTTP://verify.example.org"


@pytest.mark.parametrize("change", [
    {"name": "Jose\u0301"}, {"name": ""}, {"name": "a" * 161}, {"name": "Ñ" * 81}, {"days": (0,)},
    {"days": (9,)}, {"rev": 255}, {"rev": -1}, {"role": "boss"}, {"issued": date(1969, 12, 31)},
    {"uid": b"short"}, {"kid": b"\0\0\0\0"},
])
def test_sign_refuses_bad_fields(change):
    with pytest.raises(UserError):
        certqr.sign_payload(payload(**change), ISSUER)


def test_sign_accepts_limits():
    for p in (payload(name="Ñ" * 80), payload(name="a"), payload(rev=254), payload(days=()),
              payload(days=tuple(range(1, 9)), role="other"), payload(issued=date(1970, 1, 1))):
        assert certqr.verify(signed_text(p), ring()).payload == p


# ---------------------------------------------------------------- human-readable code


@pytest.mark.parametrize(("value", "code"), [
    (0, "0000-0000-0000-00"),
    (1, "0000-0000-0000-11"),
    (31, "0000-0000-0000-ZZ"),  # 31 mod 37 = 31 -> Z
    (32, "0000-0000-0001-0*"),  # 32 = "10" in base32; 32 mod 37 -> '*'
    (36, "0000-0000-0001-4U"),  # 36 = "14"; 36 mod 37 -> 'U'
    (37, "0000-0000-0001-50"),  # 37 mod 37 = 0
    (2**64 - 1, "FZZZ-ZZZZ-ZZZZ-ZB"),  # top symbol 15; 2**64 = 2**28 = 12 (mod 37), so 11 -> 'B'
])
def test_human_code_vectors(value, code):
    uid = value.to_bytes(8, "big")
    assert certqr.human_code(uid) == code
    assert certqr.parse_human_code(code) == uid


def test_human_code_typos_are_tolerated():
    uid = bytes.fromhex("0123456789abcdef")
    code = certqr.human_code(uid)
    assert certqr.parse_human_code(code.lower()) == uid
    assert certqr.parse_human_code(" " + code.replace("-", " ") + " ") == uid
    assert certqr.parse_human_code(code.replace("-", "")) == uid
    assert certqr.parse_human_code("0000-0000-0000-II") == (1).to_bytes(8, "big")
    assert certqr.parse_human_code("oooo-oooo-oooo-lI") == (1).to_bytes(8, "big")
    assert certqr.parse_human_code("0000–0000–0001–4u") == (36).to_bytes(8, "big")  # en dashes


@pytest.mark.parametrize("text", ["0000-0000-0000-01", "0000-0000-0000-1", "0000-0000-0000-111",
                                  "0000-0000-000U-00", "G000-0000-0000-00", "", "hello", None])
def test_human_code_unreadable(text):
    assert certqr.parse_human_code(text) is None


def test_human_code_above_64_bits_is_unreadable():
    value = 2**64  # "G000000000000" in base32 (65 bits)
    symbols = "".join(certqr.CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(13)))
    assert symbols == "G000000000000"
    assert certqr.parse_human_code(symbols + certqr.CHECK_ALPHABET[value % 37]) is None


def test_verify_typed_code():
    uid = bytes.fromhex("0123456789abcdef")
    code = certqr.human_code(uid)
    register = {uid: (2, 2, "Ana Pérez")}
    issued = certqr.verify_typed_code(code.lower(), register.get)
    assert (issued.verdict, issued.rev, issued.name, issued.human_code) == ("issued", 2, "Ana Pérez", code)
    assert certqr.verify_typed_code(code, {uid: (3, 255, "Ana")}.get).verdict == "revoked"
    assert certqr.verify_typed_code(code, {}.get).verdict == "not_issued"
    assert certqr.verify_typed_code(code[:-1] + "X", register.get).verdict == "unreadable"


# ---------------------------------------------------------------- drawing the QR


def render(matrix: list[list[bool]], px: int = 4, quiet: int = 4) -> Image.Image:
    size = (len(matrix) + 2 * quiet) * px
    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + quiet) * px, (y + quiet) * px
                draw.rectangle([left, top, left + px - 1, top + px - 1], fill=0)
    return image


def scan(matrix: list[list[bool]]):
    found = zxingcpp.read_barcodes(render(matrix), formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1
    return found[0]


def q_version(text: str) -> int:
    """Smallest version holding the text at ECC Q, found with qrcode itself (41: does not fit)."""
    try:
        return certqr._fit(text, qrcode.constants.ERROR_CORRECT_Q, None).version
    except qrcode.exceptions.DataOverflowError:
        return 41


NAMES = ["Ana", "José", name_of(60, "ÑñüÜŁłáé "), name_of(160, "ÑñüÜŁłáé"), name_of(160, "Ł"),
         name_of(160, "ab cd"), name_of(159, "Ñü Ł")]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("url", ["", URL, "https://certificados.innovact-amazonia.example.org/verificar/"])
def test_qr_matrix_decodes_back_to_the_text(name, url):
    text = signed_text(payload(name=name, uid=hashlib.sha256(name.encode()).digest()[:8]), url)
    symbol = certqr.qr_symbol(text)
    assert symbol.matrix == certqr.qr_matrix(text)
    assert len(symbol.matrix) == 17 + 4 * symbol.version and all(len(r) == len(symbol.matrix) for r in symbol.matrix)
    found = scan(symbol.matrix)
    assert found.text == text
    assert certqr.verify(found.text, ring()).verdict == "valid"
    assert found.extra["Version"] == str(symbol.version) and found.extra["DataMask"] == certqr.FIXED_MASK
    expected_level = "Q" if q_version(text) <= 13 else "M"
    assert symbol.error_correction == found.ec_level == expected_level
    if expected_level == "Q":
        assert symbol.version <= 13


def test_both_ecc_levels_occur():
    short = signed_text(payload(name="Ana"))
    long = signed_text(payload(name=name_of(160, "Ł")), "https://certificados.innovact-amazonia.example.org/verificar/")
    assert certqr.qr_symbol(short).error_correction == "Q"
    assert certqr.qr_symbol(long).error_correction == "M" and q_version(long) > 13


def test_segments_are_byte_then_numeric():
    segments = certqr._segments(signed_text(url=URL))
    assert [s.mode for s in segments] == [qr_util.MODE_8BIT_BYTE, qr_util.MODE_NUMBER]
    assert segments[0].data == (URL + "#").encode()


@pytest.mark.parametrize("mask", [None, *range(8)])
def test_every_mask_decodes(mask):
    text = signed_text(url=URL)
    symbol = certqr.qr_symbol(text, mask)
    assert scan(symbol.matrix).text == text
    if mask is not None:
        assert symbol.mask == mask


ZERO_HEAVY = "IDC:1" + "0" * 400  # whole RS blocks of zero data codewords


def test_all_zero_data_blocks_are_drawn_despite_qrcode_issue_330():
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, mask_pattern=2)
    for segment in certqr._segments(ZERO_HEAVY):
        qr.add_data(segment)
    try:
        qr.make()
        library_fails = False
    except ValueError as exc:  # qrcode 8.2: ValueError("glog(0)")
        library_fails = "glog" in str(exc)
    for mask in (None, certqr.FIXED_MASK, 5):
        symbol = certqr.qr_symbol(ZERO_HEAVY, mask)
        assert scan(symbol.matrix).text == ZERO_HEAVY
    if not library_fails:  # fixed upstream: our encoder must agree with it
        assert certqr.qr_matrix(ZERO_HEAVY) == [[bool(m) for m in row] for row in qr.modules]


def test_glog_fallback_when_the_library_raises(monkeypatch):
    text = signed_text(url=URL)
    expected = certqr.qr_matrix(text)

    def broken(*args, **kwargs):
        raise ValueError("glog(0)")

    monkeypatch.setattr(qr_util, "create_data", broken)
    assert certqr.qr_matrix(text) == expected
    assert scan(certqr.qr_symbol(text, None).matrix).text == text


def test_own_reed_solomon_matches_qrcode():
    rng = random.Random(7)
    for _ in range(40):
        text = ("IDC:" if rng.random() < 0.5 else URL + "#") + str(rng.getrandbits(rng.randint(700, 1980)) | 1 << 700)
        for level in (qrcode.constants.ERROR_CORRECT_Q, qrcode.constants.ERROR_CORRECT_M):
            qr = certqr._fit(text, level, None)
            assert certqr.rs_codewords(qr.version, level, qr.data_list) == qr_util.create_data(
                qr.version, level, qr.data_list)


# ---------------------------------------------------------------- properties

SIGNED = signed_text(url=URL)
SIGNED_RAW = certqr.parse_qr_text(SIGNED)
DIGITS_START = SIGNED.index("#") + 1
VERDICTS = {"unreadable", "unknown_key", "tampered", "revoked", "superseded", "valid"}
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(value) -> str:
    verdict = certqr.verify(value, ring()).verdict
    assert verdict in VERDICTS
    if verdict == "valid":
        raw = value if isinstance(value, bytes) else certqr.parse_qr_text(value)
        assert raw == SIGNED_RAW
    return verdict


@FAST
@given(st.text())
def test_random_text_never_crashes(text):
    assert _check(text) != "valid"


@FAST
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(raw):
    assert _check(raw) != "valid"


@FAST
@given(st.text(alphabet="0123456789", min_size=100, max_size=800), st.sampled_from(["", "IDC:", URL + "#"]))
def test_random_digit_runs_are_never_valid(digits, prefix):
    assert _check(prefix + digits) != "valid"


@FAST
@given(st.text(max_size=40))
def test_any_prefix_before_the_digits(prefix):
    verdict = _check(prefix + SIGNED[DIGITS_START:])
    if not prefix or not prefix[-1].isascii() or not prefix[-1].isdigit():
        assert verdict == "valid"


@FAST
@given(st.data())
def test_mutated_codes_are_never_valid(data):
    digits = SIGNED[DIGITS_START:]
    kind = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate", "swap"]))
    i = data.draw(st.integers(0, len(digits) - 1))
    d = data.draw(st.sampled_from("0123456789"))
    if kind == "flip":
        mutated = digits[:i] + d + digits[i + 1:]
    elif kind == "insert":
        mutated = digits[:i] + d + digits[i:]
    elif kind == "delete":
        mutated = digits[:i] + digits[i + 1:]
    elif kind == "truncate":
        mutated = digits[:i]
    else:
        j = min(i + 1, len(digits) - 1)
        mutated = digits[:i] + digits[j] + digits[i + 1:j] + digits[i] + digits[j + 1:]
    verdict = _check(SIGNED[:DIGITS_START] + mutated)
    assert (verdict == "valid") == (mutated == digits)
