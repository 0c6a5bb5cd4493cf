"""Read a roster that organizers exported (CSV or XLSX) into a plain table, and guess its columns.

Qt-free and database-free: this module only turns a file into rows of cleaned strings numbered
the way a spreadsheet shows them, plus a guess of which column holds which participant field.
Another module decides who is the same person and writes rows.
"""

from __future__ import annotations

import csv
import io
import os
import re
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from charset_normalizer import from_bytes
from openpyxl.utils.cell import range_boundaries

from innovact_desk.errors import UserError
from innovact_desk.text import clean, words

__all__ = ["RosterTable", "guess_mapping", "has_name_column", "read_table"]

TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
HEADER_SCAN = 10  # the header row is looked for among the first non-blank rows
DELIMITERS = (",", ";", "\t")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or an encrypted .xlsx
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_EXCEL_TEXT_FORMULA = re.compile(r'^="(.*)"$', re.DOTALL)  # ="00123": Excel's keep-the-zeros trick
_ZERO_PAD_FORMAT = re.compile(r"0+")

# Limits on what a roster may be: far above any workshop's, far below what hurts a small laptop.
MAX_TEXT_BYTES = 64 * 1024 * 1024  # a CSV of 64 MB holds some 250,000 people
MAX_XLSX_BYTES = 32 * 1024 * 1024
MAX_XLSX_UNPACKED = 256 * 1000 * 1000  # every part of the workbook, unpacked
MAX_XLSX_PARTS = 10_000
MAX_ROWS = 300_000
MAX_COLUMNS = 200
MAX_CELLS = 6_000_000
MAX_MERGES = 100_000


@dataclass
class RosterTable:
    path: str
    headers: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]]
    encoding: str | None
    delimiter: str | None


Records = list[tuple[int, list[str]]]


# --------------------------------------------------------------------------- reading


def read_table(path: str | os.PathLike[str]) -> RosterTable:
    """Read a CSV/TSV/TXT or XLSX/XLSM roster; raise UserError naming the file for anything unreadable."""
    p = Path(path)
    name = p.name or str(p)
    suffix = p.suffix.lower()
    if suffix == ".xls":
        raise UserError("roster.old_excel", path=name)
    if suffix not in TEXT_SUFFIXES | EXCEL_SUFFIXES:
        raise UserError("roster.not_roster", path=name)
    excel = suffix in EXCEL_SUFFIXES
    data = read_bounded(p, MAX_XLSX_BYTES if excel else MAX_TEXT_BYTES, name)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xfe\xff"):
        raise UserError("roster.empty", path=name)
    if data.startswith(b"%PDF"):
        raise UserError("roster.pdf", path=name)
    if data.startswith(_OLE_MAGIC):
        raise UserError("roster.ole", path=name)
    if not excel and data.startswith(_ZIP_MAGIC) and len(data) > MAX_XLSX_BYTES:
        raise UserError("roster.too_big", path=name, most=MAX_XLSX_BYTES // (1024 * 1024))
    if suffix in EXCEL_SUFFIXES or data.startswith(_ZIP_MAGIC):
        return _build_table(os.fspath(path), name, _xlsx_records(data, name), None, None)
    text, encoding = _decode(data, name)
    records, delimiter = _csv_records(text, name, "\t" if suffix == ".tsv" else ",")
    return _build_table(os.fspath(path), name, records, encoding, delimiter)


def read_bounded(path: Path, limit: int, name: str) -> bytes:
    """The bytes of a file from outside, refused (never read on) past `limit`: /dev/zero stops too."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UserError("roster.unreadable", path=name, reason=exc.strerror or str(exc)) from exc
    if len(data) > limit:
        raise UserError("roster.too_big", path=name, most=limit // (1024 * 1024))
    return data


def _build_table(path: str, name: str, records: Records, encoding: str | None, delimiter: str | None) -> RosterTable:
    found = _find_header(records)
    if found is None:
        raise UserError("roster.empty", path=name)
    header_row, headers = records[found]
    body = [(number, cells) for number, cells in records[found + 1 :] if any(cells)]
    width = max([_used_width(headers)] + [_used_width(cells) for _, cells in body])
    headers = _fit(headers, width)
    headers[0] = clean(headers[0].lstrip("\ufeff"))
    return RosterTable(
        path=path,
        headers=headers,
        header_row=header_row,
        rows=[(number, _fit(cells, width)) for number, cells in body],
        encoding=encoding,
        delimiter=delimiter,
    )


def _find_header(records: Records) -> int | None:
    """Index of the header: the first early row with a name column (preferring rows of 2+ cells)."""
    nonblank = [i for i, (_, cells) in enumerate(records) if any(cells)][:HEADER_SCAN]
    if not nonblank:
        return None
    named = [i for i in nonblank if has_name_column(guess_mapping(records[i][1]))]
    wide = [i for i in named if sum(1 for cell in records[i][1] if cell) >= 2]
    return (wide or named or nonblank)[0]


def _used_width(cells: list[str]) -> int:
    return max((i + 1 for i, cell in enumerate(cells) if cell), default=0)


def _fit(cells: list[str], width: int) -> list[str]:
    return (cells + [""] * width)[:width]


# --------------------------------------------------------------------------- CSV


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and encoding: BOMs, BOM-less UTF-16, strict UTF-8, cp1252, then charset-normalizer."""
    text, encoding = _guess_decode(data, name)
    text = text.lstrip("\ufeff").rstrip("\x1a")  # stray BOM; DOS end-of-file mark
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > len(text) // 200:
        raise UserError("roster.binary", path=name)
    return text, encoding


def _guess_decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise UserError("roster.bad_text", path=name, encoding=encoding, reason=exc.reason) from exc
    bomless16 = _bomless_utf16(data)
    candidates = ([bomless16] if bomless16 else []) + ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text):
            return text, encoding
    best = from_bytes(data).best()
    if best is None:
        raise UserError("roster.unknown_encoding", path=name)
    return str(best), best.encoding


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'-be' when every other byte of a mostly-ASCII text is zero."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return None
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _csv_records(text: str, name: str, default: str) -> tuple[Records, str]:
    delimiter = _detect_delimiter(text, default)
    try:
        raw = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UserError("roster.bad_csv", path=name, reason=str(exc)) from exc
    return [(number, [_csv_cell(cell) for cell in cells]) for number, cells in enumerate(raw, start=1)], delimiter


def _csv_cell(cell: str) -> str:
    formula = _EXCEL_TEXT_FORMULA.match(cell.strip()) if "=" in cell else None
    return clean(formula.group(1) if formula else cell)


def _detect_delimiter(text: str, default: str, sample: int = 50) -> str:
    """The delimiter under which most of the first records agree on one column count above 1."""
    records = _delimiters_per_record(text, sample)
    best: tuple[int, int] = (0, 0)
    chosen = default
    for delimiter in sorted(DELIMITERS, key=lambda d: d != default):
        if not records:
            break
        columns, agreeing = Counter(record[delimiter] + 1 for record in records).most_common(1)[0]
        if columns > 1 and (agreeing, columns) > best:
            best, chosen = (agreeing, columns), delimiter
    return chosen


def _delimiters_per_record(text: str, limit: int) -> list[Counter[str]]:
    """Count each candidate delimiter outside quotes, per record; the same records for every candidate."""
    records: list[Counter[str]] = []
    current: Counter[str] = Counter()
    content = quoted = False
    i = 0
    while i < len(text) and len(records) < limit:
        char = text[i]
        if quoted:
            if char == '"' and text[i + 1 : i + 2] == '"':
                i += 1  # an escaped quote inside a quoted cell
            elif char == '"':
                quoted = False
        elif char == '"' and (i == 0 or text[i - 1] in ',;\t\r\n'):
            quoted = content = True
        elif char in "\r\n":
            if content:  # blank lines say nothing; ';;;;' lines do
                records.append(current)
            current, content = Counter(), False
        elif char in DELIMITERS:
            current[char] += 1
            content = True
        elif not char.isspace():
            content = True
        i += 1
    if content and len(records) < limit:
        records.append(current)
    return records


# --------------------------------------------------------------------------- XLSX


def _check_zip(data: bytes, name: str) -> None:
    """Refuses a workbook whose parts would unpack past MAX_XLSX_UNPACKED (a zip bomb) before unpacking any."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UserError("roster.bad_workbook", path=name) from exc
    if len(infos) > MAX_XLSX_PARTS or sum(info.file_size for info in infos) > MAX_XLSX_UNPACKED:
        raise UserError("roster.workbook_too_big", path=name, most=MAX_XLSX_UNPACKED // 1_000_000)


def _xlsx_records(data: bytes, name: str) -> Records:
    """Rows of the active sheet (or the first sheet with a name column) with real row numbers.

    Streamed (openpyxl's read-only mode, a sheet's XML parsed row by row), within limits of size,
    rows and columns: a workbook past them is refused, however little its file weighs."""
    import openpyxl

    _check_zip(data, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "extension is not supported" chatter
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheets = workbook.worksheets
            active = workbook.active
            ordered = ([active] if active in sheets else []) + [ws for ws in sheets if ws is not active]
            first_nonblank: Records | None = None
            for sheet in ordered:
                if not hasattr(sheet, "_get_source"):  # a chart sheet
                    continue
                records = _sheet_records(workbook, sheet, name)
                found = _find_header(records)
                if found is not None and has_name_column(guess_mapping(records[found][1])):
                    return records
                if found is not None and first_nonblank is None:
                    first_nonblank = records
        finally:
            workbook.close()
    except UserError:
        raise
    except Exception as exc:  # zipfile, XML and KeyError failures all mean the same to the user
        raise UserError("roster.bad_workbook", path=name) from exc
    return first_nonblank or []


def _sheet_records(workbook, sheet, name: str) -> Records:
    from openpyxl.cell.read_only import ReadOnlyCell
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet._reader import WorkSheetParser

    records: Records = []
    cells_seen = 0
    with sheet._get_source() as source:
        parser = WorkSheetParser(source, sheet._shared_strings, data_only=True, epoch=workbook.epoch,
                                 date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats)
        for number, row in parser.parse():
            values = [cell for cell in row if cell["value"] is not None]
            if not values:
                continue  # empty rows (and a sheet's claimed dimension) cost nothing
            width = max(cell["column"] for cell in values)
            if number > MAX_ROWS or width > MAX_COLUMNS:
                raise UserError("roster.sheet_too_big", path=name, sheet=sheet.title,
                                cell=f"{get_column_letter(min(width, 16384))}{number}", rows=MAX_ROWS,
                                columns=MAX_COLUMNS)
            cells_seen += len(values)
            if cells_seen > MAX_CELLS:
                raise UserError("roster.sheet_too_big", path=name, sheet=sheet.title,
                                cell=f"{get_column_letter(width)}{number}", rows=MAX_ROWS, columns=MAX_COLUMNS)
            texts = [""] * width
            for cell in values:
                fmt = ReadOnlyCell(sheet, number, cell["column"], None, style_id=cell["style_id"]).number_format
                texts[cell["column"] - 1] = _cell_text(cell["value"], fmt)
            records.append((number, texts))
        merged = parser.merged_cells
    if merged is not None:
        _fill_merged(records, merged)
    return records


def _fill_merged(records: Records, merged) -> None:
    """A value merged down several rows (one institution for four people) belongs to each of them."""
    by_number = {number: cells for number, cells in records}
    for count, cell_range in enumerate(merged.mergeCell):
        if count >= MAX_MERGES:
            break
        min_col, min_row, _max_col, max_row = range_boundaries(cell_range.ref)
        top = by_number.get(min_row)
        if top is None or min_col > len(top) or not top[min_col - 1]:
            continue
        for number in range(min_row + 1, min(max_row, min_row + MAX_ROWS) + 1):
            cells = by_number.get(number)
            if cells is None:
                continue  # a row with nothing else in it stays blank
            if len(cells) < min_col:
                cells.extend([""] * (min_col - len(cells)))
            if not cells[min_col - 1]:
                cells[min_col - 1] = top[min_col - 1]


def _cell_text(value: object, number_format: str | None = None) -> str:
    """A cell as a spreadsheet shows it: 44234785.0 -> '44234785', dates as ISO text, None -> ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        if number_format and _ZERO_PAD_FORMAT.fullmatch(number_format) and value >= 0:
            text = text.zfill(len(number_format))  # DNI 01234567 stored as 1234567 with format 00000000
        return text
    if isinstance(value, float):
        text = repr(value)
        return format(Decimal(text), "f") if "e" in text else text
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return clean(value)


# --------------------------------------------------------------------------- column guessing

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "Nombres y apellidos", "Nombre completo", "Apellidos y nombres", "Nombre y apellido", "Full name",
        "Name", "Participante", "Nombre y Apellidos", "Nombres y apellido", "Apellido y nombre",
        "Apellido y nombres", "Apellidos y nombre", "Apellidos, nombres", "Nombres, apellidos",
        "Nombres completos", "Nombre del participante", "Participant name", "Your name",
    ),
    "given_names": ("Nombres", "Nombre", "First name", "Given name", "Given names", "Forename", "Nombre de pila"),
    "surnames": ("Apellidos", "Apellido", "Last name", "Surname", "Surnames", "Family name", "Apellido paterno",
                 "Primer apellido", "First surname", "Apellido 1"),
    # Peruvian and Colombian forms often ask the two surnames apart: the importer joins them.
    "second_surname": ("Apellido materno", "Segundo apellido", "Second surname", "Second last name", "Apellido 2"),
    "doc_type": (
        "Tipo de documento", "Document type", "ID type", "Tipo de documento de identidad", "Type of document",
        "Tipo doc", "Type of ID",
    ),
    "document": (
        "DNI", "Documento", "Documento de identidad", "N° de documento", "Número de documento", "Cédula",
        "Cédula de ciudadanía", "CE", "Pasaporte", "ID number", "ID", "Passport", "Document number",
        "Nro documento", "N° documento", "Nº documento", "Passport number",
    ),
    "organization": (
        "Institución", "Institución u organización", "Organización", "Organisation", "Organization", "Entidad",
        "Empresa", "Institution", "Company", "Affiliation",
    ),
    "org_kind": (
        "Tipo de organización", "Tipo de institución", "Tipo de entidad", "Organization type",
        "Kind of organization", "Sector", "Type of organization", "Organisation type", "Type of organisation",
        "Tipo de empresa", "Institution type", "Type of institution",
    ),
    "country": ("País", "Country", "Nacionalidad", "Nationality"),
    "position": ("Cargo", "Puesto", "Ocupación", "Position", "Job title", "Title"),
    "role": ("Rol", "Role", "Tipo de participante", "Participación", "Participant type", "Tipo de participación"),
    "lang": ("Idioma", "Language", "Idioma del certificado", "Certificate language"),
    "email": (
        "Correo", "Correo electrónico", "E-mail", "Email", "Mail", "Correo institucional", "Email address",
        "Dirección de correo electrónico", "Dirección de correo", "E-mail address",
    ),
    "phone": (
        "Teléfono", "Celular", "Móvil", "Telefono celular", "WhatsApp", "Phone", "Mobile", "Phone number",
        "Número de teléfono", "Número de celular", "Teléfono móvil",
    ),
    "gender": ("Género", "Sexo", "Gender", "Sex"),
    "value_chain": ("Cadena de valor", "Cadena productiva", "Value chain"),
}


def _fold(header: str) -> str:
    """'N° de Documento ' -> 'n de documento': accent/case/punctuation-blind words."""
    return " ".join(words(header))


_EXACT: dict[str, str] = {_fold(alias): field for field, aliases in _ALIASES.items() for alias in aliases}
_IGNORED = frozenset({"marca temporal", "timestamp", "middle name", "segundo nombre", "nombre de usuario",
                      "username", "user name"})
_TYPE_WORDS = frozenset({"tipo", "type", "kind", "clase"})
_TYPE_FIELDS = frozenset({"doc_type", "org_kind", "role"})
_OF_WORDS = frozenset({"de", "del", "of"})


def _contained_field(folded: str) -> str | None:
    """The field of the longest alias found word-wise inside a longer header, with a few guards."""
    header = folded.split()
    best: tuple[int, str] | None = None
    for alias, field in _EXACT.items():
        if header[0] in _TYPE_WORDS and field not in _TYPE_FIELDS:
            continue  # 'Tipo de documento (DNI/CE)' is doc_type, never document
        at = _find_words(header, alias.split())
        if at is None:
            continue
        after = header[at + len(alias.split()) : at + len(alias.split()) + 1]
        if field == "given_names" and after and after[0] in _OF_WORDS:
            continue  # 'Nombre del centro' is the centre's name, not a person's
        if best is None or len(alias) > best[0]:
            best = (len(alias), field)
    return best[1] if best else None


def _find_words(header: list[str], alias: list[str]) -> int | None:
    for start in range(len(header) - len(alias) + 1):
        if header[start : start + len(alias)] == alias:
            return start
    return None


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field name -> column index: exact (folded) header matches first, then 'contains' matches."""
    folded = [_fold(header) for header in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for matcher in (_EXACT.get, _contained_field):
        for index, header in enumerate(folded):
            if index in used or not header or header in _IGNORED:
                continue
            field = matcher(header)
            if field and field not in mapping:
                mapping[field] = index
                used.add(index)
    return mapping


def has_name_column(mapping: dict[str, int]) -> bool:
    """True when the mapping can name a person: a full-name column or a given-names column."""
    return "name" in mapping or "given_names" in mapping
