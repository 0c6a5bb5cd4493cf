"""The roster as a table: one row per participant, its columns named once, one column per event day."""

from __future__ import annotations

from PySide6.QtCore import Qt

from innovact_desk.records import Day, Participant
from innovact_desk.text import fold
from ui.common.i18n import role_label
from ui.common.table_model import TableModel, translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 2

# The fixed columns, in order: the participant field each one shows; then one column per day, "day:N".
FIXED_COLUMNS = ("name", "organization", "document", "role", "code")
NAME_COLUMN = FIXED_COLUMNS.index("name")
ORGANIZATION_COLUMN = FIXED_COLUMNS.index("organization")


def column_title(field: str) -> str:
    titles = {
        "name": translate("ParticipantsModel", "Name"),
        "organization": translate("ParticipantsModel", "Organization"),
        "document": translate("ParticipantsModel", "Document"),
        "role": translate("ParticipantsModel", "Role"),
        "code": translate("ParticipantsModel", "Badge code"),
    }
    return titles[field]


class ParticipantsModel(TableModel):
    """Rows are set whole (`set_rows`); sorting is left to a QSortFilterProxyModel using SORT_ROLE."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._attended: dict[str, list[int]] = {}
        self._days: dict[str, Day] = {}  # "day:N": the day
        self._columns: tuple[str, ...] = FIXED_COLUMNS

    # ---- filling ------------------------------------------------------------------------------

    def set_event_days(self, days: tuple[Day, ...]) -> None:
        self.beginResetModel()
        self._days = {f"day:{day.number}": day for day in days}
        self._columns = FIXED_COLUMNS + tuple(self._days)
        self.endResetModel()

    def set_rows(self, participants: list[Participant], attended: dict[str, list[int]]) -> None:
        self._attended = attended
        super().set_rows(participants)

    def participant(self, row: int) -> Participant:
        return self._rows[row]

    def row_of(self, participant_id: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == participant_id), -1)

    # ---- the table ----------------------------------------------------------------------------

    def columns(self) -> tuple[str, ...]:
        return self._columns

    def titles(self) -> dict[str, str]:
        titles = {field: column_title(field) for field in FIXED_COLUMNS}
        for column, day in self._days.items():
            titles[column] = translate("ParticipantsModel", "Day {n}").format(n=day.number)
        return titles

    def header_tips(self) -> dict[str, str]:
        return {column: " — ".join(x for x in (day.date, day.title) if x) for column, day in self._days.items()}

    def cell(self, participant: Participant, field: str, role: int):
        if role == PARTICIPANT_ROLE:
            return participant
        day = self._days.get(field)
        if day is not None:
            return self._day_data(participant, day, role)
        value = getattr(participant, field)
        if role == Qt.ItemDataRole.DisplayRole:
            return role_label(value) if field == "role" else value
        if role == SORT_ROLE:
            return fold(role_label(value) if field == "role" else value)
        if role == Qt.ItemDataRole.ToolTipRole and field == "name" and participant.email:
            return participant.email
        return None

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
