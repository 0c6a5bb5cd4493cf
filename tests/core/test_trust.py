"""Each attack on trust between desks, replayed end to end through the command line: refused, reported
(as a security warning naming the desk, or a note with desk and line), and nothing applied."""

import base64
import json
import os
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates import register
from innovact_desk.store import journals
from innovact_desk.store.event import EventStore
from innovact_desk.sync import lines
from innovact_desk.sync.folder import journal_file

TABLES = ("participants", "checkins", "certificates", "revocations", "issuer_keys", "field_clocks", "audit",
          "conflicts")
PASS = "frase de paso larga"


def dump(path: Path) -> dict:
    """Every row of the tables that hold what the event knows (not the sync's own bookkeeping)."""
    db = sqlite3.connect(path)
    try:
        return {t: sorted(map(repr, db.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}
    finally:
        db.close()


def key_dir(monkeypatch, tmp_path, desk: str) -> None:
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / f"keys-{desk}"))


@pytest.fixture
def venue(tmp_path, run, monkeypatch):
    """The organizer's desk (A, which prints), a clone turned rogue (B) and an honest clone (C), synced once."""
    monkeypatch.setenv("INNOVACT_KEY_PASSPHRASE", PASS)
    a, b, c, stick = tmp_path / "a.event", tmp_path / "b.event", tmp_path / "c.event", tmp_path / "stick"
    stick.mkdir()
    assert run("init", a, "--demo")[0] == 0
    _, listing, _ = run("list", a, "--json")
    people = listing["participants"]
    for person in people[:3]:
        run("checkin", a, "--day", "1", "--code", person["code"])
        run("checkin", a, "--day", "2", "--code", person["code"])
    key_dir(monkeypatch, tmp_path, "a")
    status, printed, _ = run("certificates", a, "--out", tmp_path / "a.pdf", "--all", "--json")
    assert status == 0 and printed["issued"] == 3
    assert run("clone", a, b, "--desk", "Mesa 2")[0] == 0
    assert run("clone", a, c, "--desk", "Mesa 3")[0] == 0
    for desk in (a, b, c, a):
        assert run("sync", desk, stick, "--json")[0] == 0
    return {"a": a, "b": b, "c": c, "stick": stick, "people": people, "tmp": tmp_path}


def sync_json(run, event, stick):
    status, data, err = run("sync", event, stick, "--json")
    assert status == 0, (data, err)
    return data, err


def rogue_key_in(b: Path, tmp_path: Path, monkeypatch) -> Ed25519PrivateKey:
    """What a holder of a clone's file can do without the program's leave: name a key of its own in its copy
    (journaled, self-signed) and keep the private key where the program looks for it."""
    rogue = Ed25519PrivateKey.generate()
    key_dir(monkeypatch, tmp_path, "b")
    keystore.store_key(rogue, tmp_path / "keys-b")
    with EventStore.open(b) as store:
        register.add_issuer_key(store, keystore.public_raw(rogue), rogue)
    return rogue


def test_rogue_key_by_key_import_and_sync_is_refused_everywhere(venue, run, monkeypatch):
    a, b, stick, tmp = venue["a"], venue["b"], venue["stick"], venue["tmp"]
    rogue = Ed25519PrivateKey.generate()
    keystore.export_key(rogue, tmp / "rogue.key", PASS)
    key_dir(monkeypatch, tmp, "b")
    before_b = dump(b)
    status, data, _ = run("key", b, "--import", tmp / "rogue.key", "--json")
    assert status == 2 and data["key"] == "certificates.import_untrusted" and "--endorse" in data["error"]
    assert dump(b) == before_b
    rogue_key_in(b, tmp, monkeypatch)  # the program refused; the file's holder writes it in anyway
    sync_json(run, b, stick)
    before = dump(a)
    data, err = sync_json(run, a, stick)
    assert data["received"] == 0
    (warning,) = [w for w in data["warnings"] if w["key"] == "untrusted_change"]
    assert warning["desk_name"] == "Mesa 2" and warning["kind"] == "issuer_key" and warning["line"]
    assert "SECURITY: desk Mesa 2" in err
    assert dump(a) == before
    with EventStore.open(a) as store:
        assert [w["key"] for w in journals.security_warnings(store)] == ["untrusted_change"]


def test_rogue_certificate_and_revocation_are_refused(venue, run, monkeypatch):
    a, b, stick, tmp = venue["a"], venue["b"], venue["stick"], venue["tmp"]
    rogue_key_in(b, tmp, monkeypatch)
    with EventStore.open(b) as store:
        fake = store.add_participant({"name": "Dr. Fake Person", "role": "speaker"})
        store.check_in(fake.id, 1)
        store.check_in(fake.id, 2)
    status, printed, _ = run("certificates", b, "--out", tmp / "fake.pdf", "--code", fake.code, "--json")
    assert status == 0 and printed["issued"] == 1  # in its own copy, with its own key
    with EventStore.open(a) as store:
        genuine = register.current_certificates(store)[venue["people"][0]["id"]].code
    assert run("revoke", b, "--certificate", genuine, "--reason", "sabotaje", "--json")[0] == 0
    sync_json(run, b, stick)
    before = dump(a)
    data, _ = sync_json(run, a, stick)
    refused = sorted(w["kind"] for w in data["warnings"] if w["key"] == "untrusted_change")
    assert refused == ["certificate", "issuer_key", "revocation"]
    assert all(w["desk_name"] == "Mesa 2" for w in data["warnings"])
    assert data["received"] == 3  # Dr. Fake Person as a walk-in and two check-ins: a clone may do that
    after = dump(a)
    for table in ("certificates", "revocations", "issuer_keys"):
        assert after[table] == before[table]
    from innovact_desk.certificates.pdf import scan_file

    text = scan_file(tmp / "fake.pdf")
    status, verdict, _ = run("verify", "--event", a, text, "--json")
    assert status == 1 and verdict["verdict"] == "unknown_key"
    status, verdict, _ = run("verify", "--event", a, genuine, "--json")
    assert verdict["verdict"] == "issued"  # not revoked


def test_a_clone_without_the_key_cannot_revoke(venue, run, monkeypatch):
    c, tmp = venue["c"], venue["tmp"]
    key_dir(monkeypatch, tmp, "c")
    with EventStore.open(venue["a"]) as store:
        genuine = register.current_certificates(store)[venue["people"][0]["id"]].code
    before = dump(c)
    status, data, _ = run("revoke", c, "--certificate", genuine, "--reason", "error", "--json")
    assert status == 2 and data["key"] == "no_signing_key" and "--import" in data["error"]
    assert dump(c) == before


def test_rogue_bundle_and_seq_lock_out_are_refused(venue, run, monkeypatch):
    a, b, tmp = venue["a"], venue["b"], venue["tmp"]
    assert run("bundle", a, "--out", tmp / "genuine.json")[0] == 0
    status, _trusted, _ = run("trust", tmp / "genuine.json", "--yes", "--json")
    assert status == 0
    rogue = rogue_key_in(b, tmp, monkeypatch)
    assert run("bundle", b, "--out", tmp / "rogue.json")[0] == 0  # signed by its own key
    status, data, _ = run("verify", "--bundle", tmp / "rogue.json", "IDC:1", "--json")
    assert status == 2 and data["key"] == "untrusted_bundle"
    status, data, _ = run("trust", tmp / "rogue.json", "--yes", "--json")
    assert status == 2 and data["key"] == "untrusted_bundle"
    # a bundle with a seq far in the future, even one a trusted key signed, locks nobody out
    envelope = json.loads((tmp / "genuine.json").read_text())
    content = json.loads(envelope["bundle"])
    key_dir(monkeypatch, tmp, "a")
    with EventStore.open(a) as store:
        genuine_key, _ = register.signing_key(store)
    for seq, signer in ((2**63, rogue), (content["seq"] + 10 * 86_400, genuine_key)):
        forged = keystore.make_bundle(content["issuer"], content["keys"] + [keystore.key_entry(keystore.public_raw(signer))],
                                      content["events"], content["status"], content["issued"], None, seq,
                                      content["as_of"], signer)
        keystore.write_bundle(forged, tmp / "far.json")
        status, data, _ = run("trust", tmp / "far.json", "--yes", "--json")
        assert status == 2
        assert data["key"] in ("certificates.bundle_seq_future", "untrusted_bundle")
    status, data, _ = run("trust", tmp / "far.json", "--yes", "--json")
    assert data["key"] == "certificates.bundle_seq_future"  # the genuinely signed one: refused for its seq
    assert run("bundle", a, "--out", tmp / "later.json")[0] == 0
    assert run("trust", tmp / "later.json", "--yes")[0] == 0  # a genuine later bundle still goes in
    status, data, _ = run("verify", "--bundle", tmp / "later.json", "IDC:1", "--json")
    assert status == 1 and data["verdict"] == "unreadable"


def _append_sealed(path: Path, sync_key: str, event_id: str, desk_id: str, signer: Ed25519PrivateKey,
                   objs: list[dict], aead_key: str | None = None) -> None:
    """A write into a journal file as the program makes one: encrypted lines, then a signed seal."""
    aead = lines.line_key(aead_key or sync_key)
    body = [lines.encrypt(aead, event_id, desk_id, obj) for obj in objs]
    public = base64.b64encode(lines.public_raw(signer)).decode()
    seal = lines.seal(aead, event_id, desk_id, signer, body, public)
    with open(path, "ab") as handle:
        handle.write(b"\n".join([*body, seal]) + b"\n")


def _checkin_entry(desk_id: str, person_id: str, hlc: object = None) -> dict:
    import uuid

    when = "2026-03-05T13:00:00+00:00"
    return {"v": 2, "id": str(uuid.uuid4()), "desk_name": "Mesa 3", "kind": "checkin",
            "hlc": hlc if hlc is not None else f"{1772715600000:013d}.00000.{desk_id}",
            "data": {"id": str(uuid.uuid4()), "participant_id": person_id, "day": 1, "at": when, "desk_id": desk_id,
                     "desk_name": "Mesa 3", "operator": "", "kind": "checkin", "annuls": None, "reason": "",
                     "source": "desk", "recorded_at": when}}


def _ids(event: Path) -> tuple[str, str, str, bytes]:
    with EventStore.open(event) as store:
        return (store.event.id, store.self_desk.id, journals.sync_key(store),
                journals.own_desk_key(store))


def test_a_desk_impersonating_another_is_refused(venue, run):
    a, b, c, stick = venue["a"], venue["b"], venue["c"], venue["stick"]
    event_id, _, key, b_private = _ids(b)
    _, c_id, _, _ = _ids(c)
    b_key = Ed25519PrivateKey.from_private_bytes(b_private)
    person = venue["people"][5]["id"]  # not checked in
    c_journal = stick / event_id / f"{c_id}.journal"
    _append_sealed(c_journal, key, event_id, c_id, b_key, [_checkin_entry(c_id, person)])  # B writes as C
    before = dump(a)
    data, err = sync_json(run, a, stick)
    assert data["received"] == 0
    (warning,) = data["warnings"]
    assert warning["key"] == "forged_write" and warning["desk_name"] == "Mesa 3" and warning["line"]
    assert dump(a) == before
    assert "SECURITY" in err


def test_a_line_encrypted_with_another_events_key_is_refused(venue, run, tmp_path):
    a, b, stick = venue["a"], venue["b"], venue["stick"]
    event_id, b_id, _key, b_private = _ids(b)
    other = EventStore.create(tmp_path / "other.event", title_es="Otro", tz="UTC")
    other_key = journals.sync_key(other)
    other.close()
    entry = _checkin_entry(b_id, venue["people"][5]["id"])
    _append_sealed(journal_file_of(stick, event_id, b_id), "", event_id, b_id,
                   Ed25519PrivateKey.from_private_bytes(b_private), [entry], aead_key=other_key)
    before = dump(a)
    data, _ = sync_json(run, a, stick)
    assert data["received"] == 0 and dump(a) == before
    assert {w["key"] for w in data["warnings"]} == {"not_authentic"}
    assert all(w["desk_name"] == "Mesa 2" for w in data["warnings"])


def journal_file_of(stick: Path, event_id: str, desk_id: str) -> Path:
    return stick / event_id / f"{desk_id}.journal"


def test_a_200_kb_line_of_brackets_stops_nothing(venue, run):
    a, b, stick = venue["a"], venue["b"], venue["stick"]
    event_id, b_id, _, _ = _ids(b)
    path = journal_file_of(stick, event_id, b_id)
    with open(path, "ab") as handle:
        handle.write(b"[" * 200_000 + b"\n")
    run("checkin", b, "--day", "1", "--code", venue["people"][6]["code"])
    sync_json(run, b, stick)  # B's next write still goes through, on its own line
    before = dump(a)
    data, err = sync_json(run, a, stick)
    assert data["received"] == 1 and "Traceback" not in err
    after = dump(a)
    assert len(after["checkins"]) == len(before["checkins"]) + 1
    again, _ = sync_json(run, a, stick)
    assert again["received"] == 0


def test_an_hlc_that_is_a_number_is_refused_and_later_syncs_go_on(venue, run):
    a, b, stick = venue["a"], venue["b"], venue["stick"]
    event_id, b_id, key, b_private = _ids(b)
    entry = _checkin_entry(b_id, venue["people"][5]["id"], hlc=1772715600000)
    _append_sealed(journal_file_of(stick, event_id, b_id), key, event_id, b_id,
                   Ed25519PrivateKey.from_private_bytes(b_private), [entry])
    before = dump(a)
    data, _ = sync_json(run, a, stick)
    assert data["received"] == 0 and dump(a) == before
    (warning,) = data["warnings"]
    assert warning["key"] == "bad_entry" and "hlc" in warning["why"] and warning["desk_name"] == "Mesa 2"
    run("checkin", b, "--day", "1", "--code", venue["people"][6]["code"])
    sync_json(run, b, stick)
    assert sync_json(run, a, stick)[0]["received"] == 1


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
def test_a_symlinked_own_journal_is_refused_before_anything_merges(venue, run, tmp_path):
    a, b, stick = venue["a"], venue["b"], venue["stick"]
    run("checkin", b, "--day", "1", "--code", venue["people"][6]["code"])
    sync_json(run, b, stick)
    with EventStore.open(a) as store:
        own = journal_file(store, stick)
    target = tmp_path / "bashrc"
    target.write_text("# a shell start-up file\n")
    own.unlink()
    own.symlink_to(target)
    before = dump(a)
    status, data, _ = run("sync", a, stick, "--json")
    assert status == 2 and data["key"] == "sync.own_journal_not_file" and "rm " in data["error"]
    assert target.read_text() == "# a shell start-up file\n" and dump(a) == before


def test_an_event_id_that_is_a_path_never_forms_one(tmp_path, run):
    store = EventStore.create(tmp_path / "x.event", title_es="X", tz="UTC", event_id="../../x")
    store.close()
    stick = tmp_path / "deep" / "stick"
    stick.mkdir(parents=True)
    before = sorted(p for p in tmp_path.rglob("*"))
    status, data, _ = run("sync", tmp_path / "x.event", stick, "--json")
    assert status == 2 and data["key"] == "sync.bad_event_id"
    assert sorted(p for p in tmp_path.rglob("*")) == before


def _forge_in_own_copy(b: Path, kind: str, data: dict) -> None:
    """An entry in B's own journal as its file's holder writes it: signed and sealed like any other."""
    with EventStore.open(b) as store, store.transaction():
        store.append_journal(kind, data)


def test_sql_in_a_certificate_entrys_keys_is_refused(venue, run):
    a, b, stick = venue["a"], venue["b"], venue["stick"]
    with EventStore.open(a) as store:
        cert = next(iter(register.current_certificates(store).values()))
    row = {"id": "00000000-0000-4000-8000-000000000001", "uid": cert.uid.hex(), "rev": 1,
           "participant_id": cert.participant_id, "name": cert.name, "role": cert.role, "lang": "es",
           "issued": cert.issued.isoformat(), "days": "1", "kid": cert.kid, "desk_id": cert.desk_id,
           "desk_name": "x", "recorded_at": "2026-03-05T10:00:00+00:00", "payload": "00",
           "name) VALUES (1); DROP TABLE participants; --": "x"}
    _forge_in_own_copy(b, "certificate", row)
    sync_json(run, b, stick)
    before = dump(a)
    data, err = sync_json(run, a, stick)
    assert data["received"] == 0 and dump(a) == before
    notes = [line for line in err.splitlines() if "refused" in line and "unknown field" in line]
    assert notes and ".journal line" in notes[0]


def test_an_edit_with_role_hacker_is_refused_and_blocks_no_later_correction(venue, run):
    a, b, c, stick = venue["a"], venue["b"], venue["c"], venue["stick"]
    person = venue["people"][4]
    _forge_in_own_copy(b, "edit", {"participant_id": person["id"], "action": "edit",
                                   "changes": {"role": "hacker", "name": "Pwned"}})
    _forge_in_own_copy(b, "edit", {"participant_id": person["id"], "action": "edit", "changes": {"name": "N" * 5000}})
    sync_json(run, b, stick)
    before = dump(a)
    data, err = sync_json(run, a, stick)
    assert data["received"] == 0 and dump(a) == before
    assert "role 'hacker'" in err and "longer than 160 bytes" in err
    run("edit", c, "--code", person["code"], "--role", "speaker")
    sync_json(run, c, stick)
    data, _ = sync_json(run, a, stick)
    assert data["received"] == 1
    _, listing, _ = run("list", a, "--json")
    assert next(p for p in listing["participants"] if p["id"] == person["id"])["role"] == "speaker"


def test_a_new_key_endorsed_by_a_trusted_one_travels_and_then_imports(venue, run, monkeypatch):
    a, c, stick, tmp = venue["a"], venue["c"], venue["stick"], venue["tmp"]
    second = Ed25519PrivateKey.generate()
    keystore.export_key(second, tmp / "second.key", PASS)
    key_dir(monkeypatch, tmp, "a")
    status, data, _ = run("key", a, "--endorse", tmp / "second.key", "--json")
    assert status == 0 and data["kid"] == keystore.kid_hex(second)
    sync_json(run, a, stick)
    data, _ = sync_json(run, c, stick)
    assert data["warnings"] == []
    key_dir(monkeypatch, tmp, "c")
    status, data, _ = run("key", c, "--import", tmp / "second.key", "--json")
    assert status == 0 and data["kid"] == keystore.kid_hex(second)


def test_event_files_and_clones_are_the_users_alone(venue):
    for name in ("a", "b", "c"):
        assert os.stat(venue[name]).st_mode & 0o077 == 0
