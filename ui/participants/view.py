"""The Participants tab: the roster, a live search that uses the core's search, and corrections."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.errors import UserError
from innovact_desk.records import Participant
from innovact_desk.store.event import EventStore
from ui.common.i18n import number, user_message
from ui.participants.edit_dialog import ParticipantDialog
from ui.participants.table_model import ORGANIZATION_COLUMN, PARTICIPANT_ROLE, SORT_ROLE, ParticipantsModel

PAGE = 300  # the rows a search shows at once: "type more letters" beyond


class ParticipantsView(QWidget):
    """Emits `roster_changed` after a correction; whoever holds the views calls `refresh()` on each."""

    roster_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsView")
        self.store: EventStore | None = None
        self.edit_dialog: ParticipantDialog | None = None
        self._read_only = False
        self._attended: dict[str, list[int]] = {}  # read at each refresh, not at each keystroke
        self._total = self._found = 0
        self.model = ParticipantsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("participantsSearch")
        self.search_field.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("participantsCount")
        self.day_filter = QComboBox(self)  # everyone, or those present / absent on one day
        self.day_filter.setObjectName("participantsDayFilter")
        self.day_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table = self._build_table()
        self.edit_action = QAction(self)
        self.edit_action.setObjectName("editParticipantAction")
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.edit_action)
        self._build_layout()
        self._connect_signals()
        self._retranslate()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("participantsTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the core's order until a title is clicked
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.setSortingEnabled(True)
        return table

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.day_filter)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _connect_signals(self) -> None:
        self.search_field.textChanged.connect(self._search)
        self.day_filter.activated.connect(lambda _index: self.refresh())
        self.search_field.returnPressed.connect(self._focus_table)
        self.table.doubleClicked.connect(self._edit_index)
        self.edit_action.triggered.connect(self.edit_selected)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Search by name, organization, email, document or badge code"))
        self.edit_action.setText(self.tr("Correct a participant"))
        self.model.retranslate()
        self._fill_day_filter()
        self._update_count()
        self._fit_columns()

    # ---- the roster -----------------------------------------------------------------------------

    def set_store(self, store: EventStore | None) -> None:
        self.store = store
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.model.set_event_days(store.event.days if store else ())
        self._fill_day_filter(reset=True)
        self.refresh()
        self._fit_columns()

    def refresh(self) -> None:
        """Reads the roster again (after an import or a correction), keeping the search and selection."""
        selected = self.selected_participant()
        self._attended = self.store.days_attended() if self.store else {}
        self._total = self.store.count_participants() if self.store else 0
        self._search(self.search_field.text())
        if selected:
            self.select_participant(selected.id)

    def set_read_only(self, read_only: bool) -> None:
        """While a background job writes to the event, corrections wait."""
        self._read_only = read_only
        self.edit_action.setEnabled(not read_only)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the Check-in tab may have changed who is present

    def _fill_day_filter(self, reset: bool = False) -> None:
        chosen = None if reset else self.day_filter.currentData()
        self.day_filter.clear()
        self.day_filter.addItem(self.tr("Everyone"), None)
        for day in self.store.event.days if self.store else ():
            self.day_filter.addItem(self.tr("Present on day {n}").format(n=day.number), f"present:{day.number}")
            self.day_filter.addItem(self.tr("Absent on day {n}").format(n=day.number), f"absent:{day.number}")
        self.day_filter.setCurrentIndex(max(0, self.day_filter.findData(chosen)))

    def _search(self, text: str) -> None:
        if self.store is None:
            self.model.set_rows([], {})
        else:
            # The core's search: accent- and case-blind, every word the start of a word. One page of it
            # (a keystroke must not wait for a hundred thousand rows); the day filter reads them all.
            attended = self._attended
            result = self.store.search(text, limit=0 if self.day_filter.currentData() else PAGE)
            people = result.participants
            self._found = result.total
            if self.day_filter.currentData():
                state, day = self.day_filter.currentData().split(":")
                people = [p for p in people if (int(day) in attended.get(p.id, ())) == (state == "present")]
                self._found = len(people)
                people = people[:PAGE]
            self.model.set_rows(people, attended)
        self._update_count()

    def _update_count(self) -> None:
        total = self._total
        shown = self.model.rowCount()
        if shown < self._found:
            self.count_label.setText(self.tr("Showing {shown} of {found} ({total} in all): type more letters").format(
                shown=number(shown), found=number(self._found), total=number(total)))
        elif self.search_field.text().strip() or self.day_filter.currentData():
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))
        else:
            self.count_label.setText(self.tr("%n participant(s)", "", total))

    def _fit_columns(self) -> None:
        """Columns as wide as their text (within limits); the organization takes the width left over."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 90), 420))
        if self.model.columnCount() > ORGANIZATION_COLUMN:
            header.setSectionResizeMode(ORGANIZATION_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _focus_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    # ---- selection and corrections --------------------------------------------------------------

    def selected_participant(self) -> Participant | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(PARTICIPANT_ROLE)

    def select_participant(self, participant_id: str) -> None:
        row = self.model.row_of(participant_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def edit_selected(self) -> None:
        self._edit_index(self.table.currentIndex())

    def _edit_index(self, index: QModelIndex) -> None:
        if self.store is None or self._read_only or not index.isValid():
            return
        participant = index.data(PARTICIPANT_ROLE)
        self.edit_dialog = ParticipantDialog(participant, self)
        self.edit_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.edit_dialog.accepted.connect(self._apply_edit)
        self.edit_dialog.open()

    def _apply_edit(self) -> None:
        dialog = self.edit_dialog
        if dialog is None or self.store is None:
            return
        changes = dialog.changes()
        if not changes:
            return
        try:
            self.store.update_participant(dialog.participant.id, changes)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot correct the participant"), user_message(error))
            return
        self.roster_changed.emit()  # the main window refreshes every view, this one included
        self.select_participant(dialog.participant.id)
