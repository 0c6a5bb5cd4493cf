"""The trust bundle that verifiers import, and verifying a certificate against an event's register or
against a trusted bundle. The bundles exported are recorded by store.register."""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates import qr as certqr
from innovact_desk.certificates.register import (
    NAMES_SETTING,
    Certificate,
    add_issuer_key,
    apply_names_consent,
    certificates,
    event_keyring,
    issuer_keys,
    min_rev,
    register_entry,
    revocations,
    signed_change,
    signing_key,
)
from innovact_desk.errors import UserError
from innovact_desk.store import register as register_rows
from innovact_desk.store.event import EventStore
from innovact_desk.timezones import now_utc

# ---- the trust bundle ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BundleExport:
    file: str
    seq: int
    kids: list[str]
    fingerprints: list[str]
    names: bool


def bundle_names_consent(store: EventStore) -> bool:
    return store.setting(NAMES_SETTING) == "1"


def set_bundle_names_consent(store: EventStore, consent: bool, folder: str | os.PathLike | None = None) -> None:
    """Record whether the organizers consent to the holders' names in exported trust bundles. Only a desk
    holding one of the event's signing keys may: the change is signed with it and travels to every desk."""
    key, new = signing_key(store, folder, create=False)
    at = now_utc().isoformat()
    with store.transaction():
        if new:
            add_issuer_key(store, keystore.public_raw(key), key)
        apply_names_consent(store, consent, at)
        store.record_audit("edit", "setting", NAMES_SETTING, after="1" if consent else "0")
        store.append_journal("consent", signed_change(store, "consent", {"names": bool(consent), "at": at}, key))


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def bundle_content(store: EventStore, *, names: bool) -> dict:
    """The bundle's fields from the event file, without seq and as_of: issuer, keys, events, status, issued,
    and names (a uid_hash -> name map) when `names`."""
    event = store.event
    ref = certqr.event_ref(event.id).hex()
    entry = {"ref": ref, "title": event.title("es"), "venue": event.venue,
             "dates": [d.date for d in event.days], "hours": _number(event.hours)}
    if event.title_en and event.title_en != entry["title"]:
        entry["title_en"] = event.title_en
    latest: dict[bytes, Certificate] = {}
    for cert in certificates(store):
        if cert.uid not in latest or cert.rev > latest[cert.uid].rev:
            latest[cert.uid] = cert
    revoked = revocations(store)
    status = []
    for uid, cert in latest.items():
        least = certqr.REVOKED if uid in revoked else cert.rev
        if least:
            status.append({"uid_hash": keystore.uid_hash(uid), "min_rev": least})
    return {
        "issuer": event.issuer.strip() or event.title("es"),
        "keys": [keystore.key_entry(k.public, k.valid_from, k.valid_to) for k in issuer_keys(store)],
        "events": [entry],
        "status": status,
        "issued": [keystore.uid_hash(uid) for uid in latest],
        "names": {keystore.uid_hash(uid): cert.name for uid, cert in latest.items()} if names else None,
    }


def next_bundle_seq(store: EventStore, now: datetime) -> int:
    """Raised on every export: the export time in seconds since 1970, or the last seq + 1 if that is higher.
    Time-based, so bundles of several events signed by one key keep rising for a verifier that trusts them."""
    last = register_rows.last_bundle_seq(store)
    return max(last + 1, int(now.timestamp()))


def export_bundle(store: EventStore, path: str | os.PathLike, *, names: bool | None = None,
                  folder: str | os.PathLike | None = None, now: datetime | None = None) -> BundleExport:
    """Write the signed trust bundle (names: None follows the event's consent setting); records its seq."""
    names = bundle_names_consent(store) if names is None else names
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"{path.parent}: no such folder")
    key, new = signing_key(store, folder)
    now = (now or now_utc()).astimezone(store.tz)
    seq = next_bundle_seq(store, now)
    content = bundle_content(store, names=names)
    if new:
        content["keys"].append(keystore.key_entry(keystore.public_raw(key)))
    envelope = keystore.make_bundle(
        content["issuer"], content["keys"], content["events"], content["status"], content["issued"],
        content["names"], seq, now.isoformat(timespec="seconds"), key)
    if path.is_dir():
        raise UserError(f"{path}: is a folder; give a file name like confianza.json")
    tmp = path.with_name(f".{path.name}.part")
    try:
        keystore.write_bundle(envelope, tmp)
        with store.transaction():
            if new:
                add_issuer_key(store, keystore.public_raw(key), key)
            desk = store.self_desk
            register_rows.record_bundle_export(store, seq, now.isoformat(), keystore.kid_hex(key), names, desk.id, desk.name)
            store.record_audit("export", "bundle", str(seq), after=str(path))
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)
    kids = sorted({k["kid"] for k in content["keys"]})
    fingerprints = sorted({certqr.fingerprint(base64.b64decode(k["public"])) for k in content["keys"]})
    return BundleExport(str(path), seq, kids, fingerprints, names)


# ---- verifying -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    """A verdict and what to show with it, JSON-ready (the keys of the CLI's `verify --json`)."""

    verification: certqr.Verification
    data: dict

    @property
    def verdict(self) -> str:
        return self.verification.verdict

    @property
    def ok(self) -> bool:
        return self.verification.ok


class Verifier:
    """Verifies scanned texts and typed codes against one set of trusted keys and one register or bundle."""

    def __init__(self, keys: certqr.KeyRing, status: certqr.StatusLookup, lookup: certqr.RegisterLookup,
                 event_label: Callable[[bytes], str], extra: dict | None = None,
                 knows_event: Callable[[bytes], bool] | None = None) -> None:
        self.keys = keys
        self._status = status
        self._lookup = lookup
        self._event_label = event_label
        self._extra = extra or {}
        self._knows_event = knows_event or (lambda ref: True)

    @classmethod
    def for_event(cls, store: EventStore) -> Verifier:
        """Trusts the event's issuer keys; status from its register. Keep the store open while verifying."""
        ref, title = certqr.event_ref(store.event.id), store.event.title("es")
        return cls(event_keyring(store), lambda uid: min_rev(store, uid), lambda uid: register_entry(store, uid),
                   lambda r: title if r == ref else r.hex(), knows_event=lambda r: bytes(r) == ref)

    @classmethod
    def for_bundle(cls, bundle: keystore.Bundle, keys: certqr.KeyRing | None = None) -> Verifier:
        """Trusts the keys of a bundle that keys.open_bundle accepted (or `keys`); status from the bundle."""
        return cls(keys or bundle.keys, bundle.status_lookup, bundle.register_lookup, bundle.event_label,
                   {"issuer": bundle.issuer, "as_of": bundle.as_of},
                   knows_event=lambda r: bundle.event(r) is not None)

    def check(self, text: str) -> VerifyResult:
        """A scanned text (the trailing digits) or a typed human-readable code."""
        if certqr.parse_qr_text(text) is None and certqr.parse_human_code(text) is not None:
            found = certqr.verify_typed_code(text, self._lookup)
            data: dict = {"verdict": found.verdict}
            if found.human_code:
                data["code"] = found.human_code
            if found.verdict == "issued":
                data["rev"] = found.rev
                if found.name:
                    data["name"] = found.name
        else:
            found = certqr.verify(text, self.keys, self._status)
            data = {"verdict": found.verdict}
            p = found.payload
            if p is not None and found.verdict in ("valid", "superseded"):
                data.update(name=p.name, event=self._event_label(p.event_ref), days=list(p.days), role=p.role,
                            code=found.human_code, rev=p.rev, issued=p.issued.isoformat(), kid=found.kid_hex,
                            fingerprint=found.fingerprint)
            elif found.kid_hex:
                data["kid"] = found.kid_hex
            if found.verdict in ("valid", "superseded"):
                # The signature checked: say whether this event's status (revocations, corrections) is known.
                decoded = certqr.decode_payload(certqr.parse_qr_text(text) or b"")
                data["status_known"] = bool(decoded) and self._knows_event(decoded[0].event_ref)
        data.update(self._extra)
        return VerifyResult(found, data)
