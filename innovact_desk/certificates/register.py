"""The certificate register: who gets a certificate, what was issued, revocations, the issuer's public keys.
(The logos and signatories printed are in certificates/assets.py; the trust bundle and verifying in
verify/verifier.py; the register's rows and their SQL in store/register.py.)

The register keeps one row per revision (rev 0 at first issue, rev+1 for each corrected reissue, the same
uid throughout) and never changes or deletes one (triggers); a revocation is a row of its own. Signing keys
stay in this user's data folder (keys.py); the event file holds public keys only. Rows cross into the rest of the program as the dataclasses below.
"""

from __future__ import annotations

import json
import os
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates import qr as certqr
from innovact_desk.errors import NotFound, UserError
from innovact_desk.records import Event, Participant
from innovact_desk.store import register as register_rows
from innovact_desk.store.conflicts import record_conflict
from innovact_desk.store.event import EventStore
from innovact_desk.store.merging import participant_exists
from innovact_desk.text import nfc
from innovact_desk.timezones import now_utc

KEY_DIR_ENV = "INNOVACT_KEY_DIR"  # a folder of signing keys instead of the user's data folder (tests, kiosks)
NO_NEW_KEY_SETTING = "certificates.no_new_key"  # "1": this desk never makes the event's first key (clones)


# ---- rows ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Certificate:
    """One revision of a certificate, as issued and signed."""

    uid: bytes
    rev: int
    participant_id: str
    name: str
    role: str
    lang: str
    issued: date
    days: tuple[int, ...]
    kid: str  # hex of the signing key's id
    desk_id: str = ""
    desk_name: str = ""
    recorded_at: str = ""

    @property
    def code(self) -> str:
        """The human-readable code printed under the QR."""
        return certqr.human_code(self.uid)

    def payload(self, event_id: str) -> certqr.CertPayload:
        return certqr.CertPayload(
            kid=bytes.fromhex(self.kid), uid=self.uid, event_ref=certqr.event_ref(event_id), issued=self.issued,
            rev=self.rev, days=self.days, role=self.role, name=self.name,
        )


@dataclass(frozen=True)
class Revocation:
    uid: bytes
    reason: str
    at: str
    desk_name: str


@dataclass(frozen=True)
class IssuerKey:
    fingerprint: str
    kid: str
    public: bytes
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True)
class CertStatus:
    """Where one participant stands, for the Certificates tab, before anything is printed.

    status: eligible (a first certificate would be issued), not_eligible, issued (printing reprints it
    unchanged), superseded (the name or role was corrected since: printing reissues, the printed one becomes
    superseded), revoked (never printed again).
    reason, details: why not eligible: absent; missing_days {missing: [day, ...]};
    not_enough_days {attended, needed}. Empty when the rule is met.
    """

    participant: Participant
    status: str
    eligible: bool
    days: tuple[int, ...]
    reason: str = ""
    details: dict = field(default_factory=dict)
    changed: tuple[str, ...] = ()  # fields corrected since the certificate: name, role
    certificate: Certificate | None = None
    revocation: Revocation | None = None

    @property
    def action(self) -> str | None:
        """What printing would do: issue, reissue, reprint, or None (not printed)."""
        if self.status == "revoked" or not self.eligible:
            return None
        return {"eligible": "issue", "superseded": "reissue", "issued": "reprint"}.get(self.status)


@dataclass(frozen=True)
class BatchPlan:
    """Who a print run covers, in `list` order, and the revoked ones it skips."""

    items: list[CertStatus]
    revoked: list[CertStatus]

    def count(self, action: str) -> int:
        return sum(1 for item in self.items if item.action == action)


@dataclass(frozen=True)
class Printable:
    """A certificate about to be printed: the revision (new or from the register) and how it came to be."""

    participant: Participant
    certificate: Certificate
    action: str  # issue, reissue, reprint
    lang: str  # the language it is printed in


class MissingSigningKey(UserError):
    """This desk does not hold the event's signing key (a clone): exit 2, with how to import it."""


# ---- reading the register ---------------------------------------------------------------------------


def _certificate(row: tuple) -> Certificate:
    uid, rev, pid, name, role, lang, issued, days, kid, desk_id, desk_name, recorded_at = row
    day_numbers = tuple(int(d) for d in days.split(",") if d)
    return Certificate(bytes.fromhex(uid), rev, pid, name, role, lang, date.fromisoformat(issued), day_numbers,
                       kid, desk_id, desk_name, recorded_at)


def certificates(store: EventStore) -> list[Certificate]:
    """Every revision in the register, oldest first."""
    return [_certificate(r) for r in register_rows.certificate_rows(store)]


def revisions(store: EventStore, uid: bytes) -> list[Certificate]:
    """Every revision of one certificate, rev 0 first."""
    return [_certificate(r) for r in register_rows.revision_rows(store, uid.hex())]


def current_certificates(store: EventStore) -> dict[str, Certificate]:
    """participant id -> the latest revision of the certificate issued to them most recently."""
    return {cert.participant_id: cert for cert in map(_certificate, register_rows.current_rows(store))}


def revocations(store: EventStore) -> dict[bytes, Revocation]:
    """uid -> its revocation (the first, when two desks both revoked it)."""
    result: dict[bytes, Revocation] = {}
    for uid, reason, at, desk_name in register_rows.revocation_rows(store):
        result[bytes.fromhex(uid)] = Revocation(bytes.fromhex(uid), reason, at, desk_name)
    return result


def min_rev(store: EventStore, uid: bytes) -> int:
    """For certqr.verify: 255 when revoked, else the latest revision (0 when unknown)."""
    if register_rows.is_revoked(store, uid.hex()):
        return certqr.REVOKED
    return register_rows.latest_rev(store, uid.hex()) or 0


def register_entry(store: EventStore, uid: bytes) -> tuple[int | None, int, str | None] | None:
    """For certqr.verify_typed_code: None when never issued, else (current rev, min_rev, name printed)."""
    history = revisions(store, uid)
    if not history:
        return None
    latest = history[-1]
    least = min_rev(store, uid)
    return (latest.rev if least < certqr.REVOKED else None), least, latest.name


# ---- who gets one ------------------------------------------------------------------------------------


def _rule(event: Event, person: Participant, days: tuple[int, ...], relaxed: bool) -> tuple[bool, str, dict]:
    """(eligible, reason, details) under the event's attendance rule, or with `relaxed` one day is enough."""
    if not days:
        return False, "absent", {}
    if relaxed or person.role in event.rule.roles_once:
        return True, "", {}
    numbers = [d.number for d in event.days]
    needed = event.rule.min_days
    if needed <= 0 or needed >= len(numbers):
        missing = [n for n in numbers if n not in days]
        return (False, "missing_days", {"missing": missing}) if missing else (True, "", {})
    if len(days) < needed:
        return False, "not_enough_days", {"attended": len(days), "needed": needed}
    return True, "", {}


def printed_name(person: Participant) -> str:
    """The name as a certificate prints and signs it: stripped, Unicode NFC."""
    return nfc(person.name.strip())


def _changed(person: Participant, cert: Certificate) -> tuple[str, ...]:
    changed = []
    if printed_name(person) != cert.name:
        changed.append("name")
    if person.role != cert.role:
        changed.append("role")
    return tuple(changed)


def certificate_status(store: EventStore, *, relaxed: bool = False) -> list[CertStatus]:
    """Everyone, in `list` order, with their certificate status and why (see CertStatus).

    relaxed: anyone checked in at least once is eligible (the CLI's --all)."""
    attended = store.days_attended()
    current = current_certificates(store)
    revoked = revocations(store)
    result = []
    for person in store.participants():
        days = tuple(attended.get(person.id, ()))
        eligible, reason, details = _rule(store.event, person, days, relaxed)
        cert = current.get(person.id)
        if cert is None:
            result.append(CertStatus(person, "eligible" if eligible else "not_eligible", eligible, days,
                                     reason, details))
        elif cert.uid in revoked:
            result.append(CertStatus(person, "revoked", eligible, days, reason, details, (), cert,
                                     revoked[cert.uid]))
        else:
            changed = _changed(person, cert)
            result.append(CertStatus(person, "superseded" if changed else "issued", eligible, days, reason,
                                     details, changed, cert))
    return result


def plan_batch(store: EventStore, *, participant_ids: Iterable[str] | None = None, relaxed: bool = False,
               new_only: bool = False) -> BatchPlan:
    """Who a print run covers: everyone eligible (or those of participant_ids who are), in `list` order.

    new_only: first issues and corrected reissues only, no reprints. Revoked certificates are skipped and listed."""
    wanted = set(participant_ids) if participant_ids is not None else None
    rows = [r for r in certificate_status(store, relaxed=relaxed) if wanted is None or r.participant.id in wanted]
    items = [r for r in rows if r.action and not (new_only and r.action == "reprint")]
    revoked = [r for r in rows if r.status == "revoked" and r.eligible and not new_only]
    return BatchPlan(items, revoked)


# ---- keys ----------------------------------------------------------------------------------------------


def key_folder(folder: str | os.PathLike | None = None) -> Path | None:
    """Where this desk keeps signing keys: the folder given, else $INNOVACT_KEY_DIR, else None (keys.py's
    default, in the user's data folder)."""
    if folder is not None:
        return Path(folder)
    env = os.environ.get(KEY_DIR_ENV, "").strip()
    return Path(env) if env else None


def issuer_keys(store: EventStore) -> list[IssuerKey]:
    """The event's issuer public keys, newest first."""
    return [IssuerKey(fp, kid, bytes(public), date.fromisoformat(vf) if vf else None,
                      date.fromisoformat(vt) if vt else None) for fp, kid, public, vf, vt in register_rows.issuer_key_rows(store)]


def event_keyring(store: EventStore) -> certqr.KeyRing:
    return certqr.KeyRing((k.public, k.valid_from, k.valid_to) for k in issuer_keys(store))


def add_issuer_key(store: EventStore, public: bytes, signer: Ed25519PrivateKey | None = None) -> IssuerKey:
    """Record a public key as one of the event's issuer keys (nothing new when it already is), journaled with
    the signature of `signer` (a key the event trusts; the key itself for the event's first key)."""
    fingerprint = certqr.fingerprint(public)
    kid = certqr.key_id(public).hex()
    with store.transaction():
        if not register_rows.has_issuer_key(store, fingerprint):
            if signer is None:
                raise UserError("certificates.key_not_trusted", kid=kid)
            desk = store.self_desk
            register_rows.insert_issuer_key(store, fingerprint, kid, public, desk.id, desk.name)
            store.record_audit("add", "issuer_key", fingerprint, after=kid)
            fields = {"public": public.hex(), "action": "add", "valid_from": None, "valid_to": None}
            store.append_journal("issuer_key", signed_change(store, "issuer_key", fields, signer))
    return IssuerKey(fingerprint, kid, public)


NAMES_SETTING = "bundle.names"  # "1": the organizers consent to names in the trust bundle


def apply_names_consent(store: EventStore, consent: bool, at: str) -> None:
    """The latest signed consent wins (by its time), whatever order desks learn of them."""
    if (store.setting(NAMES_SETTING + ".at") or "") > at:
        return
    store.set_setting(NAMES_SETTING, "1" if consent else "0")
    store.set_setting(NAMES_SETTING + ".at", at)


# ---- changes of trust: signed by an issuer key the event trusts ------------------------------------------

TRUST_DOMAIN = b"INNOVACT-TRUST-1\x00"


class Untrusted(Exception):
    """A change of trust from another desk that no key this event trusts signed (why, in a few words)."""


def _trust_message(store: EventStore, kind: str, fields: dict) -> bytes:
    body = {k: v for k, v in fields.items() if k not in ("key", "sig")}
    return TRUST_DOMAIN + keystore.canonical_json({"kind": kind, "event": store.event.id, **body}).encode("utf-8")


def signed_change(store: EventStore, kind: str, fields: dict, signer: Ed25519PrivateKey) -> dict:
    """The fields with the signer's fingerprint and its signature over them (and the event and kind)."""
    public = keystore.public_raw(signer)
    return {**fields, "key": certqr.fingerprint(public), "sig": signer.sign(_trust_message(store, kind, fields)).hex()}


def trusted_public(store: EventStore, fingerprint: str) -> bytes | None:
    return register_rows.issuer_public(store, fingerprint)


def _check_signature(store: EventStore, kind: str, data: dict, public: bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(bytes.fromhex(data["sig"]), _trust_message(store, kind, data))
    except (InvalidSignature, ValueError):
        raise Untrusted("the signature does not check") from None


def check_trusted_change(store: EventStore, kind: str, data: dict) -> None:
    """Untrusted unless a key the event trusts signed this change."""
    public = trusted_public(store, data["key"])
    if public is None:
        raise Untrusted(f"signed by key {data['key'][:8]}, which this event does not trust")
    _check_signature(store, kind, data, public)


def origin_desk(store: EventStore) -> str:
    """The desk that created the event file (the one that names the event's first issuer key)."""
    return register_rows.event_creator_desk(store) or ""


def is_origin_desk(store: EventStore) -> bool:
    """Whether this desk may make the event's first signing key: the desk that created the event file, and
    not marked otherwise. A clone has another desk identity, so it must import the key."""
    if store.setting(NO_NEW_KEY_SETTING) == "1":
        return False
    creator = register_rows.event_creator_desk(store)
    return not creator or creator == store.self_desk.id


def _missing_key(store: EventStore, kid: str | None) -> MissingSigningKey:
    which = f" (key id {kid})" if kid else ""
    return MissingSigningKey(
        f"this desk does not have the event's signing key{which}. On the desk that issued the certificates run "
        f"`python main.py key EVENT --export FILE`, then here `python main.py key {store.path} --import FILE`",
        key="no_signing_key", kid=kid or "",
    )


def signing_key(store: EventStore, folder: str | os.PathLike | None = None, *,
                create: bool = True) -> tuple[Ed25519PrivateKey, bool]:
    """(the event's signing key held by this desk, whether it is new to the event file).

    The newest of the event's keys that this desk holds. When the event has none yet, the desk that created
    the event uses (or makes, at the first issue) this user's key for new events; the caller records it with
    add_issuer_key. Any other desk: MissingSigningKey, saying how to import the key."""
    folder = key_folder(folder)
    known = issuer_keys(store)
    for entry in known:
        key = keystore.load_signing_key(folder, entry.kid)
        if key is not None and keystore.public_raw(key) == entry.public:
            return key, False
    if known:
        raise _missing_key(store, known[0].kid)
    if not create or not is_origin_desk(store):
        raise _missing_key(store, None)
    return keystore.load_or_create_signing_key(folder), True


def key_for_kid(store: EventStore, kid: str, folder: str | os.PathLike | None = None) -> Ed25519PrivateKey:
    """The signing key a certificate was issued with, needed to reprint it byte for byte."""
    key = keystore.load_signing_key(key_folder(folder), kid)
    if key is None:
        raise _missing_key(store, kid)
    return key


def export_signing_key(store: EventStore, path: str | os.PathLike, passphrase: str,
                       folder: str | os.PathLike | None = None) -> str:
    """Write the event's signing key, protected by the passphrase, for a second printing desk; its kid."""
    if not Path(path).parent.is_dir():
        raise UserError(f"{Path(path).parent}: no such folder")
    key, new = signing_key(store, folder)
    keystore.export_key(key, path, passphrase)
    with store.transaction():
        if new:
            add_issuer_key(store, keystore.public_raw(key), key)
        store.record_audit("export", "signing_key", keystore.kid_hex(key), after=str(path))
    return keystore.kid_hex(key)


def import_signing_key(store: EventStore, path: str | os.PathLike, passphrase: str,
                       folder: str | os.PathLike | None = None) -> str:
    """Store an exported key on this desk; its kid. Only a key the event already trusts (a second printing
    laptop), or the event's first key on the desk that created the event; any other key must first be
    endorsed by a trusted one (`key EVENT --endorse FILE` on a desk that holds one, then sync)."""
    folder = key_folder(folder)
    key = keystore.read_key_export(path, passphrase)
    public = keystore.public_raw(key)
    trusted = trusted_public(store, certqr.fingerprint(public)) is not None
    first = not issuer_keys(store) and is_origin_desk(store)
    if not trusted and not first:
        raise UserError("certificates.import_untrusted", kid=keystore.kid_hex(key), fingerprint=certqr.fingerprint(public))
    kid = keystore.store_key(key, folder)
    with store.transaction():
        if not trusted:
            add_issuer_key(store, public, key)
        store.record_audit("import", "signing_key", kid, after=str(path))
    return kid


def endorse_key(store: EventStore, path: str | os.PathLike, passphrase: str | None = None,
                folder: str | os.PathLike | None = None) -> tuple[str, str]:
    """Make another key one of the event's issuer keys, signed by a trusted key this desk holds (the
    endorsement travels to every desk with the next sync): (its kid, its fingerprint)."""
    public = keystore.read_public_key(path, passphrase)
    signer, new = signing_key(store, folder, create=False)
    with store.transaction():
        if new:
            add_issuer_key(store, keystore.public_raw(signer), signer)
        add_issuer_key(store, public, signer)
        store.record_audit("endorse", "issuer_key", certqr.fingerprint(public), after=str(path))
    return certqr.key_id(public).hex(), certqr.fingerprint(public)


# ---- issuing -------------------------------------------------------------------------------------------


def _new_uid(store: EventStore, taken: set[bytes]) -> bytes:
    while True:
        uid = secrets.token_bytes(8)
        if uid not in taken and not register_rows.uid_taken(store, uid.hex()):
            taken.add(uid)
            return uid


@dataclass
class Prepared:
    """A print run ready to draw: the revisions (new ones not yet recorded) and the keys that sign them."""

    items: list[Printable]
    signers: dict[str, Ed25519PrivateKey]  # kid hex -> key
    new_key: Ed25519PrivateKey | None = None  # the event's first key, recorded with the run


def prepare(store: EventStore, plan: BatchPlan, *, lang: str | None = None, today: date | None = None,
            folder: str | os.PathLike | None = None) -> Prepared:
    """The revisions to print and their signing keys. Raises MissingSigningKey before anything is written."""
    today = today or datetime.now(store.tz).date()
    if store.event.verify_url:
        certqr.check_verify_url(store.event.verify_url)
    for item in plan.items:
        if item.action != "reprint" and len(printed_name(item.participant).encode("utf-8")) > certqr.MAX_NAME_BYTES:
            raise UserError(f"{item.participant.name}: the name is longer than {certqr.MAX_NAME_BYTES} bytes; "
                            "shorten it (edit) before printing")
    needs_new = any(item.action in ("issue", "reissue") for item in plan.items)
    signers: dict[str, Ed25519PrivateKey] = {}
    new_key = None
    kid = ""
    if needs_new:
        key, is_new = signing_key(store, folder)
        kid = keystore.kid_hex(key)
        signers[kid] = key
        new_key = key if is_new else None
    desk = store.self_desk
    stamp = now_utc().isoformat()
    taken: set[bytes] = set()
    result = []
    for item in plan.items:
        person, cert = item.participant, item.certificate
        out_lang = lang or person.lang or "es"
        if item.action == "reprint":
            if cert.kid not in signers:
                signers[cert.kid] = key_for_kid(store, cert.kid, folder)
            result.append(Printable(person, cert, "reprint", out_lang))
            continue
        if item.action == "reissue" and cert.rev + 1 >= certqr.REVOKED:
            raise UserError(f"{person.name}: certificate {cert.code} has been reissued too often (rev {cert.rev})")
        uid = cert.uid if item.action == "reissue" else _new_uid(store, taken)
        rev = cert.rev + 1 if item.action == "reissue" else 0
        new = Certificate(uid, rev, person.id, printed_name(person), person.role, out_lang, today,
                          item.days, kid, desk.id, desk.name, stamp)
        result.append(Printable(person, new, item.action, out_lang))
    return Prepared(result, signers, new_key)


def sign(store: EventStore, cert: Certificate, key: Ed25519PrivateKey) -> str:
    """The QR text of a revision: deterministic, so a reprint gives byte-identical text."""
    return certqr.qr_text(certqr.sign_payload(cert.payload(store.event.id), key), store.event.verify_url)


def record(store: EventStore, prepared: Prepared) -> None:
    """Write a finished print run into the register and the audit log, all at once."""
    with store.transaction():
        if prepared.new_key is not None:
            add_issuer_key(store, keystore.public_raw(prepared.new_key), prepared.new_key)
        for item in prepared.items:
            cert = item.certificate
            if item.action != "reprint":
                row = {"id": str(uuid.uuid4()), "uid": cert.uid.hex(), "rev": cert.rev,
                       "participant_id": cert.participant_id, "name": cert.name, "role": cert.role,
                       "lang": cert.lang, "issued": cert.issued.isoformat(), "days": ",".join(map(str, cert.days)),
                       "kid": cert.kid, "desk_id": cert.desk_id, "desk_name": cert.desk_name,
                       "recorded_at": cert.recorded_at}
                register_rows.insert_certificate(store, row)
                signed = certqr.sign_payload(cert.payload(store.event.id), prepared.signers[cert.kid])
                store.append_journal("certificate", {**row, "payload": signed.hex()})
            store.record_audit(item.action, "certificate", cert.code, "rev", None, json.dumps(
                {"rev": cert.rev, "participant": cert.participant_id, "name": cert.name, "role": cert.role,
                 "lang": item.lang, "issued": cert.issued.isoformat(), "days": list(cert.days), "kid": cert.kid},
                ensure_ascii=False))


def revoke(store: EventStore, code: str, reason: str,
           folder: str | os.PathLike | None = None) -> tuple[Certificate, bool]:
    """Revoke a certificate by its human-readable code: (its latest revision, whether newly revoked).
    Only a desk holding one of the event's signing keys may: the revocation is signed with it."""
    uid = certqr.parse_human_code(code)
    if uid is None:
        raise UserError(f"{code!r}: not a certificate code (like ABCD-EFGH-JKMN-PQ); check the last symbol")
    history = revisions(store, uid)
    if not history:
        raise NotFound(f"{certqr.human_code(uid)}: no such certificate in this event's register", key="not_found")
    if not reason or not reason.strip():
        raise UserError("a revocation needs a reason")
    latest = history[-1]
    if register_rows.is_revoked(store, uid.hex()):
        return latest, False
    key, _new = signing_key(store, folder, create=False)
    with store.transaction():
        desk = store.self_desk
        row = {"id": str(uuid.uuid4()), "uid": uid.hex(), "reason": reason.strip(), "at": now_utc().isoformat(),
               "desk_id": desk.id, "desk_name": desk.name}
        register_rows.insert_revocation(store, row)
        store.record_audit("revoke", "certificate", latest.code, "reason", None, reason.strip())
        store.append_journal("revocation", signed_change(store, "revocation", row, key))
    return latest, True


# ---- the register in the desks' sync journals ---------------------------------------------------------


def _check_certificate(store: EventStore, data: dict) -> None:
    """Untrusted unless the entry's signed QR payload verifies under a trusted issuer key and says what the
    entry says."""
    decoded = certqr.decode_payload(bytes.fromhex(data["payload"]))
    if decoded is None:
        raise Untrusted("the signed payload is unreadable")
    payload = decoded[0]
    verdict = certqr.verify(bytes.fromhex(data["payload"]), event_keyring(store)).verdict
    if verdict not in ("valid", "superseded"):
        raise Untrusted(f"the signed payload is {verdict} under this event's keys")
    said = (payload.kid.hex(), payload.uid.hex(), payload.event_ref, payload.rev, payload.name, payload.role,
            payload.issued.isoformat(), ",".join(map(str, sorted(payload.days))))
    entry = (data["kid"], data["uid"], certqr.event_ref(store.event.id), data["rev"], data["name"], data["role"],
             data["issued"], ",".join(sorted(d for d in data["days"].split(",") if d)))
    if said != entry:
        raise Untrusted("the entry does not say what its signed payload says")


def _apply_issuer_key(store: EventStore, entry: dict, data: dict) -> str:
    public = bytes.fromhex(data["public"])
    fingerprint = certqr.fingerprint(public)
    if data["action"] != "add":
        raise Untrusted("retiring a key is not taken from a journal")
    if trusted_public(store, fingerprint) is not None:
        return "applied"
    if data["key"] == fingerprint:  # self-signed: only the event's first key, named by the desk that made the event
        if issuer_keys(store) or entry["desk"] != origin_desk(store):
            raise Untrusted("a key that signs itself, from a desk that may not name the event's first key")
        _check_signature(store, "issuer_key", data, public)
    else:
        check_trusted_change(store, "issuer_key", data)
    register_rows.insert_issuer_key(store, fingerprint, certqr.key_id(public).hex(), public, entry["desk"],
                                    entry.get("desk_name", ""), data["valid_from"], data["valid_to"])
    return "applied"


def apply_sync_entry(store: EventStore, entry: dict, conflicts: list[dict]) -> str:
    """Applies a certificate, revocation, issuer key or names consent that another desk journaled (its data
    already checked field by field): every desk's register and bundle then know it. Only what a trusted
    issuer key signed is taken (Untrusted otherwise). Two desks that issued a first certificate to one
    person: both stay valid."""
    kind, data = entry["kind"], entry["data"]
    if kind == "issuer_key":
        return _apply_issuer_key(store, entry, data)
    if kind == "revocation":
        check_trusted_change(store, "revocation", data)
        register_rows.insert_revocation(store, data)
        return "applied"
    if kind == "consent":
        check_trusted_change(store, "consent", data)
        apply_names_consent(store, data["names"], data["at"])
        return "applied"
    if kind != "certificate":
        raise Untrusted(f"unknown kind {kind}")
    if not participant_exists(store, data["participant_id"]):
        return "deferred"
    _check_certificate(store, data)
    if not register_rows.insert_certificate(store, data):
        return "applied"
    person = store.participant(data["participant_id"])
    others = register_rows.other_certificates(store, data["uid"], person.id)
    if others:
        issued = [{"code": certqr.human_code(bytes.fromhex(u)), "desk": d}
                  for u, d in [(data["uid"], data.get("desk_name", "")), *others]]
        detail = (f"{issued[0]['code']} ({issued[0]['desk']}) and "
                  + ", ".join(f"{i['code']} ({i['desk']})" for i in issued[1:]) + ": both stay valid")
        key = "issued_twice:" + ",".join(sorted([data["uid"], *(u for u, _d in others)]))
        conflicts += record_conflict(store, "issued_twice", person.id, detail, key, {"certificates": issued})
    return "applied"
