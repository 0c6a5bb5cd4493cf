"""innovact-desk: the door. Parses the command line, starts the window or runs a command."""

from __future__ import annotations

import sys


def _open_window(event_path: str | None) -> int:
    from ui.app import run_gui

    return run_gui(event_path)


def main() -> int:
    from innovact_desk.cli import main as cli_main

    return cli_main(sys.argv[1:], open_window=_open_window)


if __name__ == "__main__":
    sys.exit(main())
