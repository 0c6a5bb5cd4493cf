"""The rows a merge of other desks' journal entries reads and writes (sync/merge.py decides what to apply),
and making one person of several records (a walk-in who was already registered, or two desks' records of one
person): its SQL. Used by the store itself (add_participant) and by sync.merge."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from innovact_desk.records import PARTICIPANT_FIELDS
from innovact_desk.store.columns import PERSON, participant_keys
from innovact_desk.store.conflicts import record_conflict
from innovact_desk.timezones import now_utc

if TYPE_CHECKING:
    from innovact_desk.store.event import EventStore


# ---- the entries and rows of a merge -------------------------------------------------------------


def known_entry_ids(store: EventStore) -> set[str]:
    return {row[0] for row in store.db.execute("SELECT id FROM journal")}


def people(store: EventStore) -> dict[str, str]:
    """participant record id -> the id of the person it is now (itself unless merged)."""
    return dict(store.db.execute("SELECT id, COALESCE(merged_into, id) FROM participants"))


def record_entry(store: EventStore, entry: dict) -> None:
    """Keeps another desk's journal entry, as received now."""
    store.db.conn.execute(
        "INSERT INTO journal (id, desk_id, hlc, kind, data, received_at) VALUES (?, ?, ?, ?, ?, ?)",
        [entry["id"], entry["desk"], entry["hlc"], entry["kind"],
         json.dumps(entry["data"], ensure_ascii=False, sort_keys=True), now_utc().isoformat()],
    )


def note_desk(store: EventStore, desk_id: str, name: str) -> None:
    if desk_id == store.self_desk.id:
        return
    store.db.execute("INSERT INTO desks (id, name, is_self) VALUES (?, ?, 0) "
                     "ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE excluded.name != ''", [desk_id, name])


def participant_exists(store: EventStore, participant_id: str) -> bool:
    return store.db.execute("SELECT 1 FROM participants WHERE id = ?", [participant_id]).fetchone() is not None


_PARTICIPANT_COLUMNS = frozenset(("id", "code", "created_at", "created_desk", *PARTICIPANT_FIELDS, "sort_key",
                                  "doc_key", "email_key"))


def insert_participant(store: EventStore, record: dict) -> None:
    """A participant record another desk made, with its search index row. Column names come only from a
    fixed list: a name from a journal never reaches the SQL text."""
    unknown = set(record) - _PARTICIPANT_COLUMNS
    if unknown:
        raise ValueError(f"not participant columns: {sorted(unknown)[:5]}")
    cursor = store.db.execute(
        f"INSERT INTO participants ({', '.join(record)}) VALUES ({', '.join('?' * len(record))})",
        list(record.values()),
    )
    store.index_participant(cursor.lastrowid, record)


def insert_checkin(store: EventStore, row: dict) -> bool:
    """A check-in or undo another desk recorded; False when it is here already."""
    cursor = store.db.conn.execute(
        f"INSERT OR IGNORE INTO checkins ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    return bool(cursor.rowcount)


def first_checkins_by_desk(store: EventStore, person: str, day: int) -> list[tuple[str, str, str]]:
    """(desk id, desk name, its first check-in time) of each desk with a standing check-in of the person that day,
    earliest first."""
    return store.db.execute(
        f"SELECT c.desk_id, c.desk_name, min(c.at) FROM checkins_resolved c WHERE {PERSON} AND +c.day = ? "
        "AND c.kind = 'checkin' AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.annuls = c.id) "
        "GROUP BY c.desk_id ORDER BY min(c.at)", [person, day]).fetchall()


def field_clock(store: EventStore, participant_id: str, name: str) -> str | None:
    """The clock of the latest correction of one field of a participant record, if any."""
    row = store.db.execute("SELECT hlc FROM field_clocks WHERE participant_id = ? AND field = ?",
                           [participant_id, name]).fetchone()
    return None if row is None else row[0]


def set_field_clock(store: EventStore, participant_id: str, name: str, hlc: str, desk_id: str, value: str) -> None:
    store.db.execute("INSERT OR REPLACE INTO field_clocks (participant_id, field, hlc, desk_id, value) "
                     "VALUES (?, ?, ?, ?, ?)", [participant_id, name, hlc, desk_id, value])


def field_corrections(store: EventStore, members: list[str], name: str) -> list[tuple]:
    """(clock, desk id, desk name, value) of every correction (action edit) of one field of these records."""
    marks = ",".join("?" * len(members))
    return store.db.execute(
        f"SELECT j.hlc, j.desk_id, COALESCE(d.name, ''), json_extract(j.data, '$.changes.' || ?) FROM journal j "
        f"LEFT JOIN desks d ON d.id = j.desk_id WHERE j.kind = 'edit' AND json_extract(j.data, '$.action') = 'edit' "
        f"AND json_extract(j.data, '$.participant_id') IN ({marks}) "
        f"AND json_extract(j.data, '$.changes.' || ?) IS NOT NULL ORDER BY j.hlc",
        [name, *members, name]).fetchall()


def latest_field_value(store: EventStore, members: list[str], name: str) -> str:
    """The value of the latest correction of one field among these records."""
    marks = ",".join("?" * len(members))
    return store.db.execute(f"SELECT value FROM field_clocks WHERE participant_id IN ({marks}) AND field = ? "
                            "ORDER BY hlc DESC LIMIT 1", [*members, name]).fetchone()[0]


# ---- one person from several records -----------------------------------------------------------


def _same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    if a[0] and b[0]:
        return a[0] == b[0]
    if a[1] and b[1]:
        return a[1] == b[1]
    return False


def _group_of(store: EventStore, participant_id: str) -> set[str]:
    """Everyone linked to this participant by the same document or email, merged or not."""
    keys = {}
    seen, queue = {participant_id}, [participant_id]
    while queue:
        pid = queue.pop()
        doc, email = keys.get(pid) or store.db.execute(
            "SELECT doc_key, email_key FROM participants WHERE id = ?", [pid]).fetchone()
        keys[pid] = (doc, email)
        rows = store.db.execute(
            "SELECT id, doc_key, email_key FROM participants WHERE id != ? AND "
            "((doc_key != '' AND doc_key = ?) OR (email_key != '' AND email_key = ?))", [pid, doc, email])
        for other, other_doc, other_email in rows:
            keys[other] = (other_doc, other_email)
            if other not in seen and _same((doc, email), (other_doc, other_email)):
                seen.add(other)
                queue.append(other)
    return seen


def group_members(store: EventStore, survivor: str) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT id FROM participants WHERE id = ? OR merged_into = ?",
                                           [survivor, survivor])]


def merge_group(store: EventStore, participant_id: str) -> list[dict]:
    """Makes one person of everyone linked to this participant; returns the merges as conflicts."""
    group = _group_of(store, participant_id)
    if len(group) == 1:
        return []
    survivor = min(group)
    conflicts = []
    for pid in sorted(group):
        num, merged_into, name, code = store.db.execute(
            "SELECT num, merged_into, name, code FROM participants WHERE id = ?", [pid]).fetchone()
        wanted = None if pid == survivor else survivor
        if merged_into == wanted:
            continue
        store.db.execute("UPDATE participants SET merged_into = ? WHERE id = ?", [wanted, pid])
        store.db.execute("DELETE FROM participant_fts WHERE rowid = ?", [num])
        if wanted is None:
            store.index_participant(num, store.participant(pid).__dict__)
        else:
            store.record_audit("merge", "participant", pid, "merged_into", merged_into, wanted)
            kept = store.db.execute("SELECT name, code FROM participants WHERE id = ?", [survivor]).fetchone()
            detail = f"{name} ({code}) is {kept[0]} ({kept[1]}): same document or email; both codes work"
            conflicts += record_conflict(store, "merged_walk_in", survivor, detail, f"merged_walk_in:{pid}",
                                         {"name": name, "code": code, "kept_name": kept[0], "kept_code": kept[1]})
    settle_fields(store, survivor, sorted(group))
    return conflicts


def settle_fields(store: EventStore, survivor: str, members: list[str]) -> None:
    """Each field of the remaining person: its latest correction among all merged records, if any."""
    marks = ",".join("?" * len(members))
    rows = store.db.execute(
        f"SELECT field, value FROM field_clocks f WHERE participant_id IN ({marks}) AND hlc = "
        f"(SELECT max(hlc) FROM field_clocks g WHERE g.field = f.field AND g.participant_id IN ({marks}))",
        [*members, *members]).fetchall()
    current = store.participant(survivor)
    changes = {name: value for name, value in rows if getattr(current, name) != value}
    if not changes:
        return
    merged = {**current.__dict__, **changes}
    columns = {**changes, **participant_keys(merged)}
    store.db.execute(f"UPDATE participants SET {', '.join(f'{k} = ?' for k in columns)} WHERE id = ?",
                     [*columns.values(), survivor])
    num = store.db.execute("SELECT num FROM participants WHERE id = ?", [survivor]).fetchone()[0]
    store.db.execute("DELETE FROM participant_fts WHERE rowid = ?", [num])
    store.index_participant(num, merged)
