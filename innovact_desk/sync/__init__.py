"""Desks working alone and coming together: the journals in a sync folder, and merging what other desks did."""
