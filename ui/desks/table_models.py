"""The Desks tab's two tables (desks, conflicts), and the sync's words in the window's language.

The core reports conflicts, problems and errors in English sentences of a fixed shape; the words
are put into the window's language here, and any sentence of a shape not known stays as it came.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont

from innovact_desk.store.conflicts import DeskActivity
from innovact_desk.sync import folder as sync
from ui.common.i18n import field_label
from ui.common.table_model import TableModel, translate

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# ---- words ------------------------------------------------------------------------------------------


def time_text(when: datetime | None) -> str:
    """'today 09:41', or '5 Mar 09:41' another day; '—' for never."""
    if when is None:
        return "—"
    clock = when.strftime("%H:%M")
    if when.date() == datetime.now(when.tzinfo).date():
        return translate("DesksView", "today {time}").format(time=clock)
    day = QLocale().toString(QDate(when.year, when.month, when.day), "d MMM")
    return f"{day} {clock}"


def report_summary(sent: int, received: int, conflicts: int) -> str:
    return translate("DesksView", "sent {sent}, received {received}, conflicts: {conflicts}").format(
        sent=sent, received=received, conflicts=conflicts)


def conflict_kind_label(kind: str) -> str:
    labels = {
        "checked_in_twice": translate("DesksView", "Checked in twice"),
        "merged_walk_in": translate("DesksView", "Registration merged"),
        "competing_correction": translate("DesksView", "Competing correction"),
        "issued_twice": translate("DesksView", "Certificate issued twice"),
    }
    return labels.get(kind, kind)


def conflict_detail(kind: str, detail: str, data: dict) -> str:
    """A conflict's particulars (see innovact_desk/merge.py) in the window's language; the core's English
    sentence when the particulars are not there."""
    try:
        if kind == "checked_in_twice":
            desks = ", ".join(f"{d['desk']} {d['at']}" for d in data["desks"])
            return translate("DesksView", "day {day}: {desks}").format(day=data["day"], desks=desks)
        if kind == "merged_walk_in":
            text = translate("DesksView", "{name} ({code}) is {kept} ({kept_code}): same document or email; both work")
            return text.format(name=data["name"], code=data["code"], kept=data["kept_name"],
                               kept_code=data["kept_code"])
        if kind == "competing_correction":
            values = "; ".join(f"{v['value']!r} ({v['desk']})" for v in data["values"])
            return translate("DesksView", "{field}: {values}; kept {kept}").format(
                field=field_label(data["field"]), values=values, kept=repr(data["kept"]))
        if kind == "issued_twice":
            codes = ", ".join(f"{c['code']} ({c['desk']})" for c in data["certificates"])
            return translate("DesksView", "{codes}: both stay valid").format(codes=codes)
    except (KeyError, TypeError):
        pass
    return detail


_LINE_PROBLEMS = {
    "damaged": lambda: translate("DesksView", "not a journal line (cut short or damaged)"),
    "authentication": lambda: translate("DesksView", "fails authentication (another event's key, or altered)"),
    "other_event": lambda: translate("DesksView", "belongs to another event"),
    "other_desk": lambda: translate("DesksView", "written by another desk than its file says"),
    "version": lambda: translate("DesksView", "a journal version this program does not know"),
    "too_long": lambda: translate("DesksView", "far too long; not read"),
}

_WARNINGS = {
    "forged_write": lambda: translate("DesksView", "lines that claim to be this desk's but are not signed by its key"),
    "unknown_desk": lambda: translate("DesksView", "a journal of a desk whose key this event does not know "
                                                   "(prepare that desk again from the organizer's file)"),
    "not_authentic": lambda: translate("DesksView", "a line that fails authentication (another event's key, "
                                                    "or altered)"),
    "bad_entry": lambda: translate("DesksView", "an entry that is not well formed"),
    "untrusted_change": lambda: translate("DesksView", "a change of certificates or keys not signed by a key "
                                                       "this event trusts"),
    "not_a_file": lambda: translate("DesksView", "a journal that is a symlink or not a regular file"),
    "bad_name": lambda: translate("DesksView", "a file whose name is not a desk's id"),
}


def warning_text(warning: dict) -> str:
    """A security warning of a sync (see innovact_desk/sync/folder.py WARNINGS), naming the desk."""
    try:
        what = _WARNINGS[warning["key"]]()
        desk = warning.get("desk_name") or (warning.get("desk") or "")[:8] or "?"
        line = warning.get("line")
        where = translate("DesksView", ", line {line}").format(line=line) if line else ""
        return translate("DesksView", "SECURITY: desk {desk}{where}: {what}; refused").format(
            desk=desk, where=where, what=what)
    except (KeyError, TypeError):
        return sync.warning_text(warning) if isinstance(warning, dict) else str(warning)


def problem_text(note: dict, desk_names: dict[str, str]) -> str:
    """A note of the last sync (see SyncReport.notes in innovact_desk/sync.py) in the window's language,
    journals named by their desk."""

    def journal(file_name: str) -> str:
        desk = file_name.removesuffix(".journal")
        return translate("DesksView", "journal of {desk}").format(desk=desk_names.get(desk) or desk[:8])

    try:
        key = note["key"]
        if key == "line":
            return translate("DesksView", "{journal}, line {line}: {why}; skipped").format(
                journal=journal(note["journal"]), line=note["line"], why=_LINE_PROBLEMS[note["why"]]())
        if key == "unreadable":
            return translate("DesksView", "{journal}: cannot be read: {why}").format(
                journal=journal(note["journal"]), why=note["why"])
        if key == "refused":
            return translate("DesksView", "{journal}, line {line}: entry {entry} ({kind}) refused: {why}").format(
                journal=journal(note.get("journal") or ""), line=note.get("line"), entry=note["entry"][:8],
                kind=note["kind"], why=note["why"])
        if key == "unknown_kind":
            return translate("DesksView", "entry {entry}: unknown kind {kind} (from a newer program?)").format(
                entry=note["entry"][:8], kind=note["kind"])
        if key == "waiting":
            return translate("DesksView", "entries waiting for others not in the folder yet: {count}").format(
                count=note["count"])
        if key == "more_lines":
            return translate("DesksView", "{journal}: {count} more lines skipped").format(
                journal=journal(note["journal"]), count=note["count"])
    except (KeyError, TypeError):
        pass
    return sync.problem_text(note) if isinstance(note, dict) else str(note)


def sync_error_text(message: str) -> str:
    """A sync that could not run: the worker already worded the core's key in the window's language."""
    return message


# ---- the desks table ----------------------------------------------------------------------------------

DESK_COLUMNS = ("name", "checkins", "changes", "last_change", "last_received", "fingerprint")


def desk_column_title(column: str) -> tuple[str, str]:
    """(title, tooltip) of a column of the desks table."""
    titles = {
        "name": (translate("DesksView", "Desk"), ""),
        "checkins": (translate("DesksView", "Check-ins"),
                     translate("DesksView", "Check-ins and undos this desk recorded")),
        "changes": (translate("DesksView", "Changes"),
                    translate("DesksView", "Every change of this desk: check-ins, walk-ins, corrections…")),
        "last_change": (translate("DesksView", "Last change"),
                        translate("DesksView", "When this desk made its latest change known here")),
        "last_received": (translate("DesksView", "Last heard of"),
                          translate("DesksView", "When this desk last received news of that desk")),
        "fingerprint": (translate("DesksView", "Desk key"),
                        translate("DesksView", "The start of the fingerprint of the key that signs this desk's "
                                               "journal: compare it with the one shown on that laptop")),
    }
    return titles[column]


class DesksModel(TableModel):
    """One row per desk this event file knows, this desk first."""

    COLUMNS = DESK_COLUMNS

    def desk(self, row: int) -> DeskActivity:
        return self._rows[row]

    def titles(self) -> dict[str, str]:
        return {column: desk_column_title(column)[0] for column in DESK_COLUMNS}

    def header_tips(self) -> dict[str, str]:
        return {column: desk_column_title(column)[1] for column in DESK_COLUMNS}

    def cell(self, desk: DeskActivity, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(desk, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("checkins", "changes"):
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and desk.is_self:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "last_received" and desk.is_self:
            return translate("DesksView", "This desk: its changes need no receiving")
        return None

    @staticmethod
    def _text(desk: DeskActivity, column: str) -> str:
        if column == "name":
            name = desk.name or translate("DesksView", "(no name)")
            return translate("DesksView", "{name} — this desk").format(name=name) if desk.is_self else name
        if column in ("checkins", "changes"):
            return str(getattr(desk, column))
        if column == "fingerprint":
            fp = desk.fingerprint
            return " ".join(fp[i:i + 4] for i in range(0, 16, 4)) if fp else translate("DesksView", "not known yet")
        return time_text(getattr(desk, column))


# ---- the conflicts table ---------------------------------------------------------------------------------

CONFLICT_COLUMNS = ("kind", "name", "code", "detail", "found_at")


@dataclass(frozen=True)
class ConflictRow:
    kind: str
    name: str
    code: str
    detail: str
    found_at: datetime
    data: dict = field(default_factory=dict)


def conflict_column_title(column: str) -> str:
    titles = {
        "kind": translate("DesksView", "Conflict"),
        "name": translate("DesksView", "Participant"),
        "code": translate("DesksView", "Badge code"),
        "detail": translate("DesksView", "What happened"),
        "found_at": translate("DesksView", "Found"),
    }
    return titles[column]


class ConflictsModel(TableModel):
    """What the syncs found that people should know of, newest first; kind and detail in words."""

    COLUMNS = CONFLICT_COLUMNS

    def conflict(self, row: int) -> ConflictRow:
        return self._rows[row]

    def titles(self) -> dict[str, str]:
        return {column: conflict_column_title(column) for column in CONFLICT_COLUMNS}

    def cell(self, conflict: ConflictRow, column: str, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "kind":
                return conflict_kind_label(conflict.kind)
            if column == "detail":
                return conflict_detail(conflict.kind, conflict.detail, conflict.data)
            if column == "found_at":
                return time_text(conflict.found_at)
            return getattr(conflict, column)
        return None

