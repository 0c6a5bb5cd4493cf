"""Keeping this desk in step with the others: when to sync, and running the sync off the GUI thread.

The sync folder is kept in the event file (setting `sync_folder`), so each desk's file knows its own.
While the folder is there, the desk syncs on its own: a QFileSystemWatcher on the event's subfolder
reports another desk's journal changing, a poll catches what the watcher cannot see (a USB stick
plugged in again, a network or Syncthing folder), and a local change (a check-in, a correction)
asks for a sync a few seconds later. A sync writes this desk's own journal, which the watcher also
reports: only the other desks' journals (name, size, time) decide whether there is news, so a sync
never triggers itself. One sync runs at a time; a request during a sync runs once more after it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from innovact_desk.store.event import EventStore
from innovact_desk.sync import folder as sync
from ui.common.workers import Worker, run_job

FOLDER_SETTING = "sync_folder"
REPORT_SETTING = "sync_last_report"  # the last sync's counts and problems, shown after a restart too

Signature = tuple[tuple[str, int, int], ...]


def sync_and_keep_report(store: EventStore, folder: str) -> Generator[tuple[int, int], None, sync.SyncReport]:
    """Runs on a worker: the core's sync steps (a cancel stops it between steps), and its counts and problems
    kept in the event file for the next start."""
    report = yield from sync.sync_steps(store, folder)
    store.set_setting(REPORT_SETTING, json.dumps(
        {"sent": report.sent, "received": report.received, "conflicts": len(report.conflicts),
         "notes": report.notes, "warnings": report.warnings}, ensure_ascii=False))
    return report


def saved_report(store: EventStore) -> dict | None:
    """The last sync's {sent, received, conflicts, notes}, as the worker saved it."""
    try:
        return json.loads(store.setting(REPORT_SETTING) or "null")
    except ValueError:
        return None


class SyncController(QObject):
    """Owns the folder, the watcher, the timers and the one worker; the views only listen."""

    sync_started = Signal()
    sync_finished = Signal(object)  # sync.SyncReport
    sync_failed = Signal(str)  # the core's message
    folder_changed = Signal()  # the chosen folder, or whether it is present, changed

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = 2000, poll_ms: int = 5000,
                 local_delay_ms: int = 4000) -> None:
        super().__init__(parent)
        self.store: EventStore | None = None
        self._folder = ""
        self.debounce_ms = debounce_ms
        self.local_delay_ms = local_delay_ms
        self.last_error = ""
        self._worker: Worker | None = None
        self._worker_path = ""
        self._again = False  # a request arrived while a sync ran
        self._paused = False
        self._present = False
        self._seen: Signature | None = None  # the other desks' journals as of the last sync
        self._watcher = QFileSystemWatcher(self)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._watcher.directoryChanged.connect(self._folder_touched)
        self._watcher.fileChanged.connect(self._folder_touched)
        self._soon.timeout.connect(self.sync_now)
        self._poll.timeout.connect(self._look)

    def set_intervals(self, *, debounce_ms: int, poll_ms: int, local_delay_ms: int) -> None:
        """How soon a sync follows news in the folder, how often the folder is looked at, and how soon a
        sync follows a change here (tests make them short or long)."""
        self.debounce_ms = debounce_ms
        self.local_delay_ms = local_delay_ms
        self._poll.setInterval(poll_ms)

    # ---- the event and its folder -------------------------------------------------------------

    def set_store(self, store: EventStore | None) -> None:
        self.cancel()  # a sync of the event being left stops after its current step
        self.store = store
        self._folder = (store.setting(FOLDER_SETTING) or "") if store else ""
        self.last_error = ""
        self._seen = None
        self._again = False
        self._soon.stop()
        self._present = self._folder_present()
        self._rewatch()
        if store is None:
            self._poll.stop()
        else:
            self._poll.start()
            if self._present:
                self._schedule(self.debounce_ms)  # what the others did while this desk was closed

    def folder(self) -> str:
        """The chosen sync folder ('' when none), kept in the event file."""
        return self._folder

    def set_folder(self, folder: str) -> None:
        if self.store is None:
            return
        self.store.set_setting(FOLDER_SETTING, folder)
        self._folder = folder
        self._seen = None
        self.last_error = ""
        self._present = self._folder_present()
        self._rewatch()
        self.folder_changed.emit()
        if self._present:
            self._schedule(0)

    def is_present(self) -> bool:
        return self._present

    def is_running(self) -> bool:
        return self._worker is not None

    def set_paused(self, paused: bool) -> None:
        """While another background job writes to the event file (an import), syncs wait."""
        self._paused = paused
        if not paused and self._again:
            self._schedule(0)

    def local_change(self, *_args: object) -> None:
        """A check-in or a correction here: the other desks hear of it a few seconds later."""
        if self.store is not None and self._present:
            self._schedule(self.local_delay_ms)

    # ---- syncing --------------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Starts a sync unless one runs (then it runs once more after it); False when it cannot start."""
        self._soon.stop()
        if self.store is None or not self.folder():
            return False
        if self._worker is not None or self._paused:
            self._again = True
            return False
        self._again = False
        self._present = self._folder_present()
        self._seen = self._others_signature()
        self._worker_path = str(self.store.path)
        self._worker = run_job(sync_and_keep_report, self.folder(), event=self._worker_path,
                               finished=self._finished, failed=self._failed)
        self.sync_started.emit()
        return True

    def cancel(self) -> None:
        """Stops a running sync after the step it is in (what it merged so far stays)."""
        if self._worker is not None:
            self._worker.cancel()

    def _finished(self, report: sync.SyncReport) -> None:
        if not self._done_with_worker():
            return
        self.last_error = ""  # the store reads its clock in each transaction: the worker's move is seen
        self.sync_finished.emit(report)
        self._after_run()

    def _failed(self, message: str) -> None:
        if not self._done_with_worker():
            return
        self.last_error = message  # tried again at the next change, poll news, F5, or stick plugged in
        self.sync_failed.emit(message)
        self._after_run()

    def _done_with_worker(self) -> bool:
        """True when the sync that ended was of the event still open."""
        path, self._worker, self._worker_path = self._worker_path, None, ""
        if self.store is None or str(self.store.path) != path:
            if self.store is not None and self._again:
                self._schedule(0)
            return False
        return True

    def _after_run(self) -> None:
        if self._again:
            self._schedule(0)

    def _schedule(self, delay_ms: int) -> None:
        """A sync after `delay_ms`, unless one is already due sooner."""
        if self._worker is not None:
            self._again = True
            return
        if not self._soon.isActive() or self._soon.remainingTime() > delay_ms:
            self._soon.start(delay_ms)

    # ---- watching the folder ---------------------------------------------------------------------

    def _folder_present(self) -> bool:
        folder = self.folder()
        return bool(folder) and os.path.isdir(folder)

    def _event_folder(self) -> Path | None:
        folder = self.folder()
        return sync.event_folder(self.store, folder) if folder and self.store else None

    def _own_journal(self) -> Path | None:
        folder = self.folder()
        return sync.journal_file(self.store, folder) if folder and self.store else None

    def _others_signature(self) -> Signature:
        """Each other desk's journal by name, size and time: what tells there is news."""
        here, own = self._event_folder(), self._own_journal()
        if here is None or not here.is_dir():
            return ()
        found = []
        try:
            for path in here.glob("*.journal"):
                if path != own:
                    stat = path.stat()
                    found.append((path.name, stat.st_size, stat.st_mtime_ns))
        except OSError:  # the stick went away while looking
            return ()
        return tuple(sorted(found))

    def _rewatch(self) -> None:
        """Watches the event's subfolder and the other desks' journals (the folder itself until it exists)."""
        wanted: set[str] = set()
        if self.store is not None and self._folder_present():
            here, own = self._event_folder(), self._own_journal()
            try:
                if here.is_dir():
                    wanted.add(str(here))
                    wanted.update(str(p) for p in here.glob("*.journal") if p != own)
                else:
                    wanted.add(self.folder())
            except OSError:  # the stick went away while looking
                wanted.clear()
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def _folder_touched(self, _path: str) -> None:
        self._rewatch()  # a new desk's journal, or the subfolder appearing
        self._look_for_news()

    def _look(self) -> None:
        """The poll: whether the folder came or went, and news the watcher missed."""
        if self.store is None:
            return
        present = self._folder_present()
        if present != self._present:
            self._present = present
            self._rewatch()
            self.folder_changed.emit()
            if present:
                self._seen = None  # a stick plugged in again: whatever is on it, and whatever waits here
        elif present:
            self._rewatch()
        self._look_for_news()

    def _look_for_news(self) -> None:
        if self.store is None or not self._present or self._worker is not None:
            return
        if self._seen is None or self._others_signature() != self._seen:
            self._schedule(self.debounce_ms)
