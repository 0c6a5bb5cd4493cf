"""A tab whose work is still to come: one line saying what it will do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from innovact_desk.store import EventStore


class ComingSoonView(QWidget):
    def __init__(self, name: str, describe: Callable[[], str], parent: QWidget | None = None) -> None:
        """`describe` returns the line in the current language (it is called again on a language change)."""
        super().__init__(parent)
        self.setObjectName(name)
        self._describe = describe
        self.label = QLabel(self)
        self.label.setObjectName(name + "Label")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.label.setText(self._describe())

    def set_store(self, store: EventStore | None) -> None:
        pass

    def refresh(self) -> None:
        pass
