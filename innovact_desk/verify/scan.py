"""Every certificate QR in a file: a PDF of many certificates is checked page by page, all of them."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from innovact_desk.certificates import qr as certqr
from innovact_desk.certificates.pdf import (
    MAX_SCAN_SECONDS,
    _check_pixels,
    _page_sizes,
    _qr_texts,
    scan_file,
)
from innovact_desk.errors import UserError

MAX_VERIFY_PAGES = 200  # a batch of printed certificates, one a page; within MAX_SCAN_SECONDS in all


def certificate_texts(path: str | os.PathLike, *, dpi: int = 150) -> list[str]:
    """The text of every certificate QR in a PNG, JPEG or PDF file, in page order (none: [])."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        raise UserError("certificates.scan_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if head != b"%PDF-":
        found = scan_file(path, dpi=dpi)  # a picture: scan_file says when it cannot be read
        return [found] if found and certqr.parse_qr_text(found) is not None else []
    from PIL import Image

    tool = shutil.which("pdftoppm")
    if tool is None:
        scan_file(path, dpi=dpi)  # raises the message about poppler-utils
        return []
    texts: list[str] = []
    deadline = time.monotonic() + MAX_SCAN_SECONDS
    sizes = _page_sizes(path, MAX_VERIFY_PAGES)
    with tempfile.TemporaryDirectory(prefix="innovact-scan-") as folder:
        for number in range(1, MAX_VERIFY_PAGES + 1):  # page by page: bounded in time, memory and disk
            if number in sizes:  # a page past the pixel cap is refused before it is drawn
                _check_pixels(path, tuple(round(points / 72 * dpi) for points in sizes[number]), number)
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                done = subprocess.run([tool, "-r", str(dpi), "-gray", "-f", str(number), "-l", str(number), str(path),
                                       str(Path(folder) / "page")], capture_output=True, check=False, timeout=left)
            except subprocess.TimeoutExpired:
                if number == 1:
                    raise UserError("certificates.scan_too_slow", path=str(path),
                                    seconds=int(MAX_SCAN_SECONDS)) from None
                break
            pages = sorted(Path(folder).glob("page*.pgm"))
            if done.returncode != 0 or not pages:
                if number == 1:
                    detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
                    raise UserError("certificates.scan_bad_pdf", path=str(path),
                                    reason=detail[-1] if detail else "pdftoppm failed")
                break
            for page in pages:
                with Image.open(page) as image:
                    _check_pixels(path, image.size, number)
                    texts += [t for t in _qr_texts(image) if certqr.parse_qr_text(t) is not None]
                page.unlink()
    return texts
