"""`scamscreen` and `python -m scamscreen`: the command line, or the desktop app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        # Opened from a shortcut, with nothing to parse: straight to the window, without
        # importing the command line's parsers and messages (start-up time, see
        # benchmarks/ui.py).
        from scamscreen.ui.app import run as run_app

        return run_app()
    from scamscreen.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
