"""innovact-desk core: events, roster, check-ins, certificates, sync, reports.

No PySide6 import anywhere in this package: the window, the command line and the
tests all build on it.
"""

__version__ = "0.1.0"
