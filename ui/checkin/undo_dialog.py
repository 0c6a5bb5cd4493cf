"""Undo a check-in: whose, which day, and why (a reason is required; the undo is a new row, kept)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from innovact_desk.records import CheckIn, Participant


class UndoDialog(QDialog):
    """Asks the reason; `reason()` is what the person typed or picked."""

    def __init__(self, participant: Participant, checkin: CheckIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoDialog")
        self.participant = participant
        self.checkin = checkin
        self.setWindowTitle(self.tr("Undo a check-in"))
        self.setMinimumWidth(480)
        when = checkin.at.strftime("%H:%M")
        self.what_label = QLabel(self.tr("Undo the check-in of {name} on day {day} ({time}, {desk})?").format(
            name=participant.name, day=checkin.day, time=when, desk=checkin.desk_name or "?"), self)
        self.what_label.setObjectName("undoWhatLabel")
        self.what_label.setWordWrap(True)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("undoReasonCombo")
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItems(["", self.tr("Wrong person"), self.tr("Wrong day"),
                                    self.tr("Checked in by mistake"), self.tr("Left before the start")])
        self.reason_combo.lineEdit().setPlaceholderText(self.tr("Why? (required)"))
        self.note_label = QLabel(self.tr("The check-in stays in the record, marked as undone."), self)
        self.note_label.setObjectName("undoNoteLabel")
        self.note_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Undo check-in"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what_label)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self._connect_signals()
        self._update_ok()
        self.reason_combo.setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_combo.currentTextChanged.connect(self._update_ok)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return " ".join(self.reason_combo.currentText().split())

    def accept(self) -> None:
        if self.reason():  # Enter in an empty reason does nothing
            super().accept()
