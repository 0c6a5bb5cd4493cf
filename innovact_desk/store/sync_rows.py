"""What sync/folder.py reads and writes in the event file: the sync key, this desk's own journal entries,
and a copy of the file made into a new desk (a clone)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from innovact_desk.store.event import EventStore


def sync_key(store: EventStore) -> str:
    return store.db.execute("SELECT sync_key FROM event").fetchone()[0]


def copy_file(store: EventStore, path: Path) -> None:
    """A consistent copy of the open event file (SQLite's backup), written to path."""
    target = sqlite3.connect(path)
    store.db.conn.backup(target)
    target.close()


def checkpoint(store: EventStore) -> None:
    """Everything in the write-ahead log into the file itself, so the file alone is whole."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
