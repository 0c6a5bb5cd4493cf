"""The certificate as a credential wallets read: an Open Badges 3.0 OpenBadgeCredential (W3C Verifiable
Credentials 2.0 data model), secured as a VC-JWT signed with the issuer's Ed25519 key (EdDSA).

- The JOSE header carries the issuer's public key as a JWK (`jwk`) and a `kid` naming it; the issuer's id is
  a `did:jwk` made of that same key, so a wallet or verifier needs no network to find the key.
- The credential carries the event (the achievement: title, venue, dates, total hours as creditsAvailable),
  the holder's name as printed and signed in the QR, the role, the days attended and the hours attended
  (creditsEarned), the issue date, and the same certificate id as the QR (the 8-byte uid, in hex, in the
  credential's id, and the human code in its name).
- It is made with no JOSE library (only `cryptography`'s Ed25519): the JSON is written with sorted keys and
  no spaces, so a reprint gives the same token; the tests check it with PyJWT and the Open Badges 3.0 JSON
  schema (tests/fixtures).

What it is not: an electronic seal. An EU European Digital Credential for Learning needs a qualified
electronic seal applied by the issuing institution online; this credential is signed with the desk's own
key, which proves the issuer's key signed it, nothing more (README, "Credentials").
"""

from __future__ import annotations

import base64
import json
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates.hours import event_day_hours
from innovact_desk.certificates.register import Certificate
from innovact_desk.records import Participant
from innovact_desk.store.event import EventStore

CONTEXTS = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
ROLE_WORDS = {"participant": "Participant", "speaker": "Speaker", "organizer": "Organizer", "staff": "Staff",
              "other": "Participant"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def public_jwk(key: Ed25519PrivateKey) -> dict[str, str]:
    """The issuer's public key as an OKP JWK (RFC 8037)."""
    return {"crv": "Ed25519", "kty": "OKP", "x": _b64(keystore.public_raw(key))}


def issuer_did(key: Ed25519PrivateKey) -> str:
    """did:jwk of the public key: the key itself, so it resolves offline."""
    return "did:jwk:" + _b64(_json(public_jwk(key)))


def _datetime(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def credential(store: EventStore, cert: Certificate, key: Ed25519PrivateKey, hours: float,
               person: Participant | None = None) -> dict:
    """The OpenBadgeCredential of one certificate revision (unsigned)."""
    event = store.event
    dates = sorted(date.fromisoformat(d.date) for d in event.days)
    did = issuer_did(key)
    lang = cert.lang if cert.lang in ("es", "en") else "es"
    title = event.title(lang)
    days = ", ".join(str(d) for d in cert.days)
    issuer = {"id": did, "type": ["Profile"], "name": event.issuer or "innovact-desk"}
    if event.verify_url:
        issuer["url"] = event.verify_url
    achievement = {
        "id": f"urn:innovact-desk:event:{event.id}:{cert.role}",
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": title,
        "description": (f"{ROLE_WORDS.get(cert.role, 'Participant')}, {title}"
                        + (f", {event.venue}" if event.venue else "")
                        + f", {dates[0].isoformat()}" + (f"/{dates[-1].isoformat()}" if len(dates) > 1 else "")),
        "criteria": {"narrative": "Attendance recorded at the registration desk of the event, day by day."},
        "creditsAvailable": float(event.hours or 0),
        "inLanguage": lang,
    }
    subject = {
        "type": ["AchievementSubject"],
        "identifier": [{"type": ["IdentityObject"], "identityType": "name", "hashed": False,
                        "identityHash": cert.name}],
        "achievement": achievement,
        "activityStartDate": _datetime(dates[0]),
        "activityEndDate": _datetime(dates[-1]),
        "creditsEarned": float(hours),
        "role": ROLE_WORDS.get(cert.role, "Participant"),
    }
    if person is not None and person.email:
        subject["identifier"].append({"type": ["IdentityObject"], "identityType": "emailAddress",
                                      "hashed": False, "identityHash": person.email})
    return {
        "@context": CONTEXTS,
        "id": f"urn:innovact-desk:certificate:{cert.uid.hex()}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{title} ({cert.code})",
        "issuer": issuer,
        "validFrom": _datetime(cert.issued),
        "credentialSubject": subject,
        "evidence": [{"type": ["Evidence"], "name": "Attendance",
                      "narrative": f"Days attended: {days}; {hours:g} of {float(event.hours or 0):g} hours; "
                                   f"revision {cert.rev}; certificate {cert.code}"}],
    }


def credential_jwt(store: EventStore, cert: Certificate, key: Ed25519PrivateKey, hours: float | None = None,
                   *, person: Participant | None = None) -> str:
    """The credential as a compact VC-JWT (EdDSA over Ed25519; the public key in the header)."""
    if hours is None:
        from innovact_desk.certificates.hours import attended_hours

        hours = attended_hours(event_day_hours(store), cert.days)
    body = credential(store, cert, key, hours, person)
    did = body["issuer"]["id"]
    header = {"alg": "EdDSA", "typ": "JWT", "kid": f"{did}#0", "jwk": public_jwk(key)}
    claims = {**body, "iss": did, "jti": body["id"],
              "nbf": int((cert.issued - date(1970, 1, 1)).total_seconds())}
    signing_input = f"{_b64(_json(header))}.{_b64(_json(claims))}"
    return f"{signing_input}.{_b64(key.sign(signing_input.encode('ascii')))}"
