"""An event file holds each imported person once: not again in the journal, not again in the audit log."""

import sqlite3
from datetime import date

from innovact_desk.roster.importer import import_roster
from innovact_desk.store.event import EventStore
from innovact_desk.sync.folder import clone, sync

NAME = "Zoraida Quispehuamán Ñahuincopa"


def copies_of(path, text):
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump()).count(text)
    finally:
        conn.close()


def test_an_imported_person_is_kept_once_and_still_reaches_the_other_desks(tmp_path):
    first = EventStore.create(tmp_path / "a.event", title_es="Curso", tz="America/Lima",
                              dates=[date(2026, 3, 5)], desk_name="Mesa 1")
    second = EventStore.open(clone(first, tmp_path / "b.event", "Mesa 2"))
    roster = tmp_path / "r.csv"
    roster.write_text(f"Nombres y apellidos,DNI,Institución,Correo\n{NAME},44556677,Instituto Amazónico Único,"
                      "zq@example.org\n", encoding="utf-8")
    import_roster(first, str(roster))
    assert copies_of(first.path, NAME) == 1
    assert copies_of(first.path, "Instituto Amazónico Único") == 1
    stick = tmp_path / "stick"
    stick.mkdir()
    sync(first, stick)
    report = sync(second, stick)
    assert report.received == 2  # the person, and the desk Mesa 1 announced when it made the clone
    mine, theirs = first.participants()[0], second.participants()[0]
    assert theirs == mine  # every field, id and badge code alike
    first.close()
    second.close()
