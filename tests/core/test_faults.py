"""Every fault ends in words: exit 2 (or 1), a message naming the file and the problem, `{"error": ...}`
with --json, and nothing changed (row counts and a dump of the file, before and after)."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from innovact_desk.errors import UserError
from innovact_desk.store.event import EventStore

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("participants", "checkins", "journal", "audit", "settings")


def make_event(folder: Path, people: int = 3) -> Path:
    path = folder / "curso.event"
    with EventStore.create(path, title_es="Curso", tz="America/Lima", dates=[date(2026, 3, 5), date(2026, 3, 6)],
                           desk_name="Mesa 1") as store:
        for i in range(people):
            store.add_participant({"name": f"Persona {i}", "document": f"4000000{i}", "email": f"p{i}@example.org"})
    return path


def snapshot(path: Path) -> tuple[dict, str]:
    """Row counts and a whole dump of the event file, read on a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        return counts, "\n".join(conn.iterdump())
    finally:
        conn.close()


def code_of(path: Path, n: int = 0) -> str:
    with EventStore.open(path) as store:
        return store.participants()[n].code


def cli(*args: str, env: dict | None = None, user: bool = False) -> subprocess.CompletedProcess:
    command = [sys.executable, str(ROOT / "main.py"), *map(str, args)]
    if user and os.geteuid() == 0:  # root writes anywhere: be someone who cannot
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "LANG": "C.UTF-8", **(env or {})})


def assert_refused(result: subprocess.CompletedProcess, *words: str, code: int = 2) -> dict:
    import json

    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    for word in words:
        assert word in data["error"], data
        assert word in result.stderr
    return data


# ---- the event file ---------------------------------------------------------------------------


def test_a_truncated_event_file_is_named_as_damaged(tmp_path, run):
    path = make_event(tmp_path, people=300)
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)
    before = path.read_bytes()
    for argv in (("list", path), ("checkin", path, "--day", "1", "--code", "123456789015")):
        code, data, err = run(*argv, "--json")
        assert code == 2 and data["key"] == "store.damaged" and str(path) in data["error"]
        assert "damaged" in err and "Traceback" not in err
    assert path.read_bytes() == before


def _scribble_on_an_index(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'participants_email'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size + 8)  # the page's cell pointers
        handle.write(b"\xff" * 16)


def test_a_file_failing_quick_check_is_refused_for_writing_with_how_to_recover(tmp_path, run, monkeypatch):
    path = make_event(tmp_path, people=40)
    code = code_of(path)
    _scribble_on_an_index(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"  # damaged, yet it opens
    conn.close()
    before = path.read_bytes()
    status, data, err = run("checkin", path, "--day", "1", "--code", code, "--json")
    assert status == 2 and data["key"] == "store.damaged_for_writing"
    assert str(path) in data["error"] and "copy" in data["error"] and "clone" in data["error"]
    assert "sync folder" in data["error"]
    monkeypatch.setenv("LANG", "es_PE.UTF-8")
    status, _, err = run("checkin", path, "--day", "1", "--code", code)
    assert status == 2 and "dañado" in err and "carpeta de sincronización" in err
    assert path.read_bytes() == before
    assert run("list", path, "--json")[0] == 0  # it can still be read, to save what it holds


def test_a_write_to_a_deleted_wal_is_refused_not_lost(tmp_path):
    path = make_event(tmp_path)
    store = EventStore.open(path)
    people = store.participants()
    store.check_in(people[0].id, 1)
    os.remove(str(path) + "-wal")
    with pytest.raises(UserError) as refused:
        store.check_in(people[1].id, 1)
    assert refused.value.key == "store.wal_gone" and str(path) in refused.value.message
    store.close()
    with EventStore.open(path) as again:
        assert again.standing_checkin(people[1].id, 1) is None


needs_setpriv = pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="needs setpriv as root")


@pytest.fixture
def shared_tmp():
    """A folder another user can read (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="innovact-ro-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@needs_setpriv
def test_a_read_only_event_file_says_so(shared_tmp):
    path = make_event(shared_tmp)
    code = code_of(path)
    path.chmod(0o444)
    before = snapshot(path)
    result = cli("checkin", path, "--day", "1", "--code", code, "--json", user=True)
    assert_refused(result, str(path), "read-only", "not recorded")
    assert snapshot(path) == before


@needs_setpriv
def test_a_read_only_folder_says_so(shared_tmp):
    folder = shared_tmp / "ro"
    folder.mkdir()
    path = make_event(folder)
    code = code_of(path)
    path.chmod(0o666)
    folder.chmod(0o555)
    before = snapshot(path)
    result = cli("checkin", path, "--day", "1", "--code", code, "--json", user=True)
    assert_refused(result, str(path), "read-only")
    assert snapshot(path) == before


@pytest.fixture
def small_disk():
    """A 3 MB tmpfs; skipped where this machine cannot mount one."""
    folder = Path(tempfile.mkdtemp(prefix="innovact-full-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True, check=False)
    if done.returncode != 0:
        folder.rmdir()
        pytest.skip("cannot mount a small tmpfs here")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)
    folder.rmdir()


def _fill(folder: Path, leave: int = 0) -> None:
    handle = open(folder / "filler", "wb", buffering=0)  # noqa: SIM115 (closing a full file raises)
    try:
        while True:
            handle.write(b"\0" * 4096)
    except OSError:
        pass
    finally:
        handle.close()
    if leave:
        with open(folder / "filler", "r+b") as handle:
            handle.truncate(max(0, (folder / "filler").stat().st_size - leave))


def test_a_full_disk_during_check_in_says_disk_full_not_recorded(small_disk):
    path = make_event(small_disk)
    code = code_of(path)
    before = snapshot(path)
    _fill(small_disk)
    result = cli("checkin", path, "--day", "1", "--code", code, "--json")
    assert_refused(result, str(path), "disk full: not recorded")
    (small_disk / "filler").unlink()
    assert snapshot(path) == before


def test_a_full_disk_during_import_says_disk_full_and_imports_nothing(small_disk, tmp_path):
    path = make_event(small_disk)
    roster = tmp_path / "r.csv"
    roster.write_text("Nombres y apellidos,DNI,Institución\n" + "".join(
        f"Persona Nueva {i},{50000000 + i},Institución de prueba número {i}\n" for i in range(20000)))
    before = snapshot(path)
    _fill(small_disk, leave=200_000)
    result = cli("import", path, roster, "--json")
    assert_refused(result, str(path), "disk full: not recorded")
    (small_disk / "filler").unlink()
    assert snapshot(path) == before


# ---- command-line values --------------------------------------------------------------------------


@pytest.mark.parametrize("hours", ["nan", "inf", "-3", "1e400"])
def test_init_with_hours_that_are_not_a_number_of_hours(tmp_path, run, hours):
    path = tmp_path / "n.event"
    code, data, _err = run("init", path, "--hours", hours, "--json")
    assert code == 2 and data["key"] == "store.bad_hours" and "hours" in data["error"]
    assert list(tmp_path.iterdir()) == []  # no event, no half-made .creating file


def test_checkin_from_a_file_in_an_unknown_encoding(tmp_path, run):
    path = make_event(tmp_path)
    sheet = tmp_path / "hoja.txt"
    sheet.write_bytes(b"\x81\x8d\x8f\x90\x9d 4000000\n")  # neither UTF-8 nor Windows-1252
    before = snapshot(path)
    code, data, err = run("checkin", path, "--day", "1", "--from", sheet, "--json")
    assert code == 2 and data["key"] == "cli.sheet_encoding" and str(sheet) in data["error"]
    assert "UTF-8" in err
    assert snapshot(path) == before


def test_checkin_from_an_endless_file_stops(tmp_path, run):
    path = make_event(tmp_path)
    before = snapshot(path)
    code, data, _ = run("checkin", path, "--day", "1", "--from", "/dev/zero", "--json")
    assert code == 2 and data["key"] == "cli.sheet_too_big" and "/dev/zero" in data["error"]
    assert snapshot(path) == before


def test_a_deeply_nested_bundle_is_refused_in_words(tmp_path, run):
    bundle = tmp_path / "nested.json"
    bundle.write_text("[" * 200_000)
    for argv in (("verify", "--bundle", bundle, "ABCD-EFGH-IJKL-MN"), ("trust", bundle, "--yes")):
        code, data, err = run(*argv, "--json")
        assert code == 2 and str(bundle) in data["error"] and "Traceback" not in err


def test_a_control_character_in_a_field_never_stops_an_xlsx_export(tmp_path, run):
    import openpyxl

    path = make_event(tmp_path)
    with EventStore.open(path) as store:  # as a file of the previous program holds it
        store.db.execute("UPDATE participants SET organization = 'Uni\x07versidad\x1b' WHERE num = 1")
    out = tmp_path / "asistencia.xlsx"
    code, data, _err = run("export", path, "--attendance", out, "--json")
    assert code == 0 and data["rows"] == 3
    cells = [c for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) for c in row]
    assert "Universidad" in cells


def test_edit_drops_control_and_invisible_characters(tmp_path, run):
    path = make_event(tmp_path)
    code = code_of(path)
    status, _data, _ = run("edit", path, "--code", code, "--organization", "Uni\x07ver\u200bsidad", "--json")
    assert status == 0
    with EventStore.open(path) as store:
        assert store.participant_by_code(code).organization == "Universidad"


def test_verify_given_a_scanned_text_longer_than_a_file_name(tmp_path, run):
    path = make_event(tmp_path)
    code, data, err = run("verify", "--event", path, "https://verificar.example.org/#" + "A" * 400, "--json")
    assert code == 1 and data["verdict"] in ("unreadable", "tampered") and "Traceback" not in err
