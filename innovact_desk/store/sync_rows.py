"""What sync/folder.py reads and writes in the event file: the sync key, this desk's own journal entries,
and a copy of the file made into a new desk (a clone)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from innovact_desk.store.event import EventStore


def sync_key(store: EventStore) -> str:
    return store.db.execute("SELECT sync_key FROM event").fetchone()[0]


def own_entry_rows(store: EventStore) -> list[tuple[str, str, str, str]]:
    """(id, clock, kind, data) of every journal entry this desk made, in the order it made them."""
    return store.db.execute("SELECT id, hlc, kind, data FROM journal WHERE desk_id = ? ORDER BY num",
                            [store.self_desk.id]).fetchall()


def copy_file(store: EventStore, path: Path) -> None:
    """A consistent copy of the open event file (SQLite's backup), written to path."""
    target = sqlite3.connect(path)
    store.db.conn.backup(target)
    target.close()


def become_new_desk(store: EventStore, desk_name: str) -> None:
    """Makes a copied event file another desk: a new desk identity, its own clock, never synced. Call inside
    a transaction; the audit line is the caller's."""
    old = store.self_desk
    store.db.execute("UPDATE desks SET is_self = 0 WHERE id = ?", [old.id])
    store.db.execute("INSERT INTO desks (id, name, is_self) VALUES (?, ?, 1)", [str(uuid.uuid4()), desk_name])
    store.db.execute("DELETE FROM settings WHERE key IN ('hlc', 'last_sync')")
    store._desk = None


def checkpoint(store: EventStore) -> None:
    """Everything in the write-ahead log into the file itself, so the file alone is whole."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
