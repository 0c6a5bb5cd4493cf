"""Conflicts found while merging desks' journals, and what each desk contributed: their SQL."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from innovact_desk.timezones import now_utc

if TYPE_CHECKING:
    from innovact_desk.store.event import EventStore


def record_conflict(store: EventStore, kind: str, participant_id: str, detail: str, key: str,
                    data: dict) -> list[dict]:
    """Records a conflict once; returns it when it is new. `detail` is the English sentence the command
    line prints; `data` its particulars, for the window to word in its own language."""
    cursor = store.db.execute(
        "INSERT OR IGNORE INTO conflicts (kind, participant_id, detail, found_at, key, data) VALUES (?, ?, ?, ?, ?, ?)",
        [kind, participant_id, detail, now_utc().isoformat(), key, json.dumps(data, ensure_ascii=False)])
    if cursor.rowcount == 0:
        return []
    return [{"kind": kind, "participant": participant_id, "detail": detail, "data": data}]


def conflicts(store: EventStore) -> list[dict]:
    rows = store.db.execute("SELECT kind, participant_id, detail, found_at, data FROM conflicts ORDER BY num")
    return [{"kind": k, "participant": p, "detail": d, "found_at": f, "data": json.loads(x)} for k, p, d, f, x in rows]


@dataclass(frozen=True)
class DeskActivity:
    id: str
    name: str
    is_self: bool
    checkins: int  # check-ins and undos this desk recorded
    changes: int  # every journal entry of this desk
    last_change: datetime | None  # the clock of its latest entry known here
    last_received: datetime | None  # when this desk last received an entry of it (None: itself)
    fingerprint: str = ""  # SHA-256 of the desk's public key, 64 hex digits ("" while this file knows no key)


def desk_activity(store: EventStore) -> list[DeskActivity]:
    """Each desk known to this event file, this one first: what it contributed and when it was last heard of."""
    rows = store.db.execute(
        "SELECT d.id, d.name, d.is_self, "
        "(SELECT count(*) FROM checkins c WHERE c.desk_id = d.id), "
        "(SELECT count(*) FROM journal j WHERE j.desk_id = d.id), "
        "(SELECT max(hlc) FROM journal j WHERE j.desk_id = d.id), "
        "(SELECT max(received_at) FROM journal j WHERE j.desk_id = d.id), d.public_key "
        "FROM desks d ORDER BY d.is_self DESC, d.name").fetchall()
    result = []
    for desk_id, name, is_self, checkins, changes, hlc, received, public in rows:
        last = datetime.fromtimestamp(int(hlc[:13]) / 1000, UTC).astimezone(store.tz) if hlc else None
        got = datetime.fromisoformat(received).astimezone(store.tz) if received else None
        fingerprint = hashlib.sha256(bytes(public)).hexdigest() if public else ""
        result.append(DeskActivity(desk_id, name, bool(is_self), checkins, changes, last, got, fingerprint))
    return result


def last_sync(store: EventStore) -> datetime | None:
    """When this desk last synced (its clock then), in the event's zone."""
    hlc = store.setting("last_sync")
    return datetime.fromtimestamp(int(hlc[:13]) / 1000, UTC).astimezone(store.tz) if hlc else None
