"""innovact-desk: the door. Parses the command line, starts the window or runs a command."""

from __future__ import annotations

import os
import sys


def _open_window(event_path: str | None) -> int:
    from ui.app import run_gui

    return run_gui(event_path)


def main() -> int:
    # A windowed Windows build has no console: commands then write into nothing rather than crash.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)
    from innovact_desk.cli.app import main as cli_main

    try:
        return cli_main(sys.argv[1:], open_window=_open_window)
    except BrokenPipeError:  # `list | head`: the reader went away; nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
