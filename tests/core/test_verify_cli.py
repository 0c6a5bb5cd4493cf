"""`verify` and `trust` on the command line: files, scanned texts, typed codes, the event or a trust bundle."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from innovact_desk.certificates import keys, register
from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import qr as certqr
from innovact_desk.store.event import EventStore

POPPLER = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) not installed")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _key_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def issued(tmp_path):
    """An event where Rosa Ñaupari and Jesús Muñoz have certificates: (event path, PDF, {name: QR text})."""
    path = tmp_path / "curso.event"
    store = EventStore.create(path, title_es="Curso de cacao", tz="America/Lima", venue="Iquitos",
                              dates=[date(2026, 3, 5), date(2026, 3, 6)], issuer="IIAP",
                              verify_url="https://verificar.example.org/")
    for name in ("Rosa Ñaupari", "Jesús Muñoz"):
        p = store.add_participant({"name": name})
        store.check_in(p.id, 1)
        store.check_in(p.id, 2)
    out = tmp_path / "certs.pdf"
    job = certpdf.print_certificates(store, out, today=date(2026, 3, 6))
    result = certpdf.run_to_end(job)
    assert result.issued == 2
    texts = {}
    for cert in register.certificates(store):
        texts[cert.name] = register.sign(store, cert, keys.load_signing_key(tmp_path / "keys", cert.kid))
    store.close()
    return path, out, texts


def code_of(texts: dict, name: str) -> str:
    return certqr.human_code(certqr.decode_payload(certqr.parse_qr_text(texts[name]))[0].uid)


def rasterise(pdf: Path, out: Path, fmt: str = "png") -> Path:
    subprocess.run(["pdftoppm", "-r", "150", f"-{fmt}", "-singlefile", "-f", "1", "-l", "1", str(pdf),
                    str(out.with_suffix(""))], check=True)
    return out


# ---- verify --event ----------------------------------------------------------------------------


@POPPLER
def test_pdf_file_is_valid_with_every_field(issued, run):
    path, pdf, _ = issued
    code, data, _ = run("verify", "--event", path, pdf, "--json")
    assert code == 0 and data["verdict"] == "valid"
    assert set(data) >= {"verdict", "name", "event", "days", "role", "code", "rev", "issued"}
    assert data["event"] == "Curso de cacao" and data["days"] == [1, 2] and data["role"] == "participant"
    assert data["rev"] == 0 and data["issued"] == "2026-03-06" and data["name"] in ("Rosa Ñaupari", "Jesús Muñoz")


@POPPLER
@pytest.mark.parametrize("fmt", ["png", "jpeg"])
def test_picture_files_are_read(issued, run, tmp_path, fmt):
    path, pdf, _ = issued
    picture = rasterise(pdf, tmp_path / f"scan.{'jpg' if fmt == 'jpeg' else fmt}", fmt)
    code, data, _ = run("verify", "--event", path, picture, "--json")
    assert code == 0 and data["verdict"] == "valid"


def test_scanned_text_and_a_mangled_prefix(issued, run):
    path, _, texts = issued
    text = texts["Rosa Ñaupari"]
    assert text.startswith("https://verificar.example.org/#")
    code, data, _ = run("verify", "--event", path, text, "--json")
    assert code == 0 and data["name"] == "Rosa Ñaupari"
    mangled = text.replace("https://", "httpsÑ--").replace("#", "@")
    assert run("verify", "--event", path, mangled, "--json")[1]["verdict"] == "valid"


def test_a_changed_digit_is_tampered(issued, run):
    path, _, texts = issued
    text = texts["Jesús Muñoz"]
    changed = text[:-1] + str((int(text[-1]) + 1) % 10)
    code, data, _ = run("verify", "--event", path, changed, "--json")
    assert code == 1 and data["verdict"] == "tampered" and "name" not in data


def test_typed_codes(issued, run):
    path, _, texts = issued
    typed = code_of(texts, "Rosa Ñaupari")
    code, data, _ = run("verify", "--event", path, typed.lower().replace("-", " "), "--json")
    assert code == 0 and data == {"verdict": "issued", "code": typed, "rev": 0, "name": "Rosa Ñaupari"}
    other = certqr.human_code(bytes(range(8)))
    assert run("verify", "--event", path, other, "--json")[1] == {"verdict": "not_issued", "code": other}
    wrong_check = typed[:-1] + ("0" if typed[-1] != "0" else "1")
    code, data, _ = run("verify", "--event", path, wrong_check, "--json")
    assert code == 1 and data["verdict"] == "unreadable"


def test_revoked_by_code_and_by_scan(issued, run):
    path, _, texts = issued
    typed = code_of(texts, "Jesús Muñoz")
    assert run("revoke", path, "--certificate", typed, "--reason", "emitido por error", "--json")[0] == 0
    code, data, _ = run("verify", "--event", path, texts["Jesús Muñoz"], "--json")
    assert (code, data) == (1, {"verdict": "revoked", "kid": kid_of(texts["Jesús Muñoz"])})
    assert run("verify", "--event", path, typed, "--json")[1] == {"verdict": "revoked", "code": typed}


def kid_of(text: str) -> str:
    return certqr.decode_payload(certqr.parse_qr_text(text))[0].kid.hex()


def other_event_pdf(tmp_path: Path) -> tuple[Path, str]:
    """A certificate of another event: (its PDF, the event's ref in hex)."""
    other = EventStore.create(tmp_path / "otro.event", title_es="Otro", tz="America/Lima", dates=[date(2026, 3, 5)])
    p = other.add_participant({"name": "Ana Ríos"})
    other.check_in(p.id, 1)
    certpdf.run_to_end(certpdf.print_certificates(other, tmp_path / "otro.pdf"))
    ref = certqr.event_ref(other.event.id).hex()
    other.close()
    return tmp_path / "otro.pdf", ref


def test_unreadable_text(issued, run):
    path, _, _ = issued
    assert run("verify", "--event", path, "hola", "--json")[:2] == (1, {"verdict": "unreadable"})
    assert run("verify", "--event", path, "IDC:" + "9" * 99, "--json")[1]["verdict"] == "unreadable"


@POPPLER
def test_another_issuers_key_is_unknown_key(issued, run, tmp_path, monkeypatch):
    path, _, _ = issued
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / "another-issuer"))
    pdf, _ = other_event_pdf(tmp_path)
    code, data, _ = run("verify", "--event", path, pdf, "--json")
    assert code == 1 and data["verdict"] == "unknown_key" and len(data["kid"]) == 8 and "name" not in data


@POPPLER
def test_same_key_another_event_shows_the_event_ref(issued, run, tmp_path):
    path, _, _ = issued
    pdf, ref = other_event_pdf(tmp_path)  # this user's key for new events signs both
    code, data, _ = run("verify", "--event", path, pdf, "--json")
    assert code == 0 and data["verdict"] == "valid" and data["event"] == ref


def test_unreadable_file_is_exit_2_and_a_picture_without_qr_is_unreadable(issued, run, tmp_path):
    path, _, _ = issued
    garbage = tmp_path / "scan.png"
    garbage.write_bytes(b"\x89PNG not really")
    code, data, err = run("verify", "--event", path, garbage, "--json")
    assert code == 2 and "scan.png" in data["error"] and "Traceback" not in err
    blank = tmp_path / "blank.png"
    Image.new("L", (400, 300), 255).save(blank)
    code, data, _ = run("verify", "--event", path, blank, "--json")
    assert code == 1 and data["verdict"] == "unreadable"
    bad_pdf = tmp_path / "broken.pdf"
    bad_pdf.write_bytes(b"%PDF-1.4\nnot really a pdf")
    assert run("verify", "--event", path, bad_pdf, "--json")[0] == 2


def test_missing_pdftoppm_is_said_clearly(issued, run, monkeypatch):
    path, pdf, _ = issued
    monkeypatch.setattr(certpdf.shutil, "which", lambda name: None)
    code, data, _ = run("verify", "--event", path, pdf, "--json")
    assert code == 2 and "pdftoppm" in data["error"] and "poppler" in data["error"]


def test_superseded_after_a_correction(issued, run, tmp_path):
    path, _, texts = issued
    with EventStore.open(path) as store:
        rosa = next(p for p in store.participants() if p.name == "Rosa Ñaupari")
        store.update_participant(rosa.id, {"name": "Rosa Ñaupari Zúñiga"})
    code, data, _ = run("certificates", path, "--out", tmp_path / "new.pdf", "--json")
    assert code == 0 and (data["reissued"], data["reprinted"]) == (1, 1)
    code, data, _ = run("verify", "--event", path, texts["Rosa Ñaupari"], "--json")
    assert code == 1 and data["verdict"] == "superseded" and data["name"] == "Rosa Ñaupari" and data["rev"] == 0
    typed = run("verify", "--event", path, data["code"], "--json")[1]
    assert typed == {"verdict": "issued", "code": data["code"], "rev": 1, "name": "Rosa Ñaupari Zúñiga"}


def test_usage_errors(issued, run, tmp_path):
    path, _, texts = issued
    assert run("verify", texts["Rosa Ñaupari"], "--json")[0] == 2
    assert run("verify", "--event", path, "--bundle", tmp_path / "b.json", "x", "--json")[0] == 2
    assert run("verify", "--event", path, "--trust", "ab" * 32, "x", "--json")[0] == 2


# ---- trust bundles -------------------------------------------------------------------------------


def export(run, path, out, *extra):
    code, data, _ = run("bundle", path, "--out", out, *extra, "--json")
    assert code == 0
    return data


def test_untrusted_bundle_is_refused_naming_its_fingerprint(issued, run, tmp_path):
    path, _, texts = issued
    bundle = export(run, path, tmp_path / "b.json")
    code, data, err = run("verify", "--bundle", tmp_path / "b.json", texts["Rosa Ñaupari"], "--json")
    assert code == 2 and bundle["fingerprints"][0] in data["error"] and "Traceback" not in err
    code, data, _ = run("verify", "--bundle", tmp_path / "b.json", "--trust", bundle["kids"][0],
                        texts["Rosa Ñaupari"], "--json")
    assert code == 2 and "64 hex" in data["error"]


def test_bundle_with_a_given_fingerprint(issued, run, tmp_path):
    path, _, texts = issued
    bundle = export(run, path, tmp_path / "b.json")
    code, data, _ = run("verify", "--bundle", tmp_path / "b.json", "--trust", bundle["fingerprints"][0],
                        texts["Rosa Ñaupari"], "--json")
    assert code == 0 and data["verdict"] == "valid" and data["event"] == "Curso de cacao"
    assert data["issuer"] == "IIAP" and data["as_of"]
    typed = code_of(texts, "Rosa Ñaupari")
    _, data, _ = run("verify", "--bundle", tmp_path / "b.json", "--trust", bundle["fingerprints"][0], typed, "--json")
    assert data["verdict"] == "issued" and "name" not in data  # no names without consent


def test_trust_asks_and_refuses_without_an_answer(issued, run, tmp_path, monkeypatch):
    path, _, texts = issued
    bundle = export(run, path, tmp_path / "b.json", "--names")
    code, data, err = run("trust", tmp_path / "b.json", "--json")
    assert code == 2 and "--yes" in data["error"] and "IIAP" in err and bundle["fingerprints"][0] in err
    assert keys.trusted_fingerprints() == set()
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))
    assert run("trust", tmp_path / "b.json", "--json")[0] == 1 and keys.trusted_fingerprints() == set()
    monkeypatch.setattr(sys, "stdin", io.StringIO("s\n"))
    code, data, _ = run("trust", tmp_path / "b.json", "--json")
    assert code == 0 and data["issuer"] == "IIAP" and data["fingerprints"] == bundle["fingerprints"]
    code, data, _ = run("verify", "--bundle", tmp_path / "b.json", code_of(texts, "Jesús Muñoz"), "--json")
    assert code == 0 and data["name"] == "Jesús Muñoz"


def test_trust_yes_then_newer_bundles_know_revocations_and_older_ones_are_refused(issued, run, tmp_path):
    path, _, texts = issued
    export(run, path, tmp_path / "old.json")
    export(run, path, tmp_path / "b1.json")
    code, data, _ = run("trust", tmp_path / "b1.json", "--yes", "--json")
    assert code == 0 and data["issuer"] == "IIAP"
    assert run("verify", "--bundle", tmp_path / "b1.json", texts["Jesús Muñoz"], "--json")[0] == 0
    run("revoke", path, "--certificate", code_of(texts, "Jesús Muñoz"), "--reason", "error", "--json")
    export(run, path, tmp_path / "b2.json")
    code, data, _ = run("verify", "--bundle", tmp_path / "b2.json", texts["Jesús Muñoz"], "--json")
    assert code == 1 and data["verdict"] == "revoked"
    assert run("trust", tmp_path / "b2.json", "--json")[0] == 0  # signed by a trusted key: no question
    code, data, _ = run("verify", "--bundle", tmp_path / "old.json", texts["Jesús Muñoz"], "--json")
    assert code == 2 and "older" in data["error"]


def test_verify_reads_a_scanner_line_from_stdin(issued, run, monkeypatch):
    path, _, texts = issued
    monkeypatch.setattr(sys, "stdin", io.StringIO(texts["Rosa Ñaupari"] + "\n"))
    code, data, _ = run("verify", "--event", path, "-", "--json")
    assert code == 0 and data["name"] == "Rosa Ñaupari"


def test_real_program_verify_prints_for_people(issued, tmp_path):
    path, _, texts = issued
    env = {"PATH": "/usr/bin:/bin", "LANG": "es_PE.UTF-8", "XDG_DATA_HOME": str(tmp_path / "xdg"),
           register.KEY_DIR_ENV: str(tmp_path / "keys")}
    result = subprocess.run([sys.executable, "main.py", "verify", "--event", str(path), texts["Rosa Ñaupari"]],
                            cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0 and "VÁLIDO" in result.stdout and "Rosa Ñaupari" in result.stdout
    assert "Traceback" not in result.stderr
