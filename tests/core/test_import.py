import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from innovact_desk.errors import UserError
from innovact_desk.roster.importer import import_roster, is_valid_email, same_person
from tests.conftest import FIXTURES

FORMS = FIXTURES / "roster-google-forms.csv"
EXCEL_ES = FIXTURES / "roster-excel-es.csv"
XLSX = FIXTURES / "roster.xlsx"


def write_csv(tmp_path, text, name="r.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def by_name(store):
    return {p.name: p for p in store.participants()}


def test_google_forms_export(store):
    report = import_roster(store, str(FORMS))
    assert (report.added, report.updated, report.unchanged) == (40, 0, 0)
    assert report.duplicates == [{"row": 42, "same_as_row": 5}]
    assert report.skipped == []
    people = by_name(store)
    assert "Jesús Pinedo Quispe" in people and "JESUS PINEDO QUISPE" not in people
    rosa = people["Rosa Ahuanari Bermúdez"]
    assert (rosa.document, rosa.country, rosa.org_kind, rosa.value_chain) == (
        "44234785", "Perú", "Cámara de comercio", "Piscicultura")


def test_spanish_excel_csv_in_windows_1252(store):
    report = import_roster(store, str(EXCEL_ES))
    assert (report.added, report.duplicates, report.skipped) == (20, [], [])
    inaki = by_name(store)["Iñaki Flores Zúñiga"]
    assert (inaki.given_names, inaki.surnames, inaki.document) == ("Iñaki", "Flores Zúñiga", "35222476")
    assert inaki.position == "Especialista" and inaki.phone == "+51 931745934"


def test_xlsx_with_title_row(store):
    report = import_roster(store, str(XLSX))
    assert report.added == 26 and report.skipped == []
    anna = by_name(store)["Anna Example"]
    assert (anna.role, anna.country, anna.document) == ("speaker", "Países Bajos", "X1234567")


def test_the_three_files_together(store):
    import_roster(store, str(FORMS))
    import_roster(store, str(EXCEL_ES))
    report = import_roster(store, str(XLSX))
    assert (report.added, report.updated, report.unchanged) == (1, 0, 25)
    assert store.count_participants() == 61


def test_reimport_changes_nothing(store):
    import_roster(store, str(FORMS))
    audit_rows = len(store.audit_log())
    report = import_roster(store, str(FORMS))
    assert (report.added, report.updated, report.unchanged) == (0, 0, 40)
    assert len(store.audit_log()) == audit_rows


def test_caps_and_spacing_never_overwrite(store, tmp_path):
    import_roster(store, write_csv(tmp_path, "Nombre,DNI,Institución\nNoemí Muñoz Peña,11,Cámara de Comercio\n"))
    report = import_roster(store, write_csv(
        tmp_path, "Nombre,DNI,Institución\nNOEMI  MUNOZ PENA,11,camara de comercio\n", "b.csv"))
    assert (report.updated, report.unchanged) == (0, 1)
    assert by_name(store)["Noemí Muñoz Peña"].organization == "Cámara de Comercio"


def test_later_file_updates_but_never_a_correction(store, tmp_path):
    import_roster(store, write_csv(tmp_path, "Nombre,DNI,Institución\nWilder Naupari,11,SENA\n"))
    person = store.participants()[0]
    store.update_participant(person.id, {"name": "Wilder Ñaupari"})
    report = import_roster(store, write_csv(tmp_path, "Nombre,DNI,Institución\nWilder Naupari L.,11,SENA Amazonas\n",
                                            "b.csv"))
    assert report.updated == 1
    after = store.participant(person.id)
    assert (after.name, after.organization) == ("Wilder Ñaupari", "SENA Amazonas")


def test_skipped_rows_are_listed_and_the_rest_imports(store, tmp_path):
    long_name = "Ñ" * 81  # 162 bytes
    text = (f"Nombre,Correo\nRuth Ahuanari,ruth@ejemplo.org\n,nadie@ejemplo.org\n{long_name},\n"
            "Jesús Muñoz,jesus@@ejemplo\nJosé Pinedo,\n")
    report = import_roster(store, write_csv(tmp_path, text))
    assert report.added == 2
    assert [s["row"] for s in report.skipped] == [3, 4, 5]
    assert [s["reason"] for s in report.skipped] == [
        "no name", "name longer than 160 bytes", "malformed email: jesus@@ejemplo"]
    # the window words the key and its values, never the English
    assert [(s["key"], s["values"]) for s in report.skipped] == [
        ("roster.skip_no_name", {}), ("roster.skip_name_too_long", {"limit": 160}),
        ("roster.skip_bad_email", {"email": "jesus@@ejemplo"})]
    from innovact_desk import messages
    assert messages.word(report.skipped[2]["key"], report.skipped[2]["values"], "es") == (
        "correo electrónico mal formado: jesus@@ejemplo")


def test_document_decides_then_email_then_name(store, tmp_path):
    text = ("Nombre,DNI,Correo\n"
            "Pedro Quispe,11111111,\n"
            "Pedro Quispe,22222222,\n"      # same name, other document: someone else
            "P. Quispe,11-111-111,\n"       # same document written differently: the same
            "Ana Ríos,,ana@ejemplo.org\n"
            "ANA RIOS,,otra@ejemplo.org\n"  # both have emails, different: someone else
            "Ana Rios,,\n")                 # no email on one side: the name decides
    report = import_roster(store, write_csv(tmp_path, text))
    assert report.added == 4
    assert report.duplicates == [{"row": 4, "same_as_row": 2}, {"row": 7, "same_as_row": 5}]


def test_same_person_rule():
    assert same_person({"name": "A", "document": "x1"}, {"name": "B", "document": "X-1"})
    assert not same_person({"name": "A", "document": "1", "email": "a@x"}, {"name": "A", "document": "2", "email": "a@x"})
    assert same_person({"name": "A", "email": "A@X.org"}, {"name": "B", "email": "a@x.org"})
    assert same_person({"name": "Zúñiga  Ana"}, {"name": "zuniga ana"})


@pytest.mark.parametrize("content,name,message", [
    (b"%PDF-1.4 \x00\x01\x02", "roster.pdf", "not a CSV or XLSX"),
    (b"PK\x03\x04broken", "roster.xlsx", "roster.xlsx"),
    (b"", "empty.csv", "empty.csv"),
    (b"Fecha,Monto\n2025-01-01,3\n", "money.csv", "names"),
])
def test_unreadable_file_changes_nothing(store, tmp_path, content, name, message):
    import_roster(store, str(EXCEL_ES))
    before = store.count_participants()
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        import_roster(store, str(path))
    assert store.count_participants() == before


def test_failure_midway_rolls_back(store, monkeypatch):
    original = store.add_participants

    def written_then_unplugged(rows, **kw):
        original(rows, **kw)  # the rows are in, then the disk goes away
        raise OSError("disk unplugged")

    monkeypatch.setattr(store, "add_participants", written_then_unplugged)
    with pytest.raises(OSError):
        import_roster(store, str(FORMS))
    assert store.count_participants() == 0
    assert store.db.execute("SELECT count(*) FROM participant_fts").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM journal").fetchone()[0] == 0


def test_cli_import_bad_file_is_exit_2(store, run, tmp_path):
    path = store.path
    store.close()
    bad = tmp_path / "x.docx"
    bad.write_bytes(b"hello")
    code, data, err = run("import", path, bad, "--json")
    assert code == 2 and "x.docx" in data["error"] and "Traceback" not in err
    code, data, _ = run("import", path, FORMS, "--json")
    assert code == 0 and data["added"] == 40 and data["duplicates"] == [{"row": 42, "same_as_row": 5}]


@given(st.emails() | st.text(max_size=40) | st.from_regex(r"[a-z.+_-]{1,12}@[a-z0-9.-]{1,20}\.[a-z]{1,6}", fullmatch=True))
@settings(max_examples=400, deadline=None)
def test_fast_email_check_agrees_with_email_validator(email):
    try:
        validate_email(email, check_deliverability=False)
        expected = True
    except EmailNotValidError:
        expected = False
    assert is_valid_email(email) == expected


def test_two_surname_columns_are_joined(store, tmp_path):
    text = ("Nombres;Apellido paterno;Apellido materno;DNI\n"
            "Wilder;Ñaupari;Londoño;11\n"
            "Zoë;Ångström-Łukasz;;P-1\n")
    report = import_roster(store, write_csv(tmp_path, text))
    assert report.added == 2
    people = by_name(store)
    assert people["Wilder Ñaupari Londoño"].surnames == "Ñaupari Londoño"
    assert "Zoë Ångström-Łukasz" in people
