"""Errors the core raises for bad input: the CLI turns them into exit 2, the window into a message.

The core speaks in keys: `UserError("store.exists", path=path)` names what went wrong and carries
the values; `innovact_desk.messages` words it in English or Spanish (the command line and the window
each pick the user's language). Nobody parses the words back.
"""

from __future__ import annotations

import re

from innovact_desk import messages

_KEY = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")


class UserError(Exception):
    """Bad input: what and where, as a message key and its values. Nothing was changed.

    Raise it with a key and values (`store.exists`, `path=...`); the key lives in the package's `messages.py`.
    (A plain sentence instead of a key is still taken while the last of them are turned into keys:
    it is shown as it is, in English, under the key "error".)
    """

    def __init__(self, key: str, /, *, message: str | None = None, **values: object) -> None:
        if _KEY.fullmatch(key):
            self.key, self._text = key, message
        else:  # a sentence, not a key
            self.key, self._text = values.pop("key", None) or "error", key
        self.values = values
        super().__init__(self.message)

    @property
    def details(self) -> dict[str, object]:
        return self.values

    def words(self, lang: str = "en") -> str:
        """The message in `lang` ("en" or "es")."""
        if self._text is not None and not messages.known(self.key):
            return self._text
        return messages.word(self.key, self.values, lang)

    @property
    def message(self) -> str:
        return self.words("en")

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """A participant (or other record) named on the command line does not exist: exit 1."""
