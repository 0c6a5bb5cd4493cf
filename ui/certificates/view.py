"""The Certificates tab: everyone, where their certificate stands and why, and the print runs.

A print run is the core's generator (`certpdf.print_certificates`) on a worker with its own connection to
the event file, behind a progress dialog that can cancel: cancelling closes the generator, which leaves
no file and no record. The PDF then goes to the print dialog or the PDF viewer (`PdfReadyDialog`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import register
from innovact_desk.certificates.files import print_files
from innovact_desk.certificates.pdf import BatchResult
from innovact_desk.certificates.register import BatchPlan, CertStatus, MissingSigningKey
from innovact_desk.errors import UserError
from innovact_desk.outbox import mailer
from innovact_desk.store.event import EventStore
from innovact_desk.verify import verifier as verification
from ui.actions import add_action
from ui.certificates.settings_dialog import CertificateSettingsDialog, PdfPageView
from ui.certificates.table_models import (
    FILTERS,
    NAME_COLUMN,
    ORGANIZATION_COLUMN,
    STATUS_COLUMN,
    STATUS_ROLE,
    CertificatesFilter,
    CertificatesModel,
    filter_label,
    in_filter,
)
from ui.certificates.travel import FilesDialog, MailDialog, mail_job
from ui.common.i18n import user_message
from ui.common.print_helpers import PdfReadyDialog, open_pdf, temporary_pdf_path
from ui.common.workers import Worker, run_job

_FOLDER_KEY = "certificates_folder"
_BUNDLE_FOLDER_KEY = "bundle_folder"
_LANG_KEY = "certificates_language"


def can_sign(store: EventStore) -> bool:
    """Whether this desk can sign the event's certificates: it holds the event's key, or it is the desk that
    created the event and the event has no key yet (the first print run makes one). Makes no key."""
    try:
        register.signing_key(store, create=False)
        return True
    except MissingSigningKey:
        return not register.issuer_keys(store) and register.is_origin_desk(store)
    except UserError:  # a damaged key file: the print run will say what is wrong
        return False


def group_fingerprint(fingerprint: str) -> str:
    """64 hex digits in groups of four, two lines of eight groups, for reading aloud and comparing."""
    groups = [fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4)]
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:]) if len(groups) > 8 else " ".join(groups)


class CertificatePreviewDialog(QDialog):
    """One person's certificate as it would print now, marked PREVIEW; it can be opened as a PDF."""

    def __init__(self, pdf: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatePreviewDialog")
        self.pdf = pdf
        self.setWindowTitle(self.tr("Preview: {name}").format(name=name))
        self.page = PdfPageView(self)
        self.page.setObjectName("certificatePreviewPage")
        note = QLabel(self.tr("This is how {name}'s certificate would print now. The preview is marked PREVIEW "
                              "and its code proves nothing; nothing is recorded.").format(name=name), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(self.tr("&Open as PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        available = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(980, available.width() * 9 // 10), min(760, available.height() * 9 // 10))
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_pdf)
        self.page.set_pdf(pdf)

    def _open_pdf(self) -> None:
        path = temporary_pdf_path("certificate-preview")
        path.write_bytes(self.pdf)
        open_pdf(path)


class CertificatesView(QWidget):
    """Emits `certificates_changed` after a print run or a revocation, `event_changed` after the settings."""

    certificates_changed = Signal()
    event_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatesView")
        self.store: EventStore | None = None
        self.model = CertificatesModel(self)
        self.proxy = CertificatesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.progress: QProgressDialog | None = None
        self.pdf_dialog: PdfReadyDialog | None = None
        self.preview_dialog: CertificatePreviewDialog | None = None
        self.settings_dialog: CertificateSettingsDialog | None = None
        self.last_result: BatchResult | None = None
        self._worker: Worker | None = None
        self._preview_worker: Worker | None = None
        self._stale = True
        self._create_widgets()
        self._create_actions()
        self._build_layout()
        self._connect_signals()
        self._retranslate()

    # ---- building -------------------------------------------------------------------------------

    def _create_widgets(self) -> None:
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("certificatesSearch")
        self.search_field.setClearButtonEnabled(True)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("certificatesFilter")
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter_combo)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("certificatesCount")
        self.count_label.setWordWrap(True)  # on a 1024-pixel screen the counts take two lines
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.key_banner = QFrame(self)
        self.key_banner.setObjectName("signingKeyBanner")
        self.key_banner.setStyleSheet("QFrame#signingKeyBanner { background: #fff2cc; border: 2px solid #b36b00;"
                                      " border-radius: 6px; } QFrame#signingKeyBanner QLabel { color: #4a2c00; }")
        self.key_label = QLabel(self.key_banner)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_key_button = QPushButton(self.key_banner)
        self.import_key_button.setObjectName("importKeyButton")
        banner = QHBoxLayout(self.key_banner)
        banner.addWidget(self.key_label, 1)
        banner.addWidget(self.import_key_button)
        self.key_banner.hide()
        self.table = QTableView(self)
        self.table.setObjectName("certificatesTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("certificatesLanguage")
        self.lang_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lang_combo.setMinimumContentsLength(12)
        self.lang_label = QLabel(self)
        self.lang_label.setBuddy(self.lang_combo)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("certificatesMessage")
        self.message_label.setWordWrap(True)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("certificatesShortcuts")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")

    def _action(self, name: str, shortcut: str) -> QAction:
        return add_action(self, name, shortcut)

    def _create_actions(self) -> None:
        # Ctrl+P / Ctrl+Shift+P are the Check-in tab's badge keys too: each tab's own, never both at once.
        self.print_new_action = self._action("printNewCertificatesAction", "Ctrl+P")
        self.print_all_action = self._action("printAllCertificatesAction", "Ctrl+Shift+T")
        self.print_selection_action = self._action("printSelectedCertificatesAction", "Ctrl+Shift+I")
        self.preview_action = self._action("previewCertificateAction", "Ctrl+Shift+P")
        self.revoke_action = self._action("revokeCertificateAction", "Ctrl+Shift+R")
        self.bundle_action = self._action("exportBundleAction", "Ctrl+Shift+B")
        self.publish_action = self._action("publishVerifierPageAction", "Ctrl+Shift+W")
        self.settings_action = self._action("certificateSettingsAction", "Ctrl+Shift+F")
        self.import_key_action = self._action("importSigningKeyAction", "Ctrl+Shift+K")
        self.files_action = self._action("certificateFilesAction", "Ctrl+Shift+L")
        self.mail_action = self._action("mailCertificatesAction", "Ctrl+Shift+G")
        self.buttons = {}
        for action in (self.print_new_action, self.print_all_action, self.print_selection_action,
                       self.preview_action, self.revoke_action, self.bundle_action, self.publish_action,
                       self.settings_action, self.files_action, self.mail_action):
            button = QToolButton(self)
            button.setObjectName(action.objectName().replace("Action", "Button"))
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[action.objectName()] = button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_combo)
        top.addWidget(self.count_label)
        print_row = QHBoxLayout()
        print_row.addWidget(self.lang_label)
        print_row.addWidget(self.lang_combo)
        for name in ("printNewCertificatesAction", "printAllCertificatesAction", "printSelectedCertificatesAction",
                     "previewCertificateAction"):
            print_row.addWidget(self.buttons[name])
        print_row.addStretch(1)
        other_row = QGridLayout()
        for column, name in enumerate(("revokeCertificateAction", "exportBundleAction", "publishVerifierPageAction",
                                       "certificateSettingsAction")):
            other_row.addWidget(self.buttons[name], 0, column)
        for column, name in enumerate(("certificateFilesAction", "mailCertificatesAction")):
            other_row.addWidget(self.buttons[name], 1, column)
        other_row.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.key_banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(print_row)
        layout.addLayout(other_row)
        layout.addWidget(self.hint_label)

    def _connect_signals(self) -> None:
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.search_field.textChanged.connect(lambda _text: self._update_count())
        self.search_field.returnPressed.connect(self._focus_table)
        self.filter_combo.activated.connect(self._filter_chosen)
        self.lang_combo.activated.connect(
            lambda _index: QSettings().setValue(_LANG_KEY, self.lang_combo.currentData() or ""))
        self.table.doubleClicked.connect(lambda _index: self.preview_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.print_new_action.triggered.connect(lambda: self.print_batch("new"))
        self.print_all_action.triggered.connect(lambda: self.print_batch("all"))
        self.print_selection_action.triggered.connect(lambda: self.print_batch("selection"))
        self.preview_action.triggered.connect(self.preview_selected)
        self.revoke_action.triggered.connect(self.revoke_selected)
        self.bundle_action.triggered.connect(self.export_bundle)
        self.publish_action.triggered.connect(self.publish_page)
        self.settings_action.triggered.connect(self.open_settings)
        self.import_key_action.triggered.connect(self.import_key)
        self.import_key_button.clicked.connect(self.import_key)
        self.files_action.triggered.connect(self.save_files)
        self.mail_action.triggered.connect(self.send_mail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Search by name, organization or certificate code"))
        self.filter_label.setText(self.tr("&Show:"))
        chosen = self.filter_combo.currentData() or "all"
        self.filter_combo.clear()
        for key in FILTERS:
            self.filter_combo.addItem(filter_label(key), key)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(chosen)))
        self.lang_label.setText(self.tr("&Language of the certificates:"))
        lang = self.lang_combo.currentData() if self.lang_combo.count() else QSettings().value(_LANG_KEY, "")
        self.lang_combo.clear()
        self.lang_combo.addItem(self.tr("Each participant's language"), None)
        self.lang_combo.addItem("Español", "es")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(lang or None)))
        texts = {
            self.print_new_action: self.tr("Print &new"),
            self.print_all_action: self.tr("Print &all"),
            self.print_selection_action: self.tr("Print s&election"),
            self.preview_action: self.tr("Previe&w"),
            self.revoke_action: self.tr("&Revoke…"),
            self.bundle_action: self.tr("Export verification &bundle…"),
            self.publish_action: self.tr("&Publish verification page…"),
            self.settings_action: self.tr("&Texts, logos and signatures…"),
            self.import_key_action: self.tr("Import &key…"),
            self.files_action: self.tr("One &file per person…"),
            self.mail_action: self.tr("Send by e&mail when there is a network…"),
        }
        tips = {
            self.print_new_action: self.tr("First certificates and corrected reissues; no reprints"),
            self.print_all_action: self.tr("Everyone eligible: new, reissued and identical reprints"),
            self.print_selection_action: self.tr("Those selected in the table who are eligible"),
            self.preview_action: self.tr("How the selected person's certificate would look; records nothing"),
            self.revoke_action: self.tr("Revoke the selected person's certificate (a reason is required)"),
            self.bundle_action: self.tr("The signed file that lets others verify these certificates offline"),
            self.publish_action: self.tr("The web page that phones open from the certificate's QR code: a folder to "
                                         "put at the event's verification address"),
            self.settings_action: self.tr("Titles, venue, hours, issuer, attendance rule, logos and signatures"),
            self.import_key_action: self.tr("Import the event's signing key exported on the issuing desk"),
            self.files_action: self.tr("A PDF per certificate in a folder, named by person, with wallet credentials"),
            self.mail_action: self.tr("Email each participant their certificate; what cannot go now waits"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setIconText(text)  # a button would drop the "…" that says a dialog follows
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tips[action]} ({shortcut})")
        self.import_key_button.setText(self.import_key_action.text())
        self.key_label.setText(self.tr(
            "⚠ This desk does not have the event's signing key, so it cannot print certificates. On the desk "
            "that printed the first certificates run  python main.py key EVENT --export FILE  and bring the file "
            "here; then import it with the button (you will be asked its passphrase)."))
        self.hint_label.setText(self.tr(
            "Ctrl+P: print new · Ctrl+Shift+T: print all · Ctrl+Shift+I: print selection · Ctrl+Shift+P: preview · "
            "Ctrl+Shift+R: revoke · Ctrl+Shift+B: bundle · Ctrl+Shift+F: texts, logos and signatures · "
            "Ctrl+F: search"))
        self.model.retranslate()
        self._update_count()
        self._fit_columns()

    # ---- the table ------------------------------------------------------------------------------

    def set_store(self, store: EventStore | None) -> None:
        self.store = store
        self.message_label.clear()
        self._stale = True
        self.refresh()
        self._fit_columns()

    def refresh(self) -> None:
        """Reads everyone's status again; while the tab is hidden, waits until it is shown."""
        if not self.isVisible() and self.model.rowCount() and self.store is not None:
            self._stale = True
            return
        self._stale = False
        selected = set(self.selected_ids())
        self.model.set_rows(register.certificate_status(self.store) if self.store else [])
        self._select(selected)
        self.key_banner.setVisible(self.store is not None and not can_sign(self.store))
        self._update_count()
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        QTimer.singleShot(0, self, self._focus_if_outside)

    def _focus_if_outside(self) -> None:
        focused = self.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.table.setFocus()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _focus_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _filter_chosen(self, _index: int) -> None:
        self.proxy.set_filter(self.filter_combo.currentData())
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rows()
        counts = {key: sum(1 for r in rows if in_filter(r, key)) for key in FILTERS}
        text = " · ".join([self.tr("%n participant(s)", "", len(rows)), self.tr("%n to print", "", counts["to_print"]),
                             self.tr("%n issued", "", counts["issued"]),
                             self.tr("%n not eligible", "", counts["not_eligible"])])
        if self.proxy.rowCount() != len(rows):
            text = self.tr("Showing {shown} · ").format(shown=self.proxy.rowCount()) + text
        self.count_label.setText(text)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 70), 380))
        header.setSectionResizeMode(ORGANIZATION_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NAME_COLUMN, min(max(header.sectionSize(NAME_COLUMN), 200), 340))
        header.resizeSection(STATUS_COLUMN, max(header.sectionSize(STATUS_COLUMN), 230))

    def _update_actions(self) -> None:
        idle = self.store is not None and self._worker is None
        row = self.current_row()
        for action in (self.print_new_action, self.print_all_action, self.bundle_action, self.publish_action,
                       self.settings_action, self.import_key_action):
            action.setEnabled(idle)
        self.print_selection_action.setEnabled(idle and bool(self.selected_ids()))
        self.preview_action.setEnabled(idle and row is not None)
        self.revoke_action.setEnabled(idle and row is not None and row.certificate is not None
                                      and row.status != "revoked")

    # ---- selection ------------------------------------------------------------------------------

    def selected_rows(self) -> list[CertStatus]:
        rows = [index.data(STATUS_ROLE) for index in self.table.selectionModel().selectedRows()]
        return [r for r in rows if r is not None]

    def selected_ids(self) -> list[str]:
        return [r.participant.id for r in self.selected_rows()]

    def current_row(self) -> CertStatus | None:
        """The person the one-person actions (preview, revoke) are about: the current row, if selected."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            rows = self.selected_rows()
            return rows[0] if rows else None
        return index.data(STATUS_ROLE)

    def select_participants(self, participant_ids: list[str]) -> None:
        self._select(set(participant_ids))

    def _select(self, participant_ids: set[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for pid in participant_ids:
            row = self.model.row_of(pid)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                selection.select(index, flags)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)

    # ---- printing -------------------------------------------------------------------------------

    def print_batch(self, kind: str) -> None:
        """kind: new (first issues and corrected reissues), all (everyone eligible), selection."""
        if self.store is None or self._worker is not None:
            return
        ids = self.selected_ids() if kind == "selection" else None
        if kind == "selection" and not ids:
            self.message_label.setText(self.tr("Select the people to print in the table first."))
            return
        plan = register.plan_batch(self.store, participant_ids=ids, new_only=kind == "new")
        if not plan.items:
            self._say_nobody(kind, plan)
            return
        if not can_sign(self.store):
            self.key_banner.show()
            QMessageBox.warning(self, self.tr("No signing key"), self.key_label.text().lstrip("⚠ "))
            return
        if not self._confirm(plan, len(ids) if ids is not None else None):
            return
        out = self._ask_output_path()
        if not out:
            return
        self._start(out, ids, kind == "new", len(plan.items))

    def _say_nobody(self, kind: str, plan: BatchPlan) -> None:
        if kind == "new":
            text = self.tr("Nobody new to print: every eligible person already has their certificate. "
                           "“Print all” reprints them.")
        else:
            text = self.tr("Nobody to print: no eligible person in the list or the selection.")
        if plan.revoked:
            text += " " + self.tr("%n revoked certificate(s) never printed again.", "", len(plan.revoked))
        self.message_label.setText(text)
        QMessageBox.information(self, self.tr("Nothing to print"), text)

    def _lang(self) -> str | None:
        return self.lang_combo.currentData() or None

    def _made_words(self, issued: int, reissued: int, reprinted: int) -> str:
        """"1 new, 2 reissued, 0 reprinted." with each count in its plural form."""
        return ", ".join([self.tr("%n new", "", issued), self.tr("%n reissued", "", reissued),
                          self.tr("%n reprinted", "", reprinted)]) + "."

    def _confirm(self, plan: BatchPlan, selected: int | None) -> bool:
        lines = [self.tr("%n certificate(s) will be printed into one PDF:", "", len(plan.items))]
        if plan.count("issue"):
            lines.append(self.tr("• %n new", "", plan.count("issue")))
        if plan.count("reissue"):
            lines.append(self.tr("• %n reissued with the name or role corrected (the paper printed before will "
                                 "verify as replaced)", "", plan.count("reissue")))
        if plan.count("reprint"):
            lines.append(self.tr("• %n identical reprint(s)", "", plan.count("reprint")))
        if plan.revoked:
            lines.append(self.tr("%n revoked certificate(s) left out.", "", len(plan.revoked)))
        if selected is not None and selected > len(plan.items) + len(plan.revoked):
            lines.append(self.tr("%n of those selected not eligible, left out.", "",
                                 selected - len(plan.items) - len(plan.revoked)))
        lines.append(self.tr("Language: {lang}.").format(lang=self.lang_combo.currentText()))
        answer = QMessageBox.question(self, self.tr("Print certificates"), "\n".join(lines),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_output_path(self) -> str:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        folder = str(QSettings().value(_FOLDER_KEY, documents))
        name = self.tr("certificates") + f"-{datetime.now():%Y-%m-%d-%H%M}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the certificates"), str(Path(folder) / name),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return ""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        QSettings().setValue(_FOLDER_KEY, str(Path(path).parent))
        return path

    def _start(self, out: str, ids: list[str] | None, new_only: bool, total: int) -> None:
        self.progress = QProgressDialog(self.tr("Printing certificates…"), self.tr("Cancel"), 0, total, self)
        self.progress.setObjectName("certificatesProgress")
        self.progress.setWindowTitle(self.tr("Certificates"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.cancel_batch)
        self.progress.show()
        self.message_label.clear()
        self._worker = run_job(
            certpdf.print_certificates, out, participant_ids=ids, new_only=new_only, lang=self._lang(),
            event=self.store.path, progressed=self._progressed, finished=self._finished, failed=self._failed,
            cancelled=lambda: self._finished(None))
        self._update_actions()

    def is_printing(self) -> bool:
        return self._worker is not None

    def cancel_batch(self) -> None:
        if self._worker is not None:
            self._worker.cancel()  # the core removes the unfinished file and records nothing
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        progress = self.progress  # setValue runs the event loop: the run may finish (and close it) meanwhile
        if progress is None or self._worker is None or self._worker.is_cancelled():
            return
        progress.setLabelText(self.tr("Printing certificates… {done} of {total}").format(done=done, total=total)
                              if done < total else self.tr("Saving the PDF…"))
        progress.setMaximum(max(total, 1))
        progress.setValue(done)

    def _close_progress(self) -> None:
        self._worker = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_batch)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._update_actions()

    def _finished(self, result: BatchResult | None) -> None:
        self._close_progress()
        self.last_result = result
        if result is None:
            self.message_label.setText(self.tr("Cancelled: nothing was printed and nothing was recorded."))
            return
        self.refresh()
        if not result.pages:
            self.message_label.setText(self.tr("Nobody to print."))
            return
        self.certificates_changed.emit()
        summary = (self.tr("%n certificate(s) in one PDF:", "", result.pages) + " "
                   + self._made_words(result.issued, result.reissued, result.reprinted))
        if result.revoked:
            summary += " " + self.tr("%n revoked left out.", "", result.revoked)
        self.message_label.setText(summary + " " + result.file)
        if self.pdf_dialog is not None:
            self.pdf_dialog.deleteLater()
        self.pdf_dialog = PdfReadyDialog(result.file, self.tr("Certificates ready"), summary, self)
        self.pdf_dialog.open()

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.refresh()
        self.message_label.setText(self.tr("Nothing was printed: {why}").format(why=message))
        QMessageBox.warning(self, self.tr("Cannot print the certificates"), message)

    # ---- certificates that travel -----------------------------------------------------------------

    def save_files(self) -> None:
        if self.store is None or self._worker is not None:
            return
        folder = QSettings().value(_FOLDER_KEY, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = FilesDialog(str(folder), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.message_label.setText(self.tr("Writing one file per person…"))
        self._worker = run_job(
            print_files, dialog.folder_field.text(), zip_path=dialog.zip_path(),
            credentials=dialog.credentials_box.isChecked(), lang=self._lang(), event=self.store.path,
            finished=self._files_done, failed=self._travel_failed, cancelled=lambda: self._files_done(None))

    def _files_done(self, result) -> None:
        self._worker = None
        self.refresh()
        if result is None or not result.pages:
            self.message_label.setText(self.tr("Nobody to print."))
            return
        self.certificates_changed.emit()
        text = (self.tr("%n file(s) in {folder}:", "", result.pages).format(folder=result.folder) + " "
                + self._made_words(result.issued, result.reissued, result.reprinted))
        if result.credentials:
            text += " " + self.tr("%n credential(s).", "", len(result.credentials))
        self.message_label.setText(text)

    def send_mail(self) -> None:
        if self.store is None or self._worker is not None:
            return
        settings = mailer.remembered(self.store)
        dialog = MailDialog(settings, needs_password=not (settings and mailer.stored_password(settings)), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.message_label.setText(self.tr("Sending certificates by email…"))
        self._worker = run_job(
            mail_job, dialog.server_field.text(), dialog.sender_field.text(), dialog.user_field.text(),
            dialog.starttls_box.isChecked(), dialog.password_field.text() or None, event=self.store.path,
            progressed=lambda done, total: self.message_label.setText(
                self.tr("Sending certificates by email… {done} of {total}").format(done=done, total=total)),
            finished=self._mail_done, failed=self._travel_failed, cancelled=lambda: self._travel_failed(""))

    def _mail_done(self, result) -> None:
        self._worker = None
        text = self.tr("Sent {sent}; waiting {queued}; failed {failed}; uncertain {uncertain}.").format(
            sent=result.sent, queued=result.queued, failed=result.failed, uncertain=result.uncertain)
        if result.offline:
            text += " " + self.tr("No connection to the mail server: the rest stays in the outbox; try again "
                                  "when there is a network.")
        self.message_label.setText(text)

    def _travel_failed(self, message: str) -> None:
        self._worker = None
        self.refresh()
        self.message_label.setText(message)
        QMessageBox.warning(self, self.tr("Certificates"), message)

    # ---- one person -----------------------------------------------------------------------------

    def preview_selected(self) -> None:
        row = self.current_row()
        if self.store is None or row is None or self._preview_worker is not None:
            if row is None:
                self.message_label.setText(self.tr("Select a person in the table first."))
            return
        name = row.participant.name
        self._preview_worker = run_job(
            certpdf.preview_pdf, row.participant.id, lang=self._lang(), event=self.store.path,
            finished=lambda pdf: self._show_preview(pdf, name), failed=self._preview_failed)

    def _show_preview(self, pdf: bytes, name: str) -> None:
        self._preview_worker = None
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
        self.preview_dialog = CertificatePreviewDialog(pdf, name, self)
        self.preview_dialog.open()

    def _preview_failed(self, message: str) -> None:
        self._preview_worker = None
        QMessageBox.warning(self, self.tr("Cannot draw the preview"), message)

    def revoke_selected(self) -> None:
        row = self.current_row()
        if self.store is None or row is None or row.certificate is None or row.status == "revoked":
            return
        cert = row.certificate
        reason, ok = QInputDialog.getText(
            self, self.tr("Revoke a certificate"),
            self.tr("Revoke certificate {code} of {name}?\nIt will never be printed again and will verify as REVOKED "
                    "(elsewhere, once the verifiers have the new verification bundle).\n\nReason (required):"
                    ).format(code=cert.code, name=cert.name))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Revoke a certificate"),
                                self.tr("Nothing was revoked: a revocation needs a reason."))
            return
        try:
            revoked, newly = register.revoke(self.store, cert.code, reason)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot revoke"), user_message(error))
            return
        self.refresh()
        self.certificates_changed.emit()
        self.message_label.setText(
            (self.tr("Revoked: {code} ({name}).") if newly else self.tr("{code} ({name}) was already revoked.")
             ).format(code=revoked.code, name=revoked.name))

    # ---- the event's settings, the key and the bundle -------------------------------------------

    def open_settings(self) -> None:
        if self.store is None or self._worker is not None:
            return
        row = self.current_row()
        try:
            dialog = CertificateSettingsDialog(self.store, self, row.participant.id if row else None)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot open the certificate settings"), user_message(error))
            return
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        self.settings_dialog = dialog
        dialog.settings_saved.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self) -> None:
        self.refresh()
        self.event_changed.emit()
        self.message_label.setText(self.tr("Certificate texts, logos and signatures saved."))

    def import_key(self) -> None:
        if self.store is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the signing key"), str(Path.home()),
                                              self.tr("Signing keys (*.key *.pem);;All files (*)"))
        if not path:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("Import the signing key"),
                                              self.tr("The passphrase the key was exported with:"),
                                              QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            kid = register.import_signing_key(self.store, path, passphrase)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot import the key"), user_message(error))
            return
        self.refresh()
        self.message_label.setText(
            self.tr("Key {kid} imported: this desk can now print certificates.").format(kid=kid))

    def ask_bundle_names(self) -> bool | None:
        """Whether to put the holders' names in the bundle (the organizers' consent); None: cancelled."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export verification bundle"), self.tr(
            "The verification bundle is a signed file that lets anyone with this program check these certificates "
            "offline, and see which ones were replaced or revoked. Give it to employers, ministries or anyone who "
            "verifies.\n\nWith the names, a verifier who types a certificate's code also sees whose it is."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
        check = QCheckBox(self.tr("Include the holders' names (only with the organizers' consent)"), box)
        check.setChecked(verification.bundle_names_consent(self.store))
        box.setCheckBox(check)
        if box.exec() != QMessageBox.StandardButton.Save:
            return None
        return check.isChecked()

    def export_bundle(self) -> None:
        if self.store is None:
            return
        names = self.ask_bundle_names()
        if names is None:
            return
        folder = str(QSettings().value(_BUNDLE_FOLDER_KEY, str(Path.home())))
        name = self.tr("verification") + f"-{datetime.now():%Y-%m-%d}.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the verification bundle"),
                                              str(Path(folder) / name), self.tr("Verification bundles (*.json)"))
        if path:
            QSettings().setValue(_BUNDLE_FOLDER_KEY, str(Path(path).parent))
            self.export_bundle_to(path if path.lower().endswith(".json") else path + ".json", names)

    def publish_page(self) -> None:
        if self.store is None:
            return
        folder = str(QSettings().value(_BUNDLE_FOLDER_KEY, str(Path.home())))
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of the verification page"), folder)
        if path:
            QSettings().setValue(_BUNDLE_FOLDER_KEY, path)
            self.publish_page_to(path)

    def publish_page_to(self, folder: str) -> None:
        from innovact_desk.verify.publish import publish

        try:
            result = publish([self.store], folder)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot publish the verification page"), user_message(error))
            self.refresh()
            return
        url = self.store.event.verify_url
        where = (self.tr("Put the contents of this folder at {url}, the address in the certificates' QR codes.")
                 .format(url=url) if url else
                 self.tr("This event has no verification address, so its QR codes do not open the page: set it in "
                         "Texts, logos and signatures (Verification address) before printing."))
        self.message_label.setText(self.tr("Verification page written in {folder}").format(folder=result.folder))
        QMessageBox.information(self, self.tr("Verification page written"),
                                self.tr("Written in {folder}.").format(folder=result.folder) + "\n\n" + where)

    def export_bundle_to(self, path: str, names: bool) -> None:
        try:
            if names != verification.bundle_names_consent(self.store):
                verification.set_bundle_names_consent(self.store, names)
            export = verification.export_bundle(self.store, path, names=names)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot export the bundle"), user_message(error))
            self.refresh()
            return
        keys = "\n\n".join(group_fingerprint(fp) for fp in export.fingerprints)
        self.message_label.setText(self.tr("Verification bundle saved: {file}").format(file=export.file))
        QMessageBox.information(self, self.tr("Verification bundle saved"), self.tr(
            "Saved in {file}{names}.\n\nWhoever verifies should compare the key fingerprint below with the one you "
            "give them by another means (phone, letter) before trusting it:\n\n{keys}").format(
            file=export.file, keys=keys,
            names=self.tr(", with the holders' names") if export.names else self.tr(", without names")))
