"""Verifying a certificate: against an event file or a signed trust bundle, from scanned text, images or PDFs."""
