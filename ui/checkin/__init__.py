"""The Check-in tab (Registro): search and scan, the confirmation card, walk-ins, undo, paper sheets."""
