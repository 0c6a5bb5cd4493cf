"""What the store's modules share below the EventStore: the derived participant columns and the SQL
fragment that finds one person's check-ins. Imports nothing of the store, so every store module can use it."""

from __future__ import annotations

from innovact_desk.text import fold, fold_document

# The check-ins of one person (parameter ?1), whatever record of theirs a desk used; uses the indexes.
PERSON = "c.participant_id IN (SELECT id FROM participants WHERE id = ?1 OR merged_into = ?1)"

# The field of an import row that carries its document, email and name already folded (document, email, name),
# so that add_participants does not fold them again; the importer sets it, the store reads it.
FOLDED_KEYS = "__keys"


def participant_keys(fields: dict) -> dict[str, str]:
    """The derived columns that sorting, matching and search use."""
    return {
        "sort_key": fold(fields.get("name", "")),
        "doc_key": fold_document(fields.get("document", "")),
        "email_key": fields.get("email", "").strip().casefold(),
    }

# A journal entry of this desk whose data holds this key names a participant row instead of copying it:
# an import keeps each person once in the event file (sync_rows.own_entry_rows writes the entry out whole).
PARTICIPANT_REF = "in_participants"
