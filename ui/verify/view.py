"""The Verify tab: is this certificate genuine, and whose is it?

One big field takes what a USB scanner types (the QR's text, then Enter; a garbled prefix does no harm,
only the trailing digits count) or a typed code such as ABCD-EFGH-JKMN-P2. A picture or PDF of the
certificate can be opened or dropped, and a webcam can read the paper. The answer fills the tab: the
verdict large, in words and with an icon (colour only backs them up), and for a genuine certificate the
signed name, event, days, role, code, revision and issue date. Any input at all gives an answer, never a crash.

Trust comes from the open event's keys, or from a verification bundle this computer trusts.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QFont, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import qr as certqr
from innovact_desk.errors import UserError
from innovact_desk.store.event import EventStore
from innovact_desk.verify import verifier as verification
from ui.actions import add_action
from ui.certificates.table_models import join_words
from ui.certificates.view import group_fingerprint
from ui.common.i18n import current_language, role_label, user_message
from ui.common.workers import Worker, run_job
from ui.verify.camera_scanner import CameraScanner, unavailable_reason

_BUNDLE_KEY = "verify_bundle"
_FOLDER_KEY = "verify_folder"
FILE_SUFFIXES = (".png", ".jpg", ".jpeg", ".pdf")
log = logging.getLogger(__name__)

# Background, border, text of each kind of answer: the icon and the words say the same without colour.
_COLOURS = {
    "ok": ("#e4f3e8", "#1d7a36", "#0c3a19"),
    "replaced": ("#fff2cc", "#b36b00", "#4a2c00"),
    "bad": ("#fde4e2", "#b3261e", "#5c0f0a"),
    "unknown": ("#eceff1", "#546e7a", "#1f2a30"),
    "idle": ("transparent", "#b8b8b8", "#4a4a4a"),
}
_KINDS = {"valid": ("ok", "✔"), "issued": ("ok", "✔"), "superseded": ("replaced", "↻"), "revoked": ("bad", "✖"),
          "tampered": ("bad", "✖"), "not_issued": ("bad", "✖"), "unknown_key": ("unknown", "?"),
          "unreadable": ("unknown", "?")}


class VerdictPanel(QFrame):
    """The answer, large: verdict, why, and for a genuine certificate what it says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.verdict = ""
        self.icon_label = self._label("verdictIcon", 56, True)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.icon_label.setMinimumWidth(110)
        self.verdict_label = self._label("verdictText", 30, True)
        self.explanation_label = self._label("verdictExplanation", 13, False)
        self.name_label = self._label("verdictName", 26, True)
        self.details = QGridLayout()
        self.details.setColumnStretch(1, 1)
        self.details.setHorizontalSpacing(16)
        self.detail_labels: dict[str, QLabel] = {}
        self.source_label = self._label("verdictSource", 10, False)
        text = QVBoxLayout()
        text.addWidget(self.verdict_label)
        text.addWidget(self.explanation_label)
        text.addSpacing(8)
        text.addWidget(self.name_label)
        text.addLayout(self.details)
        text.addStretch(1)
        text.addWidget(self.source_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(self.icon_label)
        layout.addLayout(text, 1)
        self._set_kind("idle")

    def _label(self, name: str, points: float, bold: bool) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        label.setFont(font)
        return label

    def _set_kind(self, kind: str) -> None:
        background, border, text = _COLOURS[kind]
        style = "dashed" if kind == "idle" else "solid"
        self.setStyleSheet(
            f"QFrame#verdictPanel {{ background: {background}; border: 5px {style} {border}; border-radius: 12px; }}"
            f" QFrame#verdictPanel QLabel {{ color: {text}; background: transparent; border: none; }}")

    def _set_verdict_font(self, points: float, bold: bool) -> None:
        font = QFont(self.verdict_label.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        self.verdict_label.setFont(font)

    def show_idle(self, hint: str) -> None:
        """A hint in plain type, no icon: nothing has been verified."""
        self.verdict = ""
        self._set_kind("idle")
        self.icon_label.setText("")
        self.icon_label.hide()
        self._set_verdict_font(15, False)
        self.verdict_label.setText(hint)
        for label in (self.explanation_label, self.name_label, self.source_label):
            label.setText("")
            label.hide()
        self._set_details([])

    def show_answer(self, verdict: str, title: str, explanation: str, name: str = "",
                    details: list[tuple[str, str]] = (), source: str = "") -> None:
        self.verdict = verdict
        kind, icon = _KINDS.get(verdict, ("unknown", "?"))
        self._set_kind(kind)
        self.icon_label.setText(icon)
        self.icon_label.show()
        self._set_verdict_font(30, True)
        self.verdict_label.setText(title)
        for label, text in ((self.explanation_label, explanation), (self.name_label, name),
                            (self.source_label, source)):
            label.setText(text)
            label.setVisible(bool(text))
        self._set_details(details)
        self.setAccessibleName(self.text())

    def _set_details(self, details: list[tuple[str, str]]) -> None:
        while self.details.count():
            widget = self.details.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone now, not at the next turn of the event loop
                widget.deleteLater()
        self.detail_labels = {}
        for row, (caption, value) in enumerate(details):
            left = self._label("", 13, False)
            left.setText(caption)
            right = self._label("", 15, True)
            right.setText(value)
            self.details.addWidget(left, row, 0, Qt.AlignmentFlag.AlignTop)
            self.details.addWidget(right, row, 1)
            self.detail_labels[caption] = right

    def text(self) -> str:
        """Everything the panel says, as one line (screen readers, tests)."""
        parts = [self.verdict_label.text(), self.explanation_label.text(), self.name_label.text()]
        parts += [f"{k}: {v.text()}" for k, v in self.detail_labels.items()]
        return " — ".join(p for p in parts if p)


class VerifyView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyView")
        self.store: EventStore | None = None
        self.bundle: keystore.Bundle | None = None
        self.last_result: verification.VerifyResult | None = None
        self._worker: Worker | None = None
        self._camera_checked = False
        self.scanner = CameraScanner(self)
        self.scanner.on_frame = self._show_frame
        self.setAcceptDrops(True)
        self._create_widgets()
        self._create_actions()
        self._build_layout()
        self._connect_signals()
        self._retranslate()

    # ---- building -------------------------------------------------------------------------------

    def _create_widgets(self) -> None:
        self.source_label = QLabel(self)
        self.source_combo = QComboBox(self)
        # Long event names must not widen the window past a 1024-pixel screen: the list shows them whole.
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_combo.setMinimumContentsLength(24)
        self.source_combo.setObjectName("verifySource")
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source_label.setBuddy(self.source_combo)
        self.trust_button = QPushButton(self)
        self.trust_button.setObjectName("trustBundleButton")
        self.field = QLineEdit(self)
        self.field.setObjectName("verifyField")
        self.field.setAcceptDrops(False)  # a dropped file goes to the tab, which reads it
        font = QFont(self.field.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.field.setFont(font)
        self.field.setClearButtonEnabled(True)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyButton")
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("openCertificateFileButton")
        self.camera_button = QToolButton(self)
        self.camera_button.setObjectName("cameraButton")
        self.drop_label = QLabel(self)
        self.drop_label.setWordWrap(True)
        self.drop_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.camera_view = QLabel(self)
        self.camera_view.setObjectName("cameraView")
        self.camera_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera_view.setFixedHeight(240)
        self.camera_view.hide()
        self.panel = VerdictPanel(self)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")

    def _action(self, name: str, shortcut: str) -> QAction:
        return add_action(self, name, shortcut)

    def _create_actions(self) -> None:
        # Not Ctrl+O: the window opens events with it wherever the focus is.
        self.focus_action = self._action("focusVerifyFieldAction", "Ctrl+L")
        self.open_file_action = self._action("openCertificateFileAction", "Ctrl+Shift+O")
        self.camera_action = self._action("cameraAction", "Ctrl+Shift+C")
        self.camera_action.setCheckable(True)
        self.clear_action = self._action("clearVerifyAction", "Esc")
        self.open_button.setDefaultAction(self.open_file_action)
        self.camera_button.setDefaultAction(self.camera_action)
        for button in (self.open_button, self.camera_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def _build_layout(self) -> None:
        source = QHBoxLayout()
        source.addWidget(self.source_label)
        source.addWidget(self.source_combo, 1)
        source.addWidget(self.trust_button)
        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.verify_button)
        more = QHBoxLayout()
        more.addWidget(self.open_button)
        more.addWidget(self.camera_button)
        more.addWidget(self.drop_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addLayout(entry)
        layout.addLayout(more)
        layout.addWidget(self.camera_view)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.hint_label)

    def _connect_signals(self) -> None:
        self.field.returnPressed.connect(self.verify_field)
        # A scanner that sends no Enter: a whole certificate code in the field is answered on its own, once
        # the keystrokes pause (as the Check-in tab does with badge codes).
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(120)
        self._scan_timer.timeout.connect(self._scan_complete)
        self.field.textEdited.connect(lambda _text: self._scan_timer.start())
        self.verify_button.clicked.connect(self.verify_field)
        self.source_combo.activated.connect(self._source_chosen)
        self.trust_button.clicked.connect(lambda: self.trust_bundle_file())
        self.focus_action.triggered.connect(self.focus_search)
        self.open_file_action.triggered.connect(lambda: self.open_file())
        self.camera_action.toggled.connect(self._camera_toggled)
        self.clear_action.triggered.connect(self.clear)
        self.scanner.code_scanned.connect(self._camera_read)
        self.scanner.failed.connect(self._camera_failed)
        self.scanner.running_changed.connect(self._camera_running)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.source_label.setText(self.tr("Verify &with:"))
        self.trust_button.setText(self.tr("Trust a &bundle…"))
        self.trust_button.setToolTip(self.tr("Verify another issuer's certificates: open the verification bundle "
                                             "they gave you, compare its key fingerprints, and trust it"))
        self.field.setPlaceholderText(self.tr("Scan the certificate's QR code, or type the code printed under it "
                                              "(ABCD-EFGH-JKMN-P2), then Enter"))
        self.verify_button.setText(self.tr("V&erify"))
        self.open_file_action.setText(self.tr("&Open file…"))
        self.open_file_action.setIconText(self.open_file_action.text())  # keeps the "…" on the button
        self.open_file_action.setToolTip(self.tr("A PNG, JPEG or PDF of the certificate (Ctrl+Shift+O)"))
        self.camera_action.setText(self.tr("&Camera"))
        self.focus_action.setText(self.tr("Go to the code field"))
        self.drop_label.setText(self.tr("or drop a PNG, JPEG or PDF file of the certificate here"))
        self.hint_label.setText(self.tr(
            "Enter: verify · Ctrl+L: code field · Ctrl+Shift+O: open file · Ctrl+Shift+C: camera · Esc: clear"))
        self._update_camera_button()
        self._fill_sources()
        if not self.panel.verdict:
            self._show_idle()
        elif self.last_result is not None:
            self._show_result(self.last_result)

    def _show_idle(self) -> None:
        self.panel.show_idle(self.tr("Scan a certificate to see whose it is and whether it is genuine."))

    # ---- the event and the trust sources -----------------------------------------------------------

    def set_store(self, store: EventStore | None) -> None:
        self.store = store
        self._fill_sources()
        self.clear()

    def refresh(self) -> None:
        pass  # a verification reads the register when it runs

    def _fill_sources(self) -> None:
        chosen = self.source_combo.currentData()
        self.source_combo.clear()
        if self.store is not None:
            self.source_combo.addItem(self.tr("This event's keys: {title}").format(
                title=self.store.event.title(current_language())), "")
        path = str(QSettings().value(_BUNDLE_KEY, "") or "")
        if path and Path(path).is_file():
            self.source_combo.addItem(self._bundle_label(path), path)
        if self.source_combo.count() == 0:
            self.source_combo.addItem(self.tr("(open an event or trust a bundle)"), None)
        index = self.source_combo.findData(chosen) if chosen is not None else -1
        self.source_combo.setCurrentIndex(max(0, index))
        self.bundle = None if not self.source_combo.currentData() else self.bundle

    def _bundle_label(self, path: str) -> str:
        try:
            issuer = keystore.peek_bundle(path).issuer
        except UserError:
            issuer = "?"
        return self.tr("Verification bundle of {issuer} ({file})").format(issuer=issuer, file=Path(path).name)

    def _source_chosen(self, _index: int) -> None:
        self.bundle = None
        path = self.source_combo.currentData()
        if path:
            self._load_bundle(path)

    def _load_bundle(self, path: str) -> bool:
        try:
            self.bundle = keystore.open_bundle(path)
        except UserError as error:
            self.bundle = None
            QMessageBox.warning(self, self.tr("Cannot use this bundle"), user_message(error))
            self.source_combo.setCurrentIndex(0)
            return False
        return True

    def trust_bundle_file(self, path: str | None = None) -> bool:
        """Shows who issued the bundle and its key fingerprints, asks, trusts, and verifies with it from now on."""
        if path is None:
            folder = str(QSettings().value(_FOLDER_KEY, str(Path.home())))
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a verification bundle"), folder,
                                                  self.tr("Verification bundles (*.json);;All files (*)"))
            if not path:
                return False
            QSettings().setValue(_FOLDER_KEY, str(Path(path).parent))
        try:
            bundle = keystore.peek_bundle(path)
            trusted = bundle.signer_fingerprint in keystore.trusted_fingerprints()
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot read the bundle"), user_message(error))
            return False
        if not trusted and not self._ask_trust(bundle):
            return False
        try:
            keystore.trust_bundle(path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot trust the bundle"), user_message(error))
            return False
        QSettings().setValue(_BUNDLE_KEY, str(path))
        self._fill_sources()
        self.source_combo.setCurrentIndex(self.source_combo.findData(str(path)))
        return self._load_bundle(str(path))

    def _ask_trust(self, bundle: keystore.Bundle) -> bool:
        events = ", ".join(e.get("title", "") or ref for ref, e in bundle.events.items())
        keys = "\n\n".join(group_fingerprint(fp) for fp in bundle.fingerprints)
        text = self.tr(
            "Issuer: {issuer}\nEvents: {events}\n\nKey fingerprints:\n\n{keys}\n\nTrust only if these fingerprints "
            "are the ones the issuer gave you by another means (the first 8 digits are printed on each certificate "
            "as “key”). Trust this issuer's keys?").format(issuer=bundle.issuer, events=events or "—", keys=keys)
        answer = QMessageBox.question(self, self.tr("Trust a verification bundle"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ---- verifying ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._camera_checked:
            self._camera_checked = True
            self._update_camera_button()
        QTimer.singleShot(0, self, self.focus_search)

    def hideEvent(self, event: QEvent) -> None:
        self.scanner.stop()  # the camera's light goes off with the tab
        super().hideEvent(event)

    def clear(self) -> None:
        self.field.clear()
        self.last_result = None
        self._show_idle()

    def verify_field(self) -> None:
        text = self.field.text()
        if text.strip():
            self.verify_text(text)
        if certqr.parse_qr_text(text) is not None:
            self.field.clear()  # hundreds of digits mean nothing to a person; the answer below says it all
        else:
            self.field.selectAll()  # a typed code stays, to correct it; the next scan replaces it

    def _scan_complete(self) -> None:
        raw = certqr.parse_qr_text(self.field.text())
        if raw is not None and certqr.decode_payload(raw) is not None:
            self.verify_field()

    def verify_text(self, text: str) -> None:
        """Any text at all: an answer, never an exception."""
        verifier = self._verifier()
        if verifier is None:
            self.panel.show_answer("unreadable", self.tr("NO KEYS TO VERIFY WITH"), self.tr(
                "Open the event, or trust the issuer's verification bundle (Trust a bundle…)."))
            return
        try:
            result = verifier.check(text)
        except Exception:  # the core answers unreadable for bad input; this is for its bugs
            log.exception("verifying %r failed", text[:200])
            self._show_unreadable(self.tr("This text could not be checked."))
            return
        self.last_result = result
        self._show_result(result)

    def _verifier(self) -> verification.Verifier | None:
        if self.source_combo.currentData() and self.bundle is None:
            self._load_bundle(self.source_combo.currentData())
        if self.bundle is not None:
            return verification.Verifier.for_bundle(self.bundle)
        if self.store is not None:
            return verification.Verifier.for_event(self.store)
        return None

    def _show_unreadable(self, why: str) -> None:
        self.last_result = None
        self.panel.show_answer("unreadable", self.tr("UNREADABLE"), why)

    def _show_result(self, result: verification.VerifyResult) -> None:
        data, verdict = result.data, result.verdict
        code = data.get("code", "")
        titles = {
            "valid": self.tr("VALID"), "superseded": self.tr("REPLACED by a corrected version"),
            "revoked": self.tr("REVOKED"), "tampered": self.tr("ALTERED"), "unknown_key": self.tr("UNKNOWN KEY"),
            "unreadable": self.tr("UNREADABLE"), "issued": self.tr("ISSUED"), "not_issued": self.tr("NOT ISSUED"),
        }
        explanations = {
            "valid": self.tr("The signature is genuine and this is the current certificate."),
            "superseded": self.tr("The signature is genuine, but a corrected certificate replaced this paper: ask "
                                  "the holder for the current one."),
            "revoked": self.tr("The issuer revoked this certificate: it is no longer valid."),
            "tampered": self.tr("The signature does not match what the code says: it was changed or forged."),
            "unknown_key": self.tr("Signed with a key this computer does not trust (key {kid}). Verify it with the "
                                   "issuer's verification bundle.").format(kid=data.get("kid", "?")),
            "unreadable": self.tr("No certificate code could be read. Scan it again, or type the code printed under "
                                  "the QR."),
            "issued": self.tr("Certificate {code} is in the register (revision {rev}). A typed code does not prove "
                              "that a paper is genuine: scan its QR to check the signature.").format(
                code=code, rev=data.get("rev", "?")),
            "not_issued": self.tr("No certificate with code {code} was issued.").format(code=code),
        }
        explanation = explanations.get(verdict, "")
        title = titles.get(verdict, verdict.upper())
        if verdict == "valid" and data.get("status_known") is False:  # never a plain VALID with a hex event
            title = self.tr("GENUINE SIGNATURE")
            explanation = self.tr("Genuine signature; this event's status is not available (revocations and "
                                  "corrections are in the issuer's bundle for it).")
        if verdict == "revoked" and code:
            explanation = self.tr("Certificate {code} was revoked by its issuer: it is no longer valid.").format(
                code=code)
        details = self._details(result) if verdict in ("valid", "superseded") else []
        self.panel.show_answer(verdict, title, explanation,
                               data.get("name", "") if verdict in ("valid", "superseded", "issued") else "",
                               details, self._source_text(data))

    def _details(self, result: verification.VerifyResult) -> list[tuple[str, str]]:
        data = result.data
        payload = result.verification.payload
        title, dates = self._event_of(payload.event_ref) if payload is not None else (data.get("event", ""), [])
        days = [int(d) for d in data.get("days", [])]
        attended = join_words([str(d) for d in days]) or "—"
        when = [dates[d - 1] for d in days if 0 < d <= len(dates)]
        if when and len(when) == len(days):
            attended += " — " + certpdf.date_phrase(when, current_language())
        issued = data.get("issued", "")
        try:
            issued = certpdf.format_date(date.fromisoformat(issued), current_language())
        except (TypeError, ValueError):
            pass
        return [
            (self.tr("Event"), title or data.get("event", "")),
            (self.tr("Days attended"), attended),
            (self.tr("Role"), role_label(data.get("role", ""))),
            (self.tr("Code"), data.get("code", "")),
            (self.tr("Revision"), str(data.get("rev", ""))),
            (self.tr("Issued on"), issued),
        ]

    def _event_of(self, ref: bytes) -> tuple[str, list[date]]:
        """The event's title in the window's language, and its dates, when the source knows the event."""
        lang = current_language()
        try:
            if self.bundle is not None:
                entry = self.bundle.event(ref) or {}
                title = (entry.get("title_en") if lang == "en" else None) or entry.get("title") or ref.hex()
                return str(title), [date.fromisoformat(d) for d in entry.get("dates", [])]
            if self.store is not None and ref == certqr.event_ref(self.store.event.id):
                event = self.store.event
                return event.title(lang), [date.fromisoformat(d.date) for d in event.days]
        except (TypeError, ValueError, AttributeError):
            pass
        return ref.hex(), []

    def _source_text(self, data: dict) -> str:
        if "issuer" in data:
            return self.tr("Checked with the verification bundle of {issuer}, as of {as_of}.").format(
                issuer=data["issuer"], as_of=str(data.get("as_of", ""))[:16].replace("T", " "))
        if self.store is not None:
            return self.tr("Checked with this event's keys and register.")
        return ""

    # ---- files ----------------------------------------------------------------------------------

    def open_file(self, path: str | None = None) -> None:
        if path is None:
            folder = str(QSettings().value(_FOLDER_KEY, str(Path.home())))
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a certificate"), folder,
                                                  self.tr("Certificates (*.png *.jpg *.jpeg *.pdf);;All files (*)"))
            if not path:
                return
            QSettings().setValue(_FOLDER_KEY, str(Path(path).parent))
        if self._worker is not None:
            return
        self.panel.show_idle(self.tr("Reading {file}…").format(file=Path(path).name))
        name = Path(path).name
        self._worker = run_job(certpdf.scan_file, str(path),  # a PDF page takes pdftoppm a moment
                               finished=lambda text: self._file_read(text, name), failed=self._file_failed)

    def is_reading(self) -> bool:
        return self._worker is not None

    def _file_read(self, text: str | None, name: str) -> None:
        self._worker = None
        if text is None:
            self._show_unreadable(self.tr("No certificate QR code was found in {file}.").format(file=name))
            return
        self.verify_text(text)

    def _file_failed(self, message: str) -> None:
        self._worker = None
        self._show_unreadable(message)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if any(u.isLocalFile() for u in mime.urls()) or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_file(files[0])
        elif mime.hasText():
            event.acceptProposedAction()
            self.field.setText(mime.text().strip())
            self.verify_field()

    # ---- the camera -----------------------------------------------------------------------------

    def _update_camera_button(self) -> None:
        if not self._camera_checked:
            return
        reason = unavailable_reason()
        self.camera_action.setEnabled(not reason)
        self.camera_action.setToolTip(reason or self.tr("Read the certificate with this computer's camera "
                                                        "(Ctrl+Shift+C)"))

    def _camera_toggled(self, on: bool) -> None:
        if on and not self.scanner.is_running():
            self.scanner.start()
        elif not on:
            self.scanner.stop()

    def _camera_running(self, running: bool) -> None:
        self.camera_view.setVisible(running)
        if running:
            self.camera_view.setText(self.tr("Hold the certificate's QR code in front of the camera…"))
        self.camera_action.blockSignals(True)
        self.camera_action.setChecked(running)
        self.camera_action.blockSignals(False)

    def _show_frame(self, image: QImage) -> None:
        self.camera_view.setPixmap(QPixmap.fromImage(image).scaledToHeight(
            self.camera_view.height(), Qt.TransformationMode.FastTransformation))

    def _camera_read(self, text: str) -> None:
        self.verify_text(text)

    def _camera_failed(self, message: str) -> None:
        self._camera_running(False)
        self._update_camera_button()
        self.panel.show_idle(message)
