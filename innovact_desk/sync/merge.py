"""Merging other desks' journal entries into this event file: what to apply and what it means (the rows it
reads and writes are store.merging's, the conflicts store.conflicts').

The result does not depend on the order entries arrive in, nor on how often:
- check-ins and undos are facts with their own ids: the union of all desks' facts, each once;
- participants who share a document (or, when one side has none, an email) are one person: the
  smallest UUID remains, the others point to it, and every badge code keeps working;
- each participant field takes the value of its latest correction by hybrid logical clock, looked for
  among everyone merged into one person; the other values stay in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from innovact_desk.records import PARTICIPANT_FIELDS
from innovact_desk.store import merging as merge_rows
from innovact_desk.store.columns import participant_keys
from innovact_desk.store.conflicts import record_conflict
from innovact_desk.store.event import EventStore
from innovact_desk.store.merging import group_members, merge_group, settle_fields

_CHECKIN_FIELDS = ("id", "participant_id", "day", "at", "desk_id", "desk_name", "operator", "kind", "annuls",
                   "reason", "source", "recorded_at")


@dataclass
class MergeResult:
    received: int = 0
    conflicts: list[dict] = field(default_factory=list)
    deferred: list[dict] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)  # sync notes: {key, ...particulars}
    warnings: list[dict] = field(default_factory=list)  # security warnings: {key, desk, desk_name, journal, line}
    # Working state of one merge: who each participant record is now, and the (person, day) pairs touched.
    people: dict[str, str] | None = None
    touched: set[tuple[str, int]] = field(default_factory=set)

    def person(self, store: EventStore, participant_id: str) -> str | None:
        if self.people is None:
            self.people = merge_rows.people(store)
        return self.people.get(participant_id)


def _apply_participant(store: EventStore, data: dict, result: MergeResult) -> str:
    if merge_rows.participant_exists(store, data["id"]):
        return "applied"
    record = {k: data[k] for k in ("id", "code", "created_at", "created_desk", *PARTICIPANT_FIELDS) if k in data}
    record.update(participant_keys(record))
    merge_rows.insert_participant(store, record)
    store.record_audit("sync_" + data.get("action", "add"), "participant", record["id"], after=record.get("name"))
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
    if merge_rows.insert_checkin(store, row) and row["kind"] == "checkin":
        result.touched.add((person, row["day"]))
    return "applied"


def _twice(store: EventStore, person: str, day: int) -> list[dict]:
    firsts = merge_rows.first_checkins_by_desk(store, person, day)
    if len(firsts) < 2:
        return []
    zone = store.tz
    desks = [{"desk": name or desk[:8], "at": datetime.fromisoformat(at).astimezone(zone).strftime("%H:%M")}
             for desk, name, at in firsts]
    detail = f"day {day}: " + ", ".join(f"{d['desk']} {d['at']}" for d in desks)
    key = f"checked_in_twice:{person}:{day}:" + ",".join(sorted(r[0] for r in firsts))
    return record_conflict(store, "checked_in_twice", person, detail, key, {"day": day, "desks": desks})


def _apply_edit(store: EventStore, entry: dict, result: MergeResult) -> str:
    data = entry["data"]
    target = data["participant_id"]
    if not merge_rows.participant_exists(store, target):
        return "deferred"
    for name, value in data["changes"].items():
        if name not in PARTICIPANT_FIELDS:
            continue
        current = merge_rows.field_clock(store, target, name)
        if current is None or entry["hlc"] > current:
            merge_rows.set_field_clock(store, target, name, entry["hlc"], entry["desk"], str(value))
        store.record_audit("sync_" + data.get("action", "edit"), "participant", target, name, None, value)
        if data.get("action", "edit") == "edit":
            current_entry = (entry["hlc"], entry["desk"], entry.get("desk_name", ""), str(value))
            result.conflicts += _competing(store, target, name, current_entry)
    survivor = store.participant(target).id
    settle_fields(store, survivor, group_members(store, survivor))
    return "applied"


def _competing(store: EventStore, target: str, name: str, current_entry: tuple) -> list[dict]:
    """Two desks corrected the same field of one person to different values."""
    survivor = store.participant(target).id
    members = group_members(store, survivor)
    found = merge_rows.field_corrections(store, members, name)
    found = sorted({*((h, d, n, str(v)) for h, d, n, v in found), current_entry})
    desks = {r[1] for r in found}
    values = {r[3] for r in found}
    if len(desks) < 2 or len(values) < 2:
        return []
    winner = merge_rows.latest_field_value(store, members, name)
    values = [{"value": value, "desk": desk_name or desk[:8]} for _h, desk, desk_name, value in found]
    detail = f"{name}: " + "; ".join(f"{v['value']!r} ({v['desk']})" for v in values) + f"; kept {winner!r}"
    key = f"competing_correction:{survivor}:{name}:" + ",".join(r[0] for r in found)
    return record_conflict(store, "competing_correction", survivor, detail, key,
                           {"field": name, "values": values, "kept": winner})
