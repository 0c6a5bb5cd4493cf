"""Scans wherever the focus is in the Check-in tab, and certificates scanned at the desk."""

from PySide6.QtCore import Qt

from innovact_desk.certificates import qr

# A certificate's QR text as the printed one carries it (an address, '#', a long number full of 12-digit runs).
CERTIFICATE = "https://verificar.innovact.pe/v#" + str(int.from_bytes(bytes([1]) + bytes(range(1, 120)), "big"))


def person(store, name):
    return next(p for p in store.participants() if p.name == name)


def checkins(store):
    return store.db.execute("SELECT count(*) FROM checkins").fetchone()[0]


def test_a_badge_scanned_into_the_operator_field_checks_in_and_leaves_the_operator_alone(window, qtbot):
    view = window.checkin_view
    wilder = person(window.store, "Wilder Ñaupari Londoño")
    view.operator_edit.setFocus()
    view.operator_edit.setText("Lucia")
    qtbot.keyClicks(view.operator_edit, wilder.code)
    qtbot.keyClick(view.search_field if view.search_field.hasFocus() else view.operator_edit, Qt.Key.Key_Return)

    assert view.operator_edit.text() == "Lucia"
    checkin = window.store.standing_checkin(wilder.id, 1)
    assert checkin is not None and checkin.source == "scan" and checkin.operator == "Lucia"
    assert view.confirmation.name_label.text() == "Wilder Ñaupari Londoño"
    assert view.search_field.hasFocus() and view.search_field.text() == ""


def test_a_name_typed_into_the_operator_field_stays_there(window, qtbot, type_text):
    view = window.checkin_view
    view.operator_edit.setFocus()
    type_text(view.operator_edit, "Lucía Tapullima")
    assert view.operator_edit.text() == "Lucía Tapullima" and view.search_field.text() == ""


def test_a_certificate_scanned_at_the_desk_says_so_and_checks_nobody_in(window, qtbot):
    view = window.checkin_view
    assert qr.parse_qr_text(CERTIFICATE) is not None  # a real certificate text
    before = checkins(window.store)
    view.focus_search()
    qtbot.keyClicks(view.search_field, CERTIFICATE)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)

    assert checkins(window.store) == before
    assert view.confirmation.state == "problem"
    assert view.confirmation.status_label.text() == "ESTO ES UN CERTIFICADO"
    assert "use la pestaña Verificar" in view.confirmation.text()
    assert view.search_field.text() == ""


def test_a_certificate_with_no_enter_and_a_mangled_prefix_is_told_apart_too(window, qtbot, type_text):
    view = window.checkin_view
    before = checkins(window.store)
    view.focus_search()
    type_text(view.search_field, "IDCÑ" + CERTIFICATE.split("#")[1])  # ':' typed as 'Ñ', no Enter
    qtbot.waitUntil(lambda: view.confirmation.state == "problem", timeout=2000)
    assert checkins(window.store) == before and "CERTIFICADO" in view.confirmation.text()


def test_a_certificate_scanned_into_the_operator_field_goes_to_the_search(window, qtbot):
    view = window.checkin_view
    view.operator_edit.setFocus()
    view.operator_edit.setText("Lucia")
    before = checkins(window.store)
    qtbot.keyClicks(view.operator_edit, CERTIFICATE)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    assert view.operator_edit.text() == "Lucia"
    assert checkins(window.store) == before and "CERTIFICADO" in view.confirmation.text()


def test_a_not_found_card_goes_when_the_next_search_starts(window, qtbot, type_text):
    view = window.checkin_view
    view.focus_search()
    qtbot.keyClicks(view.search_field, "zzzz")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    assert view.confirmation.state == "problem"
    view.search_field.clear()
    type_text(view.search_field, "ñaup")
    assert view.confirmation.state == "idle" and view.results_model.rowCount() == 3


def test_after_switching_to_english_the_card_and_a_preset_undo_reason_are_english(window, qtbot):
    view = window.checkin_view
    wilder = person(window.store, "Wilder Ñaupari Londoño")
    view.check_in(wilder, source="scan")
    window.store.undo_checkin(wilder.id, 1, "Persona equivocada")  # picked in the Spanish window
    view.refresh_counts()
    view.check_in(person(window.store, "Jesús Muñoz Gómez"), source="scan")
    assert view.confirmation.status_label.text() == "REGISTRADO"
    window.set_language("en")
    try:
        qtbot.waitUntil(lambda: view.confirmation.status_label.text() == "CHECKED IN")  # LanguageChange is posted
        whats = [view.recent_model.index(r, 3).data() for r in range(view.recent_model.rowCount())]
        assert "↶ UNDO: Wrong person" in whats
    finally:
        window.set_language("es")
