"""The certificate says how to check it (issue 11): the verification address's host and one line, in the
certificate's language, and the label of the code; with no address, the line for the desktop verifier."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import register
from innovact_desk.store.event import EventStore


@pytest.fixture(autouse=True)
def _key_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / "keys"))


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")
@pytest.mark.parametrize(("url", "lang", "expected"), [
    ("https://verificar.iiap.gob.pe/", "es", "Verifique este certificado en verificar.iiap.gob.pe o escaneando el código QR"),
    ("https://iiap.github.io/verificar/", "en", "Check this certificate at iiap.github.io/verificar or by scanning the QR code"),
    ("", "es", "Verifique este certificado escaneando el código QR con el verificador de innovact-desk"),
    ("", "en", "Check this certificate by scanning the QR code with the innovact-desk verifier"),
])
def test_the_certificate_says_how_to_check_it(tmp_path, url, lang, expected):
    store = EventStore.create(tmp_path / "e.event", title_es="Curso", tz="America/Lima", dates=[date(2026, 3, 5)],
                              issuer="IIAP", verify_url=url)
    store.check_in(store.add_participant({"name": "Rosa Ñaupari"}).id, 1)
    out = tmp_path / "c.pdf"
    assert certpdf.run_to_end(certpdf.print_certificates(store, out, lang=lang, today=date(2026, 3, 5))).pages == 1
    store.close()
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert expected in text
    assert ("Código de verificación" if lang == "es" else "Verification code") in text


def test_the_address_as_printed():
    assert certpdf.verify_address_shown("https://verify.example.org/") == "verify.example.org"
    assert certpdf.verify_address_shown("http://127.0.0.1:8080/site/") == "127.0.0.1:8080/site"
