"""Roster files: CSV/XLSX into numbered rows of cleaned text, and header guessing (no Qt, no database)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from innovact_desk.errors import UserError
from innovact_desk.roster.files import (
    RosterTable,
    guess_mapping,
    has_name_column,
    read_table,
)
from innovact_desk.text import clean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def write_bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def cells_by_header(table: RosterTable, row: int) -> dict[str, str]:
    (cells,) = [cells for number, cells in table.rows if number == row]
    return dict(zip(table.headers, cells, strict=True))


# --------------------------------------------------------------------------- fixtures


def test_google_forms_fixture() -> None:
    table = read_table(FIXTURES / "roster-google-forms.csv")
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.header_row == 1
    assert table.headers == [
        "Marca temporal", "Nombres y apellidos", "Documento de identidad", "Institución u organización",
        "Tipo de organización", "País", "Correo electrónico", "Cadena de valor",
    ]
    assert [number for number, _ in table.rows] == list(range(2, 43))
    assert all(len(cells) == 8 for _, cells in table.rows)
    first = cells_by_header(table, 2)
    assert first["Nombres y apellidos"] == "Rosa Ahuanari Bermúdez"
    assert first["Documento de identidad"] == "44234785"
    assert first["País"] == "Perú"
    assert cells_by_header(table, 42)["Nombres y apellidos"] == "JESUS PINEDO QUISPE"  # case kept
    assert guess_mapping(table.headers) == {
        "name": 1, "document": 2, "organization": 3, "org_kind": 4, "country": 5, "email": 6, "value_chain": 7,
    }
    assert table.path == str(FIXTURES / "roster-google-forms.csv")


def test_excel_spanish_fixture_cp1252_semicolons() -> None:
    table = read_table(FIXTURES / "roster-excel-es.csv")
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.header_row == 1
    assert table.headers == ["Nombres", "Apellidos", "DNI", "Institución", "Cargo", "Correo", "Teléfono"]
    assert [number for number, _ in table.rows] == list(range(2, 22))  # blank rows 22 and 23 left out
    row5 = cells_by_header(table, 5)
    assert row5["Nombres"] == "Iñaki"
    assert row5["Apellidos"] == "Flores Zúñiga"
    assert cells_by_header(table, 3)["Nombres"] == "Luz Ángela"
    assert cells_by_header(table, 2)["Teléfono"] == "+51 985962740"
    mapping = guess_mapping(table.headers)
    assert mapping == {
        "given_names": 0, "surnames": 1, "document": 2, "organization": 3, "position": 4, "email": 5, "phone": 6,
    }
    assert has_name_column(mapping)


def test_xlsx_fixture_title_row_then_header() -> None:
    table = read_table(FIXTURES / "roster.xlsx")
    assert table.encoding is None and table.delimiter is None
    assert table.header_row == 2  # row 1 is the merged title A1:F1
    assert table.headers == ["Nombre completo", "N° documento", "Organización", "País", "Email", "Rol"]
    assert len(table.rows) == 26
    assert [number for number, _ in table.rows] == list(range(3, 29))
    first, last = cells_by_header(table, 3), cells_by_header(table, 28)
    assert first["Nombre completo"] == "Rosa Ahuanari Bermúdez"
    assert first["N° documento"] == "44234785"
    assert cells_by_header(table, 10)["N° documento"] == "1136289311"
    assert last == {
        "Nombre completo": "Anna Example", "N° documento": "X1234567", "Organización": "Royal Tropical Institute",
        "País": "Países Bajos", "Email": "anna@example.org", "Rol": "Ponente",
    }
    assert guess_mapping(table.headers) == {
        "name": 0, "document": 1, "organization": 2, "country": 3, "email": 4, "role": 5,
    }


# --------------------------------------------------------------------------- generated CSV


def test_utf16_le_bom_with_tabs(tmp_path: Path) -> None:
    text = "Nombre\tApellido\tDNI\r\nÑandú\tGómez Peña\t01234567\r\n"
    path = write_bytes(tmp_path, "r.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.headers == ["Nombre", "Apellido", "DNI"]
    assert table.rows == [(2, ["Ñandú", "Gómez Peña", "01234567"])]


def test_utf16_be_bom(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "r.csv", b"\xfe\xff" + "Nombre,País\nJosé,Perú\n".encode("utf-16-be"))
    assert read_table(path).rows == [(2, ["José", "Perú"])]


def test_title_line_above_header(tmp_path: Path) -> None:
    text = "Lista de asistentes\r\n\r\nNombres;Apellidos;DNI\r\nAna;Ríos;123\r\n"
    table = read_table(write_bytes(tmp_path, "r.csv", text.encode("utf-8")))
    assert table.delimiter == ";"
    assert table.header_row == 3
    assert table.headers == ["Nombres", "Apellidos", "DNI"]
    assert table.rows == [(4, ["Ana", "Ríos", "123"])]


def test_no_name_column_first_nonblank_row_is_header(tmp_path: Path) -> None:
    table = read_table(write_bytes(tmp_path, "r.csv", b"\n\nfoo,bar\n1,2\n"))
    assert (table.header_row, table.headers, table.rows) == (3, ["foo", "bar"], [(4, ["1", "2"])])


def test_embedded_newline_is_one_row(tmp_path: Path) -> None:
    text = 'Nombre,Institución\r\n"Ana","Cámara de\r\nComercio"\r\nLuis,"x"\r\n\r\nEva,Sena\r\n'
    table = read_table(write_bytes(tmp_path, "r.csv", text.encode("utf-8")))
    assert table.rows == [(2, ["Ana", "Cámara de Comercio"]), (3, ["Luis", "x"]), (5, ["Eva", "Sena"])]


def test_semicolons_win_over_commas_inside_cells(tmp_path: Path) -> None:
    text = "Nombre;Dirección;Nota\nFlores, Juan;Jr. Lima 123, Iquitos;1,5\nPaz, Eva;Av. Grau, 4;2,25\n"
    table = read_table(write_bytes(tmp_path, "r.csv", text.encode("utf-8")))
    assert table.delimiter == ";"
    assert table.rows[1] == (3, ["Paz, Eva", "Av. Grau, 4", "2,25"])


def test_quoted_cells_with_other_delimiters_and_breaks(tmp_path: Path) -> None:
    text = 'Nombre,DNI,Nota\r\n"Ana\tRíos","1;2","\t\r0"\r\n"Luis\r\nPaz",3,\t\r\n'
    table = read_table(write_bytes(tmp_path, "r.csv", text.encode("utf-8")))
    assert table.delimiter == ","
    assert table.rows == [(2, ["Ana Ríos", "1;2", "0"]), (3, ["Luis Paz", "3", ""])]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_endings(tmp_path: Path, newline: str) -> None:
    text = newline.join(["Nombre;DNI", "Ana;1", ";", "Eva;3", ""])
    table = read_table(write_bytes(tmp_path, "r.csv", text.encode("cp1252")))
    assert table.rows == [(2, ["Ana", "1"]), (4, ["Eva", "3"])]


def test_cells_are_cleaned_but_not_changed(tmp_path: Path) -> None:
    text = "  Nombre ,Correo\n  mARÍA\u00a0\u00a0  josé\t ,  A@B.org \n"
    table = read_table(write_bytes(tmp_path, "r.csv", text.encode("utf-8")))
    assert table.headers == ["Nombre", "Correo"]
    assert table.rows == [(2, ["mARÍA josé", "A@B.org"])]


def test_short_rows_padded_and_excel_text_formula_unwrapped(tmp_path: Path) -> None:
    text = 'Nombre;DNI;Correo\nAna\nLuis;="01234567";l@x.org\n'
    table = read_table(write_bytes(tmp_path, "r.csv", text.encode("utf-8")))
    assert table.rows == [(2, ["Ana", "", ""]), (3, ["Luis", "01234567", "l@x.org"])]


def test_cp1252_bytes_prefer_cp1252_over_lookalikes(tmp_path: Path) -> None:
    text = "Nombres;Apellidos\r\nIñaki;Flores Zúñiga\r\nÉdgar;Ñaupari\r\n"
    table = read_table(write_bytes(tmp_path, "r.csv", text.encode("cp1252")))
    assert table.encoding == "cp1252"
    assert table.rows == [(2, ["Iñaki", "Flores Zúñiga"]), (3, ["Édgar", "Ñaupari"])]


def test_tsv_single_column_and_utf8(tmp_path: Path) -> None:
    table = read_table(write_bytes(tmp_path, "r.tsv", "Nombre\nAna\nÓscar\n".encode()))
    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    assert table.rows == [(2, ["Ana"]), (3, ["Óscar"])]


def test_accepts_pathlike_and_str(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "r.csv", b"Nombre\nAna\n")
    assert read_table(str(path)).rows == read_table(path).rows


# --------------------------------------------------------------------------- generated XLSX


def test_xlsx_merged_title_and_numeric_dni(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = "Cámara de Comercio — participantes"
    sheet.merge_cells("A1:F1")
    sheet.append(["Nombres", "Apellidos", "DNI", "Teléfono", "Fecha", "Nota"])
    sheet.append(["Iñaki", "Zúñiga", 44234785.0, "+51 985 962 740", datetime(2025, 10, 10), 1.5])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Eva", None, 1136289311, 985962740, datetime(2025, 10, 10, 9, 30), 12345678901234.0])
    sheet.append(["Zoe", "Paz", 1234567, None, date(2025, 1, 2), None])
    sheet["C6"].number_format = "00000000"  # Excel shows 01234567
    path = tmp_path / "r.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.header_row == 2
    assert table.headers == ["Nombres", "Apellidos", "DNI", "Teléfono", "Fecha", "Nota"]
    assert table.rows == [
        (3, ["Iñaki", "Zúñiga", "44234785", "+51 985 962 740", "2025-10-10", "1.5"]),
        (5, ["Eva", "", "1136289311", "985962740", "2025-10-10 09:30:00", "12345678901234"]),
        (6, ["Zoe", "Paz", "01234567", "", "2025-01-02", ""]),
    ]


def test_xlsx_header_at_row_3_and_vertical_merge_filled(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B1"] = "Taller binacional"
    sheet.append([])
    sheet.append(["Nombre completo", "Institución", "País"])
    sheet.append(["Ana Ríos", "SENA Amazonas", "CO"])
    sheet.append(["Luis Paz", None, "CO"])
    sheet.merge_cells("B4:B5")
    path = tmp_path / "r.xlsm"
    workbook.save(path)
    table = read_table(path)
    assert table.header_row == 3
    assert table.rows == [(4, ["Ana Ríos", "SENA Amazonas", "CO"]), (5, ["Luis Paz", "SENA Amazonas", "CO"])]


def test_xlsx_prefers_sheet_with_a_name_column(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Resumen", 3])
    other = workbook.create_sheet("Inscritos")
    other.append(["Name", "Email"])
    other.append(["Ann", "a@x.org"])
    path = tmp_path / "r.xlsx"
    workbook.save(path)
    assert read_table(path).rows == [(2, ["Ann", "a@x.org"])]


def test_xlsx_content_named_csv_is_read_as_workbook(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Nombre", "DNI"])
    workbook.active.append(["Ana", 123])
    buffer = io.BytesIO()
    workbook.save(buffer)
    table = read_table(write_bytes(tmp_path, "export.csv", buffer.getvalue()))
    assert table.rows == [(2, ["Ana", "123"])] and table.encoding is None


# --------------------------------------------------------------------------- bad files


def _raises(path: Path, *fragments: str) -> None:
    with pytest.raises(UserError) as caught:
        read_table(path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: ")
    for fragment in fragments:
        assert fragment in message


@pytest.mark.parametrize("name", ["roster.pdf", "roster.ods", "roster", "roster.doc"])
def test_unsupported_extension(tmp_path: Path, name: str) -> None:
    _raises(write_bytes(tmp_path, name, b"Nombre\nAna\n"), "not a CSV or XLSX file")


def test_old_xls_extension(tmp_path: Path) -> None:
    _raises(write_bytes(tmp_path, "r.xls", b"\xd0\xcf\x11\xe0"), ".xls")


def test_pdf_named_csv(tmp_path: Path) -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n\x00\x01\x02"
    _raises(write_bytes(tmp_path, "roster.csv", pdf), "PDF")


@pytest.mark.parametrize("seed", range(5))
def test_binary_junk_named_csv(tmp_path: Path, seed: int) -> None:
    import random

    junk = random.Random(seed).randbytes(3000)
    _raises(write_bytes(tmp_path, "junk.csv", junk), "cannot be read")


def test_png_named_csv(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    _raises(write_bytes(tmp_path, "photo.csv", png), "cannot be read")


def test_truncated_xlsx(tmp_path: Path) -> None:
    data = (FIXTURES / "roster.xlsx").read_bytes()
    _raises(write_bytes(tmp_path, "cut.xlsx", data[: len(data) // 2]), "damaged or not an Excel workbook")


def test_text_named_xlsx(tmp_path: Path) -> None:
    _raises(write_bytes(tmp_path, "r.xlsx", b"Nombre,DNI\nAna,1\n"), "damaged or not an Excel workbook")


def test_encrypted_or_old_workbook_named_xlsx(tmp_path: Path) -> None:
    _raises(write_bytes(tmp_path, "r.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), ".xls")


@pytest.mark.parametrize(
    ("name", "data"),
    [("e.csv", b""), ("e.csv", b"\xef\xbb\xbf\r\n"), ("e.csv", b";;;;\r\n\r\n"), ("e.xlsx", b"")],
)
def test_empty_files(tmp_path: Path, name: str, data: bytes) -> None:
    _raises(write_bytes(tmp_path, name, data), "the file is empty")


def test_empty_workbook(tmp_path: Path) -> None:
    path = tmp_path / "e.xlsx"
    openpyxl.Workbook().save(path)
    _raises(path, "the file is empty")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    _raises(tmp_path / "missing.csv", "cannot be read")
    (tmp_path / "folder.csv").mkdir()
    _raises(tmp_path / "folder.csv", "cannot be read")


# --------------------------------------------------------------------------- guess_mapping


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nombres y apellidos", "name"), ("NOMBRE COMPLETO", "name"), ("Apellidos, nombres", "name"),
        ("Full name", "name"), ("Participante", "name"), ("Nombre del participante", "name"),
        ("Nombre", "given_names"), ("  nombres ", "given_names"), ("First name", "given_names"),
        ("Given names", "given_names"), ("Nombre(s)", "given_names"), ("Apellido paterno", "surnames"),
        ("Apellidos", "surnames"), ("Last name", "surnames"), ("Family name", "surnames"),
        ("Tipo de documento", "doc_type"), ("Tipo de documento (DNI/CE/Pasaporte)", "doc_type"),
        ("ID type", "doc_type"), ("DNI", "document"), ("N° de documento", "document"),
        ("Nº documento", "document"), ("Número de documento de identidad", "document"),
        ("DNI / CE / Pasaporte", "document"), ("Cédula de ciudadanía", "document"), ("Passport", "document"),
        ("Institución", "organization"), ("Nombre de la institución", "organization"),
        ("Company name", "organization"), ("Entidad a la que pertenece", "organization"),
        ("Tipo de organización", "org_kind"), ("Organization type (public/private)", "org_kind"),
        ("Sector", "org_kind"), ("País", "country"), ("Nacionalidad", "country"),
        ("País de residencia", "country"), ("Cargo", "position"), ("Job title", "position"),
        ("Rol", "role"), ("Tipo de participante", "role"), ("Idioma del certificado", "lang"),
        ("Correo electrónico institucional", "email"), ("E-mail", "email"), ("Email Address", "email"),
        ("Dirección de correo electrónico", "email"), ("Teléfono celular / WhatsApp", "phone"),
        ("Móvil", "phone"), ("Sexo", "gender"), ("Género", "gender"), ("Cadena productiva", "value_chain"),
    ],
)
def test_guess_single_header(header: str, field: str) -> None:
    assert guess_mapping([header]) == {field: 0}


@pytest.mark.parametrize(
    "header", ["Marca temporal", "Timestamp", "", "Ciudad", "Nombre del centro", "Middle name", "Tipo"]
)
def test_headers_mapped_to_nothing(header: str) -> None:
    assert guess_mapping([header]) == {}


def test_each_field_and_column_used_once() -> None:
    headers = ["Correo", "Correo alternativo", "Nombres y apellidos", "Nombre", "Apellido paterno", "Apellido materno"]
    assert guess_mapping(headers) == {"email": 0, "name": 2, "given_names": 3, "surnames": 4, "second_surname": 5}


def test_exact_match_beats_earlier_contains_match() -> None:
    assert guess_mapping(["Correo personal", "Email"]) == {"email": 1}


def test_has_name_column() -> None:
    assert has_name_column({"name": 0})
    assert has_name_column({"given_names": 1})
    assert has_name_column({"given_names": 1, "surnames": 2})
    assert not has_name_column({"surnames": 2, "email": 3})


# --------------------------------------------------------------------------- property: round trip

HEADER_POOL = ["DNI", "Institución", "País", "Correo", "Cargo", "Teléfono", "Rol", "Sexo"]
CELL_ALPHABET = "abcxyzABCÑñáéíóúÁÉÍÓÚüÜ¿¡°€'\",;\t \n\r0123456789.-@"
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1252"]


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(encoding)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    extra = draw(st.lists(st.sampled_from(HEADER_POOL), min_size=1, max_size=5, unique=True))
    headers = ["Nombres y apellidos", *extra]
    cell = st.text(CELL_ALPHABET, max_size=12)
    rows = draw(st.lists(st.lists(cell, min_size=len(headers), max_size=len(headers)), min_size=1, max_size=8))
    return headers, rows


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables(), encoding=st.sampled_from(ENCODINGS), delimiter=st.sampled_from([",", ";", "\t"]))
def test_round_trip(tmp_path: Path, table: tuple[list[str], list[list[str]]], encoding: str, delimiter: str) -> None:
    headers, rows = table
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    data = _encode(buffer.getvalue(), encoding)
    if encoding == "cp1252":  # cp1252 bytes that happen to be valid UTF-8 are read as UTF-8 (by design)
        try:
            data.decode("utf-8")
            assume(data.isascii())
        except UnicodeDecodeError:
            pass
    result = read_table(write_bytes(tmp_path, "round.csv", data))
    expected = [(number, [clean(c) for c in row]) for number, row in enumerate(rows, start=2)]
    assert result.delimiter == delimiter
    assert result.header_row == 1
    assert result.headers == headers
    assert result.rows == [(number, cells) for number, cells in expected if any(cells)]


def test_header_only_file_has_no_rows(tmp_path: Path) -> None:
    table = read_table(write_bytes(tmp_path, "r.csv", b"Nombre del evento: Taller\nNombres,DNI\n"))
    assert (table.header_row, table.headers, table.rows) == (2, ["Nombres", "DNI"], [])
