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
