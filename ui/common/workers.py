"""One small helper to run a core generator function on QThreadPool.

The core's long jobs (imports, certificate batches, sync) are generator functions that yield
`(done, total)` and return their result. `run_generator` runs one on the global thread pool and
reports through signals; the worker never touches a widget. Connect the signals to methods of
QObjects living in the GUI thread so their slots run there (queued connections).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from innovact_desk.errors import UserError

log = logging.getLogger(__name__)

GeneratorJob = Callable[..., Generator[tuple[int, int], None, Any]]


class WorkerSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class GeneratorWorker(QRunnable):
    """Calls `job(*args)` on a pool thread and drives the generator it returns to the end."""

    def __init__(self, job: GeneratorJob, *args: object) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._job = job
        self._args = args

    def run(self) -> None:
        try:
            steps = self._job(*self._args)
            while True:
                try:
                    done, total = next(steps)
                except StopIteration as stop:
                    result = stop.value
                    break
                self.signals.progressed.emit(done, total)
        except UserError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # a bug: logged with its traceback, shown as one line
            log.exception("background job failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)


def run_generator(
    job: GeneratorJob,
    *args: object,
    progressed: Callable[[int, int], None],
    finished: Callable[[object], None],
    failed: Callable[[str], None],
    pool: QThreadPool | None = None,
) -> GeneratorWorker:
    """Starts `job(*args)` on the pool, its signals already connected (pass bound methods of GUI objects).

    Keep a reference to the returned worker until `finished` or `failed` arrives.
    """
    worker = GeneratorWorker(job, *args)
    worker.setAutoDelete(False)
    worker.signals.progressed.connect(progressed)
    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
