"""One window per event file on a laptop: a second launch on the same file brings the first window forward.

After a power cut people launch the program again, sometimes twice. Two windows on one event file would
be two writers showing each other stale counts. The first window listens on a local socket named after
the event file (QLocalServer); a second launch on that file finds it, asks it to come forward, and ends.
A QLockFile beside the event file says which process holds it when the socket cannot answer.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_RAISE = b"raise\n"
CONNECT_MS = 500


def server_name(event_path: str | os.PathLike) -> str:
    """The same name for every spelling of the same file (relative, symlinked)."""
    resolved = os.path.normcase(str(Path(event_path).resolve()))
    return "innovact-desk-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]


def lock_path(event_path: str | os.PathLike) -> str:
    path = Path(event_path).resolve()
    return str(path.with_name(path.name + ".lock"))


class EventClaim(QObject):
    """This process's claim on one event file: the local server and the lock file, released together."""

    def __init__(self, event_path: str | os.PathLike, on_raise: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.event_path = str(event_path)
        self._on_raise = on_raise
        self.server = QLocalServer(self)
        self.lock = QLockFile(lock_path(event_path))
        self.lock.setStaleLockTime(0)  # a lock left by a crash is taken over when its process is gone
        self.answered = False  # another window of this file came forward

    def take(self) -> bool:
        """True when this process now holds the file; False when another window of it answered or holds it."""
        name = server_name(self.event_path)
        if ask_to_raise(name):
            self.answered = True
            return False
        if not self.lock.tryLock(0):
            return False
        QLocalServer.removeServer(name)  # a name left by a window that crashed
        self.server.newConnection.connect(self._connected)
        self.server.listen(name)
        return True

    def holder(self) -> str:
        """Who holds the lock, as "process 1234 on laptop-2", or "" when nobody does."""
        pid, host, _app = self.lock.getLockInfo()
        return f"{pid} @ {host}" if pid else ""

    def release(self) -> None:
        self.server.close()
        self.lock.unlock()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
            self._on_raise()
        socket.disconnectFromServer()


def ask_to_raise(name: str) -> bool:
    """True when a window listening on `name` took the request to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(_RAISE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True
