import sqlite3
import threading

import pytest
from PySide6.QtCore import QObject, QThread

from innovact_desk.errors import UserError
from innovact_desk.store.event import EventStore
from ui.common.i18n import install_language
from ui.common.workers import run_job


class Receiver(QObject):
    """Slots of an object living in the GUI thread, as a dialog's would be."""

    def __init__(self):
        super().__init__()
        self.progress, self.result, self.error, self.threads = [], None, None, set()
        self.ended = self.was_cancelled = False

    def progressed(self, done, total):
        self.progress.append((done, total))
        self.threads.add(QThread.currentThread())

    def finished(self, result):
        self.result, self.ended = result, True
        self.threads.add(QThread.currentThread())

    def failed(self, message):
        self.error, self.ended = message, True

    def cancelled(self):
        self.was_cancelled = self.ended = True

    def slots(self):
        return {"progressed": self.progressed, "finished": self.finished, "failed": self.failed,
                "cancelled": self.cancelled}


def counting(n, seen_threads):
    seen_threads.append(QThread.currentThread())
    for i in range(1, n + 1):
        yield i, n
    return "done"


@pytest.fixture
def event(tmp_path):
    path = tmp_path / "w.event"
    EventStore.create(path, title_es="Taller", tz="America/Lima").close()
    return path


def test_a_generator_runs_on_a_pool_thread_and_reports_in_the_gui_thread(qtbot, qapp):
    receiver, job_threads = Receiver(), []
    run_job(counting, 3, job_threads, **receiver.slots())
    qtbot.waitUntil(lambda: receiver.ended)
    assert receiver.result == "done"
    assert receiver.progress == [(1, 3), (2, 3), (3, 3)]
    assert job_threads[0] is not qapp.thread()
    assert receiver.threads == {qapp.thread()}


def test_a_plain_function_is_a_job_too_and_its_return_is_the_result(qtbot):
    receiver = Receiver()
    run_job(lambda a, b=0: a + b, 2, b=3, **receiver.slots())
    qtbot.waitUntil(lambda: receiver.ended)
    assert receiver.result == 5 and receiver.progress == []


def test_with_an_event_the_job_gets_its_own_connection_closed_at_the_end(qtbot, event, qapp):
    receiver, seen = Receiver(), {}

    def title_of(store):
        seen["store"], seen["thread"] = store, QThread.currentThread()
        return store.event.title("es")

    run_job(title_of, event=event, **receiver.slots())
    qtbot.waitUntil(lambda: receiver.ended)
    assert receiver.result == "Taller"
    assert seen["thread"] is not qapp.thread()
    with pytest.raises(sqlite3.ProgrammingError):  # closed by the worker once the job ended
        seen["store"].db.conn.execute("select 1")


def test_a_cancel_closes_the_generator_and_reports_cancelled_not_finished(qtbot):
    receiver, step, closed = Receiver(), threading.Event(), []

    def endless():
        try:
            yield 0, 2
            while True:
                step.wait(5)
                yield 1, 2
        finally:
            closed.append(True)  # a core job removes its unfinished file here

    worker = run_job(endless, **receiver.slots())
    qtbot.waitUntil(lambda: bool(receiver.progress))
    worker.cancel()
    step.set()
    qtbot.waitUntil(lambda: receiver.ended)
    assert receiver.was_cancelled and receiver.result is None and closed == [True]


def test_a_user_error_becomes_its_words_in_the_window_language(qtbot, qapp):
    def refusing():
        raise UserError("store.no_event_file", path="x.event")

    install_language("es")
    try:
        receiver = Receiver()
        run_job(refusing, **receiver.slots())
        qtbot.waitUntil(lambda: receiver.ended)
        assert receiver.error == UserError("store.no_event_file", path="x.event").words("es")
        assert "x.event" in receiver.error and receiver.result is None
    finally:
        install_language("en")


def test_a_bug_is_one_line_with_its_kind(qtbot):
    def broken():
        yield 0, 1
        raise ValueError("bad state")

    receiver = Receiver()
    run_job(broken, **receiver.slots())
    qtbot.waitUntil(lambda: receiver.ended)
    assert receiver.error == "ValueError: bad state"
