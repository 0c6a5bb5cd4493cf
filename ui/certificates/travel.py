"""Certificates that travel, from the Certificates tab: one file per person (with credentials and a ZIP)
and the outbox ("Send by email when there is a network"). The work runs on a worker with its own
connection; the dialogs only gather what the core needs."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from innovact_desk.outbox import mailer
from innovact_desk.store.event import EventStore


def mail_job(store: EventStore, server: str, sender: str, user: str, starttls: bool,
             password: str | None) -> Generator[tuple[int, int], None, mailer.MailResult]:
    """Runs on the worker (run_job gives it its own connection): queue what is new, then send the queue."""
    settings = mailer.settings_from(store, server, sender, user, starttls)
    mailer.queue_certificates(store, settings.sender)
    secret = password or mailer.stored_password(settings)
    return (yield from mailer.send_queue(
        store, settings, secret, on_login=(lambda: mailer.keep_password(settings, secret)) if secret else None))


class FilesDialog(QDialog):
    """Where the files go, and whether credentials and a ZIP come too."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateFilesDialog")
        self.setWindowTitle(self.tr("One file per person"))
        self.folder_field = QLineEdit(folder, self)
        self.folder_field.setObjectName("filesFolderField")
        self.credentials_box = QCheckBox(self.tr("Open Badges &credential (.jwt) beside each PDF"), self)
        self.credentials_box.setObjectName("filesCredentialsBox")
        self.credentials_box.setChecked(True)
        self.zip_box = QCheckBox(self.tr("Also one &ZIP file of them all"), self)
        self.zip_box.setObjectName("filesZipBox")
        browse = QDialogButtonBox(self)
        self.browse_button = browse.addButton(self.tr("&Choose folder…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.browse_button.clicked.connect(self._browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Folder:"), self.folder_field)
        form.addRow("", browse)
        form.addRow("", self.credentials_box)
        form.addRow("", self.zip_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the certificates"), self.folder_field.text())
        if folder:
            self.folder_field.setText(folder)

    def zip_path(self) -> str | None:
        return str(Path(self.folder_field.text()) / "certificados.zip") if self.zip_box.isChecked() else None


class MailDialog(QDialog):
    """The mail server (remembered in the event file) and, when no stored one, the password (never stored there)."""

    def __init__(self, settings: mailer.SmtpSettings | None, needs_password: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailDialog")
        self.setWindowTitle(self.tr("Send by email when there is a network"))
        self.server_field = QLineEdit(f"{settings.host}:{settings.port}" if settings else "", self)
        self.server_field.setObjectName("mailServerField")
        self.server_field.setPlaceholderText("smtp.example.org:587")
        self.sender_field = QLineEdit(settings.sender if settings else "", self)
        self.sender_field.setObjectName("mailSenderField")
        self.user_field = QLineEdit(settings.user if settings else "", self)
        self.user_field.setObjectName("mailUserField")
        self.password_field = QLineEdit(self)
        self.password_field.setObjectName("mailPasswordField")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText(self.tr("kept by the system, never in the event file")
                                               if not needs_password else "")
        self.starttls_box = QCheckBox(self.tr("Secure connection (&STARTTLS)"), self)
        self.starttls_box.setObjectName("mailStarttlsBox")
        self.starttls_box.setChecked(settings.starttls if settings else True)
        form = QFormLayout(self)
        form.addRow(self.tr("Mail &server:"), self.server_field)
        form.addRow(self.tr("&From:"), self.sender_field)
        form.addRow(self.tr("&User:"), self.user_field)
        form.addRow(self.tr("&Password:"), self.password_field)
        form.addRow("", self.starttls_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
