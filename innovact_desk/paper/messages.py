"""Words for the paper package's message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
    "paper.bad_time": ("'{time}': not a time like 09:30", "'{time}': no es una hora como 09:30"),
}
