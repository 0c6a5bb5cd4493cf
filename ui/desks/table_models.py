"""The Desks tab's two tables (desks, conflicts), and the sync's words in the window's language.

The core reports conflicts, problems and errors in English sentences of a fixed shape; the words
are put into the window's language here, and any sentence of a shape not known stays as it came.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from innovact_desk.store.conflicts import DeskActivity
from innovact_desk.sync import folder as sync
from ui.common.i18n import field_label

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
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
}


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
            return translate("DesksView", "entry {entry} ({kind}) refused: {why}").format(
                entry=note["entry"][:8], kind=note["kind"], why=note["why"])
        if key == "unknown_kind":
            return translate("DesksView", "entry {entry}: unknown kind {kind} (from a newer program?)").format(
                entry=note["entry"][:8], kind=note["kind"])
        if key == "waiting":
            return translate("DesksView", "entries waiting for others not in the folder yet: {count}").format(
                count=note["count"])
    except (KeyError, TypeError):
        pass
    return sync.problem_text(note) if isinstance(note, dict) else str(note)


def sync_error_text(message: str) -> str:
    """A sync that could not run (see innovact_desk/sync.py), in the window's language."""
    if match := re.fullmatch(r"(.*): no such folder \(plug in the stick, or create the shared folder\)", message):
        text = translate("DesksView", "{folder}: not there (plug in the USB stick, or create the shared folder)")
        return text.format(folder=match[1])
    if match := re.fullmatch(r"(.*): cannot write this desk's journal: (.*)", message):
        return translate("DesksView", "{folder}: cannot write this desk's journal: {why}").format(
            folder=match[1], why=match[2])
    return message


# ---- the desks table ----------------------------------------------------------------------------------

DESK_COLUMNS = ("name", "checkins", "changes", "last_change", "last_received")


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
    }
    return titles[column]


class _RowsModel(QAbstractTableModel):
    """A table of a list of rows, with its columns named once in COLUMNS."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        _retranslate(self)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)


class DesksModel(_RowsModel):
    """One row per desk this event file knows, this desk first."""

    COLUMNS = DESK_COLUMNS

    def desk(self, row: int) -> DeskActivity:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(DESK_COLUMNS):
            title, tip = desk_column_title(DESK_COLUMNS[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return title
            if role == Qt.ItemDataRole.ToolTipRole:
                return tip or None
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        desk, column = self._rows[index.row()], DESK_COLUMNS[index.column()]
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


class ConflictsModel(_RowsModel):
    """What the syncs found that people should know of, newest first; kind and detail in words."""

    COLUMNS = CONFLICT_COLUMNS

    def conflict(self, row: int) -> ConflictRow:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(CONFLICT_COLUMNS)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return conflict_column_title(CONFLICT_COLUMNS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conflict, column = self._rows[index.row()], CONFLICT_COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "kind":
                return conflict_kind_label(conflict.kind)
            if column == "detail":
                return conflict_detail(conflict.kind, conflict.detail, conflict.data)
            if column == "found_at":
                return time_text(conflict.found_at)
            return getattr(conflict, column)
        return None


def _retranslate(model: QAbstractTableModel) -> None:
    """Titles and words: ask the views to read them again."""
    model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
    if model.rowCount():
        model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
