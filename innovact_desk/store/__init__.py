"""The event file: its schema and migrations, people, check-ins, the audit log, the certificate register and conflicts. All SQL lives here."""
