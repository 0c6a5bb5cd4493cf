"""Certificate texts, logos and signatures, with a live preview of one certificate.

The preview must show what is typed before it is saved, while `certpdf.preview_pdf` draws from an event
file. So the dialog works on a scratch copy of the event (`sync.clone` into a temporary folder): each
preview writes the form into the copy and draws from it on a worker, and the event itself changes only
on Save. The copy is deleted when the dialog closes.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.certificates import assets as cert_assets
from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import register
from innovact_desk.certificates.assets import MAX_IMAGE_BYTES, MAX_LOGOS, MAX_SIGNATURES, Signatory
from innovact_desk.errors import UserError
from innovact_desk.records import AttendanceRule
from innovact_desk.store.event import EventStore
from innovact_desk.sync import folder as sync
from ui.common.i18n import role_label, user_message
from ui.common.workers import Worker, run_job

PREVIEW_DELAY_MS = 400  # a preview once typing pauses, not at every key
ROLES_ONCE = ("speaker", "organizer", "staff")  # the roles the rule may let in after one day
SAMPLE_NAME = "María Fernanda Ñaupari Quispe"  # for an event with nobody in its roster yet
_PICTURES_FOLDER_KEY = "certificate_pictures_folder"
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


# ---- a PDF page on screen ----------------------------------------------------------------------------


class PdfPageView(QLabel):
    """Page 1 of a PDF (bytes), drawn to fit the label and drawn again when the label is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = b""
        self.image = QImage()
        self._document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._render)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def set_pdf(self, data: bytes) -> None:
        self.pdf = data
        self._document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)  # the document reads from the buffer: keep it until the next one
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._render()

    def show_message(self, text: str) -> None:
        self.image = QImage()
        self.setPixmap(QPixmap())
        self.setText(text)

    def _render(self) -> None:
        if self._document.pageCount() < 1:
            return
        points = self._document.pagePointSize(0)
        room = self.contentsRect().size() - QSize(8, 8)
        scale = min(room.width() / points.width(), room.height() / points.height())
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(points.width() * scale * ratio)), max(1, round(points.height() * scale * ratio)))
        self.image = self._document.render(0, size)
        pixmap = QPixmap.fromImage(self.image)
        pixmap.setDevicePixelRatio(ratio)
        self.setText("")
        self.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.pdf:
            self._resize_timer.start()


# ---- pictures ------------------------------------------------------------------------------------------


def read_picture(path: str) -> bytes:
    """A PNG or JPEG file's bytes; ValueError with the reason in words otherwise."""
    file = Path(path)
    context = "CertificateSettingsDialog"
    try:
        data = file.read_bytes()
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise ValueError(translate(context, "{file} cannot be read ({why}).").format(file=file.name, why=why)) from None
    if len(data) > MAX_IMAGE_BYTES:
        mb = MAX_IMAGE_BYTES >> 20
        raise ValueError(translate(context, "{file} is larger than {mb} MB.").format(file=file.name, mb=mb))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    kind = bytes(QImageReader(buffer).format().data()).decode("ascii", "replace").lower()
    if kind not in ("png", "jpeg", "jpg") or QImage.fromData(data).isNull():
        raise ValueError(translate(context, "{file} is not a PNG or JPEG picture.").format(file=file.name))
    return data


class PictureSlot(QWidget):
    """One logo or signature picture: a thumbnail, Choose… and Remove."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.data: bytes | None = None
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(120, 56)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumbnail)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.set_data(None))
        self._retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose…"))
        self.remove_button.setText(self.tr("Remove"))
        self._show()

    def set_data(self, data: bytes | None) -> None:
        if data != self.data:
            self.data = data
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        self.remove_button.setEnabled(self.data is not None)
        if self.data is None:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("(none)"))
            return
        image = QImage.fromData(self.data)
        self.thumbnail.setText("")
        self.thumbnail.setPixmap(QPixmap.fromImage(image).scaled(
            self.thumbnail.size() - QSize(6, 6), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def choose(self) -> None:
        folder = str(QSettings().value(_PICTURES_FOLDER_KEY, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a picture"), folder,
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return
        QSettings().setValue(_PICTURES_FOLDER_KEY, str(Path(path).parent))
        try:
            self.set_data(read_picture(path))
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Cannot use this picture"), str(error))


# ---- what the form says ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateForm:
    title_es: str
    title_en: str
    venue: str
    hours: float
    issuer: str
    rule: AttendanceRule
    logos: tuple[bytes, ...]
    signatories: tuple[Signatory, ...]  # image: the picture's bytes or None
    verify_url: str = ""  # where the verifier page is published: the QR's address, printed on the page

    def event_fields(self) -> dict:
        return {"title_es": self.title_es, "title_en": self.title_en, "venue": self.venue, "hours": self.hours,
                "issuer": self.issuer, "rule": self.rule, "verify_url": self.verify_url}


def stored_form_assets(store: EventStore) -> tuple[tuple[bytes, ...], tuple[Signatory, ...]]:
    logos, signatures = cert_assets.certificate_assets(store)
    return (tuple(a.data for a in logos if a.data),
            tuple(Signatory(s.name, s.title, s.title_en, s.data) for s in signatures))


def preview_in_copy(store: EventStore, participant_id: str, lang: str, form: CertificateForm) -> bytes:
    """Runs on a worker, on the scratch copy: writes the form into it and draws the preview from it."""
    store.update_event(**form.event_fields())
    cert_assets.set_certificate_assets(store, logos=list(form.logos),
                                       signatories=[s for s in form.signatories if s.name.strip()])
    return certpdf.preview_pdf(store, participant_id, lang=lang)


def make_scratch_copy(store: EventStore, participant_id: str | None) -> tuple[Path, Path, str]:
    """(temporary folder, the copy of the event in it, the participant to preview)."""
    folder = Path(tempfile.mkdtemp(prefix="innovact-preview-"))
    path = folder / "preview.event"
    desk = "preview" if store.self_desk.name != "preview" else "preview 2"
    sync.clone(store, path, desk)
    if participant_id is None:
        rows = register.certificate_status(store)
        usable = [r for r in rows if r.status in ("eligible", "issued", "superseded")] or rows
        participant_id = usable[0].participant.id if usable else None
    if participant_id is None:
        with EventStore.open(path) as copy:
            participant_id = copy.add_participant({"name": SAMPLE_NAME, "organization": "INNOVACT"}).id
    return folder, path, participant_id


# ---- the dialog --------------------------------------------------------------------------------------------


class CertificateSettingsDialog(QDialog):
    """Titles, venue, hours, issuer, the attendance rule, logos and signatures; Save writes them to the event."""

    settings_saved = Signal()

    def __init__(self, store: EventStore, parent: QWidget | None = None, participant_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateSettingsDialog")
        self.store = store
        self._folder, self._copy, self.participant_id = make_scratch_copy(store, participant_id)
        with EventStore.open(self._copy) as copy:
            person = copy.participant(self.participant_id)
        self.participant_name, participant_lang = person.name, person.lang or "es"
        self._worker: Worker | None = None
        self._pending = False
        self._closed = False
        self.preview_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._create_widgets(participant_lang)
        self._build_layout()
        self._load(store)
        self._connect_signals()
        self._retranslate()
        available = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(1260, available.width() * 95 // 100), min(800, available.height() * 9 // 10))
        self.refresh_preview()

    # ---- building -------------------------------------------------------------------------------

    def _create_widgets(self, preview_lang: str) -> None:
        self.title_es_field = QLineEdit(self)
        self.title_es_field.setObjectName("titleEsField")
        self.title_en_field = QLineEdit(self)
        self.title_en_field.setObjectName("titleEnField")
        self.venue_field = QLineEdit(self)
        self.venue_field.setObjectName("venueField")
        self.hours_field = QDoubleSpinBox(self)
        self.hours_field.setObjectName("hoursField")
        self.hours_field.setRange(0, 999)
        self.hours_field.setDecimals(1)
        self.hours_field.setSingleStep(0.5)
        self.issuer_field = QLineEdit(self)
        self.issuer_field.setObjectName("issuerField")
        self.verify_url_field = QLineEdit(self)
        self.verify_url_field.setObjectName("verifyUrlField")
        self.every_day_radio = QRadioButton(self)
        self.every_day_radio.setObjectName("everyDayRadio")
        self.at_least_radio = QRadioButton(self)
        self.at_least_radio.setObjectName("atLeastRadio")
        self.min_days_field = QSpinBox(self)
        self.min_days_field.setObjectName("minDaysField")
        self.days_label = QLabel(self)
        self.roles_label = QLabel(self)
        self.role_boxes = {role: QCheckBox(self) for role in ROLES_ONCE}
        self.logo_slots = [PictureSlot(f"logoSlot{i + 1}", self) for i in range(MAX_LOGOS)]
        self.signature_fields = [
            (QLineEdit(self), QLineEdit(self), QLineEdit(self), PictureSlot(f"signatureSlot{i + 1}", self))
            for i in range(MAX_SIGNATURES)]
        self.logos_box = QGroupBox(self)
        self.signatures_box = QGroupBox(self)
        self.texts_box = QGroupBox(self)
        self.rule_box = QGroupBox(self)
        self.preview = PdfPageView(self)
        self.preview.setObjectName("certificatePreview")
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.preview_lang = QComboBox(self)
        self.preview_lang.setObjectName("previewLanguage")
        self.preview_lang.addItem("Español", "es")
        self.preview_lang.addItem("English", "en")
        self.preview_lang.setCurrentIndex(max(0, self.preview_lang.findData(preview_lang)))
        self.preview_lang_label = QLabel(self)
        self.preview_lang_label.setBuddy(self.preview_lang)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettingsButton")

    def _build_layout(self) -> None:
        self.texts_form = QFormLayout(self.texts_box)
        self._text_rows = [self.title_es_field, self.title_en_field, self.venue_field, self.hours_field,
                           self.issuer_field, self.verify_url_field]
        self._text_labels = [QLabel(self) for _ in self._text_rows]
        for label, field in zip(self._text_labels, self._text_rows, strict=True):
            label.setBuddy(field)
            self.texts_form.addRow(label, field)
        rule = QGridLayout(self.rule_box)
        rule.addWidget(self.every_day_radio, 0, 0, 1, 3)
        rule.addWidget(self.at_least_radio, 1, 0)
        rule.addWidget(self.min_days_field, 1, 1)
        rule.addWidget(self.days_label, 1, 2)
        rule.addWidget(self.roles_label, 2, 0, 1, 3)
        roles = QHBoxLayout()
        for box in self.role_boxes.values():
            roles.addWidget(box)
        roles.addStretch(1)
        rule.addLayout(roles, 3, 0, 1, 3)
        rule.setColumnStretch(2, 1)
        logos = QGridLayout(self.logos_box)
        for i, slot in enumerate(self.logo_slots):
            logos.addWidget(slot, i // 2, i % 2)
        # One block per signatory: a heading, then name and positions beside the signature picture.
        signatures = QGridLayout(self.signatures_box)
        signatures.setColumnStretch(1, 1)
        self._signature_headings: list[QLabel] = []
        self._signature_labels: list[tuple[QLabel, QLabel, QLabel]] = []
        for number, (name, title, title_en, slot) in enumerate(self.signature_fields):
            top = number * 4
            heading = QLabel(self)
            heading.setStyleSheet("font-weight: bold;")
            labels = (QLabel(self), QLabel(self), QLabel(self))
            signatures.addWidget(heading, top, 0, 1, 3)
            for offset, (label, field) in enumerate(zip(labels, (name, title, title_en), strict=True), start=1):
                label.setBuddy(field)
                signatures.addWidget(label, top + offset, 0)
                signatures.addWidget(field, top + offset, 1)
            signatures.addWidget(slot, top + 1, 2, 3, 1, Qt.AlignmentFlag.AlignTop)
            self._signature_headings.append(heading)
            self._signature_labels.append(labels)
        form = QWidget(self)
        column = QVBoxLayout(form)
        for box in (self.texts_box, self.rule_box, self.logos_box, self.signatures_box):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setMinimumWidth(560)
        language = QHBoxLayout()
        language.addWidget(self.preview_lang_label)
        language.addWidget(self.preview_lang)
        language.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(language)
        side.addWidget(self.preview, 1)
        side.addWidget(self.preview_label)
        body = QHBoxLayout()
        body.addWidget(scroll, 5)
        body.addLayout(side, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    def _load(self, store: EventStore) -> None:
        event = store.event
        self.title_es_field.setText(event.title_es)
        self.title_en_field.setText(event.title_en)
        self.venue_field.setText(event.venue)
        self.hours_field.setValue(float(event.hours or 0))
        self.issuer_field.setText(event.issuer)
        self.verify_url_field.setText(event.verify_url)
        days = max(1, len(event.days))
        self.min_days_field.setRange(1, days)
        every_day = event.rule.min_days <= 0 or event.rule.min_days >= days
        self.every_day_radio.setChecked(every_day)
        self.at_least_radio.setChecked(not every_day)
        self.at_least_radio.setEnabled(days > 1)
        self.min_days_field.setValue(days if every_day else event.rule.min_days)
        self.min_days_field.setEnabled(not every_day)
        for role, box in self.role_boxes.items():
            box.setChecked(role in event.rule.roles_once)
        self._other_roles_once = tuple(r for r in event.rule.roles_once if r not in ROLES_ONCE)
        logos, signatories = stored_form_assets(store)
        for slot, data in zip(self.logo_slots, logos, strict=False):
            slot.set_data(data)
        for (name, title, title_en, slot), person in zip(self.signature_fields, signatories, strict=False):
            name.setText(person.name)
            title.setText(person.title)
            title_en.setText(person.title_en)
            slot.set_data(person.image if isinstance(person.image, bytes) else None)
        for field in self.findChildren(QLineEdit):
            field.setCursorPosition(0)  # long titles show their beginning

    def _connect_signals(self) -> None:
        for field in (self.title_es_field, self.title_en_field, self.venue_field, self.issuer_field,
                      self.verify_url_field, *(f for row in self.signature_fields for f in row[:3])):
            field.textChanged.connect(self._schedule_preview)
        self.hours_field.valueChanged.connect(self._schedule_preview)
        for slot in (*self.logo_slots, *(row[3] for row in self.signature_fields)):
            slot.changed.connect(self._schedule_preview)
        # The preview shows the language being typed in.
        english = [self.title_en_field, *(row[2] for row in self.signature_fields)]
        spanish = [self.title_es_field, *(row[1] for row in self.signature_fields)]
        for lang, fields in (("en", english), ("es", spanish)):
            for field in fields:
                field.textEdited.connect(lambda _text, lang=lang: self._preview_in(lang))
        self.at_least_radio.toggled.connect(self.min_days_field.setEnabled)
        self.preview_lang.currentIndexChanged.connect(lambda _index: self.refresh_preview())
        self._timer.timeout.connect(self.refresh_preview)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificate texts, logos and signatures"))
        labels = [self.tr("Title (Spanish):"), self.tr("Title (English):"), self.tr("Venue:"), self.tr("Hours:"),
                  self.tr("Issued by:"), self.tr("Verification address:")]
        for label, text in zip(self._text_labels, labels, strict=True):
            label.setText(text)
        self.title_en_field.setPlaceholderText(self.tr("Printed on the certificates in English"))
        self.venue_field.setPlaceholderText(self.tr("City, region, country"))
        self.hours_field.setSpecialValueText(self.tr("not printed"))
        self.issuer_field.setPlaceholderText(self.tr("The organization that issues the certificates"))
        self.verify_url_field.setPlaceholderText(self.tr("https://… where the verification page is published "
                                                         "(set it before printing)"))
        self.texts_box.setTitle(self.tr("Texts"))
        self.rule_box.setTitle(self.tr("Who gets a certificate"))
        days = self.store.event.days
        self.every_day_radio.setText(self.tr("Attended every day of the event (%n day(s))", "", len(days)))
        self.at_least_radio.setText(self.tr("Attended at least"))
        self.days_label.setText(self.tr("days"))
        self.roles_label.setText(self.tr("These roles need only one day checked in:"))
        for role, box in self.role_boxes.items():
            box.setText(role_label(role))
        self.logos_box.setTitle(self.tr("Logos (up to {n}, PNG or JPEG), from left to right").format(n=MAX_LOGOS))
        self.signatures_box.setTitle(self.tr("Signatures (up to {n})").format(n=MAX_SIGNATURES))
        for number, (heading, labels) in enumerate(zip(self._signature_headings, self._signature_labels,
                                                       strict=True), start=1):
            heading.setText(self.tr("Signature {n}").format(n=number))
            for label, text in zip(labels, (self.tr("Name:"), self.tr("Position (Spanish):"),
                                            self.tr("Position (English):")), strict=True):
                label.setText(text)
        self.preview_lang_label.setText(self.tr("&Preview in:"))
        self.save_button.setText(self.tr("&Save"))
        self._show_preview_state()

    # ---- the form ---------------------------------------------------------------------------------

    def form(self) -> CertificateForm:
        days = len(self.store.event.days)
        min_days = self.min_days_field.value() if self.at_least_radio.isChecked() else 0
        if min_days >= days:
            min_days = 0  # every day, said the same way whatever the number of days
        roles = tuple(r for r, box in self.role_boxes.items() if box.isChecked()) + self._other_roles_once
        signatories = tuple(
            Signatory(name.text().strip(), title.text().strip(), title_en.text().strip(), slot.data)
            for name, title, title_en, slot in self.signature_fields
            if name.text().strip() or title.text().strip() or title_en.text().strip() or slot.data)
        return CertificateForm(
            self.title_es_field.text().strip(), self.title_en_field.text().strip(), self.venue_field.text().strip(),
            round(self.hours_field.value(), 1), self.issuer_field.text().strip(), AttendanceRule(min_days, roles),
            tuple(slot.data for slot in self.logo_slots if slot.data), signatories,
            self.verify_url_field.text().strip())

    def _problem(self, form: CertificateForm) -> str:
        if not form.title_es and not form.title_en:
            return self.tr("The event needs a title.")
        for number, (name, title, title_en, slot) in enumerate(self.signature_fields, start=1):
            if not name.text().strip() and (title.text().strip() or title_en.text().strip() or slot.data):
                return self.tr("Signature {n} needs the signatory's name.").format(n=number)
        return ""

    def save(self) -> None:
        form = self.form()
        problem = self._problem(form)
        if problem:
            QMessageBox.warning(self, self.tr("Cannot save"), problem)
            return
        event = self.store.event
        changes = {k: v for k, v in form.event_fields().items() if getattr(event, k) != v}
        logos, signatories = stored_form_assets(self.store)
        try:
            with self.store.transaction():
                if changes:
                    self.store.update_event(**changes)
                if form.logos != logos or form.signatories != signatories:
                    cert_assets.set_certificate_assets(
                        self.store, logos=list(form.logos) if form.logos != logos else None,
                        signatories=list(form.signatories) if form.signatories != signatories else None)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), user_message(error))
            return
        self.settings_saved.emit()
        self.accept()

    # ---- the preview ------------------------------------------------------------------------------

    def _preview_in(self, lang: str) -> None:
        if self.preview_lang.currentData() != lang:
            self.preview_lang.blockSignals(True)  # the edit itself schedules the preview
            self.preview_lang.setCurrentIndex(self.preview_lang.findData(lang))
            self.preview_lang.blockSignals(False)

    def _schedule_preview(self, *_args: object) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        """Draws the preview now on a worker (or right after the one drawing, with the latest form)."""
        self._timer.stop()
        if self._worker is not None:
            self._pending = True
            return
        self._pending = False
        self._worker = run_job(
            preview_in_copy, self.participant_id, self.preview_lang.currentData(), self.form(), event=self._copy,
            finished=self._preview_finished, failed=self._preview_failed)
        self._show_preview_state()

    def is_drawing(self) -> bool:
        return self._worker is not None or self._timer.isActive()

    def _preview_finished(self, pdf: bytes) -> None:
        self._worker = None
        self.preview_error = ""
        if not self._closed:
            self.preview.set_pdf(pdf)
        self._after_preview()

    def _preview_failed(self, message: str) -> None:
        self._worker = None
        self.preview_error = message
        if not self._closed:
            self.preview.show_message(self.tr("The preview cannot be drawn:\n{why}").format(why=message))
        self._after_preview()

    def _after_preview(self) -> None:
        if self._closed:
            self._remove_copy()
            return
        if self._pending:
            self.refresh_preview()
            return
        self._show_preview_state()

    def _show_preview_state(self) -> None:
        text = self.tr("Preview of {name}'s certificate, with the texts as they are typed. It is marked PREVIEW "
                       "and proves nothing.").format(name=self.participant_name)
        if self._worker is not None:
            text += " " + self.tr("Updating…")
        self.preview_label.setText(text)

    # ---- closing --------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        if self._worker is None:
            self._remove_copy()
        super().done(result)

    def _remove_copy(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)
