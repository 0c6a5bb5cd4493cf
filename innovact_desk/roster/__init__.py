"""The roster: reading CSV and XLSX files as organizers send them, importing them (one person once), the demo event."""
