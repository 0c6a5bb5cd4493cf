"""Every certificate QR in a file: a PDF of many certificates is checked page by page, all of them,
within the same bounds as certificates.pdf.scan_file (page size, time; a PDF whose first pages hold no
certificate is not read further)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from innovact_desk.certificates import qr as certqr
from innovact_desk.certificates.pdf import (
    MAX_SCAN_PAGES,
    MAX_SCAN_SECONDS,
    _check_pixels,
    _page_sizes,
    _qr_texts,
    scan_file,
)
from innovact_desk.errors import UserError

MAX_CERTIFICATE_PAGES = 2000  # a print run of a large event, read within MAX_SCAN_SECONDS


def certificate_texts(path: str | os.PathLike, *, dpi: int = 150) -> list[str]:
    """The text of every certificate QR in a PNG, JPEG or PDF file, in page order (none: []).

    Pages are read one at a time until the PDF ends, MAX_SCAN_SECONDS pass, or the first
    MAX_SCAN_PAGES pages turn out to hold no certificate."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        raise UserError("certificates.scan_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if head != b"%PDF-":
        found = scan_file(path, dpi=dpi)  # a picture: scan_file bounds it and says when it cannot be read
        return [found] if found and certqr.parse_qr_text(found) is not None else []
    from PIL import Image

    tool = shutil.which("pdftoppm")
    if tool is None:
        raise UserError("certificates.scan_needs_pdftoppm")
    deadline = time.monotonic() + MAX_SCAN_SECONDS
    sizes = _page_sizes(path, MAX_CERTIFICATE_PAGES)
    texts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="innovact-scan-") as folder:
        for page in range(1, MAX_CERTIFICATE_PAGES + 1):
            if page > MAX_SCAN_PAGES and not texts:
                break  # not a PDF of certificates
            if page in sizes:  # known before rasterising: a 100-inch page is never drawn
                _check_pixels(path, tuple(round(points / 72 * dpi) for points in sizes[page]), page)
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                done = subprocess.run([tool, "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), str(path),
                                       str(Path(folder) / "page")], capture_output=True, check=False, timeout=left)
            except subprocess.TimeoutExpired:
                if page == 1:
                    raise UserError("certificates.scan_too_slow", path=str(path),
                                    seconds=int(MAX_SCAN_SECONDS)) from None
                break
            images = sorted(Path(folder).glob("page*.pgm"))
            if done.returncode != 0 or not images:
                if page == 1:
                    detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
                    raise UserError("certificates.scan_bad_pdf", path=str(path),
                                    reason=detail[-1] if detail else "pdftoppm failed")
                break  # the end of the document
            for image_path in images:
                with Image.open(image_path) as image:
                    _check_pixels(path, image.size, page)
                    texts += [t for t in _qr_texts(image) if certqr.parse_qr_text(t) is not None]
                image_path.unlink()
    return texts
