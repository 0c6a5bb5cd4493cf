"""The Reports tab: attendance per day, by kind of organization, country, gender, value chain or role,
for the funder's report; and the attendance files (CSV, Excel, the signed sign-in sheets in PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.errors import UserError
from innovact_desk.reports.attendance import export_attendance
from innovact_desk.reports.breakdown import DIMENSIONS, ReportRow, attendance_by, export_report
from innovact_desk.store.event import EventStore
from ui.common.i18n import current_language, role_label, user_message

_Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    """One row per category; columns: the category, registered, each day's present (with %), all days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReportRow] = []
        self.days: list[int] = []
        self.dimension = DIMENSIONS[0]

    def set_rows(self, rows: list[ReportRow], days: list[int], dimension: str) -> None:
        self.beginResetModel()
        self.rows, self.days, self.dimension = rows, days, dimension
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Category")
        if section == 1:
            return self.tr("Registered")
        if section == len(self.days) + 2:
            return self.tr("Every day")
        return self.tr("Day %1 present").replace("%1", str(self.days[section - 2]))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.value == "total":
            font = self.parent().font() if self.parent() else None
            if font is not None:
                font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return self._category(row.value)
        if column == 1:
            return str(row.registered)
        count = row.all_days if column == len(self.days) + 2 else row.present[column - 2]
        share = f" ({round(100 * count / row.registered)} %)" if row.registered else ""
        return f"{count}{share}"

    def _category(self, value: str) -> str:
        if value == "total":
            return self.tr("Total")
        if not value:
            return self.tr("(not given)")
        return role_label(value) if self.dimension == "role" else value


class ReportsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.store: EventStore | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("reportsSummary")
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.summary.setFont(font)
        self.by_label = QLabel(self)
        self.dimension_combo = QComboBox(self)
        self.dimension_combo.setObjectName("reportsDimension")
        self.by_label.setBuddy(self.dimension_combo)
        self.model = ReportModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reportsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(110)
        header.setStretchLastSection(False)
        self.table.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("reportsExport")
        self.sheets_button = QPushButton(self)
        self.sheets_button.setObjectName("reportsSheets")
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("reportsReport")
        self.export_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self._lay_out()
        self._connect_signals()
        self._retranslate()

    def _lay_out(self) -> None:
        choose = QHBoxLayout()
        choose.addWidget(self.by_label)
        choose.addWidget(self.dimension_combo)
        choose.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.sheets_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(choose)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table)
        table_row.addStretch(1)
        layout.addLayout(table_row, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.dimension_combo.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.export_attendance)
        self.export_shortcut.activated.connect(self.export_attendance)
        self.sheets_button.clicked.connect(self.export_sheets)
        self.report_button.clicked.connect(self.export_report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def _retranslate(self) -> None:
        names = {"org_kind": self.tr("Kind of organization"), "country": self.tr("Country"),
                 "gender": self.tr("Gender"), "value_chain": self.tr("Value chain"), "role": self.tr("Role")}
        current = self.dimension_combo.currentIndex()
        self.dimension_combo.blockSignals(True)
        self.dimension_combo.clear()
        for key in DIMENSIONS:
            self.dimension_combo.addItem(names[key], key)
        self.dimension_combo.setCurrentIndex(max(current, 0))
        self.dimension_combo.blockSignals(False)
        self.by_label.setText(self.tr("Attendance &by:"))
        self.export_button.setText(self.tr("Export attendance (CSV or Excel)… (Ctrl+E)"))
        self.sheets_button.setText(self.tr("Sign-in sheets of every day (PDF)…"))
        self.report_button.setText(self.tr("Export this report (Excel)…"))
        self.refresh()

    def set_store(self, store: EventStore | None) -> None:
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        if self.store is None:
            self.model.set_rows([], [], DIMENSIONS[0])
            self.summary.setText("")
            return
        days = [d.number for d in self.store.event.days]
        dimension = self.dimension_combo.currentData() or DIMENSIONS[0]
        self.model.set_rows(attendance_by(self.store, dimension), days, dimension)
        parts = [self.tr("%1 registered").replace("%1", str(self.store.count_participants()))]
        parts += [self.tr("Day %1: %2 present").replace("%1", str(d)).replace("%2", str(self.store.present_count(d)))
                  for d in days]
        self.summary.setText("  ·  ".join(parts))

    def _save(self, title: str, name: str, filters: str, write=export_attendance) -> None:
        if self.store is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filters)
        if not path:
            return
        if not Path(path).suffix:
            path += Path(name).suffix
        try:
            rows = write(self.store, path, lang=current_language())
        except UserError as exc:
            QMessageBox.warning(self, title, user_message(exc))
            return
        if write is export_attendance:
            done = self.tr("%1 participants written to %2").replace("%1", str(rows))
        else:
            done = self.tr("The report is in %2")
        QMessageBox.information(self, title, done.replace("%2", path))

    def export_attendance(self) -> None:
        self._save(self.tr("Export attendance"), "asistencia.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)"))

    def export_report(self) -> None:
        self._save(self.tr("Export the report"), "informe-asistencia.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)"),
                   write=export_report)

    def export_sheets(self) -> None:
        self._save(self.tr("Sign-in sheets"), "hojas-de-asistencia.pdf", self.tr("PDF (*.pdf)"))
