"""What sync/folder.py reads and writes in the event file: the sync key, this desk's own journal entries,
and a copy of the file made into a new desk (a clone)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from innovact_desk.records import PARTICIPANT_FIELDS
from innovact_desk.store.columns import PARTICIPANT_REF

if TYPE_CHECKING:
    from innovact_desk.store.event import EventStore


def sync_key(store: EventStore) -> str:
    return store.db.execute("SELECT sync_key FROM event").fetchone()[0]


_REF_COLUMNS = ("id", "code", "created_at", "created_desk", *PARTICIPANT_FIELDS)


def own_entry_rows(store: EventStore, after: int = 0) -> list[tuple[int, str, str, str, str]]:
    """(num, id, clock, kind, data) of the journal entries this desk made after journal num `after`, in the
    order it made them.

    An imported person's entry points at their participants row (PARTICIPANT_REF): it is written out
    whole here, as every other desk reads it."""
    rows = store.db.execute(
        "SELECT j.num, j.id, j.hlc, j.kind, j.data, " + ", ".join(f"p.{c}" for c in _REF_COLUMNS) + " FROM journal j "
        f"LEFT JOIN participants p ON j.kind = 'participant' AND json_extract(j.data, '$.{PARTICIPANT_REF}') = 1 "
        "AND p.id = json_extract(j.data, '$.id') WHERE j.desk_id = ? AND j.num > ? ORDER BY j.num",
        [store.self_desk.id, after])
    result = []
    for num, entry_id, hlc, kind, data, *person in rows:
        if person[0] is not None:
            fields = {k: v for k, v in zip(_REF_COLUMNS, person, strict=True) if v not in (None, "")}
            fields["action"] = json.loads(data)["action"]
            data = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        result.append((num, entry_id, hlc, kind, data))
    return result


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
