"""The Check-in tab: the registration desk. One field, always focused: type a few letters and press
Enter, or scan a badge; the result is shown large until the next person. Walk-ins, undo, paper and
live counts are one shortcut away.

A USB scanner types the badge code's digits, then Enter, Tab or nothing: a whole valid code in the
field checks in at once, the Enter or Tab that may follow finds the field empty and does nothing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.certificates.assets import event_logo
from innovact_desk.codes import is_valid_badge_code
from innovact_desk.errors import UserError
from innovact_desk.paper.badges import render_badges
from innovact_desk.paper.signin_sheet import render_sign_in_sheets
from innovact_desk.records import CheckIn, CheckInResult, Participant
from innovact_desk.store.event import EventStore
from innovact_desk.text import clean
from ui.actions import add_action
from ui.checkin.sheet_dialog import SheetDialog, SheetReport
from ui.checkin.table_models import RESULT_COLUMNS, RecentModel, ResultsModel
from ui.checkin.undo_dialog import UndoDialog
from ui.checkin.walk_in_dialog import WalkInDialog
from ui.checkin.widgets import ConfirmationPanel, ScanField, ScanGuard
from ui.common.i18n import current_language, number, user_message
from ui.common.print_helpers import PdfReadyDialog, busy_progress
from ui.common.workers import Worker, run_job

_OPERATOR_KEY = "checkin_operator"
_PAPER_FOLDER_KEY = "paper_folder"  # where badges and sign-in sheets are saved
_TEXT_SIZE_KEY = "checkin_text_scale"
TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5)  # 1.5: the largest that still fits a 1366 x 768 laptop
_NORMAL_SCALE = TEXT_SCALES.index(1.0)
RESULTS_LIMIT = 50
RECENT_LIMIT = 20
# A badge code at the end of the field (12 digits), even after letters typed by mistake before the scan.
_TRAILING_CODE = re.compile(r"(?:^|\D)(\d{12})$")
# The start of a certificate's QR as a scanner types it: an address ("https://…#", with ':' and '/' maybe
# turned into 'Ñ' and '-' by a keyboard layout) or "IDC:" (maybe "IDCÑ"), then its digits. A badge's
# digits follow nothing, or letters typed by mistake.
_CERTIFICATE_START = re.compile(r"(?i)(?:^\s*idc.?\d|[#:/\\.\-]\d*$|[#:/\\.][^\s]*\d)")
_CERTIFICATE_DIGITS = re.compile(r"\d{100,}")
CERTIFICATE_IDLE_MS = 150  # a scanner that sends no Enter after a certificate: this long after its last digit


class CheckinView(QWidget):
    participant_checked_in = Signal(str)  # participant id
    checkin_undone = Signal(str)  # participant id
    roster_changed = Signal()  # a walk-in was added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinView")
        self.store: EventStore | None = None
        self.day = 1
        self.walk_in_dialog: WalkInDialog | None = None
        self.undo_dialog: UndoDialog | None = None
        self.sheet_dialog: SheetDialog | None = None
        self.pdf_dialog: PdfReadyDialog | None = None
        self.paper_progress: QProgressDialog | None = None
        self._paper_worker: Worker | None = None
        self._names: dict[str, str] = {}
        # Counts read from the core at each refresh, then moved by each check-in made here (see refresh_counts).
        self._present: dict[int, int] = {}
        self._registered = 0
        self._scale = self._saved_scale()
        self._create_widgets()
        self._create_actions()
        self._build_layout()
        self._connect_signals()
        self._apply_text_size()
        self._retranslate()

    # ---- building -------------------------------------------------------------------------------

    def _label(self, name: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)
        label.setObjectName(name)
        return label

    def _create_widgets(self) -> None:
        self.previous_day_button = self._day_button("previousDayButton", "◀")
        self.next_day_button = self._day_button("nextDayButton", "▶")
        self.day_label = self._label("checkinDayLabel")
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.day_label.setWordWrap(True)  # large text wraps rather than pushing the window off the screen
        self.day_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.day_warning = self._label("checkinDayWarning")
        self.day_warning.setWordWrap(True)
        self.day_warning.setStyleSheet("QLabel#checkinDayWarning { background: #ffe08a; color: #3d2600;"
                                       " border: 2px solid #b36b00; border-radius: 6px; padding: 6px; }")
        self.operator_label = self._label("checkinOperatorLabel")
        self.operator_edit = QLineEdit(str(QSettings().value(_OPERATOR_KEY, "") or ""), self)
        self.operator_edit.setObjectName("checkinOperatorEdit")
        self.operator_edit.setMaximumWidth(240)
        self.operator_label.setBuddy(self.operator_edit)
        self.certificate_timer = QTimer(self)
        self.certificate_timer.setSingleShot(True)
        self.certificate_timer.setInterval(CERTIFICATE_IDLE_MS)
        self.search_field = ScanField(self)
        self.search_field.setObjectName("checkinSearch")
        self.search_field.setClearButtonEnabled(True)
        self.operator_guard = ScanGuard(self.operator_edit, self.search_field, self)  # a scan there: the search's
        self.results_model = ResultsModel(self)
        self.results_view = self._table("checkinResults", self.results_model)
        self.results_view.installEventFilter(self)  # its columns follow its width
        self.results_count = self._label("checkinResultsCount")
        self.confirmation = ConfirmationPanel(self)
        self.recent_title = self._label("checkinRecentTitle")
        self.recent_model = RecentModel(self)
        self.recent_view = self._table("checkinRecent", self.recent_model)
        self.recent_view.installEventFilter(self)  # the name keeps half its width
        self.counts_label = self._label("checkinCountsLabel")
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label = self._label("checkinHelpLabel")
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet("color: palette(placeholder-text)")
        self.clock = QTimer(self)  # midnight may pass with the window open: the day warning follows
        self.clock.setInterval(60_000)
        self.clock.start()

    def _day_button(self, name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        return button

    def _table(self, name: str, model) -> QTableView:
        """A table the mouse may use; the keyboard stays in the search field."""
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setHighlightSections(False)
        return table

    def _action(self, name: str, *shortcuts: str) -> QAction:
        return add_action(self, name, *shortcuts)

    def _create_actions(self) -> None:
        self.walk_in_action = self._action("walkInAction", "Ctrl+N")
        self.undo_action = self._action("undoCheckinAction", "Ctrl+Z")
        self.print_badge_action = self._action("printBadgeAction", "Ctrl+P")
        self.print_all_badges_action = self._action("printAllBadgesAction", "Ctrl+Shift+P")
        self.sign_in_sheet_action = self._action("signInSheetAction", "Ctrl+Shift+H")
        self.type_sheet_action = self._action("typeSheetAction", "Ctrl+T")
        self.previous_day_action = self._action("previousDayAction", "Ctrl+PgUp")
        self.next_day_action = self._action("nextDayAction", "Ctrl+PgDown")
        self.text_bigger_action = self._action("textBiggerAction", "Ctrl++", "Ctrl+=")
        self.text_smaller_action = self._action("textSmallerAction", "Ctrl+-")
        self.text_normal_action = self._action("textNormalAction", "Ctrl+0")
        self.desk_actions = [self.walk_in_action, self.undo_action, self.print_badge_action,
                             self.print_all_badges_action, self.sign_in_sheet_action, self.type_sheet_action]
        self.buttons = []
        for action in self.desk_actions:
            button = QPushButton(self)
            button.setObjectName(action.objectName().removesuffix("Action") + "Button")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click must not take the focus from the field
            button.clicked.connect(action.trigger)
            self.buttons.append(button)
        self.search_field.passed_shortcuts = [s for a in self.actions() for s in a.shortcuts()]

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.previous_day_button)
        top.addWidget(self.day_label, 1)
        top.addWidget(self.next_day_button)
        top.addSpacing(24)
        top.addWidget(self.operator_label)
        top.addWidget(self.operator_edit)
        left = QVBoxLayout()
        left.addWidget(self.search_field)
        left.addWidget(self.results_view, 1)
        left.addWidget(self.results_count)
        right = QVBoxLayout()
        right.addWidget(self.confirmation)  # as tall as its largest text needs, always: it never jumps
        right.addWidget(self.recent_title)
        right.addWidget(self.recent_view, 1)
        self.body = QHBoxLayout()
        self.body.addLayout(left, 3)
        self.body.addLayout(right, 2)
        buttons = QGridLayout()  # two rows of three: the tab fits a 1366-pixel laptop screen
        for index, button in enumerate(self.buttons):
            buttons.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.day_warning)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.counts_label)
        layout.addLayout(buttons)
        layout.addWidget(self.help_label)

    def _connect_signals(self) -> None:
        self.search_field.textChanged.connect(self._text_changed)
        self.search_field.returnPressed.connect(self.check_in_entered)
        self.search_field.tab_pressed.connect(self._tab_pressed)
        self.search_field.step_pressed.connect(self._step)
        self.search_field.escape_pressed.connect(self._escape)
        self.results_view.doubleClicked.connect(self._check_in_index)
        self.operator_edit.textChanged.connect(lambda text: QSettings().setValue(_OPERATOR_KEY, text.strip()))
        self.operator_edit.returnPressed.connect(self.focus_search)
        self.certificate_timer.timeout.connect(self._certificate_scanned)
        self.previous_day_button.clicked.connect(self.previous_day_action.trigger)
        self.next_day_button.clicked.connect(self.next_day_action.trigger)
        self.walk_in_action.triggered.connect(self.walk_in)
        self.undo_action.triggered.connect(self.undo_checkin)
        self.print_badge_action.triggered.connect(self.print_badge)
        self.print_all_badges_action.triggered.connect(self.print_all_badges)
        self.sign_in_sheet_action.triggered.connect(self.print_sign_in_sheet)
        self.type_sheet_action.triggered.connect(self.type_up_sheet)
        self.previous_day_action.triggered.connect(lambda: self.set_day(self.day - 1))
        self.next_day_action.triggered.connect(lambda: self.set_day(self.day + 1))
        self.text_bigger_action.triggered.connect(lambda: self.set_text_scale(self._scale + 1))
        self.text_smaller_action.triggered.connect(lambda: self.set_text_scale(self._scale - 1))
        self.text_normal_action.triggered.connect(lambda: self.set_text_scale(_NORMAL_SCALE))
        self.clock.timeout.connect(self._update_day_header)

    # ---- words ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.operator_label.setText(self.tr("&Operator:"))
        self.operator_edit.setPlaceholderText(self.tr("(optional)"))
        self.operator_edit.setToolTip(self.tr("Recorded with each check-in made at this desk"))
        self.search_field.setPlaceholderText(self.tr("Name, document or badge code — or scan the badge"))
        self.recent_title.setText(self.tr("Last check-ins at this desk"))
        texts = {
            self.walk_in_action: self.tr("New person (walk-in)"),
            self.undo_action: self.tr("Undo check-in"),
            self.print_badge_action: self.tr("Print badge"),
            self.print_all_badges_action: self.tr("Print all badges"),
            self.sign_in_sheet_action: self.tr("Sign-in sheet of the day"),
            self.type_sheet_action: self.tr("Type up a paper sheet"),
            self.previous_day_action: self.tr("Previous day"),
            self.next_day_action: self.tr("Next day"),
            self.text_bigger_action: self.tr("Larger text"),
            self.text_smaller_action: self.tr("Smaller text"),
            self.text_normal_action: self.tr("Normal text size"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setToolTip(f"{text} ({self._keys(action)})")
        for action, button in zip(self.desk_actions, self.buttons):
            button.setText(f"{action.text()}  ({self._keys(action)})")
        self.previous_day_button.setToolTip(self.previous_day_action.toolTip())
        self.next_day_button.setToolTip(self.next_day_action.toolTip())
        self.help_label.setText(self.tr(
            "Enter: check in · ↑ ↓: choose · Esc: clear · Ctrl+N: walk-in · Ctrl+Z: undo · Ctrl+P: badge · "
            "Ctrl+Shift+P: all badges · Ctrl+Shift+H: sign-in sheet · Ctrl+T: type up a sheet · "
            "Ctrl+PgUp / Ctrl+PgDn: day · Ctrl++ / Ctrl+- / Ctrl+0: text size · Alt+O: operator"))
        self.results_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(RESULT_COLUMNS) - 1)
        self._fit_columns()
        if self.confirmation.state == "idle":
            self._show_ready()
        self.refresh()

    @staticmethod
    def _keys(action: QAction) -> str:
        """The shortcut as the keyboard labels it ("Ctrl+Mayús+P"), as the menus say it (ui.common.i18n.key_names)."""
        return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _show_ready(self) -> None:
        self.confirmation.show_idle(self.tr("Ready: type a few letters of the name and press Enter, or scan the badge."))

    # ---- the event and the day ------------------------------------------------------------------

    def set_store(self, store: EventStore | None) -> None:
        self.store = store
        self._names.clear()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        for action in self.desk_actions + [self.previous_day_action, self.next_day_action]:
            action.setEnabled(store is not None)
        self.search_field.setEnabled(store is not None)
        self._show_ready()
        self.day = store.today_number() if store else 1
        self.set_day(self.day)

    def set_day(self, number: int) -> None:
        """The day check-ins go to; it stays until changed (Ctrl+PgUp / Ctrl+PgDn)."""
        if self.store is not None and self.store.event.day(number) is None:
            return
        changed = number != self.day
        self.day = number
        store = self.store
        self.results_model.set_day(number, (lambda pid: store.standing_checkin(pid, number)) if store else None)
        self._search(self.search_field.text())
        self.refresh_counts()
        if changed and self.store is not None:
            self.confirmation.show_idle(self.tr("Now checking people in for day {day}.").format(day=number))
        self.focus_search()

    def refresh(self) -> None:
        """Reads the event again (after an import, a correction, a walk-in or a sync), keeping the day."""
        if self.store is not None and self.store.event.day(self.day) is None:
            self.set_day(self.store.today_number())
            return
        self._names.clear()
        self.results_model.forget_all()
        self._search(self.search_field.text())
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """The day header, the counts per day and this desk's last check-ins, read again from the event.

        At 100k people these queries take about 150 ms, so a check-in made here does not wait for them:
        it moves the counts by its exact effect (`_count_check_in`) and the next refresh reads them anew.
        """
        self._present = {d.number: self.store.present_count(d.number) for d in self.store.event.days} if self.store else {}
        self._registered = self.store.count_participants() if self.store else 0
        self._update_day_header()
        self._update_counts()
        self._update_recent()

    def _count_check_in(self, result: CheckInResult) -> None:
        """A new check-in is one more person present that day (none stood before), and the newest row here."""
        if result.status == "checked_in":
            self._present[self.day] = self._present.get(self.day, 0) + 1
            self.recent_model.add_row(result.checkin, result.participant.name, RECENT_LIMIT)
            self._fit_recent_columns()
        self._update_day_header()
        self._update_counts()

    def _day_words(self, day_date: str) -> str:
        return QLocale().toString(QDate.fromString(day_date, Qt.DateFormat.ISODate), QLocale.FormatType.LongFormat)

    def _update_day_header(self) -> None:
        if self.store is None:
            self.day_label.setText(self.tr("No event open"))
            self.day_warning.hide()
            self.previous_day_button.setEnabled(False)
            self.next_day_button.setEnabled(False)
            return
        day = self.store.check_day(self.day)
        present = self._present.get(day.number, 0)
        self.day_label.setText(self.tr("Day {day} ({date}): %n present", "", present).format(
            day=day.number, date=self._day_words(day.date)))
        self.day_label.setToolTip(" — ".join(x for x in (day.title, day.place) if x))
        numbers = [d.number for d in self.store.event.days]
        self.previous_day_button.setEnabled(self.day > min(numbers))
        self.next_day_button.setEnabled(self.day < max(numbers))
        today = datetime.now(self.store.tz).date()
        wrong_day = day.date != today.isoformat()
        if wrong_day:
            self.day_warning.setText(self.tr(
                "⚠ Not today: day {day} is {date}; today is {today}. Check the day before checking anyone in "
                "(Ctrl+PgUp / Ctrl+PgDn change it).").format(
                day=day.number, date=self._day_words(day.date), today=self._day_words(today.isoformat())))
        self.day_warning.setVisible(wrong_day)

    def _update_counts(self) -> None:
        if self.store is None:
            self.counts_label.setText("")
            return
        parts = []
        for day in self.store.event.days:
            text = html.escape(self.tr("Day {day}: {present} / {total} present").format(
                day=day.number, present=number(self._present.get(day.number, 0)), total=number(self._registered)))
            # The day being checked in stands out by weight, not by a mark that looks like a button.
            parts.append(f"<b>{text}</b>" if day.number == self.day else text)
        self.counts_label.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts))

    def _update_recent(self) -> None:
        if self.store is None:
            self.recent_model.set_rows([], set())
            return
        rows = self.store.history(desk_id=self.store.self_desk.id, limit=RECENT_LIMIT)
        annulled = {row.annuls for row in rows if row.kind == "undo"}
        self.recent_model.set_rows([(row, self._name(row.participant_id)) for row in rows], annulled)
        self._fit_recent_columns()

    def _name(self, participant_id: str) -> str:
        if participant_id not in self._names:
            self._names[participant_id] = self.store.participant(participant_id).name
        return self._names[participant_id]

    # ---- typing and scanning --------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_search)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.results_view, self.recent_view) and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def operator(self) -> str:
        return clean(self.operator_edit.text())

    def _text_changed(self, text: str) -> None:
        if self.looks_like_certificate(text):
            self.certificate_timer.start()  # its digits are still coming: no badge, no search
            return
        self.certificate_timer.stop()
        match = _TRAILING_CODE.search(text.strip())
        if match:
            self.scan(match.group(1))
            return
        if text.strip() and self.confirmation.state == "problem":
            self._show_ready()  # a new search: the last problem is no longer news
        self._search(text)

    @staticmethod
    def looks_like_certificate(text: str) -> bool:
        """A certificate's QR being scanned (or scanned whole) into the field, not a badge nor a name."""
        return bool(_CERTIFICATE_START.search(text.strip()) or _CERTIFICATE_DIGITS.search(text))

    def _certificate_scanned(self) -> None:
        """A certificate at the desk: said so, nobody checked in, the field ready for the next person."""
        self.certificate_timer.stop()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self._search("")
        self.confirmation.show_problem(self.tr("THIS IS A CERTIFICATE"), self.tr(
            "This is a certificate, not a badge: use the Verify tab (Ctrl+4). Nobody was checked in."))

    def _search(self, text: str) -> None:
        if self.store is None or not text.strip():
            self.results_model.set_rows([])
            self.results_count.setText("")
            return
        found = self.store.search(text, limit=RESULTS_LIMIT)
        self.results_model.set_rows(found.participants)
        if found.participants:
            self._select_row(0)
        shown = len(found.participants)
        if not shown:
            self.results_count.setText(self.tr(
                "Nobody found. Enter looks the text up as a document; Ctrl+N registers a walk-in."))
        elif found.total > shown:
            self.results_count.setText(self.tr("Showing {shown} of {total}: type more letters").format(
                shown=shown, total=found.total))
        else:
            self.results_count.setText(self.tr("%n found", "", shown))

    def _select_row(self, row: int) -> None:
        index = self.results_model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.results_view.selectionModel().setCurrentIndex(index, flags)
        self.results_view.scrollTo(index)

    def _step(self, delta: int) -> None:
        rows = self.results_model.rowCount()
        if rows:
            current = self.results_view.currentIndex().row()
            self._select_row(min(max(current + delta, 0), rows - 1))

    def selected_result(self) -> Participant | None:
        rows = self.results_view.selectionModel().selectedRows()
        return self.results_model.participant(rows[0].row()) if rows else None

    def _escape(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
        else:
            self._show_ready()

    def _tab_pressed(self) -> None:
        """A scanner's Tab after a document number means Enter; otherwise Tab stays here and does nothing."""
        if any(c.isdigit() for c in self.search_field.text()):
            self.check_in_entered()

    def scan(self, code: str) -> None:
        """A whole badge code in the field: checked in at once, and the field is emptied for the next scan."""
        self.search_field.clear()
        if self.store is None:
            return
        if not is_valid_badge_code(code):
            self.confirmation.show_problem(self.tr("BADGE MISREAD"), self.tr(
                "Badge code misread: scan again. (Read: {code})").format(code=code))
            return
        person = self.store.participant_by_code(code)
        if person is None:
            self.confirmation.show_problem(self.tr("UNKNOWN BADGE"), self.tr(
                "No participant has badge code {code}. Is it a badge of another event?").format(code=code))
            return
        self.check_in(person, source="scan")

    def check_in_entered(self) -> None:
        """Enter: a document number typed or scanned, else the person selected in the results."""
        text = self.search_field.text().strip()
        if self.store is None or not text:
            return  # the Enter a scanner sends after a code already checked in
        if self.looks_like_certificate(text):
            self._certificate_scanned()
            return
        person = None
        if " " not in text and any(c.isdigit() for c in text):
            person = self.store.find(text)
        person = person or self.selected_result()
        if person is None:
            self.confirmation.show_problem(self.tr("NOT FOUND"), self.tr(
                "Nobody matches “{text}”. Check the spelling, search by surname, or register a walk-in "
                "(Ctrl+N).").format(text=text))
            self.search_field.selectAll()
            return
        self.check_in(person, source="desk")

    def _check_in_index(self, index: QModelIndex) -> None:
        person = self.results_model.participant(index.row())
        if person is not None:
            self.check_in(person, source="desk")

    def check_in(self, person: Participant, *, source: str = "desk") -> CheckInResult | None:
        if self.store is None:
            return None
        try:
            result = self.store.check_in(person.id, self.day, operator=self.operator(), source=source)
        except Exception as error:  # noqa: BLE001 (whatever stopped it, the desk is told)
            detail = user_message(error) if isinstance(error, UserError) else f"{type(error).__name__}: {error}"
            self.confirmation.show_problem(self.tr("NOT RECORDED"), detail)
            return None
        self._show_result(result)
        return result

    def _show_result(self, result: CheckInResult) -> None:
        self.confirmation.show_result(result, self.day)
        self.search_field.clear()
        self.results_model.forget(result.participant.id)
        self._count_check_in(result)
        if result.status == "checked_in":
            self.participant_checked_in.emit(result.participant.id)

    # ---- undo -----------------------------------------------------------------------------------

    def undo_target(self) -> tuple[Participant, CheckIn] | None:
        """The check-in to undo: the row chosen in the last check-ins, else the person selected in the
        results, else the last check-in of the day at this desk that still stands."""
        if self.store is None:
            return None
        candidates: list[tuple[str, int]] = []
        chosen = self.recent_view.selectionModel().selectedRows()
        if chosen:
            row = self.recent_model.checkin(chosen[0].row())
            candidates.append((row.participant_id, row.day))
        elif self.search_field.text().strip() and self.selected_result():
            candidates.append((self.selected_result().id, self.day))
        else:
            for row in range(self.recent_model.rowCount()):
                checkin = self.recent_model.checkin(row)
                if checkin.kind == "checkin" and checkin.day == self.day and not self.recent_model.is_annulled(checkin):
                    candidates.append((checkin.participant_id, checkin.day))
                    break
        for participant_id, day in candidates:
            standing = self.store.standing_checkin(participant_id, day)
            if standing is not None:
                return self.store.participant(participant_id), standing
        return None

    def undo_checkin(self) -> None:
        target = self.undo_target()
        if target is None:
            if self.store is not None:
                self.confirmation.show_problem(self.tr("NOTHING TO UNDO"), self.tr(
                    "No check-in of day {day} to undo: choose a row in the last check-ins, or search the person."
                ).format(day=self.day))
            return
        self._replace_dialog("undo_dialog", UndoDialog(*target, self))
        self.undo_dialog.accepted.connect(self._apply_undo)
        self.undo_dialog.open()

    def _apply_undo(self) -> None:
        dialog = self.undo_dialog
        if dialog is None or self.store is None:
            return
        person, checkin = dialog.participant, dialog.checkin
        try:
            self.store.undo_checkin(person.id, checkin.day, dialog.reason(), operator=self.operator())
        except UserError as error:
            self.confirmation.show_problem(self.tr("NOT UNDONE"), user_message(error))
            return
        self.confirmation.show_undone(person, checkin.day, dialog.reason())
        self.recent_view.clearSelection()
        self.results_model.forget(person.id)
        self.refresh_counts()
        self.checkin_undone.emit(person.id)

    # ---- walk-ins and paper sheets --------------------------------------------------------------

    def _replace_dialog(self, attribute: str, dialog) -> None:
        old = getattr(self, attribute)
        if old is not None:
            old.deleteLater()
        setattr(self, attribute, dialog)
        dialog.finished.connect(self._dialog_finished)

    def _dialog_finished(self) -> None:
        """Back to the field; the window manager would give the window back, but not every one does."""
        self.window().activateWindow()
        self.focus_search()

    def walk_in(self) -> None:
        if self.store is None:
            return
        text = self.search_field.text()
        dialog = WalkInDialog(self.store, self.day, self.operator(), "" if _TRAILING_CODE.search(text) else text, self)
        self._replace_dialog("walk_in_dialog", dialog)
        dialog.walk_in_checked_in.connect(self._walk_in_checked_in)
        dialog.badge_requested.connect(lambda person: self.print_badges([person]))
        dialog.open()

    def _walk_in_checked_in(self, result: CheckInResult) -> None:
        self._show_result(result)
        if result.checkin.source == "walk_in":
            self.refresh_counts()  # one more registered (or none, when the core merged them with someone)
            self.roster_changed.emit()

    def type_up_sheet(self) -> None:
        if self.store is None:
            return
        self._replace_dialog("sheet_dialog", SheetDialog(self.store, self.day, self.operator(), self))
        self.sheet_dialog.sheet_checked_in.connect(self._sheet_checked_in)
        self.sheet_dialog.open()

    def _sheet_checked_in(self, report: SheetReport) -> None:
        self.results_model.forget_all()
        self.refresh_counts()
        for _line, person in report.checked_in:
            self.participant_checked_in.emit(person.id)

    # ---- paper: badges and the sign-in sheet ----------------------------------------------------

    def badge_person(self) -> Participant | None:
        """Whose badge Ctrl+P prints: the person selected in the results, else the one just confirmed."""
        if self.search_field.text().strip() and self.selected_result():
            return self.selected_result()
        return self.confirmation.participant

    def print_badge(self) -> None:
        person = self.badge_person()
        if person is None:
            self.confirmation.show_problem(self.tr("WHOSE BADGE?"), self.tr(
                "Search the person first (or check them in), then press Ctrl+P."))
            return
        self.print_badges([self.store.participant(person.id)])

    def print_all_badges(self) -> None:
        if self.store is not None:
            self.print_badges(self.store.participants())

    def paper_folder(self) -> Path:
        """Where badges and sign-in sheets are saved: the folder chosen last time, else beside the event file."""
        chosen = str(QSettings().value(_PAPER_FOLDER_KEY, "") or "")
        if chosen and Path(chosen).is_dir():
            return Path(chosen)
        return Path(self.store.path).resolve().parent

    def _paper_path(self, stem: str) -> Path:
        return self.paper_folder() / f"{stem}-{datetime.now():%Y-%m-%d-%H%M%S}.pdf"

    def print_badges(self, people: list[Participant]) -> None:
        if self.store is None or not people or self._paper_worker is not None:
            return
        path = self._paper_path(self.tr("badges") if len(people) > 1 else self.tr("badge"))

        def summary(pages: int) -> str:
            if len(people) == 1:
                return self.tr("The badge of {name} (A4 page, cut along the marks).").format(name=people[0].name)
            return self.tr("%n badge(s) on {pages} A4 page(s), to cut along the marks.", "", len(people)).format(
                pages=pages)

        self._start_paper(self.tr("Making the badges…"), self.tr("Badges"), summary, path,
                          render_badges, self.store.event, list(people), path, lang=current_language(),
                          logo=event_logo(self.store))

    def print_sign_in_sheet(self) -> None:
        if self.store is None or self._paper_worker is not None:
            return
        path = self._paper_path(self.tr("sign-in-sheet-day-{day}").format(day=self.day))
        day = self.store.check_day(self.day)

        def summary(made: tuple[int, int]) -> str:
            return self.tr("Sign-in sheet of day {day} ({date}): %n person(s), {pages} A4 page(s).", "", made[1]).format(
                day=self.day, date=self._day_words(day.date), pages=made[0])

        self._start_paper(self.tr("Making the sign-in sheet…"), self.tr("Sign-in sheet"), summary, path,
                          render_sign_in_sheets, path, days=[self.day], lang=current_language(),
                          event=self.store.path)

    def _start_paper(self, doing: str, title: str, summary: Callable[[object], str], path: Path, job, *args,
                     event: Path | None = None, **kwargs: object) -> None:
        """A PDF made on a worker; a progress bar when it takes more than a second; then it is offered."""
        self.paper_progress = busy_progress(self, doing)
        self._paper_worker = run_job(job, *args, event=event, **kwargs,
                                     finished=lambda result: self._paper_done(path, title, summary(result)),
                                     failed=self._paper_failed)

    def _paper_done(self, path: Path, title: str, summary: str) -> None:
        self._end_paper()
        self._offer_pdf(path, title, summary + "\n" + self.tr("Saved in {path}").format(path=path))

    def _paper_failed(self, message: str) -> None:
        self._end_paper()
        self.confirmation.show_problem(self.tr("NOT PRINTED"), message)

    def _end_paper(self) -> None:
        self._paper_worker = None
        if self.paper_progress is not None:
            self.paper_progress.close()
            self.paper_progress.deleteLater()
            self.paper_progress = None

    def is_making_paper(self) -> bool:
        return self._paper_worker is not None

    def _offer_pdf(self, path, title: str, summary: str) -> None:
        self._replace_dialog("pdf_dialog", PdfReadyDialog(path, title, summary, self))
        self.pdf_dialog.open()

    # ---- text size ------------------------------------------------------------------------------

    @staticmethod
    def _saved_scale() -> int:
        try:
            value = int(QSettings().value(_TEXT_SIZE_KEY, _NORMAL_SCALE))
        except (TypeError, ValueError):
            value = _NORMAL_SCALE
        return min(max(value, 0), len(TEXT_SCALES) - 1)

    def set_text_scale(self, index: int) -> None:
        """Ctrl++ / Ctrl+- / Ctrl+0: the whole tab's text, for a desk screen read from a step away."""
        self._scale = min(max(index, 0), len(TEXT_SCALES) - 1)
        QSettings().setValue(_TEXT_SIZE_KEY, self._scale)
        self._apply_text_size()

    def text_scale(self) -> float:
        return TEXT_SCALES[self._scale]

    def _apply_text_size(self) -> None:
        points = QApplication.font().pointSizeF() * self.text_scale()
        base = QFont(QApplication.font())
        base.setPointSizeF(points)
        self.setFont(base)
        sizes = ((self.day_label, 1.6, True), (self.search_field, 1.6, False),
                 (self.counts_label, 1.2, False), (self.results_view, 1.15, False), (self.recent_title, 1.0, True),
                 (self.previous_day_button, 1.6, True), (self.next_day_button, 1.6, True))
        for widget, scale, bold in sizes:
            font = QFont(base)
            font.setPointSizeF(points * scale)
            font.setBold(bold)
            widget.setFont(font)
        # Large text on a laptop screen: the confirmation takes half the width and the whole right side
        # (the last check-ins come back with Ctrl+0); the results keep name, organization and the day.
        large = self.text_scale() > 1.2
        self.confirmation.set_text_size(points, fixed_height=not large)
        self.body.setStretch(0, 1 if large else 3)
        self.body.setStretch(1, 1 if large else 2)
        self.recent_title.setVisible(not large)
        self.recent_view.setVisible(not large)
        self.results_view.setColumnHidden(RESULT_COLUMNS.index("document"), large)
        normal = QApplication.font()  # buttons and help stay as they are, so the tab still fits the screen
        for widget in (*self.buttons, self.help_label):
            widget.setFont(normal)
        warning = QFont(normal)
        warning.setBold(True)
        self.day_warning.setFont(warning)  # its colour, sign and words stand out at any size
        for table in (self.results_view, self.recent_view):
            table.verticalHeader().setDefaultSectionSize(int(QFontMetrics(table.font()).height() * 1.5))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The document and the day's mark get what they need; the name most of the rest."""
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = QFontMetrics(self.results_view.font())
        hidden = self.results_view.isColumnHidden(2)
        document = 0 if hidden else metrics.horizontalAdvance("0") * 11
        day = metrics.horizontalAdvance(self.results_model.sample_day_text()) + 24
        if not hidden:
            header.resizeSection(2, document)
        header.resizeSection(3, day)
        header.resizeSection(1, max(100, (self.results_view.viewport().width() - document - day) * 2 // 5))
        self._fit_recent_columns()

    def _fit_recent_columns(self) -> None:
        """Time, day and operator as wide as their text; the name gets at least half the width (two people
        of the same name told apart when undoing); the "what" column what is left (its reason is in the tooltip)."""
        recent = self.recent_view.horizontalHeader()
        recent.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        recent.setStretchLastSection(False)
        metrics = QFontMetrics(self.recent_view.font())
        pad = 16
        operators = [self.recent_model.index(r, 4).data() or "" for r in range(self.recent_model.rowCount())]
        small = {0: metrics.horizontalAdvance("00:00") + pad, 1: metrics.horizontalAdvance("9") + pad,
                 4: max(metrics.horizontalAdvance(t) for t in [*operators, "Op."]) + pad}
        room = self.recent_view.viewport().width()
        what = metrics.horizontalAdvance(self.recent_model.sample_what_text()) + pad
        name = max(room // 2, room - sum(small.values()) - what)
        what = max(60, room - sum(small.values()) - name)
        for column, width in {**small, 2: name, 3: what}.items():
            recent.resizeSection(column, width)
