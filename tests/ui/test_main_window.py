from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog

from innovact_desk.store.event import EventStore
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.new_event_dialog import NewEventDialog


def test_window_opens_on_the_event_with_its_title_and_desk_in_the_status_bar(window):
    assert window.findChild(type(window.event_label), "eventTitleLabel").text() == "Taller de innovación en Iquitos"
    assert window.desk_label.text() == "Mesa: Mesa 1"
    assert window.windowTitle().startswith("Taller de innovación en Iquitos")


def test_tabs_are_in_spanish_by_default(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Registro", "Participantes", "Certificados", "Verificar", "Reportes", "Mesas"]


def test_the_check_in_tab_says_the_day_and_how_many_are_present(window):
    assert window.checkin_view.day_label.text() == "Día 1 (jueves, 5 de marzo de 2026): 1 presente"


def test_switching_language_retranslates_the_window_at_once(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Participants")
    assert window.tabs.tabText(0) == "Check-in"
    assert window.file_menu.title() == "&File"
    assert window.event_label.text() == "Innovation workshop in Iquitos"
    assert window.desk_label.text() == "Desk: Mesa 1"
    assert window.participants_view.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert window.english_action.isChecked()

    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Participantes")
    assert window.participants_view.model.headerData(0, Qt.Orientation.Horizontal) == "Nombre"


def test_the_language_chosen_is_used_at_the_next_start(open_window, event_path, qtbot):
    first = open_window(event_path)
    first.english_action.trigger()
    assert QSettings().value("language") == "en"
    first.close()

    window = open_window(event_path)
    assert window.tabs.tabText(0) == "Check-in" and window.english_action.isChecked()


def test_a_file_that_is_not_an_event_is_a_message_not_a_traceback(window, tmp_path, message_boxes):
    bad = tmp_path / "lista.csv"
    bad.write_text("Nombres;Apellidos\n", encoding="utf-8")

    assert window.open_event(str(bad)) is False

    (title, text), = message_boxes
    assert title == "No se puede abrir el evento"
    assert str(bad) in text and "no es un archivo de evento" in text
    assert window.event_label.text() == "Taller de innovación en Iquitos"  # the open event stays open


def test_a_missing_file_names_its_path(window, tmp_path, message_boxes):
    assert window.open_event(str(tmp_path / "no-existe.event")) is False
    assert str(tmp_path / "no-existe.event") in message_boxes[0][1]


def test_an_unnamed_desk_is_asked_its_name_once(open_window, make_event, tmp_path, desk_name_prompts, qtbot):
    make_event(tmp_path / "nueva.event", desk_name="").close()
    desk_name_prompts["answer"] = ("Mesa 3", True)

    window = open_window(tmp_path / "nueva.event")
    qtbot.waitUntil(lambda: window.desk_label.text() == "Mesa: Mesa 3")
    window.open_event(str(tmp_path / "nueva.event"))
    qtbot.wait(50)

    assert desk_name_prompts["count"] == 1
    with EventStore.open(tmp_path / "nueva.event") as store:
        assert store.self_desk.name == "Mesa 3"


def test_without_a_path_the_window_opens_the_last_event(open_window, event_path, qtbot):
    first = open_window(event_path)
    first.close()

    window = create_main_window(None)
    qtbot.addWidget(window)
    assert window.store.path == event_path


def test_the_first_start_opens_the_demo_event(qtbot):
    from innovact_desk.roster.demo import demo_event_path

    window = create_main_window(None)
    qtbot.addWidget(window)
    assert window.store.path == demo_event_path()
    assert window.participants_view.model.rowCount() == 0  # not read until the tab is first opened
    window.tabs.setCurrentWidget(window.participants_view)
    assert window.participants_view.model.rowCount() > 20


def test_a_tab_not_shown_reads_a_change_when_it_is_shown(window, qtbot):
    view = window.participants_view
    window.tabs.setCurrentWidget(view)
    rows = view.model.rowCount()
    window.tabs.setCurrentWidget(window.checkin_view)
    window.store.add_participant({"name": "Pedro Quispe Flores", "document": "70112233"})
    window.roster_changed.emit()
    assert view.model.rowCount() == rows  # hidden: not read yet
    window.tabs.setCurrentWidget(view)
    assert view.model.rowCount() == rows + 1


def test_recent_events_menu_lists_opened_events(window, empty_event_path):
    window.open_event(str(empty_event_path))
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[0].startswith("&1  vacio.event") and texts[1].startswith("&2  taller.event")


def test_new_event_dialog_creates_the_file(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "curso"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog = NewEventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_es_edit, "Curso binacional")
    qtbot.keyClicks(dialog.title_en_edit, "Binational course")
    dialog.days_spin.setValue(3)
    dialog.tz_combo.setCurrentText("America/Lima")
    qtbot.keyClick(dialog.title_es_edit, Qt.Key.Key_Return)

    assert dialog.created_path == str(target) + ".event"
    with EventStore.open(dialog.created_path) as store:
        assert store.event.title_es == "Curso binacional"
        assert [d.number for d in store.event.days] == [1, 2, 3]
        assert store.self_desk.name == "Mesa 1"


def test_every_menu_action_has_a_keyboard_shortcut(window):
    actions = [a for a in window.findChildren(QAction) if a.objectName().endswith("Action")]
    assert len(actions) >= 10
    assert all(not a.shortcut().isEmpty() for a in actions), [a.objectName() for a in actions if a.shortcut().isEmpty()]


def test_ctrl_2_shows_the_participants_tab(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.participants_view


def test_the_main_window_is_found_by_its_object_name(window):
    """Screenshots and tests find the window among the application's top-level widgets by its name."""
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    assert found == [window] and type(window) is MainWindow
