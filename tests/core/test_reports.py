from innovact_desk.reports.breakdown import attendance_by


def test_attendance_by_kind_of_organization(store):
    people = [
        store.add_participant({"name": "Ana", "org_kind": "Ministerio", "gender": "Femenino"}),
        store.add_participant({"name": "Beto", "org_kind": "Ministerio", "gender": "Masculino"}),
        store.add_participant({"name": "Carla", "org_kind": "Asociación de productores"}),
        store.add_participant({"name": "Dora"}),
    ]
    store.check_in(people[0].id, 1)
    store.check_in(people[0].id, 2)
    store.check_in(people[1].id, 2)
    store.check_in(people[3].id, 1)
    rows = attendance_by(store, "org_kind")
    assert [(r.value, r.registered, r.present, r.all_days) for r in rows] == [
        ("Ministerio", 2, (1, 2), 1),
        ("Asociación de productores", 1, (0, 0), 0),
        ("", 1, (1, 0), 0),
        ("total", 4, (2, 2), 1),
    ]


def test_report_command(store, run):
    store.add_participant({"name": "Ana", "country": "Perú"})
    path = store.path
    store.close()
    code, data, _ = run("report", path, "--json")
    assert code == 0 and data["registered"] == 1
    assert data["by"]["country"][0] == {"value": "Perú", "registered": 1, "present": [0, 0], "all_days": 0}


def test_report_file_has_a_sheet_per_breakdown(store, run, tmp_path):
    from openpyxl import load_workbook

    ana = store.add_participant({"name": "Ana", "country": "Perú", "value_chain": "=cmd"})
    store.check_in(ana.id, 1)
    path = store.path
    store.close()
    out = tmp_path / "informe.xlsx"
    code, data, _ = run("report", path, "--out", out, "--json")
    assert code == 0 and data["tables"] == 5 and data["file"] == str(out)
    book = load_workbook(out)
    assert book.sheetnames == ["Tipo de organización", "País", "Género", "Cadena de valor", "Rol"]
    country = [[c.value for c in row] for row in book["País"].iter_rows()]
    assert country[0] == ["País", "Inscritos", "Día 1 (2026-03-05)", "Día 2 (2026-03-06)", "Todos los días"]
    assert country[1] == ["Perú", 1, 1, 0, 0]
    chain = book["Cadena de valor"]["A2"]
    assert chain.value == "=cmd" and chain.data_type == "s"
