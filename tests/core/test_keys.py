"""Signing keys, passphrase export, trust bundles and the trust store (specs/certificate-qr.md)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
import sys
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from innovact_desk.assets import user_data_dir
from innovact_desk.certificates import keys
from innovact_desk.certificates import qr as certqr
from innovact_desk.errors import UserError

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
ISSUER = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
NEXT = Ed25519PrivateKey.from_private_bytes(bytes(range(2, 34)))
MALLORY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
EVENT = "3f2c8a10-0b6e-4f5a-9d7c-1e2b3c4d5e6f"
UID = bytes.fromhex("0123456789abcdef")


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def fp(key) -> str:
    return certqr.fingerprint(keys.public_raw(key))


# ---------------------------------------------------------------- signing keys


@POSIX
def test_key_is_made_at_first_use_with_private_modes(tmp_path):
    folder = tmp_path / "keys"
    key = keys.load_or_create_signing_key(folder)
    kid = keys.kid_hex(key)
    path = folder / f"{kid}.key"
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert mode(path) == 0o600 and mode(folder) == 0o700
    assert keys.public_raw(keys.load_or_create_signing_key(folder)) == keys.public_raw(key)
    assert keys.public_raw(keys.load_signing_key(folder, kid.upper())) == keys.public_raw(key)
    assert keys.load_signing_key(folder, "00000000") is None
    assert keys.load_signing_key(folder, "../../etc") is None
    assert keys.stored_kids(folder) == [kid]
    assert len(keys.public_raw(key)) == 32 and kid == certqr.key_id(keys.public_raw(key)).hex()


def test_default_key_folder_is_in_user_data(tmp_path):
    assert keys.default_key_folder() == user_data_dir() / "keys"
    assert str(user_data_dir()).startswith(os.environ["XDG_DATA_HOME"])


def test_damaged_key_file_names_the_file(tmp_path):
    key = keys.load_or_create_signing_key(tmp_path)
    path = tmp_path / f"{keys.kid_hex(key)}.key"
    path.write_text("-----BEGIN PRIVATE KEY-----\nnonsense\n-----END PRIVATE KEY-----\n")
    with pytest.raises(UserError, match=str(path.name)):
        keys.load_signing_key(tmp_path, keys.kid_hex(key))


@POSIX
def test_export_import_round_trip(tmp_path):
    key = keys.load_or_create_signing_key(tmp_path / "a")
    out = tmp_path / "issuer-key.pem"
    keys.export_key(key, out, "correct horse ñandú")
    export = json.loads(out.read_bytes())
    assert export["kdf"] == "scrypt" and export["n"] >= 2**17 and mode(out) == 0o600
    second = tmp_path / "b"
    keys.load_or_create_signing_key(second)  # the second laptop had a key of its own
    kid = keys.import_key(out, "correct horse ñandú", second)
    assert kid == keys.kid_hex(key)
    assert keys.public_raw(keys.load_signing_key(second, kid)) == keys.public_raw(key)
    assert keys.public_raw(keys.load_or_create_signing_key(second)) == keys.public_raw(key)  # now current
    assert mode(second / f"{kid}.key") == 0o600
    assert keys.import_key(out, "correct horse ñandú", second) == kid  # importing twice is harmless


def test_wrong_passphrase_and_damaged_exports_are_refused(tmp_path):
    out = tmp_path / "k.pem"
    keys.export_key(ISSUER, out, "secret words")
    with pytest.raises(UserError, match="k.pem.*wrong passphrase"):
        keys.import_key(out, "Secret words", tmp_path / "keys")
    damaged = tmp_path / "damaged.pem"
    damaged.write_bytes(out.read_bytes()[:-60])
    damaged.chmod(0o600)
    with pytest.raises(UserError, match="damaged.pem"):
        keys.import_key(damaged, "secret words", tmp_path / "keys")
    with pytest.raises(UserError, match="missing.pem"):
        keys.import_key(tmp_path / "missing.pem", "secret words", tmp_path / "keys")
    plain = tmp_path / "plain.pem"
    keys.load_or_create_signing_key(tmp_path / "p")
    plain.write_bytes(next((tmp_path / "p").glob("*.key")).read_bytes())
    plain.chmod(0o600)
    with pytest.raises(UserError, match="plain.pem"):
        keys.import_key(plain, "secret words", tmp_path / "keys")
    assert keys.stored_kids(tmp_path / "keys") == []


def test_empty_passphrase_and_overwrite_are_refused(tmp_path):
    with pytest.raises(UserError):
        keys.export_key(ISSUER, tmp_path / "k.pem", "")
    with pytest.raises(UserError, match="at least 10 characters"):
        keys.export_key(ISSUER, tmp_path / "k.pem", "123456789")
    keys.export_key(ISSUER, tmp_path / "k.pem", "1234567890")
    with pytest.raises(UserError, match="already exists"):
        keys.export_key(ISSUER, tmp_path / "k.pem", "1234567890")
    with pytest.raises(UserError):
        keys.import_key(tmp_path / "k.pem", "", tmp_path / "keys")


# ---------------------------------------------------------------- bundles


def uid_hash_of(uid: bytes) -> str:
    return hashlib.sha256(uid).hexdigest()[:16]


def bundle(signer=ISSUER, listed=(ISSUER,), seq=1, issuer="Innovact Amazonía", status=None, names=None) -> dict:
    return keys.make_bundle(
        issuer=issuer,
        keys=[keys.key_entry(keys.public_raw(k), date(2025, 1, 1), None) for k in listed],
        events=[{"ref": certqr.event_ref(EVENT).hex(), "title": "Taller de Iquitos", "venue": "Iquitos",
                 "dates": ["2026-03-05", "2026-03-06"], "hours": 16}],
        status=status if status is not None else [{"uid_hash": uid_hash_of(UID), "min_rev": 1}],
        issued=[uid_hash_of(UID), uid_hash_of(b"B" * 8)],
        names=names,
        seq=seq,
        as_of="2026-03-06T18:00:00-05:00",
        signing_key=signer,
    )


def write(tmp_path, envelope: dict, name="bundle.json"):
    path = tmp_path / name
    keys.write_bundle(envelope, path)
    return path


def test_uid_hash():
    assert keys.uid_hash(UID) == uid_hash_of(UID) and len(keys.uid_hash(UID)) == 16


def test_bundle_text_is_canonical_and_signed():
    envelope = bundle(names={uid_hash_of(UID): "Ana Ñúñez"})
    text = envelope["bundle"]
    obj = json.loads(text)
    assert text == json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert "Ñúñez" in text and envelope["kid"] == certqr.key_id(keys.public_raw(ISSUER)).hex()
    ISSUER.public_key().verify(base64.b64decode(envelope["sig"]), text.encode("utf-8"))
    assert set(obj) == {"issuer", "keys", "events", "status", "issued", "names", "seq", "as_of"}
    assert obj["keys"][0]["public"] == base64.b64encode(keys.public_raw(ISSUER)).decode()
    assert "names" not in json.loads(bundle()["bundle"])
    assert bundle() == bundle()


def test_read_bundle_and_verify_a_certificate(tmp_path):
    path = write(tmp_path, bundle(names={uid_hash_of(UID): "Ana"}))
    b = keys.read_bundle(path, {fp(ISSUER).upper()})
    assert (b.issuer, b.seq, b.as_of) == ("Innovact Amazonía", 1, "2026-03-06T18:00:00-05:00")
    assert b.fingerprints == [fp(ISSUER)] and b.signer_fingerprint == fp(ISSUER)
    ref = certqr.event_ref(EVENT)
    assert b.event_label(ref) == "Taller de Iquitos" and b.event_label(b"\0\1\2\3") == "00010203"
    p = certqr.CertPayload(certqr.key_id(keys.public_raw(ISSUER)), UID, ref, date(2026, 3, 6), 0, (1, 2),
                           "participant", "Ana")
    text = certqr.qr_text(certqr.sign_payload(p, ISSUER), "https://verify.example.org/")
    assert certqr.verify(text, b.keys, b.status_lookup).verdict == "superseded"
    p1 = certqr.CertPayload(**{**p.__dict__, "rev": 1})
    assert certqr.verify(certqr.qr_text(certqr.sign_payload(p1, ISSUER)), b.keys, b.status_lookup).verdict == "valid"
    typed = certqr.verify_typed_code(certqr.human_code(UID), b.register_lookup)
    assert (typed.verdict, typed.rev, typed.name) == ("issued", 1, "Ana")
    assert certqr.verify_typed_code(certqr.human_code(b"C" * 8), b.register_lookup).verdict == "not_issued"
    assert keys.read_bundle(path.read_text(encoding="utf-8"), {fp(ISSUER)}).seq == 1  # text works too


def test_key_validity_in_bundle_applies(tmp_path):
    b = keys.read_bundle(write(tmp_path, bundle()), {fp(ISSUER)})
    p = certqr.CertPayload(certqr.key_id(keys.public_raw(ISSUER)), UID, b"\0" * 4, date(2024, 12, 31), 5, (),
                           "other", "Ana")
    assert certqr.verify(certqr.sign_payload(p, ISSUER), b.keys).verdict == "unknown_key"


def test_revoked_in_bundle(tmp_path):
    b = keys.read_bundle(write(tmp_path, bundle(status=[{"uid_hash": uid_hash_of(UID), "min_rev": 255}])),
                         {fp(ISSUER)})
    assert b.status_lookup(UID) == 255 and b.status_lookup(b"B" * 8) == 0
    assert certqr.verify_typed_code(certqr.human_code(UID), b.register_lookup).verdict == "revoked"


def test_untrusted_bundle_names_its_fingerprint(tmp_path):
    path = write(tmp_path, bundle(signer=MALLORY, listed=(MALLORY,)))
    with pytest.raises(UserError, match=f"bundle.json: signed by an untrusted key \\(fingerprint {fp(MALLORY)}"):
        keys.read_bundle(path, {fp(ISSUER)})


def test_bundle_re_signed_by_another_key_is_refused(tmp_path):
    genuine = bundle()
    obj = json.loads(genuine["bundle"])
    obj["status"] = []  # un-supersede, then sign with Mallory's key while keeping the issuer's key listed
    text = keys.canonical_json(obj)
    forged = {"bundle": text, "kid": genuine["kid"], "sig": base64.b64encode(MALLORY.sign(text.encode())).decode()}
    with pytest.raises(UserError, match="does not check"):
        keys.read_bundle(write(tmp_path, forged), {fp(ISSUER)})
    forged["kid"] = certqr.key_id(keys.public_raw(MALLORY)).hex()
    with pytest.raises(UserError, match="does not list"):
        keys.read_bundle(write(tmp_path, forged), {fp(ISSUER), fp(MALLORY)})


def test_text_edited_after_signing_is_refused(tmp_path):
    envelope = bundle()
    envelope["bundle"] = envelope["bundle"].replace('"min_rev":1', '"min_rev":0')
    with pytest.raises(UserError, match=f"does not check.*{fp(ISSUER)}"):
        keys.read_bundle(write(tmp_path, envelope), {fp(ISSUER)})
    envelope = bundle()
    envelope["sig"] = "!!!"
    with pytest.raises(UserError, match="not a valid trust bundle"):
        keys.read_bundle(write(tmp_path, envelope), {fp(ISSUER)})


def test_bundle_text_is_verified_as_it_stands_never_re_serialised(tmp_path):
    obj = json.loads(bundle()["bundle"])
    text = json.dumps(obj, indent=2, ensure_ascii=True)  # not canonical, but it is what was signed
    envelope = {"bundle": text, "kid": keys.kid_hex(ISSUER), "sig": base64.b64encode(ISSUER.sign(text.encode())).decode()}
    path = tmp_path / "b.json"
    path.write_text(json.dumps(envelope, ensure_ascii=True), encoding="utf-8")
    assert keys.read_bundle(path, {fp(ISSUER)}).text == text
    canonical = dict(envelope, bundle=keys.canonical_json(obj))  # same content, other text: refused
    with pytest.raises(UserError, match="does not check"):
        keys.read_bundle(json.dumps(canonical), {fp(ISSUER)})


def test_signing_key_must_be_listed():
    with pytest.raises(UserError):
        bundle(signer=MALLORY, listed=(ISSUER,))


@pytest.mark.parametrize("content", ["", "[]", "{}", '{"bundle": 1, "kid": "x", "sig": "x"}', "not json"])
def test_malformed_bundles_are_refused(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match="bad.json"):
        keys.read_bundle(path, {fp(ISSUER)})


def test_malformed_content_is_refused_even_when_signed(tmp_path):
    obj = json.loads(bundle()["bundle"])
    for field, value in (("seq", "1"), ("status", [{"uid_hash": "zz", "min_rev": 1}]), ("issued", [1]),
                         ("events", [{"title": "x"}]), ("names", ["x"]), ("seq", True)):
        text = keys.canonical_json({**obj, field: value})
        envelope = {"bundle": text, "kid": keys.kid_hex(ISSUER), "sig": base64.b64encode(ISSUER.sign(text.encode())).decode()}
        with pytest.raises(UserError, match="not a valid trust bundle"):
            keys.read_bundle(json.dumps(envelope), {fp(ISSUER)})


# ---------------------------------------------------------------- trust store


def test_trust_store_first_import_then_rotation(tmp_path):
    store = tmp_path / "data"
    issuer, fingerprints = keys.trust_bundle(write(tmp_path, bundle(seq=3)), store)
    assert (issuer, fingerprints) == ("Innovact Amazonía", [fp(ISSUER)])
    assert keys.trusted_fingerprints(store) == {fp(ISSUER)}
    assert (store / "trust.json").exists()
    rotated = write(tmp_path, bundle(signer=ISSUER, listed=(ISSUER, NEXT), seq=4), "b4.json")
    keys.trust_bundle(rotated, store)
    assert keys.trusted_fingerprints(store) == {fp(ISSUER), fp(NEXT)}
    signed_by_new = write(tmp_path, bundle(signer=NEXT, listed=(NEXT,), seq=5), "b5.json")
    assert keys.trust_bundle(signed_by_new, store)[1] == [fp(NEXT)]
    assert keys.open_bundle(signed_by_new, store).seq == 5


def test_lower_seq_is_refused(tmp_path):
    store = tmp_path / "data"
    keys.trust_bundle(write(tmp_path, bundle(seq=7), "b7.json"), store)
    old = write(tmp_path, bundle(seq=6), "b6.json")
    with pytest.raises(UserError, match="seq 6.*seq 7"):
        keys.trust_bundle(old, store)
    with pytest.raises(UserError, match="b6.json.*seq 6"):
        keys.open_bundle(old, store)
    assert keys.open_bundle(write(tmp_path, bundle(seq=7), "again.json"), store).seq == 7
    assert keys.trust_bundle(write(tmp_path, bundle(seq=7), "same.json"), store)[0] == "Innovact Amazonía"


def test_known_issuer_with_an_untrusted_key_is_refused(tmp_path):
    store = tmp_path / "data"
    keys.trust_bundle(write(tmp_path, bundle()), store)
    impostor = write(tmp_path, bundle(signer=MALLORY, listed=(MALLORY, ISSUER), seq=9), "impostor.json")
    with pytest.raises(UserError, match=f"untrusted key \\(fingerprint {fp(MALLORY)}"):
        keys.trust_bundle(impostor, store)
    with pytest.raises(UserError, match=fp(MALLORY)):
        keys.open_bundle(impostor, store)
    assert keys.trusted_fingerprints(store) == {fp(ISSUER)}
    other_issuer = write(tmp_path, bundle(signer=MALLORY, listed=(MALLORY,), issuer="Otra ONG"), "other.json")
    assert keys.trust_bundle(other_issuer, store) == ("Otra ONG", [fp(MALLORY)])


def test_open_bundle_with_a_fingerprint_given(tmp_path):
    path = write(tmp_path, bundle())
    store = tmp_path / "empty"
    assert keys.trusted_fingerprints(store) == set()
    with pytest.raises(UserError, match="untrusted"):
        keys.open_bundle(path, store)
    colons = ":".join(fp(ISSUER)[i:i + 2] for i in range(0, 64, 2)).upper()
    assert keys.open_bundle(path, store, [colons]).issuer == "Innovact Amazonía"
    with pytest.raises(UserError, match="64 hex"):
        keys.open_bundle(path, store, [fp(ISSUER)[:8]])  # a kid alone is not enough


def test_peek_bundle_checks_only_its_own_signature(tmp_path):
    b = keys.peek_bundle(write(tmp_path, bundle(signer=MALLORY, listed=(MALLORY,))))
    assert b.signer_fingerprint == fp(MALLORY)
    envelope = bundle()
    envelope["bundle"] = envelope["bundle"].replace("Iquitos", "Lima")
    with pytest.raises(UserError):
        keys.peek_bundle(write(tmp_path, envelope))


def test_damaged_trust_store_names_the_file(tmp_path):
    (tmp_path / "trust.json").write_text("{nope", encoding="utf-8")
    with pytest.raises(UserError, match="trust.json"):
        keys.trusted_fingerprints(tmp_path)


@POSIX
def test_a_key_file_readable_by_others_or_a_symlink_is_refused_saying_how_to_fix_it(tmp_path):
    out = tmp_path / "k.key"
    keys.export_key(ISSUER, out, "frase de paso larga")
    out.chmod(0o644)
    with pytest.raises(UserError, match=r"other users.*chmod 600"):
        keys.import_key(out, "frase de paso larga", tmp_path / "keys")
    out.chmod(0o600)
    link = tmp_path / "link.key"
    link.symlink_to(out)
    with pytest.raises(UserError, match="symlink"):
        keys.import_key(link, "frase de paso larga", tmp_path / "keys")
    stored = keys.load_or_create_signing_key(tmp_path / "store")
    path = tmp_path / "store" / f"{keys.kid_hex(stored)}.key"
    path.chmod(0o640)
    with pytest.raises(UserError, match="chmod 600"):
        keys.load_signing_key(tmp_path / "store", keys.kid_hex(stored))
    assert keys.import_key(out, "frase de paso larga", tmp_path / "keys") == keys.kid_hex(ISSUER)


def test_an_export_of_the_older_program_still_imports(tmp_path):
    from cryptography.hazmat.primitives import serialization

    old = tmp_path / "old.pem"
    old.write_bytes(ISSUER.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                         serialization.BestAvailableEncryption(b"secreto")))
    old.chmod(0o600)
    assert keys.import_key(old, "secreto", tmp_path / "keys") == keys.kid_hex(ISSUER)
