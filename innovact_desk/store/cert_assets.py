"""The logos and signatories printed on certificates (certificates/assets.py checks and words them): their rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from innovact_desk.store.event import EventStore


def asset_rows(store: EventStore) -> list[tuple]:
    """(kind, position, name, title, title_en, mime, data) of every logo and signatory, in print order."""
    return store.db.execute(
        "SELECT kind, position, name, title, title_en, mime, data FROM cert_assets ORDER BY kind, position").fetchall()


def replace_assets(store: EventStore, kind: str, entries: list[tuple]) -> None:
    """The logos or the signatories (kind), each (name, title, title_en, mime, data), in print order."""
    store.db.execute("DELETE FROM cert_assets WHERE kind = ?", [kind])
    for position, entry in enumerate(entries):
        store.db.execute(
            "INSERT INTO cert_assets (kind, position, name, title, title_en, mime, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [kind, position, *entry])
