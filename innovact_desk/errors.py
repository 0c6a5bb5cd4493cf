"""Errors the core raises for bad input: the CLI turns them into exit 2, the window into a message."""

from __future__ import annotations


class UserError(Exception):
    """Bad input: a message that says what and where. Nothing was changed."""

    def __init__(self, message: str, *, key: str = "error", **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.key = key
        self.details = details

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """A participant (or other record) named on the command line does not exist: exit 1."""
