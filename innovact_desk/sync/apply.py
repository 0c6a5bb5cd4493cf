"""Applying the entries a sync read: each checked field by field, each in a savepoint, all or nothing.

An entry that is not well formed, or whose change of trust is not signed by a key the event trusts,
is refused: it applies nothing (no field clock, no audit row), is reported with its desk and line, and
is not counted in `received`. Entries commit a short chunk at a time (about CHUNK_SECONDS), so a desk
checking someone in on the same file waits a moment at most; what a chunk observed of other desks'
clocks commits with it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Generator
from datetime import timedelta

from innovact_desk.certificates.register import Untrusted, apply_sync_entry
from innovact_desk.store import journals as marks
from innovact_desk.store.event import EventStore
from innovact_desk.store.merging import known_entry_ids
from innovact_desk.sync import merge
from innovact_desk.sync.validate import Refused, check_entry
from innovact_desk.timezones import now_utc

CHUNK_SECONDS = 0.15  # a chunk commits after this long, so a check-in waits well under 200 ms
CHUNK_MAX = 2000  # entries a chunk at most
TOUCHED_MAX = 100  # people and days a chunk checks for double check-ins at its end (each check is a query)
CLOCK_AHEAD = timedelta(days=2)  # an entry stamped further ahead of this desk's clock waits until then


def _place(entry: dict) -> dict:
    return {"desk": entry["desk"], "desk_name": entry.get("desk_name", ""), "journal": entry.get("_journal", ""),
            "line": entry.get("_line")}


def merge_entries(store: EventStore, entries: list[dict],
                  cancelled: Callable[[], bool]) -> Generator[tuple[int, int], None, merge.MergeResult]:
    """Applies the entries new to this desk (and those waiting from earlier syncs), oldest clock first."""
    result = merge.MergeResult()
    waiting = marks.waiting_entries(store)
    if not entries and not waiting:
        return result
    known = known_entry_ids(store)
    fresh: dict[str, dict] = {}
    for entry in waiting + entries:
        if entry["id"] not in known:
            fresh.setdefault(entry["id"], entry)
    todo = sorted(fresh.values(), key=lambda e: (e["hlc"], e["id"]))
    horizon = f"{int((now_utc() + CLOCK_AHEAD).timestamp() * 1000):013d}"
    done = 0
    while done < len(todo):
        began, first = time.perf_counter(), done
        with store.transaction():
            latest = ""
            while done < len(todo):
                entry = todo[done]
                done += 1
                if entry["hlc"][:13] > horizon:
                    result.deferred.append(entry)
                    continue
                if _apply_one(store, entry, result):
                    known.add(entry["id"])
                    latest = max(latest, entry["hlc"])
                if ((done - first) >= CHUNK_MAX or len(result.touched) >= TOUCHED_MAX
                        or (done % 10 == 0 and time.perf_counter() - began > CHUNK_SECONDS)):
                    break
            for person, day in sorted({(store.participant(p).id, d) for p, d in result.touched}):
                result.conflicts += merge._twice(store, person, day)
            result.touched.clear()
            if latest:
                store.observe_clock(latest)
            if done >= len(todo):
                marks.set_waiting(store, result.deferred)
        yield done, len(todo)
        if cancelled():
            break
    return result


def _apply_one(store: EventStore, entry: dict, result: merge.MergeResult) -> bool:
    """True when the entry applied (and is now in this desk's journal table)."""
    try:
        data = check_entry(entry)
    except Refused as why:
        result.refused.append({"key": "refused", "entry": entry["id"], "kind": entry["kind"], "why": str(why),
                               **_place(entry)})
        return False
    checked = {**entry, "data": data}
    try:
        with marks.savepoint(store):
            outcome = _apply(store, checked, result)
            if outcome == "deferred":
                raise _Deferred
            marks.record_received(store, checked)
    except _Deferred:
        result.deferred.append(entry)
        return False
    except Untrusted as why:
        result.warnings.append({"key": "untrusted_change", "entry": entry["id"], "kind": entry["kind"],
                                "why": str(why), **_place(entry)})
        return False
    except (Refused, sqlite3.IntegrityError) as why:
        result.refused.append({"key": "refused", "entry": entry["id"], "kind": entry["kind"], "why": str(why),
                               **_place(entry)})
        return False
    result.received += 1
    return True


class _Deferred(Exception):
    pass


def _apply(store: EventStore, entry: dict, result: merge.MergeResult) -> str:
    kind, data = entry["kind"], entry["data"]
    if kind == "participant":
        return merge._apply_participant(store, data, result)
    if kind in ("checkin", "undo"):
        return merge._apply_checkin(store, data, result)
    if kind == "edit":
        return merge._apply_edit(store, entry, result)
    if kind == "desk":
        return _apply_desk(store, entry, data)
    return apply_sync_entry(store, entry, result.conflicts)


def _apply_desk(store: EventStore, entry: dict, data: dict) -> str:
    """A desk made by a clone, announced by the desk that made it: its key when its id commits to it."""
    public = bytes.fromhex(data["public"])
    if marks.desk_id_for(public) != data["desk_id"]:
        raise Untrusted("a desk key its desk id does not commit to")
    marks.learn_desk_key(store, data["desk_id"], public, data["name"])
    return "applied"
