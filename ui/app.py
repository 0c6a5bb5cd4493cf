"""Starting the window: the application object, its font, its language, and the event to open."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from innovact_desk.assets import asset_path
from innovact_desk.errors import UserError
from ui.common.i18n import install_language, saved_language, user_message
from ui.main_window import MainWindow
from ui.recent import last_existing_event
from ui.single_window import EventClaim

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


def bring_forward(window: MainWindow) -> None:
    """Another launch on this event file: this window comes to the front instead of a second one opening."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    window.statusBar().showMessage(QApplication.translate(
        "App", "This event is already open here: use this window."), 10000)


def claim_event(path: str, window_of: Callable[[], MainWindow | None]) -> EventClaim | None:
    """This launch's claim on the event file, or None when another window has it (brought forward, or named)."""
    claim = EventClaim(path, on_raise=lambda: (w := window_of()) is not None and bring_forward(w))
    if claim.take():
        return claim
    holder = "" if claim.answered else claim.holder()
    if holder:  # a lock no window answered for: another user's session, or a window that hangs
        QMessageBox.warning(None, QApplication.translate("App", "The event is already open"), QApplication.translate(
            "App", "{path} is already open in another window of innovact-desk (process {holder}). Close that "
                   "window first: two windows on one event file would show each other stale counts.").format(
            path=path, holder=holder))
    else:
        print(QApplication.translate("App", "{path} is already open: that window was brought forward.").format(
            path=path), file=sys.stderr)
    return None


def run_gui(event_path: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("innovact-desk")
    prepare_application(app)
    path = event_path or default_event_path()
    windows: list[MainWindow] = []
    claim = claim_event(path, lambda: windows[0] if windows else None) if path else None
    if path and claim is None:
        return 0
    window = create_main_window(path)
    windows.append(window)
    if claim is not None:
        app.aboutToQuit.connect(claim.release)
    window.show()
    return app.exec()
