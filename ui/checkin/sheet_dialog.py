"""Type up a paper sign-in sheet: badge codes or document numbers, one a line, checked in at the time
the sheet was signed on the chosen day. The same rules as `checkin --from FILE --at HH:MM`.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.errors import UserError
from innovact_desk.paper.signin_sheet import SheetReport, sheet_time, type_up_sheet
from innovact_desk.store.event import EventStore
from ui.common.i18n import user_message

_TIME = QRegularExpression(r"^([01]?\d|2[0-3]):[0-5]\d$")


class SheetDialog(QDialog):
    """Paste or type the sheet, give the time, Ctrl+Enter: the three lists show what happened."""

    sheet_checked_in = Signal(object)  # SheetReport

    def __init__(self, store: EventStore, day: int, operator: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetDialog")
        self.store, self.day, self.operator = store, day, operator
        self.report: SheetReport | None = None
        self.setWindowTitle(self.tr("Type up a paper sheet, day {day}").format(day=day))
        self.setMinimumSize(640, 560)
        self.intro_label = QLabel(self.tr(
            "One badge code or document number a line, as written on the paper sign-in sheet of day {day}. "
            "Everyone is checked in at the time the sheet was signed.").format(day=day), self)
        self.intro_label.setWordWrap(True)
        self.lines_edit = QPlainTextEdit(self)
        self.lines_edit.setObjectName("sheetLinesEdit")
        self.lines_edit.setTabChangesFocus(True)
        self.lines_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # digits line up
        self.time_edit = QLineEdit(self)
        self.time_edit.setObjectName("sheetTimeEdit")
        self.time_edit.setPlaceholderText(self.tr("HH:MM, e.g. 09:30"))
        self.time_edit.setValidator(QRegularExpressionValidator(_TIME, self.time_edit))
        self.time_edit.setMaximumWidth(160)
        self.result_edit = QPlainTextEdit(self)
        self.result_edit.setObjectName("sheetResultEdit")
        self.result_edit.setReadOnly(True)
        self.result_edit.setVisible(False)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("sheetSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: bold")
        self.buttons = QDialogButtonBox(self)
        self.check_in_button = QPushButton(self.tr("&Check in (Ctrl+Enter)"), self)
        self.check_in_button.setObjectName("sheetCheckInButton")
        self.buttons.addButton(self.check_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_in_button.setDefault(True)  # Enter in the time field
        self.submit_shortcuts = [QShortcut(QKeySequence(key), self) for key in ("Ctrl+Return", "Ctrl+Enter")]
        form = QFormLayout()
        form.addRow(self.tr("&Codes or documents:"), self.lines_edit)
        form.addRow(self.tr("Signed at (&time):"), self.time_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form, 2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.result_edit, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._update_button()

    def _connect_signals(self) -> None:
        self.check_in_button.clicked.connect(self.check_in)
        self.buttons.rejected.connect(self.reject)
        self.lines_edit.textChanged.connect(self._update_button)
        self.time_edit.textChanged.connect(self._update_button)
        for shortcut in self.submit_shortcuts:
            shortcut.activated.connect(self.check_in)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.lines_edit.toPlainText().splitlines() if line.strip()]

    def _ready(self) -> bool:
        return bool(self.lines()) and self.time_edit.hasAcceptableInput()

    def _update_button(self) -> None:
        self.check_in_button.setEnabled(self._ready())

    def check_in(self) -> None:
        if not self._ready():
            (self.lines_edit if not self.lines() else self.time_edit).setFocus()
            return
        try:
            at = sheet_time(self.store, self.day, self.time_edit.text())
            self.report = type_up_sheet(self.store, self.lines(), self.day, at, operator=self.operator)
        except UserError as error:
            self.summary_label.setText(user_message(error))
            return
        self._show_report(self.report)
        self.lines_edit.setPlainText("\n".join(self.report.not_found))  # left to correct and send again
        self.sheet_checked_in.emit(self.report)

    def _show_report(self, report: SheetReport) -> None:
        self.summary_label.setText(self.tr("Checked in: {done} · already checked in: {already} · not found: {missing}")
                                   .format(done=len(report.checked_in), already=len(report.already),
                                           missing=len(report.not_found)))
        text = []
        if report.not_found:
            text.append(self.tr("✖ NOT FOUND (check the line against the paper):"))
            text += [f"    {line}" for line in report.not_found]
        if report.already:
            text.append(self.tr("⚠ ALREADY CHECKED IN (nothing new recorded):"))
            text += [f"    {line}  →  {person.name} ({checkin.at:%H:%M}, {checkin.desk_name})"
                     for line, person, checkin in report.already]
        if report.checked_in:
            text.append(self.tr("✔ CHECKED IN:"))
            text += [f"    {line}  →  {person.name}" for line, person in report.checked_in]
        self.result_edit.setPlainText("\n".join(text))
        self.result_edit.setVisible(True)
        self.result_edit.moveCursor(self.result_edit.textCursor().MoveOperation.Start)
        self.lines_edit.setFocus(Qt.FocusReason.OtherFocusReason)
