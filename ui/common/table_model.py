"""The one base of the window's table models: a list of rows, its columns named once, titles by name.

A model sets `COLUMNS` (or overrides `columns()` when they vary, as the event's days do), answers
`titles()` (and `header_tips()`) as {column name: words}, and `cell(row, column, role)` for one cell:
the row object and the column's name, never an index. Counting rows and columns, finding the row
of an index, headers and asking the views to read every word again after a language switch are
done here once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class TableModel(QAbstractTableModel):
    """Rows are set whole (`set_rows`); sort and filter with a QSortFilterProxyModel on top."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # ---- for subclasses -------------------------------------------------------------------------

    def columns(self) -> tuple[str, ...]:
        """The columns' names, in order."""
        return self.COLUMNS

    def titles(self) -> dict[str, str]:
        """{column: its title}, in the window's language (read at every paint: a switch shows at once)."""
        return {}

    def header_tips(self) -> dict[str, str]:
        """{column: the tooltip of its title}, for the columns that need one."""
        return {}

    def cell(self, row: Any, column: str, role: int) -> Any:
        """What one cell shows for `role`: `row` is the row object, `column` the column's name."""
        return None

    # ---- rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row(self, number: int) -> Any:
        """The row object at `number`, or None past the ends."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def column(self, name: str) -> int:
        """The number of the column named `name` (ValueError when there is none)."""
        return self.columns().index(name)

    def retranslate(self) -> None:
        """Titles and words are read again by the views (after a language switch)."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # ---- QAbstractTableModel ------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        columns = self.columns()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(columns):
            name = columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.titles().get(name, name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips().get(name) or None
            return None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        columns = self.columns()
        if not 0 <= index.column() < len(columns):
            return None
        return self.cell(self._rows[index.row()], columns[index.column()], role)
