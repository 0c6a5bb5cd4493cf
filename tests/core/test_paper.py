"""Badges and sign-in sheets: read back from the rendered PDF, as a person or a scanner would."""

import subprocess

import pytest
import zxingcpp
from PIL import Image

from innovact_desk.paper.badges import render_badges
from innovact_desk.paper.signin_sheet import render_sign_in_sheets


def pdf_text(path, page=None):
    """The page's words in reading order, white space folded (a wrapped name reads as one line)."""
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, text=True, check=True).stdout.split())


def page_codes(path, page, tmp_path, dpi=150):
    prefix = tmp_path / f"p{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path), str(prefix)],
                   check=True)
    image = Image.open(next(tmp_path.glob(f"p{page}*.png")))
    return sorted(r.text for r in zxingcpp.read_barcodes(image))


@pytest.fixture
def people(store):
    names = ["Wilder Ñaupari Londoño", "Zoë Ångström-Łukasz", "Camila Bermúdez Zúñiga",
             "María de los Ángeles Castañeda Ríos de la Puente y Arévalo Tapullima Shapiama", "Ruth Ahuanari"]
    for i in range(9):
        store.add_participant({"name": names[i % len(names)] + ("" if i < 5 else f" {i}"),
                               "organization": "Asociación de Productores de Cacao Nativo de Loreto",
                               "role": "speaker" if i == 1 else "participant", "document": f"4400{i:04d}"})
    return store.participants()


def test_badge_sheet_has_8_a_page_with_scannable_codes(store, people, tmp_path):
    out = tmp_path / "badges.pdf"
    assert render_badges(store.event, people, out) == 2
    text = pdf_text(out, 1)
    assert "Zoë Ångström-Łukasz" in text and "PONENTE" in text and "PARTICIPANTE" in text
    assert page_codes(out, 1, tmp_path) == sorted(p.code for p in people[:8])
    assert page_codes(out, 2, tmp_path) == [people[8].code]


def test_label_badge_is_one_a_page(store, people, tmp_path):
    out = tmp_path / "label.pdf"
    assert render_badges(store.event, people[:3], out, label=True, lang="en") == 3
    words = {"participant": "PARTICIPANT", "speaker": "SPEAKER"}
    for page, person in enumerate(people[:3], start=1):  # each label its own person, its role in English
        text = pdf_text(out, page)
        assert person.name.split()[0] in text and words[person.role] in text
        (tmp_path / f"label{page}").mkdir()
        assert page_codes(out, page, tmp_path / f"label{page}") == [person.code]


def test_cli_badges_for_chosen_codes(store, people, run, tmp_path):
    path = store.path
    store.close()
    out = tmp_path / "two.pdf"
    code, data, _ = run("badges", path, "--out", out, "--code", people[0].code, "--code", people[2].code, "--json")
    assert code == 0 and data == {"pages": 1, "badges": 2, "file": str(out)}
    assert page_codes(out, 1, tmp_path) == sorted([people[0].code, people[2].code])


def test_sign_in_sheet_lists_everyone_per_day(store, people, tmp_path):
    store.check_in(people[0].id, 2)
    out = tmp_path / "sheet.pdf"
    assert render_sign_in_sheets(store, out) == (2, 9)
    day1, day2 = pdf_text(out, 1), pdf_text(out, 2)
    assert "Día 1: 5 de marzo de 2026" in day1 and "Día 2: 6 de marzo de 2026" in day2
    for person in people:
        assert person.document in day1
    assert "ya registrado" not in day1 and "ya registrado" in day2
    assert "Firma" in day1


def test_cli_export_pdf(store, people, run, tmp_path):
    path = store.path
    store.close()
    code, data, _ = run("export", path, "--attendance", tmp_path / "a.pdf", "--json")
    assert code == 0 and data["rows"] == 9
    assert "Hoja de asistencia" in pdf_text(tmp_path / "a.pdf")
