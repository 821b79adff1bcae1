"""`scamscreen` and `python -m scamscreen`: the desktop app or the command line, side by
side. With no arguments, or only the app's options (`--self-test`, `--screenshots`,
`--data-dir`, `--lang`), the app; with a subcommand, the command line (`cli/`, which
never imports the app)."""

from __future__ import annotations

import argparse
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

    return run(args, desktop)


def desktop(args: argparse.Namespace) -> int:
    """The app's side of the command line (options read by `cli`): check this copy
    (--self-test), render the screens (--screenshots), else open the window."""
    from scamscreen.core.i18n import _

    if args.self_test:
        from scamscreen.ui import selftest

        return selftest.run(args.data_dir)
    if args.screenshots:
        from pathlib import Path

        from scamscreen.ui.screenshots import parse_window, render

        try:
            size = parse_window(args.window)
        except ValueError:
            print(
                _("--window takes a size in pixels such as 1366x768, not “{size}”.").format(
                    size=args.window
                ),
                file=sys.stderr,
            )
            return 2  # (cli's EXIT_BAD_INPUT)
        for path in render(Path(args.screenshots), args.lang, size):
            print(path)
        return 0
    from scamscreen.ui.app import run as run_app

    return run_app(args.data_dir, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
