"""The outbox's rows (innovact_desk/outbox/): one per certificate revision and address to send.

A row goes queued -> sending -> sent; a server that refuses it for good makes it failed; a connection lost
while the message itself was being handed over (after DATA) makes it uncertain: the server may have taken
it, so it is never sent again by itself (`mail --retry-uncertain` does, when the organizers have checked).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from innovact_desk.timezones import now_utc

if TYPE_CHECKING:
    from innovact_desk.store.event import EventStore

_COLUMNS = "id, uid, rev, participant_id, email, status, queued_at, attempts, last_try_at, sent_at, message_id, reply"


@dataclass(frozen=True)
class OutboxRow:
    id: int
    uid: str
    rev: int
    participant_id: str
    email: str
    status: str
    queued_at: str
    attempts: int
    last_try_at: str | None
    sent_at: str | None
    message_id: str
    reply: str


def enqueue(store: EventStore, rows: list[tuple[str, int, str, str, str]]) -> int:
    """Queue (uid, rev, participant id, email, message id) rows not queued before; how many were new."""
    stamp = now_utc().isoformat()
    with store.transaction():
        before = store.db.conn.total_changes
        store.db.conn.executemany(
            "INSERT OR IGNORE INTO outbox (uid, rev, participant_id, email, message_id, queued_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", [(*row, stamp) for row in rows])
        return store.db.conn.total_changes - before


def rows(store: EventStore, status: str | None = None) -> list[OutboxRow]:
    if status is None:
        found = store.db.execute(f"SELECT {_COLUMNS} FROM outbox ORDER BY id")
    else:
        found = store.db.execute(f"SELECT {_COLUMNS} FROM outbox WHERE status = ? ORDER BY id", [status])
    return [OutboxRow(*r) for r in found]


def counts(store: EventStore) -> dict[str, int]:
    found = dict(store.db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
    return {s: found.get(s, 0) for s in ("sent", "queued", "failed", "uncertain")}


def mark(store: EventStore, row_id: int, status: str, reply: str = "", *, tried: bool = False) -> None:
    """Move a row to status (committed at once: the queue must survive a cut right after)."""
    stamp = now_utc().isoformat()
    with store.transaction():
        store.db.execute(
            "UPDATE outbox SET status = ?, reply = ?, attempts = attempts + ?, last_try_at = coalesce(?, last_try_at), "
            "sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?",
            [status, reply[:500], int(tried), stamp if tried else None, status, stamp, row_id])


def recover_interrupted(store: EventStore) -> int:
    """Rows left 'sending' by a run that was cut (power, kill) become uncertain; how many."""
    with store.transaction():
        cursor = store.db.execute("UPDATE outbox SET status = 'uncertain', reply = 'interrupted while sending' "
                                  "WHERE status = 'sending'")
        return cursor.rowcount


def requeue(store: EventStore, status: str) -> int:
    with store.transaction():
        return store.db.execute("UPDATE outbox SET status = 'queued' WHERE status = ?", [status]).rowcount
