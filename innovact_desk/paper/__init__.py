"""Paper for the desk: name badges, per-day sign-in sheets and what every PDF shares (fonts, QR, dates)."""
