import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from innovact_desk.assets import asset_path
from innovact_desk.records import PARTICIPANT_FIELDS, ROLES
from ui.common.i18n import current_language, field_label, install_language, role_label


def test_the_spanish_translator_loads():
    assert install_language("es") is True
    assert current_language() == "es"
    assert QCoreApplication.translate("MainWindow", "Participants") == "Participantes"


def test_english_is_the_source_language():
    install_language("en")
    assert QCoreApplication.translate("MainWindow", "Participants") == "Participants"


def test_every_string_of_the_window_has_its_spanish_translation():
    root = ET.parse(asset_path("i18n", "innovact_es.ts")).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 100
    untranslated = [
        m.findtext("source") for m in messages
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert untranslated == []


def test_field_and_role_names_from_the_core_are_translated():
    install_language("es")
    assert field_label("name") == "Nombre completo"
    assert all(field_label(f) != f for f in PARTICIPANT_FIELDS)
    assert role_label("speaker") == "Ponente" and all(role_label(r) != r for r in ROLES)


def test_every_count_has_two_spanish_and_two_english_plural_forms():
    spanish = ET.parse(asset_path("i18n", "innovact_es.ts")).getroot().findall("./context/message")
    english = ET.parse(asset_path("i18n", "innovact_en.ts")).getroot().findall("./context/message")
    for messages in (spanish, english):
        plural = [m for m in messages if m.get("numerus") == "yes"]
        assert len(plural) >= 20
        for m in plural:
            forms = [f.text or "" for f in m.find("translation").findall("numerusform")]
            assert len(forms) == 2 and all("%n" in f or "%Ln" in f for f in forms), m.findtext("source")
    # A "(s)" in a source string is a count written for Qt's plural forms: never left as a fixed string.
    assert [m.findtext("source") for m in spanish if "(s)" in m.findtext("source") and m.get("numerus") != "yes"] == []
    assert {m.findtext("source") for m in english} == {m.findtext("source") for m in spanish
                                                       if m.get("numerus") == "yes"}


def test_a_count_outside_a_widget_goes_through_its_class_tr_in_both_languages():
    from ui.certificates.table_models import CertificatesModel

    text = "attended {attended} of the %n day(s) required"
    install_language("es")
    assert CertificatesModel.tr(text, "", 3).format(attended=1) == "asistió 1 de los 3 días requeridos"
    assert CertificatesModel.tr(text, "", 1).format(attended=0) == "asistió 0 de 1 día requerido"
    install_language("en")
    try:
        assert CertificatesModel.tr(text, "", 3).format(attended=1) == "attended 1 of the 3 days required"
        assert CertificatesModel.tr(text, "", 1).format(attended=0) == "attended 0 of the 1 day required"
    finally:
        install_language("es")
