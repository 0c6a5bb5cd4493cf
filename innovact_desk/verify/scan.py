"""Every certificate QR in a file: a PDF of many certificates is checked page by page, all of them."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from innovact_desk.certificates import qr as certqr
from innovact_desk.certificates.pdf import _qr_texts, scan_file
from innovact_desk.errors import UserError


def certificate_texts(path: str | os.PathLike, *, dpi: int = 150) -> list[str]:
    """The text of every certificate QR in a PNG, JPEG or PDF file, in page order (none: [])."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if head != b"%PDF-":
        found = scan_file(path, dpi=dpi)  # a picture: scan_file says when it cannot be read
        return [found] if found and certqr.parse_qr_text(found) is not None else []
    from PIL import Image

    tool = shutil.which("pdftoppm")
    if tool is None:
        scan_file(path, dpi=dpi)  # raises the message about poppler-utils
        return []
    texts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="innovact-scan-") as folder:
        done = subprocess.run([tool, "-r", str(dpi), "-gray", str(path), str(Path(folder) / "page")],
                              capture_output=True, check=False)
        pages = sorted(Path(folder).glob("page*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[-1]))
        if done.returncode != 0 and not pages:
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise UserError(f"{path}: cannot be read as a PDF ({detail[-1] if detail else 'pdftoppm failed'})")
        for page in pages:
            with Image.open(page) as image:
                texts += [t for t in _qr_texts(image) if certqr.parse_qr_text(t) is not None]
            page.unlink()
    return texts
