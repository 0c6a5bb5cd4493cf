"""Correct a participant: the few fields a desk fixes by hand (a misspelt name, a wrong email)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from innovact_desk.records import LANGUAGES, ROLES, Participant
from innovact_desk.text import clean, nfc
from ui.common.i18n import language_label, role_label

EDITED_FIELDS = ("name", "organization", "email", "document", "role", "lang")


def _cleaned(edit: QLineEdit) -> str:
    return clean(nfc(edit.text()))


class ParticipantDialog(QDialog):
    """Shows one participant's fields; `changes()` tells which of them the person changed."""

    def __init__(self, participant: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.participant = participant
        self.setWindowTitle(self.tr("Correct a participant"))
        self.setMinimumWidth(520)
        self.name_edit = self._line_edit("nameEdit", participant.name)
        self.organization_edit = self._line_edit("organizationEdit", participant.organization)
        self.email_edit = self._line_edit("emailEdit", participant.email)
        self.document_edit = self._line_edit("documentEdit", participant.document)
        self.role_combo = self._combo("roleCombo", [(r, role_label(r)) for r in ROLES], participant.role)
        self.lang_combo = self._combo("langCombo", [(x, language_label(x)) for x in LANGUAGES], participant.lang)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._build_layout()
        self._connect_signals()

    def _line_edit(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        return edit

    def _combo(self, name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for key, label in items:
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Organization:"), self.organization_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("&Document:"), self.document_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("Certificate &language:"), self.lang_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)  # Enter anywhere means OK

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict[str, str]:
        return {
            "name": _cleaned(self.name_edit),
            "organization": _cleaned(self.organization_edit),
            "email": _cleaned(self.email_edit),
            "document": _cleaned(self.document_edit),
            "role": self.role_combo.currentData(),
            "lang": self.lang_combo.currentData(),
        }

    def changes(self) -> dict[str, str]:
        """Only the fields that differ from what the participant had, so the audit log stays honest."""
        return {k: v for k, v in self.values().items() if getattr(self.participant, k) != v}
