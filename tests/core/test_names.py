"""Names are text people can read: no invisible or bidi control characters, NFC, mojibake put right."""

from datetime import date

from innovact_desk.store.event import EventStore
from innovact_desk.text import readable


def test_readable_drops_what_shows_nothing_and_keeps_what_a_name_needs():
    assert readable("Lu\u200bis Qu\u200dispe") == "Luis Quispe"
    assert readable("Ana \u202eRíos\u202c") == "Ana Ríos"
    assert readable("Jose\u0301\u00a0Pe\u0301rez") == "José Pérez"  # NFC, one plain space
    assert readable("Mehr\u00adnaz") == "Mehrnaz"
    assert readable("\ufeffZoe\x07") == "Zoe"
    assert readable("می\u200cخواهم") == "می\u200cخواهم"  # Persian's ZWNJ is part of the spelling
    assert readable("O’Brien-Ñaupari") == "O’Brien-Ñaupari"


def test_a_name_with_zero_width_characters_is_one_person_and_findable(tmp_path, run):
    event = tmp_path / "e.event"
    EventStore.create(event, title_es="Curso", tz="America/Lima", dates=[date(2026, 3, 5)]).close()
    roster = tmp_path / "r.csv"
    roster.write_text("Nombres y apellidos,Institución\nLu\u200bis Qu\u200dispe,IIAP\nLuis Quispe,IIAP\n",
                      encoding="utf-8")
    code, data, _ = run("import", event, roster, "--json")
    assert code == 0 and data["added"] == 1 and data["duplicates"] == [{"row": 3, "same_as_row": 2}]
    code, found, _ = run("search", event, "luis quispe", "--json")
    assert [p["name"] for p in found["participants"]] == ["Luis Quispe"]


def test_a_walk_in_and_an_edit_lose_their_bidi_overrides(store):
    result = store.register_walk_in({"name": "Ana \u202eRíos", "organization": "SE\u200bNA"}, 1)
    person = store.participant(result.participant.id)
    assert (person.name, person.organization) == ("Ana Ríos", "SENA")
    store.update_participant(person.id, {"name": "Ana Ríos\u2066 Paz\u2069"})
    assert store.participant(person.id).name == "Ana Ríos Paz"


def test_a_roster_in_mixed_encodings_is_repaired(tmp_path, run):
    event = tmp_path / "e.event"
    EventStore.create(event, title_es="Curso", tz="America/Lima", dates=[date(2026, 3, 5)]).close()
    roster = tmp_path / "mixto.csv"
    roster.write_bytes("Nombres y apellidos,Institución\n".encode("cp1252")
                       + "José Pérez,Municipalidad\n".encode()  # pasted from a UTF-8 file
                       + "María Ñaupari,Cámara\n".encode("cp1252"))
    code, data, _ = run("import", event, roster, "--json")
    assert code == 0 and data["added"] == 2 and data["skipped"] == []
    with EventStore.open(event) as store:
        assert sorted(p.name for p in store.participants()) == ["José Pérez", "María Ñaupari"]
