"""The Participants tab: the roster table, corrections, and the import dialog."""
