"""The desk's dialogs: walk-ins with the people they may already be, undo with a reason, paper sheets."""

import pytest
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def rows(store, where="1"):
    return store.db.execute(f"SELECT count(*) FROM checkins WHERE {where}").fetchone()[0]


def person(store, name):
    return next(p for p in store.participants() if p.name == name)


@pytest.fixture
def view(window):
    view = window.checkin_view
    view.focus_search()
    return view


def activated(qtbot, dialog):
    """The dialog in front and active, as a window manager makes it (offscreen Qt has none)."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def open_walk_in(view, qtbot):
    qtbot.keyClick(view.search_field, Qt.Key.Key_N, CTRL)
    return activated(qtbot, view.walk_in_dialog)


# ---- walk-ins --------------------------------------------------------------------------------------


def test_a_walk_in_nobody_knows_is_created_and_checked_in(window, view, qtbot, type_text):
    dialog = open_walk_in(view, qtbot)
    type_text(dialog.name_edit, "Pedro Quispe Ahuanari")
    qtbot.keyClicks(dialog.document_edit, "70112233")
    type_text(dialog.organization_edit, "Cooperativa Agraria Cacaotera de Caballococha")
    qtbot.keyClicks(dialog.phone_edit, "+51 965 000 111")
    with qtbot.waitSignal(window.roster_changed):
        qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)

    pedro = person(window.store, "Pedro Quispe Ahuanari")
    assert pedro.document == "70112233" and pedro.phone == "+51 965 000 111"
    assert window.store.standing_checkin(pedro.id, 1).source == "walk_in"
    assert window.store.count_participants() == 7
    assert dialog.pages.currentIndex() == 2 and dialog.confirmation.status_label.text() == "REGISTRADO"
    assert view.confirmation.name_label.text() == "Pedro Quispe Ahuanari"
    assert view.counts_label.text().startswith("<b>Día 1: 2 / 7 presentes")


def test_the_walk_in_offers_the_same_name_and_choosing_it_checks_that_person_in(window, view, qtbot, type_text):
    dialog = open_walk_in(view, qtbot)
    type_text(dialog.name_edit, "JESUS MUNOZ GOMEZ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    assert dialog.pages.currentIndex() == 1
    assert dialog.candidates_label.text().startswith("¿Es alguna de estas personas?")
    assert dialog.existing_button.text() == "&Sí, es esta persona (registrar)"
    assert dialog.new_button.text() == "&No, es otra persona (crear)"
    assert dialog.candidates_list.item(0).text().startswith("Jesús Muñoz Gómez\n    Asociación de Productores")
    qtbot.keyClick(dialog.candidates_list, Qt.Key.Key_Return)  # Yes, this person

    jesus = person(window.store, "Jesús Muñoz Gómez")
    assert window.store.standing_checkin(jesus.id, 1) is not None
    assert window.store.count_participants() == 6
    assert rows(window.store) == 2  # Noemí's and his, nothing twice
    assert view.confirmation.name_label.text() == "Jesús Muñoz Gómez"


def test_the_walk_in_offered_someone_else_creates_a_new_person(window, view, qtbot, type_text):
    dialog = open_walk_in(view, qtbot)
    type_text(dialog.name_edit, "Jesús Muñoz Gómez")
    qtbot.keyClicks(dialog.document_edit, "80990011")  # another document: another Jesús
    qtbot.keyClick(dialog.document_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1 and dialog.new_button.isEnabled()
    qtbot.keyClick(dialog.candidates_list, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2)  # a mnemonic clicks after a short animation

    same_name = [p for p in window.store.participants() if p.name == "Jesús Muñoz Gómez"]
    assert len(same_name) == 2 and window.store.count_participants() == 7
    newcomer = next(p for p in same_name if p.document == "80990011")
    assert window.store.standing_checkin(newcomer.id, 1) is not None
    original = next(p for p in same_name if p.document == "15317735")
    assert window.store.standing_checkin(original.id, 1) is None


def test_the_same_document_is_the_same_person_so_create_is_not_offered(window, view, qtbot, type_text):
    dialog = open_walk_in(view, qtbot)
    type_text(dialog.name_edit, "Wilder Naupari")
    qtbot.keyClicks(dialog.document_edit, "1177659826")
    qtbot.keyClick(dialog.document_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1
    assert not dialog.new_button.isEnabled()
    assert "misma persona" in dialog.same_note.text()


def test_a_walk_in_already_present_is_a_repeat_warning(window, view, qtbot, type_text):
    dialog = open_walk_in(view, qtbot)
    type_text(dialog.name_edit, "Noemí Muñoz Panaifo")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert "⚠ ya registrado el día 1" in dialog.candidates_list.item(0).text()
    qtbot.keyClick(dialog.candidates_list, Qt.Key.Key_Return)
    assert dialog.confirmation.status_label.text() == "YA REGISTRADO"
    assert rows(window.store) == 1


def test_a_walk_in_needs_a_name_and_a_well_formed_email(window, view, qtbot):
    dialog = open_walk_in(view, qtbot)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 0 and dialog.problem_label.text() == "Falta el nombre."
    qtbot.keyClicks(dialog.name_edit, "Rosa Vela")
    qtbot.keyClicks(dialog.email_edit, "rosa.vela@")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 0 and "rosa.vela@" in dialog.problem_label.text()
    assert window.store.count_participants() == 6


def test_the_walk_in_form_starts_with_what_the_desk_had_typed(view, qtbot):
    qtbot.keyClicks(view.search_field, "Pedro Quispe")
    dialog = open_walk_in(view, qtbot)
    assert dialog.name_edit.text() == "Pedro Quispe"


def test_after_a_walk_in_the_badge_can_be_printed_at_once(window, view, qtbot, type_text):
    dialog = open_walk_in(view, qtbot)
    type_text(dialog.name_edit, "Efraín Tananta")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.print_button.isDefault()
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: view.pdf_dialog is not None and view.pdf_dialog.isVisible())
    assert "Efraín Tananta" in view.pdf_dialog.summary_label.text()
    view.pdf_dialog.reject()
    qtbot.waitUntil(view.search_field.hasFocus)


# ---- undo ------------------------------------------------------------------------------------------


def test_ctrl_z_undoes_the_last_check_in_with_a_reason(window, view, qtbot, type_text):
    jesus = person(window.store, "Jesús Muñoz Gómez")
    qtbot.keyClicks(view.search_field, jesus.code)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Z, CTRL)
    dialog = activated(qtbot, view.undo_dialog)
    assert "Jesús Muñoz Gómez" in dialog.what_label.text()

    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Return)  # no reason yet: nothing happens
    assert dialog.isVisible() and rows(window.store, "kind = 'undo'") == 0
    type_text(dialog.reason_combo.lineEdit(), "Persona equivocada")
    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Return)

    undo = window.store.db.execute("SELECT reason, annuls FROM checkins WHERE kind = 'undo'").fetchall()
    assert [u[0] for u in undo] == ["Persona equivocada"]
    assert window.store.standing_checkin(jesus.id, 1) is None
    assert view.confirmation.status_label.text() == "REGISTRO ANULADO"
    whats = [view.recent_model.index(r, 3).data() for r in range(view.recent_model.rowCount())]
    assert whats[:2] == ["↶ ANULACIÓN: Persona equivocada", "✔ registro — anulado"]
    assert view.counts_label.text().startswith("<b>Día 1: 1 / 6")
    qtbot.waitUntil(view.search_field.hasFocus)


def test_undo_takes_the_row_chosen_in_the_last_check_ins(window, view, qtbot, type_text):
    for name in ("Jesús Muñoz Gómez", "Wilder Ñaupari Londoño"):
        qtbot.keyClicks(view.search_field, person(window.store, name).code)
    view.recent_view.selectRow(1)  # Jesús, not the last one
    qtbot.keyClick(view.search_field, Qt.Key.Key_Z, CTRL)
    assert "Jesús Muñoz Gómez" in view.undo_dialog.what_label.text()
    view.undo_dialog.reason_combo.setCurrentIndex(1)
    qtbot.keyClick(view.undo_dialog.reason_combo, Qt.Key.Key_Return)
    assert window.store.standing_checkin(person(window.store, "Jesús Muñoz Gómez").id, 1) is None
    assert window.store.standing_checkin(person(window.store, "Wilder Ñaupari Londoño").id, 1) is not None


def test_undo_with_nothing_to_undo_says_so(window, view, qtbot):
    qtbot.keyClick(view.search_field, Qt.Key.Key_PageDown, CTRL)  # day 2: nobody in yet
    qtbot.keyClick(view.search_field, Qt.Key.Key_Z, CTRL)
    assert view.undo_dialog is None
    assert view.confirmation.status_label.text() == "NADA QUE ANULAR"


def test_an_undone_person_can_be_checked_in_again(window, view, qtbot):
    noemi = person(window.store, "Noemí Muñoz Panaifo")
    window.store.undo_checkin(noemi.id, 1, "prueba")
    view.refresh()
    qtbot.keyClicks(view.search_field, noemi.code)
    assert view.confirmation.status_label.text() == "REGISTRADO"


# ---- paper sheets ----------------------------------------------------------------------------------


def test_a_paper_sheet_is_typed_up_at_the_time_it_was_signed(window, view, qtbot):
    wilder = person(window.store, "Wilder Ñaupari Londoño")
    qtbot.keyClick(view.search_field, Qt.Key.Key_T, CTRL)
    dialog = activated(qtbot, view.sheet_dialog)
    dialog.lines_edit.setPlainText(f"{wilder.code}\n43068724\n44012132 Camila\n99999999\n")
    assert not dialog.check_in_button.isEnabled()  # no time yet
    qtbot.keyClicks(dialog.time_edit, "09:10")
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)

    report = dialog.report
    assert [p.name for _line, p in report.checked_in] == ["Wilder Ñaupari Londoño", "Camila Bermúdez Ñaupari"]
    assert [p.name for _line, p, _c in report.already] == ["Noemí Muñoz Panaifo"]
    assert report.not_found == ["99999999"]
    checkin = window.store.standing_checkin(wilder.id, 1)
    assert (checkin.at.strftime("%Y-%m-%d %H:%M"), checkin.source) == ("2026-03-05 09:10", "sheet")
    assert dialog.summary_label.text() == "Registrados: 2 · ya estaban: 1 · no encontrados: 1"
    assert "99999999" in dialog.result_edit.toPlainText()
    assert view.counts_label.text().startswith("<b>Día 1: 3 / 6")


def test_a_sheet_line_with_a_misread_badge_code_is_not_found(window, view, qtbot):
    code = person(window.store, "Jesús Muñoz Gómez").code
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    qtbot.keyClick(view.search_field, Qt.Key.Key_T, CTRL)
    dialog = activated(qtbot, view.sheet_dialog)
    dialog.lines_edit.setPlainText(wrong)
    qtbot.keyClicks(dialog.time_edit, "10:00")
    qtbot.keyClick(dialog.lines_edit, Qt.Key.Key_Return, CTRL)
    assert dialog.report.not_found == [wrong]
    assert rows(window.store) == 1
