from PySide6.QtCore import QPoint, Qt

from innovact_desk.store.event import EventStore


def shown_names(window):
    view = window.participants_view
    return [view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())]


def show_participants(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    return window.participants_view


def test_the_table_lists_everyone_in_name_order(window, qtbot):
    view = show_participants(window, qtbot)
    assert view.count_label.text() == "6 participantes"
    assert shown_names(window) == [
        "Ana Lucía Pérez Ñaupari", "Camila Bermúdez Ñaupari", "Jesús Muñoz Gómez", "Jhon Jairo Mamani Zúñiga",
        "Noemí Muñoz Panaifo", "Wilder Ñaupari Londoño",
    ]


def test_columns_are_named_once_with_a_column_per_day(window, qtbot):
    show_participants(window, qtbot)  # a tab reads the event when first opened
    model = window.participants_view.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Nombre", "Institución", "Documento", "Rol", "Código de credencial", "Día 1", "Día 2"]


def test_a_day_attended_shows_a_check_mark_and_a_word(window, qtbot):
    show_participants(window, qtbot)  # a tab reads the event when first opened
    view = window.participants_view
    row = shown_names(window).index("Noemí Muñoz Panaifo")
    assert view.proxy.index(row, 5).data() == "✓ presente"
    assert view.proxy.index(row, 6).data() == ""
    assert view.proxy.index(row, 6).data(Qt.ItemDataRole.ToolTipRole) == "Ausente el día 2"


def test_roles_are_shown_in_the_window_language(window, qtbot):
    show_participants(window, qtbot)  # a tab reads the event when first opened
    row = shown_names(window).index("Ana Lucía Pérez Ñaupari")
    assert window.participants_view.proxy.index(row, 3).data() == "Ponente"


def test_typing_with_an_accent_narrows_to_the_munoz_rows(window, qtbot, type_text):
    view = show_participants(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_field.hasFocus()
    type_text(view.search_field, "muñoz")
    assert shown_names(window) == ["Jesús Muñoz Gómez", "Noemí Muñoz Panaifo"]
    assert view.count_label.text() == "2 de 6"


def test_while_typing_those_whose_name_matches_come_first(window, qtbot, type_text):
    view = show_participants(window, qtbot)
    type_text(view.search_field, "muñ")  # also the start of "Municipalidad"
    assert shown_names(window) == ["Jesús Muñoz Gómez", "Noemí Muñoz Panaifo", "Wilder Ñaupari Londoño"]


def test_typing_without_accents_finds_the_same_rows(window, qtbot):
    view = show_participants(window, qtbot)
    qtbot.keyClicks(view.search_field, "MUNOZ")
    assert shown_names(window) == ["Jesús Muñoz Gómez", "Noemí Muñoz Panaifo"]


def test_search_matches_the_start_of_words_of_the_organization_too(window, qtbot):
    view = show_participants(window, qtbot)
    qtbot.keyClicks(view.search_field, "sena")
    assert shown_names(window) == ["Ana Lucía Pérez Ñaupari", "Jhon Jairo Mamani Zúñiga"]
    view.search_field.clear()
    qtbot.keyClicks(view.search_field, "ena")  # not the start of a word
    assert shown_names(window) == []
    assert view.count_label.text() == "0 de 6"


def test_clicking_a_column_title_sorts_by_it(window, qtbot):
    view = show_participants(window, qtbot)
    header = view.table.horizontalHeader()
    organization = QPoint(header.sectionViewportPosition(1) + 10, header.height() // 2)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=organization)
    organizations = [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]
    assert organizations[0] == "Asociación de Productores de Cacao Nativo de Loreto"
    assert organizations[-1] == "SENA Amazonas"

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=organization)
    assert view.proxy.index(0, 1).data() == "SENA Amazonas"


def test_sorting_by_name_ignores_accents(window, qtbot):
    view = show_participants(window, qtbot)
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_names(window)[:2] == ["Wilder Ñaupari Londoño", "Noemí Muñoz Panaifo"]


def test_f2_corrects_the_selected_participant(window, qtbot, type_text, event_path):
    view = show_participants(window, qtbot)
    qtbot.keyClicks(view.search_field, "wilder")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)  # Enter goes to the first row
    qtbot.keyClick(view.table, Qt.Key.Key_F2)

    dialog = view.edit_dialog
    qtbot.waitExposed(dialog)
    assert dialog.name_edit.text() == "Wilder Ñaupari Londoño"
    dialog.name_edit.selectAll()
    type_text(dialog.name_edit, "Wílder Ñaupari Londoño")
    with qtbot.waitSignal(window.roster_changed):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "Wílder Ñaupari Londoño" in shown_names(window))
    assert view.selected_participant().name == "Wílder Ñaupari Londoño"
    with EventStore.open(event_path) as store:
        entry = store.audit_log(view.selected_participant().id)[-1]
        assert (entry.action, entry.field, entry.after) == ("edit", "name", "Wílder Ñaupari Londoño")


def test_double_click_opens_the_correction_with_role_and_language(window, qtbot):
    view = show_participants(window, qtbot)
    row = shown_names(window).index("Jhon Jairo Mamani Zúñiga")
    cell = view.table.visualRect(view.proxy.index(row, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a person's double click
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # starts with a press

    dialog = view.edit_dialog
    qtbot.waitExposed(dialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("speaker"))
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: view.proxy.index(shown_names(window).index("Jhon Jairo Mamani Zúñiga"), 3).data() == "Ponente")
    assert window.store.search("jhon").participants[0].lang == "en"


def test_a_correction_that_changes_nothing_writes_nothing(window, qtbot):
    view = show_participants(window, qtbot)
    view._focus_table()
    before = len(window.store.audit_log())
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    dialog = view.edit_dialog
    qtbot.waitExposed(dialog)
    assert dialog.name_edit.text() == view.selected_participant().name
    with qtbot.waitSignal(dialog.accepted), qtbot.assertNotEmitted(window.roster_changed):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # accepted as it is: nothing to write
    assert not dialog.isVisible()
    assert len(window.store.audit_log()) == before
