"""What SQLite says when the disk, the file or another program gets in the way, as message keys.

A write that fails this way changed nothing (its transaction rolled back); the user is told what
happened to which file, in words, never with a traceback.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from innovact_desk.errors import UserError

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _PERM = 5, 6, 8, 10, 11, 13, 14, 26, 3
_KEYS = {
    _FULL: "store.disk_full",
    _BUSY: "store.busy",
    _LOCKED: "store.busy",
    _READONLY: "store.read_only",
    _PERM: "store.read_only",
    _CORRUPT: "store.damaged",
    _NOTADB: "store.damaged",
    _IOERR: "store.io_error",
    _CANTOPEN: "store.cannot_open",
}


def sqlite_fault(exc: BaseException, path: str | Path) -> UserError:
    """The UserError that says, in words, why SQLite refused: disk full, read-only, busy, damaged…"""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary is None:  # errors raised by the driver itself carry no code: go by the words
        lowered = text.lower()
        primary = (_FULL if "disk is full" in lowered else _READONLY if "readonly" in lowered
                   else _BUSY if "locked" in lowered else _CORRUPT if "malformed" in lowered
                   else _NOTADB if "not a database" in lowered else None)
    key = _KEYS.get(primary, "store.failed")
    if key in ("store.cannot_open", "store.io_error", "store.failed") and not _writable_folder(path):
        key = "store.read_only"  # the -wal and -shm beside the file cannot be made
    if key in ("store.io_error", "store.cannot_open", "store.failed") and _disk_nearly_full(path):
        key = "store.disk_full"  # SQLite says "disk I/O error" when the -shm or -wal cannot grow
    return UserError(key, path=str(path), reason=text)


def _writable_folder(path: str | Path) -> bool:
    try:
        return os.access(Path(path).resolve().parent, os.W_OK)
    except OSError:
        return True


def _disk_nearly_full(path: str | Path, margin: int = 1 << 20) -> bool:
    try:
        return shutil.disk_usage(Path(path).resolve().parent).free < margin
    except OSError:
        return False


def os_fault(exc: OSError, path: str | Path | None = None) -> UserError:
    """A file that cannot be written or read, said plainly: a full disk says so."""
    where = str(path if path is not None else exc.filename or "")
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError("store.disk_full", path=where, reason=reason)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return UserError("store.cannot_write", path=where, reason=reason)
    if exc.errno == errno.ENAMETOOLONG:
        return UserError("store.name_too_long", path=where[:60] + "…" if len(where) > 60 else where)
    return UserError("store.os_error", path=where, reason=reason)


def is_fault(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error)
