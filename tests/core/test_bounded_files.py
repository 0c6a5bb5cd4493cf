"""Files are bounded: a workbook, a roster, a picture or a PDF from outside is read within limits of
size, rows, columns, pixels, pages and time, and refused in words past them, nothing changed."""

import json
import shutil
import subprocess
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from innovact_desk.store.event import EventStore

ROOT = Path(__file__).resolve().parents[2]
POPPLER = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) not installed")


def make_event(folder: Path) -> Path:
    path = folder / "curso.event"
    EventStore.create(path, title_es="Curso", tz="America/Lima", dates=[date(2026, 3, 5)]).close()
    return path


def rows(path: Path) -> int:
    with EventStore.open(path) as store:
        return store.db.execute("SELECT count(*) FROM participants").fetchone()[0] + store.db.execute(
            "SELECT count(*) FROM journal").fetchone()[0]


def timed_cli(*args) -> tuple[subprocess.CompletedProcess, float, float]:
    """(result, seconds, the child's peak memory in MB)."""
    script = ("import resource, subprocess, sys, json, time; t = time.monotonic(); "
              "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
              "print(json.dumps([r.returncode, r.stdout, r.stderr, time.monotonic() - t, "
              "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]))")
    done = subprocess.run([sys.executable, "-c", script, sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=300, check=True)
    code, out, err, seconds, mb = json.loads(done.stdout)
    return subprocess.CompletedProcess(args, code, out, err), seconds, mb


def test_a_sheet_claiming_a_cell_at_xfd1048576_is_refused_fast_and_small(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Nombres y apellidos"
    workbook.active["A2"] = "Ana Ríos"
    workbook.active["XFD1048576"] = "x"
    roster = tmp_path / "r.xlsx"
    workbook.save(roster)
    assert roster.stat().st_size < 10_000
    event = make_event(tmp_path)
    before = rows(event)
    result, seconds, mb = timed_cli("import", event, roster, "--json")
    assert result.returncode == 2, result.stderr
    error = json.loads(result.stdout)["error"]
    assert "r.xlsx" in error and "XFD1048576" in error
    assert seconds < 2 + 1.5 and mb < 200  # 1.5 s for starting Python, here and at the desk alike
    assert rows(event) == before


def test_a_zip_bomb_is_refused_before_it_unpacks(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Nombres y apellidos"])
    workbook.active.append(["Ana Ríos"])
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    bomb = tmp_path / "bomba.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                head, tail = data.split(b"<sheetData>")
                with target.open(info.filename, "w", force_zip64=True) as handle:
                    handle.write(head + b"<sheetData>")
                    block = b" " * (1 << 20)
                    for _ in range(300):  # 300 MB of nothing, a few hundred KB packed
                        handle.write(block)
                    handle.write(tail)
            else:
                target.writestr(info, data)
    assert bomb.stat().st_size < 2_000_000
    event = make_event(tmp_path)
    before = rows(event)
    result, seconds, mb = timed_cli("import", event, bomb, "--json")
    assert result.returncode == 2, result.stderr
    data = json.loads(result.stdout)
    assert data["key"] == "roster.workbook_too_big" and "bomba.xlsx" in data["error"]
    assert seconds < 2 + 1.5 and mb < 200
    assert rows(event) == before


def test_a_streamed_workbook_still_fills_merged_cells_and_skips_empty_rows(tmp_path):
    from innovact_desk.roster.files import read_table

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nombre completo", "Institución"])
    sheet.append(["Ana Ríos", "SENA"])
    sheet.append(["Luis Paz", None])
    sheet.merge_cells("B2:B3")
    sheet["A900"] = "Eva Sol"
    path = tmp_path / "r.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.rows == [(2, ["Ana Ríos", "SENA"]), (3, ["Luis Paz", "SENA"]), (900, ["Eva Sol", ""])]


def test_a_roster_past_the_size_limit_stops_with_a_message(tmp_path, run, monkeypatch):
    from innovact_desk.roster import files

    monkeypatch.setattr(files, "MAX_TEXT_BYTES", 1000)
    roster = tmp_path / "grande.csv"
    roster.write_text("Nombres y apellidos\n" + "Ana Ríos\n" * 200)
    event = make_event(tmp_path)
    before = rows(event)
    code, data, _err = run("import", event, roster, "--json")
    assert code == 2 and data["key"] == "roster.too_big" and "grande.csv" in data["error"]
    assert rows(event) == before


def test_a_picture_past_the_pixel_cap_is_refused_with_its_size(tmp_path, run):
    from PIL import Image

    picture = tmp_path / "foto.png"
    Image.new("1", (9000, 9000), 1).save(picture)  # 81 million pixels, a few KB
    event = make_event(tmp_path)
    code, data, _err = run("verify", "--event", event, picture, "--json")
    assert code == 2 and data["key"] == "certificates.scan_too_large"
    assert "foto.png" in data["error"] and "9000 x 9000" in data["error"]


def _pdf(path: Path, pages: int, size: tuple[float, float]) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=size)
    for n in range(pages):
        canvas.drawString(72, 72, f"pagina {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


@POPPLER
def test_a_page_of_a_hundred_inches_is_refused_not_drawn(tmp_path, run):
    pdf = _pdf(tmp_path / "cartel.pdf", 1, (7200, 7200))
    event = make_event(tmp_path)
    began = time.monotonic()
    code, data, _err = run("verify", "--event", event, pdf, "--json")
    assert code == 2 and data["key"] == "certificates.scan_too_large" and "cartel.pdf" in data["error"]
    assert time.monotonic() - began < 5


@POPPLER
def test_a_pdf_of_two_thousand_pages_is_looked_at_for_a_few_pages_only(tmp_path, run):
    pdf = _pdf(tmp_path / "libro.pdf", 2000, (595, 842))
    event = make_event(tmp_path)
    began = time.monotonic()
    code, _data, err = run("verify", "--event", event, pdf, "--json")
    assert time.monotonic() - began < 15
    assert code == 1 and "Traceback" not in err

