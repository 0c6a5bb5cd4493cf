"""The events this computer opened lately, newest first (QSettings)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

_KEY = "recent_events"
MAX_RECENT = 8


def recent_events() -> list[str]:
    value = QSettings().value(_KEY, [])
    if isinstance(value, str):  # some backends give back a one-item list as a plain string
        value = [value]
    return [str(v) for v in value or [] if v]


def remember_event(path: str | os.PathLike) -> list[str]:
    path = str(Path(path).resolve())
    events = [path] + [p for p in recent_events() if p != path]
    QSettings().setValue(_KEY, events[:MAX_RECENT])
    return events[:MAX_RECENT]


def last_existing_event() -> str | None:
    return next((p for p in recent_events() if Path(p).is_file()), None)
