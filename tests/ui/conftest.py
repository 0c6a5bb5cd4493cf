"""UI tests: offscreen Qt, private settings and data folders, real widgets driven with qtbot.

The environment is set before anything imports Qt or platformdirs: the tests never touch the
real user data folder nor this computer's settings.
"""

import atexit
import os
import shutil
import tempfile

_PRIVATE = tempfile.mkdtemp(prefix="innovact-ui-tests-")
atexit.register(shutil.rmtree, _PRIVATE, ignore_errors=True)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_DATA_HOME"] = os.path.join(_PRIVATE, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_PRIVATE, "config")

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from innovact_desk.store.event import EventStore
from ui.app import create_main_window
from ui.common.i18n import install_language

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"  # the project's own sample rosters (tests/fixtures/README.md)

PEOPLE = [
    {"name": "Jesús Muñoz Gómez", "organization": "Asociación de Productores de Cacao Nativo de Loreto",
     "document": "15317735", "email": "jesus.munoz@ejemplo.org"},
    {"name": "Noemí Muñoz Panaifo", "organization": "Municipalidad Provincial de Maynas", "document": "43068724"},
    {"name": "Camila Bermúdez Ñaupari", "organization": "Cámara de Comercio del Amazonas", "document": "44012132"},
    {"name": "Wilder Ñaupari Londoño", "organization": "Municipalidad Provincial de Maynas", "document": "1177659826"},
    {"name": "Ana Lucía Pérez Ñaupari", "organization": "SENA Amazonas", "document": "52422019", "role": "speaker"},
    {"name": "Jhon Jairo Mamani Zúñiga", "organization": "SENA Amazonas", "document": "11661849"},
]


@pytest.fixture(scope="session", autouse=True)
def _app_identity(qapp):
    qapp.setOrganizationName("innovact-tests")
    qapp.setApplicationName("innovact-desk-tests")


@pytest.fixture(autouse=True)
def _fresh_settings(_app_identity):
    """Each test starts with no recent events and the default language, Spanish."""
    QSettings().clear()
    install_language("es")
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Message boxes are recorded instead of shown (a modal box would stop the test): (title, text)."""
    shown = []

    def record(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture(autouse=True)
def desk_name_prompts(monkeypatch):
    """Records the desk-name question and answers Cancel unless a test sets `answer`."""
    prompts = {"count": 0, "answer": ("", False)}

    def ask(*args, **kwargs):
        prompts["count"] += 1
        return prompts["answer"]

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(ask))
    return prompts


def create_event(path, people=(), desk_name="Mesa 1"):
    store = EventStore.create(
        path, title_es="Taller de innovación en Iquitos", title_en="Innovation workshop in Iquitos",
        venue="Iquitos", dates=[date(2026, 3, 5), date(2026, 3, 6)], tz="America/Lima", desk_name=desk_name)
    with store.transaction():
        for fields in people:
            store.add_participant(fields)
    return store


@pytest.fixture
def fixtures_dir():
    return FIXTURES


@pytest.fixture
def make_event():
    """make_event(path, people=(), desk_name="Mesa 1") -> an open EventStore (close it)."""
    return create_event


@pytest.fixture
def event_path(tmp_path):
    store = create_event(tmp_path / "taller.event", PEOPLE)
    store.check_in(store.search("noemi").participants[0].id, 1)
    store.close()
    return tmp_path / "taller.event"


@pytest.fixture
def empty_event_path(tmp_path):
    create_event(tmp_path / "vacio.event").close()
    return tmp_path / "vacio.event"


@pytest.fixture
def open_window(qtbot):
    """Opens the main window on an event file, shown and active, like at the desk."""

    def _open(path):
        window = create_main_window(str(path))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return _open


@pytest.fixture
def window(open_window, event_path):
    return open_window(event_path)


@pytest.fixture
def type_text(qtbot):
    """Types like a Spanish keyboard: qtbot.keyClicks handles ASCII only (it aborts on "ñ")."""

    def _type(widget, text):
        for char in text:
            if char.isascii():
                qtbot.keyClicks(widget, char)
            else:
                key = Qt.Key(ord(char.upper()))  # Qt's key codes for Latin-1 letters are their code points
                QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)

    return _type
