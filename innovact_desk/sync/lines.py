"""The bytes of a journal: each line encrypted and authenticated, each write signed by its desk.

A line is the base64 of a fresh 12-byte nonce and the AES-GCM ciphertext of one JSON object, with
the event's and the writing desk's ids as associated data: a line moved to another desk's file or
another event's folder fails authentication, and a lost stick shows nothing but noise.

A write (the lines one sync appends) ends with a seal line: the count of lines it covers and the
writing desk's Ed25519 signature over their bytes. Every clone holds the sync key, so the key alone
cannot tell desks apart; the desk key can. Entries are taken only once a seal covers them.

Nothing read is trusted before it is checked: a line longer than MAX_LINE is refused unread, a line
is authenticated before it is decoded, and decoding is bounded (JSON nesting, see decode).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

JOURNAL_VERSION = 2
MAX_LINE = 256 * 1024  # bytes of one encoded line: far above any entry (a participant is ~2 KB)
SEAL_EVERY = 10_000  # lines a seal covers at most, so a reader holds few lines unsealed
_AAD = b"INNOVACT-JOURNAL-2\x00"
_SEAL = b"INNOVACT-SEAL-2\x00"
_NONCE = 12


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(text: object) -> bool:
    """A UUID in its canonical lowercase text form (what may name a folder or a file)."""
    return isinstance(text, str) and _UUID.fullmatch(text) is not None


def line_key(sync_key_hex: str) -> AESGCM:
    """The AEAD of journal lines, derived from the event's sync key (never the key itself)."""
    secret = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"innovact-desk journal lines v2").derive(
        bytes.fromhex(sync_key_hex))
    return AESGCM(secret)


def _aad(event_id: str, desk_id: str) -> bytes:
    return _AAD + event_id.encode("ascii") + b"\x00" + desk_id.encode("ascii")


def encrypt(aead: AESGCM, event_id: str, desk_id: str, obj: dict) -> bytes:
    """One line (without its newline)."""
    plain = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    nonce = os.urandom(_NONCE)
    return base64.b64encode(nonce + aead.encrypt(nonce, plain, _aad(event_id, desk_id)))


def decrypt(aead: AESGCM, event_id: str, desk_id: str, line: bytes) -> bytes | None:
    """The plaintext of an authentic line, or None (damaged, altered, another event's or desk's)."""
    if len(line) > MAX_LINE:
        return None
    try:
        raw = base64.b64decode(line, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) < _NONCE + 16:
        return None
    try:
        return aead.decrypt(raw[:_NONCE], raw[_NONCE:], _aad(event_id, desk_id))
    except InvalidTag:
        return None


def decode(plain: bytes) -> dict | None:
    """The JSON object of an authentic line, or None. (Nesting past Python's limit is refused, not a crash.)"""
    try:
        obj = json.loads(plain.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None


def _seal_message(event_id: str, desk_id: str, covered: list[bytes]) -> bytes:
    digest = hashlib.sha256()
    for line in covered:
        digest.update(line)
        digest.update(b"\n")
    return _SEAL + event_id.encode("ascii") + b"\x00" + desk_id.encode("ascii") + len(covered).to_bytes(8, "big") \
        + digest.digest()


def seal(aead: AESGCM, event_id: str, desk_id: str, desk_key: Ed25519PrivateKey, covered: list[bytes],
         public_b64: str) -> bytes:
    """The seal line of a write: how many lines it covers, signed by the desk, with the desk's public key
    (which only a desk whose id commits to it can use: see store.journals.desk_id_for)."""
    signature = desk_key.sign(_seal_message(event_id, desk_id, covered))
    return encrypt(aead, event_id, desk_id, {"seal": len(covered), "sig": base64.b64encode(signature).decode(),
                                             "key": public_b64})


def public_raw(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal_checks(public: bytes, event_id: str, desk_id: str, covered: list[bytes], signature_b64: object) -> bool:
    if not isinstance(signature_b64, str) or len(signature_b64) > 200:
        return False
    try:
        signature = base64.b64decode(signature_b64, validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(signature, _seal_message(event_id, desk_id, covered))
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def new_desk_key() -> tuple[bytes, bytes]:
    """(private raw 32 bytes, public raw 32 bytes) of a new desk key."""
    from cryptography.hazmat.primitives import serialization

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return private, public


def desk_fingerprint(public: bytes) -> str:
    """SHA-256 of a desk's raw public key, 64 hex digits (the Desks tab shows the first 16)."""
    return hashlib.sha256(bytes(public)).hexdigest()
