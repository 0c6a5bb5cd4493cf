import subprocess
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from innovact_desk.assets import asset_path
from innovact_desk.certificates import assets as cert_assets
from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import register
from innovact_desk.store.event import EventStore
from innovact_desk.sync import folder as sync
from innovact_desk.verify import verifier as verification
from ui.certificates import view as certificates_view
from ui.certificates.table_models import STATUS_COLUMN


@pytest.fixture(autouse=True)
def private_keys(tmp_path, monkeypatch):
    """Signing keys and the trust store in this test's own folder."""
    monkeypatch.setenv("INNOVACT_KEY_DIR", str(tmp_path / "keys"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def answers(monkeypatch):
    """The confirm question answers Yes; the save dialog answers `answers["save"]`."""
    asked = {"questions": [], "save": ""}

    def question(_parent, title, text, *args, **kwargs):
        asked["questions"].append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (asked["save"], "")))
    return asked


@pytest.fixture
def course(tmp_path, make_event):
    """Jesús, Wilder and Ana Lucía (a speaker) came both days, Noemí only day 1; Camila and Jhon never came."""
    path = tmp_path / "curso.event"
    store = make_event(path, [
        {"name": "Jesús Muñoz Gómez", "organization": "Asociación de Productores de Cacao", "document": "15317735"},
        {"name": "Noemí Muñoz Panaifo", "organization": "Municipalidad Provincial de Maynas", "document": "43068724"},
        {"name": "Camila Bermúdez Ñaupari", "organization": "Cámara de Comercio del Amazonas", "document": "44012132"},
        {"name": "Wilder Ñaupari Londoño", "organization": "Municipalidad Provincial de Maynas",
         "document": "1177659826"},
        {"name": "Ana Lucía Pérez Ñaupari", "organization": "SENA Amazonas", "document": "52422019",
         "role": "speaker", "lang": "en"},
        {"name": "Jhon Jairo Mamani Zúñiga", "organization": "SENA Amazonas", "document": "11661849"},
    ])
    for name, days in (("jesus", (1, 2)), ("noemi", (1,)), ("wilder", (1, 2)), ("ana lucia", (1, 2))):
        person = store.search(name).participants[0]
        for day in days:
            store.check_in(person.id, day)
    store.close()
    return path


@pytest.fixture
def view(open_window, course, qtbot):
    window = open_window(course)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.certificates_view.isVisible)
    return window.certificates_view


def status_of(view, name):
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, STATUS_COLUMN).data()


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def wait_until_printed(view, qtbot):
    qtbot.waitUntil(lambda: not view.is_printing(), timeout=30000)


def test_everyone_is_listed_with_where_their_certificate_stands_and_why(view):
    assert view.model.rowCount() == 6
    assert status_of(view, "Jesús Muñoz Gómez") == "Apto: por imprimir"
    assert status_of(view, "Noemí Muñoz Panaifo") == "No apto: falta el día 2"
    assert status_of(view, "Camila Bermúdez Ñaupari") == "No apto: no asistió"
    assert view.count_label.text() == "6 participantes · 3 por imprimir · 0 emitidos · 3 no aptos"
    assert not view.key_banner.isVisible()


def test_the_filter_shows_only_those_to_print(view, qtbot):
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("to_print"))
    view.filter_combo.activated.emit(view.filter_combo.currentIndex())
    names = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert names == {"Jesús Muñoz Gómez", "Wilder Ñaupari Londoño", "Ana Lucía Pérez Ñaupari"}


def test_print_new_writes_one_pdf_and_records_the_certificates(view, qtbot, answers, tmp_path, course):
    answers["save"] = str(tmp_path / "certificados.pdf")

    qtbot.mouseClick(view.buttons["printNewCertificatesAction"], Qt.MouseButton.LeftButton)
    wait_until_printed(view, qtbot)

    (_title, text), = answers["questions"]
    assert "3 certificados" in text and "3 nuevos" in text
    text = pdf_text(tmp_path / "certificados.pdf")
    assert "Jesús Muñoz Gómez" in text and "Wilder Ñaupari Londoño" in text
    assert "Speaker Certificate" in text  # Ana Lucía's own language is English
    assert "Noemí" not in text
    with EventStore.open(course) as store:
        issued = {r.participant.name: r.status for r in register.certificate_status(store)}
    assert issued["Jesús Muñoz Gómez"] == "issued" and issued["Noemí Muñoz Panaifo"] == "not_eligible"
    assert status_of(view, "Jesús Muñoz Gómez") == "Emitido (rev. 0)"
    assert view.pdf_dialog is not None and view.pdf_dialog.isVisible()  # print it, or open it in the viewer
    view.pdf_dialog.reject()


def test_ctrl_p_in_the_certificates_tab_prints_new_ones(view, qtbot, answers, tmp_path):
    answers["save"] = str(tmp_path / "nuevos.pdf")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_until_printed(view, qtbot)
    assert (tmp_path / "nuevos.pdf").exists()
    view.pdf_dialog.reject()


def test_print_new_again_prints_nobody_and_says_so(view, qtbot, answers, tmp_path, message_boxes):
    answers["save"] = str(tmp_path / "primera.pdf")
    view.print_batch("new")
    wait_until_printed(view, qtbot)
    view.pdf_dialog.reject()

    view.print_batch("new")

    assert message_boxes[-1][0] == "Nada que imprimir"
    assert "Imprimir todos" in message_boxes[-1][1]


def test_a_corrected_name_is_reissued_and_the_batch_language_applies_to_everyone(
        view, qtbot, answers, tmp_path, course):
    answers["save"] = str(tmp_path / "primera.pdf")
    view.print_batch("new")
    wait_until_printed(view, qtbot)
    view.pdf_dialog.reject()
    jesus = view.store.search("jesus").participants[0]
    view.store.update_participant(jesus.id, {"name": "Jesús Muñoz Gómez de la Torre"})
    view.refresh()
    assert status_of(view, "Jesús Muñoz Gómez de la Torre") == "Reemitir: nombre corregido"

    view.lang_combo.setCurrentIndex(view.lang_combo.findData("es"))
    answers["save"] = str(tmp_path / "corregido.pdf")
    view.print_batch("new")
    wait_until_printed(view, qtbot)

    assert "• 1 reemitido con el nombre" in answers["questions"][-1][1]
    text = pdf_text(tmp_path / "corregido.pdf")
    assert "Jesús Muñoz Gómez de la Torre" in text and "Revisión 1" in text
    assert status_of(view, "Jesús Muñoz Gómez de la Torre") == "Emitido (rev. 1)"
    view.pdf_dialog.reject()


def test_cancelling_mid_batch_leaves_no_file_and_no_record(view, qtbot, answers, tmp_path, course, monkeypatch):
    real = certpdf.print_certificates
    pressed = threading.Event()

    def slowly(*args, **kwargs):  # the real run, held after its first page until Cancel has been pressed
        job = real(*args, **kwargs)
        try:
            while True:
                try:
                    step = next(job)
                except StopIteration as stop:
                    return stop.value
                yield step
                if step[0] >= 1:
                    assert pressed.wait(10), "Cancel was never pressed"
        finally:
            job.close()

    monkeypatch.setattr(certificates_view.certpdf, "print_certificates", slowly)
    out = tmp_path / "cancelado.pdf"
    answers["save"] = str(out)

    view.print_batch("all")
    qtbot.waitUntil(lambda: view.progress is not None and view.progress.value() >= 1, timeout=10000)
    cancel = next(b for b in view.progress.findChildren(QPushButton) if b.text() == "Cancelar")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    pressed.set()
    wait_until_printed(view, qtbot)

    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    with EventStore.open(course) as store:
        assert register.certificates(store) == []
    assert view.message_label.text() == "Cancelado: no se imprimió ni se registró nada."
    assert status_of(view, "Jesús Muñoz Gómez") == "Apto: por imprimir"


def test_revoking_needs_a_reason_and_shows_revoked(view, qtbot, answers, tmp_path, desk_name_prompts):
    answers["save"] = str(tmp_path / "c.pdf")
    view.print_batch("new")
    wait_until_printed(view, qtbot)
    view.pdf_dialog.reject()
    jesus = view.store.search("jesus").participants[0]
    view.select_participants([jesus.id])

    desk_name_prompts["answer"] = ("   ", True)
    view.revoke_action.trigger()
    assert status_of(view, "Jesús Muñoz Gómez") == "Emitido (rev. 0)"

    desk_name_prompts["answer"] = ("Emitido por error", True)
    view.revoke_action.trigger()
    assert status_of(view, "Jesús Muñoz Gómez") == "Revocado"
    assert "Emitido por error" in view.model.index(view.model.row_of(jesus.id), STATUS_COLUMN).data(
        Qt.ItemDataRole.ToolTipRole)


def test_a_desk_without_the_signing_key_shows_how_to_import_it(open_window, course, tmp_path, qtbot, answers,
                                                               message_boxes):
    with EventStore.open(course) as store:
        clone = sync.clone(store, tmp_path / "mesa2.event", "Mesa 2")
    window = open_window(clone)
    window.tabs.setCurrentIndex(2)
    view = window.certificates_view
    qtbot.waitUntil(view.isVisible)

    assert view.key_banner.isVisible()
    assert "key EVENTO --export ARCHIVO" in view.key_label.text() and view.import_key_button.isVisible()
    view.print_batch("new")
    assert message_boxes[-1][0] == "Sin clave de firma"
    assert answers["questions"] == []


def test_the_verification_bundle_is_exported_with_names_only_by_consent(view, tmp_path, message_boxes):
    path = tmp_path / "verificacion.json"
    view.export_bundle_to(str(path), names=False)
    assert path.exists()
    assert verification.bundle_names_consent(view.store) is False
    _title, text = message_boxes[-1]
    assert "sin nombres" in text
    fingerprint = register.issuer_keys(view.store)[0].fingerprint
    assert " ".join([fingerprint[0:4], fingerprint[4:8]]) in text  # grouped for reading aloud


def test_preview_of_the_selected_person_shows_their_page(view, qtbot):
    noemi = view.store.search("noemi").participants[0]
    view.select_participants([noemi.id])
    view.preview_action.trigger()
    qtbot.waitUntil(lambda: view.preview_dialog is not None and view.preview_dialog.isVisible(), timeout=10000)
    assert not view.preview_dialog.page.image.isNull()
    assert "Noemí Muñoz Panaifo" in view.preview_dialog.windowTitle()
    view.preview_dialog.reject()


# ---- the settings dialog -----------------------------------------------------------------------------


@pytest.fixture
def settings(view, qtbot):
    qtbot.mouseClick(view.buttons["certificateSettingsAction"], Qt.MouseButton.LeftButton)
    dialog = view.settings_dialog
    qtbot.waitUntil(lambda: bool(dialog.preview.pdf) and not dialog.is_drawing(), timeout=15000)
    yield dialog
    if dialog.isVisible():
        dialog.reject()


def preview_text(dialog, tmp_path):
    path = tmp_path / "vista.pdf"
    path.write_bytes(dialog.preview.pdf)
    return pdf_text(path)


def test_the_preview_follows_the_spanish_title_as_it_is_typed(settings, qtbot, tmp_path):
    before = settings.preview.image.copy()
    settings.title_es_field.clear()
    qtbot.keyClicks(settings.title_es_field, "Curso de cacao fino 2026")
    qtbot.waitUntil(lambda: "Curso de cacao fino 2026" in preview_text(settings, tmp_path), timeout=15000)
    qtbot.waitUntil(lambda: not settings.is_drawing())
    assert settings.preview.image != before
    assert "VISTA PREVIA" in preview_text(settings, tmp_path)


def test_the_preview_language_can_be_switched(settings, qtbot, tmp_path):
    settings.preview_lang.setCurrentIndex(settings.preview_lang.findData("en"))
    qtbot.waitUntil(lambda: "Innovation workshop in Iquitos" in preview_text(settings, tmp_path), timeout=15000)


def test_saving_writes_the_texts_and_the_rule_to_the_event(settings, view, qtbot, course):
    settings.title_es_field.setText("Curso de cacao fino")
    settings.venue_field.setText("Iquitos, Loreto")
    settings.hours_field.setValue(7.5)
    settings.at_least_radio.setChecked(True)
    settings.min_days_field.setValue(1)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)

    assert not settings.isVisible()
    with EventStore.open(course) as store:
        event = store.event
    assert (event.title_es, event.venue, event.hours, event.rule.min_days) == (
        "Curso de cacao fino", "Iquitos, Loreto", 7.5, 1)
    assert status_of(view, "Noemí Muñoz Panaifo") == "Apto: por imprimir"  # one day is enough now
    assert view.window().event_label.text() == "Curso de cacao fino"  # the status bar follows


def test_logos_and_signatures_are_saved_to_the_event(settings, qtbot, course):
    logo = (asset_path("certificate", "logo-innovact.png")).read_bytes()
    signature = (asset_path("certificate", "signature-1.png")).read_bytes()
    settings.logo_slots[0].set_data(logo)
    name, title, title_en, picture = settings.signature_fields[0]
    name.setText("Rosa Panaifo Tuesta")
    title.setText("Coordinadora del curso")
    title_en.setText("Course coordinator")
    picture.set_data(signature)
    qtbot.waitUntil(lambda: not settings.is_drawing(), timeout=15000)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)

    with EventStore.open(course) as store:
        logos, signatures = cert_assets.certificate_assets(store)
    assert [a.data for a in logos] == [logo]
    assert [(s.name, s.title, s.title_en, s.data) for s in signatures] == [
        ("Rosa Panaifo Tuesta", "Coordinadora del curso", "Course coordinator", signature)]


def test_a_signature_without_a_name_is_not_saved(settings, message_boxes, course):
    settings.signature_fields[1][1].setText("Director")
    settings.save()
    assert settings.isVisible()
    assert message_boxes[-1] == ("No se puede guardar", "La firma 2 necesita el nombre de quien firma.")


def test_the_print_confirmation_counts_in_singular_and_plural_in_both_languages(view, answers, qtbot):
    """answers["save"] is "", so each confirmation is answered and nothing is printed."""
    from ui.common.i18n import install_language

    jesus = next(r.participant.id for r in view.model.rows() if r.participant.name == "Jesús Muñoz Gómez")

    def confirmation(kind):
        answers["questions"].clear()
        if kind == "selection":
            view._select({jesus})
        view.print_batch(kind)
        (_title, text), = answers["questions"]
        return text

    one = confirmation("selection")
    assert "Se imprimirá 1 certificado en un solo PDF:" in one and "• 1 nuevo\n" in one
    three = confirmation("new")
    assert "Se imprimirán 3 certificados en un solo PDF:" in three and "• 3 nuevos\n" in three
    assert "certificados(s)" not in three and view.count_label.text().startswith("6 participantes · ")
    install_language("en")
    try:
        one = confirmation("selection")
        assert "1 certificate will be printed into one PDF:" in one and "(s)" not in one
        three = confirmation("new")
        assert "3 certificates will be printed into one PDF:" in three and "(s)" not in three
        qtbot.waitUntil(lambda: view.count_label.text() == "6 participants · 3 to print · 0 issued · 3 not eligible")
    finally:
        install_language("es")
