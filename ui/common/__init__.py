"""What every tab shares: the window's language, the worker that runs long core jobs, printing helpers."""
