"""The Check-in tab's two tables: the search results, and the last check-ins and undos at this desk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from innovact_desk.records import CheckIn, Participant
from ui.checkin.undo_dialog import reason_words
from ui.common.table_model import ROOT, TableModel, translate

PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 2
CHECKIN_ROLE = Qt.ItemDataRole.UserRole + 3

# The columns of each table, in order.
RESULT_COLUMNS = ("name", "organization", "document", "day")
RECENT_COLUMNS = ("time", "day", "name", "what", "operator")

StandingLookup = Callable[[str], CheckIn | None]


def source_label(source: str) -> str:
    labels = {
        "desk": translate("CheckinModels", "keyboard"),
        "scan": translate("CheckinModels", "scanner"),
        "sheet": translate("CheckinModels", "paper sheet"),
        "walk_in": translate("CheckinModels", "walk-in form"),
    }
    return labels.get(source, source)


class ResultsModel(TableModel):
    """The people a search found, in the core's order; the last column says whether each is in today.

    That column is read lazily, row by row as the view paints it, and cached until `forget` or
    `set_day`: typing a letter costs one search, not one query per person found.
    """

    COLUMNS = RESULT_COLUMNS

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._day = 1
        self._standing: dict[str, CheckIn | None] = {}
        self._lookup: StandingLookup | None = None

    def set_lookup(self, lookup: StandingLookup | None) -> None:
        """How to read a person's standing check-in on the chosen day (the store's, bound to that day)."""
        self._lookup = lookup
        self._standing.clear()

    def set_day(self, day: int, lookup: StandingLookup | None) -> None:
        self.beginResetModel()
        self._day = day
        self.set_lookup(lookup)
        self.endResetModel()

    def forget(self, *participant_ids: str) -> None:
        """Reads these people's day column again (they were just checked in or undone)."""
        for participant_id in participant_ids:
            self._standing.pop(participant_id, None)
        if self._rows:
            column = len(RESULT_COLUMNS) - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def forget_all(self) -> None:
        self._standing.clear()
        self.forget()

    def participant(self, row: int) -> Participant | None:
        return self.row(row)

    def standing(self, participant: Participant) -> CheckIn | None:
        if participant.id not in self._standing:
            self._standing[participant.id] = self._lookup(participant.id) if self._lookup else None
        return self._standing[participant.id]

    @staticmethod
    def sample_day_text() -> str:
        """The widest the day column gets, for sizing it."""
        return translate("CheckinModels", "✔ in at {time}").format(time="00:00")

    def titles(self) -> dict[str, str]:
        return {
            "name": translate("CheckinModels", "Name"),
            "organization": translate("CheckinModels", "Organization"),
            "document": translate("CheckinModels", "Document"),
            "day": translate("CheckinModels", "Day {n}").format(n=self._day),
        }

    def cell(self, person: Participant, field: str, role: int):
        if role == PARTICIPANT_ROLE:
            return person
        if field == "day":
            return self._day_data(person, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(person, field)
        if role == Qt.ItemDataRole.ToolTipRole and field == "name":
            return " · ".join(x for x in (person.email, person.phone, person.code) if x)
        return None

    def _day_data(self, person: Participant, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        checkin = self.standing(person)
        if checkin is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else translate(
                "CheckinModels", "Not checked in on day {n} yet").format(n=self._day)
        time = checkin.at.strftime("%H:%M")
        if role == Qt.ItemDataRole.DisplayRole:
            # A mark and a word, never colour alone.
            return translate("CheckinModels", "✔ in at {time}").format(time=time)
        return translate("CheckinModels", "Checked in on day {n} at {time} at {desk}").format(
            n=self._day, time=time, desk=checkin.desk_name or "?")


class RecentModel(TableModel):
    """This desk's last check-ins and undos, newest first; an undo and the check-in it annuls both show."""

    COLUMNS = RECENT_COLUMNS

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._annulled: set[str] = set()  # rows: (the check-in or undo, the person's name)

    def set_rows(self, rows: list[tuple[CheckIn, str]], annulled: set[str] | None = None) -> None:
        self._annulled = annulled or set()
        super().set_rows(rows)

    def add_row(self, checkin: CheckIn, name: str, limit: int) -> None:
        """A check-in just made at this desk, on top; the oldest row goes when there are more than `limit`."""
        self.beginInsertRows(ROOT, 0, 0)
        self._rows.insert(0, (checkin, name))
        self.endInsertRows()
        if len(self._rows) > limit:
            self.beginRemoveRows(ROOT, limit, len(self._rows) - 1)
            del self._rows[limit:]
            self.endRemoveRows()

    @staticmethod
    def sample_what_text() -> str:
        """The usual widest text of the "what" column, for sizing it."""
        return translate("CheckinModels", "✔ checked in") + " " + translate("CheckinModels", "— undone")

    def checkin(self, row: int) -> CheckIn | None:
        found = self.row(row)
        return found[0] if found else None

    def is_annulled(self, checkin: CheckIn) -> bool:
        return checkin.id in self._annulled

    def titles(self) -> dict[str, str]:
        return {
            "time": translate("CheckinModels", "Time"),
            "day": translate("CheckinModels", "Day"),
            "name": translate("CheckinModels", "Name"),
            "what": translate("CheckinModels", "What"),
            "operator": translate("CheckinModels", "Operator"),
        }

    def cell(self, row: tuple[CheckIn, str], field: str, role: int):
        checkin, name = row
        if role == CHECKIN_ROLE:
            return checkin
        if role == Qt.ItemDataRole.ToolTipRole:
            if checkin.kind == "undo":
                return translate("CheckinModels", "Reason: {reason}").format(reason=reason_words(checkin.reason))
            return translate("CheckinModels", "Checked in by {source} at {desk}").format(
                source=source_label(checkin.source), desk=checkin.desk_name or "?")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if field == "time":
            return checkin.at.strftime("%H:%M")
        if field == "day":
            return str(checkin.day)
        if field == "name":
            return name
        if field == "operator":
            return checkin.operator
        return self._what(checkin)

    def _what(self, checkin: CheckIn) -> str:
        if checkin.kind == "undo":
            return translate("CheckinModels", "↶ UNDO: {reason}").format(reason=reason_words(checkin.reason))
        text = translate("CheckinModels", "✔ checked in")
        if checkin.id in self._annulled:
            text += " " + translate("CheckinModels", "— undone")
        return text
