"""File > New event: titles, venue, days and time zone, then where to save the event file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.errors import UserError
from innovact_desk.store.event import MAX_DAYS, EventStore
from innovact_desk.timezones import machine_zone
from ui.common.i18n import user_message

EVENT_SUFFIX = ".event"
COMMON_ZONES = ("America/Lima", "America/Bogota", "America/Sao_Paulo", "Europe/Madrid", "Europe/Brussels", "UTC")


class NewEventDialog(QDialog):
    """On OK asks where to save and creates the file; `created_path` is set when that worked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newEventDialog")
        self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(560)
        self.created_path: str | None = None
        self.title_es_edit = QLineEdit(self)
        self.title_es_edit.setObjectName("titleEsEdit")
        self.title_en_edit = QLineEdit(self)
        self.title_en_edit.setObjectName("titleEnEdit")
        self.venue_edit = QLineEdit(self)
        self.venue_edit.setObjectName("venueEdit")
        self.first_date_edit = QDateEdit(QDate.currentDate(), self)
        self.first_date_edit.setObjectName("firstDateEdit")
        self.first_date_edit.setCalendarPopup(True)
        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("daysSpin")
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.setValue(2)
        self.tz_combo = self._zone_combo()
        self.desk_edit = QLineEdit(self.tr("Desk 1"), self)
        self.desk_edit.setObjectName("deskNameEdit")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._build_layout()
        self._connect_signals()
        self._update_ok()

    def _zone_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("timeZoneCombo")
        combo.setEditable(True)
        here = machine_zone()
        combo.addItems(list(COMMON_ZONES) + ([here] if here not in COMMON_ZONES else []))
        combo.setCurrentText(here if "/" in here else "America/Lima")
        return combo

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Title (&Spanish):"), self.title_es_edit)
        form.addRow(self.tr("Title (&English):"), self.title_en_edit)
        form.addRow(self.tr("&Venue:"), self.venue_edit)
        form.addRow(self.tr("&First day:"), self.first_date_edit)
        form.addRow(self.tr("&Number of days:"), self.days_spin)
        form.addRow(self.tr("&Time zone:"), self.tz_combo)
        form.addRow(self.tr("This &desk's name:"), self.desk_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)  # Enter anywhere means OK

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_es_edit.textChanged.connect(self._update_ok)
        self.title_en_edit.textChanged.connect(self._update_ok)

    def _update_ok(self) -> None:
        has_title = bool(self.title_es_edit.text().strip() or self.title_en_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_title)

    def accept(self) -> None:
        path = self._choose_path()
        if not path:
            return
        first = self.first_date_edit.date().toPython()
        try:
            store = EventStore.create(
                path,
                title_es=self.title_es_edit.text().strip(),
                title_en=self.title_en_edit.text().strip(),
                venue=self.venue_edit.text().strip(),
                dates=[first + timedelta(days=i) for i in range(self.days_spin.value())],
                tz=self.tz_combo.currentText().strip(),
                desk_name=self.desk_edit.text().strip(),
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot create the event"), user_message(error))
            return
        store.close()
        self.created_path = path
        super().accept()

    def _choose_path(self) -> str:
        suggested = Path.home() / (_file_stem(self.title_es_edit.text() or self.title_en_edit.text()) + EVENT_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the new event as"), str(suggested), self.tr("Event files (*.event)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # the core never overwrites; it says so
        if path and not path.endswith(EVENT_SUFFIX):
            path += EVENT_SUFFIX
        return path


def _file_stem(title: str) -> str:
    stem = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(stem.split())[:60] or "event"
