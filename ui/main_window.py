"""The main window: one tab per job at the desk, the File and View menus, and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from innovact_desk.errors import UserError
from innovact_desk.roster.importer import ImportReport
from innovact_desk.store.event import EventStore
from ui.actions import add_action
from ui.certificates.view import CertificatesView
from ui.checkin.view import CheckinView
from ui.common.i18n import current_language, install_language, user_message
from ui.desks.view import DesksView
from ui.new_event_dialog import NewEventDialog
from ui.participants.import_dialog import ImportDialog, start_import
from ui.participants.view import ParticipantsView
from ui.recent import recent_events, remember_event
from ui.reports.view import ReportsView
from ui.verify.view import VerifyView

_OPEN_FOLDER_KEY = "open_folder"
_GEOMETRY_KEY = "window_geometry"


class MainWindow(QMainWindow):
    roster_changed = Signal()
    event_opened = Signal(str)  # the event file's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store: EventStore | None = None
        self.import_dialog: ImportDialog | None = None
        self._busy = False
        self._create_views()
        self._create_actions()
        self._create_menus()
        self._create_status_bar()
        self._connect_signals()
        self._retranslate()
        self._set_store(None)
        self._restore_geometry()

    # ---- building -------------------------------------------------------------------------------

    def _create_views(self) -> None:
        self.checkin_view = CheckinView(self)
        self.participants_view = ParticipantsView(self)
        self.certificates_view = CertificatesView(self)
        self.verify_view = VerifyView(self)
        self.reports_view = ReportsView(self)
        self.desks_view = DesksView(self)
        self.views = [self.checkin_view, self.participants_view, self.certificates_view, self.verify_view,
                      self.reports_view, self.desks_view]
        # Read when first opened (at 100k people each takes seconds): the window paints at once.
        self.lazy_views = {self.participants_view, self.certificates_view, self.reports_view}
        self._stale: dict[QWidget, str] = {}  # a lazy view not shown yet: "store" to give it, or "refresh"
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        for view in self.views:
            self.tabs.addTab(view, "")
        self.setCentralWidget(self.tabs)

    def _action(self, name: str, shortcut: QKeySequence | str) -> QAction:
        return add_action(self, name, shortcut, context=Qt.ShortcutContext.WindowShortcut)  # on every tab

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        # Ctrl+N is the Check-in tab's walk-in, the action a desk repeats all day.
        self.new_event_action = self._action("newEventAction", "Ctrl+Shift+N")
        self.open_event_action = self._action("openEventAction", QKeySequence(key.Open))
        self.import_action = self._action("importRosterAction", "Ctrl+I")
        self.rename_desk_action = self._action("renameDeskAction", "Ctrl+Shift+D")
        self.quit_action = self._action("quitAction", "Ctrl+Q")
        self.find_action = self._action("findAction", QKeySequence(key.Find))
        self.tab_actions = [self._action(f"showTab{i + 1}Action", f"Ctrl+{i + 1}") for i in range(len(self.views))]
        # Language names are written in their own language, so anyone can find theirs. Not Ctrl+Alt:
        # on Windows that is AltGr, which types € and other characters on Spanish keyboards.
        self.spanish_action = self._action("spanishAction", "Ctrl+Shift+S")
        self.spanish_action.setText("Español")
        self.english_action = self._action("englishAction", "Ctrl+Shift+E")
        self.english_action.setText("English")
        self.language_group = QActionGroup(self)
        for action in (self.spanish_action, self.english_action):
            action.setCheckable(True)
            self.language_group.addAction(action)
        (self.english_action if current_language() == "en" else self.spanish_action).setChecked(True)

    def _create_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.new_event_action)
        self.file_menu.addAction(self.open_event_action)
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.rename_desk_action)
        for action in (self.desks_view.sync_action, self.desks_view.prepare_desk_action):
            self.file_menu.addAction(action)
            self.addAction(action)  # the shortcut works wherever the focus is in the window
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addAction(self.spanish_action)
        self.language_menu.addAction(self.english_action)
        self._rebuild_recent_menu()

    def _create_status_bar(self) -> None:
        self.event_label = QLabel(self)
        self.event_label.setObjectName("eventTitleLabel")
        self.desk_label = QLabel(self)
        self.desk_label.setObjectName("deskLabel")
        self.statusBar().addWidget(self.event_label, 1)
        self.statusBar().addPermanentWidget(self.desk_label)

    def _restore_geometry(self) -> None:
        """Where the window was last time; the first time, a size that fits this screen."""
        saved = QSettings().value(_GEOMETRY_KEY)
        if saved is not None and self.restoreGeometry(saved):
            return
        available = self.screen().availableGeometry()
        self.resize(min(1280, available.width() * 95 // 100), min(800, available.height() * 90 // 100))

    def _connect_signals(self) -> None:
        self.new_event_action.triggered.connect(self.new_event)
        self.open_event_action.triggered.connect(self.choose_event)
        self.import_action.triggered.connect(self.import_roster)
        self.rename_desk_action.triggered.connect(self.rename_desk)
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self._focus_search)
        for index, action in enumerate(self.tab_actions):
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
        self.spanish_action.triggered.connect(lambda: self.set_language("es"))
        self.english_action.triggered.connect(lambda: self.set_language("en"))
        self.recent_menu.aboutToShow.connect(self._rebuild_recent_menu)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.participants_view.roster_changed.connect(self.roster_changed)
        self.checkin_view.roster_changed.connect(self.roster_changed)
        self.roster_changed.connect(self._refresh_views)
        self.roster_changed.connect(self.desks_view.local_change)
        self.checkin_view.participant_checked_in.connect(self.desks_view.local_change)
        self.checkin_view.checkin_undone.connect(self.desks_view.local_change)
        self.certificates_view.certificates_changed.connect(self.desks_view.local_change)
        self.certificates_view.event_changed.connect(self._update_status)
        self.desks_view.event_synced.connect(self._refresh_views)
        self.desks_view.status_reported.connect(self.statusBar().showMessage)
        self.desks_view.title_changed.connect(self._show_desks_title)

    # ---- words ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        titles = [self.tr("Check-in"), self.tr("Participants"), self.tr("Certificates"), self.tr("Verify"),
                  self.tr("Reports"), self.tr("Desks")]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
            self.tab_actions[index].setText(self.tr("Go to {tab}").format(tab=title.replace("&", "")))
        self._show_desks_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.new_event_action.setText(self.tr("&New event…"))
        self.open_event_action.setText(self.tr("&Open event…"))
        self.recent_menu.setTitle(self.tr("&Recent events"))
        self.import_action.setText(self.tr("&Import roster…"))
        self.rename_desk_action.setText(self.tr("&Name this desk…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.find_action.setText(self.tr("&Find"))
        self.language_menu.setTitle(self.tr("&Language"))
        self._rebuild_recent_menu()
        self._update_status()

    def set_language(self, lang: str) -> None:
        """Switches the window's language now (every widget retranslates) and for the next start."""
        install_language(lang, save=True)
        (self.english_action if current_language() == "en" else self.spanish_action).setChecked(True)

    # ---- the event ------------------------------------------------------------------------------

    def open_event(self, path: str) -> bool:
        """Opens an event file; a bad file is a message to the person, never a traceback."""
        if self._busy:
            return False
        try:
            store = EventStore.open(path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot open the event"), user_message(error))
            return False
        self._set_store(store)
        remember_event(store.path)
        self._rebuild_recent_menu()
        QTimer.singleShot(0, self.ask_desk_name_if_needed)
        self.event_opened.emit(str(store.path))
        return True

    def _set_store(self, store: EventStore | None) -> None:
        if self.store is not None:
            self.store.close()
        self.store = store
        for view in self.views:
            if view in self.lazy_views and view is not self.tabs.currentWidget() and store is not None:
                if self._stale.get(view) != "store":
                    view.set_store(None)  # nothing of the closed event stays in it
                self._stale[view] = "store"
            else:
                self._stale.pop(view, None)
                view.set_store(store)
        self._update_actions()
        self._update_status()

    def _update_status(self) -> None:
        if self.store is None:
            self.event_label.setText(self.tr("No event open: File ▸ Open event (Ctrl+O) or New event (Ctrl+Shift+N)"))
            self.desk_label.setText("")
            self.setWindowTitle("")
            return
        title = self.store.event.title(current_language())
        name = self.store.self_desk.name or self.tr("(no name yet)")
        self.event_label.setText(title)
        self.desk_label.setText(self.tr("Desk: {name}").format(name=name))
        self.setWindowTitle(title)

    def _update_actions(self) -> None:
        has_event = self.store is not None
        for action in (self.new_event_action, self.open_event_action, self.recent_menu.menuAction()):
            action.setEnabled(not self._busy)
        for action in (self.import_action, self.rename_desk_action):
            action.setEnabled(has_event and not self._busy)
        self.participants_view.set_read_only(self._busy)
        self.desks_view.set_read_only(self._busy)

    def _refresh_views(self) -> None:
        for view in self.views:
            if view in self._stale:
                continue  # read when shown
            if view in self.lazy_views and view is not self.tabs.currentWidget():
                self._stale[view] = "refresh"
            else:
                view.refresh()

    def _tab_shown(self, index: int) -> None:
        view = self.tabs.widget(index)
        what = self._stale.pop(view, None)
        if what is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            view.set_store(self.store) if what == "store" else view.refresh()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _show_desks_title(self) -> None:
        """The Desks tab's title, with the count of conflicts found since it was last looked at."""
        self.tabs.setTabText(self.tabs.indexOf(self.desks_view), self.desks_view.tab_title())

    def ask_desk_name_if_needed(self) -> None:
        """A desk is named once (its check-ins carry the name); asked when the event has none yet."""
        if self.store is not None and not self.store.self_desk.name.strip():
            self.rename_desk()

    def rename_desk(self) -> None:
        if self.store is None or self._busy:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("This desk's name"),
            self.tr("Name this desk as the other desks and the records will show it:"),
            text=self.store.self_desk.name or self.tr("Desk 1"))
        if ok and name.strip():
            self.store.rename_desk(name.strip())
            self._update_status()

    # ---- menu commands --------------------------------------------------------------------------

    def new_event(self) -> None:
        dialog = NewEventDialog(self)
        if dialog.exec() and dialog.created_path:
            self.open_event(dialog.created_path)

    def choose_event(self) -> None:
        folder = str(QSettings().value(_OPEN_FOLDER_KEY, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open event"), folder, self.tr("Event files (*.event);;All files (*)"))
        if path:
            QSettings().setValue(_OPEN_FOLDER_KEY, str(Path(path).parent))
            self.open_event(path)

    def import_roster(self) -> None:
        if self.store is None or self._busy:
            return
        dialog = start_import(self.store, self)
        if dialog is None:
            return
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()  # the summary of the previous import
        self.import_dialog = dialog
        dialog.import_started.connect(lambda: self._set_busy(True))
        dialog.import_finished.connect(self._import_finished)
        dialog.import_failed.connect(lambda _message: self._set_busy(False))

    def _import_finished(self, _report: ImportReport) -> None:
        self._set_busy(False)
        self.roster_changed.emit()

    def _set_busy(self, busy: bool) -> None:
        """While a background job writes to the event file, nothing else may change it."""
        self._busy = busy
        self._update_actions()

    def _focus_search(self) -> None:
        view = self.tabs.currentWidget()
        if hasattr(view, "focus_search"):
            view.focus_search()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        events = recent_events()
        for number, path in enumerate(events, start=1):
            action = self.recent_menu.addAction(f"&{number}  {Path(path).name}   ({Path(path).parent})")
            action.triggered.connect(lambda _checked=False, p=path: self.open_event(p))
        if not events:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # ---- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            self.statusBar().showMessage(self.tr("Wait until the import has finished."), 5000)
            event.ignore()
            return
        QSettings().setValue(_GEOMETRY_KEY, self.saveGeometry())
        self._set_store(None)
        super().closeEvent(event)
