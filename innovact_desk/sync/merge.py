"""Merging other desks' journal entries into this event file (a store module: its SQL lives here).

The result does not depend on the order entries arrive in, nor on how often:
- check-ins and undos are facts with their own ids: the union of all desks' facts, each once;
- participants who share a document (or, when one side has none, an email) are one person: the
  smallest UUID remains, the others point to it, and every badge code keeps working;
- each participant field takes the value of its latest correction by hybrid logical clock, looked for
  among everyone merged into one person; the other values stay in the audit log.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime

from innovact_desk.records import PARTICIPANT_FIELDS
from innovact_desk.store.event import _PERSON, EventStore, participant_keys
from innovact_desk.timezones import now_utc

_CHECKIN_FIELDS = ("id", "participant_id", "day", "at", "desk_id", "desk_name", "operator", "kind", "annuls",
                   "reason", "source", "recorded_at")


@dataclass
class MergeResult:
    received: int = 0
    conflicts: list[dict] = field(default_factory=list)
    deferred: list[dict] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)  # sync notes: {key, ...particulars}
    # Working state of one merge: who each participant record is now, and the (person, day) pairs touched.
    people: dict[str, str] | None = None
    touched: set[tuple[str, int]] = field(default_factory=set)

    def person(self, store: EventStore, participant_id: str) -> str | None:
        if self.people is None:
            self.people = dict(store.db.execute("SELECT id, COALESCE(merged_into, id) FROM participants"))
        return self.people.get(participant_id)


def known_entry_ids(store: EventStore) -> set[str]:
    return {row[0] for row in store.db.execute("SELECT id FROM journal")}


CHUNK = 5000  # entries a transaction (~0.4 s): a desk checking someone in meanwhile waits a moment at most


def apply_entries(store: EventStore, entries: list[dict], known: set[str] | None = None) -> MergeResult:
    """Applies entries new to this desk, oldest clock first, a chunk a transaction: what a chunk merged
    (its entries, their ids, the conflicts they showed) commits together, so a sync cut off midway
    goes on where it stopped."""
    result = MergeResult()
    known = set(known_entry_ids(store) if known is None else known)
    fresh = sorted((e for e in entries if e["id"] not in known), key=lambda e: (e["hlc"], e["id"]))
    for start in range(0, len(fresh), CHUNK):
        with store.transaction():
            for entry in fresh[start:start + CHUNK]:
                if entry["id"] not in known:
                    _apply_one(store, entry, result, known)
            for person, day in sorted({(store.participant(p).id, d) for p, d in result.touched}):
                result.conflicts += _twice(store, person, day)
            result.touched.clear()
    return result


def _apply_one(store: EventStore, entry: dict, result: MergeResult, known: set[str]) -> None:
    if _apply(store, entry, result) == "deferred":
        result.deferred.append(entry)
        return
    known.add(entry["id"])
    store.db.conn.execute(
        "INSERT INTO journal (id, desk_id, hlc, kind, data, received_at) VALUES (?, ?, ?, ?, ?, ?)",
        [entry["id"], entry["desk"], entry["hlc"], entry["kind"],
         json.dumps(entry["data"], ensure_ascii=False, sort_keys=True), now_utc().isoformat()],
    )
    store.observe_clock(entry["hlc"])
    _note_desk(store, entry["desk"], entry.get("desk_name", ""))
    result.received += 1


def _apply(store: EventStore, entry: dict, result: MergeResult) -> str:
    kind, data = entry["kind"], entry["data"]
    try:
        if kind == "participant":
            return _apply_participant(store, data, result)
        if kind in ("checkin", "undo"):
            return _apply_checkin(store, data, result)
        if kind == "edit":
            return _apply_edit(store, entry, result)
        if kind in ("certificate", "revocation", "issuer_key"):
            from innovact_desk.certificates.register import apply_sync_entry

            return apply_sync_entry(store, entry, result.conflicts)
    except (sqlite3.IntegrityError, KeyError, TypeError, ValueError) as exc:
        result.refused.append({"key": "refused", "entry": entry["id"], "kind": kind, "why": str(exc)})
        return "refused"
    result.refused.append({"key": "unknown_kind", "entry": entry["id"], "kind": kind})
    return "deferred"


def _note_desk(store: EventStore, desk_id: str, name: str) -> None:
    if desk_id == store.self_desk.id:
        return
    store.db.execute("INSERT INTO desks (id, name, is_self) VALUES (?, ?, 0) "
                     "ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE excluded.name != ''", [desk_id, name])


def _participant_exists(store: EventStore, participant_id: str) -> bool:
    return store.db.execute("SELECT 1 FROM participants WHERE id = ?", [participant_id]).fetchone() is not None


def _apply_participant(store: EventStore, data: dict, result: MergeResult) -> str:
    if _participant_exists(store, data["id"]):
        return "applied"
    record = {k: data[k] for k in ("id", "code", "created_at", "created_desk", *PARTICIPANT_FIELDS) if k in data}
    record.update(participant_keys(record))
    cursor = store.db.execute(
        f"INSERT INTO participants ({', '.join(record)}) VALUES ({', '.join('?' * len(record))})",
        list(record.values()),
    )
    store._index(cursor.lastrowid, record)
    store._audit("sync_" + data.get("action", "add"), "participant", record["id"], after=record.get("name"))
    merges = merge_group(store, record["id"])
    result.conflicts += merges
    if merges:
        result.people = None  # who is who has changed
    elif result.people is not None:
        result.people[record["id"]] = record["id"]
    return "applied"


def _apply_checkin(store: EventStore, data: dict, result: MergeResult) -> str:
    person = result.person(store, data["participant_id"])
    if person is None:
        return "deferred"
    row = {k: data.get(k) for k in _CHECKIN_FIELDS}
    row["recorded_at"] = row["recorded_at"] or data.get("at")
    cursor = store.db.conn.execute(
        f"INSERT OR IGNORE INTO checkins ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    if cursor.rowcount and row["kind"] == "checkin":
        result.touched.add((person, row["day"]))
    return "applied"


def _twice(store: EventStore, person: str, day: int) -> list[dict]:
    rows = store.db.execute(
        f"SELECT c.desk_id, c.desk_name, min(c.at) FROM checkins_resolved c WHERE {_PERSON} AND +c.day = ? "
        "AND c.kind = 'checkin' AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.annuls = c.id) "
        "GROUP BY c.desk_id ORDER BY min(c.at)", [person, day]).fetchall()
    if len(rows) < 2:
        return []
    zone = store.tz
    desks = [{"desk": name or desk[:8], "at": datetime.fromisoformat(at).astimezone(zone).strftime("%H:%M")}
             for desk, name, at in rows]
    detail = f"day {day}: " + ", ".join(f"{d['desk']} {d['at']}" for d in desks)
    key = f"checked_in_twice:{person}:{day}:" + ",".join(sorted(r[0] for r in rows))
    return record_conflict(store, "checked_in_twice", person, detail, key, {"day": day, "desks": desks})


def _apply_edit(store: EventStore, entry: dict, result: MergeResult) -> str:
    data = entry["data"]
    target = data["participant_id"]
    if not _participant_exists(store, target):
        return "deferred"
    for name, value in data["changes"].items():
        if name not in PARTICIPANT_FIELDS:
            continue
        current = store.db.execute("SELECT hlc FROM field_clocks WHERE participant_id = ? AND field = ?",
                                   [target, name]).fetchone()
        if current is None or entry["hlc"] > current[0]:
            store.db.execute("INSERT OR REPLACE INTO field_clocks (participant_id, field, hlc, desk_id, value) "
                             "VALUES (?, ?, ?, ?, ?)", [target, name, entry["hlc"], entry["desk"], str(value)])
        store._audit("sync_" + data.get("action", "edit"), "participant", target, name, None, value)
        if data.get("action", "edit") == "edit":
            current_entry = (entry["hlc"], entry["desk"], entry.get("desk_name", ""), str(value))
            result.conflicts += _competing(store, target, name, current_entry)
    survivor = store.participant(target).id
    _settle_fields(store, survivor, _group_members(store, survivor))
    return "applied"


def _competing(store: EventStore, target: str, name: str, current_entry: tuple) -> list[dict]:
    """Two desks corrected the same field of one person to different values."""
    survivor = store.participant(target).id
    members = _group_members(store, survivor)
    marks = ",".join("?" * len(members))
    rows = store.db.execute(
        f"SELECT j.hlc, j.desk_id, COALESCE(d.name, ''), json_extract(j.data, '$.changes.' || ?) FROM journal j "
        f"LEFT JOIN desks d ON d.id = j.desk_id WHERE j.kind = 'edit' AND json_extract(j.data, '$.action') = 'edit' "
        f"AND json_extract(j.data, '$.participant_id') IN ({marks}) "
        f"AND json_extract(j.data, '$.changes.' || ?) IS NOT NULL ORDER BY j.hlc",
        [name, *members, name]).fetchall()
    rows = sorted({*((h, d, n, str(v)) for h, d, n, v in rows), current_entry})
    desks = {r[1] for r in rows}
    values = {r[3] for r in rows}
    if len(desks) < 2 or len(values) < 2:
        return []
    winner = store.db.execute(f"SELECT value FROM field_clocks WHERE participant_id IN ({marks}) AND field = ? "
                              "ORDER BY hlc DESC LIMIT 1", [*members, name]).fetchone()[0]
    values = [{"value": value, "desk": desk_name or desk[:8]} for _h, desk, desk_name, value in rows]
    detail = f"{name}: " + "; ".join(f"{v['value']!r} ({v['desk']})" for v in values) + f"; kept {winner!r}"
    key = f"competing_correction:{survivor}:{name}:" + ",".join(r[0] for r in rows)
    return record_conflict(store, "competing_correction", survivor, detail, key,
                           {"field": name, "values": values, "kept": winner})


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


def _group_members(store: EventStore, survivor: str) -> list[str]:
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
            store._index(num, store.participant(pid).__dict__)
        else:
            store._audit("merge", "participant", pid, "merged_into", merged_into, wanted)
            kept = store.db.execute("SELECT name, code FROM participants WHERE id = ?", [survivor]).fetchone()
            detail = f"{name} ({code}) is {kept[0]} ({kept[1]}): same document or email; both codes work"
            conflicts += record_conflict(store, "merged_walk_in", survivor, detail, f"merged_walk_in:{pid}",
                                         {"name": name, "code": code, "kept_name": kept[0], "kept_code": kept[1]})
    _settle_fields(store, survivor, sorted(group))
    return conflicts


def _settle_fields(store: EventStore, survivor: str, members: list[str]) -> None:
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
    store._index(num, merged)


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


def desk_activity(store: EventStore) -> list[DeskActivity]:
    """Each desk known to this event file, this one first: what it contributed and when it was last heard of."""
    rows = store.db.execute(
        "SELECT d.id, d.name, d.is_self, "
        "(SELECT count(*) FROM checkins c WHERE c.desk_id = d.id), "
        "(SELECT count(*) FROM journal j WHERE j.desk_id = d.id), "
        "(SELECT max(hlc) FROM journal j WHERE j.desk_id = d.id), "
        "(SELECT max(received_at) FROM journal j WHERE j.desk_id = d.id) "
        "FROM desks d ORDER BY d.is_self DESC, d.name").fetchall()
    result = []
    for desk_id, name, is_self, checkins, changes, hlc, received in rows:
        last = datetime.fromtimestamp(int(hlc[:13]) / 1000, UTC).astimezone(store.tz) if hlc else None
        got = datetime.fromisoformat(received).astimezone(store.tz) if received else None
        result.append(DeskActivity(desk_id, name, bool(is_self), checkins, changes, last, got))
    return result


def last_sync(store: EventStore) -> datetime | None:
    """When this desk last synced (its clock then), in the event's zone."""
    hlc = store.setting("last_sync")
    return datetime.fromtimestamp(int(hlc[:13]) / 1000, UTC).astimezone(store.tz) if hlc else None
