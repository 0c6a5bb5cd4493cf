"""Undo a check-in: whose, which day, and why (a reason is required; the undo is a new row, kept)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from innovact_desk.records import CheckIn, Participant

PRESET_REASONS = ("Wrong person", "Wrong day", "Checked in by mistake", "Left before the start")


def preset_reasons() -> list[str]:
    return [QCoreApplication.translate("UndoDialog", "Wrong person"), QCoreApplication.translate("UndoDialog", "Wrong day"),
            QCoreApplication.translate("UndoDialog", "Checked in by mistake"),
            QCoreApplication.translate("UndoDialog", "Left before the start")]


def reason_words(reason: str, spanish: dict[str, str] | None = None) -> str:
    """A reason picked from the presets, in the window's language whichever language it was recorded in;
    a reason typed by hand stays as typed."""
    here = dict(zip(PRESET_REASONS, preset_reasons()))
    if reason in here:
        return here[reason]
    for english, words in (spanish or _SPANISH).items():
        if reason == words:
            return here[english]
    return reason


# The presets as the Spanish window records them (the .ts has the same words).
_SPANISH = {"Wrong person": "Persona equivocada", "Wrong day": "Día equivocado",
            "Checked in by mistake": "Registrado por error", "Left before the start": "Se retiró antes del inicio"}


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
        self.reason_combo.addItems(["", *preset_reasons()])
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
