"""The Check-in tab. For now it says which day the desk is on and what is coming.

The check-in flow (search or scan, Enter, confirmed) replaces the body of this view; the main window
already treats it like every other tab: `set_store`, `refresh`, `focus_search` and the signals below.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from innovact_desk.store import EventStore


class CheckinView(QWidget):
    participant_checked_in = Signal(str)  # participant id
    roster_changed = Signal()  # walk-ins will add people

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinView")
        self.store: EventStore | None = None
        self.day_label = QLabel(self)
        self.day_label.setObjectName("checkinDayLabel")
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.day_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.day_label.setFont(font)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("checkinNoteLabel")
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.day_label)
        layout.addWidget(self.note_label)
        layout.addStretch(2)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.note_label.setText(self.tr(
            "Check-in comes here: type a few letters of a name or scan a badge, then press Enter."))
        self.refresh()

    def set_store(self, store: EventStore | None) -> None:
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        if self.store is None:
            self.day_label.setText(self.tr("No event open"))
            return
        day = self.store.check_day(self.store.today_number())
        present = self.store.present_count(day.number)
        when = QLocale().toString(QDate.fromString(day.date, Qt.DateFormat.ISODate), QLocale.FormatType.LongFormat)
        self.day_label.setText(self.tr("Day {day} ({date}): %n present", "", present).format(day=day.number, date=when))

    def focus_search(self) -> None:
        self.setFocus()
