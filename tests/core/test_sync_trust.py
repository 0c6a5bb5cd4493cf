"""Trust and clocks between desks as properties: whatever mix of honest and forged entries, whatever the
order of syncs and the laptops' clocks, every desk ends agreeing and no forged change is applied anywhere.
And a lost stick shows nothing; an event file of the program before keeps all its data."""

import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import innovact_desk.store.event as event_module
from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates import register
from innovact_desk.store import conflicts as desk_records
from innovact_desk.store import journals
from innovact_desk.store.event import EventStore
from innovact_desk.sync import lines
from innovact_desk.sync.folder import clone, sync

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


class Clock:
    """The laptops' clocks, injected: a common time that moves on with every step, and each desk's error."""

    def __init__(self, monkeypatch, skews):
        self.now = datetime(2026, 3, 5, 13, tzinfo=UTC)
        self.skews = skews
        self.desk = 0
        monkeypatch.setattr(event_module, "now_utc", self.read)

    def read(self):
        return self.now + self.skews[self.desk]

    def at(self, desk):
        self.desk = desk
        self.now += timedelta(seconds=1)


def make_desks(folder: Path, people: int = 4):
    first = EventStore.create(folder / "a.event", title_es="Curso", tz="America/Lima", desk_name="Mesa 1")
    with first.transaction():
        for i in range(people):
            first.add_participant({"name": f"Persona {i}", "document": f"4000000{i}"})
    clone(first, folder / "b.event", "Mesa 2")
    clone(first, folder / "c.event", "Mesa 3")
    return [first, EventStore.open(folder / "b.event"), EventStore.open(folder / "c.event")]


def state(store):
    people = sorted((p.id, p.name, p.role, p.organization) for p in store.participants())
    return people, store.days_attended(), sorted(k.fingerprint for k in register.issuer_keys(store))


def forge(kind: str, rogue: EventStore, honest: EventStore, stick: Path, person: str, n: int) -> None:
    """A forged change written by the rogue desk (B), as the holder of its file can write one."""
    if kind == "hacker_role":
        with rogue.transaction():
            rogue.append_journal("edit", {"participant_id": person, "action": "edit", "changes": {"role": "hacker"}})
    elif kind == "rogue_key":
        key = Ed25519PrivateKey.generate()
        with rogue.transaction():
            rogue.append_journal("issuer_key", register.signed_change(
                rogue, "issuer_key", {"public": keystore.public_raw(key).hex(), "action": "add", "valid_from": None,
                                      "valid_to": None}, key))
    elif kind == "rogue_revocation":
        key = Ed25519PrivateKey.generate()
        row = {"id": f"00000000-0000-4000-8000-{n:012d}", "uid": f"{n:016x}", "reason": "x",
               "at": "2026-03-05T10:00:00+00:00", "desk_id": rogue.self_desk.id, "desk_name": "Mesa 2"}
        with rogue.transaction():
            rogue.append_journal("revocation", register.signed_change(rogue, "revocation", row, key))
    elif kind == "impersonation":  # B writes a check-in into C's journal, sealed with B's key
        event_id, victim = honest.event.id, honest.self_desk.id
        aead = lines.line_key(journals.sync_key(rogue))
        when = f"2026-03-05T13:{n % 60:02d}:00+00:00"
        entry = {"v": 2, "id": f"00000000-0000-4000-9000-{n:012d}", "desk_name": "Mesa 3", "kind": "checkin",
                 "hlc": f"{1772715600000 + n:013d}.00000.{victim}",
                 "data": {"id": f"00000000-0000-4000-a000-{n:012d}", "participant_id": person, "day": 2, "at": when,
                          "desk_id": victim, "kind": "checkin", "recorded_at": when}}
        signer = Ed25519PrivateKey.from_private_bytes(journals.own_desk_key(rogue))
        body = [lines.encrypt(aead, event_id, victim, entry)]
        path = stick / event_id / f"{victim}.journal"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab") as handle:
            handle.write(b"\n" + b"\n".join([*body, lines.seal(aead, event_id, victim, signer, body, "")]) + b"\n")


honest_op = st.tuples(st.sampled_from(["checkin", "edit", "walk_in", "sync"]), st.integers(0, 2), st.integers(0, 3))
forged_op = st.tuples(st.sampled_from(["hacker_role", "rogue_key", "rogue_revocation", "impersonation"]),
                      st.just(1), st.integers(0, 3))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=st.lists(st.one_of(honest_op, forged_op), min_size=1, max_size=16), order=st.permutations([0, 1, 2]))
def test_honest_and_forged_entries_from_three_desks_end_agreeing_with_nothing_forged_applied(ops, order):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stick = folder / "stick"
        stick.mkdir()
        desks = make_desks(folder)
        try:
            for n, (kind, desk_no, who) in enumerate(ops):
                desk = desks[desk_no]
                person = desk.participants()[who % 4].id
                if kind == "checkin":
                    desk.check_in(person, 1)
                elif kind == "edit":
                    desk.update_participant(person, {"organization": f"Org {desk_no}-{n}"})
                elif kind == "walk_in":
                    desk.register_walk_in({"name": f"Visita {who}", "document": f"9000{who}"}, 1)
                elif kind == "sync":
                    sync(desk, stick)
                else:
                    forge(kind, desks[1], desks[2], stick, person, n)
            for _ in range(2):
                for i in order:
                    sync(desks[i], stick)
            states = [state(d) for d in desks]
            assert states[0] == states[1] == states[2]
            for desk in desks:
                assert all(p.role != "hacker" for p in desk.participants())
                assert register.issuer_keys(desk) == [] and register.revocations(desk) == {}
                assert all(c.day == 1 for c in desk.history())  # the impersonated check-ins were all day 2
        finally:
            for d in desks:
                d.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(skews=st.lists(st.integers(-3600, 3600), min_size=3, max_size=3),
       ops=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 1), st.booleans()), min_size=2, max_size=12),
       order=st.permutations([0, 1, 2]))
def test_skewed_clocks_and_competing_corrections_end_agreeing_and_reported(monkeypatch, skews, ops, order):
    clock = Clock(monkeypatch, [timedelta(seconds=s) for s in skews])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stick = folder / "stick"
        stick.mkdir()
        desks = make_desks(folder, people=2)
        try:
            people = [p.id for p in desks[0].participants()]
            corrected: dict[str, set[tuple[int, str]]] = {}
            for n, (desk_no, who, then_sync) in enumerate(ops):
                clock.at(desk_no)
                name = f"Nombre {desk_no}-{n}"
                desks[desk_no].update_participant(people[who], {"name": name})
                corrected.setdefault(people[who], set()).add((desk_no, name))
                if then_sync:
                    sync(desks[desk_no], stick)
            for _ in range(2):
                for i in order:
                    clock.at(i)
                    sync(desks[i], stick)
            names = [sorted((p.id, p.name) for p in d.participants()) for d in desks]
            assert names[0] == names[1] == names[2]
            reported = {c["participant"] for d in desks for c in desk_records.conflicts(d)
                        if c["kind"] == "competing_correction"}
            competing = {p for p, values in corrected.items() if len({d for d, _ in values}) > 1}
            assert competing <= reported
            for desk in desks:  # the clock each desk saw was saved with what it merged
                assert desk.setting("hlc", "")[:19] >= journals.latest_clock(desk)[:19]
        finally:
            for d in desks:
                d.close()


def test_a_lost_stick_after_a_demo_day_holds_no_names_documents_or_emails(tmp_path, run, monkeypatch):
    monkeypatch.setenv("INNOVACT_KEY_DIR", str(tmp_path / "keys"))
    a, b, stick = tmp_path / "a.event", tmp_path / "b.event", tmp_path / "stick"
    stick.mkdir()
    assert run("init", a, "--demo")[0] == 0
    assert run("clone", a, b, "--desk", "Mesa 2")[0] == 0
    _, listing, _ = run("list", a, "--json")
    people = listing["participants"]
    for i, person in enumerate(people):
        run("checkin", a if i % 2 else b, "--day", "1", "--code", person["code"])
    run("edit", b, "--code", people[0]["code"], "--name", "Ñaupari Corregida", "--email", "nueva@example.org")
    run("certificates", a, "--out", tmp_path / "c.pdf", "--all")
    for desk in (a, b, a, b):
        assert run("sync", desk, stick)[0] == 0
    everything = b"".join(p.read_bytes() for p in stick.rglob("*") if p.is_file())
    assert len(everything) > 10_000
    with EventStore.open(a) as store:
        secrets = {s for p in store.participants() for s in (p.name, p.document, p.email, p.phone) if s}
    secrets |= {"Ñaupari Corregida", "nueva@example.org"}
    assert len(secrets) > 30
    for secret in secrets:
        assert secret.encode("utf-8") not in everything, secret
        for word in secret.split():
            if len(word) >= 5:
                assert word.encode("utf-8") not in everything, word


def test_an_event_file_of_the_program_before_keeps_all_its_data(tmp_path, run):
    path = tmp_path / "old.event"
    shutil.copy(FIXTURES / "event-v4-organizer.event", path)
    raw = sqlite3.connect(path)
    tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'participant_fts%' AND name NOT LIKE 'sqlite%'")]
    before = {t: sorted(map(repr, raw.execute(f"SELECT * FROM {t}"))) for t in tables}
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 4
    raw.close()
    assert all(before[t] for t in ("participants", "checkins", "certificates", "revocations", "journal"))
    with EventStore.open(path) as store:
        assert store.count_participants() == 7
    raw = sqlite3.connect(path)
    for table in tables:
        columns = [r[1] for r in raw.execute(f"PRAGMA table_info({table})")]
        old = before[table]
        if table == "desks":  # two columns more: the desks' keys, empty until needed
            columns = columns[:3]
        now = sorted(map(repr, raw.execute(f"SELECT {', '.join(columns)} FROM {table}")))
        if table == "_sqlite_migrations":  # the new migrations are listed after the old ones
            assert set(old) <= set(now)
        else:
            assert now == old, table
    raw.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    status, data, _ = run("sync", path, stick, "--json")
    assert status == 0 and data["sent"] > 0
    status, data, _ = run("search", path, "Corregida", "--json")
    assert data["total"] == 1
