"""Prepare another desk: the event file for another laptop (same event, roster and sync key; its own desk).

The copy is made on a pool thread through a second connection (the file may go to a slow USB stick),
then the dialog says in two sentences what to do on the other laptop.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.store import conflicts as desk_records
from innovact_desk.store.event import EventStore
from innovact_desk.sync import folder as sync
from ui.common.workers import Worker, run_job

EVENT_SUFFIX = ".event"


def next_desk_name(taken: list[str], word: str) -> str:
    """'Mesa 2' when 'Mesa 1' is taken: the first number after those in use."""
    numbers = [int(m[1]) for name in taken if (m := re.search(r"(\d+)\s*$", name))]
    return f"{word} {max(numbers, default=len(taken)) + 1}"


def file_name_for(event_path: Path, desk_name: str) -> str:
    """'taller - Mesa 2.event': the event's file name and the desk's, safe on every file system."""
    desk = re.sub(r'[\\/:*?"<>|]+', "-", desk_name.strip()) or "desk"
    return f"{event_path.stem} - {desk}{EVENT_SUFFIX}"


class CloneDialog(QDialog):
    desk_prepared = Signal(str)  # the new event file

    def __init__(self, store: EventStore, folder: str = "", parent: QWidget | None = None) -> None:
        """`folder`: where to offer to save the file (the sync folder on its stick, when there is one)."""
        super().__init__(parent)
        self.setObjectName("cloneDialog")
        self.setWindowTitle(self.tr("Prepare another desk"))
        self.setMinimumWidth(640)
        self.store = store
        self.made_path = ""
        self._worker: Worker | None = None
        self._folder = Path(folder) if folder else Path(store.path).parent
        self._path_chosen = False  # once someone picks the file, the name no longer renames it
        self._taken = [d.name for d in desk_records.desk_activity(store) if d.name]
        self.intro_label = QLabel(self.tr(
            "A copy of this event for another laptop: the same roster and the same sync key, with its own desk "
            "name. It does not carry the certificate signing key."), self)
        self.intro_label.setWordWrap(True)
        self.name_field = QLineEdit(next_desk_name(self._taken, self.tr("Desk")), self)
        self.name_field.setObjectName("newDeskName")
        self.path_field = QLineEdit(self)
        self.path_field.setObjectName("newDeskFile")
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("cloneWarning")
        self.warning_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.done_label = QLabel(self)
        self.done_label.setObjectName("cloneDoneLabel")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.prepare_button = self.buttons.addButton(self.tr("&Prepare"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.prepare_button.setObjectName("prepareButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._build_layout()
        self._connect_signals()
        self._follow_name()
        self.name_field.selectAll()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("New desk's &name:"), self.name_field)
        where = QHBoxLayout()
        where.addWidget(self.path_field, 1)
        where.addWidget(self.browse_button)
        path_label = QLabel(self.tr("&Save as:"), self)
        path_label.setBuddy(self.path_field)
        form.addRow(path_label, where)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.name_field.textChanged.connect(self._follow_name)
        self.path_field.textEdited.connect(self._path_edited)
        self.browse_button.clicked.connect(self.choose_file)
        self.prepare_button.clicked.connect(self.prepare)
        self.close_button.clicked.connect(self.reject)

    # ---- the name and the file ------------------------------------------------------------------

    def _follow_name(self) -> None:
        if not self._path_chosen:
            self.path_field.setText(str(self._folder / file_name_for(Path(self.store.path), self.name_field.text())))
        self._check()

    def _path_edited(self) -> None:
        self._path_chosen = True
        self._check()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the new desk's event file"), self.path_field.text(),
            self.tr("Event files (*.event)"))
        if path:
            self._path_chosen = True
            self.path_field.setText(path if path.endswith(EVENT_SUFFIX) else path + EVENT_SUFFIX)
            self._check()

    def _problem(self) -> str:
        """Why the desk cannot be prepared as filled in; empty when it can."""
        name = self.name_field.text().strip()
        path = Path(self.path_field.text().strip()) if self.path_field.text().strip() else None
        if not name:
            return self.tr("Give the new desk a name, such as “Desk 2”.")
        if name in self._taken:
            return self.tr("There is already a desk called “{name}”: give the new one its own name.").format(name=name)
        if path is None:
            return self.tr("Choose where to save the file.")
        if not path.parent.is_dir():
            return self.tr("The folder {folder} is not there.").format(folder=path.parent)
        if path.exists():
            return self.tr("{path} already exists; an event file is never overwritten.").format(path=path)
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.warning_label.setText(problem)
        self.prepare_button.setEnabled(not problem and self._worker is None and not self.made_path)

    # ---- preparing ------------------------------------------------------------------------------

    def prepare(self) -> None:
        if self._problem() or self._worker is not None or self.made_path:
            return
        out = self.path_field.text().strip()
        if not out.endswith(EVENT_SUFFIX):
            out += EVENT_SUFFIX
        for widget in (self.name_field, self.path_field, self.browse_button, self.prepare_button):
            widget.setEnabled(False)
        self.progress.show()
        self._worker = run_job(sync.clone, out, self.name_field.text().strip(), event=self.store.path,
                               finished=lambda made: self._finished(str(made)), failed=self._failed)

    def _finished(self, path: str) -> None:
        self._worker = None
        self.made_path = path
        self.progress.hide()
        self.warning_label.clear()
        name = self.name_field.text().strip()
        self.done_label.setText(
            self.tr("Done: “{name}” is ready in {path}.").format(name=name, path=path) + "\n\n"
            + self.tr("On the other laptop, copy this file to its disk (do not work from the USB stick), open it "
                      "with File ▸ Open event (Ctrl+O), and in the Desks tab choose the same sync folder as "
                      "this desk."))
        self.done_label.show()
        self.adjustSize()
        self.close_button.setFocus()
        self.desk_prepared.emit(path)

    def _failed(self, message: str) -> None:
        self._worker = None
        self.progress.hide()
        for widget in (self.name_field, self.path_field, self.browse_button):
            widget.setEnabled(True)
        self._check()
        if not self.warning_label.text():
            self.warning_label.setText(self.tr("The desk could not be prepared: {error}").format(error=message))

    # ---- closing: never while the copy is made --------------------------------------------------

    def reject(self) -> None:
        if self._worker is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._worker is None:
            super().closeEvent(event)
        else:
            event.ignore()
