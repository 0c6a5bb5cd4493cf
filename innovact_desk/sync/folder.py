"""Desks in step through a folder: a shared folder, a USB stick, or a folder Syncthing keeps in step.

The folder holds `<event UUID>/<desk UUID>.journal`. A desk appends only to its own file, one JSON
line per change, each authenticated with the event's sync key (HMAC-SHA256), and reads everyone's.
A line cut short (a stick pulled out mid-write) is left for next time; a line that fails
authentication is skipped and reported; the rest merges. A journal of another event is never read.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from innovact_desk.errors import UserError
from innovact_desk.store import sync_rows
from innovact_desk.store.event import EventStore
from innovact_desk.sync.merge import apply_entries, known_entry_ids

JOURNAL_VERSION = 1


# Why a journal line was skipped: a key for the window, an English sentence for the command line.
LINE_PROBLEMS = {
    "damaged": "not a journal line (cut short or damaged)",
    "authentication": "fails authentication (another event's key, or altered)",
    "other_event": "belongs to another event",
    "other_desk": "written by another desk than its file says",
    "version": "a journal version this program does not know",
}


def problem_text(note: dict) -> str:
    """The English sentence of a sync note (see SyncReport.notes)."""
    key = note.get("key")
    if key == "line":
        return f"{note['journal']} line {note['line']}: {LINE_PROBLEMS[note['why']]}; skipped"
    if key == "unreadable":
        return f"{note['journal']}: cannot be read: {note['why']}"
    if key == "refused":
        return f"entry {note['entry']} ({note['kind']}) refused: {note['why']}"
    if key == "unknown_kind":
        return f"entry {note['entry']}: unknown kind {note['kind']!r} (a newer program?)"
    if key == "waiting":
        return f"{note['count']} entries wait for entries not in the folder yet"
    return str(note)


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)  # what was skipped or waits: {key, ...particulars}

    @property
    def problems(self) -> list[str]:
        """The notes as English sentences, for standard error."""
        return [problem_text(note) for note in self.notes]

    def to_dict(self) -> dict:
        return {"sent": self.sent, "received": self.received, "conflicts": self.conflicts}


def _canonical(obj: dict) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _mac(key: str, obj: dict) -> str:
    return hmac.new(bytes.fromhex(key), _canonical(obj), hashlib.sha256).hexdigest()


def sync_key(store: EventStore) -> str:
    return sync_rows.sync_key(store)


def event_folder(store: EventStore, folder: str | os.PathLike) -> Path:
    return Path(folder) / store.event.id


def journal_file(store: EventStore, folder: str | os.PathLike) -> Path:
    return event_folder(store, folder) / f"{store.self_desk.id}.journal"


def _line(store: EventStore, key: str, entry_id: str, hlc: str, kind: str, data: str) -> bytes:
    obj = {"v": JOURNAL_VERSION, "event": store.event.id, "id": entry_id, "desk": store.self_desk.id,
           "desk_name": store.self_desk.name, "hlc": hlc, "kind": kind, "data": json.loads(data)}
    obj["mac"] = _mac(key, obj)
    return _canonical(obj) + b"\n"


def read_journal(path: Path, store: EventStore, key: str,
                 known: set[str] | frozenset[str] = frozenset()) -> tuple[list[dict], list[dict]]:
    """The entries of one journal file that are whole, authentic and not in `known` (already merged here:
    not checked again); and what was wrong with the rest."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [], [{"key": "unreadable", "journal": path.name, "why": str(exc.strerror or exc)}]
    desk = path.stem
    entries, problems = [], []
    lines = raw.split(b"\n")
    for number, line in enumerate(lines[:-1], start=1):  # the last piece has no newline yet: next time
        if not line.strip():
            continue
        entry = _parse_line(line, store, key, desk, known)
        if entry is None:
            continue
        if isinstance(entry, str):
            problems.append({"key": "line", "journal": path.name, "line": number, "why": entry})
        else:
            entries.append(entry)
    return entries, problems


def _parse_line(line: bytes, store: EventStore, key: str, desk: str, known: set[str] | frozenset[str]) -> dict | str | None:
    try:
        obj = json.loads(line.decode("utf-8"))
        mac = obj.pop("mac")
        if obj.get("id") in known:
            return None
    except (ValueError, UnicodeDecodeError, AttributeError, KeyError, TypeError):
        return "damaged"
    if not isinstance(mac, str) or not hmac.compare_digest(mac, _mac(key, obj)):
        return "authentication"
    if obj.get("event") != store.event.id:
        return "other_event"
    if obj.get("desk") != desk:
        return "other_desk"
    if obj.get("v") != JOURNAL_VERSION or not all(k in obj for k in ("id", "hlc", "kind", "data")):
        return "version"
    return obj


def write_own(store: EventStore, folder: str | os.PathLike, already: set[str]) -> int:
    """Appends this desk's entries that its journal file lacks; returns how many."""
    key = sync_key(store)
    rows = sync_rows.own_entry_rows(store)
    lines = [_line(store, key, *row) for row in rows if row[0] not in already]
    if not lines:
        return 0
    path = journal_file(store, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as handle:
        if handle.tell() > 0:
            with open(path, "rb") as check:
                check.seek(-1, os.SEEK_END)
                if check.read(1) != b"\n":
                    handle.write(b"\n")  # a line cut short stays alone on its line
        handle.write(b"".join(lines))
        handle.flush()
        os.fsync(handle.fileno())
    return len(lines)


def sync(store: EventStore, folder: str | os.PathLike) -> SyncReport:
    """Reads every desk's journal of this event in the folder, merges, then writes this desk's news."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder (plug in the stick, or create the shared folder)")
    key = sync_key(store)
    report = SyncReport()
    entries: list[dict] = []
    own_ids: set[str] = set()
    here = event_folder(store, folder)
    known = known_entry_ids(store)
    for path in sorted(here.glob("*.journal")) if here.is_dir() else []:
        own = path.stem == store.self_desk.id
        found, problems = read_journal(path, store, key, frozenset() if own else known)
        report.notes += problems
        if own:
            own_ids = {e["id"] for e in found}
        entries += found
    result = apply_entries(store, entries, known)
    report.received = result.received
    report.conflicts = result.conflicts
    report.notes += result.refused
    if result.deferred:
        report.notes.append({"key": "waiting", "count": len(result.deferred)})
    try:
        report.sent = write_own(store, folder, own_ids)
    except OSError as exc:
        raise UserError(f"{folder}: cannot write this desk's journal: {exc.strerror or exc}") from exc
    store.set_setting("last_sync", store.tick())
    return report


def clone(source: EventStore, out: str | os.PathLike, desk_name: str) -> Path:
    """The event for another laptop: same event, roster and sync key, its own desk identity, no signing key."""
    out = Path(out)
    if out.exists():
        raise UserError(f"{out}: already exists; an event file is never overwritten")
    if not out.parent.is_dir():
        raise UserError(f"{out.parent}: no such folder")
    if not desk_name.strip():
        raise UserError("--desk: the new desk needs a name, such as 'Mesa 2'")
    if desk_name.strip() == source.self_desk.name:
        raise UserError(f"--desk {desk_name}: this desk is already called so; give the new desk its own name")
    tmp = out.with_name(out.name + ".cloning")
    tmp.unlink(missing_ok=True)
    sync_rows.copy_file(source, tmp)
    with EventStore.open(tmp) as copy:
        with copy.transaction():
            sync_rows.become_new_desk(copy, desk_name)
            copy.record_audit("clone", "desk", copy.self_desk.id, after=desk_name)
        sync_rows.checkpoint(copy)
    os.replace(tmp, out)
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    return out
