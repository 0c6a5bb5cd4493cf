"""A file per person, the credential beside it, hours that mean what they say, names as printed = as signed."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import jsonschema
import jwt
import pytest

from innovact_desk.certificates import files as certfiles
from innovact_desk.certificates import hours as certhours
from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import printable, register
from innovact_desk.certificates import qr as certqr
from innovact_desk.errors import UserError
from innovact_desk.store.event import EventStore
from innovact_desk.verify.verifier import Verifier

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
POPPLER = pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("pdftotext")),
                             reason="poppler-utils (pdftoppm, pdftotext) not installed")
NFD = unicodedata.normalize("NFD", "José Ángel Núñez")
PEOPLE = [  # name, given names, surnames, days attended
    ("Rosa Ñaupari Zúñiga", "Rosa", "Ñaupari Zúñiga", (1, 2)),
    ("王小明", "", "", (1, 2)),
    ("Ana 😀 Ríos", "", "", (2,)),
    (NFD, "", "", (1, 2)),
    ('Luis "Lucho" Paz/Vela', "", "", (1, 2)),
]


@pytest.fixture(autouse=True)
def _key_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.fixture
def store(tmp_path):
    store = EventStore.create(tmp_path / "curso.event", title_es="Curso de cacao", title_en="Cocoa course",
                              venue="Iquitos", dates=[date(2026, 3, 5), date(2026, 3, 6)], tz="America/Lima",
                              hours=16, issuer="IIAP", verify_url="https://verificar.example.org/")
    certhours.set_day_hours(store, [10, 6])
    for name, given, surnames, days in PEOPLE:
        person = store.add_participant({"name": name, "given_names": given, "surnames": surnames,
                                        "organization": "IIAP", "email": f"p{len(given + surnames + name)}{days}@example.org".replace(" ", "").replace("(", "").replace(")", "").replace(",", "")})
        for day in days:
            store.check_in(person.id, day)
    yield store
    store.close()


def pdftotext(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def write_files(store, folder: Path, **options) -> certfiles.FileResult:
    folder.mkdir(exist_ok=True)
    return certpdf.run_to_end(certfiles.print_files(store, folder, relaxed=True, **options))


@POPPLER
def test_every_file_is_written_named_readable_and_its_qr_verifies(store, tmp_path, run):
    out, archive = tmp_path / "out", tmp_path / "todos.zip"
    out.mkdir()
    code, data, _ = run("certificates", store.path, "--out-dir", out, "--zip", archive, "--all", "--json")
    assert code == 0 and data["issued"] == len(PEOPLE) and data["pages"] == len(PEOPLE)
    assert sorted(p.name for p in out.iterdir()) == sorted(data["files"])
    certs = {c.name: c for c in register.certificates(store)}
    assert "Ñaupari Zúñiga Rosa - " + certs["Rosa Ñaupari Zúñiga"].code[:9] + ".pdf" in data["files"]
    assert "Luis Lucho Paz Vela - " + certs['Luis "Lucho" Paz/Vela'].code[:9] + ".pdf" in data["files"]
    verifier = Verifier.for_event(store)
    for name in data["files"]:
        assert re.fullmatch(r'[^<>:"/\\|?*\x00-\x1f]+ - [0-9A-Z]{4}-[0-9A-Z]{4}\.pdf', name), name
        text = pdftotext(out / name)
        holder = next(c for c in certs.values() if name.endswith(c.code[:9] + ".pdf"))
        assert holder.name in text
        scanned = certpdf.scan_file(out / name)
        result = verifier.check(scanned)
        assert result.verdict == "valid" and result.data["name"] == holder.name
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == sorted(data["files"])
        assert all(z.read(n) == (out / n).read_bytes() for n in z.namelist())


@POPPLER
def test_files_follow_the_register_rules(store, tmp_path):
    first = write_files(store, tmp_path / "a")
    qr_before = {n: certpdf.scan_file(tmp_path / "a" / n) for n in first.files}
    again = write_files(store, tmp_path / "b")
    assert (again.issued, again.reprinted) == (0, len(PEOPLE)) and again.files == first.files
    assert {n: certpdf.scan_file(tmp_path / "b" / n) for n in again.files} == qr_before
    rosa = next(c for c in register.certificates(store) if c.name.startswith("Rosa"))
    register.revoke(store, rosa.code, "error")
    store.update_participant(store.participants()[1].id, {"name": "王小红"})
    third = write_files(store, tmp_path / "c")
    assert (third.revoked, third.reissued, third.reprinted) == (1, 1, len(PEOPLE) - 2)
    assert not any(n.startswith("Ñaupari") for n in third.files)
    assert any("王小红" in n for n in third.files)


def test_a_cancelled_run_leaves_no_file_and_no_record(store, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    job = certfiles.print_files(store, folder, relaxed=True)
    next(job)
    next(job)
    job.close()
    assert list(folder.iterdir()) == [] and register.certificates(store) == []


def test_out_dir_must_be_a_folder(store, tmp_path, run):
    code, data, _ = run("certificates", store.path, "--out-dir", tmp_path / "none", "--json")
    assert code == 2 and data["key"] == "certificates.out_dir_not_folder"
    code, data, _ = run("certificates", store.path, "--out", tmp_path / "x.pdf", "--zip", tmp_path / "x.zip", "--json")
    assert code == 2 and data["key"] == "certificates.zip_without_out_dir"


@pytest.mark.parametrize("text, expected", [
    ('a<b>c:d"e/f\\g|h?i*j', "a b c d e f g h i j"), ("CON", "_CON"), ("nul.txt", "_nul.txt"),
    ("  ...Ana.  ", "Ana"), ("Ana\x00\x1f\u200b", "Ana"), (NFD, "José Ángel Núñez"), ("", "certificado"),
])
def test_safe_names(text, expected):
    assert certfiles.safe_name(text) == expected


def test_long_names_are_cut_between_characters():
    name = certfiles.safe_name("Ñ" * 200)
    assert len(name.encode()) <= certfiles.NAME_BYTES and name == "Ñ" * (certfiles.NAME_BYTES // 2)


# ---- the credential -------------------------------------------------------------------------------------


def b64json(part: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def test_the_credential_verifies_with_pyjwt_and_fits_the_open_badges_schema(store, tmp_path):
    result = write_files(store, tmp_path / "out", credentials=True)
    assert len(result.credentials) == len(PEOPLE)
    schema = json.loads((FIXTURES / "ob_v3p0_achievementcredential_schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    issuer_keys = {k.public for k in register.issuer_keys(store)}
    certs = {c.code[:9]: c for c in register.certificates(store)}
    for name in result.credentials:
        token = (tmp_path / "out" / name).read_text()
        assert (tmp_path / "out" / name).with_suffix(".pdf").exists()
        header = b64json(token.split(".")[0])
        assert header["alg"] == "EdDSA" and header["jwk"]["crv"] == "Ed25519"
        public = base64.urlsafe_b64decode(header["jwk"]["x"] + "=")
        assert public in issuer_keys
        claims = jwt.decode(token, jwt.PyJWK(header["jwk"]).key, algorithms=["EdDSA"])
        validator.validate(claims)
        assert "OpenBadgeCredential" in claims["type"]
        cert = certs[name[-13:-4]]
        payload = certqr.decode_payload(certqr.parse_qr_text(register.sign(store, cert, _key(store, cert))))[0]
        assert claims["id"] == f"urn:innovact-desk:certificate:{payload.uid.hex()}" and cert.code in claims["name"]
        subject = claims["credentialSubject"]
        assert subject["identifier"][0]["identityHash"] == cert.name
        assert subject["creditsEarned"] == (6 if cert.days == (2,) else 16)
        assert subject["achievement"]["creditsAvailable"] == 16 and subject["achievement"]["name"] == "Curso de cacao"
        assert claims["validFrom"].startswith(cert.issued.isoformat())
        assert subject["activityStartDate"].startswith("2026-03-05")


def _key(store, cert):
    from innovact_desk.certificates import keys

    return keys.load_signing_key(register.key_folder(), cert.kid)


def test_a_tampered_credential_is_refused_by_pyjwt(store, tmp_path):
    result = write_files(store, tmp_path / "out", credentials=True)
    token = (tmp_path / "out" / result.credentials[0]).read_text()
    head, body, sig = token.split(".")
    claims = b64json(body)
    claims["credentialSubject"]["creditsEarned"] = 99
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(f"{head}.{forged}.{sig}", jwt.PyJWK(b64json(head)["jwk"]).key, algorithms=["EdDSA"])


# ---- hours and names ---------------------------------------------------------------------------------


@POPPLER
def test_each_page_prints_the_hours_its_holder_attended(store, tmp_path):
    result = write_files(store, tmp_path / "out")
    texts = {n: pdftotext(tmp_path / "out" / n) for n in result.files}
    ana = next(t for t in texts.values() if "Ana 😀 Ríos" in t)
    assert "Día asistido: 2 · 6 de 16 horas" in ana and "duración" not in ana
    rosa = next(t for t in texts.values() if "Rosa Ñaupari Zúñiga" in t)
    assert "Días asistidos: 1 y 2 · 16 de 16 horas" in rosa


def test_hours_per_day_fall_back_to_an_even_share_when_the_total_changes(store):
    assert certhours.event_day_hours(store) == {1: 10, 2: 6} and store.event.hours == 16
    store.update_event(hours=12)  # the settings dialog changes the total
    assert certhours.event_day_hours(store) == {1: 6, 2: 6}
    with pytest.raises(UserError):
        certhours.parse_day_hours("8", 2)
    assert certhours.parse_day_hours("8;7,5", 2) == [8, 7.5]


def test_init_takes_hours_per_day(tmp_path, run):
    code, _, _ = run("init", tmp_path / "e.event", "--dates", "2026-03-05,2026-03-06", "--day-hours", "8,4", "--json")
    assert code == 0
    with EventStore.open(tmp_path / "e.event") as store:
        assert store.event.hours == 12 and certhours.event_day_hours(store) == {1: 8, 2: 4}


@POPPLER
def test_emoji_chinese_and_nfd_names_print_as_signed(store, tmp_path):
    out = tmp_path / "all.pdf"
    certpdf.run_to_end(certpdf.print_certificates(store, out, relaxed=True))
    text = pdftotext(out)
    for name in ("王小明", "Ana 😀 Ríos", "José Ángel Núñez"):
        assert name in text, name
    assert NFD not in text  # printed (and signed) in NFC
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DroidSansFallback" in fonts and "DejaVuSerif-Bold" in fonts


@pytest.mark.parametrize("name", ["محمد علي", "राम कुमार", "김민수", "Ana\u200dRíos", "Ana \U000f0001"])
def test_names_no_font_prints_are_refused(name):
    assert printable.unprintable_characters(name)
    with pytest.raises(UserError) as error:
        printable.check_printable(name, row=7)
    assert error.value.key == "certificates.unprintable_name_row" and "fila 7" in error.value.words("es")


def test_import_names_the_row_of_an_unprintable_name_and_edit_refuses_it(store, tmp_path, run):
    roster = tmp_path / "r.csv"
    roster.write_text("Nombre,Correo\nLuz Mera,luz@example.org\nمحمد علي,m@example.org\n", encoding="utf-8")
    code, data, _ = run("import", store.path, roster, "--json")
    assert code == 0
    skipped = data["skipped"]
    assert [s["row"] for s in skipped] == [3] and "U+0645" in skipped[0]["reason"]
    assert not any(p.name.startswith("محمد") for p in store.participants())
    code, data, _ = run("edit", store.path, "--code", store.participants()[0].code, "--name", "김민수", "--json")
    assert code == 2 and data["key"] == "certificates.unprintable_name"
