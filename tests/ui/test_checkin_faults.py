"""A check-in that cannot be recorded says so on a red card, whatever stopped it: never a silent miss."""

import sqlite3

from PySide6.QtCore import Qt


def rows(store):
    return store.db.execute("SELECT count(*) FROM checkins").fetchone()[0]


def scan(view, qtbot, store, name):
    person = next(p for p in store.participants() if p.name == name)
    view.search_field.setText(person.code)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    return person


def test_a_desk_kept_waiting_by_another_writer_shows_not_recorded(window, qtbot):
    view, store = window.checkin_view, window.store
    before = rows(store)
    store.db.conn.execute("PRAGMA busy_timeout = 50")  # the test does not wait the real 10 s
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a sync holding the write lock
    try:
        scan(view, qtbot, store, "Camila Bermúdez Ñaupari")
        assert view.confirmation.state == "problem"
        assert view.confirmation.status_label.text() == "NO REGISTRADO"
        assert "no registrado" in view.confirmation.detail_label.text()
        assert str(store.path) in view.confirmation.detail_label.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert rows(store) == before
    scan(view, qtbot, store, "Camila Bermúdez Ñaupari")  # the lock gone, the next scan is recorded
    assert view.confirmation.state == "ok" and rows(store) == before + 1


def test_an_unexpected_failure_is_shown_too(window, qtbot, monkeypatch):
    view, store = window.checkin_view, window.store
    before = rows(store)

    def broken(*args, **kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(store, "check_in", broken)
    scan(view, qtbot, store, "Camila Bermúdez Ñaupari")
    assert view.confirmation.state == "problem"
    assert view.confirmation.status_label.text() == "NO REGISTRADO"
    assert "the disk went away" in view.confirmation.detail_label.text()
    assert rows(store) == before
