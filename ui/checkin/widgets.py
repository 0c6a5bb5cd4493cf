"""The Check-in tab's own widgets: the search-and-scan field, and the large confirmation panel."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from innovact_desk.records import CheckInResult, Participant
from ui.common.i18n import role_label

_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


class ScanField(QLineEdit):
    """The desk's one field: names typed, codes scanned. Keeps Tab (a scanner's suffix) and the arrows.

    Up/Down/PageUp/PageDown move in the results while the focus stays here (`step_pressed`), Tab never
    moves the focus away (`tab_pressed`), Esc clears (`escape_pressed`). The shortcuts in
    `passed_shortcuts` (the tab's own, such as Ctrl+Z) reach their actions instead of the line edit.
    """

    step_pressed = Signal(int)
    tab_pressed = Signal()
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passed_shortcuts: list[QKeySequence] = []

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._is_tab(event):
            self.tab_pressed.emit()
            return True
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._passed(event):
            event.ignore()  # not ours: let the tab's action have it
            return True
        return super().event(event)

    @staticmethod
    def _is_tab(event: QKeyEvent) -> bool:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier  # Ctrl+Tab still changes tabs
        return event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not control

    def _passed(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in self.passed_shortcuts)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.key() in _STEPS and plain:
            self.step_pressed.emit(_STEPS[event.key()])
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class ScanGuard(QObject):
    """Watches another field of the Check-in tab (the operator's name) for a scanner typing into it.

    A scanner types a badge's digits, or a certificate's address and digits, a few milliseconds apart;
    a person types a name. At the first digit or address sign (: / # \\) the burst of keys it belongs
    to (keys less than BURST_GAP_S apart) is taken out of the field, which gets back the text it had
    before; the burst goes to `target` (the search field), which takes the focus, and so do the keys of
    the burst still coming (its Enter or Tab included).
    """

    BURST_GAP_S = 0.1
    SIGNS = frozenset("0123456789:/#\\")

    def __init__(self, field: QLineEdit, target: QLineEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field, self.target = field, target
        self._last_key = 0.0
        self._before_burst = field.text()
        self._burst = ""
        self._forwarding = False
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.field or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        now = time.monotonic()
        if now - self._last_key > self.BURST_GAP_S:
            self._before_burst, self._burst, self._forwarding = self.field.text(), "", False
        self._last_key = now
        if self._forwarding:  # the rest of a scan: the search field's
            QCoreApplication.sendEvent(self.target, QKeyEvent(event.type(), event.key(), event.modifiers(),
                                                              event.text()))
            return True
        text = event.text()
        if text and text.isprintable():
            self._burst += text
        if text and text in self.SIGNS:
            self._forwarding = True
            self.field.setText(self._before_burst)  # the operator's name as it was before the scan
            self.target.setFocus()
            self.target.setText(self._burst)
            return True
        return False


# Colours of each state: background, border, text. The icon and the words say the same without colour.
_STATE_COLOURS = {
    "ok": ("#e4f3e8", "#1d7a36", "#0c3a19"),
    "repeat": ("#fff2cc", "#b36b00", "#4a2c00"),
    "problem": ("#fde4e2", "#b3261e", "#5c0f0a"),
    "undone": ("#eceff1", "#546e7a", "#1f2a30"),
    "idle": ("transparent", "#b8b8b8", "#4a4a4a"),
}
# Sizes relative to the tab's text.
ICON_SCALE, STATUS_SCALE, NAME_SCALE, LINE_SCALE = 3.0, 1.9, 2.1, 1.2


class ConfirmationPanel(QFrame):
    """What just happened at the desk, large: stays until the next person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinConfirmation")
        self.state = "idle"
        self.participant: Participant | None = None
        self.icon_label = self._label("confirmationIcon", Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setMinimumWidth(90)
        self.status_label = self._label("confirmationStatus")
        self.name_label = self._label("confirmationName")
        self.org_label = self._label("confirmationOrganization")
        self.detail_label = self._label("confirmationDetail")
        text = QVBoxLayout()
        for label in (self.status_label, self.name_label, self.org_label, self.detail_label):
            text.addWidget(label)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self._points = QFont().pointSizeF()
        self._fixed_height = True
        self._last = None  # the last result or undo shown, to say again after a language switch
        self._set_state("idle")

    def _label(self, name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set_text_size(self, points: float, *, fixed_height: bool = True) -> None:
        """`fixed_height`: exactly as tall as its largest text needs (else at least that, growing into the room)."""
        self._points = points
        self._fixed_height = fixed_height
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        # The hint shown while idle is plain; what happened to someone is large and bold.
        status = (LINE_SCALE, False) if self.state == "idle" else (STATUS_SCALE, True)
        for label, scale, bold in ((self.icon_label, ICON_SCALE, True), (self.status_label, *status),
                                   (self.name_label, NAME_SCALE, True), (self.org_label, LINE_SCALE, False),
                                   (self.detail_label, LINE_SCALE, False)):
            font = QFont(self.font())
            font.setPointSizeF(self._points * scale)
            font.setBold(bold)
            label.setFont(font)
        # Room for a status line, a name on two lines and four lines of organization and details whatever
        # the state, so the panel neither jumps from one person to the next nor clips a long name.
        lines = [(STATUS_SCALE, 1), (NAME_SCALE, 2), (LINE_SCALE, 4 if self._fixed_height else 2)]
        height = sum(QFontMetrics(self._font(scale)).lineSpacing() * count for scale, count in lines) + 64
        self.setMinimumHeight(height)
        self.setMaximumHeight(height if self._fixed_height else 16_777_215)

    def _font(self, scale: float) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self._points * scale)
        font.setBold(True)
        return font

    def _set_state(self, state: str) -> None:
        self.state = state
        background, border, text = _STATE_COLOURS[state]
        style = "dashed" if state == "idle" else "solid"
        self.setStyleSheet(
            f"QFrame#checkinConfirmation {{ background: {background}; border: 4px {style} {border};"
            f" border-radius: 10px; }} QFrame#checkinConfirmation QLabel {{ color: {text}; background: transparent;"
            " border: none; }")
        self._apply_fonts()

    def _show(self, state: str, icon: str, status: str, participant: Participant | None, detail: str) -> None:
        self._set_state(state)
        self.participant = participant
        self.icon_label.setText(icon)
        self.status_label.setText(status)
        self.name_label.setText(participant.name if participant else "")
        self.name_label.setVisible(participant is not None)
        line = ""
        if participant is not None:
            line = " · ".join(x for x in (participant.organization, role_label(participant.role)) if x)
        self.org_label.setText(line)
        self.org_label.setVisible(bool(line))
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleName(self.text())

    def changeEvent(self, event: QEvent) -> None:
        """After a language switch the card says the same in the new language (a result or an undo)."""
        if event.type() == QEvent.Type.LanguageChange and self._last is not None:
            method, args = self._last
            method(*args)
        super().changeEvent(event)

    def show_result(self, result: CheckInResult, day: int) -> None:
        self._last = (self.show_result, (result, day))
        at = result.checkin.at.strftime("%H:%M")
        if result.status == "checked_in":
            detail = self.tr("Day {day}, {time}").format(day=day, time=at)
            self._show("ok", "✔", self.tr("CHECKED IN"), result.participant, detail)
            return
        desk = result.checkin.desk_name
        where = (self.tr("at {time} at {desk}").format(time=at, desk=desk) if desk
                 else self.tr("at {time}").format(time=at))
        detail = self.tr("Already checked in on day {day} {where}. Nothing new was recorded.").format(
            day=day, where=where)
        self._show("repeat", "⚠", self.tr("ALREADY CHECKED IN"), result.participant, detail)

    def show_problem(self, status: str, detail: str) -> None:
        self._last = None
        self._show("problem", "✖", status, None, detail)

    def show_undone(self, participant: Participant, day: int, reason: str) -> None:
        from ui.checkin.undo_dialog import reason_words

        self._last = (self.show_undone, (participant, day, reason))
        detail = self.tr("Check-in of day {day} undone. Reason: {reason}").format(day=day, reason=reason_words(reason))
        self._show("undone", "↶", self.tr("CHECK-IN UNDONE"), participant, detail)

    def show_idle(self, hint: str) -> None:
        self._last = None
        self._show("idle", "", hint, None, "")

    def text(self) -> str:
        """Everything the panel says, as one line (for screen readers and tests)."""
        parts = (self.status_label, self.name_label, self.org_label, self.detail_label)
        return " — ".join(label.text() for label in parts if label.text())
