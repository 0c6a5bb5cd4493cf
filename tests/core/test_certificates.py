"""Certificates: who gets one, the register, the PDF, reprints, reissues, revocation, keys and bundles."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from reportlab.lib.units import mm

from innovact_desk.certificates import assets as cert_assets
from innovact_desk.certificates import keys, register
from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import qr as certqr
from innovact_desk.errors import UserError
from innovact_desk.paper import pdfbase
from innovact_desk.records import AttendanceRule
from innovact_desk.store import schema
from innovact_desk.store.event import EventStore
from innovact_desk.verify import verifier as verification
from innovact_desk.verify.verifier import Verifier

POPPLER = pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("pdftotext")),
                             reason="poppler-utils (pdftoppm, pdftotext) not installed")
NAMES = ["Ñaupari Zúñiga, Rosa", "Zoë Ångström-Łukasz", "Jesús Muñoz Gómez"]


@pytest.fixture(autouse=True)
def _key_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / "keys"))
    monkeypatch.delenv("INNOVACT_KEY_PASSPHRASE", raising=False)


@pytest.fixture
def event(tmp_path):
    """A two-day event in Iquitos with three people, all present both days."""
    path = tmp_path / "curso.event"
    store = EventStore.create(path, title_es="Curso de cacao", title_en="Cocoa course", venue="Iquitos",
                              dates=[date(2026, 3, 5), date(2026, 3, 6)], tz="America/Lima", hours=16,
                              issuer="IIAP", desk_name="Mesa 1")
    for name in NAMES:
        person = store.add_participant({"name": name, "organization": "IIAP"})
        store.check_in(person.id, 1)
        store.check_in(person.id, 2)
    yield store
    store.close()


def person(store, name):
    return next(p for p in store.participants() if p.name == name)


def print_all(store, out, **options):
    return certpdf.run_to_end(certpdf.print_certificates(store, out, **options))


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
    match = re.search(r"Pages:\s+(\d+)", info)
    return int(match.group(1)) if match else len(pdftotext(pdf).split("\f")) - 1


def pdftotext(pdf: Path, page: int | None = None, *extra: str) -> str:
    args = ["pdftotext", *extra]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def page_qr(pdf: Path, page: int, tmp_path: Path) -> str:
    """Rasterise one page at 150 dpi with pdftoppm and decode its QR with zxing-cpp."""
    prefix = tmp_path / f"page-{uuid.uuid4().hex}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page), str(pdf), str(prefix)],
                   check=True)
    image_path = next(tmp_path.glob(f"{prefix.name}*.png"))
    found = zxingcpp.read_barcodes(Image.open(image_path), formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1
    return found[0].text


def flat(text: str) -> str:
    return " ".join(text.split())


# ---- who gets one ---------------------------------------------------------------------------------


def test_every_day_rule_lists_missing_days(store):
    store.update_event(rule=AttendanceRule(0, ("speaker",)))
    both = store.add_participant({"name": "Ana Ríos"})
    one = store.add_participant({"name": "Bruno Vela"})
    speaker = store.add_participant({"name": "Carla Soto", "role": "speaker"})
    store.add_participant({"name": "Diego Paz"})
    for p, days in ((both, (1, 2)), (one, (1,)), (speaker, (2,))):
        for d in days:
            store.check_in(p.id, d)
    rows = {r.participant.name: r for r in register.certificate_status(store)}
    assert (rows["Ana Ríos"].status, rows["Ana Ríos"].action) == ("eligible", "issue")
    assert (rows["Bruno Vela"].status, rows["Bruno Vela"].reason) == ("not_eligible", "missing_days")
    assert rows["Bruno Vela"].details == {"missing": [2]}
    assert rows["Carla Soto"].eligible and rows["Carla Soto"].days == (2,)
    assert (rows["Diego Paz"].status, rows["Diego Paz"].reason) == ("not_eligible", "absent")
    assert [r.participant.name for r in register.certificate_status(store)] == [p.name for p in store.participants()]


def test_at_least_n_days_rule(tmp_path):
    store = EventStore.create(tmp_path / "three.event", title_es="Curso", tz="America/Lima",
                              dates=[date(2026, 3, 5), date(2026, 3, 6), date(2026, 3, 7)],
                              rule=AttendanceRule(2, ()))
    p = store.add_participant({"name": "Ana Ríos"})
    store.check_in(p.id, 3)
    row = register.certificate_status(store)[0]
    assert (row.status, row.reason, row.details) == ("not_eligible", "not_enough_days", {"attended": 1, "needed": 2})
    store.check_in(p.id, 1)
    assert register.certificate_status(store)[0].status == "eligible"
    assert register.certificate_status(store, relaxed=True)[0].eligible
    store.close()


def test_nobody_eligible_exit_1_and_no_file(tmp_path, run):
    path = tmp_path / "e.event"
    EventStore.create(path, title_es="Curso", tz="America/Lima").close()
    code, data, _ = run("certificates", path, "--out", tmp_path / "c.pdf", "--json")
    assert code == 1 and data["pages"] == 0 and data["file"] is None
    assert not (tmp_path / "c.pdf").exists() and not list(tmp_path.glob("*.pdf*"))


# ---- the printed certificate ------------------------------------------------------------------------


@POPPLER
def test_each_page_qr_verifies_to_the_name_on_that_page(event, tmp_path):
    out = tmp_path / "batch.pdf"
    result = print_all(event, out)
    assert (result.issued, result.pages, result.file) == (3, 3, str(out))
    assert page_count(out) == 3
    verifier = Verifier.for_event(event)
    for page in (1, 2, 3):
        answer = verifier.check(page_qr(out, page, tmp_path))
        assert answer.verdict == "valid"
        assert answer.data["name"] in flat(pdftotext(out, page))
        assert answer.data["code"] in pdftotext(out, page)
        assert answer.data["days"] == [1, 2] and answer.data["event"] == "Curso de cacao"
    printed = sorted(verifier.check(page_qr(out, p, tmp_path)).data["name"] for p in (1, 2, 3))
    assert printed == sorted(NAMES)


@POPPLER
def test_spanish_and_english_wording(event, tmp_path):
    store = event
    store.update_participant(person(store, NAMES[1]).id, {"lang": "en"})
    store.update_participant(person(store, NAMES[2]).id, {"role": "speaker"})
    out = tmp_path / "c.pdf"
    print_all(store, out)
    text = flat(pdftotext(out))
    for words in ("Certificado de participación", "Se otorga el presente certificado a", "por su participación en",
                  "realizado en Iquitos, del 5 al 6 de marzo de 2026", "Días asistidos: 1 y 2 · 16 de 16 horas",
                  "Días asistidos: 1 y 2", "Certificado de ponente", "por su participación como ponente en",
                  "Curso de cacao",
                  "Certificate of Participation", "This certificate is awarded to", "for participating in",
                  "held in Iquitos, from 5 to 6 March 2026", "Days attended: 1 and 2 · 16 of 16 hours", "Days attended: 1 and 2",
                  "Cocoa course"):
        assert words in text, words
    pages = [flat(pdftotext(out, n)) for n in (1, 2, 3)]
    english = [p for p in pages if "Zoë Ångström-Łukasz" in p]
    assert len(english) == 1 and "Issued on" in english[0] and "Certificado" not in english[0]
    assert all("Emitido el" in p for p in pages if p not in english)


@pytest.mark.parametrize("dates, lang, expected", [
    ([date(2026, 3, 5)], "es", "el 5 de marzo de 2026"),
    ([date(2026, 3, 5), date(2026, 3, 6)], "es", "del 5 al 6 de marzo de 2026"),
    ([date(2026, 3, 30), date(2026, 3, 31), date(2026, 4, 1)], "es", "del 30 de marzo al 1 de abril de 2026"),
    ([date(2025, 12, 31), date(2026, 1, 1)], "es", "del 31 de diciembre de 2025 al 1 de enero de 2026"),
    ([date(2026, 3, 5), date(2026, 3, 7), date(2026, 3, 9)], "es", "los días 5, 7 y 9 de marzo de 2026"),
    ([date(2026, 3, 5), date(2026, 3, 6)], "en", "from 5 to 6 March 2026"),
    ([date(2026, 3, 5)], "en", "on 5 March 2026"),
    ([date(2026, 3, 5), date(2026, 3, 7)], "en", "on 5 and 7 March 2026"),
])
def test_date_phrases(dates, lang, expected):
    assert certpdf.date_phrase(dates, lang) == expected


def test_hours_and_days_phrases():
    assert certpdf.hours_phrase(16, "es") == "con una duración de 16 horas"
    assert certpdf.hours_phrase(7.5, "es") == "con una duración de 7,5 horas"
    assert certpdf.hours_phrase(1, "en") == "lasting 1 hour"
    assert certpdf.hours_phrase(0, "es") == ""
    assert certpdf.days_phrase([2, 1], "es") == "Días asistidos: 1 y 2"
    assert certpdf.days_phrase([1, 2, 3], "en") == "Days attended: 1, 2 and 3"
    assert certpdf.days_phrase([1], "es") == "Día asistido: 1"


def name_of_bytes(pattern: str, nbytes: int = 160) -> str:
    out = ""
    while len((out + pattern[len(out) % len(pattern)]).encode()) <= nbytes:
        out += pattern[len(out) % len(pattern)]
    return out.strip()


LONG_NAMES = [name_of_bytes("Zoë Ångström-Łukasz "), name_of_bytes("Ł"), name_of_bytes("Wolfgang Maximilian "),
              name_of_bytes("María José Ñaupari Zúñiga de la Cruz ")]


@pytest.mark.parametrize("name", LONG_NAMES)
def test_long_names_fit_their_box(name):
    assert len(name.encode()) >= 150
    layout = certpdf.name_layout(name)
    assert all(w <= certpdf.NAME_BOX.w + 0.01 for w in layout.widths)
    assert layout.size * (1 + certpdf.NAME_LEADING * (len(layout.lines) - 1)) <= certpdf.NAME_BOX.h + 0.01
    assert " ".join(layout.lines) == " ".join(name.split())
    assert layout.size >= 9


def test_short_names_are_one_large_line():
    layout = certpdf.name_layout("Ana Ríos")
    assert layout.lines == ("Ana Ríos",) and layout.size == certpdf.NAME_MAX


@POPPLER
@pytest.mark.parametrize("name", LONG_NAMES)
def test_a_160_byte_name_is_whole_on_the_page_inside_its_box(tmp_path, name):
    store = EventStore.create(tmp_path / "e.event", title_es="Curso", tz="America/Lima", venue="Iquitos",
                              dates=[date(2026, 3, 5)])
    p = store.add_participant({"name": name, "organization": "Instituto de Investigaciones de la Amazonía Peruana"})
    store.check_in(p.id, 1)
    out = tmp_path / "long.pdf"
    print_all(store, out)
    assert flat(name) in flat(pdftotext(out, 1, "-raw"))
    box = certpdf.NAME_BOX
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                       pdftotext(out, 1, "-bbox"))
    name_words = {w for w in name.split() if len(w) > 3}
    drawn = [(float(x0), float(y0), float(x1), float(y1)) for x0, y0, x1, y1, w in words if w in name_words]
    assert drawn
    top = certpdf.PAGE_H - (box.y + box.h)
    for x0, y0, x1, y1 in drawn:
        assert box.x - 1 <= x0 and x1 <= box.x + box.w + 1
        assert top - 2 <= y0 and y1 <= certpdf.PAGE_H - box.y + 4
    assert Verifier.for_event(store).check(page_qr(out, 1, tmp_path)).data["name"] == name
    store.close()


def test_qr_is_one_vector_path_at_least_32_mm():
    text = certqr.qr_text(bytes([1]) + bytes(range(1, 120)), "https://verify.example.org/")
    ops = certpdf.qrencode.qr_operators(text, 0, 0, certpdf.QR_SIZE)
    assert certpdf.QR_SIZE >= 32 * mm
    assert ops.count(" re") > 100 and ops.count("\nf Q") == 1 and " Do" not in ops and "BI" not in ops
    assert certpdf.QR_X + certpdf.QR_SIZE + 4 * certpdf.QR_SIZE / 57 < certpdf.PAGE_W - 11.5 * mm


@POPPLER
def test_shared_parts_are_drawn_once_so_pages_stay_small(tmp_path):
    store = EventStore.create(tmp_path / "e.event", title_es="Curso", tz="America/Lima", dates=[date(2026, 3, 5)])
    cert_assets.install_demo_certificate_assets(store)
    people = [store.add_participant({"name": f"Persona Número {i}"}) for i in range(60)]
    for p in people:
        store.check_in(p.id, 1)
    small, big = tmp_path / "20.pdf", tmp_path / "60.pdf"
    print_all(store, small, participant_ids=[p.id for p in people[:20]])
    print_all(store, big)
    per_page = (big.stat().st_size - small.stat().st_size) / 40
    assert per_page < 6000, per_page
    store.close()


def test_fonts_are_registered_once(monkeypatch):
    certpdf.register_fonts()
    calls = []
    monkeypatch.setattr(pdfbase, "TTFont", lambda *a: calls.append(a))
    certpdf.register_fonts()
    certpdf.name_layout("Zoë")
    assert calls == []


# ---- the register --------------------------------------------------------------------------------------


@POPPLER
def test_reprint_gives_byte_identical_codes(event, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    print_all(event, first)
    result = print_all(event, second)
    assert (result.issued, result.reprinted) == (0, 3)
    assert [page_qr(first, p, tmp_path) for p in (1, 2, 3)] == [page_qr(second, p, tmp_path) for p in (1, 2, 3)]
    assert len(register.certificates(event)) == 3


@POPPLER
def test_correction_reissues_and_supersedes_the_old_code(event, tmp_path):
    store = event
    old_pdf, new_pdf = tmp_path / "old.pdf", tmp_path / "new.pdf"
    print_all(store, old_pdf)
    target = person(store, "Jesús Muñoz Gómez")
    page = [r.participant.id for r in register.certificate_status(store)].index(target.id) + 1
    old_text = page_qr(old_pdf, page, tmp_path)
    store.update_participant(target.id, {"name": "Jesús Ñaupari Gómez"})
    row = next(r for r in register.certificate_status(store) if r.participant.id == target.id)
    assert (row.status, row.changed, row.action) == ("superseded", ("name",), "reissue")
    result = print_all(store, new_pdf, participant_ids=[target.id], today=date(2026, 3, 7))
    assert (result.reissued, result.issued, result.reprinted) == (1, 0, 0)
    verifier = Verifier.for_event(store)
    old, new = verifier.check(old_text), verifier.check(page_qr(new_pdf, 1, tmp_path))
    assert old.verdict == "superseded" and old.data["name"] == "Jesús Muñoz Gómez"
    assert new.verdict == "valid" and new.data["name"] == "Jesús Ñaupari Gómez"
    assert new.data["rev"] == 1 and new.data["issued"] == "2026-03-07" and new.data["code"] == old.data["code"]
    assert "Revisión 1" in pdftotext(new_pdf)
    history = register.revisions(store, certqr.parse_human_code(old.data["code"]))
    assert [c.rev for c in history] == [0, 1]


def test_role_correction_reissues_but_more_attendance_does_not(tmp_path):
    store = EventStore.create(tmp_path / "e.event", title_es="Curso", tz="America/Lima",
                              dates=[date(2026, 3, 5), date(2026, 3, 6)])
    p = store.add_participant({"name": "Ana Ríos"})
    store.check_in(p.id, 1)
    assert print_all(store, tmp_path / "a.pdf", relaxed=True).issued == 1
    store.check_in(p.id, 2)
    again = print_all(store, tmp_path / "b.pdf")
    assert (again.reprinted, again.reissued) == (1, 0)
    assert register.current_certificates(store)[p.id].days == (1,)
    store.update_participant(p.id, {"role": "speaker"})
    third = print_all(store, tmp_path / "c.pdf")
    assert third.reissued == 1
    current = register.current_certificates(store)[p.id]
    assert (current.rev, current.role, current.days) == (1, "speaker", (1, 2))
    store.close()


def test_register_rows_are_never_changed_or_deleted(event, tmp_path):
    print_all(event, tmp_path / "a.pdf")
    with pytest.raises(sqlite3.DatabaseError, match="never changed"):
        event.db.execute("UPDATE certificates SET name = 'X'")
    with pytest.raises(sqlite3.DatabaseError, match="never deleted"):
        event.db.execute("DELETE FROM certificates")
    code = register.certificates(event)[0].code
    register.revoke(event, code, "error de emisión")
    with pytest.raises(sqlite3.DatabaseError):
        event.db.execute("DELETE FROM revocations")


def test_issue_and_revoke_are_in_the_audit_log(event, tmp_path):
    print_all(event, tmp_path / "a.pdf")
    print_all(event, tmp_path / "b.pdf")
    code = register.certificates(event)[0].code
    register.revoke(event, code, "duplicado")
    actions = [(e.action, e.entity) for e in event.audit_log()]
    assert actions.count(("issue", "certificate")) == 3 and actions.count(("reprint", "certificate")) == 3
    assert ("revoke", "certificate") in actions and ("add", "issuer_key") in actions
    revoked = [e for e in event.audit_log(code) if e.action == "revoke"]
    assert revoked[0].after == "duplicado"


def test_cancelled_batch_leaves_no_file_and_no_record(event, tmp_path):
    out = tmp_path / "c.pdf"
    job = certpdf.print_certificates(event, out)
    assert next(job) == (0, 3)
    assert next(job) == (1, 3)
    job.close()
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert register.certificates(event) == []


def test_revoked_is_never_reprinted(event, tmp_path, run):
    print_all(event, tmp_path / "a.pdf")
    code = register.current_certificates(event)[person(event, NAMES[0]).id].code
    status, data, _ = run("revoke", event.path, "--certificate", code.lower().replace("-", " "),
                          "--reason", "pedido del participante", "--json")
    assert status == 0 and data == {**data, "certificate": code, "status": "revoked"}
    assert run("revoke", event.path, "--certificate", code, "--reason", "otra vez", "--json")[1]["status"] == \
        "already_revoked"
    status, data, _ = run("certificates", event.path, "--out", tmp_path / "b.pdf", "--json")
    assert status == 0 and (data["revoked"], data["reprinted"], data["pages"]) == (1, 2, 2)
    only = person(event, NAMES[0]).code
    status, data, _ = run("certificates", event.path, "--out", tmp_path / "c.pdf", "--code", only, "--json")
    assert status == 1 and data["revoked"] == 1 and not (tmp_path / "c.pdf").exists()


def test_revoke_bad_input(event, tmp_path, run):
    print_all(event, tmp_path / "a.pdf")
    assert run("revoke", event.path, "--certificate", "not a code", "--reason", "x", "--json")[0] == 2
    unknown = certqr.human_code(bytes(8))
    assert run("revoke", event.path, "--certificate", unknown, "--reason", "x", "--json")[0] == 1
    code = register.certificates(event)[0].code
    assert run("revoke", event.path, "--certificate", code, "--reason", " ", "--json")[0] == 2


def test_dry_run_lists_status_and_prints_nothing(event, tmp_path, run):
    status, data, _ = run("certificates", event.path, "--dry-run", "--json")
    assert status == 0 and data["issue"] == 3 and {p["status"] for p in data["participants"]} == {"eligible"}
    assert not list(tmp_path.glob("*.pdf")) and register.certificates(event) == []


# ---- keys ----------------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_signing_key_lives_outside_the_event_file(event, tmp_path):
    print_all(event, tmp_path / "a.pdf")
    folder = Path(os.environ[register.KEY_DIR_ENV])
    (kid,) = keys.stored_kids(folder)
    assert stat.S_IMODE((folder / f"{kid}.key").stat().st_mode) == 0o600
    (entry,) = register.issuer_keys(event)
    assert entry.kid == kid and len(entry.public) == 32
    private = keys.load_signing_key(folder, kid).private_bytes_raw()
    assert private not in event.path.read_bytes() and b"PRIVATE KEY" not in event.path.read_bytes()


def make_clone(path: Path, out: Path) -> None:
    """What `clone` does to the file, as far as certificates care: a copy with its own desk identity."""
    source = sqlite3.connect(path)
    target = sqlite3.connect(out)
    source.backup(target)
    source.close()
    target.execute("UPDATE desks SET is_self = 0")
    target.execute("INSERT INTO desks (id, name, is_self) VALUES (?, 'Mesa 2', 1)", [str(uuid.uuid4())])
    target.commit()
    target.close()


def test_clone_without_the_key_says_how_to_import_it(event, tmp_path, run, monkeypatch):
    clone = tmp_path / "clone.event"
    make_clone(event.path, clone)
    status, data, err = run("certificates", clone, "--out", tmp_path / "c.pdf", "--json")
    assert status == 2 and "--import" in data["error"] and "key" in data["error"] and "Traceback" not in err
    assert not (tmp_path / "c.pdf").exists()
    with EventStore.open(clone) as store:
        assert register.certificates(store) == [] and register.issuer_keys(store) == []

    monkeypatch.setenv("INNOVACT_KEY_PASSPHRASE", "frase de paso larga")
    status, exported, _ = run("key", event.path, "--export", tmp_path / "issuer.key", "--json")
    assert status == 0 and len(exported["kid"]) == 8
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / "second-desk-keys"))
    status, data, _ = run("key", clone, "--import", tmp_path / "issuer.key", "--json")
    assert status == 2 and "--endorse" in data["error"]  # the clone was made before the event named its key
    clone = tmp_path / "clone-after.event"
    make_clone(event.path, clone)  # (or a sync): now the copy knows the event's key
    status, imported, _ = run("key", clone, "--import", tmp_path / "issuer.key", "--json")
    assert status == 0 and imported["kid"] == exported["kid"]
    status, data, _ = run("certificates", clone, "--out", tmp_path / "c.pdf", "--json")
    assert status == 0 and data["issued"] == 3
    with EventStore.open(clone) as store:
        assert [k.kid for k in register.issuer_keys(store)] == [exported["kid"]]


def test_a_copy_after_issuing_needs_the_key_too(event, tmp_path, run, monkeypatch):
    print_all(event, tmp_path / "a.pdf")
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / "empty"))
    status, data, _ = run("certificates", event.path, "--out", tmp_path / "b.pdf", "--json")
    assert status == 2 and "--import" in data["error"] and register.issuer_keys(event)[0].kid in data["error"]


def test_key_passphrase_needs_a_terminal_or_the_environment(event, tmp_path, run, monkeypatch):
    status, data, _ = run("key", event.path, "--export", tmp_path / "k.pem", "--json")
    assert status == 2 and "INNOVACT_KEY_PASSPHRASE" in data["error"] and not (tmp_path / "k.pem").exists()
    monkeypatch.setenv("INNOVACT_KEY_PASSPHRASE", "secreto")
    assert run("key", event.path, "--export", tmp_path / "k.pem", "--json")[0] == 2  # under 10 characters
    monkeypatch.setenv("INNOVACT_KEY_PASSPHRASE", "secreto largo")
    assert run("key", event.path, "--export", tmp_path / "k.pem", "--json")[0] == 0
    assert run("key", event.path, "--export", tmp_path / "k.pem", "--json")[0] == 2  # never overwritten
    monkeypatch.setenv("INNOVACT_KEY_PASSPHRASE", "otra frase larga")
    assert run("key", event.path, "--import", tmp_path / "k.pem", "--json")[0] == 2
    assert run("key", event.path, "--json")[0] == 2


# ---- logos, signatories, preview ------------------------------------------------------------------------


@POPPLER
def test_demo_assets_are_stored_in_the_event_file_and_printed(event, tmp_path):
    cert_assets.install_demo_certificate_assets(event)
    logos, signatures = cert_assets.certificate_assets(event)
    assert len(logos) == 2 and all(a.mime == "image/png" and a.data for a in logos)
    assert [s.name for s in signatures] == ["Rosa Elvira Panaifo Tuesta", "Jorge Luis Tapullima Vela", "Katrin Vogel"]
    out = tmp_path / "c.pdf"
    print_all(event, out)
    text = flat(pdftotext(out, 1))
    assert "Rosa Elvira Panaifo Tuesta" in text and "Coordinadora académica del curso" in text


@POPPLER
def test_without_assets_a_plain_line_with_the_issuer(event, tmp_path):
    out = tmp_path / "c.pdf"
    print_all(event, out)
    assert "IIAP" in pdftotext(out, 1)


def test_bad_pictures_are_refused(event, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not a picture")
    with pytest.raises(UserError, match="logo.png"):
        cert_assets.set_certificate_assets(event, logos=[bad])
    with pytest.raises(UserError, match="at most 3"):
        cert_assets.set_certificate_assets(event, signatories=[cert_assets.Signatory(f"N{i}") for i in range(4)])
    cert_assets.set_certificate_assets(event, signatories=[cert_assets.Signatory("Ana Ríos", "Directora")])
    assert cert_assets.certificate_assets(event)[1][0].data is None


@POPPLER
def test_preview_proves_nothing_and_records_nothing(event, tmp_path):
    data = certpdf.preview_pdf(event, person(event, NAMES[1]).id, lang="en")
    out = tmp_path / "preview.pdf"
    out.write_bytes(data)
    assert "PREVIEW · NOT VALID" in pdftotext(out) and "Zoë Ångström-Łukasz" in pdftotext(out)
    assert Verifier.for_event(event).check(certpdf.scan_file(out)).verdict == "unknown_key"
    assert register.certificates(event) == [] and register.issuer_keys(event) == []


# ---- bundles -----------------------------------------------------------------------------------------------


def test_bundle_seq_rises_and_names_need_consent(event, tmp_path, run):
    print_all(event, tmp_path / "a.pdf")
    status, first, _ = run("bundle", event.path, "--out", tmp_path / "b1.json", "--json")
    assert status == 0 and first["kids"] == [register.issuer_keys(event)[0].kid]
    assert len(first["fingerprints"][0]) == 64 and first["fingerprints"][0].startswith(first["kids"][0])
    content = json.loads(json.loads((tmp_path / "b1.json").read_text())["bundle"])
    assert "names" not in content and len(content["issued"]) == 3 and content["seq"] == first["seq"]
    status, second, _ = run("bundle", event.path, "--out", tmp_path / "b2.json", "--names", "--json")
    assert second["seq"] > first["seq"]
    content = json.loads(json.loads((tmp_path / "b2.json").read_text())["bundle"])
    assert sorted(content["names"].values()) == sorted(NAMES)
    verification.set_bundle_names_consent(event, True)
    _, third, _ = run("bundle", event.path, "--out", tmp_path / "b3.json", "--json")
    assert third["names"] is True and third["seq"] > second["seq"]
    bundle = keys.read_bundle(tmp_path / "b3.json", first["fingerprints"])
    assert bundle.events[certqr.event_ref(event.event.id).hex()]["dates"] == ["2026-03-05", "2026-03-06"]


def test_bundle_lists_reissues_and_revocations(event, tmp_path):
    print_all(event, tmp_path / "a.pdf")
    first, second = person(event, NAMES[0]), person(event, NAMES[1])
    event.update_participant(first.id, {"name": "Rosa Ñaupari Zúñiga"})
    print_all(event, tmp_path / "b.pdf", new_only=True)
    current = register.current_certificates(event)
    register.revoke(event, current[second.id].code, "error")
    content = verification.bundle_content(event, names=False)
    status = {s["uid_hash"]: s["min_rev"] for s in content["status"]}
    assert status == {keys.uid_hash(current[first.id].uid): 1, keys.uid_hash(current[second.id].uid): 255}


def test_other_key_signing_the_same_data_is_unknown_key(event, tmp_path):
    print_all(event, tmp_path / "a.pdf")
    cert = register.certificates(event)[0]
    other = Ed25519PrivateKey.generate()
    forged = certqr.qr_text(certqr.sign_payload(
        register.Certificate(cert.uid, cert.rev, cert.participant_id, cert.name, cert.role, cert.lang, cert.issued,
                             cert.days, keys.kid_hex(other)).payload(event.event.id), other))
    assert Verifier.for_event(event).check(forged).verdict == "unknown_key"


def test_existing_event_files_get_the_register_on_open(tmp_path):
    path = tmp_path / "old.event"
    EventStore.create(path, title_es="Curso", tz="America/Lima").close()
    db = sqlite3.connect(path)
    for table in ("certificates", "revocations", "issuer_keys", "cert_assets", "bundle_exports"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_certificates'")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with EventStore.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.current_version() >= 2
        assert register.certificates(store) == [] and register.issuer_keys(store) == []
