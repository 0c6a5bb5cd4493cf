import subprocess

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import register
from innovact_desk.store.event import EventStore
from innovact_desk.verify import verifier as verification
from ui.verify.camera_scanner import CameraScanner, decode_qr, grey_bytes


@pytest.fixture(autouse=True)
def private_keys(tmp_path, monkeypatch):
    """Signing keys and the trust store in this test's own folder."""
    monkeypatch.setenv("INNOVACT_KEY_DIR", str(tmp_path / "keys"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def issued(tmp_path, make_event):
    """An event where Jesús and Noemí came both days and got their certificates: (event path, PDF, store data)."""
    path = tmp_path / "curso.event"
    store = make_event(path, [
        {"name": "Jesús Muñoz Gómez", "organization": "Asociación de Productores de Cacao", "document": "15317735"},
        {"name": "Noemí Muñoz Panaifo", "organization": "Municipalidad de Maynas", "document": "43068724",
         "role": "speaker"},
    ])
    for person in store.participants():
        store.check_in(person.id, 1)
        store.check_in(person.id, 2)
    pdf = tmp_path / "certificados.pdf"
    certpdf.run_to_end(certpdf.print_certificates(store, pdf))
    store.close()
    return path, pdf


def qr_text_of(pdf):
    return certpdf.scan_file(pdf)


@pytest.fixture
def verify(open_window, issued, qtbot):
    window = open_window(issued[0])
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.verify_view
    qtbot.waitUntil(view.isVisible)
    qtbot.waitUntil(lambda: view.field.hasFocus())
    return view


def scan(qtbot, view, text):
    """What a USB scanner does: types the text, then Enter."""
    view.field.setFocus()
    qtbot.keyClicks(view.field, text)
    qtbot.keyClick(view.field, Qt.Key.Key_Return)


def test_a_scanned_certificate_shows_valid_and_whose_it_is(verify, issued, qtbot):
    scan(qtbot, verify, qr_text_of(issued[1]))

    assert verify.panel.verdict == "valid"
    assert verify.panel.verdict_label.text() == "VÁLIDO"
    assert verify.panel.icon_label.text() == "✔"
    assert verify.panel.name_label.text() == "Jesús Muñoz Gómez"
    details = {k: v.text() for k, v in verify.panel.detail_labels.items()}
    assert details["Evento"] == "Taller de innovación en Iquitos"
    assert details["Días asistidos"] == "1 y 2 — del 5 al 6 de marzo de 2026"
    assert details["Rol"] == "Participante"
    assert details["Revisión"] == "0"
    assert verify.field.text() == ""  # ready for the next scan


def test_a_garbled_prefix_from_a_spanish_keyboard_does_no_harm(verify, issued, qtbot, type_text):
    text = qr_text_of(issued[1])
    verify.field.setFocus()
    type_text(verify.field, "IDCÑ" + text.removeprefix("IDC:"))
    qtbot.keyClick(verify.field, Qt.Key.Key_Return)
    assert verify.panel.verdict == "valid"


def visible_texts(panel):
    return [label.text() for label in panel.findChildren(QLabel) if label.isVisible() and label.text()]


def test_a_changed_digit_shows_altered_and_nothing_of_what_it_says(verify, issued, qtbot):
    text = qr_text_of(issued[1])
    verify.field.setText(text)  # a genuine one first: none of its details may stay on screen
    verify.verify_field()
    QApplication.processEvents()  # shows the new labels; labels let go of are deleted only later
    assert "Taller de innovación en Iquitos" in visible_texts(verify.panel)
    digit = text[-5]
    verify.field.setText(text[:-5] + str((int(digit) + 1) % 10) + text[-4:])
    verify.verify_field()
    QApplication.processEvents()

    assert verify.panel.verdict == "tampered"
    assert verify.panel.verdict_label.text() == "ALTERADO"
    assert verify.panel.icon_label.text() == "✖"
    shown = " ".join(visible_texts(verify.panel))
    assert "Jesús" not in shown and "Taller" not in shown and "Participante" not in shown


@pytest.mark.parametrize("garbage", ["hola", "1" * 99, "0" + "1" * 150, "9" * 800, "ABCD-EFGH-JKMN-PQ", "\x00\ufffd"])
def test_anything_else_shows_unreadable(verify, qtbot, garbage):
    verify.field.setText(garbage)
    verify.verify_field()
    assert verify.panel.verdict == "unreadable"
    assert verify.panel.verdict_label.text() == "ILEGIBLE"


def test_a_typed_code_is_looked_up_in_the_register(verify, issued, qtbot):
    with EventStore.open(issued[0]) as store:
        code = register.current_certificates(store)[store.search("jesus").participants[0].id].code
    scan(qtbot, verify, code.lower().replace("-", " "))

    assert verify.field.selectedText() == verify.field.text() != ""  # kept, to correct a typo
    assert verify.panel.verdict == "issued"
    assert verify.panel.verdict_label.text() == "EMITIDO"
    assert verify.panel.name_label.text() == "Jesús Muñoz Gómez"
    assert "no prueba" in verify.panel.explanation_label.text()


def test_a_png_of_the_certificate_opened_as_a_file_shows_valid(verify, issued, qtbot, tmp_path, monkeypatch):
    subprocess.run(["pdftoppm", "-png", "-r", "120", "-f", "2", "-l", "2", "-singlefile", str(issued[1]),
                    str(tmp_path / "foto")], check=True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(tmp_path / "foto.png"), "")))

    qtbot.mouseClick(verify.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not verify.is_reading() and bool(verify.panel.verdict), timeout=15000)

    assert verify.panel.verdict == "valid"
    assert verify.panel.name_label.text() == "Noemí Muñoz Panaifo"
    assert {k: v.text() for k, v in verify.panel.detail_labels.items()}["Rol"] == "Ponente"


def test_a_file_that_is_not_a_picture_shows_unreadable(verify, qtbot, tmp_path):
    bad = tmp_path / "nota.png"
    bad.write_text("no soy una imagen", encoding="utf-8")
    verify.open_file(str(bad))
    qtbot.waitUntil(lambda: not verify.is_reading(), timeout=15000)
    assert verify.panel.verdict == "unreadable"


def test_a_corrected_and_reprinted_certificate_makes_the_old_paper_replaced(verify, issued, qtbot, tmp_path):
    old = qr_text_of(issued[1])
    store = verify.store
    jesus = store.search("jesus").participants[0]
    store.update_participant(jesus.id, {"name": "Jesús Muñoz Gómez de la Torre"})
    certpdf.run_to_end(certpdf.print_certificates(store, tmp_path / "corregido.pdf"))

    scan(qtbot, verify, old)

    assert verify.panel.verdict == "superseded"
    assert verify.panel.verdict_label.text() == "REEMPLAZADO por una versión corregida"
    assert verify.panel.icon_label.text() == "↻"
    assert verify.panel.name_label.text() == "Jesús Muñoz Gómez"  # the name signed on that paper


def test_a_revoked_certificate_shows_revoked(verify, issued, qtbot):
    text = qr_text_of(issued[1])
    code = register.current_certificates(verify.store)[verify.store.search("jesus").participants[0].id].code
    register.revoke(verify.store, code, "emitido por error")
    scan(qtbot, verify, text)
    assert verify.panel.verdict == "revoked"
    assert verify.panel.verdict_label.text() == "REVOCADO"


def test_a_trusted_bundle_verifies_on_a_computer_without_the_event(open_window, empty_event_path, issued, qtbot,
                                                                  tmp_path, monkeypatch):
    bundle = tmp_path / "verificacion.json"
    with EventStore.open(issued[0]) as store:
        verification.export_bundle(store, bundle)
    asked = []

    def question(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window = open_window(empty_event_path)
    window.tabs.setCurrentIndex(3)
    view = window.verify_view

    assert view.trust_bundle_file(str(bundle)) is True
    assert "Taller de innovación en Iquitos" in asked[0]
    with EventStore.open(issued[0]) as store:
        fingerprint = register.issuer_keys(store)[0].fingerprint
    assert fingerprint[:4] + " " + fingerprint[4:8] in asked[0]
    view.field.setText(qr_text_of(issued[1]))
    view.verify_field()

    assert view.panel.verdict == "valid"
    assert view.panel.name_label.text() == "Jesús Muñoz Gómez"
    assert "paquete de verificación" in view.panel.source_label.text()


def test_an_untrusted_bundle_is_not_trusted_when_the_answer_is_no(open_window, empty_event_path, issued, tmp_path,
                                                                 monkeypatch):
    bundle = tmp_path / "verificacion.json"
    with EventStore.open(issued[0]) as store:
        verification.export_bundle(store, bundle)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    window = open_window(empty_event_path)
    view = window.verify_view

    assert view.trust_bundle_file(str(bundle)) is False
    view.field.setText(qr_text_of(issued[1]))
    view.verify_field()
    assert view.panel.verdict == "unknown_key"  # the other event's keys are not this event's
    assert view.panel.verdict_label.text() == "CLAVE DESCONOCIDA"


def test_without_a_camera_the_camera_button_is_disabled_and_says_why(verify, monkeypatch):
    from ui.verify import view as verify_view

    monkeypatch.setattr(verify_view, "unavailable_reason", lambda: "No se encontró ninguna cámara.")
    verify._update_camera_button()
    assert not verify.camera_button.isEnabled()
    assert verify.camera_button.toolTip() == "No se encontró ninguna cámara."


def test_a_camera_frame_with_a_certificate_is_decoded_and_verified(verify, issued, qtbot, tmp_path):
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(issued[1]),
                    str(tmp_path / "cuadro")], check=True)
    frame = QImage(str(tmp_path / "cuadro.png")).convertToFormat(QImage.Format.Format_RGB32)
    assert decode_qr(*grey_bytes(frame)) == [qr_text_of(issued[1])]

    with qtbot.waitSignal(verify.scanner.code_scanned, timeout=10000):
        verify.scanner.decode_image(frame)

    assert verify.panel.verdict == "valid"
    assert verify.panel.name_label.text() == "Jesús Muñoz Gómez"


def test_a_scanner_without_a_camera_reports_instead_of_crashing(qtbot, monkeypatch):
    from ui.verify import camera_scanner

    monkeypatch.setattr(camera_scanner, "cameras", list)
    scanner = CameraScanner()
    with qtbot.waitSignal(scanner.failed) as failed:
        assert scanner.start() is False
    assert failed.args[0]
    assert not scanner.is_running()


def test_a_pdf_dropped_on_the_tab_is_read_and_verified(verify, issued, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(issued[1]))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    verify.dropEvent(drop)
    qtbot.waitUntil(lambda: not verify.is_reading() and bool(verify.panel.verdict), timeout=15000)
    assert verify.panel.verdict == "valid"
    assert verify.panel.name_label.text() == "Jesús Muñoz Gómez"  # the first page's certificate


def test_ctrl_l_goes_to_the_code_field_and_esc_clears_the_answer(verify, issued, qtbot):
    scan(qtbot, verify, "hola")
    verify.verify_button.setFocus()
    qtbot.keyClick(verify.verify_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert verify.field.hasFocus()
    qtbot.keyClick(verify.field, Qt.Key.Key_Escape)
    assert verify.panel.verdict == "" and verify.field.text() == ""
