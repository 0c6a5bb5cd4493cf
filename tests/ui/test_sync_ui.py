from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from innovact_desk.store.event import EventStore
from innovact_desk.sync import folder as sync
from ui.desks.table_models import CONFLICT_COLUMNS, DESK_COLUMNS

LIMA = ZoneInfo("America/Lima")
QUIET = {"debounce_ms": 60_000, "poll_ms": 60_000, "local_delay_ms": 60_000}  # only the button syncs
QUICK = {"debounce_ms": 200, "poll_ms": 300, "local_delay_ms": 200}


@pytest.fixture
def second_path(event_path):
    """Mesa 2: a clone of the event of the `window` fixture (Mesa 1, where Noemí was checked in on day 1)."""
    with EventStore.open(event_path) as store:
        return sync.clone(store, event_path.parent / "mesa2.event", "Mesa 2")


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "usb" / "innovact-sync"
    path.mkdir(parents=True)
    return path


@pytest.fixture
def desks_view(window, qtbot):
    view = window.desks_view
    yield view
    qtbot.waitUntil(lambda: not view.sync.is_running(), timeout=10_000)  # no worker outlives its test folder


def check_in_at(path, search, hour, minute=0):
    with EventStore.open(path) as store:
        person = store.search(search).participants[0]
        store.check_in(person.id, 1, at=datetime(2026, 3, 5, hour, minute, tzinfo=LIMA))
        return person


def sync_file(path, folder):
    with EventStore.open(path) as store:
        return sync.sync(store, folder)


def choose_folder(view, folder, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(folder)))
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.sync.is_running() and "Última sincronización" in view.result_label.text())


def rows(model, columns):
    return [{name: model.index(row, column).data() for column, name in enumerate(columns)}
            for row in range(model.rowCount())]


def desk_rows(view):
    return {row["name"]: row for row in rows(view.desks_model, DESK_COLUMNS)}


def merged_from_mesa_2(view) -> bool:
    """The other desk's check-in arrived (its row is there from the clone on: the desk that made it knows it)."""
    return not view.sync.is_running() and desk_rows(view).get("Mesa 2", {}).get("checkins") == "1"


def test_the_sync_button_brings_another_desks_check_ins(window, desks_view, second_path, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUIET)
    choose_folder(desks_view, folder, qtbot, monkeypatch)
    camila = check_in_at(second_path, "camila", 9, 5)
    sync_file(second_path, folder)

    qtbot.mouseClick(desks_view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merged_from_mesa_2(desks_view))

    assert desk_rows(desks_view)["Mesa 2"]["checkins"] == "1"
    assert desk_rows(desks_view)["Mesa 1 — esta mesa"]["checkins"] == "1"
    assert "enviados 0, recibidos 1, conflictos: 0" in desks_view.result_label.text()
    with EventStore.open(window.store.path) as store:
        assert store.days_attended()[camila.id] == [1]
    assert window.store.present_count(1) == 2  # the window's own views read it too


def test_the_chosen_folder_is_kept_in_the_event_and_shown_present(window, desks_view, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUIET)
    choose_folder(desks_view, folder, qtbot, monkeypatch)

    assert desks_view.folder_label.text() == str(folder)
    assert desks_view.presence_label.text() == "✓ La carpeta está presente."
    with EventStore.open(window.store.path) as store:
        assert store.setting("sync_folder") == str(folder)


def test_a_stick_pulled_out_shows_as_absent(window, desks_view, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUICK)
    choose_folder(desks_view, folder, qtbot, monkeypatch)
    folder.rename(folder.with_name("elsewhere"))

    qtbot.waitUntil(lambda: "no está" in desks_view.presence_label.text(), timeout=5000)
    assert "conecte la memoria USB" in desks_view.presence_label.text()


def test_a_person_checked_in_at_both_desks_is_a_conflict_with_both_desk_names(
        window, desks_view, second_path, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUIET)
    wilder = window.store.search("wilder").participants[0]
    window.store.check_in(wilder.id, 1, at=datetime(2026, 3, 5, 9, 10, tzinfo=LIMA))
    check_in_at(second_path, "wilder", 9, 40)
    sync_file(second_path, folder)

    choose_folder(desks_view, folder, qtbot, monkeypatch)

    conflict, = rows(desks_view.conflicts_model, CONFLICT_COLUMNS)
    assert conflict["kind"] == "Registrado dos veces"
    assert conflict["name"] == "Wilder Ñaupari Londoño" and conflict["code"] == wilder.code
    assert conflict["detail"] == "día 1: Mesa 1 09:10, Mesa 2 09:40"
    assert "conflictos: 1" in desks_view.result_label.text()


def test_new_conflicts_show_on_the_tab_title_and_in_the_status_bar_until_looked_at(
        window, desks_view, second_path, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUIET)
    window.store.check_in(window.store.search("wilder").participants[0].id, 1)
    check_in_at(second_path, "wilder", 9, 40)
    sync_file(second_path, folder)

    choose_folder(desks_view, folder, qtbot, monkeypatch)

    desks_tab = window.tabs.indexOf(desks_view)
    assert window.tabs.tabText(desks_tab) == "Mesas (1)"
    assert window.statusBar().currentMessage() == "Sincronización: 1 conflicto nuevo; vea la pestaña Mesas."
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is desks_view
    assert window.tabs.tabText(desks_tab) == "Mesas"


def test_f5_syncs_from_any_tab(window, desks_view, second_path, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUIET)
    choose_folder(desks_view, folder, qtbot, monkeypatch)
    check_in_at(second_path, "camila", 9, 5)
    sync_file(second_path, folder)

    qtbot.keyClick(window, Qt.Key.Key_F5)

    qtbot.waitUntil(lambda: merged_from_mesa_2(desks_view))
    assert window.tabs.currentWidget() is window.checkin_view


def test_auto_sync_picks_up_a_journal_written_into_the_folder(
        window, desks_view, second_path, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUICK)
    choose_folder(desks_view, folder, qtbot, monkeypatch)
    camila = check_in_at(second_path, "camila", 9, 5)

    sync_file(second_path, folder)  # Mesa 2's journal appears in the folder; nothing is pressed here

    qtbot.waitUntil(lambda: merged_from_mesa_2(desks_view), timeout=15_000)
    assert window.store.days_attended()[camila.id] == [1]


def test_a_check_in_here_reaches_the_folder_on_its_own(window, desks_view, second_path, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUICK)
    choose_folder(desks_view, folder, qtbot, monkeypatch)
    jesus = window.store.search("jesus").participants[0]

    window.store.check_in(jesus.id, 1)
    window.checkin_view.participant_checked_in.emit(jesus.id)

    qtbot.waitUntil(lambda: "enviados 1" in desks_view.result_label.text(), timeout=15_000)
    sync_file(second_path, folder)
    with EventStore.open(second_path) as store:
        assert store.days_attended()[jesus.id] == [1]


def test_a_sync_does_not_set_off_another_by_writing_its_own_journal(
        window, desks_view, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUICK)
    started = []
    desks_view.sync.sync_started.connect(lambda: started.append(1))

    choose_folder(desks_view, folder, qtbot, monkeypatch)  # writes this desk's journal: 6 people
    qtbot.wait(2000)  # several polls and debounces

    assert len(started) == 1
    assert sync.journal_file(window.store, folder).is_file()


def test_prepare_another_desk_makes_an_event_file_for_the_other_laptop(window, desks_view, tmp_path, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = desks_view.clone_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.name_field.text() == "Mesa 2"
    out = tmp_path / "usb" / "mesa-3.event"
    out.parent.mkdir()

    dialog.name_field.selectAll()
    qtbot.keyClicks(dialog.name_field, "Mesa 3")
    dialog.path_field.selectAll()
    qtbot.keyClicks(dialog.path_field, str(out))
    qtbot.mouseClick(dialog.prepare_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.made_path == str(out))
    with EventStore.open(out) as copy:
        assert copy.self_desk.name == "Mesa 3"
        assert copy.event.id == window.store.event.id
        assert copy.count_participants() == 6
    assert "Archivo ▸ Abrir evento" in dialog.done_label.text()
    assert "la misma carpeta de sincronización" in dialog.done_label.text()


def test_the_new_desk_needs_its_own_name_and_a_new_file(window, desks_view, event_path, qtbot):
    desks_view.prepare_desk_action.trigger()
    dialog = desks_view.clone_dialog

    dialog.name_field.selectAll()
    qtbot.keyClicks(dialog.name_field, "Mesa 1")
    assert not dialog.prepare_button.isEnabled()
    assert "Ya hay una mesa llamada «Mesa 1»" in dialog.warning_label.text()

    dialog.name_field.selectAll()
    qtbot.keyClicks(dialog.name_field, "Mesa 2")
    dialog.path_field.selectAll()
    qtbot.keyClicks(dialog.path_field, str(event_path))
    assert not dialog.prepare_button.isEnabled()
    assert "nunca se sobrescribe" in dialog.warning_label.text()


def test_a_damaged_line_in_another_desks_journal_is_listed_in_words(
        window, desks_view, second_path, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUIET)
    check_in_at(second_path, "camila", 9, 5)
    sync_file(second_path, folder)
    with EventStore.open(second_path) as store, open(sync.journal_file(store, folder), "ab") as journal:
        journal.write(b'{"v": 1, "cut short\n')

    choose_folder(desks_view, folder, qtbot, monkeypatch)

    assert [desks_view.problems_list.item(i).text() for i in range(desks_view.problems_list.count())] == [
        "diario de Mesa 2, línea 3: no es una línea del diario (cortada o dañada); se omitió"]
    assert "Mesa 2" in desk_rows(desks_view)  # the rest merged


def test_syncing_with_the_stick_pulled_out_says_so(window, desks_view, folder, qtbot, monkeypatch):
    desks_view.sync.set_intervals(**QUIET)
    choose_folder(desks_view, folder, qtbot, monkeypatch)
    folder.rename(folder.with_name("elsewhere"))

    qtbot.mouseClick(desks_view.sync_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "falló" in window.statusBar().currentMessage())
    assert "conecte la memoria USB" in window.statusBar().currentMessage()
    assert f"El último intento falló: {folder}: no existe esa carpeta (conecte la memoria USB" in desks_view.result_label.text()


def test_competing_corrections_are_worded_in_the_window_language(window, desks_view, second_path, folder, qtbot,
                                                                  monkeypatch):
    from datetime import UTC, datetime, timedelta

    desks_view.sync.set_intervals(**QUIET)
    wilder = window.store.search("wilder").participants[0]
    noon = datetime.now(UTC) + timedelta(hours=1)  # later than every clock the desks have read so far
    window.store.clock = lambda: noon
    window.store.update_participant(wilder.id, {"organization": "SENA Leticia"})
    with EventStore.open(second_path) as other:
        other.clock = lambda: noon + timedelta(milliseconds=1)  # Mesa 2 corrects later
        other.update_participant(wilder.id, {"organization": "SENA Amazonas"})
    sync_file(second_path, folder)

    choose_folder(desks_view, folder, qtbot, monkeypatch)

    conflict, = rows(desks_view.conflicts_model, CONFLICT_COLUMNS)
    assert conflict["kind"] == "Corrección en conflicto"
    assert conflict["detail"] == ("Institución: 'SENA Leticia' (Mesa 1); 'SENA Amazonas' (Mesa 2); "
                                  "se mantuvo 'SENA Amazonas'")
