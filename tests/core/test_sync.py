import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innovact_desk.errors import UserError
from innovact_desk.store.conflicts import conflicts
from innovact_desk.store.event import EventStore
from innovact_desk.sync.folder import clone, journal_file, sync


def make_desks(folder: Path, people: int = 5):
    first = EventStore.create(folder / "a.event", title_es="Curso", tz="America/Lima", desk_name="Mesa 1",
                              dates=None)
    with first.transaction():
        for i in range(people):
            first.add_participant({"name": f"Persona {i}", "document": f"4000000{i}"})
    clone(first, folder / "b.event", "Mesa 2")
    clone(first, folder / "c.event", "Mesa 3")
    return [first, EventStore.open(folder / "b.event"), EventStore.open(folder / "c.event")]


@pytest.fixture
def desks(tmp_path):
    stores = make_desks(tmp_path)
    (tmp_path / "stick").mkdir()
    yield stores
    for s in stores:
        s.close()


def state(store):
    people = sorted((p.id, p.name, p.document, p.organization) for p in store.participants())
    return people, store.days_attended()


def sync_all(stores, folder, rounds=2):
    for _ in range(rounds):
        for s in stores:
            sync(s, folder)


def test_clone_has_its_own_desk_and_the_same_roster(desks):
    a, b, _ = desks
    assert a.event.id == b.event.id and a.self_desk.id != b.self_desk.id
    assert b.self_desk.name == "Mesa 2" and state(a) == state(b)


def test_clone_never_over_a_file(desks, tmp_path):
    with pytest.raises(UserError, match="already exists"):
        clone(desks[0], tmp_path / "b.event", "Mesa 9")


def test_checkins_at_three_desks_come_together_once(desks, tmp_path):
    a, b, c = desks
    people = a.participants()
    a.check_in(people[0].id, 1)
    b.check_in(people[1].id, 1)
    c.check_in(people[0].id, 1)  # the same person at another desk
    stick = tmp_path / "stick"
    sync_all(desks, stick)
    assert state(a) == state(b) == state(c)
    assert a.days_attended()[people[0].id] == [1] and a.present_count(1) == 2
    kinds = [x["kind"] for x in conflicts(a)]
    assert kinds == ["checked_in_twice"]
    again = sync(b, stick)
    assert (again.sent, again.received, again.conflicts) == (0, 0, [])


def test_desk_sees_when_and_where_the_first_did_it(desks, tmp_path):
    a, _, c = desks
    person = a.participants()[0]
    first = a.check_in(person.id, 1)
    sync(a, tmp_path / "stick")
    sync(c, tmp_path / "stick")
    result = c.check_in(person.id, 1)
    assert result.status == "already_checked_in"
    assert (result.checkin.desk_name, result.checkin.at) == ("Mesa 1", first.checkin.at)


def test_undo_annuls_only_what_its_desk_knew(desks, tmp_path):
    a, b, _ = desks
    person = a.participants()[0]
    a.check_in(person.id, 1)
    b.check_in(person.id, 1)
    b.undo_checkin(person.id, 1, "wrong day")  # B knew only its own check-in
    sync_all([a, b], tmp_path / "stick")
    assert a.days_attended() == b.days_attended() == {person.id: [1]}


def test_walk_ins_with_one_document_become_one_person(desks, tmp_path):
    a, b, c = desks
    x = a.register_walk_in({"name": "Pedro Quispe", "document": "77665544"}, 1).participant
    y = b.register_walk_in({"name": "PEDRO QUISPE R.", "document": "77-665-544"}, 2).participant
    z = c.register_walk_in({"name": "Pedro Quispe", "document": "11223344"}, 1).participant  # someone else
    sync_all(desks, tmp_path / "stick")
    assert state(a) == state(b) == state(c)
    survivor = min(x.id, y.id)
    for store in desks:
        assert store.participant_by_code(x.code).id == survivor == store.participant_by_code(y.code).id
        assert store.days_attended()[survivor] == [1, 2] and z.id in store.days_attended()
        assert "merged_walk_in" in [k["kind"] for k in conflicts(store)]
        assert len(store.search("pedro quispe").participants) == 2


def test_later_correction_wins_and_the_other_is_kept_for_review(desks, tmp_path):
    a, b, c = desks
    person = a.participants()[0]
    noon = datetime.now(UTC) + timedelta(hours=1)  # later than every clock the desks have read so far
    a.clock, b.clock = (lambda: noon), (lambda: noon + timedelta(milliseconds=1))
    a.update_participant(person.id, {"name": "Persona Cero"})
    b.update_participant(person.id, {"name": "Persona Zero"})  # a later clock, by one millisecond
    sync_all(desks, tmp_path / "stick")
    assert {s.participant(person.id).name for s in desks} == {"Persona Zero"}
    found = [k for k in conflicts(c) if k["kind"] == "competing_correction"]
    assert found and "Persona Cero" in found[0]["detail"] and "kept 'Persona Zero'" in found[0]["detail"]


def test_a_write_cut_short_is_taken_whole_next_time(desks, tmp_path):
    a, b, _ = desks
    stick = tmp_path / "stick"
    a.check_in(a.participants()[0].id, 1)
    a.check_in(a.participants()[1].id, 1)
    sync(a, stick)
    path = journal_file(a, stick)
    whole = path.read_bytes()
    path.write_bytes(whole[:-40])  # the stick was pulled out mid-write: the write's seal is cut
    first = sync(b, stick)
    assert first.received == 0 and b.present_count(1) == 0  # nothing unsealed is taken
    sync(a, stick)  # A finds its write unsealed and writes it again, on a fresh line
    second = sync(b, stick)
    assert second.received == 4 and b.present_count(1) == 2  # two check-ins, and the clones A announced
    assert any("not a journal line" in p or "authentication" in p for p in second.problems)
    assert sync(b, stick).received == 0


def test_forged_line_and_other_events_are_refused(desks, tmp_path):
    a, b, _ = desks
    stick = tmp_path / "stick"
    a.check_in(a.participants()[0].id, 1)
    sync(a, stick)
    path = journal_file(a, stick)
    lines = path.read_bytes().split(b"\n")
    last = lines[-3]  # the check-in's line (the last line is the write's seal)
    lines[-3] = last[:20] + (b"A" if last[20:21] != b"A" else b"B") + last[21:]
    path.write_bytes(b"\n".join(lines))
    report = sync(b, stick)
    assert report.received == 0 and any("authentication" in p for p in report.problems)
    other = EventStore.create(tmp_path / "other.event", title_es="Otro", tz="UTC")
    other.check_in(other.add_participant({"name": "Intrusa"}).id, 1)
    sync(other, stick)
    assert sync(b, stick).received == 0
    assert "Intrusa" not in [p.name for p in b.participants()]


def test_sync_into_a_missing_folder_is_bad_input(desks, tmp_path):
    with pytest.raises(UserError, match="no such folder"):
        sync(desks[0], tmp_path / "nope")


def test_cli_sync_and_clone(tmp_path, run):
    run("init", tmp_path / "a.event", "--demo")
    code, data, _ = run("clone", tmp_path / "a.event", tmp_path / "b.event", "--desk", "Mesa 2", "--json")
    assert code == 0 and data["desk"] == "Mesa 2"
    (tmp_path / "stick").mkdir()
    _, listing, _ = run("list", tmp_path / "b.event", "--json")
    run("checkin", tmp_path / "b.event", "--day", "1", "--code", listing["participants"][3]["code"])
    code, data, _ = run("sync", tmp_path / "b.event", tmp_path / "stick", "--json")
    assert code == 0 and data["sent"] >= 1 and data["conflicts"] == []
    code, data, _ = run("sync", tmp_path / "a.event", tmp_path / "stick", "--json")
    assert code == 0 and data["received"] == 1


# ---- merging is idempotent, commutative and associative -----------------------------------------

operation = st.one_of(
    st.tuples(st.just("checkin"), st.integers(0, 2), st.integers(0, 6), st.integers(1, 2)),
    st.tuples(st.just("undo"), st.integers(0, 2), st.integers(0, 6), st.integers(1, 2)),
    st.tuples(st.just("walk_in"), st.integers(0, 2), st.integers(0, 3), st.integers(1, 2)),
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 6), st.integers(0, 3)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 0), st.integers(0, 0)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(operation, min_size=1, max_size=25), final_order=st.permutations([0, 1, 2]))
def test_three_desks_end_equal_whatever_the_order(ops, final_order):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stick = folder / "stick"
        stick.mkdir()
        desks = make_desks(folder, people=4)
        try:
            for kind, desk_no, who, extra in ops:
                desk = desks[desk_no]
                people = desk.participants()
                person = people[who % len(people)]
                if kind == "checkin":
                    desk.check_in(person.id, extra)
                elif kind == "undo":
                    desk.undo_checkin(person.id, extra, "prueba")
                elif kind == "walk_in":
                    desk.register_walk_in({"name": f"Visita {who}", "document": f"9000{who}"}, extra)
                elif kind == "edit":
                    desk.update_participant(person.id, {"organization": f"Org {extra}-{desk_no}"})
                else:
                    sync(desk, stick)
            for _ in range(2):
                for i in final_order:
                    sync(desks[i], stick)
            states = [state(d) for d in desks]
            assert states[0] == states[1] == states[2]
            assert all(sync(d, stick).received == 0 for d in desks)
        finally:
            for d in desks:
                d.close()


def test_desk_activity_lists_every_desk(desks, tmp_path):
    from innovact_desk.store.conflicts import desk_activity, last_sync

    a, b, _ = desks
    checked = (datetime.now(UTC) + timedelta(hours=1)).replace(microsecond=0)  # later than any clock read yet
    b.clock, a.clock = (lambda: checked), (lambda: checked + timedelta(minutes=5))
    b.check_in(b.participants()[0].id, 1)
    sync(b, tmp_path / "stick")
    sync(a, tmp_path / "stick")
    rows = desk_activity(a)
    assert rows[0].is_self and rows[0].name == "Mesa 1"
    mesa2 = next(r for r in rows if r.name == "Mesa 2")
    assert mesa2.checkins == 1 and mesa2.changes == 1 and mesa2.last_received is not None
    assert mesa2.last_change == checked and mesa2.last_change.tzinfo == a.tz
    assert last_sync(a) == checked + timedelta(minutes=5)


def test_certificates_travel_between_desks(desks, tmp_path, monkeypatch):
    from innovact_desk.certificates.pdf import print_certificates, scan_file
    from innovact_desk.certificates.register import certificate_status, revoke
    from innovact_desk.verify.verifier import Verifier

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "keys-a"))
    a, b, _ = desks
    person = a.participants()[0]
    for day in (1, 2):
        a.check_in(person.id, day)
    steps = print_certificates(a, tmp_path / "a.pdf", participant_ids=[person.id])
    result = None
    while result is None:
        try:
            next(steps)
        except StopIteration as stop:
            result = stop.value
    assert result.issued == 1
    text = scan_file(tmp_path / "a.pdf")
    stick = tmp_path / "stick"
    sync(a, stick)
    sync(b, stick)
    statuses = {s.participant.id: s.status for s in certificate_status(b)}
    assert statuses[person.id] == "issued"
    assert Verifier.for_event(b).check(text).verdict == "valid"  # desk B knows A's key and register
    code = next(s.certificate.code for s in certificate_status(b) if s.participant.id == person.id)
    revoke(b, code, "error de nombre")
    sync(b, stick)
    sync(a, stick)
    assert {s.participant.id: s.status for s in certificate_status(a)}[person.id] == "revoked"


def test_a_sync_cut_off_midway_completes_on_the_next_run(desks, tmp_path, monkeypatch):
    import innovact_desk.sync.folder as sync_module
    from innovact_desk.sync import merge

    a, b, _ = desks
    stick = tmp_path / "stick"
    for person in a.participants():
        a.check_in(person.id, 1)
    sync(a, stick)
    original = merge._apply_checkin
    calls = {"n": 0}

    def power_cut(store, data, result):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the laptop dies in the middle of merging
        return original(store, data, result)

    monkeypatch.setattr(merge, "_apply_checkin", power_cut)
    with pytest.raises(KeyboardInterrupt):
        sync(b, stick)
    assert b.present_count(1) == 0  # the chunk being merged is all or nothing
    monkeypatch.setattr(merge, "_apply_checkin", original)

    def unplugged(*args, **kwargs):
        raise OSError("stick pulled out")

    b.check_in(b.participants()[0].id, 2)
    monkeypatch.setattr(sync_module, "write_own", unplugged)
    with pytest.raises(UserError, match="stick pulled out"):
        sync(b, stick)  # merged, but could not write its own journal
    monkeypatch.undo()
    report = sync(b, stick)
    assert report.received == 0 and report.sent == 1
    assert sync(a, stick).received == 1
    assert state(a) == state(b)


def test_a_long_sync_commits_chunk_by_chunk_and_resumes(desks, tmp_path, monkeypatch):
    from innovact_desk.sync import merge

    a, b, _ = desks
    stick = tmp_path / "stick"
    for person in a.participants():
        for day in (1, 2):
            a.check_in(person.id, day)
    sync(a, stick)  # 10 entries for B
    from innovact_desk.sync import apply

    monkeypatch.setattr(apply, "CHUNK_MAX", 4)
    original = merge._apply_checkin
    calls = {"n": 0}

    def power_cut(store, data, result):
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt
        return original(store, data, result)

    monkeypatch.setattr(merge, "_apply_checkin", power_cut)
    with pytest.raises(KeyboardInterrupt):
        sync(b, stick)
    received = "SELECT count(*) FROM journal WHERE received_at IS NOT NULL"
    assert b.db.execute(received).fetchone()[0] == 4  # the first chunk stayed (2 desks A announced, 2 check-ins)
    assert b.db.execute("SELECT count(*) FROM checkins").fetchone()[0] == 2
    monkeypatch.setattr(merge, "_apply_checkin", original)
    assert sync(b, stick).received == 8
    assert state(a) == state(b)
