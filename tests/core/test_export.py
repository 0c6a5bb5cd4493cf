import csv

from openpyxl import load_workbook

from innovact_desk.reports.attendance import export_attendance, is_formula_like


def test_formula_rule():
    for text in ("=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3+cmd", "=HYPERLINK(\"x\")"):
        assert is_formula_like(text), text
    for text in ("+51 985962740", "-5", "+57 (310) 555-1234", "Ñaupari", "", "1020576017"):
        assert not is_formula_like(text), text


def _people(store):
    a = store.add_participant({"name": "=HYPERLINK(\"http://x\",\"clic\")", "phone": "+51 985962740",
                               "organization": "@Org"})
    b = store.add_participant({"name": "Ruth Ahuanari", "document": "0012345678", "phone": "-cmd"})
    store.check_in(b.id, 2, desk_name="Mesa 2")
    return a, b


def test_csv_lists_everyone_and_never_a_formula(store, tmp_path):
    _people(store)
    out = tmp_path / "a.csv"
    assert export_attendance(store, out) == 2
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 3
    header = rows[0]
    body = {r[1]: dict(zip(header, r)) for r in rows[1:]}
    evil = body["'=HYPERLINK(\"http://x\",\"clic\")"]
    assert evil["Teléfono"] == "+51 985962740" and evil["Organización"] == "'@Org"
    ruth = body["Ruth Ahuanari"]
    assert ruth["Documento"] == "0012345678" and ruth["Teléfono"] == "'-cmd"
    assert ruth["Día 1 (2026-03-05)"] == "ausente" and ruth["Día 2 (2026-03-06)"] == "presente"
    assert ruth["Día 2 mesa"] == "Mesa 2"


def test_xlsx_cells_are_strings(store, tmp_path):
    _people(store)
    out = tmp_path / "a.xlsx"
    assert export_attendance(store, out) == 2
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert all(c.data_type == "s" for c in cells if c.value is not None)
    values = [c.value for c in cells]
    assert "=HYPERLINK(\"http://x\",\"clic\")" in values and "0012345678" in values and "+51 985962740" in values


def test_export_is_the_same_whenever_made(store, tmp_path):
    _people(store)
    export_attendance(store, tmp_path / "1.csv")
    export_attendance(store, tmp_path / "2.csv")
    assert (tmp_path / "1.csv").read_bytes() == (tmp_path / "2.csv").read_bytes()
