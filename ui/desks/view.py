"""The Desks tab: the sync folder, syncing now or on its own, the desks heard of, and the conflicts found.

The main window adds `sync_action` (F5) and `prepare_desk_action` to its File menu, passes local
changes to `local_change`, refreshes every view on `event_synced`, shows `status_reported` in its
status bar, and puts `tab_title()` (with the count of conflicts not yet seen) on the tab.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.errors import NotFound
from innovact_desk.store import conflicts as desk_records
from innovact_desk.store import journals as journal_records
from innovact_desk.store.event import EventStore
from innovact_desk.sync import folder as sync
from ui.desks.clone_dialog import CloneDialog
from ui.desks.sync_controller import SyncController, saved_report
from ui.desks.table_models import (
    CONFLICT_COLUMNS,
    ConflictRow,
    ConflictsModel,
    DesksModel,
    problem_text,
    report_summary,
    sync_error_text,
    time_text,
    warning_text,
)

STATUS_MESSAGE_MS = 15000


class DesksView(QWidget):
    event_synced = Signal()  # news from other desks arrived: every view should read the event again
    status_reported = Signal(str, int)  # a message for the status bar, and for how long (ms)
    title_changed = Signal()  # the count of conflicts not yet seen changed: see tab_title()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desksView")
        self.store: EventStore | None = None
        self.unseen_conflicts = 0
        self.clone_dialog: CloneDialog | None = None
        self._fitted_for: tuple[int, int] | None = None
        self.sync = SyncController(self)
        self.desks_model = DesksModel(self)
        self.conflicts_model = ConflictsModel(self)
        self._create_actions()
        self._create_widgets()
        self._build_layout()
        self._connect_signals()
        self._retranslate()

    # ---- building -------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.sync_action = QAction(self)
        self.sync_action.setObjectName("syncNowAction")
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.prepare_desk_action = QAction(self)
        self.prepare_desk_action.setObjectName("prepareDeskAction")
        self.prepare_desk_action.setShortcut(QKeySequence("Ctrl+Shift+M"))

    def _create_widgets(self) -> None:
        self.folder_box = QGroupBox(self)
        self.folder_label = QLabel(self.folder_box)
        self.folder_label.setObjectName("syncFolderLabel")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.presence_label = QLabel(self.folder_box)
        self.presence_label.setObjectName("syncFolderPresence")
        self.presence_label.setWordWrap(True)
        self.choose_button = QPushButton(self.folder_box)
        self.choose_button.setObjectName("chooseSyncFolderButton")
        self.sync_button = QPushButton(self.folder_box)
        self.sync_button.setObjectName("syncNowButton")
        self.prepare_button = QPushButton(self.folder_box)
        self.prepare_button.setObjectName("prepareDeskButton")
        self.progress = QProgressBar(self.folder_box)
        self.progress.setRange(0, 0)  # a sync says nothing of its progress: busy, for a second or two
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.result_label = QLabel(self.folder_box)
        self.result_label.setObjectName("lastSyncLabel")
        self.result_label.setWordWrap(True)
        self.auto_label = QLabel(self.folder_box)
        self.auto_label.setObjectName("autoSyncLabel")
        self.auto_label.setWordWrap(True)
        self.auto_label.setEnabled(False)  # the quieter grey of a note
        self.problems_title = QLabel(self.folder_box)
        self.problems_list = QListWidget(self.folder_box)
        self.problems_list.setObjectName("syncProblemsList")
        self.problems_title.setBuddy(self.problems_list)
        self.desks_title = QLabel(self)
        self.desks_table = self._table("desksTable", self.desks_model)
        self.desks_title.setBuddy(self.desks_table)
        self.conflicts_title = QLabel(self)
        self.conflicts_table = self._table("conflictsTable", self.conflicts_model)
        self.conflicts_title.setBuddy(self.conflicts_table)

    def _table(self, name: str, model: object) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _build_layout(self) -> None:
        grid = QGridLayout(self.folder_box)
        grid.addWidget(self.folder_label, 0, 0, 1, 2)
        grid.addWidget(self.choose_button, 0, 2)
        grid.addWidget(self.presence_label, 1, 0, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.prepare_button)
        grid.addLayout(buttons, 2, 0, 1, 3)
        grid.addWidget(self.result_label, 3, 0, 1, 3)
        grid.addWidget(self.auto_label, 4, 0, 1, 3)
        grid.addWidget(self.problems_title, 5, 0, 1, 3)
        grid.addWidget(self.problems_list, 6, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_box)
        layout.addWidget(self.desks_title)
        layout.addWidget(self.desks_table)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts_table, 1)

    def _connect_signals(self) -> None:
        self.sync_action.triggered.connect(self.sync_now)
        self.prepare_desk_action.triggered.connect(self.prepare_desk)
        self.sync_button.clicked.connect(self.sync_action.trigger)
        self.prepare_button.clicked.connect(self.prepare_desk_action.trigger)
        self.choose_button.clicked.connect(self.choose_folder)
        self.sync.sync_started.connect(self._sync_started)
        self.sync.sync_finished.connect(self._sync_finished)
        self.sync.sync_failed.connect(self._sync_failed)
        self.sync.folder_changed.connect(self._show_folder)

    # ---- words ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.sync_action.setText(self.tr("&Sync now"))
        self.prepare_desk_action.setText(self.tr("&Prepare another desk…"))
        self.folder_box.setTitle(self.tr("Sync folder"))
        self.choose_button.setText(self.tr("&Choose folder…"))
        self.sync_button.setText(self.tr("Sync &now (F5)"))
        self.prepare_button.setText(self.tr("&Prepare another desk…"))
        self.auto_label.setText(self.tr(
            "While the folder is there, this desk syncs on its own: when another desk writes to it, and a few "
            "seconds after each check-in or correction here."))
        self.problems_title.setText(self.tr("Notes of the last sync:"))
        self.desks_title.setText(self.tr("&Desks"))
        self.conflicts_title.setText(self.tr("C&onflicts found (newest first)"))
        self.desks_model.retranslate()
        self.conflicts_model.retranslate()
        self._fitted_for = None
        self.refresh()

    def tab_title(self) -> str:
        if self.unseen_conflicts:
            return self.tr("Desks ({n})").format(n=self.unseen_conflicts)
        return self.tr("Desks")

    # ---- the event ------------------------------------------------------------------------------

    def set_store(self, store: EventStore | None) -> None:
        self.store = store
        self._fitted_for = None
        self._set_unseen(0)
        self.sync.set_store(store)
        for action in (self.sync_action, self.prepare_desk_action):
            action.setEnabled(store is not None)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """While another background job writes to the event file, syncs wait for it."""
        self.sync.set_paused(read_only)

    def local_change(self, *_args: object) -> None:
        self.sync.local_change()

    def refresh(self) -> None:
        self._show_folder()
        self._show_result()
        if self.store is None:
            self.desks_model.set_rows([])
            self.conflicts_model.set_rows([])
            return
        desks = desk_records.desk_activity(self.store)
        self.desks_model.set_rows(desks)
        self.conflicts_model.set_rows(self._conflict_rows())
        self._show_problems({d.id: d.name for d in desks})
        shape = (self.desks_model.rowCount(), self.conflicts_model.rowCount())
        if shape != self._fitted_for:  # not at every sync: a column someone widened stays so
            self._fitted_for = shape
            self._fit_columns()

    def _conflict_rows(self) -> list[ConflictRow]:
        rows = []
        for conflict in reversed(desk_records.conflicts(self.store)):
            try:
                person = self.store.participant(conflict["participant"])
                name, code = person.name, person.code
            except NotFound:
                name, code = conflict["participant"][:8], ""
            found = datetime.fromisoformat(conflict["found_at"]).astimezone(self.store.tz)
            rows.append(ConflictRow(conflict["kind"], name, code, conflict["detail"], found, conflict["data"]))
        return rows

    def _fit_columns(self) -> None:
        """Columns as wide as their text, within limits; a conflict's detail takes what is left."""
        for table in (self.desks_table, self.conflicts_table):
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(max(header.sectionSize(column), 80), 360))
        self.conflicts_table.horizontalHeader().setSectionResizeMode(
            CONFLICT_COLUMNS.index("detail"), QHeaderView.ResizeMode.Stretch)
        self._fit_height(self.desks_table, self.desks_model.rowCount(), 6)

    @staticmethod
    def _fit_height(view: QAbstractItemView, rows: int, most: int) -> None:
        """As tall as its rows (at least one, at most `most`; more scroll), so the conflicts get the rest."""
        if isinstance(view, QTableView):
            row, header = view.verticalHeader().defaultSectionSize(), view.horizontalHeader().sizeHint().height()
        else:
            row, header = max(view.sizeHintForRow(0), view.fontMetrics().height() + 4), 0
        view.setFixedHeight(header + row * min(max(rows, 1), most) + 2 * view.frameWidth() + 2)

    # ---- the folder -----------------------------------------------------------------------------

    def choose_folder(self) -> None:
        if self.store is None:
            return
        start = self.sync.folder() or str(Path(self.store.path).parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Sync folder: shared with the other desks"), start)
        if folder:
            self.sync.set_folder(folder)
            self.refresh()

    def _show_folder(self) -> None:
        folder = self.sync.folder()
        busy = self.sync.is_running()
        self.sync_button.setEnabled(self.store is not None and bool(folder) and not busy)
        self.sync_action.setEnabled(self.store is not None and not busy)
        self.prepare_button.setEnabled(self.store is not None)
        if self.store is None:
            self.folder_label.setText("")
            self.presence_label.setText("")
        elif not folder:
            self.folder_label.setText(self.tr("No sync folder chosen yet."))
            self.presence_label.setText(self.tr(
                "Choose a folder every desk reaches: a USB stick passed around, a shared folder, or a folder "
                "Syncthing keeps in step."))
        else:
            self.folder_label.setText(folder)
            if self.sync.is_present():
                self.presence_label.setText(self.tr("✓ The folder is there."))
            else:
                self.presence_label.setText(self.tr(
                    "✗ The folder is not there now: plug in the USB stick, or choose another folder."))

    # ---- syncing --------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.store is None:
            return
        if not self.sync.folder():
            self.choose_folder()  # choosing one syncs at once
            return
        self.sync.sync_now()

    def _sync_started(self) -> None:
        self.progress.show()
        self._show_folder()

    def _sync_finished(self, report: sync.SyncReport) -> None:
        self.progress.hide()
        if report.conflicts:
            if not self.isVisible():
                self._set_unseen(self.unseen_conflicts + len(report.conflicts))
            self.status_reported.emit(self.tr("Sync: %n new conflict(s); see the Desks tab.", "",
                                              len(report.conflicts)), STATUS_MESSAGE_MS)
        if report.received:
            self.event_synced.emit()  # the window refreshes every view, this one included
        else:
            self.refresh()

    def _sync_failed(self, message: str) -> None:
        self.progress.hide()
        self.status_reported.emit(self.tr("Sync failed: {error}").format(error=sync_error_text(message)),
                                  STATUS_MESSAGE_MS)
        self.refresh()

    def _show_result(self) -> None:
        if self.store is None:
            self.result_label.setText("")
            return
        when = desk_records.last_sync(self.store)
        if when is None:
            text = self.tr("Never synced yet.")
        else:
            text = self.tr("Last sync: {when}").format(when=time_text(when))
            report = saved_report(self.store)
            if report:
                text += " — " + report_summary(report["sent"], report["received"], report["conflicts"])
        if self.sync.last_error:
            text += "\n" + self.tr("The last try failed: {error}").format(error=sync_error_text(self.sync.last_error))
        self.result_label.setText(text)

    def _show_problems(self, desk_names: dict[str, str]) -> None:
        report = saved_report(self.store) or {}
        warnings = [warning_text({**w, "desk_name": w.get("desk_name") or desk_names.get(w.get("desk", ""), "")})
                    for w in journal_records.security_warnings(self.store)]
        problems = warnings + [problem_text(note, desk_names) for note in report.get("notes", [])]
        self.problems_list.clear()
        self.problems_list.addItems(problems)
        for row in range(len(warnings)):  # what only an attack or a stolen file does: in red, first
            self.problems_list.item(row).setForeground(QColor("#b00020"))
        self.problems_title.setVisible(bool(problems))
        self.problems_list.setVisible(bool(problems))
        self._fit_height(self.problems_list, len(problems), 4)

    # ---- conflicts not yet seen -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._set_unseen(0)
        super().showEvent(event)

    def _set_unseen(self, count: int) -> None:
        if count != self.unseen_conflicts:
            self.unseen_conflicts = count
            self.title_changed.emit()

    # ---- another desk ---------------------------------------------------------------------------

    def prepare_desk(self) -> None:
        if self.store is None:
            return
        if self.clone_dialog is not None:
            self.clone_dialog.deleteLater()
        self.clone_dialog = CloneDialog(self.store, self.sync.folder() if self.sync.is_present() else "", self)
        self.clone_dialog.open()
