"""Paper from the desk (badges, the day's sign-in sheet, printing) and the Participants tab's day filter."""

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ui.common import print_helpers

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def pdf_pages(path):
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document.pageCount()


def pdf_text(path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def view(window):
    view = window.checkin_view
    view.focus_search()
    return view


def pdf_dialog(view, qtbot):
    qtbot.waitUntil(lambda: view.pdf_dialog is not None and view.pdf_dialog.isVisible())
    return view.pdf_dialog


def test_ctrl_p_prints_the_badge_of_the_person_just_checked_in(window, view, qtbot):
    qtbot.keyClicks(view.search_field, "wilder")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    qtbot.keyClick(view.search_field, Qt.Key.Key_P, CTRL)

    dialog = pdf_dialog(view, qtbot)
    assert dialog.windowTitle() == "Credenciales"
    assert "Wilder Ñaupari Londoño" in dialog.summary_label.text()
    assert pdf_pages(dialog.pdf_path) == 1
    assert "Wilder Ñaupari" in pdf_text(dialog.pdf_path)


def test_ctrl_p_prints_the_badge_of_the_person_selected_in_the_results(window, view, qtbot, type_text):
    type_text(view.search_field, "ñaup")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(view.search_field, Qt.Key.Key_P, CTRL)
    assert "Camila Bermúdez Ñaupari" in pdf_dialog(view, qtbot).summary_label.text()


def test_ctrl_p_with_nobody_chosen_says_whose_badge(view, qtbot):
    qtbot.keyClick(view.search_field, Qt.Key.Key_P, CTRL)
    assert view.pdf_dialog is None
    assert view.confirmation.status_label.text() == "¿CREDENCIAL DE QUIÉN?"


def test_all_badges_fit_eight_to_an_a4_page(view, qtbot):
    qtbot.keyClick(view.search_field, Qt.Key.Key_P, CTRL | SHIFT)
    dialog = pdf_dialog(view, qtbot)
    assert dialog.summary_label.text().startswith("6 credenciales; hojas A4: 1.")
    assert pdf_pages(dialog.pdf_path) == 1


def test_the_sign_in_sheet_is_for_the_chosen_day(view, qtbot):
    qtbot.keyClick(view.search_field, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(view.search_field, Qt.Key.Key_H, CTRL | SHIFT)
    dialog = pdf_dialog(view, qtbot)
    assert dialog.windowTitle() == "Hoja de asistencia"
    assert dialog.summary_label.text().startswith("Hoja de asistencia del día 2 (viernes, 6 de marzo de 2026): 6 personas")
    assert "Día 2: 6 de marzo de 2026" in pdf_text(dialog.pdf_path)


def test_open_pdf_hands_the_file_to_the_pdf_viewer_and_returns_to_the_field(view, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    qtbot.keyClick(view.search_field, Qt.Key.Key_P, CTRL | SHIFT)
    dialog = pdf_dialog(view, qtbot)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert opened == [QUrl.fromLocalFile(dialog.pdf_path)]
    assert not dialog.isVisible()
    qtbot.waitUntil(view.search_field.hasFocus)


def test_print_is_the_default_and_goes_through_print_pdf(view, qtbot, monkeypatch):
    printed = []
    monkeypatch.setattr(print_helpers, "print_pdf", lambda parent, path: printed.append(path) or True)
    qtbot.keyClick(view.search_field, Qt.Key.Key_P, CTRL | SHIFT)
    dialog = pdf_dialog(view, qtbot)
    assert dialog.print_button.isDefault()
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Return)
    assert printed == [dialog.pdf_path]


def test_render_pdf_draws_every_page_onto_the_printer(view, qtbot, tmp_path):
    qtbot.keyClick(view.search_field, Qt.Key.Key_H, CTRL | SHIFT)
    source = pdf_dialog(view, qtbot).pdf_path
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    assert print_helpers.render_pdf(source, printer) == pdf_pages(source)
    assert pdf_pages(tmp_path / "printed.pdf") == pdf_pages(source)


def test_render_pdf_of_a_file_that_is_not_a_pdf_prints_nothing(tmp_path):
    bad = tmp_path / "roto.pdf"
    bad.write_text("no es un PDF")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    assert print_helpers.render_pdf(bad, printer) == 0


def test_temporary_pdf_paths_are_fresh(tmp_path):
    first, second = print_helpers.temporary_pdf_path("badges"), print_helpers.temporary_pdf_path("badges")
    assert first != second and Path(first).parent.is_dir()


# ---- the Participants tab: present and absent on a day ---------------------------------------------


def show_participants(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    return window.participants_view


def names(view):
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def test_the_participants_tab_filters_present_and_absent_on_a_day(window, qtbot):
    view = show_participants(window, qtbot)
    combo = view.day_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Todos", "Presentes día 1", "Ausentes día 1", "Presentes día 2", "Ausentes día 2"]
    combo.setCurrentIndex(combo.findText("Presentes día 1"))
    combo.activated.emit(combo.currentIndex())
    assert names(view) == ["Noemí Muñoz Panaifo"]
    assert view.count_label.text() == "1 de 6"
    combo.setCurrentIndex(combo.findText("Ausentes día 1"))
    combo.activated.emit(combo.currentIndex())
    assert len(names(view)) == 5 and "Noemí Muñoz Panaifo" not in names(view)


def test_a_check_in_at_the_desk_shows_in_the_attendance_grid(window, qtbot):
    checkin = window.checkin_view
    checkin.focus_search()
    qtbot.keyClicks(checkin.search_field, "jhon")
    qtbot.keyClick(checkin.search_field, Qt.Key.Key_Return)
    view = show_participants(window, qtbot)
    row = names(view).index("Jhon Jairo Mamani Zúñiga")
    assert view.proxy.index(row, 5).data() == "✓ presente"


def test_badges_and_sheets_are_saved_beside_the_event_never_in_tmp(window, view, qtbot):
    view.print_all_badges()
    dialog = pdf_dialog(view, qtbot)
    assert Path(dialog.pdf_path).parent == Path(window.store.path).resolve().parent
    assert Path(dialog.pdf_path).name.startswith("credenciales-") and pdf_pages(dialog.pdf_path) >= 1
    assert "Guardado en" in dialog.summary_label.text()
    dialog.reject()


def test_the_folder_chosen_for_paper_is_remembered(window, view, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    chosen = tmp_path / "impresiones"
    chosen.mkdir()
    QSettings().setValue("paper_folder", str(chosen))
    view.print_sign_in_sheet()
    dialog = pdf_dialog(view, qtbot)
    assert Path(dialog.pdf_path).parent == chosen and "Wilder" in pdf_text(dialog.pdf_path)
    dialog.reject()


def test_a_pdf_is_made_off_the_window_thread(window, view, qtbot, monkeypatch):
    import threading

    from ui.checkin import view as checkin_view

    threads = []
    real = checkin_view.render_badges

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(checkin_view, "render_badges", watched)
    view.print_all_badges()
    pdf_dialog(view, qtbot).reject()
    assert threads and threads[0] is not threading.main_thread()
