"""Import a roster: choose the file, confirm which column holds what, import on a worker, read the summary.

The mapping step is always shown; when the core recognised a name column the guessed mapping is
preselected and Enter imports. The import runs on a pool thread with its own connection to the
event file, so the window's connection is never used from two threads.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.errors import UserError
from innovact_desk.roster.importer import (
    IMPORT_FIELDS,
    ImportPlan,
    ImportReport,
    import_steps,
    plan_import,
    remember_mapping,
)
from innovact_desk.store.event import EventStore
from ui.common.i18n import field_label, skip_reason, user_message
from ui.common.workers import Worker, run_job

_FOLDER_KEY = "import_folder"
_FIELD_COLUMN = 2
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def choose_roster_file(parent: QWidget) -> str:
    folder = str(QSettings().value(_FOLDER_KEY, str(Path.home())))
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ImportDialog", "Import roster"), folder,
        translate("ImportDialog", "Rosters (*.csv *.xlsx);;All files (*)"))
    if path:
        QSettings().setValue(_FOLDER_KEY, str(Path(path).parent))
    return path


def start_import(store: EventStore, parent: QWidget) -> ImportDialog | None:
    """Asks for the file and reads it; returns the dialog, already open at its mapping step."""
    path = choose_roster_file(parent)
    if not path:
        return None
    try:
        plan = plan_import(store, path)
    except UserError as error:
        QMessageBox.warning(parent, translate("ImportDialog", "Cannot read the roster"), user_message(error))
        return None
    dialog = ImportDialog(store, plan, parent)
    dialog.open()
    return dialog


class ImportDialog(QDialog):
    import_started = Signal()
    import_finished = Signal(object)  # ImportReport
    import_failed = Signal(str)

    def __init__(self, store: EventStore, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import roster"))
        available = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(900, available.width() * 9 // 10), min(620, available.height() * 8 // 10))
        self.store = store
        self.plan = plan
        self.report: ImportReport | None = None
        self._worker: Worker | None = None
        self.pages = QStackedWidget(self)
        self.mapping_table = QTableWidget(self)
        self.preview_table = QTableWidget(self)
        self.name_warning = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.summary_label = QLabel(self)
        self.summary_text = QPlainTextEdit(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._build_pages()
        self._connect_signals()
        self._show_page(0)
        self._update_name_warning()

    # ---- building -------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "{file}: column titles in row {row}. Check what each column holds, then press Enter to import."
        ).format(file=Path(self.plan.path).name, row=self.plan.header_row), page)
        intro.setWordWrap(True)
        self.name_warning.setObjectName("nameWarning")
        self.name_warning.setWordWrap(True)
        self.name_warning.setStyleSheet("font-weight: bold")
        self._fill_mapping_table()
        self._fill_preview_table()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(self.name_warning)
        layout.addWidget(QLabel(self.tr("First rows of the file:"), page))
        layout.addWidget(self.preview_table, 2)
        return page

    def _fill_mapping_table(self) -> None:
        table = self.mapping_table
        table.setObjectName("mappingTable")
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Example"), self.tr("Holds")])
        table.setRowCount(len(self.plan.headers))
        table.verticalHeader().setVisible(False)
        chosen = {index: key for key, index in self.plan.mapping.items()}
        for column, header in enumerate(self.plan.headers):
            table.setItem(column, 0, _read_only_item(header))
            example = next((row[column] for row in self.plan.sample if column < len(row) and row[column]), "")
            table.setItem(column, 1, _read_only_item(example))
            table.setCellWidget(column, _FIELD_COLUMN, self._field_combo(chosen.get(column)))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_FIELD_COLUMN, QHeaderView.ResizeMode.ResizeToContents)

    def _field_combo(self, current: str | None) -> QComboBox:
        combo = QComboBox(self.mapping_table)
        combo.addItem(self.tr("— ignore —"), None)
        for key in IMPORT_FIELDS:
            combo.addItem(field_label(key), key)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.currentIndexChanged.connect(lambda _index, c=combo: self._field_chosen(c))
        return combo

    def _fill_preview_table(self) -> None:
        table = self.preview_table
        table.setObjectName("previewTable")
        table.setColumnCount(len(self.plan.headers))
        table.setHorizontalHeaderLabels(self.plan.headers)
        table.setRowCount(len(self.plan.sample))
        table.setVerticalHeaderLabels([str(n) for n in self._sample_row_numbers()])
        for row, cells in enumerate(self.plan.sample):
            for column, text in enumerate(cells[: len(self.plan.headers)]):
                table.setItem(row, column, _read_only_item(text))
        table.resizeColumnsToContents()

    def _sample_row_numbers(self) -> list[int]:
        """The row numbers a spreadsheet shows, as the summary names them (the title row counts)."""
        table = getattr(self.plan, "table", None)
        if table is not None:
            return [number for number, _cells in table.rows[: len(self.plan.sample)]]
        return list(range(self.plan.header_row + 1, self.plan.header_row + 1 + len(self.plan.sample)))

    def _build_progress_page(self) -> QWidget:
        page = QWidget(self)
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setRange(0, 0)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(QLabel(self.tr("Importing {file}…").format(file=Path(self.plan.path).name), page))
        layout.addWidget(self.progress_bar)
        layout.addStretch(1)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_label.setObjectName("importSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: bold")
        self.summary_text.setObjectName("importSummary")
        self.summary_text.setReadOnly(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_text, 1)
        return page

    def _connect_signals(self) -> None:
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.import_button.setVisible(page == 0)
        self.cancel_button.setVisible(page == 0)
        self.close_button.setVisible(page == 2)
        # Enter presses Import on the mapping step and Close at the end, wherever the focus is.
        for button in (self.import_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(button is (self.import_button if page == 0 else self.close_button))
        (self.mapping_table if page == 0 else self.close_button).setFocus()

    # ---- the mapping ----------------------------------------------------------------------------

    def _combos(self) -> list[QComboBox]:
        return [self.mapping_table.cellWidget(row, _FIELD_COLUMN) for row in range(self.mapping_table.rowCount())]

    def mapping(self) -> dict[str, int]:
        return {combo.currentData(): column for column, combo in enumerate(self._combos()) if combo.currentData()}

    def _field_chosen(self, chosen: QComboBox) -> None:
        """A field comes from one column: another column that held it goes back to "ignore"."""
        key = chosen.currentData()
        for combo in self._combos():
            if combo is not chosen and key and combo.currentData() == key:
                combo.setCurrentIndex(0)
        self._update_name_warning()

    def _update_name_warning(self) -> None:
        missing = dataclasses.replace(self.plan, mapping=self.mapping()).needs_mapping
        self.name_warning.setText(self.tr(
            "Choose the column that holds the names (or the given names and the surnames).") if missing else "")
        self.name_warning.setVisible(missing)
        self.import_button.setEnabled(not missing)

    # ---- importing ------------------------------------------------------------------------------

    def start(self) -> None:
        """Remembers the mapping for files with these headers and imports on a pool thread."""
        if self._worker is not None or not self.import_button.isEnabled():
            return
        self.plan = dataclasses.replace(self.plan, mapping=self.mapping())
        remember_mapping(self.store, self.plan.headers, self.plan.mapping)
        self._show_page(1)
        self.import_started.emit()
        self._worker = run_job(import_steps, self.plan, event=self.store.path,
                               progressed=self._progressed, finished=self._finished, failed=self._failed)

    def is_running(self) -> bool:
        return self._worker is not None

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _finished(self, report: ImportReport) -> None:
        self._worker = None
        self.report = report
        self.summary_label.setText(self.tr("Import finished:") + " " + ", ".join([
            self.tr("%n added", "", report.added), self.tr("%n updated", "", report.updated),
            self.tr("%n unchanged", "", report.unchanged)]) + ".")
        self.summary_text.setPlainText(self._report_details(report))
        self._show_page(2)
        self.import_finished.emit(report)

    def _failed(self, message: str) -> None:
        self._worker = None
        self.summary_label.setText(self.tr("Nothing was imported."))
        self.summary_text.setPlainText(message)
        self._show_page(2)
        self.import_failed.emit(message)

    def _report_details(self, report: ImportReport) -> str:
        lines = [
            self.tr("Added: {n}").format(n=report.added),
            self.tr("Updated: {n}").format(n=report.updated),
            self.tr("Unchanged: {n}").format(n=report.unchanged),
        ]
        if report.duplicates:
            lines += ["", self.tr("The same person as an earlier row (imported once):")]
            lines += [self.tr("  row {row}: same as row {earlier}").format(row=d["row"], earlier=d["same_as_row"])
                      for d in report.duplicates]
        if report.skipped:
            lines += ["", self.tr("Skipped rows:")]
            lines += [self.tr("  row {row}: {reason}").format(row=s["row"], reason=skip_reason(s["key"], s["values"]))
                      for s in report.skipped]
        return "\n".join(lines)

    # ---- closing: never while the import runs ---------------------------------------------------

    def reject(self) -> None:
        if not self.is_running():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running():
            event.ignore()
        else:
            super().closeEvent(event)


def _read_only_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
