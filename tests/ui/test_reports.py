from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog


def cell(view, row, column):
    return view.model.index(row, column).data()


def test_reports_tab_counts_attendance_by_role(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.reports_view
    assert window.tabs.currentWidget() is view
    assert view.summary.text() == "Inscritos: 6  ·  Día 1, presentes: 1  ·  Día 2, presentes: 0"
    view.dimension_combo.setCurrentIndex(view.dimension_combo.findData("role"))
    last = view.model.rowCount() - 1
    assert cell(view, last, 0) == "Total" and cell(view, last, 1) == "6"
    assert cell(view, last, 2) == "1 (17 %)" and cell(view, last, 3) == "0 (0 %)"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Categoría", "Inscritos", "Día 1 presentes", "Día 2 presentes", "Todos los días"]


def test_a_check_in_shows_in_the_report_when_it_is_opened_again(window, qtbot):
    store = window.store
    person = store.search("jesus").participants[0]
    store.check_in(person.id, 2)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert "Día 2, presentes: 1" in window.reports_view.summary.text()


def test_export_from_the_reports_tab_writes_the_file(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "asistencia"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(window.reports_view.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "asistencia.xlsx"
    assert written.exists()
    from openpyxl import load_workbook

    names = [c.value for c in load_workbook(written).active["B"]][1:]
    assert "Noemí Muñoz Panaifo" in names and len(names) == 6


def test_the_report_itself_goes_to_excel(window, qtbot, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    target = tmp_path / "informe.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(window.reports_view.report_button, Qt.MouseButton.LeftButton)
    assert load_workbook(target).sheetnames[0] == "Tipo de organización"
