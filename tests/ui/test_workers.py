from PySide6.QtCore import QObject, QThread

from innovact_desk.errors import UserError
from ui.common.workers import run_generator


class Receiver(QObject):
    """Slots of an object living in the GUI thread, as a dialog's would be."""

    def __init__(self):
        super().__init__()
        self.progress, self.result, self.error, self.threads = [], None, None, set()

    def progressed(self, done, total):
        self.progress.append((done, total))
        self.threads.add(QThread.currentThread())

    def finished(self, result):
        self.result = result
        self.threads.add(QThread.currentThread())

    def failed(self, message):
        self.error = message


def counting(n, seen_threads):
    seen_threads.append(QThread.currentThread())
    for i in range(1, n + 1):
        yield i, n
    return "done"


def refusing():
    raise UserError("the file cannot be read")
    yield 0, 0


def test_a_generator_runs_on_a_pool_thread_and_reports_in_the_gui_thread(qtbot, qapp):
    receiver, job_threads = Receiver(), []
    worker = run_generator(counting, 3, job_threads, progressed=receiver.progressed, finished=receiver.finished,
                           failed=receiver.failed)
    qtbot.waitUntil(lambda: receiver.result is not None)
    assert receiver.result == "done"
    assert receiver.progress == [(1, 3), (2, 3), (3, 3)]
    assert job_threads[0] is not qapp.thread()
    assert receiver.threads == {qapp.thread()}
    assert worker.signals is not None


def test_a_user_error_becomes_its_message(qtbot):
    receiver = Receiver()
    run_generator(refusing, progressed=receiver.progressed, finished=receiver.finished, failed=receiver.failed)
    qtbot.waitUntil(lambda: receiver.error is not None)
    assert receiver.error == "the file cannot be read" and receiver.result is None
