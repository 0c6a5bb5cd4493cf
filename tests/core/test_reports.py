from innovact_desk.reports import attendance_by


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
