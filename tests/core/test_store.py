import sqlite3
from datetime import datetime

import pytest

from innovact_desk.codes import is_valid_badge_code
from innovact_desk.errors import UserError
from innovact_desk.store import schema
from innovact_desk.store.event import EventStore


def test_create_sets_pragmas_and_schema(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.current_version()
    assert [d.date for d in store.event.days] == ["2026-03-05", "2026-03-06"]


def test_create_never_overwrites(store):
    with pytest.raises(UserError, match="already exists"):
        EventStore.create(store.path, title_es="Otro", tz="UTC")


def test_open_refuses_a_file_that_is_not_an_event(tmp_path):
    text = tmp_path / "notes.event"
    text.write_text("hola")
    with pytest.raises(UserError, match="not an event file"):
        EventStore.open(text)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(UserError, match="another program"):
        EventStore.open(other)


def test_reopening_runs_no_migration(store):
    path = store.path
    store.close()
    again = EventStore.open(path)
    applied = again.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert applied == schema.current_version()
    again.close()


def test_participant_gets_uuid_and_luhn_badge_code(store):
    p = store.add_participant({"name": "Ruth Ahuanari"})
    assert len(p.id) == 36 and is_valid_badge_code(p.code)
    assert store.audit_log(p.id)[0].action == "add"


def test_checkins_are_append_only(store):
    p = store.add_participant({"name": "Ruth Ahuanari"})
    store.check_in(p.id, 1)
    with pytest.raises(sqlite3.DatabaseError, match="never changed"):
        store.db.execute("UPDATE checkins SET day = 2")
    with pytest.raises(sqlite3.DatabaseError, match="never deleted"):
        store.db.execute("DELETE FROM checkins")


def test_second_checkin_keeps_the_first(store):
    p = store.add_participant({"name": "Ruth Ahuanari"})
    first = store.check_in(p.id, 1)
    second = store.check_in(p.id, 1, desk_name="Mesa 3")
    assert second.status == "already_checked_in"
    assert second.checkin.id == first.checkin.id and second.checkin.desk_name == "Mesa 1"
    assert store.db.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1


def test_undo_is_a_new_row_and_attendance_follows(store):
    p = store.add_participant({"name": "Ruth Ahuanari"})
    store.check_in(p.id, 1)
    undone = store.undo_checkin(p.id, 1, "wrong person")
    assert len(undone) == 1
    assert store.days_attended() == {}
    kinds = [r[0] for r in store.db.execute("SELECT kind FROM checkins ORDER BY recorded_at")]
    assert kinds == ["checkin", "undo"]
    assert store.check_in(p.id, 1).status == "checked_in"
    assert store.days_attended() == {p.id: [1]}


def test_checkin_time_is_in_event_zone(store):
    p = store.add_participant({"name": "Ruth Ahuanari"})
    result = store.check_in(p.id, 2)
    assert result.checkin.at.utcoffset().total_seconds() == -5 * 3600
    assert abs((datetime.now(result.checkin.at.tzinfo) - result.checkin.at).total_seconds()) < 60


def test_unknown_day_is_bad_input(store):
    p = store.add_participant({"name": "Ruth Ahuanari"})
    with pytest.raises(UserError, match="day 3"):
        store.check_in(p.id, 3)


def test_correction_is_audited_with_before_and_after(store):
    p = store.add_participant({"name": "Wilder Naupari"})
    assert store.update_participant(p.id, {"name": "Wilder Ñaupari"}) == ["name"]
    entry = store.audit_log(p.id)[-1]
    assert (entry.action, entry.field, entry.before, entry.after, entry.desk_name) == (
        "edit", "name", "Wilder Naupari", "Wilder Ñaupari", "Mesa 1")
    assert store.corrected_fields() == {p.id: {"name"}}
    assert store.search("ñaupari").participants[0].id == p.id


def test_event_file_survives_reopen_with_integrity(store):
    p = store.add_participant({"name": "Ruth Ahuanari"})
    store.check_in(p.id, 1)
    path = store.path
    store.close()
    with EventStore.open(path) as again:
        assert again.integrity_ok()
        assert again.days_attended() == {p.id: [1]}


def test_walk_in_offers_the_likely_same_person(store):
    pedro = store.add_participant({"name": "Pedro Quispe", "document": "44556677"})
    assert store.likely_same({"name": "PEDRO  QUISPE"}) == [pedro]
    assert store.likely_same({"name": "Pedro Q.", "document": "44-556-677"}) == [pedro]
    # Two of the typed words are his: offered (issue 12); one word only is not.
    assert store.likely_same({"name": "Pedro Quispe Ríos", "document": "1"}) == [pedro]
    assert store.likely_same({"name": "Pedro Ríos Vela", "document": "1"}) == []


def test_walk_in_is_added_and_checked_in_together(store):
    result = store.register_walk_in({"name": "Teodoro Yumbato", "organization": "Caballococha"}, 1)
    assert result.status == "checked_in" and result.checkin.source == "walk_in"
    assert store.days_attended() == {result.participant.id: [1]}
    assert store.audit_log(result.participant.id)[0].action == "walk_in"
    kinds = [r[0] for r in store.db.execute("SELECT kind FROM journal ORDER BY num")]
    assert kinds == ["participant", "checkin"]


def test_event_changes_are_audited_and_checked(store):
    store.update_event(title_en="Course", hours=16)
    assert store.event.title_en == "Course" and store.event.hours == 16
    entry = next(e for e in store.audit_log(store.event.id) if e.field == "title_en")
    assert (entry.before, entry.after) == ("", "Course")
    with pytest.raises(UserError):
        store.update_event(verify_url="https://verify.example.org/v2")
    with pytest.raises(UserError, match="unknown"):
        store.update_event(sync_key="x")


def test_no_write_is_left_in_an_open_transaction(store):
    store.tick()
    store.observe_clock("9999999999999.00000.x")
    store.set_setting("k", "v")
    assert not store.db.conn.in_transaction
    path = store.path
    store.close()
    with EventStore.open(path) as again:
        assert again.setting("k") == "v" and again.setting("hlc").startswith("9999999999999")
