"""Words of the window: Qt's own Spanish in its dialogs, shortcuts named one way, counts and numbers."""

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel

from ui.common.i18n import hours_text, install_language, number, qt_translation_folders


def test_qt_spanish_is_in_the_wheel_and_loaded_for_the_file_dialogs(window, qtbot):
    assert any((__import__("pathlib").Path(f) / "qtbase_es.qm").exists() for f in qt_translation_folders())
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Ver en:"
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Buscar en:" in texts and "&Tipo de archivo:" in texts and "&Look in:" not in texts


def test_menus_and_buttons_name_shortcuts_the_same_way(window):
    menu_text = QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert menu_text == "Ctrl+Mayús+N"
    tab_one = window.tab_actions[0].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert tab_one == "Ctrl+1"
    buttons = [b.text() for b in window.checkin_view.buttons]
    assert any(text.endswith("(Ctrl+Mayús+P)") for text in buttons)
    assert not any("Control" in text or "Mayúsculas" in text for text in buttons)


def test_numbers_and_hours_in_the_window_locale(window):
    assert number(100000) == QLocale().toString(100000) and number(100000) != "100000"
    assert hours_text(16.0) == "16"
    assert hours_text(16.5) == QLocale().toString(16.5, "f", 1)  # Peru writes 16.5
    install_language("en")
    try:
        assert number(100000) == "100,000" and hours_text(16.5) == "16.5"
    finally:
        install_language("es")
