"""Desks in step through a folder: a shared folder, a USB stick, or a folder Syncthing keeps in step.

The folder holds `<event UUID>/<desk UUID>.journal`. A desk appends only to its own file and reads
everyone's. Every line is encrypted and authenticated with the event's sync key, every write is signed
by its desk's key (see lines.py), so a lost stick shows nothing and a clone cannot pass as another desk.

Journals are data, never code or paths: files are opened without following symlinks and must be
regular files; only `<UUID>.journal` names are read; each file is read from where the last sync left
it (a sync with nothing new costs the same whatever the journals' length). A line cut short (a stick
pulled out mid-write) is left for next time; a line that fails authentication is skipped and reported;
the rest merges. A journal of another event is never read (its lines fail authentication here).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

from innovact_desk.errors import UserError
from innovact_desk.store import journals as marks
from innovact_desk.store import sync_rows
from innovact_desk.store.event import EventStore
from innovact_desk.sync import lines
from innovact_desk.sync.lines import JOURNAL_VERSION, MAX_LINE, SEAL_EVERY, is_uuid

MAX_NOTES = 20  # notes about one journal's lines in one sync; the rest are counted
_HEAD = 64  # bytes of a journal's start that tell one file from another
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)

# Why a journal line was skipped: a key for the window, an English sentence for the command line.
LINE_PROBLEMS = {
    "damaged": "not a journal line (cut short or damaged)",
    "authentication": "fails authentication (another event's key, or altered)",
    "version": "a journal version this program does not know",
    "too_long": f"longer than {MAX_LINE} bytes; not read",
    "unsealed": "not covered by its desk's signature",
}


def problem_text(note: dict) -> str:
    """The English sentence of a sync note (see SyncReport.notes)."""
    key = note.get("key")
    if key == "line":
        return f"{note['journal']} line {note['line']}: {LINE_PROBLEMS.get(note['why'], note['why'])}; skipped"
    if key == "unreadable":
        return f"{note['journal']}: cannot be read: {note['why']}"
    if key == "refused":
        where = f"{note['journal']} line {note['line']}: " if note.get("journal") else ""
        return f"{where}entry {note['entry']} ({note['kind']}) refused: {note['why']}"
    if key == "unknown_kind":
        return f"entry {note['entry']}: unknown kind {note['kind']!r} (a newer program?)"
    if key == "more_lines":
        return f"{note['journal']}: {note['count']} more lines skipped"
    if key == "waiting":
        return f"{note['count']} entries wait for entries not in the folder yet"
    return str(note)


# Security warnings: what only someone attacking the desks (or holding a copy of an event file) does.
WARNINGS = {
    "forged_write": "lines that claim to be this desk's but are not signed by its key",
    "unknown_desk": "a journal of a desk whose key this event does not know (re-clone it from the organizer's file)",
    "not_authentic": "a line that fails authentication (another event's key, or altered)",
    "bad_entry": "an authenticated entry that is not well formed",
    "untrusted_change": "a change of trust (issuer key, revocation, names consent or certificate) not signed "
                        "by a key this event trusts",
    "not_a_file": "a journal that is a symlink or not a regular file",
    "bad_name": "a file whose name is not a desk's UUID",
}


def warning_text(warning: dict) -> str:
    desk = warning.get("desk_name") or (warning.get("desk") or "")[:8] or "?"
    where = f"{warning.get('journal', '')}" + (f" line {warning['line']}" if warning.get("line") else "")
    what = WARNINGS.get(warning["key"], warning["key"])
    why = f" ({warning['why']})" if warning.get("why") else ""
    return f"SECURITY: desk {desk}: {where}: {what}{why}; refused"


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)  # what was skipped or waits: {key, ...particulars}
    warnings: list[dict] = field(default_factory=list)  # security warnings: {key, desk, desk_name, journal, line}

    @property
    def problems(self) -> list[str]:
        """The notes and warnings as English sentences, for standard error."""
        return [warning_text(w) for w in self.warnings] + [problem_text(note) for note in self.notes]

    def to_dict(self) -> dict:
        return {"sent": self.sent, "received": self.received, "conflicts": self.conflicts,
                "warnings": self.warnings}


def sync_key(store: EventStore) -> str:
    return marks.sync_key(store)


def _checked_ids(store: EventStore) -> tuple[str, str]:
    event_id, desk_id = store.event.id, store.self_desk.id
    if not is_uuid(event_id):
        raise UserError("sync.bad_event_id", event=str(event_id)[:80])
    if not is_uuid(desk_id):
        raise UserError("sync.bad_desk_id", desk=str(desk_id)[:80])
    return event_id, desk_id


def event_folder(store: EventStore, folder: str | os.PathLike) -> Path:
    event_id, _ = _checked_ids(store)
    return Path(folder) / event_id


def journal_file(store: EventStore, folder: str | os.PathLike) -> Path:
    _, desk_id = _checked_ids(store)
    return event_folder(store, folder) / f"{desk_id}.journal"


# ---- reading --------------------------------------------------------------------------------------------


@dataclass
class JournalRead:
    """What one journal file gave from where it was last read to."""

    desk_id: str
    entries: list[dict] = field(default_factory=list)  # sealed, well-formed entries (with "_line")
    notes: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    mark: marks.ReadMark | None = None
    new_key: bytes | None = None  # the desk's key, learnt from its first seal (its id commits to it)
    size: int = 0


def _open_regular(path: Path, flags: int) -> int:
    """A file descriptor of a regular file that is not a symlink, else OSError."""
    fd = os.open(path, flags | _NOFOLLOW | _BINARY, 0o600)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode) or (not _NOFOLLOW and os.path.islink(path)):
            raise OSError(f"{path.name}: not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _well_formed(obj: dict, desk_id: str) -> str | None:
    """Why an authentic entry line is not an entry this program knows how to read, or None."""
    from innovact_desk.sync.validate import check_envelope

    if obj.get("v") != JOURNAL_VERSION:
        return "version"
    return check_envelope(obj, desk_id)


def read_journal(store: EventStore, path: Path, desk_id: str, aead, public: bytes | None,
                 mark: marks.ReadMark | None) -> JournalRead:
    """The sealed entries of one journal after its read mark, checked line by line (see module doc)."""
    event_id = store.event.id
    result = JournalRead(desk_id)
    name = path.name
    desk_name = marks.desk_name(store, desk_id)
    try:
        fd = _open_regular(path, os.O_RDONLY)
    except OSError as exc:
        result.warnings.append({"key": "not_a_file", "desk": desk_id, "desk_name": desk_name, "journal": name,
                                "why": str(exc.strerror or exc)})
        return result
    with os.fdopen(fd, "rb", buffering=1 << 20) as handle:
        size = os.fstat(handle.fileno()).st_size
        result.size = size
        head = hashlib.sha256(handle.read(_HEAD)).hexdigest()
        start, number = 0, 0
        if mark and mark.head == head and mark.offset <= size:
            start = mark.offset
        else:
            mark = marks.ReadMark(str(path), desk_id, head, 0, 0)
        result.mark = marks.ReadMark(mark.path, desk_id, head, start, mark.own_upto if start else 0)
        handle.seek(start)
        position = start
        pending: list[tuple[int, bytes, dict]] = []
        while True:
            line = handle.readline(MAX_LINE + 1)
            if not line:
                break
            if not line.endswith(b"\n"):
                if len(line) <= MAX_LINE:
                    break  # the last piece has no newline yet: next time
                while line and not line.endswith(b"\n"):  # far too long: skipped unread
                    position += len(line)
                    line = handle.readline(MAX_LINE + 1)
                position += len(line)
                number += 1
                result.notes.append({"key": "line", "journal": name, "line": _line_no(start, number), "why": "too_long"})
                if not pending:
                    result.mark.offset = position
                continue
            position += len(line)
            number += 1
            raw = line[:-1].strip(b"\r")
            if not raw.strip():
                continue
            where = _line_no(start, number)
            plain = lines.decrypt(aead, event_id, desk_id, raw)
            if plain is None:
                why = "damaged" if not _looks_base64(raw) else "authentication"
                result.notes.append({"key": "line", "journal": name, "line": where, "why": why})
                if why == "authentication":
                    result.warnings.append({"key": "not_authentic", "desk": desk_id, "desk_name": desk_name,
                                            "journal": name, "line": where})
                if not pending:
                    result.mark.offset = position  # never readable: not read again
                continue
            obj = lines.decode(plain)
            if obj is None:
                result.warnings.append({"key": "bad_entry", "desk": desk_id, "desk_name": desk_name, "journal": name,
                                        "line": where, "why": "not JSON"})
                if not pending:
                    result.mark.offset = position
                continue
            if "seal" not in obj:
                pending.append((where, raw, obj))
                if len(pending) > 2 * SEAL_EVERY:
                    pending.pop(0)
                continue
            covered_count = obj.get("seal")
            if not isinstance(covered_count, int) or isinstance(covered_count, bool) or not 0 < covered_count <= len(pending):
                result.warnings.append({"key": "forged_write", "desk": desk_id, "desk_name": desk_name,
                                        "journal": name, "line": where, "why": "seal count"})
                pending = []
                result.mark.offset = position
                continue
            covered = pending[-covered_count:]
            key = public if public is not None else result.new_key
            if key is None:
                key = _key_from_seal(obj, desk_id)
                if key is None:
                    result.warnings.append({"key": "unknown_desk", "desk": desk_id, "desk_name": desk_name,
                                            "journal": name, "line": where})
                    pending = []
                    result.mark.offset = position
                    continue
            if not lines.seal_checks(key, event_id, desk_id, [r for _, r, _ in covered], obj.get("sig")):
                result.warnings.append({"key": "forged_write", "desk": desk_id, "desk_name": desk_name,
                                        "journal": name, "line": where})
            else:
                if public is None and result.new_key is None:
                    result.new_key = key
                for line_no, _raw, entry in covered:
                    why = _well_formed(entry, desk_id)
                    if why is None:
                        entry["desk"] = desk_id
                        entry["_line"] = line_no
                        entry["_journal"] = name
                        result.entries.append(entry)
                    elif why == "version":
                        result.notes.append({"key": "line", "journal": name, "line": line_no, "why": "version"})
                    else:
                        result.warnings.append({"key": "bad_entry", "desk": desk_id, "desk_name": desk_name,
                                                "journal": name, "line": line_no, "why": why})
            pending = []
            result.mark.offset = position
    if len(result.notes) > MAX_NOTES:
        hidden = len(result.notes) - MAX_NOTES
        result.notes = result.notes[:MAX_NOTES] + [{"key": "more_lines", "journal": name, "count": hidden}]
    return result


def _line_no(start: int, number: int) -> int | str:
    """The line number when read from the start; after a read mark, the count since it (shown with a +)."""
    return number if start == 0 else f"+{number}"


def _looks_base64(raw: bytes) -> bool:
    import re

    return len(raw) % 4 == 0 and re.fullmatch(rb"[A-Za-z0-9+/]+={0,2}", raw) is not None


def _key_from_seal(obj: dict, desk_id: str) -> bytes | None:
    import base64
    import binascii

    value = obj.get("key")
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        public = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(public) != 32 or marks.desk_id_for(public) != desk_id:
        return None
    return public


# ---- writing this desk's journal ------------------------------------------------------------------------


def _entry_line(aead, event_id: str, desk_id: str, desk_name: str, entry_id: str, hlc: str, kind: str,
                data: str) -> bytes:
    import json

    obj = {"v": JOURNAL_VERSION, "id": entry_id, "desk_name": desk_name, "hlc": hlc, "kind": kind,
           "data": json.loads(data)}
    return lines.encrypt(aead, event_id, desk_id, obj)


def write_own(store: EventStore, folder: str | os.PathLike, own_upto: int, already: set[str] | None = None) -> tuple[int, int, int]:
    """Appends this desk's entries after journal num `own_upto` (less those in `already`), sealed by
    this desk's key: (how many, the num of the last one, the file's size before writing)."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    rows = [r for r in sync_rows.own_entry_rows(store, own_upto) if not already or r[1] not in already]
    path = journal_file(store, folder)
    if not rows:
        return 0, own_upto, -1
    event_id, desk_id = _checked_ids(store)
    aead = lines.line_key(sync_key(store))
    desk_key = Ed25519PrivateKey.from_private_bytes(marks.own_desk_key(store))
    public = base64.b64encode(lines.public_raw(desk_key)).decode()
    name = store.self_desk.name
    out: list[bytes] = []
    for start in range(0, len(rows), SEAL_EVERY):
        part = [_entry_line(aead, event_id, desk_id, name, *row[1:]) for row in rows[start:start + SEAL_EVERY]]
        seal = lines.seal(aead, event_id, desk_id, desk_key, part, public)
        out += part
        out.append(seal)
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_folder(path.parent)
    fd = _open_regular(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    with os.fdopen(fd, "ab") as handle:
        before = os.fstat(handle.fileno()).st_size
        if before > 0:
            with os.fdopen(_open_regular(path, os.O_RDONLY), "rb") as check:
                check.seek(-1, os.SEEK_END)
                if check.read(1) != b"\n":
                    handle.write(b"\n")  # a line cut short stays alone on its line
                    before += 1
        handle.write(b"\n".join(out) + b"\n")
        handle.flush()
        os.fsync(handle.fileno())
    return len(rows), rows[-1][0], before


def _check_folder(path: Path) -> None:
    """The event's folder in the sync folder must be a real folder, not a symlink to elsewhere."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise UserError("sync.folder_not_folder", path=str(path))


# ---- a sync ------------------------------------------------------------------------------------------------


def sync_steps(store: EventStore, folder: str | os.PathLike,
               cancelled: Callable[[], bool] | None = None) -> Generator[tuple[int, int], None, SyncReport]:
    """Reads every desk's journal of this event in the folder from where it was last read, merges, then
    writes this desk's news. Yields (done, total) progress; stops between steps when `cancelled()`."""
    from innovact_desk.sync.apply import merge_entries

    cancelled = cancelled or (lambda: False)
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError("sync.no_folder", path=str(folder))
    event_id, self_id = _checked_ids(store)
    here = folder / event_id
    _check_folder(here)
    own_path = here / f"{self_id}.journal"
    if os.path.lexists(own_path):
        info = os.lstat(own_path)
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
            raise UserError("sync.own_journal_not_file", path=str(own_path))
    marks.own_desk_key(store)
    aead = lines.line_key(sync_key(store))
    report = SyncReport()
    keys = marks.desk_public_keys(store)
    reads: list[JournalRead] = []
    names = sorted(os.listdir(here)) if here.is_dir() else []
    journals = [n for n in names if n.endswith(".journal")]
    for number, name in enumerate(journals):
        if cancelled():
            return report
        desk_id = name[: -len(".journal")]
        if not is_uuid(desk_id):
            report.warnings.append({"key": "bad_name", "desk": "", "desk_name": "", "journal": name[:80]})
            continue
        path = here / name
        read = read_journal(store, path, desk_id, aead, keys.get(desk_id), marks.read_mark(store, str(path)))
        reads.append(read)
        report.notes += read.notes
        report.warnings += read.warnings
        yield number + 1, len(journals)
    own = next((r for r in reads if r.desk_id == self_id), None)
    entries = [e for r in reads if r.desk_id != self_id for e in r.entries]
    with store.transaction():
        for read in reads:
            if read.new_key is not None:
                marks.learn_desk_key(store, read.desk_id, read.new_key)
    result = yield from merge_entries(store, entries, cancelled)
    report.received = result.received
    report.conflicts = result.conflicts
    report.notes += result.refused
    report.warnings += result.warnings
    if result.deferred:
        report.notes.append({"key": "waiting", "count": len(result.deferred)})
    if cancelled():
        return report
    own_upto = own.mark.own_upto if own and own.mark else 0
    own_ids = {e["id"] for e in own.entries} if own else set()
    if own and own_ids:
        own_upto = max(own_upto, marks.journal_nums(store, sorted(own_ids)))
    try:
        sent, last_num, before = write_own(store, folder, own_upto, own_ids)
    except OSError as exc:
        raise UserError("sync.cannot_write", path=str(folder), reason=str(exc.strerror or exc)) from exc
    report.sent = sent
    with store.transaction():
        for read in reads:
            if read.mark is None:
                continue
            if read.desk_id == self_id:
                read.mark.own_upto = max(own_upto, last_num)
                if sent and before == read.size and read.mark.offset == read.size:
                    read.mark.offset = os.path.getsize(own_path)  # what it just wrote is read already
            marks.save_read_mark(store, read.mark)
        if own is None and sent:
            head = _head_of(own_path)
            marks.save_read_mark(store, marks.ReadMark(str(own_path), self_id, head,
                                                       os.path.getsize(own_path), last_num))
        for warning in report.warnings:
            marks.record_warning(store, warning)
        store.set_setting("last_sync", store.tick())
    return report


def _head_of(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read(_HEAD)).hexdigest()


def run_to_end(steps: Generator[tuple[int, int], None, SyncReport]) -> SyncReport:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def sync(store: EventStore, folder: str | os.PathLike) -> SyncReport:
    """A whole sync (see sync_steps), for the command line and scripts."""
    return run_to_end(sync_steps(store, folder))


# ---- another desk --------------------------------------------------------------------------------------------


def clone(source: EventStore, out: str | os.PathLike, desk_name: str) -> Path:
    """The event for another laptop: same event, roster and sync key, its own desk identity and desk key,
    no signing key, readable by this user only. The new desk is announced in this desk's journal."""
    out = Path(out)
    if out.exists():
        raise UserError("sync.clone_exists", path=str(out))
    if not out.parent.is_dir():
        raise UserError("sync.no_folder", path=str(out.parent))
    if not desk_name.strip():
        raise UserError("sync.clone_no_name")
    if desk_name.strip() == source.self_desk.name:
        raise UserError("sync.clone_same_name", name=desk_name)
    _checked_ids(source)
    marks.own_desk_key(source)  # every clone knows the key of the desk that made it
    tmp = out.with_name(out.name + ".cloning")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600))
    sync_rows.copy_file(source, tmp)
    os.chmod(tmp, 0o600)
    with EventStore.open(tmp) as copy:
        with copy.transaction():
            desk_id, public = marks.make_clone_desk(copy, desk_name.strip())
            copy.record_audit("clone", "desk", copy.self_desk.id, after=desk_name)
        sync_rows.checkpoint(copy)
    os.replace(tmp, out)
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    with source.transaction():
        marks.remember_desk(source, desk_id, desk_name.strip(), public)
        source.append_journal("desk", {"desk_id": desk_id, "name": desk_name.strip(), "public": bytes(public).hex()})
    return out
