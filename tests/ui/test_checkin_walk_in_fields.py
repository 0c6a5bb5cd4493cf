"""Walk-ins (issue 12): candidates by words of the name, the report fields, names in their usual case."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_checkin_dialogs import open_walk_in, person, rows, view  # noqa: F401  (the fixture)


def focused(combo):
    return QApplication.focusWidget() in (combo, combo.lineEdit())


def test_part_of_a_name_offers_the_person_with_organization_and_document(window, view, qtbot, type_text):  # noqa: F811
    dialog = open_walk_in(view, qtbot)
    type_text(dialog.name_edit, "Wilder Londoño")  # his first surname left out
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    assert dialog.pages.currentIndex() == 1 and dialog.candidates_list.count() == 1
    text = dialog.candidates_list.item(0).text()
    assert text.startswith("Wilder Ñaupari Londoño\n") and "Municipalidad Provincial de Maynas" in text
    assert "1177659826" in text
    assert dialog.new_button.isEnabled()  # not the same document: it may be someone else
    qtbot.keyClick(dialog.candidates_list, Qt.Key.Key_Return)  # Yes, this person

    wilder = person(window.store, "Wilder Ñaupari Londoño")
    assert window.store.standing_checkin(wilder.id, 1).source == "desk"
    assert window.store.count_participants() == 6 and rows(window.store) == 2


def test_a_name_with_two_typed_words_among_three_is_offered_first(window, view, qtbot, type_text):  # noqa: F811
    dialog = open_walk_in(view, qtbot)
    type_text(dialog.name_edit, "Camila Ñaupari")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    names = [dialog.candidates_list.item(i).text().split("\n")[0] for i in range(dialog.candidates_list.count())]
    assert names == ["Camila Bermúdez Ñaupari"]


def test_the_report_fields_are_offered_from_the_roster_and_stored(window, view, qtbot, type_text):  # noqa: F811
    with window.store.transaction():
        window.store.add_participant({"name": "Rosa Vela", "country": "Perú", "gender": "Femenino",
                                      "value_chain": "Cacao", "org_kind": "Cooperativa"})
    dialog = open_walk_in(view, qtbot)
    assert dialog.report_combos["country"].currentText() == ""
    assert [dialog.report_combos["country"].itemText(i) for i in range(dialog.report_combos["country"].count())] \
        == ["Perú"]
    type_text(dialog.name_edit, "Efraín Tananta")
    # Keyboard only: Tab through the form to each field.
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    for _ in range(5):  # organization, email, phone, role, country
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused(dialog.report_combos["country"])
    type_text(QApplication.focusWidget(), "Perú")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Asociación")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Femenino")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused(dialog.report_combos["value_chain"])
    type_text(QApplication.focusWidget(), "Camu camu")
    with qtbot.waitSignal(window.roster_changed):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    efrain = person(window.store, "Efraín Tananta")
    row = window.store.db.execute("SELECT country, org_kind, gender, value_chain FROM participants WHERE id = ?",
                                  [efrain.id]).fetchone()
    assert tuple(row) == ("Perú", "Asociación", "Femenino", "Camu camu")
    assert window.store.standing_checkin(efrain.id, 1).source == "walk_in"


def test_a_name_typed_in_lower_case_is_saved_in_its_usual_case(window, view, qtbot):  # noqa: F811
    dialog = open_walk_in(view, qtbot)
    qtbot.keyClicks(dialog.name_edit, "pedro quispe de la cruz")
    assert dialog.case_row.isVisible()
    assert dialog.case_label.text() == "Se escribirá: Pedro Quispe de la Cruz"
    with qtbot.waitSignal(window.roster_changed):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    row = window.store.db.execute("SELECT name FROM participants WHERE name LIKE '%uispe%'").fetchall()
    assert [r[0] for r in row] == ["Pedro Quispe de la Cruz"]


def test_the_person_can_keep_the_name_as_typed(window, view, qtbot):  # noqa: F811
    dialog = open_walk_in(view, qtbot)
    qtbot.keyClicks(dialog.name_edit, "PEDRO QUISPE")
    assert dialog.case_label.text() == "Se escribirá: Pedro Quispe"
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.keep_case_check.hasFocus()
    qtbot.keyClick(dialog.keep_case_check, Qt.Key.Key_Space)
    assert dialog.keep_case_check.isChecked()
    with qtbot.waitSignal(window.roster_changed):
        qtbot.keyClick(dialog.keep_case_check, Qt.Key.Key_Return)
    row = window.store.db.execute("SELECT name FROM participants WHERE name LIKE '%UISPE%'").fetchall()
    assert [r[0] for r in row] == ["PEDRO QUISPE"]


def test_a_name_in_mixed_case_is_not_touched(view, qtbot):  # noqa: F811
    dialog = open_walk_in(view, qtbot)
    qtbot.keyClicks(dialog.name_edit, "Pedro McDonald")
    assert not dialog.case_row.isVisible() and dialog.fields()["name"] == "Pedro McDonald"
