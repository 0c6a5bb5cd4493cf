"""What the sync keeps in the event file about journals and desks (a store module: its SQL lives here).

Desk keys: every desk has an Ed25519 key; the event file holds the public half of every desk it knows
and the private half of its own desk only. A desk made by `clone` has an id derived from its public key
(desk_id_for), so its journal proves itself; the desk that created the event is known to every clone
from the copied file.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from innovact_desk.store.event import EventStore
from innovact_desk.timezones import now_utc

_DESK_DOMAIN = b"INNOVACT-DESK-1"


@contextmanager
def savepoint(store: EventStore) -> Iterator[None]:
    """A savepoint inside the caller's transaction: what happens in it rolls back whole on an exception."""
    conn = store.db.conn
    conn.execute("SAVEPOINT sync_entry")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK TO sync_entry")
            conn.execute("RELEASE sync_entry")
        raise
    conn.execute("RELEASE sync_entry")


def desk_id_for(public: bytes) -> str:
    """The desk id a public key commits to (a version-4-shaped UUID from its SHA-256)."""
    return str(uuid.UUID(bytes=hashlib.sha256(_DESK_DOMAIN + bytes(public)).digest()[:16], version=4))


def sync_key(store: EventStore) -> str:
    return store.db.execute("SELECT sync_key FROM event").fetchone()[0]


# ---- desk keys ------------------------------------------------------------------------------------


def own_desk_key(store: EventStore) -> bytes:
    """This desk's private key (raw 32 bytes), made the first time it is needed."""
    desk = store.self_desk
    row = store.db.execute("SELECT private_key FROM desks WHERE id = ?", [desk.id]).fetchone()
    if row and row[0]:
        return bytes(row[0])
    from innovact_desk.sync.lines import new_desk_key

    private, public = new_desk_key()
    with store.transaction():
        store.db.execute("UPDATE desks SET private_key = ?, public_key = ? WHERE id = ? AND private_key IS NULL",
                         [private, public, desk.id])
    row = store.db.execute("SELECT private_key FROM desks WHERE id = ?", [desk.id]).fetchone()
    return bytes(row[0])


def desk_public_keys(store: EventStore) -> dict[str, bytes]:
    """desk id -> raw public key, for every desk whose key this file knows."""
    rows = store.db.execute("SELECT id, public_key FROM desks WHERE public_key IS NOT NULL")
    return {desk_id: bytes(public) for desk_id, public in rows}


def learn_desk_key(store: EventStore, desk_id: str, public: bytes, name: str = "") -> None:
    """Record the key of a desk whose id commits to it (the caller checked desk_id_for)."""
    store.db.execute(
        "INSERT INTO desks (id, name, is_self, public_key) VALUES (?, ?, 0, ?) "
        "ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key WHERE desks.public_key IS NULL",
        [desk_id, name, bytes(public)])


def note_desk_name(store: EventStore, desk_id: str, name: str) -> None:
    if desk_id == store.self_desk.id or not name:
        return
    store.db.execute("INSERT INTO desks (id, name, is_self) VALUES (?, ?, 0) "
                     "ON CONFLICT (id) DO UPDATE SET name = excluded.name", [desk_id, name])


def desk_name(store: EventStore, desk_id: str) -> str:
    row = store.db.execute("SELECT name FROM desks WHERE id = ?", [desk_id]).fetchone()
    return row[0] if row else ""


def make_clone_desk(copy: EventStore, name: str) -> tuple[str, bytes]:
    """In a fresh copy of an event file: a new desk identity with its own key, the only private key kept:
    (its id, its public key)."""
    from innovact_desk.sync.lines import new_desk_key

    private, public = new_desk_key()
    desk_id = desk_id_for(public)
    old = copy.self_desk
    copy.db.execute("UPDATE desks SET is_self = 0 WHERE id = ?", [old.id])
    copy.db.execute("UPDATE desks SET private_key = NULL")
    copy.db.execute("INSERT INTO desks (id, name, is_self, public_key, private_key) VALUES (?, ?, 1, ?, ?)",
                    [desk_id, name, public, private])
    copy.db.execute("DELETE FROM settings WHERE key IN ('hlc', 'last_sync')")
    copy.db.execute("DELETE FROM journal_reads")
    copy.db.execute("DELETE FROM journal_waiting")
    copy.db.execute("DELETE FROM security_warnings")
    copy._desk = None
    return desk_id, public


def remember_desk(store: EventStore, desk_id: str, name: str, public: bytes) -> None:
    """The maker's side of a clone: the new desk and its key, known here at once."""
    store.db.execute("INSERT OR IGNORE INTO desks (id, name, is_self, public_key) VALUES (?, ?, 0, ?)",
                     [desk_id, name, bytes(public)])


# ---- where each journal was read to ------------------------------------------------------------------


@dataclass
class ReadMark:
    path: str
    desk_id: str
    head: str  # hex SHA-256 of the file's first bytes: a file replaced by another is read from the start
    offset: int
    own_upto: int = 0


def read_mark(store: EventStore, path: str) -> ReadMark | None:
    row = store.db.execute("SELECT path, desk_id, head, offset, own_upto FROM journal_reads WHERE path = ?",
                           [path]).fetchone()
    return ReadMark(*row) if row else None


def save_read_mark(store: EventStore, mark: ReadMark) -> None:
    store.db.execute("INSERT OR REPLACE INTO journal_reads (path, desk_id, head, offset, own_upto) "
                     "VALUES (?, ?, ?, ?, ?)", [mark.path, mark.desk_id, mark.head, mark.offset, mark.own_upto])


def own_entries_after(store: EventStore, num: int) -> list[tuple[int, str, str, str, str]]:
    """(num, id, hlc, kind, data) of this desk's entries after journal num `num`, in order (an imported
    person's entry written out whole: see sync_rows.own_entry_rows)."""
    from innovact_desk.store.sync_rows import own_entry_rows

    return own_entry_rows(store, num)


def journal_nums(store: EventStore, ids: list[str]) -> int:
    """The highest journal num among these entry ids (0 when none is known)."""
    best = 0
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        row = store.db.execute(f"SELECT max(num) FROM journal WHERE id IN ({','.join('?' * len(part))})",
                               part).fetchone()
        best = max(best, row[0] or 0)
    return best


# ---- entries that wait -----------------------------------------------------------------------------------


def waiting_entries(store: EventStore) -> list[dict]:
    rows = store.db.execute("SELECT id, desk_id, desk_name, hlc, kind, data FROM journal_waiting")
    return [{"id": i, "desk": d, "desk_name": n, "hlc": h, "kind": k, "data": json.loads(x)}
            for i, d, n, h, k, x in rows]


def set_waiting(store: EventStore, entries: list[dict]) -> None:
    store.db.execute("DELETE FROM journal_waiting")
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO journal_waiting (id, desk_id, desk_name, hlc, kind, data) VALUES (?, ?, ?, ?, ?, ?)",
        [(e["id"], e["desk"], e.get("desk_name", ""), e["hlc"], e["kind"], json.dumps(e["data"], ensure_ascii=False))
         for e in entries])


# ---- security warnings ----------------------------------------------------------------------------------


def record_warning(store: EventStore, warning: dict) -> bool:
    """Keeps a security warning once ({key, desk, desk_name, journal, line, entry, ...}); True when new."""
    extra = {k: v for k, v in warning.items() if k not in ("key", "desk", "desk_name", "journal", "line", "entry")}
    cursor = store.db.execute(
        "INSERT OR IGNORE INTO security_warnings (key, desk_id, desk_name, journal, line, entry, data, found_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [warning["key"], warning.get("desk", ""), warning.get("desk_name", ""), warning.get("journal", ""),
         warning.get("line"), warning.get("entry", ""), json.dumps(extra, ensure_ascii=False),
         now_utc().isoformat()])
    return cursor.rowcount > 0


def security_warnings(store: EventStore) -> list[dict]:
    rows = store.db.execute("SELECT key, desk_id, desk_name, journal, line, entry, data, found_at "
                            "FROM security_warnings ORDER BY num")
    return [{"key": k, "desk": d, "desk_name": n, "journal": j, "line": ln, "entry": e, **json.loads(x),
             "found_at": f} for k, d, n, j, ln, e, x, f in rows]


def record_received(store: EventStore, entry: dict) -> None:
    """An entry from another desk, applied: kept in this desk's journal table (so it is never applied twice)."""
    store.db.conn.execute(
        "INSERT INTO journal (id, desk_id, hlc, kind, data, received_at) VALUES (?, ?, ?, ?, ?, ?)",
        [entry["id"], entry["desk"], entry["hlc"], entry["kind"],
         json.dumps(entry["data"], ensure_ascii=False, sort_keys=True), now_utc().isoformat()])
    note_desk_name(store, entry["desk"], entry.get("desk_name", ""))


def latest_clock(store: EventStore) -> str:
    """The latest clock of any entry this desk made or received ("" when none)."""
    return store.db.execute("SELECT max(hlc) FROM journal").fetchone()[0] or ""
