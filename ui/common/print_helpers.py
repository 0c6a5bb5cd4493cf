"""Paper from the window: the core writes a PDF, Qt prints it (or the PDF viewer opens it).

`print_pdf` asks for the printer with Qt's print dialog, then draws each PDF page (rendered by
QtPdf) onto the printer, fitted to the printable area. `PdfReadyDialog` offers both ways out,
printing and opening the PDF, so a laptop with no printer driver still gets its paper printed elsewhere.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressDialog, QPushButton, QVBoxLayout, QWidget

MAX_RENDER_DPI = 300  # enough for text and QR codes; a page at 600 dpi would take 140 MB of memory


def temporary_pdf_path(stem: str) -> Path:
    """A fresh file name in this program's temporary folder (kept: the PDF viewer may still read it)."""
    folder = Path(tempfile.gettempdir()) / "innovact-desk"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{stem}-{datetime.now():%Y%m%d-%H%M%S-%f}.pdf"


def busy_progress(parent: QWidget, label: str) -> QProgressDialog:
    """A busy bar for work with no steps to count (a PDF being made), shown only if it takes over a second."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("busyProgress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(1000)
    progress.setValue(0)  # starts the one-second wait
    return progress


def print_pdf(parent: QWidget | None, pdf_path: str | os.PathLike) -> bool:
    """Asks for a printer (Qt's print dialog), then prints every page; False when cancelled or unreadable."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(pdf_path).stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return render_pdf(pdf_path, printer) > 0


def render_pdf(pdf_path: str | os.PathLike, printer: QPrinter) -> int:
    """Draws the PDF's pages onto `printer`, each fitted to the printable area; returns the pages drawn."""
    document = QPdfDocument()
    if document.load(str(pdf_path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    pages = document.pageCount()
    try:
        for page in range(pages):
            if page and not printer.newPage():
                return page
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            target.moveCenter(QRectF(0, 0, area.width(), area.height()).center())
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
    return pages


def open_pdf(pdf_path: str | os.PathLike) -> bool:
    """Opens the PDF in this computer's PDF viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf_path)))


class PdfReadyDialog(QDialog):
    """The PDF is written: print it (Enter) or open it in the PDF viewer."""

    pdf_printed = Signal(str)
    pdf_opened = Signal(str)

    def __init__(self, pdf_path: str | os.PathLike, title: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfReadyDialog")
        self.pdf_path = str(pdf_path)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.summary_label = QLabel(summary, self)
        self.summary_label.setObjectName("pdfSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.path_label = QLabel(self.pdf_path, self)
        self.path_label.setObjectName("pdfPathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printPdfButton")
        self.open_button = QPushButton(self.tr("&Open PDF"), self)
        self.open_button.setObjectName("openPdfButton")
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.path_label)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.print_button.clicked.connect(self.print_it)
        self.open_button.clicked.connect(self.open_it)
        self.buttons.rejected.connect(self.reject)

    def print_it(self) -> None:
        if print_pdf(self, self.pdf_path):
            self.pdf_printed.emit(self.pdf_path)
            self.accept()

    def open_it(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = open_pdf(self.pdf_path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if opened:
            self.pdf_opened.emit(self.pdf_path)
            self.accept()
        else:
            self.summary_label.setText(self.tr("No PDF viewer could open the file. It is here:"))
