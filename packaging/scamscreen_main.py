"""The frozen program's entry point (PyInstaller starts here): the same as `scamscreen`."""

import sys

from scamscreen.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
