from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from innovact_desk.roster.importer import plan_import


def choose_file(monkeypatch, path):
    """The one thing mocked: the operating system's file dialog answers with `path`."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def start_import(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.import_dialog
    qtbot.waitExposed(dialog)
    return dialog


def finish(dialog, qtbot):
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Import (the mapping as shown)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    return dialog.summary_text.toPlainText()


def test_importing_the_spanish_excel_csv_fills_the_table(open_window, empty_event_path, fixtures_dir, monkeypatch,
                                                        qtbot):
    window = open_window(empty_event_path)
    choose_file(monkeypatch, fixtures_dir / "roster-excel-es.csv")
    dialog = start_import(window, qtbot)
    assert dialog.mapping() == {"given_names": 0, "surnames": 1, "document": 2, "organization": 3, "position": 4,
                                "email": 5, "phone": 6}
    assert dialog.import_button.isEnabled() and not dialog.name_warning.isVisible()

    with qtbot.waitSignal(window.roster_changed, timeout=10000):
        summary = finish(dialog, qtbot)
    assert "Añadidos: 20" in summary
    assert dialog.summary_label.text().startswith("Importación terminada: 20 añadidos")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Close
    qtbot.waitUntil(lambda: not dialog.isVisible())

    window.tabs.setCurrentWidget(window.participants_view)  # read when first opened
    view = window.participants_view
    assert view.model.rowCount() == 20
    assert view.count_label.text() == "20 participantes"
    assert view.proxy.index(0, 0).data() == "Ana Lucía Pérez Ñaupari"
    assert window.import_action.isEnabled()


def test_the_window_is_locked_while_the_import_runs(open_window, empty_event_path, fixtures_dir, monkeypatch, qtbot):
    window = open_window(empty_event_path)
    choose_file(monkeypatch, fixtures_dir / "roster-excel-es.csv")
    dialog = start_import(window, qtbot)
    with qtbot.waitSignal(dialog.import_finished, timeout=10000):
        dialog.start()
        assert not window.import_action.isEnabled() and not window.open_event_action.isEnabled()
    assert window.import_action.isEnabled() and window.participants_view.edit_action.isEnabled()


def test_a_file_without_a_name_column_asks_which_column_holds_names(open_window, empty_event_path, tmp_path,
                                                                    monkeypatch, qtbot):
    roster = tmp_path / "lista.csv"
    roster.write_text("Persona;Entidad\nRosa Tuesta Ríos;IIAP\nPedro Quispe;Caballococha\n", encoding="utf-8")
    window = open_window(empty_event_path)
    choose_file(monkeypatch, roster)
    dialog = start_import(window, qtbot)
    assert not dialog.import_button.isEnabled()
    assert dialog.name_warning.text().startswith("Elija la columna que contiene los nombres")

    combo = dialog.mapping_table.cellWidget(0, 2)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "— ignore —" -> the first field, the full name
    assert combo.currentText() == "Nombre completo"
    assert dialog.import_button.isEnabled()

    assert "Añadidos: 2" in finish(dialog, qtbot)
    assert window.store.count_participants() == 2
    assert plan_import(window.store, str(roster)).mapping["name"] == 0  # remembered for the next file like it


def test_choosing_a_field_twice_keeps_it_in_one_column(open_window, empty_event_path, fixtures_dir, monkeypatch,
                                                       qtbot):
    window = open_window(empty_event_path)
    choose_file(monkeypatch, fixtures_dir / "roster-excel-es.csv")
    dialog = start_import(window, qtbot)
    email_combo = dialog.mapping_table.cellWidget(6, 2)  # Teléfono
    email_combo.setCurrentIndex(email_combo.findData("email"))
    assert dialog.mapping()["email"] == 6 and 5 not in dialog.mapping().values()


def test_the_summary_lists_duplicates_and_skipped_rows_with_their_row_numbers(
        open_window, empty_event_path, tmp_path, monkeypatch, qtbot):
    roster = tmp_path / "registro.csv"
    roster.write_text(
        "Nombres y apellidos,DNI,Correo\n"
        "Rosa Tuesta Ríos,41234567,rosa@ejemplo.org\n"
        ",55555555,\n"
        "ROSA TUESTA RIOS,41234567,\n"
        "Pedro Quispe,42345678,pedro@@ejemplo\n",
        encoding="utf-8")
    window = open_window(empty_event_path)
    choose_file(monkeypatch, roster)
    summary = finish(start_import(window, qtbot), qtbot)
    assert "fila 4: igual que la fila 2" in summary
    assert "fila 3: sin nombre" in summary
    assert "fila 5: correo electrónico mal formado: pedro@@ejemplo" in summary


def test_an_unreadable_file_is_a_message(window, tmp_path, monkeypatch, message_boxes, qtbot):
    picture = tmp_path / "foto.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    choose_file(monkeypatch, picture)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.import_dialog is None
    assert message_boxes[0][0] == "No se puede leer la lista de participantes"
