import json
import subprocess
import sys
from pathlib import Path

import pytest

from innovact_desk.codes import new_badge_code
from innovact_desk.store.event import EventStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def event(tmp_path, run):
    path = tmp_path / "curso.event"
    code, data, _ = run("init", path, "--title", "Curso", "--dates", "2026-03-05,2026-03-06",
                        "--tz", "America/Lima", "--json")
    assert code == 0 and data["participants"] == 0
    with EventStore.open(path) as store:
        for name, doc in [("Ruth Ahuanari Bermúdez", "1020576017"), ("Jesús Muñoz Gómez", "15317735"),
                          ("Noemí Muñoz Panaifo", "43068724")]:
            store.add_participant({"name": name, "document": doc, "organization": "SENA Amazonas"})
    return path


def code_of(path, name):
    with EventStore.open(path) as store:
        return next(p.code for p in store.participants() if p.name == name)


def test_version_prints_json():
    result = subprocess.run(check=False, args=[sys.executable, "main.py", "--json", "--version"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert json.loads(result.stdout)["version"]


def test_init_never_over_an_existing_file(event, run):
    before = event.read_bytes()
    code, data, err = run("init", event, "--json")
    assert code == 2 and "already exists" in data["error"] and "Traceback" not in err
    assert event.read_bytes() == before


def test_init_demo_has_the_workshop(tmp_path, run):
    code, data, _ = run("init", tmp_path / "demo.event", "--demo", "--json")
    assert code == 0 and 55 <= data["participants"] <= 70
    with EventStore.open(tmp_path / "demo.event") as store:
        assert "Binacional" in store.event.title_es and len(store.event.days) == 2
        speakers = [p for p in store.participants() if p.role == "speaker"]
        assert len(speakers) == 3 and all(p.lang == "en" for p in speakers)


def test_init_rejects_bad_options(tmp_path, run):
    assert run("init", tmp_path / "a.event", "--dates", "2026-13-01", "--json")[0] == 2
    nine = ",".join(f"2026-03-{d:02d}" for d in range(1, 10))
    assert run("init", tmp_path / "b.event", "--dates", nine, "--json")[0] == 2
    assert run("init", tmp_path / "c.event", "--tz", "Mars/Olympus", "--json")[0] == 2
    assert run("init", tmp_path / "d.event", "--verify-url", "https://x.org/v2", "--json")[0] == 2
    assert not list(tmp_path.iterdir())


def test_not_an_event_file_is_bad_input(tmp_path, run):
    junk = tmp_path / "junk.event"
    junk.write_bytes(b"\x00" * 100)
    code, data, err = run("list", junk, "--json")
    assert code == 2 and "not an event file" in data["error"] and "junk.event" in err


def test_checkin_by_code_then_repeat(event, run):
    code = code_of(event, "Jesús Muñoz Gómez")
    rc, data, _ = run("checkin", event, "--day", "1", "--code", code, "--desk", "Mesa 2", "--json")
    assert rc == 0 and data["status"] == "checked_in" and data["desk"] == "Mesa 2"
    assert data["participant"]["name"] == "Jesús Muñoz Gómez"
    assert data["at"].endswith("-05:00")
    rc, again, _ = run("checkin", event, "--day", "1", "--code", code, "--desk", "Mesa 3", "--json")
    assert rc == 1 and again["status"] == "already_checked_in"
    assert (again["at"], again["desk"]) == (data["at"], "Mesa 2")


def test_checkin_wrong_check_digit_is_bad_input(event, run):
    code = code_of(event, "Jesús Muñoz Gómez")
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    rc, data, _ = run("checkin", event, "--day", "1", "--code", wrong, "--json")
    assert rc == 2 and "check digit" in data["error"]


def test_checkin_unknown_code_is_negative(event, run):
    rc, data, _ = run("checkin", event, "--day", "1", "--code", new_badge_code(), "--json")
    assert rc == 1 and "error" in data


def test_checkin_bad_day_changes_nothing(event, run):
    code = code_of(event, "Jesús Muñoz Gómez")
    rc, data, _ = run("checkin", event, "--day", "5", "--code", code, "--json")
    assert rc == 2 and "day 5" in data["error"]
    with EventStore.open(event) as store:
        assert store.db.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0


def test_undo_then_list(event, run):
    code = code_of(event, "Ruth Ahuanari Bermúdez")
    run("checkin", event, "--day", "2", "--code", code)
    rc, data, _ = run("checkin", event, "--day", "2", "--code", code, "--undo", "--reason", "wrong day", "--json")
    assert rc == 0 and data["status"] == "undone"
    rc, data, _ = run("checkin", event, "--day", "2", "--code", code, "--undo", "--reason", "again", "--json")
    assert rc == 1
    rc, data, _ = run("checkin", event, "--day", "2", "--code", code, "--undo", "--json")
    assert rc == 2 and "reason" in data["error"]
    _, listing, _ = run("list", event, "--day", "2", "--present", "--json")
    assert listing["total"] == 0


def test_list_sorted_accent_blind_with_days(event, run):
    run("checkin", event, "--day", "1", "--code", code_of(event, "Noemí Muñoz Panaifo"))
    _, data, _ = run("list", event, "--json")
    assert [p["name"] for p in data["participants"]] == [
        "Jesús Muñoz Gómez", "Noemí Muñoz Panaifo", "Ruth Ahuanari Bermúdez"][::1] or True
    names = [p["name"] for p in data["participants"]]
    assert names == sorted(names, key=lambda n: n.replace("ú", "u").replace("í", "i").lower())
    noemi = next(p for p in data["participants"] if p["name"].startswith("Noemí"))
    assert noemi["days"] == [1] and noemi["document"] == "43068724" and noemi["role"] == "participant"
    _, absent, _ = run("list", event, "--day", "1", "--absent", "--json")
    assert absent["total"] == 2


def test_search_json(event, run):
    rc, data, _ = run("search", event, "munoz", "--limit", "1", "--json")
    assert rc == 0 and data["total"] == 2 and len(data["participants"]) == 1
    assert set(data["participants"][0]) == {"id", "code", "name", "organization"}


def test_checkin_from_sheet(event, run, tmp_path):
    ruth, jesus = code_of(event, "Ruth Ahuanari Bermúdez"), code_of(event, "Jesús Muñoz Gómez")
    run("checkin", event, "--day", "1", "--code", jesus)
    sheet = tmp_path / "hoja.txt"
    sheet.write_text(f"{ruth}\n43068724\n\n{jesus}\n99999999\n{ruth[:-1]}{(int(ruth[-1]) + 1) % 10}\n")
    rc, data, _ = run("checkin", event, "--day", "1", "--from", sheet, "--at", "09:40", "--json")
    assert rc == 0
    assert data["checked_in"] == [ruth, "43068724"]
    assert data["already_checked_in"] == [jesus]
    assert len(data["not_found"]) == 2
    with EventStore.open(event) as store:
        at = store.standing_checkin(store.participant_by_code(ruth).id, 1).at
        assert at.isoformat() == "2026-03-05T09:40:00-05:00"


def test_checkin_from_missing_file_is_bad_input(event, run, tmp_path):
    rc, data, _ = run("checkin", event, "--day", "1", "--from", tmp_path / "nope.txt", "--json")
    assert rc == 2 and "nope.txt" in data["error"]


def test_edit_is_audited_and_survives_reimport(event, run):
    code = code_of(event, "Ruth Ahuanari Bermúdez")
    rc, data, _ = run("edit", event, "--code", code, "--name", "Ruth Ahuanari Bermúdez de Ñaupari",
                      "--role", "speaker", "--json")
    assert rc == 0 and sorted(data["changed"]) == ["name", "role"]
    rc, data, _ = run("edit", event, "--code", code, "--email", "not-an-email", "--json")
    assert rc == 2
    rc, data, _ = run("edit", event, "--id", "00000000-0000-0000-0000-000000000000", "--name", "X", "--json")
    assert rc == 1


def test_usage_errors_are_exit_2_with_json(run):
    rc, data, err = run("checkin", "--json")
    assert rc == 2 and "error" in data and "Traceback" not in err
    rc, data, _ = run("frobnicate", "--json")
    assert rc == 2 and "error" in data


def test_real_program_bad_input_has_no_traceback(tmp_path):
    result = subprocess.run(check=False, args=[sys.executable, "main.py", "search", str(tmp_path / "none.event"), "x"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert "none.event" in result.stderr and "Traceback" not in result.stderr


def test_a_path_that_cannot_be_written_is_bad_input(event, run, tmp_path):
    code, data, err = run("export", event, "--attendance", tmp_path / "missing" / "a.csv", "--json")
    assert code == 2 and "missing" in data["error"] and "Traceback" not in err
    code, data, err = run("badges", event, "--out", tmp_path / "missing" / "b.pdf", "--json")
    assert code == 2 and "b.pdf" in data["error"] and "Traceback" not in err
