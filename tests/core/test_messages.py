"""The core speaks in keys: every key has words in both languages, and an error is worded in each."""

import re
from pathlib import Path

from innovact_desk import messages
from innovact_desk.errors import UserError

ROOT = Path(__file__).resolve().parents[2]


def test_every_key_has_english_and_spanish_with_the_same_fields():
    fields = re.compile(r"\{(\w+)")
    for key, (english, spanish) in messages.catalog().items():
        assert key.split(".")[0] in {p.name for p in (ROOT / "innovact_desk").iterdir() if p.is_dir()}, key
        assert english.strip() and spanish.strip(), key
        assert set(fields.findall(english)) == set(fields.findall(spanish)), key


def test_every_key_raised_in_the_core_has_words():
    raised = set()
    for path in (ROOT / "innovact_desk").rglob("*.py"):
        raised |= set(re.findall(r"""(?:UserError|NotFound|MissingSigningKey)\(\s*"([a-z_]+\.[a-z0-9_.]+)\"""", path.read_text()))
    assert raised, "no keyed error found"
    assert raised - set(messages.catalog()) == set()


def test_an_error_is_worded_in_the_language_asked():
    error = UserError("store.exists", path="/tmp/x.event")
    assert error.key == "store.exists"
    assert error.words("en") == "/tmp/x.event: already exists; an event file is never overwritten"
    assert error.words("es") == "/tmp/x.event: ya existe; un archivo de evento nunca se sobrescribe"
    assert str(error) == error.words("en")


def test_a_missing_value_shows_its_field_and_an_unknown_key_shows_itself():
    assert UserError("store.exists").words("en").startswith("{path}: already exists")
    assert UserError("nowhere.thing", n=3).words("en") == "nowhere.thing (n=3)"


def test_the_command_line_words_errors_in_spanish_and_gives_the_key_in_json(run, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "es_PE.UTF-8")
    code, out, err = run("search", tmp_path / "none.event", "x", "--json")
    assert code == 2
    assert out["key"] == "store.no_event_file"
    assert out["error"].endswith("no such event file")
    assert "no hay ningún archivo de evento" in err
