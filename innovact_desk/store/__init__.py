"""The event file: all SQL lives here. event (the EventStore: opening, people, check-ins, the clock, the
journal and audit log), schema (tables and migrations), columns (what the store modules share), merging (the
rows a sync merge reads and writes; one person from several records), conflicts (conflicts and desk activity),
register (the certificate register's rows), cert_assets (logos and signatories), sync_rows (the sync key,
own journal entries, clones)."""
