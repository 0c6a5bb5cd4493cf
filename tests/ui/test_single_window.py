"""One window per event file: a second launch brings the first window forward and opens nothing."""

import os
import subprocess
import sys
from pathlib import Path

from ui.app import claim_event
from ui.single_window import EventClaim, lock_path

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_claim_on_the_same_file_brings_the_first_forward(event_path, qtbot, monkeypatch):
    raised = []
    first = EventClaim(event_path, on_raise=lambda: raised.append(True))
    assert first.take()
    monkeypatch.chdir(event_path.parent)
    second = EventClaim(event_path.name, on_raise=lambda: None)  # the same file spelt another way
    assert not second.take()
    qtbot.waitUntil(lambda: raised == [True])
    first.release()
    assert not Path(lock_path(event_path)).exists()
    third = EventClaim(event_path, on_raise=lambda: None)
    assert third.take()  # free again once the first window closed
    third.release()


def test_another_file_is_not_held(event_path, empty_event_path):
    first = EventClaim(event_path, on_raise=lambda: None)
    other = EventClaim(empty_event_path, on_raise=lambda: None)
    assert first.take() and other.take()
    first.release()
    other.release()


def test_a_second_launch_of_the_program_raises_the_open_window_and_ends(open_window, event_path, qtbot):
    window = open_window(event_path)
    claim = claim_event(str(event_path), lambda: window)
    assert claim is not None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "gui", str(event_path)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: "ya está abierto" in window.statusBar().currentMessage()
                    or "already open" in window.statusBar().currentMessage(), timeout=60000)
    _out, err = second.communicate(timeout=60)
    claim.release()
    assert second.returncode == 0, err
    assert "brought forward" in err or "traída al frente" in err or str(event_path) in err
