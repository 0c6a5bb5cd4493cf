"""The certificate register's rows: revisions, revocations, the issuer's public keys, the trust bundles
exported. certificates/register.py decides what to issue and turns these rows into its dataclasses;
verify/verifier.py writes the bundles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from innovact_desk.timezones import now_utc

if TYPE_CHECKING:
    from innovact_desk.store.event import EventStore

# The columns of a certificate row, in the order the *_rows functions give them.
CERT_COLUMNS = "uid, rev, participant_id, name, role, lang, issued, days, kid, desk_id, desk_name, recorded_at"


# ---- certificates and revocations -----------------------------------------------------------------


def certificate_rows(store: EventStore) -> list[tuple]:
    """Every revision in the register, oldest first."""
    return store.db.execute(f"SELECT {CERT_COLUMNS} FROM certificates ORDER BY recorded_at, uid, rev").fetchall()


def revision_rows(store: EventStore, uid: str) -> list[tuple]:
    """Every revision of one certificate (uid in hex), rev 0 first."""
    return store.db.execute(f"SELECT {CERT_COLUMNS} FROM certificates WHERE uid = ? ORDER BY rev", [uid]).fetchall()


def current_rows(store: EventStore) -> list[tuple]:
    """The latest revision of each certificate, in the order they were issued."""
    return store.db.execute(
        f"SELECT {CERT_COLUMNS} FROM certificates c WHERE NOT EXISTS "
        "(SELECT 1 FROM certificates n WHERE n.uid = c.uid AND n.rev > c.rev) ORDER BY recorded_at, uid"
    ).fetchall()


def revocation_rows(store: EventStore) -> list[tuple[str, str, str, str]]:
    """(uid, reason, at, desk name) of every revocation, newest first."""
    return store.db.execute("SELECT uid, reason, at, desk_name FROM revocations ORDER BY at DESC, id DESC").fetchall()


def is_revoked(store: EventStore, uid: str) -> bool:
    return store.db.execute("SELECT 1 FROM revocations WHERE uid = ?", [uid]).fetchone() is not None


def latest_rev(store: EventStore, uid: str) -> int | None:
    """The highest revision of one certificate, None when never issued."""
    return store.db.execute("SELECT max(rev) FROM certificates WHERE uid = ?", [uid]).fetchone()[0]


def uid_taken(store: EventStore, uid: str) -> bool:
    return store.db.execute("SELECT 1 FROM certificates WHERE uid = ?", [uid]).fetchone() is not None


# The columns written, from fixed lists: a row's keys (maybe from a journal) never become SQL.
_CERT_ROW = ("id", "uid", "rev", "participant_id", "name", "role", "lang", "issued", "days", "kid", "desk_id",
             "desk_name", "recorded_at")
_REVOCATION_ROW = ("id", "uid", "reason", "at", "desk_id", "desk_name")


def insert_certificate(store: EventStore, row: dict) -> bool:
    """A revision (nothing when the register holds it already: False). Only the register's columns are read
    from `row`; a missing one is a KeyError."""
    cursor = store.db.conn.execute(
        f"INSERT OR IGNORE INTO certificates ({', '.join(_CERT_ROW)}) VALUES ({', '.join('?' * len(_CERT_ROW))})",
        [row[k] for k in _CERT_ROW])
    return cursor.rowcount > 0


def insert_revocation(store: EventStore, row: dict) -> bool:
    """A revocation (nothing when the register holds it already: False); only its columns are read from `row`."""
    cursor = store.db.conn.execute(
        f"INSERT OR IGNORE INTO revocations ({', '.join(_REVOCATION_ROW)}) "
        f"VALUES ({', '.join('?' * len(_REVOCATION_ROW))})", [row[k] for k in _REVOCATION_ROW])
    return cursor.rowcount > 0


def other_certificates(store: EventStore, uid: str, person_id: str) -> list[tuple[str, str]]:
    """(uid, desk name) of the person's certificates other than `uid`, whatever record of theirs they went to."""
    return store.db.execute(
        "SELECT DISTINCT uid, desk_name FROM certificates WHERE uid != ?1 AND participant_id IN "
        "(SELECT id FROM participants WHERE id = ?2 OR merged_into = ?2)", [uid, person_id]).fetchall()


# ---- issuer keys ----------------------------------------------------------------------------------------


def issuer_key_rows(store: EventStore) -> list[tuple]:
    """(fingerprint, kid, public, valid_from, valid_to) of the event's issuer keys, newest first."""
    return store.db.execute(
        "SELECT fingerprint, kid, public, valid_from, valid_to FROM issuer_keys ORDER BY added_at DESC, fingerprint"
    ).fetchall()


def has_issuer_key(store: EventStore, fingerprint: str) -> bool:
    return store.db.execute("SELECT 1 FROM issuer_keys WHERE fingerprint = ?", [fingerprint]).fetchone() is not None


def issuer_public(store: EventStore, fingerprint: str) -> bytes | None:
    """The raw public key of one of the event's issuer keys, None when the event does not trust it."""
    row = store.db.execute("SELECT public FROM issuer_keys WHERE fingerprint = ?", [fingerprint]).fetchone()
    return bytes(row[0]) if row else None


def insert_issuer_key(store: EventStore, fingerprint: str, kid: str, public: bytes, desk_id: str,
                      desk_name: str, valid_from: str | None = None, valid_to: str | None = None) -> None:
    """An issuer public key, added now by that desk (nothing when the event has it already)."""
    store.db.execute(
        "INSERT OR IGNORE INTO issuer_keys (fingerprint, kid, public, valid_from, valid_to, added_at, desk_id, "
        "desk_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [fingerprint, kid, public, valid_from, valid_to, now_utc().isoformat(), desk_id, desk_name])


def event_creator_desk(store: EventStore) -> str | None:
    """The desk that created the event file, as its audit log says ("" when unrecorded; None: no such line)."""
    row = store.db.execute(
        "SELECT desk_id FROM audit WHERE action = 'create' AND entity = 'event' ORDER BY num LIMIT 1").fetchone()
    return None if row is None else row[0]


# ---- trust bundles exported -----------------------------------------------------------------------------


def last_bundle_seq(store: EventStore) -> int:
    return store.db.execute("SELECT max(seq) FROM bundle_exports").fetchone()[0] or 0


def record_bundle_export(store: EventStore, seq: int, at: str, kid: str, names: bool, desk_id: str,
                         desk_name: str) -> None:
    store.db.execute(
        "INSERT INTO bundle_exports (seq, at, kid, names, desk_id, desk_name) VALUES (?, ?, ?, ?, ?, ?)",
        [seq, at, kid, int(names), desk_id, desk_name])
