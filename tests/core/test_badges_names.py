"""Badges print the name as the certificate does (NFC, every script we ship), break it only between words,
and carry the event's logo and the person's country."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date

import pytest

from innovact_desk.certificates import assets as cert_assets
from innovact_desk.paper.badges import render_badges
from innovact_desk.store.event import EventStore

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
LONG = "Wenceslao Maximiliano Bartolomé Hermenegildo Ñaupari Zúñiga Castañeda Del Águila Tapullima Shapiama Grández Arévalo"


@pytest.fixture
def store(tmp_path):
    store = EventStore.create(tmp_path / "e.event", title_es="Curso binacional", tz="America/Lima",
                              dates=[date(2026, 3, 5)])
    cert_assets.install_demo_certificate_assets(store)
    for name, country in ((unicodedata.normalize("NFD", "José Ángel Núñez"), "Perú"), (LONG, "Colombia"),
                          ("王小明", "China"), ("Ana 😀 Ríos", "")):
        store.add_participant({"name": name, "country": country, "organization": "IIAP"})
    yield store
    store.close()


def test_badges_print_names_as_signed_with_logo_and_country(store, tmp_path):
    out = tmp_path / "badges.pdf"
    render_badges(store.event, store.participants(), out, logo=cert_assets.event_logo(store))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("José Ángel Núñez", "王小明", "Ana 😀 Ríos", "Perú", "Colombia"):
        assert expected in text, expected
    assert "José" in text and unicodedata.normalize("NFD", "José") not in text
    words = set(" ".join(text.split()).split())
    for word in LONG.replace("Del Águila", "Del Águila").split():
        assert word in words, word  # never cut mid-word
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len([line for line in images.splitlines()[2:] if " image " in line]) >= 1
