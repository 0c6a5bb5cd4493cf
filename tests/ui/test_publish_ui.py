"""The Certificates tab publishes the verifier page, and its settings dialog takes the verification address."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def private_keys(tmp_path, monkeypatch):
    monkeypatch.setenv("INNOVACT_KEY_DIR", str(tmp_path / "keys"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def view(open_window, make_event, tmp_path, qtbot):
    path = tmp_path / "curso.event"
    make_event(path, [{"name": "Rosa Ñaupari"}]).close()
    window = open_window(path)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.certificates_view.isVisible)
    return window.certificates_view


def test_publish_writes_the_site_and_says_where_it_goes(view, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, title, text, *a, **k: shown.append(text)))
    assert view.buttons["publishVerifierPageAction"].text().replace("&", "") == "Publicar página de verificación…"
    view.publish_page_to(str(tmp_path / "sitio"))
    assert (tmp_path / "sitio" / "index.html").is_file() and any((tmp_path / "sitio" / "bundles").glob("*.json"))
    assert "no tiene dirección de verificación" in shown[0]


def test_the_settings_dialog_sets_the_verification_address(view, qtbot):
    qtbot.mouseClick(view.buttons["certificateSettingsAction"], Qt.MouseButton.LeftButton)
    dialog = view.settings_dialog
    qtbot.waitUntil(lambda: bool(dialog.preview.pdf) and not dialog.is_drawing(), timeout=15000)
    dialog.verify_url_field.setText("https://verificar.example.org/")
    dialog.save()
    assert view.store.event.verify_url == "https://verificar.example.org/"


def test_a_scan_without_enter_is_answered_on_its_own(open_window, make_event, tmp_path, qtbot):
    from innovact_desk.certificates import pdf as certpdf

    path = tmp_path / "otro.event"
    store = make_event(path, [{"name": "Jesús Muñoz Gómez"}])
    for person in store.participants():
        store.check_in(person.id, 1)
        store.check_in(person.id, 2)
    pdf = tmp_path / "c.pdf"
    certpdf.run_to_end(certpdf.print_certificates(store, pdf))
    store.close()
    window = open_window(path)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.verify_view
    qtbot.waitUntil(view.isVisible)
    view.field.setFocus()
    qtbot.keyClicks(view.field, certpdf.scan_file(pdf))  # no Enter: some scanners send none
    qtbot.waitUntil(lambda: view.panel.verdict == "valid", timeout=5000)
    assert view.panel.name_label.text() == "Jesús Muñoz Gómez" and view.field.text() == ""
