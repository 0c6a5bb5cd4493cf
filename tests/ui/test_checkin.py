"""The Check-in tab: typed names, scanned badges, the repeat warning, days, counts, keys."""

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from stdnum import luhn

CTRL = Qt.KeyboardModifier.ControlModifier


def rows(store, table="checkins"):
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def person(store, name):
    return next(p for p in store.participants() if p.name == name)


def wrong_check_digit(code):
    return code[:-1] + str((int(code[-1]) + 1) % 10)


def shown_results(view):
    model = view.results_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def view(window):
    view = window.checkin_view
    assert window.tabs.currentWidget() is view
    view.focus_search()
    return view


def test_the_search_field_has_the_focus_when_the_window_opens(window, qtbot):
    qtbot.waitUntil(window.checkin_view.search_field.hasFocus)


def test_typing_a_name_then_down_and_enter_checks_that_person_in(window, view, qtbot, type_text):
    type_text(view.search_field, "ñaup")
    assert shown_results(view) == ["Ana Lucía Pérez Ñaupari", "Camila Bermúdez Ñaupari", "Wilder Ñaupari Londoño"]
    qtbot.keyClick(view.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)

    camila = person(window.store, "Camila Bermúdez Ñaupari")
    checkin = window.store.standing_checkin(camila.id, 1)
    assert checkin is not None and checkin.source == "desk" and checkin.desk_name == "Mesa 1"
    assert view.confirmation.state == "ok"
    assert view.confirmation.icon_label.text() == "✔"
    assert view.confirmation.status_label.text() == "REGISTRADO"
    assert view.confirmation.name_label.text() == "Camila Bermúdez Ñaupari"
    assert view.confirmation.org_label.text() == "Cámara de Comercio del Amazonas · Participante"
    assert view.search_field.text() == "" and view.search_field.hasFocus()


def test_enter_checks_in_the_first_result_by_default(window, view, qtbot):
    qtbot.keyClicks(view.search_field, "quis")  # nobody: nothing to check in
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    assert view.confirmation.state == "problem" and "quis" in view.confirmation.text()

    view.search_field.clear()
    qtbot.keyClicks(view.search_field, "jhon")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert window.store.standing_checkin(person(window.store, "Jhon Jairo Mamani Zúñiga").id, 1)


def test_arrow_keys_move_in_the_results_while_the_focus_stays_in_the_field(view, qtbot, type_text):
    type_text(view.search_field, "muñ")
    assert view.selected_result().name == "Jesús Muñoz Gómez"
    qtbot.keyClick(view.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Down)
    assert view.selected_result().name == "Wilder Ñaupari Londoño"  # "Municipalidad" starts with muñ too
    qtbot.keyClick(view.search_field, Qt.Key.Key_Down)  # stays on the last
    qtbot.keyClick(view.search_field, Qt.Key.Key_Up)
    assert view.selected_result().name == "Noemí Muñoz Panaifo"
    assert view.search_field.hasFocus() and view.search_field.text() == "muñ"


def test_the_results_say_who_is_already_in_today(view, qtbot):
    qtbot.keyClicks(view.search_field, "munoz")
    day_column = view.results_model.columnCount() - 1
    assert view.results_model.headerData(day_column, Qt.Orientation.Horizontal) == "Día 1"
    assert view.results_model.index(0, day_column).data() == ""
    assert view.results_model.index(1, day_column).data().startswith("✔ registrado ")


def test_a_scanned_badge_followed_by_enter_checks_in_once(window, view, qtbot):
    wilder = person(window.store, "Wilder Ñaupari Londoño")
    before = rows(window.store)
    qtbot.keyClicks(view.search_field, wilder.code)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)

    assert rows(window.store) == before + 1
    assert window.store.standing_checkin(wilder.id, 1).source == "scan"
    assert view.confirmation.name_label.text() == "Wilder Ñaupari Londoño"
    assert view.confirmation.status_label.text() == "REGISTRADO"
    assert view.search_field.text() == ""


def test_a_scanned_badge_followed_by_tab_keeps_the_focus_in_the_field(window, view, qtbot):
    ana = person(window.store, "Ana Lucía Pérez Ñaupari")
    qtbot.keyClicks(view.search_field, ana.code)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Tab)

    assert window.store.standing_checkin(ana.id, 1) is not None
    assert view.search_field.hasFocus()
    assert QApplication.focusWidget() is view.search_field
    assert view.confirmation.org_label.text() == "SENA Amazonas · Ponente"


def test_a_scanned_badge_with_no_suffix_checks_in_at_once(window, view, qtbot):
    jesus = person(window.store, "Jesús Muñoz Gómez")
    qtbot.keyClicks(view.search_field, jesus.code)  # no Enter, no Tab
    assert window.store.standing_checkin(jesus.id, 1).source == "scan"
    assert view.search_field.text() == ""


def test_two_scans_in_a_row_check_in_two_people(window, view, qtbot):
    first, second = person(window.store, "Jesús Muñoz Gómez"), person(window.store, "Wilder Ñaupari Londoño")
    qtbot.keyClicks(view.search_field, first.code)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Tab)
    qtbot.keyClicks(view.search_field, second.code)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Tab)
    assert window.store.standing_checkin(first.id, 1) and window.store.standing_checkin(second.id, 1)
    assert view.confirmation.name_label.text() == "Wilder Ñaupari Londoño"


def test_a_wrong_check_digit_asks_to_scan_again_and_records_nothing(window, view, qtbot):
    code = wrong_check_digit(person(window.store, "Jesús Muñoz Gómez").code)
    before = rows(window.store)
    qtbot.keyClicks(view.search_field, code)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)

    assert rows(window.store) == before
    assert view.confirmation.state == "problem" and view.confirmation.icon_label.text() == "✖"
    assert "código mal leído: vuelva a escanear" in view.confirmation.text().lower()
    assert view.search_field.text() == ""  # ready for the next scan


def test_a_valid_code_of_nobody_says_so(window, view, qtbot):
    body = "12345678901"
    code = body + luhn.calc_check_digit(body)
    qtbot.keyClicks(view.search_field, code)
    assert view.confirmation.state == "problem"
    assert code in view.confirmation.text()


def test_someone_already_in_today_is_a_warning_with_time_and_desk_and_nothing_new(window, view, qtbot):
    noemi = person(window.store, "Noemí Muñoz Panaifo")
    first = window.store.standing_checkin(noemi.id, 1)
    before = rows(window.store)
    qtbot.keyClicks(view.search_field, noemi.code)

    assert rows(window.store) == before
    assert view.confirmation.state == "repeat"
    assert view.confirmation.icon_label.text() == "⚠"
    assert view.confirmation.status_label.text() == "YA REGISTRADO"
    assert f"a las {first.at:%H:%M} en Mesa 1" in view.confirmation.detail_label.text()


def test_a_document_number_and_enter_checks_that_person_in(window, view, qtbot):
    qtbot.keyClicks(view.search_field, "1177659826")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    assert window.store.standing_checkin(person(window.store, "Wilder Ñaupari Londoño").id, 1)


def test_a_document_number_and_tab_checks_that_person_in(window, view, qtbot):
    qtbot.keyClicks(view.search_field, "44012132")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Tab)
    assert window.store.standing_checkin(person(window.store, "Camila Bermúdez Ñaupari").id, 1)
    assert view.search_field.hasFocus()


def test_tab_after_a_name_does_nothing_and_keeps_the_focus(window, view, qtbot):
    before = rows(window.store)
    qtbot.keyClicks(view.search_field, "jesus")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Tab)
    assert view.search_field.hasFocus() and view.search_field.text() == "jesus"
    assert rows(window.store) == before


def test_escape_clears_the_field_then_the_confirmation(window, view, qtbot):
    qtbot.keyClicks(view.search_field, "jesus")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    qtbot.keyClicks(view.search_field, "wil")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Escape)
    assert view.search_field.text() == "" and view.results_model.rowCount() == 0
    assert view.confirmation.state == "ok"  # the last person stays until the next
    qtbot.keyClick(view.search_field, Qt.Key.Key_Escape)
    assert view.confirmation.state == "idle"


def test_the_day_is_shown_large_with_its_date_and_a_warning_when_it_is_not_today(view):
    assert view.day_label.text() == "Día 1 (jueves, 5 de marzo de 2026): 1 presente"
    assert view.day_label.font().pointSizeF() > view.help_label.font().pointSizeF() * 1.5
    assert not view.day_warning.isHidden()
    assert view.day_warning.text().startswith("⚠")
    assert "5 de marzo de 2026" in view.day_warning.text()


def test_no_warning_when_the_day_is_today(open_window, make_event, tmp_path):
    from innovact_desk.store.event import EventStore

    store = EventStore.create(tmp_path / "hoy.event", title_es="Hoy", tz="America/Lima", desk_name="Mesa 2")
    store.close()
    window = open_window(tmp_path / "hoy.event")
    today = datetime.now(window.store.tz).date().isoformat()
    assert window.store.event.day(window.checkin_view.day).date == today
    assert window.checkin_view.day_warning.isHidden()


def test_switching_to_day_2_checks_in_for_day_2_only(window, view, qtbot):
    qtbot.keyClick(view.search_field, Qt.Key.Key_PageDown, CTRL)
    assert view.day == 2
    assert view.day_label.text().startswith("Día 2 (viernes, 6 de marzo de 2026)")
    noemi = person(window.store, "Noemí Muñoz Panaifo")
    qtbot.keyClicks(view.search_field, noemi.code)

    assert view.confirmation.state == "ok"  # day 1 does not count for day 2
    assert window.store.standing_checkin(noemi.id, 2) is not None
    jesus = person(window.store, "Jesús Muñoz Gómez")
    qtbot.keyClicks(view.search_field, jesus.code)
    assert window.store.standing_checkin(jesus.id, 2) is not None
    assert window.store.standing_checkin(jesus.id, 1) is None

    qtbot.keyClick(view.search_field, Qt.Key.Key_PageUp, CTRL)
    assert view.day == 1
    qtbot.keyClick(view.search_field, Qt.Key.Key_PageUp, CTRL)  # there is no day 0
    assert view.day == 1


def test_the_counts_per_day_follow_each_check_in(window, view, qtbot):
    assert view.counts_label.text() == "<b>Día 1: 1 / 6 presentes</b>&nbsp;&nbsp;·&nbsp;&nbsp;Día 2: 0 / 6 presentes"
    qtbot.keyClicks(view.search_field, person(window.store, "Jesús Muñoz Gómez").code)
    assert view.counts_label.text() == "<b>Día 1: 2 / 6 presentes</b>&nbsp;&nbsp;·&nbsp;&nbsp;Día 2: 0 / 6 presentes"
    assert view.day_label.text().endswith("2 presentes")


def test_the_last_check_ins_at_this_desk_are_listed_newest_first(window, view, qtbot):
    for name in ("Jesús Muñoz Gómez", "Wilder Ñaupari Londoño"):
        qtbot.keyClicks(view.search_field, person(window.store, name).code)
    model = view.recent_model
    names = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert names == ["Wilder Ñaupari Londoño", "Jesús Muñoz Gómez", "Noemí Muñoz Panaifo"]
    assert model.index(0, 3).data() == "✔ registro"
    assert model.index(0, 0).data() == window.store.standing_checkin(person(window.store, names[0]).id, 1).at.strftime(
        "%H:%M")


def test_the_operator_is_recorded_with_each_check_in_and_remembered(window, view, qtbot, type_text):
    qtbot.keyClick(view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert view.operator_edit.hasFocus()
    type_text(view.operator_edit, "Rosa Tapullima")
    qtbot.keyClick(view.operator_edit, Qt.Key.Key_Return)
    assert view.search_field.hasFocus()
    qtbot.keyClicks(view.search_field, "jesus")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)

    assert window.store.standing_checkin(person(window.store, "Jesús Muñoz Gómez").id, 1).operator == "Rosa Tapullima"
    assert QSettings().value("checkin_operator") == "Rosa Tapullima"
    assert view.recent_model.index(0, 4).data() == "Rosa Tapullima"


def test_text_size_grows_shrinks_and_resets_with_the_keyboard(view, qtbot):
    normal = view.search_field.font().pointSizeF()
    name = view.confirmation.name_label.font().pointSizeF()
    qtbot.keyClick(view.search_field, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Plus, CTRL)
    assert view.search_field.font().pointSizeF() > normal * 1.2
    assert view.confirmation.name_label.font().pointSizeF() > name * 1.2
    qtbot.keyClick(view.search_field, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(view.search_field, Qt.Key.Key_0, CTRL)
    assert view.search_field.font().pointSizeF() == normal


def test_every_desk_action_has_a_shortcut_shown_on_its_button_and_in_the_help_line(view):
    for action, button in zip(view.desk_actions, view.buttons):
        assert button.text().endswith(f"({view._keys(action)})") and "Ctrl+" in button.text()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    help_text = view.help_label.text()
    for keys in ("Enter", "Esc", "Ctrl+N", "Ctrl+Z", "Ctrl+P", "Ctrl+T", "Ctrl++"):
        assert keys in help_text


def test_ctrl_n_is_the_walk_in_and_ctrl_shift_n_the_new_event(window, view, qtbot):
    assert window.new_event_action.shortcut().toString() == "Ctrl+Shift+N"
    qtbot.keyClick(view.search_field, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: view.walk_in_dialog is not None and view.walk_in_dialog.isVisible())
    view.walk_in_dialog.reject()
    qtbot.waitUntil(view.search_field.hasFocus)


def test_the_window_in_english_says_checked_in(window, view, qtbot):
    window.set_language("en")
    qtbot.keyClicks(view.search_field, person(window.store, "Jesús Muñoz Gómez").code)
    assert view.confirmation.status_label.text() == "CHECKED IN"
    assert view.day_label.text() == "Day 1 (Thursday, March 5, 2026): 2 present"


def test_the_day_says_one_present_and_two_present_in_both_languages(window, view, qtbot):
    from ui.common.i18n import install_language

    assert view.day_label.text().startswith("Día 1 (") and view.day_label.text().endswith("): 1 presente")
    install_language("en")
    try:
        qtbot.waitUntil(lambda: view.day_label.text().endswith("): 1 present"))
        qtbot.keyClicks(view.search_field, person(window.store, "Jesús Muñoz Gómez").code)
        assert view.day_label.text().startswith("Day 1 (") and view.day_label.text().endswith("): 2 present")
        assert view.counts_label.text().startswith("<b>Day 1: 2 / 6 present</b>")
    finally:
        install_language("es")
    qtbot.waitUntil(lambda: view.day_label.text().endswith("): 2 presentes"))
    assert view.counts_label.text().startswith("<b>Día 1: 2 / 6 presentes</b>")
