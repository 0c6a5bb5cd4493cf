"""Starting the window: the application object, its font, its language, and the event to open."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from innovact_desk.assets import asset_path
from innovact_desk.errors import UserError
from ui.common.i18n import install_language, saved_language, user_message
from ui.main_window import MainWindow
from ui.recent import last_existing_event

ORGANIZATION = "INNOVACT"
APPLICATION = "innovact-desk"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_POINT_SIZE = 11  # read at arm's length at a busy desk

log = logging.getLogger(__name__)


def load_fonts(app: QApplication) -> str | None:
    """DejaVu Sans from assets/fonts becomes the font of every widget: it has every accent and Ñ."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(asset_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = family or families[0]
        else:
            log.warning("font %s could not be loaded", name)
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    return family


def prepare_application(app: QApplication) -> None:
    """Font, icon and language, once per application object."""
    if app.property("innovact_prepared"):
        return
    load_fonts(app)
    app.setWindowIcon(QIcon(str(asset_path("icons", "innovact-desk.png"))))
    install_language(saved_language())
    app.setProperty("innovact_prepared", True)


def default_event_path() -> str | None:
    """The last event this computer opened, if its file is still there; else the demo event."""
    last = last_existing_event()
    if last:
        return last
    from innovact_desk.roster.demo import ensure_demo_event

    try:
        return str(ensure_demo_event())
    except UserError as error:
        QMessageBox.warning(None, QApplication.translate("App", "Cannot open the demo event"), user_message(error))
        return None


def create_main_window(event_path: str | None) -> MainWindow:
    """The window on `event_path` (None: the last event, else the demo); needs a QApplication."""
    app = QApplication.instance()
    prepare_application(app)
    window = MainWindow()
    path = event_path or default_event_path()
    if path:
        window.open_event(path)
    return window


def run_gui(event_path: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("innovact-desk")
    window = create_main_window(event_path)
    window.show()
    return app.exec()
