"""The words for the core's message keys, in English and Spanish.

Each package keeps its own catalog in `<package>/messages.py`: `MESSAGES = {key: (english, spanish)}`,
the key starting with the package's name (`roster.no_name_column`), the templates filled with
`str.format` from the values the core gave (`{path}`, `{row}`…). A value missing from the values is
shown as `{name}`, never a crash. The command line words a key in the user's language; the window in
its own; `{"error": ...}` of `--json` is the English wording, with the key beside it.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "es")


@cache
def catalog() -> dict[str, tuple[str, str]]:
    """Every package's MESSAGES, loaded once (the packages are found beside this file)."""
    found: dict[str, tuple[str, str]] = {}
    root = Path(__file__).resolve().parent
    for info in pkgutil.iter_modules([str(root)]):
        if info.ispkg and (root / info.name / "messages.py").exists():
            module = importlib.import_module(f"innovact_desk.{info.name}.messages")
            found.update(module.MESSAGES)
    return found


def known(key: str) -> bool:
    return key in catalog()


class _Values(dict):
    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def word(key: str, values: dict[str, object] | None = None, lang: str = "en") -> str:
    """The message for `key` in `lang`, its {fields} filled from `values`."""
    templates = catalog().get(key)
    if templates is None:  # a key with no words yet: say the key and its values, never nothing
        shown = ", ".join(f"{name}={value}" for name, value in (values or {}).items())
        return f"{key} ({shown})" if shown else key
    english, spanish = templates
    template = spanish if lang == "es" else english
    return template.format_map(_Values({k: "" if v is None else v for k, v in (values or {}).items()}))
