import json
from datetime import date

import pytest

from innovact_desk.cli import app as cli
from innovact_desk.store.event import EventStore


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory, monkeypatch):
    """Never touch the real user data folder."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))


@pytest.fixture
def store(tmp_path):
    s = EventStore.create(tmp_path / "e.event", title_es="Curso", tz="America/Lima",
                          dates=[date(2026, 3, 5), date(2026, 3, 6)], desk_name="Mesa 1")
    yield s
    s.close()


@pytest.fixture
def run(capsys):
    """Runs the command line in-process; returns (exit code, parsed JSON or text, stderr)."""

    def _run(*argv: str):
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        out = captured.out
        if "--json" in argv:
            lines = [line for line in out.splitlines() if line.strip()]
            assert len(lines) == 1, out
            out = json.loads(lines[0])
        return code, out, captured.err

    return _run
