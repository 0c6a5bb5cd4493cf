"""Where the program's files are: assets (inside a PyInstaller bundle too) and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "innovact-desk"


def asset_path(*parts: str) -> Path:
    """A file under assets/, found beside the sources or where PyInstaller unpacked it (sys._MEIPASS)."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("assets", *parts)


def user_data_dir() -> Path:
    """This user's data folder (signing keys, trust store, recent events, the demo event)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
