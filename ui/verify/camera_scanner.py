"""Reading a certificate's QR code with a webcam, for the Verify tab.

QtMultimedia delivers frames to a QVideoSink; a few times a second the latest one is copied as grey bytes
and decoded by zxing-cpp on a thread of its own (never more than one at a time), and the first
certificate code found stops the camera. Everything degrades quietly: without QtMultimedia, or without a camera,
`unavailable_reason()` says why in words and the window disables its camera button.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from innovact_desk.certificates import qr as certqr

try:
    from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoFrame, QVideoSink
except ImportError as exc:  # a build without QtMultimedia, or its system libraries missing
    MULTIMEDIA_ERROR = str(exc) or "QtMultimedia"
else:
    MULTIMEDIA_ERROR = ""

DECODE_INTERVAL_MS = 200  # at most five decodes a second
PREVIEW_INTERVAL_MS = 66  # about fifteen pictures a second on screen
DECODE_MAX_WIDTH = 1280  # a QR held up to the camera is large; bigger frames only cost time
PREVIEW_WIDTH = 480

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def cameras() -> list:
    """The cameras QtMultimedia sees (empty without QtMultimedia)."""
    if MULTIMEDIA_ERROR:
        return []
    try:
        return list(QMediaDevices.videoInputs())
    except Exception:  # a multimedia backend that fails to start is no camera, not a crash
        log.exception("listing cameras failed")
        return []


def unavailable_reason() -> str:
    """Why the camera cannot be used, in words; empty when it can."""
    if MULTIMEDIA_ERROR:
        return translate("CameraScanner", "The camera cannot be used: this installation has no Qt Multimedia "
                                          "({why}). Use a USB scanner or open a picture of the certificate.").format(
            why=MULTIMEDIA_ERROR)
    if not cameras():
        return translate("CameraScanner", "No camera found on this computer. Use a USB scanner or open a picture "
                                          "of the certificate.")
    return ""


def grey_bytes(image: QImage, max_width: int = DECODE_MAX_WIDTH) -> tuple[bytes, int, int, int]:
    """(bytes, width, height, bytes per line) of the picture in 8-bit grey: a copy a worker may keep."""
    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride = grey.bytesPerLine()
    return bytes(grey.constBits())[: stride * grey.height()], grey.width(), grey.height(), stride


def decode_qr(data: bytes, width: int, height: int, stride: int) -> list[str]:
    """The texts of the QR codes in a grey picture (zxing-cpp); empty when none or on any error."""
    import zxingcpp
    from PIL import Image

    try:
        image = Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)
        return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode) if r.text]
    except Exception:  # a frame that cannot be decoded is a frame without a code
        log.exception("decoding a camera frame failed")
        return []


def certificate_text(texts: list[str]) -> str | None:
    """The first text that holds a certificate code (a run of 100 or more digits)."""
    return next((t for t in texts if certqr.parse_qr_text(t) is not None), None)


class CameraScanner(QObject):
    """Start it, and receive the first certificate code read as `code_scanned`; `on_frame` (a plain callable)
    gets the pictures to show, about fifteen a second.

    Frames and decodes are not passed on as signals of our own: PySide6 6.12 loses a reference to True at
    every Python-side emit, so the many a second a camera would make end in a crash. A timer running while
    the camera does takes the latest frame, shows it, and hands one to a decoding thread at a time."""

    code_scanned = Signal(str)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_frame: Callable[[QImage], None] | None = None
        self._camera = None
        self._session = None
        self._sink = None
        self._frame: QVideoFrame | None = None
        self._fresh = False
        self._decoding: Future | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qr-decode")
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last_decode = -DECODE_INTERVAL_MS
        self._timer = QTimer(self)
        self._timer.setInterval(PREVIEW_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def is_running(self) -> bool:
        return self._camera is not None

    def start(self) -> bool:
        """Starts the default camera; False (and `failed` with the reason) when there is none."""
        if self.is_running():
            return True
        reason = unavailable_reason()
        if reason:
            self.failed.emit(reason)
            return False
        try:
            device = QMediaDevices.defaultVideoInput()
            if device.isNull():
                device = cameras()[0]
            self._camera = QCamera(device, self)
            self._session = QMediaCaptureSession(self)
            self._sink = QVideoSink(self)
            self._session.setCamera(self._camera)
            self._session.setVideoSink(self._sink)
            self._sink.videoFrameChanged.connect(self._frame_arrived)
            self._camera.errorOccurred.connect(self._camera_error)
            self._camera.start()
        except Exception as exc:  # a backend that fails: a message, never a crash
            log.exception("starting the camera failed")
            self.stop()
            self.failed.emit(translate("CameraScanner", "The camera could not be started ({why}).").format(why=exc))
            return False
        self._timer.start()
        self.running_changed.emit(True)
        return True

    def stop(self) -> None:
        self._frame = None
        if self._camera is None:
            return
        try:
            self._sink.videoFrameChanged.disconnect(self._frame_arrived)
            self._camera.stop()
        except (RuntimeError, TypeError):
            pass
        for part in (self._camera, self._session, self._sink):
            part.deleteLater()
        self._camera = self._session = self._sink = None
        if self._decoding is None:
            self._timer.stop()
        self.running_changed.emit(False)

    def _camera_error(self, _error: object, text: str) -> None:
        self.stop()
        self.failed.emit(translate("CameraScanner", "The camera stopped: {why}").format(why=text))

    def _frame_arrived(self, frame: QVideoFrame) -> None:
        if self._camera is not None and frame.isValid():
            self._frame = frame  # only kept: the timer decides what to do with the latest one
            self._fresh = True

    def _tick(self) -> None:
        if self._decoding is not None and self._decoding.done():
            texts = self._decoding.result()
            self._decoding = None
            self._decoded(texts)
        if self._camera is None:
            if self._decoding is None:
                self._timer.stop()
            return
        if not self._fresh or self._frame is None:
            return
        self._fresh = False
        image = self._frame.toImage()
        if image.isNull():
            return
        if self.on_frame is not None:
            self.on_frame(image.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.FastTransformation))
        if self._decoding is None and self._clock.elapsed() - self._last_decode >= DECODE_INTERVAL_MS:
            self.decode_image(image)

    def decode_image(self, image: QImage) -> None:
        """Decodes one picture on the decoding thread (the camera's frames come here; tests may call it too)."""
        if self._decoding is not None:
            return
        self._last_decode = self._clock.elapsed()
        self._decoding = self._pool.submit(decode_qr, *grey_bytes(image))
        self._timer.start()

    def _decoded(self, texts: list[str]) -> None:
        found = certificate_text(texts)
        if found is not None:
            self.stop()
            self.code_scanned.emit(found)
