"""The issuer's signing keys, their passphrase-protected export, the trust bundle and trust store.

Signing keys live outside the event file, in a folder of this user's data (one PEM PKCS8 file per
key, `<kid hex>.key`, mode 0600, folder 0700), so copying an event file never copies the key.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from innovact_desk.assets import user_data_dir
from innovact_desk.certificates import qr as certqr
from innovact_desk.errors import UserError

CURRENT_FILE = "current"  # names the kid of the key used for new events
TRUST_FILE = "trust.json"
MAX_BUNDLE = 50_000_000  # bytes of a bundle file (a 100k-person event's bundle is ~5 MB)
_KID_HEX = re.compile(r"[0-9a-f]{8}")


def default_key_folder() -> Path:
    return user_data_dir() / "keys"


def public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The raw 32-byte public key."""
    return certqr.public_bytes(key)


def kid_hex(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    return certqr.key_id(public_raw(key)).hex()


# ---------------------------------------------------------------- files


def _write_private(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write a file readable by this user only (0600), atomically."""
    if not overwrite and os.path.lexists(path):
        raise UserError("certificates.file_exists", path=str(path))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _key_folder(folder: Path | str | None) -> Path:
    path = Path(folder) if folder is not None else default_key_folder()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


MIN_PASSPHRASE = 10  # characters of a key export's passphrase
EXPORT_FORMAT = "innovact-key-1"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1  # ~128 MB and a fraction of a second per guess
MAX_KEY_FILE = 64 * 1024


def check_private_file(path: Path) -> None:
    """A key file must be a regular file of this user's alone: never a symlink, never readable by others."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise UserError("certificates.key_unreadable", path=str(path), reason=str(exc.strerror or exc)) from None
    if stat.S_ISLNK(info.st_mode):
        raise UserError("certificates.key_symlink", path=str(path))
    if not stat.S_ISREG(info.st_mode):
        raise UserError("certificates.key_not_file", path=str(path))
    if os.name != "nt" and info.st_mode & 0o077:
        raise UserError("certificates.key_readable_by_others", path=str(path), mode=f"{stat.S_IMODE(info.st_mode):o}")


def _read_private(path: Path) -> bytes:
    check_private_file(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(MAX_KEY_FILE + 1)
    except OSError as exc:
        raise UserError("certificates.key_unreadable", path=str(path), reason=str(exc.strerror or exc)) from None
    if len(data) > MAX_KEY_FILE:
        raise UserError("certificates.key_damaged", path=str(path))
    return data


def _load_pem(path: Path, passphrase: bytes | None, data: bytes | None = None) -> Ed25519PrivateKey:
    if data is None:
        data = _read_private(path)
    try:
        key = serialization.load_pem_private_key(data, password=passphrase)
    except TypeError:  # encrypted without a passphrase given, or the other way round
        raise UserError("certificates.not_key_export", path=str(path)) from None
    except (ValueError, binascii.Error, UnicodeError):
        if passphrase is None:
            raise UserError("certificates.key_damaged", path=str(path)) from None
        raise UserError("certificates.wrong_passphrase", path=str(path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError("certificates.not_ed25519", path=str(path))
    return key


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _export_bytes(key: Ed25519PrivateKey, passphrase: str) -> bytes:
    """A key export: the raw private key under AES-GCM, its key from scrypt over the passphrase."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": EXPORT_FORMAT, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
              "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
              "kid": kid_hex(key)}
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    sealed = AESGCM(_scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(
        nonce, raw, canonical_json(header).encode("utf-8"))
    return (json.dumps({**header, "key": base64.b64encode(sealed).decode()}, indent=1) + "\n").encode("ascii")


def _open_export(path: Path, data: bytes, passphrase: str) -> Ed25519PrivateKey:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        obj = json.loads(data.decode("ascii"))
        header = {k: obj[k] for k in ("format", "kdf", "n", "r", "p", "salt", "nonce", "kid")}
        if header["format"] != EXPORT_FORMAT or header["kdf"] != "scrypt":
            raise ValueError
        n, r, p = header["n"], header["r"], header["p"]
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (n, r, p)) or not (
                2**14 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
            raise ValueError
        salt, nonce = base64.b64decode(header["salt"], validate=True), base64.b64decode(header["nonce"], validate=True)
        sealed = base64.b64decode(obj["key"], validate=True)
    except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error):
        raise UserError("certificates.key_damaged", path=str(path)) from None
    try:
        raw = AESGCM(_scrypt(passphrase, salt, n, r, p)).decrypt(nonce, sealed, canonical_json(header).encode("utf-8"))
        return Ed25519PrivateKey.from_private_bytes(raw)
    except (InvalidTag, ValueError):
        raise UserError("certificates.wrong_passphrase", path=str(path)) from None


def read_key_export(path: Path | str, passphrase: str) -> Ed25519PrivateKey:
    """The key in an export (this program's scrypt format, or an older passphrase-protected PKCS8 PEM)."""
    path = Path(path)
    if not passphrase:
        raise UserError("certificates.no_passphrase", path=str(path))
    data = _read_private(path)
    if data.lstrip().startswith(b"{"):
        return _open_export(path, data, passphrase)
    return _load_pem(path, passphrase.encode("utf-8"), data)


def read_public_key(path: Path | str, passphrase: str | None = None) -> bytes:
    """The raw public key of a PEM public key file, or of a key export (with its passphrase)."""
    path = Path(path)
    try:
        data = path.read_bytes()[:MAX_KEY_FILE]
    except OSError as exc:
        raise UserError("certificates.key_unreadable", path=str(path), reason=str(exc.strerror or exc)) from None
    if b"PUBLIC KEY" in data:
        try:
            key = serialization.load_pem_public_key(data)
        except (ValueError, UnicodeError):
            raise UserError("certificates.key_damaged", path=str(path)) from None
        if not isinstance(key, Ed25519PublicKey):
            raise UserError("certificates.not_ed25519", path=str(path))
        return public_raw(key)
    return public_raw(read_key_export(path, passphrase or ""))


def _save_key(folder: Path, key: Ed25519PrivateKey) -> str:
    kid = kid_hex(key)
    path = folder / f"{kid}.key"
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    if path.exists():
        existing = _load_pem(path, None)
        if public_raw(existing) != public_raw(key):
            raise UserError(f"{path}: another key with the same key id is already stored")
        return kid
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    os.chmod(path, 0o600)
    return kid


def _set_current(folder: Path, kid: str) -> None:
    _write_private(folder / CURRENT_FILE, (kid + "\n").encode("ascii"))


# ---------------------------------------------------------------- signing keys


def stored_kids(folder: Path | str | None = None) -> list[str]:
    """The kid (hex) of every signing key in the folder, sorted."""
    path = _key_folder(folder)
    return sorted(p.stem for p in path.glob("*.key") if _KID_HEX.fullmatch(p.stem))


def load_signing_key(folder: Path | str | None, kid: str) -> Ed25519PrivateKey | None:
    """The stored key with this kid (hex), or None when this machine does not have it."""
    kid = kid.strip().lower()
    if not _KID_HEX.fullmatch(kid):
        return None
    path = _key_folder(folder) / f"{kid}.key"
    if not path.exists():
        return None
    key = _load_pem(path, None)
    if kid_hex(key) != kid:
        raise UserError(f"{path}: the key inside does not match the file name")
    return key


def load_or_create_signing_key(folder: Path | str | None = None) -> Ed25519PrivateKey:
    """The key for new events: the one named in `current`, else the only one, else a new one."""
    path = _key_folder(folder)
    current = path / CURRENT_FILE
    if current.exists():
        key = load_signing_key(path, current.read_text(encoding="ascii", errors="replace"))
        if key is not None:
            return key
    kids = stored_kids(path)
    loaded = load_signing_key(path, kids[0]) if kids else None
    if loaded is not None:
        key = loaded
    else:
        key = Ed25519PrivateKey.generate()
        _save_key(path, key)
    _set_current(path, kid_hex(key))
    return key


def export_key(key: Ed25519PrivateKey, path: Path | str, passphrase: str) -> None:
    """Write the key protected by a passphrase of at least MIN_PASSPHRASE characters (scrypt, AES-GCM), mode 0600."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise UserError("certificates.short_passphrase", length=MIN_PASSPHRASE)
    path = Path(path)
    _write_private(path, _export_bytes(key, passphrase), overwrite=False)


def store_key(key: Ed25519PrivateKey, folder: Path | str | None = None) -> str:
    """Keep a signing key in the folder and make it the key for new events; its kid (hex)."""
    target = _key_folder(folder)
    kid = _save_key(target, key)
    _set_current(target, kid)
    return kid


def import_key(path: Path | str, passphrase: str, folder: Path | str | None = None) -> str:
    """Store an exported key in the folder and make it the key for new events; its kid (hex)."""
    return store_key(read_key_export(path, passphrase), folder)


# ---------------------------------------------------------------- trust bundle


def uid_hash(uid: bytes) -> str:
    """Hex of the first 8 bytes of SHA-256 of the uid: how a bundle names a certificate."""
    return hashlib.sha256(bytes(uid)).digest()[:8].hex()


def key_entry(public: bytes, valid_from: date | None = None, valid_to: date | None = None) -> dict:
    """A bundle's `keys` item for a raw public key."""
    return {
        "kid": certqr.key_id(public).hex(),
        "public": base64.b64encode(public).decode("ascii"),
        "valid_from": valid_from.isoformat() if valid_from else None,
        "valid_to": valid_to.isoformat() if valid_to else None,
    }


def canonical_json(obj: object) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def make_bundle(
    issuer: str,
    keys: list[dict],
    events: list[dict],
    status: list[dict],
    issued: list[str],
    names: dict | None,
    seq: int,
    as_of: str,
    signing_key: Ed25519PrivateKey,
) -> dict:
    """The signed envelope {"bundle": text, "kid": hex, "sig": base64}; lists sorted, so equal data
    gives equal files. The signing key must be one of `keys`."""
    parsed = [_parse_key(entry, "bundle") for entry in keys]
    if public_raw(signing_key) not in {raw for raw, _, _ in parsed}:
        raise UserError("bundle: the signing key is not among the bundle's keys")
    obj: dict[str, object] = {
        "issuer": issuer,
        "keys": sorted(keys, key=lambda k: (k["kid"], k["public"])),
        "events": sorted(events, key=lambda e: str(e.get("ref"))),
        "status": sorted(status, key=lambda s: str(s.get("uid_hash"))),
        "issued": sorted(set(issued)),
        "seq": int(seq),
        "as_of": as_of,
    }
    if names is not None:
        obj["names"] = dict(names)
    text = canonical_json(obj)
    signature = signing_key.sign(text.encode("utf-8"))
    return {"bundle": text, "kid": kid_hex(signing_key), "sig": base64.b64encode(signature).decode("ascii")}


def write_bundle(envelope: dict, path: Path | str) -> None:
    """Write the envelope as UTF-8 JSON (the bundle text inside stays exactly as signed)."""
    Path(path).write_text(json.dumps(envelope, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@dataclass
class Bundle:
    """A trust bundle whose signature checked. `keys` is a KeyRing for certqr.verify."""

    issuer: str
    keys: certqr.KeyRing
    events: dict[str, dict]  # ref hex -> {ref, title, venue, dates, hours}
    status: dict[str, int]  # uid_hash -> min_rev
    issued: frozenset[str]
    names: dict[str, str]
    seq: int
    as_of: str
    signer_fingerprint: str
    fingerprints: list[str] = field(default_factory=list)  # of every key listed
    text: str = ""
    source: str = "bundle"  # the file name, for messages

    def status_lookup(self, uid: bytes) -> int:
        """min_rev for certqr.verify: 0 when the bundle says nothing, 255 revoked."""
        return self.status.get(uid_hash(uid), 0)

    def register_lookup(self, uid: bytes) -> tuple[int | None, int, str | None] | None:
        """For certqr.verify_typed_code: None when not issued, else (current rev, min_rev, name)."""
        h = uid_hash(uid)
        if h not in self.issued:
            return None
        min_rev = self.status.get(h, 0)
        return (min_rev if min_rev < certqr.REVOKED else None), min_rev, self.names.get(h)

    def event(self, ref: bytes) -> dict | None:
        return self.events.get(bytes(ref).hex())

    def event_label(self, ref: bytes) -> str:
        """The event's title, or its ref in hex when the bundle does not list it."""
        event = self.event(ref)
        title = event.get("title") if event else None
        return title if isinstance(title, str) and title else bytes(ref).hex()


def _bad(label: str, what: str) -> UserError:
    return UserError(f"{label}: not a valid trust bundle ({what})", key="bad_bundle")


def _parse_date(value: object, label: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad(label, f"date {value!r}") from None


def _parse_key(entry: object, label: str) -> tuple[bytes, date | None, date | None]:
    if not isinstance(entry, dict) or not isinstance(entry.get("public"), str):
        raise _bad(label, "a key without its public key")
    try:
        raw = base64.b64decode(entry["public"], validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise _bad(label, "a public key that is not 32 bytes of base64") from None
    if entry.get("kid") != certqr.key_id(raw).hex():
        raise _bad(label, f"key id {entry.get('kid')!r} does not match its public key")
    return raw, _parse_date(entry.get("valid_from"), label), _parse_date(entry.get("valid_to"), label)


def _source(path_or_text: Path | str) -> tuple[str, str]:
    """(label for messages, file content)."""
    if isinstance(path_or_text, str) and path_or_text.lstrip().startswith("{"):
        return "bundle", path_or_text
    path = Path(path_or_text)
    try:
        if path.stat().st_size > MAX_BUNDLE:
            raise UserError(f"{path}: not a valid trust bundle (larger than {MAX_BUNDLE // 1_000_000} MB)",
                            key="bad_bundle")
        return str(path), path.read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        raise UserError(f"{path}: cannot read the bundle ({exc})") from None


def _open_envelope(path_or_text: Path | str) -> tuple[str, str, dict, list, bytes]:
    """Check the signature against the bundle's own listed key: (label, text, content, keys, signer)."""
    label, content = _source(path_or_text)
    try:
        envelope = json.loads(content)
    except (ValueError, RecursionError):
        raise _bad(label, "not JSON") from None
    if not isinstance(envelope, dict) or not all(isinstance(envelope.get(k), str) for k in ("bundle", "kid", "sig")):
        raise _bad(label, "no bundle, kid and sig")
    text, kid = envelope["bundle"], envelope["kid"].lower()
    try:
        signature = base64.b64decode(envelope["sig"], validate=True)
        obj = json.loads(text)
    except (binascii.Error, ValueError, RecursionError):
        raise _bad(label, "unreadable signature or bundle text") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("keys"), list):
        raise _bad(label, "no keys")
    keys = [_parse_key(entry, label) for entry in obj["keys"]]
    candidates = [raw for raw, _, _ in keys if certqr.key_id(raw).hex() == kid]
    if not candidates:
        raise UserError(f"{label}: signed by key id {kid!r}, which the bundle does not list", key="untrusted_bundle")
    for raw in candidates:
        try:
            Ed25519PublicKey.from_public_bytes(raw).verify(signature, text.encode("utf-8"))
        except InvalidSignature:
            continue
        return label, text, obj, keys, raw
    fingerprints = ", ".join(certqr.fingerprint(raw) for raw in candidates)
    raise UserError(
        f"{label}: the signature does not check (changed after signing?); key fingerprint {fingerprints}",
        key="forged_bundle",
    )


def _is_int(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _build(label: str, text: str, obj: dict, keys: list, signer: bytes) -> Bundle:
    """A Bundle from checked content; malformed fields -> UserError."""
    issuer, seq, as_of = obj.get("issuer"), obj.get("seq"), obj.get("as_of")
    if not isinstance(issuer, str) or not _is_int(seq, 0, 2**63) or not isinstance(as_of, str):
        raise _bad(label, "issuer, seq or as_of missing")
    events, status, issued = obj.get("events", []), obj.get("status", []), obj.get("issued", [])
    names = obj.get("names") or {}
    hex16 = re.compile(r"[0-9a-f]{16}")
    if not isinstance(events, list) or not all(
        isinstance(e, dict) and isinstance(e.get("ref"), str) and _KID_HEX.fullmatch(e["ref"]) for e in events
    ):
        raise _bad(label, "events")
    if not isinstance(status, list) or not all(
        isinstance(s, dict) and isinstance(s.get("uid_hash"), str) and hex16.fullmatch(s["uid_hash"])
        and _is_int(s.get("min_rev"), 0, 255) for s in status
    ):
        raise _bad(label, "status")
    if not isinstance(issued, list) or not all(isinstance(h, str) and hex16.fullmatch(h) for h in issued):
        raise _bad(label, "issued")
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        raise _bad(label, "names")
    return Bundle(
        issuer=issuer,
        keys=certqr.KeyRing(keys),
        events={e["ref"]: e for e in events},
        status={s["uid_hash"]: s["min_rev"] for s in status},
        issued=frozenset(issued),
        names=dict(names),
        seq=seq,
        as_of=as_of,
        signer_fingerprint=certqr.fingerprint(signer),
        fingerprints=sorted({certqr.fingerprint(raw) for raw, _, _ in keys}),
        text=text,
        source=label,
    )


def normalize_fingerprint(text: str) -> str:
    """A full key fingerprint (64 hex digits; case, spaces and colons ignored) or UserError."""
    cleaned = re.sub(r"[\s:]", "", str(text)).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", cleaned):
        raise UserError(f"{text!r}: a fingerprint is 64 hex digits (the 8-digit key id is not enough)")
    return cleaned


def peek_bundle(path_or_text: Path | str) -> Bundle:
    """The bundle, checked only against its own key: proves nothing, for showing before trusting."""
    return _build(*_open_envelope(path_or_text))


def read_bundle(path_or_text: Path | str, trusted_fingerprints: Iterable[str]) -> Bundle:
    """The bundle, if signed by one of its own keys whose full fingerprint is trusted; else UserError.

    The signature is checked over the bundle text exactly as it stands in the file."""
    label, text, obj, keys, signer = _open_envelope(path_or_text)
    trusted = {re.sub(r"[\s:]", "", f).lower() for f in trusted_fingerprints}
    signer_fp = certqr.fingerprint(signer)
    if signer_fp not in trusted:
        raise UserError(
            f"{label}: signed by an untrusted key (fingerprint {signer_fp})",
            key="untrusted_bundle", fingerprint=signer_fp,
        )
    return _build(label, text, obj, keys, signer)


# ---------------------------------------------------------------- trust store


def _store_path(folder: Path | str | None) -> Path:
    path = Path(folder) if folder is not None else user_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path / TRUST_FILE


def _load_store(path: Path) -> list[dict]:
    if not path.exists():
        return []
    try:
        store = json.loads(path.read_text(encoding="utf-8"))
        issuers = store["issuers"]
        for entry in issuers:
            events = entry.setdefault("events", {})
            if not (isinstance(entry["issuer"], str) and isinstance(events, dict)
                    and all(isinstance(k, str) and _is_int(v, 0, 2**63) for k, v in events.items())
                    and all(isinstance(f, str) for f in entry["fingerprints"])):
                raise ValueError
            entry.pop("seq", None)  # an older store's one seq per issuer: seq is compared event by event now
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        raise UserError(f"{path}: the trust store is damaged; fix or remove it") from None
    return issuers


def trusted_fingerprints(folder: Path | str | None = None) -> set[str]:
    """Every key fingerprint this machine trusts."""
    return {f for entry in _load_store(_store_path(folder)) for f in entry["fingerprints"]}


def _entry_for(issuers: list[dict], fingerprints: Iterable[str]) -> dict | None:
    wanted = set(fingerprints)
    return next((e for e in issuers if wanted & set(e["fingerprints"])), None)


SEQ_SLACK = 86_400  # seconds: a bundle's seq may lie at most a day past its own as_of, and past now


def check_seq_sane(bundle: Bundle, now: datetime | None = None) -> None:
    """Refuse a seq (seconds since 1970 at export) further in the future than any sane clock: more than a day
    past the bundle's own as_of, or past now. So no bundle can lock genuine later ones out."""
    now = now or datetime.now(UTC)
    try:
        as_of = datetime.fromisoformat(bundle.as_of)
        if as_of.tzinfo is None:
            as_of = as_of.replace(tzinfo=UTC)
    except ValueError:
        raise UserError("certificates.bundle_bad_as_of", path=bundle.source) from None
    limit = min(as_of.timestamp(), now.timestamp()) + SEQ_SLACK
    if bundle.seq > limit or as_of.timestamp() > now.timestamp() + SEQ_SLACK:
        raise UserError("certificates.bundle_seq_future", path=bundle.source, seq=bundle.seq, as_of=bundle.as_of)


def _check_seq(label: str, bundle: Bundle, entry: dict | None) -> None:
    """Older than a trusted bundle only for an event that both list, with a higher seq trusted."""
    if entry is None:
        return
    for ref in bundle.events:
        held = entry.get("events", {}).get(ref)
        if held is not None and bundle.seq < held:
            raise UserError(
                f"{label}: an older bundle (seq {bundle.seq}) than the one already trusted from "
                f"{entry['issuer']} for event {ref} (seq {held})", key="old_bundle",
            )


def trust_bundle(bundle_path: Path | str, folder: Path | str | None = None) -> tuple[str, list[str]]:
    """Add a bundle's keys to the trust store: (issuer, fingerprints of the bundle's keys).

    First time for an issuer: its keys are accepted (ask the user before calling). Later: only a
    bundle signed by a key already trusted, with a seq no lower than the highest one trusted."""
    bundle = peek_bundle(bundle_path)
    check_seq_sane(bundle)
    label = bundle.source
    path = _store_path(folder)
    issuers = _load_store(path)
    entry = _entry_for(issuers, [bundle.signer_fingerprint])
    if entry is None:
        same_name = [e for e in issuers if e["issuer"].casefold() == bundle.issuer.casefold()]
        if same_name or _entry_for(issuers, bundle.fingerprints):
            raise UserError(
                f"{label}: {bundle.issuer} is already trusted with other keys, and this bundle is "
                f"signed by an untrusted key (fingerprint {bundle.signer_fingerprint})",
                key="untrusted_bundle", fingerprint=bundle.signer_fingerprint,
            )
        entry = {"issuer": bundle.issuer, "fingerprints": [], "events": {}}
        issuers.append(entry)
    _check_seq(label, bundle, entry)
    events = dict(entry.get("events", {}))
    for ref in bundle.events:
        events[ref] = max(events.get(ref, 0), bundle.seq)
    entry.update(
        issuer=bundle.issuer, events=events, as_of=bundle.as_of,
        fingerprints=sorted(set(entry["fingerprints"]) | set(bundle.fingerprints)),
    )
    _write_private(path, (json.dumps({"version": 1, "issuers": issuers}, ensure_ascii=False, indent=1)
                          + "\n").encode("utf-8"))
    return bundle.issuer, bundle.fingerprints


def open_bundle(
    path_or_text: Path | str, folder: Path | str | None = None, extra_fingerprints: Iterable[str] = ()
) -> Bundle:
    """For verifying: the bundle if signed by a key in the trust store or given (`--trust`), and
    not older than the newest bundle trusted from its issuer."""
    issuers = _load_store(_store_path(folder))
    trusted = {f for e in issuers for f in e["fingerprints"]}
    trusted |= {normalize_fingerprint(f) for f in extra_fingerprints}
    bundle = read_bundle(path_or_text, trusted)
    check_seq_sane(bundle)
    _check_seq(bundle.source, bundle, _entry_for(issuers, [bundle.signer_fingerprint, *bundle.fingerprints]))
    return bundle
