"""The roster as a table: one row per participant, its columns named once, one column per event day."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from innovact_desk.records import Day, Participant
from innovact_desk.text import fold
from ui.common.i18n import role_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 2

# The fixed columns, in order: the participant field each one shows.
FIXED_COLUMNS = ("name", "organization", "document", "role", "code")
NAME_COLUMN = FIXED_COLUMNS.index("name")
ORGANIZATION_COLUMN = FIXED_COLUMNS.index("organization")

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def column_title(field: str) -> str:
    titles = {
        "name": translate("ParticipantsModel", "Name"),
        "organization": translate("ParticipantsModel", "Organization"),
        "document": translate("ParticipantsModel", "Document"),
        "role": translate("ParticipantsModel", "Role"),
        "code": translate("ParticipantsModel", "Badge code"),
    }
    return titles[field]


class ParticipantsModel(QAbstractTableModel):
    """Rows are set whole (`set_rows`); sorting is left to a QSortFilterProxyModel using SORT_ROLE."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[Participant] = []
        self._attended: dict[str, list[int]] = {}
        self._days: tuple[Day, ...] = ()

    # ---- filling ------------------------------------------------------------------------------

    def set_event_days(self, days: tuple[Day, ...]) -> None:
        self.beginResetModel()
        self._days = tuple(days)
        self.endResetModel()

    def set_rows(self, participants: list[Participant], attended: dict[str, list[int]]) -> None:
        self.beginResetModel()
        self._rows = list(participants)
        self._attended = attended
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        return self._rows[row]

    def row_of(self, participant_id: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == participant_id), -1)

    def retranslate(self) -> None:
        """Header titles, roles and day cells are words: ask the views to read them again."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # ---- the table ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self._days)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return super().headerData(section, orientation, role)
        day = self._day_of_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if day is None:
                return column_title(FIXED_COLUMNS[section])
            return translate("ParticipantsModel", "Day {n}").format(n=day.number)
        if role == Qt.ItemDataRole.ToolTipRole and day is not None:
            return " — ".join(x for x in (day.date, day.title) if x)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        participant = self._rows[index.row()]
        day = self._day_of_column(index.column())
        if role == PARTICIPANT_ROLE:
            return participant
        if day is not None:
            return self._day_data(participant, day, role)
        field = FIXED_COLUMNS[index.column()]
        value = getattr(participant, field)
        if role == Qt.ItemDataRole.DisplayRole:
            return role_label(value) if field == "role" else value
        if role == SORT_ROLE:
            return fold(role_label(value) if field == "role" else value)
        if role == Qt.ItemDataRole.ToolTipRole and field == "name" and participant.email:
            return participant.email
        return None

    def _day_of_column(self, column: int) -> Day | None:
        offset = column - len(FIXED_COLUMNS)
        return self._days[offset] if 0 <= offset < len(self._days) else None

    def _day_data(self, participant: Participant, day: Day, role: int):
        present = day.number in self._attended.get(participant.id, ())
        if role == Qt.ItemDataRole.DisplayRole:
            # A word beside the mark, never colour alone.
            return translate("ParticipantsModel", "✓ present") if present else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if present:
                return translate("ParticipantsModel", "Present on day {n}").format(n=day.number)
            return translate("ParticipantsModel", "Absent on day {n}").format(n=day.number)
        if role == SORT_ROLE:
            return 1 if present else 0
        return None
