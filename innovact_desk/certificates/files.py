"""A file per person: one PDF per certificate in a folder, named so a person finds theirs, and on request one
ZIP of them all and, beside each PDF, its Open Badges 3.0 credential (credential.py).

The register rules are print_certificates' (issue, reissue after a correction, reprint unchanged, revoked
skipped), and so is the all-or-nothing: every file is written under a temporary name first; only when all
are written is the register recorded and the files put in place, so a cancelled or failed run leaves
nothing behind and records nothing. The files are made with ReportLab's invariant mode: a reprint of an
unchanged certificate gives the same bytes.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import unicodedata
import zipfile
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from innovact_desk.certificates import assets as cert_assets
from innovact_desk.certificates import register
from innovact_desk.certificates.hours import event_day_hours
from innovact_desk.certificates.pdfsplit import PdfObjects, page_document
from innovact_desk.certificates.register import Certificate
from innovact_desk.errors import UserError
from innovact_desk.records import Participant
from innovact_desk.store.event import EventStore

# Not allowed in a file name on Windows (and / nowhere); control characters neither.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
NAME_BYTES = 120  # of the name part, in UTF-8: with the code and ".pdf.jwt" well under every system's 255


@dataclass(frozen=True)
class FileResult:
    """What a run of files did; files are the PDFs written (names in the folder), in roster order."""

    issued: int
    reissued: int
    reprinted: int
    revoked: int
    folder: str | None
    files: tuple[str, ...] = ()
    credentials: tuple[str, ...] = ()
    zip: str | None = None
    certificates: tuple[tuple[str, str, int, str], ...] = ()  # (participant id, code, rev, action)

    @property
    def pages(self) -> int:
        return len(self.files)

    def to_dict(self) -> dict:
        return {"issued": self.issued, "reissued": self.reissued, "reprinted": self.reprinted,
                "revoked": self.revoked, "pages": self.pages, "folder": self.folder, "files": list(self.files),
                "credentials": list(self.credentials), "zip": self.zip}


def safe_name(text: str, limit: int = NAME_BYTES) -> str:
    """A piece of a file name that Windows, macOS and Linux all take: NFC, no forbidden or control characters,
    single spaces, no leading or trailing dots and spaces, at most `limit` bytes of UTF-8 (cut between
    characters), never a reserved device name (CON, NUL, COM1…)."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Co", "Cs", "Cn"))
    text = _SPACES.sub(" ", _FORBIDDEN.sub(" ", text)).strip(" .")
    encoded = text.encode("utf-8")
    if len(encoded) > limit:
        text = encoded[:limit].decode("utf-8", "ignore").rstrip(" .")
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    return text or "certificado"


def holder_name(person: Participant, cert: Certificate) -> str:
    """'Apellidos Nombres' when the roster has both parts, else the name as printed."""
    if person.surnames.strip() and person.given_names.strip():
        return f"{person.surnames.strip()} {person.given_names.strip()}"
    return cert.name


def file_stem(person: Participant, cert: Certificate, taken: set[str] | None = None) -> str:
    """'Ñaupari Zúñiga Rosa - 70KW-8AR8': the person's name, then the start of the code printed under the QR
    (its first two groups: letters and digits only, where the check symbol may be * or $). Two files of a run
    that would share a name (the same person, the same 40 bits) get the third group too."""
    name = safe_name(holder_name(person, cert))
    stem = f"{name} - {cert.code[:9]}"
    if taken is not None:
        if stem.casefold() in taken:
            stem = f"{name} - {cert.code[:14]}"
        taken.add(stem.casefold())
    return stem


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise UserError("certificates.out_dir_not_folder", path=str(folder))


def print_files(
    store: EventStore,
    folder: str | os.PathLike,
    *,
    zip_path: str | os.PathLike | None = None,
    credentials: bool = False,
    participant_ids: Iterable[str] | None = None,
    relaxed: bool = False,
    new_only: bool = False,
    lang: str | None = None,
    key_folder: str | os.PathLike | None = None,
    today: date | None = None,
) -> Generator[tuple[int, int], None, FileResult]:
    """Write one PDF per certificate into the folder, yielding (done, total); returns a FileResult."""
    from innovact_desk.certificates.credential import credential_jwt
    from innovact_desk.certificates.pdf import CertificateWriter, _page

    folder = Path(folder)
    _check_folder(folder)
    zip_file = Path(zip_path) if zip_path else None
    if zip_file is not None and not zip_file.parent.is_dir():
        raise UserError("certificates.no_folder", path=str(zip_file.parent))
    plan = register.plan_batch(store, participant_ids=participant_ids, relaxed=relaxed, new_only=new_only)
    skipped = len(plan.revoked)
    if not plan.items:
        return FileResult(0, 0, 0, skipped, None)
    prepared = register.prepare(store, plan, lang=lang, today=today, folder=key_folder)
    logos, signatures = cert_assets.certificate_assets(store)
    per_day = event_day_hours(store)
    total = len(prepared.items)
    token = secrets.token_hex(4)
    written: list[tuple[Path, Path]] = []  # (temporary, final)
    try:
        yield 0, total
        batch = io.BytesIO()
        writer = CertificateWriter(batch, store.event, logos, signatures, invariant=True)
        pages = []
        for done, item in enumerate(prepared.items, start=1):
            pages.append(_page(store, item, prepared.signers[item.certificate.kid], per_day))
            writer.add(pages[-1])
            if done % 2 == 0:
                yield done // 2, total
        writer.finish()
        objects = PdfObjects(batch.getvalue())
        taken: set[str] = set()
        for done, (item, page, number) in enumerate(zip(prepared.items, pages, objects.pages()), start=1):
            stem = file_stem(item.participant, item.certificate, taken)
            tmp = folder / f".{token}-{done}.pdf.part"
            written.append((tmp, folder / f"{stem}.pdf"))
            with tmp.open("wb") as handle:
                handle.writelines(page_document(objects, number, title=item.certificate.name,
                                                author=store.event.issuer or "innovact-desk"))
            if credentials:
                jwt_tmp = folder / f".{token}-{done}.jwt.part"
                written.append((jwt_tmp, folder / f"{stem}.jwt"))
                jwt_tmp.write_text(credential_jwt(store, item.certificate, prepared.signers[item.certificate.kid],
                                                  page.hours, person=item.participant), encoding="ascii")
            if done % 2 == 0 or done == total:
                yield (total + done) // 2, total
        zip_tmp = None
        if zip_file is not None:
            zip_tmp = zip_file.with_name(f".{zip_file.name}.{token}.part")
            written.append((zip_tmp, zip_file))
            with zipfile.ZipFile(zip_tmp, "w", compression=zipfile.ZIP_STORED) as archive:
                for tmp, final in written[:-1]:
                    archive.write(tmp, final.name)
        register.record(store, prepared)
        for tmp, final in written:
            os.replace(tmp, final)
    except OSError as exc:
        raise UserError("certificates.not_writable", path=str(folder), reason=exc.strerror or str(exc)) from None
    finally:
        for tmp, _final in written:
            tmp.unlink(missing_ok=True)
    count = {a: sum(1 for i in prepared.items if i.action == a) for a in ("issue", "reissue", "reprint")}
    pdfs = tuple(final.name for _tmp, final in written if final.suffix == ".pdf" and final != zip_file)
    jwts = tuple(final.name for _tmp, final in written if final.suffix == ".jwt")
    listed = tuple((i.participant.id, i.certificate.code, i.certificate.rev, i.action) for i in prepared.items)
    return FileResult(count["issue"], count["reissue"], count["reprint"], skipped, str(folder), pdfs, jwts,
                      str(zip_file) if zip_file else None, listed)


def certificate_file(store: EventStore, cert: Certificate, person: Participant) -> tuple[str, bytes, str, str]:
    """(PDF file name, PDF bytes, credential file name, credential) of a certificate already in the register,
    as a reprint draws it (the same QR), recording nothing: what the outbox attaches."""
    from innovact_desk.certificates.credential import credential_jwt
    from innovact_desk.certificates.pdf import CertificateWriter, _page

    key = register.key_for_kid(store, cert.kid)
    logos, signatures = cert_assets.certificate_assets(store)
    per_day = event_day_hours(store)
    buffer = io.BytesIO()
    writer = CertificateWriter(buffer, store.event, logos, signatures, invariant=True, title=cert.name)
    page = _page(store, register.Printable(person, cert, "reprint", cert.lang), key, per_day)
    writer.add(page)
    writer.finish()
    stem = file_stem(person, cert)
    return f"{stem}.pdf", buffer.getvalue(), f"{stem}.jwt", credential_jwt(store, cert, key, page.hours, person=person)
