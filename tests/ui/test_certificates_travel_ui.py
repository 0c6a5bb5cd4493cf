"""The Certificates tab's 'One file per person…' and 'Send by email when there is a network…'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from innovact_desk.certificates import register
from innovact_desk.store.event import EventStore
from ui.certificates import travel

from .test_certificates_ui import course, private_keys  # noqa: F401 - the same course and key folder


@pytest.fixture
def view(open_window, course, qtbot):  # noqa: F811
    window = open_window(course)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.certificates_view.isVisible)
    return window.certificates_view


def test_ctrl_shift_l_writes_one_file_per_person_with_credentials(view, qtbot, tmp_path, monkeypatch, course):  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()

    def accept(dialog):
        dialog.folder_field.setText(str(out))
        dialog.zip_box.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(travel.FilesDialog, "exec", accept)
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: view._worker is None and view.message_label.text().count("/") > 0, timeout=30000)
    names = sorted(p.name for p in out.iterdir())
    assert len([n for n in names if n.endswith(".pdf")]) == 3 and len([n for n in names if n.endswith(".jwt")]) == 3
    assert "certificados.zip" in names and any(n.startswith("Jesús Muñoz Gómez - ") for n in names)
    assert "3" in view.message_label.text()
    with EventStore.open(course) as store:
        assert len(register.certificates(store)) == 3


def test_the_mail_dialog_remembers_the_server_and_offline_keeps_the_queue(view, qtbot, monkeypatch):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def accept(dialog):
        dialog.server_field.setText(f"127.0.0.1:{port}")
        dialog.sender_field.setText("cursos@example.org")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(travel.MailDialog, "exec", accept)
    view.mail_action.trigger()
    qtbot.waitUntil(lambda: view._worker is None and "0" in view.message_label.text(), timeout=30000)
    assert view.buttons["mailCertificatesAction"].text()
