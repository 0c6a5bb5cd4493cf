"""The desktop verifier's refined rules (issue 11): several bundles of one issuer at once with `seq`
compared event by event, `status_known: false` for an event no bundle lists, and every certificate
of a PDF checked."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from innovact_desk.certificates import keys, register
from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import qr as certqr
from innovact_desk.store.event import EventStore

POPPLER = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) not installed")


@pytest.fixture(autouse=True)
def _key_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / "keys"))


def _event(tmp_path: Path, name: str, title: str, people: list[str]) -> tuple[Path, Path, dict[str, str]]:
    """An event of issuer IIAP (the same key for all) with a certificate for each person."""
    path = tmp_path / f"{name}.event"
    store = EventStore.create(path, title_es=title, tz="America/Lima", dates=[date(2026, 3, 5)], issuer="IIAP",
                              verify_url="https://verificar.example.org/")
    for person in people:
        store.check_in(store.add_participant({"name": person}).id, 1)
    pdf = tmp_path / f"{name}.pdf"
    assert certpdf.run_to_end(certpdf.print_certificates(store, pdf, today=date(2026, 3, 5))).issued == len(people)
    texts = {c.name: register.sign(store, c, keys.load_signing_key(tmp_path / "keys", c.kid))
             for c in register.certificates(store)}
    store.close()
    return path, pdf, texts


def _bundle(run, event: Path, out: Path) -> dict:
    code, data, _ = run("bundle", event, "--out", out, "--json")
    assert code == 0
    return data


def test_several_bundles_of_one_issuer_at_once(tmp_path, run):
    a, _, ta = _event(tmp_path, "a", "Curso de cacao", ["Rosa Ñaupari"])
    b, _, tb = _event(tmp_path, "b", "Taller de café", ["Pedro Ruiz"])
    _, _, tc = _event(tmp_path, "c", "Otro curso", ["Ana Tapullima"])
    fp = _bundle(run, a, tmp_path / "a.json")["fingerprints"][0]
    _bundle(run, b, tmp_path / "b.json")
    both = ["--bundle", tmp_path / "a.json", "--bundle", tmp_path / "b.json", "--trust", fp]
    for text, title in ((ta["Rosa Ñaupari"], "Curso de cacao"), (tb["Pedro Ruiz"], "Taller de café")):
        code, data, _ = run("verify", *both, text, "--json")
        assert code == 0 and data["verdict"] == "valid" and data["event"] == title and data["status_known"] is True
    # an event neither bundle lists: a genuine signature, its status unknown, never a plain VÁLIDO
    code, data, _ = run("verify", *both, tc["Ana Tapullima"], "--json")
    assert data["verdict"] == "valid" and data["status_known"] is False and data["event"] == data["event"].lower()
    _, text, _ = run("verify", *both, tc["Ana Tapullima"])
    assert "VÁLIDO" not in text.splitlines()[0] and "VALID\n" not in text
    # typed codes are found in the bundle of their own event
    typed = certqr.human_code(certqr.decode_payload(certqr.parse_qr_text(tb["Pedro Ruiz"]))[0].uid)
    code, data, _ = run("verify", *both, typed, "--json")
    assert code == 0 and data["verdict"] == "issued"


def test_seq_is_compared_event_by_event(tmp_path, run):
    a, _, ta = _event(tmp_path, "a", "Curso de cacao", ["Rosa Ñaupari"])
    b, _, _ = _event(tmp_path, "b", "Taller de café", ["Pedro Ruiz"])
    old_a = _bundle(run, a, tmp_path / "a1.json")["seq"]
    _bundle(run, b, tmp_path / "b.json")  # seq is the time in seconds: a second export is surely higher
    newer_b = _bundle(run, b, tmp_path / "b.json")["seq"]
    assert newer_b > old_a
    assert run("trust", tmp_path / "b.json", "--yes", "--json")[0] == 0
    # the bundle of event A is older than B's, but not older than any trusted bundle of A: accepted
    assert run("trust", tmp_path / "a1.json", "--yes", "--json")[0] == 0
    code, data, _ = run("verify", "--bundle", tmp_path / "a1.json", ta["Rosa Ñaupari"], "--json")
    assert code == 0 and data["verdict"] == "valid"
    _bundle(run, a, tmp_path / "a2.json")
    assert run("trust", tmp_path / "a2.json", "--yes", "--json")[0] == 0
    code, _, err = run("verify", "--bundle", tmp_path / "a1.json", ta["Rosa Ñaupari"], "--json")
    assert code == 2 and "older" in err  # now there is a newer bundle of A itself


@POPPLER
def test_every_certificate_of_a_pdf_is_checked(tmp_path, run):
    a, pdf, _ = _event(tmp_path, "a", "Curso de cacao", ["Rosa Ñaupari", "Jesús Muñoz", "Ana Tapullima"])
    code, data, _ = run("verify", "--event", a, pdf, "--json")
    assert code == 0 and data["count"] == 3 and data["all_ok"] is True
    assert sorted(c["name"] for c in data["certificates"]) == ["Ana Tapullima", "Jesús Muñoz", "Rosa Ñaupari"]
    store = EventStore.open(str(a))
    ana = next(c for c in register.certificates(store) if c.name == "Ana Tapullima")
    store.close()
    assert run("revoke", a, "--certificate", ana.code, "--reason", "error", "--json")[0] == 0
    code, data, _ = run("verify", "--event", a, pdf, "--json")
    assert code == 1 and data["all_ok"] is False
    assert sorted(c["verdict"] for c in data["certificates"]) == ["revoked", "valid", "valid"]
