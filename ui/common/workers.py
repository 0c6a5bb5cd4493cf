"""The one way the window runs long work: a core job on QThreadPool, with progress, cancel and its own connection.

A core job is a function. A long one is a generator function that yields `(done, total)` and returns
its result (imports, print runs, badge and sheet PDFs, sync); closing the generator stops it cleanly,
which is how a cancel reaches it. A short one (a preview, reading a QR from a file) is a plain function
and simply returns. `run_job(job, *args, event=path)` calls `job(store, *args)` on a pool thread with
a connection of its own to that event file (SQLite connections stay in the thread that opened them),
closed at the end; without `event` it calls `job(*args)`.

The worker reports through signals and never touches a widget. Its signals object is made in the GUI
thread, so the callbacks `run_job` connects (bound methods of GUI objects, or lambdas) run there.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from innovact_desk.errors import UserError
from innovact_desk.store.event import EventStore
from ui.common.i18n import current_language

log = logging.getLogger(__name__)

Job = Callable[..., Generator[tuple[int, int], None, Any] | Any]


class WorkerSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # what went wrong, in the window's language
    cancelled = Signal()


class Worker:
    """Calls the job on a pool thread and, when it is a generator, drives it to the end or to a cancel.

    The pool holds `run` (and so the worker and its signals) until the job has ended, whoever else keeps it.
    """

    def __init__(self, job: Job, args: tuple, kwargs: dict, event: str | None) -> None:
        self.signals = WorkerSignals()
        self._job, self._args, self._kwargs, self._event = job, args, kwargs, event
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Asks the job to stop before its next step (a generator is closed; its result is dropped)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        store, failure, outcome = None, None, None
        try:
            if self._event is not None:
                store = EventStore.open(self._event)
            args = (store, *self._args) if store is not None else self._args
            outcome = self._job(*args, **self._kwargs)
            if inspect.isgenerator(outcome):
                outcome = self._drive(outcome)
        except UserError as exc:
            failure = exc.words(current_language())
        except Exception as exc:  # a bug: logged with its traceback, shown as one line
            log.exception("background job failed")
            failure = f"{type(exc).__name__}: {exc}"
        finally:
            if store is not None:
                store.close()  # before the news: the GUI may open the file again at once
        if failure is not None:
            self.signals.failed.emit(failure)
        elif self._cancel.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(outcome)

    def _drive(self, steps: Generator) -> Any:
        try:
            while not self._cancel.is_set():
                try:
                    done, total = next(steps)
                except StopIteration as stop:
                    return stop.value
                self.signals.progressed.emit(done, total)
            return None
        finally:
            steps.close()  # a cancelled core job removes what it left unfinished


def run_job(
    job: Job,
    *args: object,
    event: str | None = None,
    progressed: Callable[[int, int], None] | None = None,
    finished: Callable[[object], None] | None = None,
    failed: Callable[[str], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs: object,
) -> Worker:
    """Starts `job(*args, **kwargs)` (with `event`: `job(store, *args, **kwargs)`) on the pool, its signals
    connected to the callbacks given (pass bound methods of GUI objects).

    Keep the returned worker to cancel it or to know that it runs (until `finished`, `failed` or `cancelled`).
    """
    worker = Worker(job, args, kwargs, str(event) if event is not None else None)
    for signal, slot in ((worker.signals.progressed, progressed), (worker.signals.finished, finished),
                         (worker.signals.failed, failed), (worker.signals.cancelled, cancelled)):
        if slot is not None:
            signal.connect(slot)
    (pool or QThreadPool.globalInstance()).start(worker.run)
    return worker
